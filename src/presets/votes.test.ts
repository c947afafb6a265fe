// Votes on the charter presets as the product ships them (parseTerms(presetTable(id))).
import { presetTable } from "./index";
import { Decimal } from "../engine/decimal";
import { parseTerms } from "../engine/terms/parse";
import { votes } from "../engine/votes/votes";

const d = (x: number) => new Decimal(x);

it("Juniper preset: 1 Series A + 1 Series B = 1/0.44 + 2.40/1.07 = 4.5157... -> 5 (7(a))", () => {
  const [v] = votes(parseTerms(presetTable("juniper")), [
    { holder: "F", className: "Series A", shares: d(1) },
    { holder: "F", className: "Series B", shares: d(1) },
  ]);
  expect(v.votes.toString()).toBe("5");
  expect(v.clauses).toEqual(["FOURTH 7(a)"]);
});

it("MagiNet and JT Storage presets at their original prices: one vote a share", () => {
  // MagiNet: every Issue Price equals its Conversion Price: 10 + 20 + 30 = 60; JT Storage $1.00 / $1.00
  const [m] = votes(parseTerms(presetTable("maginet")), [
    { holder: "M", className: "Series A", shares: d(10) },
    { holder: "M", className: "Series D", shares: d(20) },
    { holder: "M", className: "Common", shares: d(30) },
  ]);
  expect(m.votes.toString()).toBe("60");
  const [j] = votes(parseTerms(presetTable("jt-storage")), [{ holder: "J", className: "Series A", shares: d(7) }]);
  expect(j.votes.toString()).toBe("7");
});

it("JT Storage preset after a 1-for-2 combination (CP $1.00 -> $2.00): each share converts into half a Common, no vote (Art. IV(B)5)", () => {
  // "one vote for each full share of Common Stock into which each such share ... could then be converted":
  // 1.00 / 2.00 = 0.5 Common a share, 0 full shares; 7 shares: 0 votes (the holder's aggregate, 3.5, would give 3).
  const t = presetTable("jt-storage");
  const rows = t.rows.map((r) => [...r]);
  rows[t.rows.findIndex((r) => r[0] === "Series A")][t.header.indexOf("Conversion Price")] = 2;
  const [j] = votes(parseTerms({ ...t, rows }), [{ holder: "J", className: "Series A", shares: d(7) }]);
  expect(j.votes.toString()).toBe("0");
});
