import { AREAS, type AreaCode, type Level } from './glossary';
import type { Appendix, Counts, Declared } from './model';
import { fold, romanNumeral } from './text';
import { matchArea } from './section';

export interface AreaCount {
  code: AreaCode | null;
  numeral: string | null;
  title: string;
  /** Sheet row of the section title (the first one, when an area appears twice). */
  row: number;
  /** The sheet of `row`, when the table runs over several sheets and this is not the first. */
  sheet?: string;
  declared: Declared | null;
  counts: Counts;
  items: number;
}

const LEVEL_KEYS: Level[] = ['goals', 'tasks', 'activities'];

function add(a: number | null, b: number | null): number | null {
  return a === null && b === null ? null : (a ?? 0) + (b ?? 0);
}

/**
 * Counts per reform area, in the order the appendix lists them. An area written
 * twice is counted once, with both parts added up.
 */
export function countByArea(a: Appendix): AreaCount[] {
  const out: AreaCount[] = [];
  for (const s of a.sections) {
    const same = s.code ? out.find((o) => o.code === s.code) : undefined;
    if (same) {
      for (const l of LEVEL_KEYS) same.counts[l] = add(same.counts[l], s.counts[l]);
      if (s.declared) {
        const d = same.declared ?? { goals: null, tasks: null, activities: null };
        for (const l of LEVEL_KEYS) d[l] = add(d[l], s.declared[l]);
        same.declared = d;
      }
      same.items += s.items.length;
      continue;
    }
    out.push({
      code: s.code,
      numeral: s.numeral,
      title: s.title,
      row: s.row,
      declared: s.declared ? { ...s.declared } : null,
      counts: { ...s.counts },
      items: s.items.length,
    });
  }
  return out;
}

export type Status = 'match' | 'mismatch' | 'undeclared';

/** Khớp / Lệch / Không kê khai: declared counts against counted ones. */
export function areaStatus(c: AreaCount): Status {
  if (!c.declared) return 'undeclared';
  return LEVEL_KEYS.some((l) => c.declared![l] !== null && c.counts[l] !== null && c.declared![l] !== c.counts[l]) ? 'mismatch' : 'match';
}

/**
 * Find an area by code ("procedures"), numeral ("III", as written in this
 * appendix) or title ("Cải cách thủ tục hành chính"), compared folded.
 */
export function findArea(counts: readonly AreaCount[], query: string): AreaCount | null {
  const q = fold(query);
  if (!q) return null;
  const byCode = counts.find((c) => c.code === q);
  if (byCode) return byCode;
  const numeral = romanNumeral(query);
  if (numeral) return counts.find((c) => c.numeral === numeral) ?? null;
  const code = AREAS.find((a) => a.code === q)?.code ?? matchArea(query);
  if (code) return counts.find((c) => c.code === code) ?? null;
  return counts.find((c) => fold(c.title) === q) ?? null;
}

/** Parse a level name: goals|tasks|activities or mục tiêu|nhiệm vụ|hoạt động. */
export function parseLevel(s: string | null | undefined): Level | null {
  if (s === null || s === undefined || s === '') return 'activities';
  const f = fold(s).replace(/[^a-z ]/g, '').trim();
  if (/^(goals?|muc tieu)$/.test(f)) return 'goals';
  if (/^(tasks?|nhiem vu)$/.test(f)) return 'tasks';
  if (/^(activities|activity|hoat dong)$/.test(f)) return 'activities';
  return null;
}
