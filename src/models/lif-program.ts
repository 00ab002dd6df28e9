/**
 * The LIF step (lif-step.ts) as a kernel program (engine/kernel-ir.ts), from which the engine
 * generates a WebAssembly SIMD kernel. Operation for operation it follows the JavaScript kernels of
 * lif-kernel.ts (which follow the reference step), with the refractory hold and the threshold reset
 * written as selects:
 *
 *   s1 = g_E + ring_E[slot]; ring_E[slot] = 0 (same for I)
 *   refr = refractory > 0
 *   V' = integrate(V, s1, s2);  fired = !refr & V' > V_th
 *   V ← refr ? V : fired ? V_reset : V'; refractory ← refr ? refractory − 1 : fired ? refSteps : refractory
 *   w ← (fired ? w + b : w) · dW;  g_E ← s1 dE, g_I ← s2 dI
 *
 * so in float64 its results are identical to the reference (tests compare them bit for bit).
 * Populations with slow receptors (NMDA, GABA_B) have no program: they run the JavaScript kernel.
 */
import type { PopulationState } from "../engine/model.js";
import type { KernelProgram, ProgramArray, Stmt } from "../engine/kernel-ir.js";
import { add, and, c, exprel, f as num, gt, ic, int, let_, load, mul, not, select, spike, store, sub, v } from "../engine/kernel-ir.js";
import type { StepConstants } from "./lif-step.js";
import type { LifModel } from "./lif.js";
import { kernelFlags } from "./lif-kernel.js";

type P = PopulationState;
const stateAt = (name: string, type: "f" | "i" = "f"): ProgramArray<P> =>
  ({ type, at: (pop) => (type === "i" ? pop.counters[name] : pop.state[name]).byteOffset });
const ringAt = (r: string): ProgramArray<P> => ({ type: "f", at: (pop) => pop.ring[r].byteOffset, ring: true });

/** The kernel program of a LIF population as it is now, or null when it has slow receptors. */
export function lifProgram(pop: P, dt: number): KernelProgram<P, StepConstants> | null {
  const f = kernelFlags(pop);
  if (f.slow.length > 0) return null;
  const model = pop.model as LifModel;
  const f32 = (pop as P & { precision?: string }).precision === "float32";
  const arrays: Record<string, ProgramArray<P>> = { v: stateAt("v"), refractory: stateAt("refractory", "i") };
  const consts: Record<string, (pop: P, c: StepConstants) => number> = {};
  const iconsts: Record<string, (pop: P, c: StepConstants) => number> = { refSteps: (_, k) => k.refSteps };
  const body: Stmt[] = [];
  // synaptic input of this step: the receptor's variable plus its ring slot (cleared)
  const syn = model.synapse !== "delta";
  if (syn) { arrays.gE = stateAt("gE"); arrays.gI = stateAt("gI"); }
  for (const [r, s, ring] of [["E", "s1", f.ringE], ["I", "s2", f.ringI]] as const) {
    const base = syn ? load(`g${r}`) : null;
    if (ring) {
      arrays[`ring${r}`] = ringAt(r);
      body.push(let_(s, base ? add(base, load(`ring${r}`)) : add(0, load(`ring${r}`))), store(`ring${r}`, 0));
    } else body.push(let_(s, base ?? num(0)));
  }
  // drive, threshold, reset: one number per population, or one per neuron
  const scalarOr = (name: string, constant: boolean, read: (pop: P) => number) => {
    if (constant) { consts[name] = (pop) => read(pop); return c(name); }
    arrays[name] = stateAt(name);
    return load(name);
  };
  const drive = scalarOr(f.sameDrive ? "DRIVE" : "drive", f.sameDrive, (pop) => pop.state.drive[0]);
  const vth = scalarOr(f.sameThreshold ? "VTH" : "V_th", f.sameThreshold, (pop) => pop.state.V_th[0]);
  const vreset = scalarOr(f.sameThreshold ? "VRESET" : "V_reset", f.sameThreshold, (pop) => pop.state.V_reset[0]);
  if (f.current) arrays.Iext = { type: "f", at: (pop) => pop.Iext!.byteOffset };
  if (f.adapt) { arrays.w = stateAt("w"); consts.b = (pop) => (pop.model as LifModel).params.b; consts.dW = (_, k) => k.dW; }
  // current and delta synapses: (drive + Iext − w), left to right as the kernels add it
  let I = drive;
  if (f.current) I = add(I, load("Iext"));
  if (f.adapt) I = sub(I, v("w0"));
  if (f.adapt) body.push(let_("w0", load("w")));
  body.push(let_("v0", load("v")), let_("ref", load("refractory")), let_("refr", gt(v("ref"), int(0))));
  const p = (name: string, read: (pop: P, k: StepConstants) => number) => { consts[name] = read; return c(name); };
  if (model.synapse === "conductance") {
    const params = (pop: P) => (pop.model as LifModel).params;
    const k = p("k", (pop) => -dt / params(pop).C_m);
    const fE = p("fE", (_, q) => q.fE), fI = p("fI", (_, q) => q.fI), gL = p("g_L", (pop) => params(pop).g_L);
    const EE = p("E_E", (pop) => params(pop).E_E), EI = p("E_I", (pop) => params(pop).E_I);
    if (f32) {
      // float32 (statistics, not bits, must match float64): k folded into the constants, 3 operations fewer per vector.
      // x = k g_L + (k f_E) s1 + (k f_I) s2;  kI = k·drive + (k f_E E_E) s1 + (k f_I E_I) s2 [+ k Iext − k w];
      // V' = v0 + h (x v0 − kI), which is v0 (1 + x h) − k h I rearranged
      body.push(let_("x", add(add(mul(k, gL), mul(v("s1"), mul(k, fE))), mul(v("s2"), mul(k, fI)))), let_("h", exprel(v("x"))));
      let kI = add(add(mul(k, drive), mul(v("s1"), mul(mul(k, fE), EE))), mul(v("s2"), mul(mul(k, fI), EI)));
      if (f.current) kI = add(kI, mul(k, load("Iext")));
      if (f.adapt) kI = sub(kI, mul(k, v("w0")));
      body.push(let_("vi", add(v("v0"), mul(v("h"), sub(mul(v("x"), v("v0")), kI)))));
    } else {
      body.push(
        let_("geM", mul(v("s1"), fE)), let_("giM", mul(v("s2"), fI)),
        let_("x", mul(k, add(add(gL, v("geM")), v("giM")))),
        let_("h", exprel(v("x"))),
      );
      // drive + synaptic currents, then Iext − w (the kernels' order)
      let Ic = add(add(drive, mul(v("geM"), EE)), mul(v("giM"), EI));
      if (f.current) Ic = add(Ic, load("Iext"));
      if (f.adapt) Ic = sub(Ic, v("w0"));
      body.push(let_("I", Ic), let_("vi", sub(mul(v("v0"), add(1, mul(v("x"), v("h")))), mul(mul(k, v("h")), v("I")))));
    }
  } else if (model.synapse === "current") {
    p("eM", (_, q) => q.eM); p("r", (pop, q) => (1 - q.eM) / (pop.model as LifModel).params.g_L);
    p("pE", (_, q) => q.pE); p("pI", (_, q) => q.pI);
    body.push(let_("vi", add(add(add(mul(v("v0"), c("eM")), mul(I, c("r"))), mul(v("s1"), c("pE"))), mul(v("s2"), c("pI")))));
  } else {
    p("eM", (_, q) => q.eM); p("r", (pop, q) => (1 - q.eM) / (pop.model as LifModel).params.g_L);
    // the reference's jump = (0 + E) + I, then (V + jump) e^{−dt/τ} + I r
    body.push(let_("vi", add(mul(add(v("v0"), add(v("s1"), v("s2"))), c("eM")), mul(I, c("r")))));
  }
  body.push(
    let_("fired", and(not(v("refr")), gt(v("vi"), vth))),
    store("v", select(v("refr"), v("v0"), select(v("fired"), vreset, v("vi")))),
    store("refractory", select(v("refr"), sub(v("ref"), int(1)), select(v("fired"), ic("refSteps"), v("ref")))),
    spike(v("fired")),
  );
  if (f.adapt) body.push(store("w", mul(select(v("fired"), add(v("w0"), c("b")), v("w0")), c("dW"))));
  if (syn) {
    p("dE", (_, q) => q.dE); p("dI", (_, q) => q.dI);
    body.push(store("gE", mul(v("s1"), c("dE"))), store("gI", mul(v("s2"), c("dI"))));
  }
  const key = `lif:${JSON.stringify(f)}${f32 && model.synapse === "conductance" ? ":f32" : ""}`;
  return { key, arrays, consts, iconsts, body };
}
