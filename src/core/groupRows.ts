/** Rows that head the rows under them rather than being items of their own. */
import type { Appendix, Item } from './model';
import { isBlankText, OPENS_LIST } from './rowKinds';

/** Sub-rows under a group row: "1.1", "a)", "a.", "- …", "+ …". */
const SUB_ROW = /^(\d+\.\d+|[a-zđ][.)]|[-+•])/;

const empty = (v: string | null): boolean => !v || isBlankText(v);

/** "2" (or "2.") over "2.1": the number the sub-rows of a numbered row open with; null for another row. */
function subNumber(it: Item): string | null {
  const n = (it.tt ?? '').replace(/[.)]$/, '');
  return /^\d{1,2}$/.test(n) ? `${n}.` : null;
}

/**
 * "2 | Nâng cao hiệu quả …, gồm: | | | Trung tâm … | | Phó Chủ tịch …" over "2.1", "2.2": an assignment
 * table's numbered task with no product and no deadline, over sub-tasks numbered under it. It names the
 * lead (and who follows up) once for them: a heading, even with those cells written.
 */
function headsSubTasks(a: Appendix, i: number): boolean {
  const it = a.items[i];
  const next = a.items[i + 1];
  if (a.layout !== 'assignment' || !next || next.section !== it.section || !it.task || it.activity) return false;
  return isSubTask(it, next) && empty(it.product) && empty(it.deadline);
}

/**
 * Is `child` a sub-task of the numbered task `head`: numbered under it ("2.1" under "2"), or, under a task ending on
 * ":" ("…, cụ thể:", "…, gồm:"), lettered or bulleted without a number of its own ("a) …", "- …")?
 */
function isSubTask(head: Item, child: Item): boolean {
  const sub = subNumber(head);
  if (sub !== null && (child.tt ?? '').startsWith(sub)) return true;
  return OPENS_LIST.test(head.task ?? '') && !child.tt && SUB_ROW.test(child.task ?? '');
}

/**
 * A row that only names a goal or a task for the rows under it (the staircase
 * layout typed in Excel: "1 | Mục tiêu 1", then "1.1 | Nhiệm vụ 1", then activities):
 * a heading, so its empty cells are not missing.
 */
export function isGroupRow(a: Appendix, i: number): boolean {
  const it = a.items[i];
  const next = a.items[i + 1];
  if (!next || next.section !== it.section) return false;
  if (headsSubTasks(a, i)) return true;
  // (The unit that follows up a whole block, "Theo dõi" merged down over the heading and its sub-tasks, is no work of its own.)
  if (it.activity || it.product || it.lead || it.deadline || it.partners || (it.monitor && it.monitor !== next.monitor)) return false;
  // It opens its goal or task: a row that only carries the ones above down (a TT alone) heads nothing.
  const prev = i > 0 && a.items[i - 1].section === it.section ? a.items[i - 1] : null;
  // (A task it opens that the next row does not go on with has no work at all: an item with its cells missing.)
  if (a.layout === 'standard' && it.task !== null && prev?.task !== it.task && next.task !== it.task) return false;
  if (a.layout === 'standard') return (it.goal !== null && next.goal === it.goal && prev?.goal !== it.goal) || (it.task !== null && next.task === it.task && prev?.task !== it.task);
  return it.task !== null && (SUB_ROW.test(next.tt ?? '') || SUB_ROW.test(next.task ?? ''));
}

/** The lead, partners and follow-up a numbered heading names once: its sub-tasks' where they leave theirs blank. */
export function lendToSubTasks(a: Appendix): void {
  for (let i = 0; i < a.items.length; i++) {
    if (!headsSubTasks(a, i)) continue;
    const it = a.items[i];
    for (let j = i + 1; j < a.items.length && a.items[j].section === it.section && isSubTask(it, a.items[j]); j++) {
      const child = a.items[j];
      for (const k of ['lead', 'partners', 'monitor'] as const) if (empty(child[k]) && !empty(it[k])) child[k] = it[k];
    }
  }
}
