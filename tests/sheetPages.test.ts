/**
 * A table a PDF-to-Excel converter wrote one page per sheet ("Page 1", "Page 2"…): the real
 * fixtures cut at their page breaks, each page on a sheet of its own, read back as one table
 * with every row given as its sheet and row.
 */
import ExcelJS from 'exceljs';
import * as path from 'path';
import { main } from '../src/cli/main';
import { analyze, continuesTable, joinSheets, pagesFrom, placeRows, type CellValue, type HeaderKey } from '../src/core';
import { fixtureNames, loadExpected, loadGrid } from './helpers';
import { paged } from './pagesFixtures';
import { tempDir } from './tempDir';

const dir = tempDir('cchc-pages-');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), errIsTTY: false });
  return { code, out, err };
}

async function workbook(file: string, sheets: { name: string; grid: CellValue[][] }[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.grid.forEach((row, r) => row.forEach((v, c) => v !== '' && v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
  }
  const out = path.join(dir, file);
  await wb.xlsx.writeFile(out);
  return out;
}

describe.each(fixtureNames())('%s printed one page per sheet', (name) => {
  const e = loadExpected(name);
  describe.each([
    ['with the header on every page', true],
    ['with the header on the first page only', false],
  ])('%s', (_what, withHeader) => {
    test('read as one table: the expected areas, counts and issues, each row on its own sheet', async () => {
      const p = paged(name, withHeader as boolean);
      expect(p.pages.length).toBeGreaterThan(3);
      const file = await workbook(`${name}-${withHeader ? 'h' : 'n'}.xlsx`, p.pages);
      const r = await run('check', file, '--json');
      const j = JSON.parse(r.out);
      expect(j.pages).toEqual(p.pages.map((s) => s.name));
      expect(r.err).toContain('đã đọc liền “Page 1”, “Page 2”');
      expect(r.err).not.toMatch(/--sheet/);
      // Asked for one page by name: the table it is a page of.
      const page3 = await run('check', file, '--sheet', 'Page 3', '--json');
      expect(JSON.parse(page3.out).pages).toEqual(p.pages.map((s) => s.name));
      expect(JSON.parse(page3.out).summary).toEqual(JSON.parse(r.out).summary);
      expect(j.commune).toBe(e.commune);
      const place = (row: number) => p.placeOf.get(row)!;
      const sheetOf = (row: number) => (place(row).sheet === 'Page 1' ? undefined : place(row).sheet);
      expect(j.areas.map((a: { code: string; row: number; sheet?: string; declared: unknown; counts: unknown }) => [a.code, a.row, a.sheet, a.declared, a.counts])).toEqual(
        e.areas.map((a) => [a.code, place(a.row).row, sheetOf(a.row), a.declared, a.counts]),
      );
      for (const m of e.mustReport ?? []) {
        const { note: _note, ...fields } = m;
        const want = { ...fields, row: place(m.row as number).row, ...(sheetOf(m.row as number) ? { sheet: sheetOf(m.row as number) } : {}) };
        expect(j.issues).toContainEqual(expect.objectContaining(want));
      }
      // Messages say the sheet of a row past the first page.
      const later = j.issues.find((i: { sheet?: string; row: number | null }) => i.sheet && i.row !== null);
      if (later) expect(later.message).toMatch(new RegExp(`^Trang tính “${later.sheet}”, hàng ${later.row}[,:]`));
    });
  });

  test('the same issues as the single-sheet reading, at the same places', async () => {
    const p = paged(name, true);
    const joined = joinSheets(p.pages);
    const whole = analyze(joined.grid, { breaks: joined.breaks });
    placeRows(whole, joined.places);
    const single = analyze(loadGrid(name));
    const at = (i: { code: string; row: number | null; sheet?: string; column: string | null }) => `${i.code} ${i.sheet ?? 'Page 1'}!${i.row} ${i.column}`;
    expect(whole.issues.map(at)).toEqual(
      single.issues.map((i) => at({ ...i, row: i.row === null ? null : p.placeOf.get(i.row)!.row, sheet: i.row === null ? undefined : p.placeOf.get(i.row)!.sheet })),
    );
    // A row joined across two sheets keeps both.
    const across = whole.appendix.items.find((it) => it.sheets && new Set(it.sheets).size > 1);
    expect(across).toBeDefined();
  });
});

/** Bình Lư printed one page per sheet, through a command that writes a workbook: its exit code and what it wrote. */
async function writtenFromPages(command: 'normalize' | 'rollup', name: string, output: string): Promise<{ p: ReturnType<typeof paged>; code: number; wb: ExcelJS.Workbook }> {
  const p = paged('binh-lu', true);
  const file = await workbook(name, p.pages);
  const out = path.join(dir, output);
  const { code } = await run(command, file, '-o', out);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  return { p, code, wb };
}

test('normalize of a table printed one page per sheet: the issues sheet has a sheet column; source rows name their sheet', async () => {
  const { p, code, wb } = await writtenFromPages('normalize', 'binh-lu-pages-norm.xlsx', 'binh-lu-pages-chuan.xlsx');
  expect(code).toBe(1);
  const [table, issues] = wb.worksheets;
  expect(issues.getRow(1).values).toEqual([undefined, 'Mức độ', 'Trang tính', 'Hàng gốc', 'Cột gốc', 'Mã', 'Nội dung']);
  const place = p.placeOf.get(24)!;
  const mismatch = issues.getSheetValues().find((r) => Array.isArray(r) && r[5] === 'declared-count-mismatch') as ExcelJS.CellValue[];
  expect([mismatch[2], mismatch[3]]).toEqual([place.sheet, place.row]);
  // An item joined across two sheets notes both.
  const sources = table.getColumn(table.columnCount).values.map(String);
  expect(sources.some((v) => /^(Page \d+!)?\d+, Page \d+!\d+$/.test(v))).toBe(true);
});

describe('a roll-up of a table printed one page per sheet', () => {
  test('"Dữ liệu" and "Kiểm tra" give a row past the first page with its sheet ("Page 2!5"), as normalize does', async () => {
    const { p, code, wb } = await writtenFromPages('rollup', 'binh-lu-rollup-pages.xlsx', 'cchc-rollup-pages.xlsx');
    expect(code).toBeLessThan(2);
    const rowsOf = (sheet: string) => {
      const ws = wb.getWorksheet(sheet)!;
      const col = (ws.getRow(1).values as unknown[]).indexOf('Hàng gốc');
      return ws.getColumn(col).values.slice(2) as (string | number)[];
    };
    const data = rowsOf('Dữ liệu');
    // Rows of Page 1 stay numbers; each later one names its page, and that page holds the row.
    expect(data.filter((v) => typeof v === 'number').length).toBeGreaterThan(0);
    const later = data.filter((v): v is string => typeof v === 'string');
    expect(later.length).toBeGreaterThan(0);
    // (An item printed over several rows lists them all: "Page 2!5, Page 2!6".)
    for (const v of later.flatMap((x) => x.split(', ')).filter((x) => x.includes('!'))) {
      const [sheet, row] = v.split('!');
      expect(p.pages.map((s) => s.name)).toContain(sheet);
      expect(sheet).not.toBe('Page 1');
      expect(Number(row)).toBeGreaterThan(0);
    }
    expect(rowsOf('Kiểm tra').some((v) => typeof v === 'string' && /^Page \d+!\d+$/.test(v))).toBe(true);
  });
});

describe('sheets that are no pages of the table', () => {
  const keys = new Set<HeaderKey>(['tt', 'goal', 'task', 'activity', 'product', 'lead', 'partners', 'deadline']);
  const grid = loadGrid('binh-lu');
  test('another appendix with its own title above its header', () => {
    expect(continuesTable({ name: 'Phụ lục II', grid: [['PHỤ LỤC II'], ['DANH MỤC NHIỆM VỤ'], [], ...grid.slice(4, 12)] }, keys, 8)).toBe(false);
  });
  test('a sheet of prose, an empty sheet, a small table of its own', () => {
    expect(continuesTable({ name: 'Ghi chú', grid: [['Ghi chú: phụ lục này thay thế phụ lục ban hành kèm Kế hoạch số 10/KH-UBND.'], ['Người lập biểu']] }, keys, 8)).toBe(false);
    expect(continuesTable({ name: 'Sheet3', grid: [] }, keys, 8)).toBe(false);
    expect(continuesTable({ name: 'Tổng hợp', grid: [['TT', 'Nội dung', 'Số lượng'], ['1', 'Mục tiêu', 4]] }, keys, 8)).toBe(false);
  });
  test('a page of the table: its header again under a page number, or its rows straight on', () => {
    expect(continuesTable({ name: 'Page 2', grid: [['2'], grid[4], ...grid.slice(11, 17)] }, keys, 8)).toBe(true);
    expect(continuesTable({ name: 'Page 2', grid: grid.slice(11, 17) }, keys, 8)).toBe(true);
  });
  test('a used range that starts at column B (as Excel gives it to the pane): a note there is no page; the rest of a row is', () => {
    expect(continuesTable({ name: 'Sheet2', grid: [['Ghi chú: phụ lục kèm theo kế hoạch']], firstColumn: 1 }, keys, 8)).toBe(false);
    expect(continuesTable({ name: 'Page 4', grid: [['', '', 'và công khai kết quả', '', '', '', 'Hằng năm']], firstColumn: 1 }, keys, 8)).toBe(true);
  });
  test('a sheet someone named (a commune, the issues of a normalized table) is no page, whatever it holds', () => {
    expect(continuesTable({ name: 'Tân Lập', grid: [grid[4], ...grid.slice(11, 17)] }, keys, 8)).toBe(false);
    expect(continuesTable({ name: 'Kiểm tra', grid: grid.slice(11, 17) }, keys, 8)).toBe(false);
    expect(continuesTable({ name: 'Table 3', grid: grid.slice(11, 17) }, keys, 8)).toBe(true);
    expect(continuesTable({ name: 'Trang 3', grid: grid.slice(11, 17) }, keys, 8)).toBe(true);
  });
  test('sheets left with default names: another commune opening the first area again is no page; a page opening the next area is', () => {
    const first = { name: 'Sheet1', grid: grid.slice(0, 11) };
    const appendix = analyze(first.grid).appendix;
    const other = { name: 'Sheet2', grid: [grid[4], ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC'], ...grid.slice(6, 10)] };
    expect(pagesFrom([first, other], 0, appendix)).toBe(1);
    const again = { name: 'Sheet2', grid: [grid[4], ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (tiếp)'], ...grid.slice(11, 17)] };
    expect(pagesFrom([first, again], 0, appendix)).toBe(2);
    const next = { name: 'Sheet2', grid: [grid[4], ['II', 'CẢI CÁCH THỂ CHẾ'], ...grid.slice(11, 17)] };
    expect(pagesFrom([first, next], 0, appendix)).toBe(2);
  });
  test('a last page that ends with "Nơi nhận:" and the signature is a page: the table stops there', () => {
    const last = { name: 'Page 4', grid: [['', '', '', 'và công khai kết quả', '', '', '', 'Hằng năm'], [], ['Nơi nhận:', '', '', '', '', 'TM. ỦY BAN NHÂN DÂN'], ['- UBND tỉnh;', '', '', '', '', 'CHỦ TỊCH'], ['- Lưu: VT.', '', '', '', '', 'Nguyễn Văn Hùng']] };
    expect(continuesTable(last, keys, 8)).toBe(true);
    const rows = { name: 'Page 4', grid: [['II', 'CẢI CÁCH THỂ CHẾ'], ...grid.slice(12, 14), ['Nơi nhận:', '', '', '', '', 'TM. ỦY BAN NHÂN DÂN'], ['- Lưu: VT.', '', '', '', '', 'CHỦ TỊCH']] };
    expect(continuesTable(rows, keys, 8)).toBe(true);
  });
  test("other converters' names: Excel's Get Data from PDF (\"Table002 (Page 2)\"), \"Page 2 Table 1\"", () => {
    for (const name of ['Table002 (Page 2)', 'Page 2 Table 1', 'Table 2', 'Trang 2', 'Sheet2', '2']) expect(continuesTable({ name, grid: grid.slice(11, 17) }, keys, 8)).toBe(true);
    for (const name of ['Sheet1 (2)', 'Phụ lục 2', 'Bình Lư 2']) expect(continuesTable({ name, grid: grid.slice(11, 17) }, keys, 8)).toBe(false);
  });
  test('a workbook with two appendices on two sheets reads the first and names the other', async () => {
    const file = await workbook('two-appendices.xlsx', [
      { name: 'Phụ lục I', grid },
      { name: 'Phụ lục II', grid: [['PHỤ LỤC II'], ['(Kèm theo Kế hoạch của UBND xã Bình Lư)'], [], ...grid.slice(4, 12)] },
    ]);
    const r = await run('check', file, '--json');
    expect(JSON.parse(r.out).pages).toBeUndefined();
    expect(r.err).toContain('“Phụ lục II”');
  });
});
