// The task pane page's entry (webpack entry "taskpane"). The pane shows at once, presets and all; the
// workbook arrives when there is one: Excel's port once Office is ready in Excel, a stand-in port given
// by the page around it (window.CharterTaskPane.attach, or window.CharterTaskPanePort set before this
// script), or an in-memory workbook with ?demo. Outside Excel, Office.onReady never fires in a page that
// did not load office.js (and fires with no host where it did): the pane simply stays unconnected.
/* global Office, document, window */
import { excelPort } from "./excel-port";
import { MemoryWorkbook } from "../sheet/memory-port";
import { startTaskPane, type TaskPane } from "./pane";
import type { WorkbookPort } from "../sheet/port";

/** What the page exposes for a host outside Excel (the workbench). */
export interface TaskPaneGlobal {
  pane: TaskPane;
  attach(port: WorkbookPort | null, name?: string): void;
}

declare global {
  interface Window {
    CharterTaskPane?: TaskPaneGlobal;
    CharterTaskPanePort?: WorkbookPort;
  }
}

/** The shell's status line (kept for the add-in's shell test): how to call the functions. */
export function showReady(doc: Document): void {
  const status = doc.getElementById("status");
  if (status) status.textContent = "Type =CHARTER. in a cell to use the functions.";
}

/** Starts the pane in this page; connects Excel when Office says it runs in Excel. */
export function boot(doc: Document, win: Window): TaskPane {
  const root = doc.getElementById("app") ?? doc.body;
  const pane = startTaskPane(root);
  win.CharterTaskPane = { pane, attach: (port, name) => pane.setPort(port, name) };
  if (win.CharterTaskPanePort) {
    pane.setPort(win.CharterTaskPanePort, "the workbench");
  } else if (/[?&]demo\b/.test(win.location?.search ?? "")) {
    pane.setPort(new MemoryWorkbook(["Sheet1"]), "a demo workbook in memory (nothing is computed)");
  }
  if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
    void Office.onReady((info) => {
      if (info.host === Office.HostType.Excel) pane.setPort(excelPort(), "Excel");
      showReady(doc);
    });
  }
  showReady(doc);
  return pane;
}

if (typeof document !== "undefined" && typeof window !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => boot(document, window));
  else boot(document, window);
}
