"""The AdEx neuron (Brette & Gerstner 2005) in Brian2 2.5, for the cross-check of tightrope's src/models/adex.ts.

Usage: /usr/bin/python3 bench/brian/adex.py --currents 600,800,1000 [--duration MS] [--dt MS] [--method euler|rk4|...]
       [--params '{"a": 4, "b": 80.5}']
One neuron per current (pA), all starting at V = E_L, w = 0; the current is on from t = 0. Parameters in tightrope's
names and internal units (C_m pF, g_L nS, E_L, V_T, Delta_T, V_reset, V_peak mV, tau_w ms, a nS, b pA); defaults are
those of src/models/adex.ts (Brette & Gerstner 2005, Table 1; V_reset = E_L, V_peak = V_T + 5 Delta_T).
Prints one JSON object: {"spikes": [[t, ...] per current], "wall": seconds of the run}. Brian2 stamps a spike with the
start of the step in which V crossed V_peak; the times printed are that + dt, the end of the step (tightrope's rule).
The exponential is evaluated at min(V, V_peak), as in tightrope: below V_peak (where the solution lives until the
spike) nothing changes, but RK4's intermediate stages can no longer overflow (with V_peak = 0 mV and Delta_T = 2 mV,
e^{(V - V_T)/Delta_T} overflows in an RK4 stage and the neuron turns NaN without a spike).
"""
import argparse
import json
import time

ap = argparse.ArgumentParser()
ap.add_argument("--currents", required=True)
ap.add_argument("--duration", type=float, default=1000.0)
ap.add_argument("--dt", type=float, default=0.1)
ap.add_argument("--method", default="euler")
ap.add_argument("--params", default="{}")
args = ap.parse_args()

from brian2 import NeuronGroup, SpikeMonitor, Network, defaultclock, prefs, ms, mV, nS, pF, pA  # noqa: E402

prefs.codegen.target = "cython"
p = {"C_m": 281.0, "g_L": 30.0, "E_L": -70.6, "V_T": -50.4, "Delta_T": 2.0, "tau_w": 144.0, "a": 4.0, "b": 80.5,
     "V_reset": -70.6, "V_peak": None}
user = json.loads(args.params)
unknown = set(user) - set(p)
if unknown:
    raise SystemExit(f"unknown parameters {sorted(unknown)} (expected some of {sorted(p)})")
p.update(user)
if p["V_peak"] is None:
    p["V_peak"] = p["V_T"] + 5 * p["Delta_T"]
currents = [float(x) for x in args.currents.split(",")]

defaultclock.dt = args.dt * ms
ns = {"C": p["C_m"] * pF, "gL": p["g_L"] * nS, "EL": p["E_L"] * mV, "VT": p["V_T"] * mV, "DeltaT": p["Delta_T"] * mV,
      "tauw": p["tau_w"] * ms, "a": p["a"] * nS, "b": p["b"] * pA, "Vr": p["V_reset"] * mV, "Vpeak": p["V_peak"] * mV}
eqs = """
dv/dt = (gL*(EL - v) + gL*DeltaT*exp(clip((v - VT)/DeltaT, -500, (Vpeak - VT)/DeltaT)) - w + I)/C : volt
dw/dt = (a*(v - EL) - w)/tauw : amp
I : amp (constant)
"""
g = NeuronGroup(len(currents), eqs, threshold="v > Vpeak", reset="v = Vr; w += b", method=args.method, namespace=ns)
g.v = ns["EL"]
g.w = 0 * pA
g.I = [c * pA for c in currents]
mon = SpikeMonitor(g)
net = Network(g, mon)
t0 = time.time()
net.run(args.duration * ms)
wall = time.time() - t0
trains = mon.spike_trains()
print(json.dumps({"spikes": [[float(t / ms) + args.dt for t in trains[i]] for i in range(len(currents))], "wall": wall,
                  "params": p, "dt": args.dt, "method": args.method}))
