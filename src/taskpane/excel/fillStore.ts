/**
 * The original fills of highlighted cells, kept in the workbook itself (a
 * veryHidden sheet holding JSON in column A) so "Bỏ tô màu" works after the
 * workbook is closed and reopened, and written in the same batch as the fills.
 */

import { decodeJsonCells, encodeJsonCells } from './jsonCells';

export const STORE_SHEET = '_cchc_fills';

/** Per cell ("row,column", 0-based sheet coordinates): the fill before, and the colour we applied. */
export type SavedCell = [color: string, pattern: string, applied: string];

export interface SheetFills {
  id: string;
  cells: Record<string, SavedCell>;
}

export interface FillStore {
  v: 1;
  /** By sheet name (the id is kept to find a renamed sheet). */
  sheets: Record<string, SheetFills>;
}

export function emptyStore(): FillStore {
  return { v: 1, sheets: {} };
}

export function encodeStore(store: FillStore): string[] {
  return encodeJsonCells(store);
}

/** The store from the store sheet's column A; an empty store when missing or unreadable. */
export function decodeStore(values: readonly (readonly unknown[])[] | null): FillStore {
  return decodeJsonCells<FillStore>(values, (s) => s.v === 1 && !!s.sheets && typeof s.sheets === 'object') ?? emptyStore();
}

/** The store's key for a sheet: by name, else by id (the sheet was renamed). */
export function storeKey(store: FillStore, name: string, id: string): string | null {
  if (store.sheets[name]) return name;
  return Object.keys(store.sheets).find((k) => store.sheets[k].id === id) ?? null;
}

export const cellKey = (r: number, c: number): string => `${r},${c}`;
export function parseKey(k: string): [number, number] {
  const i = k.indexOf(',');
  return [+k.slice(0, i), +k.slice(i + 1)];
}
