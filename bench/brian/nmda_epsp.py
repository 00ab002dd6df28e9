"""One NMDA EPSP in a passive cell, in Brian2 2.5, for the cross-check bench/crosscheck-nmda.mjs.

Usage: /usr/bin/python3 bench/brian/nmda_epsp.py [--w NS] [--dt MS] [--duration MS] [--hold MV ...] [--mg MM]
Prints one JSON object: for each holding potential E_L, the recorded v (mV) and g (nS) at t = k dt (k = 0, 1, …)
and the first recorded time at which the rise variable x is nonzero.

The cell: C_m dv/dt = g_L (E_L − v) + g B(v) (E_NMDA − v), C_m 200 pF, g_L 10 nS, no threshold (held at its
resting potential E_L). The receptor exactly as tightrope's src/models/receptors.ts: at an event of weight w
(the peak conductance), x jumps by w N; dx/dt = −x/τ_r; τ_d dg/dt = −g + (τ_d − τ_r)/τ_r x, so that
g(t) = w N (e^{−t/τ_d} − e^{−t/τ_r}) with N normalising its peak to w; Mg²⁺ block (Jahr & Stevens 1990)
B(v) = 1/(1 + [Mg]/3.57 mM · e^{−0.062 v/mV}). Defaults τ_r 2 ms, τ_d 100 ms, E_NMDA 0 mV, [Mg] 1 mM,
w 5 nS, one event at t = 10 ms, dt 0.01 ms, 510 ms. The equation is not conditionally linear in v (the block),
so the method is rk4. Brian2 applies the event in the synapses slot of the step that starts at 10 ms, after the
state update: x is first nonzero at 10 ms + dt.
"""
import argparse
import json
import math
import time

ap = argparse.ArgumentParser()
ap.add_argument("--w", type=float, default=5.0, help="peak NMDA conductance of the event (nS)")
ap.add_argument("--dt", type=float, default=0.01, help="time step (ms)")
ap.add_argument("--duration", type=float, default=510.0, help="simulated time (ms)")
ap.add_argument("--event", type=float, default=10.0, help="time of the presynaptic spike (ms)")
ap.add_argument("--hold", type=float, nargs="+", default=[-70.0, -30.0], help="holding (resting) potentials E_L (mV)")
ap.add_argument("--mg", type=float, default=1.0, help="[Mg2+] (mM)")
ap.add_argument("--tau-rise", type=float, default=2.0)
ap.add_argument("--tau-decay", type=float, default=100.0)
ap.add_argument("--method", default="rk4")
args = ap.parse_args()

from brian2 import (NeuronGroup, Network, SpikeGeneratorGroup, StateMonitor, Synapses, defaultclock, ms, mV, nS, pF,  # noqa: E402
                    prefs)
import brian2  # noqa: E402

prefs.codegen.target = "numpy"  # a 2-neuron model: no compilation needed; same float64 arithmetic
defaultclock.dt = args.dt * ms

tr, td = args.tau_rise, args.tau_decay
tp = tr * td / (td - tr) * math.log(td / tr)
N = 1.0 / (math.exp(-tp / td) - math.exp(-tp / tr))

eqs = """
dv/dt = (g_L * (E_L - v) + g * B * (E_NMDA - v)) / C_m : volt
B = 1 / (1 + Mg / 3.57 * exp(-0.062 * v / mV)) : 1
dx/dt = -x / tau_r : siemens
dg/dt = (-g + (tau_d - tau_r) / tau_r * x) / tau_d : siemens
E_L : volt (constant)
"""
ns = dict(C_m=200 * pF, g_L=10 * nS, E_NMDA=0 * mV, Mg=args.mg, tau_r=tr * ms, tau_d=td * ms, wN=args.w * N * nS)
cell = NeuronGroup(len(args.hold), eqs, method=args.method, namespace=ns)
cell.E_L = [h * mV for h in args.hold]
cell.v = cell.E_L
src = SpikeGeneratorGroup(1, [0], [args.event] * ms)
syn = Synapses(src, cell, on_pre="x_post += wN", namespace=ns)
syn.connect()
mon = StateMonitor(cell, ["v", "g", "x"], record=True)
net = Network(cell, src, syn, mon)
t0 = time.time()
net.run(args.duration * ms)
wall = time.time() - t0

t = mon.t / ms
out = {"brian2": brian2.__version__, "method": args.method, "dt": args.dt, "w": args.w, "N": N, "event": args.event,
       "duration": args.duration, "wall": wall, "cells": []}
for k, h in enumerate(args.hold):
    x = mon.x[k] / nS
    first = next((float(t[j]) for j in range(len(t)) if x[j] > 0), None)
    out["cells"].append({"E_L": h, "t0": float(t[0]), "v": [float(u) for u in mon.v[k] / mV],
                         "g": [float(u) for u in mon.g[k] / nS], "x_onset": first})
print(json.dumps(out))
