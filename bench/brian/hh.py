"""Hodgkin-Huxley family cross-checks of tightrope in Brian2 2.5: the Wang-Buzsaki f-I curve and Brian2's COBAHH example.

Usage:
  /usr/bin/python3 bench/brian/hh.py wb-fi --currents 0,1,2,... [--duration MS] [--dt MS] [--method expeuler|euler|rk4]
  /usr/bin/python3 bench/brian/hh.py tm-fi --currents 0,1,2,... [--duration MS] [--dt MS]
  /usr/bin/python3 bench/brian/hh.py cobahh --seed S [--duration MS] [--dt MS]
Prints one JSON object with spike times (ms, at the start of the step in which V crossed, as Brian2 records them),
and the CPU and wall times of the simulation loop.

wb-fi: one neuron per current (uA/cm^2), the equations of Wang & Buzsaki (1996) as in Brian2's
examples/frompapers/Wang_Buszaki_1996.py, started at V = E_L with h, n at their steady state. Spikes: threshold
"v > -20*mV" with refractory "v > -20*mV" (one spike per upward crossing). --method expeuler writes m as a parameter
set to m_inf(v) before every step (run_regularly, when="before_groups"), so that the v equation is linear in v and
Brian2's exponential_euler integrates it with m, h, n frozen at the start of the step: tightrope's scheme.
--method euler is what Brian2 chooses for the example's equations (m as a subexpression; exponential_euler refuses
them); --method rk4 is a higher-order reference at the same dt.

tm-fi: the Traub-Miles cell of examples/COBAHH.py without synapses, one neuron per current (uA/cm^2 on its 20000 um^2),
started at V = E_L with m, h, n at their steady state, threshold and refractory period as in the example.

cobahh: examples/COBAHH.py of Brian2 (benchmark 3 of Brette et al. 2007) with its parameters, threshold, refractory
period, method and initialisation; a seed; no StateMonitor.
"""
import argparse
import json
import time

ap = argparse.ArgumentParser()
ap.add_argument("mode", choices=["wb-fi", "tm-fi", "cobahh"])
ap.add_argument("--currents", default="0,1,2")
ap.add_argument("--duration", type=float, default=1000.0)
ap.add_argument("--dt", type=float, default=None)
ap.add_argument("--method", default="expeuler", choices=["expeuler", "euler", "rk4"])
ap.add_argument("--seed", type=int, default=1)
args = ap.parse_args()

import numpy as np  # noqa: E402
from brian2 import (NeuronGroup, Synapses, SpikeMonitor, Network, Equations, defaultclock, prefs, ms, mV, nS,  # noqa: E402
                    umetre, ufarad, cm, siemens, msiemens, uA, seed as brian_seed)

prefs.codegen.target = "cython"
out = {"mode": args.mode}

if args.mode == "wb-fi":
    defaultclock.dt = (args.dt or 0.01) * ms
    currents = [float(x) for x in args.currents.split(",")]
    Cm, gL, EL, ENa, EK, gNa, gK = 1 * ufarad, 0.1 * msiemens, -65 * mV, 55 * mV, -90 * mV, 35 * msiemens, 9 * msiemens
    rates = """
    alpha_m = -0.1/mV*(v+35*mV)/(exp(-0.1/mV*(v+35*mV))-1)/ms : Hz
    beta_m = 4*exp(-(v+60*mV)/(18*mV))/ms : Hz
    dh/dt = 5*(alpha_h*(1-h)-beta_h*h) : 1
    alpha_h = 0.07*exp(-(v+58*mV)/(20*mV))/ms : Hz
    beta_h = 1./(exp(-0.1/mV*(v+28*mV))+1)/ms : Hz
    dn/dt = 5*(alpha_n*(1-n)-beta_n*n) : 1
    alpha_n = -0.01/mV*(v+34*mV)/(exp(-0.1/mV*(v+34*mV))-1)/ms : Hz
    beta_n = 0.125*exp(-(v+44*mV)/(80*mV))/ms : Hz
    I : amp
    """
    vm = "dv/dt = (-gNa*m**3*h*(v-ENa)-gK*n**4*(v-EK)-gL*(v-EL)+I)/Cm : volt\n"
    if args.method == "expeuler":
        eqs = Equations(vm + "m : 1\n" + rates)
        method = "exponential_euler"
    else:
        eqs = Equations(vm + "m = alpha_m/(alpha_m+beta_m) : 1\n" + rates)
        method = args.method
    ns = dict(Cm=Cm, gL=gL, EL=EL, ENa=ENa, EK=EK, gNa=gNa, gK=gK)
    G = NeuronGroup(len(currents), eqs, threshold="v > -20*mV", refractory="v > -20*mV", method=method, namespace=ns)
    if args.method == "expeuler":
        G.run_regularly("m = alpha_m/(alpha_m+beta_m)", when="before_groups")
    G.v = EL
    G.h = "alpha_h/(alpha_h+beta_h)"
    G.n = "alpha_n/(alpha_n+beta_n)"
    G.I = np.array(currents) * uA
    M = SpikeMonitor(G)
    net = Network(G, M)
    out.update(currents=currents, method=method)
else:
    defaultclock.dt = (args.dt or (0.01 if args.mode == "tm-fi" else 0.1)) * ms
    area = 20000 * umetre ** 2
    ns = dict(Cm=(1 * ufarad * cm ** -2) * area, gl=(5e-5 * siemens * cm ** -2) * area, El=-60 * mV, EK=-90 * mV, ENa=50 * mV,
              g_na=(100 * msiemens * cm ** -2) * area, g_kd=(30 * msiemens * cm ** -2) * area, VT=-63 * mV,
              taue=5 * ms, taui=10 * ms, Ee=0 * mV, Ei=-80 * mV, we=6 * nS, wi=67 * nS)
    eqs = Equations("""
    dv/dt = (gl*(El-v)+ge*(Ee-v)+gi*(Ei-v)-g_na*(m*m*m)*h*(v-ENa)-g_kd*(n*n*n*n)*(v-EK)+I)/Cm : volt
    dm/dt = alpha_m*(1-m)-beta_m*m : 1
    dn/dt = alpha_n*(1-n)-beta_n*n : 1
    dh/dt = alpha_h*(1-h)-beta_h*h : 1
    dge/dt = -ge*(1./taue) : siemens
    dgi/dt = -gi*(1./taui) : siemens
    alpha_m = 0.32*(mV**-1)*(13*mV-v+VT)/(exp((13*mV-v+VT)/(4*mV))-1.)/ms : Hz
    beta_m = 0.28*(mV**-1)*(v-VT-40*mV)/(exp((v-VT-40*mV)/(5*mV))-1)/ms : Hz
    alpha_h = 0.128*exp((17*mV-v+VT)/(18*mV))/ms : Hz
    beta_h = 4./(1+exp((40*mV-v+VT)/(5*mV)))/ms : Hz
    alpha_n = 0.032*(mV**-1)*(15*mV-v+VT)/(exp((15*mV-v+VT)/(5*mV))-1.)/ms : Hz
    beta_n = .5*exp((10*mV-v+VT)/(40*mV))/ms : Hz
    I : amp
    """)
    if args.mode == "tm-fi":
        currents = [float(x) for x in args.currents.split(",")]
        G = NeuronGroup(len(currents), model=eqs, threshold="v>-20*mV", refractory=3 * ms, method="exponential_euler", namespace=ns)
        G.v = ns["El"]
        G.m = "alpha_m/(alpha_m+beta_m)"
        G.h = "alpha_h/(alpha_h+beta_h)"
        G.n = "alpha_n/(alpha_n+beta_n)"
        G.I = np.array(currents) * uA / cm ** 2 * area
        M = SpikeMonitor(G)
        net = Network(G, M)
        out.update(currents=currents, method="exponential_euler")
    else:
        # COBAHH.py (its equations have no I: here I stays 0)
        brian_seed(args.seed)
        np.random.seed(args.seed)
        P = NeuronGroup(4000, model=eqs, threshold="v>-20*mV", refractory=3 * ms, method="exponential_euler", namespace=ns)
        Pe, Pi = P[:3200], P[3200:]
        Ce = Synapses(Pe, P, on_pre="ge+=we", namespace=ns)
        Ci = Synapses(Pi, P, on_pre="gi+=wi", namespace=ns)
        Ce.connect(p=0.02)
        Ci.connect(p=0.02)
        P.v = "El + (randn() * 5 - 5)*mV"
        P.ge = "(randn() * 1.5 + 4) * 10.*nS"
        P.gi = "(randn() * 12 + 20) * 10.*nS"
        Me, Mi = SpikeMonitor(Pe), SpikeMonitor(Pi)
        net = Network(P, Ce, Ci, Me, Mi)
        out.update(seed=args.seed, synapses=int(len(Ce) + len(Ci)))

# compile (Cython) outside the timed loop: a 0-length run builds every code object
net.run(0 * ms)
c0, w0 = time.process_time(), time.time()
net.run(args.duration * ms)
out.update(cpu=time.process_time() - c0, wall=time.time() - w0, duration=args.duration, dt=float(defaultclock.dt / ms))
if args.mode in ("wb-fi", "tm-fi"):
    out["spikes"] = {"i": np.asarray(M.i).tolist(), "t": np.round(np.asarray(M.t / ms), 6).tolist(), "n": len(currents)}
else:
    out["spikes_E"] = {"i": np.asarray(Me.i).tolist(), "t": np.round(np.asarray(Me.t / ms), 4).tolist(), "n": 3200}
    out["spikes_I"] = {"i": np.asarray(Mi.i).tolist(), "t": np.round(np.asarray(Mi.t / ms), 4).tolist(), "n": 800}
print(json.dumps(out))
