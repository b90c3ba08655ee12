/**
 * The blank appendix the Mẫu tab inserts: the engine's templateSheet() laid out
 * as rows, plus a summary block of CCHC.* formulas over the table so the counts
 * update as staff type. The adapter writes text starting with "=" as text, so the
 * formulas go in TableOut.formulas (sheet positions, en-US syntax as Office.js wants).
 */
import { AREAS, columnLetter, t, templateSheet, type TemplateSheet } from '../../core';
import type { CellOut, TableOut } from '../excel/types';

export interface TemplateLayout {
  table: TableOut;
  /** Sheet row (1-based) of the header, as writeTable places it. */
  headerRow: number;
  /** The address the formulas read, e.g. "$A$5:$H$33". */
  tableAddress: string;
  /** Sheet row where the summary block starts. */
  summaryRow: number;
}

/**
 * Where writeTable puts the header: under the title lines and one blank row
 * (the same layout as the command line's template).
 */
export function headerRowFor(titleLines: number): number {
  return titleLines > 0 ? titleLines + 2 : 1;
}

const LEVEL_WORDS = ['mục tiêu', 'nhiệm vụ', 'hoạt động'];

export function templateLayout(tpl: TemplateSheet = templateSheet(), headerRow = headerRowFor(tpl.titleLines.length)): TemplateLayout {
  const width = tpl.header.length;
  const blank = (): CellOut[] => Array(width).fill(null);
  const rows: CellOut[][] = [];
  for (const s of tpl.sections) {
    const r = blank();
    r[0] = s.numeral;
    r[1] = s.title;
    rows.push(r);
    for (let k = 0; k < tpl.blankRowsPerSection; k++) rows.push(blank());
  }
  const lastRow = headerRow + rows.length;
  const address = `$A$${headerRow}:$${columnLetter(width - 1)}$${lastRow}`;
  const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  rows.push(blank());
  const summaryRow = headerRow + rows.length + 1;
  const line = (...cells: CellOut[]): void => {
    const r = blank();
    cells.forEach((c, i) => (r[i] = c));
    rows.push(r);
  };
  const formulas: { row: number; column: number; formula: string }[] = [];
  /** Formula cells are left blank in the values and listed in `formulas` at their sheet position (0-based). */
  const formulaLine = (label: CellOut[], fs: string[]): void => {
    const at = headerRow + rows.length; // 0-based sheet row of the line about to be pushed
    fs.forEach((formula, k) => formulas.push({ row: at, column: label.length + k, formula }));
    line(...label);
  };
  // A line starting "Ghi chú" ends the table for the reader: the summary below is not read as appendix rows.
  line(t('pane.template.summaryTitle', {}, 'vi'));
  line(t('col.numeral', {}, 'vi'), t('col.area', {}, 'vi'), t('col.goals', {}, 'vi'), t('col.tasks', {}, 'vi'), t('col.activities', {}, 'vi'));
  for (const s of tpl.sections) {
    const name = AREAS.find((a) => a.code === s.code)!.vi;
    formulaLine([s.numeral, name], LEVEL_WORDS.map((w) => `=CCHC.COUNT(${address},${q(s.numeral)},${q(w)})`));
  }
  formulaLine([null, t('pane.template.errors', {}, 'vi')], [`=CCHC.ERRORS(${address},"error")`]);
  formulaLine([null, t('pane.template.warnings', {}, 'vi')], [`=CCHC.ERRORS(${address},"warning")`]);
  return {
    table: {
      sheetName: t('template.sheet', {}, 'vi'),
      titleLines: tpl.titleLines,
      header: tpl.header,
      rows,
      widths: tpl.widths,
      freezeHeader: true,
      formulas,
    },
    headerRow,
    tableAddress: address,
    summaryRow,
  };
}
