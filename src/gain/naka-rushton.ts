/**
 * The normalization model's contrast response (Heeger 1992 Vis Neurosci 9:181; Carandini & Heeger
 * 2012 Nat Rev Neurosci 13:51, eq. 1): a neuron's driving input cⁿ divided by a constant plus the
 * summed activity of a normalization pool,
 *
 *   R(c) = R_max cⁿ / (σⁿ + cⁿ + w c_mⁿ),
 *
 * the Naka–Rushton function (Naka & Rushton 1966; Albrecht & Hamilton 1982) when the pool holds only
 * the test stimulus (c_m = 0). A mask of contrast c_m that enters the pool but not the numerator
 * (cross-orientation suppression: Heeger 1992; Freeman, Durand, Kiper & Carandini 2002 Neuron 35:759)
 * turns σ into the semi-saturation constant c₅₀ = (σⁿ + w c_mⁿ)^{1/n}: the curve slides rightward
 * along log c with its maximum unchanged — a contrast-gain change, not a response-gain change.
 * Contrast is a fraction (0–1 or beyond, dimensionless); R is in the unit of R_max (e.g. Hz).
 */
import { checkOptions, optionNames } from "../params/options.js";

/** Options of {@link nakaRushton} and {@link semiSaturation}. */
export interface NakaRushtonOptions {
  /** Response at saturation (default 1, any unit). */
  Rmax?: number;
  /** Semi-saturation constant σ of the test alone (> 0, same unit as c). */
  sigma: number;
  /** Exponent n (> 0; V1 neurons: about 2, Albrecht & Hamilton 1982). */
  n: number;
  /** Contrast of a mask that enters only the normalization pool (default 0, ≥ 0). */
  mask?: number;
  /** Weight of the mask in the pool (default 1, ≥ 0). */
  maskWeight?: number;
}

const OPTIONS = optionNames<NakaRushtonOptions>({ Rmax: true, sigma: true, n: true, mask: true, maskWeight: true });

function read(where: string, o: NakaRushtonOptions): Required<NakaRushtonOptions> {
  checkOptions(where, o, OPTIONS);
  const { Rmax = 1, sigma, n, mask = 0, maskWeight = 1 } = o ?? ({} as NakaRushtonOptions);
  if (!(Number.isFinite(Rmax) && Rmax > 0)) throw new RangeError(`invalid Rmax: ${Rmax} (expected a finite number > 0)`);
  if (!(Number.isFinite(sigma) && sigma > 0)) throw new RangeError(`invalid sigma: ${sigma} (expected a finite semi-saturation constant > 0)`);
  if (!(Number.isFinite(n) && n > 0)) throw new RangeError(`invalid n: ${n} (expected a finite exponent > 0)`);
  if (!(Number.isFinite(mask) && mask >= 0)) throw new RangeError(`invalid mask: ${mask} (expected a contrast ≥ 0)`);
  if (!(Number.isFinite(maskWeight) && maskWeight >= 0)) throw new RangeError(`invalid maskWeight: ${maskWeight} (expected ≥ 0)`);
  return { Rmax, sigma, n, mask, maskWeight };
}

/**
 * R(c) = R_max cⁿ/(σⁿ + cⁿ + w c_mⁿ) for a contrast c ≥ 0 (see the file comment).
 * `nakaRushton(0.1, { sigma: 0.1, n: 2 })` → 0.5.
 * @throws RangeError for c < 0 or a bad option.
 */
export function nakaRushton(c: number, options: NakaRushtonOptions): number {
  const { Rmax, sigma, n, mask, maskWeight } = read("nakaRushton", options);
  if (!(c >= 0)) throw new RangeError(`invalid c: ${c} (expected a contrast ≥ 0)`);
  const cn = c ** n;
  return (Rmax * cn) / (sigma ** n + cn + maskWeight * mask ** n);
}

/**
 * The contrast at which R = R_max/2: c₅₀ = (σⁿ + w c_mⁿ)^{1/n} — σ without a mask. The mask's
 * rightward shift on a log-contrast axis is log₁₀(c₅₀/σ) decades.
 */
export function semiSaturation(options: NakaRushtonOptions): number {
  const { sigma, n, mask, maskWeight } = read("semiSaturation", options);
  return (sigma ** n + maskWeight * mask ** n) ** (1 / n);
}
