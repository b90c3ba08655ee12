/** Helpers of the adapter tests: an adapter on a fake workbook, synthetic big sheets, sync counting. */
import type { CellValue } from '../src/core';
import { createOfficeAdapter, type OfficeHost } from '../src/taskpane/excel/officeAdapter';
import { fakeHost, type FakeWorkbook } from '../src/taskpane/excel/fake';
import { loadGrid } from './helpers';

export function adapterOn(wb: FakeWorkbook) {
  return createOfficeAdapter(fakeHost(wb) as unknown as OfficeHost);
}

/** What Excel's used range gives for a grid written from A1: a rectangle, '' where empty. */
export function asUsedRange(grid: CellValue[][]): CellValue[][] {
  let rows = grid.length;
  while (rows > 0 && grid[rows - 1].every((v) => v === '' || v === null || v === undefined)) rows--;
  const cols = Math.max(...grid.slice(0, rows).map((r) => r.map((v, i) => (v === '' ? 0 : i + 1)).reduce((a, b) => Math.max(a, b), 0)));
  return grid.slice(0, rows).map((r) => Array.from({ length: cols }, (_, j) => (r[j] === undefined || r[j] === null ? '' : r[j])));
}

/** A synthetic sheet: the Bình Lư rows repeated under its header until `rows` rows. */
export function bigGrid(rows: number): CellValue[][] {
  const g = loadGrid('binh-lu');
  const body = g.slice(5);
  const out = g.slice(0, 5).map((r) => [...r]);
  for (let i = 0; out.length < rows; i++) out.push([...body[i % body.length]]);
  return out;
}

export async function syncsOf<T>(wb: FakeWorkbook, f: () => Promise<T>): Promise<{ result: T; syncs: number }> {
  const before = wb.syncCount;
  const result = await f();
  return { result, syncs: wb.syncCount - before };
}

