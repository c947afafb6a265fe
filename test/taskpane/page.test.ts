// taskpane.html's own links: the icon a browser asks for (else it requests /favicon.ico, a 404).
import { existsSync, readFileSync } from "fs";
import { resolve } from "path";

const ROOT = resolve(__dirname, "../..");

describe("taskpane.html", () => {
  it("names an icon that the build copies (assets/ goes to dist/assets/)", () => {
    const html = readFileSync(resolve(ROOT, "src/taskpane/taskpane.html"), "utf8");
    const icon = /<link rel="icon"[^>]*href="([^"]+)"/.exec(html);
    expect(icon && icon[1]).toBe("assets/icon-32.png");
    expect(existsSync(resolve(ROOT, icon![1]))).toBe(true);
  });
});
