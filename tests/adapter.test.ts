/** The Office.js adapter on the strict Excel fake: reads in a constant number of syncs, the fixture read back exactly. */
import { analyze, type CellValue } from '../src/core';
import { fakeWorkbookFrom } from '../src/taskpane/excel/fake';
import { adapterOn, asUsedRange, bigGrid, syncsOf } from './adapterFixtures';
import { loadExpected, loadGrid } from './helpers';

describe('readSheet', () => {
  test('reading the Bình Lư sheet gives exactly its grid, and analyze() the expected counts', async () => {
    const grid = loadGrid('binh-lu');
    const wb = fakeWorkbookFrom({ 'Bình Lư': grid, Khác: [['x']] });
    const adapter = adapterOn(wb);
    const snap = await adapter.readSheet('Bình Lư');
    expect(snap.name).toBe('Bình Lư');
    expect(snap.firstRow).toBe(1);
    expect(snap.firstColumn).toBe(0);
    expect(snap.values).toEqual(asUsedRange(grid));
    expect(snap.merges).toEqual([]);

    const an = analyze(snap.values, { firstRow: snap.firstRow, firstColumn: snap.firstColumn, merges: snap.merges, sheetName: snap.name });
    const expected = loadExpected('binh-lu');
    expect(an.appendix.commune).toBe(expected.commune);
    expect(an.appendix.header?.row).toBe(expected.headerRow);
    expect(an.areas.map((a) => ({ row: a.row, code: a.code, counts: a.counts }))).toEqual(expected.areas.map((a) => ({ row: a.row, code: a.code, counts: a.counts })));
    expect(an.summary).toEqual({ errors: 12, warnings: 1, infos: 21 });
    expect(an.issues.filter((i) => i.code === 'declared-count-mismatch')).toHaveLength(7);
    // Same reading as the engine gives on the file itself.
    expect(an.issues.map((i) => [i.code, i.row])).toEqual(analyze(grid).issues.map((i) => [i.code, i.row]));
  });

  test('the active sheet by default; an offset used range gives firstRow/firstColumn and relative merges', async () => {
    const grid: CellValue[][] = [[], [], ['', '', 'Tiêu đề', ''], ['', '', 'a', 'b'], ['', '', 'c', 'd']];
    const wb = fakeWorkbookFrom({ Một: [['x']], Hai: grid }, { active: 'Hai', merges: { Hai: [{ top: 2, left: 2, bottom: 2, right: 3 }, { top: 0, left: 0, bottom: 0, right: 1 }] } });
    const snap = await adapterOn(wb).readSheet();
    expect(snap.name).toBe('Hai');
    expect(snap.firstRow).toBe(3);
    expect(snap.firstColumn).toBe(2);
    expect(snap.values).toEqual([['Tiêu đề', ''], ['a', 'b'], ['c', 'd']]);
    expect(snap.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
  });

  test('numbers are read as Excel shows them: a percent "100%", a month "12/2026", a year; a dated deadline stays its date, TT its number', async () => {
    const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
    const grid: CellValue[][] = [
      ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành'],
      ['I', 'Cải cách thể chế'],
      [1, 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 1, 'Văn phòng', '', serial(2026, 12, 1)],
      [2, '', '', 'Hoạt động 2: D', 0.985, 'Văn phòng', '', serial(2026, 6, 30)],
      [3, '', '', 'Hoạt động 3: E', 'Báo cáo', 'Văn phòng', '', serial(2027, 1, 1)],
    ];
    const wb = fakeWorkbookFrom({ S: grid });
    wb.sheet('S').setNumberFormat('E3:E4', '0%');
    wb.sheet('S').setNumberFormat('H3', 'mm/yyyy');
    wb.sheet('S').setNumberFormat('H4', 'dd/mm/yyyy');
    wb.sheet('S').setNumberFormat('H5', '"Năm "yyyy');
    const snap = await adapterOn(wb).readSheet('S');
    expect(snap.values.slice(2).map((r) => [r[0], r[4], r[7]])).toEqual([
      [1, '100%', '12/2026'],
      [2, '99%', serial(2026, 6, 30)],
      [3, 'Báo cáo', '2027'],
    ]);
    const an = analyze(snap.values);
    expect(an.issues.filter((i) => i.code === 'bad-cell')).toEqual([]);
    expect(an.appendix.items.map((i) => i.deadline)).toEqual(['12/2026', '30/06/2026', '2027']);
  });

  test('a 10,000-row sheet takes at most 3 syncs, the same as a 100-row sheet', async () => {
    const small = fakeWorkbookFrom({ S: bigGrid(100) });
    const big = fakeWorkbookFrom({ S: bigGrid(10_000) });
    const a = await syncsOf(small, () => adapterOn(small).readSheet('S'));
    const b = await syncsOf(big, () => adapterOn(big).readSheet('S'));
    expect(b.result.values).toHaveLength(10_000);
    expect(b.result.values).toEqual(asUsedRange(bigGrid(10_000)));
    expect(b.syncs).toBeLessThanOrEqual(3);
    expect(b.syncs).toBe(a.syncs);
    expect(Math.max(...big.syncLog.map((s) => Math.max(s.request, s.response)))).toBeLessThan(5_000_000);
  });

  test('a sheet too large for one response is read in ~4 MB parts: syncs grow with the data, not the rows', async () => {
    const wb = fakeWorkbookFrom({ S: bigGrid(60_000) });
    const { result, syncs } = await syncsOf(wb, () => adapterOn(wb).readSheet('S'));
    expect(result.values).toEqual(asUsedRange(bigGrid(60_000)));
    const chars = JSON.stringify(result.values).length;
    expect(chars).toBeGreaterThan(5_000_000);
    expect(syncs).toBeLessThanOrEqual(2 + Math.ceil(chars / 1_000_000));
    expect(wb.syncLog.every((s) => s.response <= 5_000_000 && s.request <= 5_000_000)).toBe(true);
  });

  test('readSheets of k sheets: syncs do not grow with their rows', async () => {
    const k = 5;
    const grids = (rows: number): Record<string, CellValue[][]> => Object.fromEntries(Array.from({ length: k }, (_, i) => [`Xã ${i + 1}`, bigGrid(rows)]));
    const small = fakeWorkbookFrom(grids(50));
    const big = fakeWorkbookFrom(grids(1_500));
    const names = Object.keys(grids(1));
    const a = await syncsOf(small, () => adapterOn(small).readSheets(names));
    const b = await syncsOf(big, () => adapterOn(big).readSheets(names));
    expect(b.result.map((s) => s.name)).toEqual(names);
    expect(b.result.map((s) => s.values.length)).toEqual(names.map(() => 1_500));
    expect(b.syncs).toBe(a.syncs);
    expect(b.syncs).toBeLessThanOrEqual(2);
  });

  test('listSheets: visible sheets with a guess whether each is an appendix; activeSheetName', async () => {
    const wb = fakeWorkbookFrom({ 'Bình Lư': loadGrid('binh-lu'), 'Ghi chú': [['Chỉ là ghi chú']] }, { active: 'Ghi chú' });
    const adapter = adapterOn(wb);
    expect(await adapter.listSheets()).toEqual([
      { name: 'Bình Lư', looksLikeAppendix: true, tables: [] },
      { name: 'Ghi chú', looksLikeAppendix: false, tables: [] },
    ]);
    expect(await adapter.activeSheetName()).toBe('Ghi chú');
  });
});

describe('readTable', () => {
  /** Bình Lư's table (header and body, no title lines) as an Excel table at C4, under a note that is no part of it. */
  function workbookWithTable(): { wb: ReturnType<typeof fakeWorkbookFrom>; body: CellValue[][]; headerIndex: number } {
    const grid = loadGrid('binh-lu');
    const headerIndex = grid.findIndex((r) => r.some((v) => typeof v === 'string' && /Hoạt động/.test(v)));
    const body = grid.slice(headerIndex);
    const width = Math.max(...body.map((r) => r.length));
    const sheet: CellValue[][] = [['Ghi chú: bảng dưới đây là phụ lục'], [], []];
    for (const r of body) sheet.push([null, null, ...Array.from({ length: width }, (_, j) => r[j] ?? null)]);
    const wb = fakeWorkbookFrom({ 'Kế hoạch': sheet });
    wb.find('Kế hoạch')!.tables.push({ id: 'table-1', name: 'PhuLuc', rect: { r0: 3, c0: 2, r1: 3 + body.length - 1, c1: 2 + width - 1 }, style: null });
    return { wb, body, headerIndex };
  }

  test('listSheets names the tables of each sheet; readTable reads only the table, placed where it sits on the sheet', async () => {
    const { wb, body, headerIndex } = workbookWithTable();
    const adapter = adapterOn(wb);
    expect(await adapter.listSheets()).toEqual([{ name: 'Kế hoạch', looksLikeAppendix: true, tables: ['PhuLuc'] }]);
    const { result: snap, syncs } = await syncsOf(wb, () => adapter.readTable('PhuLuc'));
    expect(syncs).toBeLessThanOrEqual(3);
    expect(snap.name).toBe('Kế hoạch');
    expect(snap.firstRow).toBe(4);
    expect(snap.firstColumn).toBe(2);
    expect(snap.values).toHaveLength(body.length);
    expect(snap.values[0].filter(Boolean)).toEqual(body[0].filter(Boolean));

    // The same counts as the whole sheet gives, rows and columns where they are on this sheet.
    const an = analyze(snap.values, { firstRow: snap.firstRow, firstColumn: snap.firstColumn, sheetName: snap.name });
    const whole = analyze(loadGrid('binh-lu'));
    expect(an.appendix.header?.row).toBe(4);
    expect(an.appendix.header?.columns.tt).toBe(2);
    expect(an.areas.map((a) => [a.code, a.counts])).toEqual(whole.areas.map((a) => [a.code, a.counts]));
    expect(an.issues.filter((i) => i.row !== null).map((i) => [i.code, i.row! - 4])).toEqual(
      whole.issues.filter((i) => i.row !== null).map((i) => [i.code, i.row! - (headerIndex + 1)]),
    );
  });

  test('a table that is gone is the missing-sheet failure, not a crash', async () => {
    const { wb } = workbookWithTable();
    await expect(adapterOn(wb).readTable('Khong')).rejects.toMatchObject({ failure: 'missing-sheet' });
  });
});
