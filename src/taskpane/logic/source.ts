/**
 * What the pane checks: a whole sheet or one Excel table. The picker holds it as
 * one string; a table is "table:<name>", which no sheet name can be (Excel
 * forbids ":" in sheet names).
 */
import type { SheetInfo } from '../excel/types';

export type Source = { kind: 'sheet'; name: string } | { kind: 'table'; name: string };

const TABLE = 'table:';

export function tableValue(table: string): string {
  return TABLE + table;
}

export function parseSource(value: string): Source {
  return value.startsWith(TABLE) ? { kind: 'table', name: value.slice(TABLE.length) } : { kind: 'sheet', name: value };
}

/** Is the value still one of the workbook's sheets or tables? */
export function sourceExists(value: string, sheets: readonly SheetInfo[]): boolean {
  const s = parseSource(value);
  return s.kind === 'sheet' ? sheets.some((x) => x.name === s.name) : sheets.some((x) => x.tables?.includes(s.name));
}
