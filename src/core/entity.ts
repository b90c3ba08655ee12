/**
 * Goals and tasks as entities: one for all the rows a merged (or filled-down) cell spans, joined
 * with its continuations, compared on a folded key.
 */
import { holdsSeveral, isLabelAgain, labelledLines, listedLabels } from './labels';
import type { ItemLabels } from './model';
import { joinText, toneKey } from './text';

/** A goal or task shared by several items (a vertically merged cell). */
export interface Entity {
  text: string;
  label: number | null;
  key?: string;
  /** For a task: the goal it was written under ("Tổ chức thực hiện" under two goals is two tasks). */
  owner?: Entity | null;
  /** Further labels written in the same cell ("Mục tiêu 1: …⏎Mục tiêu 2: …"): each one more entity. */
  more?: number[];
}

export function entityKey(e: Entity): string {
  return (e.key ??= toneKey(e.text));
}

/** The further labels of a goal or task cell holding several, kept on the entity and the item's labels. */
export function moreLabels(e: Entity, level: 'goals' | 'tasks', labels: ItemLabels): void {
  // "Mục tiêu 1, 2: …": one label listing both.
  const listed = listedLabels(e.text, level);
  if (listed.length) {
    e.more = listed;
    labels.more = { ...labels.more, [level]: e.more };
    return;
  }
  if (!holdsSeveral(e.text, level)) return;
  const parts = labelledLines(e.text, level);
  if (parts.length < 2) return;
  e.more = parts.slice(1).map((p) => p.n);
  labels.more = { ...labels.more, [level]: e.more };
}

/** Join a continuation to a goal or task (or start one when the row above had none). */
export function extendEntity(e: Entity | null, text: string): Entity {
  if (!e) return { text, label: null };
  e.text = joinText(e.text, text)!;
  e.key = undefined;
  return e;
}

/**
 * The goal or task an item belongs to, given its cell and the current one. `tails`: an unlabelled
 * text under a labelled one is its tail; `rest`: the cell's rest after a page break; `pages`: the
 * table was printed over pages (not our normalized table, which writes every cell whole), so a
 * label written again atop a page ("Mục tiêu 1 (tiếp)") is the same entity.
 */
export function nextEntity(current: Entity | null, text: string, label: number | undefined, how: { tails: boolean; rest: boolean; pages: boolean }): Entity | null {
  const { tails, rest, pages } = how;
  if (!text) return current;
  if (current) {
    // Right after a page break, a cell opening in lower case is the rest of the one above,
    // printed beside the next row (a merged goal or task cell running over the page).
    if (rest && label === undefined) return extendEntity(current, text);
    // Inside a labelled area, text without a label is the tail of the labelled cell above.
    if (tails && label === undefined && current.label !== null) return extendEntity(current, text);
    if (text === current.text) return current;
    // "Mục tiêu 1 (tiếp)" atop the next page: the same goal goes on.
    if (pages && label !== undefined && label === current.label && isLabelAgain(text)) return current;
    // Another label number is another entity: no need to compare the texts.
    const relabelled = label !== undefined && current.label !== null && label !== current.label;
    if (!relabelled && toneKey(text) === entityKey(current)) return current;
  }
  return { text, label: label ?? null };
}
