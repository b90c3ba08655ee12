/** Read a sheet through the adapter and run the engine on it: the one way the pane checks a sheet. */
import { analyze, analyzePages, isPageSheetName, pagesFrom, type Analysis, type Lang } from '../core';
import type { ExcelAdapter, SheetSnapshot } from './excel/types';
import { PaneError } from './logic/errors';
import { parseSource } from './logic/source';

export interface Checked {
  snapshot: SheetSnapshot;
  analysis: Analysis;
  /**
   * A table a PDF converter wrote one page per sheet ("Page 1", "Page 2"…): every sheet read as
   * its pages, `snapshot` first. Issues on the others name their sheet.
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
  const analysis = analyze(snapshot.values, {
    merges: snapshot.merges,
    firstRow: snapshot.firstRow,
    firstColumn: snapshot.firstColumn,
    sheetName: name,
    lang,
  });
  if (!analysis.appendix.header) throw new PaneError('noTable', { sheet: name });
  if (s.kind === 'table' || !isPageSheetName(name)) return { snapshot, analysis };
  return (await withPages(adapter, snapshot, analysis, lang)) ?? { snapshot, analysis };
}

/** The sheets after this one that go on with its table, read with it; null when none does. */
async function withPages(adapter: ExcelAdapter, snapshot: SheetSnapshot, analysis: Analysis, lang: Lang): Promise<Checked | null> {
  const names = (await adapter.listSheets()).map((x) => x.name);
  const next: string[] = [];
  for (let k = names.indexOf(snapshot.name) + 1; k > 0 && k < names.length && isPageSheetName(names[k]); k++) next.push(names[k]);
  if (next.length === 0) return null;
  const sheets = [snapshot, ...(await adapter.readSheets(next))];
  const grids = sheets.map((x) => ({ name: x.name, grid: x.values, merges: x.merges, firstRow: x.firstRow, firstColumn: x.firstColumn }));
  const end = pagesFrom(grids, 0, analysis.appendix);
  if (end === 1) return null;
  return { snapshot, analysis: analyzePages(grids.slice(0, end), { lang }), pages: sheets.slice(0, end) };
}
