import { COLUMNS, type HeaderKey, type Layout } from './glossary';
import { anyLabel } from './labels';
import { fold, memo } from './text';

export interface HeaderMatch {
  /** Grid column index of each recognized column. */
  columns: Partial<Record<HeaderKey, number>>;
  texts: Partial<Record<HeaderKey, string>>;
}

/** Header cells are short titles; data cells are sentences. */
const MAX_HEADER_CELL = 60;
/** "1. Mục tiêu", "(2) Nhiệm vụ", "3) Hoạt động" → the title alone. */
const NUMBERING = /^\(?\d{1,2}\s*[.)]?\s*/;

/** Short data cells repeat (unit names, deadlines) and are asked about on every row. */
const knownKey = memo(findHeaderKey, 20_000);

const GLOSS = /(?<=\S)\s*\([^()]*\)$/;

/** A header cell's name: a long gloss in brackets after a short name is no sentence ("Thời gian hoàn thành (dự kiến, theo kế hoạch của …)"). */
function nameText(text: string): string {
  return text.length <= MAX_HEADER_CELL || text.charCodeAt(text.length - 1) !== 41 /* ) */ ? text : text.replace(TRAILING_GLOSS, '');
}
const TRAILING_GLOSS = /\s*\([^()]*\)\s*$/;

/** Too long for a header cell, even without a gloss in brackets. */
function isSentence(text: string): boolean {
  return nameText(text).length > MAX_HEADER_CELL;
}

/** The column a header cell names, or null. */
export function headerKey(text: string): HeaderKey | null {
  if (!text) return null;
  const name = nameText(text);
  return name && name.length <= MAX_HEADER_CELL ? knownKey(name) : null;
}

function findHeaderKey(text: string): HeaderKey | null {
  if (anyLabel(text)) return null;
  const f = fold(text).replace(NUMBERING, '').replace(/[*:]+$/, '').trim();
  if (!f || COUNT_OF.test(f)) return null;
  // "TT (No.)": a gloss in brackets after the name adds nothing ("Đơn vị (chủ trì)" is named by it).
  const named = nameOf(f);
  if (named) return named;
  const plain = f.replace(GLOSS, '');
  const glossed = plain !== f && plain ? nameOf(plain) : null;
  if (glossed) return glossed;
  // "Chủtrì", "Thờigian hoàn thành": a PDF's line break inside a name, glued. Short cells only.
  if (f.length > 40) return null;
  // ("Đơnvịchủtrì": after a generic opening glued too.)
  const whole = f.replace(/\s+/g, '');
  // (The opening may be the name's own first word: "Đơn vịthực hiện".)
  for (const glued of [whole.replace(GLUED_OPENING, ''), whole]) for (const c of GLUED) if (c.pattern.exec(glued)?.index === 0) return c.key;
  return null;
}

/** "Số mục tiêu", "Số lượng sản phẩm": a column of numbers per row (another column), not the goals or products themselves. */
const COUNT_OF = /^(?:so|tong so|so luong|ty le)\s+(?:cac\s+)?(?:muc tieu|chi tieu|nhiem vu|hoat dong|san pham|ket qua)\b/;

/** The column names without their spaces, to find names glued by a PDF's line break (item columns only). */
const GLUED = COLUMNS.filter((c) => c.key !== 'tt' && c.key !== 'area').map((c) => ({ key: c.key, pattern: new RegExp(c.pattern.source.replace(/ \?/g, '').replace(/ /g, '')) }));

function nameOf(f: string): HeaderKey | null {
  // "Cơ quan, đơn vị chủ trì", "Nội dung mục tiêu": the column's name after a generic opening.
  const bare = f.replace(GENERIC_OPENING, '');
  return (bare !== f ? namedColumn(bare, true) : null) ?? namedColumn(f, false);
}

const LEAD = COLUMNS.find((c) => c.key === 'lead')!.pattern;
const PARTNERS = COLUMNS.find((c) => c.key === 'partners')!.pattern;

/**
 * A lead column's header that names the partners too ("Đơn vị chủ trì, phối hợp"), or names the units
 * that carry the work out, lead and partners alike ("Đơn vị thực hiện", "Cơ quan thực hiện"): no
 * partners column is missing.
 */
export function leadNamesPartners(leadHeader: string): boolean {
  const f = fold(leadHeader);
  return PARTNERS.test(f) || CARRIED_OUT_BY.test(f);
}
const CARRIED_OUT_BY = /^(\d+\.\s*)?(don vi|co quan|bo phan)( \/ \S+)?,? thuc hien$/;

/** GENERIC_OPENING without its spaces. */
const GLUED_OPENING = /^(?:noidung|coquan|donvi|tochuc|canhan|[,/])+(?=\S)/;
const GENERIC_OPENING = /^(?:(?:noi dung|co quan|don vi|to chuc|ca nhan)[\s,/]*(?:va\s+)?)+(?=\S)/;

/** The column a folded header text names: the name must open the cell ("Đơn vị chủ trì"), not sit in a sentence. */
function namedColumn(f: string, itemColumnsOnly: boolean): HeaderKey | null {
  for (const c of COLUMNS) {
    if (itemColumnsOnly && (c.key === 'tt' || c.key === 'area')) continue;
    const m = c.pattern.exec(f);
    if (m && m.index <= 12) {
      // "Đơn vị chủ trì, phối hợp": the lead unit's column, which names its partners too.
      if (c.key === 'partners' && (LEAD.exec(f)?.index ?? Infinity) < m.index) return 'lead';
      return c.key;
    }
  }
  return null;
}

const MERGED_TT = /^(?:s?tt|so tt)\s+\S/;

const WORK_BOTH = /nhiem vu\s*[/,;-]?\s*(va\s+)?(cac\s+)?hoat dong/;

/** Recognize a header row from its cell texts; null when it is not one. */
export function matchHeader(texts: readonly string[]): HeaderMatch | null {
  const columns: Partial<Record<HeaderKey, number>> = {};
  const found: Partial<Record<HeaderKey, string>> = {};
  let n = 0;
  let secondTask = -1;
  for (let c = 0; c < texts.length; c++) {
    // "TT 1. Mục tiêu" merged over two cells (a converter joining the narrow TT column to the next): the TT, then the other.
    if (columns.tt === undefined && texts[c] && texts[c + 1] === texts[c] && MERGED_TT.test(fold(texts[c]))) {
      columns.tt = c;
      found.tt = texts[c];
      n++;
      continue;
    }
    const key = headerKey(texts[c]);
    // (The same text again is a merged cell's copy over a spacer column, not a second column naming the work.)
    if (key === 'task' && columns.task !== undefined && secondTask < 0 && texts[c] !== found.task) secondTask = c;
    // "Thời gian bắt đầu | Thời gian hoàn thành", "Thời gian thực hiện | Thời hạn hoàn thành": the deadline is when the work ends.
    if (key === 'deadline' && columns.deadline !== undefined && endsLater(fold(found.deadline!), fold(texts[c]))) {
      columns.deadline = c;
      found.deadline = texts[c];
      continue;
    }
    if (key && columns[key] === undefined) {
      columns[key] = c;
      found[key] = texts[c];
      n++;
    }
  }
  // "Nhiệm vụ/Hoạt động": one column for both. Without a goal column it is the assignment
  // layout's task column; beside one, tasks and activities share it (told apart row by row).
  if (columns.activity !== undefined && columns.task === undefined && WORK_BOTH.test(fold(found.activity!))) {
    columns.task = columns.activity;
    found.task = found.activity;
    if (columns.goal === undefined) {
      delete columns.activity;
      delete found.activity;
    }
  }
  // "Nhiệm vụ | Nội dung công việc": the second column naming the work is the activity.
  if (columns.activity === undefined && secondTask >= 0) {
    columns.activity = secondTask;
    found.activity = texts[secondTask];
    n++;
  }
  // "Lĩnh vực" past an empty column, right of the whole header: a second table beside the appendix
  // ("STT | Lĩnh vực | Số nhiệm vụ"), not an area column of this one.
  if (columns.area !== undefined) {
    const others = Object.entries(columns).filter(([k]) => k !== 'area').map(([, c]) => c!);
    const left = Math.max(-1, ...others);
    if (left < columns.area && texts.slice(left + 1, columns.area).some((t) => !t)) {
      delete columns.area;
      delete found.area;
      n--;
    }
  }
  const hasWork = columns.task !== undefined || columns.activity !== undefined;
  const hasWho = columns.lead !== undefined || columns.deadline !== undefined || columns.product !== undefined;
  return n >= 3 && hasWork && hasWho ? { columns, texts: found } : null;
}

/** The same header again (a page break): most of its columns named again. */
export function isRepeatedHeader(texts: readonly string[], header: HeaderMatch): boolean {
  // Cheap exits first: this runs on every row. A header has no sentence-long cell.
  let short = 0;
  for (const t of texts) {
    if (!t) continue;
    if (isSentence(t)) return false;
    short++;
  }
  if (short < 3) return false;
  const m = matchHeader(texts);
  if (!m) return false;
  const keys = Object.keys(header.columns) as HeaderKey[];
  const again = keys.filter((k) => m.columns[k] !== undefined).length;
  return again * 2 >= keys.length;
}

const STARTS = /bat dau|khoi dau|\btu ngay\b|^tu$/;
const ENDS = /hoan thanh|ket thuc|thoi han|\bden ngay\b/;

/** Of two time columns (folded names), is the second the end (the deadline) where the first is the start or the span of the work? */
export function endsLater(first: string, second: string): boolean {
  if (STARTS.test(second)) return false;
  return STARTS.test(first) || (ENDS.test(second) && !ENDS.test(first));
}
const START_CELL = /^(thoi gian |ngay |thang |nam )?(bat dau|tu|tu ngay|tu thang)$/;
const END_CELL = /^(thoi gian |ngay |thang |nam )?(ket thuc|hoan thanh|den|den ngay|den thang)$/;

const COLUMN_NUMBER = /^\(?(\d{1,2})\)?\.?$/;
/** Column codes some tables add beside numbers: "A", "B", "(C)". */
const COLUMN_LETTER = /^\(?([A-H])\)?$/;

/** A year, or a letter heading ("A. …"): what no column's name holds. */
const NOT_A_NAME = /\b(19|20)\d\d\b|^[A-G]\s*[.)]\s/;

/**
 * A row under the header that only names columns ("Chủ trì | Phối hợp" under a
 * merged "Đơn vị thực hiện") or numbers them ("(1) (2) (3)…"). Returns the
 * columns it names (none for a numbers row), or null when it is not such a row.
 */
export function matchSubHeader(texts: readonly string[], minKeys = 1, above?: readonly string[]): Partial<Record<HeaderKey, number>> | null {
  // Runs on every body row: a sentence-long cell rules the row out before any matching.
  for (const t of texts) if (isSentence(t)) return null;
  const keys: Partial<Record<HeaderKey, number>> = {};
  let filled = 0;
  let named = 0;
  const numbers: number[] = [];
  /** Column of each number: a number merged over two columns repeats in the next one. */
  const numberAt: number[] = [];
  let letters = 0;
  for (let c = 0; c < texts.length; c++) {
    const t = texts[c];
    if (!t) continue;
    // A header cell merged down over both rows repeats its text ("Ghi chú", "Kinh phí"): it names nothing new.
    if (above && above[c] === t) continue;
    filled++;
    const n = COLUMN_NUMBER.exec(t);
    if (n) {
      numbers.push(Number(n[1]));
      numberAt.push(c);
      continue;
    }
    if (COLUMN_LETTER.test(t)) {
      letters++;
      continue;
    }
    // "Bắt đầu | Kết thúc" under "Thời gian thực hiện": the end is the deadline, the start names nothing we keep.
    const f = t.length <= 24 ? fold(t) : '';
    if (START_CELL.test(f)) {
      named++;
      continue;
    }
    // "Tổng số | Ngân sách tỉnh | Ngân sách xã" under a merged "Kinh phí dự kiến": the parts of a column outside the model
    // (not a model column's name cut over two rows, "Số" over "TT").
    if (above && underOtherHeading(above, c) && isPartName(t) && headerKey(t) === null && headerKey(`${above[c]} ${t}`) === null) {
      named++;
      continue;
    }
    // "A. NHIỆM VỤ NĂM 2027", "PHẦN I. NỘI DUNG…", "Tổng: 01 mục tiêu…": a heading or a total under the header, no column name.
    if (NOT_A_NAME.test(t) || /^(phan|tong|cong)\b/.test(fold(t.slice(0, 8)))) return null;
    // ("thực hiện", "hoàn thành" under "Thời gian": a name wrapped onto the second row, named by both.)
    const k = END_CELL.test(f) ? 'deadline' : headerKey(t) ?? (above ? headerKey(wrappedName(above, c, t)) : null);
    // (In the body a column's name opens with a capital: "mục tiêu tỉnh giao", "thời gian quy định" are the ends of
    // sentences. Right under the header a name's wrapped rest may not: "Thời gian" / "hoàn thành".)
    if (!k || (!above && /^\p{Ll}/u.test(t))) return null;
    if (keys[k] === undefined) {
      keys[k] = c;
      named++;
    } else if (k === 'deadline' && above && endsLater(fold(wrappedName(above, keys[k]!, texts[keys[k]!])), fold(wrappedName(above, c, t)))) {
      // "Thời gian thực hiện | Thời gian hoàn thành" written over two rows: the deadline is the second.
      keys[k] = c;
    }
  }
  if (filled === 0) return null;
  if (named === 0) {
    // Column numbers run 1, 2, 3... (or from any start) across at least three columns.
    // (A number merged over two columns, under a header cell merged the same way, is in both: "4 | 4".)
    const run = numbers.length + letters >= 3 && numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1 || (n === numbers[i - 1] && numberAt[i] === numberAt[i - 1] + 1));
    return run ? keys : null;
  }
  return named >= minKeys ? keys : null;
}

/** A second header row's cell with the first row's words above it: "Thời gian" / "hoàn thành" → "Thời gian hoàn thành". */
export function wrappedName(above: readonly string[], c: number, t: string): string {
  return above[c] && above[c] !== t && /^\p{Ll}/u.test(t) ? `${above[c]} ${t}` : t;
}

/** Column c lies under a header cell (its own, or one merged over it from the left) that names no column of the model. */
function underOtherHeading(above: readonly string[], c: number): boolean {
  let h = c;
  while (h > 0 && !above[h]) h--;
  return !!above[h] && headerKey(above[h]) === null;
}

/** A short name: letters first, no number, no sentence. */
function isPartName(t: string): boolean {
  return t.length <= 40 && /^\p{L}/u.test(t) && !/\d/.test(t);
}

export function layoutOf(columns: Partial<Record<HeaderKey, number>>): Layout {
  return columns.goal !== undefined || columns.activity !== undefined ? 'standard' : 'assignment';
}
