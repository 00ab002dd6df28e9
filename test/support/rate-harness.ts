/**
 * A minimal run loop for rate populations and rate projections (integrate, then deliver), used by
 * the rate tests until the network takes any model. Delays are given in steps.
 */
import { Population } from "../../src/engine/population.js";
import type { Kind, Model } from "../../src/engine/model.js";
import { Rng } from "../../src/random/rng.js";
import { RateProjection } from "../../src/models/rate-projection.js";
import { pairsToCsr, type Csr } from "../../src/network/connect.js";
import type { RateConstants } from "../../src/models/rate-step.js";

export class RateSim {
  step = 0;
  readonly pops: Population[] = [];
  readonly projections: RateProjection[] = [];
  readonly warnings: string[] = [];
  private consts: RateConstants[] = [];
  constructor(readonly dt: number, readonly useReference = false) {}

  population(name: string, n: number, model: Model, kind: Kind = "excitatory", init: Record<string, number | number[]> = {}): Population {
    const p = new Population(name, n, kind, model, Rng.stream(1, "population", name), init);
    this.pops.push(p);
    return p;
  }

  /** Connects by explicit pairs (default all-to-all), weight per projection or synapse, delay in steps. */
  connect(pre: Population, post: Population, weight: number | number[], delaySteps: number | number[] = 0,
    pairs?: { pre: number[]; post: number[] }, receptor?: string): RateProjection {
    let csr: Csr;
    if (pairs) csr = pairsToCsr(pre.n, Int32Array.from(pairs.pre), Int32Array.from(pairs.post));
    else {
      const a: number[] = [], b: number[] = [];
      for (let j = 0; j < pre.n; j++) for (let i = 0; i < post.n; i++) { a.push(j); b.push(i); }
      csr = pairsToCsr(pre.n, Int32Array.from(a), Int32Array.from(b));
    }
    const proj = new RateProjection(`${pre.name}→${post.name}`, pre, post, csr,
      typeof weight === "number" ? weight : Float64Array.from(weight),
      typeof delaySteps === "number" ? delaySteps : Int32Array.from(delaySteps), receptor);
    this.projections.push(proj);
    return proj;
  }

  /** Runs `steps` steps, calling `record` after each (state at time (step + 1)·dt). */
  run(steps: number, record?: (step: number) => void): void {
    if (this.step === 0) {
      this.consts = this.pops.map((p) => p.model.prepare(p, this.dt, () => false) as RateConstants);
      const ctx = { dt: this.dt, seed: 1, rng: () => new Rng(1), warn: (_k: string, m: string) => (this.warnings.push(m), true) };
      for (const proj of this.projections) proj.begin(ctx, this.step);
    }
    const kernels = this.pops.map((p) => p.model.kernel(p, this.dt));
    for (let s = 0; s < steps; s++) {
      const step = this.step;
      this.pops.forEach((p, k) => {
        if (this.useReference) p.model.reference(p, this.dt, step, this.consts[k]);
        else kernels[k](p, step, this.consts[k]);
      });
      for (const proj of this.projections) proj.step(step, this.dt);
      record?.(step);
      this.step++;
    }
  }
}
