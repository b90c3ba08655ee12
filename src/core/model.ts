import type { AreaCode, ColumnKey, HeaderKey, Layout, Level } from './glossary';

/** An Excel error value as exceljs gives it; Office.js gives errors as "#REF!" strings. */
export interface CellError {
  error: string;
}

/** One cell value as a host gives it. */
export type CellValue = string | number | boolean | Date | CellError | null | undefined;
export type Grid = readonly (readonly CellValue[])[];

/** A merged area, 0-based and inclusive, in grid coordinates. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ReadOptions {
  merges?: readonly MergedArea[];
  /** Sheet row (1-based) of grid[0]; default 1. */
  firstRow?: number;
  /** Sheet column (0-based) of grid[i][0]; default 0. */
  firstColumn?: number;
  sheetName?: string;
  /** File name, used for the commune when the title lines do not name it. */
  source?: string;
  /** Grid rows where a new page begins though nothing on the row says so (the next sheet of a table printed one page per sheet). */
  breaks?: readonly number[];
}

export type Counts = Record<Level, number | null>;
export type Declared = Record<Level, number | null>;

export interface Item {
  /** Sheet rows (1-based) this item was read from: its own row plus continuations. */
  rows: number[];
  area: AreaCode | null;
  /** Index into Appendix.sections, or -1 before the first section. */
  section: number;
  tt: string | null;
  goal: string | null;
  task: string | null;
  activity: string | null;
  product: string | null;
  lead: string | null;
  partners: string | null;
  deadline: string | null;
  monitor: string | null;
  /** Text of cells outside the recognized columns, so nothing the user wrote is lost. */
  extra: string | null;
  /** The sheet of each of `rows`, when the table runs over several sheets (one per printed page). */
  sheets?: string[];
}

export const ITEM_FIELDS: readonly ColumnKey[] = ['tt', 'goal', 'task', 'activity', 'product', 'lead', 'partners', 'deadline', 'monitor'];

export interface Section {
  numeral: string | null;
  title: string;
  /** The section row as written (numeral and title). */
  text: string;
  code: AreaCode | null;
  row: number;
  /** The sheet of `row`, when the table runs over several sheets and this is not the first. */
  sheet?: string;
  declared: Declared | null;
  counts: Counts;
  /** Indexes into Appendix.items. */
  items: number[];
  /** "Không có" (or a remark in brackets) written under it: empty on purpose. */
  saysNone?: boolean;
}

export interface Header {
  row: number;
  /** Sheet column (0-based) of each recognized column. */
  columns: Partial<Record<HeaderKey, number>>;
  /** Header text as written, per column. */
  texts: Partial<Record<HeaderKey, string>>;
  /** Every cell of the header row as written, recognized or not. */
  cells: string[];
  /**
   * Years heading columns that are marked per item ("Thời gian thực hiện" over
   * 2026 | 2027 | … | 2030, an "x" under each year): sheet column → year. The
   * item's deadline is read from its marks.
   */
  years?: Record<number, number>;
  /** Quarters or months heading such columns instead ("Quý I" | … | "Quý IV"): sheet column → "Quý I". */
  periods?: Record<number, string>;
  /** The heading of the one column outside the model ("Kinh phí", "Ghi chú"), where there is one: what items' `extra` holds. */
  extra?: string;
}

export type Severity = 'error' | 'warning' | 'info';

export type IssueCode =
  | 'no-table'
  | 'missing-column'
  | 'repeated-header'
  | 'continuation'
  | 'shifted-row'
  | 'row-outside-area'
  | 'unknown-area'
  | 'duplicate-area'
  | 'missing-area'
  | 'empty-area'
  | 'declared-count-mismatch'
  | 'numbering'
  | 'tt-sequence'
  | 'missing-cell'
  | 'unrecognized-deadline'
  | 'duplicate-row'
  | 'bad-cell';

export interface Issue {
  code: IssueCode;
  severity: Severity;
  /** 1-based sheet row, as Excel shows it; null when the issue is about the whole table. */
  row: number | null;
  /** The sheet of `row`, when the table runs over several sheets and this is not the first. */
  sheet?: string;
  column: ColumnKey | null;
  area: AreaCode | null;
  level?: Level;
  declared?: number;
  actual?: number;
  /** Extra facts for the message (the text read, the expected number...). */
  detail?: Record<string, string | number>;
  message: string;
}

/** What the reader saw and did: kept so the user can see it. */
export type ReaderNote = Omit<Issue, 'message'>;

export interface Appendix {
  source: string | null;
  sheet: string | null;
  /** The sheets read as the pages of this table, when it runs over several (one per printed page); `sheet` is the first. */
  pages?: string[];
  commune: string | null;
  /** Lines above the header (title, plan number), as written. */
  titleLines: string[];
  /** Lines under the table (signatures, notes), as written. */
  footerLines: string[];
  layout: Layout | null;
  header: Header | null;
  sections: Section[];
  items: Item[];
  /** Where each item's level value came from, for numbering checks. */
  labels: ItemLabels[];
  notes: ReaderNote[];
  /** Cells covered by a merge: "row:key" (sheet row). */
  mergedCells: Set<string>;
  /**
   * Per item, its task's and its activity's text as compared (toneKey): worked out
   * once by the reader for the counts, reused by the duplicate check.
   */
  keys: { task: (string | null)[]; activity: (string | null)[] };
  /**
   * Per item, where its task came from: written in its own cell, carried down from the row above
   * (an empty or merged cell), or joined from the rest of the cell above cut by a page break.
   */
  taskFrom?: ('own' | 'above' | 'rest')[];
  /** Where another table opens under this one ("PHỤ LỤC II"): the rows from there on are not this table's. */
  otherTableAt?: { row: number; text: string };
}

/**
 * Per item: the label number written in each level's cell, when it started a new entity there;
 * `more`: the further labels one cell holds ("Mục tiêu 1: …⏎Mục tiêu 2: …"), each one more entity.
 */
export type ItemLabels = Partial<Record<Level, number>> & { more?: Partial<Record<Level, number[]>> };
