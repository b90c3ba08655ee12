import { EXCEL_ERRORS } from './glossary';
import type { CellValue } from './model';
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

/** The text of a cell as written ('' for empty and for error values). */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return cellError(v) ? '' : clean(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : formatDate(v);
  return '';
}

/** A value that is not text where text belongs (number, boolean, date). */
export function isNonText(v: CellValue): boolean {
  return typeof v === 'number' || typeof v === 'boolean' || v instanceof Date;
}
