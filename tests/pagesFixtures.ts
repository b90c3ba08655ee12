/** The real fixtures cut at their page breaks, each page on a sheet of its own, as PDF-to-Excel converters write them. */
import type { CellValue, RowPlace } from '../src/core';
import { loadExpected, loadGrid } from './helpers';

export interface Paged {
  pages: { name: string; grid: CellValue[][] }[];
  /** Fixture row (1-based) → where it went. */
  placeOf: Map<number, RowPlace>;
}

/**
 * The fixture cut before each blank line that precedes its header again (the page breaks of the
 * PDF), each page a sheet. `withHeader`: the later pages keep their header on top (else the
 * converter printed it on the first page only).
 */
export function paged(name: string, withHeader: boolean): Paged {
  const grid = loadGrid(name);
  const e = loadExpected(name);
  const headerText = grid[e.headerRow - 1].join('\t');
  const pages: Paged['pages'] = [];
  const placeOf = new Map<number, RowPlace>();
  let current: CellValue[][] = [];
  const open = () => {
    current = [];
    pages.push({ name: `Page ${pages.length + 1}`, grid: current });
  };
  open();
  for (let r = 0; r < grid.length; r++) {
    const blank = grid[r].every((v) => v === '' || v === null);
    const nextIsHeader = r + 1 < grid.length && r + 1 !== e.headerRow - 1 && grid[r + 1].join('\t') === headerText;
    if (blank && nextIsHeader) {
      open();
      if (!withHeader) r++; // the header goes with the page's blank line
      continue;
    }
    current.push(grid[r]);
    placeOf.set(r + 1, { sheet: pages[pages.length - 1].name, row: current.length });
  }
  return { pages, placeOf };
}
