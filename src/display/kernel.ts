/**
 * Finding the tslab kernel. Inside a tslab kernel, `display()` returns tslab's display API; in
 * vitest or plain node it returns null and the helpers fall back to text and files.
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

let cached: TslabModule | null | undefined;

/** Whether this process is a tslab kernel (`tslab kernel --config-path …`). */
export function inKernel(): boolean {
  const [, bin = "", cmd] = process.argv;
  return cmd === "kernel" && /tslab(\.js)?$/.test(bin) && process.env.TIGHTROPE_DISPLAY !== "text";
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

/** tslab's display API inside a kernel, otherwise null. */
export function display(): KernelDisplay | null {
  return tslab()?.display ?? null;
}

/** A display that later calls update in place (tslab.newDisplay), or null outside a kernel. */
export function newDisplay(): KernelDisplay | null {
  return tslab()?.newDisplay() ?? null;
}
