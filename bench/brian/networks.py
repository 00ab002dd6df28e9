"""The COBA and CUBA benchmark networks in Brian2 2.5, for cross-checks and benchmarks of tightrope.

Usage: /usr/bin/python3 bench/brian/networks.py {coba,cuba,brunel} --seed S [--duration MS] [--device runtime|cpp_standalone]
       [--n N] [--indegree K] [--g G --eta ETA --nE NE --epsilon EPS]
Prints one JSON object: rates, spikes (optional), and wall times of build and run.

Same models and initial conditions as tightrope's src/networks (COBA: V ~ U(-60, -50) mV, i.e. uniform
between V_reset and V_th as in PyNN's VAbenchmarks.py, g_E ~ N(40, 15) nS, g_I ~ N(200, 120) nS as in
Brette's Brian COBA.py (Brette et al. 2007); CUBA: V ~ U(-60, -50) mV, g = 0, as in Brian2's examples/CUBA.py).
"""
import argparse
import json
import os
import sys
import tempfile
import time

ap = argparse.ArgumentParser()
ap.add_argument("model", choices=["coba", "cuba", "brunel"])
ap.add_argument("--seed", type=int, default=1)
ap.add_argument("--duration", type=float, default=1000.0)
ap.add_argument("--dt", type=float, default=0.1)
ap.add_argument("--device", default="runtime", choices=["runtime", "cpp_standalone"])
ap.add_argument("--n", type=int, default=4000)
ap.add_argument("--p", type=float, default=0.02)
ap.add_argument("--indegree", type=int, default=None)
ap.add_argument("--wscale", type=float, default=1.0, help="multiply the synaptic weights (CUBA/COBA)")
ap.add_argument("--g", type=float, default=6.0)
ap.add_argument("--eta", type=float, default=4.0)
ap.add_argument("--nE", type=int, default=10000)
ap.add_argument("--epsilon", type=float, default=0.1, help="Brunel: connection fraction (C_E = epsilon * nE)")
ap.add_argument("--spikes", action="store_true", help="include spike index/time columns")
ap.add_argument("--repeats", type=int, default=1, help="cpp_standalone: run the compiled binary this many times (loop time of each)")
args = ap.parse_args()

import resource  # noqa: E402
import subprocess  # noqa: E402

import numpy as np  # noqa: E402
from brian2 import (NeuronGroup, Synapses, SpikeMonitor, PoissonInput, Network, defaultclock, ms, mV, nS, pF,  # noqa: E402
                    second, seed as brian_seed, set_device, prefs, device)

PROJECT_DIR = os.path.join(tempfile.gettempdir(), f"tightrope-brian-{args.model}-{os.getpid()}")
if args.device == "cpp_standalone":
    set_device("cpp_standalone", directory=PROJECT_DIR, build_on_run=False)
    prefs.devices.cpp_standalone.openmp_threads = 0
else:
    prefs.codegen.target = "cython"

brian_seed(args.seed)
np.random.seed(args.seed)
defaultclock.dt = args.dt * ms
t_build = time.time()

if args.model in ("coba", "cuba"):
    N = args.n
    NE = int(round(0.8 * N))
    if args.model == "coba":
        eqs = """
        dv/dt = (gl*(El - v) + ge*(Ee - v) + gi*(Ei - v))/Cm : volt (unless refractory)
        dge/dt = -ge/taue : siemens
        dgi/dt = -gi/taui : siemens
        """
        ns = dict(Cm=200 * pF, gl=10 * nS, El=-60 * mV, Ee=0 * mV, Ei=-80 * mV, taue=5 * ms, taui=10 * ms)
        P = NeuronGroup(N, eqs, threshold="v > -50*mV", reset="v = -60*mV", refractory=5 * ms,
                        method="exponential_euler", namespace=ns)
        P.v = "-60*mV + rand()*10*mV"
        P.ge = "(40 + 15*randn())*nS"
        P.gi = "(200 + 120*randn())*nS"
        we, wi = f"ge += {6 * args.wscale}*nS", f"gi += {67 * args.wscale}*nS"
    else:
        eqs = """
        dv/dt = (ge + gi - (v - El))/taum : volt (unless refractory)
        dge/dt = -ge/taue : volt
        dgi/dt = -gi/taui : volt
        """
        ns = dict(taum=20 * ms, El=-49 * mV, taue=5 * ms, taui=10 * ms)
        P = NeuronGroup(N, eqs, threshold="v > -50*mV", reset="v = -60*mV", refractory=5 * ms,
                        method="exact", namespace=ns)
        P.v = "-60*mV + rand()*10*mV"
        we, wi = f"ge += {1.62 * args.wscale}*mV", f"gi += {-9 * args.wscale}*mV"
    Ce = Synapses(P[:NE], P, on_pre=we)
    Ci = Synapses(P[NE:], P, on_pre=wi)
    if args.indegree is None:
        Ce.connect(p=args.p)
        Ci.connect(p=args.p)
    else:
        # fixed in-degree as in tightrope's rule: k distinct sources per target (80 % E, 20 % I)
        kE, kI = int(round(0.8 * args.indegree)), int(round(0.2 * args.indegree))
        rng = np.random.default_rng(args.seed)
        pre_e = np.concatenate([rng.choice(NE, kE, replace=False) for _ in range(N)])
        pre_i = np.concatenate([rng.choice(N - NE, kI, replace=False) for _ in range(N)])
        Ce.connect(i=pre_e, j=np.repeat(np.arange(N), kE))
        Ci.connect(i=pre_i, j=np.repeat(np.arange(N), kI))
    groups = {"E": P[:NE], "I": P[NE:]}
    objs = [P, Ce, Ci]
    sizes = {"E": NE, "I": N - NE}
else:
    NE, NI = args.nE, args.nE // 4
    CE, CI = int(round(args.epsilon * NE)), int(round(args.epsilon * NI))
    J, D, tau, theta = 0.1 * mV, 1.5 * ms, 20 * ms, 20 * mV
    P = NeuronGroup(NE + NI, "dv/dt = -v/tau : volt (unless refractory)", threshold="v > theta", reset="v = 10*mV",
                    refractory=2 * ms, method="exact", namespace=dict(tau=tau, theta=theta))
    P.v = "rand()*theta"
    Ce = Synapses(P[:NE], P, on_pre="v += J", delay=D, namespace=dict(J=J))
    Ci = Synapses(P[NE:], P, on_pre="v += -g*J", delay=D, namespace=dict(J=J, g=args.g))
    pre_e = np.concatenate([np.random.choice(NE, CE, replace=False) for _ in range(NE + NI)])
    pre_i = np.concatenate([np.random.choice(NI, CI, replace=False) for _ in range(NE + NI)])
    Ce.connect(i=pre_e, j=np.repeat(np.arange(NE + NI), CE))
    Ci.connect(i=pre_i, j=np.repeat(np.arange(NE + NI), CI))
    nu_thr = theta / (J * CE * tau)
    ext = PoissonInput(P, "v", CE, args.eta * nu_thr, weight=J)
    # Brunel's neurons (and tightrope's delta-synapse LIF) ignore input during the refractory period; so does this
    # network in Brian2 2.5: clamping v at V_r during the refractory period changed no spike (checked on regime B).
    groups = {"E": P[:NE], "I": P[NE:]}
    objs = [P, Ce, Ci, ext]
    sizes = {"E": NE, "I": NI}

mons = {k: SpikeMonitor(g) for k, g in groups.items()}
net = Network(*objs, *mons.values())
build = time.time() - t_build
t0 = time.time()
net.run(args.duration * ms)
loops = []
if args.device == "cpp_standalone":
    device.build(directory=PROJECT_DIR, run=True, compile=True, clean=False)
    loops.append(float(device._last_run_time))
    for _ in range(args.repeats - 1):
        subprocess.run(["./main"], cwd=device.project_dir, check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(device.project_dir, "results", "last_run_info.txt")) as f:
            loops.append(float(f.read().split()[0]))
wall = time.time() - t0
out = {"simulator": f"brian2-{args.device}", "model": args.model, "seed": args.seed, "duration": args.duration,
       "build": build, "wall": wall, "synapses": int(len(Ce) + len(Ci))}
if args.device == "cpp_standalone":
    # the simulation loop alone, as timed by the standalone binary itself (results/last_run_info.txt)
    out["loops"] = loops
else:
    out["loops"] = [wall]
out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
out["peak_rss_children_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
for k, m in mons.items():
    t = np.asarray(m.t / ms)
    i = np.asarray(m.i)
    out[f"rate_{k}"] = len(t) / sizes[k] / (args.duration / 1000.0)
    if args.spikes:
        out[f"spikes_{k}"] = {"i": i.tolist(), "t": np.round(t, 4).tolist(), "n": sizes[k]}
print(json.dumps(out))
if args.device == "cpp_standalone":
    import shutil
    shutil.rmtree(PROJECT_DIR, ignore_errors=True)
