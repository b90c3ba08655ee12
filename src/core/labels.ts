import { LEVELS, type Level } from './glossary';
import { fold } from './text';

export interface Label {
  level: Level;
  n: number;
}

/** Only the start of a cell can carry a label; folding just that keeps long cells cheap. */
function head(text: string): string {
  return fold(text.slice(0, 24));
}

/** Labels open with M(ục tiêu), N(hiệm vụ) or H(oạt động): most cells are ruled out by one character. */
function mayBeLabel(text: string): boolean {
  const c = text.trimStart().charCodeAt(0) | 0x20;
  return c === 0x6d || c === 0x6e || c === 0x68;
}

/** The label number a cell starts with for this level ("Mục tiêu 3: ..." → 3). */
/** The usual spelling, matched without folding; other spellings fall back to the folded match. */
const WRITTEN: Record<Level, RegExp> = {
  goals: /^\s*mục tiêu\s*(\d+)/i,
  tasks: /^\s*nhiệm vụ\s*(\d+)/i,
  activities: /^\s*hoạt động\s*(\d+)/i,
};

export function labelNumber(text: string, level: Level): number | null {
  if (!text || !mayBeLabel(text)) return null;
  const w = WRITTEN[level].exec(text);
  if (w) return Number(w[1]);
  const m = LEVELS.find((l) => l.level === level)!.label.exec(head(text));
  return m ? Number(m[1]) : null;
}

/** Any level label the cell starts with. */
export function anyLabel(text: string): Label | null {
  if (!text || !mayBeLabel(text)) return null;
  for (const level of Object.keys(WRITTEN) as Level[]) {
    const w = WRITTEN[level].exec(text);
    if (w) return { level, n: Number(w[1]) };
  }
  const h = head(text);
  for (const l of LEVELS) {
    const m = l.label.exec(h);
    if (m) return { level: l.level, n: Number(m[1]) };
  }
  return null;
}

/** The text without its label ("Hoạt động 2: Rà soát" → "Rà soát"), for comparing contents. */
export function stripLabel(text: string): string {
  if (!mayBeLabel(text)) return text;
  return text.replace(/^\s*\S+\s+\S+\s*\d+\s*[:.)\-–]?\s*/u, (m) => (anyLabel(m) ? '' : m));
}
