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

/** The label number a cell starts with for this level ("Mục tiêu 3: ..." → 3). */
export function labelNumber(text: string, level: Level): number | null {
  if (!text) return null;
  const m = LEVELS.find((l) => l.level === level)!.label.exec(head(text));
  return m ? Number(m[1]) : null;
}

/** Any level label the cell starts with. */
export function anyLabel(text: string): Label | null {
  if (!text) return null;
  const h = head(text);
  for (const l of LEVELS) {
    const m = l.label.exec(h);
    if (m) return { level: l.level, n: Number(m[1]) };
  }
  return null;
}

/** The text without its label ("Hoạt động 2: Rà soát" → "Rà soát"), for comparing contents. */
export function stripLabel(text: string): string {
  return text.replace(/^\s*\S+\s+\S+\s*\d+\s*[:.)\-–]?\s*/u, (m) => (anyLabel(m) ? '' : m));
}
