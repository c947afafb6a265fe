// A stand-in for Excel's CustomFunctions runtime global: Error (a code and a message) and ErrorCode, as
// @types/custom-functions-runtime declares them. Import this before calling the wrappers.
class MockCustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = { Error: MockCustomFunctionsError, ErrorCode };

/** What Excel passes for an omitted optional argument (null, never undefined), typed to fit the signatures. */
export const OMITTED = null as unknown as undefined;

/** The CustomFunctions.Error thrown by `f`; fails when nothing, or something else, is thrown. */
export function excelErrorOf(f: () => unknown): CustomFunctions.Error {
  try {
    f();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return e;
    throw e;
  }
  throw new Error("expected a CustomFunctions.Error, nothing was thrown");
}
