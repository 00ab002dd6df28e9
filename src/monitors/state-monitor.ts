/**
 * Records state variables of chosen neurons every `interval` ms (in whole steps of dt, at least one;
 * an interval that is not a multiple of dt is rounded to the nearest step with a warning, see
 * network/steps.ts). Any state variable or per-neuron parameter the population's model declares can
 * be recorded (LIF: v (mV), gE and gI (nS, or pA for current synapses), w (pA), g_NMDA …), and the
 * model's observables (LIF: the synaptic currents I_E = g_E (E_E − V) and I_I = g_I (E_I − V), pA).
 */
import { GrowableFloat64 } from "./growable.js";
import type { Population } from "../engine/population.js";
import type { Component } from "../engine/component.js";
import { closest } from "../params/quantity.js";
import { stepsToTime, toSteps } from "../network/steps.js";
import { INSPECT } from "../network/describe.js";
import { shortNumber as num, warnOnce, type Warn } from "../params/warn.js";

/** A variable a state monitor can record: any state variable or observable of the model (LIF: v, gE, gI, w, I_E, I_I). */
export type StateVariable = string;

/** The variables a population's model lets a state monitor record. */
export function recordable(pop: Population): string[] {
  const m = pop.model;
  return [...Object.keys(m.variables).filter((k) => !m.variables[k].int), ...Object.keys(m.varying), ...Object.keys(m.observables?.() ?? {})];
}

/** Recorded traces: `values[variable][k]` is a Float64Array over time for neuron `neurons[k]`. */
export interface StateTraces {
  population: string;
  neurons: Int32Array;
  t: Float64Array;
  values: Partial<Record<StateVariable, Float64Array[]>>;
}

/** Records chosen variables of chosen neurons at an interval (a component of the monitor phase). */
export class StateMonitor implements Component {
  readonly phase = "monitor";
  private readonly readers: ((i: number) => number)[];
  private readonly t = new GrowableFloat64();
  private readonly data: Map<StateVariable, GrowableFloat64[]> = new Map();
  readonly neurons: Int32Array;
  readonly everySteps: number;
  /** The sampling interval actually used (ms): everySteps × dt. */
  readonly interval: number;

  constructor(readonly pop: Population, readonly variables: StateVariable[], neurons: ArrayLike<number>, interval: number, private readonly dt: number, warn: Warn = warnOnce) {
    const allowed = recordable(pop);
    if (!Array.isArray(variables)) throw new TypeError(`invalid variables: ${JSON.stringify(variables)} for ${pop.name} (expected a list such as ["v"])`);
    for (const v of variables) {
      if (!allowed.includes(v)) {
        const guess = closest(String(v), allowed);
        throw new TypeError(`invalid variable: ${JSON.stringify(v)} for ${pop.name} (${pop.model.describe()})` + (guess ? `; did you mean ${guess}?` : "") + ` (expected one of ${allowed.join(", ")})`);
      }
    }

    this.neurons = Int32Array.from(neurons, (i, k) => {
      if (!Number.isInteger(i) || i < 0 || i >= pop.n) throw new RangeError(`invalid neurons[${k}]: ${i} for ${pop.name} (expected an index in [0, ${pop.n}))`);
      return i;
    });
    this.everySteps = toSteps(interval, dt, `interval of the ${pop.name} state monitor`, { min: 1, warn });
    this.interval = this.everySteps * dt;
    for (const v of variables) this.data.set(v, Array.from(this.neurons, () => new GrowableFloat64(256)));
    const obs = pop.model.observables?.() ?? {};
    // state arrays are looked up at each sample: a slab that grows re-creates them
    this.readers = [...this.data.keys()].map((v) => v in obs ? (i: number) => obs[v].read(pop, i) : (i: number) => pop.state[v][i]);
  }

  get name(): string {
    return `StateMonitor(${this.pop.name})`;
  }

  /** The component step: records when due. */
  step(step: number): void {
    this.record(step, this.dt);
  }

  /** Records at the end of step `step` (time (step+1)·dt) when due. */
  record(step: number, dt: number = this.dt): void {
    if ((step + 1) % this.everySteps !== 0) return;
    this.t.push(stepsToTime(step + 1, dt));
    let m = 0;
    for (const series of this.data.values()) {
      const read = this.readers[m++];
      for (let k = 0; k < this.neurons.length; k++) series[k].push(read(this.neurons[k]));
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

  /** The recorded traces (copies). */
  traces(): StateTraces {
    const values: Partial<Record<StateVariable, Float64Array[]>> = {};
    for (const [name, series] of this.data) values[name] = series.map((s) => s.toArray());
    return { population: this.pop.name, neurons: this.neurons.slice(), t: this.t.toArray(), values };
  }
}
