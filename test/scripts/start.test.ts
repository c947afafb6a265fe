// npm start checks its fixed port first, before the build and the certificate step, and stops on SIGTERM
// as on Ctrl+C (exit 0, the port free again).
import { spawn } from "child_process";
import { createServer, type Server } from "net";
import { resolve } from "path";

/* eslint-disable @typescript-eslint/no-require-imports */
const { portFree, PORT } = require("../../scripts/start.js") as { portFree: (port: number) => Promise<boolean>; PORT: number };
const START = resolve(__dirname, "../../scripts/start.js");

function listen(port: number): Promise<Server | null> {
  return new Promise((done) => {
    const server = createServer();
    server.once("error", () => done(null)); // already taken by someone else: taken all the same
    server.listen(port, () => done(server));
  });
}
const close = (server: Server | null) => new Promise<void>((done) => (server ? server.close(() => done()) : done()));

describe("scripts/start.js port check", () => {
  it("portFree: false while a server holds the port, true once it is closed", async () => {
    const server = (await listen(0))!;
    const port = (server.address() as { port: number }).port;
    expect(await portFree(port)).toBe(false);
    await close(server);
    expect(await portFree(port)).toBe(true);
  });

  it("with port 3000 taken, says so and exits 1 before the certificate step", async () => {
    expect(PORT).toBe(3000);
    const server = await listen(PORT);
    try {
      const child = spawn(process.execPath, [START], { cwd: resolve(__dirname, "../..") });
      let out = "";
      let err = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (err += d));
      const timer = setTimeout(() => child.kill(), 20_000); // should the check ever fail, do not serve on
      const code = await new Promise<number | null>((done) => child.on("exit", (c) => done(c)));
      clearTimeout(timer);
      expect([code, err.trim(), out]).toEqual([1, "Port 3000 is in use: stop whatever serves it and start again.", ""]);
    } finally {
      await close(server);
    }
  }, 30_000);

  it("stops on SIGTERM as on Ctrl+C: exit 0 and port 3000 free again", async () => {
    if (!(await portFree(PORT))) return console.warn("port 3000 is in use here: the SIGTERM test is skipped");
    const child = spawn(process.execPath, [START], { cwd: resolve(__dirname, "../..") });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const exited = new Promise<number | null>((done) => child.on("exit", (c) => done(c)));
    // Once the server listens (webpack-dev-server says where), SIGTERM.
    const deadline = Date.now() + 60_000;
    while (!/Project is running at/.test(out) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(out).toContain("Project is running at");
    expect(await portFree(PORT)).toBe(false);
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
    const code = await exited;
    clearTimeout(timer);
    expect(code).toBe(0);
    expect(await portFree(PORT)).toBe(true);
  }, 120_000);
});
