/**
 * An .xlsx file's sheets as grids, read with exceljs loaded on demand (its own
 * webpack chunk, not in the pane's main bundle). Browser-safe: no Node APIs.
 * Used by the roll-up when Excel cannot insert the file as sheets, and by the
 * Excel fake to model insertWorksheetsFromBase64.
 */
import { sheetCells, type CellValue, type MergedArea, type SheetSource } from '../../core';

export interface XlsxSheet {
  name: string;
  values: CellValue[][];
  merges: MergedArea[];
  state: 'visible' | 'hidden' | 'veryHidden';
}

type ExcelJsModule = typeof import('exceljs');

async function excelJs(): Promise<ExcelJsModule> {
  const mod = (await import(/* webpackChunkName: "exceljs" */ 'exceljs')) as unknown as ExcelJsModule & { default?: ExcelJsModule };
  return mod.default && (mod.default as ExcelJsModule).Workbook ? mod.default : mod;
}

/**
 * Every sheet of the file, from A1, as values and merged areas. Throws when the bytes are not an
 * .xlsx workbook. Values as shown ("100%"), or, `raw`, as stored (as Excel gives them to Office.js).
 */
export async function readXlsx(data: ArrayBuffer | Uint8Array, raw = false): Promise<XlsxSheet[]> {
  const ExcelJS = await excelJs();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const { values, merges } = sheetCells(ws as unknown as SheetSource, raw);
    // exceljs repeats a merged area's value in each cell; Excel keeps it in the top-left one only.
    for (const m of merges)
      for (let r = m.top; r <= m.bottom && r < values.length; r++)
        for (let c = m.left; c <= m.right && c < values[r].length; c++) if (r !== m.top || c !== m.left) values[r][c] = null;
    const state = ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible';
    return { name: ws.name, values, merges, state };
  });
}

/** Bytes → base64, in slices (String.fromCharCode on a whole file overflows the stack). */
export function toBase64(data: ArrayBuffer | Uint8Array): string {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** base64 → bytes. */
export function fromBase64(base64: string): Uint8Array {
  const bin = atob(base64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
