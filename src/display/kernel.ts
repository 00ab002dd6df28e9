/**
 * Finding the notebook kernel. Inside a tslab kernel, `display()` returns tslab's display API;
 * inside Deno's Jupyter kernel (`deno jupyter`) it returns the same API built on
 * `Deno.jupyter.display(bundle, { raw: true })`, paced and held to the end of each cell (see
 * denoDisplay); in vitest, plain node or `deno run` it returns null
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

/** Displays sent to Deno's kernel and not yet acknowledged, chained so that they arrive in call order. */
let pending: Promise<void> = Promise.resolve();
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const HELD = Symbol.for("tightrope.holdsCellEnd");
const STDOUT_GRACE_MS = 5;

/**
 * Makes Deno's kernel wait for this cell's displays before it ends the cell. `Deno.jupyter.display` is
 * asynchronous, and the kernel replies "cell done" as soon as the cell's code returns, so a display still
 * in flight could arrive after the reply and be dropped (nbconvert stops listening at the reply) or land
 * in the next cell. After every cell the kernel calls and awaits `broadcastResult` (the hook that shows
 * the cell's value: Deno's cli/tools/jupyter/server.rs, publish_result); wrapping it to await `pending`
 * first keeps every display inside its cell. The hook is Deno-internal: if it is missing (another Deno
 * version), nothing is wrapped and `await flushDisplays()` at the end of a cell does the same by hand.
 */
function holdCellEnd(): void {
  try {
    const deno = (globalThis as { Deno?: Record<symbol, unknown> & { internal?: symbol } }).Deno;
    const internals = deno?.internal === undefined ? undefined : (deno[deno.internal] as { jupyter?: Record<string, unknown> } | undefined);
    const jupyter = internals?.jupyter;
    const original = jupyter?.broadcastResult as ((...args: unknown[]) => unknown) & { [HELD]?: true } | undefined;
    if (jupyter === undefined || typeof original !== "function" || original[HELD]) return;
    const held = async function (this: unknown, ...args: unknown[]) {
      await pending;
      // console output travels another way (a channel the kernel forwards on its own thread, 5 ms grace after
      // the reply): a few ms more here give it time to leave before the cell ends
      await sleep(STDOUT_GRACE_MS);
      return original.apply(this, args);
    };
    Object.defineProperty(held, HELD, { value: true });
    jupyter.broadcastResult = held;
  } catch {
    // the internal hook is not there: flushDisplays() remains
  }
}

/**
 * Resolves once every display sent so far has reached the kernel. Under tslab (synchronous displays) and
 * outside a kernel it resolves at once; under Deno's kernel tightrope already waits for it at each cell's
 * end, so a notebook needs it only on a Deno version without the internal hook tightrope uses.
 */
export function flushDisplays(): Promise<void> {
  return pending;
}

/**
 * Wall-clock pause after sending `bytes` to Deno's kernel, in ms: 2 ms plus 1 ms per 25 kB. Deno's kernel
 * (2.x, zeromq in Rust) loses or misfiles iopub messages sent back to back: of 30 displays sent in one
 * cell with no pause, 3–27 arrived in it (2, 20 and 200 kB, 3 runs each); with 1 ms between them 30 of 30
 * did at 2 and 20 kB, while 200 kB ones needed 5 ms (measured on this project's machine, deno 2.9.6).
 * The pause is the price of not losing a figure.
 */
export function denoPace(bytes: number): number {
  return 2 + bytes / 25_000;
}

/**
 * A KernelDisplay on Deno's kernel: each call sends one MIME bundle (`Deno.jupyter.display` with
 * `raw: true`) after the previous one has been sent and a pause (`denoPace`), so outputs keep their
 * order and none is lost. With `id`, the first call creates the output and later calls update it in
 * place; an update still waiting to be sent is replaced by a newer one (a progress bar sends only its
 * latest state).
 */
export function denoDisplay(jupyter: DenoJupyter, id?: string): KernelDisplay {
  holdCellEnd();
  let created = false;
  let waiting: { bundle: Record<string, string> } | null = null;
  const send = (bundle: Record<string, string>) => {
    if (id !== undefined && waiting !== null) {
      waiting.bundle = bundle;
      return;
    }
    const item = { bundle };
    const update = id !== undefined && created;
    created = true;
    if (id !== undefined) waiting = item;
    pending = pending
      .then(async () => {
        if (waiting === item) waiting = null;
        const options = id === undefined ? { raw: true } : { raw: true, display_id: id, update };
        await jupyter.display(item.bundle, options);
        let bytes = 0;
        for (const k in item.bundle) bytes += item.bundle[k].length;
        await sleep(denoPace(bytes));
      })
      .then(
        () => undefined,
        (e: unknown) => { process.stderr.write(`tightrope: display failed: ${String(e)}\n`); },
      );
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
