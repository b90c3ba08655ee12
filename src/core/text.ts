/**
 * Text helpers. Real appendices mix NFC and NFD, old and new tone placement
 * (hoá/hóa), three kinds of dash and odd spaces. We compare on folded forms and
 * always give the user's text back as written (NFC, trimmed).
 */

const COMBINING = /[\u0300-\u036f]/;
const COMBINING_ALL = /[\u0300-\u036f]/g;
/** Marks to compose, invisible characters, or compatibility forms (Ⅳ, full-width digits) that converters and OCR leave. */
const NEEDS_CLEANING = /[\u0300-\u036f\u00ad\u00d0\u00f0\u01a2\u01a3\u200b-\u200d\u2060\ufeff\u2160-\u217f\uff01-\uff5e]/;
/** Zero-width characters: invisible, nothing to keep. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
/**
 * A soft hyphen marks where a converter broke a line. Vietnamese syllables are written apart,
 * so between two letters it stands for the space the break took ("Hoạt­động" → "Hoạt động").
 */
const SOFT_HYPHEN_BETWEEN = /(?<=\p{L})\u00ad+(?=\p{L})/gu;
const SOFT_HYPHEN = /\u00ad/g;
const COMPATIBILITY = /[\u2160-\u217f\uff01-\uff5e]/g;
/**
 * Look-alike letters PDF fonts and OCR put for Vietnamese ones: the eth "Ð" for "Đ", "ƣ" (oi) for
 * "ư". No Vietnamese text holds them, so they are read as the letters meant.
 */
const LOOKALIKE = /[\u00d0\u00f0\u01a2\u01a3]/g;
const MEANT: Record<string, string> = { '\u00d0': 'Đ', '\u00f0': 'đ', '\u01a2': 'Ư', '\u01a3': 'ư' };

/** The user's text as written: NFC, dashes and spaces kept, ends trimmed; invisible characters, compatibility forms and look-alike letters replaced. */
export function clean(s: string): string {
  // trim() also removes non-breaking spaces and the byte-order mark.
  if (!NEEDS_CLEANING.test(s)) return s.trim();
  return s
    .replace(INVISIBLE, '')
    .replace(SOFT_HYPHEN_BETWEEN, ' ')
    .replace(SOFT_HYPHEN, '')
    .replace(COMPATIBILITY, (c) => c.normalize('NFKC'))
    .replace(LOOKALIKE, (c) => MEANT[c])
    .normalize('NFC')
    .trim();
}

/*
 * Folding runs on every cell, so it is a single pass over lookup tables built
 * once from Unicode decomposition, writing char codes into one reused buffer.
 */
const TABLE_END = 0x1f00;
/** Folded (lower-case, no diacritics) code of each code point below TABLE_END; 0 = keep as is. */
const FOLD_CODE = new Uint16Array(TABLE_END);
(function buildTables() {
  for (let cp = 0; cp < TABLE_END; cp++) {
    if (cp >= 0xd800) break;
    const ch = String.fromCharCode(cp);
    const lower = ch.toLowerCase();
    const d = lower.normalize('NFD');
    const base = d.replace(COMBINING_ALL, '');
    if (base.length === 1) FOLD_CODE[cp] = base.charCodeAt(0);
  }
  FOLD_CODE[0x0111] = FOLD_CODE[0x0110] = 0x64; // đ Đ → d
})();

let buffer = new Uint16Array(256);
function room(n: number): Uint16Array {
  if (buffer.length < n) buffer = new Uint16Array(Math.max(n, buffer.length * 2));
  return buffer;
}
function toText(buf: Uint16Array, n: number): string {
  let out = '';
  for (let i = 0; i < n; i += 4096) out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  return out;
}

/** Spaces of every kind, including non-breaking and zero-width ones. */
export function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
function isDash(code: number): boolean {
  return (code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63 || code === 0xff0d;
}
/** A combining mark (a tone or vowel mark of NFD text). */
export function isCombining(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

/**
 * Folded form for matching: no diacritics, đ→d, lower case, one kind of dash,
 * single spaces. "Hoá" and "HÓA" and "hoa" fold alike.
 */
export function fold(s: string): string {
  const src = NEEDS_CLEANING.test(s) ? clean(s) : s;
  const buf = room(src.length * 2);
  let n = 0;
  let space = false;
  for (let i = 0; i < src.length; i++) {
    const code = src.charCodeAt(i);
    if (isSpace(code)) {
      space = n > 0;
      continue;
    }
    if (isCombining(code)) continue;
    if (space) {
      buf[n++] = 32;
      space = false;
    }
    if (isDash(code)) buf[n++] = 45;
    else if (code < TABLE_END && FOLD_CODE[code]) buf[n++] = FOLD_CODE[code];
    else {
      // Outside the table: lower-case, and drop a mark lower-casing may add (İ → i̇).
      const lower = src[i].toLowerCase();
      for (let k = 0; k < lower.length; k++) if (!isCombining(lower.charCodeAt(k))) buf[n++] = lower.charCodeAt(k);
    }
  }
  return toText(buf, n);
}

/** Old tone placement on "oa", "oe", "uy" (hoá, hoè, thuỷ): moved to the first vowel (hóa, hòe, thủy). */
const OLD_TONE = /o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ]/g;
const TO_FIRST: Record<string, string> = {
  à: 'òa', á: 'óa', ả: 'ỏa', ã: 'õa', ạ: 'ọa',
  è: 'òe', é: 'óe', ẻ: 'ỏe', ẽ: 'õe', ẹ: 'ọe',
  ỳ: 'ùy', ý: 'úy', ỷ: 'ủy', ỹ: 'ũy', ỵ: 'ụy',
};
/** Every memo in the core, so benchmarks can start cold. */
const MEMOS: Map<string, unknown>[] = [];

/**
 * Remember a pure function of a text, in a bounded map: the same texts (unit
 * names, deadlines, goals filled down) come back on every row.
 */
export function memo<T>(fn: (s: string) => T, limit: number): (s: string) => T {
  const seen = new Map<string, T>();
  MEMOS.push(seen);
  return (s: string): T => {
    let v = seen.get(s);
    if (v === undefined) {
      v = fn(s);
      if (seen.size >= limit) seen.clear();
      seen.set(s, v);
    }
    return v;
  };
}

/** Forget every remembered answer (benchmarks measure cold work with it). */
export function clearTextCaches(): void {
  for (const m of MEMOS) m.clear();
}

/**
 * Key that keeps diacritics but ignores where the tone mark sits, case, dashes
 * and spaces: "hoá" and "hóa" share a key, "năm" and "nam" do not. Native string
 * operations only: this runs on every activity.
 */
export const toneKey: (s: string) => string = memo(makeToneKey, 50_000);

/** What toneKey rewrites beyond case and tone placement: marks to compose, odd spaces or dashes, double spaces. */
const SPACE_WORK = /[\u0300-\u036f\t\n\r\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff\u2010-\u2015\u2212\ufe58\ufe63\uff0d]| {2}/;

function makeToneKey(s: string): string {
  let k = s;
  if (SPACE_WORK.test(k)) {
    if (COMBINING.test(k)) k = k.normalize('NFC');
    k = k.replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-').replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ');
  }
  // A full stop or semicolon at the end ("Rà soát văn bản." / "Rà soát văn bản;") changes nothing.
  return moveOldTones(k.trim().toLowerCase().replace(TRAILING_STOP, ''));
}
const TRAILING_STOP = /\s*[.;,]+$/;

/** "oà" → "òa" and the like, in a lower-case text: slices around each match, no callback per match. */
function moveOldTones(k: string): string {
  OLD_TONE.lastIndex = 0;
  let m = OLD_TONE.exec(k);
  if (!m) return k;
  let out = '';
  let from = 0;
  while (m) {
    out += k.slice(from, m.index) + TO_FIRST[k[m.index + 1]];
    from = m.index + 2;
    m = OLD_TONE.exec(k);
  }
  return out + k.slice(from);
}

/** Title case for names written in capitals ("BÌNH LƯ" → "Bình Lư"). */
export function titleCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s
    .toLowerCase()
    .replace(/(^|[\s\-–(])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    // "EA H'LEO" → "Ea H'Leo", as the Central Highlands' names are written.
    .replace(/((?:^|[\s\-–(])\p{L}['’])(\p{L})/gu, (_m, head: string, ch: string) => head + ch.toUpperCase());
}

/** Join two pieces of a cell split across a page break. */
export function joinText(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return `${a} ${b}`;
}

/** I..XX: a plan with more than seven parts numbers them on (an eighth "VIII. Công tác thông tin…", up to "XX"). */
export const ROMAN_SOURCE = '(?=[IVX])X{0,2}(?:IX|IV|V?I{0,3})';
const ROMAN = new RegExp(`^${ROMAN_SOURCE}$`);
/** Roman numeral I..XX, with or without a trailing dot (or bracket, slash, dash). */
export function romanNumeral(s: string): string | null {
  // Most cells asked are a TT number or a sentence: only I, V, X (after spaces) can start a numeral.
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  const c = s.charCodeAt(i) | 0x20;
  if ((c !== 0x69 && c !== 0x76 && c !== 0x78) || s.length > 12) return null;
  // "I.", "II)", "III -", "IV.-": what follows the numeral in its own cell.
  const t = s.trim().replace(/\s*[.:)/\-–—]+$/, '').trim().toUpperCase();
  return ROMAN.test(t) ? t : null;
}

/**
 * A Roman numeral as a scan's text recognition reads it: "l" for I ("Il", "lV.", "VIl"), or "1" beside
 * a V, an X or an I ("V1", "X1", "V11", "1I"). "1l" and "11" stay numbers (a TT of 11; the reader reads "11" over an
 * area's title in capitals, right after area I, as II).
 */
const OCR_NUMERAL = /^(?:(?=[IVXl]*l)[IVXl]{1,5}|(?=[IVXl1]*[IVX])(?=[IVXl1]*1)[IVXl1]{2,5})[.:)]?$/;
export function ocrNumeral(s: string): string | null {
  // Most cells asked are a number or empty: only one opening with I, V, X, l or 1, six characters at most, can be one.
  const c = s.charCodeAt(0);
  if ((c !== 73 && c !== 86 && c !== 88 && c !== 108 && c !== 49) || s.length > 6) return null;
  return OCR_NUMERAL.test(s) ? romanNumeral(s.replace(/[l1]/g, 'I')) : null;
}

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10 };
/** 1..20 for a numeral that romanNumeral accepted; 0 otherwise. */
export function romanValue(numeral: string): number {
  if (!ROMAN.test(numeral)) return 0;
  let n = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = ROMAN_DIGITS[numeral[i]];
    n += v < (ROMAN_DIGITS[numeral[i + 1]] ?? 0) ? -v : v;
  }
  return n;
}
const ROMAN_TENS = ['', 'X', 'XX'];
const ROMAN_UNITS = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];
export function toRoman(n: number): string {
  return Number.isInteger(n) && n >= 1 && n <= 20 ? ROMAN_TENS[Math.floor(n / 10)] + ROMAN_UNITS[n % 10] : String(n);
}

/** Column letters as Excel shows them (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
