// Builds the workbench page into dist/workbench/: index.html, the bundle (HyperFormula and the real task
// pane on a stand-in workbook), exceljs as a chunk loaded when a file is opened, and the styles. The
// add-in's own build (webpack.config.js) still refuses HyperFormula; this page is never part of the add-in.
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: { workbench: "./src/workbench/main.ts" },
    output: {
      path: path.resolve(__dirname, "dist", "workbench"),
      filename: "[name].js",
      chunkFilename: "[name].chunk.js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // ES modules out of TypeScript so `import("exceljs")` stays a separate chunk (commonjs would inline it).
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false, module: "esnext", moduleResolution: "node" } } },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/workbench/index.html", chunks: ["workbench"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/workbench/workbench.css", to: "workbench.css" },
        ],
      }),
    ],
    // Not minified: a local development page; minifying HyperFormula and exceljs took most of a 100 s build.
    optimization: { minimize: false },
    performance: { hints: false },
  };
};
