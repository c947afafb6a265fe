// Spills: a function that returns a range computes each cell on its own, so a cell that cannot be
// computed carries its error (#VALUE! or #N/A with its message) while the rest of the spill stands.
import type { CellOf } from "./args";
import { isHostError, toHostError, type HostError } from "./host-error";
import type { ResultCell } from "./types";

/**
 * Maps each read cell through `compute`: an empty cell stays empty (null), a cell the adapter refused
 * keeps its error, and a cell whose computation throws gets that error alone.
 */
export function mapCells<T>(cells: readonly (readonly CellOf<T>[])[], compute: (value: T) => ResultCell, functionName?: string): ResultCell[][] {
  return cells.map((row) =>
    row.map((cell) => {
      if (cell === null || isHostError(cell)) return cell as null | HostError;
      try {
        return compute(cell);
      } catch (e) {
        return toHostError(e, functionName);
      }
    }),
  );
}
