// The IPO Reset column's two rule forms, parsed strictly: anything that is not exactly one of them is an
// error naming the class, the column IPO Reset and the text (a mistyped rule must never be ignored).
//
// 1. Filing windows (Juniper 6(c), Series D1):
//      filing 180d 85%; 1y 75%; 15m 65%
//    the price becomes the percentage of the IPO price for the first window (counted from the Original
//    Issue Date) the filing of the registration statement falls in; after the last window, no change.
//    Periods: <n>d (days), <n>m (months), <n>y (years).
// 2. Offering formula (MagiNet 3(f)(iv), Series D):
//      offering below 7.00 factor 0.95 - 0.05/year since 1995-12-29;
//      dates 1997-09-15 100%, 1998-09-15 96%, 1999-09-15 93%, after 89%; floor Series C
//    (A) below the threshold price: lower of (IPO price, CP) x (base - step x full years since the date);
//    (B) a percentage of the CP by the date bracket of the offering; the lower of (A) and (B), never
//    below the floor class's conversion price. The `dates` and `floor` parts are optional.
import { Decimal } from "../decimal";
import { parseIsoDate } from "../dates";
import { invalid } from "../errors";
import type { IsoDate } from "../terms/model";

export interface Period {
  count: number;
  unit: "d" | "m" | "y";
}

export interface FilingWindow {
  /** The window ends this long after the Original Issue Date (the end day itself inside). */
  within: Period;
  /** Percent of the IPO price, e.g. 85. */
  percent: Decimal;
}

export interface FilingRule {
  form: "filing";
  windows: FilingWindow[];
}

export interface DateBracket {
  /** The bracket covers offerings on or before this date (and after the previous bracket); null: after the last date. */
  onOrBefore: IsoDate | null;
  /** Percent of the conversion price then in effect, e.g. 96. */
  percent: Decimal;
}

export interface OfferingRule {
  form: "offering";
  /** (A) applies when the per-share offering price is below this. */
  below: Decimal;
  /** (A) factor = base - step x full years elapsed since `since`. */
  factorBase: Decimal;
  factorStep: Decimal;
  since: IsoDate;
  /** (B) brackets in date order, the last one "after"; empty when the rule has no `dates` part. */
  brackets: DateBracket[];
  /** The class whose conversion price is the floor, or null. */
  floorClass: string | null;
}

export type IpoResetRule = FilingRule | OfferingRule;

const NUM = String.raw`(\d+(?:\.\d+)?)`;
const DATE = String.raw`(\d{4}-\d{2}-\d{2})`;
const WINDOW = new RegExp(String.raw`^(\d+)\s*(d|m|y)\s+${NUM}\s*%$`, "i");
const OFFERING = new RegExp(String.raw`^offering\s+below\s+\$?${NUM}\s+factor\s+${NUM}\s*-\s*${NUM}\s*/\s*year\s+since\s+${DATE}$`, "i");
const BRACKET = new RegExp(String.raw`^${DATE}\s+${NUM}\s*%$`, "i");
const AFTER = new RegExp(String.raw`^after\s+${NUM}\s*%$`, "i");

const FORMS =
  'write "filing 180d 85%; 1y 75%; 15m 65%" or "offering below 7.00 factor 0.95 - 0.05/year since 1995-12-29; ' +
  'dates 1997-09-15 100%, 1998-09-15 96%, after 89%; floor Series C"';

/** Approximate length in days, only to check that windows are listed in increasing order. */
function approxDays(p: Period): number {
  return p.unit === "d" ? p.count : p.unit === "m" ? p.count * 30.4375 : p.count * 365.25;
}

/** Parses an IPO Reset cell. `className` names the class in error messages. */
export function parseIpoReset(text: string, className: string): IpoResetRule {
  const place = { className, column: "IPO Reset", value: text };
  const fail = (problem: string) => invalid(place, problem);
  const parts = text.split(";").map((s) => s.trim());
  if (parts.length > 0 && parts[parts.length - 1] === "") parts.pop(); // a trailing ";" is harmless
  const head = parts[0] ?? "";

  if (/^filing\b/i.test(head)) {
    parts[0] = head.replace(/^filing\s*/i, "");
    if (parts.length === 1 && parts[0] === "") throw fail(`a filing rule needs at least one window, e.g. "filing 180d 85%"`);
    const windows: FilingWindow[] = [];
    for (const part of parts) {
      const m = WINDOW.exec(part);
      if (!m) throw fail(`"${part}" is not a filing window; each is a period and a percent of the IPO price, e.g. "180d 85%" (d days, m months, y years)`);
      const count = Number(m[1]);
      const pct = new Decimal(m[3]);
      if (count <= 0) throw fail(`the window "${part}" must last at least one day, month or year`);
      if (pct.lte(0)) throw fail(`the window "${part}" must give a percentage above 0%`);
      const within: Period = { count, unit: m[2].toLowerCase() as Period["unit"] };
      const prev = windows[windows.length - 1];
      if (prev && approxDays(within) <= approxDays(prev.within)) {
        throw fail(`the windows must be listed from the shortest to the longest; "${part}" is not longer than the one before`);
      }
      windows.push({ within, percent: pct });
    }
    return { form: "filing", windows };
  }

  const a = OFFERING.exec(head);
  if (a) {
    const since = parseIsoDate(a[4], place);
    const rule: OfferingRule = {
      form: "offering",
      below: new Decimal(a[1]),
      factorBase: new Decimal(a[2]),
      factorStep: new Decimal(a[3]),
      since,
      brackets: [],
      floorClass: null,
    };
    if (rule.below.lte(0)) throw fail("the offering price threshold must be above zero");
    let sawDates = false;
    let sawFloor = false;
    for (const part of parts.slice(1)) {
      if (/^dates\b/i.test(part)) {
        if (sawDates) throw fail('the "dates" part appears twice');
        sawDates = true;
        rule.brackets = parseBrackets(part.replace(/^dates\s*/i, ""), fail, place);
      } else if (/^floor\b/i.test(part)) {
        if (sawFloor) throw fail('the "floor" part appears twice');
        sawFloor = true;
        const name = part.replace(/^floor\s*/i, "").trim();
        if (!name) throw fail('"floor" must name the class whose conversion price is the floor, e.g. "floor Series C"');
        rule.floorClass = name;
      } else {
        throw fail(`"${part}" is neither a "dates ..." nor a "floor ..." part`);
      }
    }
    return rule;
  }

  throw fail(`not a rule this product reads; ${FORMS}`);
}

function parseBrackets(body: string, fail: (problem: string) => Error, place: { className: string; column: string; value: string }): DateBracket[] {
  const items = body.split(",").map((s) => s.trim());
  const brackets: DateBracket[] = [];
  items.forEach((item, i) => {
    const last = i === items.length - 1;
    const after = AFTER.exec(item);
    if (after) {
      if (!last) throw fail(`"${item}" must be the last date bracket`);
      brackets.push({ onOrBefore: null, percent: positive(after[1], item, fail) });
      return;
    }
    const m = BRACKET.exec(item);
    if (!m) throw fail(`"${item}" is not a date bracket; write "<YYYY-MM-DD> <percent>%" or, last, "after <percent>%"`);
    const date = parseIsoDate(m[1], place);
    const prev = brackets[brackets.length - 1];
    if (prev && prev.onOrBefore !== null && date <= prev.onOrBefore) {
      throw fail(`the bracket dates must increase; ${date} is not after ${prev.onOrBefore}`);
    }
    brackets.push({ onOrBefore: date, percent: positive(m[2], item, fail) });
  });
  if (brackets.length === 0 || brackets[brackets.length - 1].onOrBefore !== null) {
    throw fail('the date brackets must end with "after <percent>%" (what applies after the last date)');
  }
  return brackets;
}

function positive(text: string, item: string, fail: (problem: string) => Error): Decimal {
  const p = new Decimal(text);
  if (p.lte(0)) throw fail(`the bracket "${item}" must give a percentage above 0%`);
  return p;
}
