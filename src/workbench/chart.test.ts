// The chart's data from HF on the inserted MagiNet preset, and its SVG: breakpoints by hand from the
// charter (FOURTH 2(a), 3(a)(i)), payouts at the breakpoints adding up to the exit.
import { getPreset } from "../presets";
import { insertPreset } from "../taskpane/insert";
import { chartDataFor, chartSvg, exitGrid, shortMoney, type ChartData } from "./chart";
import { HfWorkbook } from "./hf-port";

describe("chart data for the inserted MagiNet LIQPREF", () => {
  it("classes, breakpoints, payouts and the formula's exit", async () => {
    const port = new HfWorkbook();
    const plan = await insertPreset(port, getPreset("maginet"));
    const formula = plan.formulas.find((f) => f.name === "LIQPREF")!.formula;
    const data = chartDataFor(port, plan.sheetName, formula) as ChartData;
    expect(typeof data).toBe("object");
    expect(data.classes).toEqual(["Series A", "Series B", "Series C", "Series D", "Common"]);
    // Preferences paid in full at D 22,000,006; + C 33,750,000 = 55,750,006; + B 5,980,185 = 61,730,191;
    // + A 300,000 = 62,030,191. Series A (not participating) converts once Common gets its $2.00 a share
    // (FOURTH 3(a)(i)): the others' preferences 61,730,191 + (16,971,788 + 150,000) x $2.00 = 95,973,767.
    const exits = [...new Set(data.breakpoints.map((b) => b.exit))];
    expect(exits).toEqual([22000006, 55750006, 61730191, 62030191, 95973767]);
    expect(data.breakpoints[data.breakpoints.length - 1]).toMatchObject({ className: "Series A", event: "converts" });
    expect(data.current).toBe(50000000);
    // Every breakpoint and the current exit are among the exits charted, and each row adds up to its exit.
    for (const e of [...exits, 50000000]) expect(data.exits).toContain(e);
    data.exits.forEach((e, i) => expect(Math.abs(data.payouts[i].reduce((a, b) => a + b, 0) - e)).toBeLessThan(0.005));
    const svg = chartSvg(data);
    expect(svg.match(/class="wb-series"/g)).toHaveLength(5);
    expect(svg.match(/class="wb-breakpoint"/g)).toHaveLength(exits.length);
    expect(svg).toContain('class="wb-current"');
  });
  it.each(["jt-storage", "juniper"])("%s: charted too (JT Storage's LIQPREF reads its As of cell)", async (id) => {
    const port = new HfWorkbook();
    const plan = await insertPreset(port, getPreset(id));
    const formula = plan.formulas.find((f) => f.name === "LIQPREF")!.formula;
    const data = chartDataFor(port, plan.sheetName, formula);
    if (typeof data === "string") throw new Error(data);
    expect(data.breakpoints.length).toBeGreaterThan(0);
    // LIQPREF's cents add up to each exit.
    data.exits.forEach((e, i) => expect(Math.round(data.payouts[i].reduce((a, b) => a + b, 0) * 100)).toBe(Math.round(e * 100)));
  });
  it("a cell that is not LIQPREF gives a message", () => {
    const port = new HfWorkbook();
    expect(chartDataFor(port, "Sheet1", "=SUM(A1:A2)")).toBe("Select a CHARTER.LIQPREF cell to chart its terms.");
  });
});

describe("helpers", () => {
  it("exitGrid: from 0 past the last breakpoint, breakpoints included, sorted", () => {
    const g = exitGrid([100, 40], null, 4);
    // top = 100 x 1.25 = 125: 0, 31.25, 62.5, 93.75, 125, plus 40 and 100.
    expect(g).toEqual([0, 31.25, 40, 62.5, 93.75, 100, 125]);
  });
  it("shortMoney", () => {
    expect(shortMoney(62030191)).toBe("$62M");
    expect(shortMoney(22000006)).toBe("$22M");
    expect(shortMoney(750000)).toBe("$750K");
    expect(shortMoney(1.5e9)).toBe("$1.5B");
  });
});
