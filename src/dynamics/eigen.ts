/**
 * Eigenvalues of a small real matrix (a Jacobian): reduction to upper Hessenberg form by stabilised
 * elementary similarity transformations, then the shifted QR algorithm with Francis double shifts,
 * which finds real eigenvalues and complex-conjugate pairs without complex arithmetic (Wilkinson &
 * Reinsch 1971, *Handbook for Automatic Computation* II, procedures elmhes and hqr; Press et al.,
 * *Numerical Recipes*, §11.5–11.6). Cost O(n³); meant for n up to a few dozen.
 */

/** A (possibly complex) eigenvalue λ = re + i·im. Units: those of the matrix (1/ms for a Jacobian). */
export interface Eigenvalue {
  re: number;
  im: number;
}

/**
 * All n eigenvalues of the n × n real matrix `A` (rows), sorted by real part, largest first (the
 * leading one decides stability), conjugate pairs with the positive imaginary part first.
 * `A` is not modified. Throws a RangeError if the matrix is not square or not finite, or if the QR
 * iteration does not converge (60 iterations per eigenvalue).
 */
export function eigenvalues(A: readonly (readonly number[])[]): Eigenvalue[] {
  const n = A.length;
  if (n === 0) return [];
  A.forEach((row, i) => {
    if (row.length !== n) throw new RangeError(`invalid matrix: row ${i} has ${row.length} entries (expected ${n}: a square matrix)`);
    row.forEach((x, j) => { if (!Number.isFinite(x)) throw new RangeError(`invalid matrix: entry [${i}][${j}] is ${x} (expected a finite number)`); });
  });
  const a = A.map((row) => row.slice());
  hessenberg(a);
  const out = hqr(a);
  return out.sort((x, y) => y.re - x.re || y.im - x.im);
}

/** Reduces a (in place) to upper Hessenberg form by Gaussian elimination with pivoting (elmhes). */
function hessenberg(a: number[][]): void {
  const n = a.length;
  for (let m = 1; m < n - 1; m++) {
    let x = 0, i = m;
    for (let j = m; j < n; j++) if (Math.abs(a[j][m - 1]) > Math.abs(x)) { x = a[j][m - 1]; i = j; }
    if (i !== m) {
      for (let j = m - 1; j < n; j++) [a[i][j], a[m][j]] = [a[m][j], a[i][j]];
      for (let j = 0; j < n; j++) [a[j][i], a[j][m]] = [a[j][m], a[j][i]];
    }
    if (x !== 0) {
      for (let r = m + 1; r < n; r++) {
        let y = a[r][m - 1];
        if (y === 0) continue;
        y /= x;
        a[r][m - 1] = y;
        for (let j = m; j < n; j++) a[r][j] -= y * a[m][j];
        for (let j = 0; j < n; j++) a[j][m] += y * a[j][r];
      }
    }
  }
  for (let r = 2; r < n; r++) for (let j = 0; j < r - 1; j++) a[r][j] = 0;
}

const sign = (a: number, b: number) => (b >= 0 ? Math.abs(a) : -Math.abs(a));

/** Eigenvalues of an upper Hessenberg matrix (destroyed) by the double-shift QR algorithm (hqr). */
function hqr(a: number[][]): Eigenvalue[] {
  const n = a.length;
  const wr = new Array<number>(n).fill(0), wi = new Array<number>(n).fill(0);
  let anorm = 0;
  for (let i = 0; i < n; i++) for (let j = Math.max(i - 1, 0); j < n; j++) anorm += Math.abs(a[i][j]);
  let nn = n - 1, t = 0;
  let p = 0, q = 0, r = 0, s = 0, w = 0, x = 0, y = 0, z = 0;
  while (nn >= 0) {
    let its = 0, l: number;
    do {
      for (l = nn; l >= 1; l--) {
        s = Math.abs(a[l - 1][l - 1]) + Math.abs(a[l][l]);
        if (s === 0) s = anorm;
        if (Math.abs(a[l][l - 1]) + s === s) { a[l][l - 1] = 0; break; }
      }
      x = a[nn][nn];
      if (l === nn) {
        wr[nn] = x + t; wi[nn] = 0; nn--;
      } else {
        y = a[nn - 1][nn - 1];
        w = a[nn][nn - 1] * a[nn - 1][nn];
        if (l === nn - 1) {
          p = 0.5 * (y - x);
          q = p * p + w;
          z = Math.sqrt(Math.abs(q));
          x += t;
          if (q >= 0) {
            z = p + sign(z, p);
            wr[nn - 1] = wr[nn] = x + z;
            if (z !== 0) wr[nn] = x - w / z;
            wi[nn - 1] = wi[nn] = 0;
          } else {
            wr[nn - 1] = wr[nn] = x + p;
            wi[nn - 1] = z; wi[nn] = -z;
          }
          nn -= 2;
        } else {
          if (its === 60) throw new RangeError(`eigenvalues: the QR iteration did not converge (matrix of size ${n})`);
          if (its === 10 || its === 20) { // exceptional shift
            t += x;
            for (let i = 0; i <= nn; i++) a[i][i] -= x;
            s = Math.abs(a[nn][nn - 1]) + Math.abs(a[nn - 1][nn - 2]);
            y = x = 0.75 * s;
            w = -0.4375 * s * s;
          }
          its++;
          let m: number;
          for (m = nn - 2; m >= l; m--) {
            z = a[m][m];
            r = x - z;
            s = y - z;
            p = (r * s - w) / a[m + 1][m] + a[m][m + 1];
            q = a[m + 1][m + 1] - z - r - s;
            r = a[m + 2][m + 1];
            s = Math.abs(p) + Math.abs(q) + Math.abs(r);
            p /= s; q /= s; r /= s;
            if (m === l) break;
            const u = Math.abs(a[m][m - 1]) * (Math.abs(q) + Math.abs(r));
            const v = Math.abs(p) * (Math.abs(a[m - 1][m - 1]) + Math.abs(z) + Math.abs(a[m + 1][m + 1]));
            if (u + v === v) break;
          }
          for (let i = m + 2; i <= nn; i++) {
            a[i][i - 2] = 0;
            if (i !== m + 2) a[i][i - 3] = 0;
          }
          for (let k = m; k <= nn - 1; k++) {
            if (k !== m) {
              p = a[k][k - 1];
              q = a[k + 1][k - 1];
              r = k !== nn - 1 ? a[k + 2][k - 1] : 0;
              x = Math.abs(p) + Math.abs(q) + Math.abs(r);
              if (x !== 0) { p /= x; q /= x; r /= x; }
            }
            s = sign(Math.sqrt(p * p + q * q + r * r), p);
            if (s !== 0) {
              if (k === m) { if (l !== m) a[k][k - 1] = -a[k][k - 1]; } else a[k][k - 1] = -s * x;
              p += s;
              x = p / s; y = q / s; z = r / s;
              q /= p; r /= p;
              for (let j = k; j <= nn; j++) {
                p = a[k][j] + q * a[k + 1][j];
                if (k !== nn - 1) { p += r * a[k + 2][j]; a[k + 2][j] -= p * z; }
                a[k + 1][j] -= p * y;
                a[k][j] -= p * x;
              }
              const mmin = nn < k + 3 ? nn : k + 3;
              for (let i = l; i <= mmin; i++) {
                p = x * a[i][k] + y * a[i][k + 1];
                if (k !== nn - 1) { p += z * a[i][k + 2]; a[i][k + 2] -= p * r; }
                a[i][k + 1] -= p * q;
                a[i][k] -= p;
              }
            }
          }
        }
      }
    } while (l! < nn - 1);
  }
  return wr.map((re, i) => ({ re, im: wi[i] }));
}
