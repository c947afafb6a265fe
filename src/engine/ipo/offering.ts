// Offering-formula resets (MagiNet 3(f)(iv), Series D): on a Public Offering the Series D Conversion
// Price is "adjusted to the lower Conversion Price determined by either subsection (A) or (B)", and "in
// no event" below the effective Series C Conversion Price.
import { CENT, Decimal, min } from "../decimal";
import { fullYears } from "../dates";
import { ChartError, invalid, notFound } from "../errors";
import type { CharterTerms, IsoDate, ShareClass } from "../terms/model";
import { formatExactMoney, formatPercent } from "../format";
import { clauseOf } from "../terms/clauses";
import { findClass } from "../terms/parse";
import type { IpoResetResult, ResetStep } from "./result";
import type { DateBracket, OfferingRule } from "./rule";

/** "3(f)(iv)" + "A" -> "3(f)(iv)(A)"; a clause not ending in ")" gets a space first. */
function sub(clause: string, letter: string): string {
  return clause.endsWith(")") ? `${clause}(${letter})` : `${clause} (${letter})`;
}

function floorClassOf(terms: CharterTerms, cls: ShareClass, name: string): ShareClass {
  try {
    return findClass(terms, name);
  } catch (e) {
    if (!(e instanceof ChartError)) throw e;
    const names = terms.classes.map((c) => c.name).join(", ");
    throw notFound({ className: cls.name, column: "IPO Reset", value: name }, `the floor names a class that is not in the terms; the classes are ${names}`);
  }
}

function bracketFor(brackets: DateBracket[], date: IsoDate): { bracket: DateBracket; from: IsoDate | null } {
  let from: IsoDate | null = null;
  for (const b of brackets) {
    if (b.onOrBefore === null || date <= b.onOrBefore) return { bracket: b, from };
    from = b.onOrBefore;
  }
  // parseIpoReset guarantees the last bracket is "after"; this line is never reached.
  throw new RangeError("date brackets without an 'after' bracket");
}

export function applyOfferingRule(
  rule: OfferingRule,
  terms: CharterTerms,
  cls: ShareClass,
  ipoPrice: Decimal,
  offeringDate: IsoDate,
  clause: string,
  commonFactor: Decimal = new Decimal(1),
): IpoResetResult {
  const cp = cls.conversionPrice;
  // MagiNet 3(f)(iv)(A): "$7.00 (as adjusted for any stock dividends, combinations, or splits)".
  const below = rule.below.times(commonFactor);
  const belowText = commonFactor.eq(1)
    ? formatExactMoney(below)
    : `${formatExactMoney(rule.below)} as adjusted for splits, combinations and stock dividends (x ${commonFactor.toSignificantDigits(12).toFixed()}) = ${formatExactMoney(below)}`;
  const steps: ResetStep[] = [];
  const candidates: Decimal[] = [];
  let floorGoverns = false;

  // MagiNet 3(f)(iv)(A): only when the Per-Share Public Offering Price is less than $7.00 (strictly:
  // an offering at exactly $7.00 leaves (A) out).
  const clauseA = sub(clause, "A");
  if (ipoPrice.lessThan(below)) {
    const base = min(ipoPrice, cp);
    const years = fullYears(rule.since, offeringDate);
    const factor = rule.factorBase.minus(rule.factorStep.times(years));
    const lowerText = `the lower of the IPO price ${formatExactMoney(ipoPrice)} and the conversion price ${formatExactMoney(cp)} is ${formatExactMoney(base)}`;
    const factorText =
      `${years} full year${years === 1 ? "" : "s"} from ${rule.since} to ${offeringDate}: factor ` +
      `${rule.factorBase.toFixed()} - ${rule.factorStep.toFixed()} x ${years} = ${factor.toFixed()}`;
    if (factor.lte(0)) {
      // MagiNet 3(f)(iv)(A): after 19 full years the factor is 0 or less, so (A) would give a price of
      // zero or below; the proviso "in no event ... less than the effective Series C Conversion Price"
      // then sets the price. Without a floor in the rule there is no price to give: an error.
      if (rule.floorClass === null) {
        throw invalid(
          { className: cls.name, column: "IPO Reset", value: `${rule.factorBase.toFixed()} - ${rule.factorStep.toFixed()}/year` },
          `after ${years} full years the factor is ${factor.toFixed()}, not above zero, and the rule names no floor class`,
        );
      }
      floorGoverns = true;
      steps.push({
        text:
          `(A) the IPO price ${formatExactMoney(ipoPrice)} is below ${belowText}; ${lowerText}; ${factorText}, ` +
          `not above zero: (A) would take the price to zero or below, so the floor governs`,
        clause: clauseA,
      });
    } else {
      const a = base.times(factor);
      candidates.push(a);
      steps.push({
        text:
          `(A) the IPO price ${formatExactMoney(ipoPrice)} is below ${belowText}; ${lowerText}; ${factorText}; ` +
          `${formatExactMoney(base)} x ${factor.toFixed()} = ${formatExactMoney(a)}`,
        clause: clauseA,
      });
    }
  } else {
    steps.push({
      text: `(A) does not apply: the IPO price ${formatExactMoney(ipoPrice)} is not below ${belowText}`,
      clause: clauseA,
    });
  }

  // MagiNet 3(f)(iv)(B): a percentage of the conversion price then in effect, by the offering's date
  // ("on or before September 15, 1997", "on or after September 16, 1997, but no later than September
  // 15, 1998", ..., "on or after September 16, 1999"): each bracket ends on its date, inclusive.
  if (rule.brackets.length > 0) {
    const { bracket, from } = bracketFor(rule.brackets, offeringDate);
    const b = cp.times(bracket.percent).div(100);
    candidates.push(b);
    const when =
      bracket.onOrBefore === null
        ? `after ${from}`
        : from === null
          ? `on or before ${bracket.onOrBefore}`
          : `after ${from} and no later than ${bracket.onOrBefore}`;
    steps.push({
      text: `(B) the offering on ${offeringDate} is ${when}: ${formatPercent(bracket.percent)} x the conversion price ${formatExactMoney(cp)} = ${formatExactMoney(b)}`,
      clause: sub(clause, "B"),
    });
  }

  // MagiNet 3(f)(iv): "the lower Conversion Price determined by either subsection (A) or (B)"; (A) not
  // applying gives no lower price, and neither applying leaves the price as it is.
  let price = candidates.length > 0 ? candidates.reduce((x, y) => min(x, y)) : cp;
  if (candidates.length > 1) {
    steps.push({ text: `the lower of (A) and (B) is ${formatExactMoney(price)}`, clause });
  }

  if (rule.floorClass !== null) {
    const floorClass = floorClassOf(terms, cls, rule.floorClass);
    const floor = floorClass.conversionPrice;
    // MagiNet 3(f)(iv)(A) and (B) provisos: "in no event shall the Series D Conversion Price be less
    // than the effective Series C Conversion Price".
    if (floorGoverns || price.lessThan(floor)) {
      steps.push({
        text: floorGoverns
          ? `never below the ${floorClass.name} conversion price: the price is ${formatExactMoney(floor)}`
          : `never below the ${floorClass.name} conversion price ${formatExactMoney(floor)}: ${formatExactMoney(price)} is below it, so the price is ${formatExactMoney(floor)}`,
        clause: `${clause} proviso`,
      });
      price = floor;
    }
  }

  // Reading: the reset is a reduction ("adjusted to the lower Conversion Price"; MagiNet 3(f)(i)(B): no
  // adjustment increases the Conversion Price). The floor limits how far the price falls; it never lifts
  // it above the price in effect (which matters only if the floor class's price exceeds this class's).
  const adjustmentClause = clauseOf(cls, "Adjustment Rounding", clause);
  if (price.greaterThan(cp)) {
    steps.push({
      text: `the floor ${formatExactMoney(price)} is above the conversion price in effect ${formatExactMoney(cp)}; an adjustment never raises the price, so it stays ${formatExactMoney(cp)}`,
      clause: adjustmentClause,
    });
    price = cp;
  }

  // MagiNet 3(f)(i)(B): "No adjustment ... in an amount less than one cent per share"; the part not made
  // would be carried forward, but the closing of the offering is the last adjustment before the automatic
  // conversion, so nothing is left to carry it into.
  if (cls.adjustmentRounding === "carry-forward" && !price.eq(cp) && cp.minus(price).lessThan(CENT)) {
    steps.push({
      text: `the change ${formatExactMoney(cp.minus(price))} is less than one cent per share: no adjustment is made`,
      clause: adjustmentClause,
    });
    price = cp;
  }

  const applied = !price.eq(cp);
  steps.push({
    text: applied ? `the conversion price ${formatExactMoney(cp)} becomes ${formatExactMoney(price)}` : `the conversion price stays ${formatExactMoney(cp)}`,
    clause,
  });
  return { price, applied, steps, clause };
}
