/**
 * The roll-up as the pane runs it, on the strict Excel fake with the real fixtures:
 * Bình Lư (standard), Tà Đùng (assignment) and a copy of Bình Lư naming Sĩ Lữ Lâu.
 */
import { analyze, AREAS, areaName, columnLetter, rollUp, rollUpTables, type CellValue } from '../src/core';
import { TAG_SHEET } from '../src/taskpane/excel/tagStore';
import { OUTPUT_TAG, prepareRollup, finishRollup, RollupError } from '../src/taskpane/rollup/run';
import { SUMMARY_HEADER_ROW } from '../src/taskpane/rollup/outputs';
import { adapterOn } from './adapterFixtures';
import { loadGrid } from './helpers';
import { renamedCopy, runRollup, SHEETS, threeCommunes, xlsxFile } from './rollupFixtures';

/** The engine's own roll-up of the same grids, in the same order. */
function engineRollUp(grids: Record<string, CellValue[][]>, names: string[], sources: string[] = names) {
  return rollUp(names.map((n, i) => ({ analysis: analyze(grids[n], { sheetName: n }), source: sources[i], fallbackName: n })));
}

/** Excel's view of a written cell: '' for empty. */
const excel = (v: CellValue): CellValue => (v === null || v === undefined ? '' : v);

describe('three fixture appendices in one workbook', () => {
  test('"Tổng hợp" holds exactly the matrix the engine rolls up, as an Excel table with a frozen header', async () => {
    const { wb, grids } = threeCommunes();
    const { finished } = await runRollup(wb, { sheets: SHEETS });
    expect(finished.sheets).toEqual({ summary: 'Tổng hợp', data: 'Dữ liệu', issues: 'Kiểm tra' });
    const r = engineRollUp(grids, SHEETS);
    expect(r.matrix.rows.map((x) => x.commune)).toEqual(['Bình Lư', 'Tà Đùng', 'Sĩ Lữ Lâu']);
    const expected = rollUpTables(r, 'vi').summary;
    const s = wb.sheet('Tổng hợp');
    const g = s.grid();
    const h = SUMMARY_HEADER_ROW - 1;
    expect(g[h].slice(0, expected.header.length)).toEqual(expected.header);
    const body = g.slice(h + 1, h + 1 + expected.rows.length).map((row) => row.slice(0, expected.header.length));
    expect(body).toEqual(expected.rows.map((row) => row.map(excel)));
    // The numbers themselves, straight from rollUp: Bình Lư 24 goals, 24 tasks, 35 activities; Tà Đùng 34 tasks.
    const col = (label: string) => expected.header.indexOf(label);
    expect(body[0][col('Tổng cộng hoạt động')]).toBe(35);
    expect(body[0][col('Tổng cộng mục tiêu')]).toBe(24);
    expect(body[1][col('Tổng cộng nhiệm vụ')]).toBe(34);
    expect(body[1][col('Tổng cộng hoạt động')]).toBe('');
    expect(body[3][0]).toBe('Tổng cộng');
    expect(body[3][col('Tổng cộng hoạt động')]).toBe(r.matrix.total.activities);
    expect(r.matrix.total.activities).toBe(70);
    expect(body.map((row) => row[col('Lỗi')])).toEqual([...r.matrix.rows.map((x) => x.errors), r.matrix.rows.reduce((n, x) => n + x.errors, 0)]);
    expect(body.map((row) => row[col('Cảnh báo')])).toEqual([...r.matrix.rows.map((x) => x.warnings), r.matrix.rows.reduce((n, x) => n + x.warnings, 0)]);
    expect(s.tables).toHaveLength(1);
    expect(s.tables[0]).toMatchObject({ name: 'TongHop', rect: { r0: h, c0: 0, r1: h + expected.rows.length, c1: expected.header.length - 1 } });
    // The header and the commune column stay in view (the matrix runs over some 30 columns).
    expect([s.frozenRows, s.frozenColumns]).toEqual([SUMMARY_HEADER_ROW, 1]);
  });

  test('the inputs are unchanged, value for value', async () => {
    const { wb } = threeCommunes();
    const before = SHEETS.map((n) => wb.sheet(n).grid());
    await runRollup(wb, { sheets: SHEETS });
    expect(SHEETS.map((n) => wb.sheet(n).grid())).toEqual(before);
    expect(SHEETS.map((n) => wb.sheet(n).tables.length + wb.sheet(n).charts.length)).toEqual([0, 0, 0]);
  });

  test('a native clustered bar chart on "Tổng hợp": one series per area, communes as categories, activities as values', async () => {
    const { wb, grids } = threeCommunes();
    await runRollup(wb, { sheets: SHEETS });
    const r = engineRollUp(grids, SHEETS);
    const charts = wb.sheet('Tổng hợp').charts;
    expect(charts).toHaveLength(1);
    const c = charts[0];
    expect(c.type).toBe('BarClustered');
    expect(c.title).toBe('Số hoạt động theo lĩnh vực của từng xã, phường');
    expect(c.series.map((x) => x.name)).toEqual(AREAS.map((a) => `${a.numeral}. ${areaName(a.code, 'vi')}`));
    for (const [i, a] of AREAS.entries()) {
      expect(c.series[i].categories).toEqual(['Bình Lư', 'Tà Đùng', 'Sĩ Lữ Lâu']);
      expect(c.series[i].values).toEqual(r.matrix.rows.map((row) => excel(row.areas[a.code]?.activities ?? null)));
    }
    // Bình Lư's first area (thủ tục hành chính… or whichever comes first) is counted, Tà Đùng (by assignment) has no activities.
    expect(c.series.map((x) => x.values[0]).reduce((n: number, v) => n + Number(v || 0), 0)).toBe(35);
    expect(c.series.every((x) => x.values[1] === '')).toBe(true);
    expect(c.position?.start).toMatch(/^A\d+$/);
  });

  test('"Dữ liệu" has every item with its commune and area, as an Excel table', async () => {
    const { wb, grids } = threeCommunes();
    const { finished } = await runRollup(wb, { sheets: SHEETS });
    const expected = rollUpTables(engineRollUp(grids, SHEETS), 'vi').data;
    const g = wb.sheet('Dữ liệu').grid();
    expect(g[0]).toEqual(expected.header);
    expect(g.slice(1)).toEqual(expected.rows.map((row) => [...row.map(excel), ...Array(Math.max(0, g[0].length - row.length)).fill('')].slice(0, g[0].length)));
    expect(finished.items).toBe(expected.rows.length);
    expect(wb.sheet('Dữ liệu').tables[0].name).toBe('DuLieu');
  });

  test('"Kiểm tra" lists every issue with a hyperlink to its sheet and cell', async () => {
    const { wb, grids } = threeCommunes();
    const { finished } = await runRollup(wb, { sheets: SHEETS });
    const s = wb.sheet('Kiểm tra');
    const g = s.grid();
    expect(g[0]).toEqual(['Xã/phường', 'Nguồn', 'Mức độ', 'Hàng gốc', 'Mã', 'Nội dung', 'Ô']);
    let row = 1;
    let linked = 0;
    for (const name of SHEETS) {
      const an = analyze(grids[name], { sheetName: name });
      for (const issue of an.issues) {
        const cols = an.appendix.header!.columns as Record<string, number>;
        const col = (issue.column ? cols[issue.column] : undefined) ?? cols.tt ?? 0;
        const r = issue.row ?? an.appendix.header!.row;
        const cell = `${columnLetter(col)}${r}`;
        expect(g[row].slice(1, 7)).toEqual([name, expect.any(String), excel(issue.row), issue.code, issue.message, cell]);
        expect(s.hyperlink(`G${row + 1}`)).toEqual({ documentReference: `'${name}'!${cell}`, textToDisplay: cell });
        row++;
        linked++;
      }
    }
    expect(g.length).toBe(row);
    expect(finished.issues).toBe(linked);
    expect(linked).toBeGreaterThan(30);
    // A declared-count mismatch of Bình Lư points at the area's title row.
    const mismatch = g.findIndex((x) => x[0] === 'Bình Lư' && x[4] === 'declared-count-mismatch');
    expect(mismatch).toBeGreaterThan(0);
    expect(s.hyperlink(`G${mismatch + 1}`)?.documentReference).toBe(`'Bình Lư'!${g[mismatch][6]}`);
    expect(String(g[mismatch][6])).toMatch(new RegExp(`^[A-Z]+${g[mismatch][3]}$`));
  });

  test('running twice leaves one set of output sheets; a sheet of the user named "Tổng hợp" is never touched', async () => {
    const { wb } = threeCommunes({ 'Tổng hợp': [['ghi chú của người dùng']] });
    const first = await runRollup(wb, { sheets: SHEETS });
    expect(first.finished.sheets).toEqual({ summary: 'Tổng hợp (2)', data: 'Dữ liệu', issues: 'Kiểm tra' });
    expect(first.prepared.replaces).toEqual([]);
    const second = await runRollup(wb, { sheets: SHEETS });
    expect(second.prepared.replaces).toEqual(['Tổng hợp (2)', 'Dữ liệu', 'Kiểm tra']);
    expect(second.finished.replaced).toEqual(['Tổng hợp (2)', 'Dữ liệu', 'Kiểm tra']);
    expect(second.finished.sheets).toEqual(first.finished.sheets);
    expect(wb.sheetNames()).toEqual([...SHEETS, 'Tổng hợp', TAG_SHEET, 'Tổng hợp (2)', 'Dữ liệu', 'Kiểm tra']);
    expect(wb.sheet('Tổng hợp').grid()).toEqual([['ghi chú của người dùng']]);
    expect(wb.sheet(TAG_SHEET).visibility).toBe('VeryHidden');
    expect(wb.allTables().map((x) => x.table.name)).toEqual(['TongHop', 'DuLieu', 'KiemTra']);
    expect(wb.sheets.reduce((n, x) => n + x.charts.length, 0)).toBe(1);
  });

  test('an output renamed by the user is still recognised and replaced; an output chosen as an input is refused', async () => {
    const { wb } = threeCommunes();
    await runRollup(wb, { sheets: SHEETS });
    wb.sheet('Dữ liệu').name = 'Dữ liệu tháng 5';
    const again = await runRollup(wb, { sheets: [...SHEETS, 'Dữ liệu tháng 5'] });
    expect(again.prepared.replaces).toEqual(['Tổng hợp', 'Dữ liệu tháng 5', 'Kiểm tra']);
    expect(again.prepared.inputs[3]).toMatchObject({ status: 'skipped', reason: { key: 'pane.rollup.reason.ownOutput' } });
    expect(again.finished.communes).toBe(3);
    expect(wb.sheetNames().filter((n) => n !== TAG_SHEET)).toEqual([...SHEETS, 'Tổng hợp', 'Dữ liệu', 'Kiểm tra']);
  });
});

describe('inputs that cannot be read are reported and skipped, the rest go on', () => {
  test('a sheet without a table, an empty sheet, a damaged file and a .csv', async () => {
    const form = [
      ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành'],
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (… mục tiêu; … nhiệm vụ; … hoạt động)'],
      ['1', 'Mục tiêu 1: …', 'Nhiệm vụ 1: …', 'Hoạt động 1: …', '…', '', '', '………'],
    ];
    const { wb, grids } = threeCommunes({ 'Ghi chú': [['Danh sách cán bộ'], ['Nguyễn Văn A', 'Chuyên viên']], Trống: [], Mẫu: form });
    const files = [
      { name: 'hong.xlsx', data: new TextEncoder().encode('PK không phải zip') },
      { name: 'xa-a.csv', data: new TextEncoder().encode('TT,Mục tiêu') },
    ];
    const { prepared, finished } = await runRollup(wb, { sheets: [...SHEETS, 'Ghi chú', 'Trống', 'Mẫu'], files });
    expect(prepared.inputs.map((i) => [i.label, i.status, i.reason?.key])).toEqual([
      ['Bình Lư', 'done', undefined],
      ['Tà Đùng', 'done', undefined],
      ['Sĩ Lữ Lâu', 'done', undefined],
      ['Ghi chú', 'skipped', 'pane.rollup.reason.noTable'],
      ['Trống', 'skipped', 'pane.rollup.reason.empty'],
      ['Mẫu', 'skipped', 'pane.rollup.reason.noRows'],
      ['hong.xlsx', 'skipped', 'pane.rollup.reason.badFile'],
      ['xa-a.csv', 'skipped', 'pane.rollup.reason.notXlsx'],
    ]);
    expect(finished.skipped.map((i) => i.label)).toEqual(['Ghi chú', 'Trống', 'Mẫu', 'hong.xlsx', 'xa-a.csv']);
    expect(finished.communes).toBe(3);
    const expected = rollUpTables(engineRollUp(grids, SHEETS), 'vi').summary;
    expect(wb.sheet('Tổng hợp').grid()[SUMMARY_HEADER_ROW].slice(0, expected.header.length)).toEqual(expected.rows[0].map(excel));
    expect(wb.sheetNames()).not.toContain('Sheet1');
  });

  test('a sheet deleted between choosing and running is skipped with Excel\'s reason; the others are read', async () => {
    const { wb } = threeCommunes();
    const adapter = adapterOn(wb);
    wb.removeSheet(wb.sheet('Tà Đùng'));
    const prepared = await prepareRollup(adapter, { sheets: SHEETS, files: [] }, 'vi');
    expect(prepared.inputs[1]).toMatchObject({ status: 'skipped', reason: { key: 'pane.rollup.reason.excel', params: { detail: expect.stringMatching(/Không tìm thấy trang tính/) } } });
    expect(prepared.ready.map((r) => r.source)).toEqual(['Bình Lư', 'Sĩ Lữ Lâu']);
  });

  test('nothing chosen, or nothing readable: a message, and nothing written', async () => {
    const wb = threeCommunes({ 'Ghi chú': [['x']] }).wb;
    const adapter = adapterOn(wb);
    await expect(prepareRollup(adapter, { sheets: [], files: [] }, 'vi')).rejects.toEqual(new RollupError('pane.rollup.fail.noInputs'));
    const prepared = await prepareRollup(adapter, { sheets: ['Ghi chú'], files: [] }, 'vi');
    await expect(finishRollup(adapter, prepared, {}, 'vi')).rejects.toEqual(new RollupError('pane.rollup.fail.nothingRead'));
    expect(wb.sheetNames()).toEqual([...SHEETS, 'Ghi chú']);
  });
});

describe('same commune flagged before the roll-up runs', () => {
  const variant = () => renamedCopy(loadGrid('binh-lu'), 'xã Bình Lư', 'xã BINH  LU');

  test('names that differ only in case, spacing or diacritics are grouped; nothing is written before the user decides', async () => {
    const { wb } = threeCommunes({ 'Bình Lư (bản 2)': variant() });
    const adapter = adapterOn(wb);
    const prepared = await prepareRollup(adapter, { sheets: [...SHEETS, 'Bình Lư (bản 2)'], files: [] }, 'vi');
    expect(prepared.sameCommune).toEqual([
      {
        key: 'binhlu',
        members: [
          { id: 's0', commune: 'Bình Lư', source: 'Bình Lư' },
          { id: 's3', commune: expect.stringMatching(/^binh\s+lu$/i), source: 'Bình Lư (bản 2)' },
        ],
      },
    ]);
    expect(wb.sheetNames()).toEqual([...SHEETS, 'Bình Lư (bản 2)']);
    // Leave the copy out: three communes.
    const left = await finishRollup(adapter, prepared, { skip: new Set(['s3']) }, 'vi');
    expect(left.communes).toBe(3);
  });

  test('renaming one gives it its own row under the new name', async () => {
    const { wb } = threeCommunes({ 'Bình Lư (bản 2)': variant() });
    const { finished } = await runRollup(wb, { sheets: [...SHEETS, 'Bình Lư (bản 2)'] }, { rename: { s3: 'Bình Lư Mới' } });
    expect(finished.communes).toBe(4);
    const g = wb.sheet('Tổng hợp').grid();
    expect(g.slice(SUMMARY_HEADER_ROW, SUMMARY_HEADER_ROW + 4).map((r) => r[0])).toEqual(['Bình Lư', 'Tà Đùng', 'Sĩ Lữ Lâu', 'Bình Lư Mới']);
    expect(wb.sheet('Dữ liệu').grid().filter((r) => r[0] === 'Bình Lư Mới').length).toBeGreaterThan(30);
  });
});

describe('files from disk', () => {
  test('where Excel can (ExcelApi 1.13) a file is inserted as sheets: links point at the inserted sheet, a sheet without an appendix is taken away again', async () => {
    const { wb, grids } = threeCommunes();
    const data = await xlsxFile({ 'Phụ lục': loadGrid('ta-dung'), 'Hướng dẫn': [['Điền bảng theo mẫu']] });
    const { prepared, finished } = await runRollup(wb, { sheets: ['Bình Lư'], files: [{ name: 'xa-ta-dung.xlsx', data }] });
    expect(prepared.fileWay).toBe('insert');
    expect(prepared.inputs[1]).toMatchObject({ label: 'xa-ta-dung.xlsx', status: 'done', via: 'insert', appendices: 1 });
    expect(wb.sheetNames().filter((n) => n !== TAG_SHEET)).toEqual([...SHEETS, 'Phụ lục', 'Tổng hợp', 'Dữ liệu', 'Kiểm tra']);
    expect(finished.communes).toBe(2);
    const expected = rollUpTables(engineRollUp({ ...grids, 'Phụ lục': loadGrid('ta-dung') }, ['Bình Lư', 'Phụ lục'], ['Bình Lư', 'xa-ta-dung.xlsx']), 'vi').summary;
    const g = wb.sheet('Tổng hợp').grid();
    expect(g.slice(SUMMARY_HEADER_ROW, SUMMARY_HEADER_ROW + 3).map((r) => r.slice(0, expected.header.length))).toEqual(expected.rows.map((r) => r.map(excel)));
    const k = wb.sheet('Kiểm tra');
    const first = k.grid().findIndex((r) => r[1] === 'xa-ta-dung.xlsx');
    expect(first).toBeGreaterThan(0);
    expect(k.hyperlink(`G${first + 1}`)?.documentReference).toMatch(/^'Phụ lục'!/);
  });

  test('where Excel cannot, the pane reads the file: same matrix, nothing inserted, addresses without links', async () => {
    const { wb, grids } = threeCommunes();
    wb.apiSets.ExcelApi = '1.12';
    const data = await xlsxFile({ 'Phụ lục': loadGrid('ta-dung') });
    const { prepared } = await runRollup(wb, { sheets: ['Bình Lư'], files: [{ name: 'xa-ta-dung.xlsx', data }] });
    expect(prepared.fileWay).toBe('pane');
    expect(prepared.inputs[1]).toMatchObject({ status: 'done', via: 'pane' });
    expect(wb.sheetNames().filter((n) => n !== TAG_SHEET)).toEqual([...SHEETS, 'Tổng hợp', 'Dữ liệu', 'Kiểm tra']);
    const expected = rollUpTables(engineRollUp({ ...grids, 'Phụ lục': loadGrid('ta-dung') }, ['Bình Lư', 'Phụ lục'], ['Bình Lư', 'xa-ta-dung.xlsx']), 'vi').summary;
    const g = wb.sheet('Tổng hợp').grid();
    expect(g.slice(SUMMARY_HEADER_ROW, SUMMARY_HEADER_ROW + 3).map((r) => r.slice(0, expected.header.length))).toEqual(expected.rows.map((r) => r.map(excel)));
    const k = wb.sheet('Kiểm tra');
    const rows = k.grid().map((r, i) => ({ r, i })).filter(({ r }) => r[1] === 'xa-ta-dung.xlsx');
    expect(rows.length).toBe(analyze(loadGrid('ta-dung')).issues.length);
    expect(rows.every(({ r, i }) => /^[A-Z]+\d+$/.test(String(r[6])) && k.hyperlink(`G${i + 1}`) === null)).toBe(true);
  });

  test('a file with two appendices gives two communes, named by their sheets when the titles name none', async () => {
    const { wb } = threeCommunes();
    wb.apiSets.ExcelApi = '1.12';
    const plain = (g: CellValue[][]) => g.map((r) => r.map((v) => (typeof v === 'string' ? v.replace(/Ủy ban nhân dân xã [^)]*/, 'UBND') : v)));
    const data = await xlsxFile({ 'Xã A': plain(loadGrid('binh-lu')), 'Xã B': plain(loadGrid('binh-lu')) });
    const { finished, prepared } = await runRollup(wb, { files: [{ name: 'huyen.xlsx', data }] });
    expect(prepared.inputs[0]).toMatchObject({ status: 'done', appendices: 2 });
    expect(prepared.ready.map((r) => r.source)).toEqual(['huyen.xlsx [Xã A]', 'huyen.xlsx [Xã B]']);
    expect(finished.communes).toBe(2);
    expect(wb.sheet('Tổng hợp').grid().slice(SUMMARY_HEADER_ROW, SUMMARY_HEADER_ROW + 2).map((r) => r[0])).toEqual(['A', 'B']);
  });
});

test('progress: every input reaches its end, the overall bar only goes up and ends at 1', async () => {
  const { wb } = threeCommunes({ 'Ghi chú': [['x']] });
  const { progress } = await runRollup(wb, { sheets: [...SHEETS, 'Ghi chú'] });
  const overall = progress.map((p) => p.overall);
  expect(overall.every((v, i) => i === 0 || v >= overall[i - 1])).toBe(true);
  expect(overall[0]).toBe(0);
  expect(overall[overall.length - 1]).toBe(1);
  const last = progress[progress.length - 1];
  expect(last.phase).toBe('done');
  expect(last.inputs.map((i) => [i.status, i.fraction])).toEqual([['done', 1], ['done', 1], ['done', 1], ['skipped', 1]]);
  expect(progress.some((p) => p.phase === 'writing' && p.step === 'pane.rollup.step.chart')).toBe(true);
  expect(OUTPUT_TAG).toBe('rollup');
});

describe('sections outside the seven areas in a roll-up', () => {
  test('their counts have a column group of their own and are in the commune\'s totals, as their rows are in the data sheet', () => {
    const H = ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành'];
    const row = (tt: string, g: string, t: string, a: string) => [tt, g, t, a, 'Báo cáo', 'Văn phòng', '', 'Hằng năm'];
    const grid = [
      ['(Kèm theo Kế hoạch của UBND xã Mèo Vạc)'],
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      row('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      ['VIII', 'CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN'],
      row('1', 'Mục tiêu 1: D', 'Nhiệm vụ 1: E', 'Hoạt động 1: F'),
      row('2', '', '', 'Hoạt động 2: G'),
    ];
    const r = rollUp([{ analysis: analyze(grid), source: 'meo-vac.xlsx' }]);
    expect(r.matrix.rows[0].other).toEqual({ goals: 1, tasks: 1, activities: 2 });
    expect(r.matrix.rows[0].totals).toEqual({ goals: 2, tasks: 2, activities: 3 });
    expect(r.items.length).toBe(3);
    const { summary } = rollUpTables(r);
    expect(summary.header.slice(0, 2)).toEqual(['Xã/phường', 'Nguồn']);
    expect(summary.header).toContain('Phần khác: Hoạt động');
    expect(summary.rows[0].slice(0, 2)).toEqual(['Mèo Vạc', 'meo-vac.xlsx']);
  });
});
