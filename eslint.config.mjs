// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules everywhere, Microsoft's
// Office add-in rules (eslint-plugin-office-addins, as the Office templates use) on the code that talks to
// Office.js, and eslint-config-prettier so that formatting is Prettier's alone (`npm run lint` runs both).
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "build/", "coverage/", "node_modules/", "templates/", "docs/"] },
  // An eslint-disable comment that disables nothing is an error: every one left says what it allows.
  { linterOptions: { reportUnusedDisableDirectives: "error" } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // `_name` marks a value deliberately unused (a destructured rest, a callback's position).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // Tests read JSON and mock objects whose shape the test itself asserts.
    files: ["test/**/*.ts", "**/*.test.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // CommonJS files: the webpack configs, the start script, bin/, jest's config and shims.
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // The Office.js code: the task pane's Excel port, the custom functions' error mapping, the commands.
    files: ["src/taskpane/**/*.ts", "src/functions/**/*.ts", "src/commands/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "warn",
      "office-addins/no-empty-load": "warn",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  prettier,
);
