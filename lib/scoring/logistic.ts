/**
 * L2-regularised logistic regression by Newton's method (IRLS) on standardised features, and the ROC
 * AUC. Pure and deterministic: a fixed number of Newton steps from zero, no randomness.
 */

export interface Standardiser {
  mean: number[];
  sd: number[];
}

export interface Logistic {
  intercept: number;
  /** One weight per standardised feature. */
  weights: number[];
}

/** Means and spreads of each column over the given rows, ignoring NaN (an unknown figure). */
export function standardiser(x: Float64Array, p: number, rows: ArrayLike<number>): Standardiser {
  const mean = new Array<number>(p).fill(0);
  const sd = new Array<number>(p).fill(0);
  const count = new Array<number>(p).fill(0);
  for (let r = 0; r < rows.length; r++) {
    const o = rows[r]! * p;
    for (let j = 0; j < p; j++) {
      const v = x[o + j]!;
      if (v === v) {
        mean[j]! += v;
        count[j]!++;
      }
    }
  }
  for (let j = 0; j < p; j++) mean[j] = count[j] ? mean[j]! / count[j]! : 0;
  for (let r = 0; r < rows.length; r++) {
    const o = rows[r]! * p;
    for (let j = 0; j < p; j++) {
      const v = x[o + j]!;
      if (v === v) sd[j]! += (v - mean[j]!) ** 2;
    }
  }
  for (let j = 0; j < p; j++) sd[j] = count[j]! > 1 ? Math.sqrt(sd[j]! / (count[j]! - 1)) : 0;
  return { mean, sd };
}

/** Row `r` standardised into `out`: an unknown figure, or a column that never varies, becomes the mean (0). */
export function standardRow(x: Float64Array, p: number, r: number, s: Standardiser, out: Float64Array): void {
  const o = r * p;
  for (let j = 0; j < p; j++) {
    const v = x[o + j]!;
    out[j] = v === v && s.sd[j]! > 1e-12 ? (v - s.mean[j]!) / s.sd[j]! : 0;
  }
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export interface FitOptions {
  /** L2 penalty on the weights (not the intercept). */
  lambda: number;
  /** Most Newton steps; logistic regression with a ridge converges in a handful. */
  iterations: number;
}

/** Newton stops once no weight moves by more than this. */
const TOLERANCE = 1e-6;

/** Fit on the given rows of `x` (n×p, row-major) with labels `y` (0/1 per row of x). */
export function fitLogistic(x: Float64Array, p: number, y: Uint8Array, rows: ArrayLike<number>, s: Standardiser, opts: FitOptions, start?: Logistic): Logistic {
  const n = rows.length;
  const q = p + 1; // intercept last
  // Standardise once: the Newton steps read every row several times.
  const z = new Float64Array(n * q);
  const row = new Float64Array(p);
  for (let i = 0; i < n; i++) {
    standardRow(x, p, rows[i]!, s, row);
    z.set(row, i * q);
    z[i * q + p] = 1;
  }
  // A start near the answer (the fit on all rows, for a cross-validation fold) saves Newton steps; the
  // problem is convex, so the answer does not depend on it.
  const beta = new Float64Array(q);
  if (start) {
    beta.set(start.weights);
    beta[p] = start.intercept;
  }
  const grad = new Float64Array(q);
  const hess = new Float64Array(q * q);
  for (let it = 0; it < opts.iterations; it++) {
    grad.fill(0);
    hess.fill(0);
    for (let i = 0; i < n; i++) {
      const o = i * q;
      let eta = 0;
      for (let j = 0; j < q; j++) eta += z[o + j]! * beta[j]!;
      const mu = sigmoid(eta);
      const w = Math.max(mu * (1 - mu), 1e-9);
      const res = y[rows[i]!]! - mu;
      for (let j = 0; j < q; j++) {
        const zj = z[o + j]!;
        if (zj === 0) continue;
        grad[j]! += res * zj;
        const wz = w * zj;
        const hj = j * q;
        // Lower triangle only; mirrored before solving.
        for (let k = 0; k <= j; k++) hess[hj + k]! += wz * z[o + k]!;
      }
    }
    for (let j = 0; j < q; j++) {
      for (let k = 0; k < j; k++) hess[k * q + j] = hess[j * q + k]!;
      const ridge = j < p ? opts.lambda : 1e-6;
      grad[j]! -= ridge * beta[j]!;
      hess[j * q + j]! += ridge;
    }
    const step = solveSpd(hess, grad, q);
    let max = 0;
    for (let j = 0; j < q; j++) {
      beta[j]! += step[j]!;
      max = Math.max(max, Math.abs(step[j]!));
    }
    if (max < TOLERANCE) break;
  }
  return { intercept: beta[p]!, weights: Array.from(beta.subarray(0, p)) };
}

/** Solve A x = b for symmetric positive definite A (q×q) by Cholesky; A is left intact. */
function solveSpd(a: Float64Array, b: Float64Array, q: number): Float64Array {
  const l = new Float64Array(q * q);
  for (let i = 0; i < q; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * q + j]!;
      for (let k = 0; k < j; k++) s -= l[i * q + k]! * l[j * q + k]!;
      l[i * q + j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j * q + j]!;
    }
  }
  const y = new Float64Array(q);
  for (let i = 0; i < q; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i * q + k]! * y[k]!;
    y[i] = s / l[i * q + i]!;
  }
  const x = new Float64Array(q);
  for (let i = q - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < q; k++) s -= l[k * q + i]! * x[k]!;
    x[i] = s / l[i * q + i]!;
  }
  return x;
}

/** Probability for one raw feature row. */
export function predictRow(model: Logistic, s: Standardiser, raw: ArrayLike<number>): number {
  let eta = model.intercept;
  for (let j = 0; j < model.weights.length; j++) {
    const v = raw[j]!;
    if (v === v && s.sd[j]! > 1e-12) eta += model.weights[j]! * ((v - s.mean[j]!) / s.sd[j]!);
  }
  return sigmoid(eta);
}

/**
 * Area under the ROC curve: the chance that a random positive ranks above a random negative, ties
 * counting half (Mann-Whitney with average ranks). NaN without both classes.
 */
export function auc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const n = scores.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => scores[a]! - scores[b]! || a - b);
  let pos = 0;
  let rankSum = 0;
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) {
      if (labels[order[k]!]) {
        pos++;
        rankSum += rank;
      }
    }
    i = j + 1;
  }
  const neg = n - pos;
  if (!pos || !neg) return NaN;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}
