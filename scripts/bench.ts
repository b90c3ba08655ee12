/**
 * `npm run bench`: every module in scripts/bench/ in turn. Pass names to run
 * some only: `npm run bench -- engine adapter`.
 */
import { readdirSync } from 'fs';
import * as path from 'path';

async function mainBench(): Promise<void> {
  const only = process.argv.slice(2);
  const dir = path.join(__dirname, 'bench');
  const all = readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''));
  const unknown = only.filter((n) => !all.includes(n));
  if (unknown.length) {
    console.error(`No benchmark ${unknown.join(', ')}. Benchmarks: ${all.sort().join(', ')}.`);
    process.exitCode = 2;
    return;
  }
  const names = all
    .filter((n) => only.length === 0 || only.includes(n))
    .sort((a, b) => (a === 'rollup-cli' ? 1 : b === 'rollup-cli' ? -1 : a.localeCompare(b)));
  for (const name of names) {
    const mod = (await import(path.join(dir, `${name}.ts`))) as { run: () => Promise<void> };
    await mod.run();
    console.log('');
  }
}

mainBench().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
