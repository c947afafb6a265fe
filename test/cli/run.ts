// Runs the command's main in-process with captured output, as a shell would see it.
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { main, mainAsync } from "../../src/cli/main";
import { processIo } from "../../src/cli/io";

export interface Run {
  code: number;
  out: string;
  err: string;
}

export function run(...argv: string[]): Run {
  let out = "";
  let err = "";
  const files = processIo();
  const code = main(argv, { out: (t) => void (out += t), err: (t) => void (err += t), readFile: files.readFile, workbooks: new Map() });
  return { code, out, err };
}

/** `run` through mainAsync, as bin/charter.js runs the command: workbooks on the command line are loaded first. */
export async function runAsync(...argv: string[]): Promise<Run> {
  let out = "";
  let err = "";
  const files = processIo();
  const code = await mainAsync(argv, { out: (t) => void (out += t), err: (t) => void (err += t), readFile: files.readFile, workbooks: new Map() });
  return { code, out, err };
}

/** The JSON a successful run printed. */
export function json(...argv: string[]): any {
  const r = run(...argv);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.err}`);
  return JSON.parse(r.out);
}

/** A file in a fresh temporary directory, returning its path. */
export function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "charter-cli-"));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** A failed run prints exactly one line on stderr, with no stack trace. */
export function oneLine(r: Run): string {
  const lines = r.err.split("\n").filter((l) => l !== "");
  if (lines.length !== 1) throw new Error(`expected one line on stderr, got:\n${r.err}`);
  if (/\n\s+at /.test(r.err)) throw new Error(`stack trace on stderr:\n${r.err}`);
  return lines[0];
}
