import { EXCEL_ERRORS } from './glossary';
import type { CellValue, MergedArea } from './model';
import { clean } from './text';

/** The Excel error a cell holds ("#REF!"), or null. */
export function cellError(v: CellValue): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.length <= 14 && v.startsWith('#') && EXCEL_ERRORS.includes(v.toUpperCase()) ? v.toUpperCase() : null;
  if (typeof v === 'object' && !(v instanceof Date) && typeof (v as { error?: unknown }).error === 'string') return (v as { error: string }).error;
  return null;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A date as Vietnamese staff write it: dd/mm/yyyy. */
export function formatDate(d: Date): string {
  return `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** What a program writes for an empty cell when it turns a table into text (Python's "None", pandas' "nan"). */
const PROGRAM_NULLS = new Set(['None', 'nan', 'NaN', 'null', 'NULL']);
/** pandas' name for a header cell left empty ("Unnamed: 6"). */
const UNNAMED = /^Unnamed: \d{1,3}$/;

/** The text of a cell as written ('' for empty, for error values, and for what a program writes for empty). */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') {
    if (cellError(v)) return '';
    const t = clean(v);
    return (t.length <= 4 && PROGRAM_NULLS.has(t)) || (t.charCodeAt(0) === 85 && UNNAMED.test(t)) ? '' : t;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : formatDate(v);
  return '';
}

/** A value that is not text where text belongs (number, boolean, date). */
export function isNonText(v: CellValue): boolean {
  return typeof v === 'number' || typeof v === 'boolean' || v instanceof Date;
}

const A1 = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i;
/** "B7" → 0-based row and column; null for anything else. */
export function cellAddress(ref: string): { row: number; col: number } | null {
  const m = A1.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "B7:D9" (or "B7") → the 0-based inclusive area; null when either end is no cell address. */
export function mergedArea(range: string): MergedArea | null {
  const [a, b] = range.split(':');
  const s = cellAddress(a);
  const e = cellAddress(b ?? a);
  return s && e ? { top: s.row, left: s.col, bottom: e.row, right: e.col } : null;
}
