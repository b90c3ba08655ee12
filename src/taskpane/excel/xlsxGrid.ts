/**
 * An .xlsx file's sheets as grids, read with exceljs loaded on demand (its own
 * webpack chunk, not in the pane's main bundle). Browser-safe: no Node APIs.
 * Used by the roll-up when Excel cannot insert the file as sheets, and by the
 * Excel fake to model insertWorksheetsFromBase64.
 */
import { mergedArea, type CellValue, type MergedArea } from '../../core';

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

/** An exceljs cell value as the engine takes it (formula results, rich text joined, errors kept). */
export function cellOf(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { error: o.error };
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join('');
    if ('formula' in o || 'sharedFormula' in o) return o.result === undefined ? null : cellOf(o.result);
    if (typeof o.text === 'string') return o.text;
    if (o.text && typeof o.text === 'object') return cellOf(o.text);
  }
  return null;
}

/** Every sheet of the file, from A1, as values and merged areas. Throws when the bytes are not an .xlsx workbook. */
export async function readXlsx(data: ArrayBuffer | Uint8Array): Promise<XlsxSheet[]> {
  const ExcelJS = await excelJs();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows = ws.getSheetValues() as (unknown[] | undefined)[];
    const values: CellValue[][] = [];
    for (let r = 1; r < rows.length; r++) {
      const src = rows[r];
      const out: CellValue[] = [];
      if (src) for (let c = 1; c < src.length; c++) out.push(cellOf(src[c]));
      values.push(out);
    }
    const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []).map(mergedArea).filter((m): m is MergedArea => m !== null);
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
