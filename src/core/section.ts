import { AREAS, type AreaCode, type Level } from './glossary';
import type { Declared } from './model';
import { fold, romanNumeral } from './text';

export interface SectionHead {
  numeral: string | null;
  title: string;
  code: AreaCode | null;
  declared: Declared | null;
}

/** Most specific first: "điều hành" also appears in other areas' wording. */
const MATCH_ORDER: AreaCode[] = ['digital-government', 'procedures', 'institutions', 'organization', 'civil-service', 'public-finance', 'direction'];

/** The reform area a section title names, whatever its wording, case or diacritics. */
export function matchArea(title: string): AreaCode | null {
  const f = fold(title).replace(/\([^)]*\)/g, ' ');
  for (const code of MATCH_ORDER) {
    if (AREAS.find((a) => a.code === code)!.pattern.test(f)) return code;
  }
  return null;
}

const DECLARED: Record<Level, RegExp> = {
  goals: /(\d+)\s*muc tieu/,
  tasks: /(\d+)\s*nhiem vu/,
  activities: /(\d+)\s*hoat dong/,
};

/** Counts written in a title: "(4 mục tiêu; 5 nhiệm vụ; 6 hoạt động)", "(04 Mục tiêu, 05 Nhiệm vụ...)". */
export function parseDeclared(title: string): Declared | null {
  const f = fold(title);
  const d: Declared = { goals: null, tasks: null, activities: null };
  let any = false;
  for (const level of Object.keys(DECLARED) as Level[]) {
    const m = DECLARED[level].exec(f);
    if (m) {
      d[level] = Number(m[1]);
      any = true;
    }
  }
  return any ? d : null;
}

/** A title without a numeral must read as an area heading, not as a sentence that mentions one. */
const BARE_TITLE = /^(cai cach|cong tac chi dao|xay dung (va phat trien )?chinh (quyen|phu)|chinh (quyen|phu) (dien tu|so)|hien dai hoa)/;
const INLINE_NUMERAL = /^\s*(X|IX|VIII|VII|VI|V|IV|III|II|I)\s*[.):\-–]\s*(.+)$/i;

/**
 * A section row from the distinct texts of a row, in column order.
 * Forms: ["I", "CÔNG TÁC ..."], ["I. CÔNG TÁC ..."], ["CẢI CÁCH THỂ CHẾ"].
 */
export function parseSection(texts: readonly string[]): SectionHead | null {
  if (texts.length === 0) return null;
  let numeral = romanNumeral(texts[0]);
  let title: string | null = null;
  if (numeral && texts.length >= 2) {
    title = texts.slice(1).join(' ');
  } else if (!numeral) {
    const m = INLINE_NUMERAL.exec(texts[0]);
    if (m && texts.length <= 2 && (matchArea(m[2]) || parseDeclared(m[2]))) {
      numeral = m[1].toUpperCase();
      title = texts.slice(0, 1).map(() => m[2].trim()).concat(texts.slice(1)).join(' ');
    } else if (texts.length === 1 && texts[0].length < 160 && BARE_TITLE.test(fold(texts[0])) && matchArea(texts[0])) {
      title = texts[0];
    }
  }
  if (title === null) return null;
  return { numeral, title, code: matchArea(title), declared: parseDeclared(title) };
}
