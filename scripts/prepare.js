#!/usr/bin/env node
// `npm run prepare` (also run by `npm ci` / `npm install`): builds the `charter` command with
// tsc -p tsconfig.cli.json, once src/cli exists; until then there is nothing to build, and it says so.
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");

if (!fs.existsSync(path.join(ROOT, "src", "cli"))) {
  console.log("prepare: src/cli does not exist yet; the charter command is not built.");
  process.exit(0);
}
const r = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: ROOT, stdio: "inherit" });
process.exit(r.status === null ? 1 : r.status);
