/** The blank standard appendix as an .xlsx: title lines, header, the seven area sections. */
import ExcelJS from 'exceljs';
import { t, type TemplateSheet } from '../core';
import { stampOutput, type OutputKind } from './outputStamp';
import { printLandscape } from './writeXlsx';

const DOCUMENT_FONT: Partial<ExcelJS.Font> = { name: 'Times New Roman', size: 12 };

export function buildTemplate(wb: ExcelJS.Workbook, tpl: TemplateSheet): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(t('template.sheet'));
  const last = tpl.header.length;
  // Columns first: a column's style is given to the cells already in it, which would lose their own.
  // Times New Roman, as the signed plan is typed (what a clerk types in later rows takes it too).
  tpl.widths.forEach((w, i) => {
    const col = ws.getColumn(i + 1);
    col.width = w;
    col.font = { ...DOCUMENT_FONT };
    col.alignment = { wrapText: true, vertical: 'top' };
  });
  tpl.titleLines.forEach((line, i) => {
    ws.mergeCells(i + 1, 1, i + 1, last);
    const c = ws.getCell(i + 1, 1);
    c.value = line;
    c.font = { ...DOCUMENT_FONT, bold: i < 2, italic: i >= 2 };
    c.alignment = { horizontal: 'center', wrapText: true };
  });
  const headerRow = tpl.titleLines.length + 2;
  const border: Partial<ExcelJS.Borders> = {
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
  };
  const h = ws.getRow(headerRow);
  tpl.header.forEach((text, i) => {
    const c = h.getCell(i + 1);
    c.value = text;
    c.font = { ...DOCUMENT_FONT, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = border;
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
  let r = headerRow + 1;
  for (const s of tpl.sections) {
    ws.getCell(r, 1).value = s.numeral;
    ws.getCell(r, 2).value = s.title;
    ws.mergeCells(r, 2, r, last);
    ws.getRow(r).font = { ...DOCUMENT_FONT, bold: true };
    for (let c = 1; c <= last; c++) ws.getCell(r, c).border = border;
    r++;
    for (let k = 0; k < tpl.blankRowsPerSection; k++, r++) {
      for (let c = 1; c <= last; c++) ws.getCell(r, c).border = border;
    }
  }
  ws.views = [{ state: 'frozen', ySplit: headerRow, xSplit: 0 }];
  printLandscape(ws, headerRow);
  return ws;
}

export async function writeTemplate(file: string, tpl: TemplateSheet, kind?: OutputKind): Promise<void> {
  const wb = new ExcelJS.Workbook();
  if (kind) stampOutput(wb, kind);
  buildTemplate(wb, tpl);
  await wb.xlsx.writeFile(file);
}
