// The text helpers of the command's output.
import { wrap, wrapUnits } from "../../src/cli/format";

describe("wrap", () => {
  it("breaks at spaces within the width, the first line led by `first` and the rest by `rest`", () => {
    // "Note: aaaa bbbb" is 15 characters; with " cccc" it would be 20 > 16.
    expect(wrap("aaaa bbbb cccc dddd", 16, "Note: ", "  ")).toBe("Note: aaaa bbbb\n  cccc dddd\n");
    expect(wrap("short", 100)).toBe("short\n");
  });
  it("puts a word longer than the width on its own line", () => {
    expect(wrap("a bcdefghijkl m", 5)).toBe("a\nbcdefghijkl\nm\n");
  });
  it("wrapUnits keeps each unit whole", () => {
    expect(wrapUnits(["A=x 1;", "B=y 2;", "C=z 3"], 14, "", "  ")).toBe("A=x 1; B=y 2;\n  C=z 3\n");
  });
});
