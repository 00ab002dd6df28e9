// Correlation of two sets of runs' mean log spectra between 5 and 200 Hz (bench/crosscheck.mjs and
// bench/crosscheck-export.mjs): each run carries { spectrum: { f, power } } on the same frequencies.
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** Pearson correlation of the mean log power of runs `a` and `b` over 5–200 Hz; NaN for a flat spectrum. */
export function spectrumCorrelation(a, b) {
  const avg = (runs) => runs[0].spectrum.power.map((_, k) => mean(runs.map((r) => Math.log(r.spectrum.power[k] + 1e-12))));
  const f = a[0].spectrum.f;
  const la = avg(a), lb = avg(b);
  const idx = [...f.keys()].filter((k) => f[k] >= 5 && f[k] <= 200);
  const xa = idx.map((k) => la[k]), xb = idx.map((k) => lb[k]);
  const ma = mean(xa), mb = mean(xb);
  let c = 0, va = 0, vb = 0;
  for (let k = 0; k < xa.length; k++) { c += (xa[k] - ma) * (xb[k] - mb); va += (xa[k] - ma) ** 2; vb += (xb[k] - mb) ** 2; }
  return va > 0 && vb > 0 ? c / Math.sqrt(va * vb) : NaN;
}
