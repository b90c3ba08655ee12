/**
 * Which sheets the add-in wrote for a purpose (e.g. the roll-up's output), kept
 * in the workbook itself: a veryHidden sheet holding JSON in column A. Sheets are
 * remembered by id too, so a renamed output is still recognised and a sheet the
 * user made with the same name never is.
 */

import { decodeJsonCells, encodeJsonCells } from './jsonCells';

export const TAG_SHEET = '_cchc_tags';

export interface TaggedSheet {
  id: string;
  name: string;
}

export interface TagStore {
  v: 1;
  tags: Record<string, TaggedSheet[]>;
}

export function emptyTags(): TagStore {
  return { v: 1, tags: {} };
}

export function encodeTags(store: TagStore): string[] {
  return encodeJsonCells(store);
}

/** The store from the tag sheet's column A; empty when missing or unreadable. */
export function decodeTags(values: readonly (readonly unknown[])[] | null): TagStore {
  return decodeJsonCells<TagStore>(values, (s) => s.v === 1 && !!s.tags && typeof s.tags === 'object') ?? emptyTags();
}

/** The tagged sheets that still exist, by id first (renamed), then by name: their current names. */
export function liveTagged(tagged: readonly TaggedSheet[], sheets: readonly { id: string; name: string }[]): string[] {
  const out: string[] = [];
  for (const t of tagged) {
    const s = sheets.find((x) => x.id === t.id);
    if (s && !out.includes(s.name)) out.push(s.name);
  }
  return out;
}
