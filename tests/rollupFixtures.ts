/** Helpers of the roll-up tests: the three fixture appendices in one fake workbook, the pane's flow on it. */
import ExcelJS from 'exceljs';
import type { CellValue } from '../src/core';
import { fakeWorkbookFrom, type FakeWorkbook } from '../src/taskpane/excel/fake';
import { toBase64 } from '../src/taskpane/excel/xlsxGrid';
import { finishRollup, prepareRollup, type Decisions, type RollupChoice } from '../src/taskpane/rollup/run';
import type { ProgressState } from '../src/taskpane/rollup/progress';
import { adapterOn } from './adapterFixtures';
import { loadGrid } from './helpers';

/** Bình Lư with its title naming another commune: a third appendix with the same rows. */
export function renamedCopy(grid: CellValue[][], from: string, to: string): CellValue[][] {
  return grid.map((row) => row.map((v) => (typeof v === 'string' ? v.split(from).join(to) : v)));
}

export const SHEETS = ['Bình Lư', 'Tà Đùng', 'Sĩ Lữ Lâu'];

export function threeCommunes(extra: Record<string, CellValue[][]> = {}): { wb: FakeWorkbook; grids: Record<string, CellValue[][]> } {
  const binhLu = loadGrid('binh-lu');
  const grids: Record<string, CellValue[][]> = {
    'Bình Lư': binhLu,
    'Tà Đùng': loadGrid('ta-dung'),
    'Sĩ Lữ Lâu': renamedCopy(binhLu, 'xã Bình Lư', 'xã Sĩ Lữ Lâu'),
    ...extra,
  };
  return { wb: fakeWorkbookFrom(grids), grids };
}

export async function runRollup(wb: FakeWorkbook, choice: Partial<RollupChoice>, decisions: Decisions = {}) {
  const adapter = adapterOn(wb);
  const progress: ProgressState[] = [];
  const prepared = await prepareRollup(adapter, { sheets: [], files: [], ...choice }, 'vi', (p) => progress.push(p));
  const finished = await finishRollup(adapter, prepared, decisions, 'vi');
  return { adapter, prepared, finished, progress };
}

/** An .xlsx file (bytes) with these sheets, as a commune would send it. */
export async function xlsxFile(sheets: Record<string, CellValue[][]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, grid] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    grid.forEach((r) => ws.addRow(r.map((v) => (v === '' ? null : v)) as ExcelJS.CellValue[]));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export { toBase64 };
