/// <reference types="office-js" />
/**
 * The only code that talks to Excel (through Excel.run). Every method costs a
 * constant number of context.sync() round trips, or one more per ~4 MB of data:
 * never one per row. See docs/adapter.md.
 */
import { cellText, matchHeader, shownNumber, type CellValue, type MergedArea } from '../../core';
import { parseRect, splitAreas, splitSheet, type Rect } from './a1';
import { failureOf, isTooLarge, toAdapterError } from './errors';
import { cellKey, decodeStore, encodeStore, parseKey, STORE_SHEET, storeKey, type FillStore, type SavedCell } from './fillStore';
import { freeSheetName, freeTableName } from './names';
import { decodeTags, encodeTags, liveTagged, TAG_SHEET } from './tagStore';
import { ExcelAdapterError, type CellOut, type ChartOut, type ExcelAdapter, type RowHighlight, type SheetInfo, type SheetSnapshot, type TableOut } from './types';

/** What the adapter needs from the host: the real Office.js globals, or the fake's. */
export interface OfficeHost {
  Excel: typeof Excel;
  Office: typeof Office;
}

/** Excel on the web refuses requests or responses over 5 MB; stay well under it. */
export const REQUEST_BUDGET = 4_000_000;
/** Cells whose values are read in one sync at first try (≈ 10,000 appendix rows). */
const OPTIMISTIC_CELLS = 300_000;
/** Cells per sync once a read proved too large. */
const GROUP_CELLS = 100_000;
/** Cells per range object when reading values. */
const BLOCK_CELLS = 50_000;
/** Rows and columns sampled to guess whether a sheet is an appendix. */
const SAMPLE_ROWS = 20;
const SAMPLE_COLUMNS = 12;
const SAMPLE_SHEETS_PER_SYNC = 150;
/** Cell-properties reads: about this many characters of JSON per cell. */
const FILL_CHARS_PER_CELL = 60;

export const HIGHLIGHT_COLORS: Record<RowHighlight['severity'], string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
};

const OP_CHARS = 150;

/** Queue writes and sync only when the queued payload nears the request limit. */
class Batch {
  size = 0;
  syncs = 0;
  constructor(private readonly ctx: Excel.RequestContext) {}
  async add(chars: number, queue: () => void): Promise<void> {
    if (this.size > 0 && this.size + chars > REQUEST_BUDGET) await this.flush();
    queue();
    this.size += chars;
  }
  async flush(): Promise<void> {
    await this.ctx.sync();
    this.size = 0;
    this.syncs++;
  }
}

/** Text Excel would take for a formula, number or date is written with a leading apostrophe, so it stays text. */
export function toExcelInput(v: CellOut): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'string') return v;
  if (/^[=+\-@']/.test(v) || /^(true|false)$/i.test(v.trim()) || (/\d/.test(v) && /^[\s\d.,/:%$()+-]+$/.test(v))) return `'${v}`;
  return v;
}

/** Column width in points for a width in characters (Calibri 11: ≈ 7 px a character plus 5 px padding). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

interface Block {
  ws: Excel.Worksheet;
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** Values land in out[offset…]. */
  out: unknown[][];
  offset: number;
}

function cellsOf(bs: readonly Block[]): number {
  return bs.reduce((n, b) => n + b.rows * b.cols, 0);
}

/** Cut a sheet area into range-sized blocks whose values land in `out`. */
function blocksFor(ws: Excel.Worksheet, row: number, col: number, rows: number, cols: number, out: unknown[][]): Block[] {
  const step = Math.max(1, Math.floor(BLOCK_CELLS / Math.max(1, cols)));
  const bs: Block[] = [];
  for (let i = 0; i < rows; i += step) bs.push({ ws, row: row + i, col, rows: Math.min(step, rows - i), cols, out, offset: i });
  return bs;
}

/** Halve a group Excel found too large: fewer blocks, or a block of fewer rows. */
function splitBlocks(g: Block[]): Block[][] | null {
  if (g.length > 1) return [g.slice(0, g.length >> 1), g.slice(g.length >> 1)];
  const b = g[0];
  if (b.rows < 2) return null;
  const half = b.rows >> 1;
  return [[{ ...b, rows: half }], [{ ...b, row: b.row + half, rows: b.rows - half, offset: b.offset + half }]];
}

/** A row of values as Excel shows them: numbers through their format (percents, months, years). */
function shownRow(row: unknown[], formats: unknown[] | undefined): unknown[] {
  if (!formats) return row;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (typeof v === 'number' && typeof formats[c] === 'string' && formats[c] !== 'General') row[c] = shownNumber(v, formats[c] as string);
  }
  return row;
}

/** Load the values of blocks: all in one sync when small, else in groups; halve a group Excel finds too large. */
async function loadBlocks(ctx: Excel.RequestContext, blocks: Block[]): Promise<void> {
  if (!blocks.length) return;
  const groups: Block[][] = [];
  if (cellsOf(blocks) <= OPTIMISTIC_CELLS) groups.push(blocks);
  else {
    let cur: Block[] = [];
    for (const b of blocks) {
      if (cur.length && cellsOf(cur) + b.rows * b.cols > GROUP_CELLS) {
        groups.push(cur);
        cur = [];
      }
      cur.push(b);
    }
    if (cur.length) groups.push(cur);
  }
  const load = async (g: Block[]): Promise<void> => {
    // Number formats too: a percent or a month is shown by its format ("100%" is stored as 1), as the CLI reads it.
    const ranges = g.map((b) => b.ws.getRangeByIndexes(b.row, b.col, b.rows, b.cols).load('values,numberFormat'));
    try {
      await ctx.sync();
    } catch (e) {
      const halves = isTooLarge(e) ? splitBlocks(g) : null;
      if (!halves) throw e;
      for (const h of halves) await load(h);
      return;
    }
    ranges.forEach((r, i) => {
      const formats = r.numberFormat as unknown[][];
      r.values.forEach((row, j) => (g[i].out[g[i].offset + j] = shownRow(row, formats[j])));
    });
  };
  for (const g of groups) await load(g);
}

/** Merged areas from a RangeAreas address, relative to the used range and clipped to it. */
export function mergesFrom(address: string, origin: Rect, rows: number, cols: number): MergedArea[] {
  const out: MergedArea[] = [];
  for (const part of splitAreas(address)) {
    const r = parseRect(splitSheet(part).local);
    if (!r) continue;
    const m = { top: Math.max(0, r.r0 - origin.r0), left: Math.max(0, r.c0 - origin.c0), bottom: Math.min(rows - 1, r.r1 - origin.r0), right: Math.min(cols - 1, r.c1 - origin.c0) };
    if (m.top <= m.bottom && m.left <= m.right) out.push(m);
  }
  return out;
}

/** Consecutive cells with the same fill, grouped into rectangles (rows with the same pattern of segments merge). */
function fillBlocks(cells: Map<string, { color: string; pattern: string }>): { rect: Rect; color: string; pattern: string }[] {
  const byRow = new Map<number, number[]>();
  for (const k of cells.keys()) {
    const [r, c] = parseKey(k);
    (byRow.get(r) ?? byRow.set(r, []).get(r)!).push(c);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const out: { rect: Rect; color: string; pattern: string }[] = [];
  let open: { sig: string; r: number; segs: { c0: number; c1: number; color: string; pattern: string }[]; start: number } | null = null;
  const close = (): void => {
    if (open) for (const s of open.segs) out.push({ rect: { r0: open.start, c0: s.c0, r1: open.r, c1: s.c1 }, color: s.color, pattern: s.pattern });
    open = null;
  };
  for (const r of rows) {
    const cols = byRow.get(r)!.sort((a, b) => a - b);
    const segs: { c0: number; c1: number; color: string; pattern: string }[] = [];
    for (const c of cols) {
      const f = cells.get(cellKey(r, c))!;
      const last = segs[segs.length - 1];
      if (last && last.c1 === c - 1 && last.color === f.color && last.pattern === f.pattern) last.c1 = c;
      else segs.push({ c0: c, c1: c, color: f.color, pattern: f.pattern });
    }
    const sig = JSON.stringify(segs);
    const cur = open as { sig: string; r: number; start: number } | null;
    if (cur && cur.sig === sig && cur.r === r - 1) cur.r = r;
    else {
      close();
      open = { sig, r, segs, start: r };
    }
  }
  close();
  return out;
}

function restoreFill(ws: Excel.Worksheet, rect: Rect, color: string, pattern: string): void {
  const fill = ws.getRangeByIndexes(rect.r0, rect.c0, rect.r1 - rect.r0 + 1, rect.c1 - rect.c0 + 1).format.fill;
  if (pattern === 'None') fill.clear();
  else {
    fill.color = color;
    if (pattern !== 'Solid') fill.pattern = pattern as Excel.FillPattern;
  }
}

/** Rows (0-based, sorted) in runs of consecutive rows. */
function runs(rows: number[]): { start: number; count: number }[] {
  const out: { start: number; count: number }[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.start + last.count === r) last.count++;
    else out.push({ start: r, count: 1 });
  }
  return out;
}

export function createOfficeAdapter(host?: OfficeHost): ExcelAdapter {
  const X = (): typeof Excel => host?.Excel ?? (globalThis as unknown as { Excel: typeof Excel }).Excel;
  const O = (): typeof Office => host?.Office ?? (globalThis as unknown as { Office: typeof Office }).Office;
  let storeSheetId: string | null = null;

  async function run<T>(sheet: string | undefined, batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await X().run(batch);
    } catch (e) {
      throw toAdapterError(e, sheet);
    }
  }

  async function readAll(names: (string | undefined)[]): Promise<SheetSnapshot[]> {
    return run(names.length === 1 ? names[0] : undefined, async (ctx) => {
      const sheets = names.map((n) => {
        const ws = n === undefined ? ctx.workbook.worksheets.getActiveWorksheet() : ctx.workbook.worksheets.getItem(n);
        ws.load('name');
        const used = ws.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
        const merged = used.getMergedAreasOrNullObject().load('address');
        return { ws, used, merged };
      });
      await ctx.sync();
      const outs = sheets.map(({ used }) => new Array<unknown[]>(used.rowCount));
      await loadBlocks(
        ctx,
        sheets.flatMap(({ ws, used }, i) => blocksFor(ws, used.rowIndex, used.columnIndex, used.rowCount, used.columnCount, outs[i])),
      );
      return sheets.map(({ ws, used, merged }, i) => ({
        name: ws.name,
        values: outs[i] as CellValue[][],
        merges: merged.isNullObject
          ? []
          : mergesFrom(merged.address, { r0: used.rowIndex, c0: used.columnIndex, r1: 0, c1: 0 }, used.rowCount, used.columnCount),
        firstRow: used.rowIndex + 1,
        firstColumn: used.columnIndex,
      }));
    });
  }

  /** The store sheet and its contents, queued (read after the next sync). */
  function queueStoreRead(ctx: Excel.RequestContext): { ws: Excel.Worksheet; used: Excel.Range } {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
    ws.load('id');
    const used = ws.getUsedRangeOrNullObject(true).load('values,rowCount');
    return { ws, used };
  }

  function storeOf(s: { ws: Excel.Worksheet; used: Excel.Range }): { store: FillStore; rows: number; exists: boolean } {
    if (s.ws.isNullObject) return { store: decodeStore(null), rows: 0, exists: false };
    storeSheetId = s.ws.id;
    if (s.used.isNullObject) return { store: decodeStore(null), rows: 0, exists: true };
    return { store: decodeStore(s.used.values), rows: s.used.rowCount, exists: true };
  }

  /** Queue the store's new contents (creating or deleting its sheet) as writes of the batch. */
  async function queueStoreWrite(ctx: Excel.RequestContext, batch: Batch, store: FillStore, before: { rows: number; exists: boolean }): Promise<void> {
    const chunks = Object.keys(store.sheets).length ? encodeStore(store) : [];
    if (!chunks.length) {
      if (before.exists) await batch.add(OP_CHARS, () => ctx.workbook.worksheets.getItem(STORE_SHEET).delete());
      storeSheetId = null;
      return;
    }
    const chars = chunks.reduce((n, c) => n + c.length + 8, OP_CHARS * 3);
    await batch.add(chars, () => {
      let ws: Excel.Worksheet;
      if (before.exists) ws = ctx.workbook.worksheets.getItem(STORE_SHEET);
      else {
        ws = ctx.workbook.worksheets.add(STORE_SHEET);
        ws.visibility = X().SheetVisibility.veryHidden;
        // A new store sheet has a new id: found again when the next change event needs it.
        storeSheetId = null;
      }
      ws.getRangeByIndexes(0, 0, chunks.length, 1).values = chunks.map((c) => [c]);
      if (before.rows > chunks.length) ws.getRangeByIndexes(chunks.length, 0, before.rows - chunks.length, 1).values = Array.from({ length: before.rows - chunks.length }, () => ['']);
    });
  }

  /** Queue per-cell fill reads of row runs, syncing as often as the response size needs. */
  async function readFills(ctx: Excel.RequestContext, ws: Excel.Worksheet, areas: Rect[], alsoQueued: boolean): Promise<Map<string, { color: string; pattern: string }>> {
    const fills = new Map<string, { color: string; pattern: string }>();
    let pending: { rect: Rect; res: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
    let chars = 0;
    const take = (): void => {
      for (const p of pending)
        p.res.value.forEach((row, i) =>
          row.forEach((cell, j) => fills.set(cellKey(p.rect.r0 + i, p.rect.c0 + j), { color: String(cell.format?.fill?.color ?? '#FFFFFF'), pattern: String(cell.format?.fill?.pattern ?? 'None') })),
        );
      pending = [];
      chars = 0;
    };
    let first = alsoQueued;
    for (const a of areas) {
      const n = (a.r1 - a.r0 + 1) * (a.c1 - a.c0 + 1) * FILL_CHARS_PER_CELL;
      if (pending.length && chars + n > REQUEST_BUDGET) {
        await ctx.sync();
        first = false;
        take();
      }
      const res = ws
        .getRangeByIndexes(a.r0, a.c0, a.r1 - a.r0 + 1, a.c1 - a.c0 + 1)
        .getCellProperties({ format: { fill: { color: true, pattern: true } } });
      pending.push({ rect: a, res });
      chars += n;
    }
    if (pending.length || first) {
      await ctx.sync();
      take();
    }
    return fills;
  }

  async function findStoreId(): Promise<string | null> {
    return X().run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject(STORE_SHEET).load('id');
      await ctx.sync();
      return ws.isNullObject ? null : ws.id;
    });
  }

  async function deleteSheets(names: string[]): Promise<void> {
    if (!names.length) return;
    return run(undefined, async (ctx) => {
      const sheets = names.map((n) => ctx.workbook.worksheets.getItemOrNullObject(n));
      await ctx.sync();
      for (const s of sheets) if (!s.isNullObject) s.delete();
      await ctx.sync();
    });
  }

  return {
    async listSheets(): Promise<SheetInfo[]> {
      return run(undefined, async (ctx) => {
        const sheets = ctx.workbook.worksheets.load('items/name,items/visibility');
        await ctx.sync();
        const visible = sheets.items.filter((s) => s.visibility === 'Visible' && s.name !== STORE_SHEET);
        const out: SheetInfo[] = [];
        for (let i = 0; i < visible.length; i += SAMPLE_SHEETS_PER_SYNC) {
          const part = visible.slice(i, i + SAMPLE_SHEETS_PER_SYNC);
          const ranges = part.map((s) => s.getRangeByIndexes(0, 0, SAMPLE_ROWS, SAMPLE_COLUMNS).load('values'));
          const tables = part.map((s) => s.tables.load('items/name'));
          await ctx.sync();
          part.forEach((s, j) =>
            out.push({
              name: s.name,
              looksLikeAppendix: ranges[j].values.some((row) => matchHeader(row.map((v) => cellText(v as CellValue))) !== null),
              tables: tables[j].items.map((t) => t.name),
            }),
          );
        }
        return out;
      });
    },

    async activeSheetName(): Promise<string> {
      return run(undefined, async (ctx) => {
        const ws = ctx.workbook.worksheets.getActiveWorksheet().load('name');
        await ctx.sync();
        return ws.name;
      });
    },

    async readSheet(name?: string): Promise<SheetSnapshot> {
      return (await readAll([name]))[0];
    },

    async readTable(table: string): Promise<SheetSnapshot> {
      return run(table, async (ctx) => {
        const t = ctx.workbook.tables.getItem(table);
        const ws = t.worksheet.load('name');
        const range = t.getRange().load('rowIndex,columnIndex,rowCount,columnCount');
        await ctx.sync();
        const out = new Array<unknown[]>(range.rowCount);
        await loadBlocks(ctx, blocksFor(ws, range.rowIndex, range.columnIndex, range.rowCount, range.columnCount, out));
        // Excel tables cannot hold merged cells: nothing to fill.
        return { name: ws.name, values: out as CellValue[][], merges: [], firstRow: range.rowIndex + 1, firstColumn: range.columnIndex };
      });
    },

    async readSheets(names: string[]): Promise<SheetSnapshot[]> {
      return names.length ? readAll(names) : [];
    },

    async selectCell(sheet: string, row: number, column: number): Promise<void> {
      return run(sheet, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRangeByIndexes(Math.max(0, row - 1), Math.max(0, column), 1, 1).select();
        await ctx.sync();
      });
    },

    async highlightRows(sheet: string, rows: RowHighlight[], firstColumn: number, lastColumn: number): Promise<void> {
      return run(sheet, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet).load('name,id');
        ws.protection.load('protected');
        const storeRead = queueStoreRead(ctx);
        const severity = new Map<number, RowHighlight['severity']>();
        for (const h of rows) if (h.row >= 1 && severity.get(h.row - 1) !== 'error') severity.set(h.row - 1, h.severity);
        const sorted = [...severity.keys()].sort((a, b) => a - b);
        const c0 = Math.max(0, Math.min(firstColumn, lastColumn));
        const c1 = Math.max(firstColumn, lastColumn);
        const areas = runs(sorted).map((r) => ({ r0: r.start, c0, r1: r.start + r.count - 1, c1 }));
        const current = await readFills(ctx, ws, areas, true);
        if (ws.protection.protected) throw new ExcelAdapterError('protected', sheet);

        const { store, rows: storeRows, exists } = storeOf(storeRead);
        const key = storeKey(store, ws.name, ws.id) ?? ws.name;
        const saved: Record<string, SavedCell> = { ...(store.sheets[key]?.cells ?? {}) };
        delete store.sheets[key];
        // Cells highlighted before and not now get their original fill back.
        const restore = new Map<string, { color: string; pattern: string }>();
        const wanted = new Set(current.keys());
        for (const [k, s] of Object.entries(saved))
          if (!wanted.has(k)) {
            restore.set(k, { color: s[0], pattern: s[1] });
            delete saved[k];
          }
        for (const [k, f] of current) {
          const [r] = parseKey(k);
          const applied = HIGHLIGHT_COLORS[severity.get(r)!];
          saved[k] = saved[k] ? [saved[k][0], saved[k][1], applied] : [f.color, f.pattern, applied];
        }
        if (Object.keys(saved).length) store.sheets[ws.name] = { id: ws.id, cells: saved };

        const batch = new Batch(ctx);
        // The originals are written first: whatever happens next, they can be restored.
        await queueStoreWrite(ctx, batch, store, { rows: storeRows, exists });
        for (const b of fillBlocks(restore)) await batch.add(OP_CHARS, () => restoreFill(ws, b.rect, b.color, b.pattern));
        const bySeverity = (s: RowHighlight['severity']): number[] => sorted.filter((r) => severity.get(r) === s);
        for (const s of ['error', 'warning'] as const)
          for (const r of runs(bySeverity(s)))
            await batch.add(OP_CHARS, () => (ws.getRangeByIndexes(r.start, c0, r.count, c1 - c0 + 1).format.fill.color = HIGHLIGHT_COLORS[s]));
        await batch.flush();
      });
    },

    async clearHighlights(sheet: string): Promise<void> {
      return run(sheet, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet).load('name,id');
        ws.protection.load('protected');
        const storeRead = queueStoreRead(ctx);
        await ctx.sync();
        const { store, rows: storeRows, exists } = storeOf(storeRead);
        const key = storeKey(store, ws.name, ws.id);
        if (!key) return;
        if (ws.protection.protected) throw new ExcelAdapterError('protected', sheet);
        const saved = store.sheets[key].cells;
        // Read what the cells hold now: a cell the user refilled since is left as the user made it.
        const byRow = new Map<number, number[]>();
        for (const k of Object.keys(saved)) {
          const [r, c] = parseKey(k);
          (byRow.get(r) ?? byRow.set(r, []).get(r)!).push(c);
        }
        const areas = runs([...byRow.keys()].sort((a, b) => a - b)).map((run) => {
          const cols = Array.from({ length: run.count }, (_, i) => byRow.get(run.start + i)!).flat();
          return { r0: run.start, c0: Math.min(...cols), r1: run.start + run.count - 1, c1: Math.max(...cols) };
        });
        const now = await readFills(ctx, ws, areas, false);
        const restore = new Map<string, { color: string; pattern: string }>();
        for (const [k, s] of Object.entries(saved)) {
          const cur = now.get(k);
          if (!cur || (cur.pattern === 'Solid' && cur.color.toUpperCase() === s[2].toUpperCase())) restore.set(k, { color: s[0], pattern: s[1] });
        }
        delete store.sheets[key];
        const batch = new Batch(ctx);
        for (const b of fillBlocks(restore)) await batch.add(OP_CHARS, () => restoreFill(ws, b.rect, b.color, b.pattern));
        await queueStoreWrite(ctx, batch, store, { rows: storeRows, exists });
        await batch.flush();
      });
    },

    async writeTable(table: TableOut): Promise<string> {
      let created: string | null = null;
      try {
        return await run(table.sheetName, async (ctx) => {
          const sheets = ctx.workbook.worksheets.load('items/name');
          const tables = ctx.workbook.tables.load('items/name');
          await ctx.sync();
          const name = freeSheetName(table.sheetName, sheets.items.map((s) => s.name));
          const batch = new Batch(ctx);
          const ws = ctx.workbook.worksheets.add(name);
          created = name;
          batch.size += OP_CHARS;
          const cols = Math.max(1, table.header.length, ...table.rows.map((r) => r.length));
          const titles = table.titleLines ?? [];
          const headerRow = titles.length ? titles.length + 1 : 0;
          for (let i = 0; i < titles.length; i++)
            await batch.add(titles[i].length + OP_CHARS, () => {
              const cell = ws.getRangeByIndexes(i, 0, 1, 1);
              cell.values = [[toExcelInput(titles[i])]];
              cell.format.font.bold = true;
            });
          const pad = (r: readonly CellOut[]): (string | number | boolean)[] => Array.from({ length: cols }, (_, j) => toExcelInput(r[j] ?? null));
          await batch.add(JSON.stringify(table.header).length + OP_CHARS, () => {
            const h = ws.getRangeByIndexes(headerRow, 0, 1, cols);
            h.values = [pad(table.header)];
            h.format.font.bold = true;
          });
          // Rows go in chunks of about 1 MB, each chunk one range write.
          let start = 0;
          while (start < table.rows.length) {
            let chars = 0;
            let end = start;
            const chunk: (string | number | boolean)[][] = [];
            while (end < table.rows.length && (chunk.length === 0 || chars < 1_000_000)) {
              const r = pad(table.rows[end]);
              chars += JSON.stringify(r).length + 1;
              chunk.push(r);
              end++;
            }
            const at = headerRow + 1 + start;
            await batch.add(chars + OP_CHARS, () => (ws.getRangeByIndexes(at, 0, chunk.length, cols).values = chunk));
            start = end;
          }
          const all = ws.getRangeByIndexes(headerRow, 0, table.rows.length + 1, cols);
          await batch.add(OP_CHARS * 3, () => {
            all.format.wrapText = true;
            all.format.verticalAlignment = 'Top';
          });
          for (const [j, w] of (table.widths ?? []).entries())
            if (j < cols && w > 0) await batch.add(OP_CHARS, () => (ws.getRangeByIndexes(0, j, 1, 1).format.columnWidth = widthPoints(w)));
          for (const l of table.links ?? []) {
            if (l.row < 0 || l.row >= table.rows.length || l.column < 0 || l.column >= cols) continue;
            const text = table.rows[l.row][l.column];
            await batch.add(l.address.length + String(text ?? '').length + OP_CHARS, () => {
              ws.getRangeByIndexes(headerRow + 1 + l.row, l.column, 1, 1).hyperlink = {
                documentReference: l.address,
                textToDisplay: text === null || text === undefined || text === '' ? l.address : String(text),
              };
            });
          }
          for (const b of table.blocks ?? []) {
            const width = Math.max(1, ...b.values.map((r) => r.length));
            const vals = b.values.map((r) => Array.from({ length: width }, (_, j) => toExcelInput(r[j] ?? null)));
            if (!vals.length) continue;
            await batch.add(JSON.stringify(vals).length + OP_CHARS * 2, () => {
              const range = ws.getRangeByIndexes(b.row, b.column, vals.length, width);
              range.values = vals;
              if (b.boldFirstRow) ws.getRangeByIndexes(b.row, b.column, 1, width).format.font.bold = true;
            });
          }
          for (const f of table.formulas ?? [])
            await batch.add(f.formula.length + OP_CHARS, () => (ws.getRangeByIndexes(f.row, f.column, 1, 1).formulas = [[f.formula]]));
          if (table.tableName) {
            const tname = freeTableName(table.tableName, tables.items.map((t) => t.name));
            await batch.add(OP_CHARS * 2, () => {
              const t = ws.tables.add(all, true);
              t.name = tname;
            });
          }
          if (table.freezeHeader)
            await batch.add(OP_CHARS, () =>
              table.freezeColumns ? ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, headerRow + 1, table.freezeColumns)) : ws.freezePanes.freezeRows(headerRow + 1),
            );
          await batch.flush();
          created = null;
          return name;
        });
      } catch (e) {
        // A half-written sheet is ours alone: take it away, so the user never sees a broken output.
        if (created && failureOf(e) !== 'edit-mode') await deleteSheets([created]).catch(() => undefined);
        throw e;
      }
    },

    deleteSheets,

    async addBarChart(chart: ChartOut): Promise<void> {
      return run(chart.sheetName, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(chart.sheetName);
        const c = ws.charts.add(X().ChartType.barClustered, ws.getRange(chart.sourceAddress), X().ChartSeriesBy.columns);
        c.title.text = chart.title;
        c.setPosition(chart.anchor);
        await ctx.sync();
      });
    },

    async onChanged(handler: () => void): Promise<() => Promise<void>> {
      return run(undefined, async (ctx) => {
        const reg = ctx.workbook.worksheets.onChanged.add(async (e: Excel.WorksheetChangedEventArgs) => {
          // The adapter's own bookkeeping sheet is not the user's work.
          if (!storeSheetId) storeSheetId = await findStoreId().catch(() => null);
          if (storeSheetId && e.worksheetId === storeSheetId) return;
          handler();
        });
        await ctx.sync();
        return async () => {
          await X().run(reg.context, async (c) => {
            reg.remove();
            await c.sync();
          });
        };
      });
    },

    canInsertWorksheets(): boolean {
      try {
        return !!O().context.requirements.isSetSupported('ExcelApi', '1.13');
      } catch {
        return false;
      }
    },

    async insertWorksheets(base64: string): Promise<string[]> {
      return run(undefined, async (ctx) => {
        const ids = ctx.workbook.insertWorksheetsFromBase64(base64, { positionType: X().WorksheetPositionType.end });
        await ctx.sync();
        const sheets = ids.value.map((id) => ctx.workbook.worksheets.getItem(id).load('name,visibility'));
        await ctx.sync();
        return sheets.filter((s) => s.visibility === 'Visible').map((s) => s.name);
      });
    },

    async taggedSheets(tag: string): Promise<string[]> {
      return run(undefined, async (ctx) => {
        const store = ctx.workbook.worksheets.getItemOrNullObject(TAG_SHEET);
        const used = store.getUsedRangeOrNullObject(true).load('values');
        const sheets = ctx.workbook.worksheets.load('items/name,items/id');
        await ctx.sync();
        if (store.isNullObject || used.isNullObject) return [];
        return liveTagged(decodeTags(used.values).tags[tag] ?? [], sheets.items.map((x) => ({ id: x.id, name: x.name })));
      });
    },

    async tagSheets(tag: string, names: string[]): Promise<void> {
      return run(undefined, async (ctx) => {
        const store = ctx.workbook.worksheets.getItemOrNullObject(TAG_SHEET);
        store.load('id');
        const used = store.getUsedRangeOrNullObject(true).load('values,rowCount');
        const sheets = ctx.workbook.worksheets.load('items/name,items/id');
        await ctx.sync();
        const exists = !store.isNullObject;
        const tags = decodeTags(exists && !used.isNullObject ? used.values : null);
        const wanted = new Set(names.map((n) => n.toLowerCase()));
        tags.tags[tag] = sheets.items.filter((x) => wanted.has(x.name.toLowerCase())).map((x) => ({ id: x.id, name: x.name }));
        const chunks = encodeTags(tags);
        const before = exists && !used.isNullObject ? used.rowCount : 0;
        let ws: Excel.Worksheet;
        if (exists) ws = ctx.workbook.worksheets.getItem(TAG_SHEET);
        else {
          ws = ctx.workbook.worksheets.add(TAG_SHEET);
          ws.visibility = X().SheetVisibility.veryHidden;
        }
        ws.getRangeByIndexes(0, 0, chunks.length, 1).values = chunks.map((c) => [c]);
        if (before > chunks.length) ws.getRangeByIndexes(chunks.length, 0, before - chunks.length, 1).values = Array.from({ length: before - chunks.length }, () => ['']);
        await ctx.sync();
      });
    },

    displayLanguage(): string {
      try {
        return O().context.displayLanguage || 'vi-VN';
      } catch {
        return 'vi-VN';
      }
    },
  };
}
