// The task pane as a library, for a page outside Excel (the browser workbench): start the pane in an
// element with any WorkbookPort, or use its pure parts (the insert planner, the Explain resolution).
export { startTaskPane, type PaneOptions, type TaskPane } from "./pane";
export type { ActiveCell, CellStyle, PortCell, TableValues, WorkbookPort } from "../sheet/port";
export { MemoryWorkbook } from "../sheet/memory-port";
export { planInsert, wantedNames, EXAMPLE_EXIT, type ExistingNames, type InsertPlan, type PlannedFormula } from "../sheet/plan";
export { insertPreset, executePlan, existingNames } from "./insert";
export { readLiqpref, resolveExplain, explainExit, stepsOf, type ExplainRequest, type ExplainStep } from "./explain";
export { findCall, classifyArgument, type ArgumentForm } from "../sheet/formula";
export { presetGlance, type PresetGlance } from "./glance";
export { freeSheetName, freeTableName } from "../sheet/names";
