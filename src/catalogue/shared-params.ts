// Parameters that many entries take, described once so Excel's help reads the same everywhere.
import { optional, param } from "./params";

/** Presets a terms argument may name, for the help text. */
const PRESET_IDS = "jt-storage, juniper or maginet";

export const TERMS = param.terms("terms", `Terms table with its header row (Class, Shares, Issue Price, ...), or a preset name: ${PRESET_IDS}.`);

export const AS_OF = optional(
  param.date("asOf", "Distribution date (a date or YYYY-MM-DD), to accrue cumulative dividends to; needed when a class accrues them."),
);

export const CLASS_NAME = param.string("className", "Class as named in the terms table, e.g. Series A (case does not matter).");

/** The IPO price AUTOCONVERT tests and IPORESET resets from. */
export const IPO_PRICE = param.number("ipoPrice", "IPO price per share to the public, in dollars.");

export const EXIT_VALUE = param.cash("exitValue", "Exit value in dollars: the amount distributed to the holders, up to 1e15 (exact to the cent).");
