/** Display helpers refuse unknown option names with a guess. */
import { describe, expect, it } from "vitest";
import { save, svgToPNG } from "../../src/display/save.js";
import { show } from "../../src/display/show.js";
import { checksHTML, showChecks } from "../../src/display/checks.js";
import { progress } from "../../src/display/progress.js";
import { Checks } from "../../src/checks/checks.js";

const unknown: [string, () => unknown, RegExp][] = [
  ["svgToPNG", () => svgToPNG("<svg/>", { scal: 3 } as never), /unknown option scal for svgToPNG; did you mean scale\?/],
  ["save", () => save("x" as never, "/tmp/never", { scael: 3 } as never), /unknown option scael for save; did you mean scale\?/],
  ["show", () => show("text", { limt: 5 } as never), /unknown option limt for show; did you mean limit\?/],
  ["checksHTML", () => checksHTML(new Checks(), { titel: "x" } as never), /unknown option titel for checksHTML; did you mean title\?/],
  ["showChecks", () => showChecks(new Checks(), { titel: "x" } as never), /unknown option titel for showChecks; did you mean title\?/],
  ["progress", () => progress(10, { labl: "x" } as never), /unknown option labl for progress; did you mean label\?/],
];

describe("display options", () => {
  it.each(unknown)("%s refuses an unknown option name with a guess", (_, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });
});
