/** The `cchc` command line on real files: outputs, exit codes, encodings, written workbooks. */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from '../src/cli/main';
import { FIXTURES, loadExpected } from './helpers';
import { fixtureWorkbook } from './xlsxFixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'cchc-cli-'));
const fx = (f: string) => path.join(FIXTURES, f);

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => (out += s), err: (s) => (err += s), errIsTTY: false });
  return { code, out, err };
}

describe('cchc check', () => {
  test('human report: per-area table and grouped issues; exit 1 on errors', async () => {
    const r = await run('check', fx('binh-lu.tsv'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('Xã/phường: Bình Lư');
    expect(r.out).toMatch(/III\s+Cải cách thủ tục hành chính\s+9 \/ 7\s+5 \/ 5\s+9 \/ 9\s+Lệch/);
    expect(r.out).toMatch(/I\s+Công tác chỉ đạo, điều hành\s+4 \/ 4\s+5 \/ 5\s+5 \/ 5\s+Khớp/);
    expect(r.out).toMatch(/Lỗi \(12\)/);
    expect(r.out).toContain('[missing-cell] Hàng 23, cột E (Kết quả/Sản phẩm)');
  });

  test('exit 0 when there are no errors; English on request', async () => {
    const r = await run('check', fx('ta-dung.tsv'), '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Commune: Tà Đùng');
    expect(r.out).toContain('Not declared');
  });

  test('--json prints the documented object', async () => {
    const r = await run('check', fx('binh-lu.tsv'), '--json');
    const j = JSON.parse(r.out);
    const e = loadExpected('binh-lu');
    expect(Object.keys(j)).toEqual(['source', 'sheet', 'commune', 'layout', 'header', 'areas', 'items', 'issues', 'summary']);
    expect(j.header).toEqual({ row: 5, columns: { tt: 'A', goal: 'B', task: 'C', activity: 'D', product: 'E', lead: 'F', partners: 'G', deadline: 'H' } });
    expect(j.areas.map((a: { code: string; counts: unknown }) => [a.code, a.counts])).toEqual(e.areas.map((a) => [a.code, a.counts]));
    expect(Object.keys(j.items[0])).toEqual(['rows', 'area', 'tt', 'goal', 'task', 'activity', 'product', 'lead', 'partners', 'deadline', 'monitor', 'extra']);
    expect(j.summary.errors).toBe(j.issues.filter((i: { severity: string }) => i.severity === 'error').length);
    expect(j.issues[0]).toEqual(expect.objectContaining({ code: expect.any(String), severity: expect.any(String), message: expect.any(String) }));
  });

  test('UTF-16 "Unicode Text" and CSV read like the UTF-8 TSV', async () => {
    const text = readFileSync(fx('ta-dung.tsv'), 'utf8');
    const u16 = path.join(dir, 'ta-dung-u16.txt');
    writeFileSync(u16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const csv = path.join(dir, 'ta-dung.csv');
    writeFileSync(csv, text.split('\n').map((l) => l.split('\t').map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n'));
    const base = JSON.parse((await run('check', fx('ta-dung.tsv'), '--json')).out);
    for (const f of [u16, csv]) {
      const j = JSON.parse((await run('check', f, '--json')).out);
      expect(j.areas).toEqual(base.areas);
      expect(j.items).toEqual(base.items);
    }
  });

  test('an .xlsx with merged cells; --sheet picks a sheet', async () => {
    const { wb } = fixtureWorkbook('binh-lu');
    wb.addWorksheet('Ghi chú').getCell('A1').value = 'không phải phụ lục';
    const file = path.join(dir, 'binh-lu.xlsx');
    await wb.xlsx.writeFile(file);
    const j = JSON.parse((await run('check', file, '--json')).out);
    expect(j.sheet).toBe('Bình Lư');
    expect(j.areas.map((a: { counts: unknown }) => a.counts)).toEqual(loadExpected('binh-lu').areas.map((a) => a.counts));
    const other = await run('check', file, '--sheet', 'Ghi chú');
    expect(other.code).toBe(2);
    expect(other.err.trim().split('\n')).toHaveLength(1);
    const missing = await run('check', file, '--sheet', 'Không có');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('không có trang tính “Không có”');
  });

  test('unusable input: exit 2 with a one-line reason, no stack trace', async () => {
    for (const args of [['check', path.join(dir, 'none.xlsx')], ['check', fx('binh-lu.expected.json')], ['check']]) {
      const r = await run(...args);
      expect(r.code).toBe(2);
      expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
    }
    const broken = path.join(dir, 'broken.xlsx');
    writeFileSync(broken, 'not a zip');
    const r = await run('check', broken);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('Không đọc được tệp');
  });
});

describe('cchc normalize / template / rollup', () => {
  test('normalize writes the clean table as an Excel table with a frozen header, issues on a second sheet', async () => {
    const out = path.join(dir, 'norm.xlsx');
    const r = await run('normalize', fx('binh-lu.tsv'), '-o', out);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const [sheet, issues] = wb.worksheets;
    expect(sheet.name).toBe('Phụ lục (chuẩn)');
    expect(issues.name).toBe('Kiểm tra');
    expect(sheet.getRow(1).getCell(2).value).toBe('Lĩnh vực');
    const items = JSON.parse((await run('check', fx('binh-lu.tsv'), '--json')).out).items;
    expect(sheet.actualRowCount).toBe(items.length + 1);
    expect(sheet.getRow(2).getCell(2).value).toBe('I. Công tác chỉ đạo, điều hành');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(Object.keys((sheet as unknown as { tables: object }).tables)).toHaveLength(1);
    expect(sheet.getColumn(4).alignment?.wrapText).toBe(true);
    // The normalized file reads back to the same counts.
    const again = JSON.parse((await run('check', out, '--json')).out);
    expect(again.areas.map((a: { counts: unknown }) => a.counts)).toEqual(loadExpected('binh-lu').areas.map((a) => a.counts));
  });

  test('template: the seven areas, readable by check', async () => {
    const out = path.join(dir, 'mau.xlsx');
    expect((await run('template', '-o', out)).code).toBe(0);
    const j = JSON.parse((await run('check', out, '--json')).out);
    expect(j.layout).toBe('standard');
    expect(j.areas.map((a: { code: string }) => a.code)).toEqual(['direction', 'institutions', 'procedures', 'organization', 'civil-service', 'public-finance', 'digital-government']);
  });

  test('rollup: matrix, data and issue sheets; JSON; same-commune warning; broken input skipped', async () => {
    const copy = path.join(dir, 'binh-lu-copy.tsv');
    writeFileSync(copy, readFileSync(fx('binh-lu.tsv'), 'utf8').replace('xã Bình Lư', 'xã BINH LU'));
    const broken = path.join(dir, 'hong.xlsx');
    writeFileSync(broken, 'x');
    const out = path.join(dir, 'tong-hop.xlsx');
    const r = await run('rollup', fx('binh-lu.tsv'), fx('ta-dung.tsv'), copy, broken, '-o', out, '--json');
    expect(r.code).toBe(0);
    expect(r.err).toContain('Bỏ qua');
    expect(r.err).toContain('Bình Lư, Binh Lu');
    const j = JSON.parse(r.out);
    expect(j.communes.map((c: { commune: string }) => c.commune)).toEqual(['Bình Lư', 'Tà Đùng', 'Binh Lu']);
    const bl = j.matrix.rows[0];
    const e = loadExpected('binh-lu');
    for (const a of e.areas) expect(bl.areas[a.code]).toEqual(a.counts);
    expect(bl.totals.activities).toBe(e.areas.reduce((s, a) => s + (a.counts.activities ?? 0), 0));
    expect(j.matrix.total.activities).toBe(2 * bl.totals.activities);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Dữ liệu', 'Kiểm tra']);
    expect(wb.getWorksheet('Tổng hợp')!.actualRowCount).toBe(1 + 3 + 1);
    expect(wb.getWorksheet('Dữ liệu')!.getRow(2).getCell(1).value).toBe('Bình Lư');
  });
});

describe('streamed roll-up workbook (large roll-ups)', () => {
  test('writes every sheet with header, rows, frozen header and autofilter', async () => {
    const { writeSheetsStreaming } = await import('../src/cli/writeXlsx');
    const out = path.join(dir, 'stream.xlsx');
    const rows = Array.from({ length: 3000 }, (_, i) => [`Xã ${i + 1}`, i, i % 7 === 0 ? null : 'Hằng năm']);
    await writeSheetsStreaming(out, [{ name: 'Dữ liệu', table: { header: ['Xã/phường', 'Số', 'Thời gian'], rows, widths: [20, 8, 16] } }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Dữ liệu')!;
    expect(ws.actualRowCount).toBe(3001);
    expect(ws.getRow(1).values).toEqual([undefined, 'Xã/phường', 'Số', 'Thời gian']);
    expect(ws.getRow(3001).getCell(1).value).toBe('Xã 3000');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
  });
});
