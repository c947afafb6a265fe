// The cents kernel: per-class whole cents at an exit in whole cents, from the compiled segments (the one
// source of truth), with BigInt arithmetic only and no Decimal created. It decides the same cents as
// allocate (../money/allocate.ts) on the Decimal path, or says it cannot (null) and the caller takes
// the Decimal path.
//
// On a segment, class i's amount in cents is linear in the exit X (in cents):
//   a_i(X) = 100 x (base_i + cash_i + rate_i x (X/100 - start) / scale) = gamma_i + beta_i x X,
// gamma_i and beta_i exact rationals of the segment's Decimals. Each is kept as a fixed-point integer
// over 2^K, rounded down, so A_i = floor(gamma_i 2^K) + floor(beta_i 2^K) X and the exact a_i 2^K lies in
// [A_i, A_i + X + 1): the floor and the fraction of a cent of every class are known to within (X + 1) / 2^K
// cent, far inside what the Decimal path resolves (allocate compares amounts rounded to
// NOISE_PLACES = 30 decimal places of a dollar, 1e-28 of a cent). Where that is not enough to decide (a
// fraction too close to 0 or 1 cent without being on it, two remainders too close at the cut), the kernel
// gives up for that exit.
import type { Decimal } from "../decimal";
import type { Compiled } from "./evaluate";
import { NOISE_PLACES } from "../money";
import type { CentsAt } from "./types";

/**
 * Exits (plus exercise cash) above this many cents (1e15 dollars, MAX_EXIT in ./evaluate.ts, the largest
 * exit the engine takes) go to the Decimal path.
 */
export const MAX_EXIT_CENTS = 10n ** 17n;

/** Fixed-point bits: (X + 1) / 2^160 < 7e-32 cent for X up to MAX_EXIT_CENTS, against a resolution of 1e-28 cent. */
const K = 160n;
const UNIT = 1n << K;
const MASK = UNIT - 1n;

/** The Decimal path's resolution in cents, x 2^K: amounts are compared after rounding to 30 places of a dollar. */
const RESOLUTION = UNIT / 10n ** BigInt(NOISE_PLACES - 2); // 1e-28 cent x 2^K, rounded down
// Within 0.4 of the resolution of a whole cent, the rounded amount is that cent; from 0.6 it is not; in
// between the kernel does not decide. Remainders 1.2 resolutions apart stay in order once rounded. The
// 0.1-resolution margins absorb the Decimal path's own error (60 significant digits: < 1e-40 cent here).
const SNAP = (RESOLUTION * 4n) / 10n;
const NEAR = (RESOLUTION * 6n) / 10n + 1n;
const APART = (RESOLUTION * 12n) / 10n + 1n;
/** The fixed point's error bound for any exit the kernel takes (X + 1 <= this), so the tests below are constants. */
const WIDTH = MAX_EXIT_CENTS + 1n;
const ON_CENT_BELOW = SNAP - WIDTH; // fr <= this: the whole interval within SNAP above the cent fl
const ON_CENT_ABOVE = UNIT - SNAP; // fr >= this: within SNAP below the cent fl + 1
const INSIDE_TOP = UNIT - NEAR - WIDTH; // NEAR <= fr <= this: a remainder clear of both cents
const CUT = APART + WIDTH; // two remainders this far apart keep their order once rounded

/** One segment, ready for exits strictly inside it (above its start). */
interface KernelSegment {
  /** The smallest whole cent >= start. */
  startCeil: bigint;
  /** The start is a whole cent: an exit equal to it goes to the Decimal path (conversions at the point itself). */
  startIsCent: boolean;
  /** No exit may go past the start (the Decimal path has the message), or no scale to divide by: the Decimal path's. */
  flat: boolean;
  /** Classes with a non-zero rate. */
  moving: readonly number[];
  /** floor(gamma_i 2^K), floor(beta_i 2^K) of each moving class, in the order of `moving`. */
  gamma: readonly bigint[];
  beta: readonly bigint[];
  /** Per class: the floor in cents and the sort key (below) of the classes that do not move, 0 for the others. */
  floors: readonly bigint[];
  keys: readonly bigint[];
  /** The sum of `floors`. */
  fixedSum: bigint;
  /** A class that does not move has a fraction the fixed point cannot place: every exit is solved exactly. */
  exactOnly: boolean;
  /** Exact form, a_i = (N_i + Rx_i X) / D cents, for exits the fixed point does not decide. */
  N: readonly bigint[];
  Rx: readonly bigint[];
  D: bigint;
  /** Exercise cash under "cash" of the classes converting inside, in cents rounded half up: total = X + this. */
  cashCents: bigint;
  /** Names of the classes converting inside the segment and of those waived in its stage. */
  converts: readonly string[];
  waived: readonly string[];
}

export interface KernelResult extends CentsAt {
  /** The segment of the exit (an index into the compiled segments). */
  segment: number;
}

/** x exactly as an integer times 10^places (places at least x's decimal places). */
export function scaled(x: Decimal, places: number): bigint {
  const s = x.toFixed(places);
  return BigInt(places === 0 ? s : s.replace(".", ""));
}

/** floor(a / b) for b > 0 (BigInt division truncates toward zero). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a < 0n && q * b !== a ? q - 1n : q;
}

/**
 * Where a fraction of a cent in [fr, fr + width) (x 2^-K) rounds to, as the Decimal path rounds: -1 on the
 * cent below (the sort key is 0), -2 on the cent above (key 0), else the key fr (> 0, the remainder), or
 * null when the fixed point cannot tell.
 */
function place(fr: bigint, width: bigint): bigint | null {
  if (fr + width <= SNAP) return -1n;
  if (fr >= UNIT - SNAP) return -2n;
  if (fr >= NEAR && fr + width <= UNIT - NEAR) return fr;
  return null;
}

function compileSegment(w: Compiled, j: number): KernelSegment {
  const seg = w.segments[j];
  const n = w.names.length;
  const cash = w.strikeCash.map((c, i) => (seg.convertsInside.includes(i) ? c : null));
  const decimals = [seg.start, seg.scale, ...seg.base, ...seg.rates, ...cash.filter((c): c is Decimal => c !== null)];
  // E: decimal places enough to write every coefficient of the segment as an integer (2 at least, for cents).
  const E = Math.max(2, ...decimals.map((x) => x.decimalPlaces()));
  const u = 10n ** BigInt(E - 2);
  const St = scaled(seg.start, E);
  // A flat segment is only ever met at its start (the Decimal path): any positive scale serves here.
  const flat = seg.flat || seg.scale.lte(0);
  const Sc = flat ? 1n : scaled(seg.scale, E);
  const D = Sc * u;
  const moving = flat ? [] : seg.moving;
  const gamma: bigint[] = [];
  const beta: bigint[] = [];
  const floors: bigint[] = new Array(n).fill(0n);
  const keys: bigint[] = new Array(n).fill(0n);
  const N: bigint[] = [];
  const Rx: bigint[] = [];
  let fixedSum = 0n;
  let exactOnly = false;
  let cashTotal = 0n;
  for (let i = 0; i < n; i++) {
    const C = cash[i] ? scaled(cash[i]!, E) : 0n;
    cashTotal += C;
    const B = scaled(seg.base[i], E) + C;
    const R = moving.includes(i) ? scaled(seg.rates[i], E) : 0n;
    // a_i = (B Sc + R (X 10^(E-2) - St)) / (Sc 10^(E-2)) cents: beta = R / Sc, gamma = (B Sc - R St) / D.
    N.push(B * Sc - R * St);
    Rx.push(R * u);
    if (R !== 0n) {
      beta.push(floorDiv(R << K, Sc));
      gamma.push(floorDiv((B * Sc - R * St) << K, D));
    } else {
      const A = floorDiv(B << K, u); // exact within 1 (x 2^-K)
      const at = place(A & MASK, 1n);
      if (at === null) exactOnly = true;
      floors[i] = (A >> K) + (at === -2n ? 1n : 0n);
      keys[i] = at === null || at < 0n ? 0n : at;
      fixedSum += floors[i];
    }
  }
  // Half up, as roundToMoney(_, "half-up") does: floor(cash + 1/2 cent).
  const cashCents = floorDiv(cashTotal * 2n + u, u * 2n);
  return {
    startCeil: -floorDiv(-St, u),
    startIsCent: St % u === 0n,
    flat,
    moving,
    gamma,
    beta,
    floors,
    keys,
    fixedSum,
    exactOnly,
    N,
    Rx,
    D,
    cashCents,
    converts: Object.freeze(seg.convertsInside.map((i) => w.names[i])),
    waived: Object.freeze(w.stages[seg.stage].waived.map((i) => w.names[i])),
  };
}

/** 10^28: the Decimal path's resolution (30 places of a dollar) in cents. */
const RESOLVE = 10n ** BigInt(NOISE_PLACES - 2);
/**
 * An amount closer than 1e-12 of the 30th place to half a unit of it is left to the Decimal path: that
 * path's own error (60 significant digits, a few roundings, totals up to MAX_EXIT_CENTS) is below 1e-13 of it.
 */
const HALF_GUARD = 10n ** 12n;

export class CentsKernel {
  private readonly segments: KernelSegment[];
  private readonly n: number;
  private readonly nBig: bigint;
  /** Scratch: remainders and the order of the classes by remainder. */
  private readonly keys: bigint[];
  private readonly order: number[];
  /** Exits this kernel solved exactly (the fixed point undecided) and exits it handed back (for the bench). */
  exact = 0;
  undecided = 0;

  /** `fixedPoint: false` solves every exit exactly (slower; for tests of that route). */
  constructor(
    w: Compiled,
    private readonly options: { fixedPoint?: boolean } = {},
  ) {
    this.n = w.names.length;
    this.nBig = BigInt(this.n);
    this.segments = w.segments.map((_, j) => compileSegment(w, j));
    this.keys = new Array(this.n).fill(0n);
    this.order = new Array(this.n).fill(0);
  }

  /**
   * The cents at an exit of X cents (a bigint, 0 or more), or null where the Decimal path must answer:
   * an exit on a segment start, past a flat segment, or above MAX_EXIT_CENTS.
   */
  centsAt(X: bigint): KernelResult | null {
    const segs = this.segments;
    if (X < 0n) return null;
    // The last segment whose start is <= X (as `locate` finds it for an exit above a start).
    let lo = 0;
    let hi = segs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segs[mid].startCeil <= X) lo = mid;
      else hi = mid - 1;
    }
    const g = segs[lo];
    if (g.flat || (g.startIsCent && g.startCeil === X)) return null;
    const totalCents = g.cashCents === 0n ? X : X + g.cashCents;
    if (totalCents > MAX_EXIT_CENTS) return null;
    let cents = g.exactOnly || this.options.fixedPoint === false ? null : this.fixedPoint(g, X, totalCents);
    if (cents === null) {
      this.exact++;
      cents = this.exactCents(g, X, totalCents);
      if (cents === null) {
        this.undecided++;
        return null;
      }
    }
    return { exitCents: X, cents, totalCents, converts: g.converts, waived: g.waived, segment: lo };
  }

  /** The cents from the fixed-point amounts, or null when they do not decide. */
  private fixedPoint(g: KernelSegment, X: bigint, totalCents: bigint): bigint[] | null {
    const n = this.n;
    const floors = g.floors.slice();
    const keys = this.keys;
    for (let i = 0; i < n; i++) keys[i] = g.keys[i];
    // The exact fraction of a class lies in [fr, fr + WIDTH) (x 2^-K cent); see `place`.
    let sum = g.fixedSum;
    const moving = g.moving;
    for (let k = 0; k < moving.length; k++) {
      const A = g.gamma[k] + g.beta[k] * X;
      let fl = A >> K;
      const fr = A & MASK;
      const i = moving[k];
      if (fr <= ON_CENT_BELOW) keys[i] = 0n;
      else if (fr >= ON_CENT_ABOVE) {
        fl += 1n;
        keys[i] = 0n;
      } else if (fr >= NEAR && fr <= INSIDE_TOP) keys[i] = fr;
      else return null;
      floors[i] = fl;
      sum += fl;
    }
    const missing = totalCents - sum;
    if (missing === 0n) return floors;
    if (missing < 0n || missing > this.nBig) return null;
    const m = Number(missing);
    if (m === n) {
      for (let i = 0; i < n; i++) floors[i] += 1n;
      return floors;
    }
    // The m largest remainders, ties to the earlier class (insertion sort: n is small).
    const order = this.order;
    for (let i = 0; i < n; i++) {
      let k = i;
      while (k > 0 && keys[order[k - 1]] < keys[i]) {
        order[k] = order[k - 1];
        k--;
      }
      order[k] = i;
    }
    const a = keys[order[m - 1]];
    const b = keys[order[m]];
    // Decided when the cut falls between two remainders far enough apart, or between rounded-equal ones
    // (0: on a whole cent), which the Decimal path too orders by position.
    if (b !== 0n && a - b < CUT) return null;
    for (let k = 0; k < m; k++) floors[order[k]] += 1n;
    return floors;
  }

  /**
   * The cents from the exact amounts rounded to the Decimal path's 30 places, then allocate's
   * steps; null when an amount lies so close to half a unit of the 30th place that the Decimal path's
   * own last digits could round it either way.
   */
  private exactCents(g: KernelSegment, X: bigint, totalCents: bigint): bigint[] | null {
    const n = this.n;
    const floors: bigint[] = new Array(n);
    const rems: bigint[] = new Array(n);
    let sum = 0n;
    for (let i = 0; i < n; i++) {
      const scaledN = (g.N[i] + g.Rx[i] * X) * RESOLVE;
      let q = floorDiv(scaledN, g.D);
      const twice = 2n * (scaledN - q * g.D) - g.D; // 2 x remainder - D: its sign says which way half up goes
      if ((twice < 0n ? -twice : twice) * HALF_GUARD < 2n * g.D) return null;
      if (twice >= 0n) q += 1n;
      floors[i] = floorDiv(q, RESOLVE);
      rems[i] = q - floors[i] * RESOLVE;
      sum += floors[i];
    }
    let missing = Number(totalCents - sum);
    if (missing === 0 || n === 0) return floors;
    const order = [...Array(n).keys()].sort((a, b) => (rems[b] > rems[a] ? 1 : rems[b] < rems[a] ? -1 : a - b));
    if (missing > 0) {
      for (let k = 0; missing > 0; k = (k + 1) % n, missing--) floors[order[k]] += 1n;
    } else {
      for (let k = n - 1; missing < 0; k = (k - 1 + n) % n, missing++) floors[order[k]] -= 1n;
    }
    return floors;
  }
}
