import { BoundedCache } from "./cache";

describe("BoundedCache", () => {
  it("computes once per key and then serves the kept value", () => {
    const cache = new BoundedCache<string, number>(2);
    let runs = 0;
    const compute = () => ++runs;
    expect(cache.getOrCompute("a", compute)).toBe(1);
    expect(cache.getOrCompute("a", compute)).toBe(1);
    expect(runs).toBe(1);
  });
  it("drops the least recently used key beyond its capacity", () => {
    const cache = new BoundedCache<string, string>(2);
    cache.getOrCompute("a", () => "A");
    cache.getOrCompute("b", () => "B");
    cache.getOrCompute("a", () => "A again"); // a is now the most recently used
    cache.getOrCompute("c", () => "C"); // 3 entries > 2: b, the least recently used, goes
    expect(cache.size).toBe(2);
    expect(cache.has("a")).toBe(true);
    expect(cache.has("b")).toBe(false);
    expect(cache.has("c")).toBe(true);
    expect(cache.getOrCompute("a", () => "recomputed")).toBe("A");
  });
  it("keeps nothing when the computation throws", () => {
    const cache = new BoundedCache<string, string>(2);
    expect(() =>
      cache.getOrCompute("a", () => {
        throw new Error("bad terms");
      }),
    ).toThrow("bad terms");
    expect(cache.has("a")).toBe(false);
  });
  it("refuses a capacity below one", () => {
    expect(() => new BoundedCache(0)).toThrow("cache capacity must be a whole number >= 1, not 0");
  });
});
