#!/usr/bin/env node
// `npm start`: build the add-in into dist/ and the workbench into dist/workbench/, serve dist/ on
// https://localhost:3000 (the URLs in manifest.xml; the workbench at /workbench/), print how to sideload
// manifest.xml into Excel, and keep serving until stopped (Ctrl+C).
//   node scripts/start.js [--no-build] [--production]
// HTTPS: a certificate from office-addin-dev-certs (its CA installed and trusted, as Office requires).
// When its CA cannot be installed here (no sudo, no trust store), a self-signed certificate made with
// openssl stands in: browsers and Office will not trust it until you trust it yourself (see the notes
// printed at start). office-addin-debugging, which would sideload automatically, is not a dependency: its
// office-addin-dev-settings builds keytar natively, which fails without libsecret's headers and would break
// `npm install` on a plain machine (README). So sideloading is by hand.
"use strict";
const { spawnSync, execFileSync } = require("child_process");
const fs = require("fs");
const https = require("https");
const net = require("net");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const PORT = 3000;
const FALLBACK_DIR = path.join(ROOT, "node_modules", ".cache", "charter-dev-certs");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

function build(mode) {
  // The add-in first (its build cleans dist/), then the workbench page into dist/workbench/.
  for (const [what, extra] of [["the add-in", []], ["the workbench", ["-c", "webpack.workbench.config.js"]]]) {
    console.log(`Building ${what} (webpack --mode ${mode} ${extra.join(" ")}) ...`);
    const r = spawnSync(process.execPath, [require.resolve("webpack/bin/webpack.js"), "--mode", mode, ...extra], { cwd: ROOT, stdio: "inherit" });
    if (r.status !== 0) {
      console.error("The build failed; nothing is served.");
      process.exit(r.status || 1);
    }
  }
}

/** A self-signed certificate for localhost and 127.0.0.1, made once with openssl and reused while valid. */
function selfSignedOptions() {
  const key = path.join(FALLBACK_DIR, "localhost.key");
  const cert = path.join(FALLBACK_DIR, "localhost.crt");
  const valid = () => {
    if (!fs.existsSync(key) || !fs.existsSync(cert)) return false;
    try {
      execFileSync("openssl", ["x509", "-checkend", "86400", "-noout", "-in", cert], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  };
  if (!valid()) {
    fs.mkdirSync(FALLBACK_DIR, { recursive: true });
    execFileSync("openssl", [
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256", "-days", "30",
      "-keyout", key, "-out", cert,
      "-subj", "/CN=localhost",
      "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
    ], { stdio: "ignore" });
  }
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert), where: cert };
}

async function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    console.log("HTTPS: certificate from office-addin-dev-certs (its CA is installed and trusted).");
    return options;
  } catch (e) {
    const reason = String((e && e.message) || e).split("\n")[0];
    const { key, cert, where } = selfSignedOptions();
    console.log(`HTTPS: office-addin-dev-certs could not install its CA here (${reason}).`);
    console.log(`       Serving with a self-signed certificate instead: ${path.relative(ROOT, where)}`);
    console.log("       Office and browsers will refuse it until you trust it: import that file as a trusted");
    console.log("       certificate (or run `npx office-addin-dev-certs install` on a machine that allows it).");
    return { key, cert };
  }
}

/** Serves the files of dist/ (no directory listings, nothing outside dist/). */
function handler(req, res) {
  const url = new URL(req.url || "/", `https://localhost:${PORT}`);
  if (url.pathname === "/workbench") {
    res.writeHead(301, { Location: "/workbench/" });
    res.end();
    return;
  }
  // A folder's index.html (the workbench at /workbench/).
  const pathname = url.pathname === "/" ? "/taskpane.html" : url.pathname.endsWith("/") ? `${url.pathname}index.html` : url.pathname;
  const rel = decodeURIComponent(pathname);
  const file = path.join(DIST, path.normalize(rel));
  const headers = { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store" };
  if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
    res.end(`Not found: ${url.pathname}\n`);
    return;
  }
  res.writeHead(200, { ...headers, "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
  fs.createReadStream(file).pipe(res);
}

/** The add-in's Id, from manifest.xml. */
function manifestId() {
  const m = /<Id>\s*([^<\s]+)\s*<\/Id>/.exec(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
  return m ? m[1] : "<the Id in manifest.xml>";
}

function sideloadHelp() {
  const manifest = path.join(ROOT, "manifest.xml");
  return [
    "",
    `Serving ${path.relative(ROOT, DIST)}/ on https://localhost:${PORT}/ (Ctrl+C to stop).`,
    "",
    `Workbench (no Excel needed: a grid computed by HyperFormula, the task pane, a chart): https://localhost:${PORT}/workbench/`,
    "",
    `Sideload the add-in into Excel on this machine (the manifest's URLs are https://localhost:${PORT}):`,
    "  Excel on the web:",
    "    1. Open a workbook at https://www.office.com (the browser must trust the certificate above:",
    `       open https://localhost:${PORT}/taskpane.html once and accept it).`,
    "    2. Home > Add-ins > More Add-ins (or Insert > Add-ins) > Upload My Add-in.",
    `    3. Choose ${manifest}.`,
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
  // Before the build and the certificate, which take a while: the port is fixed (manifest.xml names it).
  if (!(await portFree(PORT))) {
    console.error(PORT_IN_USE);
    process.exit(1);
  }
  if (!args.includes("--no-build")) build(args.includes("--production") ? "production" : "development");
  if (!fs.existsSync(path.join(DIST, "functions.js"))) {
    console.error("dist/ has no functions.js: build first (npm run build).");
    process.exit(1);
  }
  const options = await httpsOptions();
  const server = https.createServer(options, handler);
  server.on("error", (e) => {
    // Still possible: something may take the port during the build.
    console.error(e.code === "EADDRINUSE" ? PORT_IN_USE : String(e));
    process.exit(1);
  });
  server.listen(PORT, () => console.log(sideloadHelp()));
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

module.exports = { portFree, PORT };
