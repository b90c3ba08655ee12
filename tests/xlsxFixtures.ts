/** The TSV fixtures as real .xlsx workbooks, with the merged cells Excel users make. */
import ExcelJS from 'exceljs';
import { parseDelimited } from '../src/core';
import { readFileSync } from 'fs';
import * as path from 'path';
import { FIXTURES, loadExpected } from './helpers';

/**
 * Section titles merged across the row; a goal or task cell with empty cells
 * under it (inside one page) merged down over them, as the source table had it.
 */
export function fixtureWorkbook(name: string): { wb: ExcelJS.Workbook; merges: string[] } {
  const e = loadExpected(name);
  const grid = parseDelimited(readFileSync(path.join(FIXTURES, e.file), 'utf8'), '\t');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(e.commune);
  grid.forEach((row, r) => row.forEach((v, c) => v !== '' && (ws.getCell(r + 1, c + 1).value = v)));
  const merges: string[] = [];
  const width = Math.max(...grid.map((r) => r.length));
  const colLetter = (c: number) => String.fromCharCode(65 + c);
  const isSection = (r: number) => /^[IVX]+\.?$/.test(grid[r]?.[0] ?? '') && (grid[r]?.slice(2).every((x) => !x) ?? false);
  const isData = (r: number) => r > e.headerRow - 1 && !!grid[r] && grid[r].length > 1 && !isSection(r) && !/^(TT|Stt)$/i.test(grid[r][0]);
  for (let r = 0; r < grid.length; r++) {
    if (isSection(r)) {
      const range = `B${r + 1}:${colLetter(width - 1)}${r + 1}`;
      ws.mergeCells(range);
      merges.push(range);
    }
  }
  // Vertical merges only in columns B and C (goal/task in the standard layout).
  const cols = e.layout === 'standard' ? [1, 2] : [];
  for (const c of cols) {
    for (let r = 0; r < grid.length; r++) {
      if (!isData(r) || !grid[r][c] || !grid[r][0]) continue;
      let end = r;
      while (isData(end + 1) && !grid[end + 1][c] && grid[end + 1][0]) end++;
      if (end > r) {
        const range = `${colLetter(c)}${r + 1}:${colLetter(c)}${end + 1}`;
        ws.mergeCells(range);
        merges.push(range);
        r = end;
      }
    }
  }
  return { wb, merges };
}
