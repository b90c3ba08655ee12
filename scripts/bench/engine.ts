/** Engine speed: read + check + count against a walk over every cell, at three sizes. */
import type { CellValue } from '../../src/core';
import { compiledCore } from '../compiledCore';
import { syntheticAppendix } from '../synthetic';

const { analyze, cellText, clearTextCaches, isDeadline, labelNumber, stripLabel, toneKey } = compiledCore();

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

/**
 * A floor, not a reader: the least any reader doing what the issue asks does per row, with no
 * structure found (header, areas, page breaks, continuations, shifts) and no issue written: each
 * cell's text, the three labels, one object per row, the activity's comparison key in a map
 * (duplicates), the deadline read as a time. Laid out for the synthetic table's columns.
 */
function floor(grid: CellValue[][]): number {
  const items: object[] = [];
  const seen = new Map<string, number>();
  let flagged = 0;
  for (let r = 5; r < grid.length; r++) {
    const row = grid[r];
    const t = new Array<string>(row.length);
    for (let c = 0; c < row.length; c++) t[c] = cellText(row[c]);
    const labels = [labelNumber(t[1] ?? '', 'goals'), labelNumber(t[2] ?? '', 'tasks'), labelNumber(t[3] ?? '', 'activities')];
    items.push({ rows: [r + 1], tt: t[0] || null, goal: t[1] || null, task: t[2] || null, activity: t[3] || null, product: t[4] || null, lead: t[5] || null, partners: t[6] || null, deadline: t[7] || null, labels });
    if (t[3]) {
      const key = stripLabel(toneKey(t[3]));
      if (seen.has(key)) flagged++;
      else seen.set(key, r);
    }
    if (t[7] && !isDeadline(t[7])) flagged++;
  }
  return items.length + flagged;
}

export async function run(): Promise<void> {
  console.log('## Engine: read + check + count (median of runs; the core compiled to JavaScript, as it ships)');
  console.log('rows      walk ms   text ms   floor ms   engine ms   ms/1000 rows   engine/walk   engine/text   floor/text   heap MB');
  for (const size of [1_000, 10_000, 100_000]) {
    const grid = syntheticAppendix(size);
    const runs = size >= 100_000 ? 5 : size >= 10_000 ? 15 : 51;
    // Warm up: steady-state throughput, not the JIT's first compile (some 200,000 rows read, whatever the size).
    for (let i = 0; i < Math.max(3, Math.ceil(200_000 / size)); i++) analyze(grid);
    const w = time(() => walk(grid), runs);
    const tx = time(() => texts(grid), runs);
    const fl = time(() => {
      clearTextCaches();
      floor(grid);
    }, runs);
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
      `${String(rows).padEnd(9)} ${w.toFixed(1).padStart(7)}   ${tx.toFixed(1).padStart(7)}   ${fl.toFixed(1).padStart(8)}   ${e.toFixed(1).padStart(9)}   ${((e / rows) * 1000).toFixed(2).padStart(12)}   ${(e / w).toFixed(1).padStart(11)}   ${(e / tx).toFixed(1).padStart(11)}   ${(fl / tx).toFixed(1).padStart(10)}   ${((peak - before) / 1e6).toFixed(1).padStart(7)}`,
    );
  }
  console.log('Targets: linear growth (ms/1000 rows flat); 10,000 rows well under 100 ms; engine within 3x of the walk (not met: see README).');
  console.log('floor: the least a reader doing what the issue asks does (texts, labels, duplicate keys, deadlines; no structure, no issues).');
}
