// The bad-input catalogue (issue 10 item 10): one table of what a tired analyst types, run through every
// host that reads it (the `charter` command, the catalogue as the Excel wrappers and HyperFormula call it,
// and the task pane's Explain), each expecting ONE message that names the argument or flag as the user
// wrote it, the class and column where there is one, the value as typed, and what is wrong. The expected
// words are the reading rule of README "How values are read", written out here, not taken from the code.
import "../helpers/custom-functions-mock";
import { DetailedCellError } from "hyperformula";
import { call, isHostError, type HostArg } from "../../src/catalogue";
import { ACCRUEDDIV, CONVSHARES, LIQPREF } from "../../src/functions/functions";
import { createCharterEngine } from "../../src/hyperformula/plugin";
import { explainExit, type ExplainRequest } from "../../src/taskpane/explain";
import { excelErrorOf, OMITTED } from "../helpers/custom-functions-mock";
import { run, tempFile, type Run } from "./run";
import { readFileSync } from "fs";
import { join } from "path";

/** What is wrong, as the message says it after "value ...: ". */
const MONEY_FORMS = "write dollars and cents such as 100000000, 100,000,000, $58,740,098.50 or 1e8";
const SHARE_FORMS = "write a whole number of shares such as 1743751 or 1,743,751";
const AMOUNT_FORMS = "write digits such as 8.93, $8.93, 1743751 or 1,743,751";
const COMMA = "is not a number: a comma separates thousands (three digits follow it), and the fraction comes after a point";
const POINTS = "is not a number: thousands are separated by commas, and the fraction comes after a point";
const PERCENT_AMOUNT = "is a percentage; a percentage is read only where a rate or multiple is meant, not as an amount";
const ABOVE_EXIT = "is above the largest exit value the engine computes to the cent, 1e15 ($1,000,000,000,000,000)";
const NOT_A_DATE = "is not a date; write it as YYYY-MM-DD";

/**
 * Exit values (money: whole cents, no %), each with the problem stated. A value read but out of range
 * is shown as read where the catalogue checks it (1e400 as 1e+400); the command shows it as typed.
 */
const EXITS: [string, string, string?][] = [
  // 100.005 is a fraction of a cent, or (with the point as a thousands separator) 100,005.
  ["100.005", "is not a whole number of cents; if the point separates thousands, write 100005"],
  ["85%", `${PERCENT_AMOUNT}; ${MONEY_FORMS}`],
  // 1.000: one dollar, or one thousand.
  ["1.000", "is ambiguous: a point followed by three digits separates thousands in some places and marks a fraction in others; write 1000 or 1.00"],
  ["1,5", `${COMMA}; ${MONEY_FORMS}`],
  ["1.000.000", `${POINTS}; ${MONEY_FORMS}`],
  ["ten", `is not a number; ${MONEY_FORMS}`],
  ["1e400", ABOVE_EXIT, "1e+400"],
  ["-1", "an exit value must be 0 or more"],
];

/** Share counts (whole, no $ or %). */
const SHARES: [string, string][] = [
  ["1000000.5", "is not a whole number of shares; share counts are whole"],
  ["85%", `is a percentage, not a count; ${SHARE_FORMS}`],
  ["$100", `is an amount of money, not a count; ${SHARE_FORMS}`],
  ["1.000", "is ambiguous: a point followed by three digits separates thousands in some places and marks a fraction in others; write 1000 or 1"],
  ["1.500", "is not a whole number; if the point separates thousands, write 1500"],
  ["1e400", "is more than 1e15 (1,000,000,000,000,000) shares, the largest share count read"],
  ["many", `is not a number; ${SHARE_FORMS}`],
  ["1,5", `${COMMA}; ${SHARE_FORMS}`],
];

/** Dates. */
const DATES: [string, string][] = [
  // 3/4/2024: March 4 in the US, 3 April elsewhere.
  [
    "3/4/2024",
    "is ambiguous: 3/4 may be month/day (US) or day/month; write 2024-03-04 or 2024-04-03; write YYYY-MM-DD (e.g. 2024-01-15), an Excel date, D-Mon-YYYY (15-Jan-2024), or D/M/YYYY or M/D/YYYY where the day is above 12",
  ],
  ["2024-02-30", NOT_A_DATE],
  ["soon", NOT_A_DATE],
  ["20240115", NOT_A_DATE],
];

/** The one line a failed run printed, and its exit code. */
function failure(r: Run): [number, string] {
  const lines = r.err.split("\n").filter((l) => l !== "");
  expect(lines).toHaveLength(1);
  return [r.code, lines[0]];
}

/** The message of a catalogue result: the error itself, or the first cell's of a spill. */
function messageOf(result: unknown): string {
  const cell = Array.isArray(result) ? result[0][0] : result;
  if (!isHostError(cell)) throw new Error(`expected an error, got ${String(cell)}`);
  return cell.message;
}

/** The message Excel shows: a scalar result's error is thrown, a spill's is in its first cell. */
function excelMessage(f: () => unknown[][]): string {
  try {
    const cell = f()[0][0];
    if (cell instanceof CustomFunctions.Error) return cell.message ?? "";
    throw new Error(`expected an error, got ${String(cell)}`);
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return e.message ?? "";
    throw e;
  }
}

/** The message HyperFormula shows for a formula alone in a sheet. */
function hfMessage(formula: string): string {
  const hf = createCharterEngine({ Main: [[formula]] });
  const v = hf.getCellValue({ sheet: hf.getSheetId("Main")!, row: 0, col: 0 });
  hf.destroy();
  if (!(v instanceof DetailedCellError)) throw new Error(`expected an error, got ${String(v)}`);
  return v.message;
}

/** The message the task pane's Explain shows for a LIQPREF whose exit cell holds `exit`. */
function paneMessage(exit: HostArg, terms: HostArg = "maginet", asOf: HostArg = null): string {
  const request: ExplainRequest = {
    formula: '=CHARTER.LIQPREF("maginet", B10)',
    cell: "C10",
    sheet: "Sheet1",
    terms,
    termsSource: 'preset "maginet"',
    exits: [{ value: exit as never, source: "B10" }],
    exitIndex: 0,
    className: null,
    asOf: asOf as never,
  };
  const r = explainExit(request, 0);
  if (r.ok) throw new Error("expected the pane to refuse");
  return r.message;
}

const q = (text: string) => JSON.stringify(text);

type Case = [string, () => unknown, unknown];

const cases: Case[] = [];

// Exit values through every host.
for (const [text, problem, read = text] of EXITS) {
  cases.push(
    [
      `charter waterfall --exit ${text}`,
      () => failure(run("waterfall", "--preset", "maginet", "--exit", text)),
      [1, `charter: argument --exit, value ${q(text)}: ${problem}`],
    ],
    [
      `charter call LIQPREF maginet ${text}`,
      () => failure(run("call", "LIQPREF", "maginet", text)),
      [1, `charter: argument exitValues, value ${q(text)}: ${problem}`],
    ],
    [
      `catalogue LIQPREF("maginet", ${q(text)})`,
      () => messageOf(call("LIQPREF", ["maginet", text])),
      `argument exitValues (row 1, column 1), value ${q(read)}: ${problem}`,
    ],
    [
      `Excel =CHARTER.LIQPREF("maginet", ${q(text)}, "Series A")`,
      () => excelMessage(() => LIQPREF([["maginet"]], [[text]], "Series A", OMITTED)),
      `argument exitValues (row 1, column 1), value ${q(read)}: ${problem}`,
    ],
    [
      `HyperFormula =CHARTER.LIQPREF("maginet", ${q(text)}, "Series A")`,
      () => hfMessage(`=CHARTER.LIQPREF("maginet", ${q(text)}, "Series A")`),
      `argument exitValues (row 1, column 1), value ${q(read)}: ${problem}`,
    ],
    [`task pane Explain of an exit cell holding ${text}`, () => paneMessage(text), `#VALUE! argument exitValue, value ${q(read)}: ${problem}`],
  );
}

// Share counts: a terms cell edited by --set, CONVSHARES in every host, a cap table cell.
for (const [text, problem] of SHARES) {
  cases.push(
    [
      `charter waterfall --set "Common.Shares=${text}"`,
      () => failure(run("waterfall", "--preset", "maginet", "--exit", "1000000", "--set", `Common.Shares=${text}`)),
      [1, `charter: argument --set ${q(`Common.Shares=${text}`)}, class Common, column Shares, value ${q(text)}: ${problem}`],
    ],
    [
      `charter call CONVSHARES ${text} 2.40 1.07`,
      () => failure(run("call", "CONVSHARES", text, "2.40", "1.07")),
      [1, `charter: argument preferredShares, value ${q(text)}: ${problem}`],
    ],
    [
      `catalogue CONVSHARES(${q(text)}, 2.4, 1.07)`,
      () => messageOf(call("CONVSHARES", [text, 2.4, 1.07])),
      `argument preferredShares, value ${q(text)}: ${problem}`,
    ],
    [
      `Excel =CHARTER.CONVSHARES(${q(text)}, 2.4, 1.07)`,
      () => excelErrorOf(() => CONVSHARES(text as never, 2.4, 1.07, OMITTED)).message,
      `argument preferredShares, value ${q(text)}: ${problem}`,
    ],
    [
      `HyperFormula =CHARTER.CONVSHARES(${q(text)}, 2.4, 1.07)`,
      () => hfMessage(`=CHARTER.CONVSHARES(${q(text)}, 2.4, 1.07)`),
      `argument preferredShares, value ${q(text)}: ${problem}`,
    ],
    [
      `catalogue HOLDERPAYOUTS with a cap table holding ${text} shares`,
      () =>
        messageOf(
          call("HOLDERPAYOUTS", [
            "maginet",
            [
              ["Holder", "Class", "Shares"],
              ["Ann", "Series A", text],
            ],
            1000000,
          ]),
        ),
      `argument capTable row 1, column Shares, value ${q(text)}: ${problem}`,
    ],
  );
}

// Dates: --as-of, and ACCRUEDDIV's issueDate in every host.
for (const [text, problem] of DATES) {
  cases.push(
    [
      `charter waterfall --preset jt-storage --as-of ${text}`,
      () => failure(run("waterfall", "--preset", "jt-storage", "--exit", "1000000", "--as-of", text)),
      [1, `charter: argument --as-of, value ${q(text)}: ${problem}`],
    ],
    [
      `catalogue ACCRUEDDIV(0.09, ${q(text)}, "2000-01-01")`,
      () => messageOf(call("ACCRUEDDIV", [0.09, text, "2000-01-01"])),
      `argument issueDate, value ${q(text)}: ${problem}`,
    ],
    [
      `Excel =CHARTER.ACCRUEDDIV(0.09, ${q(text)}, "2000-01-01")`,
      () => excelErrorOf(() => ACCRUEDDIV(0.09, text, "2000-01-01", OMITTED, OMITTED)).message,
      `argument issueDate, value ${q(text)}: ${problem}`,
    ],
    [
      `HyperFormula =CHARTER.ACCRUEDDIV(0.09, ${q(text)}, "2000-01-01")`,
      () => hfMessage(`=CHARTER.ACCRUEDDIV(0.09, ${q(text)}, "2000-01-01")`),
      `argument issueDate, value ${q(text)}: ${problem}`,
    ],
  );
}

// Numbers as Excel passes them (binary doubles).
cases.push(
  [
    "Excel CONVSHARES(1000000.5 as a double)",
    () => excelErrorOf(() => CONVSHARES(1000000.5, 2.4, 1.07, OMITTED)).message,
    `argument preferredShares, value 1000000.5: is not a whole number of shares; share counts are whole`,
  ],
  [
    "Excel LIQPREF at 100.005 (a double)",
    () => excelMessage(() => LIQPREF([["maginet"]], [[100.005]], "Series A", OMITTED)),
    `argument exitValues (row 1, column 1), value 100.005: is not a whole number of cents; an exit, a payment or a fund amount is paid in whole cents, so give at most two decimal places`,
  ],
  [
    "catalogue DIVIDENDS of 464602.451 (a payment is whole cents)",
    () => messageOf(call("DIVIDENDS", ["juniper", 464602.451])),
    "argument amount, value 464602.451: is not a whole number of cents; an exit, a payment or a fund amount is paid in whole cents, so give at most two decimal places",
  ],
  [
    "catalogue REDEMPTION funds of 1000.001",
    () =>
      messageOf(
        call("REDEMPTION", [
          "jt-storage",
          "Series A",
          [
            ["Date", "Amount"],
            ["2000-01-10", 1000.001],
          ],
        ]),
      ),
    "argument funds row 1, column Amount, value 1000.001: is not a whole number of cents; an exit, a payment or a fund amount is paid in whole cents, so give at most two decimal places",
  ],
);

// The terms table.
const HEADER = ["Class", "Shares", "Issue Price", "Preference Multiple", "Seniority", "Participation", "Cap Multiple", "Conversion Price"];
const SERIES_A = ["Series A", 1000000, 1, 1, 1, "none", null, 1];
cases.push(
  [
    "a terms table without Common",
    () => messageOf(call("LIQPREF", [[HEADER, SERIES_A], 1000000])),
    'argument terms, column Class: has no row for Common; add a row "Common" with the Common shares outstanding (the classes are Series A)',
  ],
  [
    "a terms table with 0 Common shares",
    () => messageOf(call("LIQPREF", [[HEADER, SERIES_A, ["Common", 0, null, null, null, null, null, null]], 1000000])),
    'argument terms, class Common, column Shares, value "0": there must be Common outstanding for preferred to convert into; give the Common shares outstanding',
  ],
  [
    "a fractional share count in the terms",
    () => messageOf(call("CLASSES", [[HEADER, ["Series A", "1,000,000.5", 1, 1, 1, "none", null, 1], ["Common", 1, null, null, null, null, null, null]]])),
    `argument terms, class Series A, column Shares, value "1,000,000.5": is not a whole number of shares; share counts are whole`,
  ],
  [
    "a percentage as a Dividend Rate (dollars a share)",
    () =>
      messageOf(
        call("CLASSES", [
          [
            [...HEADER, "Dividend Rate"],
            [...SERIES_A, "8%"],
            ["Common", 1, null, null, null, null, null, null, null],
          ],
        ]),
      ),
    'argument terms, class Series A, column Dividend Rate, value "8%": is a percentage, but the Dividend Rate is the dividend in dollars per share per annum; write 8% of a $1.00 Issue Price as 0.08',
  ],
  [
    "--terms file with a bad cell names --terms",
    () => failure(run("waterfall", "--terms", tempFile("t.csv", `${HEADER.join(",")}\nSeries A,1000000,1,1,1,partial,,1\nCommon,1,,,,,,\n`), "--exit", "1000")),
    [1, 'charter: argument --terms, class Series A, column Participation, value "partial": must be one of none, full, capped'],
  ],
  [
    "--terms file without Common",
    () => failure(run("waterfall", "--terms", tempFile("t.csv", `${HEADER.join(",")}\nSeries A,1000000,1,1,1,none,,1\n`), "--exit", "1000")),
    [1, 'charter: argument --terms, column Class: has no row for Common; add a row "Common" with the Common shares outstanding (the classes are Series A)'],
  ],
  [
    "--preset with a --set that drops Common to 0",
    () => failure(run("waterfall", "--preset", "maginet", "--exit", "1000", "--set", "Common.Shares=0")),
    [
      1,
      'charter: argument --set "Common.Shares=0", class Common, column Shares, value "0": there must be Common outstanding for preferred to convert into; give the Common shares outstanding',
    ],
  ],
);

// Prices (amounts: any decimals, no %).
cases.push(
  [
    'charter waterfall --set "Series A.Issue Price=85%"',
    () => failure(run("waterfall", "--preset", "maginet", "--exit", "1000", "--set", "Series A.Issue Price=85%")),
    [1, `charter: argument --set "Series A.Issue Price=85%", class Series A, column Issue Price, value "85%": ${PERCENT_AMOUNT}; ${AMOUNT_FORMS}`],
  ],
  [
    "charter call FULLRATCHET 1,5 2",
    () => failure(run("call", "FULLRATCHET", "1,5", "2")),
    [1, `charter: argument conversionPrice, value "1,5": ${COMMA}; ${AMOUNT_FORMS}`],
  ],
  [
    'HyperFormula =CHARTER.FULLRATCHET("1e400", 2)',
    () => hfMessage('=CHARTER.FULLRATCHET("1e400", 2)'),
    'argument conversionPrice, value "1e400": is above 1e15 (1,000,000,000,000,000), the largest number read',
  ],
);

// Flags named as typed.
cases.push(
  [
    "jt-storage without --as-of names --as-of",
    () => failure(run("waterfall", "--preset", "jt-storage", "--exit", "1000000")),
    [1, "charter: argument --as-of, class Series A: a date is needed to accrue the cumulative dividend to; give the distribution date"],
  ],
  [
    "an unknown option",
    () => failure(run("waterfall", "--preset", "maginet", "--exits", "5")),
    [
      2,
      "charter: unknown option --exits for waterfall; its options are --preset, --terms, --set, --exit, --as-of, --explain, --json, --help (see charter waterfall --help)",
    ],
  ],
  [
    "an unknown short option",
    () => failure(run("waterfall", "-x")),
    [
      2,
      "charter: unknown option -x for waterfall; its options are --preset, --terms, --set, --exit, --as-of, --explain, --json, --help (see charter waterfall --help)",
    ],
  ],
  [
    "a switch with a value",
    () => failure(run("waterfall", "--preset", "maginet", "--exit", "5", "--json=yes")),
    [2, "charter: --json takes no value (see charter waterfall --help)"],
  ],
  [
    "--exit twice",
    () => failure(run("waterfall", "--preset", "maginet", "--exit", "5", "--exit=6")),
    [2, "charter: --exit is given twice; give it once (see charter waterfall --help)"],
  ],
  [
    "--exit without its value",
    () => failure(run("waterfall", "--preset", "maginet", "--exit")),
    [2, "charter: --exit needs a value (AMOUNT) (see charter waterfall --help)"],
  ],
  [
    "a negative exit typed as a value of --exit",
    () => failure(run("waterfall", "--preset", "maginet", "--exit", "-5")),
    [1, 'charter: argument --exit, value "-5": an exit value must be 0 or more'],
  ],
);

// A 10 MB cell: 200 characters of it and its length, not 20 MB of message.
const BIG = "9".repeat(5_000_000) + "x".repeat(5_000_000);
cases.push(
  [
    "a 10 MB exit value",
    () => messageOf(call("LIQPREF", ["maginet", BIG])),
    `argument exitValues (row 1, column 1), value ${q(BIG.slice(0, 200))}... (10000000 characters): is not a number; ${MONEY_FORMS}`,
  ],
  [
    "a 10 MB Shares cell",
    () => messageOf(call("CLASSES", [[HEADER, ["Series A", BIG, 1, 1, 1, "none", null, 1], ["Common", 1, null, null, null, null, null, null]]])),
    `argument terms, class Series A, column Shares, value ${q(BIG.slice(0, 200))}... (10000000 characters): is not a number; ${SHARE_FORMS}`,
  ],
);

describe("the bad-input catalogue: one message naming the argument or flag, class, column and value", () => {
  it("has at least 100 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
  });
  it.each(cases)("%s", (_name, got, want) => {
    expect(got()).toEqual(want);
  });
});

// What was read right stays right, and what the issue found refused now reads as the user meant.
describe("inputs that are read, the same in every host", () => {
  it("1,000 is one thousand in the catalogue (Excel, HyperFormula) as in the command", () => {
    expect(String(call("CONVSHARES", ["1,000", 2.4, 1.07, "none"]))).toBe(String(call("CONVSHARES", [1000, 2.4, 1.07, "none"])));
    expect(run("call", "CONVSHARES", "1,000", "2.40", "1.07", "none").out).toBe(run("call", "CONVSHARES", "1000", "2.40", "1.07", "none").out);
  });
  it("a computed exit =A1*1.1 (110.00000000000001 as a double) is read as Excel shows it, $110.00", () => {
    // MagiNet pays Series D first (FOURTH 2(a)): all of $110.00 goes to Series D.
    expect(100 * 1.1).toBe(110.00000000000001);
    expect(LIQPREF([["maginet"]], [[100 * 1.1]], "Series D", OMITTED)).toEqual([[110]]);
  });
  it("an exits CSV with a header row, and a one-line exits CSV", () => {
    // $1,000,000 and $2,000,000 go to Series D, the senior preference (22,000,006 in all).
    const withHeader = run("call", "LIQPREF", "maginet", tempFile("exits.csv", 'Exit Value\n1000000\n"2,000,000"\n'), "Series D", "--json");
    expect([withHeader.code, JSON.parse(withHeader.out)]).toEqual([0, [[1000000], [2000000]]]);
    const oneLine = run("call", "LIQPREF", "maginet", tempFile("one.csv", "5000000\n"), "Series D", "--json");
    expect([oneLine.code, JSON.parse(oneLine.out)]).toEqual([0, 5000000]);
  });
  it('a cap table with "4,000,000" shares, as the terms CSV reads it', () => {
    // MagiNet at $1,000,000: all to Series D (senior), so a Series D holder of 3,142,858 shares gets it all.
    const cap = tempFile("cap.csv", 'Holder,Class,Shares\nAnn,Series D,"3,142,858"\nBob,Common,"4,000,000"\n');
    const rows = JSON.parse(run("call", "HOLDERPAYOUTS", "maginet", cap, "1000000", "--json").out);
    expect(rows.slice(0, 3)).toEqual([
      ["Holder", "Class", "Shares", "Payout"],
      ["Ann", "Series D", 3142858, 1000000],
      ["Bob", "Common", 4000000, 0],
    ]);
  });
  it("dates as Excel writes them into CSV, where the order is certain", () => {
    // 0.09 a year from 1995-01-15 to 1996-01-15: 365 days / 365 = one year, 0.09.
    for (const issued of ["1995-01-15", "15/01/1995", "1/15/1995", "15-Jan-1995", "15-Jan-95", "Jan 15, 1995", "1995-01-15 0:00"]) {
      expect([issued, String(call("ACCRUEDDIV", [0.09, issued, "1996-01-15"]))]).toEqual([issued, "0.09"]);
    }
  });
  it("charter --version", () => {
    const r = run("--version");
    expect([r.code, r.out]).toEqual([
      0,
      `charter ${(JSON.parse(readFileSync(join(__dirname, "../../package.json"), "utf8")) as { version: string }).version}\n`,
    ]);
  });
  it("call rounds long numbers for reading, marked ~, and --json keeps them exact", () => {
    // CONVSHARES 1000 x 2.40 / 1.07 = 2242.990654205607...: 6 significant digits 2242.99.
    expect(run("call", "CONVSHARES", "1000", "2.40", "1.07", "none").out).toBe("~2242.99\n");
    expect(run("call", "CONVSHARES", "1000", "2.40", "1.07", "none", "--json").out).toMatch(
      /^2242\.990654205607476635514018691588785046728971962616822429\d*\n$/,
    );
    // Whole shares (the default rounding, down) are exact already: 2242.
    expect(run("call", "CONVSHARES", "1000", "2.40", "1.07").out).toBe("2242\n");
  });
});
