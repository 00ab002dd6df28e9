"""Peer reference for the Wilson-Cowan tests (test/models/rate.test.ts), computed with SciPy.

Neuromatch Academy, W2D4 "Dynamic Networks", Tutorial 2 (Wilson-Cowan model) and its bonus
tutorial (fixed points, Jacobian, limit cycle):

    tau_E drE/dt = -rE + F(wEE rE - wEI rI + I_ext_E; a_E, theta_E)
    tau_I drI/dt = -rI + F(wIE rE - wII rI + I_ext_I; a_I, theta_I)
    F(x; a, theta) = 1/(1 + exp(-a (x - theta))) - 1/(1 + exp(a theta))

Default set (default_pars): tau_E = 1 ms, a_E = 1.2, theta_E = 2.8, tau_I = 2 ms, a_I = 1,
theta_I = 4, wEE = 9, wEI = 4, wIE = 13, wII = 11, I_ext = 0. Oscillatory set: wEE = 6.4,
wEI = 4.8, wIE = 6, wII = 1.2, I_ext_E = 0.8. The tutorial finds the fixed points with
scipy.optimize.root from the initial guesses (0.1, 0.1), (0.3, 0.3), (0.8, 0.6) (default) and
(0.8, 0.8) (oscillatory), and classifies them by the eigenvalues of the Jacobian; it shows the
trajectories from (0.32, 0.15) and (0.33, 0.15) settling on different fixed points, and the
oscillation from (0.25, 0.25).

This script repeats those computations (same equations, same initial guesses, SciPy's root
finder) and adds high-accuracy trajectories (DOP853, rtol 1e-12) for the end states and the period
of the limit cycle. Run:  /usr/bin/python3 bench/wilson-cowan/nma.py > bench/results/wilson-cowan-nma.json
"""
import json
import sys

import numpy as np
import scipy
from scipy import optimize
from scipy.integrate import solve_ivp

DEFAULT = dict(tau_E=1.0, a_E=1.2, theta_E=2.8, tau_I=2.0, a_I=1.0, theta_I=4.0,
               wEE=9.0, wEI=4.0, wIE=13.0, wII=11.0, I_ext_E=0.0, I_ext_I=0.0)
OSCILLATORY = dict(DEFAULT, wEE=6.4, wEI=4.8, wIE=6.0, wII=1.2, I_ext_E=0.8)


def F(x, a, theta):
    return 1 / (1 + np.exp(-a * (x - theta))) - 1 / (1 + np.exp(a * theta))


def dF(x, a, theta):
    e = np.exp(-a * (x - theta))
    return a * e / (1 + e) ** 2


def rhs(p):
    def f(t, y):
        rE, rI = y
        return [(-rE + F(p['wEE'] * rE - p['wEI'] * rI + p['I_ext_E'], p['a_E'], p['theta_E'])) / p['tau_E'],
                (-rI + F(p['wIE'] * rE - p['wII'] * rI + p['I_ext_I'], p['a_I'], p['theta_I'])) / p['tau_I']]
    return f


def jacobian(p, x):
    rE, rI = x
    xE = p['wEE'] * rE - p['wEI'] * rI + p['I_ext_E']
    xI = p['wIE'] * rE - p['wII'] * rI + p['I_ext_I']
    dE, dI = dF(xE, p['a_E'], p['theta_E']), dF(xI, p['a_I'], p['theta_I'])
    return np.array([[(-1 + p['wEE'] * dE) / p['tau_E'], -p['wEI'] * dE / p['tau_E']],
                     [p['wIE'] * dI / p['tau_I'], (-1 - p['wII'] * dI) / p['tau_I']]])


def fixed_point(p, guess):
    f = rhs(p)
    x = optimize.root(lambda y: f(0, y), guess).x
    ev = np.linalg.eigvals(jacobian(p, x))
    ev = sorted(ev, key=lambda z: (z.real, z.imag))
    return {'guess': list(guess), 'r': [float(v) for v in x],
            'eig': [[float(z.real), float(z.imag)] for z in ev]}


def trajectory_end(p, y0, T):
    sol = solve_ivp(rhs(p), (0, T), y0, method='DOP853', rtol=1e-12, atol=1e-14)
    return [float(v) for v in sol.y[:, -1]]


def period(p, y0, T, rE_star):
    """Mean interval between upward crossings of rE through rE_star after the transient (t > T/2)."""
    def cross(t, y):
        return y[0] - rE_star
    cross.direction = 1
    sol = solve_ivp(rhs(p), (0, T), y0, method='DOP853', rtol=1e-12, atol=1e-14, events=cross, dense_output=True)
    times = sol.t_events[0]
    times = times[times > T / 2]
    intervals = np.diff(times)
    ts = np.linspace(T / 2, T, 200001)
    rE = sol.sol(ts)[0]
    return {'period': float(np.mean(intervals)), 'period_spread': float(np.max(intervals) - np.min(intervals)),
            'cycles': int(len(intervals)), 'rE_min': float(rE.min()), 'rE_max': float(rE.max())}


out = {
    'source': 'Neuromatch Academy W2D4 Dynamic Networks, Tutorial 2 and bonus tutorial (Wilson-Cowan); '
              'computed by bench/wilson-cowan/nma.py',
    'scipy': scipy.__version__, 'numpy': np.__version__,
    'default': {
        'params': DEFAULT,
        'fixed_points': [fixed_point(DEFAULT, g) for g in [(0.1, 0.1), (0.3, 0.3), (0.8, 0.6)]],
        'end_from_0.32_0.15': trajectory_end(DEFAULT, [0.32, 0.15], 50.0),
        'end_from_0.33_0.15': trajectory_end(DEFAULT, [0.33, 0.15], 50.0),
    },
    'oscillatory': {
        'params': OSCILLATORY,
        'fixed_points': [fixed_point(OSCILLATORY, (0.8, 0.8))],
    },
}
fp = out['oscillatory']['fixed_points'][0]['r']
out['oscillatory']['limit_cycle_from_0.25_0.25'] = period(OSCILLATORY, [0.25, 0.25], 400.0, fp[0])
json.dump(out, sys.stdout, indent=1)
print()
