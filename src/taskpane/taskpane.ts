// The task pane shell: a heading and an (empty) list, ready once Office is. The real task pane
// (presets, insert a terms table, explain) comes later and replaces this file.
/* global Office, document */

export function showReady(doc: Document): void {
  const status = doc.getElementById("status");
  if (status) status.textContent = "Type =CHARTER. in a cell to use the functions.";
}

if (typeof Office !== "undefined") {
  Office.onReady(() => showReady(document));
}
