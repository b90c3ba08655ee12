import { analyze, type Analysis, type CellValue, type Grid } from '../core';

/**
 * Many cells call functions on the same range (=CCHC.COUNT(A5:H80; "III") in 21
 * cells); Excel hands each call its own copy of the values. Reading the appendix
 * is the expensive part, so analyses are kept by the range's content: a key
 * built in one pass over the cells, far cheaper than reading them.
 */

export interface Origin {
  /** 1-based sheet row of grid[0]; default 1. */
  firstRow?: number;
  /** 0-based sheet column of grid[i][0]; default 0. */
  firstColumn?: number;
}

const LIMIT = 16;
/** Insertion-ordered: the oldest entry is dropped first (touched entries move to the end). */
const byContent = new Map<string, Analysis>();
let reads = 0;

function cellKey(v: CellValue): string {
  if (v === null || v === undefined || v === '') return '';
  switch (typeof v) {
    case 'string':
      return 's' + v;
    case 'number':
      return 'n' + v;
    case 'boolean':
      return v ? 'T' : 'F';
    default:
      if (v instanceof Date) return 'd' + v.getTime();
      return 'e' + (v as { error: string }).error;
  }
}

/**
 * The content key. V8 hashes long strings by length only, so a Map lookup on it
 * costs one comparison with the stored key, not a hash of megabytes.
 */
export function contentKey(grid: Grid, origin: Origin = {}): string {
  const parts: string[] = [`${origin.firstRow ?? 1}:${origin.firstColumn ?? 0}:${grid.length}`];
  for (const row of grid) {
    let line = '';
    for (let i = 0; i < row.length; i++) line += cellKey(row[i]) + '\u0001';
    parts.push(line);
  }
  return parts.join('\u0002');
}

/** The analysis of a range, read once per distinct content. */
export function analysisOf(grid: Grid, origin: Origin = {}): Analysis {
  const key = contentKey(grid, origin);
  let analysis = byContent.get(key);
  if (analysis) {
    byContent.delete(key);
  } else {
    analysis = analyze(grid, { firstRow: origin.firstRow, firstColumn: origin.firstColumn });
    reads++;
  }
  byContent.set(key, analysis);
  if (byContent.size > LIMIT) byContent.delete(byContent.keys().next().value!);
  return analysis;
}

/** How many real reads happened (for tests and the benchmark). */
export function readCount(): number {
  return reads;
}

export function clearCache(): void {
  byContent.clear();
}
