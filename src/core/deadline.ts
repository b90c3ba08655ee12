import { RECURRING_DEADLINE } from './glossary';
import { fold, memo, toneKey } from './text';

/*
 * A deadline is a time expression: a year, a quarter, a month, a date, a
 * recurrence ("Hằng năm", "Thường xuyên"), or a condition ("Sau khi...",
 * "Khi có hướng dẫn...", "Theo kế hoạch..."). A unit's name is not.
 * Words like "năm" are matched with their diacritics ("Nam" is a place name).
 */
const B = '(?:^|[^\\p{L}\\p{N}])';
const E = '(?=$|[^\\p{L}\\p{N}])';
/** The older spellings clerks still type: "Quí I", "Định kì". */
const OLD_SPELLINGS = ['quí', 'định kì', 'hàng kì', 'hằng kì', 'cuối kì', 'thường kì', 'nhiệm kì', 'kì họp'];
/** Word lists go through toneKey too, so they compare like the text does. */
const words = (list: string[]): string => list.map(toneKey).join('|');
const TIME_WORDS = new RegExp(
  `${B}(${words(['năm', 'quý', 'tháng', 'ngày', 'tuần', 'giờ', 'giai đoạn', 'thường xuyên', 'định kỳ', 'kịp thời', 'liên tục', 'hằng', 'hàng năm', 'hàng quý', 'hàng tháng', 'chậm nhất', 'trước', 'sau', 'khi', 'kể từ', 'đến hết', 'đột xuất', 'thường niên', 'thời hạn', 'nhiệm kỳ', 'xuyên suốt', 'ngay', 'đúng hạn', 'đúng thời gian', 'tiến độ', 'lâu dài', 'dài hạn', 'trung hạn', 'ngắn hạn', 'mùa', 'dịp', 'hàng kỳ', 'hằng kỳ', 'cuối kỳ', 'thường kỳ', 'kỳ họp', 'phát sinh', ...OLD_SPELLINGS])})${E}`,
  'u',
);
const OPENERS = new RegExp(`^(${words(['theo', 'trước', 'sau', 'khi', 'trong', 'từ', 'đến', 'chậm nhất', 'ngay'])})${E}`, 'u');
const NUMERIC = /(^|\D)(19|20)\d\d(\D|$)|\d{1,2}\s*\/\s*\d{1,4}/;
/** The same words without diacritics, for deadlines typed without them. */
const FOLDED = /(^|\s)(hang nam|hang quy|hang thang|thuong xuyen|dinh k[yi]|giai doan|qu[yi] (i|ii|iii|iv|1|2|3|4)|thang \d|ngay \d)(\s|$|[,.;])/;

// (Folded, "năm" is "nam" like the place name "Việt Nam xã …": a year, quarter or month needs its number.)
const DATE_OPENING = /^((qu[yi]|thang|nam)\s+([ivx]+\b|\d)|(hang nam|hang qu[yi]|hang thang|thuong xuyen|dinh k[yi]|truoc ngay|truoc thang|cham nhat)(\s|$))/;
/** A date beyond doubt (a year, a quarter, a month, "Hằng năm"), never a unit's name: safe to move between columns. */
export function isPlainlyDate(text: string): boolean {
  const f = fold(text.trim());
  return NUMERIC.test(f) || FOLDED.test(f) || DATE_OPENING.test(f);
}

/**
 * A cell that is a date and nothing else, from its first word ("Quý IV/2027", "Hằng năm", "Năm 2026",
 * "2026-2030", "30/6/2027"): a time typed in a unit's column. "Ban Chỉ đạo 2026" names a unit.
 */
export function isOnlyDate(text: string): boolean {
  // (A short cell of one time: "Năm 2026: Văn phòng …; từ năm 2027: …" names units by the years.)
  if (text.length > 40 || text.includes(':') || text.includes(';')) return false;
  return onlyDate(text);
}
/** Leads repeat ("Văn phòng HĐND và UBND" on most rows): remember the answers. */
const onlyDate = memo((text: string): boolean => {
  const f = fold(text.trim());
  return DATE_OPENING.test(f) || ONLY_YEARS.test(f) || ONLY_DAY.test(f);
}, 5000);
const ONLY_YEARS = /^(?:nam |giai doan )?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?$/;
const ONLY_DAY = /^\d{1,2}\s*\/\s*\d{1,4}(?:\s*\/\s*\d{2,4})?$/;

/** Deadlines repeat ("Hằng năm" on most rows): remember the answers. */
export const isDeadline: (text: string) => boolean = memo(readsAsDeadline, 5000);

function readsAsDeadline(text: string): boolean {
  const t = text.trim();
  if (!t) return false;
  if (NUMERIC.test(t)) return true;
  const k = toneKey(t);
  return TIME_WORDS.test(k) || OPENERS.test(k) || FOLDED.test(fold(t));
}

/** Years a deadline names: "2026", "2026-2030", "2026 - 2030", "từ năm 2026 đến năm 2030". */
export function deadlineYears(text: string): { from: number; to: number }[] {
  const f = fold(text);
  const out: { from: number; to: number }[] = [];
  // "2026-2030", "từ năm 2026 đến năm 2030", "Quý I/2026 - Quý IV/2028", "Tháng 3/2026 - tháng 12/2030".
  const range = /((?:19|20)\d\d)\s*(?:-|den(?: nam)?|toi)\s*(?:(?:quy|thang|ngay)\s*)?(?:[\divx]{1,4}\s*[./]\s*){0,2}((?:19|20)\d\d)/g;
  let rest = f;
  for (let m = range.exec(f); m; m = range.exec(f)) {
    out.push({ from: Number(m[1]), to: Number(m[2]) });
    rest = rest.replace(m[0], ' ');
  }
  for (const m of rest.matchAll(/(?:^|\D)((?:19|20)\d\d)(?=\D|$)/g)) {
    const y = Number(m[1]);
    out.push({ from: y, to: OPEN_ENDED.test(f) && out.length === 0 ? Infinity : y });
  }
  return out;
}
/** A date written in full: "26/12/2025", "ngày 26 tháng 12 năm 2025". */
const SIGNED_ON = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(19|20)\d\d|ngay\s*\d{1,2}\s*thang\s*\d{1,2}\s*nam\s*(19|20)\d\d/g;

/** "Từ năm 2026 trở đi", "Năm 2026 và các năm tiếp theo", "Từ 2027": every year from then on. */
const OPEN_ENDED = /^tu (nam )?(19|20)\d\d\s*$|tro di|cac nam tiep theo|nhung nam tiep theo|hang nam tiep theo/;

export function isRecurring(text: string): boolean {
  return RECURRING_DEADLINE.test(fold(text));
}

/**
 * The years a plan covers, from its title lines ("… GIAI ĐOẠN 2026-2030", "… NĂM 2026"),
 * or null when they name none. Recurring deadlines ("Hằng năm") fall in these years only.
 */
export function planPeriod(titleLines: readonly string[]): { from: number; to: number } | null {
  // (Not the date the plan was signed: "Kế hoạch số 245/KH-UBND ngày 26/12/2025" for the year 2026.)
  const years = deadlineYears(fold(titleLines.join(' ')).replace(SIGNED_ON, ' '));
  if (years.length === 0) return null;
  return { from: Math.min(...years.map((y) => y.from)), to: Math.max(...years.map((y) => y.to)) };
}

/**
 * Is an activity with this deadline due in the given year? Unplaceable deadlines
 * are not; recurring ones are, within the plan's period when it is known.
 */
export function isDueIn(text: string | null, year: number, period: { from: number; to: number } | null = null): boolean {
  if (!text) return false;
  const inPeriod = !period || (period.from <= year && year <= period.to);
  if (isRecurring(text)) return inPeriod;
  const years = deadlineYears(text);
  // "Tháng 3", "Quý III", "Trước 15/12" in a plan for one year: that year.
  if (years.length === 0) return period !== null && period.from === period.to && period.from === year && isDeadline(text);
  // Open-ended ("từ năm 2026 trở đi"): up to the plan's end when it is known.
  return years.some((r) => r.from <= year && year <= (r.to === Infinity && period ? period.to : r.to));
}
