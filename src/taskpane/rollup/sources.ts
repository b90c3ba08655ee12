/**
 * The roll-up's inputs read and analysed: sheets of this workbook (read through
 * the adapter in groups, so syncs grow with the number of sheets, never rows)
 * and .xlsx files (inserted as sheets where Excel can, else read in the pane).
 * An input that cannot be read is skipped with its reason; the rest go on.
 */
import { analyze, analyzePages, communeFromName, pageRuns, t, type Analysis, type CellValue, type Lang, type MergedArea } from '../../core';
import { gridOf } from '../check';
import { failureMessageKey } from '../excel/errors';
import { ExcelAdapterError, type ExcelAdapter, type SheetSnapshot } from '../excel/types';
import { readXlsx, toBase64 } from '../excel/xlsxGrid';
import type { Tracker } from './progress';

export interface FileIn {
  name: string;
  data: ArrayBuffer | Uint8Array;
}

/** One appendix ready to roll up. */
export interface ReadyInput {
  id: string;
  /** The input (sheet or file) it came from. */
  inputId: string;
  /** What the output's "Nguồn" column says: the sheet, the file, or "file [sheet]". */
  source: string;
  /** Its sheet in this workbook (links point there), or null for a file read in the pane. */
  sheet: string | null;
  analysis: Analysis;
  /** The commune when the appendix names none: from the sheet or file name. */
  fallbackName: string;
  /** Sheet column (0-based) of the read values' first column. */
  firstColumn: number;
}

/** Sheets read per adapter call: a progress step, and at most 2 syncs (more only for very big sheets). */
export const SHEETS_PER_READ = 20;

interface Grid {
  name: string;
  values: CellValue[][];
  merges: MergedArea[];
  firstRow: number;
  firstColumn: number;
}

type Outcome = { ok: true; analysis: Analysis } | { ok: false; key: string; params: Record<string, string | number> };

function isBlank(values: readonly (readonly CellValue[])[]): boolean {
  return values.every((r) => r.every((v) => v === null || v === undefined || v === ''));
}

/** The engine on one grid; an empty sheet or one without an appendix table is a reason, not an input. */
export function analyzeGrid(g: Grid, lang: Lang, source?: string): Outcome {
  if (!g.values.length || isBlank(g.values)) return { ok: false, key: 'pane.rollup.reason.empty', params: { sheet: g.name } };
  const analysis = analyze(g.values, { merges: g.merges, firstRow: g.firstRow, firstColumn: g.firstColumn, sheetName: g.name, source, lang });
  if (!analysis.appendix.header) return { ok: false, key: 'pane.rollup.reason.noTable', params: { sheet: g.name } };
  // A form never filled in (a header, areas, placeholders "Mục tiêu 1: …"): no commune's appendix.
  if (analysis.appendix.items.length === 0) return { ok: false, key: 'pane.rollup.reason.noRows', params: { sheet: g.name } };
  return { ok: true, analysis };
}

/** An appendix found among a source's sheets: on `grid`, or over `pages` (a table a converter wrote one page per sheet). */
interface Found {
  grid: Grid;
  analysis: Analysis;
  /** The sheets read as its pages, `grid` first; one sheet for most. */
  pages: string[];
}

/**
 * A source's sheets, in order → its appendices, each sheet's outcome beside it. Sheets that go on
 * with the table of a sheet before them (its pages) are read with it.
 */
export function appendicesOf(grids: readonly Grid[], lang: Lang, source?: string): { found: Found[]; outcomes: Outcome[] } {
  const outcomes = grids.map((g) => analyzeGrid(g, lang, source));
  const sheets = grids.map(gridOf);
  const found: Found[] = [];
  for (const { first, end } of pageRuns(sheets, (i) => (outcomes[i].ok ? outcomes[i].analysis.appendix : null))) {
    const o = outcomes[first];
    if (!o.ok) continue;
    if (end === first + 1) found.push({ grid: grids[first], analysis: o.analysis, pages: [grids[first].name] });
    // The joined table's grid starts at column A.
    else found.push({ grid: { ...grids[first], firstColumn: 0 }, analysis: analyzePages(sheets.slice(first, end), { source, lang }), pages: grids.slice(first, end).map((g) => g.name) });
  }
  return { found, outcomes };
}

function excelReason(e: unknown, lang: Lang): { key: string; params: Record<string, string | number> } {
  if (e instanceof ExcelAdapterError) return { key: 'pane.rollup.reason.excel', params: { detail: t(failureMessageKey(e), {}, lang) } };
  return { key: 'pane.rollup.reason.excel', params: { detail: t('pane.error.unknown', {}, lang) } };
}

/** Read sheets in groups; a group Excel refuses is read sheet by sheet so one bad sheet costs only itself. */
export async function readSheetGroups(
  adapter: ExcelAdapter,
  names: readonly string[],
  each: (name: string, got: { snap: SheetSnapshot } | { error: unknown }) => void,
): Promise<void> {
  for (let i = 0; i < names.length; i += SHEETS_PER_READ) {
    const group = names.slice(i, i + SHEETS_PER_READ);
    let snaps: SheetSnapshot[] | null = null;
    try {
      snaps = await adapter.readSheets([...group]);
    } catch {
      snaps = null;
    }
    if (snaps) group.forEach((n, j) => each(n, { snap: snaps![j] }));
    else
      for (const n of group) {
        try {
          each(n, { snap: await adapter.readSheet(n) });
        } catch (error) {
          each(n, { error });
        }
      }
  }
}

/** Sheets of this workbook → ready inputs (progress per sheet). */
export async function readWorkbookSheets(adapter: ExcelAdapter, sheets: { id: string; name: string }[], lang: Lang, tracker: Tracker): Promise<ReadyInput[]> {
  const ready: ReadyInput[] = [];
  const byName = new Map(sheets.map((s) => [s.name, s.id]));
  for (const s of sheets) tracker.update(s.id, { status: 'reading', fraction: 0.1 });
  const snaps = new Map<string, SheetSnapshot>();
  await readSheetGroups(
    adapter,
    sheets.map((s) => s.name),
    (name, got) => {
      const id = byName.get(name)!;
      if ('error' in got) {
        const r = excelReason(got.error, lang);
        tracker.skip(id, r.key, r.params);
        return;
      }
      snaps.set(name, got.snap);
      tracker.update(id, { fraction: 0.5 });
    },
  );
  // In the order chosen: a table printed one page per sheet is read over its chosen pages.
  const grids = sheets.filter((s) => snaps.has(s.name)).map((s) => snaps.get(s.name)!);
  const { found, outcomes } = appendicesOf(grids, lang);
  const pageOf = new Map<string, string>();
  for (const f of found) {
    const id = byName.get(f.grid.name)!;
    ready.push({ id, inputId: id, source: f.grid.name, sheet: f.grid.name, analysis: f.analysis, fallbackName: communeFromName(f.grid.name) ?? f.grid.name, firstColumn: f.grid.firstColumn });
    tracker.update(id, { status: 'done', fraction: 1, appendices: 1 });
    for (const p of f.pages.slice(1)) pageOf.set(p, f.grid.name);
  }
  grids.forEach((g, i) => {
    const id = byName.get(g.name)!;
    const first = pageOf.get(g.name);
    const o = outcomes[i];
    if (first !== undefined) tracker.update(id, { status: 'done', fraction: 1, appendices: 0, reason: { key: 'pane.rollup.note.page', params: { sheet: first } } });
    else if (!o.ok) tracker.skip(id, o.key, o.params);
  });
  return ready;
}

const XLSX = /\.(xlsx|xlsm)$/i;

/** Which way files come in: Excel inserts them as sheets (ExcelApi 1.13), or the pane reads them. */
export function fileWay(adapter: ExcelAdapter): 'insert' | 'pane' {
  return adapter.canInsertWorksheets() ? 'insert' : 'pane';
}

/** The appendices of one file, or the reason it gives none. */
async function readFile(adapter: ExcelAdapter, id: string, file: FileIn, lang: Lang, tracker: Tracker): Promise<ReadyInput[]> {
  if (!XLSX.test(file.name)) {
    tracker.skip(id, 'pane.rollup.reason.notXlsx', { file: file.name });
    return [];
  }
  tracker.update(id, { status: 'reading', fraction: 0.1 });
  const base = communeFromName(file.name) ?? file.name;
  const found: (Found & { sheet: string | null })[] = [];
  let via: 'insert' | 'pane' = fileWay(adapter);
  if (via === 'insert') {
    let inserted: string[] | null = null;
    try {
      inserted = await adapter.insertWorksheets(toBase64(file.data));
    } catch (e) {
      // Too big for one request to Excel on the web: the pane can still read it.
      if (e instanceof ExcelAdapterError && e.failure === 'too-large') via = 'pane';
      else {
        tracker.update(id, { via });
        tracker.skip(id, 'pane.rollup.reason.badFile', { file: file.name });
        return [];
      }
    }
    if (inserted) {
      tracker.update(id, { fraction: 0.5, via });
      let failed: unknown = null;
      const snaps: SheetSnapshot[] = [];
      await readSheetGroups(adapter, inserted, (_name, got) => {
        if ('error' in got) failed = got.error;
        else snaps.push(got.snap);
      });
      for (const f of appendicesOf(snaps, lang, file.name).found) found.push({ ...f, sheet: f.grid.name });
      const kept = new Set(found.flatMap((f) => f.pages));
      const notAppendix = inserted.filter((n) => !kept.has(n));
      // Sheets of the file without an appendix were ours to add: take them away again.
      if (notAppendix.length) await adapter.deleteSheets(notAppendix).catch(() => undefined);
      if (failed && !found.length) {
        const r = excelReason(failed, lang);
        tracker.skip(id, r.key, r.params);
        return [];
      }
    }
  }
  if (via === 'pane') {
    tracker.update(id, { via });
    let sheets;
    try {
      sheets = await readXlsx(file.data);
    } catch {
      tracker.skip(id, 'pane.rollup.reason.badFile', { file: file.name });
      return [];
    }
    tracker.update(id, { fraction: 0.5 });
    const grids = sheets.filter((s) => s.state === 'visible').map((s) => ({ name: s.name, values: s.values, merges: s.merges, firstRow: 1, firstColumn: 0 }));
    for (const f of appendicesOf(grids, lang, file.name).found) found.push({ ...f, sheet: null });
  }
  if (!found.length) {
    tracker.skip(id, 'pane.rollup.reason.noAppendix', { file: file.name });
    return [];
  }
  tracker.update(id, { status: 'done', fraction: 1, appendices: found.length });
  return found.map((f, k) => ({
    id: found.length > 1 ? `${id}#${k + 1}` : id,
    inputId: id,
    source: found.length > 1 ? `${file.name} [${f.grid.name}]` : file.name,
    sheet: f.sheet,
    analysis: f.analysis,
    fallbackName: found.length > 1 ? `${base} ${f.grid.name}` : base,
    firstColumn: f.grid.firstColumn,
  }));
}

/** Files → ready inputs, one after the other (each is its own progress bar). */
export async function readFiles(adapter: ExcelAdapter, files: { id: string; file: FileIn }[], lang: Lang, tracker: Tracker): Promise<ReadyInput[]> {
  const out: ReadyInput[] = [];
  for (const f of files) {
    try {
      out.push(...(await readFile(adapter, f.id, f.file, lang, tracker)));
    } catch (e) {
      const r = excelReason(e, lang);
      tracker.skip(f.id, r.key, r.params);
    }
  }
  return out;
}
