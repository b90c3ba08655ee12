/**
 * Pages a converter laid out on columns of their own: the header printed again one column off,
 * or the TT and the column beside it read as one cell ("TT 1. Mục tiêu"). The rows of such a
 * page are moved back under the first header's columns.
 */
import { cellText } from './cells';
import type { HeaderKey } from './glossary';
import { matchHeader, type HeaderMatch } from './header';
import type { CellValue } from './model';
import { fold } from './text';

/**
 * Where a page's header sits against the first one: `by` cells off from column `from` on (0: the whole row; a later
 * column: a spacer put in before it, "TT | | Mục tiêu …"); `merged` when the TT shares the next column's cell.
 */
export interface PageOffset {
  by: number;
  merged: boolean;
  from: number;
}

/** "TT 1. Mục tiêu", "STT Nhiệm vụ": the TT's name opening a cell that names another column. */
const TT_OPENS = /^(?:s?tt|so tt|so thu tu)\s+\S/;
const LEADING_TT = /^\s*((?:\d{1,3}|[IVX]{1,5})\.?)\s+(\S[\s\S]*)$/;
const LEADING_NUMBER = /^\s*(\d{1,3}\.?)\s+(\S[\s\S]*)$/;

/**
 * A row's TT and the text after it, read from one cell: "4 Mục tiêu 3: …"; with `numerals`,
 * "II CẢI CÁCH THỂ CHẾ …" too (a whole page so read holds its area rows as well).
 */
export function splitTT(text: string, numerals: boolean): [string, string] | null {
  const m = (numerals ? LEADING_TT : LEADING_NUMBER).exec(text);
  return m ? [m[1], m[2]] : null;
}

const ONLY_TT = /^\s*(?:\d{1,3}|[IVX]{1,5})\.?\s*$/;

/** The header again (already matched as such), when its columns sit elsewhere than the first header's. */
export function pageOffset(texts: readonly string[], header: HeaderMatch): PageOffset | null {
  const m = matchHeader(texts);
  if (!m) return null;
  let by: number | null = null;
  // Columns in place before the first one off: a spacer column put in there on this page, or left out
  // of it where the first header has one (once).
  let from = 0;
  const keys = (Object.keys(header.columns) as HeaderKey[]).filter((k) => m.columns[k] !== undefined).sort((a, b) => header.columns[a]! - header.columns[b]!);
  for (const k of keys) {
    const d = m.columns[k]! - header.columns[k]!;
    if (by === null) by = d;
    else if (by === 0 && d !== 0) {
      by = d;
      from = header.columns[k]!;
    } else if (by !== d) return null;
  }
  if (!by || Math.abs(by) > 2) return null;
  const tt = header.columns.tt;
  const merged = from === 0 && by === -1 && tt !== undefined && m.columns.tt === undefined && TT_OPENS.test(fold(texts[tt] ?? ''));
  return { by, merged, from };
}

/** A row of such a page under the first header's columns. */
export function realignRow(row: readonly CellValue[], off: PageOffset, ttColumn: number | undefined): CellValue[] {
  if (off.merged && ttColumn !== undefined) {
    const v = row[ttColumn];
    const both = typeof v === 'string' ? splitTT(v, true) : null;
    const alone = typeof v === 'number' || (typeof v === 'string' && ONLY_TT.test(v));
    const split: CellValue[] = both ? both : alone ? [v, null] : [null, v ?? null];
    return [...row.slice(0, ttColumn), ...split, ...row.slice(ttColumn + 1)];
  }
  const out: CellValue[] = row.slice(0, off.from);
  // Moved right past the first header's spacer: the spacer stays empty (its cells moved on).
  for (let c = Math.max(0, off.from + off.by); c < off.from; c++) out[c] = null;
  const width = Math.max(0, row.length - off.by);
  for (let c = off.from; c < width; c++) out.push(row[c + off.by] ?? null);
  return out;
}

/**
 * How well rows sit under the header's columns: a point for each text in a named column, less for
 * a text in the TT column that is no TT and for a bare number elsewhere. (A header printed off
 * while its rows stayed in place is no reason to move the rows.)
 */
export function fitUnder(rows: readonly (readonly CellValue[])[], header: HeaderMatch): number {
  const named = new Set(Object.values(header.columns));
  const tt = header.columns.tt;
  let fit = 0;
  for (const row of rows) {
    for (let c = 0; c < row.length; c++) {
      const t = cellText(row[c]);
      if (!t) continue;
      const bare = ONLY_TT.test(t);
      if (c === tt) fit += bare ? 1 : -2;
      else if (bare) fit -= 1;
      else if (named.has(c)) fit += 1;
    }
  }
  return fit;
}
