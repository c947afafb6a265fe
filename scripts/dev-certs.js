// HTTPS for the development server (webpack.config.js's devServer, used by `npm start` and
// `npx webpack serve`): a certificate from office-addin-dev-certs, as Microsoft's templates use (its CA
// installed and trusted, as Office requires). Where that CA cannot be installed (no sudo, no trust store),
// a self-signed certificate made with openssl stands in, and the notes printed say how to trust it.
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const FALLBACK_DIR = path.join(ROOT, "node_modules", ".cache", "charter-dev-certs");

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
    execFileSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-sha256",
        "-days",
        "30",
        "-keyout",
        key,
        "-out",
        cert,
        "-subj",
        "/CN=localhost",
        "-addext",
        "subjectAltName=DNS:localhost,IP:127.0.0.1",
      ],
      { stdio: "ignore" },
    );
  }
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert), where: cert };
}

/** { key, cert } (and ca) for an HTTPS server on localhost; says on the console which it is. */
async function httpsOptions(log = console.log) {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    log("HTTPS: certificate from office-addin-dev-certs (its CA is installed and trusted).");
    return options;
  } catch (e) {
    const reason = String((e && e.message) || e).split("\n")[0];
    const { key, cert, where } = selfSignedOptions();
    log(`HTTPS: office-addin-dev-certs could not install its CA here (${reason}).`);
    log(`       Serving with a self-signed certificate instead: ${path.relative(ROOT, where)}`);
    log("       Office and browsers will refuse it until you trust it: import that file as a trusted");
    log("       certificate (or run `npx office-addin-dev-certs install` on a machine that allows it).");
    return { key, cert };
  }
}

module.exports = { httpsOptions };
