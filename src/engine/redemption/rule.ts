// The Redemption column: dated portions of the shares outstanding, e.g.
//   2000-01-10 1/3; 2001-01-10 1/2; 2002-01-10 all      (JT Storage Art. IV(B)3)
// Each portion is a fraction n/d (0 < n <= d) of the shares then outstanding and not already called,
// or "all". Dates strictly increase. Anything else is an error naming class, column and text.
import { Decimal } from "../decimal";
import { parseIsoDate } from "../dates";
import { invalid } from "../errors";
import type { IsoDate } from "../terms/model";

export interface RedemptionDate {
  date: IsoDate;
  /** The portion of the shares outstanding (and not already called) to redeem, numerator / denominator
   *  (kept apart so that 1/3 of 9,000,000 is exactly 3,000,000); 1/1 for "all". */
  numerator: Decimal;
  denominator: Decimal;
  /** As written: "1/3", "all". */
  portion: string;
}

const ENTRY = /^(\S+)\s+(?:(\d+)\s*\/\s*(\d+)|(all))$/i;

export function parseRedemption(text: string, className: string): RedemptionDate[] {
  const place = { className, column: "Redemption", value: text };
  const parts = text.split(";").map((s) => s.trim());
  if (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  if (parts.every((p) => p === "")) throw invalid(place, 'is empty; write dated portions such as "2000-01-10 1/3; 2001-01-10 1/2; 2002-01-10 all"');
  const dates: RedemptionDate[] = [];
  for (const part of parts) {
    const m = ENTRY.exec(part);
    if (!m) {
      throw invalid(place, `"${part}" is not a redemption date; write "<YYYY-MM-DD> <n>/<d>" or "<YYYY-MM-DD> all", e.g. "2000-01-10 1/3"`);
    }
    const date = parseIsoDate(m[1], place);
    let numerator = new Decimal(1);
    let denominator = new Decimal(1);
    let portion = "all";
    if (!m[4]) {
      const n = new Decimal(m[2]);
      const dd = new Decimal(m[3]);
      if (n.isZero() || dd.isZero() || n.greaterThan(dd)) {
        throw invalid(place, `"${part}": the portion must be a fraction above 0 and at most 1, e.g. 1/3`);
      }
      numerator = n;
      denominator = dd;
      portion = `${m[2]}/${m[3]}`;
    }
    const prev = dates[dates.length - 1];
    if (prev && date <= prev.date) throw invalid(place, `the dates must increase; ${date} is not after ${prev.date}`);
    dates.push({ date, numerator, denominator, portion });
  }
  return dates;
}
