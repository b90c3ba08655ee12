/** Adapter additions for the roll-up: inserting .xlsx files as sheets (ExcelApi 1.13), tagging own sheets, value blocks. */
import ExcelJS from 'exceljs';
import { fakeWorkbookFrom } from '../src/taskpane/excel/fake';
import { TAG_SHEET } from '../src/taskpane/excel/tagStore';
import { toBase64 } from '../src/taskpane/excel/xlsxGrid';
import { ExcelAdapterError } from '../src/taskpane/excel/types';
import { adapterOn, syncsOf } from './adapterFixtures';

async function xlsxBase64(sheets: { name: string; rows: ExcelJS.CellValue[][]; merge?: string; state?: 'hidden' }[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, s.state ? { state: s.state } : undefined);
    s.rows.forEach((r) => ws.addRow(r));
    if (s.merge) ws.mergeCells(s.merge);
  }
  return toBase64(new Uint8Array(await wb.xlsx.writeBuffer()));
}

test('insertWorksheets: every sheet of the file at the end, a taken name gets " (2)", hidden ones stay hidden and are not returned; 2 syncs', async () => {
  const wb = fakeWorkbookFrom({ 'Phụ lục': [['x']] });
  const adapter = adapterOn(wb);
  expect(adapter.canInsertWorksheets()).toBe(true);
  const b64 = await xlsxBase64([
    { name: 'Phụ lục', rows: [['PHỤ LỤC'], ['TT', 'Mục tiêu'], [1, { formula: 'A3+1', result: 2 } as ExcelJS.CellValue]], merge: 'A1:B1' },
    { name: 'Ghi chú', rows: [['ẩn']], state: 'hidden' },
  ]);
  const { result, syncs } = await syncsOf(wb, () => adapter.insertWorksheets(b64));
  expect(result).toEqual(['Phụ lục (2)']);
  expect(syncs).toBe(2);
  expect(wb.sheetNames()).toEqual(['Phụ lục', 'Phụ lục (2)', 'Ghi chú']);
  expect(wb.sheet('Phụ lục (2)').grid()).toEqual([['PHỤ LỤC', ''], ['TT', 'Mục tiêu'], [1, 2]]);
  expect(wb.sheet('Phụ lục (2)').merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 1 }]);
  expect(wb.sheet('Ghi chú').visibility).toBe('Hidden');
  expect(wb.sheet('Phụ lục').grid()).toEqual([['x']]);
});

test('insertWorksheets: bytes that are not a workbook fail as Excel fails, and nothing is inserted', async () => {
  const wb = fakeWorkbookFrom({ A: [['x']] });
  const e = await adapterOn(wb).insertWorksheets(toBase64(new TextEncoder().encode('không phải tệp xlsx'))).catch((x) => x);
  expect(e).toBeInstanceOf(ExcelAdapterError);
  expect(wb.sheetNames()).toEqual(['A']);
});

test('an Excel before ExcelApi 1.13 says so, and the fake refuses the call as Excel would', async () => {
  const wb = fakeWorkbookFrom({ A: [['x']] });
  wb.apiSets.ExcelApi = '1.12';
  const adapter = adapterOn(wb);
  expect(adapter.canInsertWorksheets()).toBe(false);
  await expect(adapter.insertWorksheets(await xlsxBase64([{ name: 'B', rows: [['y']] }]))).rejects.toBeInstanceOf(ExcelAdapterError);
  expect(wb.sheetNames()).toEqual(['A']);
});

test('tagged sheets: kept in a veryHidden sheet, found again after a rename, forgotten when deleted; a same-named user sheet is never ours', async () => {
  const wb = fakeWorkbookFrom({ Input: [['x']], 'Tổng hợp': [['của người dùng']] });
  const adapter = adapterOn(wb);
  expect(await adapter.taggedSheets('rollup')).toEqual([]);
  const out = await adapter.writeTable({ sheetName: 'Tổng hợp', header: ['a'], rows: [[1]] });
  expect(out).toBe('Tổng hợp (2)');
  const data = await adapter.writeTable({ sheetName: 'Dữ liệu', header: ['a'], rows: [[1]] });
  const { syncs: tagSyncs } = await syncsOf(wb, () => adapter.tagSheets('rollup', [out, data]));
  expect(tagSyncs).toBe(2);
  expect(wb.sheet(TAG_SHEET).visibility).toBe('VeryHidden');
  expect((await adapter.listSheets()).map((s) => s.name)).toEqual(['Input', 'Tổng hợp', 'Tổng hợp (2)', 'Dữ liệu']);
  wb.sheet('Dữ liệu').name = 'Dữ liệu cũ';
  const { result, syncs } = await syncsOf(wb, () => adapter.taggedSheets('rollup'));
  expect(result).toEqual(['Tổng hợp (2)', 'Dữ liệu cũ']);
  expect(syncs).toBe(1);
  expect(await adapter.taggedSheets('other')).toEqual([]);
  await adapter.deleteSheets(['Tổng hợp (2)']);
  expect(await adapter.taggedSheets('rollup')).toEqual(['Dữ liệu cũ']);
  await adapter.tagSheets('rollup', []);
  expect(await adapter.taggedSheets('rollup')).toEqual([]);
  expect(wb.sheet('Tổng hợp').grid()).toEqual([['của người dùng']]);
});

test('writeTable blocks: values written at their place on the new sheet, first row bold', async () => {
  const wb = fakeWorkbookFrom({ A: [['x']] });
  const name = await adapterOn(wb).writeTable({ sheetName: 'T', header: ['h'], rows: [[1]], blocks: [{ row: 4, column: 0, values: [['Xã', 'I'], ['Bình Lư', 9], ['Tà Đùng', null]], boldFirstRow: true }] });
  const s = wb.sheet(name);
  expect(s.grid().slice(4)).toEqual([['Xã', 'I'], ['Bình Lư', 9], ['Tà Đùng', '']]);
  expect(s.format('A5', 'bold')).toBe(true);
  expect(s.format('A6', 'bold')).toBe(false);
});

test('getItem finds a sheet by its id, as Excel does', async () => {
  const wb = fakeWorkbookFrom({ A: [['x']] });
  const id = wb.sheet('A').id;
  const { FakeRequestContext } = await import('../src/taskpane/excel/fake');
  const ctx = new FakeRequestContext(wb);
  const ws = ctx.workbook.worksheets.getItem(id).load('name');
  await ctx.sync();
  expect(ws.name).toBe('A');
});
