/** A row that sits one or more columns late: found by its label or its late TT. */
import { LEVELS, type ColumnKey } from './glossary';
import type { HeaderMatch } from './header';
import { isDeadline, isOnlyDate } from './deadline';
import { anyLabel, hasLabel } from './labels';

export const BARE_NUMBER = /^\d{1,4}\.?$/;

export interface Shift {
  /** Grid column from which cells sit late. */
  from: number;
  by: number;
  key: ColumnKey;
}

/**
 * A row shifted right: its first filled cell carries a level label ("Mục tiêu 2")
 * but sits in a later column than that level's, with only empties or a bare
 * number before it. Or shifted left: the label sits before its column and the row
 * ends a cell early.
 */
export function detectShift(texts: readonly string[], header: HeaderMatch, keys: readonly ColumnKey[], last: number, unheaded: (c: number) => boolean = () => false): Shift | null {
  // No label, but the TT sits in the next column and text runs past the last header column.
  const tt = header.columns.tt;
  if (tt !== undefined && !texts[tt] && BARE_NUMBER.test(texts[tt + 1] ?? '') && texts.length > last + 1 && texts[last + 1]) {
    const next = keys.find((k) => header.columns[k] === tt + 1);
    if (next) return { from: tt, by: 1, key: 'tt' };
  }
  // An assignment row with its Stt in place, its task cell empty and its cells from there one column late, the last
  // past the header ("3 | | Báo cáo kết quả … | Báo cáo | Trước ngày 15 … | … | … | Phòng Văn hóa - Xã hội").
  const task = header.columns.task;
  // (Its deadline column then holds no date of its own (a product, "Kế hoạch … năm 2027"), the next one a time: a task
  // merged down, a remark right of the table, leave it.)
  const deadline = header.columns.deadline;
  if (
    tt !== undefined && task === tt + 1 && deadline !== undefined && header.columns.goal === undefined && header.columns.activity === undefined &&
    BARE_NUMBER.test(texts[tt] ?? '') && !texts[task] && texts[task + 1] && texts[last + 1] && unheaded(last + 1) && !texts.slice(last + 2).some(Boolean) &&
    !isOnlyDate(texts[deadline] ?? '') && isDeadline(texts[deadline + 1] ?? '')
  ) {
    return { from: task, by: 1, key: 'task' };
  }
  for (const k of keys) {
    const c = header.columns[k]!;
    // A row one cell short whose goal landed in the TT column ("Mục tiêu 2: … | Nhiệm vụ 2: … | …").
    if (k === 'tt') {
      const early = texts[c] && !BARE_NUMBER.test(texts[c]) ? earlyLabel(texts, header, c, last) : null;
      if (early) return early;
      continue;
    }
    const t = texts[c];
    if (!t || BARE_NUMBER.test(t)) continue;
    // Only a label whose own column lies before this one shifts the row; the first filled
    // cell decides either way.
    const early = earlyLabel(texts, header, c, last);
    if (early) return early;
    for (const l of LEVELS) {
      const homeCol = header.columns[l.column];
      if (homeCol !== undefined && homeCol < c && hasLabel(t, l.level)) {
        const by = c - homeCol;
        // The TT gone late by as much ("| 2 | | | Hoạt động 2: …"): the whole row sits late, from the TT on.
        if (tt !== undefined && tt < homeCol && !texts[tt] && BARE_NUMBER.test(texts[tt + by] ?? '')) return { from: tt, by, key: l.column };
        return { from: homeCol, by, key: l.column };
      }
    }
    if (texts[last + 1] && !anyLabel(t)) return lateRow(texts, header, keys, c, last, unheaded);
    return null;
  }
  return null;
}

/**
 * No label, no TT, but the row's last cell sits in a column past the header, under no heading, and
 * nothing before its first cell: the row sits one column late (a page's continuation a converter
 * printed a cell to the right: "| | | | tail of activity | tail of product | | partners | deadline").
 */
function lateRow(texts: readonly string[], header: HeaderMatch, keys: readonly ColumnKey[], first: number, last: number, unheaded: (c: number) => boolean): Shift | null {
  if (!unheaded(last + 1)) return null;
  for (let c = 0; c < first; c++) if (texts[c]) return null;
  for (let c = last + 2; c < texts.length; c++) if (texts[c]) return null;
  const key = keys.find((k) => header.columns[k] === first - 1);
  return key ? { from: first - 1, by: 1, key } : null;
}

/**
 * A row one cell short ("2 | | Hoạt động 2: … | Báo cáo | …", its empty task cell lost): a label before its
 * column, the last column empty and the one before it filled. The cells from the label on sit early.
 */
function earlyLabel(texts: readonly string[], header: HeaderMatch, c: number, last: number): Shift | null {
  const t = texts[c];
  for (const l of LEVELS) {
    const homeCol = header.columns[l.column];
    if (homeCol !== undefined && homeCol > c && hasLabel(t, l.level) && !texts[last] && texts[last - (homeCol - c)] && !texts.slice(last + 1).some(Boolean)) {
      return { from: homeCol, by: c - homeCol, key: l.column };
    }
  }
  return null;
}
