/**
 * Where a table starts: its header row (written over one row or two; the appendix's own, not a
 * small table's above it), the title lines above it, and the rows right under it that only name,
 * number or divide its columns (wrapped header words, column numbers, year or quarter columns).
 */
import { fold } from './text';
import { endsLater, headerKey, matchHeader, matchSubHeader, wrappedName, type HeaderMatch } from './header';
import { matchPeriodRow, type Period } from './periods';
import { distinctTexts, isHeaderTail } from './rowKinds';
import type { HeaderKey } from './glossary';

/** A row's cell texts, by index in the grid. */
type RowTexts = (r: number) => string[];

export interface HeaderRows {
  header: HeaderMatch | null;
  /** The row that names the columns; -1 when none does. */
  headerIndex: number;
  /** The first row of a header written over two rows, else -1. */
  headerTop: number;
  /** The lines above the header (where the commune is named). */
  titleLines: string[];
}

/** Two header rows that repeat most of their names column by column: cells merged down over both. */
function mergedDown(upper: readonly string[], lower: readonly string[]): boolean {
  let same = 0;
  let named = 0;
  for (let c = 0; c < lower.length; c++) {
    if (!lower[c]) continue;
    named++;
    if (upper[c] === lower[c]) same++;
  }
  return named > 0 && same * 2 >= named;
}

/** Two header rows with a name cut over both: a column that neither names alone, both together do ("Thời gian" / "hoàn thành"). */
function cutOver(upper: readonly string[], lower: readonly string[]): boolean {
  return upper.some((t, c) => !!t && !!lower[c] && t !== lower[c] && headerKey(lower[c]) === null && headerKey(`${t} ${lower[c]}`) !== null);
}

/** Columns the second header row leaves unnamed, named by both rows' words together or by the first row alone. */
function completeFromAbove(header: HeaderMatch, upper: readonly string[], lower: readonly string[]): void {
  const named = new Set(Object.values(header.columns));
  for (let c = 0; c < upper.length; c++) {
    if (!upper[c] || named.has(c)) continue;
    const both = lower[c] && lower[c] !== upper[c] ? `${upper[c]} ${lower[c]}` : upper[c];
    const k = headerKey(both) ?? (lower[c] ? null : headerKey(upper[c]));
    // ("Thời gian" / "thực hiện" then "Thời gian" / "hoàn thành": the deadline is the second.)
    const later = k === 'deadline' && header.columns.deadline !== undefined && endsLater(fold(header.texts.deadline ?? ''), fold(both));
    if (k && k !== 'area' && (header.columns[k] === undefined || later)) {
      header.columns[k] = c;
      header.texts[k] = both;
      named.add(c);
    }
  }
}

/** The header: the first row that names enough columns, or a better one a little below it. */
export function findHeaderRows(rows: number, rowTexts: RowTexts): HeaderRows {
  const lineOf = (r: number): string => distinctTexts(rowTexts(r)).join(' ');
  /** A row within the next 60 that names more columns than `found`, or -1. */
  const betterHeaderBelow = (r: number, found: HeaderMatch): number => {
    const n = Object.keys(found.columns).length;
    for (let b = r + 1; b < Math.min(rows, r + 60); b++) {
      const texts = rowTexts(b);
      // Header cells are short: a row with a sentence in it is data (and is not matched).
      let short = 0;
      for (const t of texts) if (t) short = t.length > 60 ? -Infinity : short + 1;
      if (short <= n) continue;
      const m = matchHeader(texts);
      if (m && Object.keys(m.columns).length > n) return b;
    }
    return -1;
  };

  // The first row that names enough columns.
  let header: HeaderMatch | null = null;
  let headerIndex = -1;
  /** The first row of a header written over two rows (else the header row). */
  let headerTop = -1;
  const titleLines: string[] = [];
  for (let r = 0; r < rows; r++) {
    const texts = rowTexts(r);
    header = matchHeader(texts);
    if (header) {
      // A small table above the appendix ("TT | Nội dung | Số lượng | Thời gian") names fewer columns
      // than the appendix's own header a little further down: take that one.
      const better = betterHeaderBelow(r, header);
      if (better < 0) {
        headerIndex = r;
        break;
      }
      // A two-row header whose cells are merged down over both rows: the names repeat on the
      // second row, which names the columns under a merged parent too. The header opens on the first.
      // So does one whose names a PDF converter cut over both ("Số" over "TT", "Thời gian" over "hoàn thành"): the second
      // names more, the first completes it.
      const twoRows = better === r + 1 && (mergedDown(texts, rowTexts(better)) || cutOver(texts, rowTexts(better)));
      if (twoRows) headerTop = r;
      else {
        for (; r < better; r++) {
          const line = lineOf(r);
          if (line) titleLines.push(line);
        }
      }
      header = matchHeader(rowTexts(better));
      if (header && twoRows) completeFromAbove(header, texts, rowTexts(better));
      headerIndex = better;
      break;
    }
    const line = distinctTexts(texts).join(' ');
    if (line) titleLines.push(line);
  }
  return { header, headerIndex, headerTop, titleLines };
}

export interface UnderHeader {
  /** The header row's texts. */
  top: string[];
  /** Every text of the header's rows. */
  headerCells: string[];
  /** The header's wrapped words ("phẩm", "thành"), which follow it again at page breaks. */
  headerTails: Set<string>;
  /** Years, quarters or months as columns. */
  periods: Map<number, Period> | null;
  /** The first row of the body. */
  bodyStart: number;
}

/** The rows right under the header that belong to it; the header's columns completed from them. */
export function readUnderHeader(rows: number, rowTexts: RowTexts, header: HeaderMatch, headerIndex: number): UnderHeader {

  // Rows right under the header that only name or number columns belong to it.
  const top = rowTexts(headerIndex);
  const headerCells = top.filter(Boolean);
  // Years (quarters, months) as columns, in the header row itself or in the row under "Thời gian thực hiện".
  let periods = matchPeriodRow(top);
  /** The header's wrapped words ("phẩm", "thành"), which follow it again at page breaks. */
  const headerTails = new Set<string>();
  let bodyStart = headerIndex + 1;
  for (; bodyStart < rows; bodyStart++) {
    const texts = rowTexts(bodyStart);
    // Header text wrapped onto the next line by PDF extraction ("Kết quả/Sản" | "phẩm").
    if (isHeaderTail(texts, top)) {
      headerCells.push(...texts.filter(Boolean));
      for (const t of texts) if (t) headerTails.add(t);
      // "Chủ" | "trì": the column is named once its word is whole.
      texts.forEach((tail, c) => {
        const k = tail ? headerKey(`${top[c]} ${tail}`) : null;
        if (k && header!.columns[k] === undefined && !Object.values(header!.columns).includes(c)) {
          header!.columns[k] = c;
          header!.texts[k] = `${top[c]} ${tail}`;
        }
      });
      continue;
    }
    const periodRow = periods ? null : matchPeriodRow(texts, top);
    if (periodRow) {
      periods = periodRow;
      headerCells.push(...texts.filter(Boolean));
      // "Chủ trì | Phối hợp" under "Đơn vị thực hiện" beside the years under "Thời gian thực hiện": named too.
      const beside = matchSubHeader(texts.map((t, c) => (periodRow.has(c) ? '' : t)), 1, top);
      if (beside) nameColumns(header, beside, texts);
      continue;
    }
    const sub = matchSubHeader(texts, 1, top);
    if (!sub) break;
    nameColumns(header, sub, texts.map((t, c) => (t ? wrappedName(top, c, t) : t)));
    headerCells.push(...texts.filter(Boolean));
    // (Printed again under the header at each page break, with it: its names, not its column numbers,
    // which a TT alone on its line could be.)
    for (const t of texts) if (/\p{L}{2}/u.test(t)) headerTails.add(t);
  }

  // A fresh object: the deletes above would leave a slow one for the lookups on every row.
  // Marks under periods give the deadline, unless a deadline column of its own sits elsewhere.
  if (periods && header.columns.deadline !== undefined && !periods.has(header.columns.deadline)) periods = null;
  if (periods && header.columns.deadline === undefined) {
    header.columns.deadline = Math.min(...periods.keys());
    header.texts.deadline = [...periods.values()].map((p) => p.text).join(', ');
  }
  // "Nhiệm vụ | Chỉ tiêu | Sản phẩm" with no activity column: the targets of each task (an
  // assignment table's extra column), not the goals of a standard table.
  const c = header.columns;
  if (c.goal !== undefined && c.task !== undefined && c.activity === undefined && c.goal > c.task && /^chi tieu/.test(fold(header.texts.goal ?? ''))) {
    delete c.goal;
    delete header.texts.goal;
  }
  header.columns = { ...header.columns };
  return { top, headerCells, headerTails, periods, bodyStart };
}

/** Columns a row under the header names: a column named again below gives up the name of its merged parent ("Đơn vị thực hiện"). */
function nameColumns(header: HeaderMatch, named: Partial<Record<HeaderKey, number>>, texts: readonly string[]): void {
  for (const k of Object.keys(named) as HeaderKey[]) {
    const col = named[k]!;
    for (const other of Object.keys(header.columns) as HeaderKey[]) if (header.columns[other] === col) delete header.columns[other];
    header.columns[k] = col;
    header.texts[k] = texts[col];
  }
}
