// Files as users have them (issue #10, items 2 and 3): one reading path (src/cli/input) for every file the
// command reads. The same MagiNet terms table saved the ways Excel saves it (semicolons, tabs, UTF-16,
// Windows-1252, CR-only lines) and as a workbook gives the payouts worked out by hand; a folder, a device,
// an empty file, an .xls and a wrong table name each give one line naming --terms and the path.
import { writeFileSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { parse } from "csv-parse/sync";
import { sniffDelimiter, parseDelimited } from "../../src/cli/input/csv";
import { decodeText } from "../../src/cli/input/decode";
import { json, oneLine, run, runAsync, tempFile } from "./run";

const ROOT = resolve(__dirname, "../..");
const TEMPLATE = (name: string) => join(ROOT, "templates", `${name}.xlsx`);

// MagiNet at p = $1.00 (test/cli/waterfall.test.ts works it by hand from FOURTH 2(a)): preferences
// D 22,000,006, C 33,750,000, B 5,980,185, A 300,000 (62,030,191), then D, C, B and Common share
// 16,971,788 shares x $1.00: exit 79,001,979.
const AT_ONE_DOLLAR = { "Série A": "300000.00", "Series B": "7309115.00", "Series C": "41250000.00", "Series D": "25142864.00", Common: "5000000.00" };

/** The MagiNet terms table as rows, Series A renamed "Série A" (an accented name, as Excel users write them). */
function maginetRows(): string[][] {
  const csv = run("presets", "maginet", "--csv").out;
  const rows = parse(csv) as string[][];
  return rows.map((r) => r.map((cell) => (cell === "Series A" ? "Série A" : cell)));
}

/** Rows as delimited text: every non-empty field quoted (its quotes doubled), as a careful writer does. */
function delimited(rows: string[][], sep: string, eol: string): string {
  return rows.map((r) => r.map((f) => (f === "" ? "" : `"${f.replace(/"/g, '""')}"`)).join(sep)).join(eol) + eol;
}

function file(name: string, bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "charter-input-"));
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

function payouts(path: string) {
  const r = run("waterfall", "--terms", path, "--exit", "79001979", "--json");
  if (r.code !== 0) throw new Error(r.err);
  return { payouts: JSON.parse(r.out).payouts, err: r.err };
}

describe("text files as Excel saves them", () => {
  const rows = maginetRows();
  const text = (sep: string, eol: string) => delimited(rows, sep, eol);

  it("comma, UTF-8 with a byte order mark, CRLF (Excel's CSV UTF-8)", () => {
    expect(payouts(file("terms.csv", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text(",", "\r\n"), "utf8")])))).toEqual({
      payouts: AT_ONE_DOLLAR,
      err: "",
    });
  });
  it("semicolons (Excel's CSV in many locales); the Clauses cells hold semicolons inside their quotes", () => {
    expect(rows.some((r) => r.some((f) => f.includes(";")))).toBe(true);
    expect(payouts(file("terms.csv", Buffer.from(text(";", "\r\n"), "utf8")))).toEqual({ payouts: AT_ONE_DOLLAR, err: "" });
  });
  it('tabs in UTF-16 LE with its byte order mark (Excel\'s "Unicode Text")', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text("\t", "\r\n"), "utf16le")]);
    expect(payouts(file("terms.txt", bytes))).toEqual({ payouts: AT_ONE_DOLLAR, err: "" });
  });
  it("UTF-16 BE with its byte order mark", () => {
    const le = Buffer.from(text(",", "\n"), "utf16le");
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
    expect(payouts(file("terms.csv", Buffer.concat([Buffer.from([0xfe, 0xff]), be])))).toEqual({ payouts: AT_ONE_DOLLAR, err: "" });
  });
  it("Windows-1252 (Excel's CSV on Windows): Série A read right, and stderr says how the bytes were read", () => {
    const t = text(",", "\r\n");
    expect([...t].every((ch) => ch.charCodeAt(0) < 0x80 || ch === "é")).toBe(true); // latin1 = Windows-1252 here
    const path = file("terms.csv", Buffer.from(t, "latin1"));
    const r = payouts(path);
    expect(r.payouts).toEqual(AT_ONE_DOLLAR);
    expect(r.err).toBe(`charter: --terms ${path}: the bytes are not UTF-8; read them as Windows-1252 (save as CSV UTF-8 to be sure of accented names)\n`);
  });
  it("CR-only line endings (old Mac) and LF", () => {
    expect(payouts(file("terms.csv", Buffer.from(text(",", "\r"), "utf8"))).payouts).toEqual(AT_ONE_DOLLAR);
    expect(payouts(file("terms.csv", Buffer.from(text(",", "\n"), "utf8"))).payouts).toEqual(AT_ONE_DOLLAR);
  });
  it("a cap table (call HOLDERPAYOUTS) in semicolons and UTF-16 reads as the comma file does", () => {
    // At p = $1.00 every Series A share is paid its $2.00 preference: 90,000 x 2 = 180,000.00 to Fund I.
    const cap = [
      ["Holder", "Class", "Shares"],
      ["Fund I", "Series A", "90000"],
      ["Fund II", "Series A", "60000"],
    ];
    const a = run("call", "HOLDERPAYOUTS", "maginet", file("cap.csv", Buffer.from(delimited(cap, ";", "\r\n"))), "79001979", "--json");
    const b = run(
      "call",
      "HOLDERPAYOUTS",
      "maginet",
      file("cap.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(delimited(cap, "\t", "\r\n"), "utf16le")])),
      "79001979",
      "--json",
    );
    expect(a.code).toBe(0);
    expect(JSON.parse(a.out)[1]).toEqual(["Fund I", "Series A", 90000, 180000]);
    expect(b.out).toBe(a.out);
  });
});

describe("the delimiter and the encoding", () => {
  it("sniffs the delimiter from the header line only, outside quotes; a comma on a tie or when there is none", () => {
    expect(sniffDelimiter("Class;Shares;Issue Price\nA;1,5;2")).toBe(";");
    expect(sniffDelimiter("Class\tShares\nA\t1,000")).toBe("\t");
    expect(sniffDelimiter('"Class;x",Shares\n')).toBe(",");
    expect(sniffDelimiter("Class\nA")).toBe(",");
    expect(sniffDelimiter("a;b,c\n")).toBe(",");
  });
  it("an empty field is a blank cell; short rows stay short (the table pads them)", () => {
    expect(parseDelimited('Class;Note\r\nA;\r\nB;"x;y"\r\nC', "t")).toEqual([["Class", "Note"], ["A", null], ["B", "x;y"], ["C"]]);
  });
  it("decodes by the byte order mark, else UTF-8, else Windows-1252 (0x80 is the euro sign there)", () => {
    expect(decodeText(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ text: "A", note: null });
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toEqual({ text: "A", note: null });
    expect(decodeText(Buffer.from([0xfe, 0xff, 0x00, 0x41]))).toEqual({ text: "A", note: null });
    expect(decodeText(Buffer.from("Série", "utf8")).text).toBe("Série");
    const cp = decodeText(Buffer.from([0x53, 0xe9, 0x80]));
    expect(cp.text).toBe("Sé€");
    expect(cp.note).toMatch(/Windows-1252/);
  });
  it("a quoting fault names the line where the quote opens", () => {
    const path = tempFile("terms.csv", 'Class,Shares,Note\nCommon,10,ok\nSeries A,5,"open\n');
    expect(oneLine(run("waterfall", "--terms", path, "--exit", "1"))).toBe(
      "charter: argument --terms: CSV line 3: a quoted field is never closed; end it with a double quote",
    );
  });
});

describe("paths that are not a table: one line naming --terms and the path", () => {
  const line = (path: string) => oneLine(run("waterfall", "--terms", path, "--exit", "1"));
  it("a folder", () => {
    const dir = mkdtempSync(join(tmpdir(), "charter-dir-"));
    expect(line(dir)).toBe(`charter: argument --terms, value "${dir}": is a folder, not a file; give the path of a CSV or .xlsx file`);
  });
  it("/dev/null (a device)", () => {
    expect(line("/dev/null")).toBe(
      'charter: argument --terms, value "/dev/null": is not a regular file (a device, pipe or socket); give the path of a CSV or .xlsx file',
    );
  });
  it("an empty file", () => {
    const path = tempFile("empty.csv", "");
    expect(line(path)).toBe(`charter: argument --terms, value "${path}": the file is empty; give the table with its header row`);
  });
  it("an Excel 97-2003 workbook (.xls)", () => {
    const path = file("model.xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(line(path)).toBe(
      `charter: argument --terms, value "${path}": is an Excel 97-2003 workbook (.xls); save it as .xlsx (Excel Workbook) or as CSV UTF-8`,
    );
  });
  it("UTF-16 without its byte order mark", () => {
    const path = file("terms.csv", Buffer.from("Class,Shares\nCommon,10\n", "utf16le"));
    expect(line(path)).toMatch(/looks like UTF-16 text without a byte order mark; save it as CSV UTF-8/);
  });
  it("a table name after # on a text file", () => {
    const path = tempFile("terms.csv", "Class,Shares\nCommon,10\n");
    expect(line(`${path}#Terms`)).toBe(
      `charter: argument --terms, value "${path}#Terms": "#Terms" names a table or sheet, but ${path} is not a workbook (.xlsx)`,
    );
  });
});

describe("a workbook as input (the templates)", () => {
  it("--terms maginet.xlsx reads its terms table (MagiNet_Terms): the hand-worked payouts at p = $1.00", async () => {
    const r = await runAsync("waterfall", "--terms", TEMPLATE("maginet"), "--exit", "79001979", "--json");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).payouts).toEqual({
      "Series A": "300000.00",
      "Series B": "7309115.00",
      "Series C": "41250000.00",
      "Series D": "25142864.00",
      Common: "5000000.00",
    });
  });
  it("the table named after # (case, spaces and underscores aside), or a sheet", async () => {
    const byName = await runAsync("waterfall", "--terms", `${TEMPLATE("maginet")}#maginet terms`, "--exit", "79001979", "--json");
    expect(JSON.parse(byName.out).payouts.Common).toBe("5000000.00");
    // call HOLDERPAYOUTS: the cap table by the parameter's name (capTable: Cap_Table), and by #Cap_Table.
    const a = await runAsync("call", "HOLDERPAYOUTS", TEMPLATE("maginet"), TEMPLATE("maginet"), "79001979", "--json");
    const b = await runAsync("call", "HOLDERPAYOUTS", TEMPLATE("maginet"), `${TEMPLATE("maginet")}#Cap_Table`, "79001979", "--json");
    expect(a.code).toBe(0);
    expect(b.out).toBe(a.out);
    // Each Series A holder is paid its $2.00 a share (FOURTH 2(a)); the rows add up to the exit.
    const rows = JSON.parse(a.out) as unknown[][];
    expect(rows[0]).toEqual(["Holder", "Class", "Shares", "Payout"]);
    const seriesA = rows.filter((r) => r[1] === "Series A");
    expect(seriesA.every((r) => (r[3] as number) === (r[2] as number) * 2)).toBe(true);
  });
  it("every template's terms table gives what its preset gives", async () => {
    for (const [name, extra] of [
      ["maginet", []],
      ["juniper", []],
      ["jt-storage", ["--as-of", "1999-06-30"]],
    ] as [string, string[]][]) {
      const fromBook = await runAsync("waterfall", "--terms", TEMPLATE(name), "--exit", "50000000", ...extra, "--json");
      const fromPreset = json("waterfall", "--preset", name, "--exit", "50000000", ...extra, "--json");
      expect(fromBook.err).toBe("");
      expect(JSON.parse(fromBook.out).payouts).toEqual(fromPreset.payouts);
    }
  });
  it("an unknown table or sheet lists the workbook's tables and sheets", async () => {
    const r = await runAsync("waterfall", "--terms", `${TEMPLATE("maginet")}#Nope`, "--exit", "1");
    expect(oneLine(r)).toBe(
      `charter: argument --terms, value "${TEMPLATE("maginet")}#Nope": the workbook has no table or sheet named "Nope"; its tables are MagiNet_Terms, Cap_Table; its sheets are Terms, Cap Table, Waterfall, Conversion, By Hand, Valuation, Next Round, Notes`,
    );
  });
  it("a workbook without a terms table asks for #TABLE", async () => {
    const r = await runAsync("call", "VOTES", "maginet", TEMPLATE("maginet"));
    expect(oneLine(r)).toMatch(
      /^charter: argument holdings, value ".*maginet\.xlsx": the workbook has no table named holdings; name the table or sheet after #, e\.g\./,
    );
  });
  it("a zip that is no workbook", async () => {
    const path = file("model.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]));
    const r = await runAsync("waterfall", "--terms", path, "--exit", "1");
    expect(oneLine(r)).toMatch(/^charter: argument --terms, value ".*model\.xlsx": is a zip file but not a workbook exceljs can read/);
  });
});
