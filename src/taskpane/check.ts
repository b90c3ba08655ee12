/** Read a sheet through the adapter and run the engine on it: the one way the pane checks a sheet. */
import { analyze, analyzePages, isPageSheetName, pageRuns, type Analysis, type Lang, type SheetGrid } from '../core';
import type { ExcelAdapter, SheetSnapshot } from './excel/types';
import { PaneError } from './logic/errors';
import { parseSource } from './logic/source';

export interface Checked {
  snapshot: SheetSnapshot;
  analysis: Analysis;
  /**
   * A table a PDF converter wrote one page per sheet ("Page 1", "Page 2"…): every sheet read as
   * its pages, `snapshot` (its first page) first. Issues on the others name their sheet.
   */
  pages?: SheetSnapshot[];
}

/** `source` is a sheet name, or a table as the picker writes it ("table:<name>"); empty: the active sheet. */
export async function checkSheet(adapter: ExcelAdapter, source: string, lang: Lang): Promise<Checked> {
  const s = parseSource(source);
  const snapshot = s.kind === 'table' ? await adapter.readTable(s.name) : await adapter.readSheet(s.name || undefined);
  const name = snapshot.name;
  if (!snapshot.values.length || snapshot.values.every((r) => r.every((v) => v === null || v === undefined || v === ''))) {
    throw new PaneError('emptySheet', { sheet: name });
  }
  const analysis = readAlone(snapshot, lang);
  // A page of a table printed one page per sheet (even one without the header again): the whole table.
  const paged = s.kind !== 'table' && isPageSheetName(name) ? await tableOfPage(adapter, snapshot, analysis, lang) : null;
  if (paged) return paged;
  if (!analysis.appendix.header) throw new PaneError('noTable', { sheet: name });
  return { snapshot, analysis };
}

function readAlone(snapshot: SheetSnapshot, lang: Lang): Analysis {
  return analyze(snapshot.values, { merges: snapshot.merges, firstRow: snapshot.firstRow, firstColumn: snapshot.firstColumn, sheetName: snapshot.name, lang });
}

/** A sheet as read through the adapter, as the engine's page-joining takes it. */
export function gridOf(x: Pick<SheetSnapshot, 'name' | 'values' | 'merges' | 'firstRow' | 'firstColumn'>): SheetGrid {
  return { name: x.name, grid: x.values, merges: x.merges, firstRow: x.firstRow, firstColumn: x.firstColumn };
}

/**
 * The table this sheet is a page of, read over its pages (the converter's sheets around it, read in
 * one batch: syncs grow with the sheets, not their rows); null when it is no page of a longer table.
 */
async function tableOfPage(adapter: ExcelAdapter, snapshot: SheetSnapshot, analysis: Analysis, lang: Lang): Promise<Checked | null> {
  const names = (await adapter.listSheets()).map((x) => x.name);
  const at = names.indexOf(snapshot.name);
  if (at < 0) return null;
  let start = at;
  while (start > 0 && isPageSheetName(names[start - 1])) start--;
  let end = at + 1;
  while (end < names.length && isPageSheetName(names[end])) end++;
  if (end - start === 1) return null;
  const others = await adapter.readSheets([...names.slice(start, at), ...names.slice(at + 1, end)]);
  const sheets = [...others.slice(0, at - start), snapshot, ...others.slice(at - start)];
  const grids = sheets.map(gridOf);
  const me = at - start;
  for (const { first, end } of pageRuns(grids, (i) => (i === me ? analysis : readAlone(sheets[i], lang)).appendix)) {
    if (me < end) return end - first === 1 ? null : { snapshot: sheets[first], analysis: analyzePages(grids.slice(first, end), { lang }), pages: sheets.slice(first, end) };
  }
  return null;
}
