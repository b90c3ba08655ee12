/** The sheets the roll-up tab offers: every visible sheet but the roll-up's own outputs; appendix-looking ones pre-selected. */
import type { SheetInfo } from '../excel/types';

export function choosableSheets(sheets: readonly SheetInfo[], own: readonly string[]): { list: SheetInfo[]; selected: string[] } {
  const mine = new Set(own.map((n) => n.toLowerCase()));
  const list = sheets.filter((s) => !mine.has(s.name.toLowerCase()));
  return { list, selected: list.filter((s) => s.looksLikeAppendix).map((s) => s.name) };
}

/** Keep the user's ticks across a reload of the list: names still there stay ticked, new appendix-looking sheets get ticked. */
export function mergeSelection(before: readonly string[], previous: readonly SheetInfo[], now: readonly SheetInfo[]): string[] {
  const known = new Set(previous.map((s) => s.name));
  const kept = new Set(before);
  return now.filter((s) => kept.has(s.name) || (!known.has(s.name) && s.looksLikeAppendix)).map((s) => s.name);
}
