import { Decimal } from "../decimal";
import { readThreshold } from "./thresholds";
import type { Cell } from "./table";
import { thrown } from "../../../test/helpers/errors";

const place = { argument: "terms", className: "Series A", column: "Auto Convert Price" };
const d = (x: string) => new Decimal(x);

describe("readThreshold", () => {
  it("reads an amount test: JT Storage 4(b)(i) at least $5.00 a share", () => {
    expect(readThreshold(">= 5.00", place)).toEqual({ op: ">=", value: d("5"), ofConversionPrice: false });
    expect(readThreshold("≥$5.00", place)).toEqual({ op: ">=", value: d("5"), ofConversionPrice: false });
  });

  it("reads a strict test with separators: Juniper 6(a)(ii) proceeds exceeding $10,000,000", () => {
    expect(readThreshold("> $10,000,000", place, true)).toEqual({ op: ">", value: d("10000000"), ofConversionPrice: false });
    expect(readThreshold(">10000000", place, true)).toEqual({ op: ">", value: d("10000000"), ofConversionPrice: false });
  });

  it("reads multiples of the conversion price: Juniper 3 x CP and 1.5 x CP, MagiNet 120% x CP", () => {
    expect(readThreshold(">= 3 x CP", place)).toEqual({ op: ">=", value: d("3"), ofConversionPrice: true });
    expect(readThreshold(">= 1.5x cp", place)).toEqual({ op: ">=", value: d("1.5"), ofConversionPrice: true });
    // 120% = 120 / 100 = 1.2 times the conversion price
    expect(readThreshold(">= 120% x CP", place)).toEqual({ op: ">=", value: d("1.2"), ofConversionPrice: true });
    expect(readThreshold(">= 2 * conversion price", place)).toEqual({ op: ">=", value: d("2"), ofConversionPrice: true });
  });

  it("rejects a test without a comparison, another comparison, a number cell and a bad amount", () => {
    const forms = 'write ">= 5.00", "> 10000000", ">= 3 x CP" or ">= 120% x CP"';
    const cases: [Cell, string][] = [
      ["5.00", `is not a threshold; ${forms}`],
      ["= 5.00", `is not a threshold; ${forms}`],
      ["< 5", `is not a threshold; ${forms}`],
      [">= five", `is not a threshold; ${forms}`],
      [">= 3 x", `is not a threshold; ${forms}`],
      [5, `is not a threshold; ${forms} (the comparison is part of the rule)`],
    ];
    for (const [cell, problem] of cases) {
      expect(thrown(() => readThreshold(cell, place)).message).toBe(
        `argument terms, class Series A, column Auto Convert Price, value ${JSON.stringify(cell)}: ${problem}`,
      );
    }
  });

  it("rejects a negative amount and a multiple of the conversion price in a proceeds test", () => {
    expect(thrown(() => readThreshold(">= -5", place)).message).toBe(
      'argument terms, class Series A, column Auto Convert Price, value ">= -5": must not be negative',
    );
    const proceeds = { ...place, column: "Auto Convert Proceeds" };
    expect(thrown(() => readThreshold(">= 3 x CP", proceeds, true)).message).toBe(
      'argument terms, class Series A, column Auto Convert Proceeds, value ">= 3 x CP": must be an amount of money, not a multiple of the conversion price',
    );
  });
});
