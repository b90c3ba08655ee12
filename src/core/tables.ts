/**
 * Tables the product writes (normalized appendix, issue list, blank template,
 * roll-up sheets), as plain rows: the CLI writes them with exceljs, the task pane
 * with Office.js. One definition, so both write the same thing.
 */
import type { Analysis } from './analyze';
import { AREAS, COLUMNS, type AreaCode, type ColumnKey, type Level } from './glossary';
import { areaName, columnName, levelName, severityName, t, type Lang } from './messages';
import type { Declared, Issue, Item, Section, Severity } from './model';
import { communeLabel, type RollUp } from './rollUp';
import { columnLetter } from './text';

export type Cell = string | number | null;

export interface PlainTable {
  header: string[];
  rows: Cell[][];
  /** Widths in characters. */
  widths: number[];
}

const NORMAL_KEYS: ColumnKey[] = ['tt', 'goal', 'task', 'activity', 'product', 'lead', 'partners', 'deadline', 'monitor'];
const WIDTH: Record<ColumnKey, number> = { tt: 6, goal: 40, task: 40, activity: 45, product: 35, lead: 24, partners: 28, deadline: 22, monitor: 24 };

/**
 * The clean table: one row per item, an area column, source rows kept for tracing. The
 * assignment layout keeps its own columns (no goal or activity), so the table reads back alike.
 */
export function normalizedTable(an: Analysis, lang: Lang = 'vi'): PlainTable {
  const assignment = an.appendix.layout === 'assignment';
  // A level the source has no column for stays out (an empty column would read back as missing cells).
  const has = (k: ColumnKey): boolean => an.appendix.header?.columns[k] !== undefined;
  const keys = NORMAL_KEYS.filter((k) =>
    k === 'monitor' ? an.appendix.items.some((i) => i.monitor) : k === 'goal' || k === 'task' || k === 'activity' ? !(assignment && k !== 'task') && (has(k) || !an.appendix.header) : true,
  );
  /** The columns after the TT and the area. */
  const cells = keys.filter((k) => k !== 'tt');
  // Text of the source's other columns ("Ghi chú", "Kinh phí"), where any row has some: kept, not lost.
  const extra = an.appendix.items.some((i) => i.extra);
  const header = [t('col.numeral', {}, lang), t('col.area', {}, lang), ...cells.map((k) => columnName(k, lang)), ...(extra ? [an.appendix.header?.extra ?? t('col.extra', {}, lang)] : []), t('col.sourceRow', {}, lang)];
  // The counts the area's title declares go with its name (an unknown area's title as written holds them already):
  // the normalized table keeps what the user wrote, and checking it finds the same mismatches.
  const areaOf = (s: Section): string => {
    const name = [s.numeral, s.code ? areaName(s.code, lang) : s.title].filter(Boolean).join('. ');
    return s.code && s.declared ? `${name} (${declaredText(s.declared, lang)})` : name;
  };
  const rowOf = (it: Item, area: string): Cell[] => [ttCell(it.tt), area, ...cells.map((k) => it[k]), ...(extra ? [it.extra] : []), sourceRows(it, an.appendix.sheet)];
  // Rows before any area (row-outside-area) come first, as in the source.
  const rows: Cell[][] = an.appendix.items.filter((it) => it.section < 0).map((it) => rowOf(it, ''));
  for (const s of an.appendix.sections) {
    // An area with no rows keeps a row of its own, its area alone: it reads back as the same empty area.
    if (s.items.length === 0) rows.push([null, areaOf(s), ...cells.map(() => null), ...(extra ? [null] : []), rowCell(s.row, s.sheet, an.appendix.sheet)]);
    for (const n of s.items) rows.push(rowOf(an.appendix.items[n], areaOf(s)));
  }
  return { header, rows, widths: [6, 28, ...cells.map((k) => WIDTH[k]), ...(extra ? [28] : []), 10] };
}

/** A TT that is a whole number is written as one (Excel flags numbers stored as text); "1.2", "a)" stay text. */
function ttCell(tt: string | null): Cell {
  return tt !== null && /^[1-9]\d{0,5}$/.test(tt) ? Number(tt) : tt;
}

/** "4 mục tiêu; 5 nhiệm vụ; 6 hoạt động": declared counts as a title writes them. */
function declaredText(d: Declared, lang: Lang): string {
  return (['goals', 'tasks', 'activities'] as Level[])
    .filter((l) => d[l] !== null)
    .map((l) => `${d[l]} ${levelName(l, lang)}`)
    .join('; ');
}

/** A row as a cell: its number, or "Page 2!5" for a row on another sheet than the table's first (one page per sheet). */
function rowCell(row: number | null, sheet: string | undefined, first: string | null): Cell {
  return row !== null && sheet && sheet !== first ? `${sheet}!${row}` : row;
}

/**
 * An item's source rows; "Page 2!1" for a row on another sheet of a table printed one page per sheet.
 * One row on the first sheet is a number (Excel sorts and filters it as one), several a list ("65, 68").
 */
function sourceRows(it: Pick<Item, 'rows' | 'sheets'>, firstSheet: string | null): Cell {
  if (it.rows.length === 1) return rowCell(it.rows[0], it.sheets?.[0], firstSheet);
  return it.rows.map((r, i) => String(rowCell(r, it.sheets?.[i], firstSheet))).join(', ');
}

/**
 * Issues as a table: severity, row, column, code, message; for a table printed one page per sheet,
 * the sheet of each row first (so the rows can be sorted and filtered by sheet).
 */
export function issuesTable(issues: readonly Issue[], an: Analysis | null, lang: Lang = 'vi'): PlainTable {
  const letter = (k: ColumnKey | null): string => {
    const c = k ? an?.appendix.header?.columns[k] : undefined;
    return c === undefined ? '' : columnLetter(c);
  };
  const first = an?.appendix.pages ? an.appendix.sheet : null;
  const sheetOf = (i: Issue): Cell[] => (first === null ? [] : [i.row === null ? null : (i.sheet ?? first)]);
  return {
    header: [t('col.severity', {}, lang), ...(first === null ? [] : [t('col.sheet', {}, lang)]), t('col.sourceRow', {}, lang), t('col.sourceColumn', {}, lang), t('col.code', {}, lang), t('col.message', {}, lang)],
    rows: issues.map((i) => [severityName(i.severity, lang), ...sheetOf(i), i.row, letter(i.column) || null, i.code, i.message]),
    widths: [12, ...(first === null ? [] : [14]), 8, 8, 24, 90],
  };
}

/** Per-area counts, declared against counted. */
export function areaTable(an: Analysis, lang: Lang = 'vi'): PlainTable {
  const levels: Level[] = ['goals', 'tasks', 'activities'];
  return {
    header: [
      t('col.numeral', {}, lang),
      t('col.area', {}, lang),
      ...levels.map((l) => t(`col.${l}`, {}, lang)),
      t('col.declaredGoals', {}, lang),
      t('col.declaredTasks', {}, lang),
      t('col.declaredActivities', {}, lang),
      t('col.status', {}, lang),
    ],
    rows: an.areas.map((a) => {
      const status = !a.declared ? 'undeclared' : levels.some((l) => a.declared![l] !== null && a.counts[l] !== null && a.declared![l] !== a.counts[l]) ? 'mismatch' : 'match';
      return [
        a.numeral,
        a.code ? areaName(a.code, lang) : a.title,
        ...levels.map((l) => a.counts[l]),
        ...levels.map((l) => a.declared?.[l] ?? null),
        t(`status.${status}`, {}, lang),
      ];
    }),
    widths: [6, 40, 10, 10, 10, 12, 12, 12, 14],
  };
}

export interface TemplateSheet {
  titleLines: string[];
  header: string[];
  /** Section rows: numeral and title (with a place for the declared counts), then blank item rows. */
  sections: { numeral: string; title: string; code: AreaCode }[];
  blankRowsPerSection: number;
  widths: number[];
}

/** A blank standard appendix with the seven area sections. */
export function templateSheet(): TemplateSheet {
  const keys: ColumnKey[] = ['tt', 'goal', 'task', 'activity', 'product', 'lead', 'partners', 'deadline'];
  return {
    titleLines: [t('template.title1'), t('template.title2'), t('template.title3')],
    header: keys.map((k, i) => (k === 'tt' ? 'TT' : `${i}. ${COLUMNS.find((c) => c.key === k)!.vi}`)),
    sections: AREAS.map((a) => ({ numeral: a.numeral, title: `${a.vi.toUpperCase()} ${t('template.declared')}`, code: a.code })),
    blankRowsPerSection: 3,
    widths: keys.map((k) => WIDTH[k]),
  };
}

/** Something about the roll-up as a whole (an input left out, a commune given twice): an error row of the issues sheet. */
export interface RollUpNote {
  /** The commune it is about, where one is. */
  commune?: string;
  source: string;
  /** A file that could not be read is an error; a commune named twice, a warning. */
  severity: Severity;
  code: string;
  message: string;
}

/** Roll-up sheets: the matrix commune × area, all items, all issues (then the notes). */
export function rollUpTables(r: RollUp, lang: Lang = 'vi', notes: readonly RollUpNote[] = []): { summary: PlainTable; data: PlainTable; issues: PlainTable } {
  const levels: Level[] = ['goals', 'tasks', 'activities'];
  // "II. Thể chế: Mục tiêu": numerals alone would be ambiguous, communes number their areas differently.
  const areaHeads = r.matrix.areas.flatMap((code) => {
    const a = AREAS.find((x) => x.code === code)!;
    return levels.map((l) => `${a.numeral}. ${a.short[lang]}: ${t(`col.${l}`, {}, lang)}`);
  });
  // Sections outside the seven areas, when any commune has one: a column group of their own.
  const other = r.matrix.other;
  const otherHeads = other ? levels.map((l) => `${t('col.otherAreas', {}, lang)}: ${t(`col.${l}`, {}, lang)}`) : [];
  // Rows whose communes differ only in case, spaces or marks: each names the others, right in the matrix
  // (its totals would count that commune twice).
  const groupOf = new Map<number, number[]>();
  for (const g of r.sameCommuneRows) for (const i of g) groupOf.set(i, g);
  const sameAs = r.matrix.rows.map((_row, i) => (groupOf.get(i) ?? []).filter((j) => j !== i).map((j) => communeLabel(r.matrix.rows[j])).join('; ') || null);
  const flagged = sameAs.some(Boolean);
  // A file left out keeps a row of its own, so the totals are not taken for the whole province's.
  const skipped = notes.filter((n) => n.severity === 'error');
  const note = skipped.length > 0;
  const summary: PlainTable = {
    header: [
      t('col.commune', {}, lang),
      // The file (and sheet) each row comes from: two rows of one commune are told apart.
      t('col.source', {}, lang),
      ...areaHeads,
      ...otherHeads,
      ...levels.map((l) => `${t('col.total', {}, lang)} ${t(`col.${l}`, {}, lang).toLowerCase()}`),
      t('col.errors', {}, lang),
      t('col.warnings', {}, lang),
      ...(flagged ? [t('col.sameAs', {}, lang)] : []),
      ...(note ? [t('col.note', {}, lang)] : []),
    ],
    rows: [
      ...r.matrix.rows.map((row, i) => [
        row.commune,
        row.source,
        ...r.matrix.areas.flatMap((code) => levels.map((l) => row.areas[code]?.[l] ?? null)),
        ...(other ? levels.map((l) => row.other?.[l] ?? null) : []),
        ...levels.map((l) => row.totals[l]),
        row.errors,
        row.warnings,
        ...(flagged ? [sameAs[i]] : []),
        ...(note ? [null] : []),
      ]),
      ...skipped.map((n) => [
        n.commune ?? null,
        n.source,
        ...areaHeads.map(() => null),
        ...otherHeads.map(() => null),
        ...levels.map(() => null),
        1,
        0,
        ...(flagged ? [null] : []),
        t('rollup.notRead', {}, lang),
      ]),
      [
        t('col.total', {}, lang),
        null,
        ...r.matrix.areas.flatMap((code) => levels.map((l) => r.matrix.totals[code][l])),
        ...(other ? levels.map((l) => other[l]) : []),
        ...levels.map((l) => r.matrix.total[l]),
        r.matrix.rows.reduce((s, x) => s + x.errors, 0) + skipped.length,
        r.matrix.rows.reduce((s, x) => s + x.warnings, 0),
        ...(flagged ? [null] : []),
        ...(note ? [null] : []),
      ],
    ],
    widths: [24, 32, ...areaHeads.map(() => 12), ...otherHeads.map(() => 12), 10, 10, 10, 8, 10, ...(flagged ? [36] : []), ...(note ? [36] : [])],
  };
  const keys: ColumnKey[] = ['tt', 'goal', 'task', 'activity', 'product', 'lead', 'partners', 'deadline', 'monitor'];
  // The communes' other columns ("Ghi chú", "Kinh phí"), where any row has some.
  const extra = r.items.some((it) => it.extra);
  const data: PlainTable = {
    header: [t('col.commune', {}, lang), t('col.area', {}, lang), ...keys.map((k) => columnName(k, lang)), ...(extra ? [t('col.extra', {}, lang)] : []), t('col.source', {}, lang), t('col.sourceRow', {}, lang)],
    rows: r.items.map((it) => [it.commune, it.area ? areaName(it.area, lang) : null, ...keys.map((k) => (k === 'tt' ? ttCell(it.tt) : it[k])), ...(extra ? [it.extra ?? null] : []), it.source, sourceRows(it, it.sheet)]),
    widths: [20, 28, 6, 36, 36, 40, 30, 22, 26, 20, 22, ...(extra ? [28] : []), 28, 8],
  };
  const issues: PlainTable = {
    header: [t('col.commune', {}, lang), t('col.source', {}, lang), t('col.severity', {}, lang), t('col.sourceRow', {}, lang), t('col.code', {}, lang), t('col.message', {}, lang)],
    // Files left out first (the table filters by severity), then each commune's issues in sheet order (the pane links them row by row).
    rows: [
      ...skipped.map((n) => [n.commune ?? null, n.source, severityName(n.severity, lang), null, n.code, n.message]),
      ...r.issues.map((i) => [i.commune, i.source, severityName(i.severity, lang), rowCell(i.row, i.sheet, null), i.code, i.message]),
      ...notes.filter((n) => n.severity !== 'error').map((n) => [n.commune ?? null, n.source || null, severityName(n.severity, lang), null, n.code, n.message]),
    ],
    widths: [20, 20, 12, 8, 24, 90],
  };
  return { summary, data, issues };
}
