/**
 * The `precision` option the benchmark builders (coba, cuba, brunel) pass to their Network:
 * "float64" (the default: kernels whose spikes equal the JavaScript reference step) or "float32"
 * (faster single-precision kernels; the Network documents their accuracy). Left out of the
 * Network's options when not given, so the Network's own default applies.
 */
import type { NetworkOptions } from "../network/base.js";

/** Arithmetic of a network's neuron kernels. */
export type Precision = "float64" | "float32";

/** The Network options { dt, seed } plus `precision` when it is given. */
export function networkOptions(dt: number, seed: number, precision: Precision | undefined): NetworkOptions {
  return (precision === undefined ? { dt, seed } : { dt, seed, precision }) as NetworkOptions;
}
