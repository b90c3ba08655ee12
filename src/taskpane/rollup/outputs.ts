/**
 * What the roll-up writes, built from the engine's rollUp and rollUpTables (no
 * counting here): "Tổng hợp" (the matrix as an Excel table, a block of activities
 * per area per commune for the chart), "Dữ liệu" (every item, ready for a
 * PivotTable), "Kiểm tra" (every issue, linked to its cell where the input is a
 * sheet of this workbook).
 */
import { AREAS, areaName, columnLetter, rollUpTables, t, type Lang, type RollUp } from '../../core';
import type { CellOut, ChartOut, TableOut } from '../excel/types';
import type { ReadyInput } from './sources';

export interface RollupWrites {
  summary: TableOut;
  data: TableOut;
  issues: TableOut;
  /** The chart, without its sheet name (known once "Tổng hợp" is written). */
  chart: Omit<ChartOut, 'sheetName'>;
}

/** Sheet row (1-based) of the matrix header on "Tổng hợp": a title line, a blank row, the header. */
export const SUMMARY_HEADER_ROW = 3;

/** An A1 address on a sheet: 'Bình Lư'!B7. */
export function sheetAddress(sheet: string, column: number, row: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${columnLetter(column)}${row}`;
}

/** The sheet cell of an issue: its row and column when it has them, else the table's header or first cell. */
export function issueCell(r: ReadyInput, issue: { row: number | null; column: string | null }): { row: number; column: number } {
  const header = r.analysis.appendix.header;
  const cols = (header?.columns ?? {}) as Record<string, number | undefined>;
  const column = (issue.column !== null ? cols[issue.column] : undefined) ?? cols.tt ?? r.firstColumn;
  return { row: issue.row ?? header?.row ?? 1, column };
}

export function buildWrites(r: RollUp, inputs: readonly ReadyInput[], lang: Lang): RollupWrites {
  if (r.communes.length !== inputs.length) throw new Error('inputs and roll-up differ');
  const tables = rollUpTables(r, lang);

  // The chart's source: communes down, one column of activities per area across.
  const blockRow = SUMMARY_HEADER_ROW + tables.summary.rows.length + 2; // 0-based: two blank rows under the table
  const block: CellOut[][] = [
    [t('col.commune', {}, lang), ...r.matrix.areas.map((code) => `${AREAS.find((a) => a.code === code)!.numeral}. ${areaName(code, lang)}`)],
    ...r.matrix.rows.map((row) => [row.commune, ...r.matrix.areas.map((code) => row.areas[code]?.activities ?? null)]),
  ];
  const lastCol = columnLetter(block[0].length - 1);
  const chart = {
    sourceAddress: `A${blockRow + 1}:${lastCol}${blockRow + block.length}`,
    title: t('pane.rollup.out.chartTitle', {}, lang),
    anchor: `A${blockRow + block.length + 3}`,
  };
  const summary: TableOut = {
    sheetName: t('rollup.sheet.summary', {}, lang),
    titleLines: [t('pane.rollup.out.title', { n: r.communes.length }, lang)],
    ...tables.summary,
    tableName: 'TongHop',
    freezeHeader: true,
    freezeColumns: 1,
    blocks: [
      { row: blockRow - 1, column: 0, values: [[t('pane.rollup.out.chartBlock', {}, lang)]], boldFirstRow: true },
      { row: blockRow, column: 0, values: block, boldFirstRow: true },
    ],
  };
  const data: TableOut = { sheetName: t('rollup.sheet.data', {}, lang), ...tables.data, tableName: 'DuLieu', freezeHeader: true };

  // Issues come in input order, each input's in the engine's order: walk both together.
  const rows: CellOut[][] = [];
  const links: NonNullable<TableOut['links']> = [];
  let k = 0;
  inputs.forEach((inp) => {
    for (const issue of inp.analysis.issues) {
      const cell = issueCell(inp, issue);
      const local = `${columnLetter(cell.column)}${cell.row}`;
      rows.push([...tables.issues.rows[k], local]);
      // (An issue on another page of a table printed one page per sheet links to that sheet.)
      if (inp.sheet !== null) links.push({ row: k, column: tables.issues.header.length, address: sheetAddress(issue.sheet ?? inp.sheet, cell.column, cell.row) });
      k++;
    }
  });
  if (k !== tables.issues.rows.length) throw new Error('issues and roll-up differ');
  const issues: TableOut = {
    sheetName: t('rollup.sheet.issues', {}, lang),
    header: [...tables.issues.header, t('pane.rollup.col.cell', {}, lang)],
    rows,
    widths: [...tables.issues.widths, 10],
    links,
    tableName: 'KiemTra',
    freezeHeader: true,
  };
  return { summary, data, issues, chart };
}
