// The task pane: the charter presets (keyboard: Tab or the arrow keys move, Enter inserts), the insert
// into a new sheet, and Explain for a CHARTER.LIQPREF cell. All workbook access goes through the
// WorkbookPort handed in (Excel's, or a stand-in outside Excel); without one the presets still show.
import { fromExcelSerial } from "../engine";
import { dec } from "../engine";
import { formatMoney } from "../engine";
import { PRESETS, type Preset } from "../presets";
import { append, clear, h } from "./dom";
import { quoteSheet } from "../sheet/a1";
import { explainExit, resolveExplain, catalogueExplain, type ExplainFunction, type ExplainRequest } from "./explain";
import { presetGlance } from "./glance";
import { insertPreset } from "./insert";
import { shortCompanyName } from "../sheet/names";
import type { InsertPlan } from "../sheet/plan";
import type { WorkbookPort } from "../sheet/port";
import { insertRound, type RoundPlan } from "./round";

export interface PaneOptions {
  /** The workbook; null until one is attached (outside Excel, before the stand-in arrives). */
  port?: WorkbookPort | null;
  /** How the connection is named in the pane ("Excel", "the workbench"). */
  portName?: string;
  presets?: readonly Preset[];
  /** The catalogue's EXPLAIN unless replaced (tests). */
  explain?: ExplainFunction;
}

export interface TaskPane {
  /** Attaches (or detaches, with null) the workbook the pane works on. */
  setPort(port: WorkbookPort | null, name?: string): void;
  select(presetId: string): void;
  /** Inserts the selected preset; resolves with the plan carried out, or null when it could not. */
  insert(): Promise<InsertPlan | null>;
  /** Models a round on the selected preset's terms table in a new sheet; the plan, or null when it could not. */
  modelRound(): Promise<RoundPlan | null>;
  /** Explains the active cell; resolves true when steps are shown. */
  explain(): Promise<boolean>;
  readonly root: HTMLElement;
}

const NOT_CONNECTED = "No workbook is connected: open Charter Functions in Excel (Home > Charter Functions) or in the workbench to insert and explain.";

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function amountText(v: unknown): string {
  if (typeof v === "number" && Number.isFinite(v)) return formatMoney(dec(v));
  if (typeof v === "string" && /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(v.trim())) return formatMoney(dec(v.trim()));
  return String(v);
}

/** " · as of 2000-02-03" for an Excel date serial or a date text; "" when there is none. */
function asOfText(asOf: unknown): string {
  if (asOf === null || asOf === undefined || asOf === "") return "";
  if (typeof asOf === "number") {
    try {
      return ` · as of ${fromExcelSerial(asOf, {})}`;
    } catch {
      return ` · as of ${asOf}`;
    }
  }
  return ` · as of ${String(asOf)}`;
}

/** Builds the pane inside `root` and returns its controller. */
export function startTaskPane(root: HTMLElement, options: PaneOptions = {}): TaskPane {
  const doc = root.ownerDocument;
  const presets = options.presets ?? PRESETS;
  const explainFn = options.explain ?? catalogueExplain;
  let port: WorkbookPort | null = options.port ?? null;
  let portName = options.portName ?? (port ? "a workbook" : "");
  let selected = 0;
  let busy = false;

  clear(root);
  root.classList.add("cf-pane");

  const connection = h(doc, "p", { class: "cf-connection", id: "connection", role: "status" });
  const header = h(
    doc,
    "header",
    { class: "cf-header" },
    h(doc, "h1", {}, "Charter Functions"),
    h(doc, "p", { class: "cf-tagline" }, "Venture charters' economic terms as exact worksheet functions."),
    connection,
  );

  // Presets: a listbox whose options are each reachable with Tab and with the arrow keys.
  const list = h(doc, "ul", { class: "cf-list", id: "presets", role: "listbox", "aria-labelledby": "cf-presets-title" });
  const options_: HTMLLIElement[] = presets.map((preset, i) => {
    const g = presetGlance(preset);
    const inputs = g.inputs.length;
    const option = h(
      doc,
      "li",
      { class: "cf-card", role: "option", id: `preset-${preset.id}`, tabindex: "0", "aria-selected": "false", "data-preset": preset.id },
      h(
        doc,
        "div",
        { class: "cf-card-head" },
        h(doc, "span", { class: "cf-company" }, g.company),
        inputs > 0 &&
          h(
            doc,
            "span",
            { class: "cf-badge", title: "Numbers the charter does not state: replace them with the cap table" },
            `${inputs} input${inputs === 1 ? "" : "s"} not in charter`,
          ),
      ),
      h(doc, "div", { class: "cf-meta" }, `Charter date ${g.charterDate} · ${g.series.join(", ")}`),
      h(
        doc,
        "dl",
        { class: "cf-terms" },
        h(doc, "dt", {}, "Preferences"),
        h(doc, "dd", {}, g.preferences),
        h(doc, "dt", {}, "Seniority"),
        h(doc, "dd", {}, g.seniority),
        h(doc, "dt", {}, "Participation"),
        h(doc, "dd", {}, g.participation),
        inputs > 0 && h(doc, "dt", { class: "cf-input-term" }, "Inputs"),
        inputs > 0 && h(doc, "dd", { class: "cf-input-term" }, `${g.inputColumns}: not in the charter, shaded in the sheet`),
      ),
    );
    option.addEventListener("click", () => select(i));
    option.addEventListener("dblclick", () => void insert());
    option.addEventListener("focus", () => select(i, false));
    return option;
  });
  options_.forEach((o) => list.appendChild(o));
  list.addEventListener("keydown", (e: KeyboardEvent) => {
    const last = options_.length - 1;
    const moveTo = (i: number) => {
      e.preventDefault();
      select(i);
    };
    switch (e.key) {
      case "ArrowDown":
      case "ArrowRight":
        return moveTo(Math.min(last, selected + 1));
      case "ArrowUp":
      case "ArrowLeft":
        return moveTo(Math.max(0, selected - 1));
      case "Home":
        return moveTo(0);
      case "End":
        return moveTo(last);
      case " ":
        return moveTo(selected);
      case "Enter":
        e.preventDefault();
        void insert();
        return;
    }
  });

  const insertButton = h(doc, "button", { type: "button", class: "cf-button cf-primary", id: "insert" });
  insertButton.addEventListener("click", () => void insert());
  const detail = h(doc, "div", { class: "cf-detail", id: "preset-detail" });
  const insertResult = h(doc, "div", { class: "cf-result", id: "insert-result", role: "status", "aria-live": "polite" });
  const presetSection = h(
    doc,
    "section",
    { class: "cf-section", "aria-labelledby": "cf-presets-title" },
    h(doc, "h2", { id: "cf-presets-title" }, "Charter presets"),
    h(doc, "p", { class: "cf-hint" }, "Tab or arrow keys to choose, Enter to insert its terms table into a new sheet."),
    list,
    insertButton,
    insertResult,
    detail,
  );

  const explainButton = h(doc, "button", { type: "button", class: "cf-button", id: "explain" }, "Explain selected cell");
  explainButton.addEventListener("click", () => void explain());
  const explainResult = h(doc, "div", { class: "cf-result", id: "explain-result", "aria-live": "polite" });
  const explainSection = h(
    doc,
    "section",
    { class: "cf-section", "aria-labelledby": "cf-explain-title" },
    h(doc, "h2", { id: "cf-explain-title" }, "Explain a payout"),
    h(doc, "p", { class: "cf-hint" }, "Select a cell with =CHARTER.LIQPREF(…) and press Explain: the waterfall's steps, each with its clause."),
    explainButton,
    explainResult,
  );

  const roundButton = h(doc, "button", { type: "button", class: "cf-button", id: "model-round" }, "Model a round");
  roundButton.addEventListener("click", () => void modelRound());
  const roundResult = h(doc, "div", { class: "cf-result", id: "round-result", role: "status", "aria-live": "polite" });
  const roundSection = h(
    doc,
    "section",
    { class: "cf-section", "aria-labelledby": "cf-round-title" },
    h(doc, "h2", { id: "cf-round-title" }, "Model a round"),
    h(
      doc,
      "p",
      { class: "cf-hint" },
      "A priced round on the inserted terms, in a new sheet: the price, the new series, each series' conversion price before and after, the ownership and the waterfall after.",
    ),
    roundButton,
    roundResult,
  );

  const footer = h(doc, "footer", { class: "cf-footer" }, h(doc, "p", { id: "status" }, "Type =CHARTER. in a cell to use the functions."));
  root.append(header, presetSection, roundSection, explainSection, footer);

  function showConnection(): void {
    connection.textContent = port ? `Connected to ${portName}.` : NOT_CONNECTED;
    connection.classList.toggle("cf-warning", !port);
  }

  function message(into: HTMLElement, kind: "error" | "success" | "info", text: string, extra?: Node): void {
    clear(into);
    into.appendChild(h(doc, "div", { class: `cf-message cf-${kind}`, role: kind === "error" ? "alert" : undefined }, text, extra));
  }

  function select(i: number, focus = true): void {
    selected = i;
    options_.forEach((o, j) => o.setAttribute("aria-selected", String(j === i)));
    if (focus && doc.activeElement !== options_[i]) options_[i].focus();
    const preset = presets[i];
    insertButton.textContent = `Insert ${shortCompanyName(preset.company)} terms into a new sheet`;
    clear(detail);
    append(
      detail,
      h(doc, "p", { class: "cf-summary" }, preset.summary),
      preset.inputs.length > 0 &&
        h(
          doc,
          "details",
          { class: "cf-inputs" },
          h(doc, "summary", {}, `Inputs the charter does not state (${preset.inputs.length}): why each value`),
          h(
            doc,
            "ul",
            {},
            ...preset.inputs.map((input) => h(doc, "li", {}, h(doc, "span", { class: "cf-cell" }, `${input.cell} = ${input.value}`), " ", input.why)),
          ),
        ),
      preset.readings.length > 0 &&
        h(
          doc,
          "details",
          { class: "cf-readings" },
          h(doc, "summary", {}, `How unclear clauses were read (${preset.readings.length})`),
          h(doc, "ul", {}, ...preset.readings.map((r) => h(doc, "li", {}, h(doc, "span", { class: "cf-clause" }, r.clause), " ", r.reading))),
        ),
    );
  }

  async function insert(): Promise<InsertPlan | null> {
    if (busy) return null;
    if (!port) {
      message(insertResult, "error", NOT_CONNECTED);
      return null;
    }
    busy = true;
    insertButton.disabled = true;
    const preset = presets[selected];
    message(insertResult, "info", `Inserting ${preset.company}…`);
    try {
      const plan = await insertPreset(port, preset);
      const renamed: string[] = [];
      if (plan.sheetName !== plan.wantedSheetName) renamed.push(`a sheet "${plan.wantedSheetName}"`);
      if (plan.tableName !== plan.wantedTableName) renamed.push(`the name ${plan.wantedTableName}`);
      const note = renamed.length ? ` (${renamed.join(" and ")} already existed, so nothing of yours was touched)` : "";
      message(
        insertResult,
        "success",
        `Added sheet "${plan.sheetName}" with table ${plan.tableName} (${plan.table.address})${note}. Example formulas, reading the exit value in ${plan.exitCell}:`,
        h(
          doc,
          "ul",
          { class: "cf-formulas" },
          ...plan.formulas.map((f) => h(doc, "li", {}, h(doc, "span", { class: "cf-address" }, f.address), " ", h(doc, "code", {}, f.formula), ` ${f.shows}`)),
        ),
      );
      return plan;
    } catch (e) {
      message(insertResult, "error", `Could not insert ${preset.company}: ${errorText(e)}`);
      return null;
    } finally {
      busy = false;
      insertButton.disabled = false;
    }
  }

  async function modelRound(): Promise<RoundPlan | null> {
    if (!port) {
      message(roundResult, "error", NOT_CONNECTED);
      return null;
    }
    roundButton.disabled = true;
    const preset = presets[selected];
    try {
      const plan = await insertRound(port, preset);
      message(
        roundResult,
        "success",
        `Added sheet "${plan.sheetName}" reading ${plan.termsTable}: an illustrative round at $${String(plan.price)} a share; change the shaded inputs.`,
      );
      return plan;
    } catch (e) {
      message(roundResult, "error", `Could not model a round: ${errorText(e)}`);
      return null;
    } finally {
      roundButton.disabled = false;
    }
  }

  function renderSteps(request: ExplainRequest, exitIndex: number): boolean {
    clear(explainResult);
    const where = `${quoteSheet(request.sheet)}!${request.cell}`;
    const head = h(
      doc,
      "div",
      { class: "cf-explain-head" },
      h(doc, "code", { class: "cf-formula" }, request.formula),
      h(doc, "div", { class: "cf-meta" }, `${where} · terms: ${request.termsSource}${asOfText(request.asOf)}`),
    );
    explainResult.appendChild(head);
    if (request.exits.length > 1) {
      const chooser = h(
        doc,
        "select",
        { id: "exit-choice", "aria-label": "Exit value to explain" },
        ...request.exits.map((x, i) => h(doc, "option", { value: String(i), selected: i === exitIndex }, `${amountText(x.value)} (${x.source})`)),
      );
      chooser.addEventListener("change", () => renderSteps(request, Number(chooser.value)));
      head.appendChild(h(doc, "label", { class: "cf-exit" }, `Exit value (${request.exits.length} in the formula): `, chooser));
    } else {
      head.appendChild(h(doc, "div", { class: "cf-exit" }, `Exit value ${amountText(request.exits[0].value)} (${request.exits[0].source})`));
    }
    const result = explainExit(request, exitIndex, explainFn);
    if (!result.ok) {
      explainResult.appendChild(h(doc, "div", { class: "cf-message cf-error", role: "alert" }, result.message));
      return false;
    }
    const focus = typeof request.className === "string" && request.className.trim() !== "" ? request.className.trim().toLowerCase() : null;
    const steps = h(
      doc,
      "ol",
      { class: "cf-steps" },
      ...result.value.map((s) =>
        h(
          doc,
          "li",
          { class: `cf-step${focus && s.className.toLowerCase() === focus ? " cf-focus" : ""}` },
          h(
            doc,
            "div",
            { class: "cf-step-head" },
            h(doc, "span", { class: "cf-step-class" }, s.className),
            h(doc, "span", { class: "cf-amount" }, s.amount ? formatMoney(s.amount) : ""),
          ),
          h(doc, "p", { class: "cf-step-text" }, s.text),
          h(
            doc,
            "div",
            { class: "cf-step-foot" },
            s.clause && h(doc, "span", { class: "cf-clause" }, s.clause),
            s.tier && h(doc, "span", { class: "cf-tier" }, `Seniority ${s.tier}`),
          ),
        ),
      ),
    );
    explainResult.appendChild(steps);
    const total = result.value.reduce((acc, s) => (s.amount ? acc.plus(s.amount) : acc), dec(0));
    explainResult.appendChild(
      h(doc, "div", { class: "cf-total" }, h(doc, "span", {}, "Total paid"), h(doc, "span", { class: "cf-amount" }, formatMoney(total))),
    );
    return true;
  }

  async function explain(): Promise<boolean> {
    if (!port) {
      message(explainResult, "error", NOT_CONNECTED);
      return false;
    }
    explainButton.disabled = true;
    try {
      const active = await port.readActiveCell();
      const resolved = await resolveExplain(active, port);
      if (!resolved.ok) {
        message(explainResult, "info", resolved.message);
        return false;
      }
      // The exit of the selected cell's row in the spill; the list beside it picks another.
      return renderSteps(resolved.value, resolved.value.exitIndex);
    } catch (e) {
      message(explainResult, "error", `Could not read the workbook: ${errorText(e)}`);
      return false;
    } finally {
      explainButton.disabled = false;
    }
  }

  function setPort(next: WorkbookPort | null, name?: string): void {
    port = next;
    portName = name ?? (next ? "a workbook" : "");
    showConnection();
  }

  showConnection();
  if (presets.length > 0) select(0, false);

  return {
    setPort,
    select: (id: string) => {
      const i = presets.findIndex((p) => p.id === id);
      if (i >= 0) select(i);
    },
    insert,
    modelRound,
    explain,
    root,
  };
}
