/** Read a sheet through the adapter and run the engine on it: the one way the pane checks a sheet. */
import { analyze, type Analysis, type Lang } from '../core';
import type { ExcelAdapter, SheetSnapshot } from './excel/types';
import { PaneError } from './logic/errors';
import { parseSource } from './logic/source';

export interface Checked {
  snapshot: SheetSnapshot;
  analysis: Analysis;
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
  return { snapshot, analysis };
}
