#!/usr/bin/env node
// Installed command: runs the compiled CLI when built (npm run build:cli), else the TypeScript through tsx.
const path = require('path');
const fs = require('fs');
const built = path.join(__dirname, '..', 'lib', 'cli', 'main.js');
let mod;
if (fs.existsSync(built)) {
  mod = require(built);
} else {
  require('tsx/cjs');
  mod = require(path.join(__dirname, '..', 'src', 'cli', 'main.ts'));
}
mod.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
