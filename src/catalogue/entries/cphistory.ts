// CHARTER.CPHISTORY(terms, events, [className]): every series' conversion price through a dated list of
// issues, option grants, exercises and expiries, splits and IPOs, as the officer's certificate records it
// (Juniper 6(d), 6(h); MagiNet 3(f), 3(h); JT Storage Art. IV(B)4(d)): one row per series per event.
import { conversionPriceHistory, eventsFromTable, historyTable } from "../../engine/ledger";
import { defineFunction } from "../define";
import { optional, param } from "../params";
import { TERMS } from "../shared-params";

export const CPHISTORY = defineFunction({
  name: "CPHISTORY",
  description: "Conversion price history: each series' price before and after every event, with its clause (a header row, then one row per change).",
  params: [
    TERMS,
    param.matrix("events", "Events with a header row: Date, Event (issue, option-grant, option-exercise, option-expiry, split, ipo), Shares, Price, ..."),
    optional(param.string("className", "Series to show, e.g. Series B; omitted: every series.")),
  ],
  result: "matrix",
  returns: "Rows of date, event, class, conversion price before, after, and clause.",
  run: (terms, events, className) => historyTable(conversionPriceHistory(terms, eventsFromTable(events, "events")), className),
});
