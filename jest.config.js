/** jest: TypeScript through ts-jest, file by file (tsconfig.json sets isolatedModules; type errors are caught by `npm run typecheck`). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] },
  moduleNameMapper: {
    // office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose ESM-only
    // dependencies jest cannot load (../shared/notes/office-addin.md): a local shim stands in.
    "^office-addin-manifest$": "<rootDir>/test/shims/office-addin-manifest.js",
  },
};
