// Ribbon commands. The one button (manifest.xml: CharterTaskpaneButton) opens the task pane through a
// ShowTaskpane action, which needs no code; this bundle only waits for Office, in the shared runtime.
/* global Office */

if (typeof Office !== "undefined") {
  Office.onReady(() => undefined);
}
