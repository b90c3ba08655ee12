/**
 * Proxy objects of the Excel fake, strict as Excel's: a property can be read
 * only after load() and context.sync(); writes and methods are queued and
 * applied, in order, by sync(). No Node APIs.
 */
import { fullAddress, intersect, MAX_COLUMNS, parseRect, rectAddress, splitSheet, type Rect } from '../a1';
import {
  FakeOfficeError,
  normalizeColor,
  type ChangedEvent,
  type FakeChart,
  type FakeSheet,
  type FakeTable,
  type FakeValue,
  type FakeWorkbook,
  type SyncRecord,
} from './workbook';
import type { XlsxSheet } from '../xlsxGrid';

interface Op {
  size: number;
  /** Changes the workbook (as opposed to loading from it). */
  write: boolean;
  /** Applies the operation; returns the characters of JSON it sends back. */
  apply: () => number | void;
}

const jsonLen = (v: unknown): number => (v === undefined ? 0 : JSON.stringify(v).length);

/** Paths ("format/fill/color") from the forms load() accepts. */
function toPaths(spec: unknown, prefix = ''): string[] {
  if (spec === undefined || spec === null) return [];
  if (typeof spec === 'string') return spec.split(',').map((s) => s.trim()).filter(Boolean).map((s) => prefix + s);
  if (Array.isArray(spec)) return spec.flatMap((s) => toPaths(s, prefix));
  if (typeof spec === 'object') {
    const o = spec as Record<string, unknown>;
    if (typeof o.select === 'string') return toPaths(o.select, prefix);
    return Object.entries(o).flatMap(([k, v]) => (v === true ? [prefix + k] : v && typeof v === 'object' ? toPaths(v, `${prefix}${k}/`) : []));
  }
  return [];
}

export class FakeRequestContext {
  readonly workbook: WorkbookProxy;
  private ops: Op[] = [];
  /** Work the host does before it can apply the queued operations (decoding a file to insert). */
  private preparing: Promise<unknown>[] = [];
  private changed = new Map<FakeSheet, Rect>();

  constructor(readonly state: FakeWorkbook) {
    this.workbook = new WorkbookProxy(this);
  }

  /** Operations queued and not yet synced. */
  get pending(): number {
    return this.ops.length;
  }

  queue(size: number, apply: () => number | void, write = false): void {
    this.ops.push({ size, apply, write });
  }

  /** The next sync waits for this before applying its operations. */
  prepare(p: Promise<unknown>): void {
    this.preparing.push(p.catch(() => undefined));
  }

  markChanged(sheet: FakeSheet, rect: Rect): void {
    const r = this.changed.get(sheet);
    this.changed.set(sheet, r ? { r0: Math.min(r.r0, rect.r0), c0: Math.min(r.c0, rect.c0), r1: Math.max(r.r1, rect.r1), c1: Math.max(r.c1, rect.c1) } : rect);
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    if (this.preparing.length) await Promise.all(this.preparing.splice(0));
    const wb = this.state;
    const ops = this.ops.splice(0);
    wb.runHooks();
    const rec: SyncRecord = { request: ops.reduce((n, o) => n + o.size, 0), response: 0, writes: ops.filter((o) => o.write).length };
    wb.syncLog.push(rec);
    if (wb.editMode) throw new FakeOfficeError('InvalidOperationInCellEditMode', 'The operation is not allowed while a cell is being edited. Press Enter or Esc and try again.');
    if (rec.request > wb.payloadLimit) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    try {
      for (const op of ops) rec.response += op.apply() ?? 0;
    } finally {
      for (const [s, r] of this.changed) if (!s.deleted) wb.fireChanged(s, rectAddress(r));
      this.changed.clear();
    }
    if (rec.response > wb.payloadLimit) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
  }
}

export function notLoaded(prop: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

abstract class FakeProxy {
  protected readonly loaded = new Map<string, unknown>();
  protected nullState: boolean | undefined;

  constructor(readonly context: FakeRequestContext) {}

  protected abstract readonly scalars: readonly string[];
  protected nav(_name: string): FakeProxy | undefined {
    return undefined;
  }
  /** Read a scalar property from the state (inside sync). */
  protected abstract read(prop: string): unknown;
  /** Null objects (…OrNullObject) override this. */
  protected isNull(): boolean {
    return false;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded('isNullObject');
    return this.nullState;
  }

  load(spec?: unknown): this {
    const paths = toPaths(spec);
    const own: string[] = paths.length ? [] : [...this.scalars];
    for (const p of paths) {
      const [head, ...rest] = p.split('/');
      if (this.scalars.includes(head) && !rest.length) own.push(head);
      else {
        const n = this.nav(head);
        if (!n) throw new FakeOfficeError('InvalidArgument', `The fake does not know the property '${head}' of ${this.constructor.name}.`);
        n.load(rest.length ? rest.join('/') : undefined);
      }
    }
    if (own.length) this.context.queue(40 + own.join(',').length, () => this.snapshot(own));
    return this;
  }

  /** Inside sync: copy properties from the state; returns the response size. */
  snapshot(props: readonly string[]): number {
    if (this.isNull()) return 0;
    let size = 0;
    for (const p of props) {
      const v = this.read(p);
      this.loaded.set(p, v);
      size += p.length + 3 + jsonLen(v);
    }
    return size;
  }

  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  protected op(size: number, apply: () => void): void {
    this.context.queue(size, apply, true);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** A collection: load('items/name') or load('name') loads its items. */
abstract class FakeCollection<T extends FakeProxy, S> extends FakeProxy {
  protected readonly scalars = ['count'];
  protected abstract targets(): S[];
  protected abstract item(target: S): T;

  get items(): T[] {
    return this.get<T[]>('items');
  }
  get count(): number {
    return this.get<number>('count');
  }

  load(spec?: unknown): this {
    const paths = toPaths(spec);
    const itemProps: string[] = [];
    let wantItems = paths.length === 0;
    for (const p of paths) {
      if (p === 'count') continue;
      wantItems = true;
      const rest = p.startsWith('items/') ? p.slice(6) : p === 'items' ? '' : p;
      if (rest) itemProps.push(rest);
    }
    this.context.queue(40 + paths.join(',').length, () => {
      if (this.isNull()) return 0;
      const ts = this.targets();
      this.loaded.set('count', ts.length);
      if (!wantItems) return 10;
      const items = ts.map((t) => this.item(t));
      this.loaded.set('items', items);
      let size = 10;
      for (const it of items) size += it.snapshot(itemProps.length ? itemProps : (it as unknown as { scalars: string[] }).scalars);
      return size;
    });
    return this;
  }

  protected read(prop: string): unknown {
    return prop === 'count' ? this.targets().length : undefined;
  }
}

// ---------------------------------------------------------------- workbook

export class WorkbookProxy extends FakeProxy {
  protected readonly scalars: string[] = [];
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;

  constructor(ctx: FakeRequestContext) {
    super(ctx);
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.tables = new TableCollectionProxy(ctx, null);
  }

  protected read(): unknown {
    return undefined;
  }

  /** ExcelApi 1.13: every sheet of an .xlsx file (base64) inserted; the result holds the new sheets' ids. */
  insertWorksheetsFromBase64(base64File: string, options: { positionType?: string; sheetNamesToInsert?: string[] } = {}): ClientResult<string[]> {
    const wb = this.context.state;
    if (!wb.supports('ExcelApi', '1.13')) throw new FakeOfficeError('ApiNotFound', 'The API you are trying to use could not be found. It may be available in a newer version of Excel.');
    const result = new ClientResult<string[]>();
    let decoded: XlsxSheet[] | null = null;
    let failure: unknown = null;
    this.context.prepare(
      wb.decodeWorkbook(base64File).then(
        (d) => (decoded = d),
        (e) => (failure = e ?? 'unreadable'),
      ),
    );
    this.op(80 + base64File.length + jsonLen(options), () => {
      if (failure !== null || !decoded) throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format: the file is not a workbook Excel can read.');
      const wanted = options.sheetNamesToInsert?.map((n) => n.toLowerCase());
      const sheets = wanted ? decoded.filter((x) => wanted.includes(x.name.toLowerCase())) : decoded;
      result.set(wb.insertSheets(sheets, options.positionType === 'Beginning'));
    });
    return result;
  }

  getSelectedRange(): RangeProxy {
    const wb = this.context.state;
    const sheet = this.worksheets.getActiveWorksheet();
    return new RangeProxy(this.context, sheet, (s) => {
      const sel = wb.selection;
      if (sel && sel.sheet.toLowerCase() === s.name.toLowerCase()) return parseRect(sel.address);
      return { r0: 0, c0: 0, r1: 0, c1: 0 };
    });
  }
}

// ---------------------------------------------------------------- worksheets

export class WorksheetCollectionProxy extends FakeCollection<WorksheetProxy, FakeSheet> {
  readonly onChanged: ChangedEventProxy;

  constructor(ctx: FakeRequestContext) {
    super(ctx);
    this.onChanged = new ChangedEventProxy(ctx);
  }

  protected targets(): FakeSheet[] {
    return [...this.context.state.sheets];
  }
  protected item(s: FakeSheet): WorksheetProxy {
    return WorksheetProxy.bound(this.context, s);
  }

  /** By name or id, as Excel. */
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.byKey(key), false, key);
  }

  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.byKey(key), true, key);
  }

  private byKey(key: string): FakeSheet | null {
    const wb = this.context.state;
    return wb.find(key) ?? wb.sheets.find((s) => s.id === key) ?? null;
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.state.active, false, '(active)');
  }

  add(name?: string): WorksheetProxy {
    const wb = this.context.state;
    const ws = new WorksheetProxy(this.context, () => null, false, name ?? '(new)');
    this.context.queue(60 + jsonLen(name), () => {
      let n = name;
      if (n === undefined) for (let i = wb.sheets.length + 1; ; i++) if (!wb.find((n = `Sheet${i}`))) break;
      if (!n || n.length > 31 || /[[\]:*?/\\]/.test(n) || n.startsWith("'") || n.endsWith("'") || n.toLowerCase() === 'history')
        throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: sheet name "${n}".`);
      if (wb.find(n)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${n}" already exists.`);
      ws.bind(wb.addSheet(n));
    }, true);
    return ws;
  }
}

export class WorksheetProxy extends FakeProxy {
  protected readonly scalars = ['name', 'id', 'position', 'visibility'];
  private target: FakeSheet | null = null;
  readonly protection: ProtectionProxy;
  readonly freezePanes: FreezePanesProxy;
  readonly tables: TableCollectionProxy;
  readonly charts: ChartCollectionProxy;

  constructor(
    ctx: FakeRequestContext,
    private readonly locate: () => FakeSheet | null,
    private readonly nullable: boolean,
    private readonly label: string,
  ) {
    super(ctx);
    this.protection = new ProtectionProxy(ctx, this);
    this.freezePanes = new FreezePanesProxy(ctx, this);
    this.tables = new TableCollectionProxy(ctx, this);
    this.charts = new ChartCollectionProxy(ctx, this);
    if (nullable) ctx.queue(20, () => void this.resolve());
  }

  static bound(ctx: FakeRequestContext, s: FakeSheet): WorksheetProxy {
    const p = new WorksheetProxy(ctx, () => s, false, s.name);
    p.bind(s);
    return p;
  }

  bind(s: FakeSheet): void {
    this.target = s;
    this.nullState = false;
  }

  /** Inside sync: the sheet, null for a null object; ItemNotFound when it is gone. */
  resolve(): FakeSheet | null {
    if (this.target) {
      if (this.target.deleted) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: worksheet "${this.label}".`);
      return this.target;
    }
    const s = this.locate();
    if (!s) {
      if (this.nullable) {
        this.nullState = true;
        return null;
      }
      throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: worksheet "${this.label}".`);
    }
    this.bind(s);
    return s;
  }

  /** Inside sync, for writes: the sheet, which must exist. */
  sheet(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: worksheet "${this.label}".`);
    return s;
  }

  protected isNull(): boolean {
    return this.resolve() === null;
  }

  protected read(prop: string): unknown {
    const s = this.sheet();
    const wb = this.context.state;
    switch (prop) {
      case 'name':
        return s.name;
      case 'id':
        return s.id;
      case 'position':
        return wb.sheets.indexOf(s);
      case 'visibility':
        return s.visibility;
    }
    return undefined;
  }

  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.op(40 + v.length, () => {
      const s = this.sheet();
      const other = this.context.state.find(v);
      if (other && other !== s) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${v}" already exists.`);
      s.name = v;
    });
  }
  get id(): string {
    return this.get('id');
  }
  get position(): number {
    return this.get('position');
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: string) {
    this.op(40, () => {
      const s = this.sheet();
      if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') throw new FakeOfficeError('InvalidArgument', `Bad visibility ${v}`);
      const wb = this.context.state;
      if (v !== 'Visible' && !wb.sheets.some((x) => x !== s && x.visibility === 'Visible'))
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      s.visibility = v;
      if (wb.active === s && v !== 'Visible') wb.active = wb.sheets.find((x) => x.visibility === 'Visible') ?? null;
    });
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, this, (s) => {
      if (address === undefined) return { r0: 0, c0: 0, r1: 1048575, c1: MAX_COLUMNS - 1 };
      const { sheet, local } = splitSheet(address);
      if (sheet !== null && sheet.toLowerCase() !== s.name.toLowerCase()) throw new FakeOfficeError('InvalidArgument', `Address ${address} is not on sheet ${s.name}.`);
      const r = parseRect(local);
      if (!r) throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: address "${address}".`);
      return r;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeProxy {
    return new RangeProxy(this.context, this, () => {
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) throw new FakeOfficeError('InvalidArgument', 'getRangeByIndexes: bad size.');
      return { r0: startRow, c0: startColumn, r1: startRow + rowCount - 1, c1: startColumn + columnCount - 1 };
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** Excel gives A1 for an empty sheet. */
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, this, (s) => s.usedRect(valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, this, (s) => s.usedRect(valuesOnly), true);
  }

  activate(): void {
    this.op(30, () => {
      const s = this.sheet();
      if (s.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.context.state.active = s;
    });
  }

  delete(): void {
    this.op(30, () => {
      const s = this.sheet();
      const wb = this.context.state;
      if (s.visibility === 'Visible' && !wb.sheets.some((x) => x !== s && x.visibility === 'Visible'))
        throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      wb.removeSheet(s);
    });
  }
}

export class ProtectionProxy extends FakeProxy {
  protected readonly scalars = ['protected'];
  constructor(
    ctx: FakeRequestContext,
    private readonly ws: WorksheetProxy,
  ) {
    super(ctx);
  }
  protected isNull(): boolean {
    return this.ws.resolve() === null;
  }
  protected read(): unknown {
    return this.ws.sheet().protected;
  }
  get protected(): boolean {
    return this.get('protected');
  }
  protect(): void {
    this.op(30, () => void (this.ws.sheet().protected = true));
  }
  unprotect(): void {
    this.op(30, () => void (this.ws.sheet().protected = false));
  }
}

export class FreezePanesProxy extends FakeProxy {
  protected readonly scalars: string[] = [];
  constructor(
    ctx: FakeRequestContext,
    private readonly ws: WorksheetProxy,
  ) {
    super(ctx);
  }
  protected read(): unknown {
    return undefined;
  }
  /** Replaces any earlier freeze, columns too, as Excel does. */
  freezeRows(count = 1): void {
    this.op(30, () => {
      const s = this.ws.sheet();
      s.frozenRows = count;
      s.frozenColumns = 0;
    });
  }
  /** Excel freezes the rows and columns of the range given, from A1 (its top-left pane). */
  freezeAt(range: RangeProxy): void {
    this.op(30, () => {
      const { rect } = range.target();
      const s = this.ws.sheet();
      s.frozenRows = rect.r1 + 1;
      s.frozenColumns = rect.c1 + 1;
    });
  }
  unfreeze(): void {
    this.op(30, () => {
      const s = this.ws.sheet();
      s.frozenRows = 0;
      s.frozenColumns = 0;
    });
  }
}

// ---------------------------------------------------------------- ranges

function guardWrite(s: FakeSheet): void {
  if (s.protected) throw new FakeOfficeError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet ("${s.name}").`);
}

/** A range's cells, row by row, as Excel gives a 2-D property (values, formulas, numberFormat). */
function cellsOf<T>(rect: Rect, at: (r: number, c: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: T[] = new Array(rect.c1 - rect.c0 + 1);
    for (let c = rect.c0; c <= rect.c1; c++) row[c - rect.c0] = at(r, c);
    out.push(row);
  }
  return out;
}

export class RangeProxy extends FakeProxy {
  protected readonly scalars = ['address', 'addressLocal', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'cellCount', 'values', 'formulas', 'numberFormat', 'hyperlink'];
  private rect: Rect | null = null;
  readonly format: RangeFormatProxy;

  constructor(
    ctx: FakeRequestContext,
    readonly ws: WorksheetProxy,
    private readonly locate: (s: FakeSheet) => Rect | null,
    private readonly nullable = false,
  ) {
    super(ctx);
    this.format = new RangeFormatProxy(ctx, this);
    if (nullable) ctx.queue(20, () => void this.resolve());
  }

  /** Inside sync: sheet and rectangle (fixed at first use, as Excel's objects are); null for a null object. */
  resolve(): { sheet: FakeSheet; rect: Rect } | null {
    const sheet = this.ws.resolve();
    if (!sheet) {
      this.nullState = true;
      return null;
    }
    if (!this.rect) {
      const r = this.locate(sheet);
      if (!r) {
        if (!this.nullable) throw new FakeOfficeError('ItemNotFound', 'The requested range does not exist.');
        this.nullState = true;
        return null;
      }
      this.rect = r;
      this.nullState = false;
    }
    return { sheet, rect: this.rect };
  }

  target(): { sheet: FakeSheet; rect: Rect } {
    const t = this.resolve();
    if (!t) throw new FakeOfficeError('ItemNotFound', 'The requested range does not exist (null object).');
    return t;
  }

  protected isNull(): boolean {
    return this.resolve() === null;
  }

  protected nav(name: string): FakeProxy | undefined {
    return name === 'format' ? this.format : name === 'worksheet' ? this.ws : undefined;
  }

  protected read(prop: string): unknown {
    const { sheet, rect } = this.target();
    switch (prop) {
      case 'address':
        return fullAddress(sheet.name, rect);
      case 'addressLocal':
        return fullAddress(sheet.name, rect);
      case 'rowIndex':
        return rect.r0;
      case 'columnIndex':
        return rect.c0;
      case 'rowCount':
        return rect.r1 - rect.r0 + 1;
      case 'columnCount':
        return rect.c1 - rect.c0 + 1;
      case 'cellCount':
        return (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
      case 'values':
      case 'formulas':
        return cellsOf(rect, (r, c) => (prop === 'formulas' && sheet.formula(`${rectAddress({ r0: r, c0: c, r1: r, c1: c })}`)) || sheet.get(r, c));
      case 'numberFormat':
        return cellsOf(rect, (r, c) => sheet.formatAt(r, c, 'numberFormat'));
      case 'hyperlink':
        return sheet.linkAt(rect.r0, rect.c0);
    }
    return undefined;
  }

  get address(): string {
    return this.get('address');
  }
  get addressLocal(): string {
    return this.get('addressLocal');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get cellCount(): number {
    return this.get('cellCount');
  }
  get values(): FakeValue[][] {
    return this.get('values');
  }
  set values(v: unknown) {
    this.writeCells(v);
  }
  get formulas(): FakeValue[][] {
    return this.get('formulas');
  }
  set formulas(v: unknown) {
    this.writeCells(v);
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  get hyperlink(): unknown {
    return this.get('hyperlink');
  }
  set hyperlink(link: { address?: string; documentReference?: string; textToDisplay?: string; screenTip?: string } | null) {
    this.op(60 + jsonLen(link), () => {
      const { sheet, rect } = this.target();
      guardWrite(sheet);
      for (let r = rect.r0; r <= rect.r1; r++)
        for (let c = rect.c0; c <= rect.c1; c++) {
          sheet.setLink(r, c, link ? { ...link } : null);
          if (link?.textToDisplay !== undefined) sheet.set(r, c, link.textToDisplay);
        }
      this.context.markChanged(sheet, rect);
    });
  }

  private writeCells(v: unknown): void {
    this.op(60 + jsonLen(v), () => {
      const { sheet, rect } = this.target();
      guardWrite(sheet);
      const rows = rect.r1 - rect.r0 + 1;
      const cols = rect.c1 - rect.c0 + 1;
      if (!Array.isArray(v)) {
        for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) sheet.set(r, c, v as FakeValue);
      } else {
        if (v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols))
          throw new FakeOfficeError('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
        (v as FakeValue[][]).forEach((row, i) => row.forEach((x, j) => sheet.set(rect.r0 + i, rect.c0 + j, x)));
      }
      this.context.markChanged(sheet, rect);
    });
  }

  private derived(f: (r: Rect) => Rect): RangeProxy {
    return new RangeProxy(this.context, this.ws, () => {
      const r = f(this.target().rect);
      if (r.r0 < 0 || r.c0 < 0 || r.r1 < r.r0 || r.c1 < r.c0) throw new FakeOfficeError('InvalidArgument', 'The range would be outside the sheet.');
      return r;
    });
  }

  getCell(row: number, column: number): RangeProxy {
    return this.derived((r) => ({ r0: r.r0 + row, c0: r.c0 + column, r1: r.r0 + row, c1: r.c0 + column }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return this.derived((r) => ({ ...r, r1: r.r1 + deltaRows, c1: r.c1 + deltaColumns }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): RangeProxy {
    return this.derived((r) => ({ r0: r.r0 + rowOffset, c0: r.c0 + columnOffset, r1: r.r1 + rowOffset, c1: r.c1 + columnOffset }));
  }
  getRow(row: number): RangeProxy {
    return this.derived((r) => ({ r0: r.r0 + row, c0: r.c0, r1: r.r0 + row, c1: r.c1 }));
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.context, this);
  }

  merge(across = false): void {
    this.op(40, () => {
      const { sheet, rect } = this.target();
      guardWrite(sheet);
      const parts = across ? Array.from({ length: rect.r1 - rect.r0 + 1 }, (_, i) => ({ ...rect, r0: rect.r0 + i, r1: rect.r0 + i })) : [rect];
      for (const p of parts) if (p.r0 !== p.r1 || p.c0 !== p.c1) sheet.merges.push(p);
    });
  }

  select(): void {
    this.op(40, () => {
      const { sheet, rect } = this.target();
      if (sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'Cannot select a range on a hidden sheet.');
      const wb = this.context.state;
      wb.active = sheet;
      wb.selection = { sheet: sheet.name, address: rectAddress(rect) };
    });
  }

  /** Per-cell properties: address and format.fill.color/pattern are modelled. */
  getCellProperties(spec: { address?: boolean; format?: { fill?: { color?: boolean; pattern?: boolean } } }): ClientResult<unknown[][]> {
    const result = new ClientResult<unknown[][]>();
    this.context.queue(60 + jsonLen(spec), () => {
      const { sheet, rect } = this.target();
      const out: unknown[][] = [];
      for (let r = rect.r0; r <= rect.r1; r++) {
        const row: unknown[] = [];
        for (let c = rect.c0; c <= rect.c1; c++) {
          const cell: Record<string, unknown> = {};
          if (spec.address) cell.address = fullAddress(sheet.name, { r0: r, c0: c, r1: r, c1: c });
          if (spec.format?.fill) {
            const f = sheet.fillAt(r, c);
            const fill: Record<string, unknown> = {};
            if (spec.format.fill.color) fill.color = f.color;
            if (spec.format.fill.pattern) fill.pattern = f.pattern;
            cell.format = { fill };
          }
          row.push(cell);
        }
        out.push(row);
      }
      result.set(out);
      return jsonLen(out);
    });
    return result;
  }
}

export class ClientResult<T> {
  private has = false;
  private v: T | undefined;
  set(v: T): void {
    this.v = v;
    this.has = true;
  }
  get value(): T {
    if (!this.has) throw notLoaded('value');
    return this.v as T;
  }
}

export class RangeAreasProxy extends FakeProxy {
  protected readonly scalars = ['address', 'areaCount'];
  private merges: Rect[] | null = null;
  readonly areas: RangeCollectionProxy;

  constructor(
    ctx: FakeRequestContext,
    private readonly range: RangeProxy,
  ) {
    super(ctx);
    this.areas = new RangeCollectionProxy(ctx, () => this.found() ?? [], range.ws, () => this.isNull());
    ctx.queue(20, () => void this.found());
  }

  private found(): Rect[] | null {
    if (!this.merges) {
      const t = this.range.resolve();
      this.merges = t ? t.sheet.mergesIn(t.rect) : [];
    }
    this.nullState = this.merges.length === 0;
    return this.merges.length ? this.merges : null;
  }

  protected isNull(): boolean {
    return this.found() === null;
  }
  protected nav(name: string): FakeProxy | undefined {
    return name === 'areas' ? this.areas : undefined;
  }
  protected read(prop: string): unknown {
    const ms = this.found() ?? [];
    const s = this.range.target().sheet;
    return prop === 'areaCount' ? ms.length : ms.map((m) => fullAddress(s.name, m)).join(',');
  }
  get address(): string {
    return this.get('address');
  }
  get areaCount(): number {
    return this.get('areaCount');
  }
}

export class RangeCollectionProxy extends FakeCollection<RangeProxy, Rect> {
  constructor(
    ctx: FakeRequestContext,
    private readonly rects: () => Rect[],
    private readonly ws: WorksheetProxy,
    private readonly nullCheck: () => boolean,
  ) {
    super(ctx);
  }
  protected isNull(): boolean {
    return this.nullCheck();
  }
  protected targets(): Rect[] {
    return this.rects();
  }
  protected item(r: Rect): RangeProxy {
    const p = new RangeProxy(this.context, this.ws, () => r);
    p.resolve();
    return p;
  }
}

export class RangeFormatProxy extends FakeProxy {
  protected readonly scalars = ['wrapText', 'columnWidth', 'verticalAlignment', 'horizontalAlignment'];
  readonly fill: RangeFillProxy;
  readonly font: RangeFontProxy;

  constructor(
    ctx: FakeRequestContext,
    private readonly range: RangeProxy,
  ) {
    super(ctx);
    this.fill = new RangeFillProxy(ctx, range);
    this.font = new RangeFontProxy(ctx, range);
  }
  protected nav(name: string): FakeProxy | undefined {
    return name === 'fill' ? this.fill : name === 'font' ? this.font : undefined;
  }
  protected read(prop: string): unknown {
    const { sheet, rect } = this.range.target();
    if (prop === 'columnWidth') return sheet.columnWidth(rect.c0);
    return sheet.formatOf(rect, prop as 'wrapText');
  }
  private setLayer(k: 'wrapText' | 'verticalAlignment' | 'horizontalAlignment', v: unknown): void {
    this.op(50, () => {
      const { sheet, rect } = this.range.target();
      guardWrite(sheet);
      sheet.addLayer(rect, k, v);
    });
  }
  get wrapText(): boolean {
    return this.get('wrapText');
  }
  set wrapText(v: boolean) {
    this.setLayer('wrapText', v);
  }
  get verticalAlignment(): string {
    return this.get('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this.setLayer('verticalAlignment', v);
  }
  get horizontalAlignment(): string {
    return this.get('horizontalAlignment');
  }
  set horizontalAlignment(v: string) {
    this.setLayer('horizontalAlignment', v);
  }
  get columnWidth(): number {
    return this.get('columnWidth');
  }
  set columnWidth(points: number) {
    this.op(50, () => {
      const { sheet, rect } = this.range.target();
      guardWrite(sheet);
      for (let c = rect.c0; c <= rect.c1; c++) sheet.setWidth(c, points);
    });
  }
}

export class RangeFillProxy extends FakeProxy {
  protected readonly scalars = ['color', 'pattern'];
  constructor(
    ctx: FakeRequestContext,
    private readonly range: RangeProxy,
  ) {
    super(ctx);
  }
  /** A range's fill: the common value, null when cells differ (as Excel). */
  protected read(prop: string): unknown {
    const { sheet, rect } = this.range.target();
    const k = prop as 'color' | 'pattern';
    const first = sheet.fillAt(rect.r0, rect.c0)[k];
    for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) if (sheet.fillAt(r, c)[k] !== first) return null;
    return first;
  }
  private each(f: (sheet: FakeSheet, r: number, c: number) => void): void {
    const { sheet, rect } = this.range.target();
    guardWrite(sheet);
    for (let r = rect.r0; r <= rect.r1; r++) for (let c = rect.c0; c <= rect.c1; c++) f(sheet, r, c);
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    this.op(50 + v.length, () => {
      const color = normalizeColor(v);
      this.each((s, r, c) => s.setFillAt(r, c, { color, pattern: 'Solid' }));
    });
  }
  get pattern(): string {
    return this.get('pattern');
  }
  set pattern(p: string) {
    this.op(50 + p.length, () => this.each((s, r, c) => s.setFillAt(r, c, p === 'None' ? null : { color: s.fillAt(r, c).color, pattern: p })));
  }
  clear(): void {
    this.op(40, () => this.each((s, r, c) => s.setFillAt(r, c, null)));
  }
}

export class RangeFontProxy extends FakeProxy {
  protected readonly scalars = ['bold'];
  constructor(
    ctx: FakeRequestContext,
    private readonly range: RangeProxy,
  ) {
    super(ctx);
  }
  protected read(): unknown {
    const { sheet, rect } = this.range.target();
    return sheet.formatOf(rect, 'bold');
  }
  get bold(): boolean {
    return this.get('bold');
  }
  set bold(v: boolean) {
    this.op(40, () => {
      const { sheet, rect } = this.range.target();
      guardWrite(sheet);
      sheet.addLayer(rect, 'bold', v);
    });
  }
}

// ---------------------------------------------------------------- tables

const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

export class TableCollectionProxy extends FakeCollection<TableProxy, { sheet: FakeSheet; table: FakeTable }> {
  constructor(
    ctx: FakeRequestContext,
    private readonly ws: WorksheetProxy | null,
  ) {
    super(ctx);
  }
  protected targets(): { sheet: FakeSheet; table: FakeTable }[] {
    const all = this.context.state.allTables();
    if (!this.ws) return all;
    const s = this.ws.sheet();
    return all.filter((t) => t.sheet === s);
  }
  protected item(t: { sheet: FakeSheet; table: FakeTable }): TableProxy {
    return new TableProxy(this.context, WorksheetProxy.bound(this.context, t.sheet), t.table);
  }

  add(address: string | RangeProxy, hasHeaders: boolean): TableProxy {
    const wb = this.context.state;
    const holder: { sheet: FakeSheet | null; table: FakeTable | null } = { sheet: null, table: null };
    const proxy = new TableProxy(this.context, new WorksheetProxy(this.context, () => holder.sheet, false, '(table)'), null, holder);
    this.context.queue(60 + jsonLen(typeof address === 'string' ? address : ''), () => {
      let sheet: FakeSheet;
      let rect: Rect;
      if (typeof address === 'string') {
        const { sheet: name, local } = splitSheet(address);
        const s = name !== null ? wb.find(name) : this.ws?.sheet();
        const r = parseRect(local);
        if (!s) throw new FakeOfficeError('ItemNotFound', `No sheet for table address ${address}.`);
        if (!r) throw new FakeOfficeError('InvalidArgument', `Bad table address ${address}.`);
        sheet = s;
        rect = r;
      } else ({ sheet, rect } = address.target());
      guardWrite(sheet);
      if (!hasHeaders) throw new FakeOfficeError('InvalidArgument', 'The fake only models tables with headers.');
      if (wb.allTables().some((t) => t.sheet === sheet && intersect(t.table.rect, rect))) throw new FakeOfficeError('InvalidOperation', "A table can't overlap another table.");
      let n = 1;
      while (wb.tableNames().some((x) => x.toLowerCase() === `table${n}`)) n++;
      const table: FakeTable = { id: wb.newId('table'), name: `Table${n}`, rect, style: 'TableStyleMedium2' };
      sheet.tables.push(table);
      holder.sheet = sheet;
      holder.table = table;
    }, true);
    return proxy;
  }

  getItem(name: string): TableProxy {
    const holder: { sheet: FakeSheet | null; table: FakeTable | null } = { sheet: null, table: null };
    const find = (): void => {
      const t = this.context.state.allTables().find((x) => x.table.name.toLowerCase() === name.toLowerCase());
      if (!t) throw new FakeOfficeError('ItemNotFound', `No table named ${name}.`);
      holder.sheet = t.sheet;
      holder.table = t.table;
    };
    return new TableProxy(this.context, new WorksheetProxy(this.context, () => (find(), holder.sheet), false, '(table)'), null, holder, find);
  }
}

export class TableProxy extends FakeProxy {
  protected readonly scalars = ['name', 'id', 'style', 'showHeaders'];
  constructor(
    ctx: FakeRequestContext,
    readonly worksheet: WorksheetProxy,
    private readonly fixed: FakeTable | null,
    private readonly holder: { table: FakeTable | null } = { table: null },
    private readonly find?: () => void,
  ) {
    super(ctx);
  }
  private table(): FakeTable {
    if (this.fixed) return this.fixed;
    if (!this.holder.table && this.find) this.find();
    if (!this.holder.table) throw new FakeOfficeError('ItemNotFound', 'The table does not exist.');
    return this.holder.table;
  }
  protected read(prop: string): unknown {
    const t = this.table();
    return prop === 'showHeaders' ? true : (t as unknown as Record<string, unknown>)[prop];
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.op(40 + v.length, () => {
      const t = this.table();
      const wb = this.context.state;
      if (!TABLE_NAME.test(v) || /^[A-Za-z]{1,3}\d+$/.test(v) || /^[RrCc]$/.test(v) || v.length > 255)
        throw new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: table name "${v}".`);
      if (wb.allTables().some((x) => x.table !== t && x.table.name.toLowerCase() === v.toLowerCase()))
        throw new FakeOfficeError('InvalidArgument', `A table named "${v}" already exists.`);
      t.name = v;
    });
  }
  get id(): string {
    return this.get('id');
  }
  get style(): string {
    return this.get('style');
  }
  set style(v: string) {
    this.op(40, () => void (this.table().style = v));
  }
  private part(f: (r: Rect) => Rect): RangeProxy {
    return new RangeProxy(this.context, this.worksheet, () => f(this.table().rect));
  }
  getRange(): RangeProxy {
    return this.part((r) => r);
  }
  getHeaderRowRange(): RangeProxy {
    return this.part((r) => ({ ...r, r1: r.r0 }));
  }
  getDataBodyRange(): RangeProxy {
    return this.part((r) => ({ ...r, r0: Math.min(r.r0 + 1, r.r1) }));
  }
}

// ---------------------------------------------------------------- charts

export class ChartCollectionProxy extends FakeCollection<ChartProxy, FakeChart> {
  constructor(
    ctx: FakeRequestContext,
    private readonly ws: WorksheetProxy,
  ) {
    super(ctx);
  }
  protected targets(): FakeChart[] {
    return [...this.ws.sheet().charts];
  }
  protected item(c: FakeChart): ChartProxy {
    return new ChartProxy(this.context, { chart: c });
  }

  add(type: string, sourceData: RangeProxy, seriesBy = 'Auto'): ChartProxy {
    const holder: { chart: FakeChart | null } = { chart: null };
    this.op(80, () => {
      const s = this.ws.sheet();
      guardWrite(s);
      const { sheet, rect } = sourceData.target();
      const byRows = seriesBy === 'Rows';
      const cell = (i: number, j: number): FakeValue => (byRows ? sheet.get(rect.r0 + j, rect.c0 + i) : sheet.get(rect.r0 + i, rect.c0 + j));
      const n = byRows ? rect.c1 - rect.c0 + 1 : rect.r1 - rect.r0 + 1;
      const m = byRows ? rect.r1 - rect.r0 + 1 : rect.c1 - rect.c0 + 1;
      const categories = Array.from({ length: n - 1 }, (_, i) => cell(i + 1, 0));
      const series = Array.from({ length: m - 1 }, (_, j) => ({
        name: String(cell(0, j + 1)),
        categories,
        values: Array.from({ length: n - 1 }, (_, i) => cell(i + 1, j + 1)),
      }));
      const wb = this.context.state;
      const chart: FakeChart = {
        id: wb.newId('chart'),
        name: `Chart ${wb.sheets.reduce((k, x) => k + x.charts.length, 0) + 1}`,
        type,
        seriesBy,
        source: fullAddress(sheet.name, rect),
        title: '',
        position: null,
        series,
      };
      s.charts.push(chart);
      holder.chart = chart;
    });
    return new ChartProxy(this.context, holder);
  }
}

export class ChartProxy extends FakeProxy {
  protected readonly scalars = ['name', 'id', 'chartType'];
  readonly title: ChartTitleProxy;
  constructor(
    ctx: FakeRequestContext,
    private readonly holder: { chart: FakeChart | null },
  ) {
    super(ctx);
    this.title = new ChartTitleProxy(ctx, () => this.chart());
  }
  chart(): FakeChart {
    if (!this.holder.chart) throw new FakeOfficeError('ItemNotFound', 'The chart does not exist.');
    return this.holder.chart;
  }
  protected nav(name: string): FakeProxy | undefined {
    return name === 'title' ? this.title : undefined;
  }
  protected read(prop: string): unknown {
    const c = this.chart();
    return prop === 'chartType' ? c.type : (c as unknown as Record<string, unknown>)[prop];
  }
  get name(): string {
    return this.get('name');
  }
  get id(): string {
    return this.get('id');
  }
  get chartType(): string {
    return this.get('chartType');
  }
  setPosition(startCell: string | RangeProxy, endCell?: string | RangeProxy): void {
    const addr = (x: string | RangeProxy): string => (typeof x === 'string' ? x : rectAddress(x.target().rect));
    this.op(60, () => void (this.chart().position = { start: addr(startCell), ...(endCell ? { end: addr(endCell) } : {}) }));
  }
}

export class ChartTitleProxy extends FakeProxy {
  protected readonly scalars = ['text'];
  constructor(
    ctx: FakeRequestContext,
    private readonly chart: () => FakeChart,
  ) {
    super(ctx);
  }
  protected read(): unknown {
    return this.chart().title;
  }
  get text(): string {
    return this.get('text');
  }
  set text(v: string) {
    this.op(40 + v.length, () => void (this.chart().title = v));
  }
}

// ---------------------------------------------------------------- events

export class EventHandlerResultProxy {
  constructor(
    readonly context: FakeRequestContext,
    private readonly handler: (e: ChangedEvent) => unknown,
  ) {}
  remove(): void {
    this.context.queue(30, () => void this.context.state.changedHandlers.delete(this.handler));
  }
}

export class ChangedEventProxy {
  constructor(private readonly context: FakeRequestContext) {}
  add(handler: (e: ChangedEvent) => unknown): EventHandlerResultProxy {
    this.context.queue(30, () => void this.context.state.changedHandlers.add(handler));
    return new EventHandlerResultProxy(this.context, handler);
  }
}
