/** A1 addresses: rectangles, 0-based and inclusive. Shared by the adapter and the Excel fake; no Node APIs. */
import { columnLetter } from '../../core/text';

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** Column letters as Excel shows them: the engine's own conversion. */
export const columnLetters = columnLetter;

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Excel quotes a sheet name in an address unless it is a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cellAddress(r: number, c: number): string {
  return `${columnLetters(c)}${r + 1}`;
}

export function rectAddress(rect: Rect): string {
  const a = cellAddress(rect.r0, rect.c0);
  return rect.r0 === rect.r1 && rect.c0 === rect.c1 ? a : `${a}:${cellAddress(rect.r1, rect.c1)}`;
}

export function fullAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${rectAddress(rect)}`;
}

/** Split "'Sheet 1'!A1:B2" into the sheet name (unquoted) and the local part. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1).trim() };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;

/** A local A1 address ("B7", "A1:H70", "5:7", "A:C") as a rectangle; null when not valid. */
export function parseRect(local: string): Rect | null {
  const s = local.trim();
  let m = ROWS.exec(s);
  if (m) return norm({ r0: +m[1] - 1, c0: 0, r1: +m[2] - 1, c1: MAX_COLUMNS - 1 });
  m = COLS.exec(s);
  if (m) return norm({ r0: 0, c0: columnIndex(m[1]), r1: MAX_ROWS - 1, c1: columnIndex(m[2]) });
  const parts = s.split(':');
  if (parts.length > 2) return null;
  const a = CELL.exec(parts[0]);
  const b = CELL.exec(parts[parts.length - 1]);
  if (!a || !b) return null;
  return norm({ r0: +a[2] - 1, c0: columnIndex(a[1]), r1: +b[2] - 1, c1: columnIndex(b[1]) });
}

function norm(r: Rect): Rect | null {
  const n = { r0: Math.min(r.r0, r.r1), c0: Math.min(r.c0, r.c1), r1: Math.max(r.r0, r.r1), c1: Math.max(r.c0, r.c1) };
  if (n.r0 < 0 || n.c0 < 0 || n.r1 >= MAX_ROWS || n.c1 >= MAX_COLUMNS) return null;
  return n;
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const r = { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
  return r.r0 <= r.r1 && r.c0 <= r.c1 ? r : null;
}

export function contains(outer: Rect, r: number, c: number): boolean {
  return r >= outer.r0 && r <= outer.r1 && c >= outer.c0 && c <= outer.c1;
}

/** Split a multi-area address ("'a,b'!A1:B2,Sheet1!C3:D4") at the commas outside quotes. */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}
