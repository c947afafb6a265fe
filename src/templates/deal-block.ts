// The Waterfall sheet's deal block: a merger paying cash and securities. CHARTER.DEEMEDLIQ says whether it
// is a liquidation under the charter; CHARTER.SECURITYVALUE values one security received (the average
// closing price over the charter's period, read from a small prices table); cash + securities x value is
// the exit value, and CHARTER.LIQPREF pays it out. Where the charter has no market formula (JT Storage
// Art. IV(B)2(c)(ii): the Board's good-faith value) or the terms give no rule yet (blank), the value per
// security is an input, with a note saying why.
import { call, isHostError } from "../catalogue";
import { Decimal, toExcelSerial } from "../engine";
import { DATE, MONEY, PRICE, absCell, absRange, type Scalar, type SheetBuilder } from "./model";
import type { TermsRefs } from "./terms-sheet";

/** Illustrative deal: $40,000,000 cash and 2,000,000 shares of the acquirer, closing 2000-03-15. */
const CASH = 40_000_000;
const SECURITIES = 2_000_000;
const CLOSING = "2000-03-15";
const OWNED_AFTER = 0.4;
/**
 * Closing prices of the acquirer's stock. The period is 2000-02-12 to 2000-03-12 (thirty days ending three
 * days before the closing): 2000-02-11 and 2000-03-13 fall outside it, and the average of the other four
 * is (12.00 + 12.50 + 13.00 + 12.50) / 4 = 12.50, so the exit value is 40,000,000 + 2,000,000 x 12.50 =
 * 65,000,000.
 */
const PRICES: [string, number][] = [
  ["2000-02-11", 11.0],
  ["2000-02-14", 12.0],
  ["2000-02-29", 12.5],
  ["2000-03-01", 13.0],
  ["2000-03-10", 12.5],
  ["2000-03-13", 14.0],
];
/** The value per security where it is an input. */
const INPUT_VALUE = 12.5;

/** Writes the block with its top-left corner at (top, left); returns the exit value cell. */
export function dealBlock(b: SheetBuilder, terms: TermsRefs, top: number, left: number): string {
  const label = (r: number, text: string) => b.value(top + r, left, text);
  b.value(top, left, "Deal: a merger paying cash and securities. Is it a liquidation (CHARTER.DEEMEDLIQ)? What is a security received worth (CHARTER.SECURITYVALUE)? The exit value, paid out by CHARTER.LIQPREF.", { bold: true });

  label(1, "Holders before: share of the survivor after");
  b.value(top + 1, left + 1, OWNED_AFTER, { input: true, numFmt: "0.00%" });
  label(2, "Transaction");
  b.value(top + 2, left + 1, "merger", { input: true }, "merger, subsidiary-merger, ipo-precursor, exchange, reorganization or asset-sale");
  label(3, "Elected (where the charter needs an election)");
  // TRUE: the holders the charter names elect (JT Storage 2(c)(i): a majority of Series A); ignored where none is needed.
  b.value(top + 3, left + 1, true, { input: true });
  label(4, "A liquidation under the charter?");
  const [owned, kind, elected] = [1, 2, 3].map((r) => absCell(top + r, left + 1));
  b.charter(top + 4, left + 1, "DEEMEDLIQ", [terms.range, owned, kind, elected].join(","), { bold: true });

  // The prices table, right of the inputs.
  const pc = left + 3;
  b.value(top + 1, pc, "Date", { bold: true }).value(top + 1, pc + 1, "Price", { bold: true });
  PRICES.forEach(([date, price], i) => {
    b.value(top + 2 + i, pc, toExcelSerial(date), { input: true, numFmt: DATE });
    b.value(top + 2 + i, pc + 1, price, { input: true, numFmt: PRICE });
  });
  const prices = absRange(top + 1, pc, PRICES.length + 1, 2);

  label(5, "Cash");
  b.value(top + 5, left + 1, CASH, { input: true, numFmt: MONEY });
  label(6, "Securities received");
  b.value(top + 6, left + 1, SECURITIES, { input: true, numFmt: "#,##0" });
  label(7, "Closing date");
  b.value(top + 7, left + 1, toExcelSerial(CLOSING), { input: true, numFmt: DATE });
  label(8, "Value per security");
  const [cash, count, closing, valueCell] = [5, 6, 7, 8].map((r) => absCell(top + r, left + 1));
  const args = [terms.range, prices, closing];
  const market = call("SECURITYVALUE", args.map((a) => b.read(a)));
  let value: number;
  if (isHostError(market)) {
    // No market formula (or no rule yet): the value is an input, with the reason as its note.
    value = INPUT_VALUE;
    b.value(top + 8, left + 1, value, { input: true, numFmt: PRICE }, `An input: ${market.message}`);
  } else {
    value = Number(b.charter(top + 8, left + 1, "SECURITYVALUE", args.join(","), { numFmt: PRICE })[0][0]);
  }
  label(9, "Exit value: cash + securities x value");
  const exit = new Decimal(CASH).plus(new Decimal(SECURITIES).times(new Decimal(value))).toNumber();
  b.formula(top + 9, left + 1, `${cash}+${count}*${valueCell}`, exit, { bold: true, numFmt: MONEY });
  const exitCell = absCell(top + 9, left + 1);

  label(11, "Payouts at the deal's exit value (CHARTER.LIQPREF)");
  b.charter(top + 12, left, "CLASSES", terms.range, { bold: true });
  // Distributed at the closing: dividends that accrue are counted to the closing date.
  const payouts: Scalar[][] = b.charter(top + 13, left, "LIQPREF", [terms.range, exitCell, "", closing].join(","));
  b.style(top + 13, left, 1, Math.max(payouts[0]?.length ?? 1, 1), { numFmt: MONEY });
  return exitCell;
}
