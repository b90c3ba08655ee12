/** The pane's pure logic on the Bình Lư fixture: grouping, filtering, jump targets, highlight rows, chart bars, template formulas. */
import { parseSource, sourceExists, tableValue } from '../src/taskpane/logic/source';
import { analyze, type Issue } from '../src/core';
import { chartBars, mismatchCount } from '../src/taskpane/logic/chart';
import { debounce } from '../src/taskpane/logic/debounce';
import { paneMessage, PaneError } from '../src/taskpane/logic/errors';
import { filterIssues, groupBySeverity, highlightRows, issuePlace, issueTarget, tableColumns, SEVERITIES } from '../src/taskpane/logic/issues';
import { langFromDisplay, rememberedLang, rememberLang, type ChoiceStore } from '../src/taskpane/logic/lang';
import { isDarkBackground } from '../src/taskpane/logic/theme';
import { ExcelAdapterError } from '../src/taskpane/excel/types';
import { loadExpected, loadGrid } from './helpers';

const expected = loadExpected('binh-lu');
const an = analyze(loadGrid('binh-lu'), { sheetName: 'Bình Lư', lang: 'vi' });
const issue = (code: string, row: number, column?: string): Issue => {
  const i = an.issues.find((x) => x.code === code && x.row === row && (column === undefined || x.column === column));
  if (!i) throw new Error(`no ${code} at ${row}`);
  return i;
};

describe('grouping and filtering issues', () => {
  test('groups keep every issue once, by severity, in row order', () => {
    const g = groupBySeverity(an.issues);
    expect(SEVERITIES.reduce((n, s) => n + g[s].length, 0)).toBe(an.issues.length);
    expect(g.error.length).toBe(an.summary.errors);
    expect(g.warning.length).toBe(an.summary.warnings);
    expect(g.info.length).toBe(an.summary.infos);
    for (const s of SEVERITIES) {
      expect(g[s].every((i) => i.severity === s)).toBe(true);
      const rows = g[s].map((i) => i.row ?? 0);
      expect(rows).toEqual([...rows].sort((a, b) => a - b));
    }
  });

  test('severity filter and a search without diacritics find the seven declared-count mismatches', () => {
    const all = new Set(SEVERITIES);
    const mismatches = an.issues.filter((i) => i.code === 'declared-count-mismatch');
    expect(mismatches).toHaveLength(7);
    // "nhung bang co" matches "… nhưng bảng có …" folded, as an officer types without accents.
    const found = filterIssues(an.issues, { severities: all, query: 'nhung bang co' });
    expect(found.map((i) => [i.row, i.level])).toEqual(mismatches.map((i) => [i.row, i.level]));
    const sev = mismatches[0].severity;
    expect(filterIssues(an.issues, { severities: new Set(SEVERITIES.filter((s) => s !== sev)), query: 'nhung bang co' })).toHaveLength(0);
    expect(filterIssues(an.issues, { severities: all, query: '' })).toHaveLength(an.issues.length);
    expect(filterIssues(an.issues, { severities: new Set(), query: '' })).toHaveLength(0);
  });

  test('a search by row number and by code', () => {
    const row28 = filterIssues(an.issues, { severities: new Set(SEVERITIES), query: 'missing-cell 28' });
    expect(row28.map((i) => i.column).sort()).toEqual(['deadline', 'lead']);
  });
});

describe('where an issue points', () => {
  const cols = an.appendix.header!.columns;

  test('a cell issue selects its row and its column', () => {
    const i = issue('missing-cell', 28, 'lead');
    expect(issueTarget(i, an.appendix, 0)).toEqual({ row: 28, column: cols.lead });
    expect(issuePlace(i, an.appendix)).toBe(`${String.fromCharCode(65 + cols.lead!)}28`);
  });

  test('a row issue selects the first table column; a table-wide issue the header row', () => {
    const i = issue('declared-count-mismatch', 40);
    expect(i.column).toBeNull();
    expect(issueTarget(i, an.appendix, 0)).toEqual({ row: 40, column: tableColumns(an.appendix, 0)[0] });
    expect(issuePlace(i, an.appendix)).toBe('40');
    const wide: Issue = { ...i, row: null };
    expect(issueTarget(wide, an.appendix, 0)).toEqual({ row: expected.headerRow, column: tableColumns(an.appendix, 0)[0] });
    expect(issuePlace(wide, an.appendix)).toBe('');
  });

  test('columns come from the header, shifted when the used range starts further right', () => {
    const shifted = analyze(loadGrid('binh-lu').map((r) => r), { firstColumn: 2, firstRow: 1 });
    const [first, last] = tableColumns(shifted.appendix, 2);
    expect(first).toBe(2 + Math.min(...Object.values(cols).map(Number)));
    expect(last).toBe(2 + Math.max(...Object.values(cols).map(Number)));
    expect(issueTarget(issue('missing-cell', 28, 'lead'), shifted.appendix, 2)).toEqual({ row: 28, column: 2 + cols.lead! });
  });
});

describe('highlight rows', () => {
  test('one per row with errors or warnings; an error wins; info rows are not coloured', () => {
    const rows = highlightRows(an.issues);
    const expectedRows = [...new Set(an.issues.filter((i) => i.row !== null && i.severity !== 'info').map((i) => i.row!))].sort((a, b) => a - b);
    expect(rows.map((r) => r.row)).toEqual(expectedRows);
    for (const r of rows) {
      const sevs = an.issues.filter((i) => i.row === r.row).map((i) => i.severity);
      expect(r.severity).toBe(sevs.includes('error') ? 'error' : 'warning');
    }
    expect(rows.find((r) => r.row === 28)).toBeDefined();
  });

  test('mixed severities on one row, in either order', () => {
    const base = issue('missing-cell', 28, 'lead');
    const w: Issue = { ...base, severity: 'warning' };
    const e: Issue = { ...base, severity: 'error' };
    const info: Issue = { ...base, row: 99, severity: 'info' };
    expect(highlightRows([w, e, info])).toEqual([{ row: 28, severity: 'error' }]);
    expect(highlightRows([e, w])).toEqual([{ row: 28, severity: 'error' }]);
    expect(highlightRows([w])).toEqual([{ row: 28, severity: 'warning' }]);
  });
});

describe('chart bars', () => {
  test('activities per area as in the fixture; mismatched areas flagged', () => {
    const bars = chartBars(an.areas);
    expect(bars.map((b) => [b.label, b.counted, b.declared])).toEqual(expected.areas.map((a) => [a.numeral, a.counts.activities, a.declared!.activities]));
    expect(bars.filter((b) => b.mismatch).map((b) => b.label)).toEqual(['IV', 'VII']);
    const max = Math.max(...expected.areas.flatMap((a) => [a.counts.activities!, a.declared!.activities]));
    expect(bars[3].width).toBeCloseTo(3 / max);
    expect(bars[3].mark).toBeCloseTo(7 / max);
    expect(mismatchCount(an.areas)).toBe(3);
  });

  test('no areas, no division by zero', () => {
    expect(chartBars([])).toEqual([]);
  });
});

describe('language, theme, messages', () => {
  test('Vietnamese unless Office says otherwise', () => {
    expect(langFromDisplay('vi-VN')).toBe('vi');
    expect(langFromDisplay('vi')).toBe('vi');
    expect(langFromDisplay('en-US')).toBe('en');
    expect(langFromDisplay('fr-FR')).toBe('en');
    expect(langFromDisplay('')).toBe('vi');
    expect(langFromDisplay(undefined)).toBe('vi');
  });

  test('the language chosen with the switch is remembered on this computer, over Office\'s display language', () => {
    const kept = new Map<string, string>();
    const store: ChoiceStore = { getItem: (k) => kept.get(k) ?? null, setItem: (k, v) => void kept.set(k, v) };
    expect(rememberedLang(store)).toBeNull();
    rememberLang('vi', store);
    expect(rememberedLang(store)).toBe('vi');
    rememberLang('en', store);
    expect(rememberedLang(store)).toBe('en');
    kept.set('cchc.lang', 'fr');
    expect(rememberedLang(store)).toBeNull();
    // Storage refused (locked-down browsers throw): no choice, no failure.
    const refusing: ChoiceStore = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(rememberedLang(refusing)).toBeNull();
    expect(() => rememberLang('en', refusing)).not.toThrow();
  });

  test('dark Office backgrounds pick the dark theme', () => {
    expect(isDarkBackground('#1F1F1F')).toBe(true);
    expect(isDarkBackground('#333')).toBe(true);
    expect(isDarkBackground('#FFFFFF')).toBe(false);
    expect(isDarkBackground('#E6E6E6')).toBe(false);
    expect(isDarkBackground(undefined)).toBe(false);
    expect(isDarkBackground('not a colour')).toBe(false);
  });

  test('failures become Vietnamese messages, never a stack trace', () => {
    const protectedMsg = paneMessage(new ExcelAdapterError('protected', 'Bình Lư'), 'vi');
    expect(protectedMsg.intent).toBe('error');
    expect(protectedMsg.body).toMatch(/bảo vệ/);
    expect(paneMessage(new ExcelAdapterError('edit-mode'), 'vi').body).toMatch(/chế độ sửa ô/);
    const noTable = paneMessage(new PaneError('noTable', { sheet: 'Trang 1' }), 'vi');
    expect(noTable.title).toBe('Không thấy bảng phụ lục trên trang tính “Trang 1”');
    expect(noTable.intent).toBe('warning');
    const odd = paneMessage(new TypeError('Cannot read properties of undefined (reading "x")'), 'vi');
    expect(`${odd.title} ${odd.body}`).not.toMatch(/undefined|TypeError|reading/);
    expect(odd.title).toBe('Có lỗi không mong muốn');
    expect(paneMessage(new PaneError('emptySheet', { sheet: 'A' }), 'en').title).toBe('Sheet “A” is empty');
  });
});

describe('debounce', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  test('runs once, 800 ms after the last call; cancel stops it', () => {
    const fn = jest.fn();
    const d = debounce(fn, 800);
    d();
    jest.advanceTimersByTime(500);
    d();
    jest.advanceTimersByTime(799);
    expect(fn).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
    d();
    d.cancel();
    jest.advanceTimersByTime(2000);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe('what the picker chooses: a sheet or an Excel table', () => {
  const sheets = [
    { name: 'Bình Lư', looksLikeAppendix: true, tables: [] },
    { name: 'Tổng hợp', looksLikeAppendix: false, tables: ['TongHop', 'DuLieu'] },
  ];
  test('a table value never reads as a sheet name (Excel forbids ":" in sheet names)', () => {
    expect(parseSource('Bình Lư')).toEqual({ kind: 'sheet', name: 'Bình Lư' });
    expect(parseSource(tableValue('DuLieu'))).toEqual({ kind: 'table', name: 'DuLieu' });
    expect(parseSource('')).toEqual({ kind: 'sheet', name: '' });
  });
  test('a choice survives a refresh only while its sheet or table still exists', () => {
    expect(sourceExists('Bình Lư', sheets)).toBe(true);
    expect(sourceExists(tableValue('DuLieu'), sheets)).toBe(true);
    expect(sourceExists(tableValue('Khac'), sheets)).toBe(false);
    expect(sourceExists('DuLieu', sheets)).toBe(false);
  });
});
