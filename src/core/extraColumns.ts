/** Text in columns the appendix model has no key for ("Kinh phí", "Nguồn kinh phí", "Ghi chú"): kept with the item. */
import type { HeaderKey } from './glossary';
import { joinText } from './text';

/** An item's other text, by grid column. */
export type ExtraParts = Map<number, string>;

/** A column-number cell under a header ("(9)", "9."): names no column. */
const COLUMN_NUMBER = /^\(?\d{1,2}\)?\.?$/;

/**
 * The headings of the columns no key reads, where the table has two or more of them: the item's
 * other text then says which is which ("Kinh phí: 5; Nguồn kinh phí: Ngân sách xã"). With one such
 * column (or our own "Cột khác") the text stands alone, as written.
 */
export function extraHeadings(headerRows: readonly (readonly string[])[], mapped: readonly boolean[]): (string | undefined)[] | null {
  const names = extraNames(headerRows, mapped);
  return names.filter(Boolean).length >= 2 ? names : null;
}

/** The heading of the one column no key reads ("Kinh phí"), where the table has exactly one. */
export function soleExtraHeading(headerRows: readonly (readonly string[])[], mapped: readonly boolean[]): string | undefined {
  const named = extraNames(headerRows, mapped).filter((n): n is string => !!n);
  return named.length === 1 ? named[0] : undefined;
}

function extraNames(headerRows: readonly (readonly string[])[], mapped: readonly boolean[]): (string | undefined)[] {
  const names: (string | undefined)[] = [];
  const short = (t: string): string => (t.length > 40 ? `${t.slice(0, 39)}…` : t);
  let above: readonly string[] | null = null;
  for (const texts of headerRows) {
    for (let c = 0; c < texts.length; c++) {
      const t = clean(texts[c]);
      if (!t || mapped[c] === true || COLUMN_NUMBER.test(t)) continue;
      // A two-row header: the row nearest the body names the column, after the group heading merged over it
      // ("Kinh phí dự kiến – Tổng số", "… – Ngân sách xã"); a cell merged down over both rows names it once.
      const group = above ? groupOver(above, c, mapped) : '';
      names[c] = group && group !== t ? `${short(group)} – ${short(t)}` : short(t);
    }
    above = texts.map(clean);
  }
  return names;
}

function clean(t: string | undefined): string {
  return (t ?? '').replace(/\s+/g, ' ').replace(/[:：]\s*$/, '').trim();
}

/** The heading over column c in the row above: its own cell, or one merged over it from the left (empty cells between). */
function groupOver(above: readonly string[], c: number, mapped: readonly boolean[]): string {
  let h = c;
  while (h > 0 && !above[h] && mapped[h - 1] !== true) h--;
  return mapped[h] === true || COLUMN_NUMBER.test(above[h] ?? '') ? '' : above[h] ?? '';
}

/** Text in cells no recognized column reads (extra columns, a number a shifted row left behind), by column. */
export function extraParts(texts: readonly string[], mapped: readonly boolean[], cols: Partial<Record<HeaderKey, number>>, tt: string, shifted: boolean): ExtraParts | null {
  // Most rows have text only in recognized columns: say so without building anything.
  let stray = false;
  for (let c = 0; c < texts.length && !stray; c++) stray = texts[c] !== '' && mapped[c] !== true;
  if (!stray && !shifted) return null;
  const used = new Set<number>(Object.values(cols));
  let out: ExtraParts | null = null;
  for (let c = 0; c < texts.length; c++) {
    const v = texts[c];
    if (!v || used.has(c)) continue;
    // A mapped column's text is its column's (a year's mark under its year too); only a shift leaves
    // one behind, mapped but unused: kept unless it became the TT.
    if (mapped[c] === true && (!shifted || v === tt)) continue;
    (out ??= new Map()).set(c, v);
  }
  return out;
}

/** A continuation's other text joined to the row above's, column by column. */
export function joinParts(above: ExtraParts | undefined, more: ExtraParts): ExtraParts {
  const out: ExtraParts = new Map(above);
  for (const [c, t] of more) out.set(c, joinText(out.get(c) ?? null, t)!);
  return out;
}

/** The item's other text as one string: each part after its column's heading where the table names several. */
export function extraText(parts: ExtraParts | null | undefined, headings: readonly (string | undefined)[] | null): string | null {
  if (!parts || parts.size === 0) return null;
  const at = [...parts.keys()].sort((a, b) => a - b);
  if (!headings) return at.map((c) => parts.get(c)!).join(' ');
  return at.map((c) => (headings[c] ? `${headings[c]}: ${parts.get(c)}` : parts.get(c)!)).join('; ');
}
