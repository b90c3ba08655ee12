/**
 * The core as it ships: compiled to plain JavaScript, as webpack bundles it for the add-in and
 * `npm run build:cli` for the installed command. Run through tsx instead, every imported name is
 * read through a getter on each call, which adds about a fifth to the engine's time and is
 * no part of the product.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import * as ts from 'typescript';

type Core = typeof import('../src/core');

let loaded: Core | null = null;

export function compiledCore(): Core {
  if (loaded) return loaded;
  const from = path.join(__dirname, '..', 'src', 'core');
  const to = mkdtempSync(path.join(tmpdir(), 'cchc-core-'));
  const compilerOptions: ts.CompilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true };
  for (const file of readdirSync(from).filter((f) => f.endsWith('.ts'))) {
    const { outputText } = ts.transpileModule(readFileSync(path.join(from, file), 'utf8'), { compilerOptions, fileName: file });
    writeFileSync(path.join(to, file.replace(/\.ts$/, '.js')), outputText);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded = require(path.join(to, 'index.js')) as Core;
  // Every module is loaded by now (index imports them all): the files are no longer needed.
  rmSync(to, { recursive: true, force: true });
  return loaded;
}
