// The workbench page (dist/workbench/index.html): a grid computed by HyperFormula with CHARTER.*, the
// real task pane beside it on a WorkbookPort over the same engine (./hf-port.ts), and a chart of the
// selected LIQPREF's payouts by class with its breakpoints. No Office, no network.
/* global document, window */
import { startTaskPane, type TaskPane } from "../taskpane/pane";
import { cellAddress, columnLetters, parseCell } from "../sheet/a1";
import { chartDataFor, chartSvg } from "./chart";
import { HfWorkbook } from "./hf-port";
import { readXlsx } from "./xlsx";

const MIN_ROWS = 60;
const MIN_COLS = 16;

interface State {
  port: HfWorkbook;
  sheet: string;
  row: number;
  col: number;
  /** The LIQPREF the chart shows: its sheet and formula as written. */
  charted: { sheet: string; formula: string } | null;
  unsubscribe: () => void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

export function startWorkbench(): { state: State; pane: TaskPane } {
  const tabs = document.getElementById("sheet-tabs")!;
  const nameBox = document.getElementById("cell-name") as HTMLInputElement;
  const input = document.getElementById("formula-input") as HTMLInputElement;
  const grid = document.getElementById("grid") as HTMLTableElement;
  const gridWrap = document.getElementById("grid-wrap")!;
  const chart = document.getElementById("chart")!;
  const chartNote = document.getElementById("chart-note")!;
  const fileInput = document.getElementById("open-file") as HTMLInputElement;
  const fileStatus = document.getElementById("file-status")!;
  const paneRoot = document.getElementById("pane")!;

  const state: State = { port: new HfWorkbook(), sheet: "Sheet1", row: 0, col: 0, charted: null, unsubscribe: () => undefined };
  const pane = startTaskPane(paneRoot, { port: state.port, portName: "the workbench" });

  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      render();
    });
  };

  function attach(port: HfWorkbook): void {
    state.unsubscribe();
    state.port = port;
    state.sheet = port.hf.getSheetNames()[0];
    state.row = 0;
    state.col = 0;
    state.charted = null;
    state.unsubscribe = port.onChange(() => {
      // The pane's activate (after an insert) moves the selection: follow it.
      const a = port.active;
      if (a) {
        const cell = parseCell(a.address);
        if (cell && (a.sheet !== state.sheet || cell.row !== state.row || cell.col !== state.col)) {
          state.sheet = a.sheet;
          state.row = cell.row;
          state.col = cell.col;
        }
      }
      schedule();
    });
    pane.setPort(port, "the workbench");
    port.select(state.sheet, "A1");
  }

  function select(row: number, col: number): void {
    state.row = Math.max(0, row);
    state.col = Math.max(0, col);
    state.port.select(state.sheet, cellAddress(state.row, state.col));
  }

  function commit(text: string): void {
    try {
      state.port.enter(state.sheet, cellAddress(state.row, state.col), text);
    } catch (e) {
      fileStatus.textContent = `Could not enter that: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  function renderTabs(): void {
    tabs.replaceChildren(
      ...state.port.hf.getSheetNames().map((name) => {
        const b = el(
          "button",
          {
            type: "button",
            class: `wb-tab${name === state.sheet ? " wb-tab-active" : ""}`,
            role: "tab",
            "aria-selected": String(name === state.sheet),
            "data-sheet": name,
          },
          name,
        );
        b.addEventListener("click", () => {
          state.sheet = name;
          select(0, 0);
        });
        return b;
      }),
    );
  }

  function renderGrid(): void {
    const port = state.port;
    const sheet = port.sheetId(state.sheet);
    const dims = port.hf.getSheetDimensions(sheet);
    const rows = Math.max(MIN_ROWS, dims.height + 10, state.row + 5);
    const cols = Math.max(MIN_COLS, dims.width + 3, state.col + 3);
    const head = el("tr");
    head.append(el("th", { class: "wb-corner" }));
    for (let c = 0; c < cols; c++) {
      const th = el("th", { scope: "col" }, columnLetters(c));
      const w = port.widths.get(`${sheet}!${c}`);
      if (w) th.style.width = `${Math.round(w * 1.1)}px`;
      head.append(th);
    }
    const body: HTMLTableRowElement[] = [head];
    for (let r = 0; r < rows; r++) {
      const tr = el("tr");
      tr.append(el("th", { scope: "row" }, String(r + 1)));
      for (let c = 0; c < cols; c++) {
        const v = port.view(sheet, r, c);
        const td = el("td", { "data-address": cellAddress(r, c) }, v.text);
        const classes = ["wb-cell"];
        if (typeof v.value === "number") classes.push("wb-number");
        if (v.error) classes.push("wb-error");
        if (v.formula) classes.push("wb-formula");
        if (v.spilled) classes.push("wb-spilled");
        if (r === state.row && c === state.col) classes.push("wb-selected");
        td.className = classes.join(" ");
        if (v.error) td.title = v.error;
        if (v.style?.fill) td.style.background = v.style.fill;
        if (v.style?.bold) td.style.fontWeight = "600";
        if (v.style?.italic) td.style.fontStyle = "italic";
        if (v.style?.fontColor) td.style.color = v.style.fontColor;
        tr.append(td);
      }
      body.push(tr);
    }
    grid.replaceChildren(...body);
  }

  function renderBar(): void {
    const address = cellAddress(state.row, state.col);
    nameBox.value = address;
    // A spilled cell shows its anchor's formula, as Excel's formula bar does.
    const anchor = state.port.spillAnchorOf(state.port.sheetId(state.sheet), state.row, state.col);
    const shown = anchor ? cellAddress(anchor.row, anchor.col) : address;
    if (document.activeElement !== input) input.value = state.port.contentOf(state.sheet, shown);
  }

  function renderChart(): void {
    const port = state.port;
    const sheet = port.sheetId(state.sheet);
    // The selected cell's formula (or its spill anchor's), when it is a LIQPREF, becomes the chart.
    const anchor = port.spillAnchorOf(sheet, state.row, state.col) ?? { row: state.row, col: state.col };
    const formula = port.contentOf(state.sheet, cellAddress(anchor.row, anchor.col));
    if (/CHARTER\.LIQPREF\s*\(/i.test(formula)) state.charted = { sheet: state.sheet, formula };
    if (!state.charted) {
      chart.replaceChildren();
      chartNote.textContent = "Insert a preset from the task pane, then select its Payouts cell (CHARTER.LIQPREF) to chart payout by class against exit value.";
      return;
    }
    let data;
    try {
      data = chartDataFor(port, state.charted.sheet, state.charted.formula);
    } catch (e) {
      data = e instanceof Error ? e.message : String(e);
    }
    if (typeof data === "string") {
      chart.replaceChildren();
      chartNote.textContent = data;
      return;
    }
    chart.innerHTML = chartSvg(data);
    chartNote.textContent = `Payout by class against exit value for ${data.title} on ${state.charted.sheet}: dashed lines are breakpoints (hover for the event and clause), the red line the formula's exit value.`;
  }

  function render(): void {
    if (!state.port.hf.getSheetNames().includes(state.sheet)) state.sheet = state.port.hf.getSheetNames()[0];
    renderTabs();
    renderGrid();
    renderBar();
    renderChart();
  }

  grid.addEventListener("click", (e) => {
    const td = (e.target as HTMLElement).closest("td");
    const cell = td && parseCell(td.getAttribute("data-address") ?? "");
    if (cell) {
      select(cell.row, cell.col);
      gridWrap.focus();
    }
  });
  grid.addEventListener("dblclick", () => input.focus());

  gridWrap.addEventListener("keydown", (e) => {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Tab: [0, 1] };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      select(state.row + move[0], state.col + move[1]);
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      input.focus();
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      commit("");
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Typing on a cell starts entering into it.
      e.preventDefault();
      input.value = e.key;
      input.focus();
    }
  });

  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter") {
      e.preventDefault();
      commit(input.value);
      input.blur();
      select(state.row + 1, state.col);
      gridWrap.focus();
    } else if (e.key === "Escape") {
      input.blur();
      renderBar();
      gridWrap.focus();
    }
  });

  nameBox.addEventListener("keydown", (e) => {
    if (e.key !== "Enter") return;
    const cell = parseCell(nameBox.value);
    if (cell) select(cell.row, cell.col);
  });

  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    fileStatus.textContent = `Opening ${file.name}…`;
    try {
      const loaded = await readXlsx(await file.arrayBuffer());
      attach(HfWorkbook.fromLoaded(loaded));
      fileStatus.textContent = `${file.name}: ${loaded.sheets.length} sheets, ${loaded.tables.length} tables.`;
    } catch (e) {
      fileStatus.textContent = `Could not open ${file.name}: ${e instanceof Error ? e.message : String(e)}`;
    }
  });

  attach(state.port);
  render();
  return { state, pane };
}

declare global {
  interface Window {
    CharterWorkbench?: ReturnType<typeof startWorkbench>;
  }
}

if (typeof document !== "undefined") {
  const boot = () => {
    window.CharterWorkbench = startWorkbench();
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
  else boot();
}
