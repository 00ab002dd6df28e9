import { expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { VERSION } from "../src/version.js";

it("VERSION equals package.json's version (it is part of every sweep's identity)", () => {
  expect(VERSION).toBe(JSON.parse(readFileSync(resolve(__dirname, "..", "package.json"), "utf8")).version);
});
