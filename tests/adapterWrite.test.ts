/** New sheets, tables, links, charts, selection and change events through the adapter. */
import { analyze, normalizedTable } from '../src/core';
import { widthPoints, toExcelInput } from '../src/taskpane/excel/officeAdapter';
import { freeSheetName, freeTableName } from '../src/taskpane/excel/names';
import { fakeWorkbookFrom } from '../src/taskpane/excel/fake';
import { adapterOn, syncsOf } from './adapterFixtures';
import { loadGrid } from './helpers';

test('free sheet names: "X", "X (2)", "X (3)"; 31 characters; forbidden characters', () => {
  expect(freeSheetName('Bình Lư (chuẩn)', ['Bình Lư'])).toBe('Bình Lư (chuẩn)');
  expect(freeSheetName('Tổng hợp', ['tổng hợp'])).toBe('Tổng hợp (2)');
  expect(freeSheetName('Tổng hợp', ['Tổng hợp', 'Tổng hợp (2)'])).toBe('Tổng hợp (3)');
  expect(freeSheetName('Kế hoạch: 2026/2030 [bản*nháp]?', [])).toBe('Kế hoạch 2026 2030 bản nháp');
  const long = 'Phụ lục kế hoạch cải cách hành chính xã Bình Lư';
  expect(freeSheetName(long, [])).toBe('Phụ lục kế hoạch cải cách hành');
  const second = freeSheetName(long, ['Phụ lục kế hoạch cải cách hành']);
  expect(second.length).toBeLessThanOrEqual(31);
  expect(second.endsWith(' (2)')).toBe(true);
  expect(freeTableName('Tổng hợp', ['Tổng_hợp'])).toBe('Tổng_hợp_2');
  expect(freeTableName('2026 data', [])).toBe('T_2026_data');
});

test('text that Excel would turn into a formula, number or date is written as text', () => {
  expect(toExcelInput('- Ban hành kế hoạch')).toBe("'- Ban hành kế hoạch");
  expect(toExcelInput('=SUM(A1)')).toBe("'=SUM(A1)");
  expect(toExcelInput('12/2026')).toBe("'12/2026");
  expect(toExcelInput('1.1')).toBe("'1.1");
  expect(toExcelInput('Quý IV/2026')).toBe('Quý IV/2026');
  expect(toExcelInput(3)).toBe(3);
  expect(toExcelInput(null)).toBe('');
  expect(widthPoints(10)).toBe(56.25);
});

test('writeTable: the normalized Bình Lư table as a new sheet with an Excel table, frozen header, widths, wrapped text', async () => {
  const grid = loadGrid('binh-lu');
  const wb = fakeWorkbookFrom({ 'Bình Lư': grid, 'Bình Lư (chuẩn)': [['đã có']] });
  const an = analyze(grid, { sheetName: 'Bình Lư' });
  const table = normalizedTable(an);
  const original = wb.sheet('Bình Lư').grid();
  const adapter = adapterOn(wb);
  const { result: name, syncs } = await syncsOf(wb, () =>
    adapter.writeTable({ sheetName: 'Bình Lư (chuẩn)', titleLines: ['Phụ lục chuẩn hóa — xã Bình Lư'], ...table, tableName: 'Chuẩn hóa', freezeHeader: true }),
  );
  expect(name).toBe('Bình Lư (chuẩn) (2)');
  expect(syncs).toBe(2);
  expect(wb.sheet('Bình Lư (chuẩn)').grid()).toEqual([['đã có']]);
  expect(wb.sheet('Bình Lư').grid()).toEqual(original);
  const s = wb.sheet(name);
  const g = s.grid();
  expect(g[0][0]).toBe('Phụ lục chuẩn hóa — xã Bình Lư');
  expect(g[2]).toEqual(table.header);
  expect(g.slice(3)).toEqual(table.rows.map((r) => r.map((v) => (v === null ? '' : v))));
  expect(g.length - 3).toBe(an.appendix.items.length);
  expect(s.tables).toEqual([expect.objectContaining({ name: 'Chuẩn_hóa', rect: { r0: 2, c0: 0, r1: 2 + table.rows.length, c1: table.header.length - 1 } })]);
  expect(s.frozenRows).toBe(3);
  expect(s.format('B4', 'wrapText')).toBe(true);
  expect(s.format('A3', 'bold')).toBe(true);
  expect(table.widths.map((_, i) => s.columnWidth(i))).toEqual(table.widths.map(widthPoints));

  // Again: a third name and a second table name.
  const third = await adapter.writeTable({ sheetName: 'Bình Lư (chuẩn)', ...table, tableName: 'Chuẩn hóa' });
  expect(third).toBe('Bình Lư (chuẩn) (3)');
  expect(wb.sheet(third).tables[0].name).toBe('Chuẩn_hóa_2');
});

test('writeTable: hyperlinks and formulas', async () => {
  const wb = fakeWorkbookFrom({ 'Xã A': [['x']] });
  await adapterOn(wb).writeTable({
    sheetName: 'Kiểm tra',
    header: ['Xã', 'Hàng', 'Nội dung'],
    rows: [['Xã A', 7, '- thiếu ô'], ['Xã A', 9, 'lệch số']],
    links: [{ row: 1, column: 1, address: "'Xã A'!B9" }],
    formulas: [{ row: 3, column: 1, formula: '=SUM(B2:B3)' }],
  });
  const s = wb.sheet('Kiểm tra');
  expect(s.hyperlink('B3')).toEqual({ documentReference: "'Xã A'!B9", textToDisplay: '9' });
  expect(s.value('C2')).toBe('- thiếu ô');
  expect(s.formula('B4')).toBe('=SUM(B2:B3)');
});

test('a big table is written in chunks under the 5 MB limit: syncs grow with the payload, not the rows', async () => {
  const row = (i: number) => [`Xã ${i}`, 'Thủ tục hành chính', `${i}`, 'Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã', 'Báo cáo kết quả rà soát', 'Văn phòng HĐND-UBND xã', 'Các phòng chuyên môn', 'Quý IV hằng năm'];
  const small = fakeWorkbookFrom({ S: [['x']] });
  const big = fakeWorkbookFrom({ S: [['x']] });
  const header = ['Xã', 'Lĩnh vực', 'TT', 'Hoạt động', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian'];
  const a = await syncsOf(small, () => adapterOn(small).writeTable({ sheetName: 'Dữ liệu', header, rows: Array.from({ length: 2_000 }, (_, i) => row(i)), tableName: 'Dữ liệu' }));
  const n = 60_000;
  const rows = Array.from({ length: n }, (_, i) => row(i));
  const b = await syncsOf(big, () => adapterOn(big).writeTable({ sheetName: 'Dữ liệu', header, rows, tableName: 'Dữ liệu', freezeHeader: true }));
  const chars = JSON.stringify(rows).length;
  expect(chars).toBeGreaterThan(12_000_000);
  expect(a.syncs).toBe(2);
  expect(b.syncs).toBeGreaterThanOrEqual(1 + Math.ceil(chars / 5_000_000));
  expect(b.syncs).toBeLessThanOrEqual(2 + Math.ceil(chars / 3_000_000));
  expect(big.syncLog.every((s) => s.request <= 5_000_000)).toBe(true);
  const g = big.sheet('Dữ liệu').grid();
  expect(g).toHaveLength(n + 1);
  expect(g[n]).toEqual(row(n - 1));
});

test('deleteSheets, addBarChart, selectCell, onChanged', async () => {
  const wb = fakeWorkbookFrom({ 'Bình Lư': loadGrid('binh-lu'), 'Tổng hợp': [['Xã', 'I', 'II'], ['A', 1, 2], ['B', 3, 4]] });
  const adapter = adapterOn(wb);
  const extra = await adapter.writeTable({ sheetName: 'Tạm', header: ['a'], rows: [] });
  await adapter.deleteSheets([extra, 'Không có']);
  expect(wb.sheetNames()).toEqual(['Bình Lư', 'Tổng hợp']);

  const { syncs } = await syncsOf(wb, () => adapter.addBarChart({ sheetName: 'Tổng hợp', sourceAddress: 'A1:C3', title: 'Hoạt động theo lĩnh vực', anchor: 'E2' }));
  expect(syncs).toBe(1);
  expect(wb.sheet('Tổng hợp').charts[0]).toMatchObject({
    type: 'BarClustered',
    seriesBy: 'Columns',
    title: 'Hoạt động theo lĩnh vực',
    position: { start: 'E2' },
    series: [
      { name: 'I', categories: ['A', 'B'], values: [1, 3] },
      { name: 'II', categories: ['A', 'B'], values: [2, 4] },
    ],
  });

  await adapter.selectCell('Bình Lư', 24, 3);
  expect(wb.selection).toEqual({ sheet: 'Bình Lư', address: 'D24' });
  expect(wb.active?.name).toBe('Bình Lư');

  let calls = 0;
  const off = await adapter.onChanged(() => calls++);
  wb.userEdit('Bình Lư', 'B10', 'sửa');
  await new Promise((r) => setTimeout(r, 0));
  expect(calls).toBe(1);
  // The adapter's own bookkeeping (highlights) is not a change of the user's work.
  await adapter.highlightRows('Bình Lư', [{ row: 7, severity: 'error' }], 0, 7);
  await new Promise((r) => setTimeout(r, 0));
  expect(calls).toBe(1);
  await off();
  wb.userEdit('Bình Lư', 'B11', 'sửa');
  await new Promise((r) => setTimeout(r, 0));
  expect(calls).toBe(1);
  expect(adapter.displayLanguage()).toBe('vi-VN');
});
