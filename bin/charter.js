#!/usr/bin/env node
// The `charter` command (package.json "bin"). It runs the compiled command in build/cli, which
// `npm install` builds through the "prepare" script (`npm run build:cli` builds it by hand).
"use strict";
const fs = require("fs");
const path = require("path");

const entry = path.join(__dirname, "..", "build", "cli", "cli", "main.js");
if (!fs.existsSync(entry)) {
  process.stderr.write("charter: the command is not built; run `npm run build:cli` (npm install runs it)\n");
  process.exit(1);
}
const { mainAsync } = require(entry);
mainAsync(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
