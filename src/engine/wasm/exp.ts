/**
 * e^x in WebAssembly, bit for bit as JavaScript's Math.exp computes it in V8: a transcription of
 * fdlibm's __ieee754_exp (Sun Microsystems 1993; V8's src/base/ieee754.cc), whose result is a
 * fixed sequence of IEEE operations. Reduction x = k ln2 + r (ln2 split in two parts, so k·ln2_hi is
 * exact), a degree-5 minimax polynomial of r for the Remez-style rational form, scaling by 2^k
 * through the exponent bits (and V8's one special case: exp(1) = Math.E). Tests compare it with Math.exp on millions of arguments.
 *
 * Emitted inline (no call: a call in a SIMD loop spills its vector registers) as statements that
 * read the f64 local `x` and set the f64 local `out`; it uses locals prefixed `exp.`.
 */
import type { FunctionBody } from "./encode.js";

const LN2_HI = 6.93147180369123816490e-01, LN2_LO = 1.90821492927058770002e-10, INV_LN2 = 1.44269504088896338700e+00;
const P1 = 1.66666666666666019037e-01, P2 = -2.77777777770155933842e-03, P3 = 6.61375632143793436117e-05;
const P4 = -1.65339022054652515390e-06, P5 = 4.13813679705723846039e-08;
const O_THRESHOLD = 7.09782712893383973096e+02, U_THRESHOLD = -7.45133219101941108420e+02;
const TWOM1000 = 9.33263618503218878990e-302;

/** Emits out = exp(x) (see the file comment). */
export function emitExp(b: FunctionBody, x: string, out: string): void {
  b.local("exp.hx", "i32"); b.local("exp.xsb", "i32"); b.local("exp.k", "i32");
  b.local("exp.hi", "f64"); b.local("exp.lo", "f64"); b.local("exp.r", "f64"); b.local("exp.t", "f64"); b.local("exp.c", "f64"); b.local("exp.y", "f64");
  // hx = high word of x; xsb = its sign; hx &= 0x7fffffff
  b.get(x).op("i64.reinterpret_f64").op("i64.const", 32).op("i64.shr_u").op("i32.wrap_i64").set("exp.hx");
  b.get("exp.hx").op("i32.const", 31).op("i32.shr_u").set("exp.xsb");
  b.get("exp.hx").op("i32.const", 0x7fffffff).op("i32.and").set("exp.hx");
  b.op("block"); // $done
  // |x| ≥ 709.78…: NaN, ±∞, overflow, underflow
  b.get("exp.hx").op("i32.const", 0x40862e42).op("i32.ge_u").op("if");
  {
    b.get("exp.hx").op("i32.const", 0x7ff00000).op("i32.ge_u").op("if");
    // NaN → x + x; +∞ → x; −∞ → 0
    b.get(x).get(x).op("f64.ne").op("if").get(x).get(x).op("f64.add").set(out).op("else")
      .get(x).op("f64.const", 0).get("exp.xsb").op("i32.eqz").op("select").set(out).op("end");
    b.op("br", 2).op("end");
    b.get(x).op("f64.const", O_THRESHOLD).op("f64.gt").op("if").op("f64.const", Infinity).set(out).op("br", 2).op("end");
    b.get(x).op("f64.const", U_THRESHOLD).op("f64.lt").op("if").op("f64.const", 0).set(out).op("br", 2).op("end");
  }
  b.op("end");
  // argument reduction
  b.get("exp.hx").op("i32.const", 0x3fd62e42).op("i32.gt_u").op("if");
  {
    b.get("exp.hx").op("i32.const", 0x3ff0a2b2).op("i32.lt_u").op("if");
    // V8 returns its constant E for x = 1 (the reduction below gets its last bit wrong)
    b.get(x).op("f64.const", 1).op("f64.eq").op("if").op("f64.const", Math.E).set(out).op("br", 3).op("end");
    // hi = x − ln2HI[xsb]; lo = ln2LO[xsb]; k = 1 − 2 xsb
    b.get(x).op("f64.const", LN2_HI).op("f64.const", -LN2_HI).get("exp.xsb").op("i32.eqz").op("select").op("f64.sub").set("exp.hi");
    b.op("f64.const", LN2_LO).op("f64.const", -LN2_LO).get("exp.xsb").op("i32.eqz").op("select").set("exp.lo");
    b.op("i32.const", 1).get("exp.xsb").op("i32.const", 1).op("i32.shl").op("i32.sub").set("exp.k");
    b.op("else");
    // k = (int)(invln2·x + halF[xsb]); hi = x − k·ln2HI; lo = k·ln2LO
    b.op("f64.const", INV_LN2).get(x).op("f64.mul").op("f64.const", 0.5).op("f64.const", -0.5).get("exp.xsb").op("i32.eqz").op("select")
      .op("f64.add").op("i32.trunc_f64_s").set("exp.k");
    b.get(x).get("exp.k").op("f64.convert_i32_s").op("f64.const", LN2_HI).op("f64.mul").op("f64.sub").set("exp.hi");
    b.get("exp.k").op("f64.convert_i32_s").op("f64.const", LN2_LO).op("f64.mul").set("exp.lo");
    b.op("end");
    b.get("exp.hi").get("exp.lo").op("f64.sub").set("exp.r");
  }
  b.op("else");
  {
    // |x| < 2^−28: 1 + x
    b.get("exp.hx").op("i32.const", 0x3e300000).op("i32.lt_u").op("if").op("f64.const", 1).get(x).op("f64.add").set(out).op("br", 2).op("end");
    b.op("i32.const", 0).set("exp.k").get(x).set("exp.r");
  }
  b.op("end");
  // t = r²; c = r − t (P1 + t (P2 + t (P3 + t (P4 + t P5))))
  b.get("exp.r").get("exp.r").op("f64.mul").set("exp.t");
  b.get("exp.r").get("exp.t")
    .op("f64.const", P1).get("exp.t").op("f64.const", P2).get("exp.t").op("f64.const", P3).get("exp.t").op("f64.const", P4)
    .get("exp.t").op("f64.const", P5).op("f64.mul").op("f64.add").op("f64.mul").op("f64.add").op("f64.mul").op("f64.add").op("f64.mul").op("f64.add")
    .op("f64.mul").op("f64.sub").set("exp.c");
  // k = 0: 1 − ((r c)/(c − 2) − r)
  b.get("exp.k").op("i32.eqz").op("if");
  b.op("f64.const", 1).get("exp.r").get("exp.c").op("f64.mul").get("exp.c").op("f64.const", 2).op("f64.sub").op("f64.div").get("exp.r").op("f64.sub").op("f64.sub").set(out);
  b.op("br", 1).op("end");
  // y = 1 − ((lo − (r c)/(2 − c)) − hi), then y · 2^k through its exponent
  b.op("f64.const", 1).get("exp.lo").get("exp.r").get("exp.c").op("f64.mul").op("f64.const", 2).get("exp.c").op("f64.sub").op("f64.div").op("f64.sub")
    .get("exp.hi").op("f64.sub").op("f64.sub").set("exp.y");
  b.get("exp.k").op("i32.const", -1021).op("i32.ge_s").op("if");
  b.get("exp.y").op("i64.reinterpret_f64").get("exp.k").op("i64.extend_i32_s").op("i64.const", 52).op("i64.shl").op("i64.add").op("f64.reinterpret_i64").set(out);
  b.op("else");
  b.get("exp.y").op("i64.reinterpret_f64").get("exp.k").op("i32.const", 1000).op("i32.add").op("i64.extend_i32_s").op("i64.const", 52).op("i64.shl").op("i64.add")
    .op("f64.reinterpret_i64").op("f64.const", TWOM1000).op("f64.mul").set(out);
  b.op("end");
  b.op("end"); // $done
}
