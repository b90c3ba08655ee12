/**
 * The contract between the task pane and Excel. Only code under
 * src/taskpane/excel/ touches Excel.* / Office.*; the UI sees this interface.
 */
import type { CellValue, MergedArea, Severity } from '../../core';

/** A sheet's used range as the engine needs it. */
export interface SheetSnapshot {
  name: string;
  /** Values of the used range (row-major), as Excel gives them. */
  values: CellValue[][];
  /** Merged areas, in the coordinates of `values` (0-based, inclusive). */
  merges: MergedArea[];
  /** Sheet row (1-based) of values[0]. */
  firstRow: number;
  /** Sheet column (0-based) of values[i][0]. */
  firstColumn: number;
}

export interface SheetInfo {
  name: string;
  /** A cheap guess from the first rows: does this sheet look like an appendix? */
  looksLikeAppendix: boolean;
  /** Names of the Excel tables on this sheet (each can be checked on its own). */
  tables?: string[];
}

export interface RowHighlight {
  row: number;
  severity: Exclude<Severity, 'info'>;
}

export type CellOut = string | number | boolean | null;

export interface TableOut {
  /** Wanted sheet name; a free name is chosen ("… (2)") if taken. */
  sheetName: string;
  /** Title lines written above the table (optional). */
  titleLines?: string[];
  header: string[];
  rows: CellOut[][];
  /** Column widths in characters, per header column. */
  widths?: number[];
  /** Make it a real Excel table with this name prefix. */
  tableName?: string;
  /** Freeze panes down to the header. */
  freezeHeader?: boolean;
  /** With freezeHeader: also keep this many columns in view (the commune in a wide matrix). */
  freezeColumns?: number;
  /** Hyperlinks: row = index into `rows` (0-based), column 0-based → internal address ("'Sheet 1'!B7"). */
  links?: { row: number; column: number; address: string }[];
  /** Plain value blocks written on the same sheet (e.g. a chart's source next to the table): sheet row and column, 0-based. */
  blocks?: { row: number; column: number; values: CellOut[][]; boldFirstRow?: boolean }[];
  /** Formulas written as formulas (other text starting with "=" is written as text): sheet row and column, 0-based. */
  formulas?: { row: number; column: number; formula: string }[];
}

export interface ChartOut {
  sheetName: string;
  /** Address of the source range on that sheet, e.g. "A1:H31". */
  sourceAddress: string;
  title: string;
  /** Top-left cell where the chart is placed. */
  anchor: string;
}

/** Errors the adapter turns into messages: a code the UI maps to the catalogue. */
export type ExcelFailure = 'protected' | 'edit-mode' | 'missing-sheet' | 'too-large' | 'unknown';

export class ExcelAdapterError extends Error {
  constructor(
    public readonly failure: ExcelFailure,
    public readonly sheet?: string,
  ) {
    super(failure);
  }
}

export interface ExcelAdapter {
  listSheets(): Promise<SheetInfo[]>;
  activeSheetName(): Promise<string>;
  /** Read one sheet's used range in a constant number of syncs. */
  readSheet(name?: string): Promise<SheetSnapshot>;
  /** Read one Excel table's range (header included) in a constant number of syncs; `name` is its sheet's. */
  readTable(table: string): Promise<SheetSnapshot>;
  /** Read several sheets; syncs grow with the number of sheets, not rows. */
  readSheets(names: string[]): Promise<SheetSnapshot[]>;
  /** Select a cell (row 1-based, column 0-based) and activate its sheet. */
  selectCell(sheet: string, row: number, column: number): Promise<void>;
  /** Fill issue rows across columns [firstColumn, lastColumn]; remembers the original fills in the workbook. */
  highlightRows(sheet: string, rows: RowHighlight[], firstColumn: number, lastColumn: number): Promise<void>;
  /** Restore exactly the fills highlightRows replaced (also after the workbook was reopened). */
  clearHighlights(sheet: string): Promise<void>;
  /** Write a new sheet with a table; returns the sheet name used. Never overwrites an existing sheet. */
  writeTable(table: TableOut): Promise<string>;
  /** Delete sheets this add-in wrote before (roll-up re-run, after the user confirmed). */
  deleteSheets(names: string[]): Promise<void>;
  addBarChart(chart: ChartOut): Promise<void>;
  /** Call handler (debounced by the caller) when a worksheet changes; returns an unsubscribe. */
  onChanged(handler: () => void): Promise<() => Promise<void>>;
  /** Can files be inserted as sheets (ExcelApi 1.13, insertWorksheetsFromBase64)? */
  canInsertWorksheets(): boolean;
  /** Insert every sheet of an .xlsx file (base64) at the end; returns the names of the inserted visible sheets. 2 syncs. */
  insertWorksheets(base64: string): Promise<string[]>;
  /** The sheets recorded under `tag` that still exist, by their current names (a renamed sheet is still found). 1 sync. */
  taggedSheets(tag: string): Promise<string[]>;
  /** Record these sheets (by name now, by id later) as the `tag`'s sheets, replacing the previous record. 2 syncs. */
  tagSheets(tag: string, names: string[]): Promise<void>;
  /** Office display language, e.g. "vi-VN". */
  displayLanguage(): string;
}
