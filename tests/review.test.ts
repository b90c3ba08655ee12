/**
 * Review cases (tests/review/<round>/): appendices reviewers wrote in the style of real ones — other provinces,
 * other PDF extractors, clerks' mistakes, traps for the reader's own rules — each beside what a careful reading
 * gives (the fixtures' format). Each is read as `cchc check --json` reads it, and must give that reading:
 * commune, layout, header row, every area (row, numeral, code, declared and counted), the issues it must
 * report and none it must not.
 */
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { main } from '../src/cli/main';

const ROOT = path.join(__dirname, 'review');

interface AreaSpec {
  row: number | number[];
  numeral: string | null;
  code: string | null;
  declared: unknown;
  counts: unknown;
}
interface Expected {
  /** The sheet a workbook's appendix is on, where stated: the one `cchc check` must pick. */
  sheet?: string;
  commune: string | null;
  layout: string;
  headerRow: number;
  areas: AreaSpec[];
  mustReport?: Record<string, unknown>[];
  mustNotReport?: Record<string, unknown>[];
}
type Issue = Record<string, unknown>;
const AREA_KEYS = ['row', 'numeral', 'code', 'declared', 'counts'] as const;

const cases = readdirSync(ROOT).flatMap((round) =>
  readdirSync(path.join(ROOT, round))
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => {
      const name = f.slice(0, -'.expected.json'.length);
      const input = readdirSync(path.join(ROOT, round)).find((g) => g !== f && g.startsWith(`${name}.`) && !g.endsWith('.json'))!;
      return [`${round}/${name}`, path.join(ROOT, round, input), path.join(ROOT, round, f)] as const;
    }),
);

async function checkJson(file: string): Promise<{ sheet: string | null; commune: string | null; layout: string; header: { row: number } | null; areas: (AreaSpec & { row: number })[]; issues: Issue[] }> {
  let out = '';
  await main(['check', file, '--json'], { out: (s) => (out += s), err: () => undefined, errIsTTY: false });
  return JSON.parse(out);
}

const nfc = (s: string | null): string => (s ?? '').normalize('NFC').trim();
/** An issue as a spec states it; a list of values is any of them, and (for what must be reported) a null row any row. */
const matches = (spec: Record<string, unknown>, issue: Issue, anyRow = false): boolean =>
  Object.entries(spec).every(([k, v]) => (Array.isArray(v) ? v.includes(issue[k]) : issue[k] === v || (anyRow && k === 'row' && v === null)));

test('the review cases are there (some 400 appendices)', () => {
  expect(cases.length).toBeGreaterThanOrEqual(400);
});

describe.each(cases)('%s', (_name, input, expectedFile) => {
  test('reads as a careful reader does', async () => {
    const e = JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected;
    const got = await checkJson(input);
    // (Older rounds' expectations leave some fields out: only what each one states is compared.)
    expect({ commune: nfc(got.commune), layout: got.layout, ...('headerRow' in e ? { headerRow: got.header?.row } : {}) }).toEqual({ commune: nfc(e.commune), layout: e.layout, ...('headerRow' in e ? { headerRow: e.headerRow } : {}) });
    if (e.sheet !== undefined && input.endsWith('.xlsx')) expect(got.sheet).toBe(e.sheet);
    // (A row given as a list is any of those rows; counts given as null are not stated.)
    const stated = (a: AreaSpec, like: AreaSpec): Partial<AreaSpec> => Object.fromEntries(AREA_KEYS.filter((k) => k in like && !(k === 'counts' && like.counts === null)).map((k) => [k, a[k]]));
    const wanted = e.areas.map((a, i) => (Array.isArray(a.row) && a.row.includes(got.areas[i]?.row) ? { ...a, row: got.areas[i].row } : a));
    expect(got.areas.map((a, i) => stated(a, wanted[i] ?? a))).toEqual(wanted.map((a) => stated(a, a)));
    for (const spec of e.mustReport ?? []) expect([spec, got.issues.some((i) => matches(spec, i, true))]).toEqual([spec, true]);
    for (const spec of e.mustNotReport ?? []) expect([spec, got.issues.filter((i) => matches(spec, i)).map((i) => i.message)]).toEqual([spec, []]);
  });
});
