import { describe, expect, it } from "vitest";
import { deliveryKernels, deliveryModule } from "../../../src/engine/wasm/deliver.js";
import { Slab } from "../../../src/engine/slab.js";
import { Rng } from "../../../src/random/rng.js";

/** Random CSR with repeated targets inside rows (the adds must stay sequential), rows of length 0 … 2·mean. */
function randomCsr(nPre: number, nPost: number, mean: number, rng: Rng) {
  const rowPtr = new Int32Array(nPre + 1);
  for (let i = 0; i < nPre; i++) rowPtr[i + 1] = rowPtr[i] + rng.integer(2 * mean + 1);
  const S = rowPtr[nPre];
  const col = new Int32Array(S);
  for (let k = 0; k < S; k++) col[k] = rng.integer(4) === 0 ? col[Math.max(0, k - 1)] : rng.integer(nPost);
  const weight = new Float32Array(S);
  for (let k = 0; k < S; k++) weight[k] = rng.uniform() * 3 - 1;
  const delay = new Uint16Array(S);
  for (let k = 0; k < S; k++) delay[k] = rng.integer(7);
  return { rowPtr, col, weight, delay };
}

/** The JavaScript loop of Projection.deliverJs (the reference). */
function reference(buf: Float64Array | Float32Array, spikes: Int32Array, ns: number, c: ReturnType<typeof randomCsr>, w: number | null, delays: boolean, n: number, L: number, step: number): number {
  let events = 0;
  for (let s = 0; s < ns; s++) {
    const i = spikes[s];
    for (let k = c.rowPtr[i]; k < c.rowPtr[i + 1]; k++) {
      const d = delays ? c.delay[k] : 3;
      buf[((step + 1 + d) % L) * n + c.col[k]] += w === null ? c.weight[k] : w;
    }
    events += c.rowPtr[i + 1] - c.rowPtr[i];
  }
  return events;
}

describe("WebAssembly delivery", () => {
  it("the module validates", () => {
    const W = (globalThis as unknown as { WebAssembly: { validate(b: Uint8Array): boolean } }).WebAssembly;
    expect(W.validate(deliveryModule())).toBe(true);
  });

  for (const precision of ["f64", "f32"] as const) {
    for (const delays of [false, true]) {
      for (const varying of [false, true]) {
        it(`${precision}, ${delays ? "per-synapse" : "constant"} delay, ${varying ? "per-synapse" : "constant"} weight: bit-identical to the JavaScript loop over many steps`, () => {
          const rng = new Rng(11);
          const nPre = 300, n = 97, L = 9; // L ≥ max delay + 2
          const c = randomCsr(nPre, n, 6, rng);
          const slab = new Slab();
          const at = { rowPtr: slab.reserve(c.rowPtr.byteLength), col: slab.reserve(c.col.byteLength), weight: slab.reserve(c.weight.byteLength), delay: slab.reserve(c.delay.byteLength), spikes: slab.reserve(nPre * 4), ring: slab.reserve(L * n * 8) };
          const buffer = slab.buffer;
          new Int32Array(buffer, at.rowPtr, nPre + 1).set(c.rowPtr);
          new Int32Array(buffer, at.col, c.col.length).set(c.col);
          new Float32Array(buffer, at.weight, c.weight.length).set(c.weight);
          new Uint16Array(buffer, at.delay, c.delay.length).set(c.delay);
          const spikes = new Int32Array(buffer, at.spikes, nPre);
          const Arr = precision === "f64" ? Float64Array : Float32Array;
          const ring = new Arr(buffer, at.ring, L * n);
          const ref = new Arr(L * n);
          const fns = deliveryKernels(slab.memory)[precision];
          const w = 0.1; // not a float32 number: the f32 sums must be formed in double, as in JavaScript
          let total = 0;
          for (let step = 0; step < 40; step++) {
            const ns = rng.integer(12);
            for (let s = 0; s < ns; s++) spikes[s] = rng.integer(nPre); // repeats allowed
            const expected = reference(ref, spikes, ns, c, varying ? null : w, delays, n, L, step);
            let got: number;
            if (delays) {
              got = varying ? fns.delayVar(at.spikes, ns, at.rowPtr, at.col, at.ring, at.delay, n, L, (step + 1) % L, at.weight)
                : fns.delayConst(at.spikes, ns, at.rowPtr, at.col, at.ring, at.delay, n, L, (step + 1) % L, w);
            } else {
              const buf = at.ring + ((step + 1 + 3) % L) * n * ring.BYTES_PER_ELEMENT;
              got = varying ? fns.fixedVar(at.spikes, ns, at.rowPtr, at.col, buf, at.weight) : fns.fixedConst(at.spikes, ns, at.rowPtr, at.col, buf, w);
            }
            expect(got).toBe(expected);
            total += got;
          }
          expect(total).toBeGreaterThan(500);
          expect(Array.from(ring)).toEqual(Array.from(ref));
          // and not trivially: the buffer holds sums of many weights
          expect(ring.some((x) => x !== 0)).toBe(true);
        });
      }
    }
  }

  it("known sums: three spikes of a 2-synapse row onto one target add 6 weights", () => {
    const slab = new Slab();
    const rowPtr = slab.reserve(8), col = slab.reserve(8), spk = slab.reserve(12), buf = slab.reserve(16);
    new Int32Array(slab.buffer, rowPtr, 2).set([0, 2]);
    new Int32Array(slab.buffer, col, 2).set([1, 1]);
    new Int32Array(slab.buffer, spk, 3).set([0, 0, 0]);
    const out = new Float64Array(slab.buffer, buf, 2);
    expect(deliveryKernels(slab.memory).f64.fixedConst(spk, 3, rowPtr, col, buf, 0.5)).toBe(6);
    expect(Array.from(out)).toEqual([0, 3]);
  });

  it("one instance per memory: a new memory gets its own functions", () => {
    const a = new Slab(), b = new Slab();
    expect(deliveryKernels(a.memory)).toBe(deliveryKernels(a.memory));
    expect(deliveryKernels(a.memory)).not.toBe(deliveryKernels(b.memory));
  });
});
