// A preset's main terms at a glance, for the list: company, charter date, series, preferences,
// seniority, participation, and the inputs the charter does not state. Read from the preset's table
// through the one parser, so the list says what the functions will compute with.
import type { Decimal } from "../engine";
import { parseTerms } from "../engine";
import type { DividendAccrual, ShareClass } from "../engine";
import { formatPrice } from "../engine";
import type { Preset } from "../presets";

export interface PresetGlance {
  id: string;
  company: string;
  /** "3 February 1995", or a note that the text gives none. */
  charterDate: string;
  /** The preferred series, in table order. */
  series: string[];
  preferences: string;
  seniority: string;
  participation: string;
  /** The inputs the charter does not state (CLASS.COLUMN, the value used, why). */
  inputs: Preset["inputs"];
  /** Those inputs by column: "Shares (A, B, C, D, Common), Declared Unpaid (A)". */
  inputColumns: string;
  summary: string;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "1995-02-03" -> "3 February 1995"; null -> "not stated in the text". */
export function charterDateText(date: string | null): string {
  if (!date) return "not stated in the text";
  const [y, m, d] = date.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "Series A", "Series B" -> "A", "B" when there are several and every name starts with "Series "; else the names. */
function shortNames(classes: readonly ShareClass[]): Map<ShareClass, string> {
  const allSeries = classes.length > 1 && classes.every((c) => /^series\s+\S/i.test(c.name));
  return new Map(classes.map((c) => [c, allSeries ? c.name.replace(/^series\s+/i, "") : c.name]));
}

function multipleText(m: Decimal): string {
  return `${m.toString()}x`;
}

const DIVIDEND_TEXT: Record<DividendAccrual, string> = {
  declared: "plus declared unpaid dividends",
  cumulative: "plus cumulative dividends",
  "greater-of": "plus the greater of accrued or declared dividends",
};

function listOf(names: string[]): string {
  return names.join(", ");
}

/** The glance of one preset. */
export function presetGlance(preset: Preset): PresetGlance {
  const terms = parseTerms(preset.table, preset.id);
  const preferred = terms.classes.filter((c) => c.kind === "preferred");
  const short = shortNames(preferred);
  const name = (c: ShareClass) => short.get(c) ?? c.name;
  // Higher Seniority is paid first (OCF convention, engine/terms/model.ts); ties keep table order.
  const bySeniority = [...preferred].sort((a, b) => b.seniority - a.seniority);

  const multiples = new Set(preferred.map((c) => c.preferenceMultiple.toString()));
  const uniform = multiples.size === 1;
  const items = bySeniority.map((c) => {
    const amount = formatPrice(c.preferenceMultiple.times(c.issuePrice));
    return uniform ? `${name(c)} ${amount}` : `${name(c)} ${amount} (${multipleText(c.preferenceMultiple)})`;
  });
  // One dividend rule for all: "plus declared unpaid dividends"; mixed: each rule with its classes.
  const byAccrual = new Map<DividendAccrual, string[]>();
  for (const c of bySeniority) byAccrual.set(c.dividendAccrual, [...(byAccrual.get(c.dividendAccrual) ?? []), name(c)]);
  const dividends =
    byAccrual.size === 1
      ? [...byAccrual.keys()].map((a) => DIVIDEND_TEXT[a])
      : [`plus ${[...byAccrual].map(([a, who]) => `${DIVIDEND_TEXT[a].replace(/^plus /, "")} (${who.join(", ")})`).join(", ")}`];
  const preferences =
    preferred.length === 0
      ? "None (no preferred class)"
      : `${uniform ? `${multipleText(preferred[0].preferenceMultiple)}: ` : ""}${items.join(", ")} a share, ${dividends.join("; ")}`;

  const tiers: ShareClass[][] = [];
  for (const c of bySeniority) {
    const last = tiers[tiers.length - 1];
    if (last && last[0].seniority === c.seniority) last.push(c);
    else tiers.push([c]);
  }
  const tierText = tiers.map((t) => t.map(name).join(" = ")).join(" > ");
  const seniority = preferred.length === 0 ? "Common only" : `${tierText}${tiers.length === 1 && tiers[0].length > 1 ? " (pari passu)" : ""}, then Common`;

  const full = bySeniority.filter((c) => c.participation === "full");
  const capped = bySeniority.filter((c) => c.participation === "capped");
  const none = bySeniority.filter((c) => c.participation === "none");
  const parts: string[] = [];
  if (full.length) parts.push(`Participating: ${listOf(full.map(name))}`);
  for (const c of capped) parts.push(`${name(c)} capped at ${formatPrice(c.capMultiple!.times(c.issuePrice))} a share`);
  if (none.length) parts.push(`Non-participating: ${listOf(none.map(name))}`);
  for (const c of bySeniority) {
    if (c.waiverPrice) parts.push(`${name(c)}'s preference falls away once it would get ${formatPrice(c.waiverPrice)} a share as converted`);
  }

  // Inputs grouped by column, classes in the short names the other lines use.
  const byColumn = new Map<string, string[]>();
  const shortOf = new Map(terms.classes.map((c) => [c.name.toLowerCase(), short.get(c) ?? c.name]));
  for (const input of preset.inputs) {
    const cls = [...shortOf.keys()].filter((n) => input.cell.toLowerCase().startsWith(`${n}.`)).sort((a, b) => b.length - a.length)[0];
    const column = cls === undefined ? input.cell : input.cell.slice(cls.length + 1);
    const who = cls === undefined ? [] : [shortOf.get(cls)!];
    byColumn.set(column, [...(byColumn.get(column) ?? []), ...who]);
  }
  const inputColumns = [...byColumn].map(([column, who]) => (who.length ? `${column} (${who.join(", ")})` : column)).join(", ");

  return {
    id: preset.id,
    company: preset.company,
    charterDate: charterDateText(preset.charterDate),
    series: preferred.map((c) => c.name),
    preferences,
    seniority,
    participation: parts.length ? parts.join(" · ") : "No preferred class",
    inputs: preset.inputs,
    inputColumns,
    summary: preset.summary,
  };
}
