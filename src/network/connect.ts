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
 * onto itself. A rule with an unknown option name (`{ rule: "probability", prob: 0.1 }`) throws with a
 * guess. CSR indices are 32-bit: every rule refuses, before allocating anything, to make more than
 * {@link MAX_SYNAPSES} synapses in one projection (for "probability", both the expected count and,
 * while drawing, the count actually made).
 */
import { quantity } from "../params/quantity.js";
import { checkOptions } from "../params/options.js";
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

/** The option names of each rule. */
const RULE_OPTIONS: Record<string, readonly string[]> = {
  all: ["rule"],
  probability: ["rule", "p"],
  indegree: ["rule", "k"],
  outdegree: ["rule", "k"],
  "one-to-one": ["rule"],
  list: ["rule", "pre", "post"],
};

/** Most synapses in one projection: CSR indices (rowPtr, col) are 32-bit signed integers. */
export const MAX_SYNAPSES = 2 ** 31 - 1;

/** What to do instead of a projection that is too large, per rule. */
const ADVICE: Record<string, string> = {
  all: "use fewer neurons, or a sparse rule (probability, indegree)",
  probability: "use fewer neurons or a lower p, or split the projection into several with different names",
  indegree: "use fewer target neurons or a smaller k, or split the projection into several with different names",
  outdegree: "use fewer source neurons or a smaller k, or split the projection into several with different names",
  "one-to-one": "use fewer neurons",
  list: "split the list into several projections with different names",
};

/** "projection E→I", or "the projection" when it has no name. */
function projection(name: string): string {
  return name === "projection" ? "the projection" : `projection ${name}`;
}

/**
 * @throws RangeError when `count` synapses (`how` says how they were counted) do not fit in one
 * projection of at most `limit` synapses.
 */
function checkCount(name: string, rule: string, count: number, how: string, limit: number): void {
  if (count > limit) {
    const shown = Number.isInteger(count) ? String(count) : count.toPrecision(4);
    throw new RangeError(`${projection(name)} would make ${shown} synapses by rule ${rule}${how ? ` (${how})` : ""}, more than one ` +
      `projection can hold (${limit}: its indices are 32-bit integers): ${ADVICE[rule]}`);
  }
}

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

/**
 * CSR from fixed in-degree sources, pre[j·k + m] = m-th source of target j, by counting sort on the
 * source: the same rows as {@link pairsToCsr} with post[s] = ⌊s/k⌋ (targets of a row in increasing order).
 */
function indegreeToCsr(nPre: number, nPost: number, k: number, pre: Int32Array): Csr {
  const rowPtr = new Int32Array(nPre + 1);
  for (let s = 0; s < pre.length; s++) rowPtr[pre[s] + 1]++;
  for (let i = 0; i < nPre; i++) rowPtr[i + 1] += rowPtr[i];
  const col = new Int32Array(pre.length);
  const next = rowPtr.slice(0, nPre);
  for (let j = 0, s = 0; j < nPost; j++) for (let m = 0; m < k; m++, s++) col[next[pre[s]]++] = j;
  return { rowPtr, col };
}

/** Options of {@link connect}. */
export interface ConnectRuleOptions {
  /** Whether source and target are the same population (default false). */
  self?: boolean;
  /** With `self`, whether i → i is allowed (default true). */
  autapses?: boolean;
  /** Name of the projection, for messages (default "projection"). */
  name?: string;
  /** Most synapses allowed (default {@link MAX_SYNAPSES}, the 32-bit index limit; smaller in tests). */
  maxSynapses?: number;
}

/**
 * Builds the synapses of a rule between populations of sizes nPre and nPost.
 * @throws TypeError for an unknown rule or option name; RangeError for bad values, or when the
 *   projection would make more than `maxSynapses` (2³¹ − 1) synapses.
 */
export function connect(rule: Rule, nPre: number, nPost: number, rng: Rng,
  { self = false, autapses = true, name = "projection", maxSynapses = MAX_SYNAPSES }: ConnectRuleOptions = {}): Csr {
  const noSelf = self && !autapses;
  const kind = (rule as { rule?: unknown } | null | undefined)?.rule;
  if (typeof kind === "string" && Object.prototype.hasOwnProperty.call(RULE_OPTIONS, kind)) {
    checkOptions(`rule ${kind} of ${name}`, rule, RULE_OPTIONS[kind]);
  }
  const limit = Math.min(maxSynapses, MAX_SYNAPSES);
  switch (rule?.rule) {
    case "all": {
      const per = noSelf ? nPost - 1 : nPost;
      checkCount(name, "all", nPre * per, `${nPre} × ${per}`, limit);
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
      const expected = p * (noSelf ? total - Math.min(nPre, nPost) : total);
      checkCount(name, "probability", expected, `on average, p = ${p} of ${total} pairs`, limit);
      const rowPtr = new Int32Array(nPre + 1);
      let col = new Int32Array(Math.min(limit, Math.max(16, Math.ceil(expected * 1.05 + 10 * Math.sqrt(expected + 1)))));
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
            if (s === col.length) {
              if (s >= limit) {
                throw new RangeError(`${projection(name)} made more than ${limit} synapses by rule probability (p = ${p}; ${expected.toPrecision(4)} ` +
                  `expected), more than one projection can hold (its indices are 32-bit integers): ${ADVICE.probability}`);
              }
              const g = new Int32Array(Math.min(limit, col.length * 2)); g.set(col); col = g;
            }
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
      checkCount(name, "indegree", k * nPost, `k = ${k} sources × ${nPost} targets`, limit);
      // the sources of target j are pre[j·k … j·k + k − 1]: the target is implied by the position, so no
      // post array (4 bytes per synapse less at the peak of construction than pairs → CSR)
      const pre = new Int32Array(k * nPost);
      const draw = new Int32Array(k);
      const marks = new Uint8Array(avail);
      let s = 0;
      for (let j = 0; j < nPost; j++) {
        rng.sampleWithoutReplacement(avail, k, draw, marks);
        for (let m = 0; m < k; m++) {
          const i = draw[m];
          pre[s++] = noSelf && i >= j ? i + 1 : i;
        }
      }
      return indegreeToCsr(nPre, nPost, k, pre);
    }
    case "outdegree": {
      const k = quantity(`${name}.k`, rule.k, "", { min: 0, integer: true });
      const avail = noSelf ? nPost - 1 : nPost;
      if (k > avail) throw new RangeError(`invalid ${name}.k: ${k} (expected ≤ ${avail}, the number of possible targets)`);
      checkCount(name, "outdegree", k * nPre, `k = ${k} targets × ${nPre} sources`, limit);
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
      checkCount(name, "one-to-one", nPre, "", limit);
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
      checkCount(name, "list", pre.length, "one per pair", limit);
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
