/**
 * A blank form: the province's template kept in the workbook beside the filled appendix, its rows
 * only placeholders ("Mục tiêu 1: …", "…", "………"). Where a workbook holds both, the appendix is the one filled in.
 */
import { stripLabel } from './labels';
import type { Appendix } from './model';

const CELLS = ['goal', 'task', 'activity', 'product', 'lead', 'partners', 'deadline', 'monitor'] as const;

/** "…", "...", "………", "Hoạt động 1: …": a place left to fill in, no text of the user's. */
export function isPlaceholder(text: string): boolean {
  return /^[\s.…_\-–]*$/u.test(stripLabel(text));
}

/** Does the table hold rows, every one of them placeholders only? */
export function isBlankForm(appendix: Appendix): boolean {
  return appendix.items.length > 0 && appendix.items.every((item) => CELLS.every((k) => isPlaceholder(item[k] ?? '')));
}
