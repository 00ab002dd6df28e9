/**
 * Injected currents (pA), added to the membrane equation of chosen neurons:
 * - step: `amplitude` on [start, stop);
 * - ramp: linear from `from` at `start` to `to` at `stop`, zero outside;
 *   start and stop are rounded to whole steps of dt (network/steps.ts: nearest, halves up; a time that
 *   is not a multiple of dt warns when the network binds the input): the current is on in the steps
 *   k with round(start/dt) ≤ k < round(stop/dt), and a ramp runs between those rounded times;
 * - noise: an Ornstein–Uhlenbeck current with mean μ, standard deviation σ and correlation time τ,
 *   independent per neuron, updated exactly: I ← μ + (I − μ) e^{−dt/τ} + σ √(1 − e^{−2dt/τ}) ξ.
 */
import { quantity, type Quantity } from "../params/quantity.js";
import { checkOptions, optionNames } from "../params/options.js";
import type { Rng } from "../random/rng.js";
import { roundSteps, toSteps } from "../network/steps.js";
import { INSPECT } from "../network/describe.js";
import type { Warn } from "../params/warn.js";

/** A current to inject. `neurons` restricts it to some indices (default: all). */
export type CurrentOptions =
  | { type: "step"; amplitude: Quantity; start?: Quantity; stop?: Quantity; neurons?: ArrayLike<number> }
  | { type: "ramp"; from?: Quantity; to: Quantity; start?: Quantity; stop: Quantity; neurons?: ArrayLike<number> }
  | { type: "noise"; mean?: Quantity; sd: Quantity; tau?: Quantity; neurons?: ArrayLike<number> };

/** The option names of each current type. */
const CURRENT_OPTIONS: Record<CurrentOptions["type"], readonly string[]> = {
  step: optionNames<Extract<CurrentOptions, { type: "step" }>>({ type: true, amplitude: true, start: true, stop: true, neurons: true }),
  ramp: optionNames<Extract<CurrentOptions, { type: "ramp" }>>({ type: true, from: true, to: true, start: true, stop: true, neurons: true }),
  noise: optionNames<Extract<CurrentOptions, { type: "noise" }>>({ type: true, mean: true, sd: true, tau: true, neurons: true }),
};

/**
 * A current source bound to a population of size n.
 * @throws TypeError for an unknown type or option name (`amp` for `amplitude` gets a guess).
 */
export class CurrentInput {
  private readonly targets: Int32Array;
  private readonly state: Float64Array | null = null;
  private readonly p: Record<string, number>;
  readonly type: CurrentOptions["type"];
  /** First step on and first step off (start and stop in steps of `stepsDt`), set by {@link bind}. */
  private startStep = 0;
  private stopStep = Infinity;
  private stepsDt = NaN;

  /** `unit`: the unit of the amplitudes (pA for neurons; a rate population's input unit for rate units). */
  constructor(readonly name: string, n: number, options: CurrentOptions, private readonly rng: Rng, readonly unit = "pA") {
    const type = (options as { type?: unknown } | null | undefined)?.type;
    if (typeof type === "string" && Object.prototype.hasOwnProperty.call(CURRENT_OPTIONS, type)) {
      checkOptions(`current ${name}`, options, CURRENT_OPTIONS[type as CurrentOptions["type"]]);
    }
    const { neurons } = options;
    this.type = options.type;
    if (neurons === undefined) {
      this.targets = Int32Array.from({ length: n }, (_, i) => i);
    } else {
      this.targets = Int32Array.from(neurons, (i, k) => {
        if (!Number.isInteger(i) || i < 0 || i >= n) throw new RangeError(`invalid ${name}.neurons[${k}]: ${i} (expected an index in [0, ${n}))`);
        return i;
      });
    }
    const ms = (key: string, v: Quantity | undefined, def: number) => quantity(`${name}.${key}`, v ?? def, "ms");
    const pA = (key: string, v: Quantity | undefined, def: number) => quantity(`${name}.${key}`, v ?? def, unit);
    switch (options.type) {
      case "step":
        this.p = {
          amplitude: pA("amplitude", options.amplitude, 0),
          start: ms("start", options.start, 0),
          stop: options.stop === undefined ? Infinity : ms("stop", options.stop, 0),
        };
        break;
      case "ramp":
        this.p = { from: pA("from", options.from, 0), to: pA("to", options.to, 0), start: ms("start", options.start, 0), stop: ms("stop", options.stop, 0) };
        if (!(this.p.stop > this.p.start)) throw new RangeError(`invalid ${name}.stop: ${this.p.stop} ms (expected after start = ${this.p.start} ms)`);
        break;
      case "noise": {
        this.p = {
          mean: pA("mean", options.mean, 0),
          sd: quantity(`${name}.sd`, options.sd, unit, { min: 0 }),
          tau: quantity(`${name}.tau`, options.tau ?? 1, "ms", { min: 0, exclusiveMin: true }),
        };
        const s = new Float64Array(this.targets.length);
        for (let k = 0; k < s.length; k++) s[k] = this.p.mean + this.p.sd * rng.normal();
        this.state = s;
        break;
      }
      default:
        throw new TypeError(`invalid ${name}.type: ${JSON.stringify((options as { type?: unknown }).type)} (expected "step", "ramp" or "noise")`);
    }
  }

  /**
   * Rounds start and stop to whole steps of dt; with `warn`, a time that is not a multiple of dt warns
   * (the network binds every current it creates). {@link add} binds silently when dt changes.
   */
  bind(dt: number, warn?: Warn): void {
    const { p } = this;
    this.stepsDt = dt;
    if (this.type === "noise") return;
    const silent: Warn = () => false;
    this.startStep = toSteps(p.start, dt, `${this.name}.start`, { warn: warn ?? silent });
    this.stopStep = toSteps(p.stop, dt, `${this.name}.stop`, { warn: warn ?? silent });
  }

  /** Adds the current at time t = step·dt (the start of the step) into Iext. */
  add(Iext: Float64Array | Float32Array, t: number, dt: number): void {
    const { targets, p } = this;
    if (dt !== this.stepsDt) this.bind(dt);
    const step = roundSteps(t, dt).steps;
    const on = step >= this.startStep && step < this.stopStep;
    switch (this.type) {
      case "step":
        if (on) for (let k = 0; k < targets.length; k++) Iext[targets[k]] += p.amplitude;
        return;
      case "ramp":
        if (on) {
          const I = p.from + (p.to - p.from) * (step - this.startStep) / (this.stopStep - this.startStep);
          for (let k = 0; k < targets.length; k++) Iext[targets[k]] += I;
        }
        return;
      case "noise": {
        const s = this.state!;
        const e = Math.exp(-dt / p.tau);
        const amp = p.sd * Math.sqrt(1 - e * e);
        for (let k = 0; k < targets.length; k++) {
          Iext[targets[k]] += s[k];
          s[k] = p.mean + (s[k] - p.mean) * e + amp * this.rng.normal();
        }
        return;
      }
    }
  }

  /** One line: `CurrentInput E:step#1: step current into 3200 neurons`. */
  toString(): string {
    const n = this.targets.length;
    return `CurrentInput ${this.name}: ${this.type} current into ${n} neuron${n === 1 ? "" : "s"}`;
  }

  /** What a notebook shows at the end of a cell or in console.log: {@link toString}. */
  [INSPECT](): string {
    return this.toString();
  }
}
