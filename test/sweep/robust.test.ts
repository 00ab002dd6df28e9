/**
 * Sweeps that survive what a cluster does to them: kill -9 mid-write, corrupted cache files, NaN
 * results, grids extended under one cache, duplicate or foreign shards, bad flags, workers that exit,
 * hang or run out of memory.
 */
import { describe, expect, it } from "vitest";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { grid } from "../../src/sweep/grid.js";
import { runSweep, sweepIdentity } from "../../src/sweep/run.js";
import { decodeJSON, encodeJSON, checkResult } from "../../src/sweep/codec.js";
import { mergeShards, readShard, writeShard } from "../../src/sweep/shards.js";
import { setWarningHandler } from "../../src/params/warn.js";

const root = resolve(__dirname, "..", "..");
const CLI = join(root, "scripts", "sweep.mjs");
const T = 120_000;
const tmp = () => mkdtempSync(join(tmpdir(), "tr-sweep-"));
const special = (p: { x: number }) => ({ x: p.x, nan: NaN, inf: -Infinity, negZero: -0, list: [1, NaN, Infinity], label: "a" });

describe("results on disk", () => {
  it("encodeJSON/decodeJSON keep NaN, ±Infinity and −0", () => {
    const v = decodeJSON(encodeJSON({ a: NaN, b: [Infinity, -Infinity], c: -0, d: 0, e: "NaN", f: null })) as Record<string, unknown>;
    expect(v.a).toBeNaN();
    expect(v.b).toEqual([Infinity, -Infinity]);
    expect(Object.is(v.c, -0)).toBe(true);
    expect(Object.is(v.d, 0)).toBe(true);
    expect(v.e).toBe("NaN");
    expect(v.f).toBeNull();
  });
  it("checkResult rejects what is not a plain record of numbers, strings and arrays, naming the point and field", () => {
    expect(checkResult({ a: Float64Array.from([1, 2]) }, "point 0")).toEqual({ a: [1, 2] });
    expect(() => checkResult({ a: new Map() }, "point 3 {\"g\":4}")).toThrow(/invalid result of point 3 \{"g":4\}: a is a Map/);
    expect(() => checkResult({ a: { b: 1 } }, "point 0")).toThrow(/a is a nested object/);
    expect(() => checkResult([1], "point 0")).toThrow(/an array \(expected a plain object/);
    expect(() => checkResult({ f: () => 1 }, "point 0")).toThrow(/f is a function/);
  });
});

describe("runSweep under failure", () => {
  it("NaN, ±Infinity and −0 survive the cache and the shard files exactly", async () => {
    const cache = tmp();
    const points = grid({ x: [1, 2] });
    const first = await runSweep({ points, fn: special, workers: 1, cache });
    const again = await runSweep({ points, fn: special, workers: 1, cache });
    expect(again.every((r) => r.cached)).toBe(true);
    for (const rows of [first, again]) {
      expect(rows[0].result.nan).toBeNaN();
      expect(rows[0].result.inf).toBe(-Infinity);
      expect(Object.is(rows[0].result.negZero, -0)).toBe(true);
      expect(rows[0].result.list).toEqual([1, NaN, Infinity]);
    }
    const file = join(cache, "part.json");
    writeShard(file, { sweep: sweepIdentity({ points, fn: special }), spec: "test", shard: null, rows: again });
    const merged = mergeShards([{ path: file, part: readShard(file) }]);
    expect(merged.rows[1].result.nan).toBeNaN();
    expect(Object.is(merged.rows[1].result.negZero, -0)).toBe(true);
  }, T);

  it("a corrupted, truncated or empty cache file is reported by path and recomputed", async () => {
    const cache = tmp();
    const points = grid({ x: [1, 2, 3] });
    await runSweep({ points, fn: special, workers: 1, cache });
    const files = readdirSync(cache).sort();
    writeFileSync(join(cache, files[0]), "");
    writeFileSync(join(cache, files[1]), '{"index": 0, "res');
    const warnings: string[] = [];
    const prev = setWarningHandler((m) => warnings.push(m));
    const rows = await runSweep({ points, fn: special, workers: 1, cache });
    setWarningHandler(prev);
    expect(rows.every((r) => r.ok)).toBe(true);
    expect(rows.filter((r) => !r.cached)).toHaveLength(2);
    expect(warnings.join("\n")).toContain(join(cache, files[0]));
    expect(warnings.join("\n")).toMatch(/is unreadable .*recomputing that point/);
  }, T);

  it("extending the grid with the same cache gives every row its index in the new grid", async () => {
    const cache = tmp();
    const small = await runSweep({ points: grid({ x: [2, 3] }), fn: special, workers: 1, cache });
    expect(small.map((r) => r.index)).toEqual([0, 1]);
    const big = await runSweep({ points: grid({ x: [1, 2, 3] }), fn: special, workers: 1, cache });
    expect(big.map((r) => [r.index, r.params.x, r.cached])).toEqual([[0, 1, false], [1, 2, true], [2, 3, true]]);
  }, T);

  it("a worker that calls process.exit, hangs past the time limit or runs out of memory fails only its point", async () => {
    const fn = (p: { mode: string }) => {
      if (p.mode === "exit") process.exit(7);
      if (p.mode === "hang") { const t0 = Date.now(); while (Date.now() - t0 < 60_000) { /* busy */ } }
      if (p.mode === "oom") { const keep: { k: number }[][] = []; for (let k = 0; ; k++) keep.push(Array.from({ length: 1e5 }, () => ({ k }))); }
      return { mode: p.mode };
    };
    const rows = await runSweep({ points: grid({ mode: ["ok", "exit", "hang", "ok2"] }), fn, workers: 2, timeLimit: 3 });
    expect(rows.map((r) => r.ok)).toEqual([true, false, false, true]);
    expect(rows[1].error).toMatch(/exited with code 7/);
    expect(rows[2].error).toMatch(/timed out: .*time limit of 3 s/);
    const oom = await runSweep({ points: grid({ mode: ["oom", "ok"] }), fn, workers: 1, memoryLimit: 64 });
    expect(oom.map((r) => r.ok)).toEqual([false, true]);
    expect(oom[0].error).toMatch(/ran out of memory \(worker heap limit 64 MB\)/);
  }, T);

  it("rejects workers that are not a whole number ≥ 1", async () => {
    for (const workers of [NaN, 0, 1.5, -1]) {
      await expect(runSweep({ points: grid({ x: [1] }), fn: special, workers })).rejects.toThrow(`invalid workers: ${workers} (expected a whole number ≥ 1)`);
    }
  });
});

describe("sweep CLI", () => {
  const spec = (dir: string, body = "return { x: p.x, y: p.x * 2, nan: NaN };", values = "[1, 2, 3, 4]") => {
    const file = join(dir, "spec.mjs");
    writeFileSync(file, `export const grid = { x: ${values} };\nexport const seed = 5;\nexport function point(p, tr, seed) { ${body} }\n`);
    return file;
  };
  const cli = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });

  it("refuses bad flags and values with exit 2 instead of running nothing", { timeout: T }, () => {
    const dir = tmp();
    const s = spec(dir);
    for (const [args, message] of [
      [["run", s, "--workers", "abc", "--out", join(dir, "o.json")], 'invalid --workers: "abc" (expected a whole number ≥ 1)'],
      [["run", s, "--wokers", "2"], "unknown option --wokers for run; did you mean --workers?"],
      [["run", s, "--time-limit", "-1"], "invalid --time-limit"],
      [["merge", join(dir, "a.json"), "--force", "x"], "unknown option --force for merge"],
      [["frobnicate"], "unknown command frobnicate"],
    ] as const) {
      const r = cli(...args);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });

  it("merge names an unreadable file, refuses duplicate shards and shards of another sweep, and fails on missing points", () => {
    const dir = tmp();
    const s = spec(dir);
    const p0 = join(dir, "p0.json"), p1 = join(dir, "p1.json");
    expect(cli("run", s, "--shard", "0/2", "--workers", "1", "--out", p0).status).toBe(0);
    expect(cli("run", s, "--shard", "1/2", "--workers", "1", "--out", p1).status).toBe(0);
    const ok = cli("merge", p0, p1, "--out", join(dir, "all.json"));
    expect(ok.status, ok.stderr).toBe(0);
    expect((decodeJSON(readFileSync(join(dir, "all.json"), "utf8")) as { nan: number }[])[0].nan).toBeNaN();
    const dup = cli("merge", p0, p0, "--out", join(dir, "x.csv"));
    expect(dup.status).toBe(1);
    expect(dup.stderr).toContain("are the same shard (0/2)");
    const missing = cli("merge", p0, "--out", join(dir, "x.csv"));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("missing points: 1, 3");
    const other = join(dir, "other");
    const s2 = spec(tmp(), "return { x: p.x, y: p.x * 3 };");
    expect(cli("run", s2, "--shard", "1/2", "--workers", "1", "--out", other).status).toBe(0);
    const foreign = cli("merge", p0, other, "--out", join(dir, "x.csv"));
    expect(foreign.status).toBe(1);
    expect(foreign.stderr).toMatch(/belongs to a different sweep .*point function/);
    writeFileSync(join(dir, "broken.json"), "{ not json");
    const broken = cli("merge", join(dir, "broken.json"));
    expect(broken.stderr).toContain(`cannot read shard file ${join(dir, "broken.json")}`);
  }, T);

  it("exits non-zero and says so when a point failed", () => {
    const dir = tmp();
    const r = cli("run", spec(dir, "if (p.x === 3) throw new Error('bad point'); return { x: p.x };"), "--workers", "1", "--out", join(dir, "o.json"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/point 2 \{"x":3\} failed: Error: bad point/);
    expect(r.stderr).toContain("1 of 4 points failed");
  }, T);

  it("a sweep killed with SIGKILL while writing large cache entries resumes and completes", async () => {
    const dir = tmp();
    const cache = join(dir, "cache");
    const s = spec(dir, "return { x: p.x, big: Array.from({ length: 600000 }, (_, k) => k * 0.5 + p.x) };", "[1, 2, 3, 4]");
    const child = spawn(process.execPath, [CLI, "run", s, "--workers", "1", "--cache", cache, "--out", join(dir, "o.json")], { detached: true, stdio: "ignore" });
    let killedDuringWrite = false;
    await new Promise<void>((res) => {
      const started = Date.now();
      const poll = setInterval(() => {
        const files = existsSync(cache) ? readdirSync(cache) : [];
        const writing = files.some((f) => f.includes(".tmp-"));
        if (writing || files.length >= 2 || Date.now() - started > 60_000) {
          killedDuringWrite = writing;
          clearInterval(poll);
          try { process.kill(-child.pid!, "SIGKILL"); } catch { /* already gone */ }
          res();
        }
      }, 2);
    });
    await new Promise((r) => setTimeout(r, 200));
    const r = spawnSync(process.execPath, [CLI, "run", s, "--workers", "1", "--cache", cache, "--out", join(dir, "o.json")], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain("4 of 4 points");
    expect(readdirSync(cache).filter((f) => f.includes(".tmp-"))).toEqual([]);
    expect(readShard(join(dir, "o.json")).rows.every((row) => row.ok && (row.result.big as number[]).length === 600000)).toBe(true);
    console.log(`killed ${killedDuringWrite ? "while a cache entry was being written" : "between writes"}`);
  }, T);
});
