import { communeFromName, communeFromTitle, letterhead } from './commune';
import { isDeadline, isPlainlyDate } from './deadline';
import { cellError, cellText, isNonText } from './cells';
import { AREAS, COLUMN_ORDER, CONTINUED, LEVELS, SOURCE_ROWS_COLUMN, TEXT_COLUMNS, WORK_COLUMN, type AreaCode, type ColumnKey, type HeaderKey, type Layout, type Level } from './glossary';
import { isRepeatedHeader, layoutOf, matchSubHeader } from './header';
import { findHeaderRows, readUnderHeader } from './tableHead';
import { fitUnder, pageOffset, realignRow, splitTT } from './pages';
import { markedPeriods, matchPeriodRow } from './periods';
import { formRow } from './blankForm';
import { anyLabel, holdsSeveral, labelledLines, labelNumber, listedLabels } from './labels';
import type { Appendix, CellValue, Grid, Item, ItemLabels, MergedArea, ReadOptions, ReaderNote, Section } from './model';
import { closes, countsLine, hangsOver, isAreaHeading, isBareAreaName, matchArea, namesAfterAnd, parseDeclared, nextSection, parseSection, readsAsHeading, trailingCounts, unclosed, wrapsTitle, type SectionHead } from './section';
import { BARE_PAGE, distinctTexts, endsTable, isBlankText, isPageFurniture, isSameAsAbove, isTotalRow, mayBePageFurniture, NOTHING, OPENS_LIST, serialDateText, startsOtherTable, SUBHEAD_TT } from './rowKinds';
import { lendToSubTasks } from './groupRows';
import { continues, cutMidPhrase, endsUnfinished, isRestOfCell, needsNextWord, opensAfterCut, STARTS_LOWER, ttAfterBreak, ttBelongsAbove, waitsForPlatform } from './continuation';
import { BARE_NUMBER, detectShift } from './shift';
import { extraHeadings, soleExtraHeading, extraParts, extraText, joinParts, type ExtraParts } from './extraColumns';
import { countSection, emptyCounts } from './countSection';
import { entityKey, extendEntity, moreLabels, nextEntity, type Entity } from './entity';
import { columnLetter, fold, joinText, ocrNumeral, romanNumeral, romanValue, toneKey } from './text';


/** A merge this wide is a band across the table (a goal, a task or a note on a row of its own), not one cell's value. */
const BAND_COLUMNS = 3;

/**
 * Fill the cells of each merged area from its top-left value and remember the covered cells.
 * A band across three columns or more fills only its first column: its text is one cell's,
 * not the activity's, the product's and the deadline's too.
 */
function applyMerges(grid: Grid, merges: readonly MergedArea[] | undefined): { grid: Grid; covered: Set<string>; below: Set<string>; bands: Set<number> } {
  const covered = new Set<string>();
  /** Covered cells under the merge's first row: their text belongs to a row above. */
  const below = new Set<string>();
  const bands = new Set<number>();
  if (!merges || merges.length === 0) return { grid, covered, below, bands };
  const rows = grid.map((r) => r.slice());
  for (const m of merges) {
    const top = Math.max(0, m.top);
    const left = Math.max(0, m.left);
    if (top >= rows.length) continue;
    const v = rows[top][left];
    // (A merge with cells of its own to its right — "goal, task and activity in one cell | product | lead …" — is no band.)
    const band = m.right - left + 1 >= BAND_COLUMNS && rows[top].slice(m.right + 1).every((x) => cellText(x) === '');
    if (band) for (let r = top; r <= m.bottom && r < rows.length; r++) bands.add(r);
    for (let r = top; r <= m.bottom && r < rows.length; r++) {
      for (let c = left; c <= m.right; c++) {
        if (r === top && c === left) continue;
        rows[r][c] = band && c > left ? null : v;
        covered.add(`${r}:${c}`);
        if (r > top) below.add(`${r}:${c}`);
      }
    }
  }
  return { grid: rows, covered, below, bands };
}

/** Most items open no labelled entity: one shared empty record for them. */
const NO_LABELS: ItemLabels = Object.freeze({});

/**
 * Read a grid of cells into the appendix model: find the header, drop repeated
 * headers, join rows split across pages, realign shifted rows, fill vertically
 * merged goals and tasks, and group items by reform area.
 */
export function readAppendix(input: Grid, options: ReadOptions = {}): Appendix {
  const firstRow = options.firstRow ?? 1;
  const firstCol = options.firstColumn ?? 0;
  const merged = applyMerges(input, options.merges);
  const { covered, below, bands } = merged;
  /** The rows as read; a page laid out on columns of its own is realigned in a copy (the caller's grid stays as given). */
  let grid = merged.grid;
  const appendix: Appendix = {
    source: options.source ?? null,
    sheet: options.sheetName ?? null,
    commune: null,
    titleLines: [],
    footerLines: [],
    layout: null,
    header: null,
    sections: [],
    items: [],
    labels: [],
    notes: [],
    mergedCells: new Set(),
    keys: { task: [], activity: [] },
    taskFrom: [],
  };
  /** Is this cell covered by a merge (filled from the merge's top-left cell)? */
  const isCovered = (r: number, c: number | undefined): boolean => c !== undefined && covered.size > 0 && covered.has(`${r}:${c}`);
  /** The TT column, once the header is found: OCR's "l" for "I" in its numerals is read back ("Il" → "II"). */
  let numeralCol = -1;
  /** A program's row index column (pandas), once found: read as empty. */
  let indexCol = -1;
  const rowTexts = (r: number): string[] => {
    const row = grid[r] ?? [];
    const out = new Array<string>(row.length);
    for (let c = 0; c < row.length; c++) out[c] = cellText(row[c]);
    if (numeralCol >= 0 && numeralCol < out.length) out[numeralCol] = ocrNumeral(out[numeralCol]) ?? out[numeralCol];
    if (indexCol >= 0 && indexCol < out.length) out[indexCol] = '';
    return out;
  };

  /** A row's different texts, in column order; none for no row (-1). */
  const distinctAt = (r: number): string[] => (r < 0 ? [] : distinctTexts(rowTexts(r)));

  /** A row as one line of text (title and footer lines). */
  const lineOf = (r: number): string => distinctAt(r).join(' ');

  /** The next row with any text, or -1. */
  const nextFilled = (r: number): number => {
    for (let n = r + 1; n < grid.length; n++) if ((grid[n] ?? []).some((v) => cellText(v) !== '')) return n;
    return -1;
  };

  // 1. The header, and the rows under it that belong to it.
  const { header, headerIndex, headerTop, titleLines } = findHeaderRows(grid.length, rowTexts);
  appendix.titleLines = titleLines;
  appendix.commune =
    communeFromTitle(header ? titleLines : titleLines.slice(0, 12), letterhead(grid.slice(0, Math.min(headerIndex < 0 ? 12 : headerIndex, 12)).map((row) => (row ?? []).map(cellText)))) ??
    communeFromName(options.sheetName) ??
    communeFromName(options.source);
  if (!header) return appendix;
  const { top, headerCells, headerTails, periods, bodyStart } = readUnderHeader(grid.length, rowTexts, header, headerIndex);
  const layout: Layout = layoutOf(header.columns);
  appendix.layout = layout;
  const columns: Partial<Record<HeaderKey, number>> = {};
  for (const k of Object.keys(header.columns) as HeaderKey[]) columns[k] = header.columns[k]! + firstCol;
  appendix.header = { row: (headerTop >= 0 ? headerTop : headerIndex) + firstRow, columns, texts: header.texts, cells: headerCells };
  if (periods) {
    const at = [...periods].map(([c, p]) => [c + firstCol, p] as const);
    if (at[0][1].kind === 'year') appendix.header.years = Object.fromEntries(at.map(([c, p]) => [c, p.n]));
    else appendix.header.periods = Object.fromEntries(at.map(([c, p]) => [c, p.text]));
  }

  const keys = COLUMN_ORDER.filter((k) => header!.columns[k] !== undefined);
  const lastCol = Math.max(...keys.map((k) => header!.columns[k]!), ...(periods ? periods.keys() : []));
  /** Levels whose column the table has. */
  const levels: Record<Level, boolean> = { goals: false, tasks: false, activities: false };
  for (const l of LEVELS) levels[l.level] = header.columns[l.column] !== undefined;
  const levelList = LEVELS.filter((l) => levels[l.level]).map((l) => l.level);
  const isText = keys.map((k) => TEXT_COLUMNS.includes(k));
  const ttCol = header.columns.tt;
  numeralCol = ttCol ?? -1;
  // A program's row index left of the TT under an empty heading (pandas' to_csv: 0, 1, 2… afresh on each page):
  // no column of the table, read as empty.
  if (ttCol !== undefined && ttCol > 0 && !rowTexts(headerIndex)[ttCol - 1]) {
    let index = 0;
    let other = 0;
    for (let r = bodyStart; r < grid.length && other === 0; r++) {
      const v = cellText(grid[r]?.[ttCol - 1]);
      if (v) /^\d{1,5}$/.test(v) ? index++ : other++;
    }
    if (other === 0 && index >= 5) indexCol = ttCol - 1;
  }
  const areaCol = header.columns.area;
  /** Merges over period columns only ("Thường xuyên" across 2026…2030, a band Excel shows once): their text is each period's. */
  const periodSpans = periods ? (options.merges ?? []).filter((m) => m.right > m.left && periods.has(m.left) && periods.has(m.right)) : [];
  const overPeriods = (r: number, texts: readonly string[]): string[] => {
    const out = texts.slice();
    for (const m of periodSpans) if (m.top <= r && r <= m.bottom && out[m.left]) for (let c = m.left + 1; c <= m.right; c++) out[c] ||= out[m.left];
    return out;
  };
  const mapped: boolean[] = [];
  for (const c of Object.values(header.columns)) mapped[c!] = true;
  if (periods) for (const c of periods.keys()) mapped[c] = true;
  // A normalized table (ours: an area column, the source rows last) writes every cell whole, one row
  // per item: nothing to fill down, no tails to join, no rows split by page breaks. A "Lĩnh vực"
  // column in a table typed by hand is just the area named on each row.
  /** One "Nhiệm vụ/Hoạt động" column beside a goal column: each row says which it holds. */
  const sharedWork = header.columns.task !== undefined && header.columns.task === header.columns.activity;
  /** Our normalized table's last column, the source rows of each item. */
  const sourceCol = areaCol === undefined ? -1 : top.findIndex((t) => t.length <= 10 && SOURCE_ROWS_COLUMN.test(fold(t)));
  const fillsDown = areaCol === undefined || sourceCol < 0;
  // (The source rows are where the item came from, written again by each normalize: no text of its own.)
  if (sourceCol >= 0) mapped[sourceCol] = true;
  // A header cell a PDF converter merged over an empty spacer column ("Kết quả/Sản phẩm" over G:H):
  // text in the spacer half, where the main half is empty, is that column's.
  const spans: [ColumnKey, number, number][] = [];
  for (const m of options.merges ?? []) {
    if (m.right <= m.left || m.top > headerIndex || m.bottom < (headerTop >= 0 ? headerTop : headerIndex)) continue;
    const k = keys.find((key) => header!.columns[key] === m.left);
    if (!k) continue;
    let to = m.left;
    while (to < m.right && !mapped[to + 1]) to++;
    if (to > m.left) {
      spans.push([k, m.left + 1, to]);
      for (let c = m.left + 1; c <= to; c++) mapped[c] = true;
    }
  }

  const headRows: string[][] = [];
  for (let h = headerTop >= 0 ? headerTop : headerIndex; h < bodyStart; h++) headRows.push(rowTexts(h));
  /** The last column the header's rows name: a row's last cell past it, under no heading, may sit one column late. */
  let headedTo = -1;
  for (const t of headRows) for (let c = t.length - 1; c > headedTo; c--) if (t[c]) { headedTo = c; break; }
  const unheaded = (c: number): boolean => c > headedTo && mapped[c] !== true;
  /** A column of the table's own the model has no place for ("Kinh phí", "Ghi chú"): its numbers are its, no counts. */
  const otherColumn = (c: number): boolean => mapped[c] !== true && headRows.some((t) => !!t[c] && !/^\(?\d{1,2}\)?$/.test(t[c]));
  /** Headings of the other columns ("Kinh phí", "Ghi chú"), where there are several; each item's text in them. */
  const headings = extraHeadings(headRows, mapped);
  // (One such column: its text stands alone, and the heading goes on the header for the tables written from it.)
  const sole = soleExtraHeading(headRows, mapped);
  if (sole) appendix.header.extra = sole;
  const extraOf = new WeakMap<Item, ExtraParts>();

  let section = -1;
  /** An assignment table numbers rows, not tasks: a number seen beside an empty task cell (the task above goes on). */
  let numbersRows = false;
  let goal: Entity | null = null;
  let task: Entity | null = null;
  // A table that numbers its rows (a few, a page number aside) gives its first rows the same reading:
  // its first item's TT may sit on a later printed line of it.
  let seenTT = false;
  /** Has an item with both a TT and its work been read (the table numbers its work rows)? */
  let numberedWork = false;
  if (ttCol !== undefined) {
    let numbered = 0;
    // (A number alone on its row is a page number.)
    for (let r = bodyStart; r < grid.length && numbered < 3; r++) {
      const row = grid[r] ?? [];
      if (BARE_NUMBER.test(cellText(row[ttCol])) && row.some((v, c) => c !== ttCol && cellText(v) !== '')) numbered++;
    }
    seenTT = numbered >= 3;
  }
  /** A TT printed on a line of its own, above its row's text: the next row's. */
  let pendingTT: { tt: string; row: number } | null = null;
  let afterBreak = false;
  /** The row before, when it was the header again. */
  let afterHeader: string[] | null = null;
  /** The area cell last seen, in a normalized table. */
  let areaText = '';
  const goalOf: (Entity | null)[] = [];
  const taskOf: (Entity | null)[] = [];
  const note = (n: Omit<ReaderNote, 'area'> & { area?: ReaderNote['area'] }): void => {
    appendix.notes.push({ area: section >= 0 ? appendix.sections[section].code : null, ...n });
  };

  /** A row the reader drops (the header again, a page line, a total, a note), said as information. */
  const dropped = (row: number, detail?: ReaderNote['detail']): void =>
    note({ code: 'repeated-header', severity: 'info', row, column: null, ...(detail ? { detail } : {}) });

  /** A new area: items from here on are its, under no goal or task yet. */
  const openSection = (s: Omit<Section, 'counts' | 'items'>): void => {
    appendix.sections.push({ ...s, counts: emptyCounts(layout), items: [] });
    section = appendix.sections.length - 1;
    goal = null;
    task = null;
    romanGroup = 0;
  };
  /** Rows set aside as group headings inside an area ("NHIỆM VỤ TRỌNG TÂM"), by grid index. */
  const headingAt = new Set<number>();
  /** The numeral of the last Roman group heading under the current lettered area ("I | Kiểm soát TTHC" under "B"), else 0. */
  let romanGroup = 0;

  /** A cell's text, or the row above's where it says "Nt" / "Như trên" (same as above). */
  const orAbove = (text: string, k: 'product' | 'lead' | 'partners' | 'deadline' | 'monitor'): string | null => {
    if (!text) return null;
    const above = appendix.items[appendix.items.length - 1];
    return above && isSameAsAbove(text) ? (above[k] ?? text) : text;
  };

  /** Does a cell of the last item end cut off ("Trước ngày 15/")? */
  const aboveCutOff = (): boolean => {
    const above = appendix.items[appendix.items.length - 1];
    return above !== undefined && Object.values(above).some((v) => typeof v === 'string' && /[/-]$/.test(v));
  };

  /** What a page break leaves between two rows of the table: the header printed again, a page number, the running title. */
  const turnsPage = (n: number): boolean => isRepeatedHeader(rowTexts(n), header!) || mayBePageFurniture(distinctAt(n));

  /** A bare number right before the header repeated: the page number of the new page. */
  const headerFollows = (r: number): boolean => {
    let n = nextFilled(r);
    // "2" then "Trang 2/5" then the header: look past page-number lines.
    while (n >= 0 && mayBePageFurniture(distinctAt(n))) n = nextFilled(n);
    return n >= 0 && isRepeatedHeader(rowTexts(n), header!);
  };

  /** A goal or task cell's rest beside the next row after a page break: say where it went. */
  const restOfCell = (sheetRow: number, current: Entity, k: 'goal' | 'task', of: readonly (Entity | null)[], line = false): true => {
    let first = of.length - 1;
    while (first > 0 && of[first - 1] === current) first--;
    note({ code: 'continuation', severity: 'info', row: sheetRow, column: k, detail: line ? { of: appendix.items[first].rows[0], line: 1 } : { of: appendix.items[first].rows[0] } });
    return true;
  };

  /**
   * The item's last row when it was a line of its task cell alone, joined to it (a task of the row above's
   * own, unfinished, not its first): that line and its sheet row; else null.
   */
  const footLine = (i: number): { row: number; text: string } | null => {
    const it = appendix.items[i];
    const t = taskOf[i];
    if (!t || it.rows.length < 2 || (i > 0 && taskOf[i - 1] === t)) return null;
    const row = it.rows[it.rows.length - 1];
    const texts = rowTexts(row - firstRow);
    const taskCol = header!.columns.task!;
    if (!texts[taskCol] || texts.some((x, c) => c !== taskCol && x)) return null;
    return t.text.endsWith(` ${texts[taskCol]}`) ? { row, text: texts[taskCol] } : null;
  };

  /** The last item taken back (with its labels), to be read again with the row that completes it. */
  const takeBackLast = (): Item & { labels: ItemLabels } => {
    const prev = appendix.items.pop()!;
    const labels = appendix.labels.pop()!;
    goalOf.pop();
    taskOf.pop();
    appendix.taskFrom!.pop();
    appendix.sections[prev.section].items.pop();
    return { ...prev, labels };
  };

  /** Does the item hold only its TT and the goal it opens (no task, no work yet)? */
  const holdsGoalOnly = (i: number, section: number): boolean => {
    const it = appendix.items[i];
    return it.section === section && section >= 0 && !!it.tt && taskOf[i] === null && goalOf[i] !== null && goalOf[i] !== goalOf[i - 1] && !it.activity && !it.product && !it.lead && !it.partners && !it.deadline;
  };
  /**
   * Is the item the line right above (`sheetRow` - 1) and does it hold only work: no TT, no goal or task
   * of its own, no product, lead, partners or deadline?
   */
  const holdsWorkOnly = (i: number, section: number, sheetRow: number): boolean => {
    const it = appendix.items[i];
    if (it.section !== section || section < 0 || it.tt || !it.activity || it.rows[it.rows.length - 1] !== sheetRow - 1) return false;
    if (it.product || it.lead || it.partners || it.deadline || appendix.taskFrom![i] === 'own') return false;
    const before = i > 0 && appendix.items[i - 1].section === section ? goalOf[i - 1] : null;
    return goalOf[i] === before && appendix.labels[i].goals === undefined && appendix.labels[i].tasks === undefined;
  };
  /**
   * A goal/task cell that is the rest of the cell above, not a new one: after a page break, one opening in lower
   * case (or going on a cell cut off); away from a break, in the standard layout, one opening in lower case beside a
   * numbered row — the merged cell above printed over the rows of its block ("Văn bản … ban hành" | "đúng thẩm quyền").
   */
  const restOfAbove = (broken: boolean, sheetRow: number, text: string, current: Entity | null, label: number | null, k: 'goal' | 'task', of: (Entity | null)[]): boolean =>
    fillsDown && current !== null && label === null &&
    (broken ? isRestOfCell(text) || (opensAfterCut(text) && endsUnfinished(current.text)) : layout === 'standard' && isRestOfCell(text)) &&
    restOfCell(sheetRow, current, k, of, !broken);
  /**
   * A number alone in the TT column, no header after it: the page number of a table printed
   * without its header on every page when it breaks the TT sequence; the TT of the next row,
   * printed on a line of its own, when it goes on with the sequence and that row has none.
   * (Before a row numbered other than next in the sequence it is a page number too.) Anything else stays an item (its missing cells are reported).
   */
  const loneNumber = (r: number, n: number, broken: boolean): 'page' | 'tt' | 'item' => {
    const current = section >= 0 ? appendix.sections[section] : null;
    const lastTT = (from: number, to: number): number => {
      for (let k = to - 1; k >= from; k--) {
        const t = appendix.items[k].tt;
        if (t && /^\d+$/.test(t)) return Number(t);
      }
      return 0;
    };
    const firstOfArea = current ? current.items[0] ?? appendix.items.length : 0;
    const inArea = lastTT(firstOfArea, appendix.items.length);
    const fits = n === inArea + 1 || (inArea === 0 && n === lastTT(0, firstOfArea) + 1);
    if (!fits) return 'page';
    const next = nextFilled(r);
    // Nothing after it: the last page's number in a table printed over pages (its header seen again);
    // in a table typed as one (a template's row left with its TT only), an item with its cells missing.
    if (next < 0) return appendix.notes.some((n) => n.code === 'repeated-header') ? 'page' : 'item';
    const t = rowTexts(next);
    // Between two numbered rows it is an item only where it fits their sequence (4, [5], 6).
    const after = t[ttCol!] ?? '';
    if (/^\d+$/.test(after) && Number(after) !== n + 1) return 'page';
    const d = distinctTexts(t);
    // Atop a page (a new sheet, no header printed again), an area's heading right under it: the page's number
    // (an item left with its TT only ends a page, not opens one).
    if (broken && parseSection(d)) return 'page';
    return d.length >= 2 && !t[ttCol!] && !parseSection(d) && !isRepeatedHeader(t, header!) ? 'tt' : 'item';
  };

  /**
   * Does row r (a numbered text alone) head a group: its text names no level, nothing else is
   * written, and the next row is an item numbered plainly (1, 2…) that opens its own goal
   * (or, in the assignment layout, its own task)?
   */
  const groupsItems = (r: number, texts: readonly string[]): boolean => {
    const text = texts.find((t, c) => t && c !== ttCol)!;
    if (anyLabel(text)) return false;
    const n = nextFilled(r);
    if (n < 0) return false;
    const next = rowTexts(n);
    if (!/^\d+$/.test(next[ttCol!] ?? '')) return false;
    if (layout === 'assignment') return true;
    // Lettered ("a) | Kiểm soát TTHC") left of the activities: a heading, whatever the next row holds
    // (but in the task or goal column over rows that leave it empty, it is their task or goal).
    if (/^[a-zđ][.)]$/.test(texts[ttCol!] ?? '') && texts.indexOf(text) < (header!.columns.activity ?? Infinity)) return !namesItsRows(texts.indexOf(text), next);
    const goalCol = header!.columns.goal;
    return goalCol !== undefined && labelNumber(next[goalCol] ?? '', 'goals') !== null;
  };

  /** The work cell of the last item as read so far (an assignment row's task is its task entity's). */
  const workOfLast = (): string => {
    const last = appendix.items.length - 1;
    if (last < 0) return '';
    return (layout === 'standard' ? appendix.items[last].activity : taskOf[last]?.text) ?? '';
  };

  /** A TT numbered under the item above's ("2.1" under "2", "2.2" under "2.1"): a sub-task of its own, no rest of that one. */
  const subNumbered = (tt: string, last: number): boolean => {
    const above = last >= 0 ? (appendix.items[last].tt ?? '').replace(/[.)]$/, '') : '';
    // (In the standard layout "1.1", "1.2" number activities: a task's rest may sit beside them.)
    if (!tt || !above || layout !== 'assignment') return false;
    const parent = above.replace(/\.\d+$/, '');
    return tt.startsWith(`${above}.`) || (parent !== above && tt.startsWith(`${parent}.`));
  };
  /**
   * Does the table number (nearly) every row: rows without a TT holding work of their own (opening afresh, with a lead
   * or a deadline), other than atop a page where a row's rest is printed, are few beside the numbered ones (a TT
   * forgotten here and there), not the activities of a table that numbers its goals only? (Asked once, of the whole table.)
   */
  let everyRow: boolean | null = null;
  const numbersEveryRow = (): boolean => {
    if (everyRow !== null) return everyRow;
    const work = header!.columns[WORK_COLUMN[layout]];
    if (ttCol === undefined || work === undefined) return (everyRow = false);
    let atop = false;
    let numbered = 0;
    let workNumbered = 0;
    let without = 0;
    for (let n = bodyStart; n < grid.length; n++) {
      const t = rowTexts(n);
      if (!t.some(Boolean)) continue;
      // (The header again, or a page's furniture, "Trang 2": the next row opens a page.)
      if (turnsPage(n)) {
        atop = true;
        continue;
      }
      const own = !!t[work] && !!(textAt(t, header!.columns.lead) || textAt(t, header!.columns.deadline));
      // (A number beside a goal only numbers goals: a table whose every number opens a goal numbers its goals.)
      if (own && BARE_NUMBER.test(t[ttCol] ?? '')) {
        numbered++;
        if (!textAt(t, header!.columns.goal)) workNumbered++;
      }
      else if (own && !atop && !t[ttCol] && STARTS_UPPER.test(t[work]) && !parseSection(distinctTexts(t))) without++;
      atop = false;
    }
    return (everyRow = numbered > 0 && without * 4 < numbered && (layout !== 'standard' || workNumbered > 0));
  };
  /** The next row with text of the table's own below r (past the header printed again, a page's furniture), or -1. */
  const nextOwnRow = (r: number): number => {
    let n = nextFilled(r);
    while (n >= 0 && turnsPage(n)) n = nextFilled(n);
    return n;
  };
  /** "- Phát thanh …" under "- Đăng tải …": the next item of the list the row above is one of (a list's items carry no numbers). */
  const goesOnList = (at: Record<ColumnKey, string>, workAbove: string): boolean => {
    const kind = listMark(at[WORK_COLUMN[layout]]);
    return !!kind && listMark(workAbove) === kind;
  };
  /** Is the next numbered row (past a page turn) numbered two after the item above: this row holds the number between? */
  const leavesNumberFor = (r: number, last: number): boolean => {
    const above = Number(appendix.items[last].tt ?? 'x');
    const n = nextOwnRow(r);
    const next = n >= 0 ? Number(textAt(rowTexts(n), ttCol).replace(/[.)]$/, '') || 'x') : NaN;
    return Number.isInteger(above) && next === above + 2;
  };
  /** The label number of the next goal (task) below row r in its area, or null: does the numbering leave a gap? */
  const nextLabelAfter = (r: number, k: 'goal' | 'task'): number | null => {
    const c = header!.columns[k];
    if (c === undefined) return null;
    const level = k === 'goal' ? 'goals' : 'tasks';
    for (let n = r + 1; n < Math.min(grid.length, r + 400); n++) {
      const t = rowTexts(n);
      // (In its column, or a column or two late on a shifted row.)
      for (let d = 0; d <= 2; d++) {
        const label = t[c + d] ? labelNumber(t[c + d], level) : null;
        if (label !== null) return label;
      }
      if (parseSection(distinctTexts(t))) return null;
    }
    return null;
  };
  /**
   * Does the table write its goals on rows of their own, in capitals over their rows: none beside other cells of a
   * row, or more so than beside, those beside in capitals too (a clerk may write one short goal beside its row)?
   * A goal beside its row written otherwise ("Mục tiêu 1: …") says no: lines in capitals there are headings. (Asked once.)
   */
  let ownRows: boolean | null = null;
  const goalsOnOwnRows = (): boolean => {
    if (ownRows !== null) return ownRows;
    const g = header!.columns.goal;
    if (g === undefined) return (ownRows = false);
    let own = 0;
    let beside = 0;
    for (let r = bodyStart; r < grid.length; r++) {
      const t = rowTexts(r);
      const goal = t[g];
      // (Not the header again, an area's row merged across the table, nor a group heading, "NHIỆM VỤ TRỌNG TÂM".)
      if (!goal || isRepeatedHeader(t, header!) || parseSection(distinctTexts(t)) || matchSubHeader(t) || GROUP_HEADING.test(fold(goal))) continue;
      const caps = goal === goal.toUpperCase() && /\p{Lu}/u.test(goal);
      if (t.some((x, c) => c > g && !!x && x !== goal)) {
        if (!caps) return (ownRows = false);
        beside++;
      } else if (caps) own++;
    }
    return (ownRows = beside === 0 || own > beside);
  };
  /**
   * A heading inside an area with no TT, left of the activities: "a) Kiểm soát thủ tục hành chính",
   * "NHIỆM VỤ TRỌNG TÂM", over an item numbered or labelled.
   */
  const isInnerHeading = (r: number, texts: readonly string[], text: string): boolean => {
    const c = texts.indexOf(text);
    if (c === ttCol || c >= (header!.columns.activity ?? header!.columns.product ?? Infinity)) return false;
    // ("Nhiệm vụ trọng tâm:" opens with its capital: "nhiệm vụ trọng tâm" is a cell's last line.)
    const group = text.length <= 80 && STARTS_UPPER.test(text) && GROUP_HEADING.test(fold(text));
    // A table whose goals all (or mostly) sit on rows of their own, in capitals over their rows: those rows are its goals.
    if (c === header!.columns.goal && layout === 'standard' && !group && goalsOnOwnRows()) return false;
    // The rows it would head, past the header printed again at a page break (looked up once, when asked).
    let below: string[] | null | undefined;
    const next = (): string[] | null => {
      if (below === undefined) {
        const n = nextOwnRow(r);
        below = n < 0 ? null : rowTexts(n);
      }
      return below;
    };
    // ("1. Về kiểm soát thủ tục hành chính" in the work column, no TT, nothing else: a numbered heading.)
    // ("Về …", "Nhóm …" after its number; or any words, where the TT restarts at 1 under it; in the goal column, only
    // over rows with goals of their own: over rows leaving it empty it is their goal.)
    const restarts = (): boolean => {
      const t = next();
      return !!t && /^0?1[.)]?$/.test(textAt(t, ttCol)) && (c !== header!.columns.goal || !!textAt(t, c));
    };
    const numbered =
      text.length <= 100 && NUMBERED_LINE.test(text) && !/[.;]$/.test(text) && !/(^|[:;]\s*)1[.)]\s/u.test(workOfLast()) &&
      (NUMBERED_HEADING.test(text) || restarts());
    if (!(LETTER_HEADING.test(text) || (text.length <= 60 && text === text.toUpperCase() && /\p{Lu}/u.test(text)) || group || numbered) || anyLabel(text)) return false;
    // "b) Lĩnh vực …" going on a list the cell above began ("… tập trung: a) Lĩnh vực đất đai;"): its rest, no heading.
    const workAbove = workOfLast();
    // (A numbered group heading after tasks each ending on ";" is still one: only ":" or "," opens a list there.)
    if ((numbered ? /[:,]$/ : /[;:,]$/).test(workAbove) || /(^|\s)[a-zđ]\)\s/u.test(workAbove)) return false;
    const rows = next();
    if (!rows) return false;
    // ("NHIỆM VỤ TRỌNG TÂM" over a goal in capitals on a row of its own: a heading over the goals, no line of one.)
    if (group && c === header!.columns.goal && !!textAt(rows, c) && distinctTexts(rows).length === 1) return true;
    if ((LETTER_HEADING.test(text) || group || numbered) && namesItsRows(c, rows)) return false;
    return ttCol !== undefined && BARE_NUMBER.test(rows[ttCol] ?? '') && !parseSection(distinctTexts(rows));
  };

  /**
   * "a) Kiểm soát thủ tục hành chính" in the task column over a row that leaves that cell empty: the rows' own task.
   * (In the goal column it is a heading merged across the row, which comes out in its first cell.)
   */
  const namesItsRows = (c: number, next: readonly string[]): boolean =>
    layout === 'standard' && c === header!.columns.task && !textAt(next, c) && !!textAt(next, header!.columns.activity);

  /**
   * The header again at row r with its columns elsewhere (one column off, or "TT 1. Mục tiêu" in
   * one cell): the page's rows, up to the next header, move back under the first header's columns.
   */
  const realignPage = (r: number, texts: readonly string[]): void => {
    const off = pageOffset(texts, header!);
    if (!off) return;
    let end = r + 1;
    while (end < grid.length && !isRepeatedHeader(rowTexts(end), header!)) end++;
    const page = grid.slice(r + 1, end);
    // An area's row stays as it is: its title may sit in a spacer, where the converter wrote a merged cell's text.
    // (An area's: "I | 100% thủ tục …" under areas lettered A, B is a goal, moved with its page.)
    const lettered = /^[A-GĐ]$/.test(appendix.sections[0]?.numeral ?? '');
    const area = page.map((row, k) => {
      const head = off.merged ? null : parseSection(distinctTexts(rowTexts(r + 1 + k)));
      return !!head && head.code !== null && !(lettered && romanNumeral(head.numeral ?? ''));
    });
    // Cells a move to the left would drop must be empty: no text is lost.
    if (off.by > 0 && page.some((row, k) => !area[k] && (row ?? []).slice(off.from, off.from + off.by).some((v) => cellText(v) !== ''))) return;
    const moved = page.map((row, k) => (area[k] ? (row ?? []).slice() : realignRow(row ?? [], off, ttCol)));
    // Only when the rows sit off too: a header printed off over rows in place leaves them.
    if (fitUnder(moved, header!) <= fitUnder(page, header!)) return;
    const rows = grid.slice();
    let last = r;
    moved.forEach((row, k) => {
      rows[r + 1 + k] = row;
      if (row.some((v) => cellText(v) !== '')) last = r + 1 + k;
    });
    grid = rows;
    // (A page on a sheet of its own, under its own header: its rows sit where that header says, nothing to put right.)
    if (last > r && !pageBreaks.has(r)) note({ code: 'shifted-row', severity: 'warning', row: r + firstRow, column: null, detail: { by: off.by, through: last + firstRow, page: off.merged ? 'merged' : off.by < 0 ? 'left' : 'right' } });
  };

  /** Does the table go on after row r: a section, the header again or a numbered row next? */
  const tableGoesOn = (r: number): boolean => {
    const n = nextFilled(r);
    if (n < 0) return false;
    const t = rowTexts(n);
    const d = distinctTexts(t);
    if (parseSection(d) || isRepeatedHeader(t, header!)) return true;
    return ttCol !== undefined && BARE_NUMBER.test(t[ttCol] ?? '') && d.length >= 3;
  };

  /**
   * "- Tuyên truyền … | Tin, bài | Thường xuyên | …" under "Công tác tuyên truyền, gồm:", and the next row
   * another "- …" with its own cells too: the items of a list the row above heads, not its rest.
   * (One such row alone may be the rest of a row cut by a page break: it joins.)
   */
  const listsOwnWork = (r: number, at: Record<ColumnKey, string>): boolean => {
    const kind = listMark(at[WORK_COLUMN[layout]]);
    // (Under "…, cụ thể:" the heading may name the lead once for them all.)
    // (Their own product and deadline, opening afresh: "… phát" / "sóng" is a wrapped cell's rest.)
    const headed = OPENS_LIST.test(workOfLast()) && !STARTS_LOWER.test(at.product) && (!STARTS_LOWER.test(at.deadline) || isDeadline(at.deadline));
    if (!kind || !at.product || (!at.lead && !headed) || !at.deadline) return false;
    // (The next item may open the next page, under the header printed again.)
    const n = nextOwnRow(r);
    if (n < 0) return false;
    const next = rowTexts(n);
    const c = header!.columns;
    return !textAt(next, ttCol) && listMark(textAt(next, c[WORK_COLUMN[layout]])) === kind && (!!textAt(next, c.lead) || headed) && !!textAt(next, c.deadline) && !STARTS_LOWER.test(textAt(next, c.product));
  };

  /**
   * A row printed one line per sheet row, its TT centred on a middle line: under an item that is whole (product,
   * lead and deadline), a line whose work and product open afresh, and the next line numbered with its work going
   * on in lower case. This line is that row's first, not the rest of the item above.
   */
  const opensNumberedRow = (r: number, at: Record<ColumnKey, string>, above: Item, broken: boolean, workAbove: string): boolean => {
    const work = WORK_COLUMN[layout];
    if (!STARTS_UPPER.test(at[work]) || !above.product || !above.lead || !above.deadline || ttCol === undefined) return false;
    // (Its top-aligned cells open afresh too: the product, which a rest of the row above would not bring.)
    if (STARTS_UPPER.test(at.product)) {
      const n = nextFilled(r);
      if (n !== r + 1) return false;
      const next = rowTexts(n);
      return BARE_NUMBER.test(textAt(next, ttCol)) && isRestOfCell(textAt(next, header!.columns[work]));
    }
    // Or every cell centred: only the work's first line above the number, the product beside the number. Not a
    // page's first line, nor under a cell cut mid-phrase ("… của", "… và trên"): there it is that cell's rest.
    // (A line ending a sentence, "… đơn giản hóa.", ends its cell; a first line breaks mid-sentence, or after a list's ";".)
    if (broken || cutMidPhrase(workAbove) || /\.$/.test(at[work]) || at.product || at.lead || at.deadline || at.partners) return false;
    // The next row, or the first after a page break right under this line (the header again, a page number).
    const n = nextOwnRow(r);
    const crossed = n !== nextFilled(r);
    if (n < 0 || (n !== r + 1 && !crossed)) return false;
    const next = rowTexts(n);
    const c = header!.columns;
    const nextWork = textAt(next, c[work]);
    // A numbered row of its own: its number, its product; no goal or task of its own (they would open on its line).
    if (!BARE_NUMBER.test(textAt(next, ttCol)) || !textAt(next, c.product) || (layout === 'standard' && (textAt(next, c.goal) || textAt(next, c.task)))) return false;
    // Across a page break: its work there empty (all on this page) or going on in lower case.
    if (crossed) return !nextWork || (isRestOfCell(nextWork) && !isSameAsAbove(nextWork));
    // Its work goes on there in lower case ("Nt" is the one above again); or, its work cell empty, on the line under
    // the number (centred, a work of three lines has lines above and under it; a clerk's row that only lacks its work has none).
    if (nextWork) return isRestOfCell(nextWork) && !isSameAsAbove(nextWork);
    const under = nextFilled(n);
    const below = under === n + 1 ? rowTexts(under) : null;
    return !!below && !textAt(below, ttCol) && isRestOfCell(textAt(below, c[work])) && !textAt(below, c.product);
  };

  /**
   * A goal or a task on a row of its own, unlabelled ("100% thủ tục hành chính được công khai", then the
   * activities under it): the staircase layout. Under a whole item whose own row left that cell empty, a
   * text opening afresh there, and nothing else on the row, opens a new one; it cannot be the rest of a cell.
   */
  const opensStep = (r: number, at: Record<ColumnKey, string>, above: Item, broken: boolean): boolean => {
    if (layout !== 'standard' || at.activity || at.product || at.lead || at.deadline || at.partners) return false;
    if (!above.product || !above.lead || !above.deadline) return false;
    // After a page break a cell's rest opens with a capital as often as not: there only a goal in capitals, in a
    // table that writes its goals so (every one, or most), on a row of its own, opens one (the row above the break
    // left its goal cell empty).
    if (broken && (at.task || !at.goal || at.goal !== at.goal.toUpperCase() || !goalsOnOwnRows())) return false;
    let p = broken ? above.rows[above.rows.length - 1] - firstRow : r - 1;
    // (Past a group heading set aside, "NHIỆM VỤ THƯỜNG XUYÊN", to the row it stands under.)
    while (p >= 0 && (distinctAt(p).every(isBlankText) || headingAt.has(p))) p--;
    if (p < 0) return false;
    const before = rowTexts(p);
    const steps = (['goal', 'task'] as const).filter((k) => at[k]);
    return steps.length > 0 && steps.every((k) => OPENS_AFRESH.test(at[k]) && !textAt(before, header!.columns[k]));
  };

  /** "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 - XÃ …" alone on a row, the header again right under it: the page's running title. */
  const runningTitle = (r: number, distinct: readonly string[]): boolean => {
    if (distinct.length !== 1 || !/^ke hoach\b/.test(fold(distinct[0]))) return false;
    const n = nextFilled(r);
    return n >= 0 && isRepeatedHeader(rowTexts(n), header!);
  };

  const pageBreaks = new Set(options.breaks ?? []);
  for (let r = bodyStart; r < grid.length; r++) {
    const row = grid[r] ?? [];
    const sheetRow = r + firstRow;
    if (pageBreaks.has(r)) afterBreak = true;
    const texts = rowTexts(r);
    const distinct = distinctTexts(texts);
    if (distinct.length === 0) continue;
    // A blank row inside merged cells holds only the merges' text: it is blank.
    if (covered.size > 0 && texts.every((t, c) => !t || isCovered(r, c))) continue;
    // "- | - | -", or a scan's ruled line read as "|" and "_": no row of the table (a page break before it still holds).
    if (distinct.every(isBlankText)) {
      dropped(sheetRow, { marks: distinct.join(' ') });
      continue;
    }
    const wasBreak = afterBreak;
    afterBreak = false;
    const wasHeader = afterHeader;
    afterHeader = null;
    // "* Lưu ý: …" between two areas is a note inside the table: the rows after it are still the table's.
    const ends = endsTable(distinct);
    if (ends && tableGoesOn(r)) {
      dropped(sheetRow, { note: distinct.join(' ') });
      continue;
    }
    // (The plan's title in capitals atop a page, the header printed again right under it, is the page's running title;
    // not after "PHỤ LỤC II", which opens another appendix, title and all.)
    if (ends || (startsOtherTable(texts, distinct, header) && !runningTitle(r, distinct))) {
      if (!ends && (!OTHER_APPENDIX.test(fold(distinct[0])) || isOtherAppendix(distinct[0], appendix.titleLines))) appendix.otherTableAt = { row: sheetRow, text: distinct[0] };
      for (let f = r; f < grid.length; f++) {
        const line = lineOf(f);
        if (!line) continue;
        appendix.footerLines.push(line);
        // Another appendix further down ("PHỤ LỤC II" under the total row or the notes): its rows are not read either.
        if (!appendix.otherTableAt && f > r && isOtherAppendix(line, appendix.titleLines)) appendix.otherTableAt = { row: f + firstRow, text: line };
      }
      break;
    }

    // The header again at a page break, or its second row or column numbers alone.
    // ("Kết quả/Sản" | "phẩm": the header's wrapped words follow it there too.)
    // (Under goal and task cells merged down across it — the header copied by hand at a page break — the
    // header is what the row holds of its own.)
    const again = isRepeatedHeader(texts, header) || (below.size > 0 && texts.some((t, c) => t && below.has(`${r}:${c}`)) && isRepeatedHeader(texts.map((t, c) => (below.has(`${r}:${c}`) ? '' : t)), header));
    if (again || matchSubHeader(texts, 2) || (periods && matchPeriodRow(texts)) || (wasHeader !== null && isTailAgain(texts, wasHeader, top, headerTails))) {
      dropped(sheetRow);
      afterBreak = true;
      afterHeader = texts;
      if (wasHeader === null) realignPage(r, texts);
      continue;
    }
    // Page lines: "Trang 2", "PHỤ LỤC (tiếp theo)", a bare number or the plan's running title right above the header again.
    // A number alone outside the TT column is a page number even with no header after it (a bottom margin).
    // (Unless the row above was cut off before it: "Trước ngày 15/" then "12".)
    const pageNumber = distinct.length === 1 && ttCol !== undefined && !texts[ttCol] && BARE_PAGE.test(distinct[0]) && !aboveCutOff();
    if (distinct.length <= 3 && (pageNumber || isPageFurniture(distinct) || (mayBePageFurniture(distinct) && headerFollows(r)))) {
      dropped(sheetRow, { text: distinct.join(' ') });
      afterBreak = true;
      continue;
    }
    if (distinct.length === 1 && ttCol !== undefined && texts[ttCol] === distinct[0] && BARE_PAGE.test(distinct[0])) {
      const lone = loneNumber(r, Number(distinct[0]), wasBreak && wasHeader === null);
      if (lone === 'page') {
        dropped(sheetRow, { text: distinct[0] });
        afterBreak = true;
        continue;
      }
      if (lone === 'tt') {
        pendingTT = { tt: distinct[0], row: sheetRow };
        continue;
      }
    }
    // "Tổng cộng | 3 | 4 | 6": a total row sums the rows above; it is not one of them.
    if (isTotalRow(distinct)) {
      dropped(sheetRow, { total: distinct[0] });
      continue;
    }
    // Counts written on their own line under the section title.
    const current = section >= 0 ? appendix.sections[section] : null;
    if (current && current.items.length === 0 && !current.declared && distinct.length === 1 && !(ttCol !== undefined && /^\d/.test(texts[ttCol] ?? ''))) {
      const declared = countsLine(distinct[0]);
      if (declared) {
        current.declared = declared;
        current.text = `${current.text} ${distinct[0]}`;
        continue;
      }
    }
    // "Không có" in an area with nothing to do, or "(Thực hiện theo Kế hoạch … riêng)" under its
    // title or merged across the table: a remark about the area, not an item.
    // ("Không có" merged across the row comes out in its first cell, the TT column's: still no item.)
    // (Dashes left in the row's other cells, "Không có | – | – | –", say nothing more.)
    const said = distinct.length > 1 && distinct.some(isBlankText) ? distinct.filter((t) => !isBlankText(t)) : distinct;
    if (said.length === 1 && said !== distinct && NOTHING.test(fold(said[0]))) {
      dropped(sheetRow, { note: said[0] });
      if (current && current.items.length === 0) current.saysNone = true;
      continue;
    }
    if (distinct.length === 1 && (NOTHING.test(fold(distinct[0])) || (!(ttCol !== undefined && texts[ttCol]) && (bands.has(r) || (current && current.items.length === 0)) && /^\(.*\)$/s.test(distinct[0])))) {
      dropped(sheetRow, { note: distinct[0] });
      // (The area then says it is empty on purpose.)
      if (current && current.items.length === 0) current.saysNone = true;
      continue;
    }
    // Counts as bare numbers in the area row's own cells: the title is what comes before them.
    // A number right of the table (a helper column's formula, 0 or 1 on every row) is no part of an area's title.
    // (Its counts written there in words are: "(4 mục tiêu; 5 nhiệm vụ; 5 hoạt động)".)
    // (Nor is a number in a column of the table's own that the model has no place for: the area's "Kinh phí".)
    const notCount = (t: string, c: number): boolean => BARE_NUMBER.test(t) && (c > lastCol || otherColumn(c));
    const inTable = texts.some(notCount) ? texts.map((t, c) => (notCount(t, c) ? '' : t)) : texts;
    const counted = ROMAN_START.test(distinct[0]) ? trailingCounts(inTable.filter(Boolean), levelList) : null;
    // A goal or task merged one row too far, over the next area's row: what the merge carries down is no part of the title.
    const own = below.size > 0 && inTable.some((t, c) => t && below.has(`${r}:${c}`)) ? distinctTexts(inTable.map((t, c) => (below.has(`${r}:${c}`) ? '' : t))) : inTable === texts ? distinct : distinctTexts(inTable);
    const heads = counted ? distinctTexts(counted.texts) : own;
    // A numeral alone on its row, the title on the next: one section row.
    // A normalized table names each row's area in its own column: its rows are items ("I" in TT numbers a goal).
    let head = areaCol !== undefined && texts[areaCol] ? null : (parseSection(heads) ?? (current ? nextSection(heads, current.numeral) : null));
    if (head && counted && !head.declared) head.declared = counted.declared;
    if (!head && distinct.length === 1 && romanNumeral(distinct[0]) && distinct[0] === distinct[0].toUpperCase()) {
      const next = nextFilled(r);
      const nextTexts = distinctAt(next);
      const joined = nextTexts.length === 1 ? parseSection([distinct[0], nextTexts[0]]) : null;
      if (joined && joined.code) {
        head = joined;
        distinct.push(nextTexts[0]);
        r = next;
      }
    }
    // Areas lettered A, B…: a Roman numeral before a sentence numbers a goal ("I | Nâng cao …").
    // (Even when the goal uses its area's words: "II | Tỷ lệ số hóa hồ sơ … TTHC đạt 100%" under "A | CẢI CÁCH THỦ TỤC…".)
    // (In the assignment layout, which has no goals, a group of the area's tasks, however worded: "I | Công tác kiểm tra",
    // "II | Công tác quản lý biên chế, cán bộ, công chức" (another area's words in passing); not another area by its name,
    // "I | Cải cách thể chế" under a part "B | Cải cách hành chính trên các lĩnh vực" — unless that area has its letter already,
    // or the row goes on the groups under this letter, "II" after "I | …", and is neither an area's bare name nor one
    // the letter names after its "và", "B | CẢI CÁCH THỂ CHẾ VÀ THỦ TỤC HÀNH CHÍNH".)
    if (head && current && current.numeral && /^[A-GĐ]$/.test(current.numeral) && romanNumeral(head.numeral ?? '') && (!readsAsHeading(head.title) || (layout === 'assignment' && current.code !== null && (head.code === null || head.code === current.code || !namesArea(head.title, head.code) || appendix.sections.some((s) => s.code === head!.code) || (romanGroup > 0 && romanValue(head.numeral!) === romanGroup + 1 && !isBareAreaName(head.title) && !namesAfterAnd(current.title.replace(/\(.*$/s, ''), head.code)))))) head = null;
    // "I | 100% thủ tục … | … | Trung tâm … | | Thường xuyên": a sentence with a lead and a deadline of its own is
    // an item whose TT reads as a numeral (OCR's "I" for a 1), not an area.
    const leadCol = header.columns.lead;
    const dueCol = header.columns.deadline;
    if (head && current && romanNumeral(head.numeral ?? '') && !readsAsHeading(head.title) && leadCol !== undefined && dueCol !== undefined && texts[leadCol] && texts[dueCol] && distinct.length >= 4) head = null;
    // A title wrapped onto the next row ("III | CẢI CÁCH THỦ" / "TỤC HÀNH CHÍNH (9 Mục tiêu…)").
    // Or its counts cut in the middle ("(2 mục tiêu; 2 nhiệm vụ; 3 hoạt" / "động)").
    const open = head !== null && unclosed(head.title);
    // (Or over a page break: its rest under the header printed again.)
    if (head && !head.arabic && (!head.code || !head.declared || open)) {
      const breaks: number[] = [];
      let next = nextFilled(r);
      while (next >= 0 && breaks.length < 3 && turnsPage(next)) {
        breaks.push(next);
        next = nextFilled(next);
      }
      const more = distinctAt(next);
      if (more.length === 1 && !isBlankText(more[0]) && (open ? closes(more[0]) : wrapsTitle(head.title, more[0]))) {
        const whole = parseSection([...heads, more[0]]);
        // Or a title in capitals going on in capitals ("CẢI CÁCH THỦ TỤC" / "HÀNH CHÍNH") that names no area itself.
        const capsRest = head.title === head.title.toUpperCase() && more[0] === more[0].toUpperCase() && more[0].length <= 60 && matchArea(more[0]) === null;
        // Or one in ordinary case going on in lower case ("… hiệu quả thi hành" / "pháp luật"), even with an
        // area's words after a comma ("… chính quyền điện tử," / "chính quyền số").
        const lowerRest = head.title !== head.title.toUpperCase() && STARTS_LOWER.test(more[0]) && more[0].length <= 60 && (matchArea(more[0]) === null || /[,;–-]$|\s(và|của)$/u.test(head.title));
        // Or one left hanging on a comma or "và" ("… Chính quyền điện tử," / "Chính quyền số"), going on in capitals.
        const hangingRest = hangsOver(head.title, more[0]);
        if (whole && whole.numeral === head.numeral && (open || (!head.code && whole.code) || (!head.declared && whole.declared) || capsRest || lowerRest || hangingRest)) {
          head = { ...whole, declared: whole.declared ?? head.declared };
          distinct.push(more[0]);
          for (const b of breaks) dropped(b + firstRow);
          r = next;
        }
      }
    }
    // "cải cách thủ tục hành chính." in lower case after a page break (or among numbered areas):
    // the rest of the cell above, which ended on an area's words, not an area of its own.
    if (head && head.numeral === null && STARTS_LOWER.test(head.title) && appendix.items.length > 0 && (wasBreak || (current !== null && current.numeral !== null))) head = null;
    // Or in ordinary case after a page break, under a cell cut mid-phrase ("… Kế hoạch của UBND tỉnh về" / "Chuyển đổi số năm 2026…").
    if (head && head.numeral === null && wasBreak && current !== null && current.numeral !== null && head.title !== head.title.toUpperCase() && !CONTINUED.test(fold(head.title)) && appendix.items.length > 0 && cutMidPhrase(workOfLast())) head = null;
    // "Cải cách thủ tục hành chính theo hướng …" in ordinary case, unnumbered, in a table whose areas are numbered
    // (I, II…): a goal opening with its area's words, not an area. (The area's name alone is the area, its numeral lost;
    // and a table without goals has no such goal.)
    if (head && head.numeral === null && layout === 'standard' && header.columns.goal !== undefined && current !== null && current.numeral !== null && head.title !== head.title.toUpperCase() && (ttCol === undefined || !texts[ttCol]) && !isBareAreaName(head.title)) head = null;
    // "1 | Chuyển đổi số trong hoạt động của cơ quan hành chính" under "VII | XÂY DỰNG CHÍNH QUYỀN SỐ": in a table
    // whose areas carry Roman numerals, a number before an area's words heads work inside the area.
    // ("11 | CẢI CÁCH THỂ CHẾ" after area I: a scan's "II", the next numeral, over an area's title in capitals.)
    // ("111 | CẢI CÁCH THỦ TỤC HÀNH CHÍNH", no section as written, the same.)
    const ones = /^1{2,3}$/.test(distinct[0]) && distinct.length >= 2 && current ? romanValue(current.numeral ?? '') + 1 === distinct[0].length : false;
    const asRoman = ones && (!head || head.arabic) ? parseSection(['I'.repeat(distinct[0].length), ...heads.slice(1)]) : null;
    const named = asRoman?.title.replace(/\(.*$/s, '').trim() ?? '';
    const scanned = !!asRoman && asRoman.code !== null && !!named && named === named.toUpperCase();
    if (scanned) head = asRoman;
    else if (head && head.arabic && current && current.code !== null && romanNumeral(current.numeral ?? '')) head = null;
    // A number in the TT column makes an item, unless the areas themselves are numbered 1, 2, 3.
    if (head && (head.arabic || scanned || ttCol === undefined || !/^\d/.test(texts[ttCol] ?? ''))) {
      // The same section again (after a page break, often with "(tiếp)"): it goes on, it is no new area.
      // Away from a break and without "(tiếp)", over rows of its own, it is the area written twice (a block pasted again).
      const again = CONTINUED.test(fold(head.title));
      // (Its numeral may be left out there: "CẢI CÁCH THỦ TỤC HÀNH CHÍNH (tiếp theo)" atop the page.)
      const sameNumeral = current !== null && (current.numeral === head.numeral || (head.numeral === null && (wasBreak || again)));
      if (current && sameNumeral && (wasBreak || again || current.items.length === 0) && (fold(current.title) === fold(head.title) || (head.code !== null && head.code === current.code) || again)) {
        dropped(sheetRow);
        continue;
      }
      // "PHẦN I. NỘI DUNG THỰC HIỆN NĂM 2027", "A. NHIỆM VỤ NĂM 2027" right over an area's row: a heading
      // over the areas (a part of the plan, a year), not an area.
      const loneLetter = /^[A-HĐ]$/.test(distinct[0]);
      if (head.code === null && (PART_HEADING.test(distinct[0]) || loneLetter)) {
        const nextHead = parseSection(distinctAt(nextFilled(r)));
        // (A lone letter heads a part only over areas numbered in Roman, named as areas: not over its sibling "C | …",
        // nor over its own goals "I | Nâng cao …".)
        if (nextHead && nextHead.code !== null && (!loneLetter || (romanNumeral(nextHead.numeral ?? '') !== null && isAreaHeading(nextHead.title)))) {
          dropped(sheetRow, { note: distinct.join(' ') });
          continue;
        }
      }
      const { arabic: _arabic, ...fields } = head;
      if (localSection(head, appendix.sections)) fields.code = null;
      openSection({ ...fields, text: distinct.join(' '), row: sheetRow });
      continue;
    }

    // A note typed from the TT column across the table ("(Các nhiệm vụ dưới đây …)", "NĂM 2028"): TT holds numbers, never sentences.
    if (distinct.length === 1 && ttCol !== undefined && texts[ttCol] === distinct[0] && (distinct[0].length > 12 || YEAR_CAPTION.test(distinct[0])) && !anyLabel(distinct[0])) {
      dropped(sheetRow, { note: distinct[0] });
      continue;
    }
    if (distinct.length === 1 && !texts[ttCol ?? -1] && isInnerHeading(r, texts, distinct[0])) {
      headingAt.add(r);
      dropped(sheetRow, { heading: distinct[0] });
      continue;
    }
    // "1. | Kiểm soát thủ tục hành chính" over items numbered 1, 2…: a heading that groups them, not one of them.
    // (Under areas lettered A, B…, "I | Kiểm soát thủ tục hành chính" alone over numbered tasks too: the assignment layout has no goals.)
    const romanHeading = layout === 'assignment' && !!current?.numeral && /^[A-GĐ]$/.test(current.numeral) && !!romanNumeral(texts[ttCol ?? -1] ?? '');
    if (ttCol !== undefined && distinct.length === 2 && (SUBHEAD_TT.test(texts[ttCol] ?? '') || romanHeading) && groupsItems(r, texts)) {
      if (romanHeading) romanGroup = romanValue(texts[ttCol]);
      dropped(sheetRow, { heading: distinct.join(' ') });
      continue;
    }

    // A normalized table names the area in a column instead of section rows.
    if (areaCol !== undefined && texts[areaCol]) {
      const written = texts[areaCol];
      // Its area alone on the row: an area without rows (as our normalized table writes one), no item.
      // (Nothing else on it, outside the columns too, but the source rows our table notes last.)
      const areaOnly = texts.every((t, c) => !t || c === areaCol || c === sourceCol);
      if (written !== areaText || areaOnly) {
        areaText = written;
        // "II. Cải cách thể chế", "1. Công tác chỉ đạo, điều hành": the numeral our table writes before the area.
        const m = /^\s*([IVX]+|\d{1,2})\s*[.)\-–]\s*(.+)$/i.exec(written);
        const numeral = m && (/^\d/.test(m[1]) || romanNumeral(m[1])) ? m[1].toUpperCase() : null;
        const title = numeral ? m![2].trim() : written;
        openSection({ numeral, title, text: written, code: matchArea(title), declared: parseDeclared(title), row: sheetRow });
      }
      if (areaOnly) continue;
    }

    // The province's form left unfilled ("1 | Mục tiêu 1: … | Nhiệm vụ 1: … | … | ………"): no row of the table.
    // (A hint in brackets alone on a row may be a cell's rest after a page break, "(nhập dữ liệu …)": only with others,
    // or with a TT of its own.)
    const form = formRow(distinct, ttCol === undefined ? undefined : texts[ttCol]);
    if (form && (form.count > 1 || !form.first.includes('(') || !!texts[ttCol ?? -1])) {
      dropped(sheetRow, { placeholder: form.first });
      continue;
    }

    // Cells by column, realigned when the row sits one column late.
    let cols: Partial<Record<HeaderKey, number>> = header.columns;
    const shift = detectShift(texts, header, keys, lastCol, unheaded);
    if (shift) {
      cols = {};
      for (const k of keys) {
        const c = header.columns[k]!;
        // (A row sitting early: the columns its cells moved into hold nothing of their own.)
        cols[k] = c >= shift.from ? c + shift.by : c >= shift.from + shift.by ? -1 : c;
      }
      if (areaCol !== undefined) cols.area = areaCol;
      // (Where the first moved cell sits, for the message: the column named is where it belongs.)
      const found = columnLetter(shift.from + shift.by + firstCol);
      note({ code: 'shifted-row', severity: 'warning', row: sheetRow, column: shift.key, detail: shift.by < 0 ? { by: shift.by, early: 1, found } : { by: shift.by, found } });
    }
    const at = pick(texts, cols);
    // (Text in both halves — one cell the converter cut in two, "Rà soát, đánh giá" | "thủ tục hành chính…" — is one text.)
    if (!shift) {
      for (const [k, from, to] of spans) {
        for (let c = from; c <= to; c++) {
          const t = texts[c];
          if (t && t !== at[k] && !(texts[c - 1] === t)) at[k] = at[k] ? joinText(at[k], t)! : t;
        }
      }
    }
    // "2 Mục tiêu 2: …" merged over the TT and the goal cells (a converter's page): the TT, then the goal.
    const both = at.tt && at.tt === at.goal ? splitTT(at.tt, false) : null;
    if (both) [at.tt, at.goal] = both;
    // (Atop a page, a line of its own may be the rest of the bullet the page broke: read as before.)
    const taskLine = sharedWork && splitWork(at, wasBreak ? '' : workOfLast(), () => {
      const next = rowTexts(nextOwnRow(r));
      return { work: textAt(next, cols.activity), own: !!(textAt(next, cols.product) || textAt(next, cols.lead) || textAt(next, cols.deadline)) };
    });
    // "Nt", "Như trên" or a lone "-" for a goal or a task: the one above, as an empty cell says.
    if (fillsDown) for (const k of ['goal', 'task'] as const) if (at[k] && (isSameAsAbove(at[k]) || isBlankText(at[k]))) at[k] = '';
    // The deadline typed one cell early, in an empty partners column: move it back (our own
    // normalized table was realigned already and is read as written).
    if (fillsDown && !shift && !at.deadline && at.partners && cols.partners !== undefined && cols.partners + 1 === cols.deadline && isPlainlyDate(at.partners)) {
      at.deadline = at.partners;
      at.partners = '';
      note({ code: 'shifted-row', severity: 'warning', row: sheetRow, column: 'deadline', detail: { by: -1 } });
    }
    for (let ki = 0; ki < keys.length; ki++) {
      const k = keys[ki];
      const c = cols[k];
      if (c === undefined) continue;
      if (isCovered(r, c)) appendix.mergedCells.add(`${sheetRow}:${k}`);
      const v: CellValue = row[c];
      // Only a non-string or a "#…" string can be a bad cell.
      if (typeof v === 'string' ? v.charCodeAt(0) !== 35 : v === null || v === undefined) continue;
      const err = cellError(v);
      if (err || (isText[ki] && isNonText(v))) {
        note({ code: 'bad-cell', severity: 'warning', row: sheetRow, column: k, detail: { value: err ?? cellText(v), what: err ? 'error' : 'nontext' } });
      }
    }

    // A Word table pasted into Excel: a cell's next paragraph takes a row of its own, the row's
    // other cells merged down over it. What the merges carry down is the row above's, not this row's.
    let fresh = at;
    if (below.size > 0 && keys.some((k) => below.has(`${r}:${cols[k]}`))) {
      fresh = { ...at };
      for (const k of keys) if (below.has(`${r}:${cols[k]}`)) fresh[k] = '';
    }
    let tt = fresh.tt;
    const ownLine = pendingTT;
    pendingTT = null;
    if (!tt && ownLine) tt = ownLine.tt;
    if (!tt && shift) tt = texts.slice(shift.from, shift.from + shift.by).find((t) => BARE_NUMBER.test(t)) ?? '';
    // A label carried down by a merge opens nothing on this row.
    const goalLabel = levels.goals ? labelNumber(fresh.goal, 'goals') : null;
    const taskLabel = levels.tasks ? labelNumber(fresh.task, 'tasks') : null;
    // An activity merged down over several rows is labelled once.
    const activityLabel = levels.activities && !isCovered(r, cols.activity) ? labelNumber(at.activity, 'activities') : null;
    if (periods) at.deadline = markedPeriods(periodSpans.length ? overPeriods(r, texts) : texts, periods, shift);
    // Office gives a date typed in the deadline column as its serial number (46387 = 31/12/2026).
    else if (cols.deadline !== undefined && typeof row[cols.deadline] === 'number') at.deadline = serialDateText(row[cols.deadline] as number) ?? at.deadline;
    const hasLabel = goalLabel !== null || taskLabel !== null || activityLabel !== null;
    let last = appendix.items.length - 1;

    // A row's TT printed on a middle line of it (one sheet row per printed line, the TT centred):
    // the line goes on the labelled lines above it, which had no TT.
    const workAbove = workOfLast();
    const ttMidRow =
      !!tt && !hasLabel && fillsDown && last >= 0 && appendix.items[last].section === section &&
      (wasBreak ? ttAfterBreak(fresh, layout, appendix.items[last], workAbove) : ttBelongsAbove(fresh, layout, appendix.items[last], sheetRow, appendix.labels[last] !== NO_LABELS, workAbove));
    if (ttMidRow) {
      appendix.items[last].tt = tt;
      seenTT = true;
    }
    // 2. A row split across a page break: no TT, no label, continues the row above.
    // (Its work cell merged down from the row above, in a Word table pasted into Excel: the same row's next paragraph,
    // with or without TT numbers in the table.)
    const workCol = cols[WORK_COLUMN[layout]];
    // (Not a row with a goal or task of its own: tasks sharing one activity's wording merged over their rows.)
    const pasted = fresh !== at && workCol !== undefined && below.has(`${r}:${workCol}`) && (layout === 'assignment' || (!fresh.goal && !fresh.task));
    if (ttMidRow || (!tt && !hasLabel && !taskLine && fillsDown && last >= 0 && appendix.items[last].section === section && (pasted || (continues(fresh, layout, seenTT, wasBreak, appendix.items[last], workAbove, () => seenTT && numbersEveryRow() && !leavesNumberFor(r, last) && !goesOnList(fresh, workAbove)) && !listsOwnWork(r, fresh) && !opensNumberedRow(r, fresh, appendix.items[last], wasBreak, workAbove) && !opensStep(r, fresh, appendix.items[last], wasBreak))))) {
      const prev = appendix.items[last];
      for (const k of keys) {
        const t = fresh[k];
        if (!t || k === 'tt') continue;
        if (k === 'goal') goal = goalOf[last] = extendEntity(goalOf[last], t);
        else if (k === 'task') task = taskOf[last] = extendEntity(taskOf[last], t);
        // (A line on a row of its own under cells merged down keeps its own line: "Quý II/2027" / "Quý IV/2027".)
        else prev[k] = fresh !== at && prev[k] ? `${prev[k]}\n${t}` : joinText(prev[k], t);
      }
      const more = extraParts(texts, mapped, cols, '', shift !== null);
      if (more) {
        const parts = joinParts(extraOf.get(prev), more);
        extraOf.set(prev, parts);
        prev.extra = extraText(parts, headings);
      }
      prev.rows.push(sheetRow);
      // (Under cells merged down over it — a Word table pasted into Excel — it is no page break: say so. Where no
      // break was seen, it may be a cell's text printed over several lines: the message says either.)
      note({ code: 'continuation', severity: 'info', row: sheetRow, column: null, detail: fresh !== at ? { of: prev.rows[0], merged: 1 } : wasBreak ? { of: prev.rows[0] } : { of: prev.rows[0], line: 1 } });
      continue;
    }
    if (tt) seenTT = true;

    // A row whose first page held only its TT and goal (a tall row, its cells centred, cut by the
    // break): its work on this page, without TT or goal, is that row's, not a row of its own.
    let carried: { rows: number[]; labels: ItemLabels } | null = null;
    if (wasBreak && !tt && !fresh.goal && fresh.activity && numberedWork && layout === 'standard' && last >= 0 && holdsGoalOnly(last, section)) {
      const prev = takeBackLast();
      carried = { rows: prev.rows, labels: prev.labels };
      tt = prev.tt ?? '';
      // Its goal opened there and has no task yet.
      task = null;
      last--;
      note({ code: 'continuation', severity: 'info', row: sheetRow, column: null, detail: { of: prev.rows[0] } });
    } else if (tt && !wasBreak && fillsDown && layout === 'standard' && isRestOfCell(fresh.activity) && last >= 0 && holdsWorkOnly(last, section, sheetRow)) {
      // Every cell centred on a row printed one line per sheet row: the tallest cell's first line ("Hoạt động 1: …")
      // sits above the TT and the goal and task labels, its rest beside them. That line opens this row.
      const prev = takeBackLast();
      carried = { rows: prev.rows, labels: prev.labels };
      at.activity = joinText(prev.activity, at.activity)!;
      last--;
      note({ code: 'continuation', severity: 'info', row: sheetRow, column: null, detail: { of: prev.rows[0], line: 1 } });
    }

    // An assignment task's first line printed at the foot of a page, read as the last line of the task above,
    // and its number and rest after the break ("2 | chính định kỳ …"): the line opens this row's task.
    if (!carried && wasBreak && layout === 'assignment' && !numbersRows && tt && cols.task !== undefined && isRestOfCell(fresh.task) && last >= 0 && tt !== appendix.items[last].tt) {
      const line = footLine(last);
      if (line) {
        const t = taskOf[last]!;
        t.text = t.text.slice(0, t.text.length - line.text.length - 1);
        t.key = undefined;
        appendix.items[last].rows.pop();
        const at2 = appendix.notes.findIndex((n) => n.code === 'continuation' && n.row === line.row);
        if (at2 >= 0) appendix.notes.splice(at2, 1);
        fresh.task = at.task = joinText(line.text, fresh.task)!;
        carried = { rows: [line.row], labels: NO_LABELS };
        note({ code: 'continuation', severity: 'info', row: sheetRow, column: 'task', detail: { of: line.row } });
      }
    }

    // 3. A new item. Empty goal/task cells mean the same goal/task as above.
    let taskRest = false;
    // (A merged cell's text on the rows under its first is the entity its first row opened: `fresh` leaves it out.)
    // A sentence of its own without a label, on a row that opens the next labelled task, where the next goal's label
    // leaves a number out: a goal whose label was left out, not the tail of the one above (nor under a goal cut
    // mid-phrase, "… của" / "UBND xã …").
    const ownGoal: boolean =
      goalLabel === null && !wasBreak && taskLabel !== null && task !== null && task.label !== null && taskLabel !== task.label && STARTS_UPPER.test(fresh.goal) && !GOES_ON_SENTENCE.test(fold(fresh.goal)) &&
      goal !== null && goal.label !== null && !endsUnfinished(goal.text) && !waitsForPlatform(goal.text, fresh.goal) && (nextLabelAfter(r, 'goal') ?? 0) >= goal.label + 2;
    if (header.columns.goal !== undefined) goal = fillsDown || at.goal ? nextEntity(goal, fresh.goal, goalLabel ?? undefined, { tails: fillsDown && !ownGoal, rest: restOfAbove(wasBreak, sheetRow, fresh.goal, goal, goalLabel, 'goal', goalOf), pages: fillsDown }) : null;
    // Only goals run on as unlabelled tails: a task without a label on its own row is a task.
    if (header.columns.task !== undefined) {
      // A task written again under another goal is that goal's task; left empty (or merged down,
      // or in a normalized table that writes every cell) it stays the one above.
      // The same label again ("Nhiệm vụ 1" filled down from a merged cell) is the same task too.
      const sameGoal: boolean = !task || task.owner === goal || !at.task || isCovered(r, cols.task) || !fillsDown || (taskLabel !== null && task.label === taskLabel);
      // A new goal on a row of its own (the staircase: goal row, task row, activities) heads its
      // own tasks: the task above belongs to the goal before.
      const goalHeading = goal !== null && goal !== goalOf[last] && !at.task && !at.activity && !at.product && !at.lead && !at.deadline;
      // In the assignment layout the TT numbers the tasks: a row with a number of its own holds its own task,
      // even when its text opens in lower case after a page break (its first words lost, or above the break).
      // Not where the table numbers rows under one task (a number beside an empty task cell), nor after a cell cut off.
      // (Nor a task opening afresh, next in the numbering, with its product, lead and deadline: see nextWholeTask.)
      const ownNumber: boolean =
        layout === 'assignment' && !numbersRows && !!tt && !!fresh.task && last >= 0 && tt !== appendix.items[last].tt &&
        ((STARTS_LOWER.test(fresh.task) && task !== null && !endsUnfinished(task.text)) || nextWholeTask(tt, fresh, appendix.items[last], task));
      if (layout === 'assignment' && tt && !fresh.task && !at.task && task !== null && !goalHeading) numbersRows = true;
      if (goalHeading) task = null;
      else task = fillsDown || at.task ? nextEntity(sameGoal ? task : null, fresh.task, taskLabel ?? undefined, {
        // (Not a sentence opening afresh under a task that ended on its full stop: a task whose label was left out.)
        tails: fillsDown && !tt && !(taskLabel === null && task !== null && task.label !== null && task.text.endsWith('.') && STARTS_UPPER.test(fresh.task) && !GOES_ON_SENTENCE.test(fold(fresh.task)) && nextLabelAfter(r, 'task') === task.label + 2),
        rest: (taskRest = !ownNumber && !subNumbered(tt, last) && restOfAbove(wasBreak, sheetRow, fresh.task, sameGoal ? task : null, taskLabel, 'task', taskOf)),
        pages: fillsDown,
      }) : null;
      if (task && task.owner === undefined) task.owner = goal;
    }
    const item: Item = {
      rows: carried ? [...carried.rows, sheetRow] : ownLine && tt === ownLine.tt ? [ownLine.row, sheetRow] : [sheetRow],
      area: section >= 0 ? appendix.sections[section].code : null,
      section,
      tt: tt || null,
      goal: null,
      task: null,
      // "Như trên" for an activity (under another task): the activity above, done again.
      activity: fillsDown && at.activity && isSameAsAbove(at.activity) && last >= 0 && appendix.items[last].section === section ? appendix.items[last].activity ?? at.activity : at.activity || null,
      product: orAbove(at.product, 'product'),
      lead: orAbove(at.lead, 'lead'),
      partners: orAbove(at.partners, 'partners'),
      deadline: orAbove(at.deadline, 'deadline'),
      monitor: orAbove(at.monitor, 'monitor'),
      extra: null,
    };
    const otherText = extraParts(texts, mapped, cols, tt, shift !== null);
    if (otherText) {
      extraOf.set(item, otherText);
      item.extra = extraText(otherText, headings);
    }
    // Only a label that opens a new entity counts for numbering.
    const goalOpens = goal !== null && goal !== goalOf[last] && at.goal !== '' && goal.label !== null;
    const taskOpens = task !== null && task !== taskOf[last] && at.task !== '' && task.label !== null;
    let labels: ItemLabels = NO_LABELS;
    if (goalOpens || taskOpens || activityLabel !== null) {
      labels = {};
      if (goalOpens) labels.goals = goal!.label!;
      if (taskOpens) labels.tasks = task!.label!;
      if (activityLabel !== null) labels.activities = activityLabel;
      // "Hoạt động 1, 2: …": one cell numbered as two activities.
      const listed = activityLabel !== null ? listedLabels(at.activity, 'activities') : [];
      if (listed.length) labels.more = { ...labels.more, activities: listed };
      // Two labelled goals (or tasks, over activities) written in one cell: each one counts.
      if (goalOpens) moreLabels(goal!, 'goals', labels);
      if (taskOpens && layout === 'standard') moreLabels(task!, 'tasks', labels);
    }
    // The goal the row's first page opened is this row's.
    if (carried && carried.labels !== NO_LABELS) labels = { ...carried.labels, ...labels };
    // "Hoạt động 1: …⏎Hoạt động 2: …": labelled activities (tasks, in the assignment layout)
    // written in one cell are items of their own.
    const parts =
      layout === 'standard'
        ? activityLabel !== null && holdsSeveral(at.activity, 'activities') ? labelledLines(at.activity, 'activities') : null
        : taskLabel !== null && holdsSeveral(at.task, 'tasks') ? labelledLines(at.task, 'tasks') : null;
    const each = parts && parts.length > 1 ? parts : [null];
    each.forEach((part, k) => {
      // The row's TT numbers its first part only (no "1 after 1" for the rest).
      const one = k === 0 ? item : { ...item, rows: [sheetRow], tt: null };
      let own = labels;
      let itsTask = task;
      if (part && layout === 'standard') {
        one.activity = part.text;
        own = k === 0 ? { ...labels, activities: part.n } : { activities: part.n };
      } else if (part) {
        itsTask = task = { text: part.text, label: part.n, owner: goal };
        own = k === 0 ? { ...labels, tasks: part.n } : { tasks: part.n };
      }
      goalOf.push(goal);
      taskOf.push(itsTask);
      // Our normalized table writes every row's task out: the one above, written again, is carried.
      const again = !fillsDown && taskOf.length > 1 && taskOf[taskOf.length - 2] === itsTask;
      appendix.taskFrom!.push(k > 0 ? 'own' : taskRest ? 'rest' : fresh.task === '' || isCovered(r, cols.task) || again ? 'above' : 'own');
      appendix.items.push(one);
      appendix.labels.push(own);
      if (one.tt && one.activity) numberedWork = true;
      if (section >= 0) appendix.sections[section].items.push(appendix.items.length - 1);
    });
  }

  const compared = appendix.keys;
  appendix.items.forEach((it, i) => {
    const t = taskOf[i];
    it.goal = goalOf[i]?.text ?? null;
    it.task = t?.text ?? null;
    compared.task.push(t ? entityKey(t) : null);
    compared.activity.push(it.activity ? toneKey(it.activity) : null);
  });
  if (layout === 'assignment') lendToSubTasks(appendix);
  for (const s of appendix.sections) s.counts = countSection(appendix, s, layout, goalOf, taskOf);
  return appendix;
}



const ROMAN_START = /^[IVX]/i;
/** "PHỤ LỤC II", "Phụ lục 2 …": an appendix's title. */
const OTHER_APPENDIX = /^phu luc\s+([ivx]+|\d+)\b/;
/** Another appendix's title: numbered, and not this one's own ("Phụ lục I: …" printed atop every page of appendix I). */
function isOtherAppendix(line: string, titleLines: readonly string[]): boolean {
  const m = OTHER_APPENDIX.exec(fold(line));
  if (!m) return false;
  const own = titleLines.map((t) => OTHER_APPENDIX.exec(fold(t))?.[1]).find(Boolean);
  return own !== undefined ? own !== m[1] : !titleLines.some((t) => fold(t) === fold(line));
}
/** "Năm 2028", "GIAI ĐOẠN 2026 - 2030": a caption over a year's rows. */
const YEAR_CAPTION = /^(năm|giai đoạn)\s+\d{4}(\s*[-–]\s*\d{4})?:?$/iu;
/** "Nhiệm vụ trọng tâm:", "Nhiệm vụ thường xuyên", "Nhóm nhiệm vụ về …": a heading over a group of tasks, in ordinary case. */
const GROUP_HEADING = /^(?:cac\s+)?(?:nhom\s+nhiem vu\b|(?:nhiem vu|hoat dong)\s+(?:trong tam|thuong xuyen|cu the|chu yeu|uu tien|dot xuat|khac|chung)\b(?:\s+(?:nam\s+\d{4}|hang\s+nam))?(?:\s*:)?\s*$)/;
/** "1. Kiểm soát thủ tục hành chính": a numbered line, a heading when alone on its row over rows numbered afresh. */
const NUMBERED_LINE = /^\d{1,2}\s*[.)]\s+\p{Lu}/u;
/** "1. Về kiểm soát thủ tục hành chính", "2) Lĩnh vực …": a numbered heading, when alone on its row (a group's words after the number). */
const NUMBERED_HEADING = /^\d{1,2}\s*[.)]\s+(?:Về|Nhóm|Lĩnh vực|Công tác|Đối với|Trong lĩnh vực)\s/u;
/** "a) Kiểm soát thủ tục hành chính", "b. Một cửa": a lettered heading. */
const LETTER_HEADING = /^[a-zđ]\s?[.)]\s+\p{L}/u;
/** A list's bullet: "- …", "+ …", "• …". */
const BULLET = /^\s*[-+•–*]\s/;
/** Does the next row hold work a task line heads: a bullet, or an activity with its own product, lead or deadline? */
function headsWork(next: { work: string; own: boolean }): boolean {
  return !!next.work && (BULLET.test(next.work) || next.own);
}

/** A document's name opening a line ("Luật Tổ chức chính quyền địa phương", "Nghị quyết số 76/NQ-CP"): the rest of the line above. */
const DOCUMENT_OPENS = /^(?:Luật|Bộ luật|Hiến pháp|Nghị quyết|Nghị định|Quyết định số|Thông tư|Chỉ thị|Công văn|Kế hoạch số)\s/u;
/** A bullet stopping on a verb whose object is a document ("… tuyên truyền, phổ biến" / "Luật …"). */
const WANTS_DOCUMENT = /\s(?:phổ biến|triển khai|thực hiện|quán triệt|tuyên truyền|hướng dẫn|giới thiệu|học tập|tập huấn|ban hành|sửa đổi|sơ kết|tổng kết)$/u;

/** A name's first words, which never end a text: "… tại Trung tâm", "… gửi Văn phòng", "… trên Hệ thống". */
const NAME_OPENS = /\s(?:Trung tâm|Văn phòng|Phòng|Cổng|Hệ thống)$/u;
/** A sentence of its own: opens with a capital. */
const STARTS_UPPER = /^\p{Lu}/u;
/** A part of the plan ("PHẦN I", "Phần thứ nhất") or a lettered heading ("A."). */
const PART_HEADING = /^\s*(?:phần|phan)\b|^\s*[A-GĐ]\s*[.)]/i;

/**
 * A row of a shared "Nhiệm vụ/Hoạt động" column holds a task or an activity: its label says which;
 * without one, a row numbered or under a goal with nothing else written is a task heading, any
 * other an activity (a fragment after a page break then joins the activity above). True when it holds a task.
 */
function splitWork(at: Record<ColumnKey, string>, workAbove: string, nextRow: () => { work: string; own: boolean }): boolean {
  const text = at.activity;
  if (!text) return false;
  const alone = !at.product && !at.lead && !at.deadline;
  // (Under activities written as "- …" bullets, a line of its own opening afresh without one is the next task,
  // heading work of its own: bullets, or an activity with its product, lead or deadline.)
  // (Not the rest of a bullet cut mid-phrase, "… lên" / "Cơ sở dữ liệu quốc gia …", or on a name's first words,
  // "… tại Trung tâm" / "Phục vụ hành chính công".)
  const underBullets =
    BULLET.test(workAbove) && !endsUnfinished(workAbove) && !NAME_OPENS.test(workAbove) && !BULLET.test(text) && STARTS_UPPER.test(text) && !(DOCUMENT_OPENS.test(text) && WANTS_DOCUMENT.test(workAbove)) && alone && headsWork(nextRow());
  const task = labelNumber(text, 'activities') === null && (labelNumber(text, 'tasks') !== null || ((!!at.tt || !!at.goal || underBullets) && alone));
  if (task) at.activity = '';
  else at.task = '';
  return task;
}

/**
 * "VIII. CÔNG TÁC THANH TRA, KIỂM TRA CÔNG VỤ" after "V. … CÔNG CHỨC, VIÊN CHỨC": a section numbered
 * after every area so far, naming an area's word in passing, worded otherwise than that area's
 * section. A local section of its own, not the area again.
 */
function localSection(head: SectionHead, sections: readonly Section[]): boolean {
  if (head.code === null || head.numeral === null || !romanNumeral(head.numeral) || CONTINUED.test(fold(head.title))) return false;
  const earlier = sections.find((s) => s.code === head.code);
  if (!earlier || fold(earlier.title) === fold(head.title) || namesArea(head.title, head.code)) return false;
  const n = romanValue(head.numeral);
  return sections.every((s) => s.numeral !== null && romanNumeral(s.numeral) !== null && romanValue(s.numeral) < n);
}

/** Words a section title opens with before the area's name ("Cải cách", "Xây dựng và nâng cao chất lượng"). */
const TITLE_OPENING = /^(?:(?:cai cach|cong tac|xay dung|phat trien|nang cao|tang cuong|day manh|hoan thien|thuc hien|tiep tuc|doi moi|chat luong|che do|va)[ ,]+)*/;

/** Is the area's name what the title is about (it opens the title), not a word it mentions in passing? */
function namesArea(title: string, code: AreaCode): boolean {
  const f = fold(title).replace(TITLE_OPENING, '');
  return AREAS.find((a) => a.code === code)!.pattern.exec(f)?.index === 0;
}


/** The texts of an item's cells, one field per column (one object shape for every row). */
function pick(texts: readonly string[], cols: Partial<Record<HeaderKey, number>>): Record<ColumnKey, string> {
  return {
    tt: textAt(texts, cols.tt),
    goal: textAt(texts, cols.goal),
    task: textAt(texts, cols.task),
    activity: textAt(texts, cols.activity),
    product: textAt(texts, cols.product),
    lead: textAt(texts, cols.lead),
    partners: textAt(texts, cols.partners),
    deadline: textAt(texts, cols.deadline),
    monitor: textAt(texts, cols.monitor),
  };
}

/** How a list item opens: its bullet ("-", "+", "•"), or "a)" for a lettered one; null for no list item. */
function listMark(text: string): string | null {
  const m = /^([-+•–])\s|^[a-zđ]\)\s/u.exec(text);
  return m ? (m[1] ?? 'a)') : null;
}

function textAt(texts: readonly string[], c: number | undefined): string {
  return c === undefined ? '' : texts[c] ?? '';
}

/**
 * Under the header repeated at a page break, its wrapped words: each the same as under the
 * first header, or the end of a repeated cell that makes it whole ("Kết quả/Sản" + "phẩm").
 */
function isTailAgain(texts: readonly string[], repeated: readonly string[], first: readonly string[], tails: ReadonlySet<string>): boolean {
  let any = false;
  for (let c = 0; c < texts.length; c++) {
    const t = texts[c];
    if (!t) continue;
    // ("Kết quả/" | "Sản phẩm" makes "Kết quả/Sản phẩm": compared without spaces, folded.)
    if (!tails.has(t) && !(repeated[c] && first[c] && unspaced(`${repeated[c]}${t}`) === unspaced(first[c]))) return false;
    any = true;
  }
  return any;
}

function unspaced(s: string): string {
  return fold(s).replace(/ /g, '');
}

/** A cell that opens afresh: a capital, a digit ("100% …") or a letter numbering it ("b) …"), not the lower-case rest of a sentence. */
/** "Trong đó …", "Cụ thể …", "Đồng thời …": a sentence that goes on from the one before, never a goal or task of its own ("Cụ thể hóa …" is a verb: it may be one). */
const GOES_ON_SENTENCE = /^(?:trong do|cu the(?! hoa)|bao gom|gom|dong thoi|theo do|ngoai ra|qua do)\b/;
const OPENS_AFRESH = /^(?:[\p{Lu}\d]|[a-zđ][.)]\s)/u;

/**
 * The next task by number, opening afresh with its product, lead and deadline, under a task that had all three:
 * its own, after a page break too ("… hằng năm và giai đoạn" at the foot of a page is that task's whole text).
 * A word that cannot end the task above ("… theo Quyết định của" / "Ủy ban nhân dân tỉnh …") still carries it on.
 */
function nextWholeTask(tt: string, fresh: Record<ColumnKey, string>, above: Item, task: Entity | null): boolean {
  return (
    /^\d+$/.test(tt) && Number(tt) === Number(above.tt) + 1 && STARTS_UPPER.test(fresh.task) &&
    !!(fresh.product && fresh.lead && fresh.deadline) && !!(above.product && above.lead && above.deadline) &&
    task !== null && !needsNextWord(task.text)
  );
}
