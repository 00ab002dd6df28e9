/**
 * Where synchrony lives along a frequency axis — the form of Wang & Buzsáki's (1996, J Neurosci
 * 16:6402) claim that an interneuron network synchronises only when its cells fire in the gamma band
 * (20–80 Hz). Given cases as points (f, κ) — the cells' mean firing frequency (Hz) and their
 * coherence κ (`coherence`) — it returns the largest κ among the cases below, within and above the
 * band [lo, hi] (bounds inclusive in the band), and how many cases fell in each part. A part with no
 * case has κ NaN; points with a non-finite f or κ (a run that did not fire) are left out and counted.
 */

/** What {@link synchronyByBand} returns: the largest κ in each part of the frequency axis, and counts. */
export interface BandSynchrony {
  below: number;
  inBand: number;
  above: number;
  counts: { below: number; inBand: number; above: number; skipped: number };
}

/**
 * The largest κ below, within and above `band` (Hz, default the gamma band [20, 80]) over `points`.
 * @throws RangeError for a band that is not two finite frequencies lo < hi.
 * @example tr.synchronyByBand([{ f: 40, k: 0.6 }, { f: 120, k: 0.2 }]) // { inBand: 0.6, above: 0.2, below: NaN, … }
 */
export function synchronyByBand(points: readonly { f: number; k: number }[], band: readonly [number, number] = [20, 80]): BandSynchrony {
  const [lo, hi] = band;
  if (!(Number.isFinite(lo) && Number.isFinite(hi) && lo < hi)) throw new RangeError(`invalid synchronyByBand band: [${lo}, ${hi}] Hz (expected two finite frequencies lo < hi)`);
  const out: BandSynchrony = { below: NaN, inBand: NaN, above: NaN, counts: { below: 0, inBand: 0, above: 0, skipped: 0 } };
  for (const { f, k } of points) {
    if (!(Number.isFinite(f) && Number.isFinite(k))) { out.counts.skipped++; continue; }
    const part = f < lo ? "below" : f > hi ? "above" : "inBand";
    out.counts[part]++;
    if (!(out[part] >= k)) out[part] = k; // NaN (no case yet) or a smaller κ is replaced
  }
  return out;
}
