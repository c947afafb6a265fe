import fc from "fast-check";
import { contentKey, parseCsv, setCell, tableFromMatrix, toCsv, type Cell, type TermsTable } from "./table";
import { thrown } from "../../../test/helpers/errors";

describe("tableFromMatrix", () => {
  it("takes the first row as the header and drops fully blank trailing rows and columns", () => {
    // A range selected larger than the table: one blank column and two blank rows around a 2 x 2 table.
    const matrix: Cell[][] = [
      ["Class", "Shares", null],
      ["Series A", 100, ""],
      [null, "  ", null],
      [null, null, null],
    ];
    expect(tableFromMatrix(matrix, "terms")).toEqual({ header: ["Class", "Shares"], rows: [["Series A", 100]] });
  });

  it("keeps blank rows and columns inside the table, pads short rows and reads undefined as blank", () => {
    const matrix = [["Class", "", "Shares"], [null], ["Common", undefined, 5]] as unknown as Cell[][];
    expect(tableFromMatrix(matrix, "terms")).toEqual({
      header: ["Class", "", "Shares"],
      rows: [
        [null, null, null],
        ["Common", null, 5],
      ],
    });
  });

  it("trims header texts and writes a number header as text", () => {
    expect(
      tableFromMatrix(
        [
          ["  Class ", 2020],
          ["A", 1],
        ],
        "terms",
      ).header,
    ).toEqual(["Class", "2020"]);
  });

  it("rejects an empty range, a blank header row, a header with no rows and a non-cell value", () => {
    expect(thrown(() => tableFromMatrix([], "terms")).message).toBe(
      "argument terms: is empty; give the terms table with its header row (Class, Shares, Issue Price, ...)",
    );
    expect(
      thrown(() =>
        tableFromMatrix(
          [
            [null, ""],
            ["Series A", 1],
          ],
          "terms",
        ),
      ).message,
    ).toBe("argument terms: the first row must be the header (Class, Shares, Issue Price, ...), but it is blank");
    expect(
      thrown(() =>
        tableFromMatrix(
          [
            ["Class", "Shares"],
            [null, null],
          ],
          "myTerms",
        ),
      ).message,
    ).toBe("argument myTerms: has a header but no classes; add one row per class under it");
    const e = thrown(() => tableFromMatrix([["Class"], [{} as unknown as Cell]], "terms"));
    expect(e.kind).toBe("value");
    expect(e.message).toBe('argument terms, value "[object Object]": row 2, column 1 is not a cell value (text, number or TRUE/FALSE)');
  });
});

describe("parseCsv", () => {
  it("reads RFC 4180 quoting: commas, doubled quotes and line breaks inside quotes, CRLF or LF", () => {
    const text = 'Class,Shares,Note\r\n"Series A","1,743,751","says ""hi""\nand more"\nCommon,,""\r\n';
    expect(parseCsv(text)).toEqual({
      header: ["Class", "Shares", "Note"],
      rows: [
        ["Series A", "1,743,751", 'says "hi"\nand more'],
        // An empty unquoted field is a blank cell; a quoted empty field is an empty text.
        ["Common", null, ""],
      ],
    });
  });

  it("drops a byte-order mark and blank trailing lines, and keeps every field as text", () => {
    expect(parseCsv("\uFEFFClass,Shares\nCommon,10\n\n\n")).toEqual({ header: ["Class", "Shares"], rows: [["Common", "10"]] });
  });

  it("names the line of a quoted field never closed", () => {
    const e = thrown(() => parseCsv('Class,Note\nCommon,"open\nstill open'));
    expect(e.message).toBe("argument terms: CSV line 2: a quoted field is never closed; end it with a double quote");
  });

  it("rejects a quote inside an unquoted field and text after a closing quote, naming the line", () => {
    expect(thrown(() => parseCsv('Class,Note\nCommon,5"\n')).message).toBe(
      'argument terms: CSV line 2: a double quote inside an unquoted field; enclose the field in double quotes and write the quote twice ("")',
    );
    expect(thrown(() => parseCsv('Class,Note\nA,1\nCommon,"a"b\n', "file")).message).toBe(
      'argument file: CSV line 3: text after a closing double quote; a quote inside a quoted field is written twice ("")',
    );
  });

  it("rejects an empty text as an empty table", () => {
    expect(thrown(() => parseCsv("")).message).toBe("argument terms: is empty; give the terms table with its header row (Class, Shares, Issue Price, ...)");
  });
});

describe("toCsv", () => {
  it("writes CRLF records, quotes only where needed and numbers without exponents", () => {
    const table: TermsTable = {
      header: ["Class", "Shares", "Clauses"],
      rows: [
        ["Series A", 1e21, "Issue Price=4(a)(i), 6(a)(i)"],
        ['say "x"', 0.1, null],
        [" padded", true, ""],
      ],
    };
    expect(toCsv(table)).toBe(
      "Class,Shares,Clauses\r\n" +
        // 1e21 is written out in full: 1 followed by 21 zeros.
        'Series A,1000000000000000000000,"Issue Price=4(a)(i), 6(a)(i)"\r\n' +
        '"say ""x""",0.1,\r\n' +
        '" padded",true,""\r\n',
    );
  });

  it("round-trips through parseCsv: texts exactly, numbers as their digits", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "B", " ", ",", '"', "\n", "\r", "=", ";", "é") });
    const cell: fc.Arbitrary<Cell> = fc.oneof(text, fc.constant(null), fc.integer({ min: 0, max: 10 ** 9 }));
    const table = fc.record({
      header: fc.array(fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,8}[A-Za-z]$/), { minLength: 1, maxLength: 4 }),
      rows: fc.array(fc.array(cell, { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        // Column 0 is the class name: never blank, so no row is trimmed as blank.
        const body = rows.map((r) => ["X" + String(r[0] ?? ""), ...r.slice(1, header.length)]);
        const back = parseCsv(toCsv({ header, rows: body }));
        const expected = body.map((r) => r.map((c) => (typeof c === "number" ? String(c) : c)));
        expect(back).toEqual({ header, rows: expected });
      }),
      { numRuns: 200 },
    );
  });
});

describe("setCell", () => {
  const table: TermsTable = {
    header: ["Class", "Shares", "Issue Date"],
    rows: [
      ["Series A", 100, null],
      ["Inc. B", 50, "1997-01-01"],
      ["Common", 900, null],
    ],
  };

  it("sets a cell, matching class and column case-insensitively, and leaves the table as it was", () => {
    const edited = setCell(table, "series a.issuedate", "1997-03-01");
    expect(edited.rows[0]).toEqual(["Series A", 100, "1997-03-01"]);
    expect(table.rows[0]).toEqual(["Series A", 100, null]);
    expect(edited.header).toEqual(table.header);
  });

  it("finds a class whose name holds a dot", () => {
    expect(setCell(table, "Inc. B.Shares", "60").rows[1]).toEqual(["Inc. B", "60", "1997-01-01"]);
  });

  it("adds a terms column not yet in the table under its own header, blank in the other rows", () => {
    const edited = setCell(table, "Common.dividend   rate", "0.05");
    expect(edited.header).toEqual(["Class", "Shares", "Issue Date", "Dividend Rate"]);
    expect(edited.rows.map((r) => r[3])).toEqual([null, null, "0.05"]);
  });

  it("adds a Note column as written, and clears a cell with an empty value", () => {
    expect(setCell(table, "Series A.Notes", "from the cap table").header[3]).toBe("Notes");
    expect(setCell(table, "Inc. B.Issue Date", " ").rows[1][2]).toBeNull();
  });

  it("gives not-found for an unknown class, naming it and listing the classes", () => {
    const e = thrown(() => setCell(table, "Series Z.Shares", "1"));
    expect(e.kind).toBe("not-found");
    expect(e.message).toBe('argument set, class Series Z, value "Series Z.Shares": no such class in the terms; the classes are Series A, Inc. B, Common');
  });

  it("rejects a misspelt column, suggesting the close ones, and an address without a column", () => {
    expect(thrown(() => setCell(table, "Series A.Isue Price", "1")).message).toBe(
      'argument set, class Series A, column Isue Price: is not a terms-table column; did you mean Issue Price? (free notes go in a column whose header starts with "Note")',
    );
    expect(thrown(() => setCell(table, "Series A", "1")).message).toBe(
      'argument set, value "Series A": is not a cell address; write CLASS.COLUMN, e.g. "Series A.Issue Date"',
    );
    expect(thrown(() => setCell(table, "Series A.", "1")).message).toBe(
      'argument set, value "Series A.": names no column; write CLASS.COLUMN, e.g. "Series A.Issue Date"',
    );
  });
});

describe("contentKey", () => {
  const base: TermsTable = { header: ["Class", "Shares"], rows: [["Common", 1]] };

  it("is equal for equal content and differs when a cell differs", () => {
    expect(contentKey({ header: ["Class", "Shares"], rows: [["Common", 1]] })).toBe(contentKey(base));
    expect(contentKey({ header: ["Class", "Shares"], rows: [["Common", 2]] })).not.toBe(contentKey(base));
  });

  it("tells apart a number from its digits, a blank from an empty text, and NaN from a blank", () => {
    expect(contentKey({ header: ["Class", "Shares"], rows: [["Common", "1"]] })).not.toBe(contentKey(base));
    expect(contentKey({ header: ["Class", "Shares"], rows: [["Common", null]] })).not.toBe(contentKey({ header: ["Class", "Shares"], rows: [["Common", ""]] }));
    expect(contentKey({ header: ["Class", "Shares"], rows: [["Common", NaN]] })).not.toBe(
      contentKey({ header: ["Class", "Shares"], rows: [["Common", null]] }),
    );
  });
});
