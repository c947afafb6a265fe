// Money: whole cents as one type, the named roundings of dollars to cents, and the one allocation of cents.
export { Money, centsNumber, sumMoney, wholeCentsOf } from "./money";
export { roundToCents, roundToMoney, type CentRounding } from "./round";
export { allocate, NOISE_PLACES } from "./allocate";
