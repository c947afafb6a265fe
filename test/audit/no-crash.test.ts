// Bad input must get a clear error, "never a crash" (issues 3 and 4). Every catalogue function, called as
// a host would with adversarial arguments (wrong types, blanks, negative, huge and empty values, dates
// out of range, malformed ranges; exits up to 1e300, refused above 1e15: see huge-exits.test.ts), must
// return a value or a HostError that is not marked internal (an internal error is a fault of the code:
// a TypeError, NaN or the like, caught by the catalogue's guard).
import fc from "fast-check";
import { Decimal } from "../../src/engine/decimal";
import { CATALOGUE, call } from "../../src/catalogue/index";
import { isHostError } from "../../src/catalogue/host-error";
import type { HostArg, ParamType } from "../../src/catalogue/types";
import { presetTable } from "../../src/presets";

const range = (id: string): HostArg => {
  const t = presetTable(id);
  return [t.header, ...t.rows] as HostArg;
};
const numbers = [-1, 0, -0, 0.001, 0.01, 1, 2.5, 1e6, 79001979, 1e15, 1e18, 1.5, 1e300];
const texts = [
  "",
  " ",
  "abc",
  "1,000",
  "$4.50",
  "Series A",
  "series d1",
  "Series Z",
  "Common",
  "Options",
  "down",
  "up",
  "nearest",
  "none",
  "actual/365",
  "30/360",
  "either",
  "raise-only",
  "1999-01-01",
  "2000-02-30",
  "1990-01-01",
  "2030-06-30",
  "maginet",
  "juniper",
  "jt-storage",
  "acme",
];
const dates = [0, 1, 35000, 35096, 36526, 60, 2958465, 2958466, -5, 36526.5];
const matrices: HostArg[] = [
  [[]],
  [[null]],
  [["x"]],
  [
    ["Holder", "Class", "Shares"],
    ["Ann", "Series A", 100],
    ["Bob", "Common", 5],
    ["Cy", "Series Z", 1],
    ["Dee", "Series A", -1],
  ],
  [
    ["Holder", "Class", "Shares"],
    ["Ann", "Series A", 1e15],
  ],
  [
    ["Date", "Amount"],
    ["2000-01-10", 1e6],
    ["1990-01-01", 5],
    [36900, 1e9],
  ],
  [
    ["Date", "Amount"],
    ["2000-01-10", -1],
  ],
  [
    ["Date", "Event", "Shares", "Price"],
    ["1999-06-01", "issue", 1000, 1],
    ["1999-07-01", "split", null, null],
  ],
  [
    ["Date", "Event", "Ratio"],
    [36526, "split", 0],
    [36527, "split", "2:1"],
  ],
  [
    ["Date", "Event", "Option", "Max Shares", "Price"],
    [36526, "option-grant", "W1", 100, 1],
    [36527, "option-expiry", "W1", 200, null],
    [36528, "option-expiry", "W9", 1, null],
  ],
  [
    ["Date", "Event", "Price"],
    [36526, "ipo", 20],
    [36100, "ipo", 0],
  ],
  [[1], [-1], ["ten"], [null], [1e15]],
  [
    [1, 2],
    [3, 4],
  ],
];
const termsPool: HostArg[] = [
  "maginet",
  "juniper",
  "jt-storage",
  "acme",
  "",
  range("maginet"),
  range("juniper"),
  range("jt-storage"),
  [["Class", "Shares"]],
  [["Class"], ["X"]],
  [
    ["Class", "Shares", "Issue Price"],
    ["Series A", -5, 0],
    ["Common", 10, null],
  ],
];

function poolFor(type: ParamType): HostArg[] {
  const any: HostArg[] = [null, true, false, ...numbers.slice(0, 4), ...texts.slice(0, 4)];
  switch (type) {
    case "number":
    case "integer":
      return [...numbers, ...any];
    case "string":
    case "choice":
    case "boolean":
      return [...texts, ...any];
    case "date":
      return [...dates, ...texts.slice(18, 22), ...any];
    case "numbers":
      return [...numbers, [[1e6], [-1], ["x"], [null]], [[]], ...any];
    case "matrix":
      return [...matrices, ...any];
    case "terms":
      return [...termsPool, ...any];
  }
}

/** The messages of the errors in a result (a single error, or the cells of a spill). */
function messages(x: unknown): string[] {
  if (Array.isArray(x)) return x.flatMap(messages);
  return isHostError(x) ? [x.message] : [];
}

// An error names the argument as the function's signature does (IPORESET's and AUTOCONVERT's date
// before the Original Issue Date used to say the engine's "eventDate").

/** The first internal error or non-finite number in a result, or null. */
function fault(x: unknown): string | null {
  if (Array.isArray(x)) {
    for (const y of x) {
      const f = fault(y);
      if (f) return f;
    }
    return null;
  }
  if (isHostError(x)) return x.internal ? x.message : null;
  if (x instanceof Decimal) return x.isFinite() ? null : `non-finite ${x.toString()}`;
  if (typeof x === "number") return Number.isFinite(x) ? null : `non-finite ${x}`;
  return null;
}

// A good call of each function (numbers from the charters' own terms); the test replaces up to three of
// its arguments with adversarial ones (or none), so that calls reach past the argument checks into the
// engine. The seed is fixed, so every run tries the same calls.
const CAP: HostArg = [
  ["Holder", "Class", "Shares"],
  ["Ann", "Series A", 100000],
  ["Bob", "Series D", 3142858],
  ["Cy", "Common", 5000000],
];
const EVENTS: HostArg = [
  ["Date", "Event", "Shares", "Price"],
  ["1999-06-01", "issue", 5000000, 5],
  ["1999-09-01", "ipo", null, 16],
];
const FUNDS: HostArg = [
  ["Date", "Amount"],
  ["2000-01-10", 5000000],
  ["2001-01-10", 5000000],
];
const HOLDINGS: HostArg = [
  ["Holder", "Class", "Shares"],
  ["Fund I", "Series A", 1],
  ["Fund I", "Series B", 1],
];
const GOOD: Record<string, HostArg[]> = {
  LIQPREF: ["maginet", [[79001979], [113095555]], null, null],
  HOLDERPAYOUTS: ["maginet", CAP, 79001979, null],
  CLASSES: ["juniper"],
  PREFERENCE: ["jt-storage", "Series A", "1996-02-03"],
  BREAKPOINTS: ["juniper", null],
  CONVERTS: ["maginet", "Series A", 113095555, null],
  EXPLAIN: ["maginet", 58740098.5, null],
  CONVSHARES: [100, 1, 0.44, "down"],
  WEIGHTEDAVG: [2.5, 12000000, 4000000, 1.25, 2],
  FULLRATCHET: [2.5, 1.25],
  CPHISTORY: ["juniper", EVENTS, null, null],
  CERTIFICATE: ["juniper", EVENTS, "Juniper Networks, Inc.", null],
  IPORESET: ["juniper", "Series D1", 20, "1999-06-30", null],
  AUTOCONVERT: ["maginet", "Series D", 8.4, 25000000, "1999-09-16"],
  ACCRUEDDIV: [0.09, "1995-01-01", "1996-01-01", 0, "actual/365"],
  DIVIDENDS: ["maginet", 5000000, null],
  REDEMPTION: ["jt-storage", "Series A", FUNDS],
  VOTES: ["juniper", HOLDINGS],
  DEEMEDLIQ: ["juniper", 0.4, "merger", null],
  ROUND: ["maginet", 15000000, 51365364, null, null, null, null, null],
  ROUNDSUMMARY: ["juniper", 10000000, 60000000, 0.1, null, null, null, null],
  SECURITYVALUE: [
    "juniper",
    [
      ["Date", "Price"],
      ["2000-03-01", 8.25],
      ["2000-02-15", 9.5],
    ],
    "2000-03-15",
    null,
    null,
  ],
  OPM: ["juniper", 150000000, 0.6, 3, 0.04, null, null, null],
  OPMTABLE: ["jt-storage", 60000000, 0.55, 2.5, 0.04, "2026-12-01", null],
  BACKSOLVE: ["juniper", "Series D1", 11.03, 0.6, 3, 0.04, null, null],
  DLOM: [0.3, 1, "chaffe", 0.04],
  PWERM: ["maginet", [[50000000], [150000000]], [[0.4], [0.6]], [[1], [3]], 0.25, null],
};

test("each good call answers (so the mutations below start from a working call)", () => {
  for (const f of CATALOGUE) {
    const out = call(f.name, GOOD[f.name]);
    expect([f.name, isHostError(out) ? out.message : "ok"]).toEqual([f.name, "ok"]);
  }
});

describe.each(CATALOGUE.map((f) => [f.name, f] as const))("%s with adversarial arguments", (name, spec) => {
  it("returns a value or a clear (non-internal) error, never throws", () => {
    let answered = 0;
    const slots = spec.params.map((p, i) =>
      fc.record({ i: fc.constant(i), v: fc.constantFrom(...poolFor(p.type), ...poolFor("matrix").slice(0, 3), ...poolFor("terms").slice(0, 1)) }),
    );
    fc.assert(
      fc.property(
        fc.subarray(
          slots.map((_, i) => i),
          { minLength: 0, maxLength: Math.min(3, slots.length) },
        ),
        fc.tuple(...(slots as [fc.Arbitrary<{ i: number; v: HostArg }>])),
        fc.nat({ max: 5 }),
        (which, values, extra) => {
          const args = [...GOOD[name]];
          for (const i of which) args[i] = values[i].v;
          // Now and then too few or too many arguments, as a typed formula may have.
          const given = extra === 1 ? args.slice(0, Math.max(0, args.length - 1)) : extra === 2 ? [...args, 1] : args;
          let out: unknown;
          expect(() => {
            out = call(name, given);
          }).not.toThrow();
          const f = fault(out);
          if (f !== null) throw new Error(`${name}(${JSON.stringify(given)}): ${f}`);
          for (const m of messages(out)) {
            for (const [, arg] of m.matchAll(/argument ([A-Za-z]+)/g)) {
              expect([m, spec.params.map((p) => p.name)]).toEqual([m, expect.arrayContaining([arg])]);
            }
          }
          if (!isHostError(out)) answered++;
        },
      ),
      { numRuns: 200, seed: 20261202 },
    );
    // Some mutated calls are still good ones and reach the engine.
    expect(answered).toBeGreaterThan(0);
  });
});
