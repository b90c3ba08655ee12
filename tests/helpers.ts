import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { parseDelimited, type CellValue } from '../src/core';

export const FIXTURES = path.join(__dirname, 'fixtures');

export interface Expected {
  file: string;
  commune: string;
  layout: 'standard' | 'assignment';
  headerRow: number;
  columns?: Record<string, string>;
  areas: { row: number; numeral: string; code: string; declared: Record<string, number> | null; counts: Record<string, number | null> }[];
  mustReport?: Record<string, string | number>[];
  mustNotReport?: string[];
  notes: string[];
}

/** Every fixture that has an expected reading beside it. */
export function fixtureNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace(/\.expected\.json$/, ''));
}

export function loadExpected(name: string): Expected {
  return JSON.parse(readFileSync(path.join(FIXTURES, `${name}.expected.json`), 'utf8'));
}

export function loadGrid(name: string): CellValue[][] {
  const e = loadExpected(name);
  return parseDelimited(readFileSync(path.join(FIXTURES, e.file), 'utf8'), '\t');
}

/** Row numbers listed in an expected file's note that starts with the given words. */
export function noteRows(e: Expected, pattern: RegExp): number[] {
  const note = e.notes.find((n) => pattern.test(n));
  if (!note) return [];
  const head = note.split(/[:(]/)[0];
  return (head.match(/\d+/g) ?? []).map(Number);
}
