/**
 * Text helpers. Real appendices mix NFC and NFD, old and new tone placement
 * (hoá/hóa), three kinds of dash and odd spaces. We compare on folded forms and
 * always give the user's text back as written (NFC, trimmed).
 */

const COMBINING = /[\u0300-\u036f]/;
const COMBINING_ALL = /[\u0300-\u036f]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;
/** Tone marks (not the hat/breve/horn that make a different vowel). */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const LETTERS_RUN = /[\p{L}\p{M}]+/gu;

/** The user's text as written: NFC, dashes and spaces kept, ends trimmed. */
export function clean(s: string): string {
  const n = COMBINING.test(s) ? s.normalize('NFC') : s;
  return n.replace(/^[\s\u00a0\ufeff]+|[\s\u00a0\ufeff]+$/g, '');
}

/**
 * Folded form for matching: no diacritics, đ→d, lower case, one kind of dash,
 * single spaces. "Hoá" and "HÓA" and "hoa" fold alike.
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING_ALL, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .trim();
}

/**
 * Key that keeps diacritics but ignores where the tone mark sits, case, dashes
 * and spaces: "hoá" and "hóa" share a key, "năm" and "nam" do not.
 */
export function toneKey(s: string): string {
  const d = s.normalize('NFD').toLowerCase().replace(DASHES, '-').replace(SPACES, ' ').trim();
  return d
    .replace(LETTERS_RUN, (word) => {
      const tones = word.match(TONES);
      if (!tones) return word;
      // The tone moves to the end of the syllable: placement no longer matters.
      return word.replace(TONES, '') + tones[0];
    })
    .normalize('NFC');
}

/** Title case for names written in capitals ("BÌNH LƯ" → "Bình Lư"). */
export function titleCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s.toLowerCase().replace(/(^|[\s\-–(])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Join two pieces of a cell split across a page break. */
export function joinText(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return `${a} ${b}`;
}

const ROMAN = /^(X|IX|VIII|VII|VI|V|IV|III|II|I)$/;
/** Roman numeral I..X, with or without a trailing dot. */
export function romanNumeral(s: string): string | null {
  const t = s.trim().replace(/[.:)]$/, '').trim().toUpperCase();
  return ROMAN.test(t) ? t : null;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10 };
export function romanValue(numeral: string): number {
  return ROMAN_VALUES[numeral] ?? 0;
}
export function toRoman(n: number): string {
  return Object.keys(ROMAN_VALUES).find((k) => ROMAN_VALUES[k] === n) ?? String(n);
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
