// Exact rationals over BigInt for the round's linear system: the inputs are decimals, so every quantity
// the system produces is a ratio of integers, and a Safe Price such as 5,700,000 / 10,000,000 comes out
// as 0.57 exactly rather than 0.5699...9 to 60 digits (which would round down a cent's hundredth wrong).
import { Decimal } from "../decimal";

export class Q {
  readonly n: bigint;
  readonly d: bigint;
  constructor(n: bigint, d: bigint = 1n) {
    if (d === 0n) throw new RangeError("division by zero");
    if (d < 0n) {
      n = -n;
      d = -d;
    }
    const g = gcd(n < 0n ? -n : n, d);
    this.n = n / g;
    this.d = d / g;
  }
  static of(x: Decimal | number): Q {
    const s = (x instanceof Decimal ? x : new Decimal(x)).toFixed();
    const [int, frac = ""] = s.split(".");
    return new Q(BigInt(int + frac), 10n ** BigInt(frac.length));
  }
  plus(o: Q): Q {
    return new Q(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  minus(o: Q): Q {
    return new Q(this.n * o.d - o.n * this.d, this.d * o.d);
  }
  times(o: Q): Q {
    return new Q(this.n * o.n, this.d * o.d);
  }
  div(o: Q): Q {
    return new Q(this.n * o.d, this.d * o.n);
  }
  neg(): Q {
    return new Q(-this.n, this.d);
  }
  cmp(o: Q): number {
    const x = this.n * o.d - o.n * this.d;
    return x < 0n ? -1 : x > 0n ? 1 : 0;
  }
  isZero(): boolean {
    return this.n === 0n;
  }
  /** As a Decimal: exact when the ratio terminates within 60 digits, else to 60 significant digits. */
  toDecimal(): Decimal {
    return new Decimal(this.n.toString()).div(this.d.toString());
  }
  /** Rounded down (toward minus infinity) to `places` decimals, exactly. */
  floorTo(places: number): Decimal {
    const scale = 10n ** BigInt(places);
    let q = (this.n * scale) / this.d;
    if ((this.n * scale) % this.d !== 0n && this.n < 0n) q -= 1n;
    return new Decimal(q.toString()).div(scale.toString());
  }
  /** Rounded up to a whole number, exactly. */
  ceil(): Decimal {
    let q = this.n / this.d;
    if (this.n % this.d !== 0n && this.n > 0n) q += 1n;
    return new Decimal(q.toString());
  }
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a === 0n ? 1n : a;
}

export const Q0 = new Q(0n);
export const Q1 = new Q(1n);
