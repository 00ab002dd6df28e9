/** The benchmark builders pass `precision` to their Network (default: the Network's own, float64). */
import { describe, expect, it } from "vitest";
import { coba } from "../../src/networks/coba.js";
import { cuba } from "../../src/networks/cuba.js";
import { brunel } from "../../src/networks/brunel.js";

describe("precision option of coba, cuba, brunel", () => {
  const builders = {
    coba: (o: object) => coba({ n: 100, ...o }),
    cuba: (o: object) => cuba({ n: 100, ...o }),
    brunel: (o: object) => brunel({ nE: 100, epsilon: 0.1, ...o }),
  };
  for (const [name, build] of Object.entries(builders)) {
    it(`${name}: float64 by default, float32 when asked, and a bad value names the option`, () => {
      expect(build({}).precision).toBe("float64");
      expect(build({ precision: "float64" }).precision).toBe("float64");
      expect(build({ precision: "float32" }).precision).toBe("float32");
      expect(() => build({ precision: "float16" })).toThrow(/precision/);
      expect(() => build({ precison: "float32" })).toThrow(/did you mean precision/);
    });
  }
});
