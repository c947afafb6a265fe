// Test helpers for the catalogue's tests (not used by the catalogue itself).
import { Decimal } from "../../src/engine/decimal";
import { HostError, isHostError } from "../../src/catalogue/host-error";

/** The ChartError thrown by `f` (the engine's test helper); fails when nothing, or something else, is thrown. */
export { thrown as errorOf } from "./errors";

/** `x` as a HostError; fails when it is a value. */
export function asHostError(x: unknown): HostError {
  if (!isHostError(x)) throw new Error(`expected a HostError, got ${String(x)}`);
  return x;
}

/**
 * A result as plain values for comparisons: a Decimal as its exact digits (so 22000006 and "22000006.00"
 * compare by value through `toString`), a cell's error as its code, texts and flags as they are.
 */
export function plain(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(plain);
  if (isHostError(x)) return x.code;
  if (x instanceof Decimal) return x.toString();
  return x;
}
