// The charter presets, and finding one by id or by name ("maginet", "MagiNet", "JTS Corporation").
import { notFound } from "../engine/errors";
import type { TermsTable } from "../engine/terms/table";
import { JT_STORAGE } from "./jt-storage";
import { JUNIPER } from "./juniper";
import { MAGINET } from "./maginet";
import type { Preset } from "./types";

export type { Preset } from "./types";

export const PRESETS: readonly Preset[] = [JT_STORAGE, JUNIPER, MAGINET];

/** Lower case, corporate suffixes dropped, letters and digits only: "JT Storage, Inc." -> "jtstorage". */
function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[,.]?\s*\b(inc|incorporated|corp|corporation|co|company|ltd|llc)\b\.?\s*$/, "")
    .replace(/[^a-z0-9]/g, "");
}

function keysOf(preset: Preset): string[] {
  return [preset.id, preset.company, ...preset.names.map((n) => n.name)].map(nameKey);
}

/** The preset with this id or company name (any case, any former name); not-found lists the ids. */
export function getPreset(id: string, argument = "preset"): Preset {
  const key = nameKey(String(id ?? ""));
  const found = key === "" ? undefined : PRESETS.find((p) => keysOf(p).includes(key));
  if (found) return found;
  const list = PRESETS.map((p) => `${p.id} (${p.company})`).join(", ");
  throw notFound({ argument, value: id }, `no such preset; the presets are ${list}`);
}

/** A fresh copy of a preset's terms table (the caller may edit it; the preset stays as it is). */
export function presetTable(id: string, argument = "preset"): TermsTable {
  const { table } = getPreset(id, argument);
  return { header: [...table.header], rows: table.rows.map((row) => [...row]) };
}
