/** Free names for new sheets and tables, as Excel allows them. */

const SHEET_MAX = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/** A sheet name Excel accepts: no []:*?/\, no apostrophe at either end, at most 31 characters. */
export function cleanSheetName(wanted: string): string {
  let s = wanted.replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '').trim();
  if (!s || s.toLowerCase() === 'history') s = s ? `${s} 1` : 'Sheet';
  return s.slice(0, SHEET_MAX).trim();
}

/** "Tên", then "Tên (2)", "Tên (3)"…: the first name no existing sheet has (Excel compares without case). */
export function freeSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = cleanSheetName(wanted);
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = `${base.slice(0, SHEET_MAX - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** A table name Excel accepts (letters, digits, _ and .; not like a cell reference), unique in the workbook. */
export function freeTableName(wanted: string, existing: readonly string[]): string {
  let base = wanted.normalize('NFC').replace(/[^\p{L}\p{N}_.]+/gu, '_').replace(/^_+|_+$/g, '');
  if (!base || !/^[\p{L}_]/u.test(base)) base = `T_${base}`;
  if (/^[A-Za-z]{1,3}\d+$/.test(base) || /^[RrCc]$/.test(base)) base = `${base}_`;
  base = base.slice(0, 240);
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}_${i}`.toLowerCase())) return `${base}_${i}`;
}
