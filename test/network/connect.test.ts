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
