// CHARTER.CPHISTORY(terms, events, [className], [optionChanges]): every series' conversion price through a
// dated list of issues, option grants, exercises, expiries and changes, splits, stock dividends,
// reclassifications, distributions and IPOs, as the officer's certificate records it (Juniper 6(d), 6(e),
// 6(g); MagiNet 3(c)-(f), 3(h); JT Storage Art. IV(B)4(d)): one row per series per event. `optionChanges`,
// when given, overrides the terms' Option Changes column for every series.
import { conversionPriceHistory, eventsFromTable, historyTable, OPTION_CHANGE_RULES } from "../../engine/ledger";
import { defineFunction } from "../define";
import { optional, param } from "../params";
import { TERMS } from "../shared-params";

export const CPHISTORY = defineFunction({
  name: "CPHISTORY",
  description: "Conversion price history: each series' price before and after every event, with its clause (a header row, then one row per change).",
  params: [
    TERMS,
    param.matrix(
      "events",
      "Events with a header row: Date, Event (issue, option-grant, option-exercise, option-expiry, option-change, split, stock-dividend, reclassification, distribution, ipo), Shares, Price, ...",
    ),
    optional(param.string("className", "Series to show, e.g. Series B; omitted: every series.")),
    optional(
      param.choice(
        "optionChanges",
        "Which option-change events readjust, for every series: either (any change in shares or price, MagiNet 3(f)(i)(E)(3)) or raise-only (an increase in price or decrease in shares, Juniper 6(d)(iii)(B)). Omitted: each series' Option Changes column.",
        OPTION_CHANGE_RULES,
      ),
    ),
  ],
  result: "matrix",
  returns: "Rows of date, event, class, conversion price before, after, and clause.",
  run: (terms, events, className, optionChanges) =>
    historyTable(conversionPriceHistory(terms, eventsFromTable(events, "events"), undefined, { optionChanges: optionChanges ?? undefined }), className),
});
