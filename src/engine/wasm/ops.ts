/**
 * The WebAssembly instructions the kernel writer uses: name → [prefix, opcode, immediate kind,
 * natural alignment (log2 bytes) for memory instructions]. Opcodes from the WebAssembly Core
 * Specification 2.0 (§5.4) and its fixed-width SIMD instructions (prefix 0xFD).
 */
export type Imm = "" | "idx" | "block" | "mem" | "memlane" | "lane" | "i32" | "i64" | "f32" | "f64" | "v128" | "shuffle";

const table: Record<string, [number, number, Imm, number?]> = {
  unreachable: [0, 0x00, ""], nop: [0, 0x01, ""], block: [0, 0x02, "block"], loop: [0, 0x03, "block"], if: [0, 0x04, "block"],
  else: [0, 0x05, ""], end: [0, 0x0b, ""], br: [0, 0x0c, "idx"], br_if: [0, 0x0d, "idx"], return: [0, 0x0f, ""],
  drop: [0, 0x1a, ""], select: [0, 0x1b, ""],
  "local.get": [0, 0x20, "idx"], "local.set": [0, 0x21, "idx"], "local.tee": [0, 0x22, "idx"],
  "i32.load": [0, 0x28, "mem", 2], "i64.load": [0, 0x29, "mem", 3], "f32.load": [0, 0x2a, "mem", 2], "f64.load": [0, 0x2b, "mem", 3],
  "i32.load16_u": [0, 0x2f, "mem", 1],
  "i32.store": [0, 0x36, "mem", 2], "i64.store": [0, 0x37, "mem", 3], "f32.store": [0, 0x38, "mem", 2], "f64.store": [0, 0x39, "mem", 3],
  "i32.const": [0, 0x41, "i32"], "i64.const": [0, 0x42, "i64"], "f32.const": [0, 0x43, "f32"], "f64.const": [0, 0x44, "f64"],
  "i32.eqz": [0, 0x45, ""], "i32.eq": [0, 0x46, ""], "i32.ne": [0, 0x47, ""], "i32.lt_s": [0, 0x48, ""], "i32.lt_u": [0, 0x49, ""],
  "i32.gt_s": [0, 0x4a, ""], "i32.gt_u": [0, 0x4b, ""], "i32.le_s": [0, 0x4c, ""], "i32.le_u": [0, 0x4d, ""], "i32.ge_s": [0, 0x4e, ""], "i32.ge_u": [0, 0x4f, ""],
  "i64.eqz": [0, 0x50, ""], "i64.eq": [0, 0x51, ""], "i64.lt_s": [0, 0x53, ""], "i64.gt_s": [0, 0x55, ""], "i64.ge_u": [0, 0x5a, ""],
  "f32.eq": [0, 0x5b, ""], "f32.lt": [0, 0x5d, ""], "f32.gt": [0, 0x5e, ""], "f32.le": [0, 0x5f, ""], "f32.ge": [0, 0x60, ""],
  "f64.eq": [0, 0x61, ""], "f64.ne": [0, 0x62, ""], "f64.lt": [0, 0x63, ""], "f64.gt": [0, 0x64, ""], "f64.le": [0, 0x65, ""], "f64.ge": [0, 0x66, ""],
  "i32.clz": [0, 0x67, ""], "i32.ctz": [0, 0x68, ""], "i32.popcnt": [0, 0x69, ""],
  "i32.add": [0, 0x6a, ""], "i32.sub": [0, 0x6b, ""], "i32.mul": [0, 0x6c, ""], "i32.and": [0, 0x71, ""], "i32.or": [0, 0x72, ""],
  "i32.xor": [0, 0x73, ""], "i32.shl": [0, 0x74, ""], "i32.shr_s": [0, 0x75, ""], "i32.shr_u": [0, 0x76, ""],
  "i64.add": [0, 0x7c, ""], "i64.mul": [0, 0x7e, ""], "i64.sub": [0, 0x7d, ""], "i64.and": [0, 0x83, ""], "i64.or": [0, 0x84, ""], "i64.shl": [0, 0x86, ""], "i64.shr_u": [0, 0x88, ""],
  "f32.abs": [0, 0x8b, ""], "f32.neg": [0, 0x8c, ""], "f32.add": [0, 0x92, ""], "f32.sub": [0, 0x93, ""], "f32.mul": [0, 0x94, ""], "f32.div": [0, 0x95, ""],
  "f32.min": [0, 0x96, ""], "f32.max": [0, 0x97, ""],
  "f64.abs": [0, 0x99, ""], "f64.neg": [0, 0x9a, ""], "f64.floor": [0, 0x9c, ""], "f64.trunc": [0, 0x9d, ""], "f64.sqrt": [0, 0x9f, ""],
  "f64.add": [0, 0xa0, ""], "f64.sub": [0, 0xa1, ""], "f64.mul": [0, 0xa2, ""], "f64.div": [0, 0xa3, ""], "f64.min": [0, 0xa4, ""], "f64.max": [0, 0xa5, ""],
  "i32.wrap_i64": [0, 0xa7, ""], "i32.trunc_f64_s": [0, 0xaa, ""], "i64.extend_i32_s": [0, 0xac, ""], "i64.extend_i32_u": [0, 0xad, ""],
  "f32.demote_f64": [0, 0xb6, ""], "f64.convert_i32_s": [0, 0xb7, ""], "f64.promote_f32": [0, 0xbb, ""],
  "i32.reinterpret_f32": [0, 0xbc, ""], "i64.reinterpret_f64": [0, 0xbd, ""], "f32.reinterpret_i32": [0, 0xbe, ""], "f64.reinterpret_i64": [0, 0xbf, ""],
  // SIMD (prefix 0xFD)
  "v128.load": [0xfd, 0, "mem", 4], "v128.load32x2_s": [0xfd, 5, "mem", 3], "v128.load32_splat": [0xfd, 9, "mem", 2], "v128.load64_splat": [0xfd, 10, "mem", 3],
  "v128.store": [0xfd, 11, "mem", 4], "v128.const": [0xfd, 12, "v128"], "i8x16.shuffle": [0xfd, 13, "shuffle"],
  "i32x4.splat": [0xfd, 17, ""], "i64x2.splat": [0xfd, 18, ""], "f32x4.splat": [0xfd, 19, ""], "f64x2.splat": [0xfd, 20, ""],
  "i32x4.extract_lane": [0xfd, 27, "lane"], "i32x4.replace_lane": [0xfd, 28, "lane"], "i64x2.extract_lane": [0xfd, 29, "lane"],
  "f32x4.extract_lane": [0xfd, 31, "lane"], "f32x4.replace_lane": [0xfd, 32, "lane"], "f64x2.extract_lane": [0xfd, 33, "lane"], "f64x2.replace_lane": [0xfd, 34, "lane"],
  "i32x4.eq": [0xfd, 55, ""], "i32x4.ne": [0xfd, 56, ""], "i32x4.lt_s": [0xfd, 57, ""], "i32x4.gt_s": [0xfd, 59, ""], "i32x4.le_s": [0xfd, 61, ""], "i32x4.ge_s": [0xfd, 63, ""],
  "f32x4.eq": [0xfd, 65, ""], "f32x4.ne": [0xfd, 66, ""], "f32x4.lt": [0xfd, 67, ""], "f32x4.gt": [0xfd, 68, ""], "f32x4.le": [0xfd, 69, ""], "f32x4.ge": [0xfd, 70, ""],
  "f64x2.eq": [0xfd, 71, ""], "f64x2.ne": [0xfd, 72, ""], "f64x2.lt": [0xfd, 73, ""], "f64x2.gt": [0xfd, 74, ""], "f64x2.le": [0xfd, 75, ""], "f64x2.ge": [0xfd, 76, ""],
  "v128.not": [0xfd, 77, ""], "v128.and": [0xfd, 78, ""], "v128.andnot": [0xfd, 79, ""], "v128.or": [0xfd, 80, ""], "v128.xor": [0xfd, 81, ""],
  "v128.bitselect": [0xfd, 82, ""], "v128.any_true": [0xfd, 83, ""],
  "v128.store32_lane": [0xfd, 90, "memlane", 2], "v128.store64_lane": [0xfd, 91, "memlane", 3], "v128.load32_zero": [0xfd, 92, "mem", 2], "v128.load64_zero": [0xfd, 93, "mem", 3],
  "f32x4.demote_f64x2_zero": [0xfd, 94, ""], "f64x2.promote_low_f32x4": [0xfd, 95, ""],
  "i32x4.all_true": [0xfd, 163, ""], "i32x4.bitmask": [0xfd, 164, ""],
  "i32x4.shl": [0xfd, 171, ""], "i32x4.shr_s": [0xfd, 172, ""], "i32x4.shr_u": [0xfd, 173, ""], "i32x4.add": [0xfd, 174, ""], "i32x4.sub": [0xfd, 177, ""], "i32x4.mul": [0xfd, 181, ""],
  "i64x2.bitmask": [0xfd, 196, ""], "i64x2.extend_low_i32x4_s": [0xfd, 199, ""], "i64x2.shl": [0xfd, 203, ""], "i64x2.add": [0xfd, 206, ""], "i64x2.sub": [0xfd, 209, ""],
  "i64x2.eq": [0xfd, 214, ""], "i64x2.ne": [0xfd, 215, ""], "i64x2.lt_s": [0xfd, 216, ""], "i64x2.gt_s": [0xfd, 217, ""], "i64x2.le_s": [0xfd, 218, ""], "i64x2.ge_s": [0xfd, 219, ""],
  "f32x4.abs": [0xfd, 224, ""], "f32x4.neg": [0xfd, 225, ""], "f32x4.sqrt": [0xfd, 227, ""], "f32x4.add": [0xfd, 228, ""], "f32x4.sub": [0xfd, 229, ""],
  "f32x4.mul": [0xfd, 230, ""], "f32x4.div": [0xfd, 231, ""], "f32x4.min": [0xfd, 232, ""], "f32x4.max": [0xfd, 233, ""],
  "f64x2.abs": [0xfd, 236, ""], "f64x2.neg": [0xfd, 237, ""], "f64x2.sqrt": [0xfd, 239, ""], "f64x2.add": [0xfd, 240, ""], "f64x2.sub": [0xfd, 241, ""],
  "f64x2.mul": [0xfd, 242, ""], "f64x2.div": [0xfd, 243, ""], "f64x2.min": [0xfd, 244, ""], "f64x2.max": [0xfd, 245, ""],
  "i32x4.trunc_sat_f32x4_s": [0xfd, 248, ""], "f32x4.convert_i32x4_s": [0xfd, 250, ""], "i32x4.trunc_sat_f64x2_s_zero": [0xfd, 252, ""], "f64x2.convert_low_i32x4_s": [0xfd, 254, ""],
};

/** The opcode table (see the file comment). */
export const OPS: Readonly<Record<string, readonly [number, number, Imm, number]>> = Object.fromEntries(
  Object.entries(table).map(([k, [p, c, i, a]]) => [k, [p, c, i, a ?? 0] as const]),
);
