/**
 * The task pane on a workbook a PDF converter wrote one page per sheet: checking "Page 1" reads
 * every page of the table (on the strict Excel fake), and issues point at their own sheets.
 */
import { fakeWorkbookFrom } from '../src/taskpane/excel/fake';
import { checkSheet } from '../src/taskpane/check';
import { issuePlace } from '../src/taskpane/logic/issues';
import { adapterOn, syncsOf } from './adapterFixtures';
import { loadExpected } from './helpers';
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
