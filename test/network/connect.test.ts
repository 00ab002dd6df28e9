import { describe, expect, it } from "vitest";
import { connect, pairsToCsr, type Csr } from "../../src/network/connect.js";
import { Rng } from "../../src/random/rng.js";

function pairs(c: Csr): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < c.rowPtr.length; i++) for (let k = c.rowPtr[i]; k < c.rowPtr[i + 1]; k++) out.push([i, c.col[k]]);
  return out;
}
function indegrees(c: Csr, nPost: number): number[] {
  const d = new Array(nPost).fill(0);
  for (const j of c.col) d[j]++;
  return d;
}

describe("connect", () => {
  it("connect(all) makes every pair, and no autapses when asked", () => {
    expect(pairs(connect({ rule: "all" }, 2, 3, new Rng(1)))).toEqual([[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2]]);
    expect(pairs(connect({ rule: "all" }, 3, 3, new Rng(1), { self: true, autapses: false }))).toEqual([[0, 1], [0, 2], [1, 0], [1, 2], [2, 0], [2, 1]]);
  });
  it("connect(probability p) makes p·N_pre·N_post synapses on average (4 sd) with sorted rows", () => {
    const c = connect({ rule: "probability", p: 0.02 }, 2000, 3000, new Rng(2));
    const expected = 0.02 * 2000 * 3000;
    expect(Math.abs(c.col.length - expected)).toBeLessThan(4 * Math.sqrt(expected * 0.98));
    for (let i = 0; i < 2000; i++) for (let k = c.rowPtr[i] + 1; k < c.rowPtr[i + 1]; k++) expect(c.col[k]).toBeGreaterThan(c.col[k - 1]);
  });
  it("connect(probability) handles p = 0 and p = 1 exactly, and removes autapses", () => {
    expect(connect({ rule: "probability", p: 0 }, 10, 10, new Rng(3)).col.length).toBe(0);
    expect(connect({ rule: "probability", p: 1 }, 10, 10, new Rng(3)).col.length).toBe(100);
    const c = connect({ rule: "probability", p: 0.5 }, 50, 50, new Rng(3), { self: true, autapses: false });
    expect(pairs(c).some(([i, j]) => i === j)).toBe(false);
  });
  it("connect(indegree k) gives every target exactly k distinct sources", () => {
    const c = connect({ rule: "indegree", k: 7 }, 40, 30, new Rng(4), { self: false });
    expect(indegrees(c, 30)).toEqual(new Array(30).fill(7));
    const seen = new Set(pairs(c).map(([i, j]) => `${i},${j}`));
    expect(seen.size).toBe(7 * 30);
    const noself = connect({ rule: "indegree", k: 29 }, 30, 30, new Rng(4), { self: true, autapses: false });
    expect(pairs(noself).some(([i, j]) => i === j)).toBe(false);
  });
  it("connect(indegree k) builds the same rows as pairs → CSR of the same draws (targets of a row in increasing order)", () => {
    // reference: draw the k sources of each target from the same stream, as pairs, and sort them by pairsToCsr
    for (const [nPre, nPost, k, self] of [[40, 30, 7, false], [30, 30, 29, true], [500, 300, 50, true]] as const) {
      const rng = new Rng(11), draw = new Int32Array(k), marks = new Uint8Array(self ? nPre - 1 : nPre);
      const pre: number[] = [], post: number[] = [];
      for (let j = 0; j < nPost; j++) {
        rng.sampleWithoutReplacement(self ? nPre - 1 : nPre, k, draw, marks);
        for (const i of draw) { pre.push(self && i >= j ? i + 1 : i); post.push(j); }
      }
      const ref = pairsToCsr(nPre, Int32Array.from(pre), Int32Array.from(post));
      const c = connect({ rule: "indegree", k }, nPre, nPost, new Rng(11), { self, autapses: !self });
      expect(Array.from(c.rowPtr)).toEqual(Array.from(ref.rowPtr));
      expect(Array.from(c.col)).toEqual(Array.from(ref.col));
    }
  });
  it("connect(outdegree k) gives every source exactly k targets", () => {
    const c = connect({ rule: "outdegree", k: 5 }, 20, 50, new Rng(5));
    for (let i = 0; i < 20; i++) expect(c.rowPtr[i + 1] - c.rowPtr[i]).toBe(5);
  });
  it("connect(one-to-one) and connect(list) build the given pairs", () => {
    expect(pairs(connect({ rule: "one-to-one" }, 3, 3, new Rng(6)))).toEqual([[0, 0], [1, 1], [2, 2]]);
    expect(pairs(connect({ rule: "list", pre: [2, 0, 2], post: [1, 1, 0] }, 3, 2, new Rng(6)))).toEqual([[0, 1], [2, 1], [2, 0]]);
  });
  it("connect rejects bad probabilities, degrees, sizes and unknown rules", () => {
    expect(() => connect({ rule: "probability", p: 1.5 }, 3, 3, new Rng(7), { name: "E→I" })).toThrow("invalid E→I.p: 1.5 (expected ≥ 0, ≤ 1)");
    expect(() => connect({ rule: "probability", p: -0.1 }, 3, 3, new Rng(7))).toThrow(RangeError);
    expect(() => connect({ rule: "indegree", k: 5 }, 3, 3, new Rng(7))).toThrow(/expected ≤ 3/);
    expect(() => connect({ rule: "one-to-one" }, 3, 4, new Rng(7))).toThrow(/equal sizes/);
    expect(() => connect({ rule: "list", pre: [0, 5], post: [0, 0] }, 3, 3, new Rng(7))).toThrow(/pre\[1\]: 5/);
    expect(() => connect({ rule: "nearby" } as never, 3, 3, new Rng(7))).toThrow(/expected one of all, probability/);
  });
  it("pairsToCsr sorts pairs by source in O(synapses)", () => {
    const c = pairsToCsr(3, Int32Array.from([2, 0, 1, 0]), Int32Array.from([5, 6, 7, 8]));
    expect([...c.rowPtr]).toEqual([0, 2, 3, 4]);
    expect([...c.col]).toEqual([6, 8, 7, 5]);
  });
});

describe("connect: option names and the 32-bit synapse limit", () => {
  it("a rule with an unknown option name throws with a guess", () => {
    const rng = new Rng(8);
    expect(() => connect({ rule: "probability", prob: 0.1 } as never, 10, 10, rng, { name: "E→I" }))
      .toThrow(new TypeError("unknown option prob for rule probability of E→I; did you mean p?"));
    expect(() => connect({ rule: "indegree", K: 5 } as never, 10, 10, rng, { name: "E→I" })).toThrow(/unknown option K for rule indegree of E→I; did you mean k\?/);
    expect(() => connect({ rule: "outdegree", kk: 5 } as never, 10, 10, rng)).toThrow(/unknown option kk for rule outdegree of projection; did you mean k\?/);
    expect(() => connect({ rule: "all", p: 0.1 } as never, 10, 10, rng)).toThrow("unknown option p for rule all of projection (expected one of rule)");
    expect(() => connect({ rule: "one-to-one", autapses: false } as never, 10, 10, rng)).toThrow(/unknown option autapses for rule one-to-one/);
    expect(() => connect({ rule: "list", pre: [0], post: [0], weight: [1] } as never, 10, 10, rng)).toThrow(/unknown option weight for rule list/);
  });
  it("every rule refuses more than 2³¹ − 1 synapses before allocating them, with the count and what to do", () => {
    const rng = new Rng(9);
    const t0 = performance.now();
    expect(() => connect({ rule: "all" }, 50000, 50000, rng, { name: "E→E" }))
      .toThrow(/^projection E→E would make 2500000000 synapses by rule all \(50000 × 50000\), more than one projection can hold \(2147483647: its indices are 32-bit integers\): use fewer neurons/);
    expect(() => connect({ rule: "all" }, 50000, 50000, rng, { self: true, autapses: false })).toThrow(/2499950000 synapses by rule all \(50000 × 49999\)/);
    expect(() => connect({ rule: "probability", p: 0.5 }, 1e5, 1e5, rng)).toThrow(/^the projection would make 5000000000 synapses by rule probability \(on average, p = 0.5 of 10000000000 pairs\).*lower p/);
    expect(() => connect({ rule: "indegree", k: 30000 }, 1e5, 1e5, rng)).toThrow(/3000000000 synapses by rule indegree \(k = 30000 sources × 100000 targets\).*smaller k/);
    expect(() => connect({ rule: "outdegree", k: 30000 }, 1e5, 1e5, rng)).toThrow(/3000000000 synapses by rule outdegree \(k = 30000 targets × 100000 sources\)/);
    const huge = { length: 2 ** 31 } as ArrayLike<number>;
    expect(() => connect({ rule: "list", pre: huge, post: huge }, 10, 10, rng)).toThrow(/2147483648 synapses by rule list \(one per pair\).*split the list into several projections/);
    expect(() => connect({ rule: "one-to-one" }, 2 ** 31, 2 ** 31, rng)).toThrow(/2147483648 synapses by rule one-to-one/);
    expect(() => connect({ rule: "all" }, 50000, 50000, rng)).toThrow(RangeError);
    expect(performance.now() - t0).toBeLessThan(1000); // refused before allocating (10 GB and more)
  });
  it("the limit is inclusive: exactly maxSynapses is built, one more is refused", () => {
    const rng = new Rng(10);
    expect(connect({ rule: "all" }, 10, 10, rng, { maxSynapses: 100 }).col.length).toBe(100);
    expect(() => connect({ rule: "all" }, 10, 10, rng, { maxSynapses: 99 })).toThrow(/would make 100 synapses by rule all/);
    expect(() => connect({ rule: "indegree", k: 10 }, 10, 10, rng, { maxSynapses: 99 })).toThrow(/would make 100 synapses by rule indegree/);
    expect(() => connect({ rule: "outdegree", k: 10 }, 10, 10, rng, { maxSynapses: 99 })).toThrow(/would make 100 synapses by rule outdegree/);
    expect(() => connect({ rule: "list", pre: [0, 1], post: [1, 0] }, 2, 2, rng, { maxSynapses: 1 })).toThrow(/would make 2 synapses by rule list/);
  });
  it("probability: a draw that makes more synapses than the limit is refused while growing, although the expected count fits", () => {
    // find a seed whose draw exceeds its expectation (p·N² = 1000) by at least 1 %: the limit then lies between the two
    const p = 0.1, n = 100, expected = p * n * n;
    let seed = 1, made = 0;
    for (; seed < 200; seed++) {
      made = connect({ rule: "probability", p }, n, n, new Rng(seed)).col.length;
      if (made >= 1.01 * expected) break;
    }
    expect(made).toBeGreaterThanOrEqual(1.01 * expected);
    expect(() => connect({ rule: "probability", p }, n, n, new Rng(seed), { maxSynapses: made - 1, name: "E→I" }))
      .toThrow(`projection E→I made more than ${made - 1} synapses by rule probability (p = 0.1; 1000 expected), more than one projection can hold`);
    // a limit the draw fits in changes nothing
    const a = connect({ rule: "probability", p }, n, n, new Rng(seed));
    const b = connect({ rule: "probability", p }, n, n, new Rng(seed), { maxSynapses: made });
    expect([...b.col]).toEqual([...a.col]);
    expect([...b.rowPtr]).toEqual([...a.rowPtr]);
  });
});
