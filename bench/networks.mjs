// The benchmark networks of `npm run bench`, shared by the runner and by the per-network child.
export const NETWORKS = {
  "COBA-4000": { model: "coba", build: (tr, seed) => tr.coba({ seed }), brian: ["coba"], sustained: true },
  // timed as is, without replacing seeds (from the uniform start of coba() it sustains ≈ 14 Hz; from the earlier
  // N(−55, 5²) mV start it died out after the initial transient on every seed, in Brian2 too)
  "COBA-40k": { model: "coba", build: (tr, seed) => tr.coba({ seed, n: 40000, indegree: 80 }), brian: ["coba", "--n", "40000", "--indegree", "80"], sustained: false },
  "CUBA-4000": { model: "cuba", build: (tr, seed) => tr.cuba({ seed }), brian: ["cuba"], sustained: false },
  "Brunel-12.5k (B)": { model: "brunel", build: (tr, seed) => tr.brunel({ g: 6, eta: 4, seed }), brian: ["brunel", "--g", "6", "--eta", "4"], sustained: false },
};
