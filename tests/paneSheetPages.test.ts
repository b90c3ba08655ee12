/**
 * The task pane on a workbook a PDF converter wrote one page per sheet: checking "Page 1" reads
 * every page of the table (on the strict Excel fake), and issues point at their own sheets.
 */
import { fakeWorkbookFrom } from '../src/taskpane/excel/fake';
import { checkSheet } from '../src/taskpane/check';
import { groupBySeverity, issuePlace } from '../src/taskpane/logic/issues';
import { adapterOn, syncsOf } from './adapterFixtures';
import { loadExpected, loadGrid } from './helpers';
import { runRollup, threeCommunes, xlsxFile } from './rollupFixtures';
import { paged } from './pagesFixtures';

describe('checking a table printed one page per sheet in the pane', () => {
  const e = loadExpected('binh-lu');
  const p = paged('binh-lu', true);
  const sheets = Object.fromEntries([...p.pages.map((x) => [x.name, x.grid] as const), ['Ghi chú', [['Người lập: Văn phòng HĐND và UBND']]]]);

  test('"Page 1" reads all its pages: the expected counts, each issue on its own sheet', async () => {
    const wb = fakeWorkbookFrom(sheets, { active: 'Page 1' });
    const checked = await checkSheet(adapterOn(wb), 'Page 1', 'vi');
    expect(checked.pages?.map((x) => x.name)).toEqual(p.pages.map((x) => x.name));
    const an = checked.analysis;
    expect(an.appendix.pages).toEqual(p.pages.map((x) => x.name));
    const place = (row: number) => p.placeOf.get(row)!;
    expect(an.areas.map((a) => [a.code, a.sheet ?? 'Page 1', a.row, a.counts])).toEqual(e.areas.map((a) => [a.code, place(a.row).sheet, place(a.row).row, a.counts]));
    const mismatch = an.issues.find((i) => i.code === 'declared-count-mismatch')!;
    expect([mismatch.sheet, mismatch.row]).toEqual([place(24).sheet, place(24).row]);
    expect(issuePlace(mismatch, an.appendix)).toBe(`${place(24).sheet}!${place(24).row}`);
    // Listed page by page, each page's rows in order.
    const errors = groupBySeverity(an.issues).error.filter((i) => i.row !== null);
    const order = errors.map((i) => [p.pages.findIndex((x) => x.name === (i.sheet ?? 'Page 1')), i.row!]);
    expect(order).toEqual([...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  });

  test('"Page 3" (with its header again or without) is a page of that table: the whole table is read', async () => {
    for (const withHeader of [true, false]) {
      const q = paged('binh-lu', withHeader);
      const wb = fakeWorkbookFrom(Object.fromEntries(q.pages.map((x) => [x.name, x.grid] as const)), { active: 'Page 3' });
      const checked = await checkSheet(adapterOn(wb), '', 'vi');
      expect(checked.snapshot.name).toBe('Page 1');
      expect(checked.pages).toHaveLength(q.pages.length);
      expect(checked.analysis.areas.map((a) => a.counts)).toEqual(e.areas.map((a) => a.counts));
    }
  });

  test('syncs grow with the sheets read, not with their rows', async () => {
    const wb = fakeWorkbookFrom(sheets, { active: 'Page 1' });
    const { syncs } = await syncsOf(wb, () => checkSheet(adapterOn(wb), 'Page 1', 'vi'));
    const doubled = Object.fromEntries(Object.entries(sheets).map(([k, g]) => [k, [...g, ...g.slice(1)]]));
    const wb2 = fakeWorkbookFrom(doubled, { active: 'Page 1' });
    const { syncs: syncs2 } = await syncsOf(wb2, () => checkSheet(adapterOn(wb2), 'Page 1', 'vi'));
    expect(syncs2).toBe(syncs);
  });

  test('a sheet named otherwise is checked alone', async () => {
    const wb = fakeWorkbookFrom({ 'Bình Lư': p.pages[0].grid, ...sheets }, { active: 'Bình Lư' });
    const checked = await checkSheet(adapterOn(wb), 'Bình Lư', 'vi');
    expect(checked.pages).toBeUndefined();
    expect(checked.analysis.appendix.pages).toBeUndefined();
  });
});

describe('the pane roll-up on tables printed one page per sheet', () => {
  const e = loadExpected('binh-lu');
  const p = paged('binh-lu', true);
  const pages = Object.fromEntries(p.pages.map((x) => [x.name, x.grid] as const));
  const counts = (an: { areas: { code: string | null; counts: unknown }[] }) => an.areas.map((a) => [a.code, a.counts]);

  test('sheets of this workbook: "Page 1" reads its pages, the other pages say so, one commune', async () => {
    const wb = fakeWorkbookFrom({ ...pages, 'Tà Đùng': loadGrid('ta-dung') });
    const { prepared, finished } = await runRollup(wb, { sheets: [...p.pages.map((x) => x.name), 'Tà Đùng'] });
    expect(prepared.ready.map((r) => r.sheet)).toEqual(['Page 1', 'Tà Đùng']);
    expect(counts(prepared.ready[0].analysis)).toEqual(e.areas.map((a) => [a.code, a.counts]));
    expect(prepared.inputs.slice(1, p.pages.length).every((i) => i.status === 'done' && i.reason?.key === 'pane.rollup.note.page' && i.reason.params?.sheet === 'Page 1')).toBe(true);
    expect(finished.communes).toBe(2);
    // "Kiểm tra" links an issue on a later page to that page's sheet.
    const k = wb.sheet('Kiểm tra');
    const place = p.placeOf.get(24)!;
    const row = k.grid().findIndex((r) => r[4] === 'declared-count-mismatch');
    expect(k.hyperlink(`G${row + 1}`)?.documentReference).toBe(`'${place.sheet}'!A${place.row}`);
  });

  test('a file of page sheets, inserted or read in the pane: one appendix; inserted pages are kept, other sheets taken away', async () => {
    const data = await xlsxFile({ ...pages, 'Hướng dẫn': [['Điền bảng theo mẫu']] });
    for (const api of ['1.13', '1.12']) {
      const { wb } = threeCommunes();
      wb.apiSets.ExcelApi = api;
      const { prepared } = await runRollup(wb, { files: [{ name: 'binh-lu.xlsx', data }] });
      expect(prepared.inputs[0]).toMatchObject({ status: 'done', appendices: 1 });
      expect(counts(prepared.ready[0].analysis)).toEqual(e.areas.map((a) => [a.code, a.counts]));
      const names = wb.sheetNames();
      expect(names.filter((n) => /^Page \d+/.test(n))).toHaveLength(api === '1.13' ? p.pages.length : 0);
      expect(names).not.toContain('Hướng dẫn');
    }
  });
});
