/**
 * NumPy's .npy format (version 1.0) for one-dimensional arrays: what the Brian2 export writes beside
 * its script (numpy.load reads it), and a reader for tests. Little-endian float64 ("<f8") or int32
 * ("<i4"); the header is padded so that the data starts at a multiple of 64 bytes, as numpy does.
 * Format: https://numpy.org/doc/stable/reference/generated/numpy.lib.format.html
 */

/** The bytes of a .npy file holding `data` (Float64Array → "<f8", Int32Array → "<i4"). */
export function npyBytes(data: Float64Array | Int32Array): Uint8Array {
  if (!(data instanceof Float64Array) && !(data instanceof Int32Array)) {
    throw new TypeError(`invalid npy data: ${Object.prototype.toString.call(data)} (expected a Float64Array or an Int32Array)`);
  }
  const descr = data instanceof Float64Array ? "<f8" : "<i4";
  let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${data.length},), }`;
  const total = 10 + header.length + 1;
  header += " ".repeat((64 - (total % 64)) % 64) + "\n";
  const out = new Uint8Array(10 + header.length + data.byteLength);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0], 0); // \x93NUMPY v1.0
  out[8] = header.length & 0xff;
  out[9] = header.length >> 8;
  for (let k = 0; k < header.length; k++) out[10 + k] = header.charCodeAt(k);
  // typed arrays are in the platform's order: little-endian on every platform Node runs on; write explicitly anyway
  const view = new DataView(out.buffer, 10 + header.length);
  if (data instanceof Float64Array) for (let k = 0; k < data.length; k++) view.setFloat64(8 * k, data[k], true);
  else for (let k = 0; k < data.length; k++) view.setInt32(4 * k, data[k], true);
  return out;
}

/** Reads a one-dimensional "<f8" or "<i4" .npy file (as written by {@link npyBytes} or numpy.save). */
export function readNpy(bytes: Uint8Array): Float64Array | Int32Array {
  if (bytes.length < 10 || bytes[0] !== 0x93 || String.fromCharCode(...bytes.subarray(1, 6)) !== "NUMPY") {
    throw new TypeError("invalid npy file: no \\x93NUMPY magic");
  }
  if (bytes[6] !== 1) throw new TypeError(`invalid npy file: version ${bytes[6]}.${bytes[7]} (this reader reads 1.0)`);
  const len = bytes[8] | (bytes[9] << 8);
  const header = String.fromCharCode(...bytes.subarray(10, 10 + len));
  const descr = /'descr':\s*'([^']+)'/.exec(header)?.[1];
  const shape = /'shape':\s*\((\d+),?\)/.exec(header)?.[1];
  if (shape === undefined || /'fortran_order':\s*True/.test(header)) throw new TypeError(`invalid npy file: header ${header.trim()} (expected a one-dimensional array)`);
  const n = Number(shape);
  const view = new DataView(bytes.buffer, bytes.byteOffset + 10 + len);
  if (descr === "<f8") return Float64Array.from({ length: n }, (_, k) => view.getFloat64(8 * k, true));
  if (descr === "<i4") return Int32Array.from({ length: n }, (_, k) => view.getInt32(4 * k, true));
  throw new TypeError(`invalid npy file: dtype ${descr} (this reader reads <f8 and <i4)`);
}
