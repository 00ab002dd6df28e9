/**
 * Finding the notebook kernel. Inside a tslab kernel, `display()` returns tslab's display API;
 * inside Deno's Jupyter kernel (`deno jupyter`) it returns the same API built on
 * `Deno.jupyter.display(bundle, { raw: true })`; in vitest, plain node or `deno run` it returns null
 * and the helpers fall back to text and files.
 * Set TIGHTROPE_DISPLAY=text to force the fallback inside a kernel.
 */
import { createRequire } from "node:module";

/** The part of tslab's Display that tightrope uses. */
export interface KernelDisplay {
  /** Shows HTML. */
  html(s: string): void;
  /** Shows Markdown. */
  markdown(s: string): void;
  /** Shows an SVG document. */
  svg(s: string): void;
  /** Shows PNG bytes. */
  png(b: Uint8Array): void;
  /** Shows plain text. */
  text(s: string): void;
}

interface TslabModule {
  display: KernelDisplay;
  newDisplay(): KernelDisplay;
}

/** The part of Deno's `Deno.jupyter` namespace that tightrope uses. */
interface DenoJupyter {
  display(obj: unknown, options?: { raw?: boolean; update?: boolean; display_id?: string }): unknown;
}

let cached: TslabModule | null | undefined;
let displayCount = 0;

function forcedText(): boolean {
  return typeof process !== "undefined" && process.env?.TIGHTROPE_DISPLAY === "text";
}

/** Deno's Jupyter API when this process is `deno jupyter --kernel`, otherwise null (the getter throws outside it). */
function denoJupyter(): DenoJupyter | null {
  const deno = (globalThis as { Deno?: { jupyter?: DenoJupyter } }).Deno;
  if (deno === undefined || forcedText()) return null;
  try {
    const jupyter = deno.jupyter;
    return jupyter !== undefined && typeof jupyter.display === "function" ? jupyter : null;
  } catch {
    return null;
  }
}

/** Whether this process is a tslab kernel (`tslab kernel --config-path …`) or Deno's Jupyter kernel. */
export function inKernel(): boolean {
  if (denoJupyter() !== null) return true;
  const [, bin = "", cmd] = process.argv;
  return cmd === "kernel" && /tslab(\.js)?$/.test(bin) && !forcedText();
}

function tslab(): TslabModule | null {
  if (cached !== undefined) return cached;
  cached = null;
  if (inKernel()) {
    try {
      cached = createRequire(process.argv[1])("tslab") as TslabModule;
    } catch {
      cached = null;
    }
  }
  return cached;
}

/** Bytes as base64 (btoa exists in Node ≥ 16 and Deno; Buffer is not a Deno global). */
function base64(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode.apply(null, Array.from(b.subarray(i, i + 0x8000)));
  return btoa(s);
}

/**
 * A KernelDisplay on Deno's kernel: each call sends one MIME bundle (`Deno.jupyter.display` with
 * `raw: true`). With `id`, the first call creates the output and later calls update it in place.
 */
export function denoDisplay(jupyter: DenoJupyter, id?: string): KernelDisplay {
  let shown = false;
  const send = (bundle: Record<string, string>) => {
    const options = id === undefined ? { raw: true } : { raw: true, display_id: id, update: shown };
    shown = true;
    const sent = jupyter.display(bundle, options);
    if (sent instanceof Promise) sent.catch((e: unknown) => process.stderr.write(`tightrope: display failed: ${String(e)}\n`));
  };
  return {
    html: (s) => send({ "text/html": s }),
    markdown: (s) => send({ "text/markdown": s }),
    svg: (s) => send({ "image/svg+xml": s }),
    png: (b) => send({ "image/png": base64(b) }),
    text: (s) => send({ "text/plain": s }),
  };
}

/** The kernel's display API (tslab's, or one on Deno.jupyter) inside a kernel, otherwise null. */
export function display(): KernelDisplay | null {
  const deno = denoJupyter();
  if (deno !== null) return denoDisplay(deno);
  return tslab()?.display ?? null;
}

/** A display that later calls update in place (tslab.newDisplay, or a Deno display_id), or null outside a kernel. */
export function newDisplay(): KernelDisplay | null {
  const deno = denoJupyter();
  if (deno !== null) return denoDisplay(deno, `tightrope-${process.pid}-${++displayCount}`);
  return tslab()?.newDisplay() ?? null;
}
