/**
 * PDF-to-Excel converters often write each page of the PDF on a sheet of its own ("Page 1",
 * "Table 2"…). The table goes on over those sheets: the header again at the top of each, or
 * straight on with its rows. Such sheets are read as the pages of one table, and every row is
 * then given back as the sheet and row the user sees.
 */
import { analyze, type Analysis } from './analyze';
import { cellText } from './cells';
import { messageFor } from './checkAppendix';
import { CONTINUED, type AreaCode, type HeaderKey } from './glossary';
import { parseSection } from './section';
import { matchHeader } from './header';
import { t, type Lang } from './messages';
import type { Appendix, CellValue, Grid, MergedArea, ReadOptions } from './model';
import { distinctTexts, endsTable, isPageFurniture, mayBePageFurniture } from './rowKinds';
import { fold } from './text';

export interface SheetGrid {
  name: string;
  grid: Grid;
  /** In the coordinates of `grid`. */
  merges?: readonly MergedArea[];
  /** Sheet row (1-based) of grid[0] (a used range further down); default 1. */
  firstRow?: number;
  /** Sheet column (0-based) of grid[i][0]; default 0. */
  firstColumn?: number;
}

/** Where a row of the joined table is in the workbook. */
export interface RowPlace {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
}

export interface JoinedSheets {
  grid: CellValue[][];
  merges: MergedArea[];
  /** Grid rows where a sheet after the first begins: a page break. */
  breaks: number[];
  /** Per grid row, its sheet and sheet row. */
  places: RowPlace[];
}

/**
 * "Page 2", "Table 3", "Trang 4", "Sheet5", "Bảng 2", "2", "Table002 (Page 2)" (Excel's Get Data from PDF),
 * "Page 2 Table 1": the names converters give the sheets they write.
 */
const PAGE_WORD = '(?:page|trang|table|bang|sheet|to)\\s*\\d{1,4}';
const PAGE_SHEET = new RegExp(`^(?:\\d{1,3}|${PAGE_WORD}(?:\\s*[-_,]?\\s*\\(?${PAGE_WORD}\\)?)?)$`);

/** Rows looked at on top of a sheet for its header. */
const TOP_ROWS = 4;

function rowTexts(row: readonly CellValue[] | undefined): string[] {
  return (row ?? []).map(cellText);
}

/**
 * Does this sheet go on with a table whose header names `keys` and spans `width` columns?
 * Yes when its first row (page numbers aside) is that header again, or when it has no header at all
 * and its rows are table rows within the table's columns. A sheet with lines above a header (a title,
 * "PHỤ LỤC II") is a table of its own; a sheet of prose is no page of the table.
 */
export function continuesTable(sheet: SheetGrid, keys: ReadonlySet<HeaderKey>, width: number): boolean {
  // Converters number their sheets ("Page 2", "Table 3"); a sheet named otherwise ("Tân Lập",
  // "Kiểm tra") was named by someone for what it holds: a table of its own.
  if (!isPageSheetName(sheet.name)) return false;
  const filled: string[][] = [];
  for (const row of sheet.grid) {
    const texts = rowTexts(row);
    if (!texts.some(Boolean)) continue;
    // The last page ends with "Nơi nhận:" and the signature: the table stops there.
    if (filled.length > 0 && endsTable(distinctTexts(texts))) break;
    filled.push(texts);
  }
  if (filled.length === 0) return false;
  let first = 0;
  while (first < filled.length && first < TOP_ROWS) {
    const d = distinctTexts(filled[first]);
    if (!(isPageFurniture(d) || (d.length <= 2 && mayBePageFurniture(d)))) break;
    first++;
  }
  if (first >= filled.length) return false;
  const top = matchHeader(filled[first]);
  if (top) {
    const named = Object.keys(top.columns) as HeaderKey[];
    const shared = named.filter((k) => keys.has(k)).length;
    return shared * 10 >= keys.size * 7 && shared * 10 >= named.length * 7;
  }
  // A header further down has lines above it: a table of its own.
  for (let r = first + 1; r < filled.length; r++) if (matchHeader(filled[r])) return false;
  // Table rows: most rows have cells side by side (a section row has two), within the table's
  // columns, and some fill most of them, as the table's items do.
  // A last page may hold only the rest of the row above: cells right of the TT column.
  const off = sheet.firstColumn ?? 0;
  let tableRows = 0;
  let full = false;
  let rest = filled.length - first <= 3;
  for (let r = first; r < filled.length; r++) {
    const texts = filled[r];
    let last = -1;
    for (let c = 0; c < texts.length; c++) if (texts[c]) last = c;
    if (last + off >= width + 1) return false;
    // (A rest sits right of the TT and goal columns; a note in the first columns is no rest.)
    if (texts.findIndex(Boolean) + off < 2) rest = false;
    const n = distinctTexts(texts).length;
    if (n >= 2) tableRows++;
    if (n >= Math.max(3, keys.size - 3)) full = true;
  }
  return rest || (full && tableRows * 10 >= (filled.length - first) * 6);
}

/**
 * The sheets as the pages of one table: rows one after the other, each row's cells in its sheet
 * columns (the grid starts at column A), merges moved with them.
 */
export function joinSheets(sheets: readonly SheetGrid[]): JoinedSheets {
  const grid: CellValue[][] = [];
  const merges: MergedArea[] = [];
  const breaks: number[] = [];
  const places: RowPlace[] = [];
  for (const s of sheets) {
    const at = grid.length;
    const left = s.firstColumn ?? 0;
    const pad: CellValue[] = new Array(left).fill(null);
    if (at > 0) breaks.push(at);
    s.grid.forEach((row, r) => {
      grid.push([...pad, ...(row ?? [])]);
      places.push({ sheet: s.name, row: r + (s.firstRow ?? 1) });
    });
    for (const m of s.merges ?? []) merges.push({ top: m.top + at, bottom: m.bottom + at, left: m.left + left, right: m.right + left });
  }
  return { grid, merges, breaks, places };
}

/** "Page 2", "Table 3", "Trang 4": a name a converter gives the sheets it writes, one per page. */
export function isPageSheetName(name: string): boolean {
  return PAGE_SHEET.test(fold(name));
}

/** Rows other issues point to ("phần tiếp theo của hàng {of}"). */
const ROW_DETAILS = ['of', 'first', 'through'] as const;

/**
 * The reading of joined sheets, its rows given back as the rows the user sees: every row
 * number becomes its sheet row, and whatever lies on a sheet after the first names its sheet.
 * Messages are written again to say the sheet.
 */
export function placeRows(an: Analysis, places: readonly RowPlace[], lang?: Lang): void {
  const firstSheet = places[0]?.sheet;
  const place = (row: number): RowPlace => places[row - 1] ?? { sheet: firstSheet ?? '', row };
  const other = (p: RowPlace): string | undefined => (p.sheet !== firstSheet ? p.sheet : undefined);
  const a = an.appendix;
  if (a.header) a.header.row = place(a.header.row).row;
  for (const s of a.sections) {
    const p = place(s.row);
    s.row = p.row;
    if (other(p)) s.sheet = p.sheet;
  }
  for (const c of an.areas) {
    const p = place(c.row);
    c.row = p.row;
    if (other(p)) c.sheet = p.sheet;
  }
  for (const it of a.items) {
    const ps = it.rows.map(place);
    it.rows = ps.map((p) => p.row);
    if (ps.some(other)) it.sheets = ps.map((p) => p.sheet);
  }
  for (const issue of an.issues) {
    if (issue.row === null) continue;
    const p = place(issue.row);
    issue.row = p.row;
    if (other(p)) issue.sheet = p.sheet;
    if (issue.detail) {
      for (const k of ROW_DETAILS) {
        const v = issue.detail[k];
        if (typeof v !== 'number') continue;
        const q = place(v);
        // A row on another sheet than the issue's is named with its sheet.
        issue.detail[k] = q.sheet === p.sheet ? q.row : t('where.otherSheet', { row: q.row, sheet: q.sheet }, lang);
      }
    }
    issue.message = messageFor(a, issue, lang);
  }
}

/**
 * The end (exclusive) of the run of sheets from `first` that are the pages of the table read there.
 * A sheet that opens the table's first area again is another appendix (left with default names,
 * "Sheet1", "Sheet2"), not a page.
 */
export function pagesFrom(sheets: readonly SheetGrid[], first: number, appendix: Appendix): number {
  const header = appendix.header;
  if (!header) return first + 1;
  const keys = new Set(Object.keys(header.columns) as HeaderKey[]);
  const width = Math.max(...Object.values(header.columns).map(Number)) + 1;
  const opening = appendix.sections[0]?.code ?? null;
  let end = first + 1;
  while (end < sheets.length && continuesTable(sheets[end], keys, width) && !(opening && opensArea(sheets[end], opening))) end++;
  return end;
}

/**
 * A source's sheets in runs, in order: a sheet whose table goes on over the sheets after it, with
 * them (its pages); every other sheet alone. `alone(i)`: sheet i read by itself (null: not read),
 * asked only as the runs are walked, so a caller may stop early.
 */
export function* pageRuns(sheets: readonly SheetGrid[], alone: (i: number) => Appendix | null): Generator<{ first: number; end: number }> {
  for (let first = 0; first < sheets.length; ) {
    const a = alone(first);
    const end = a ? pagesFrom(sheets, first, a) : first + 1;
    yield { first, end };
    first = end;
  }
}

/** Does a section row of this area (not "… (tiếp)") stand on the sheet? */
function opensArea(sheet: SheetGrid, code: AreaCode): boolean {
  for (const row of sheet.grid) {
    const d = distinctTexts(rowTexts(row));
    if (d.length === 0 || d.length > 3) continue;
    const head = parseSection(d);
    if (head?.code === code && !CONTINUED.test(fold(head.title))) return true;
  }
  return false;
}

/** Read, check and count a table printed over these sheets, its rows given back per sheet. */
export function analyzePages(pages: readonly SheetGrid[], options: Pick<ReadOptions, 'source'> & { lang?: Lang } = {}): Analysis {
  const joined = joinSheets(pages);
  const whole = analyze(joined.grid, { ...options, merges: joined.merges, breaks: joined.breaks, sheetName: pages[0].name });
  placeRows(whole, joined.places, options.lang);
  whole.appendix.pages = pages.map((p) => p.name);
  return whole;
}
