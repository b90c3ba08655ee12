import { analyze, type Analysis, type CellValue, type Grid } from '../core';

/**
 * Many cells call functions on the same range (=CCHC.COUNT(A5:H80; "III") in 21
 * cells); Excel hands each call its own copy of the values. Reading the appendix
 * is the expensive part, so analyses are kept by the range's content: a cheap
 * bucket key (origin, size, a few sampled cells) finds the candidates, and an
 * exact cell-by-cell comparison decides — no hash that could collide, and no
 * string built over the whole range.
 */

export interface Origin {
  /** 1-based sheet row of grid[0]; default 1. */
  firstRow?: number;
  /** 0-based sheet column of grid[i][0]; default 0. */
  firstColumn?: number;
}

interface Entry {
  bucket: string;
  /** Our own copy of the rows, so a caller changing its array cannot make the entry lie. */
  grid: CellValue[][];
  analysis: Analysis;
}

const LIMIT = 16;
/** Oldest first; a hit moves to the end. */
let entries: Entry[] = [];
let reads = 0;

function sameCell(a: CellValue, b: CellValue): boolean {
  if (a === b) return true;
  const ea = a === '' || a === null || a === undefined;
  const eb = b === '' || b === null || b === undefined;
  if (ea || eb) return ea && eb;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a === 'object' && typeof b === 'object' && !(a instanceof Date) && !(b instanceof Date)) return a.error === b.error;
  return false;
}

function sameGrid(a: Grid, b: Grid): boolean {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const x = a[r];
    const y = b[r];
    if (x.length !== y.length) return false;
    for (let c = 0; c < x.length; c++) if (x[c] !== y[c] && !sameCell(x[c], y[c])) return false;
  }
  return true;
}

function sample(v: CellValue): string {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'string') return v.length > 24 ? `${v.length}:${v.slice(0, 12)}${v.slice(-12)}` : v;
  if (v instanceof Date) return `d${v.getTime()}`;
  if (typeof v === 'object') return `e${v.error}`;
  return `${typeof v}${v}`;
}

/** Origin, size and a few cells: equal contents always share a bucket. */
function bucketOf(grid: Grid, origin: Origin): string {
  const parts = [`${origin.firstRow ?? 1}:${origin.firstColumn ?? 0}`, String(grid.length)];
  const step = Math.max(1, Math.floor(grid.length / 16));
  for (let r = 0; r < grid.length; r += step) parts.push(`${grid[r].length}|${grid[r].map(sample).join('|')}`);
  if (grid.length) parts.push(grid[grid.length - 1].map(sample).join('|'));
  return parts.join('\u0001');
}

/** The analysis of a range, read once per distinct content. */
export function analysisOf(grid: Grid, origin: Origin = {}): Analysis {
  const bucket = bucketOf(grid, origin);
  const i = entries.findIndex((e) => e.bucket === bucket && sameGrid(e.grid, grid));
  if (i >= 0) {
    const hit = entries[i];
    entries.splice(i, 1);
    entries.push(hit);
    return hit.analysis;
  }
  const analysis = analyze(grid, { firstRow: origin.firstRow, firstColumn: origin.firstColumn });
  reads++;
  entries.push({ bucket, grid: grid.map((r) => r.slice()), analysis });
  if (entries.length > LIMIT) entries = entries.slice(entries.length - LIMIT);
  return analysis;
}

/** How many real reads happened (for tests and the benchmark). */
export function readCount(): number {
  return reads;
}

export function clearCache(): void {
  entries = [];
}
