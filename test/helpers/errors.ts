// The ChartError a call throws, for tests of the one-line messages (class, column, value).
import { ChartError } from "../../src/engine/errors";

/** The ChartError that `f` throws; fails the test when it returns or throws something else. */
export function thrown(f: () => unknown): ChartError {
  try {
    f();
  } catch (e) {
    if (e instanceof ChartError) return e;
    throw e;
  }
  throw new Error("expected a ChartError");
}
