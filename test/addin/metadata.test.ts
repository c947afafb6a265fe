// functions.json, as the metadata generator (the same one the webpack plugin runs) makes it from
// src/functions/functions.ts, against the catalogue: every function, parameter, help text and type.
import { generateCustomFunctionsMetadata, type ICustomFunctionsMetadata } from "custom-functions-metadata";
import { CATALOGUE } from "../../src/catalogue";
import { EXCEL_PARAM_TYPE, EXCEL_RESULT, FUNCTIONS_FILE } from "../../scripts/gen-functions";

let metadata: ICustomFunctionsMetadata;
let errors: string[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(FUNCTIONS_FILE, false);
  errors = result.errors;
  metadata = JSON.parse(result.metadataJson || '{"functions":[]}');
}, 60_000);

/** The metadata's type and dimensionality for a TypeScript type of the wrappers. */
function excelType(ts: string): { type: string; dimensionality?: string } {
  return ts.endsWith("[][]") ? { type: ts.slice(0, -4), dimensionality: "matrix" } : { type: ts };
}

describe("functions.json", () => {
  it("generates without errors", () => {
    expect(errors).toEqual([]);
  });

  it("lists exactly the catalogue's functions, in its order", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(CATALOGUE.map((f) => f.name));
  });

  for (const spec of CATALOGUE) {
    describe(spec.name, () => {
      const meta = () => metadata.functions.find((f) => f.id === spec.name)!;
      it("has the catalogue's name and description", () => {
        expect(meta().name).toBe(spec.name);
        expect(meta().description).toBe(spec.description);
      });
      it("has the catalogue's parameters: names, help, types and optionality, in order", () => {
        expect(meta().parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
        spec.params.forEach((p, i) => {
          const m = meta().parameters[i];
          const t = excelType(EXCEL_PARAM_TYPE[p.type]);
          expect(m.description).toBe(p.description);
          expect(m.type).toBe(t.type);
          expect(m.dimensionality).toBe(t.dimensionality);
          expect(Boolean(m.optional)).toBe(p.optional);
        });
      });
      it("has the catalogue's result type", () => {
        const t = excelType(EXCEL_RESULT[spec.result].type);
        // The generator leaves a result of type any (the default) without a type: a spill is { dimensionality: "matrix" }.
        expect(meta().result?.type).toBe(t.type === "any" ? undefined : t.type);
        expect(meta().result?.dimensionality).toBe(t.dimensionality);
      });
      it("is neither volatile nor streaming (pure, synchronous)", () => {
        expect(meta().options?.volatile ?? false).toBe(false);
        expect(meta().options?.stream ?? false).toBe(false);
      });
    });
  }
});
