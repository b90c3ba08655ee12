import { CONTINUED, labelDigits, LEVELS, type Level } from './glossary';
import { fold, isCombining, isSpace, memo } from './text';

export interface Label {
  level: Level;
  n: number;
}

/** Only the start of a cell can carry a label; folding just that keeps long cells cheap. */
function head(text: string): string {
  return fold(text.slice(0, 24));
}

/** Bullets Word lists leave before a label ("• Mục tiêu 2:", "- Hoạt động 1:"), glyphs of lost symbol fonts included. */
// ("|": a scan's table rule read before the text, "|Mục tiêu 2: …".)
const BULLETS = new Set([...'•▪●○◦■□➢►▶Ø§ü*+-–—|'].map((c) => c.charCodeAt(0)).concat([0xf0b7, 0xf0a7, 0xf0d8, 0xf076, 0xf0fc]));
/** The text after a leading bullet, or the text itself. */
function unbullet(text: string): string {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  if (!BULLETS.has(text.charCodeAt(i))) return text;
  i++;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return text.slice(i);
}

/** The letter a code point folds to, lower case ("Ụ" → "u"); 0 for anything else. */
function baseLetter(code: number): number {
  if (code < 0x80) return code | 0x20;
  return baseOf(String.fromCharCode(code));
}
const baseOf = memo((ch: string): number => {
  const f = fold(ch);
  return f.length === 1 ? f.charCodeAt(0) : 0;
}, 4096);

/** The two letters each level's label opens with: Mu(c tiêu), Nh(iệm vụ), Ho(ạt động); or its short form MT, NV, HĐ. */
const OPENING: Record<Level, number> = { goals: 0x6d75, tasks: 0x6e68, activities: 0x686f };
const SHORT: Record<Level, number> = { goals: 0x6d74, tasks: 0x6e76, activities: 0x6864 };

/** The first two letters of a text, folded, as one number ("Mục" → "mu"); 0 when it opens otherwise. */
function opening(text: string): number {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i) | 0x20;
  if (c !== 0x6d && c !== 0x6e && c !== 0x68) return 0;
  let j = i + 1;
  // (A space a PDF's extraction put inside the word is skipped: "M ục tiêu".)
  while (j < text.length && (isCombining(text.charCodeAt(j)) || text.charCodeAt(j) === 32)) j++;
  return (c << 8) | baseLetter(text.charCodeAt(j));
}

/**
 * Labels open with Mu(c tiêu), Nh(iệm vụ) or Ho(ạt động). Vietnamese sentences
 * often start with M, N or H too ("Nâng cao", "Hướng dẫn"), so look at two letters.
 */
function mayBeLabel(text: string, level?: Level): boolean {
  const o = opening(text);
  if (level) return o === OPENING[level] || o === SHORT[level];
  return o === OPENING.goals || o === OPENING.tasks || o === OPENING.activities || o === SHORT.goals || o === SHORT.tasks || o === SHORT.activities;
}

/** Does the cell open with this level's label (numbered within a task or not)? */
export function hasLabel(written: string, level: Level): boolean {
  const text = unbullet(written);
  if (!text || !mayBeLabel(text, level)) return false;
  return WRITTEN[level].test(text) || LEVEL_LABEL[level].test(head(text)) || spacedLabel(text)?.level === level;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The label number a cell starts with for this level ("Mục tiêu 3: ..." → 3). */
/** The usual spelling, matched without folding; other spellings fall back to the folded match. */
const WRITTEN: Record<Level, RegExp> = {
  goals: /^\s*mục tiêu\s*(?:số\s*)?(\d+)(?![\dl]|\/\d|\s*(?:giờ|phút|%))/i,
  tasks: /^\s*nhiệm vụ\s*(?:số\s*)?(\d+)(?![\dl]|\/\d|\s*(?:giờ|phút|%))/i,
  // "họat": the same word as toneKey writes it (tone on the first vowel of "oa").
  activities: /^\s*h(?:oạ|ọa)t động\s*(?:số\s*)?(\d+)(?![\dl]|\/\d|\s*(?:giờ|phút|%))/i,
};

const LEVEL_LABEL = Object.fromEntries(LEVELS.map((l) => [l.level, l.label])) as Record<Level, RegExp>;

/** "Mục tiêu thứ nhất", "Nhiệm vụ thứ hai": numbers written as ordinal words. */
const ORDINAL = /^(muc tieu|nhiem vu|hoat dong) thu (nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\b/;
const ORDINALS = ['nhat', 'hai', 'ba', 'tu', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi'];
const ORDINAL_LEVEL: Record<string, Level> = { 'muc tieu': 'goals', 'nhiem vu': 'tasks', 'hoat dong': 'activities' };
/**
 * "M ục tiêu 1:", "Nhi ệm v ụ 2": spaces a PDF's extraction put inside the label's words
 * (before a letter with its marks drawn apart). Matched with the spaces taken out; `end` is
 * where the label's number ends in the text as written.
 */
const SPACED = /^(muctieu|nhiemvu|hoatdong)(?:so)?(\d{1,3})(?!\d|\/\d|gio|phut|%)/;
const SPACED_LEVEL: Record<string, Level> = { muctieu: 'goals', nhiemvu: 'tasks', hoatdong: 'activities' };
function spacedLabel(text: string): (Label & { end: number }) | null {
  const h = fold(text.slice(0, 40));
  const i = h.indexOf(' ');
  // Only a space inside the first word makes a spaced label ("Mục tiêu 1" was matched already).
  if (i < 0 || i > 5) return null;
  const m = SPACED.exec(h.replace(/ /g, ''));
  if (!m) return null;
  // Where the number ends in the text as written: count its letters and digits, spaces and marks aside.
  let want = m[0].length;
  let end = 0;
  while (end < text.length && want > 0) {
    const code = text.charCodeAt(end++);
    if (!isSpace(code) && !isCombining(code)) want--;
  }
  return { level: SPACED_LEVEL[m[1]], n: Number(m[2]), end };
}

function ordinal(text: string): Label | null {
  const m = ORDINAL.exec(head(text));
  return m ? { level: ORDINAL_LEVEL[m[1]], n: ORDINALS.indexOf(m[2]) + 1 } : null;
}

export function labelNumber(written: string, level: Level): number | null {
  const text = unbullet(written);
  if (!text || !mayBeLabel(text, level)) return null;
  const w = WRITTEN[level].exec(text);
  const m = w ?? LEVEL_LABEL[level].exec(head(text));
  if (!m) {
    const o = ordinal(text) ?? spacedLabel(text);
    return o && o.level === level ? o.n : null;
  }
  // "Hoạt động 1.2" numbers within a task: not a number of the area's sequence.
  const s = w ? text : head(text);
  const end = m.index + m[0].length;
  return s.charCodeAt(end) === 46 && isDigit(s.charCodeAt(end + 1)) ? null : labelDigits(m[1]);
}

/** "Hoạt động 1, 2: …", "Nhiệm vụ 3 và 4: …": one cell numbered as several. */
const LISTED: Record<Level, RegExp> = {
  goals: /^\s*mục tiêu\s*(?:số\s*)?\d+((?:\s*(?:,|và|&)\s*\d+)+)\s*[:.)\-–]/iu,
  tasks: /^\s*nhiệm vụ\s*(?:số\s*)?\d+((?:\s*(?:,|và|&)\s*\d+)+)\s*[:.)\-–]/iu,
  activities: /^\s*h(?:oạ|ọa)t động\s*(?:số\s*)?\d+((?:\s*(?:,|và|&)\s*\d+)+)\s*[:.)\-–]/iu,
};

/** The numbers a label lists after its first ("Hoạt động 1, 2: …" → [2]); none for most labels. */
export function listedLabels(written: string, level: Level): number[] {
  const m = LISTED[level].exec(unbullet(written));
  return m ? m[1].split(/\s*(?:,|và|&)\s*/u).filter(Boolean).map(Number) : [];
}

/** Any level label the cell starts with. */
export function anyLabel(written: string): Label | null {
  const text = unbullet(written);
  if (!text || !mayBeLabel(text)) return null;
  for (const level of Object.keys(WRITTEN) as Level[]) {
    const w = WRITTEN[level].exec(text);
    if (w) return { level, n: Number(w[1]) };
  }
  const h = head(text);
  for (const l of LEVELS) {
    const m = l.label.exec(h);
    if (m) return { level: l.level, n: labelDigits(m[1]) };
  }
  const o = ordinal(text) ?? spacedLabel(text);
  return o && { level: o.level, n: o.n };
}

/** The text without its label ("Hoạt động 2: Rà soát" → "Rà soát"), for comparing contents. */
const WRITTEN_LABEL = /^\s*(?:mục tiêu|nhiệm vụ|h(?:oạ|ọa)t động)\s*(?:số\s*\d+|\d+(?:\s*(?:,|và|&)\s*\d+)*|thứ\s+\S+)\s*[:.)\-–]?\s*/i;

export function stripLabel(written: string): string {
  const text = unbullet(written);
  if (!mayBeLabel(text)) return written;
  const w = WRITTEN_LABEL.exec(text);
  // "thứ" and a word: only an ordinal number ("Mục tiêu thứ yếu" is no label).
  if (w && (/\d/.test(w[0]) || ordinal(w[0]))) return text.slice(w[0].length);
  // "Hoat dong 2:", "Muc tieu so 3 -", "MT1:", "HĐ.2", "Mụctiêu 2:", "Mục tiêu II:", "Mục tiêu l:".
  const m = /^\s*(?:\S+\s+\S+(?:\s+(?:số|so|thứ|thu))?|\S{2}\.?|\S{6,9})\s*(?:\d+|[IVXivxl]{1,4}(?=\s*[:.)\-–]|$))\s*[:.)\-–]?\s*/u.exec(text);
  if (m && anyLabel(m[0])) return text.slice(m[0].length);
  const spaced = spacedLabel(text);
  return spaced ? text.slice(spaced.end).replace(/^\s*[:.)\-–]?\s*/, '') : written;
}

/** "Mục tiêu 1 (tiếp)", "Nhiệm vụ 2": a label and nothing else, written again on the next page. */
export function isLabelAgain(text: string): boolean {
  const rest = stripLabel(text);
  if (rest === text) return false;
  const f = fold(rest);
  return f.replace(CONTINUED, '').trim() === '';
}

/**
 * Where a further label opens inside a line, after ";" or "." ("Hoạt động 1: …; Hoạt động 2: …"):
 * a PDF's extraction joins a cell's lines with spaces.
 */
const INLINE_LABEL = Object.fromEntries(
  (Object.keys(WRITTEN) as Level[]).map((l) => {
    // The label as WRITTEN spells it, without its anchor or its capture (split would keep the number).
    const label = WRITTEN[l].source.replace(/^\^\\s\*/, '').replace('(\\d+)', '\\d+');
    return [l, new RegExp(`[;.]\\s+(?=${label}\\s*[:.)\\-–])`, 'giu')];
  }),
) as Record<Level, RegExp>;

/** Does a labelled cell hold more than one label of its level (on lines of their own, or after ";")? */
export function holdsSeveral(text: string, level: Level): boolean {
  if (text.includes('\n')) return true;
  // A label goes on after ";" or ". ": most cells have neither, and are done without the pattern.
  if (text.length <= 20 || (!text.includes(';') && !text.includes('. '))) return false;
  const re = INLINE_LABEL[level];
  re.lastIndex = 0;
  return re.test(text);
}

/** A cell's lines grouped under the labels that open them (lines without one go with the label above). */
export function labelledLines(text: string, level: Level): { text: string; n: number }[] {
  const parts: { text: string; n: number }[] = [];
  for (const line of text.split('\n').flatMap((l) => l.split(INLINE_LABEL[level]))) {
    const n = labelNumber(line, level);
    if (n !== null) parts.push({ text: line.trim(), n });
    else if (parts.length > 0) parts[parts.length - 1].text += `\n${line}`;
  }
  return parts;
}
