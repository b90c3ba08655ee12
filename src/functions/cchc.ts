/**
 * The CCHC custom functions as plain TypeScript over the engine: no Office API
 * here, so jest calls them directly. They return values, spilled tables or a
 * tagged FnError; excel.ts converts at the boundary.
 */
import {
  AREAS,
  areaName,
  areaTable,
  fold,
  findArea,
  isDueIn,
  planPeriod,
  LAYOUT_COLUMNS,
  levelDef,
  issueMessage,
  levelName,
  matchArea,
  parseLevel,
  rollUp,
  t,
  toneKey,
  columnLetter,
  type Analysis,
  type AreaCount,
  type ColumnKey,
  type Lang,
  type Level,
  type Severity,
} from '../core';
import { analysisOf, type Origin } from './cache';
import { isBlank, parseAddress, toGrid } from './input';
import { FnError, type FnResult, type Scalar, type Spill } from './result';

type Arg = string | number | boolean | null | undefined;

/** Read a range argument; #VALUE! when it holds no appendix table. */
function read(table: unknown, origin: Origin = {}, which?: string): FnResult<Analysis> {
  const grid = toGrid(table);
  const prefix = which ? `${which}: ` : '';
  if (grid.length === 0 || isBlank(grid)) return new FnError('value', prefix + t('fn.emptyTable'));
  const an = analysisOf(grid, origin);
  if (!an.appendix.header || !an.appendix.layout) return new FnError('value', prefix + t('issue.no-table'));
  return an;
}

function text(v: Arg): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

function parseLang(v: Arg): FnResult<Lang> {
  const f = fold(text(v));
  if (f === '' || f === 'vi' || f === 'vn' || f === 'tieng viet') return 'vi';
  if (f === 'en' || f === 'english' || f === 'tieng anh') return 'en';
  return new FnError('value', t('fn.unknownLang', { lang: text(v) }));
}

/** The level asked for; by default the finest the layout has (activities, or tasks in the assignment layout). */
function levelFor(an: Analysis, v: Arg): FnResult<Level> {
  if (text(v) === '') return an.appendix.layout === 'assignment' ? 'tasks' : 'activities';
  const level = parseLevel(text(v));
  return level ?? new FnError('value', t('fn.unknownLevel', { level: text(v) }));
}

/**
 * The area asked for. `null` means a known reform area (by code or name) that
 * this appendix does not have: it has nothing in it. Anything else unknown is #N/A.
 */
function areaFor(an: Analysis, v: Arg): FnResult<AreaCount | null> {
  const q = text(v);
  if (!q) return new FnError('value', t('fn.needArea'));
  const found = findArea(an.areas, q);
  if (found) return found;
  const f = fold(q);
  if (AREAS.some((a) => a.code === f) || matchArea(q)) return null;
  return new FnError('na', t('fn.unknownArea', { area: q }));
}

/** Does the table have this level at all (the assignment layout has only tasks)? */
function hasLevel(an: Analysis, level: Level): boolean {
  const col = levelDef(level).column;
  return LAYOUT_COLUMNS[an.appendix.layout!].includes(col) && an.appendix.header?.columns[col] !== undefined;
}

function noLevel(an: Analysis, level: Level): FnError {
  return new FnError('na', t('fn.noLevel', { layout: t(`layout.${an.appendix.layout}`), levelName: levelName(level) }));
}

/** The table, area and level COUNT and DECLARED are asked about, or the first error among them. */
function areaLevel(table: unknown, area: Arg, level: Arg): FnResult<{ a: AreaCount | null; lv: Level }> {
  const an = read(table);
  if (an instanceof FnError) return an;
  const lv = levelFor(an, level);
  if (lv instanceof FnError) return lv;
  const a = areaFor(an, area);
  if (a instanceof FnError) return a;
  if (!hasLevel(an, lv)) return noLevel(an, lv);
  return { a, lv };
}

/** CCHC.COUNT: the counted goals, tasks or activities of an area, as the engine counts them. */
export function count(table: unknown, area: Arg, level?: Arg): FnResult<number> {
  const r = areaLevel(table, area, level);
  if (r instanceof FnError) return r;
  return r.a ? (r.a.counts[r.lv] ?? 0) : 0;
}

/** CCHC.DECLARED: the count written in the area's title; #N/A when none is written. */
export function declared(table: unknown, area: Arg, level?: Arg): FnResult<number> {
  const r = areaLevel(table, area, level);
  if (r instanceof FnError) return r;
  const { a, lv } = r;
  const n = a?.declared?.[lv] ?? null;
  if (n === null) return new FnError('na', t('fn.noDeclared', { area: text(area), levelName: levelName(lv) }));
  return n;
}

function cell(v: string | number | null | undefined): Scalar {
  return v === null || v === undefined ? '' : v;
}

/** CCHC.SUMMARY: header, then per area: numeral, area, counted and declared goals/tasks/activities, status. */
export function summary(table: unknown, lang?: Arg): FnResult<Spill> {
  const an = read(table);
  if (an instanceof FnError) return an;
  const lg = parseLang(lang);
  if (lg instanceof FnError) return lg;
  const tb = areaTable(an, lg);
  return [tb.header, ...tb.rows.map((r) => r.map(cell))];
}

const SEVERITIES: { key: Severity | 'all'; words: string[] }[] = [
  { key: 'error', words: ['error', 'errors', 'loi'] },
  { key: 'warning', words: ['warning', 'warnings', 'canh bao'] },
  { key: 'info', words: ['info', 'infos', 'information', 'thong tin'] },
  { key: 'all', words: ['all', 'tat ca'] },
];

/** CCHC.ERRORS: how many issues of a severity (errors by default; "all" for every one). */
export function errors(table: unknown, severity?: Arg): FnResult<number> {
  const an = read(table);
  if (an instanceof FnError) return an;
  const f = fold(text(severity));
  const sev = f === '' ? 'error' : SEVERITIES.find((s) => s.words.includes(f))?.key;
  if (!sev) return new FnError('value', t('fn.unknownSeverity', { severity: text(severity) }));
  return sev === 'all' ? an.issues.length : an.issues.filter((i) => i.severity === sev).length;
}

/** CCHC.ISSUES: header, then row, column, code, message per issue. Rows are sheet rows when the range's address is known. */
export function issues(table: unknown, lang?: Arg, address?: string | null): FnResult<Spill> {
  const at = parseAddress(address);
  const an = read(table, at ? { firstRow: at.firstRow, firstColumn: at.firstColumn } : {});
  if (an instanceof FnError) return an;
  const lg = parseLang(lang);
  if (lg instanceof FnError) return lg;
  const cols = an.appendix.header?.columns ?? {};
  const letter = (k: ColumnKey): string | null => (cols[k] === undefined ? null : columnLetter(cols[k]!));
  const header = [t('col.row', {}, lg), t('col.column', {}, lg), t('col.code', {}, lg), t('col.message', {}, lg)];
  const rows = an.issues.map((i): Scalar[] => [
    cell(i.row),
    i.column ? (letter(i.column) ?? '') : '',
    i.code,
    lg === 'vi' ? i.message : issueMessage(i, { lang: lg, letter }),
  ]);
  return [header, ...rows];
}

interface Unit {
  section: number;
  lead: string | null;
  deadlines: (string | null)[];
}

/**
 * The counted things of an appendix: activities, or tasks in the assignment
 * layout, each once per area however many rows it spans — as the engine counts.
 */
function units(an: Analysis): Unit[] {
  const key: ColumnKey = an.appendix.layout === 'assignment' ? 'task' : 'activity';
  const { keys } = an.appendix;
  const seen = new Map<string, Unit>();
  an.appendix.items.forEach((it, i) => {
    const v = it[key];
    if (!v) return;
    // The reader's own keys: the same words under two tasks are two activities, as CCHC.COUNT counts them.
    const under = key === 'activity' ? (keys.task[i] ?? (it.task ? toneKey(it.task) : '')) : '';
    const k = `${it.section}\u0001${under}\u0001${keys[key][i] ?? toneKey(v)}`;
    const u = seen.get(k);
    if (u) {
      u.deadlines.push(it.deadline);
      u.lead ??= it.lead;
    } else {
      seen.set(k, { section: it.section, lead: it.lead, deadlines: [it.deadline] });
    }
  });
  return [...seen.values()];
}

/** Units of one area (all areas when none is asked); `null` area → none. */
function unitsIn(an: Analysis, area: Arg): FnResult<Unit[]> {
  const all = units(an);
  if (text(area) === '') return all;
  const a = areaFor(an, area);
  if (a instanceof FnError) return a;
  if (a === null) return [];
  const inArea = (s: number): boolean => {
    const sec = an.appendix.sections[s];
    return !!sec && (a.code ? sec.code === a.code : sec.row === a.row);
  };
  return all.filter((u) => inArea(u.section));
}

/** CCHC.LEADS: header, then each lead unit with its number of activities (tasks in the assignment layout), largest first. */
export function leads(table: unknown, area?: Arg): FnResult<Spill> {
  const an = read(table);
  if (an instanceof FnError) return an;
  const us = unitsIn(an, area);
  if (us instanceof FnError) return us;
  const byLead = new Map<string, { name: string; n: number }>();
  for (const u of us) {
    const name = u.lead ?? t('report.unknown');
    const k = fold(name);
    const e = byLead.get(k) ?? { name, n: 0 };
    e.n++;
    byLead.set(k, e);
  }
  const rows = [...byLead.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name, 'vi'));
  const level = an.appendix.layout === 'assignment' ? 'tasks' : 'activities';
  return [[t('col.lead'), t(`col.${level}`)], ...rows.map((r) => [r.name, r.n])];
}

/** CCHC.DUE: activities (tasks in the assignment layout) due in a year; recurring deadlines count every year of the plan's period (from its titles). */
export function due(table: unknown, year: Arg, area?: Arg): FnResult<number> {
  const an = read(table);
  if (an instanceof FnError) return an;
  const y = typeof year === 'number' ? year : Number(text(year));
  if (!Number.isInteger(y) || y < 1900 || y > 2200) return new FnError('value', t('fn.badYear', { year: text(year) }));
  const us = unitsIn(an, area);
  if (us instanceof FnError) return us;
  // "Hằng năm" in a 2026-2030 plan is due in 2026…2030, not in 1900 or 2100.
  const period = planPeriod(an.appendix.titleLines);
  return us.filter((u) => u.deadlines.some((d) => isDueIn(d, y, period))).length;
}

/**
 * CCHC.ROLLUP: header, then per commune its activities per area (tasks for a
 * commune in the assignment layout), a total column and a total row. A commune
 * is named by the title inside its range, else its sheet, else "(Chưa rõ tên xã — Bảng 1)", "… Bảng 2".
 */
export function rollup(tables: readonly unknown[], addresses: readonly (string | null | undefined)[] = []): FnResult<Spill> {
  if (tables.length === 0) return new FnError('value', t('fn.noTables'));
  const inputs = [];
  for (let i = 0; i < tables.length; i++) {
    const at = parseAddress(addresses[i]);
    const an = read(tables[i], {}, t('fn.tableN', { n: i + 1 }));
    if (an instanceof FnError) return an;
    inputs.push({ analysis: an, source: addresses[i] ?? t('fn.tableN', { n: i + 1 }), fallbackName: at?.sheet ?? undefined });
  }
  const r = rollUp(inputs);
  const header: Scalar[] = [t('col.commune'), t('fn.col.counted'), ...r.matrix.areas.map((c) => `${AREAS.find((a) => a.code === c)!.numeral}. ${areaName(c)}`), t('col.total')];
  const totals = r.matrix.areas.map(() => 0);
  let grand = 0;
  const rows: Scalar[][] = r.matrix.rows.map((row, i) => {
    const level: Level = r.communes[i].layout === 'assignment' ? 'tasks' : 'activities';
    let sum = 0;
    const cells = r.matrix.areas.map((c, j): Scalar => {
      const n = row.areas[c]?.[level];
      if (n === null || n === undefined) return '';
      sum += n;
      totals[j] += n;
      return n;
    });
    grand += sum;
    return [row.commune, levelName(level), ...cells, sum];
  });
  return [header, ...rows, [t('col.total'), '', ...totals, grand]];
}
