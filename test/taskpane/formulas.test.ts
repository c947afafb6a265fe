// The example formulas the insert writes work at once: each is evaluated here as Excel would, its
// structured reference read as the table's values and its cell references as the cells' values, through
// the catalogue (the functions' one implementation). Expected numbers worked out by hand.
import { call, isHostError, type HostArg } from "../../src/catalogue";
import { Decimal } from "../../src/engine/decimal";
import { getPreset } from "../../src/presets";
import { classifyArgument, findCall } from "../../src/sheet/formula";
import { insertPreset } from "../../src/taskpane/insert";
import { MemoryWorkbook } from "../../src/sheet/memory-port";
import type { InsertPlan } from "../../src/sheet/plan";

async function inserted(id: string): Promise<{ wb: MemoryWorkbook; plan: InsertPlan }> {
  const wb = new MemoryWorkbook(["Sheet1"]);
  const plan = await insertPreset(wb, getPreset(id));
  return { wb, plan };
}

/** Evaluates the CHARTER formula in `address` on the plan's sheet; its result as texts. */
async function evaluate(wb: MemoryWorkbook, plan: InsertPlan, name: string): Promise<string[][]> {
  const planned = plan.formulas.find((f) => f.name === name)!;
  const formula = String(wb.get(plan.sheetName, planned.address));
  const found = findCall(formula, `CHARTER.${name}`)!;
  const args: HostArg[] = [];
  for (const text of found.args) {
    const form = classifyArgument(text);
    if (form.kind === "omitted") args.push(null);
    else if (form.kind === "table" && form.part === "all") {
      const t = (await wb.readTable(form.table))!;
      args.push([t.header, ...t.rows]);
    } else if (form.kind === "range") args.push(await wb.readRange(form.sheet ?? plan.sheetName, form.address));
    else throw new Error(`unexpected argument ${text} in ${formula}`);
  }
  const result = call(name, args);
  if (isHostError(result)) throw new Error(`${formula}: ${result.code} ${result.message}`);
  const text = (c: unknown) => (c instanceof Decimal ? c.toDecimalPlaces(2).toFixed(2) : String(c));
  return (result as unknown[][]).map((row) => row.map(text));
}

describe("MagiNet's example formulas, exit $50,000,000 in B10", () => {
  it("CLASSES lists the classes in table order", async () => {
    const { wb, plan } = await inserted("maginet");
    expect(await evaluate(wb, plan, "CLASSES")).toEqual([["Series A", "Series B", "Series C", "Series D", "Common"]]);
  });

  it("LIQPREF pays D in full and C the rest (FOURTH 2(a)-(b))", async () => {
    const { wb, plan } = await inserted("maginet");
    // D: 3,142,858 x $7.00 = $22,000,006.00; C: 50,000,000 - 22,000,006 = $27,999,994.00 of its
    // $33,750,000.00; B, A and Common: nothing.
    expect(await evaluate(wb, plan, "LIQPREF")).toEqual([["0.00", "0.00", "27999994.00", "22000006.00", "0.00"]]);
  });

  it("BREAKPOINTS starts with each preference paid in full, D, C, B, A (FOURTH 2(a))", async () => {
    const { wb, plan } = await inserted("maginet");
    const rows = await evaluate(wb, plan, "BREAKPOINTS");
    // D $22,000,006; + C 7,500,000 x 4.50 = 33,750,000 -> 55,750,006; + B 1,328,930 x 4.50 = 5,980,185
    // -> 61,730,191; + A 150,000 x 2.00 = 300,000 -> 62,030,191.
    expect(rows.slice(0, 5)).toEqual([
      ["Exit Value", "Class", "Event", "Clause"],
      ["22000006.00", "Series D", "preference paid in full", "FOURTH 2(a)"],
      ["55750006.00", "Series C", "preference paid in full", "FOURTH 2(a)"],
      ["61730191.00", "Series B", "preference paid in full", "FOURTH 2(a)"],
      ["62030191.00", "Series A", "preference paid in full", "FOURTH 2(a)"],
    ]);
  });

  it("EXPLAIN gives the same payouts step by step", async () => {
    const { wb, plan } = await inserted("maginet");
    const rows = await evaluate(wb, plan, "EXPLAIN");
    expect(rows.slice(1).map((r) => [r[2], r[3]])).toEqual([
      ["Series D", "22000006.00"],
      ["Series C", "27999994.00"],
      ["Series B", "0.00"],
      ["Series A", "0.00"],
    ]);
  });
});

describe("Juniper's LIQPREF at $50,000,000: pari passu, short, in proportion to Issue Price x shares (FOURTH 4(b))", () => {
  it("shares the exit by each series' full preference", async () => {
    const { wb, plan } = await inserted("juniper");
    // Preferences: A 1,743,751 x 1.00 = 1,743,751; B 3,915,308 x 2.40 = 9,396,739.20; C 5,200,000 x 8.93
    // = 46,436,000; D 600,000 x 11.03 = 6,618,000; D1 2,580,000 x 11.03 = 28,457,400; total 92,651,890.20.
    // Each x 50,000,000 / 92,651,890.20: A 941,022.8956 -> 941,022.90; B 5,070,991.6332 -> 5,070,991.63;
    // C 25,059,391.6108 -> 25,059,391.61; D 3,571,432.8039 -> 3,571,432.80; D1 15,357,161.0566 ->
    // 15,357,161.06; sum 50,000,000.00.
    expect(await evaluate(wb, plan, "LIQPREF")).toEqual([["941022.90", "5070991.63", "25059391.61", "3571432.80", "15357161.06", "0.00"]]);
  });
});

describe("JT Storage's example formulas read the As of date (greater-of dividends, Art. IV(B)2(a))", () => {
  it("LIQPREF at $50,000,000 as of 2000-02-03", async () => {
    const { wb, plan } = await inserted("jt-storage");
    // Accrual 1995-02-03 to 2000-02-03 on the anniversary basis: five whole years x $0.09 = $0.45 a share
    // (greater than $0 declared unpaid). Preference 9,000,000 x $1.45 = $13,050,000.00.
    // The rest, 36,950,000, is shared as converted by A (9,000,000) and Common (10,000,000):
    // A 9/19 = 17,502,631.578... -> 17,502,631.58, Common 10/19 = 19,447,368.42. A: 13,050,000 + 17,502,631.58 = 30,552,631.58.
    expect(await evaluate(wb, plan, "LIQPREF")).toEqual([["30552631.58", "19447368.42"]]);
  });

  it("BREAKPOINTS: the preference whole at $13,050,000.00, waived at $95,000,000 (Art. IV(B)2(b) proviso)", async () => {
    const { wb, plan } = await inserted("jt-storage");
    const rows = await evaluate(wb, plan, "BREAKPOINTS");
    // The proviso: no preference once A would get $5.00 a share as converted: 19,000,000 x $5.00 = $95,000,000.
    expect(rows[1]).toEqual(["13050000.00", "Series A", "preference paid in full", "Art. IV(B)2(a)"]);
    expect(rows[rows.length - 1]).toEqual(["95000000.00", "Series A", "preference waived", "Art. IV(B)2(b) proviso"]);
  });
});
