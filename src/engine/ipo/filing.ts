// Filing-window resets (Juniper 6(c), Series D1): the conversion price "shall be modified to equal" a
// percentage of the initial public offering price, chosen by how long after the Original Issue Date the
// registration statement is filed.
import { Decimal } from "../decimal";
import { addDays, addMonths, dayNumber } from "../dates";
import { invalid, type ErrorPlace } from "../errors";
import type { IsoDate, ShareClass } from "../terms/model";
import { formatExactMoney, formatPercent } from "../format";
import type { FilingRule, Period } from "./rule";
import type { IpoResetResult, ResetStep } from "./result";

function periodLabel(p: Period): string {
  const unit = p.unit === "d" ? "day" : p.unit === "m" ? "month" : "year";
  return `${p.count} ${unit}${p.count === 1 ? "" : "s"}`;
}

/** The last day of a window: `issueDate` plus the period (months by calendar, clamped to the month's end). */
function windowEnd(issueDate: IsoDate, p: Period): IsoDate {
  if (p.unit === "d") return addDays(issueDate, p.count);
  return addMonths(issueDate, p.unit === "m" ? p.count : 12 * p.count);
}

export function applyFilingRule(
  rule: FilingRule,
  cls: ShareClass,
  ipoPrice: Decimal,
  filingDate: IsoDate,
  issueDate: IsoDate,
  clause: string,
  /** The place naming the filing date in errors, as the caller calls it (see ipoReset). */
  datePlace: ErrorPlace,
): IpoResetResult {
  // Juniper 6(c): the windows run from the Original Issue Date; a filing before it is not a filing
  // "after the Original Issue Date" at all, so it is an error rather than a guess.
  if (filingDate < issueDate) {
    throw invalid({ ...datePlace, className: cls.name, value: filingDate }, `the filing date is before the Original Issue Date ${issueDate}`);
  }
  const days = dayNumber(filingDate) - dayNumber(issueDate);
  const steps: ResetStep[] = [{ text: `Original Issue Date ${issueDate} to the filing on ${filingDate}: ${days} days`, clause }];

  let previousEnd: IsoDate | null = null;
  let previousLabel = "";
  for (const w of rule.windows) {
    const end = windowEnd(issueDate, w.within);
    if (previousEnd !== null && end <= previousEnd) {
      throw invalid(
        { className: cls.name, column: "IPO Reset", value: periodLabel(w.within) },
        `this window ends on ${end}, not after the window before it (${previousEnd}); list the windows from the shortest to the longest`,
      );
    }
    // Juniper 6(c): "within 180 days", "between 180 days and one year", "between one year and fifteen
    // (15) months". Reading: each window includes its last day (day 180, the first anniversary and the
    // day 15 calendar months on count in the earlier, higher-percentage window), and the next window
    // starts the day after.
    if (filingDate <= end) {
      const band =
        previousEnd === null
          ? `within ${periodLabel(w.within)} (on or before ${end})`
          : `after ${previousLabel} and up to ${periodLabel(w.within)} (${addDays(previousEnd, 1)} to ${end})`;
      // Juniper 6(c) "modified to equal": the price is set to the percentage, whether that is lower or
      // higher than the price before; no rounding (the nearest-cent rule of 6(d)(iv) is for that
      // paragraph's weighted-average formula only).
      const price = ipoPrice.times(w.percent).div(100);
      steps.push({
        text:
          `filed ${band}: ${formatPercent(w.percent)} x the IPO price ${formatExactMoney(ipoPrice)} = ${formatExactMoney(price)}; ` +
          `the conversion price ${formatExactMoney(cls.conversionPrice)} becomes ${formatExactMoney(price)}`,
        clause,
      });
      return { price, applied: true, steps, clause };
    }
    previousEnd = end;
    previousLabel = periodLabel(w.within);
  }
  // Juniper 6(c): "after fifteen (15) months ... there shall be no adjustment".
  steps.push({
    text: `filed after ${previousLabel} (after ${previousEnd}): no adjustment; the conversion price stays ${formatExactMoney(cls.conversionPrice)}`,
    clause,
  });
  return { price: cls.conversionPrice, applied: false, steps, clause };
}
