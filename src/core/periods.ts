/**
 * Years, quarters or months as columns ("Thời gian thực hiện" over 2026 | … | 2030, an "x"
 * under each): which columns they are, and the deadline an item's marks under them say.
 */
import { headerKey } from './header';
import type { Shift } from './shift';
import { fold } from './text';

/** A column heading a time of its own: a year ("2026", "Năm 2027"), a quarter ("Quý II", "Q2") or a month ("Tháng 3"). */
export interface Period {
  kind: 'year' | 'quarter' | 'month';
  n: number;
  /** As a deadline says it: "2027", "Quý II", "Tháng 3". */
  text: string;
}
const YEAR = /^(?:nam\s*)?((?:19|20)\d\d)$/;
const QUARTER = /^(?:quy|q)\s*\.?\s*(iv|i{1,3}|[1-4])$/;
const MONTH = /^thang\s*(\d{1,2})$/;
const QUARTER_NUMERALS = ['I', 'II', 'III', 'IV'];

function periodOf(text: string): Period | null {
  if (text.length > 12) return null;
  const f = fold(text);
  let m = YEAR.exec(f);
  if (m) return { kind: 'year', n: Number(m[1]), text: m[1] };
  m = QUARTER.exec(f);
  if (m) {
    const n = /\d/.test(m[1]) ? Number(m[1]) : QUARTER_NUMERALS.indexOf(m[1].toUpperCase()) + 1;
    return { kind: 'quarter', n, text: `Quý ${QUARTER_NUMERALS[n - 1]}` };
  }
  m = MONTH.exec(f);
  const month = m ? Number(m[1]) : 0;
  return month >= 1 && month <= 12 ? { kind: 'month', n: month, text: `Tháng ${month}` } : null;
}

/**
 * Period columns: two or more cells that are years, quarters or months (one kind) and
 * nothing else, the other cells empty or repeating the row above (a header cell merged
 * down). Grid column → period, or null.
 */
export function matchPeriodRow(texts: readonly string[], above?: readonly string[]): Map<number, Period> | null {
  const periods = new Map<number, Period>();
  let kind: Period['kind'] | null = null;
  for (let c = 0; c < texts.length; c++) {
    const t = texts[c];
    if (!t || (above && above[c] === t)) continue;
    const p = periodOf(t);
    if (!p) continue;
    if (kind && p.kind !== kind) return null;
    kind = p.kind;
    periods.set(c, p);
  }
  if (periods.size < 2) return null;
  // Every other filled cell names a column (a header row holding the periods beside its titles).
  for (let c = 0; c < texts.length; c++) if (texts[c] && !periods.has(c) && !(above && above[c] === texts[c]) && !headerKey(texts[c])) return null;
  return periods;
}

/**
 * The deadline an item's marks under period columns say: "2026-2030" for a run of years,
 * "2026, 2028" for single ones, "Quý II - Quý III" for quarters; a cell with words in it
 * keeps them ("2027: Quý II").
 */
export function markedPeriods(texts: readonly string[], periods: ReadonlyMap<number, Period>, shift: Shift | null): string {
  const at = (col: number): string => texts[shift && col >= shift.from ? col + shift.by : col];
  // One word in every period ("Thường xuyên" in each year, or merged across them): that word, once.
  const first = at(periods.keys().next().value!);
  if (first && first.length > 3 && [...periods.keys()].every((c) => at(c) === first)) return first;
  const parts: string[] = [];
  let from: Period | null = null;
  let to: Period | null = null;
  const close = (): void => {
    if (from && to) parts.push(to !== from ? (from.kind === 'year' ? `${from.text}-${to.text}` : `${from.text} - ${to.text}`) : from.text);
    from = to = null;
  };
  for (const [col, period] of periods) {
    const t = at(col);
    if (!t) {
      close();
      continue;
    }
    // A mark ("x", "✓", "+") or a word: a word is written out with its period.
    if (t.length > 3) {
      close();
      parts.push(`${period.text}: ${t}`);
    } else if (to && period.n === (to as Period).n + 1) to = period;
    else {
      close();
      from = to = period;
    }
  }
  close();
  return parts.join(', ');
}
