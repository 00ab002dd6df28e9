/**
 * Export a network spec (network/spec.ts) to a runnable Brian2 2.5 script: the same equations and
 * parameters with Brian2 units (brian2-models.ts), the SAME synapses — the spec is rebuilt in
 * tightrope (every random stream is named from the seed, so the rebuild is the network the spec
 * describes) and each projection's CSR arrays are written beside the script as .npy files, loaded
 * with `S.connect(i=…, j=…)` with their weights and delays in steps — the populations' initial state
 * and per-neuron parameters as drawn, spike sources, Poisson inputs and monitors.
 *
 * Timing, step for step: tightrope delivers a spike of step s at the start of step s + 1 + d (d: the
 * delay in steps); Brian2's on_pre with delay d·dt runs after the state update of step s + d, i.e.
 * it acts on the same integration step. Spike times: Brian2 stamps the start of the step in which V
 * crossed, tightrope its end; the script writes t + dt (tightrope's stamp). Poisson inputs run
 * before the groups (`when="before_groups"`), as tightrope's input phase; spike-time sources emit in
 * the same steps as tightrope's. What cannot be the same: the random numbers. Poisson sources and
 * inputs have the same rates, numbers and weights but independent streams (Brian2's seed, given to
 * the script); tightrope draws Poisson(n ν dt) input spikes per step where Brian2's PoissonInput
 * draws Binomial(n, ν dt) (the same to O(ν dt)).
 *
 * Supported: populations of the models in brian2-models.ts; poissonSource, spikeTimes, volleys;
 * connect (spiking populations); poissonInput; monitorSpikes, monitorRate, monitorState. Anything
 * else (currents, plasticity rules, short-term plasticity, MIP sources, rate models) throws a
 * TypeError naming the part and what is supported.
 */
import { Network } from "../network/network.js";
import { checkSpec, type NetworkSpec } from "../network/spec.js";
import { PoissonInput } from "../inputs/poisson-input.js";
import { roundSteps } from "../network/steps.js";
import { quantity, type Quantity } from "../params/quantity.js";
import { VERSION } from "../version.js";
import { BRIAN2_UNITS, deltaGuard, groupCode, py, pyq, unsupportedModel } from "./brian2-models.js";

/** Options of {@link toBrian2}. */
export interface Brian2Options {
  /** Default biological time of the script's run (ms, default 1000; the script's --duration overrides it). */
  duration?: number;
  /** Folder of the arrays, relative to the script (default "brian2_data"). */
  dataDir?: string;
  /** Code generation target by default: "cython" (default) or "numpy" (the script's --target overrides it). */
  target?: "cython" | "numpy";
}

/** A Brian2 script and the arrays to write beside it (in `dataDir`, as `<name>.npy`). */
export interface Brian2Export {
  script: string;
  dataDir: string;
  /** File base name → values (.npy: float64 or int32). */
  arrays: Map<string, Float64Array | Int32Array>;
}

const SUPPORTED = ["population", "poissonSource", "spikeTimes", "volleys", "connect", "poissonInput", "monitorSpikes", "monitorRate", "monitorState"];
const STATE_UNITS: Record<string, string> = { v: "mV", gE: "nS", gI: "nS", h: "", n: "", m: "" };

/** Throws a TypeError naming the first part of `spec` the export does not support. */
export function checkBrian2Spec(spec: NetworkSpec): void {
  checkSpec(spec);
  for (const [k, part] of spec.parts.entries()) {
    if (!SUPPORTED.includes(part.build)) {
      throw new TypeError(`Brian2 export: spec part ${k} (${part.build} ${part.args.filter((a) => typeof a === "string").join(", ")}) is not supported; ` +
        `the export supports ${SUPPORTED.join(", ")}`);
    }
    if (part.build === "population") {
      const why = unsupportedModel(String(part.args[0]), part.model?.type ?? "?", (part.model?.options ?? {}) as Record<string, unknown>);
      if (why) throw new TypeError(why);
    }
  }
}

/**
 * The Brian2 script of a network spec and the arrays it loads (see the module doc).
 * @throws TypeError naming an unsupported model or builder; whatever rebuilding the spec throws.
 * @example const { script, arrays } = toBrian2(coba({ n: 400 }).toSpec(), { duration: 500 })
 */
export function toBrian2(spec: NetworkSpec, options: Brian2Options = {}): Brian2Export {
  checkBrian2Spec(spec);
  const { duration = 1000, dataDir = "brian2_data", target = "cython" } = options;
  if (!(duration > 0 && Number.isFinite(duration))) throw new RangeError(`invalid duration: ${duration} ms (expected > 0 ms)`);
  if (target !== "cython" && target !== "numpy") throw new TypeError(`invalid target: ${JSON.stringify(target)} (expected "cython" or "numpy")`);
  const net = Network.fromSpec(spec);
  const dt = net.dt;
  const arrays = new Map<string, Float64Array | Int32Array>();
  const body: string[] = [];
  const objects: string[] = [];
  const names = new Map<string, string>(); // population or source → Python variable
  const refSteps = new Map<string, number | null>();
  const monitors: string[] = [];
  const sources = (net as unknown as { sources: Map<string, { indices?: ArrayLike<number>; times?: ArrayLike<number> }> }).sources;
  const inputs = net.components.filter((c): c is PoissonInput => c instanceof PoissonInput);
  let nProj = 0, nInput = 0, nPop = 0, nSrc = 0;
  for (const part of spec.parts) {
    const [first] = part.args as [string];
    const o = part.options;
    if (part.build === "population") {
      const pop = net.get(first);
      const id = `p${nPop++}`;
      const g = groupCode(pop, id.toUpperCase(), id, net.constants.get(pop));
      for (const [k, a] of g.arrays) arrays.set(k, a);
      body.push(g.code, "");
      names.set(first, id.toUpperCase());
      refSteps.set(first, g.refSteps);
      objects.push(id.toUpperCase());
    } else if (part.build === "poissonSource") {
      const id = `Q${nSrc++}`;
      const rate = quantity(`${first}.rate`, o.rate as Quantity, "Hz");
      body.push(`# source ${first}: ${part.args[1]} Poisson trains at ${py(rate)} Hz (${o.kind ?? "excitatory"}): Bernoulli(rate dt) per step, as tightrope — Brian2's own random stream`,
        `${id} = PoissonGroup(${part.args[1]}, rates=${pyq(rate, "Hz")}, name="${id.toLowerCase()}")`, "");
      names.set(first, id); objects.push(id);
    } else if (part.build === "spikeTimes" || part.build === "volleys") {
      const id = `Q${nSrc++}`;
      const src = sources.get(first)!;
      const { i, t } = sourceSteps(src.indices!, src.times!, dt);
      arrays.set(`${id.toLowerCase()}_i`, i);
      arrays.set(`${id.toLowerCase()}_step`, t);
      body.push(`# source ${first}: ${part.args[1]} spike generators, ${i.length} spikes (${part.build}${part.build === "volleys" ? ", jitter as drawn by tightrope" : ""});`,
        "# a spike at t is emitted in step round(t/dt) - 1 and stamped at its end, t, as tightrope does",
        `${id} = SpikeGeneratorGroup(${part.args[1]}, load("${id.toLowerCase()}_i"), load("${id.toLowerCase()}_step")*defaultclock.dt, name="${id.toLowerCase()}")`, "");
      names.set(first, id); objects.push(id);
    } else if (part.build === "connect") {
      const proj = net.projections[nProj];
      const id = `S${nProj++}`, lid = id.toLowerCase();
      const post = proj.post;
      const rec = post.model.receptors[proj.receptor];
      const unit = BRIAN2_UNITS[rec.unit];
      const rows = proj.rowPtr, col = proj.col, S = col.length;
      const pre = new Int32Array(S);
      for (let r = 0; r + 1 < rows.length; r++) for (let k = rows[r]; k < rows[r + 1]; k++) pre[k] = r;
      const guard = rec.variable === "v" ? deltaGuard(refSteps.get(post.name) ?? 0, 1, "_post") : "";
      const w = proj.weight, d = proj.delaySteps;
      const constW = typeof w === "number";
      const unitName = rec.unit === "nS" ? "siemens" : rec.unit === "pA" ? "amp" : "volt";
      body.push(`# projection ${proj.name}: ${S} synapses onto receptor ${proj.receptor} (${rec.variable}, ${rec.unit}), ` +
        `${typeof d === "number" ? `delay ${d} steps` : "delays per synapse"}, weights ${constW ? py(w) + " " + rec.unit : "per synapse"}`);
      if (guard) body.push("# delta synapses: input arriving during the target's refractory steps is discarded, as in tightrope");
      body.push(`${id} = Synapses(${names.get(proj.pre.name)}, ${names.get(post.name)}, model="${constW ? "" : `w : ${unitName} (constant)`}", ` +
        `on_pre="${rec.variable}_post += w${guard}"${typeof d === "number" ? `, delay=${d}*defaultclock.dt` : ""}, name="${lid}"` +
        `${constW ? `, namespace=dict(w=${pyq(w, rec.unit)})` : ""})`);
      arrays.set(`${lid}_i`, pre);
      arrays.set(`${lid}_j`, Int32Array.from(col));
      if (S > 0) body.push(`${id}.connect(i=load("${lid}_i"), j=load("${lid}_j"))`);
      if (!constW && S > 0) { arrays.set(`${lid}_w`, Float64Array.from(w)); body.push(`${id}.w = load("${lid}_w")*${unit}`); }
      if (typeof d !== "number" && S > 0) { arrays.set(`${lid}_delay`, Int32Array.from(d)); body.push(`${id}.delay = load("${lid}_delay")*defaultclock.dt`); }
      body.push("");
      objects.push(id);
    } else if (part.build === "poissonInput") {
      const input = inputs[nInput];
      const id = `PI${nInput++}`;
      const post = input.target;
      const rec = post.model.receptors[input.receptor];
      const rate = quantity(`${input.name}.rate`, o.rate as Quantity, "Hz");
      const guard = rec.variable === "v" ? deltaGuard(refSteps.get(post.name) ?? 0, 0) : "";
      const weight = guard ? `"${pyq(input.weight, rec.unit)}${guard}"` : pyq(input.weight, rec.unit);
      body.push(`# Poisson input ${input.name}: ${input.n} trains of ${py(rate)} Hz per neuron, weight ${py(input.weight)} ${rec.unit} onto ${rec.variable};`,
        "# applied before the state update, as tightrope's input phase; Binomial(n, rate dt) per step (tightrope: Poisson(n rate dt)); Brian2's own random stream",
        `${id} = PoissonInput(${names.get(post.name)}, "${rec.variable}", ${input.n}, ${pyq(rate, "Hz")}, weight=${weight}, when="before_groups")`, "");
      objects.push(id);
    } else {
      const k = monitors.length;
      const id = `M${k}`;
      if (part.build === "monitorSpikes") {
        const neurons = o.neurons as number[] | undefined;
        body.push(`${id} = SpikeMonitor(${names.get(first)}, name="m${k}")`);
        monitors.push(`("spikes", ${JSON.stringify(first)}, ${id}, ${neurons ? `[${neurons.join(", ")}]` : "None"}, [])`);
      } else if (part.build === "monitorRate") {
        body.push(`${id} = PopulationRateMonitor(${names.get(first)}, name="m${k}")`);
        monitors.push(`("rate", ${JSON.stringify(first)}, ${id}, None, [])`);
      } else {
        const vars = part.args[1] as string[];
        const bad = vars.filter((v) => !(v in STATE_UNITS) || !(v in net.get(first).state));
        if (bad.length) throw new TypeError(`Brian2 export: monitorState ${first} records ${bad.join(", ")}; the export records ${Object.keys(STATE_UNITS).join(", ")} (those the model has)`);
        const neurons = (o.neurons as number[] | undefined) ?? [0];
        const every = Math.max(1, roundSteps(quantity("interval", (o.interval ?? dt) as Quantity, "ms"), dt).steps);
        body.push(`${id} = StateMonitor(${names.get(first)}, ${JSON.stringify(vars)}, record=[${neurons.join(", ")}], dt=${every}*defaultclock.dt, when="end", name="m${k}")`);
        monitors.push(`("state", ${JSON.stringify(first)}, ${id}, None, [${vars.map((v) => `(${JSON.stringify(v)}, ${STATE_UNITS[v] ? STATE_UNITS[v] : "1"})`).join(", ")}])`);
      }
      objects.push(id);
    }
  }
  return { script: header(spec, dt, duration, dataDir, target) + body.join("\n") + footer(objects, monitors), dataDir, arrays };
}

/** A spike-time source's spikes as emission steps (round(t/dt) − 1, at least 0; duplicates in a step dropped, as tightrope). */
function sourceSteps(indices: ArrayLike<number>, times: ArrayLike<number>, dt: number): { i: Int32Array; t: Int32Array } {
  const seen = new Set<string>();
  const i: number[] = [], t: number[] = [];
  for (let k = 0; k < indices.length; k++) {
    const s = Math.max(0, roundSteps(times[k], dt).steps - 1);
    const key = `${indices[k]}:${s}`;
    if (seen.has(key)) continue;
    seen.add(key); i.push(indices[k]); t.push(s);
  }
  return { i: Int32Array.from(i), t: Int32Array.from(t) };
}

function header(spec: NetworkSpec, dt: number, duration: number, dataDir: string, target: string): string {
  return `#!/usr/bin/env python3
"""Brian2 2.5 script generated by tightrope ${VERSION} (src/export/brian2.ts) from a network spec: dt = ${py(dt)} ms, seed ${spec.seed}.

The network is the spec rebuilt in tightrope: its synapses (pre/post indices, weights, delays in steps), its
initial state and per-neuron parameters are loaded from ${dataDir}/ as .npy arrays, so both simulators run the
same network. Equations, units and the step-by-step timing are explained beside each part below. Poisson
sources and inputs have the same rates but Brian2's own random stream (--seed); tightrope's spec seed ${spec.seed}
fixed the connectivity and initial state, which do not change with --seed.${spec.precision ? `\nThe spec asks tightrope for ${spec.precision} arithmetic; Brian2 runs in float64.` : ""}

Usage: python3 SCRIPT [--duration MS] [--seed N] [--target cython|numpy] [--out RESULTS.json]
Writes the monitors to RESULTS.json (default: the script's name with _results.json): spike times in ms stamped at the
END of the step in which V crossed threshold (tightrope's convention: Brian2's t + dt), population rates per
step (Hz), state variables in ms, mV, nS, sampled at the end of each step (after Brian2's synaptic updates: a
delta-synapse jump for the next step shows one sample earlier than in tightrope's state monitor).
"""
import argparse
import json
import os

import numpy as np
import brian2
from brian2 import (NeuronGroup, Synapses, PoissonGroup, PoissonInput, SpikeGeneratorGroup, SpikeMonitor,  # noqa: F401
                    PopulationRateMonitor, StateMonitor, Network, defaultclock, prefs, seed, ms, mV, nS, pA, pF, Hz)

ap = argparse.ArgumentParser()
ap.add_argument("--duration", type=float, default=${py(duration)}, help="biological time (ms)")
ap.add_argument("--seed", type=int, default=${spec.seed}, help="seed of Brian2's random numbers (Poisson sources and inputs)")
ap.add_argument("--target", default="${target}", choices=["cython", "numpy"])
ap.add_argument("--out", default=os.path.splitext(os.path.abspath(__file__))[0] + "_results.json")
args = ap.parse_args()
prefs.codegen.target = args.target
defaultclock.dt = ${py(dt)}*ms
DT = ${py(dt)}
seed(args.seed)
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), ${JSON.stringify(dataDir)})


def load(name):
    return np.load(os.path.join(DATA, name + ".npy"))


`;
}

function footer(objects: string[], monitors: string[]): string {
  return `
# (kind, population, monitor, neurons kept, [(variable, unit)])
MONITORS = [${monitors.join(",\n            ")}]
net = Network(${objects.join(", ")})
net.run(args.duration*ms)
out = {"simulator": "brian2 " + brian2.__version__, "target": args.target, "seed": args.seed, "duration": args.duration, "dt": DT,
       "monitors": []}
for kind, name, mon, neurons, variables in MONITORS:
    if kind == "spikes":
        i = np.asarray(mon.i)
        t = np.asarray(mon.t/ms) + DT  # stamped at the end of the step (tightrope's convention)
        if neurons is not None:
            keep = np.isin(i, neurons)
            i, t = i[keep], t[keep]
        out["monitors"].append({"type": "spikes", "population": name, "n": int(mon.source.N), "i": i.tolist(), "t": t.tolist()})
    elif kind == "rate":
        out["monitors"].append({"type": "rate", "population": name, "rate": np.asarray(mon.rate/Hz).tolist()})
    else:
        out["monitors"].append({"type": "state", "population": name, "t": (np.asarray(mon.t/ms) + DT).tolist(),
                                "values": {v: np.asarray(getattr(mon, v)/u).tolist() for v, u in variables}})
with open(args.out, "w") as f:
    json.dump(out, f)
`;
}
