// The contract with HyperFormula's internals that ./plugin.ts still relies on, checked on the pinned
// version (package.json pins it exactly). There is no public API for these, so when an upgrade breaks one,
// this test says which:
// - a plugin method's state.formulaVertex: its `formula` is the AST of the whole formula (so the plugin can
//   tell a top-level call from a nested one, HF sharing ASTs between cells), its width and height the room
//   HF set aside from the size method;
// - a plugin's `dependencyGraph` is the engine's `hf.dependencyGraph` (the per-engine refit state's key).
import { ArraySize, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import type { ImplementedFunctions } from "hyperformula";
import { readFileSync } from "fs";
import { resolve } from "path";
import { CHARTER_CONFIG } from "./plugin";

const seen: { top: boolean; width?: number; height?: number; graph?: unknown }[] = [];

class ProbePlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = {
    PROBESPILL: {
      method: "probe",
      sizeOfResultArrayMethod: "probeSize",
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      vectorizationForbidden: true,
    },
  };

  probe(ast: Parameters<ProbePlugin["evaluateAst"]>[0], state: Parameters<ProbePlugin["evaluateAst"]>[1]): SimpleRangeValue {
    const vertex = state.formulaVertex;
    seen.push({
      top: (vertex as unknown as { formula?: unknown })?.formula === ast,
      width: vertex?.width,
      height: vertex?.height,
      graph: this.dependencyGraph,
    });
    return SimpleRangeValue.onlyValues([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  }

  probeSize(): ArraySize {
    return new ArraySize(3, 2); // width 3, height 2
  }
}

describe("HyperFormula internals the CHARTER plugin touches (pinned version)", () => {
  beforeAll(() => {
    HyperFormula.registerFunctionPlugin(ProbePlugin, { enGB: { PROBESPILL: "PROBESPILL" } });
  });
  afterAll(() => {
    HyperFormula.unregisterFunctionPlugin(ProbePlugin);
  });

  it("is the version package.json pins", () => {
    expect(HyperFormula.version).toBe(JSON.parse(readFileSync(resolve(__dirname, "../../package.json"), "utf8")).devDependencies.hyperformula);
  });

  it("state.formulaVertex: `formula` is the root AST of a top-level call, not of a nested one; width x height is the room set aside", () => {
    seen.length = 0;
    const hf = HyperFormula.buildFromArray([["=PROBESPILL(1)"], [], [], ["=SUM(PROBESPILL(1))"]], CHARTER_CONFIG);
    const top = seen.find((s) => s.top);
    expect(top).toMatchObject({ width: 3, height: 2 });
    // The nested call is evaluated with the SUM formula's vertex, whose root is SUM: not top.
    expect(seen.some((s) => !s.top)).toBe(true);
    // 1+2+3+4+5+6 = 21.
    expect(hf.getCellValue({ sheet: 0, row: 3, col: 0 })).toBe(21);
    expect(hf.getCellValue({ sheet: 0, row: 1, col: 2 })).toBe(6);
    // The plugin's dependency graph is the engine's.
    expect(seen.every((s) => s.graph === hf.dependencyGraph)).toBe(true);
    hf.destroy();
  });
});
