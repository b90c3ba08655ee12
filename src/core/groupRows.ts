/** Rows that head the rows under them rather than being items of their own. */
import type { Appendix } from './model';

/** Sub-rows under a group row: "1.1", "a)", "- …", "+ …". */
const SUB_ROW = /^(\d+\.\d+|[a-zđ]\)|[-+•])/;

/**
 * A row that only names a goal or a task for the rows under it (the staircase
 * layout typed in Excel: "1 | Mục tiêu 1", then "1.1 | Nhiệm vụ 1", then activities):
 * a heading, so its empty cells are not missing.
 */
export function isGroupRow(a: Appendix, i: number): boolean {
  const it = a.items[i];
  const next = a.items[i + 1];
  if (!next || next.section !== it.section) return false;
  // (The unit that follows up a whole block, "Theo dõi" merged down over the heading and its sub-tasks, is no work of its own.)
  if (it.activity || it.product || it.lead || it.deadline || it.partners || (it.monitor && it.monitor !== next.monitor)) return false;
  // It opens its goal or task: a row that only carries the ones above down (a TT alone) heads nothing.
  const prev = i > 0 && a.items[i - 1].section === it.section ? a.items[i - 1] : null;
  if (a.layout === 'standard') return (it.goal !== null && next.goal === it.goal && prev?.goal !== it.goal) || (it.task !== null && next.task === it.task && prev?.task !== it.task);
  return it.task !== null && (SUB_ROW.test(next.tt ?? '') || SUB_ROW.test(next.task ?? ''));
}
