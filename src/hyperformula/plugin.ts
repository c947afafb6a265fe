// The HyperFormula host: every catalogue function as CHARTER.<NAME> in a HyperFormula formula, through
// ONE generic adapter (`charter`) built from the CATALOGUE table, like HF's own FinancialPlugin but
// with a single method for every entry. Conversions: ./convert.ts.
//
// Spills. HF fixes a formula's result size when the formula is entered (the size method below), before
// it evaluates it, and never revises it when the inputs change. Our sizes depend on the data (the
// classes of a terms table, the breakpoints of a charter), so the size method evaluates the call there
// and then. (Keeping that result for the evaluation that follows was measured and saved nothing: the
// catalogue's terms and waterfall caches make the second call cheap.) When it cannot (an input not computed
// yet, as while HF builds a workbook) or when the inputs later change the size, the evaluation notes
// the formula for a refit and `createCharterEngine`'s engine enters it again at once (after building,
// and after each change): the spill then takes exactly the result's size, as Excel's does. A result
// larger than the room HF set aside is never cut short: until refitted it shows #VALUE! saying so.
// The same holds for a call nested in a function whose size is the call's (TRANSPOSE). A spill left at
// #SPILL! spills again once its room is cleared (HF alone would leave it). Limits: the refits are edits
// of their own (on HF's undo stack); an engine made without createCharterEngine does not refit.
import { ArraySize, CellError, DetailedCellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula } from "hyperformula";
import type { ConfigParams, ImplementedFunctions, RawCellContent, SimpleCellAddress } from "hyperformula";
import { CATALOGUE, NAMESPACE, invoke } from "../catalogue";
import type { FunctionSpec, HostArg } from "../catalogue";
import { hfResult, hostValue, resultSize } from "./convert";

/** The name as typed in a cell: CHARTER.LIQPREF. */
export const hfName = (spec: FunctionSpec): string => `${NAMESPACE}.${spec.name}`;

const BY_HF_NAME = new Map<string, FunctionSpec>(CATALOGUE.map((f) => [hfName(f), f]));

// What HF passes to a plugin method: its own types, taken from the public FunctionPlugin's signature
// (HF does not export them by name). Of the state we read formulaAddress (public in HF's docs) and
// formulaVertex (internal: the formula's root AST and the room set aside for its spill; no public API says
// which call is the whole formula of a cell whose AST HF shares between cells). src/hyperformula/contract.test.ts
// checks both internals this file touches (formulaVertex, the plugin's dependencyGraph) on the pinned version.
type HfAst = Parameters<CharterPlugin["evaluateAst"]>[0];
type CallState = Parameters<CharterPlugin["evaluateAst"]>[1];
type CallAst = Extract<HfAst, { procedureName: string }>;

const addressKey = (a: SimpleCellAddress): string => `${a.sheet}!${a.row}!${a.col}`;

/** Per engine (keyed by its dependency graph): the formulas to enter again, and each spill's last size. */
interface EngineState {
  refit: Map<string, SimpleCellAddress>;
  spills: Map<string, { address: SimpleCellAddress; width: number; height: number }>;
}
const ENGINES = new WeakMap<object, EngineState>();

function engineState(graph: object): EngineState {
  let s = ENGINES.get(graph);
  if (!s) {
    s = { refit: new Map(), spills: new Map() };
    ENGINES.set(graph, s);
  }
  return s;
}

class NotReady extends Error {}

/** The size each call's AST was given when HF sized its formula (for calls nested in another function). */
const SIZED = new WeakMap<object, { width: number; height: number }>();

export class CharterPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = Object.fromEntries(
    CATALOGUE.map((spec) => [
      hfName(spec),
      {
        method: "charter",
        ...(spec.result === "matrix" ? { sizeOfResultArrayMethod: "charterSize" } : {}),
        // ANY: a range or a value, passed as it is; the catalogue's adapters read and check it.
        parameters: spec.params.map((p) => ({ argumentType: FunctionArgumentType.ANY, ...(p.optional ? { optionalArg: true } : {}) })),
        vectorizationForbidden: true,
      },
    ]),
  );

  private get state(): EngineState {
    return engineState(this.dependencyGraph);
  }

  /** The arguments as host values, or the first HF error among them (spreadsheet error propagation). */
  private hostArgs(ast: CallAst, state: CallState, whileSizing: boolean): HostArg[] | CellError {
    const out: HostArg[] = [];
    for (const arg of ast.args) {
      let v: ReturnType<typeof hostValue>;
      try {
        // A range's cells are read here too: one that is another formula's spill not computed yet throws.
        v = hostValue(this.evaluateAst(arg, state));
      } catch (e) {
        // While sizing, an input HF has not computed yet throws: the evaluation will size it again.
        if (whileSizing) throw new NotReady(String(e));
        throw e;
      }
      if (v instanceof CellError) return v;
      out.push(v);
    }
    return out;
  }

  /** The one adapter: CHARTER.<NAME>(args) -> the catalogue's invoke -> an HF value or spill. */
  charter(ast: CallAst, state: CallState): unknown {
    const spec = BY_HF_NAME.get(ast.procedureName);
    if (!spec) return new CellError(ErrorType.NAME, `${ast.procedureName} is not a function of the catalogue`);
    const args = this.hostArgs(ast, state, false);
    if (args instanceof CellError) return args;
    const result = invoke(spec, args, { cents: true });
    if (spec.result !== "matrix") return hfResult(result);
    const vertex = state.formulaVertex;
    // A call that is the whole formula spills into the room HF set aside for it. A nested one (in SUM,
    // TRANSPOSE...) is held to the size it had when HF sized the formula, if HF asked (TRANSPOSE's size is ours).
    // The vertex's `formula` is protected in HF's typings (the contract test checks it is still the root AST).
    const top = vertex !== undefined && (vertex as unknown as { formula?: unknown }).formula === ast;
    const sized = SIZED.get(ast);
    if (!vertex || (!top && !sized)) return hfResult(result);
    const room = top ? { width: vertex.width ?? 1, height: vertex.height ?? 1 } : sized!;
    const need = resultSize(result);
    if (need.width !== room.width || need.height !== room.height) this.state.refit.set(addressKey(state.formulaAddress), state.formulaAddress);
    if (need.width > room.width || need.height > room.height) {
      return new CellError(
        ErrorType.VALUE,
        `${hfName(spec)}: the result needs ${need.height} x ${need.width} cells, more than the ${room.height} x ${room.width} set aside when the formula was entered; enter the formula again`,
      );
    }
    return hfResult(result);
  }

  /** The spill's size, by computing the call now; 1 x 1 (to be refitted) when an input is not computed yet. */
  charterSize(ast: CallAst, state: CallState): ArraySize {
    const spec = BY_HF_NAME.get(ast.procedureName);
    if (!spec) return ArraySize.scalar();
    try {
      // Without the formula vertex: while sizing, the call evaluates as if nested (no room to check yet).
      const args = this.hostArgs(ast, { formulaAddress: state.formulaAddress, arraysFlag: state.arraysFlag }, true);
      if (args instanceof CellError) return ArraySize.scalar();
      const { width, height } = resultSize(invoke(spec, args, { cents: true }));
      this.state.spills.set(addressKey(state.formulaAddress), { address: state.formulaAddress, width, height });
      SIZED.set(ast, { width, height });
      return new ArraySize(width, height);
    } catch (e) {
      if (!(e instanceof NotReady)) throw e;
      this.state.refit.set(addressKey(state.formulaAddress), state.formulaAddress);
      SIZED.set(ast, { width: 1, height: 1 });
      return ArraySize.scalar();
    }
  }
}

/** The English names (HF's default language, enGB; enUS too when registered). */
export const CHARTER_TRANSLATIONS = {
  enGB: Object.fromEntries(CATALOGUE.map((f) => [hfName(f), hfName(f)])),
  enUS: Object.fromEntries(CATALOGUE.map((f) => [hfName(f), hfName(f)])),
};

/** Registers CHARTER.* with HyperFormula (every instance made afterwards has them). Idempotent. */
export function registerCharterFunctions(): void {
  const registered = CATALOGUE.every((f) => HyperFormula.getFunctionPlugin(hfName(f)) === CharterPlugin);
  if (registered) return;
  const languages = new Set(HyperFormula.getRegisteredLanguagesCodes());
  const translations = Object.fromEntries(Object.entries(CHARTER_TRANSLATIONS).filter(([code]) => languages.has(code)));
  HyperFormula.registerFunctionPlugin(CharterPlugin, translations);
}

/** Enters again the CHARTER.* spills whose size no longer fits their result (see the top of this file). */
export function refitSpills(hf: HyperFormula): void {
  const state = engineState(hf.dependencyGraph);
  if (REFITTING.has(hf)) return;
  REFITTING.add(hf);
  try {
    // A few rounds: a spill that reads another spill fits once that one does.
    for (let round = 0; round < 8 && state.refit.size > 0; round++) {
      const due = [...state.refit.values()];
      state.refit.clear();
      for (const address of due) {
        const formula = hf.getCellFormula(address);
        if (formula !== undefined) hf.setCellContents(address, [[formula]]);
      }
    }
    respill(hf, state);
  } finally {
    REFITTING.delete(hf);
  }
}
const REFITTING = new WeakSet<HyperFormula>();

/**
 * HF leaves a formula at #SPILL! when the cells in its way are cleared (its own SEQUENCE too); Excel spills
 * it again. So a CHARTER.* spill at #SPILL! whose room is now empty is entered again.
 */
function respill(hf: HyperFormula, state: EngineState): void {
  for (const [key, { address, width, height }] of state.spills) {
    const formula = hf.getCellFormula(address);
    if (formula === undefined || !/CHARTER\./i.test(formula)) {
      state.spills.delete(key); // moved or overwritten: no longer ours to watch
      continue;
    }
    const v = hf.getCellValue(address);
    if (!(v instanceof DetailedCellError) || v.type !== ErrorType.SPILL) continue;
    let free = true;
    for (let r = 0; r < height && free; r++) {
      for (let c = 0; c < width && free; c++) {
        if (r === 0 && c === 0) continue;
        const at = { sheet: address.sheet, row: address.row + r, col: address.col + c };
        free = hf.getCellSerialized(at) == null && !hf.isCellPartOfArray(at);
      }
    }
    if (free) hf.setCellContents(address, [[formula]]);
  }
}

/**
 * HF's configuration for these functions: GPL licence; dates as Excel serials (1899-12-30, HF's default);
 * no smart rounding, so a cell shows the double nearest the exact Decimal (as Excel gets it), not one cut to 10 places.
 */
export const CHARTER_CONFIG: Partial<ConfigParams> = { licenseKey: "gpl-v3", smartRounding: false };

/**
 * A HyperFormula engine with CHARTER.* registered, built from `sheets` (name -> rows of cells) or empty.
 * Its spills refit themselves after building and after every change (refitSpills).
 */
export function createCharterEngine(sheets?: Record<string, RawCellContent[][]>, config: Partial<ConfigParams> = {}): HyperFormula {
  registerCharterFunctions();
  const options = { ...CHARTER_CONFIG, ...config };
  const hf = sheets ? HyperFormula.buildFromSheets(sheets, options) : HyperFormula.buildEmpty(options);
  refitSpills(hf);
  hf.on("valuesUpdated", () => refitSpills(hf));
  return hf;
}
