// The presets at a glance, as the list shows them: read from each preset's table by the one parser.
import { getPreset, type Preset } from "../../src/presets";
import { charterDateText, presetGlance } from "../../src/taskpane/glance";

describe("presetGlance on the three charters", () => {
  it("JT Storage: one series, greater-of dividends, participating with the $5.00 waiver (Art. IV(B)2(a)-(b))", () => {
    const g = presetGlance(getPreset("jt-storage"));
    expect(g).toMatchObject({
      company: "JT Storage, Inc.",
      charterDate: "3 February 1995",
      series: ["Series A"],
      // Art. IV(B)2(a): $1.00 (1x the $1.00 price) plus the greater of accrued or declared dividends.
      preferences: "1x: Series A $1.00 a share, plus the greater of accrued or declared dividends",
      seniority: "Series A, then Common",
      participation: "Participating: Series A · Series A's preference falls away once it would get $5.00 a share as converted",
      inputColumns: "Shares (Series A, Common), Issue Date (Series A), Declared Unpaid (Series A), Dividends Paid (Series A)",
    });
    expect(g.inputs).toHaveLength(5);
  });

  it("Juniper: five series pari passu, non-participating (FOURTH 4(a)-(c)); no charter date in the text", () => {
    expect(presetGlance(getPreset("juniper"))).toMatchObject({
      charterDate: "not stated in the text",
      series: ["Series A", "Series B", "Series C", "Series D", "Series D1"],
      preferences: "1x: A $1.00, B $2.40, C $8.93, D $11.03, D1 $11.03 a share, plus declared unpaid dividends",
      seniority: "A = B = C = D = D1 (pari passu), then Common",
      participation: "Non-participating: A, B, C, D, D1",
      inputColumns: "Shares (A, B, C, D, D1, Common), Issue Date (D1), Dilution From (A, B, C, D, D1), Declared Unpaid (A)",
    });
  });

  it("MagiNet: stacked D > C > B > A; D, C, B participate, A does not (FOURTH 2(a))", () => {
    expect(presetGlance(getPreset("maginet"))).toMatchObject({
      preferences: "1x: D $7.00, C $4.50, B $4.50, A $2.00 a share, plus declared unpaid dividends",
      seniority: "D > C > B > A, then Common",
      participation: "Participating: D, C, B · Non-participating: A",
      inputColumns: "Shares (A, B, C, D, Common), Declared Unpaid (A)",
    });
  });
});

describe("presetGlance on mixed multiples and a cap", () => {
  it("shows each multiple and the cap in dollars a share", () => {
    const header = [
      "Class",
      "Shares",
      "Issue Price",
      "Preference Multiple",
      "Seniority",
      "Participation",
      "Cap Multiple",
      "Conversion Price",
      "Dividend Accrual",
    ];
    const preset: Preset = {
      ...getPreset("maginet"),
      id: "test",
      company: "Test Co",
      inputs: [],
      table: {
        header,
        rows: [
          ["Series A", 100, 1, 1, 1, "none", null, 1, "declared"],
          ["Series B", 100, 2, 2, 2, "capped", 3, 2, "cumulative"],
          ["Common", 100, null, null, null, null, null, null, null],
        ],
      },
    };
    expect(presetGlance(preset)).toMatchObject({
      // B: 2 x $2.00 = $4.00 a share; cap 3 x $2.00 = $6.00 a share.
      preferences: "B $4.00 (2x), A $1.00 (1x) a share, plus cumulative dividends (B), declared unpaid dividends (A)",
      seniority: "B > A, then Common",
      participation: "B capped at $6.00 a share · Non-participating: A",
      inputColumns: "",
    });
  });
});

describe("charterDateText", () => {
  it("writes an ISO date in words and says when there is none", () => {
    expect(charterDateText("1995-02-03")).toBe("3 February 1995");
    expect(charterDateText("2001-12-31")).toBe("31 December 2001");
    expect(charterDateText(null)).toBe("not stated in the text");
  });
});
