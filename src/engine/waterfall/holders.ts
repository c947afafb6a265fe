// Per-holder cents: inside each class, the class's cents apportioned by shares held (every share of a
// class is paid alike: JT Storage Art. IV(B)2(a) "a fraction, the numerator of which shall be the number
// of shares ... held by such holder"), largest remainder, ties by cap-table order; shares no holder holds
// are "unallocated" and take their part, so holders and unallocated add up to the class's cents.
import { Decimal, ZERO } from "../decimal";
import { invalid, notFound } from "../errors";
import type { Compiled } from "./evaluate";
import { formatCount } from "../format";
import { Money, allocate } from "../money";
import type { CapTableRow, ClassCents, HolderPayout, HolderPayouts, Unallocated } from "./types";

export function holderPayoutsOf(w: Compiled, cents: ClassCents, capTable: readonly CapTableRow[]): HolderPayouts {
  if (!Array.isArray(capTable)) throw invalid({ argument: "capTable" }, "give the cap table as rows of holder, class and shares");
  const byName = new Map(w.claims.map((c) => [c.name.toLowerCase(), c.index]));
  const rowsOf: number[][] = w.claims.map(() => []);
  capTable.forEach((row, k) => {
    const i = byName.get(String(row.className).trim().toLowerCase());
    if (i === undefined) {
      throw notFound({ argument: "capTable", className: String(row.className), value: row.holder }, "no such class in the terms");
    }
    if (!(row.shares instanceof Decimal) || !row.shares.isFinite() || row.shares.isNeg()) {
      throw invalid(
        { argument: "capTable", className: w.names[i], column: "Shares", value: String(row.shares) },
        `holder ${row.holder}: shares must be a number, 0 or more`,
      );
    }
    rowsOf[i].push(k);
  });
  const holders: HolderPayout[] = capTable.map((row) => ({
    holder: row.holder,
    className: w.names[byName.get(String(row.className).trim().toLowerCase())!],
    shares: row.shares,
    amount: Money.ofCents(0n),
  }));
  const unallocated: Unallocated[] = [];
  w.claims.forEach((c, i) => {
    let held = ZERO;
    for (const k of rowsOf[i]) held = held.plus(capTable[k].shares);
    if (held.gt(c.shares)) {
      throw invalid(
        { argument: "capTable", className: c.name, value: held.toString() },
        `the holders hold ${formatCount(held)} shares in all, more than the ${formatCount(c.shares)} the class has`,
      );
    }
    const rest = c.shares.minus(held);
    const classCents = cents.amounts[i];
    const dollars = classCents.toDecimal();
    const quota = (s: Decimal) => (c.shares.isZero() ? ZERO : dollars.times(s).div(c.shares));
    const quotas = [...rowsOf[i].map((k) => quota(capTable[k].shares)), quota(rest)];
    const split = allocate(quotas, classCents);
    rowsOf[i].forEach((k, m) => {
      holders[k].amount = split[m];
    });
    if (rest.gt(0)) unallocated.push({ className: c.name, shares: rest, amount: split[split.length - 1] });
  });
  return { holders, unallocated, classCents: cents };
}
