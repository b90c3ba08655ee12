/** Per-section counts: distinct goals, tasks and activities, as the issue defines them. */
import { LAYOUT_COLUMNS, type ColumnKey, type Layout } from './glossary';
import { entityKey, type Entity } from './entity';
import { isGroupRow } from './groupRows';
import type { Appendix, Counts, Section } from './model';

export function emptyCounts(layout: Layout): Counts {
  const has = (k: ColumnKey): number | null => (LAYOUT_COLUMNS[layout].includes(k) ? 0 : null);
  return { goals: has('goal'), tasks: has('task'), activities: has('activity') };
}

/** Distinct goals, tasks and activities of a section; null for a level the layout lacks. */
export function countSection(a: Appendix, s: Section, layout: Layout, goalOf: (Entity | null)[], taskOf: (Entity | null)[]): Counts {
  const counts = emptyCounts(layout);
  if (a.header!.columns.goal === undefined) counts.goals = null;
  if (a.header!.columns.task === undefined) counts.tasks = null;
  if (a.header!.columns.activity === undefined) counts.activities = null;
  const goals = new Set<string>();
  // Not per goal: a task may sit under two goals (a goal with no task of its own, as in Bình Lư row 27).
  // Keyed by its goal's key, then its own: nested sets, so no key is built per row.
  const tasks = new Map<string, Set<string>>();
  let taskCount = 0;
  // The same words under two tasks ("Tổ chức thực hiện") are two activities: distinct per task.
  const activities = new Map<string, Set<string>>();
  let activityCount = 0;
  // Rows under one goal or task share its entity: count it once, when it changes.
  let lastGoal: Entity | null = null;
  let lastTask: Entity | null = null;
  let under: Set<string> | undefined;
  for (const i of s.items) {
    // An assignment table's numbered heading over its sub-tasks ("1 | Công tác tuyên truyền", then
    // "1.1 …", "1.2 …" with their products and leads) groups tasks: the sub-tasks are the work counted.
    if (layout === 'assignment' && isGroupRow(a, i)) continue;
    const g = goalOf[i];
    const t = taskOf[i];
    if (g && g !== lastGoal) {
      goals.add(entityKey(g));
      if (g.more) for (const n of g.more) goals.add(`${entityKey(g)}\u0000${n}`);
    }
    lastGoal = g;
    if (t !== lastTask || under === undefined) {
      lastTask = t;
      if (t) {
        const set = setUnder(tasks, t.owner ? entityKey(t.owner) : '');
        taskCount += added(set, entityKey(t));
        if (t.more) for (const n of t.more) taskCount += added(set, `${entityKey(t)}\u0000${n}`);
      }
      under = setUnder(activities, t ? entityKey(t) : '');
    }
    const act = a.keys.activity[i];
    if (act !== null) {
      activityCount += added(under, act);
      const more = a.labels[i].more?.activities;
      if (more) for (const n of more) activityCount += added(under, `${act}\u0000${n}`);
    }
  }
  if (counts.goals !== null) counts.goals = goals.size;
  if (counts.tasks !== null) counts.tasks = taskCount;
  if (counts.activities !== null) counts.activities = activityCount;
  return counts;
}

/** The set kept under a parent key, made on first use. */
function setUnder(map: Map<string, Set<string>>, parent: string): Set<string> {
  let set = map.get(parent);
  if (!set) map.set(parent, (set = new Set()));
  return set;
}

/** Add a key to a set; 1 when it was new, else 0. */
function added(set: Set<string>, key: string): number {
  const before = set.size;
  set.add(key);
  return set.size - before;
}
