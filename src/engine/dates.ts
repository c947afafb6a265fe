// Calendar dates for accruals, IPO windows and redemption dates. Dates are ISO strings ("YYYY-MM-DD")
// inside the engine; hosts convert Excel serial numbers with `fromExcelSerial`.
import { Decimal } from "./decimal";
import type { DayCount, IsoDate } from "./terms/model";
import { invalid, type ErrorPlace } from "./errors";

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a valid ISO date (UTC, no time zones involved). */
export function dayNumber(date: IsoDate): number {
  const m = ISO.exec(date);
  if (!m) throw new RangeError(`not an ISO date: ${date}`);
  return Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86_400_000;
}

/** The ISO date `days` after 1970-01-01. */
export function fromDayNumber(days: number): IsoDate {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

/** Checks a date string and returns it, or throws naming the place. Accepts YYYY-MM-DD only. */
export function parseIsoDate(text: string, place: ErrorPlace): IsoDate {
  const s = text.trim();
  const m = ISO.exec(s);
  if (m) {
    const back = fromDayNumber(dayNumber(s));
    if (back === s) return s;
  }
  throw invalid({ ...place, value: text }, "is not a date; write it as YYYY-MM-DD");
}

// Excel's serial 25569 is 1970-01-01 (the 1900 date system, whose serial 60 is the fictitious
// 1900-02-29; serials from 61, 1900-03-01, on are right, and so is every date this product meets).
const EXCEL_EPOCH = 25569;

/** An Excel date serial (whole days; a time of day is dropped) as an ISO date. */
export function fromExcelSerial(serial: number, place: ErrorPlace): IsoDate {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2958465) {
    throw invalid({ ...place, value: serial }, "is not an Excel date (a serial number from 61, 1900-03-01, to 2958465, 9999-12-31)");
  }
  return fromDayNumber(Math.floor(serial) - EXCEL_EPOCH);
}

export function toExcelSerial(date: IsoDate): number {
  return dayNumber(date) + EXCEL_EPOCH;
}

function ymd(date: IsoDate): [number, number, number] {
  const m = ISO.exec(date)!;
  return [+m[1], +m[2], +m[3]];
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Adds calendar months, clamping the day to the month's end (2020-01-31 + 1 month = 2020-02-29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = ymd(date);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, "0")}-${String(nm).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole years elapsed from `start` to `end` (anniversaries passed), e.g. for "full years ... elapsed". */
export function fullYears(start: IsoDate, end: IsoDate): number {
  let years = ymd(end)[0] - ymd(start)[0];
  if (years > 0 && addMonths(start, 12 * years) > end) years -= 1;
  return Math.max(0, years);
}

/**
 * The fraction of a year from `start` to `end` on a day-count basis (0 when end <= start).
 * - actual/365: actual days / 365
 * - anniversary (and actual/actual, the same basis): whole years by anniversary, then the remaining
 *   actual days / the days of the year that begins at the last anniversary (365 or 366)
 * - 30/360: US (NASD) 30/360
 */
export function yearFraction(start: IsoDate, end: IsoDate, basis: DayCount): Decimal {
  if (end <= start) return new Decimal(0);
  switch (basis) {
    case "actual/365":
      return new Decimal(dayNumber(end) - dayNumber(start)).div(365);
    case "anniversary":
    case "actual/actual": {
      const years = fullYears(start, end);
      const anniversary = addMonths(start, 12 * years);
      // The next anniversary by day number (it may fall after 9999-12-31, which no ISO date here holds).
      const [y, m, d] = ymd(start);
      const ny = y + years + 1;
      const nextDay = Date.UTC(ny, m - 1, Math.min(d, new Date(Date.UTC(ny, m, 0)).getUTCDate())) / 86_400_000;
      const rest = dayNumber(end) - dayNumber(anniversary);
      const yearDays = nextDay - dayNumber(anniversary);
      return new Decimal(years).plus(new Decimal(rest).div(yearDays));
    }
    case "30/360": {
      const [y1, m1, d1raw] = ymd(start);
      const [y2, m2, d2raw] = ymd(end);
      const d1 = d1raw === 31 ? 30 : d1raw;
      const d2 = d2raw === 31 && d1 >= 30 ? 30 : d2raw;
      return new Decimal(360 * (y2 - y1) + 30 * (m2 - m1) + (d2 - d1)).div(360);
    }
  }
}

export { isLeap };
