// The standard normal distribution function N(x), in doubles, by W. J. Cody's rational Chebyshev
// approximations: the function ANORM of W. J. Cody, "Algorithm 715: SPECFUN - A portable FORTRAN package
// of special function routines and test drivers", ACM Transactions on Mathematical Software 19(1), 1993,
// pp. 22-32, derived from W. J. Cody, "Rational Chebyshev approximations for the error function", Math.
// Comp. 23, 1969, pp. 631-637. The coefficients below are the published ones (near-minimax, "at least 18
// significant decimal digits" in exact arithmetic); in IEEE doubles N(x) is good to a few units in the last
// place: an absolute error under 1e-15 everywhere and a relative error under 1e-14 in the lower tail (the tests
// compare with a 40-digit series and published values). Written here (a dozen lines) rather than taken
// from a library: the npm packages that offer N(x) are either low-precision (Zelen & Severo, 7.5e-8) or
// pull in a large numerics suite for one function.

/* eslint-disable no-loss-of-precision -- Cody's coefficients as published, digit for digit; each runs as the double nearest it. */
// |x| <= 0.66291: N(x) = 1/2 + x P(x^2) / Q(x^2).
const A = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113];
const B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
// 0.66291 < |x| <= sqrt(32): the tail is exp(-x^2/2) P(|x|) / Q(|x|).
const C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711, 6848.1904505362823326,
  11602.651437647350124, 9842.7148383839780218, 1.0765576773720192317e-8,
];
const D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091, 34900.952721145977266, 38912.003286093271411,
  19685.429676859990727,
];
// |x| > sqrt(32): the tail is exp(-x^2/2) (1/sqrt(2 pi) - P(1/x^2) / Q(1/x^2)) / |x|.
const P = [0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5, 0.02307344176494017303];
const Q = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5];
const ONE_OVER_SQRT_2PI = 0.39894228040143267794;
const SQRT32 = 5.656854248;
const THRESHOLD = 0.66291;

/** exp(-y^2/2) without losing the digits of y^2: y = ys + (y - ys) with ys = y truncated to 1/16 (as ANORM). */
function gauss(y: number): number {
  const ys = Math.trunc(y * 16) / 16;
  const del = (y - ys) * (y + ys);
  return Math.exp(-ys * ys * 0.5) * Math.exp(-del * 0.5);
}

/** The upper tail 1 - N(y) for y > THRESHOLD. */
function upperTail(y: number): number {
  if (y <= SQRT32) {
    let num = C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]) * y;
      den = (den + D[i]) * y;
    }
    return (gauss(y) * (num + C[7])) / (den + D[7]);
  }
  if (y > 40) return 0; // exp(-800) underflows
  const z = 1 / (y * y);
  let num = P[5] * z;
  let den = z;
  for (let i = 0; i < 4; i++) {
    num = (num + P[i]) * z;
    den = (den + Q[i]) * z;
  }
  const r = (z * (num + P[4])) / (den + Q[4]);
  return (gauss(y) * (ONE_OVER_SQRT_2PI - r)) / y;
}

/** N(x), the standard normal distribution function. NaN in, NaN out. */
export function normCdf(x: number): number {
  if (Number.isNaN(x)) return NaN;
  const y = Math.abs(x);
  if (y <= THRESHOLD) {
    const z = x * x;
    let num = A[4] * z;
    let den = z;
    for (let i = 0; i < 3; i++) {
      num = (num + A[i]) * z;
      den = (den + B[i]) * z;
    }
    return 0.5 + (x * (num + A[3])) / (den + B[3]);
  }
  const tail = upperTail(y);
  return x > 0 ? 1 - tail : tail;
}
