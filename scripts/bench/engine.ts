/** Engine speed: read + check + count against a walk over every cell, at three sizes. */
import { analyze, cellText, clearTextCaches, type CellValue } from '../../src/core';
import { syntheticAppendix } from '../synthetic';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => void, runs: number): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = process.hrtime.bigint();
    fn();
    t.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  return median(t);
}

/** The baseline: walk every cell, touching its value. */
function walk(grid: CellValue[][]): number {
  let n = 0;
  for (const row of grid) for (const v of row) n += typeof v === 'string' ? v.length : v === null || v === undefined ? 0 : 1;
  return n;
}

/** The least any reader must do: every cell's text as written (NFC, trimmed). */
function texts(grid: CellValue[][]): number {
  let n = 0;
  for (const row of grid) for (const v of row) n += cellText(v).length;
  return n;
}

export async function run(): Promise<void> {
  console.log('## Engine: read + check + count (median of runs)');
  console.log('rows      walk ms   text ms   engine ms   ms/1000 rows   engine/walk   engine/text   heap MB');
  for (const size of [1_000, 10_000, 100_000]) {
    const grid = syntheticAppendix(size);
    const runs = size >= 100_000 ? 5 : size >= 10_000 ? 15 : 51;
    // Warm up: steady-state throughput, not the JIT's first compile.
    for (let i = 0; i < 3; i++) analyze(grid);
    const w = time(() => walk(grid), runs);
    const tx = time(() => texts(grid), runs);
    const e = time(() => {
      clearTextCaches(); // cold: nothing remembered from the previous run
      analyze(grid);
    }, runs);
    // Memory apart from timing: what one analysis holds on to, model and issues included
    // (after a full collection on both sides when node runs with --expose-gc, as npm run bench does).
    const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
    clearTextCaches();
    gc();
    const before = process.memoryUsage().heapUsed;
    const held = analyze(grid);
    gc();
    const peak = process.memoryUsage().heapUsed;
    void held.issues.length;
    const rows = grid.length;
    console.log(
      `${String(rows).padEnd(9)} ${w.toFixed(1).padStart(7)}   ${tx.toFixed(1).padStart(7)}   ${e.toFixed(1).padStart(9)}   ${((e / rows) * 1000).toFixed(2).padStart(12)}   ${(e / w).toFixed(1).padStart(11)}   ${(e / tx).toFixed(1).padStart(11)}   ${((peak - before) / 1e6).toFixed(1).padStart(7)}`,
    );
  }
  console.log('Targets: linear growth (ms/1000 rows flat); 10,000 rows well under 100 ms; engine within 3x of the walk (not met: see README).');
}
