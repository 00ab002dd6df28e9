/**
 * The run loop of a network: each step runs the components by phase (engine/component.ts) — input
 * (Poisson input, sources), integrate (injected currents, then each population's model kernel, then
 * integrate-phase components), rule, deliver, monitor — watches for runaway activity and NaN, and
 * reports progress on long runs.
 */
import { quantity, type Quantity } from "../params/quantity.js";
import type { Phase } from "../engine/component.js";
import type { NetworkBase, RunStats } from "./base.js";
import { toSteps } from "./steps.js";
import { announceLongRun, checkStepBudget, LONG_RUN_STEPS } from "./budget.js";
import { makeProgress, type ProgressReporter } from "./progress.js";
import { checkOptions } from "../params/options.js";
import { findNaN } from "./nan.js";
import { kernelFor } from "../engine/wasm/instance.js";

/** How often (in steps) a run scans membrane potentials for NaN. */
export const NAN_CHECK_STEPS = 64;

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
  const kernels = pops.map((p) => kernelFor(p, dt, net.javascript)); // WebAssembly, or JavaScript, per model and flags
  const byPhase = (phase: Phase) => net.components.filter((c) => c.phase === phase);
  const inputs = byPhase("input"), integrate = byPhase("integrate"), rules = byPhase("rule"), deliver = byPhase("deliver"), monitors = byPhase("monitor");
  for (const c of net.components) c.begin?.(net.ctx, net.step);
  const t0 = performance.now();
  let bar: ProgressReporter | null = null;
  const long = steps >= LONG_RUN_STEPS;
  let announced = false;
  let spikes = 0;
  let events = 0;
  const first = net.step;
  try {
    for (let s = 0; s < steps; s++) {
      const step = net.step;
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
      net.runaway.observe(pops, step, dt);
      net.step++;
      if (s % NAN_CHECK_STEPS === NAN_CHECK_STEPS - 1 || s === steps - 1) findNaN(pops, net.step, Math.max(first, net.step - NAN_CHECK_STEPS), dt);
      if ((s & 1023) === 1023) {
        const wall = performance.now() - t0;
        // a long run states its estimated wall time once it has measured its speed (200 ms or 1 % of the steps)
        if (long && !announced && (wall > 200 || s + 1 >= steps / 100)) announced = announceLongRun(net.warn, label, steps, s + 1, wall, dt);
        if (bar === null && wall > 1500) bar = makeProgress(steps, label, Date.now() - wall, long);
        bar?.update(s + 1);
      }
    }
  } finally {
    bar?.finish();
    for (const c of net.components) c.finish?.(net.ctx, net.step);
  }
  return { duration: (net.step - first) * dt, time: net.time, steps, spikes, events, wall: (performance.now() - t0) / 1000 };
}
