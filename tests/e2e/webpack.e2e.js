/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * The end-to-end test build: the add-in's own production build (webpack.config.js)
 * plus one test page, e2e.html, that loads the Excel fake (page/fakeOffice.ts)
 * and then the unchanged task pane bundle. Never part of dist/.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const addin = require('../../webpack.config.js');

const PAGE = `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>Phụ lục CCHC — kiểm thử</title>
</head>
<body>
  <div id="root"></div>
</body>
</html>
`;

module.exports = async (env = {}) => {
  const config = await addin({ ...env, outDir: env.outDir }, { mode: 'production' });
  config.devtool = false;
  config.entry = { ...config.entry, e2efake: path.join(__dirname, 'page/fakeOffice.ts') };
  config.module.rules.push({ test: /\.tsv$/, type: 'asset/source' });
  config.plugins.push(
    new HtmlWebpackPlugin({
      filename: 'e2e.html',
      templateContent: PAGE,
      chunks: ['e2efake', 'taskpane'],
      chunksSortMode: 'manual',
      inject: 'body',
      scriptLoading: 'defer',
    }),
  );
  return config;
};
