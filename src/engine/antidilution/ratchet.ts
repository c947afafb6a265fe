// Full ratchet: the conversion price falls to the price per share of the dilutive issue, whatever its
// size. None of the three charters uses it (Juniper 6(d)(iv) and MagiNet 3(f)(i)(A) are weighted
// averages; JT Storage 4(d) has splits only); it is offered as the standard alternative term.
import { Decimal, min } from "../decimal";
import { requirePositive } from "../checks";

/** CP2 = the new price per share when lower than CP1; otherwise CP1. */
export function fullRatchet(cp1: Decimal, pricePerNewShare: Decimal): Decimal {
  requirePositive(cp1, { argument: "conversionPrice" });
  // A price of zero would make the conversion price zero (Common without limit): refused, not computed.
  requirePositive(pricePerNewShare, { argument: "pricePerNewShare" });
  return min(cp1, pricePerNewShare);
}
