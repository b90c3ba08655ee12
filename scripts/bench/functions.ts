/**
 * CCHC.* functions: 21 cells (7 areas × 3 levels) calling =CCHC.COUNT on one
 * 10,000-row range, against one plain read (analyze) of it. Excel hands every
 * call its own copy of the values, so each call here gets a fresh copy parsed
 * from JSON (made before timing: that is Excel's work, not ours). Target: within
 * 2x one read.
 */
import { AREAS, analyze, type CellValue, type Level } from '../../src/core';
import { clearCache, readCount } from '../../src/functions/cache';
import { count } from '../../src/functions/cchc';
import { syntheticAppendix } from '../synthetic';

const LEVELS: Level[] = ['goals', 'tasks', 'activities'];
const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function ms(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e6;
}

export async function run(): Promise<void> {
  const grid = syntheticAppendix(10_000);
  // Excel marshals range values to the runtime as JSON: each call gets its own strings, not shared references.
  const json = JSON.stringify(grid);
  const copy = (): CellValue[][] => JSON.parse(json) as CellValue[][];
  analyze(grid); // warm up
  count(copy(), 'I');

  const reads: number[] = [];
  const calls: number[] = [];
  let readsPerRecalc = 0;
  for (let r = 0; r < RUNS; r++) {
    let s = process.hrtime.bigint();
    analyze(copy());
    reads.push(ms(s));

    clearCache(); // a new recalculation over changed content: the first call reads, the other 20 hit the cache
    const copies = Array.from({ length: AREAS.length * LEVELS.length }, copy);
    const before = readCount();
    s = process.hrtime.bigint();
    let i = 0;
    for (const a of AREAS) for (const l of LEVELS) count(copies[i++], a.numeral, l);
    calls.push(ms(s));
    readsPerRecalc = readCount() - before;
  }
  const read = median(reads);
  const all = median(calls);
  console.log('## CCHC functions: 21 × CCHC.COUNT (7 areas × 3 levels) on a 10,000-row range (median of 7)');
  console.log(`rows in range         ${grid.length}`);
  console.log(`one read (analyze)    ${read.toFixed(1)} ms`);
  console.log(`21 function calls     ${all.toFixed(1)} ms   (${readsPerRecalc} read, ${(((all - read) / 20) * 1000).toFixed(0)} µs per cached call)`);
  console.log(`ratio calls / read    ${(all / read).toFixed(2)}x   (target ≤ 2x: ${all / read <= 2 ? 'met' : 'NOT met'})`);
}

if (require.main === module) void run();
