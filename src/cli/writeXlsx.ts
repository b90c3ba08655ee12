/** Plain tables into .xlsx sheets: real Excel tables, frozen header, wrapped text, widths. */
import ExcelJS from 'exceljs';
import { columnLetter, type PlainTable } from '../core';
import { stampOutput, type OutputKind, type WorkbookStamp } from './outputStamp';

let tableSeq = 0;

/**
 * A totals row's cell: a number becomes SUBTOTAL over the rows above it (with the number as its
 * cached result), so deleting or filtering out a row keeps the total right.
 */
function totalCell(v: string | number | boolean | null, col: number, first: number, last: number): ExcelJS.CellValue {
  if (typeof v !== 'number' || last < first) return v;
  const L = columnLetter(col - 1);
  return { formula: `SUBTOTAL(109,${L}${first}:${L}${last})`, result: v };
}

/** Printed as an appendix is: A4 across, the table one page wide, its header again on every page. */
const PRINT_SETUP: Partial<ExcelJS.PageSetup> = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
export function printLandscape(ws: ExcelJS.Worksheet, headerRow: number): void {
  Object.assign(ws.pageSetup, PRINT_SETUP, { printTitlesRow: `${headerRow}:${headerRow}` });
}

export interface SheetSpec {
  name: string;
  table: PlainTable;
  /** Lines above the table. */
  titleLines?: string[];
  /** Excel table name (letters, digits, underscore), unique in the workbook. */
  tableName?: string;
  /** The last rows are totals: written in bold under the table, so sorting and filtering leave them be. */
  totalRows?: number;
  /** Columns kept in view when scrolling right (the commune in a wide matrix). */
  freezeColumns?: number;
}

export function addTableSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.name.slice(0, 31));
  const top = (spec.titleLines?.length ?? 0) + (spec.titleLines?.length ? 1 : 0);
  const { header, widths } = spec.table;
  // Columns first: a column's style is given to the cells already in it, which would lose their own (the bold header).
  widths.forEach((w, i) => {
    const col = ws.getColumn(i + 1);
    col.width = w;
    col.alignment = { wrapText: true, vertical: 'top' };
  });
  spec.titleLines?.forEach((line, i) => {
    const c = ws.getCell(i + 1, 1);
    c.value = line;
    c.font = { bold: i < 2 };
  });
  const totals = spec.totalRows ? spec.table.rows.slice(-spec.totalRows) : [];
  const rows = spec.totalRows ? spec.table.rows.slice(0, -spec.totalRows) : spec.table.rows;
  const headerRow = top + 1;
  totals.forEach((r, i) => {
    const row = ws.getRow(headerRow + rows.length + 1 + i);
    r.forEach((v, j) => (row.getCell(j + 1).value = totalCell(v, j + 1, headerRow + 1, headerRow + rows.length)));
    row.font = { bold: true };
  });
  if (rows.length > 0) {
    ws.addTable({
      name: spec.tableName ?? `Bang${++tableSeq}`,
      ref: `A${headerRow}`,
      headerRow: true,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: header.map((name) => ({ name, filterButton: true })),
      // (null is an empty cell: a blank count stays out of sums and COUNTA.)
      rows: rows as ExcelJS.CellValue[][],
    });
  } else {
    header.forEach((h, i) => (ws.getCell(headerRow, i + 1).value = h));
  }
  ws.getRow(headerRow).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: headerRow, xSplit: spec.freezeColumns ?? 0 }];
  printLandscape(ws, headerRow);
  return ws;
}

/**
 * Large outputs (a national roll-up) through exceljs's streaming writer: rows go
 * to disk as they are made. It cannot write Excel tables, so each sheet gets an
 * autofilter over its header instead, plus the frozen header and widths. No cell
 * styles (bold, wrapping): they make writing three times slower, and at this size
 * the sheet is filtered and pivoted rather than read row by row.
 */
export async function writeSheetsStreaming(file: string, sheets: SheetSpec[], kind?: OutputKind): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: false, useSharedStrings: false });
  if (kind) stampOutput(wb as unknown as WorkbookStamp, kind);
  for (const spec of sheets) {
    const { header, rows, widths } = spec.table;
    const ws = wb.addWorksheet(spec.name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1, xSplit: spec.freezeColumns ?? 0 }],
      pageSetup: { ...PRINT_SETUP, printTitlesRow: '1:1' },
    });
    ws.columns = header.map((h, i) => ({ header: h, width: widths[i] ?? 12 }));
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + rows.length - (spec.totalRows ?? 0), column: header.length } };
    ws.getRow(1).commit();
    const body = rows.length - (spec.totalRows ?? 0);
    rows.forEach((r, i) => ws.addRow(r.map((v, j) => (i < body ? v : totalCell(v, j + 1, 2, 1 + body)))).commit());
    ws.commit();
  }
  await wb.commit();
}
