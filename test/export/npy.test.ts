import { describe, expect, it } from "vitest";
import { npyBytes, readNpy } from "../../src/export/npy.js";

describe("npy", () => {
  it("float64 and int32 arrays round-trip bit for bit, data aligned to 64 bytes as numpy writes it", () => {
    const f = Float64Array.from([0.1, -1 / 3, 1e-300, 2 ** 53 + 2, -0]);
    const i = Int32Array.from([0, -1, 2147483647, -2147483648, 7]);
    for (const a of [f, i]) {
      const bytes = npyBytes(a);
      expect((bytes.length - a.byteLength) % 64).toBe(0);
      const back = readNpy(bytes);
      expect(back.constructor).toBe(a.constructor);
      expect(Array.from(back)).toEqual(Array.from(a));
    }
    expect(Object.is(readNpy(npyBytes(f))[4], -0)).toBe(true);
    expect(String.fromCharCode(...npyBytes(i).subarray(10, 60))).toContain("'descr': '<i4'");
  });
  it("an empty array has shape (0,); anything else is refused", () => {
    expect(readNpy(npyBytes(new Float64Array(0))).length).toBe(0);
    expect(() => npyBytes([1, 2] as unknown as Float64Array)).toThrow(/Float64Array or an Int32Array/);
    expect(() => readNpy(new Uint8Array(20))).toThrow(/magic/);
  });
});
