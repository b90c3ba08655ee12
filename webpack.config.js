/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * The add-in build. One page (taskpane.html) carries the task pane and the
 * CCHC.* functions: Excel's shared runtime loads it once for both.
 *
 *   npm run build                                          → dist/ for https://localhost:3000/
 *   npm run build -- --env baseUrl=https://intranet.example.vn/cchc/   → dist/ for IT's server
 *   npm run dev-server                                     → https://localhost:3000 (office-addin-dev-certs)
 *
 * dist/ holds everything the add-in loads, office.js included, so it runs from
 * its own origin. To add a page (e.g. an end-to-end test page), add an entry to
 * `entry` and a line to PAGES.
 */
const path = require('path');
const fs = require('fs');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { localizeMetadata } = require('./scripts/build-functions-vi');

/** Where manifest.xml points; the build rewrites it to --env baseUrl. */
const DEV_URL = 'https://localhost:3000/';
const OFFICE_JS = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/** HTML pages and the entries (chunks) each loads. */
const PAGES = [{ filename: 'taskpane.html', title: 'Phụ lục CCHC', chunks: ['functions', 'taskpane'] }];

/** The page shell: office.js from our own origin, then the bundles. */
function pageHtml(title) {
  return `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>${title}</title>
  <script src="office-js/office.js"></script>
</head>
<body>
  <div id="root"></div>
</body>
</html>
`;
}

/** The base URL given at build time: https (http only for a local test server), ending in "/". */
function baseUrlFrom(env) {
  const raw = (env && env.baseUrl) || DEV_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`baseUrl "${raw}" is not a URL (example: https://intranet.example.vn/cchc/)`);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) {
    throw new Error(`baseUrl "${raw}" must be https: Office loads add-ins only over HTTPS`);
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * office.js's loading logger posts to Microsoft through a hidden iframe (seen
 * when office.js runs outside Office and on older desktop builds). The add-in
 * sends nothing anywhere: point that frame at about:blank.
 */
const TELEMETRY_FRAME = 'https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html';
function withoutTelemetry(content) {
  return content.includes(TELEMETRY_FRAME) ? Buffer.from(content.toString().split(TELEMETRY_FRAME).join('about:blank')) : content;
}

/** "1.0.0" → "1.0.0.0": the manifest wants four parts. */
function manifestVersion(version) {
  const parts = version.split(/[.+-]/).slice(0, 4).map((p) => String(Number(p) || 0));
  while (parts.length < 4) parts.push('0');
  return parts.join('.');
}

/** dist/manifest.xml: every URL on the base URL, Version from package.json. */
function buildManifest(xml, baseUrl, version) {
  return xml
    .split(DEV_URL)
    .join(baseUrl)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
}

/** Adds functions.vi.json next to the functions.json the metadata plugin emits. */
class VietnameseMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('VietnameseMetadataPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'VietnameseMetadataPlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const en = compilation.getAsset('functions.json');
          if (!en) return; // the metadata plugin reported its own error
          try {
            const vi = localizeMetadata(JSON.parse(en.source.source().toString()));
            compilation.emitAsset('functions.vi.json', new webpack.sources.RawSource(JSON.stringify(vi, null, 2)));
          } catch (e) {
            compilation.errors.push(new webpack.WebpackError(e.message));
          }
        },
      );
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const baseUrl = baseUrlFrom(env);
  const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, 'package.json'), 'utf8'));
  const outDir = env.outDir ? path.resolve(env.outDir) : path.join(__dirname, 'dist');

  const config = {
    mode: dev ? 'development' : 'production',
    // Source maps only in development: the production files go to an intranet server, and maps would publish the source.
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      functions: './src/functions/functions.ts',
    },
    output: { path: outDir, filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          // tsconfig.json is for type checking (noEmit, commonjs); the bundle wants ES modules.
          options: { transpileOnly: true, compilerOptions: { noEmit: false, module: 'es2020', sourceMap: true } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: './src/functions/functions.ts', output: 'functions.json' }),
      new VietnameseMetadataPlugin(),
      ...PAGES.map(
        (p) => new HtmlWebpackPlugin({ filename: p.filename, templateContent: pageHtml(p.title), chunks: p.chunks, chunksSortMode: 'manual', inject: 'body', scriptLoading: 'defer' }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'assets/help.html', to: 'help.html' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => buildManifest(content.toString(), baseUrl, pkg.version) },
          // office.js and what it loads for Excel: the host scripts and its own strings per locale. Not the debug
          // copies, other hosts' scripts or its telemetry module: nothing here reports anywhere.
          {
            from: '**/*',
            context: OFFICE_JS,
            to: 'office-js/',
            info: { minimized: true }, // already minified: keep Terser off 12 MB of it
            transform: withoutTelemetry,
            globOptions: {
              ignore: ['**/*.debug.js', '**/*.d.ts', '**/office-vsdoc.js', '**/ariatelemetry/**', '**/telemetry/**', '**/outlook*', '**/word*', '**/powerpoint*', '**/onenote*', '**/access*', '**/project*', '**/visio*', '**/html2canvas*'],
            },
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: env.WEBPACK_SERVE ? { type: 'https', options: await devCertificates() } : 'https',
    },
  };
  return config;
};

/**
 * The trusted localhost certificate of office-addin-dev-certs (it asks to install
 * its CA once). Where the CA cannot be installed (a Linux box without sudo, CI),
 * serve with the generated certificate anyway: browsers in tests ignore trust.
 */
async function devCertificates() {
  const devCerts = require('office-addin-dev-certs');
  try {
    const o = await devCerts.getHttpsServerOptions();
    return { ca: o.ca, key: o.key, cert: o.cert };
  } catch (e) {
    const dir = path.join(require('os').homedir(), '.office-addin-dev-certs');
    console.warn(`Không cài được chứng chỉ phát triển (${e.message.split('\n')[0]}); máy chủ dùng chứng chỉ chưa được tin cậy. / Could not install the dev CA; serving with an untrusted certificate.`);
    const file = (f) => fs.readFileSync(path.join(dir, f));
    return fs.existsSync(path.join(dir, 'localhost.key')) ? { ca: file('ca.crt'), key: file('localhost.key'), cert: file('localhost.crt') } : {};
  }
}

module.exports.baseUrlFrom = baseUrlFrom;
module.exports.buildManifest = buildManifest;
module.exports.manifestVersion = manifestVersion;
module.exports.PAGES = PAGES;
module.exports.TELEMETRY_FRAME = TELEMETRY_FRAME;
