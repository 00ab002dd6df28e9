/**
 * The run loop of a network: each step runs the components by phase (engine/component.ts) — input
 * (Poisson input, sources), integrate (injected currents, then each population's model kernel, then
 * integrate-phase components), rule, deliver, monitor — watches for runaway activity and NaN, and
 * reports progress on long runs.
 */
import { quantity, type Quantity } from "../params/quantity.js";
import type { Component, Phase } from "../engine/component.js";
import type { Kernel } from "../engine/model.js";
import type { Population } from "../engine/population.js";
import type { CurrentInput } from "../inputs/currents.js";
import type { NetworkBase, RunStats } from "./base.js";
import { toSteps } from "./steps.js";
import { announceLongRun, checkStepBudget, LONG_RUN_STEPS } from "./budget.js";
import { makeProgress, type ProgressReporter } from "./progress.js";
import { checkOptions } from "../params/options.js";
import { findNaN } from "./nan.js";
import { kernelFor } from "../engine/wasm/instance.js";

/** How often (in steps) a run scans membrane potentials for NaN. */
export const NAN_CHECK_STEPS = 64;

/** What the step loop works on during a run. */
interface Loop {
  // not the network itself: a field holding it ties the loop's optimised code to the network object's V8 map, and
  // a change of that map between runs threw the code away (a deoptimisation and recompilation at every run)
  dt: number;
  step: number;
  pops: Population[];
  consts: unknown[];
  currents: CurrentInput[][];
  kernels: Kernel[];
  inputs: Component[];
  integrate: Component[];
  rules: Component[];
  deliver: Component[];
  monitors: Component[];
  spikes: number;
  events: number;
}

/** Runs `count` steps: input → integrate (currents, kernels) → rule → deliver → monitor, and the runaway watch. */
function stepMany(L: Loop, count: number, runaway: NetworkBase["runaway"]): void {
  const { dt, pops, consts, currents, kernels, inputs, integrate, rules, deliver, monitors } = L;
  let spikes = 0, events = 0;
  for (let s = 0; s < count; s++) {
    const step = L.step;
    const t = step * dt;
    for (let k = 0; k < inputs.length; k++) spikes += (inputs[k].step(step, dt) as number) | 0;
    for (let k = 0; k < pops.length; k++) {
      const pop = pops[k];
      if (pop.Iext !== null) {
        pop.Iext.fill(0);
        for (const c of currents[k]) c.add(pop.Iext, t, dt);
      }
      spikes += kernels[k](pop, step, consts[k]);
    }
    for (let k = 0; k < integrate.length; k++) integrate[k].step(step, dt);
    for (let k = 0; k < rules.length; k++) rules[k].step(step, dt);
    for (let k = 0; k < deliver.length; k++) events += (deliver[k].step(step, dt) as number) | 0;
    for (let k = 0; k < monitors.length; k++) monitors[k].step(step, dt);
    runaway.observe(pops, step, dt);
    L.step = step + 1;
  }
  L.spikes += spikes;
  L.events += events;
}

/** Simulates `duration` ms more of `net` (see NetworkBase.run). */
export function runNetwork(net: NetworkBase, duration: Quantity, { label = "simulation", ...rest }: { label?: string } = {}): RunStats {
  checkOptions("run", rest, ["label"]);
  const T = quantity("duration", duration, "ms", { min: 0 });
  const steps = toSteps(T, net.dt, "run duration", { warn: net.warn });
  checkStepBudget(net.step, steps, net.dt);
  const dt = net.dt;
  const pops = [...net.populations.values()];
  const consts = pops.map((p) => net.constants.get(p)!);
  const currents = pops.map((p) => net.currents.get(p) ?? []);
  const kernels = pops.map((p, k) => kernelFor(p, dt, net.javascript, consts[k])); // WebAssembly, or JavaScript, per model and flags
  const byPhase = (phase: Phase) => net.components.filter((c) => c.phase === phase);
  const inputs = byPhase("input"), integrate = byPhase("integrate"), rules = byPhase("rule"), deliver = byPhase("deliver"), monitors = byPhase("monitor");
  for (const c of net.components) c.begin?.(net.ctx, net.step, steps);
  net.runaway.begin(pops, dt);
  const loop: Loop = { dt, step: net.step, pops, consts, currents, kernels, inputs, integrate, rules, deliver, monitors, spikes: 0, events: 0 };
  const t0 = performance.now();
  let bar: ProgressReporter | null = null;
  const long = steps >= LONG_RUN_STEPS;
  let announced = false;
  const first = net.step;
  try {
    // chunks of NAN_CHECK_STEPS steps: the loop itself is a small function V8 optimises once and reuses in every run
    for (let s = 0; s < steps;) {
      const m = Math.min(NAN_CHECK_STEPS, steps - s);
      try {
        stepMany(loop, m, net.runaway);
      } finally {
        net.step = loop.step; // the steps done, also when a component threw
      }
      s += m;
      findNaN(pops, net.step, net.step - m, dt);
      if ((s & 1023) < m || s === steps) {
        const wall = performance.now() - t0;
        // a long run states its estimated wall time once it has measured its speed (200 ms or 1 % of the steps)
        if (long && !announced && (wall > 200 || s >= steps / 100)) announced = announceLongRun(net.warn, label, steps, s, wall, dt);
        if (bar === null && wall > 1500) bar = makeProgress(steps, label, Date.now() - wall, long);
        bar?.update(s);
      }
    }
  } finally {
    bar?.finish();
    for (const c of net.components) c.finish?.(net.ctx, net.step);
  }
  const { spikes, events } = loop;
  return { duration: (net.step - first) * dt, time: net.time, steps, spikes, events, wall: (performance.now() - t0) / 1000 };
}
