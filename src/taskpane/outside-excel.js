// Loaded by taskpane.html just before functions.js (both deferred, and deferred scripts run in document
// order). Outside Excel (the page opened in a browser) nothing defines CustomFunctions, so the
// CustomFunctions.associate calls the metadata plugin appends to functions.js would throw
// "CustomFunctions is not defined". Excel's shared runtime defines CustomFunctions before functions.js
// runs, and then this does nothing; where it is undefined, functions.js would have stopped at its first
// associate anyway, so a stand-in whose associate registers nothing changes only the error.
(function () {
  "use strict";
  if (typeof CustomFunctions !== "undefined") return;
  window.CustomFunctions = { associate: function () {}, outsideExcel: true };
})();
