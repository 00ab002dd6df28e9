/**
 * Where firing fails along an f–I ladder: the largest current at which a cell still fires
 * repetitively (rate ≥ `minRate`), and the smallest at which it starts. Above the last firing current
 * of a Hodgkin–Huxley cell with too little Na⁺ conductance the membrane sits in depolarization block
 * (Na⁺ channels inactivated, V at a plateau with no overshooting spikes).
 */

/**
 * { first, last } currents (the unit of `currents`) with rate ≥ minRate (Hz, default 10), and
 * whether firing is contiguous between them (`gap`: true if some current in between fails);
 * NaN for both when the cell never fires. `currents` must increase.
 * @throws RangeError for arrays of different lengths or currents not increasing.
 */
export function firingRange(currents: ArrayLike<number>, rates: ArrayLike<number>, minRate = 10): { first: number; last: number; gap: boolean } {
  if (currents.length !== rates.length) throw new RangeError(`invalid rates for firingRange: ${rates.length} values for ${currents.length} currents (expected one per current)`);
  for (let k = 1; k < currents.length; k++) {
    if (!(currents[k] > currents[k - 1])) throw new RangeError(`invalid currents for firingRange: ${currents[k]} after ${currents[k - 1]} (expected increasing)`);
  }
  if (!(minRate >= 0)) throw new RangeError(`invalid minRate for firingRange: ${minRate} Hz (expected ≥ 0)`);
  let a = -1, b = -1;
  for (let k = 0; k < rates.length; k++) if (rates[k] >= minRate) { if (a < 0) a = k; b = k; }
  if (a < 0) return { first: NaN, last: NaN, gap: false };
  let gap = false;
  for (let k = a; k <= b; k++) if (!(rates[k] >= minRate)) gap = true;
  return { first: currents[a], last: currents[b], gap };
}
