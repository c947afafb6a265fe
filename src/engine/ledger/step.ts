// One row of the ledger: a series' conversion price before and after one event.
import type { Decimal } from "../decimal";
import type { IsoDate } from "../terms/model";
import type { EventType } from "./events";

export interface Step {
  /** The event's row in the list as given (1-based). */
  row: number;
  date: IsoDate;
  type: EventType;
  /** The event in words. */
  event: string;
  className: string;
  /** The conversion price in effect before and after the event. */
  before: Decimal;
  after: Decimal;
  /** The theoretical price after (differs from `after` only under a one-cent carry-forward). */
  theoretical: Decimal;
  /** True when the price in effect changed. */
  changed: boolean;
  /** True when an adjustment under one cent was not made but carried forward (MagiNet 3(f)(i)(B)). */
  carried: boolean;
  /** Why, in words. */
  reason: string;
  /** The arithmetic, e.g. "4.50 x (12,000,000 + 1,000,000) / (12,000,000 + 2,000,000) = 4.178571..."; "" when none. */
  arithmetic: string;
  /** The facts the adjustment rests on (the base, the shares and consideration); "" when none. */
  facts: string;
  /** The clause cited; "" when the terms cite none. */
  clause: string;
  /** A split, combination or stock dividend of a series of Preferred: that series (on every series' step of the event). */
  splitOf?: string;
  /** A split of Common that left this series' price, the series being split alike the same day (JT Storage Art. IV(B)4(d)(i)). */
  identical?: boolean;
  /** The class a share converts into after the event: Common, or the class it was reclassified into. */
  into?: string;
}
