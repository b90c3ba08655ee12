import type { CellValue, Grid } from '../core';

/**
 * Range arguments as the host gives them: a 2-D array, except that a
 * single-cell or scalar argument may arrive bare. Error cells arrive as
 * CustomFunctions.Error objects ({ code: "#REF!" }) and are mapped to the
 * engine's { error } form.
 */
export function toGrid(value: unknown): CellValue[][] {
  if (value === null || value === undefined) return [];
  const rows = Array.isArray(value) ? value : [[value]];
  // Usually nothing needs mapping: hand the host's array over as it is, without a copy.
  if (rows.every((r) => Array.isArray(r) && r.every(isPlain))) return rows as CellValue[][];
  return rows.map((r) => (Array.isArray(r) ? r : [r]).map(toCell));
}

function isPlain(v: unknown): boolean {
  return v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date;
}

function toCell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as { code?: unknown; error?: unknown };
    if (typeof o.error === 'string') return { error: o.error };
    if (typeof o.code === 'string') return { error: o.code.startsWith('#') ? o.code : `#${o.code}` };
  }
  return String(v);
}

/** True when no cell holds anything (all empty strings or nulls). */
export function isBlank(grid: Grid): boolean {
  return grid.every((r) => r.every((c) => c === null || c === undefined || c === ''));
}

export interface RangeAddress {
  sheet: string | null;
  /** 1-based sheet row of the range's first row. */
  firstRow: number;
  /** 0-based sheet column of the range's first column. */
  firstColumn: number;
}

/**
 * Parse an address as Excel gives parameter addresses: "Sheet1!A5:H80",
 * "'Bình Lư'!$A$5:$H$80", "[Book1]Sheet1!A5". Null when it cannot be read.
 */
export function parseAddress(address: string | null | undefined): RangeAddress | null {
  if (!address) return null;
  const bang = address.lastIndexOf('!');
  let sheet: string | null = bang >= 0 ? address.slice(0, bang) : null;
  const ref = bang >= 0 ? address.slice(bang + 1) : address;
  if (sheet) {
    sheet = sheet.replace(/^'(.*)'$/, '$1').replace(/''/g, "'").replace(/^\[[^\]]*\]/, '');
    sheet = sheet || null;
  }
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(ref);
  if (!m) return sheet ? { sheet, firstRow: 1, firstColumn: 0 } : null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { sheet, firstRow: Number(m[2]), firstColumn: col - 1 };
}
