// Carries out an insert plan through a WorkbookPort: reads the names in use, plans, then writes only to
// the sheet it has just added. The order matters: values before the table (so its header is the
// preset's), the table before the formulas that name it.
import type { Preset } from "../presets";
import { planInsert, type InsertPlan } from "../sheet/plan";
import type { WorkbookPort } from "../sheet/port";

/** The names in use now: sheets, tables and (when the port lists them) defined names. */
export async function existingNames(port: WorkbookPort): Promise<{ sheets: string[]; tables: string[]; names: string[] }> {
  const [sheets, tables, names] = await Promise.all([port.listSheets(), port.listTables(), port.listNames ? port.listNames() : Promise.resolve([])]);
  return { sheets, tables, names };
}

/** Writes a plan: a new sheet, the table, the labels, the formulas, then formats (optional in a port). */
export async function executePlan(port: WorkbookPort, plan: InsertPlan): Promise<void> {
  const sheet = plan.sheetName;
  await port.addSheet(sheet);
  await port.writeValues(sheet, plan.table.address, plan.table.values, plan.table.numberFormat);
  await port.addTable(sheet, plan.table.address, plan.tableName);
  for (const block of plan.cells) await port.writeValues(sheet, block.address, block.values, block.numberFormat);
  for (const f of plan.formulas) await port.writeFormulas(sheet, f.address, [[f.formula]]);
  if (port.formatRange) for (const s of plan.styles) await port.formatRange(sheet, s.address, s.style);
  if (port.autofitColumns) await port.autofitColumns(sheet, plan.autofit);
  if (port.setColumnWidth) for (const w of plan.fixedWidths) await port.setColumnWidth(sheet, w.address, w.points);
  if (port.activate) await port.activate(sheet, plan.select);
}

/**
 * Inserts `preset` into a new sheet of the port's workbook; returns what it did. A port with `insert`
 * (Excel: one Excel.run, undone on failure) does it in one transaction.
 */
export async function insertPreset(port: WorkbookPort, preset: Preset): Promise<InsertPlan> {
  if (port.insert) return port.insert((existing) => planInsert(preset, existing));
  const plan = planInsert(preset, await existingNames(port));
  await executePlan(port, plan);
  return plan;
}
