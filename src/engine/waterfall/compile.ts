// compileWaterfall: all the work that depends on the terms alone (claims, tiers, kinks, V at each kink,
// waiver thresholds), cached per terms object and distribution date; each exit is then a table look-up.
// Cents at an exit in whole cents come from the cents kernel (./kernel.ts: the same segments in BigInt
// fixed point, no Decimal per class); the Decimal path answers whatever the kernel leaves undecided.
import { Decimal, ZERO } from "../decimal";
import { Money, allocate, roundToMoney, wholeCentsOf } from "../money";
import { parseIsoDate } from "../dates";
import { invalid } from "../errors";
import type { CharterTerms, IsoDate } from "../terms/model";
import { breakpointsOf } from "./breakpoints";
import { claimsOf } from "./claims";
import { evaluate, type Compiled } from "./evaluate";
import { explainPoint } from "./explain";
import { holderPayoutsOf } from "./holders";
import { CentsKernel } from "./kernel";
import { joinStages, stagesOf } from "./stages";
import { fullPreferences } from "./tiers";
import type { Breakpoint, CapTableRow, ClassCents, CentsAt, HolderPayouts, Payout, Step } from "./types";

export interface Waterfall {
  /** Class names in terms order (Common included). */
  readonly classes: readonly string[];
  /** V(0): every preference paid in full, nothing left for Common. */
  readonly totalPreferences: Decimal;
  /** Exact per-class amounts at an exit value (0 or more). */
  payouts(exitValue: Decimal): Payout;
  /** Per-class whole cents adding up to the exit value (plus exercise cash under "cash"). */
  cents(exitValue: Decimal): ClassCents;
  /** The same cents at an exit given in whole cents, as bigints, with the conversions (no Decimal made). */
  centsAt(exitCents: bigint): CentsAt;
  /** The exit values where the waterfall changes course, in order. */
  breakpoints(): Breakpoint[];
  /** The steps that produce the payouts at an exit value. */
  explain(exitValue: Decimal): Step[];
  /** Per-holder cents adding up, per class, to the class's cents. */
  holderPayouts(exitValue: Decimal, capTable: readonly CapTableRow[]): HolderPayouts;
}

class CompiledWaterfall implements Waterfall {
  readonly classes: readonly string[];
  readonly totalPreferences: Decimal;
  private readonly convertNames = new Map<readonly number[], readonly string[]>();
  private readonly waivedNames: readonly (readonly string[])[];
  private breakpointList: Breakpoint[] | null = null;
  private centsKernel: CentsKernel | null = null;
  /** Per segment, the exercise cash inside it (as `evaluate` adds it up). */
  private insideCash: Decimal[] | null = null;

  constructor(readonly w: Compiled) {
    this.classes = w.names;
    let total = ZERO;
    for (const f of fullPreferences(w.claims)) total = total.plus(f);
    this.totalPreferences = total;
    for (const seg of w.segments) {
      for (const set of [seg.convertsAtStart, seg.convertsInside]) {
        if (!this.convertNames.has(set)) this.convertNames.set(set, Object.freeze(set.map((i) => w.names[i])));
      }
    }
    this.waivedNames = w.stages.map((s) => Object.freeze(s.waived.map((i) => w.names[i])));
  }

  payouts(exitValue: Decimal): Payout {
    const pt = evaluate(this.w, exitValue);
    return {
      exitValue: pt.exit,
      classes: this.classes,
      amounts: pt.amounts,
      converts: this.convertNames.get(pt.converts)!,
      waived: this.waivedNames[pt.segment.stage],
      commonPrice: pt.p,
      exerciseCash: pt.exerciseCash,
      total: pt.exerciseCash.isZero() ? pt.exit : pt.exit.plus(pt.exerciseCash),
    };
  }

  /** The kernel, compiled on first use and kept with the waterfall. */
  get kernel(): CentsKernel {
    if (!this.centsKernel) {
      this.centsKernel = new CentsKernel(this.w);
      this.insideCash = this.w.segments.map((seg) => {
        let cash = ZERO;
        for (const i of seg.convertsInside) if (!this.w.strikeCash[i].isZero()) cash = cash.plus(this.w.strikeCash[i]);
        return cash;
      });
    }
    return this.centsKernel;
  }

  cents(exitValue: Decimal): ClassCents {
    const x = exitValue instanceof Decimal ? wholeCentsOf(exitValue) : null;
    const fast = x === null ? null : this.kernel.centsAt(x);
    if (fast === null) return this.decimalCents(exitValue).cents;
    return {
      exitValue,
      classes: this.classes,
      amounts: fast.cents.map(Money.ofCents),
      exerciseCash: this.insideCash![fast.segment],
      total: Money.ofCents(fast.totalCents),
    };
  }

  centsAt(exitCents: bigint): CentsAt {
    const fast = this.kernel.centsAt(exitCents);
    if (fast !== null) return fast;
    const { cents, pay } = this.decimalCents(Money.ofCents(exitCents).toDecimal());
    return {
      exitCents,
      cents: cents.amounts.map((a) => a.cents),
      totalCents: cents.total.cents,
      converts: pay.converts,
      waived: pay.waived,
    };
  }

  /** The Decimal path: exact payouts, then largest remainder. */
  decimalCents(exitValue: Decimal): { cents: ClassCents; pay: Payout } {
    const pay = this.payouts(exitValue);
    // Decision: an exit with fractions of a cent is first rounded to the cent (half up); the cents then
    // add up to exit + exercise cash, so rounded.
    const total = roundToMoney(pay.total, "half-up");
    return {
      pay,
      cents: { exitValue: pay.exitValue, classes: this.classes, amounts: allocate(pay.amounts, total), exerciseCash: pay.exerciseCash, total },
    };
  }

  breakpoints(): Breakpoint[] {
    if (!this.breakpointList) this.breakpointList = breakpointsOf(this.w);
    return this.breakpointList.map((b) => ({ ...b }));
  }

  explain(exitValue: Decimal): Step[] {
    return explainPoint(this.w, evaluate(this.w, exitValue));
  }

  holderPayouts(exitValue: Decimal, capTable: readonly CapTableRow[]): HolderPayouts {
    return holderPayoutsOf(this.w, this.cents(exitValue), capTable);
  }
}

/** The cents by the Decimal path alone (exact payouts, then largest remainder), for tests and the bench. */
export function decimalPathCents(w: Waterfall, exitValue: Decimal): ClassCents {
  if (!(w instanceof CompiledWaterfall)) throw new TypeError("not a compiled waterfall");
  return w.decimalCents(exitValue).cents;
}

/** The cents kernel of a compiled waterfall (compiled on first use), for tests and the bench; `options` for a fresh one. */
export function centsKernelOf(w: Waterfall, options?: { fixedPoint?: boolean }): CentsKernel {
  if (!(w instanceof CompiledWaterfall)) throw new TypeError("not a compiled waterfall");
  return options ? new CentsKernel(w.w, options) : w.kernel;
}

/** The compiled segments and claims of a waterfall, for the valuation (../valuation reads the tranches off them). */
export function compiledOf(w: Waterfall): Compiled {
  if (!(w instanceof CompiledWaterfall)) throw new TypeError("not a compiled waterfall");
  return w.w;
}

/** A fresh compilation, not cached (the from-scratch solve). */
export function solveWaterfall(terms: CharterTerms, asOf: IsoDate | null): Waterfall {
  const date = asOf === null || asOf === undefined ? null : parseIsoDate(String(asOf), { argument: "asOf" });
  const claims = claimsOf(terms, date);
  const { stages, tables } = stagesOf(claims);
  const strikeCash = claims.map((c) => (c.cash ? c.shares.times(c.strike) : ZERO));
  return new CompiledWaterfall({ claims, names: Object.freeze(claims.map((c) => c.name)), stages, segments: joinStages(stages, tables), strikeCash });
}

const cache = new WeakMap<CharterTerms, Map<string, Waterfall>>();

/** The compiled solver for `terms` at the distribution date `asOf` (null: no accrual needed), cached per terms object. */
export function compileWaterfall(terms: CharterTerms, asOf: IsoDate | null): Waterfall {
  if (terms === null || typeof terms !== "object") throw invalid({ argument: "terms" }, "no terms given");
  let byDate = cache.get(terms);
  if (!byDate) {
    byDate = new Map();
    cache.set(terms, byDate);
  }
  const key = asOf ?? "";
  let w = byDate.get(key);
  if (!w) {
    w = solveWaterfall(terms, asOf);
    byDate.set(key, w);
  }
  return w;
}
