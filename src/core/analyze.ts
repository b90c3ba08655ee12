import { checkAppendix, summarize, type IssueSummary } from './checkAppendix';
import { countByArea, type AreaCount } from './countByArea';
import { COLUMN_ORDER } from './glossary';
import type { Lang } from './messages';
import type { Appendix, Grid, Issue, Item, ReadOptions } from './model';
import { readAppendix } from './readAppendix';
import { columnLetter } from './text';

/** One appendix read, checked and counted: what every front end shows. */
export interface Analysis {
  appendix: Appendix;
  issues: Issue[];
  areas: AreaCount[];
  summary: IssueSummary;
}

export function analyze(grid: Grid, options: ReadOptions & { lang?: Lang } = {}): Analysis {
  const appendix = readAppendix(grid, options);
  const issues = checkAppendix(appendix, { lang: options.lang });
  return { appendix, issues, areas: countByArea(appendix), summary: summarize(issues) };
}

export interface JsonItem extends Omit<Item, 'section'> {}

function yearLetters<T>(years: Record<number, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(years).map(([c, y]) => [columnLetter(Number(c)), y]));
}

/** The public JSON report (`cchc check --json`). */
export function toJson(an: Analysis): Record<string, unknown> {
  const a = an.appendix;
  const columns: Record<string, string> = {};
  if (a.header) for (const k of COLUMN_ORDER) if (a.header.columns[k] !== undefined) columns[k] = columnLetter(a.header.columns[k]!);
  return {
    source: a.source,
    sheet: a.sheet,
    ...(a.pages ? { pages: a.pages } : {}),
    commune: a.commune,
    layout: a.layout,
    // Year columns, when the deadline is marked under years: column letter → year.
    header: a.header ? { row: a.header.row, columns, ...(a.header.years ? { years: yearLetters(a.header.years) } : {}), ...(a.header.periods ? { periods: yearLetters(a.header.periods) } : {}) } : null,
    areas: a.sections.map((s) => ({
      code: s.code,
      numeral: s.numeral,
      title: s.title,
      row: s.row,
      ...(s.sheet ? { sheet: s.sheet } : {}),
      declared: s.declared,
      counts: s.counts,
      items: s.items.length,
    })),
    items: a.items.map(({ section: _s, ...it }) => it),
    issues: an.issues,
    summary: an.summary,
  };
}
