// The Conversion sheet: conversion, anti-dilution, IPO and (where the charter has them) dividend,
// redemption and vote functions worked on the charter's own numbers, each beside its arithmetic by
// hand and its clause. Prices and dates not in the charter (an IPO at $6.00, a filing date) are
// illustrative and said so.
import { COUNT, DATE, MONEY, PRICE, absCell, absRange, type SheetBuilder } from "./model";
import { toExcelSerial } from "../engine";
import type { IsoDate } from "../engine";
import { SPARE_HOLDERS, type CapTableRefs } from "./cap-table";
import type { TermsRefs } from "./terms-sheet";

export const CONVERSION_SHEET = "Conversion";
export const CONVERSION_HEADER = ["Example", "Result", "By hand", "Clause"] as const;

/** One worked example: CHARTER.<fn>(args) with its label, arithmetic and clause. */
export interface Example {
  label: string;
  fn: string;
  args: string;
  hand: string;
  clause: string;
  numFmt?: string;
}

const q = (text: string) => `"${text}"`;

function maginet(t: TermsRefs): Example[] {
  const conv = (cls: string, price: string): Example => ({
    label: `${cls}: Common on conversion of all its shares`,
    fn: "CONVSHARES",
    args: [t.cell(cls, "Shares"), t.cell(cls, "Issue Price"), t.cell(cls, "Conversion Price"), q("down")].join(","),
    hand: `shares x $${price} / $${price} (conversion price = issue price; no fraction)`,
    clause: "FOURTH 3(a), 3(l)",
    numFmt: COUNT,
  });
  return [
    conv("Series A", "2.00"),
    conv("Series D", "7.00"),
    {
      label: "Series D conversion price after a Public Offering at $6.00 on 1998-01-15 (illustrative)",
      fn: "IPORESET",
      args: [t.range, q("Series D"), "6", q("1998-01-15")].join(","),
      hand: "(A) 6.00 x (0.95 - 0.05 x 2 full years since 1995-12-29) = 5.10; (B)(2) 0.96 x 7.00 = 6.72; the lower, not below Series C's 4.50: 5.10",
      clause: "FOURTH 3(f)(iv)",
      numFmt: PRICE,
    },
    {
      label: "Series D conversion price after a Public Offering at $8.00 on 1998-01-15 (illustrative)",
      fn: "IPORESET",
      args: [t.range, q("Series D"), "8", q("1998-01-15")].join(","),
      hand: "(A) does not apply (8.00 is not below 7.00); (B)(2) 0.96 x 7.00 = 6.72",
      clause: "FOURTH 3(f)(iv)",
      numFmt: PRICE,
    },
    {
      label: "Series D conversion price after a Public Offering at $5.00 on 1999-01-01 (illustrative)",
      fn: "IPORESET",
      args: [t.range, q("Series D"), "5", q("1999-01-01")].join(","),
      hand: "(A) 5.00 x (0.95 - 0.05 x 3) = 4.00; (B)(3) 0.93 x 7.00 = 6.51; the lower is 4.00, floored at Series C's 4.50",
      clause: "FOURTH 3(f)(iv)",
      numFmt: PRICE,
    },
    {
      label: "Series D converts automatically: $8.00 a share, $25,000,000 net, on 1999-09-16",
      fn: "AUTOCONVERT",
      args: [t.range, q("Series D"), "8", "25000000", q("1999-09-16")].join(","),
      hand: "conversion price 0.89 x 7.00 = 6.23 after (B)(4); 8.00 >= 1.20 x 6.23 = 7.476 and 25,000,000 >= 25,000,000: TRUE",
      clause: "FOURTH 3(a)(v), 3(f)(iv)",
    },
    {
      label: "Series D converts automatically: $8.00 a share, $25,000,000 net, no reset",
      fn: "AUTOCONVERT",
      args: [t.range, q("Series D"), "8", "25000000"].join(","),
      hand: "8.00 < 1.20 x 7.00 = 8.40: FALSE",
      clause: "FOURTH 3(a)(v)",
    },
    {
      label: "Series A converts automatically: $8.00 a share, $10,000,000 net",
      fn: "AUTOCONVERT",
      args: [t.range, q("Series A"), "8", "10000000"].join(","),
      hand: "net proceeds 10,000,000 >= 10,000,000: TRUE",
      clause: "FOURTH 3(a)(v)",
    },
    {
      label: "Series C conversion price after 1,000,000 new shares at $3.00, A = 17,121,788 (illustrative)",
      fn: "WEIGHTEDAVG",
      args: ["4.5", "17121788", "1000000", "3"].join(","),
      hand: "(4.50 x 17,121,788 + 1,000,000 x 3.00) / (17,121,788 + 1,000,000) = 80,048,046 / 18,121,788 = 4.41722...",
      clause: "FOURTH 3(f)(i)(A)(3)",
      numFmt: PRICE,
    },
  ];
}

function juniper(t: TermsRefs): Example[] {
  const d1 = (date: string, hand: string): Example => ({
    label: `Series D1 conversion price, IPO at $20.00, registration statement filed ${date} (illustrative)`,
    fn: "IPORESET",
    args: [t.range, q("Series D1"), "20", q(date)].join(","),
    hand,
    clause: "FOURTH 6(c)",
    numFmt: PRICE,
  });
  return [
    {
      label: "Series A: Common on conversion of all its shares",
      fn: "CONVSHARES",
      args: [t.cell("Series A", "Shares"), t.cell("Series A", "Issue Price"), t.cell("Series A", "Conversion Price"), q("down")].join(","),
      hand: "1,743,751 x 1.00 / 0.44 = 3,963,070.45..., rounded down (cash for the fraction): 3,963,070",
      clause: "FOURTH 6(a)(i), 6(g)(i)",
      numFmt: COUNT,
    },
    {
      label: "Series B: Common on conversion of all its shares",
      fn: "CONVSHARES",
      args: [t.cell("Series B", "Shares"), t.cell("Series B", "Issue Price"), t.cell("Series B", "Conversion Price"), q("down")].join(","),
      hand: "3,915,308 x 2.40 / 1.07 = 8,781,999.25..., rounded down: 8,781,999",
      clause: "FOURTH 6(a)(i), 6(g)(i)",
      numFmt: COUNT,
    },
    d1("1999-06-30", "day 180 after the 1999-01-01 issue: 0.85 x 20.00 = 17.00"),
    d1("1999-10-01", "between 180 days and one year: 0.75 x 20.00 = 15.00"),
    d1("2000-02-15", "between one year and 15 months: 0.65 x 20.00 = 13.00"),
    d1("2000-06-30", "after 15 months: no adjustment, 11.03"),
    {
      label: "Series C converts automatically: $5.955 a share, $20,000,000",
      fn: "AUTOCONVERT",
      args: [t.range, q("Series C"), "5.955", "20000000"].join(","),
      hand: "5.955 >= 1.5 x 3.97 = 5.955 and 20,000,000 > 10,000,000: TRUE",
      clause: "FOURTH 6(a)(ii)",
    },
    {
      label: "Series C converts automatically: $5.95 a share, $20,000,000",
      fn: "AUTOCONVERT",
      args: [t.range, q("Series C"), "5.95", "20000000"].join(","),
      hand: "5.95 < 5.955: FALSE",
      clause: "FOURTH 6(a)(ii)",
    },
    {
      label: "Series A converts automatically: $1.32 a share, exactly $10,000,000",
      fn: "AUTOCONVERT",
      args: [t.range, q("Series A"), "1.32", "10000000"].join(","),
      hand: "1.32 >= 3 x 0.44 = 1.32, but proceeds must exceed $10,000,000: FALSE",
      clause: "FOURTH 6(a)(ii)",
    },
    {
      label: "Series C conversion price after 2,000,000 new shares at $3.00, A = 40,000,000 (illustrative)",
      fn: "WEIGHTEDAVG",
      args: ["3.97", "40000000", "2000000", "3", "2"].join(","),
      hand: "(3.97 x 40,000,000 + 2,000,000 x 3.00) / 42,000,000 = 164,800,000 / 42,000,000 = 3.9238..., to the nearest cent: 3.92",
      clause: "FOURTH 6(d)(iv)",
      numFmt: PRICE,
    },
  ];
}

function jtStorage(t: TermsRefs): Example[] {
  return [
    {
      label: "Series A: Common on conversion of all its shares",
      fn: "CONVSHARES",
      args: [t.cell("Series A", "Shares"), t.cell("Series A", "Issue Price"), t.cell("Series A", "Conversion Price"), q("up")].join(","),
      hand: "9,000,000 x $1.00 / $1.00 = 9,000,000",
      clause: "Art. IV(B)4(a), 4(c)(i)",
      numFmt: COUNT,
    },
    {
      label: "Series A converts automatically: $5.00 a share, $10,000,000 net",
      fn: "AUTOCONVERT",
      args: [t.range, q("Series A"), "5", "10000000"].join(","),
      hand: "5.00 >= 5.00 and 10,000,000 >= 10,000,000: TRUE",
      clause: "Art. IV(B)4(b)(i)",
    },
    {
      label: "Series A converts automatically: $4.99 a share, $10,000,000 net",
      fn: "AUTOCONVERT",
      args: [t.range, q("Series A"), "4.99", "10000000"].join(","),
      hand: "4.99 < 5.00: FALSE",
      clause: "Art. IV(B)4(b)(i)",
    },
    {
      label: "Series A converts automatically: $5.00 a share, $9,999,999.99 net",
      fn: "AUTOCONVERT",
      args: [t.range, q("Series A"), "5", "9999999.99"].join(","),
      hand: "9,999,999.99 < 10,000,000: FALSE",
      clause: "Art. IV(B)4(b)(i)",
    },
    {
      label: "Series A dividend accrued per share from the Issue Date to the As of date (Terms sheet)",
      fn: "ACCRUEDDIV",
      args: [t.cell("Series A", "Dividend Rate"), t.cell("Series A", "Issue Date"), t.asOfCell ?? q("2000-02-03"), "", t.cell("Series A", "Day Count")].join(","),
      hand: "0.09 x 5 whole years (1995-02-03 to 2000-02-03 by anniversary; the 29 February inside adds nothing) = 0.45",
      clause: "Art. IV(B)1(a), 2(a)(i)",
      numFmt: PRICE,
    },
  ];
}

const EXAMPLES: Record<string, (t: TermsRefs) => Example[]> = { maginet, juniper, "jt-storage": jtStorage };

/** The examples of a preset (none for the blank template, which shows the formulas on input cells). */
export function examplesOf(presetId: string, terms: TermsRefs): Example[] {
  return EXAMPLES[presetId]?.(terms) ?? [];
}

/** JT Storage's redemption dates (Art. IV(B)3) with illustrative funds. */
const JT_FUNDS: [IsoDate, number][] = [
  ["2000-01-10", 2_000_000],
  ["2001-01-10", 5_000_000],
  ["2002-01-10", 6_000_000],
];

export function conversionSheet(b: SheetBuilder, presetId: string, terms: TermsRefs, cap: CapTableRefs, blank = false): void {
  b.value(0, 0, "Conversion, anti-dilution and IPO terms worked on the charter's own numbers: each result is a CHARTER formula, beside its arithmetic by hand.", { bold: true });
  b.values(2, 0, [...CONVERSION_HEADER], { bold: true });
  b.width(0, 70).width(1, 16).width(2, 90).width(3, 26);
  let row = 3;
  if (blank) {
    // Inputs in column C, the formula in B reading them.
    const inputs: [string, string, (number | string)[], string][] = [
      ["CONVSHARES: preferred shares, issue price, conversion price, rounding", "CONVSHARES", [1000000, 1, 1, "down"], "the charter's conversion clause"],
      ["WEIGHTEDAVG: CP1, A, new shares, price per new share, decimals", "WEIGHTEDAVG", [2.5, 12000000, 4000000, 1.25, 4], "the charter's anti-dilution clause"],
      ["FULLRATCHET: CP1, price per new share", "FULLRATCHET", [2.5, 1.25], "the charter's anti-dilution clause"],
    ];
    b.values(2, 4, ["Inputs"], { bold: true });
    for (const [label, fn, values, clause] of inputs) {
      b.value(row, 0, label);
      values.forEach((v, i) => b.value(row, 4 + i, v, { input: true }));
      b.charter(row, 1, fn, values.map((_, i) => absCell(row, 4 + i)).join(","));
      b.value(row, 2, "change the shaded inputs");
      b.value(row, 3, clause);
      row++;
    }
    return;
  }
  for (const ex of examplesOf(presetId, terms)) {
    b.value(row, 0, ex.label);
    b.charter(row, 1, ex.fn, ex.args, ex.numFmt ? { numFmt: ex.numFmt } : undefined);
    b.value(row, 2, ex.hand);
    b.value(row, 3, ex.clause);
    row++;
  }
  row += 1;
  // Votes as converted, per holder of the Cap Table sheet.
  b.value(row, 0, "Votes as converted, per holder of the Cap Table sheet (CHARTER.VOTES)", { bold: true });
  const votes = b.charter(row + 1, 0, "VOTES", [terms.range, cap.range].join(","));
  b.style(row + 2, 1, votes.length - 1, 1, { numFmt: COUNT });
  row += votes.length + 2 + SPARE_HOLDERS;
  if (presetId === "jt-storage") {
    b.value(row, 0, "Redemption of Series A: one third, one half of the rest, then all (Art. IV(B)3); the funds are illustrative inputs", { bold: true });
    b.values(row + 1, 0, ["Date", "Amount"], { bold: true });
    JT_FUNDS.forEach(([date, amount], i) => {
      b.value(row + 2 + i, 0, toExcelSerial(date), { input: true, numFmt: DATE });
      b.value(row + 2 + i, 1, amount, { input: true, numFmt: MONEY });
    });
    const funds = absRange(row + 1, 0, JT_FUNDS.length + 1, 2);
    b.charter(row + 3 + JT_FUNDS.length, 0, "REDEMPTION", [terms.range, q("Series A"), funds].join(","));
  }
}
