// Builds the add-in into dist/: functions.js (+ functions.json from its JSDoc), taskpane.html loading the
// functions, task pane and commands bundles (one shared runtime), manifest.xml, assets/ and a local copy
// of office.js. `npm run build` runs it in production mode; `npm start` (scripts/start.js) serves it with
// the workbench from webpack-dev-server, with the devServer options below (as Microsoft's templates do:
// HTTPS from office-addin-dev-certs on port 3000, the port manifest.xml names).
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const FUNCTIONS = "./src/functions/functions.ts";
/** The port in manifest.xml's URLs. */
const PORT = 3000;

/** Fails the build if HyperFormula (GPL-3.0; tests and tools only) is ever pulled into a bundle. */
class NoHyperFormulaPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap("NoHyperFormulaPlugin", (compilation) => {
      compilation.hooks.finishModules.tap("NoHyperFormulaPlugin", (modules) => {
        for (const m of modules) {
          if (m.resource && /[\\/]node_modules[\\/]hyperformula[\\/]/.test(m.resource)) {
            compilation.errors.push(new Error(`HyperFormula must not enter the add-in bundle (GPL-3.0): ${m.resource}`));
            return;
          }
        }
      });
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  return {
    mode: production ? "production" : "development",
    devtool: "source-map",
    entry: {
      functions: FUNCTIONS,
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type errors are `npm run typecheck`'s job; tsconfig.json says noEmit for tsc, the loader must emit.
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS, output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane", "commands"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "manifest.xml", to: "manifest.xml" },
          { from: "assets", to: "assets" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          // The manifest's SupportUrl and Learn more page.
          { from: "src/taskpane/help.html", to: "help.html" },
          // Quiets functions.js outside Excel; loaded by taskpane.html before it (see the file).
          { from: "src/taskpane/outside-excel.js", to: "outside-excel.js" },
          // Excel loads office.js from the CDN; this copy lets a local page (the workbench) serve it.
          { from: require.resolve("@microsoft/office-js/dist/office.js"), to: "office.js", info: { minimized: true } },
        ],
      }),
      new NoHyperFormulaPlugin(),
    ],
    performance: { hints: false },
    devServer: {
      port: PORT,
      // This machine only: a development server is nobody else's business.
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-store" },
      // Only when serving: a build needs no certificate.
      server: env.WEBPACK_SERVE ? { type: "https", options: await require("./scripts/dev-certs").httpsOptions() } : undefined,
      // No reload client injected into the bundles: the add-in's code is exactly what a build makes.
      client: false,
      webSocketServer: false,
      hot: false,
      liveReload: false,
    },
  };
};

module.exports.PORT = PORT;
