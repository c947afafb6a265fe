// Screenshots of the built task pane outside Excel (dist/taskpane.html?demo: an in-memory workbook),
// driven by keyboard as a user would: Tab to the presets, arrows to MagiNet, Enter inserts, then
// Explain on the LIQPREF cell the insert selects. Run after `npm run build`:
//   node test/taskpane/screenshot.js            -> test/output/taskpane-*.png (git-ignored)
//   UPDATE_SCREENSHOT=1 node test/taskpane/...  -> also docs/images/taskpane.png
// Needs Debian's chromium (/usr/bin/chromium); never downloads a browser.
const { chromium } = require("playwright-core");
const { copyFileSync, mkdirSync } = require("fs");
const { resolve } = require("path");

const ROOT = resolve(__dirname, "../..");
const OUT = resolve(ROOT, "test/output");

(async () => {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  const problems = [];
  page.on("pageerror", (e) => problems.push(String(e)));
  // Offline: Office's CDN is unreachable; the pane must not need it.
  await page.route("https://appsforoffice.microsoft.com/**", (r) => r.abort());
  await page.goto(`file://${resolve(ROOT, "dist/taskpane.html")}?demo`);
  await page.waitForSelector("#preset-maginet");
  await page.screenshot({ path: resolve(OUT, "taskpane-presets.png") });

  await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#insert-result .cf-success");
  await page.click("#explain");
  await page.waitForSelector("#explain-result .cf-steps");
  await page.screenshot({ path: resolve(OUT, "taskpane-full.png"), fullPage: true });
  await page.locator("#insert").scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, document.querySelector("#preset-maginet").getBoundingClientRect().top + window.scrollY - 8));
  await page.screenshot({ path: resolve(OUT, "taskpane.png") });
  await browser.close();

  // functions.js runs in the same page and needs Excel's CustomFunctions: outside Excel it says so.
  const ours = problems.filter((p) => !/CustomFunctions is not defined/.test(p));
  if (ours.length) {
    console.error(ours.join("\n"));
    process.exit(1);
  }
  if (process.env.UPDATE_SCREENSHOT === "1") {
    mkdirSync(resolve(ROOT, "docs/images"), { recursive: true });
    copyFileSync(resolve(OUT, "taskpane-full.png"), resolve(ROOT, "docs/images/taskpane.png"));
  }
  console.log(`screenshots in ${OUT}`);
})();
