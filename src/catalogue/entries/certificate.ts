// CHARTER.CERTIFICATE(terms, events, [corporation], [optionChanges]): the officer's certificate as to
// adjustments of the Conversion Price (Juniper 6(g)(ii); MagiNet 3(h); JT Storage Art. IV(B)4(f)) for the
// same dated events CPHISTORY reads: each adjustment or readjustment with its facts, computation and clause,
// the price then in effect and the Common issuable on conversion of one share. One line of text per row.
import { certificateText, conversionPriceHistory, eventsFromTable, OPTION_CHANGE_RULES } from "../../engine/ledger";
import { defineFunction } from "../define";
import { optional, param } from "../params";
import { TERMS } from "../shared-params";

export const CERTIFICATE = defineFunction({
  name: "CERTIFICATE",
  description: "The officer's certificate as to adjustments of the Conversion Price for a list of dated events, one line of text per row.",
  params: [
    TERMS,
    param.matrix("events", "Events with a header row, as CPHISTORY reads them: Date, Event, Shares, Price, ..."),
    optional(param.string("corporation", "The Corporation's name for the heading, e.g. Juniper Networks, Inc.; omitted: (charter not named).")),
    optional(
      param.choice(
        "optionChanges",
        "Which option-change events readjust, for every series: either or raise-only, as in CPHISTORY. Omitted: each series' Option Changes column.",
        OPTION_CHANGE_RULES,
      ),
    ),
  ],
  result: "matrix",
  returns: "One column: the certificate's lines, from its heading to the line for the officer's signature.",
  run: (terms, events, corporation, optionChanges) =>
    certificateText(
      conversionPriceHistory(terms, eventsFromTable(events, "events"), undefined, { optionChanges: optionChanges ?? undefined }),
      corporation ?? "",
    )
      .split("\n")
      .map((line) => [line]),
});
