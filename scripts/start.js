#!/usr/bin/env node
// `npm start`: webpack-dev-server, as Microsoft's Office add-in templates use it, serving the add-in
// (webpack.config.js, its devServer options: HTTPS from office-addin-dev-certs, port 3000 as manifest.xml
// names it) and the workbench at /workbench/ (webpack.workbench.config.js), both built in memory and
// rebuilt when a source changes. Then it sideloads the add-in into Excel where office-addin-debugging is
// installed (an optional dependency: it needs keytar, which cannot build everywhere), else prints how to
// sideload by hand. Ctrl+C or SIGTERM stops it (and unregisters the sideloaded add-in).
//   node scripts/start.js [--production]
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const net = require("net");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PORT = 3000;
const MANIFEST = path.join(ROOT, "manifest.xml");

/** The add-in's Id, from manifest.xml. */
function manifestId() {
  const m = /<Id>\s*([^<\s]+)\s*<\/Id>/.exec(fs.readFileSync(MANIFEST, "utf8"));
  return m ? m[1] : "<the Id in manifest.xml>";
}

function served() {
  return [
    "",
    `Serving the add-in on https://localhost:${PORT}/ (Ctrl+C to stop).`,
    `Workbench (no Excel needed: a grid computed by HyperFormula, the task pane, a chart): https://localhost:${PORT}/workbench/`,
    "",
  ].join("\n");
}

function sideloadHelp() {
  return [
    `Sideload the add-in into Excel on this machine (the manifest's URLs are https://localhost:${PORT}):`,
    "  Excel on the web:",
    "    1. Open a workbook at https://www.office.com (the browser must trust the certificate above:",
    `       open https://localhost:${PORT}/taskpane.html once and accept it).`,
    "    2. Home > Add-ins > More Add-ins (or Insert > Add-ins) > Upload My Add-in.",
    `    3. Choose ${MANIFEST}.`,
    "  Excel on Windows (desktop): register the manifest as a developer add-in (as Microsoft's sideload",
    "    tool does; the templates then open the add-in by themselves), and restart Excel:",
    `      reg add HKCU\\Software\\Microsoft\\Office\\16.0\\Wef\\Developer /v ${manifestId()} /t REG_SZ /d "C:\\path\\to\\manifest.xml"`,
    "    or share a folder holding manifest.xml, add it in File > Options > Trust Center > Trust Center",
    "    Settings > Trusted Add-in Catalogs ('Show in Menu'), restart Excel, then Insert > My Add-ins >",
    "    Shared Folder > Charter Functions > Add.",
    "  Excel on Mac (desktop):",
    "    copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel;",
    "    then Insert > My Add-ins.",
    "",
    "Then type =CHARTER. in a cell to see the functions; the Charter Functions button on the Home tab",
    "opens the task pane.",
    "",
  ].join("\n");
}

/** office-addin-debugging's command line, when the optional dependency is installed; else null. */
function debuggingCli() {
  try {
    return require.resolve("office-addin-debugging/cli.js");
  } catch {
    return null;
  }
}

/** office-addin-debugging start|stop manifest.xml on the running server (no second dev server, no debugger). */
function officeDebugging(cli, command) {
  const args = [cli, command, MANIFEST, "desktop", "--app", "excel", "--dev-server-port", String(PORT), ...(command === "start" ? ["--no-debug"] : [])];
  return spawnSync(process.execPath, args, { cwd: ROOT, stdio: "inherit" }).status === 0;
}

/** Whether `port` can be listened on now: a plain server opened on it and closed at once. */
function portFree(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (e) => (e.code === "EADDRINUSE" ? resolve(false) : reject(e)));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

const PORT_IN_USE = `Port ${PORT} is in use: stop whatever serves it and start again.`;

async function main() {
  const args = process.argv.slice(2);
  // Before the certificate and the build, which take a while: the port is fixed (manifest.xml names it).
  if (!(await portFree(PORT))) {
    console.error(PORT_IN_USE);
    process.exit(1);
  }
  let server = null;
  let sideloaded = null;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    if (sideloaded) officeDebugging(sideloaded, "stop");
    if (server) await server.stop().catch(() => undefined);
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const mode = args.includes("--production") ? "production" : "development";
  const env = { WEBPACK_SERVE: true };
  const addin = await require("../webpack.config.js")(env, { mode });
  const workbench = require("../webpack.workbench.config.js")(env, { mode });
  // In memory, one server: the add-in at / (as built), the workbench at /workbench/.
  workbench.output.publicPath = "/workbench/";
  const compiler = webpack([addin, workbench]);
  if (stopping) return;
  server = new WebpackDevServer(
    {
      ...addin.devServer,
      static: false,
      // Our SIGINT/SIGTERM handler stops the server (and unregisters a sideload) and exits 0.
      setupExitSignals: false,
      setupMiddlewares: (middlewares) => {
        // "/" is the task pane; "/workbench" its folder.
        middlewares.unshift({
          name: "charter-paths",
          middleware: (req, res, next) => {
            if (req.url === "/") req.url = "/taskpane.html";
            if (req.url === "/workbench") {
              res.writeHead(301, { Location: "/workbench/" });
              res.end();
              return;
            }
            next();
          },
        });
        return middlewares;
      },
    },
    compiler,
  );
  let first = true;
  compiler.hooks.done.tap("charter-start", (stats) => {
    if (!first) return;
    first = false;
    if (stats.hasErrors()) {
      console.error("The build has errors (above); the server keeps running and rebuilds on each change.");
      return;
    }
    console.log(served());
    const cli = debuggingCli();
    if (cli && officeDebugging(cli, "start")) {
      sideloaded = cli;
      console.log("Sideloaded into Excel by office-addin-debugging; stopping unregisters it.");
    } else {
      if (cli) console.log("office-addin-debugging could not sideload the add-in; by hand:");
      console.log(sideloadHelp());
    }
  });
  try {
    await server.start();
  } catch (e) {
    console.error(e && e.code === "EADDRINUSE" ? PORT_IN_USE : String(e));
    process.exit(1);
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

module.exports = { portFree, PORT };
