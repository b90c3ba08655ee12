/** The `cchc` command line on real files: outputs, exit codes, encodings, written workbooks. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'fs';
import * as path from 'path';
import { main } from '../src/cli/main';
import { readStamp, untouched } from '../src/cli/outputStamp';
import { FIXTURES, loadExpected } from './helpers';
import { fixtureWorkbook } from './xlsxFixtures';
import { tempDir } from './tempDir';

const dir = tempDir('cchc-cli-');
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
    // Counted / declared, as the task pane shows them.
    expect(r.out).toContain('(đếm được / kê khai)');
    expect(r.out).toMatch(/III\s+Cải cách thủ tục hành chính\s+7 \/ 9\s+5 \/ 5\s+9 \/ 9\s+Lệch/);
    expect(r.out).toMatch(/I\s+Công tác chỉ đạo, điều hành\s+4 \/ 4\s+5 \/ 5\s+5 \/ 5\s+Khớp/);
    expect(r.out).toMatch(/Lỗi \(12\)/);
    expect(r.out).toContain('Hàng 23, cột E (Kết quả/Sản phẩm): ô để trống — cần ghi nội dung. (missing-cell)');
    // The header again at each page break, nothing to act on: one line for all of them.
    expect(r.out).toContain('  Các hàng 11, 18, 26, 31, 36, 42, 47, 53, 60, 67, 72: tiêu đề bảng lặp lại ở đầu trang — đã bỏ qua. (repeated-header)\n');
    expect(r.out).toMatch(/Thông tin \(21\)/);
  });

  test('exit 0 when there are no errors; English on request', async () => {
    const r = await run('check', fx('ta-dung.tsv'), '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Commune: Tà Đùng');
    expect(r.out).toContain('Not declared');
    const en = await run('check', fx('binh-lu.tsv'), '--lang', 'en');
    expect(en.out).toMatch(/^Errors \(12\)$/m);
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
    expect(missing.err).toContain('không có trang tính “Không có” (có: “Bình Lư”, “Ghi chú”)');
    // A text file has no sheets to name: said so, not a sheet list it does not have.
    const text = await run('check', fx('ta-dung.tsv'), '--sheet', 'Trang 1');
    expect([text.code, text.err.trim()]).toEqual([2, `Tệp “ta-dung.tsv” là tệp chữ (.csv, .tsv) chỉ có một bảng, không có trang tính: bỏ --sheet.`]);
  });

  test('several appendices in one workbook: the first is checked, and stderr names the others', async () => {
    const { wb } = fixtureWorkbook('binh-lu');
    const other = wb.addWorksheet('Tân Lập');
    other.addRow(['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành']);
    other.addRow(['I', 'CẢI CÁCH THỂ CHẾ']);
    other.addRow(['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 'Báo cáo', 'Văn phòng', '', 'Hằng năm']);
    const file = path.join(dir, 'two-communes.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await run('check', file, '--json');
    expect(JSON.parse(r.out).sheet).toBe('Bình Lư');
    expect(r.err.trim()).toBe('Đã kiểm tra trang tính “Bình Lư”; tệp còn bảng ở “Tân Lập” — dùng --sheet để kiểm tra trang khác.');
    expect((await run('check', file, '--sheet', 'Tân Lập')).err).toBe('');
  });

  test('a hidden sheet or a blank template beside the appendix is not what gets checked', async () => {
    const { wb } = fixtureWorkbook('binh-lu');
    const header = ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành'];
    // Both before the appendix, as staff leave them: a hidden old version, a visible blank template.
    const old = wb.addWorksheet('Bản cũ', { state: 'hidden' });
    old.addRow(header);
    old.addRow(['I', 'CẢI CÁCH THỂ CHẾ']);
    old.addRow(['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 'Báo cáo', 'Văn phòng', '', 'Hằng năm']);
    const template = wb.addWorksheet('Mẫu');
    template.addRow(header);
    // (The province's form, its rows placeholders only: "Mục tiêu 1: …".)
    template.addRow(['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (… mục tiêu; … nhiệm vụ; … hoạt động)']);
    template.addRow(['1', 'Mục tiêu 1: …', 'Nhiệm vụ 1: …', 'Hoạt động 1: …', '…', '', '', '………']);
    // exceljs writes sheets in orderNo order (not in its typings).
    (old as unknown as { orderNo: number }).orderNo = -2;
    (template as unknown as { orderNo: number }).orderNo = -1;
    const file = path.join(dir, 'binh-lu-hidden.xlsx');
    await wb.xlsx.writeFile(file);
    expect((await run('check', file)).out).not.toContain('Bản cũ');
    const j = JSON.parse((await run('check', file, '--json')).out);
    const tsv = JSON.parse((await run('check', fx('binh-lu.tsv'), '--json')).out);
    expect(j.sheet).toBe('Bình Lư');
    expect(j.items).toHaveLength(tsv.items.length);
    // Asked for by name, the hidden sheet is checked.
    expect(JSON.parse((await run('check', file, '--sheet', 'Bản cũ', '--json')).out).items).toHaveLength(1);
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
    expect(r.err).toContain('bị hỏng, có mật khẩu');
    expect(r.err).not.toMatch(/zip|central directory/i);
  });

  test('an .xls, an empty file and a folder say what they are', async () => {
    const xls = path.join(dir, 'cu.xls');
    writeFileSync(xls, 'x');
    const empty = path.join(dir, 'trong.tsv');
    writeFileSync(empty, '');
    const ods = path.join(dir, 'bang.ods');
    writeFileSync(ods, 'x');
    const reasons = [];
    for (const f of [xls, empty, dir, ods]) {
      const r = await run('check', f);
      expect(r.code).toBe(2);
      reasons.push(r.err.trim());
    }
    expect(reasons[0]).toContain('lưu lại dạng .xlsx');
    expect(reasons[1]).toContain('tệp trống');
    expect(reasons[2]).toContain('thư mục');
    expect(reasons[3]).toBe(`Không đọc được tệp “${ods}”: bảng tính dạng khác (.ods, .numbers, .xlsb) — mở rồi lưu lại dạng Excel .xlsx.`);
  });

  test('a workbook with nothing in it is said to be empty, not to lack a header row; a staff list lacks the table', async () => {
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet('Sheet1');
    blank.addWorksheet('Sheet2').getCell('B3').value = '  ';
    const file = path.join(dir, 'Phu luc xa Trong.xlsx');
    await blank.xlsx.writeFile(file);
    const r = await run('check', file);
    expect([r.code, r.err.trim()]).toEqual([2, `Tệp “${file}” trống — không ô nào có nội dung.`]);
    const staff = path.join(dir, 'danh-sach.csv');
    writeFileSync(staff, 'Họ và tên,Chức vụ\nNguyễn Văn A,Chủ tịch\n');
    const none = await run('check', staff);
    // The one line on stderr, and no report of nothing on stdout.
    expect([none.code, none.out, none.err.trim()]).toEqual([2, '', `Tệp “${staff}”: không tìm thấy bảng phụ lục (hàng tiêu đề có các cột như TT, Mục tiêu, Nhiệm vụ, Hoạt động, Chủ trì, Thời gian hoàn thành).`]);
  });

  test('a text file saved by Vietnamese Windows (Windows-1258) reads like the UTF-8 one', async () => {
    const text = readFileSync(fx('binh-lu.tsv'), 'utf8');
    const ansi = path.join(dir, 'binh-lu-1258.txt');
    // Windows-1258 has no precomposed toned vowels: tone marks follow as combining bytes.
    const { execFileSync } = await import('child_process');
    writeFileSync(ansi, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'WINDOWS-1258'], { input: text }));
    const j = JSON.parse((await run('check', ansi, '--json')).out);
    const base = JSON.parse((await run('check', fx('binh-lu.tsv'), '--json')).out);
    expect(j.commune).toBe('Bình Lư');
    expect(j.areas).toEqual(base.areas);
    expect(j.items).toEqual(base.items);
  });

  test('--version prints the package version', async () => {
    const r = await run('--version');
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(`cchc ${JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).version}`);
  });

  test('bad arguments: exit 2 with the reason on one line, and where to read the usage', async () => {
    const cases: [string[], string][] = [
      [['check', fx('binh-lu.tsv'), '--lang', 'fr'], 'Không hỗ trợ ngôn ngữ “fr”'],
      [['check', fx('binh-lu.tsv'), '--lang'], 'cần một giá trị'],
      [['check', fx('binh-lu.tsv'), '--sheet'], 'cần một giá trị'],
      [['check', fx('binh-lu.tsv'), fx('ta-dung.tsv')], 'nhận một tệp'],
      [['normalize', fx('binh-lu.tsv'), '-o', path.join(dir, 'ra.csv')], 'phải là .xlsx'],
      [['rollup', fx('binh-lu.tsv'), '-o', fx('binh-lu.tsv')], 'phải là .xlsx'],
      // An option the command has no use for is said, not ignored.
      [['check', fx('binh-lu.tsv'), '-o', path.join(dir, 'x.xlsx')], 'Lệnh check không dùng tùy chọn -o.'],
      [['template', '--json', '-o', path.join(dir, 'x.xlsx')], 'Lệnh template không dùng tùy chọn --json.'],
      [['normalize', fx('binh-lu.tsv'), '--json', '-o', path.join(dir, 'x.xlsx')], 'Lệnh normalize không dùng tùy chọn --json.'],
      [['check', '-'], 'cchc đọc tệp, không đọc từ đầu vào chuẩn (“-”): nêu đường dẫn của tệp.'],
      // A folder for the output is said to be one (not "must be .xlsx").
      [['rollup', fx('binh-lu.tsv'), '-o', dir], `“${dir}” là một thư mục — -o cần tên tệp .xlsx, ví dụ “${dir}/tong-hop.xlsx”.`],
    ];
    for (const [argv, says] of cases) {
      const r = await run(...argv);
      expect([argv.join(' '), r.code]).toEqual([argv.join(' '), 2]);
      expect(r.err).toContain(says);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toContain('(Xem cách dùng: cchc --help)');
    }
  });

  test('--lang in capitals is the language meant', async () => {
    const r = await run('check', fx('ta-dung.tsv'), '--lang', 'EN');
    expect([r.code, r.out.trim().split('\n').pop()]).toEqual([0, '0 errors, 0 warnings, 19 notes.']);
    expect(r.out).toContain('Notes (19)');
  });

  test('bad arguments speak the language asked for, wherever --lang stands', async () => {
    for (const argv of [['check', fx('binh-lu.tsv'), '--bogus', '--lang', 'en'], ['check', fx('binh-lu.tsv'), '--lang=en', '--bogus']]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.err).toContain('--bogus');
      expect(r.err).not.toMatch(/Tuỳ chọn|Cách dùng/);
    }
  });

  test('an output that cannot be written blames the output, in words', async () => {
    const r = await run('normalize', fx('binh-lu.tsv'), '-o', path.join(dir, 'khong-co', 'ra.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`Không ghi được tệp “${path.join(dir, 'khong-co', 'ra.xlsx')}”: thư mục chứa tệp không tồn tại.`);
    const folder = path.join(dir, 'thu-muc.xlsx');
    mkdirSync(folder);
    const t = await run('template', '-o', folder);
    expect(t.code).toBe(2);
    expect(t.err).toContain(`“${folder}” là một thư mục — -o cần tên tệp .xlsx`);
    // Said before any input is read: no file of a folder is looked at (an unreadable one would be said).
    const inputs = tempDir('cchc-out-');
    writeFileSync(path.join(inputs, 'hong.xlsx'), 'x');
    const roll = await run('rollup', inputs, '-o', path.join(dir, 'khong-co', 'tong.xlsx'));
    expect([roll.code, roll.err.trim()]).toEqual([2, `Không ghi được tệp “${path.join(dir, 'khong-co', 'tong.xlsx')}”: thư mục chứa tệp không tồn tại.`]);
  });

  test('--help or -h after a command shows the usage (exit 0); a folder with no appendix file says so', async () => {
    for (const argv of [['check', '-h'], ['rollup', 'x', '--help']]) {
      const r = await run(...argv);
      expect([r.code, r.err]).toEqual([0, '']);
      expect(r.out).toContain('Cách dùng:');
    }
    const empty = tempDir('cchc-empty-');
    const r = await run('rollup', empty, '-o', path.join(dir, 'rong.xlsx'));
    expect([r.code, r.err.trim()]).toEqual([2, `Không thấy tệp phụ lục nào (.xlsx, .xlsm, .csv, .tsv, .txt) trong “${empty}”: không ghi tệp tổng hợp.`]);
  });
});

describe('cchc normalize / template / rollup', () => {
  test('normalize writes the clean table as an Excel table with a frozen header, issues on a second sheet', async () => {
    const out = path.join(dir, 'norm.xlsx');
    const r = await run('normalize', fx('binh-lu.tsv'), '-o', out);
    // Written, and the source's errors said (and in the exit code): they are on the issues sheet.
    expect(r.code).toBe(1);
    expect(r.out).toContain('Bản gốc có 12 lỗi, 1 cảnh báo — xem trang “Kiểm tra”.');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const [sheet, issues] = wb.worksheets;
    // Named after the commune: a check of this file still knows whose appendix it is.
    expect(sheet.name).toBe('Bình Lư (chuẩn)');
    expect(issues.name).toBe('Kiểm tra');
    expect(sheet.getRow(1).getCell(2).value).toBe('Lĩnh vực');
    const items = JSON.parse((await run('check', fx('binh-lu.tsv'), '--json')).out).items;
    expect(sheet.actualRowCount).toBe(items.length + 1);
    // The area with the counts its title declares: kept, so a check of this file finds the same mismatches.
    expect(sheet.getRow(2).getCell(2).value).toBe('I. Công tác chỉ đạo, điều hành (4 mục tiêu; 5 nhiệm vụ; 5 hoạt động)');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(Object.keys((sheet as unknown as { tables: object }).tables)).toHaveLength(1);
    expect(sheet.getColumn(4).alignment?.wrapText).toBe(true);
    // The header keeps its bold (the columns' wrapping is set before it); both sheets print across, one page wide.
    expect(sheet.getCell(1, 1).font?.bold).toBe(true);
    for (const ws of [sheet, issues]) expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, printTitlesRow: '1:1' });
    // One source row is a number (Excel sorts it, no "number stored as text").
    expect(typeof sheet.getRow(2).getCell(sheet.actualColumnCount).value).toBe('number');
    // The normalized file reads back to the same counts.
    const again = JSON.parse((await run('check', out, '--json')).out);
    expect(again.areas.map((a: { counts: unknown; declared: unknown }) => [a.counts, a.declared])).toEqual(loadExpected('binh-lu').areas.map((a) => [a.counts, a.declared]));
    expect(again.issues.filter((i: { code: string }) => i.code === 'declared-count-mismatch')).toHaveLength(7);
    expect(again.commune).toBe('Bình Lư');
  });

  test('normalize: a commune whose name and the suffix pass Excel\'s 31 characters names the sheet alone, read back whole', async () => {
    const src = path.join(dir, 'moc-chau.tsv');
    writeFileSync(src, readFileSync(fx('binh-lu.tsv'), 'utf8').replace('Ủy ban nhân dân xã Bình Lư', 'Ủy ban nhân dân thị trấn Nông trường Mộc Châu'));
    for (const lang of ['vi', 'en']) {
      const out = path.join(dir, `moc-chau-${lang}.xlsx`);
      await run('normalize', src, '-o', out, '--lang', lang);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.worksheets[0].name).toBe(lang === 'vi' ? 'Nông trường Mộc Châu (chuẩn)' : 'Nông trường Mộc Châu');
      expect(JSON.parse((await run('check', out, '--json')).out).commune).toBe('Nông trường Mộc Châu');
    }
  });

  test('the installed command piped into a reader that stops early ("| head"): no stack trace, and the roll-up written whole', async () => {
    const { spawnSync } = await import('child_process');
    const out = path.join(dir, 'piped.xlsx');
    const bin = path.join(__dirname, '..', 'bin', 'cchc.js');
    // ("true" reads nothing and is gone before the first line is written.)
    const cmd = `node "${bin}" rollup "${fx('binh-lu.tsv')}" "${fx('ta-dung.tsv')}" -o "${out}" --json | true`;
    const r = spawnSync('bash', ['-c', cmd], { encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|node:events|\bat .*:\d+/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Dữ liệu', 'Kiểm tra']);
    // Nothing left beside it from the writing.
    expect(readdirSync(dir).filter((f) => f.startsWith('.~cchc-'))).toEqual([]);
  });

  test('template: the seven areas, readable by check', async () => {
    const out = path.join(dir, 'mau.xlsx');
    expect((await run('template', '-o', out)).code).toBe(0);
    const j = JSON.parse((await run('check', out, '--json')).out);
    expect(j.layout).toBe('standard');
    expect(j.areas.map((a: { code: string }) => a.code)).toEqual(['direction', 'institutions', 'procedures', 'organization', 'civil-service', 'public-finance', 'digital-government']);
    // Printed as an appendix is: Times New Roman, the titles centred, A4 across, one page wide, the header on every page.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    const header = j.header.row as number;
    expect([ws.getCell(1, 1).alignment?.horizontal, ws.getCell(1, 1).font?.name, ws.getCell(header, 2).alignment?.horizontal, ws.getCell(header, 2).font?.bold]).toEqual(['center', 'Times New Roman', 'center', true]);
    expect(ws.getColumn(4).font?.name).toBe('Times New Roman');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${header}:${header}` });
  });

  test('rollup: matrix, data and issue sheets; JSON; same-commune warning; broken input skipped', async () => {
    const copy = path.join(dir, 'binh-lu-copy.tsv');
    writeFileSync(copy, readFileSync(fx('binh-lu.tsv'), 'utf8').replace('xã Bình Lư', 'xã BINH LU'));
    const broken = path.join(dir, 'hong.xlsx');
    writeFileSync(broken, 'x');
    const out = path.join(dir, 'tong-hop.xlsx');
    const r = await run('rollup', fx('binh-lu.tsv'), fx('ta-dung.tsv'), copy, broken, '-o', out, '--json');
    // 1: an input was left out and a commune is there twice (and Bình Lư has errors).
    expect(r.code).toBe(1);
    // (Named by its file name: it lies outside the folder the command was run from.)
    expect(r.err).toContain('Bỏ qua — Không đọc được tệp “hong.xlsx”: tệp .xlsx bị hỏng');
    expect(r.err).toContain('Có thể là cùng một xã: Binh Lu (binh-lu-copy.tsv), Bình Lư (tests/fixtures/binh-lu.tsv).');
    const j = JSON.parse(r.out);
    // In the communes' order (Vietnamese: "u" before "ư"), whatever the order of the files.
    expect(j.communes.map((c: { commune: string }) => c.commune)).toEqual(['Binh Lu', 'Bình Lư', 'Tà Đùng']);
    const bl = j.matrix.rows[1];
    const e = loadExpected('binh-lu');
    for (const a of e.areas) expect(bl.areas[a.code]).toEqual(a.counts);
    expect(bl.totals.activities).toBe(e.areas.reduce((s, a) => s + (a.counts.activities ?? 0), 0));
    expect(j.matrix.total.activities).toBe(2 * bl.totals.activities);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Dữ liệu', 'Kiểm tra']);
    const summary = wb.getWorksheet('Tổng hợp')!;
    // Three communes, the file left out on a row of its own (so the totals are not taken for every file's), the total.
    expect(summary.actualRowCount).toBe(1 + 3 + 1 + 1);
    const heads = summary.getRow(1).values as unknown[];
    const left = summary.getRow(5).values as unknown[];
    expect([left[1], left[2], left[heads.indexOf('Lỗi')], left[heads.indexOf('Ghi chú')]]).toEqual([undefined, 'hong.xlsx', 1, 'Không đọc được — xem trang “Kiểm tra”']);
    // Its counts are empty cells, not empty text (sums and COUNTA leave them out).
    expect(summary.getRow(5).getCell(3).type).toBe(ExcelJS.ValueType.Null);
    // The table holds the communes; the total row sits under it, so sorting leaves it last.
    const tables = (summary as unknown as { tables: Record<string, { table: { tableRef?: string; ref?: string } }> }).tables;
    expect(Object.keys(tables)).toEqual(['TongHop']);
    expect(summary.getRow(6).getCell(1).value).toBe('Tổng cộng');
    expect(summary.getRow(6).font?.bold).toBe(true);
    expect(wb.getWorksheet('Dữ liệu')!.getRow(2).getCell(1).value).toBe('Binh Lu');
    // Whoever only opens the workbook sees what was left out and what looks doubled.
    const issues = wb.getWorksheet('Kiểm tra')!;
    const firstLast = [issues.getRow(2).values, issues.getRow(issues.actualRowCount).values] as unknown[][];
    // A file left out is an error (nothing of it is counted), right at the top; a commune named twice, a warning, as the README says.
    expect(firstLast.map((v) => [v[1], v[2], v[3], v[5]])).toEqual([
      [undefined, 'hong.xlsx', 'Lỗi', 'unreadable'],
      ['Binh Lu', undefined, 'Cảnh báo', 'same-commune'],
    ]);
    // The commune stays in view when scrolling right through the areas; the author is cchc, not "Unknown".
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });
    expect([wb.creator, wb.lastModifiedBy]).toEqual(['cchc', 'cchc']);
    // In the matrix too: each of the two rows names the other (its totals count that commune twice).
    const head = summary.getRow(1).values as unknown[];
    const col = head.indexOf('Có thể trùng với');
    expect(col).toBeGreaterThan(0);
    expect([2, 3, 4].map((r) => summary.getRow(r).getCell(col).value ?? '')).toEqual(['Bình Lư (tests/fixtures/binh-lu.tsv)', 'Binh Lu (binh-lu-copy.tsv)', '']);
  });

  test('a file holding only a blank form is left out of the roll-up, said why; check and normalize call it unusable', async () => {
    const form = path.join(dir, 'mau-trong.tsv');
    writeFileSync(form, ['TT\tMục tiêu\tNhiệm vụ\tHoạt động\tKết quả/Sản phẩm\tChủ trì\tPhối hợp\tThời gian hoàn thành', 'I\tCẢI CÁCH THỂ CHẾ (… mục tiêu; … nhiệm vụ; … hoạt động)', '1\tMục tiêu 1: …\tNhiệm vụ 1: …\tHoạt động 1: …\t…\t\t\t………'].join('\n'));
    const r = await run('rollup', fx('binh-lu.tsv'), form, '--json');
    expect(r.err).toContain('Tệp “mau-trong.tsv”: bảng phụ lục chưa có dòng nào dưới hàng tiêu đề (hàng 1) — mẫu chưa điền?');
    const j = JSON.parse(r.out);
    expect(j.communes.map((c: { commune: string }) => c.commune)).toEqual(['Bình Lư']);
    expect(j.skipped.map((s: { file: string }) => s.file)).toEqual(['mau-trong.tsv']);
    // Checked or normalized alone: unusable (exit 2), said in one line — after the report, for check.
    const c = await run('check', form);
    expect([c.code, c.err.trim()]).toEqual([2, 'Tệp “' + form + '”: bảng phụ lục chưa có dòng nào dưới hàng tiêu đề (hàng 1) — mẫu chưa điền?']);
    expect(c.out).toContain('dòng mẫu chưa điền');
    const n = await run('normalize', form, '-o', path.join(dir, 'mau-chuan.xlsx'));
    expect(n.code).toBe(2);
    // cchc's own blank template, never filled in: the same, naming its sheet.
    const tpl = path.join(dir, 'mau-cchc.xlsx');
    await run('template', '-o', tpl);
    const e = await run('check', tpl, '--lang', 'en');
    expect([e.code, e.err.trim()]).toEqual([2, `“${tpl}”, sheet “Phụ lục CCHC”: the appendix table has no rows under its header (row 5) — a form not filled in?`]);
  });

  test('an output that is the input through a link is refused, the input left as it was', async () => {
    const { symlinkSync } = await import('fs');
    const input = path.join(dir, 'bl-link-src.xlsx');
    await fixtureWorkbook('binh-lu').wb.xlsx.writeFile(input);
    const link = path.join(dir, 'bl-link.xlsx');
    symlinkSync(input, link);
    const before = readFileSync(input);
    const r = await run('normalize', link, '-o', input);
    expect([r.code, r.err.trim()]).toEqual([2, `Tệp kết quả “${input}” cũng là tệp đầu vào: chọn tên khác để không ghi đè. (Xem cách dùng: cchc --help)`]);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  test('rollup of several folders holding files of the same name: each source named with its folder', async () => {
    const root = tempDir('cchc-two-');
    for (const [f, fixture] of [['A', 'binh-lu'], ['B', 'ta-dung']]) {
      mkdirSync(path.join(root, f));
      writeFileSync(path.join(root, f, 'pl.tsv'), readFileSync(fx(`${fixture}.tsv`)));
    }
    const r = await run('rollup', path.join(root, 'A'), path.join(root, 'B'), '--json');
    expect(JSON.parse(r.out).communes.map((c: { source: string }) => c.source)).toEqual(['A/pl.tsv', 'B/pl.tsv']);
  });

  test('options written before the command go with it', async () => {
    const r = await run('--lang', 'en', '--json', 'check', fx('binh-lu.tsv'));
    expect(JSON.parse(r.out).issues[0].message).toMatch(/^Row \d+/);
  });

  test('rollup --sheet names the workbooks\' sheet; a .tsv among the inputs is read as it is', async () => {
    const file = path.join(dir, 'bl-sheet.xlsx');
    await fixtureWorkbook('binh-lu').wb.xlsx.writeFile(file);
    const r = await run('rollup', file, fx('ta-dung.tsv'), '--sheet', 'Bình Lư', '--json');
    expect(JSON.parse(r.out).communes.map((c: { commune: string }) => c.commune)).toEqual(['Bình Lư', 'Tà Đùng']);
    expect(r.err).toBe('');
  });

  test('the same file twice is flagged; a second run into its own folder does not read its own output', async () => {
    const folder = tempDir('cchc-ru-');
    writeFileSync(path.join(folder, 'binh-lu.tsv'), readFileSync(fx('binh-lu.tsv')));
    writeFileSync(path.join(folder, 'ta-dung.tsv'), readFileSync(fx('ta-dung.tsv')));
    const twice = await run('rollup', fx('ta-dung.tsv'), path.join(folder, 'ta-dung.tsv'), '--json');
    expect(twice.code).toBe(1);
    expect(twice.err).toContain('Có thể là cùng một xã: Tà Đùng (tests/fixtures/ta-dung.tsv), Tà Đùng (ta-dung.tsv).');

    const out = path.join(folder, 'tong-hop.xlsx');
    const first = JSON.parse((await run('rollup', folder, '-o', out, '--json')).out);
    const second = await run('rollup', folder, '-o', out, '--json');
    expect(JSON.parse(second.out).matrix).toEqual(first.matrix);
    // Copied under another name, it is still known as a roll-up and left out, with the reason.
    writeFileSync(path.join(folder, 'ban-sao.xlsx'), readFileSync(out));
    const third = await run('rollup', folder, '-o', out, '--json');
    expect(JSON.parse(third.out).matrix).toEqual(first.matrix);
    expect(third.err).toContain('Tệp “ban-sao.xlsx” là bảng tổng hợp do cchc tạo ra');
    // No commune's file was left out: it is not counted as skipped.
    expect(JSON.parse(third.out).skipped).toEqual([]);
    // Checked or normalized as one appendix, a roll-up would give sums of many communes: refused, saying why.
    for (const argv of [['check', out], ['normalize', out, '-o', path.join(folder, 'ra.xlsx')]]) {
      const r = await run(...argv);
      expect([r.code, r.out, r.err.trim()]).toEqual([2, '', `Tệp “${out}” là bảng tổng hợp nhiều xã do cchc ghi, không phải phụ lục của một xã — hãy kiểm tra từng phụ lục (hoặc chọn một trang tính bằng --sheet).`]);
    }
    // A sheet named without a table says which sheets have one.
    const kt = await run('check', out, '--sheet', 'kiểm tra');
    expect([kt.code, kt.err.trim()]).toEqual([2, `Tệp “${out}”: trang tính “Kiểm tra” không có bảng phụ lục (hàng tiêu đề); trang có bảng: “Dữ liệu”.`]);
    // The summary line counts it as passed over, not as a file read.
    const said = await run('rollup', folder, '-o', out);
    expect(said.out).toContain('Đã tổng hợp 2 phụ lục từ 2 tệp (12 lỗi, 1 cảnh báo).\nKhông đọc 1 bảng tổng hợp cũ của cchc (không phải phụ lục của xã nào).');
    // An old .xls in the folder is not passed over in silence.
    writeFileSync(path.join(folder, 'cu.xls'), 'x');
    const fourth = await run('rollup', folder, '-o', out, '--json');
    expect(fourth.code).toBe(1);
    expect(fourth.err).toContain('cu.xls');
    expect(fourth.err).toContain('.xlsx');
  });

  test('a province folder: communes in sub-folders, Excel lock files, wildcards, the same file twice, never over a commune\'s file', async () => {
    const root = tempDir('cchc-tinh-');
    mkdirSync(path.join(root, 'Binh Lu'));
    mkdirSync(path.join(root, 'Ta Dung'));
    writeFileSync(path.join(root, 'Binh Lu', 'phu-luc.tsv'), readFileSync(fx('binh-lu.tsv')));
    writeFileSync(path.join(root, 'Ta Dung', 'phu-luc.tsv'), readFileSync(fx('ta-dung.tsv')));
    writeFileSync(path.join(root, 'Ta Dung', '~$phu-luc.xlsx'), 'lock');
    const out = path.join(root, 'tong-hop.xlsx');
    const r = await run('rollup', root, '-o', out);
    expect(r.err).toBe('');
    expect(r.out).toContain('Đã tổng hợp 2 phụ lục từ 2 tệp');
    // Nothing left out: no "0 files skipped".
    expect(r.out).not.toContain('bỏ qua');
    // The matrix says which file each row comes from, and totals with SUBTOTAL (right after a row is deleted).
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const summary = wb.getWorksheet('Tổng hợp')!;
    expect(summary.getRow(1).getCell(2).value).toBe('Nguồn');
    // Both files are "phu-luc.tsv": each is named by its path in the folder given.
    expect([2, 3].map((r) => summary.getRow(r).getCell(2).value)).toEqual(['Binh Lu/phu-luc.tsv', 'Ta Dung/phu-luc.tsv']);
    expect(summary.getRow(4).getCell(3).value).toMatchObject({ formula: 'SUBTOTAL(109,C2:C3)' });
    // Over a commune's own file: refused, the file left as it was.
    const theirs = path.join(root, 'Binh Lu', 'phu-luc.tsv');
    const appendixXlsx = path.join(root, 'xa-ta-dung.xlsx');
    await fixtureWorkbook('ta-dung').wb.xlsx.writeFile(appendixXlsx);
    const before = readFileSync(appendixXlsx);
    const refused = await run('rollup', path.join(root, 'Ta Dung'), '-o', appendixXlsx);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('đã có và không phải bảng tổng hợp do cchc ghi');
    expect(readFileSync(appendixXlsx).equals(before)).toBe(true);
    // A wildcard the shell left alone (Windows), and the same file named twice: read once.
    const wild = await run('rollup', path.join(root, 'Binh Lu', '*.tsv'), theirs, '--json');
    expect(wild.err).toContain(`Tệp “${theirs}” được nêu hai lần — chỉ đọc một lần.`);
    expect(JSON.parse(wild.out).communes.map((c: { commune: string }) => c.commune)).toEqual(['Bình Lư']);
    // One that matches nothing says so (not "file not found").
    const none = await run('rollup', path.join(root, 'Binh Lu', '*.xlsx'), theirs, '--json');
    expect(none.err).toContain('không có tệp phụ lục nào khớp mẫu này');
    // check and normalize take the one file a wildcard matches; matching several, they say so.
    const one = await run('check', path.join(root, 'Binh Lu', 'phu*.tsv'), '--json');
    expect(JSON.parse(one.out).commune).toBe('Bình Lư');
    const many = await run('check', path.join(root, '*', 'phu-luc.tsv'));
    expect(many.code).toBe(2);
    const twoFiles = await run('check', path.join(FIXTURES, '*.tsv'));
    expect(twoFiles.err).toMatch(/^“.*\*\.tsv” khớp 2 tệp \(“binh-lu\.tsv”, “ta-dung\.tsv”…\) — lệnh check đọc một tệp: ghi đúng tên tệp, hoặc dùng rollup để đọc tất cả\. \(Xem cách dùng: cchc --help\)\n$/);
    // A wildcard in a folder's name is said to be one (cchc expands file names only).
    const inFolder = await run('rollup', path.join(root, 'B*', '*.tsv'), theirs, '--json');
    expect(inFolder.err).toContain('dấu * ? chỉ dùng được trong tên tệp, không trong tên thư mục');
  });

  test('a province folder: a commune that sent only its signed PDF is listed as skipped; the PDF beside a table is not; tables deep in folders are read', async () => {
    const root = tempDir('cchc-tinh-');
    const deep = path.join(root, 'Dot 1', 'Binh Lu', 'Ban chinh thuc', 'ky so');
    mkdirSync(deep, { recursive: true });
    mkdirSync(path.join(root, 'Ta Dung'));
    mkdirSync(path.join(root, 'Quyet Thang'));
    writeFileSync(path.join(deep, 'phu-luc.tsv'), readFileSync(fx('binh-lu.tsv')));
    writeFileSync(path.join(root, 'Ta Dung', 'phu-luc.tsv'), readFileSync(fx('ta-dung.tsv')));
    writeFileSync(path.join(root, 'Ta Dung', 'KH CCHC (đã ký).pdf'), '%PDF-1.7');
    writeFileSync(path.join(root, 'Quyet Thang', 'KH CCHC xã Quyết Thắng (đã ký).pdf'), '%PDF-1.7');
    writeFileSync(path.join(root, 'Quyet Thang', 'KH CCHC xã Quyết Thắng.docx'), 'PK');
    const r = await run('rollup', root, '-o', path.join(root, 'cchc-rollup.xlsx'), '--json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.communes.map((c: { commune: string }) => c.commune)).toEqual(['Bình Lư', 'Tà Đùng']);
    expect(r.err.trim().split('\n')).toEqual(['Bỏ qua — Không đọc được tệp “Quyet Thang/KH CCHC xã Quyết Thắng (đã ký).pdf”: văn bản (PDF, Word), không phải bảng — cần bảng phụ lục dạng Excel (.xlsx) hoặc .csv; từ Word: chép bảng sang Excel; từ PDF: xin xã bản Word/Excel, hoặc chuyển PDF sang Excel rồi kiểm tra lại.']);
    // Whose file was left out, from its name: the officer asks which communes have not sent a usable table.
    expect(j.skipped.map((s: { commune: string | null }) => s.commune)).toEqual(['Quyết Thắng']);
    // A table deeper than the folders searched is not read, and that is said.
    const tooDeep = path.join(root, ...'abcdefghi'.split(''));
    mkdirSync(tooDeep, { recursive: true });
    writeFileSync(path.join(tooDeep, 'phu-luc.tsv'), readFileSync(fx('binh-lu.tsv')));
    const d = await run('rollup', root, '--json');
    expect(d.err).toContain(`Không đọc các thư mục sâu hơn 8 cấp: “${path.join(root, ...'abcdefgh'.split(''), 'i')}” — chuyển tệp lên gần hơn, hoặc nêu thẳng thư mục đó.`);
  });

  test('a table that names no commune, in a folder that does ("Xã Tân Tiến/phu-luc.tsv"): the folder names it; other folders name none', async () => {
    const root = tempDir('cchc-tinh-');
    const text = readFileSync(fx('binh-lu.tsv'), 'utf8').replace(/Bình Lư/g, '');
    for (const f of ['Xã Tân Tiến', 'Ho so 2026']) {
      mkdirSync(path.join(root, f));
      writeFileSync(path.join(root, f, 'phu-luc.tsv'), text);
    }
    const r = await run('rollup', root, '-o', path.join(root, 'cchc-rollup.xlsx'), '--json');
    // One named by nothing is named by its file, after the named ones.
    expect(JSON.parse(r.out).communes.map((c: { commune: string }) => c.commune)).toEqual(['Tân Tiến', '(Chưa rõ tên xã — Ho so 2026/phu-luc.tsv)']);
  });

  test('paths are the user\'s: relative to the folder npm was run from (INIT_CWD)', async () => {
    let out = '';
    const code = await main(['check', 'binh-lu.tsv', '--json'], { out: (s) => (out += s), err: () => undefined, errIsTTY: false, cwd: FIXTURES });
    expect(code).toBe(1);
    expect(JSON.parse(out).commune).toBe('Bình Lư');
  });

  test('an appendix on a hidden sheet behind a cover letter is found and said; normalize names the other appendices it left', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Tờ trình').addRow(['Kính gửi: Sở Nội vụ']);
    const src = fixtureWorkbook('ta-dung').wb.worksheets[0];
    const ws = wb.addWorksheet('Phụ lục', { state: 'hidden' });
    src.eachRow((row, i) => (ws.getRow(i).values = row.values as ExcelJS.CellValue[]));
    const file = path.join(dir, 'to-trinh.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await run('check', file, '--json');
    expect(JSON.parse(r.out).commune).toBe('Tà Đùng');
    expect(r.err).toContain('Bảng nằm ở trang tính ẩn “Phụ lục”');

    const two = new ExcelJS.Workbook();
    for (const name of ['binh-lu', 'ta-dung'] as const) {
      const s = two.addWorksheet(name);
      fixtureWorkbook(name).wb.worksheets[0].eachRow((row, i) => (s.getRow(i).values = row.values as ExcelJS.CellValue[]));
    }
    const both = path.join(dir, 'hai-xa.xlsx');
    await two.xlsx.writeFile(both);
    const n = await run('normalize', both, '-o', path.join(dir, 'hai-xa-chuan.xlsx'));
    expect(n.code).toBe(1);
    expect(n.err).toContain('Đã chuẩn hóa trang tính “binh-lu”; tệp còn bảng ở “ta-dung”');
  });

  test('nothing readable: exit 2 and no workbook', async () => {
    const out = path.join(dir, 'khong-ghi.xlsx');
    const r = await run('rollup', path.join(dir, 'none.tsv'), '-o', out);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không có tệp nào đọc được');
    expect(() => readFileSync(out)).toThrow();
  });
});

describe('outputs never overwrite the user\'s files', () => {
  test('normalize and template write over their own earlier outputs only, never over an appendix or another kind of output', async () => {
    const appendix = path.join(dir, 'guard-appendix.xlsx');
    await fixtureWorkbook('binh-lu').wb.xlsx.writeFile(appendix);
    const before = readFileSync(appendix);
    const norm = await run('normalize', fx('ta-dung.tsv'), '-o', appendix);
    expect(norm.code).toBe(2);
    expect(norm.err.trim()).toBe(`Tệp “${appendix}” đã có và không phải bảng chuẩn do cchc ghi: chọn tên khác để không ghi đè.`);
    const tpl = await run('template', '-o', appendix, '--lang', 'en');
    expect(tpl.code).toBe(2);
    expect(tpl.err).toContain('is not a template written by cchc');
    expect(readFileSync(appendix).equals(before)).toBe(true);
    // Our own outputs: written again.
    const normOut = path.join(dir, 'guard-norm.xlsx');
    const tplOut = path.join(dir, 'guard-tpl.xlsx');
    expect((await run('normalize', fx('ta-dung.tsv'), '-o', normOut)).err).toBe('');
    expect((await run('normalize', fx('binh-lu.tsv'), '-o', normOut)).err).not.toContain('không ghi đè');
    expect((await run('template', '-o', tplOut)).code).toBe(0);
    expect((await run('template', '-o', tplOut)).code).toBe(0);
    // One kind of output is not another's.
    const onNorm = await run('template', '-o', normOut);
    expect([onNorm.code, onNorm.err.trim()]).toEqual([2, `Tệp “${normOut}” đã có và là bảng chuẩn do cchc ghi, không phải phụ lục mẫu: chọn tên khác để không ghi đè.`]);
    expect((await run('rollup', fx('ta-dung.tsv'), '-o', tplOut)).err).toContain('đã có và là phụ lục mẫu do cchc ghi, không phải bảng tổng hợp');
  });

  test('an output of ours filled in or corrected since (Excel keeps our keywords when it saves) is the user\'s: never written over', async () => {
    // A template filled in and saved by Excel: Excel sets the document's "modified" date anew.
    const tpl = path.join(dir, 'guard-filled.xlsx');
    expect((await run('template', '-o', tpl)).code).toBe(0);
    const filled = new ExcelJS.Workbook();
    await filled.xlsx.readFile(tpl);
    filled.worksheets[0].getCell('D5').value = 'Xây dựng kế hoạch CCHC năm 2027';
    filled.modified = new Date(Date.now() + 90_000);
    await filled.xlsx.writeFile(tpl);
    const before = readFileSync(tpl);
    const again = await run('template', '-o', tpl);
    expect(again.code).toBe(2);
    expect(again.err.trim()).toBe(`Tệp “${tpl}” do cchc ghi nhưng đã được mở và lưu lại (hoặc chép sang) sau đó, nên có thể có phần bạn đã điền hay sửa: chọn tên khác để không ghi đè.`);
    expect(readFileSync(tpl).equals(before)).toBe(true);
    // A normalized table corrected by a program that keeps the date, later: the file's own time moved on.
    const norm = path.join(dir, 'guard-corrected.xlsx');
    expect((await run('normalize', fx('ta-dung.tsv'), '-o', norm)).err).toBe('');
    const later = new Date(Date.now() + 3_600_000);
    utimesSync(norm, later, later);
    const renorm = await run('normalize', fx('ta-dung.tsv'), '-o', norm, '--lang', 'en');
    expect(renorm.code).toBe(2);
    expect(renorm.err).toContain('has been opened and saved (or copied) since');
    // A roll-up saved again in Excel is refused too; one left as written is written over.
    const roll = path.join(dir, 'guard-rollup.xlsx');
    expect((await run('rollup', fx('ta-dung.tsv'), fx('binh-lu.tsv'), '-o', roll)).err).not.toContain('ghi đè');
    expect((await run('rollup', fx('ta-dung.tsv'), fx('binh-lu.tsv'), '-o', roll)).err).not.toContain('ghi đè');
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.readFile(roll);
    saved.modified = new Date(Date.now() + 90_000);
    await saved.xlsx.writeFile(roll);
    expect((await run('rollup', fx('ta-dung.tsv'), '-o', roll)).err).toContain('đã được mở và lưu lại');
  });

  test('what Excel repairs on opening (a sheet name over 31 characters or with "[", overlapping merges) is mended in memory and read', async () => {
    const { wb } = fixtureWorkbook('binh-lu');
    wb.addWorksheet('Ghi chú').getCell('A1').value = 'x';
    const plain = path.join(dir, 'mend-plain.xlsx');
    await wb.xlsx.writeFile(plain);
    const zip = await JSZip.loadAsync(readFileSync(plain));
    const book = (await zip.file('xl/workbook.xml')!.async('string')).replace('name="Ghi chú"', 'name="Ghi chú [bản nháp] của Văn phòng HĐND và UBND xã"');
    zip.file('xl/workbook.xml', book);
    const sheet = (await zip.file('xl/worksheets/sheet1.xml')!.async('string')).replace(/<mergeCell ref="([A-Z]+)(\d+):/, (m, col, row) => `<mergeCell ref="${col}${Number(row) + 1}:${col}${Number(row) + 1}"/>${m}`);
    zip.file('xl/worksheets/sheet1.xml', sheet.replace(/<mergeCells count="(\d+)"/, (_m, n) => `<mergeCells count="${Number(n) + 1}"`));
    const broken = path.join(dir, 'mend-broken.xlsx');
    writeFileSync(broken, await zip.generateAsync({ type: 'nodebuffer' }));
    const before = readFileSync(broken);
    const r = await run('check', broken, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).areas.map((a: { counts: unknown }) => a.counts)).toEqual(loadExpected('binh-lu').areas.map((a) => a.counts));
    expect(r.err).toContain('Tệp “mend-broken.xlsx” có chỗ Excel tự sửa khi mở (tên trang tính “Ghi chú [bản nháp] của Văn phòng HĐND và UBND xã” → “Ghi chú bản nháp của Văn phòng”; 1 vùng ô gộp chồng lên vùng khác)');
    // No English words of the reading library, and the file itself left as it was.
    expect(r.err).not.toMatch(/Worksheet name|exceeds|truncated/);
    expect(readFileSync(broken).equals(before)).toBe(true);
  });

  test('formulas saved without their values (a program that does not calculate wrote the file) are said, not silently empty', async () => {
    const { wb } = fixtureWorkbook('binh-lu');
    const ws = wb.worksheets[0];
    ws.getCell('A6').value = { formula: '"I"' } as ExcelJS.CellFormulaValue;
    const file = path.join(dir, 'no-values.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await run('check', file);
    expect(r.err).toContain('Trang tính “Bình Lư” có 1 ô công thức được lưu mà chưa có giá trị');
  });

  test('values as Excel shows them: a formula\'s saved 0, a percent, a month typed as a date; a count worked out under the table is no row', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục');
    ws.addRows([
      ['PHỤ LỤC (Kèm theo Kế hoạch của UBND xã Hòa An)'],
      ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Tình trạng'],
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      [1, 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát văn bản', 'Hoạt động 1: Rà soát văn bản hết hiệu lực', 'Quyết định công bố', 'Văn phòng HĐND và UBND', 'Phòng Kinh tế', new Date(Date.UTC(2026, 11, 1)), 'Đúng hạn'],
      [2, '', '', 'Hoạt động 2: Công khai văn bản', 1, 'Văn phòng HĐND và UBND', null, 'Quý IV/2026', 'Đúng hạn'],
      [],
      ['', 'Số hoạt động quá hạn:', '', null],
    ]);
    ws.getCell('H4').numFmt = 'mm/yyyy';
    ws.getCell('E5').numFmt = '0%';
    // Saved as Excel saves it: the formula and its value, 0 (which the reading library leaves out).
    ws.getCell('G5').value = { formula: 'COUNTIF(I4:I5,"Quá hạn")', result: 0 } as ExcelJS.CellFormulaValue;
    ws.getCell('D7').value = { formula: 'COUNTIF(I4:I5,"Quá hạn")', result: 0 } as ExcelJS.CellFormulaValue;
    const file = path.join(dir, 'shown.xlsx');
    await wb.xlsx.writeFile(file);
    const r = await run('check', file, '--json');
    const j = JSON.parse(r.out);
    expect(r.err).not.toContain('chưa có giá trị');
    expect(j.items.map((i: { rows: number[]; deadline: string; product: string; partners: string }) => [i.rows, i.deadline, i.product, i.partners])).toEqual([
      [[4], '12/2026', 'Quyết định công bố', 'Phòng Kinh tế'],
      [[5], 'Quý IV/2026', '100%', '0'],
    ]);
    // The 0 a formula gives where text belongs is a bad cell, as typed; the percent reads as typed.
    expect(j.issues.filter((i: { code: string }) => ['bad-cell', 'missing-cell', 'continuation'].includes(i.code)).map((i: { code: string; row: number; column: string }) => [i.code, i.row, i.column])).toEqual([['bad-cell', 5, 'partners']]);
    expect(j.issues.find((i: { row: number }) => i.row === 7)).toMatchObject({ code: 'repeated-header', severity: 'info' });
    expect(j.areas[0].counts).toEqual({ goals: 1, tasks: 1, activities: 2 });
  });

  test('a zip that is no workbook (a .docx renamed .xlsx) is said to be no Excel file', async () => {
    const fake = path.join(dir, 'renamed.xlsx');
    const zip = new ExcelJS.Workbook();
    await zip.xlsx.writeFile(fake);
    const r = await run('check', fake);
    expect(r.code).toBe(2);
    expect(r.err).toContain('là tệp khác đổi đuôi');
  });

  test('a workbook saved under a .csv name is read as the workbook it is; a program or random bytes named .tsv is no text file', async () => {
    const asCsv = path.join(dir, 'binh-lu-that-ra-la-xlsx.csv');
    await fixtureWorkbook('binh-lu').wb.xlsx.writeFile(asCsv);
    const read = JSON.parse((await run('check', asCsv, '--json')).out);
    expect(read.areas.map((a: { counts: unknown }) => a.counts)).toEqual(loadExpected('binh-lu').areas.map((a) => a.counts));
    const bytes = Buffer.alloc(3000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const binary = path.join(dir, 'chuong-trinh.tsv');
    writeFileSync(binary, bytes);
    const r = await run('check', binary);
    expect([r.code, r.err.trim()]).toEqual([2, `Không đọc được tệp “${binary}”: không phải tệp chữ (CSV/TSV) — có lẽ là tệp khác bị đặt đuôi này; hãy xuất bảng từ Excel ra .xlsx hoặc .csv.`]);
  });
});

describe('streamed roll-up workbook (large roll-ups)', () => {
  test('writes every sheet with header, rows, frozen header and autofilter', async () => {
    const { writeSheetsStreaming } = await import('../src/cli/writeXlsx');
    const out = path.join(dir, 'stream.xlsx');
    const rows = Array.from({ length: 3000 }, (_, i) => [`Xã ${i + 1}`, i, i % 7 === 0 ? null : 'Hằng năm']);
    await writeSheetsStreaming(out, [{ name: 'Dữ liệu', table: { header: ['Xã/phường', 'Số', 'Thời gian'], rows, widths: [20, 8, 16] } }], 'rollup');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    // Marked as our roll-up, as written: a later roll-up may write over it.
    const stamp = readStamp(wb);
    expect(stamp.written).toBe('rollup');
    expect(untouched(stamp, statSync(out).mtime)).toBe(true);
    const ws = wb.getWorksheet('Dữ liệu')!;
    expect(ws.actualRowCount).toBe(3001);
    expect(ws.getRow(1).values).toEqual([undefined, 'Xã/phường', 'Số', 'Thời gian']);
    expect(ws.getRow(3001).getCell(1).value).toBe('Xã 3000');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    // Printed like the other sheets: across, one page wide, the header on every page.
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
  });
});
