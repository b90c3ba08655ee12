/**
 * The state of the Excel fake: sheets, cells, fills, merges, tables, charts,
 * selection, and the switches tests use to make Excel fail. Proxies (proxies.ts)
 * read and change it only inside context.sync(), as Excel does. No Node APIs:
 * this also runs in the browser end-to-end test.
 */
import { cellAddress, contains, fullAddress, intersect, parseRect, splitSheet, type Rect } from '../a1';
import { freeSheetName } from '../names';
import { fromBase64, readXlsx, type XlsxSheet } from '../xlsxGrid';

export type FakeValue = string | number | boolean;
export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** Excel's errors carry a code (OfficeExtension.Error); so do the fake's. */
export class FakeOfficeError extends Error {
  readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    public readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

export interface FakeFill {
  /** As Excel reads it: "#RRGGBB" upper case; "#FFFFFF" when there is no fill. */
  color: string;
  /** "None" for no fill, "Solid" after a colour is set, or another Excel pattern. */
  pattern: string;
}

export const NO_FILL: Readonly<FakeFill> = Object.freeze({ color: '#FFFFFF', pattern: 'None' });

export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface FakeTable {
  id: string;
  name: string;
  rect: Rect;
  style: string | null;
}

export interface FakeChartSeries {
  name: string;
  categories: FakeValue[];
  values: FakeValue[];
}

export interface FakeChart {
  id: string;
  name: string;
  type: string;
  seriesBy: string;
  /** Source address, e.g. "'Tổng hợp'!A1:H31". */
  source: string;
  title: string;
  /** Top-left (and optional bottom-right) cell, as given to setPosition. */
  position: { start: string; end?: string } | null;
  series: FakeChartSeries[];
}

type FormatKey = 'wrapText' | 'bold' | 'verticalAlignment' | 'horizontalAlignment' | 'numberFormat';
interface FormatLayer {
  rect: Rect;
  key: FormatKey;
  value: unknown;
}

const COLOR_NAMES: Record<string, string> = {
  red: '#FF0000', green: '#008000', blue: '#0000FF', yellow: '#FFFF00', orange: '#FFA500', white: '#FFFFFF', black: '#000000',
};

/** Excel reads colours back as upper-case "#RRGGBB". */
export function normalizeColor(color: string): string {
  const named = COLOR_NAMES[color.toLowerCase()];
  if (named) return named;
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: color "${color}".`);
  return `#${m[1].toUpperCase()}`;
}

const key = (r: number, c: number): string => `${r},${c}`;

export class FakeSheet {
  visibility: Visibility = 'Visible';
  protected = false;
  deleted = false;
  frozenRows = 0;
  frozenColumns = 0;
  readonly tables: FakeTable[] = [];
  readonly charts: FakeChart[] = [];
  readonly merges: Rect[] = [];
  /** values[r][c]; holes are empty cells. */
  private readonly values: FakeValue[][] = [];
  private readonly formulas = new Map<string, string>();
  private readonly fills = new Map<string, FakeFill>();
  private readonly links = new Map<string, FakeHyperlink>();
  private readonly layers: FormatLayer[] = [];
  private readonly widths = new Map<number, number>();

  constructor(
    public name: string,
    public readonly id: string,
  ) {}

  // ---- test API (A1 addresses, no sheet part) ----

  /** The value Excel would show in `values` ('' when empty). */
  value(address: string): FakeValue {
    const r = rectOf(address);
    return this.get(r.r0, r.c0);
  }

  /** Every value from A1 to the last used cell, '' where empty. */
  grid(): FakeValue[][] {
    const u = this.usedRect(true);
    if (!u) return [];
    const out: FakeValue[][] = [];
    for (let r = 0; r <= u.r1; r++) {
      const row: FakeValue[] = [];
      for (let c = 0; c <= u.c1; c++) row.push(this.get(r, c));
      out.push(row);
    }
    return out;
  }

  fill(address: string): FakeFill {
    const r = rectOf(address);
    return { ...this.fillAt(r.r0, r.c0) };
  }

  /** Give cells a number format before a test ("0%", "mm/yyyy"), as a user's sheet has. */
  setNumberFormat(address: string, format: string): void {
    this.addLayer(rectOf(address), 'numberFormat', format);
  }

  /** Give cells a fill before a test (e.g. a custom colour the user chose). */
  setFill(address: string, color: string, pattern = 'Solid'): void {
    const r = rectOf(address);
    for (let i = r.r0; i <= r.r1; i++) for (let j = r.c0; j <= r.c1; j++) this.fills.set(key(i, j), { color: normalizeColor(color), pattern });
  }

  hyperlink(address: string): FakeHyperlink | null {
    const r = rectOf(address);
    return this.links.get(key(r.r0, r.c0)) ?? null;
  }

  formula(address: string): string | null {
    const r = rectOf(address);
    return this.formulas.get(key(r.r0, r.c0)) ?? null;
  }

  format(address: string, k: FormatKey): unknown {
    const r = rectOf(address);
    return this.formatAt(r.r0, r.c0, k);
  }

  /** Column width in points (Excel's default is 48). */
  columnWidth(column: number): number {
    return this.widths.get(column) ?? 48;
  }

  // ---- used by the proxies ----

  get(r: number, c: number): FakeValue {
    const v = this.values[r]?.[c];
    return v === undefined ? '' : v;
  }

  /** Write as a user or Office.js input does: "'" keeps text as text, "=" starts a formula. */
  set(r: number, c: number, v: FakeValue | null | undefined): void {
    // Office.js: null in a values array leaves the cell as it is.
    if (v === null || v === undefined) return;
    this.formulas.delete(key(r, c));
    if (typeof v === 'string' && v.startsWith("'")) v = v.slice(1);
    else if (typeof v === 'string' && v.startsWith('=') && v.length > 1) this.formulas.set(key(r, c), v);
    this.put(r, c, v);
  }

  /** Store a value as is (the fake does not compute formulas: a formula cell reads as its text). */
  put(r: number, c: number, v: FakeValue): void {
    if (v === '') {
      if (this.values[r]) delete this.values[r][c];
      return;
    }
    (this.values[r] ??= [])[c] = v;
  }

  fillAt(r: number, c: number): FakeFill {
    return this.fills.get(key(r, c)) ?? NO_FILL;
  }

  setFillAt(r: number, c: number, f: FakeFill | null): void {
    if (!f || f.pattern === 'None') this.fills.delete(key(r, c));
    else this.fills.set(key(r, c), f);
  }

  setLink(r: number, c: number, link: FakeHyperlink | null): void {
    if (link) this.links.set(key(r, c), link);
    else this.links.delete(key(r, c));
  }

  linkAt(r: number, c: number): FakeHyperlink | null {
    return this.links.get(key(r, c)) ?? null;
  }

  addLayer(rect: Rect, k: FormatKey, value: unknown): void {
    this.layers.push({ rect, key: k, value });
  }

  formatAt(r: number, c: number, k: FormatKey): unknown {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const l = this.layers[i];
      if (l.key === k && contains(l.rect, r, c)) return l.value;
    }
    return k === 'wrapText' || k === 'bold' ? false : k === 'verticalAlignment' ? 'Bottom' : 'General';
  }

  /** A range's format property: the common value, or null when cells differ (as Excel). */
  formatOf(rect: Rect, k: FormatKey): unknown {
    const first = this.formatAt(rect.r0, rect.c0, k);
    const cells = (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
    if (cells > 10000) return first;
    for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) if (this.formatAt(r, c, k) !== first) return null;
    return first;
  }

  setWidth(column: number, points: number): void {
    this.widths.set(column, points);
  }

  /** Bounding box of cells with values (and, unless valuesOnly, fills); null when the sheet is empty. */
  usedRect(valuesOnly: boolean): Rect | null {
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    const see = (r: number, c: number): void => {
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    };
    this.values.forEach((row, r) => {
      if (!row) return;
      let first = -1, last = -1;
      row.forEach((v, c) => {
        if (v !== undefined) {
          if (first < 0) first = c;
          last = c;
        }
      });
      if (first >= 0) {
        see(r, first);
        see(r, last);
      }
    });
    if (!valuesOnly) for (const k of this.fills.keys()) {
      const [r, c] = k.split(',').map(Number);
      see(r, c);
    }
    return r1 < 0 ? null : { r0, c0, r1, c1 };
  }

  mergesIn(rect: Rect): Rect[] {
    return this.merges.filter((m) => intersect(m, rect));
  }
}

function rectOf(address: string): Rect {
  const r = parseRect(splitSheet(address).local);
  if (!r) throw new Error(`Bad address ${address}`);
  return r;
}

export interface SyncRecord {
  /** Characters of JSON the batch sent (writes and loads). */
  request: number;
  /** Characters of JSON the batch returned (loaded values). */
  response: number;
  /** Queued operations that change the workbook (writes, formats, adds, deletes, select). */
  writes: number;
}

export interface ChangedEvent {
  type: 'WorksheetChanged';
  changeType: 'RangeEdited';
  source: 'Local' | 'Remote';
  worksheetId: string;
  address: string;
}

/** Excel on the web refuses requests and responses over 5 MB. */
export const PAYLOAD_LIMIT = 5_000_000;

export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  active: FakeSheet | null = null;
  /** What range.select() last selected: sheet name and local address. */
  selection: { sheet: string; address: string } | null = null;
  /** Every context.sync() of every context, in order. */
  readonly syncLog: SyncRecord[] = [];
  /** Simulate a cell being edited: every sync throws InvalidOperationInCellEditMode. */
  editMode = false;
  displayLanguage = 'vi-VN';
  payloadLimit = PAYLOAD_LIMIT;
  /** Handlers registered through worksheets.onChanged (live after the registering sync). */
  readonly changedHandlers = new Set<(e: ChangedEvent) => unknown>();
  /**
   * Requirement sets the host supports, for Office.context.requirements.isSetSupported
   * (sets not listed are supported). Set ExcelApi to '1.12' to be an Excel without
   * insertWorksheetsFromBase64.
   */
  apiSets: Record<string, string> = { ExcelApi: '1.17' };
  /**
   * How insertWorksheetsFromBase64 reads a file: by default the real bytes with
   * exceljs (what a file holds is what gets inserted). Throwing = a corrupt file.
   */
  decodeWorkbook: (base64: string) => Promise<XlsxSheet[]> = (b) => readXlsx(fromBase64(b), true);
  private readonly hooks: (() => void)[] = [];
  private nextId = 1;

  get syncCount(): number {
    return this.syncLog.length;
  }

  newId(kind: string): string {
    return `{${kind}-${String(this.nextId++).padStart(8, '0')}}`;
  }

  /** The sheet named so (case-insensitive, as Excel), or null. */
  find(name: string): FakeSheet | null {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n) ?? null;
  }

  /** A sheet's state for assertions; throws when there is none. */
  sheet(name: string): FakeSheet {
    const s = this.find(name);
    if (!s) throw new Error(`No sheet "${name}" (sheets: ${this.sheetNames().join(', ')})`);
    return s;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name, this.newId('sheet'));
    this.sheets.push(s);
    if (!this.active) this.active = s;
    return s;
  }

  removeSheet(s: FakeSheet): void {
    const i = this.sheets.indexOf(s);
    if (i >= 0) this.sheets.splice(i, 1);
    s.deleted = true;
    if (this.active === s) this.active = this.sheets.find((x) => x.visibility === 'Visible') ?? null;
  }

  /** Does the host support this requirement set (version "1.13")? */
  supports(name: string, version?: string): boolean {
    const have = this.apiSets[name];
    if (have === undefined || !version) return true;
    const a = have.split('.').map(Number);
    const b = version.split('.').map(Number);
    for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
    return true;
  }

  /**
   * Insert decoded sheets as Excel does with insertWorksheetsFromBase64: at the end
   * (or the beginning), a taken name gets " (2)", hidden sheets stay hidden; returns the new ids.
   */
  insertSheets(sheets: readonly XlsxSheet[], atStart = false): string[] {
    const added: FakeSheet[] = [];
    for (const x of sheets) {
      const s = new FakeSheet(freeSheetName(x.name, this.sheetNames()), this.newId('sheet'));
      this.sheets.push(s);
      x.values.forEach((row, r) => row.forEach((v, c) => s.put(r, c, asExcel(v))));
      for (const m of x.merges) s.merges.push({ r0: m.top, c0: m.left, r1: m.bottom, c1: m.right });
      s.visibility = x.state === 'veryHidden' ? 'VeryHidden' : x.state === 'hidden' ? 'Hidden' : 'Visible';
      added.push(s);
    }
    if (atStart) {
      this.sheets.splice(this.sheets.length - added.length, added.length);
      this.sheets.unshift(...added);
    }
    return added.map((s) => s.id);
  }

  protect(name: string, on = true): void {
    this.sheet(name).protected = on;
  }

  /** Run fn just before the next sync is processed (e.g. delete a sheet "meanwhile"). */
  beforeNextSync(fn: () => void): void {
    this.hooks.push(fn);
  }

  runHooks(): void {
    const hs = this.hooks.splice(0);
    for (const h of hs) h();
  }

  /** A user typing into a cell: changes it and fires onChanged. */
  userEdit(sheetName: string, address: string, value: FakeValue): void {
    const s = this.sheet(sheetName);
    const r = rectOf(address);
    s.put(r.r0, r.c0, value);
    this.fireChanged(s, cellAddress(r.r0, r.c0), 'Local');
  }

  fireChanged(s: FakeSheet, address: string, source: 'Local' | 'Remote' = 'Local'): void {
    const e: ChangedEvent = { type: 'WorksheetChanged', changeType: 'RangeEdited', source, worksheetId: s.id, address };
    for (const h of [...this.changedHandlers]) void Promise.resolve().then(() => h(e));
  }

  tableNames(): string[] {
    return this.sheets.flatMap((s) => s.tables.map((t) => t.name));
  }

  /** Every table of the workbook with its sheet. */
  allTables(): { sheet: FakeSheet; table: FakeTable }[] {
    return this.sheets.flatMap((s) => s.tables.map((table) => ({ sheet: s, table })));
  }

  addressOf(s: FakeSheet, rect: Rect): string {
    return fullAddress(s.name, rect);
  }
}

export interface FakeWorkbookOptions {
  /** Merged areas per sheet, 0-based inclusive in the grid's coordinates. */
  merges?: Record<string, { top: number; left: number; bottom: number; right: number }[]>;
  /** Sheet to make active (default: the first). */
  active?: string;
  displayLanguage?: string;
}

/** A cell of a grid given to fakeWorkbookFrom (the engine's CellValue). */
export type FakeInput = string | number | boolean | Date | { error: string } | null | undefined;

/** What Excel holds for an input cell: dates are serial numbers, errors their "#REF!" text. */
function asExcel(v: FakeInput): FakeValue {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return (v.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
  if (typeof v === 'object') return v.error;
  return v;
}

/** Build a fake workbook from grids (row-major, starting at A1); null/undefined/'' cells are empty. */
export function fakeWorkbookFrom(
  grids: Record<string, readonly (readonly FakeInput[])[]>,
  options: FakeWorkbookOptions = {},
): FakeWorkbook {
  const wb = new FakeWorkbook();
  if (options.displayLanguage) wb.displayLanguage = options.displayLanguage;
  for (const [name, grid] of Object.entries(grids)) {
    const s = wb.addSheet(name);
    grid.forEach((row, r) => row.forEach((v, c) => s.put(r, c, asExcel(v))));
    for (const m of options.merges?.[name] ?? []) s.merges.push({ r0: m.top, c0: m.left, r1: m.bottom, c1: m.right });
  }
  if (options.active) wb.active = wb.sheet(options.active);
  return wb;
}
