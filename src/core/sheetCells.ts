/**
 * A workbook library's sheet (exceljs, in the CLI and in the pane's own file reading) as the
 * engine's grid. Typed by shape only: the core loads no library. Values come as Excel shows
 * them where its raw value would mislead: a percent ("100%", stored as 1), a month or a year
 * typed as a date ("12/2026", stored as 1 Dec 2026), a formula's saved 0.
 */
import { mergedArea } from './cells';
import type { CellValue, MergedArea } from './model';

/** The little of a sheet that reading it needs (exceljs's Worksheet has it). */
export interface SheetSource {
  name: string;
  /** Rows from 1, each a list of cell values from 1 (holes where nothing is written). */
  getSheetValues(): unknown;
  getCell(row: number, col: number): { result?: unknown; numFmt?: string };
  model: unknown;
}

export interface SheetCells {
  values: CellValue[][];
  merges: MergedArea[];
  /** Formulas saved without a value (a file another program wrote, never opened in Excel). */
  uncalculated: number;
}

/** A library's cell value as the engine takes it: formula results, rich text joined, errors kept. */
export function cellValueOf(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.error === 'string') return { error: o.error };
    if (Array.isArray(o.richText)) return (o.richText as { text: string }[]).map((r) => r.text).join('');
    if ('formula' in o || 'sharedFormula' in o) return o.result === undefined ? null : cellValueOf(o.result);
    if (typeof o.text === 'string') return o.text;
    if (o.text && typeof o.text === 'object') return cellValueOf(o.text);
  }
  return null;
}

/** A number format's code outside its quoted and escaped text ("0%" → "0%", '"Tỷ lệ" 0' → " 0"). */
function formatCode(numFmt: string): string {
  return numFmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, ' ');
}

/** Decimals a percent format shows ("0%" → 0, "0.0%" → 1). */
function percentDecimals(code: string): number {
  const m = /[.,](0+)%/.exec(code);
  return m ? m[1].length : 0;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * A number or date as the format shows it, where the raw value would say something else;
 * else the value itself (dates with a day stay dates: the engine writes them dd/mm/yyyy).
 */
export function shownAs(v: CellValue, numFmt: string | undefined): CellValue {
  if (!numFmt || numFmt === 'General') return v;
  const code = formatCode(numFmt).toLowerCase();
  if (typeof v === 'number' && Number.isFinite(v) && code.includes('%')) {
    const d = percentDecimals(code);
    // (Rounded as shown: 0.985 in "0%" shows 99%.)
    return `${Number((v * 100).toFixed(d))}%`;
  }
  if (v instanceof Date && !Number.isNaN(v.getTime()) && !code.includes('d') && !/h|s/.test(code)) {
    const y = v.getUTCFullYear();
    const m = v.getUTCMonth() + 1;
    if (code.includes('m') && code.includes('y')) return `${/mm/.test(code) ? pad2(m) : m}/${y}`;
    if (code.includes('y')) return String(y);
  }
  return v;
}

/**
 * A number as Office.js gives it (dates are serial numbers) shown through its format: a percent
 * or a month/year as its text; a date with a day, or any other number, stays the number.
 */
export function shownNumber(v: number, numFmt: string): CellValue {
  const code = formatCode(numFmt).toLowerCase();
  if (code.includes('%')) return shownAs(v, numFmt);
  // Serial day numbers from 1900-03-01 on (Excel's leap-year bug before it does not matter here).
  if (code.includes('y') && !code.includes('d') && !/h|s/.test(code) && v >= 61 && v < 2958466) return shownAs(new Date(Date.UTC(1899, 11, 30) + Math.floor(v) * 86400000), numFmt);
  return v;
}

/** Every cell of a sheet from A1, and its merged areas; `raw` keeps numbers and dates as stored (as Office.js gives them). */
export function sheetCells(ws: SheetSource, raw = false): SheetCells {
  const rows = ws.getSheetValues() as (unknown[] | undefined)[];
  const values: CellValue[][] = [];
  let uncalculated = 0;
  for (let r = 1; r < rows.length; r++) {
    const src = rows[r];
    const out: CellValue[] = [];
    if (src) {
      for (let c = 1; c < src.length; c++) {
        const v = src[c];
        let value = cellValueOf(v);
        const unsaved = v !== null && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v) && (v as { result?: unknown }).result === undefined;
        // (The cell itself only where its value needs it: a formula's result, a number's format.)
        const cell = unsaved || (!raw && (typeof value === 'number' || value instanceof Date)) ? ws.getCell(r, c) : null;
        if (unsaved) {
          // The library's value leaves out a saved 0, FALSE or "" (falsy); the cell's own result keeps it.
          if (cell!.result === undefined) uncalculated++;
          else value = cellValueOf(cell!.result);
        }
        if (!raw && (typeof value === 'number' || value instanceof Date)) value = shownAs(value, cell!.numFmt);
        out.push(value);
      }
    }
    values.push(out);
  }
  const merges = ((ws.model as { merges?: string[] } | undefined)?.merges ?? []).map(mergedArea).filter((m): m is MergedArea => m !== null);
  return { values, merges, uncalculated };
}
