import { AREAS, JOINED_AREA, type AreaCode, type Level } from './glossary';
import type { Declared } from './model';
import { anyLabel } from './labels';
import { fold, ocrNumeral, ROMAN_SOURCE, romanNumeral } from './text';

export interface SectionHead {
  /** "I".."X", or the Arabic number of an area numbered 1, 2, 3...; null when unnumbered. */
  numeral: string | null;
  /** Numbered 1, 2, 3: the number sits where items keep their TT. */
  arabic?: boolean;
  title: string;
  code: AreaCode | null;
  declared: Declared | null;
}

/**
 * The reform area a section title names, whatever its wording, case or diacritics. A title
 * naming two ("CẢI CÁCH THỦ TỤC HÀNH CHÍNH GẮN VỚI CHUYỂN ĐỔI SỐ") is the one it names first.
 */
export function matchArea(title: string): AreaCode | null {
  const found = areaOf(title);
  // "CẢI CÁCH TÀl CHÍNH CÔNG": a lower-case "l" inside a word in capitals is a scan's "I".
  if (found === null && OCR_L.test(title)) return areaOf(title.replace(OCR_L_ALL, 'I'));
  return found;
}
const OCR_L = /\p{Lu}l|l\p{Lu}/u;
const OCR_L_ALL = /(?<=\p{Lu})l|l(?=\p{Lu})/gu;

function areaOf(title: string): AreaCode | null {
  const f = fold(title).replace(/\([^)]*\)/g, ' ');
  // Our English normalized table names each area by its English name.
  const english = ENGLISH_NAMES.get(f.trim());
  if (english) return english;
  let best: AreaCode | null = null;
  let at = Infinity;
  for (const a of AREAS) {
    const m = a.pattern.exec(f);
    if (m && m.index < at) {
      at = m.index;
      best = a.code;
    }
  }
  return best;
}

const ENGLISH_NAMES = new Map(AREAS.map((a) => [fold(a.en), a.code]));

/** Numbers written in words ("bốn mục tiêu", "hai mươi mốt hoạt động"), folded. */
const NUMBER_WORDS = ['mot', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin'];
const DIGIT = NUMBER_WORDS.join('|');
// (At most three digits, not after a dash or a digit: "giai đoạn 2026-2030 Nhiệm vụ 1" declares no 2030 tasks;
// after "/" only when a word stands before it, "2MT/2NV/3HĐ", never in a date or a number "15/12".)
const N = `((?<![\\d-])(?<!\\d/)\\d{1,3}(?![\\d/])|\\b(?:(?:(?:${DIGIT}) )?muoi(?: (?:${DIGIT}|tu|lam))?|${DIGIT})\\b)`;
/** "4 mục tiêu", "Mục tiêu: 04", "MT: 02", "04 MT", "bốn mục tiêu" (the number may come after a colon, never after a label's space). */
const DECLARED: Record<Level, RegExp> = {
  // (And in English, as our English normalized table writes them: "4 goals; 5 tasks; 6 activities".)
  goals: new RegExp(`${N}\\s*(?:muc tieu|mt\\b|goals?\\b)|(?:muc tieu|\\bmt)\\s*:\\s*(\\d+)`),
  tasks: new RegExp(`${N}\\s*(?:nhiem vu|nv\\b|tasks?\\b)|(?:nhiem vu|\\bnv)\\s*:\\s*(\\d+)`),
  activities: new RegExp(`${N}\\s*(?:noi dung\\s+)?(?:hoat dong|hd\\b|activit(?:y|ies)\\b)|(?:hoat dong|\\bhd)\\s*:\\s*(\\d+)`),
};
/** "4", "04", "bốn", "mười hai", "hai mươi mốt" → 4, 4, 4, 12, 21. */
function countOf(written: string): number {
  if (/^\d/.test(written)) return Number(written);
  const words = written.split(' ');
  const unit = (w: string | undefined): number => (!w ? 0 : w === 'lam' ? 5 : w === 'tu' ? 4 : NUMBER_WORDS.indexOf(w) + 1);
  const at = words.indexOf('muoi');
  if (at < 0) return unit(words[0]);
  return (at === 0 ? 1 : unit(words[0])) * 10 + unit(words[at + 1]);
}

/** A title folded for its counts, with what a scan's text recognition misreads in them: "O2" for 02, "l mục tiêu" for 1. */
function countsText(text: string): string {
  return fold(text).replace(/\bo(?=\d)/g, '0').replace(/\bl(?= ?(?:muc tieu|nhiem vu|hoat dong)\b)/g, '1');
}

/** Counts written in a title: "(4 mục tiêu; 5 nhiệm vụ; 6 hoạt động)", "(04 Mục tiêu, 05 Nhiệm vụ...)". */
export function parseDeclared(title: string): Declared | null {
  const f = countsText(title);
  const d: Declared = { goals: null, tasks: null, activities: null };
  let any = false;
  for (const level of Object.keys(DECLARED) as Level[]) {
    const m = DECLARED[level].exec(f);
    if (m) {
      d[level] = countOf(m[1] ?? m[2]);
      any = true;
    }
  }
  return any ? d : null;
}

/** What may stand around the counts on a line of their own: "Gồm:", "- ", "và", "Số lượng:". */
const COUNTS_FILLER = /\b(bao gom|gom|co|so luong|tong so|trong do|va)\b|[-–—+:;,.()/\s]/g;

/**
 * A line that only declares counts, under the area's title: "(02 mục tiêu; …)",
 * "Gồm: 02 mục tiêu, 02 nhiệm vụ, 03 hoạt động", "- 2 mục tiêu - 2 nhiệm vụ".
 */
export function countsLine(text: string): Declared | null {
  if (text.length > 120) return null;
  const declared = parseDeclared(text);
  if (!declared) return null;
  if (/^\(/.test(text)) return declared;
  let f = countsText(text);
  for (const level of Object.keys(DECLARED) as Level[]) f = f.replace(new RegExp(DECLARED[level].source, 'g'), ' ');
  return f.replace(COUNTS_FILLER, '') === '' ? declared : null;
}

/** A title without a numeral must read as an area heading, not as a sentence that mentions one. */
const BARE_TITLE = /^(cai cach|(cong tac )?chi dao,? dieu hanh|cong tac chi dao|xay dung,? (va )?(phat trien )?chinh (quyen|phu)|chinh (quyen|phu) (dien tu|so)|hien dai hoa|chuyen doi so)/;
/** A letter numbering an area: A…G, with the Vietnamese alphabet's Đ (A, B, C, D, Đ, E, G). */
const LETTER = /^\s*([A-GĐ])\s*[.)/]?\s+(?=\S)/;
const PART_WORD = /^\s*(phần|phan|lĩnh vực|linh vuc)\s+(?=[IVX\d])/i;
/** "I. …", "II - …", "III) …", "IV/ …", "VI.- …"; or a numeral in capitals and a space ("VII XÂY DỰNG …"). */
const INLINE_NUMERAL = new RegExp(`^\\s*(${ROMAN_SOURCE})(\\s*[.):/\\-–—]+\\s*|\\s+)(.+)$`, 'is');
const ARABIC = /^(\d{1,2})\.?$/;
/** First letters (lower-cased) of a Roman numeral, "Phần" and "Lĩnh vực". */
const ROMAN_OR_PART_START = new Set(['i', 'v', 'x', 'p', 'l'].map((c) => c.charCodeAt(0)));
const ARABIC_INLINE = /^(\d{1,2})\s*[.):/\-–—]\s*(.+)$/s;
const OCR_INLINE = /^\s*([IVXl1]{1,5})(\s*[.):/\-–—]+\s*|\s+)(.+)$/s;

/**
 * After a bare 1, 2, 3 the text must look like a heading, not a goal that
 * starts with "Cải cách...": capitals, declared counts, or short.
 */
function isNumberedHeading(text: string, alone = false): boolean {
  // A number and a heading alone on their row may run longer ("… chính quyền số, chuyển đổi số trên địa bàn xã").
  return isAreaHeading(text) && (text === text.toUpperCase() || parseDeclared(text) !== null || text.length <= (alone ? 150 : 70));
}

/**
 * After "I." / "II -" the text is a section title when it names an area, declares
 * counts, or reads as a heading (capitals, "Công tác…", "Cải cách…"), even for an
 * area we do not know ("VIII. CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN": unknown-area, not an item).
 */
function isInlineHeading(text: string): boolean {
  return matchArea(text) !== null || readsAsHeading(text);
}
const HEADING_OPENING = /^(cong tac|cai cach|xay dung|hien dai hoa)/;

/** A short text in capitals ("CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN"): how headings are printed. */
function inCapitals(text: string): boolean {
  return text.length <= 100 && text === text.toUpperCase() && /\p{Lu}/u.test(text);
}

/** Reads as a section's heading, not a sentence: capitals, declared counts, or a heading's opening words. */
export function readsAsHeading(text: string): boolean {
  return parseDeclared(text) !== null || inCapitals(text) || HEADING_OPENING.test(fold(text));
}

/**
 * A section none of the seven areas names, numbered like the areas before it: "2 | CÔNG TÁC THÔNG TIN,
 * TUYÊN TRUYỀN" after area 1, "H. KIỂM TRA …" after G, or a bare heading in capitals after bare
 * titles. Read as a section (unknown-area), so its items do not swell the area above.
 */
export function nextSection(distinct: readonly string[], previous: string | null): SectionHead | null {
  if (distinct.length === 0 || distinct.length > 2) return null;
  const joined = distinct.join(' ');
  let numeral: string | null = null;
  let title: string;
  const m = /^\s*(\d{1,2}|[A-ZĐ])\s*[.)/:\-–]?\s+(\S.*)$/s.exec(joined);
  if (previous === null) {
    if (distinct.length !== 1) return null;
    title = joined;
    // Bare headings: only capitals that open like one ("CÔNG TÁC KIỂM TRA …").
    if (!HEADING_OPENING.test(fold(title)) || !(title === title.toUpperCase() || parseDeclared(title))) return null;
  } else {
    if (!m) return null;
    if (!followsIn(previous, m[1])) return null;
    numeral = m[1];
    title = m[2].trim();
    // Capitals or counts: "2 | Xây dựng kế hoạch…" may be a task heading under area 1. After a letter, a heading's
    // opening words will do too ("H | Công tác thông tin, tuyên truyền" after "G | Cải cách tài chính công").
    const lettered = /^\D/.test(numeral) && title.length <= 120 && HEADING_OPENING.test(fold(title)) && !anyLabel(title);
    if (!(parseDeclared(title) || inCapitals(title) || lettered)) return null;
  }
  return { ...head(numeral, title), arabic: numeral !== null && /^\d/.test(numeral) };
}

/** The Vietnamese alphabet's capitals, in order (no F, J, W, Z; Đ after D). */
const VI_LETTERS = 'ABCDĐEGHIKLMNOPQRSTUVXY';
/** Does `n` number the section after `previous`: 3 after 2, B after A, Đ or E after D, G or F after E? */
function followsIn(previous: string, n: string): boolean {
  if (/^\d+$/.test(previous)) return n === String(Number(previous) + 1);
  if (!/^[A-ZĐ]$/.test(previous)) return false;
  const vi = VI_LETTERS.indexOf(previous);
  return (vi >= 0 && VI_LETTERS[vi + 1] === n) || (previous !== 'Đ' && String.fromCharCode(previous.charCodeAt(0) + 1) === n);
}

/** An area's short name and nothing else ("Thể chế", "THỦ TỤC HÀNH CHÍNH", "Chính quyền số"), counts aside. */
const AREA_NAME = /^(the che|thu tuc hanh chinh|tthc|(to chuc )?bo may( hanh chinh)?( nha nuoc)?|(che do )?cong vu(,? (cong chuc|can bo,? cong chuc(,? vien chuc)?))?|tai chinh cong|chinh quyen (dien tu|so)(,? chinh quyen (so|dien tu))?|chuyen doi so|hien dai hoa( nen)? hanh chinh|chi dao,? dieu hanh( cai cach hanh chinh| cchc)?)[.:]?$/;

/** An area's name and no more ("Cải cách tổ chức bộ máy hành chính nhà nước"), not a sentence that opens with one. */
export function isBareAreaName(title: string): boolean {
  const f = fold(title).replace(/\s*\(.*$/, '').replace(/^(cai cach|cong tac|xay dung( va phat trien)?)\s+/, '').trim();
  return AREA_NAME.test(f);
}

/** A heading that names an area ("CẢI CÁCH THỂ CHẾ (3 mục tiêu...)", "Thể chế"), not a sentence that mentions one. */
export function isAreaHeading(text: string): boolean {
  if (text.length >= 160 || matchArea(text) === null) return false;
  const f = fold(text);
  return BARE_TITLE.test(f) || (/^\p{Lu}/u.test(text) && AREA_NAME.test(f.replace(/\s*\(.*$/, '').trim()));
}

/**
 * A section row from the distinct texts of a row, in column order.
 * Forms: ["I", "CÔNG TÁC ..."], ["I. CÔNG TÁC ..."], ["CẢI CÁCH THỂ CHẾ"].
 */
export function parseSection(raw: readonly string[]): SectionHead | null {
  if (raw.length === 0) return null;
  // Three texts or more make a section only after a Roman numeral (or "Phần", "Lĩnh vực"):
  // most rows are items, and their first text opens with none of those letters.
  if (raw.length >= 3 && !ROMAN_OR_PART_START.has(raw[0].charCodeAt(0) | 0x20)) return null;
  // "PHẦN I. …", "Lĩnh vực 2: …": the word before the number adds nothing.
  const lead = PART_WORD.exec(raw[0]);
  const texts = lead && lead[0].length < raw[0].length ? [raw[0].slice(lead[0].length), ...raw.slice(1)] : raw;
  let numeral = romanNumeral(texts[0]);
  // "i)", "ii." number items too: lower case makes a section only before a heading.
  if (numeral && texts[0] !== texts[0].toUpperCase() && !(texts.length >= 2 && isInlineHeading(texts.slice(1).join(' ')))) numeral = null;
  // "I | Mục tiêu 1: …": a Roman TT on a goal's row (areas then lettered A, B…), not an area.
  if (numeral && texts.length >= 2 && anyLabel(texts[1])) return null;
  let title: string | null = null;
  if (numeral && texts.length >= 2) {
    title = texts.slice(1).join(' ');
  } else if (!numeral) {
    const m = INLINE_NUMERAL.exec(texts[0]);
    // Only a space after the numeral: the numeral in capitals before an area's name.
    const spaced = m !== null && m[2].trim() === '';
    if (m && texts.length <= 2 && (spaced ? m[1] === m[1].toUpperCase() && matchArea(m[3]) !== null : isInlineHeading(m[3]))) {
      numeral = m[1].toUpperCase();
      title = [m[3].trim(), ...texts.slice(1)].join(' ');
    } else if (texts.length === 1 && isAreaHeading(texts[0])) {
      title = texts[0];
    } else if (texts.length <= 2 && LETTER.test(texts.join(' ')) && matchArea(texts.join(' ').replace(LETTER, ''))) {
      // "A. CẢI CÁCH THỂ CHẾ", "A | CẢI CÁCH…": a letter numbers the area; only a known area, so "A. …" notes stay what they are.
      const joined = texts.join(' ');
      numeral = LETTER.exec(joined)![1];
      title = joined.replace(LETTER, '');
    } else {
      // Areas numbered "1", "2"... (items then "1.1", "1.2"): only a bare number beside an area heading.
      const a = ARABIC.exec(texts[0]);
      if (a && texts.length === 2 && isNumberedHeading(texts[1], true)) return { ...head(a[1], texts[1]), arabic: true };
      const inline = ARABIC_INLINE.exec(texts[0]);
      if (inline && texts.length === 1 && isNumberedHeading(inline[2], true)) return { ...head(inline[1], inline[2]), arabic: true };
      // "lV.CẢI CÁCH TỔ CHỨC BỘ MÁY", "V1 CẢI CÁCH TÀI CHÍNH CÔNG": a scan's numeral before an area's heading.
      const ocr = OCR_INLINE.exec(texts[0]);
      const n = ocr ? ocrNumeral(ocr[1]) : null;
      if (ocr && n && texts.length <= 2 && matchArea(ocr[3]) !== null && readsAsHeading(ocr[3])) return head(n, [ocr[3].trim(), ...texts.slice(1)].join(' '));
    }
  }
  return title === null ? null : head(numeral, title);
}

function head(numeral: string | null, title: string): SectionHead {
  return { numeral, title, code: matchArea(title), declared: parseDeclared(title) };
}

/**
 * "I | CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH | 4 | 5 | 6": counts as bare numbers in cells of their own,
 * one per level the table has, in the order of the levels. `filled` is the row's texts in
 * column order. Returns the texts before the numbers and the counts they declare.
 */
export function trailingCounts(filled: readonly string[], levels: readonly Level[]): { texts: string[]; declared: Declared } | null {
  const n = levels.length;
  if (n === 0 || filled.length < n + 1 || !romanNumeral(filled[0].replace(/\s*[.):\-–—].*$/, ''))) return null;
  const numbers = filled.slice(filled.length - n);
  if (!numbers.every((t) => COUNT_CELL.test(t))) return null;
  const declared: Declared = { goals: null, tasks: null, activities: null };
  levels.forEach((l, i) => (declared[l] = Number(numbers[i])));
  return { texts: filled.slice(0, filled.length - n), declared };
}
const COUNT_CELL = /^\d{1,3}$/;

/**
 * Does `next`, alone on the row below a section row, carry on its title
 * ("III | CẢI CÁCH THỦ" / "TỤC HÀNH CHÍNH (9 Mục tiêu…)")? A title in capitals goes on in
 * capitals (counts aside); one in ordinary case goes on in lower case or with its counts.
 */
export function wrapsTitle(title: string, next: string): boolean {
  if (anyLabel(next) || /^\d/.test(next)) return false;
  const words = next.replace(/\(.*$/, '');
  if (title === title.toUpperCase()) return words === words.toUpperCase();
  // In ordinary case the rest goes on in lower case, or after a title left hanging.
  return /^[\p{Ll}(]/u.test(next) || hangsOver(title, next);
}

/** A title left hanging on a comma or "và" ("… Chính quyền điện tử,"), its rest a short line of its own ("Chính quyền số"). */
export function hangsOver(title: string, next: string): boolean {
  return /(,|\svà)$/u.test(title) && next.length <= 60;
}

/** A title whose bracket is still open ("… (2 mục tiêu; 2 nhiệm vụ; 3 hoạt"). */
export function unclosed(title: string): boolean {
  return title.lastIndexOf('(') > title.lastIndexOf(')');
}
/** The rest of an open bracket alone on the next row: short, and closes it ("động)", "3 hoạt động)"). */
export function closes(text: string): boolean {
  return text.length <= 60 && /\)\s*$/.test(text) && !text.includes('(');
}

/** Does a title name the area after its "và" ("CẢI CÁCH THỂ CHẾ VÀ THỦ TỤC HÀNH CHÍNH" names procedures)? */
export function namesAfterAnd(title: string, code: AreaCode): boolean {
  const f = fold(title);
  const and = f.indexOf(' va ');
  return and > 0 && JOINED_AREA[code].test(f.slice(and + 4).replace(/^(cai cach|xay dung) /, ''));
}
