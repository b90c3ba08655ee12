import { isDeadline, isOnlyDate, planPeriod } from './deadline';
import { AMENDMENT, AREA_CODES, LAYOUT_COLUMNS, LEVELS, REQUIRED_CELLS, UNIT_NAME, WORK_COLUMN, type AreaCode, type ColumnKey, type Level } from './glossary';
import { stripLabel } from './labels';
import { namesAfterAnd, parseDeclared } from './section';
import { issueMessage, type Lang } from './messages';
import type { Appendix, Issue, Item, ReaderNote, Section, Severity } from './model';
import { leadNamesPartners } from './header';
import { isBlankText } from './rowKinds';
import { isGroupRow } from './groupRows';
import { columnLetter, fold, toneKey } from './text';

export interface CheckOptions {
  lang?: Lang;
}

/** Issues in sheet order (table-wide ones first), errors before warnings on the same row. */
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Check an appendix against the schema: columns, areas, declared counts,
 * numbering, required cells, deadlines, duplicates, plus what the reader did.
 */
export function checkAppendix(a: Appendix, options: CheckOptions = {}): Issue[] {
  const found: ReaderNote[] = [];
  const add = (n: ReaderNote): void => void found.push(n);

  if (!a.header || !a.layout) {
    add({ code: 'no-table', severity: 'error', row: null, column: null, area: null });
    return finish(a, found, options);
  }
  const layout = a.layout;
  // "Đơn vị chủ trì, phối hợp": one column names both the lead and the partners.
  const sharedLead = leadNamesPartners(a.header.texts.lead ?? '');
  for (const k of LAYOUT_COLUMNS[layout]) {
    if (a.header.columns[k] === undefined && !(k === 'partners' && sharedLead)) {
      add({ code: 'missing-column', severity: 'error', row: a.header.row, column: k, area: null, detail: { layout } });
    }
  }
  found.push(...a.notes);

  // Areas
  const firstRowOf = new Map<AreaCode, number>();
  for (const s of a.sections) {
    const title = titleWithoutCounts(s.title);
    if (!s.code) {
      add({ code: 'unknown-area', severity: 'warning', row: s.row, column: null, area: null, detail: { title } });
    } else if (firstRowOf.has(s.code)) {
      add({ code: 'duplicate-area', severity: 'warning', row: s.row, column: null, area: s.code, detail: { first: firstRowOf.get(s.code)! } });
    } else {
      firstRowOf.set(s.code, s.row);
    }
    // An area that declares nothing to do ("0 mục tiêu; 0 nhiệm vụ; 0 hoạt động") is empty on purpose.
    const declaresNone = s.declared !== null && Object.values(s.declared).every((n) => n === null || n === 0);
    if (s.items.length === 0 && !declaresNone) {
      // ("Không có" written under it: said, and only the zero counts asked for.)
      add({ code: 'empty-area', severity: 'warning', row: s.row, column: null, area: s.code, detail: { title, ...(s.saysNone ? { none: 1 } : {}) } });
    }
    if (s.declared) {
      for (const level of ['goals', 'tasks', 'activities'] as Level[]) {
        const declared = s.declared[level];
        const actual = s.counts[level];
        if (declared !== null && actual !== null && declared !== actual) {
          // (An area none of the seven is named by its own title.)
          add({ code: 'declared-count-mismatch', severity: 'error', row: s.row, column: null, area: s.code, level, declared, actual, ...(s.code ? {} : { detail: { title } }) });
        }
      }
    }
  }
  for (const code of AREA_CODES) {
    if (!firstRowOf.has(code) && !joinedInto(a, code)) add({ code: 'missing-area', severity: 'info', row: null, column: null, area: code });
  }

  // A required cell holding only an Excel error ("#REF!") is missing, and its message says what the clerk sees there.
  const errorAt = new Map<string, string>();
  for (const n of a.notes) if (n.code === 'bad-cell' && n.detail?.what === 'error') errorAt.set(`${n.row}:${n.column}`, String(n.detail.value));
  checkItems(a, add, (row, k) => errorAt.get(`${row}:${k}`) ?? null);
  checkSequences(a, add);
  return finish(a, withoutCopiesRepeats(a, found), options);
}

/**
 * A row copied whole, label and all, is said once: as a duplicate to delete (counted once). Its labels
 * and TT repeating, written as in the row it copies, are that same copy, not a numbering to mend.
 */
function withoutCopiesRepeats(a: Appendix, found: ReaderNote[]): ReaderNote[] {
  const copies = new Map<number, number>();
  for (const n of found) if (n.code === 'duplicate-row' && n.detail?.once && n.row !== null) copies.set(n.row, Number(n.detail.first));
  if (copies.size === 0) return found;
  const byRow = new Map(a.items.map((it) => [it.rows[0], it]));
  const copied = (n: ReaderNote): boolean => {
    const first = n.row === null ? undefined : copies.get(n.row);
    if (first === undefined || n.detail?.kind !== 'repeat' || !n.column) return false;
    const it = byRow.get(n.row!);
    const orig = byRow.get(first);
    return !!it && !!orig && toneKey(it[n.column] ?? '') === toneKey(orig[n.column] ?? '');
  };
  return found.filter((n) => !((n.code === 'numbering' || n.code === 'tt-sequence') && copied(n)));
}

/**
 * An area written together with another under one title ("Cải cách tổ chức bộ máy hành chính nhà nước và chế độ
 * công vụ"): named after its "và", so it is there, not missing.
 */
function joinedInto(a: Appendix, code: AreaCode): boolean {
  return a.sections.some((s) => s.code !== null && s.code !== code && namesAfterAnd(titleWithoutCounts(s.title), code));
}

/** A unit's name where the deadline belongs: the item's own lead or partners typed one column late, when it is one of them. */
function sameUnit(it: Item, text: string): ColumnKey | null {
  const f = fold(text);
  return it.lead && fold(it.lead) === f ? 'lead' : it.partners && fold(it.partners) === f ? 'partners' : null;
}

/** A unit's name, by how it opens ("Phòng Văn hóa - Xã hội"), with no number a time would have. */
function looksLikeUnit(text: string): boolean {
  return !/\d/.test(text) && UNIT_NAME.test(fold(text));
}

function checkItems(a: Appendix, add: (n: ReaderNote) => void, errorIn: (row: number, k: ColumnKey) => string | null): void {
  const layout = a.layout!;
  const required = REQUIRED_CELLS[layout].filter((k) => a.header!.columns[k] !== undefined);
  const dupKey: ColumnKey = WORK_COLUMN[layout];
  // First row of each activity (or task), keyed by the task it sits under: nested maps, so
  // no key is built per row.
  const seen = new Map<string, Map<string, { row: number; counted: string }>>();
  let lastSection = -2;
  const merged = a.mergedCells.size > 0;
  // A table with a column per year ("2026 … 2030", marked "x"), or per quarter: a deadline is a mark there.
  const marks = Object.values(a.header!.years ?? a.header!.periods ?? {});
  const marked = marks.length > 1 ? `${marks[0]}–${marks[marks.length - 1]}` : null;
  a.items.forEach((it, i) => {
    const row = it.rows[0];
    if (it.section !== lastSection) {
      seen.clear();
      lastSection = it.section;
    }
    if (it.section < 0) add({ code: 'row-outside-area', severity: 'error', row, column: null, area: null });
    const deadline = it.deadline;
    // A time typed in the lead unit's column ("Quý IV/2027" under "Chủ trì"): no lead unit, and maybe the row's deadline.
    const leadTime = it.lead && !isBlank(it.lead) && isOnlyDate(it.lead) && !looksLikeUnit(it.lead) ? it.lead : null;
    const swapped = leadTime !== null && deadline !== null && !isBlank(deadline) && !isDeadline(deadline);
    if (!isGroupRow(a, i)) {
      for (const k of required) {
        if (isBlank(it[k]) && !(merged && a.mergedCells.has(`${row}:${k}`))) {
          const error = errorIn(row, k);
          // Blank under the same column filled on the row above (a unit written once for a block, as a merged cell
          // prints in a PDF): the message says how to mark "the same" so the check reads it.
          // (Not the work itself: an activity written "Nt" would be the one above done twice.)
          const above = !error && k !== 'product' && k !== dupKey && i > 0 && a.items[i - 1].section === it.section && !isBlank(a.items[i - 1][k]);
          const detail: Record<string, string | number> | null = error
            ? { error }
            : k === 'deadline' && leadTime
              ? { inLead: leadTime }
              : k === 'deadline' && marked
                ? { marks: marked }
                : above
                  ? { above: 1 }
                  : null;
          add({ code: 'missing-cell', severity: 'error', row, column: k, area: it.area, ...(detail ? { detail } : {}) });
        }
      }
      // (Lead and deadline swapped are said once, at the deadline.)
      if (leadTime && !swapped && required.includes('lead')) add({ code: 'missing-cell', severity: 'error', row, column: 'lead', area: it.area, detail: { time: leadTime } });
    }
    if (deadline !== null && !isBlank(deadline) && !isDeadline(deadline)) {
      const same = sameUnit(it, deadline);
      const unit = !same && looksLikeUnit(deadline);
      const why: Record<string, string | number> = swapped ? { swapped: leadTime! } : same ? { same } : unit ? { unit: 1 } : {};
      add({ code: 'unrecognized-deadline', severity: 'warning', row, column: 'deadline', area: it.area, detail: { text: deadline, ...why } });
    }
    const text = it[dupKey];
    // An empty task cell repeats the task above (a vertical merge), which is no duplicate; the
    // same task written again on the next row is.
    const inherited = dupKey === 'task' && i > 0 && a.items[i - 1].task === text && a.items[i - 1].section === it.section && (a.taskFrom?.[i] ?? 'above') !== 'own';
    // A cell merged down over several rows is written once: no duplicate.
    if (text && !inherited && !(merged && a.mergedCells.has(`${row}:${dupKey}`))) {
      // The reader's comparison keys (worked out here for an appendix built some other way),
      // the label dropped; an activity repeats only under the same task.
      const under = dupKey === 'activity' && it.task ? (a.keys.task[i] ?? toneKey(it.task)) : '';
      let rows = seen.get(under);
      if (!rows) seen.set(under, (rows = new Map()));
      const counted = a.keys[dupKey][i] ?? toneKey(text);
      const key = stripLabel(counted);
      const first = rows.get(key);
      // Written exactly as before (label too), it is counted once: said, so "bảng có 2" over three rows is no riddle.
      if (first !== undefined) add({ code: 'duplicate-row', severity: 'warning', row, column: dupKey, area: it.area, detail: { first: first.row, ...(first.counted === counted ? { once: 1 } : {}) } });
      else rows.set(key, { row, counted });
    }
  });
}

/** Empty, or only a dash or dots ("-", "…"): nothing written. */
function isBlank(v: string | null): boolean {
  return !v || isBlankText(v);
}


/** (Only with a 2 after it: a goal numbered "I", then its activities 1, 2, is Roman.) */
const OCR_ONE = /^[Il]\.?$/;

type Kind = 'skip' | 'repeat' | 'back';
function sequenceKind(previous: number, found: number): Kind | null {
  if (found === previous + 1) return null;
  if (found === previous) return 'repeat';
  return found < previous ? 'back' : 'skip';
}

/**
 * Label numbers ("Mục tiêu N") and TT must run 1, 2, 3... inside an area. An area
 * may also carry on from where the previous area stopped (continuous numbering).
 */
function checkSequences(a: Appendix, add: (n: ReaderNote) => void): void {
  const carried: Partial<Record<Level | 'tt', number>> = {};
  // An appendix that amends a plan lists only the areas it changes, their labels going on from the
  // plan's: an area opening at "Mục tiêu 3" is what it should be.
  const amends = a.titleLines.some((line) => AMENDMENT.test(fold(line)));
  /** Levels numbered on across areas (an area opened with the number after the last one). */
  const continuous: Partial<Record<Level | 'tt', boolean>> = {};
  /** Rows of the group headings the reader set aside. */
  const headingRows = a.notes.filter((n) => n.row !== null && n.detail && 'heading' in n.detail).map((n) => n.row as number);
  // Does the table number its rows on across a new goal (task) as often as it starts afresh there, or more ("3" the
  // first row of goal 2, against "1")? Then a 1 there is a slip, not the table's way of numbering each goal's rows.
  // (Goals: asked of the whole table, most areas' way; tasks: of each area.)
  const numbersOn = (sections: readonly Section[], level: 'goal' | 'task'): boolean => {
    let on = 0;
    let afresh = 0;
    for (const s of sections) {
      for (let k = 1; k < s.items.length; k++) {
        const [p, c] = [a.items[s.items[k - 1]], a.items[s.items[k]]];
        const changed = level === 'goal' ? c.goal !== p.goal : c.goal === p.goal && c.task !== p.task;
        if (!changed) continue;
        if (ttNumber(c.tt) === ttNumber(p.tt) + 1) on++;
        else if (ttNumber(c.tt) === 1) afresh++;
      }
    }
    return on > 0 && on >= afresh;
  };
  // (Asked only where a 1 stands under a new goal or task: most tables never ask.)
  let acrossGoals: boolean | undefined;
  for (const s of a.sections.length ? a.sections : []) {
    for (const l of LEVELS) {
      let previous: number | null = null;
      /** After a repeated or backward label, the number it stood in for ("1, 2, 2, 4": the second 2 is a 3). */
      let slot: number | null = null;
      let parent: string | null = null;
      for (const i of s.items) {
        const n = a.labels[i][l.level];
        if (n === undefined) continue;
        // Activities may be numbered afresh under each task, tasks under each goal: a 1 under a new parent is no step back.
        const of = l.level === 'activities' ? a.items[i].task : l.level === 'tasks' ? a.items[i].goal : null;
        const restarts: boolean = n === 1 && previous !== null && of !== parent;
        parent = of;
        const before = carried[l.level];
        if (previous === null && n !== 1 && before !== undefined && n === before + 1) continuous[l.level] = true;
        // Numbered on across areas, an area's first label follows the last one's ("5" after "3" skips 4).
        const from: number | null = previous ?? (continuous[l.level] && before !== undefined ? before : null);
        let kind: Kind | null = previous === null && (n === 1 || n === (before ?? 0) + 1 || amends) ? null : restarts ? null : from === null ? 'skip' : sequenceKind(from, n);
        // Only the wrong label is reported: after "2, 2" both "3" (a row too many) and "4" (a typo) go on;
        // after "1, 2, 1" the "3" goes on from the real 2.
        if (kind && slot !== null && (n === slot || n === slot + 1)) kind = null;
        if (kind) {
          add({
            code: 'numbering',
            severity: 'warning',
            row: a.items[i].rows[0],
            column: l.column,
            area: s.code,
            level: l.level,
            detail: { found: n, previous: from ?? 0, kind },
          });
        }
        slot = kind === 'repeat' || kind === 'back' ? (from ?? 0) + 1 : null;
        previous = n;
        // Further labels in the same cell ("Mục tiêu 1: …⏎Mục tiêu 2: …") go on from there.
        const more = a.labels[i].more?.[l.level];
        if (more) previous = more[more.length - 1];
      }
      if (previous !== null) carried[l.level] = previous;
    }
    let previous: number | null = null;
    let lastRow = s.row;
    let acrossTasks: boolean | undefined;
    s.items.forEach((i, k) => {
      const tt = a.items[i].tt;
      const row = a.items[i].rows[0];
      // (A group heading between, "1. Kiểm soát thủ tục hành chính", numbers its rows afresh from 1.)
      // (Nor, in the standard layout, under a new goal or task, where the table numbers each one's rows afresh.)
      const prior = k > 0 ? a.items[s.items[k - 1]] : null;
      const after = a.items[s.items[k + 1]];
      const newParent = (): boolean => {
        const parent = a.layout !== 'standard' || !prior ? null : a.items[i].goal !== prior.goal ? 'goal' : a.items[i].task !== prior.task ? 'task' : null;
        if (parent === null) return false;
        // (Not where the numbers go on from before it: "…, 4, 1, 6" is a slip at the 1.)
        if (after && ttNumber(after.tt) === ttNumber(prior!.tt) + 2) return false;
        return parent === 'goal' ? !(acrossGoals ??= numbersOn(a.sections, 'goal')) : !(acrossTasks ??= numbersOn([s], 'task'));
      };
      if (tt && /^0?1\.?$/.test(tt) && (newParent() || headingRows.some((h) => h > lastRow && h < row))) previous = null;
      lastRow = row;
      // (An item's TT "I" or "l" before a 2 is a scan's 1: the reader took the row for an item, not an area.)
      // (Two rows a lost rule fused, "1⏎2": numbered from the first, going on from the last.)
      const fused = tt && FUSED_TT.test(tt) ? tt.split(/\s+/).map((x) => parseInt(x, 10)) : null;
      const whole = ttNumber(tt);
      const n = !Number.isNaN(whole) ? whole : fused ? fused[0] : tt && OCR_ONE.test(tt) && a.items[s.items[k + 1]]?.tt === '2' ? 1 : NaN;
      if (Number.isNaN(n)) return;
      const before = carried.tt;
      if (previous === null && n !== 1 && before !== undefined && n === before + 1) continuous.tt = true;
      // TT numbered on across areas: an area opening at 7 after 5 skipped 6, it did not fail to start at 1.
      const from: number | null = previous ?? (continuous.tt && before !== undefined ? before : null);
      const kind = previous === null && (n === 1 || n === (before ?? 0) + 1) ? null : from === null ? 'skip' : sequenceKind(from, n);
      if (kind) {
        add({ code: 'tt-sequence', severity: 'info', row: a.items[i].rows[0], column: 'tt', area: s.code, detail: { found: n, previous: from ?? 0, kind } });
      }
      // (A smaller number typed in place of the next, the one after going on from there: "5, 1, 7" reports the 1 alone.)
      previous = kind === 'back' && from !== null && after && ttNumber(after.tt) === from + 2 ? from + 1 : fused ? fused[fused.length - 1] : n;
    });
    if (previous !== null) carried.tt = previous;
  }
}

/** "1⏎2": the TTs of two rows in one cell (a PDF's lost rule fused the rows), each following the one before. */
const FUSED_TT = /^\d{1,3}\.?(?:\s*\n\s*\d{1,3}\.?)+$/;

/** A TT as a whole number ("3", "3."); NaN for none or another form. */
function ttNumber(tt: string | null | undefined): number {
  if (!tt) return NaN;
  let n = 0;
  for (let i = 0; i < tt.length; i++) {
    const c = tt.charCodeAt(i);
    if (c >= 48 && c <= 57) n = n * 10 + (c - 48);
    else if (c !== 46 || i === 0 || i !== tt.length - 1) return NaN;
  }
  return n;
}

/** An issue's message, its column named by the header's letter. */
export function messageFor(a: Appendix, n: ReaderNote, lang?: Lang): string {
  const letter = (k: ColumnKey): string | null => {
    const c = a.header?.columns[k];
    return c === undefined ? null : columnLetter(c);
  };
  return issueMessage(n, { lang, letter, heading: (k) => a.header?.texts[k], year: planYear(a) });
}

/** The plan's first year, worked out once per appendix (a message is made for every issue). */
const YEARS = new WeakMap<Appendix, number | undefined>();
function planYear(a: Appendix): number | undefined {
  if (!YEARS.has(a)) YEARS.set(a, planPeriod(a.titleLines)?.from);
  return YEARS.get(a);
}

function finish(a: Appendix, found: ReaderNote[], options: CheckOptions): Issue[] {
  const issues = found.map((n) => ({ ...n, message: messageFor(a, n, options.lang) }) as Issue);
  return issues.sort(
    (x, y) => (x.row ?? 0) - (y.row ?? 0) || SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity],
  );
}

export interface IssueSummary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(issues: readonly Issue[]): IssueSummary {
  const s: IssueSummary = { errors: 0, warnings: 0, infos: 0 };
  for (const i of issues) {
    if (i.severity === 'error') s.errors++;
    else if (i.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}

/** An area's title without the counts it declares ("CÔNG TÁC THANH TRA (2 mục tiêu; …)" → "CÔNG TÁC THANH TRA"), for messages. */
export function titleWithoutCounts(title: string): string {
  const m = /\s*\(([^()]*)\)\s*$/.exec(title);
  return m && m.index > 0 && parseDeclared(m[1]) ? title.slice(0, m.index) : title;
}
