/**
 * Records state variables of chosen neurons every `interval` ms (in whole steps of dt, at least one;
 * an interval that is not a multiple of dt is rounded to the nearest step with a warning, see network/steps.ts). Variables: v (mV), gE and gI
 * (nS, or pA for current synapses), w (pA), and the synaptic currents I_E = g_E (E_E − V) and
 * I_I = g_I (E_I − V) (pA; for current synapses the currents themselves).
 */
import { GrowableFloat64 } from "./growable.js";
import type { NeuronPopulation } from "../network/population.js";
import { stepsToTime, toSteps } from "../network/steps.js";
import { INSPECT } from "../network/describe.js";
import { shortNumber as num, warnOnce, type Warn } from "../params/warn.js";

/** Variables a state monitor can record. */
export type StateVariable = "v" | "gE" | "gI" | "w" | "I_E" | "I_I";
export const STATE_VARIABLES: readonly StateVariable[] = ["v", "gE", "gI", "w", "I_E", "I_I"];

/** Recorded traces: `values[variable][k]` is a Float64Array over time for neuron `neurons[k]`. */
export interface StateTraces {
  population: string;
  neurons: Int32Array;
  t: Float64Array;
  values: Partial<Record<StateVariable, Float64Array[]>>;
}

export class StateMonitor {
  private readonly t = new GrowableFloat64();
  private readonly data: Map<StateVariable, GrowableFloat64[]> = new Map();
  readonly neurons: Int32Array;
  readonly everySteps: number;
  /** The sampling interval actually used (ms): everySteps × dt. */
  readonly interval: number;

  constructor(readonly pop: NeuronPopulation, readonly variables: StateVariable[], neurons: ArrayLike<number>, interval: number, dt: number, warn: Warn = warnOnce) {
    for (const v of variables) {
      if (!STATE_VARIABLES.includes(v)) {
        throw new TypeError(`invalid variable: ${JSON.stringify(v)} for ${pop.name} (expected one of ${STATE_VARIABLES.join(", ")})`);
      }
    }
    this.neurons = Int32Array.from(neurons, (i, k) => {
      if (!Number.isInteger(i) || i < 0 || i >= pop.n) throw new RangeError(`invalid neurons[${k}]: ${i} for ${pop.name} (expected an index in [0, ${pop.n}))`);
      return i;
    });
    this.everySteps = toSteps(interval, dt, `interval of the ${pop.name} state monitor`, { min: 1, warn });
    this.interval = this.everySteps * dt;
    for (const v of variables) this.data.set(v, Array.from(this.neurons, () => new GrowableFloat64(256)));
  }

  /** Records at the end of step `step` (time (step+1)·dt) when due. */
  record(step: number, dt: number): void {
    if ((step + 1) % this.everySteps !== 0) return;
    this.t.push(stepsToTime(step + 1, dt));
    const p = this.pop;
    const cond = p.model.synapse === "conductance";
    const { E_E, E_I } = p.model.params;
    for (const [name, series] of this.data) {
      for (let k = 0; k < this.neurons.length; k++) {
        const i = this.neurons[k];
        let x: number;
        switch (name) {
          case "v": x = p.v[i]; break;
          case "gE": x = p.gE[i]; break;
          case "gI": x = p.gI[i]; break;
          case "w": x = p.w[i]; break;
          case "I_E": x = cond ? p.gE[i] * (E_E - p.v[i]) : p.gE[i]; break;
          case "I_I": x = cond ? p.gI[i] * (E_I - p.v[i]) : p.gI[i]; break;
        }
        series[k].push(x);
      }
    }
  }

  /** One line: `StateMonitor E: v, gE of 3 neurons every 0.5 ms, 200 samples`. */
  toString(): string {
    const k = this.neurons.length;
    return `StateMonitor ${this.pop.name}: ${this.variables.join(", ")} of ${k} neuron${k === 1 ? "" : "s"} every ${num(this.interval)} ms, ${this.t.length} samples`;
  }

  /** What a notebook shows at the end of a cell or in console.log: {@link toString}. */
  [INSPECT](): string {
    return this.toString();
  }

  traces(): StateTraces {
    const values: Partial<Record<StateVariable, Float64Array[]>> = {};
    for (const [name, series] of this.data) values[name] = series.map((s) => s.toArray());
    return { population: this.pop.name, neurons: this.neurons.slice(), t: this.t.toArray(), values };
  }
}
