/**
 * A blank form: the province's template kept in the workbook beside the filled appendix, or areas of it left
 * unfilled, its rows only placeholders ("Mục tiêu 1: …", "…", "(Ghi sản phẩm)"). Such rows are no rows of the table.
 */
import { stripLabel } from './labels';

/** "(Ghi cụ thể mục tiêu)", "(Nêu sản phẩm)": the form's hint where the text goes. */
const HINT = /^\((?:ghi|nêu|điền|liệt kê)(?=\s)[^()]*\)$/iu;
/** What every placeholder holds: dots, an ellipsis, underscores, or a hint in brackets. */
const MAY_BE = /…|\.\.\.|__|\(/;

/** "…", "...", "………", "Hoạt động 1: …", "(Ghi sản phẩm)": a place left to fill in, no text of the user's. */
export function isPlaceholder(text: string): boolean {
  if (!MAY_BE.test(text)) return false;
  const rest = stripLabel(text).trim();
  return /^[\s.…_\-–]*$/u.test(rest) || HINT.test(rest);
}

/**
 * A row's texts (its TT aside) all placeholders: the first one and how many, else null. Most rows fail on their
 * first text, with no array made (asked of every row).
 */
export function formRow(texts: readonly string[], tt: string | undefined): { first: string; count: number } | null {
  let first = '';
  let count = 0;
  for (const t of texts) {
    if (t === tt) continue;
    if (!isPlaceholder(t)) return null;
    if (count++ === 0) first = t;
  }
  return count > 0 ? { first, count } : null;
}
