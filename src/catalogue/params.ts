// Parameter builders: a parameter is a name, its help text and one adapter from ./args.ts. An entry
// lists them in the order the function takes them (the same in Excel and `charter call`).
import type { Decimal } from "../engine/decimal";
import type { CharterTerms, IsoDate } from "../engine/terms/model";
import {
  readBoolean,
  readCash,
  readChoice,
  readDate,
  readInteger,
  readMatrix,
  readNumber,
  readMoney,
  readNumbers,
  readRatio,
  readShares,
  readString,
  type CellOf,
  type MoneyCell,
} from "./args";
import { readTerms } from "./terms";
import type { HostMatrix, ParamSpec, ParamType } from "./types";

function spec<T>(type: ParamType, name: string, description: string, read: ParamSpec<T>["read"]): ParamSpec<T> {
  return { name, description, type, optional: false, read };
}

export const param = {
  number: (name: string, description: string) => spec<Decimal>("number", name, description, readNumber),
  /** A fraction or rate: 0.5, or 50% typed as text. */
  ratio: (name: string, description: string) => spec<Decimal>("number", name, description, readRatio),
  /** A count of shares: whole (src/engine/read). */
  shares: (name: string, description: string) => spec<Decimal>("number", name, description, readShares),
  /** An exit, a payment or a fund amount: whole cents (src/engine/read). */
  cash: (name: string, description: string) => spec<Decimal>("number", name, description, readCash),
  integer: (name: string, description: string) => spec<number>("integer", name, description, readInteger),
  string: (name: string, description: string) => spec<string>("string", name, description, readString),
  boolean: (name: string, description: string) => spec<boolean>("boolean", name, description, readBoolean),
  choice: <W extends string>(name: string, description: string, words: readonly W[]) =>
    spec<W>("choice", name, description, (v, place) => readChoice(words, v, place)),
  date: (name: string, description: string) => spec<IsoDate>("date", name, description, readDate),
  numbers: (name: string, description: string) => spec<CellOf<Decimal>[][]>("numbers", name, description, readNumbers),
  /** Dollar amounts as "numbers" (the same Excel parameter), each cell in whole cents as a bigint count of cents. */
  money: (name: string, description: string) => spec<MoneyCell[][]>("numbers", name, description, readMoney),
  matrix: (name: string, description: string) => spec<HostMatrix>("matrix", name, description, readMatrix),
  terms: (name: string, description: string) => spec<CharterTerms>("terms", name, description, readTerms),
};

/** The same parameter, optional: omitted (null, or a blank text) it reaches `run` as null. */
export function optional<T>(p: ParamSpec<T>): ParamSpec<T | null> {
  return { ...p, optional: true };
}
