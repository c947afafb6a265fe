// The ledger as rows for a spill: [date, event, class, before, after, clause], a header row first.
import type { Decimal } from "../decimal";
import { notFound } from "../errors";
import type { ConversionPriceHistory } from "./history";

export type HistoryCell = string | Decimal;

export const HISTORY_HEADER = ["Date", "Event", "Class", "Before", "After", "Clause"] as const;

/** The header row, then one row per series per event (only `className`'s rows when given). */
export function historyTable(history: ConversionPriceHistory, className?: string | null): HistoryCell[][] {
  let steps = history.steps;
  if (className != null && className.trim() !== "") {
    const key = className.trim().toLowerCase();
    const series = history.series.find((s) => s.name.toLowerCase() === key);
    if (!series) {
      throw notFound(
        { argument: "className", value: className },
        `is not a series of Preferred in the terms; the series are ${history.series.map((s) => s.name).join(", ") || "(none)"}`,
      );
    }
    steps = steps.filter((s) => s.className === series.name);
  }
  return [[...HISTORY_HEADER], ...steps.map((s) => [s.date, s.event, s.className, s.before, s.after, s.clause])];
}
