// The benchmark networks of `npm run bench`, shared by the runner (run.mjs) and the per-run child (one.mjs).
// - build(tr, seed, precision): tightrope's network ("E" and "I" populations);
// - brian: arguments of bench/brian/networks.py for the same network;
// - check: what a timed run must show over its last 500 ms to count (bench/activity.mjs): a mean E rate of at
//   least `min` Hz (COBA, Brunel: 2 Hz, a tenth of their sustained rates; below it the run fell silent), or
//   within [lo, hi] (CUBA, whose leak reversal lies above threshold so it cannot fall silent: 5.6 ± 0.2 Hz over
//   seeds in both simulators, bench/results/crosscheck.md; [4, 7] Hz is ±25 %);
// - targets: the ratios of issue 13's "Done when", CPU time over Brian2 2.5 standalone's CPU time.
const opt = (precision) => (precision === undefined || precision === "float64" ? {} : { precision }); // today's Network knows no "float64"

export const NETWORKS = {
  "COBA-4000": {
    build: (tr, seed, precision) => tr.coba({ seed, ...opt(precision) }), brian: ["coba"],
    check: { min: 2 }, targets: { float64: 0.5, float32: 0.25 },
  },
  // kicked (PyNN's VAbenchmarks.py kick-start, src/networks/kick.ts) in both simulators
  "COBA-40k (kicked)": {
    build: (tr, seed, precision) => tr.coba({ seed, n: 40000, indegree: 80, kick: true, ...opt(precision) }),
    brian: ["coba", "--n", "40000", "--indegree", "80", "--kick"],
    check: { min: 2 }, targets: { float64: 0.5, float32: 0.25 },
  },
  "CUBA-4000": {
    build: (tr, seed, precision) => tr.cuba({ seed, ...opt(precision) }), brian: ["cuba"],
    check: { lo: 4, hi: 7 }, targets: { float64: 1.1, float32: 0.7 },
  },
  "Brunel-12.5k (B)": {
    build: (tr, seed, precision) => tr.brunel({ g: 6, eta: 4, seed, ...opt(precision) }), brian: ["brunel", "--g", "6", "--eta", "4"],
    check: { min: 2 }, targets: { float64: 0.2 }, // the issue states one target for Brunel, read as float64 (the default)
  },
};
