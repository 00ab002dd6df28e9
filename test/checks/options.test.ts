/** runStatus refuses unknown option names with a guess (a misspelt window would silently judge the whole run). */
import { expect, it } from "vitest";
import { runStatus } from "../../src/checks/status.js";

it("runStatus refuses an unknown option name with a guess", () => {
  const spikes = { population: "E", n: 2, i: Int32Array.from([0, 1]), t: Float64Array.from([1, 2]), start: 0, stop: 10 };
  expect(() => runStatus(spikes, { form: 5 } as never)).toThrow(new TypeError("unknown option form for runStatus; did you mean from?"));
  expect(() => runStatus(spikes, { maxrate: 100 } as never)).toThrow(/unknown option maxrate for runStatus; did you mean maxRate\?/);
  expect(runStatus(spikes, { from: 0, to: 10 }).status).toBe("ok");
});
