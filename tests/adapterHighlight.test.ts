/** Highlights: one write sync, the original fills kept in the workbook and restored byte-for-byte, also after reopening. */
import { ExcelAdapterError } from '../src/taskpane/excel/types';
import { HIGHLIGHT_COLORS } from '../src/taskpane/excel/officeAdapter';
import { STORE_SHEET } from '../src/taskpane/excel/fillStore';
import { fakeWorkbookFrom, type FakeFill, type FakeWorkbook } from '../src/taskpane/excel/fake';
import { adapterOn, bigGrid, syncsOf } from './adapterFixtures';
import { loadGrid } from './helpers';

const SHEET = 'Bình Lư';
const COLS = 'ABCDEFGH';

function fills(wb: FakeWorkbook, rows: number): Record<string, FakeFill> {
  const s = wb.sheet(SHEET);
  const out: Record<string, FakeFill> = {};
  for (let r = 1; r <= rows; r++) for (const c of COLS) out[`${c}${r}`] = s.fill(`${c}${r}`);
  return out;
}

function workbook(): FakeWorkbook {
  const wb = fakeWorkbookFrom({ [SHEET]: loadGrid('binh-lu') });
  // The user's own fills: a custom colour, a pattern, and a colour on a row that will not be highlighted.
  wb.sheet(SHEET).setFill('B7', '#00b050');
  wb.sheet(SHEET).setFill('C8:D8', '#7030A0', 'Gray25');
  wb.sheet(SHEET).setFill('A20', '#FFFF00');
  return wb;
}

const writeSyncs = (wb: FakeWorkbook, from: number): number => wb.syncLog.slice(from).filter((s) => s.writes > 0).length;

test('highlighting fills error and warning rows in two colours with exactly one write sync', async () => {
  const wb = workbook();
  const from = wb.syncCount;
  await adapterOn(wb).highlightRows(SHEET, [{ row: 7, severity: 'error' }, { row: 8, severity: 'error' }, { row: 10, severity: 'warning' }], 0, 7);
  expect(writeSyncs(wb, from)).toBe(1);
  expect(wb.syncCount - from).toBe(2);
  const s = wb.sheet(SHEET);
  for (const c of COLS) {
    expect(s.fill(`${c}7`)).toEqual({ color: HIGHLIGHT_COLORS.error, pattern: 'Solid' });
    expect(s.fill(`${c}8`)).toEqual({ color: HIGHLIGHT_COLORS.error, pattern: 'Solid' });
    expect(s.fill(`${c}10`)).toEqual({ color: HIGHLIGHT_COLORS.warning, pattern: 'Solid' });
    expect(s.fill(`${c}9`)).toEqual({ color: '#FFFFFF', pattern: 'None' });
  }
  expect(s.fill('I7')).toEqual({ color: '#FFFFFF', pattern: 'None' });
  expect(wb.sheet(STORE_SHEET).visibility).toBe('VeryHidden');
  expect((await adapterOn(wb).listSheets()).map((x) => x.name)).toEqual([SHEET]);
});

test('clearing restores every fill byte-for-byte, with a fresh adapter (the state is only in the workbook)', async () => {
  const wb = workbook();
  const before = fills(wb, 30);
  await adapterOn(wb).highlightRows(SHEET, [{ row: 7, severity: 'error' }, { row: 8, severity: 'warning' }, { row: 20, severity: 'warning' }, { row: 21, severity: 'error' }], 0, 7);
  expect(fills(wb, 30)).not.toEqual(before);
  // "Reopening": a new adapter, a new context; nothing kept in memory.
  const from = wb.syncCount;
  await adapterOn(wb).clearHighlights(SHEET);
  expect(writeSyncs(wb, from)).toBe(1);
  expect(fills(wb, 30)).toEqual(before);
  expect(wb.sheet(SHEET).fill('C8')).toEqual({ color: '#7030A0', pattern: 'Gray25' });
  expect(wb.sheet(SHEET).fill('B7')).toEqual({ color: '#00B050', pattern: 'Solid' });
  expect(wb.find(STORE_SHEET)).toBeNull();
  // Nothing to clear: no write at all.
  const again = wb.syncCount;
  await adapterOn(wb).clearHighlights(SHEET);
  expect(writeSyncs(wb, again)).toBe(0);
});

test('highlighting again keeps the first originals and restores rows no longer highlighted', async () => {
  const wb = workbook();
  const before = fills(wb, 30);
  const adapter = adapterOn(wb);
  await adapter.highlightRows(SHEET, [{ row: 7, severity: 'error' }, { row: 8, severity: 'error' }], 0, 7);
  await adapter.highlightRows(SHEET, [{ row: 8, severity: 'warning' }, { row: 12, severity: 'error' }], 0, 7);
  const s = wb.sheet(SHEET);
  expect(s.fill('B7')).toEqual({ color: '#00B050', pattern: 'Solid' });
  expect(s.fill('C8')).toEqual({ color: HIGHLIGHT_COLORS.warning, pattern: 'Solid' });
  expect(s.fill('A12')).toEqual({ color: HIGHLIGHT_COLORS.error, pattern: 'Solid' });
  await adapterOn(wb).clearHighlights(SHEET);
  expect(fills(wb, 30)).toEqual(before);
});

test('a cell the user refilled after highlighting keeps the user’s fill', async () => {
  const wb = workbook();
  await adapterOn(wb).highlightRows(SHEET, [{ row: 10, severity: 'error' }], 0, 7);
  wb.sheet(SHEET).setFill('B10', '#0070C0');
  await adapterOn(wb).clearHighlights(SHEET);
  expect(wb.sheet(SHEET).fill('B10')).toEqual({ color: '#0070C0', pattern: 'Solid' });
  expect(wb.sheet(SHEET).fill('A10')).toEqual({ color: '#FFFFFF', pattern: 'None' });
});

test('highlighting 3,000 scattered rows of a 10,000-row sheet: one read and one write sync', async () => {
  const wb = fakeWorkbookFrom({ [SHEET]: bigGrid(10_000) });
  wb.sheet(SHEET).setFill('C101', '#00B050');
  const rows = Array.from({ length: 3000 }, (_, i) => ({ row: 6 + i * 3, severity: (i % 2 ? 'warning' : 'error') as 'error' | 'warning' }));
  const from = wb.syncCount;
  const { syncs } = await syncsOf(wb, () => adapterOn(wb).highlightRows(SHEET, rows, 0, 7));
  expect(syncs).toBe(2);
  expect(writeSyncs(wb, from)).toBe(1);
  expect(wb.sheet(SHEET).fill('C9')).toEqual({ color: HIGHLIGHT_COLORS.warning, pattern: 'Solid' });
  await adapterOn(wb).clearHighlights(SHEET);
  expect(wb.sheet(SHEET).fill('C9')).toEqual({ color: '#FFFFFF', pattern: 'None' });
  expect(wb.sheet(SHEET).fill('C101')).toEqual({ color: '#00B050', pattern: 'Solid' });
});

test('errors: protected sheet, cell edit mode and a missing sheet become ExcelAdapterError failures; nothing changes', async () => {
  const wb = workbook();
  const before = fills(wb, 30);
  wb.protect(SHEET);
  await expect(adapterOn(wb).highlightRows(SHEET, [{ row: 7, severity: 'error' }], 0, 7)).rejects.toEqual(new ExcelAdapterError('protected', SHEET));
  expect(fills(wb, 30)).toEqual(before);
  expect(wb.find(STORE_SHEET)).toBeNull();
  wb.protect(SHEET, false);

  wb.editMode = true;
  const e = await adapterOn(wb).highlightRows(SHEET, [{ row: 7, severity: 'error' }], 0, 7).catch((x) => x);
  expect(e).toBeInstanceOf(ExcelAdapterError);
  expect(e.failure).toBe('edit-mode');
  wb.editMode = false;

  await expect(adapterOn(wb).clearHighlights('Không có')).rejects.toMatchObject({ failure: 'missing-sheet' });
  expect(fills(wb, 30)).toEqual(before);
});
