import { expect, it } from "vitest";
import { splitByNeuron } from "../../src/analysis/blocks.js";
import type { Spikes } from "../../src/monitors/spike-monitor.js";

it("splitByNeuron returns blocks of neurons renumbered from 0, spikes in time order", () => {
  const s: Spikes = { population: "out", n: 6, i: Int32Array.from([0, 4, 2, 5, 1]), t: Float64Array.from([1, 2, 3, 4, 5]), start: 0, stop: 10 };
  const [a, b, c] = splitByNeuron(s, 2);
  expect(Array.from(a.i)).toEqual([0, 1]);
  expect(Array.from(a.t)).toEqual([1, 5]);
  expect(Array.from(b.i)).toEqual([0]);
  expect(Array.from(c.i)).toEqual([0, 1]);
  expect(Array.from(c.t)).toEqual([2, 4]);
  expect(c.n).toBe(2);
  expect(c.population).toBe("out[2]");
  expect(() => splitByNeuron(s, 4)).toThrow(/divisor/);
});
