"""The COBA and CUBA benchmark networks in Brian2 2.5, for cross-checks and benchmarks of tightrope.

Usage: /usr/bin/python3 bench/brian/networks.py {coba,cuba,brunel} --seed S [--duration MS] [--device runtime|cpp_standalone]
       [--n N] [--indegree K] [--kick] [--g0] [--window MS] [--g G --eta ETA --nE NE --epsilon EPS] [--repeats R]
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
ap.add_argument("--kick", action="store_true",
                help="COBA: PyNN's kick-start (VAbenchmarks.py): 20 Poisson trains at 100 Hz for the first 50 ms, p = 0.01 onto every neuron, 100 nS onto ge")
ap.add_argument("--build-dir", default=None,
                help="cpp_standalone: generate and compile the project into this directory and print a manifest instead of "
                     "running; the binary then takes its seed from the environment variable TIGHTROPE_SEED at run time "
                     "(fixed in-degree connectivity is then drawn by the binary too) and writes its loop's wall time")
ap.add_argument("--g0", action="store_true", help="COBA: start with ge = gi = 0 (PyNN's VAbenchmarks.py) instead of Brette's N(40, 15), N(200, 120) nS")
ap.add_argument("--window", type=float, default=None, help="also report rate_E_late/rate_I_late, the rates over [duration - window, duration] (ms)")
args = ap.parse_args()

import resource  # noqa: E402
import subprocess  # noqa: E402

import numpy as np  # noqa: E402
from brian2 import (NeuronGroup, Synapses, SpikeMonitor, PoissonInput, PoissonGroup, Network, defaultclock, ms, mV, nS, pF,  # noqa: E402
                    second, seed as brian_seed, set_device, prefs, device)

PROJECT_DIR = args.build_dir or os.path.join(tempfile.gettempdir(), f"tightrope-brian-{args.model}-{os.getpid()}")
if args.build_dir and args.device != "cpp_standalone":
    sys.exit("--build-dir needs --device cpp_standalone")


class RuntimeSeed(int):
    """A seed the standalone binary reads from TIGHTROPE_SEED when it starts (default 1). Brian2 2.5 writes a seed
    into main.cpp as `rk_seed(<repr(seed)>L + _i, ...)`: this repr is a C++ expression, whose `+ 0*0` absorbs the L."""

    def __repr__(self):
        return '(getenv("TIGHTROPE_SEED") ? atol(getenv("TIGHTROPE_SEED")) : 1) + 0*0'


def connect_indegree(S, n_post, n_pre, k, rng_draw):
    """k distinct sources per target (tightrope's indegree rule): drawn by numpy in Python, or by the binary."""
    if args.build_dir:
        S.connect(i=f"k for k in sample(N_pre, size={k})")
    else:
        S.connect(i=np.concatenate([rng_draw(n_pre, k) for _ in range(n_post)]), j=np.repeat(np.arange(n_post), k))
if args.device == "cpp_standalone":
    set_device("cpp_standalone", directory=PROJECT_DIR, build_on_run=False)
    prefs.devices.cpp_standalone.openmp_threads = 0
else:
    prefs.codegen.target = "cython"

brian_seed(RuntimeSeed(0) if args.build_dir else args.seed)
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
        if not args.g0:
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
        connect_indegree(Ce, N, NE, kE, lambda n, k: rng.choice(n, k, replace=False))
        connect_indegree(Ci, N, N - NE, kI, lambda n, k: rng.choice(n, k, replace=False))
    groups = {"E": P[:NE], "I": P[NE:]}
    objs = [P, Ce, Ci]
    synapse_objs = [Ce, Ci]
    sizes = {"E": NE, "I": N - NE}
    if args.kick:
        if args.model != "coba":
            sys.exit("--kick is for coba only")
        # PyNN's SpikeSourcePoisson(rate=100 Hz, duration=50 ms) x 20, FixedProbabilityConnector(0.01), 0.1 uS onto the
        # excitatory receptor (tightrope's src/networks/kick.ts); PoissonGroup draws one Bernoulli(rate*dt) per step
        kick = PoissonGroup(20, rates="100*Hz*int(t < 50*ms)")
        Ck = Synapses(kick, P, on_pre="ge += 100*nS")
        Ck.connect(p=0.01)
        objs += [kick, Ck]
        synapse_objs.append(Ck)
else:
    NE, NI = args.nE, args.nE // 4
    CE, CI = int(round(args.epsilon * NE)), int(round(args.epsilon * NI))
    J, D, tau, theta = 0.1 * mV, 1.5 * ms, 20 * ms, 20 * mV
    P = NeuronGroup(NE + NI, "dv/dt = -v/tau : volt (unless refractory)", threshold="v > theta", reset="v = 10*mV",
                    refractory=2 * ms, method="exact", namespace=dict(tau=tau, theta=theta))
    P.v = "rand()*theta"
    Ce = Synapses(P[:NE], P, on_pre="v += J", delay=D, namespace=dict(J=J))
    Ci = Synapses(P[NE:], P, on_pre="v += -g*J", delay=D, namespace=dict(J=J, g=args.g))
    connect_indegree(Ce, NE + NI, NE, CE, lambda n, k: np.random.choice(n, k, replace=False))
    connect_indegree(Ci, NE + NI, NI, CI, lambda n, k: np.random.choice(n, k, replace=False))
    nu_thr = theta / (J * CE * tau)
    ext = PoissonInput(P, "v", CE, args.eta * nu_thr, weight=J)
    # Brunel's neurons (and tightrope's delta-synapse LIF) ignore input during the refractory period; so does this
    # network in Brian2 2.5: clamping v at V_r during the refractory period changed no spike (checked on regime B).
    groups = {"E": P[:NE], "I": P[NE:]}
    objs = [P, Ce, Ci, ext]
    synapse_objs = [Ce, Ci]
    sizes = {"E": NE, "I": NI}

mons = {k: SpikeMonitor(g) for k, g in groups.items()}
net = Network(*objs, *mons.values())
build = time.time() - t_build
t0 = time.time()
net.run(args.duration * ms)
if args.build_dir:
    from brian2.devices.cpp_standalone.device import get_compiler_and_args
    device.build(directory=PROJECT_DIR, run=False, compile=False, clean=False)
    # a wall clock beside the binary's std::clock() (CPU time): started and read at the same points of Network::run
    src = os.path.join(PROJECT_DIR, "network.cpp")
    code = open(src).read()
    marks = ["    start = std::clock();\n", "    _last_run_time = elapsed_realtime;\n"]
    if not all(code.count(m) == 1 for m in marks):
        sys.exit(f"cannot instrument {src}: Brian2's Network::run is not as expected (Brian2 2.5)")
    code = "#include <chrono>\n#include <fstream>\n" + code.replace(
        marks[0], marks[0] + "    const auto _tr_wall0 = std::chrono::steady_clock::now();\n").replace(
        marks[1], "    const double _tr_wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - _tr_wall0).count();\n"
        + marks[1] + '    { std::ofstream _tr_f("results/tightrope_wall.txt"); _tr_f.precision(17); _tr_f << _tr_wall; }\n')
    open(src, "w").write(code)
    t_compile = time.time()
    device.compile_source(PROJECT_DIR, get_compiler_and_args()[0], debug=False, clean=False)
    f = lambda v: os.path.join(PROJECT_DIR, device.get_array_filename(v))  # noqa: E731
    print(json.dumps({"dir": PROJECT_DIR, "model": args.model, "duration": args.duration, "dt": args.dt, "kick": bool(args.kick),
                      "compile": time.time() - t_compile, "sizes": sizes,
                      "monitors": {k: {"t": f(m.variables["t"]), "i": f(m.variables["i"])} for k, m in mons.items()},
                      "synapses": [f(S.variables["_synaptic_pre"]) for S in synapse_objs]}))
    sys.exit(0)
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
       "build": build, "wall": wall, "synapses": int(len(Ce) + len(Ci)), "kick": bool(args.kick)}
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
    if args.window:
        out[f"rate_{k}_late"] = int(np.sum(t >= args.duration - args.window)) / sizes[k] / (args.window / 1000.0)
    if args.spikes:
        out[f"spikes_{k}"] = {"i": i.tolist(), "t": np.round(t, 4).tolist(), "n": sizes[k]}
print(json.dumps(out))
if args.device == "cpp_standalone":
    import shutil
    shutil.rmtree(PROJECT_DIR, ignore_errors=True)
