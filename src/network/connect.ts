/**
 * Connection rules, built in O(number of synapses) into compressed sparse rows by presynaptic
 * neuron (rowPtr[i] … rowPtr[i+1]−1 index the targets col[…] of source i).
 *
 * - `{ rule: "all" }`: all-to-all;
 * - `{ rule: "probability", p }`: each pair independently with probability p (geometric skipping,
 *   so the cost is proportional to the synapses made, not to N_pre × N_post);
 * - `{ rule: "indegree", k }`: every target gets exactly k sources, drawn without replacement;
 * - `{ rule: "outdegree", k }`: every source gets exactly k targets;
 * - `{ rule: "one-to-one" }`: i → i (equal sizes);
 * - `{ rule: "list", pre, post }`: explicit pairs.
 * `autapses: false` (default true, as in Brian2 and NEST) removes i → i when a population projects
 * onto itself.
 */
import { quantity } from "../params/quantity.js";
import type { Rng } from "../random/rng.js";

/** A connection rule. */
export type Rule =
  | { rule: "all" }
  | { rule: "probability"; p: number }
  | { rule: "indegree"; k: number }
  | { rule: "outdegree"; k: number }
  | { rule: "one-to-one" }
  | { rule: "list"; pre: ArrayLike<number>; post: ArrayLike<number> };

/** Synapses in compressed sparse rows by source. */
export interface Csr {
  rowPtr: Int32Array;
  col: Int32Array;
}

const RULES = ["all", "probability", "indegree", "outdegree", "one-to-one", "list"];

/** Pairs to CSR by counting sort on the source index: O(synapses + N_pre). */
export function pairsToCsr(nPre: number, pre: Int32Array, post: Int32Array, count = pre.length): Csr {
  const rowPtr = new Int32Array(nPre + 1);
  for (let s = 0; s < count; s++) rowPtr[pre[s] + 1]++;
  for (let i = 0; i < nPre; i++) rowPtr[i + 1] += rowPtr[i];
  const col = new Int32Array(count);
  const next = rowPtr.slice(0, nPre);
  for (let s = 0; s < count; s++) col[next[pre[s]]++] = post[s];
  return { rowPtr, col };
}

/** Builds the synapses of a rule between populations of sizes nPre and nPost. */
export function connect(rule: Rule, nPre: number, nPost: number, rng: Rng, { self = false, autapses = true, name = "projection" } = {}): Csr {
  const noSelf = self && !autapses;
  switch (rule?.rule) {
    case "all": {
      const per = noSelf ? nPost - 1 : nPost;
      const rowPtr = new Int32Array(nPre + 1);
      const col = new Int32Array(nPre * per);
      let s = 0;
      for (let i = 0; i < nPre; i++) {
        for (let j = 0; j < nPost; j++) if (!(noSelf && i === j)) col[s++] = j;
        rowPtr[i + 1] = s;
      }
      return { rowPtr, col };
    }
    case "probability": {
      const p = quantity(`${name}.p`, rule.p, "", { min: 0, max: 1 });
      const total = nPre * nPost;
      const rowPtr = new Int32Array(nPre + 1);
      let col = new Int32Array(Math.max(16, Math.ceil(total * p * 1.05 + 10 * Math.sqrt(total * p + 1))));
      let s = 0;
      if (p > 0) {
        const logq = Math.log1p(-p);
        let pos = p === 1 ? 0 : Math.floor(Math.log(rng.uniformPositive()) / logq);
        let row = 0;
        while (pos < total) {
          const i = Math.floor(pos / nPost);
          const j = pos - i * nPost;
          while (row < i) rowPtr[++row] = s;
          if (!(noSelf && i === j)) {
            if (s === col.length) { const g = new Int32Array(col.length * 2); g.set(col); col = g; }
            col[s++] = j;
          }
          pos += p === 1 ? 1 : Math.floor(Math.log(rng.uniformPositive()) / logq) + 1;
        }
        while (row < nPre) rowPtr[++row] = s;
      }
      return { rowPtr, col: col.slice(0, s) };
    }
    case "indegree": {
      const k = quantity(`${name}.k`, rule.k, "", { min: 0, integer: true });
      const avail = noSelf ? nPre - 1 : nPre;
      if (k > avail) throw new RangeError(`invalid ${name}.k: ${k} (expected ≤ ${avail}, the number of possible sources)`);
      const pre = new Int32Array(k * nPost);
      const post = new Int32Array(k * nPost);
      const draw = new Int32Array(k);
      const marks = new Uint8Array(avail);
      let s = 0;
      for (let j = 0; j < nPost; j++) {
        rng.sampleWithoutReplacement(avail, k, draw, marks);
        for (let m = 0; m < k; m++) {
          let i = draw[m];
          if (noSelf && i >= j) i++;
          pre[s] = i; post[s] = j; s++;
        }
      }
      return pairsToCsr(nPre, pre, post);
    }
    case "outdegree": {
      const k = quantity(`${name}.k`, rule.k, "", { min: 0, integer: true });
      const avail = noSelf ? nPost - 1 : nPost;
      if (k > avail) throw new RangeError(`invalid ${name}.k: ${k} (expected ≤ ${avail}, the number of possible targets)`);
      const rowPtr = new Int32Array(nPre + 1);
      const col = new Int32Array(k * nPre);
      const draw = new Int32Array(k);
      const marks = new Uint8Array(avail);
      for (let i = 0; i < nPre; i++) {
        rng.sampleWithoutReplacement(avail, k, draw, marks);
        draw.sort();
        for (let m = 0; m < k; m++) col[i * k + m] = noSelf && draw[m] >= i ? draw[m] + 1 : draw[m];
        rowPtr[i + 1] = (i + 1) * k;
      }
      if (noSelf) for (let i = 0; i < nPre; i++) col.subarray(i * k, i * k + k).sort();
      return { rowPtr, col };
    }
    case "one-to-one": {
      if (nPre !== nPost) throw new RangeError(`invalid ${name}: one-to-one needs equal sizes (got ${nPre} → ${nPost})`);
      const rowPtr = new Int32Array(nPre + 1);
      const col = new Int32Array(nPre);
      for (let i = 0; i < nPre; i++) { col[i] = i; rowPtr[i + 1] = i + 1; }
      return { rowPtr, col };
    }
    case "list": {
      const { pre, post } = rule;
      if (!pre || !post || pre.length !== post.length) {
        throw new RangeError(`invalid ${name}: pre and post lists must have equal lengths (got ${pre?.length} and ${post?.length})`);
      }
      const a = new Int32Array(pre.length);
      const b = new Int32Array(post.length);
      for (let s = 0; s < pre.length; s++) {
        const i = pre[s];
        const j = post[s];
        if (!Number.isInteger(i) || i < 0 || i >= nPre) throw new RangeError(`invalid ${name}.pre[${s}]: ${i} (expected an index in [0, ${nPre}))`);
        if (!Number.isInteger(j) || j < 0 || j >= nPost) throw new RangeError(`invalid ${name}.post[${s}]: ${j} (expected an index in [0, ${nPost}))`);
        a[s] = i; b[s] = j;
      }
      return pairsToCsr(nPre, a, b);
    }
    default:
      throw new TypeError(`invalid ${name}.rule: ${JSON.stringify((rule as { rule?: unknown })?.rule)} (expected one of ${RULES.join(", ")})`);
  }
}
