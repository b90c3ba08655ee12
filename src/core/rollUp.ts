import type { Analysis } from './analyze';
import { communeKey } from './commune';
import { AREA_CODES, type AreaCode, type Layout, type Level } from './glossary';
import type { AreaCount } from './countByArea';
import type { Counts, Issue, Item } from './model';
import { t, type Lang } from './messages';
import type { IssueSummary } from './checkAppendix';

export interface CommuneInput {
  analysis: Analysis;
  /** File or sheet the appendix came from. */
  source: string;
  /** A name to use when the appendix names no commune. */
  fallbackName?: string;
}

export interface CommuneSummary {
  commune: string;
  source: string;
  layout: Layout | null;
  areas: AreaCount[];
  summary: IssueSummary;
}

export interface MatrixRow {
  commune: string;
  source: string;
  /** Per area; null where the commune's appendix lacks the area. */
  areas: Record<AreaCode, Counts | null>;
  /** Sections that are none of the seven areas (unknown-area), together; null when there are none. */
  other: Counts | null;
  /** The commune's counts, its other sections included (as many as its rows in the data sheet). */
  totals: Counts;
  errors: number;
  warnings: number;
}

export interface RollUp {
  communes: CommuneSummary[];
  matrix: { areas: AreaCode[]; rows: MatrixRow[]; totals: Record<AreaCode, Counts>; other: Counts | null; total: Counts };
  /** Every item with its commune; `sheet`, the sheet its table starts on (its rows on other page sheets name theirs). */
  items: (Omit<Item, 'section'> & { commune: string; source: string; sheet: string | null })[];
  issues: (Issue & { commune: string; source: string })[];
  /** Groups of inputs whose names are equal or differ only in case, spacing or diacritics: "name (file)". */
  sameCommune: string[][];
  /** The same groups as indexes into `communes` (and `matrix.rows`, in the same order). */
  sameCommuneRows: number[][];
}

/** "Bình Lư (phu-luc.xlsx)": a commune named with its file or sheet. */
/** "Hòa Bình (Xã Tân Tiến/phu-luc.tsv)": the source as the roll-up names it, folder and all (two communes' files are often named alike). */
export function communeLabel(c: { commune: string; source: string }): string {
  return `${c.commune} (${c.source})`;
}

const LEVELS: Level[] = ['goals', 'tasks', 'activities'];

function plus(a: Counts, b: Counts | null): void {
  if (!b) return;
  for (const l of LEVELS) if (b[l] !== null) a[l] = (a[l] ?? 0) + b[l]!;
}

function zero(): Counts {
  return { goals: null, tasks: null, activities: null };
}

/** Vietnamese order, numbers by value: "Dương Minh" before "Đông Hà", "Phường 2" before "Phường 10". */
const COMMUNE_ORDER = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

/** Inputs in the communes' order (stable: one commune's files stay in the order given); unnamed ones last. */
export function inCommuneOrder<T>(list: readonly T[], nameOf: (x: T) => string | null | undefined): T[] {
  return list
    .map((x, i) => ({ x, i, name: nameOf(x) ?? null }))
    .sort((a, b) => (a.name === null || b.name === null ? (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0) : COMMUNE_ORDER.compare(a.name, b.name)) || a.i - b.i)
    .map((e) => e.x);
}

/** An input's commune as the roll-up names it. */
export function communeNameOf(input: CommuneInput): string | null {
  return input.analysis.appendix.commune ?? input.fallbackName ?? null;
}

/**
 * Roll several communes' appendices up: every item with its commune, a matrix
 * commune × area of goals, tasks and activities with totals, and each commune's
 * issue counts.
 */
export function rollUp(inputs: readonly CommuneInput[], lang: Lang = 'vi'): RollUp {
  const communes: CommuneSummary[] = [];
  const rows: MatrixRow[] = [];
  const items: RollUp['items'] = [];
  const issues: RollUp['issues'] = [];
  const totals = Object.fromEntries(AREA_CODES.map((c) => [c, zero()])) as Record<AreaCode, Counts>;
  const total = zero();
  let other: Counts | null = null;

  inputs.forEach((input) => {
    const an = input.analysis;
    // (Named by its file when nothing else names it: the officer opens that file to find whose it is.)
    const commune = communeNameOf(input) ?? t('rollup.unnamed', { source: input.source }, lang);
    const source = input.source;
    communes.push({ commune, source, layout: an.appendix.layout, areas: an.areas, summary: an.summary });
    const areas = Object.fromEntries(AREA_CODES.map((c) => [c, null])) as Record<AreaCode, Counts | null>;
    const rowTotals = zero();
    let rowOther: Counts | null = null;
    for (const a of an.areas) {
      if (!a.code) {
        // A section outside the seven ("VIII. Công tác thông tin"): its own column, and in the totals.
        plus((rowOther ??= zero()), a.counts);
        plus((other ??= zero()), a.counts);
        plus(rowTotals, a.counts);
        continue;
      }
      const cell = areas[a.code] ?? zero();
      plus(cell, a.counts);
      areas[a.code] = cell;
      plus(rowTotals, a.counts);
      plus(totals[a.code], a.counts);
    }
    plus(total, rowTotals);
    rows.push({ commune, source, areas, other: rowOther, totals: rowTotals, errors: an.summary.errors, warnings: an.summary.warnings });
    for (const { section: _s, ...it } of an.appendix.items) items.push({ commune, source, sheet: an.appendix.sheet, ...it });
    for (const is of an.issues) issues.push({ commune, source, ...is });
  });

  // The same name twice is flagged too: it would be counted twice. Each named with its file or sheet.
  const groups = new Map<string, number[]>();
  communes.forEach((c, i) => {
    const k = communeKey(c.commune);
    groups.set(k, [...(groups.get(k) ?? []), i]);
  });
  const sameCommuneRows = [...groups.values()].filter((g) => g.length > 1);
  const sameCommune = sameCommuneRows.map((g) => g.map((i) => communeLabel(communes[i])));
  return { communes, matrix: { areas: [...AREA_CODES], rows, totals, other, total }, items, issues, sameCommune, sameCommuneRows };
}
