/** Pure helpers over the engine's issues for the pane: grouping, filtering, where to jump, what to colour. */
import { columnLetter, fold, type Appendix, type Issue, type Severity } from '../../core';
import type { RowHighlight, SheetSnapshot } from '../excel/types';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type IssueGroups = Record<Severity, Issue[]>;

/**
 * Issues by severity, each group in sheet-row order (table-wide issues first); for a table printed one
 * page per sheet, page by page (the engine gives them in reading order, so a sheet's rank is where it first comes).
 */
export function groupBySeverity(issues: readonly Issue[]): IssueGroups {
  const g: IssueGroups = { error: [], warning: [], info: [] };
  const rank = new Map<string, number>([['', 0]]);
  for (const i of issues) if (!rank.has(i.sheet ?? '')) rank.set(i.sheet ?? '', rank.size);
  const at = (i: Issue): number => rank.get(i.sheet ?? '')! * 1e7 + (i.row ?? 0);
  for (const i of issues) g[i.severity].push(i);
  for (const s of SEVERITIES) g[s].sort((a, b) => at(a) - at(b));
  return g;
}

export interface IssueFilter {
  severities: ReadonlySet<Severity>;
  /** Free text, matched without diacritics or case against the message, the code and the row number. */
  query: string;
}

export function filterIssues(issues: readonly Issue[], f: IssueFilter): Issue[] {
  const words = fold(f.query).split(/\s+/).filter(Boolean);
  return issues.filter((i) => {
    if (!f.severities.has(i.severity)) return false;
    if (!words.length) return true;
    const hay = fold(`${i.message} ${i.code} ${i.row ?? ''}`);
    return words.every((w) => hay.includes(w));
  });
}

export interface CellTarget {
  row: number;
  /** 0-based sheet column. */
  column: number;
}

/**
 * The cell an issue points at: its row and the column of its key in the header,
 * else the table's first column. Table-wide issues go to the header row; null when
 * even that is unknown (no table).
 */
export function issueTarget(issue: Issue, appendix: Appendix, firstColumn: number): CellTarget | null {
  const row = issue.row ?? appendix.header?.row ?? null;
  if (row === null) return null;
  const key = issue.column;
  const col = key ? appendix.header?.columns[key] : undefined;
  return { row, column: col ?? tableColumns(appendix, firstColumn)[0] };
}

/** "B12" ("Page 3!B12" on another sheet of the table), or "12" when the issue names no column, or "" for a table-wide issue. */
export function issuePlace(issue: Issue, appendix: Appendix): string {
  if (issue.row === null) return '';
  const col = issue.column ? appendix.header?.columns[issue.column] : undefined;
  const cell = col === undefined ? String(issue.row) : `${columnLetter(col)}${issue.row}`;
  // On another sheet of a table printed one page per sheet.
  return issue.sheet ? `${issue.sheet}!${cell}` : cell;
}

/** First and last sheet column (0-based) of the appendix table: the recognized header columns. */
export function tableColumns(appendix: Appendix, firstColumn: number, lastColumn = firstColumn): [number, number] {
  const cols = Object.values(appendix.header?.columns ?? {}).filter((c): c is number => typeof c === 'number');
  if (!cols.length) return [firstColumn, Math.max(firstColumn, lastColumn)];
  return [Math.min(...cols), Math.max(...cols)];
}

/** The last sheet column of a snapshot (0-based). */
export function snapshotLastColumn(s: SheetSnapshot): number {
  const width = s.values.reduce((m, r) => Math.max(m, r.length), 0);
  return s.firstColumn + Math.max(0, width - 1);
}

/** One highlight per row that has errors or warnings; an error outranks a warning on the same row. */
export function highlightRows(issues: readonly Issue[]): RowHighlight[] {
  const byRow = new Map<number, RowHighlight['severity']>();
  for (const i of issues) {
    if (i.row === null || i.severity === 'info') continue;
    if (byRow.get(i.row) !== 'error') byRow.set(i.row, i.severity);
  }
  return [...byRow].sort((a, b) => a[0] - b[0]).map(([row, severity]) => ({ row, severity }));
}
