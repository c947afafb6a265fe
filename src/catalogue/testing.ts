// Test helpers for the catalogue's tests (not used by the catalogue itself).
import { ChartError } from "../engine/errors";
import { HostError, isHostError } from "./host-error";

/** The ChartError thrown by `f`; fails when nothing, or something else, is thrown. */
export function errorOf(f: () => unknown): ChartError {
  try {
    f();
  } catch (e) {
    if (e instanceof ChartError) return e;
    throw e;
  }
  throw new Error("expected a ChartError, nothing was thrown");
}

/** `x` as a HostError; fails when it is a value. */
export function asHostError(x: unknown): HostError {
  if (!isHostError(x)) throw new Error(`expected a HostError, got ${String(x)}`);
  return x;
}
