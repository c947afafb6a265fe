// The checks of numbers from the user, with their messages, in one place: conversion, anti-dilution,
// the ledger, the terms table and the catalogue's arguments all word a bad number the same way. Each
// check throws a ChartError (#VALUE!) naming the place and the value; `shown` is the value as the user
// wrote it (a cell's text such as "-$8.93"), by default the number itself.
import { Decimal } from "./decimal";
import { invalid, type ErrorPlace } from "./errors";

/** What is wrong with a number, as every message says it. */
export const NUMBER_PROBLEMS = {
  notANumber: "is not a number",
  notFinite: "is not a finite number",
  negative: "must not be negative",
  notPositive: "must be more than zero",
  notWhole: "must be a whole number",
} as const;

/** Throws unless `x` is a finite Decimal. */
export function requireFinite(x: Decimal, place: ErrorPlace, shown: unknown = String(x)): Decimal {
  if (!(x instanceof Decimal) || !x.isFinite()) throw invalid({ ...place, value: shown }, NUMBER_PROBLEMS.notANumber);
  return x;
}

/** Throws unless `x` is a finite Decimal >= 0 (-0 counts as 0). */
export function requireNonNegative(x: Decimal, place: ErrorPlace, shown: unknown = x.toString()): Decimal {
  requireFinite(x, place);
  if (x.isNegative() && !x.isZero()) throw invalid({ ...place, value: shown }, NUMBER_PROBLEMS.negative);
  return x;
}

/** Throws unless `x` is a finite Decimal > 0. */
export function requirePositive(x: Decimal, place: ErrorPlace, shown: unknown = x.toString()): Decimal {
  requireFinite(x, place);
  if (!x.greaterThan(0)) throw invalid({ ...place, value: shown }, NUMBER_PROBLEMS.notPositive);
  return x;
}

/** Throws unless `x` is a whole number. */
export function requireWhole(x: Decimal, place: ErrorPlace, shown: unknown = x.toString()): Decimal {
  requireFinite(x, place);
  if (!x.isInteger()) throw invalid({ ...place, value: shown }, NUMBER_PROBLEMS.notWhole);
  return x;
}
