/**
 * The real fixtures, messed up the way real copies are, must read the same:
 * text written another way (NFD, old tone marks, other dashes, odd spaces),
 * page breaks in other places (the header again), rows split across a page,
 * a row one column late. Counts, codes and declared counts stay those of
 * the fixture's expected reading.
 */
import fc from 'fast-check';
import { analyze, type CellValue } from '../src/core';
import { fixtureNames, loadExpected, loadGrid } from './helpers';

type Grid = CellValue[][];
type Edit =
  | { kind: 'text'; row: number; col: number; how: number }
  | { kind: 'break'; row: number; page: number }
  | { kind: 'split'; row: number; at: number; page: boolean }
  | { kind: 'shift'; row: number }
  | { kind: 'section'; row: number; how: number }
  | { kind: 'label'; row: number; col: number; how: number };

/** New tone placement ↔ old ("hóa" ↔ "hoá", "thủy" ↔ "thuỷ"). */
const TONES: [string, string][] = [
  ['óa', 'oá'], ['òa', 'oà'], ['ỏa', 'oả'], ['õa', 'oã'], ['ọa', 'oạ'],
  ['úy', 'uý'], ['ùy', 'uỳ'], ['ủy', 'uỷ'], ['ũy', 'uỹ'], ['ụy', 'uỵ'],
];
const swapTones = (s: string): string => {
  let out = s;
  for (const [a, b] of TONES) out = out.split(a).join('\u0000').split(b).join(a).split('\u0000').join(b);
  return out;
};
const REWRITES: ((s: string) => string)[] = [
  (s) => s.normalize('NFD'),
  swapTones,
  (s) => s.replace(/ - /g, ' – '),
  (s) => s.replace(/–/g, '-'),
  (s) => s.replace(/ - /g, ' − '),
  (s) => s.replace(/ /g, '  '),
  (s) => s.replace(/ /, '\u00a0'),
  (s) => ` ${s} `,
  // Look-alike letters from PDF fonts and OCR: "ƣ" for "ư", the eth "Ð" for "Đ".
  (s) => s.replace(/ư/g, 'ƣ').replace(/Ư/g, 'Ƣ').replace(/Đ/g, 'Ð').replace(/đ/g, 'ð'),
];

/** A section row written another way: numeral with a dot or in the title's cell, counts zero-padded or with commas, another case. */
const SECTION_FORMS: ((numeral: string, title: string) => CellValue[])[] = [
  (n, t) => [`${n}.`, t],
  (n, t) => [`${n}. ${t}`],
  (n, t) => [n, t.replace(/\((\d+)/, '(0$1').replace(/; (\d)/g, '; 0$1')],
  (n, t) => [n, t.replace(/;/g, ',')],
  (n, t) => [n, t.toUpperCase()],
  (n, t) => [`${n} -`, t],
  (n, t) => [n, t.replace(/\s*\(/, ' (')],
];
/** A label written another way. */
const LABEL_FORMS: ((s: string) => string)[] = [
  (s) => s.replace(/^(Mục tiêu|Nhiệm vụ|Hoạt động) (\d+):/, '$1 $2.'),
  (s) => s.replace(/^(Mục tiêu|Nhiệm vụ|Hoạt động) (\d+):/, (_m, w: string, d: string) => `${w.toUpperCase()} ${d}:`),
  (s) => s.replace(/^(Mục tiêu|Nhiệm vụ|Hoạt động) (\d+):/, '$1 số $2:'),
  (s) => s.replace(/^(Mục tiêu|Nhiệm vụ|Hoạt động) (\d+):/, '$1 $2 -'),
  (s) => s.replace(/^(Mục tiêu|Nhiệm vụ|Hoạt động) (\d+):/, '$1 $2 :'),
  (s) => s.replace(/^(Mục tiêu|Nhiệm vụ|Hoạt động) (\d+):/, (_m, w: string, d: string) => `${w} 0${d}:`),
  // A PDF's extraction spacing a letter drawn with its marks apart: "M ục tiêu", "Nhi ệm v ụ", "Ho ạt động".
  (s) => s.replace(/^Mục tiêu/, 'M ục tiêu').replace(/^Nhiệm vụ/, 'Nhi ệm v ụ').replace(/^Hoạt động/, 'Ho ạt động'),
];

/** Header cells written another way (every copy of the header alike). */
const HEADER_WORDS: Record<string, string[]> = {
  TT: ['STT', 'Số TT', 'TT'],
  Stt: ['TT', 'STT', 'Số thứ tự'],
  '1. Mục tiêu': ['Mục tiêu', 'MỤC TIÊU', 'Muc tieu'],
  '2. Nhiệm vụ': ['Nhiệm vụ', 'NHIỆM VỤ', 'Nhiệm vụ cụ thể'],
  '3. Hoạt động': ['Hoạt động', 'HOẠT ĐỘNG', 'Các hoạt động'],
  '4. Kết quả/Sản phẩm': ['Kết quả, sản phẩm', 'Sản phẩm', 'KẾT QUẢ/SẢN PHẨM'],
  '5. Chủ trì': ['Đơn vị chủ trì', 'Cơ quan chủ trì', 'Chủ trì thực hiện'],
  '6. Phối hợp': ['Đơn vị phối hợp', 'Cơ quan phối hợp', 'Phối hợp thực hiện'],
  '7. Thời gian hoàn thành': ['Thời hạn hoàn thành', 'Thời gian', 'Thời gian thực hiện'],
  'Nhiệm vụ': ['Nội dung nhiệm vụ', 'NHIỆM VỤ', 'Tên nhiệm vụ'],
  'Sản phẩm': ['Kết quả/Sản phẩm', 'Sản phẩm đầu ra', 'SẢN PHẨM'],
  'Thời gian hoàn thành': ['Thời hạn hoàn thành', 'Thời gian', 'Thời hạn'],
  'Chủ trì thực hiện': ['Chủ trì', 'Đơn vị chủ trì', 'Cơ quan, đơn vị chủ trì'],
  'Phối hợp thực hiện': ['Phối hợp', 'Đơn vị phối hợp', 'Cơ quan phối hợp'],
};
/** The layout of the whole table: another header wording, columns in another order, a notes column. */
interface Layout {
  words: number;
  order: number;
  notes: boolean;
}

function relayout(g: Grid, headerRow: number, l: Layout): Grid {
  const header = g[headerRow].slice();
  const same = (r: CellValue[]) => r.length === header.length && r.every((v, i) => v === header[i]);
  const width = header.length;
  // Columns after TT in another order (seeded): staff move "Thời gian" before "Chủ trì".
  const rest = Array.from({ length: width - 1 }, (_, i) => i + 1);
  let seed = l.order;
  for (let i = rest.length - 1; i > 0 && l.order % 4 === 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  const order = [0, ...rest];
  return g.map((r, ri) => {
    if (ri < headerRow) return r;
    const isHeader = same(r);
    const out = r.length >= 2 ? order.map((c) => r[c] ?? '') : r.slice();
    if (isHeader) for (let c = 0; c < out.length; c++) {
      const forms = HEADER_WORDS[String(out[c])];
      if (forms) out[c] = forms[l.words % forms.length];
    }
    if (l.notes && r.length >= 2) out.push(isHeader ? 'Ghi chú' : '');
    return out;
  });
}

const LABEL_START = /^\s*(mục tiêu|nhiệm vụ|hoạt động|mt|nv|hđ)\s*\d/i;
const LOWER = /^\p{Ll}/u;

/** Where a cell's text may be cut at a printed line: before a word in lower case. */
function cutPoints(s: string): number[] {
  const out: number[] = [];
  for (let i = 12; i < s.length - 8; i++) if (s[i] === ' ' && LOWER.test(s.slice(i + 1)) && !LABEL_START.test(s.slice(i + 1))) out.push(i);
  return out;
}

interface Fill {
  row: number;
  col: number;
  /** The row whose cell is copied (as it reads after the other edits). */
  from: number;
}

const width = (g: Grid): number => Math.max(...g.map((r) => r.length));

function applyEdits(base: Grid, headerRow: number, items: number[], sections: number[], edits: Edit[], moved = false, bare = false, layout: Layout = { words: 0, order: 1, notes: false }, fills: Fill[] = []): { grid: Grid; shifted: boolean } {
  const g = base.map((r) => r.slice());
  const header = g[headerRow];
  let shifted = false;
  // Inserted rows go after the edited row: later rows first, so earlier indices stay valid.
  const inserts: { after: number; rows: Grid }[] = [];
  const used = new Set<number>();
  const cutRows = new Set<number>();
  const cut = cutRows;
  for (const e of edits) {
    if (e.kind === 'text') {
      const v = g[e.row]?.[e.col];
      if (typeof v === 'string' && v) g[e.row][e.col] = REWRITES[e.how % REWRITES.length](v);
      continue;
    }
    // Page breaks also fall before section rows; rows split or shifted are items.
    const starts = e.kind === 'break' ? [...items, ...sections] : items;
    if (e.kind === 'label') {
      const v = g[items[e.row % items.length]][e.col % width(g)];
      if (typeof v === 'string') g[items[e.row % items.length]][e.col % width(g)] = LABEL_FORMS[e.how % LABEL_FORMS.length](v);
      continue;
    }
    if (e.kind === 'section') {
      const r = sections[e.row % sections.length];
      // One form per section row ("V.. …" is no one's way of writing).
      if (used.has(r)) continue;
      used.add(r);
      const [n, t] = g[r].filter((v) => v !== '' && v !== null) as string[];
      if (typeof n === 'string' && typeof t === 'string') g[r] = SECTION_FORMS[e.how % SECTION_FORMS.length](n, t);
      continue;
    }
    const row = starts[e.row % starts.length];
    if (used.has(row)) continue;
    used.add(row);
    if (e.kind === 'break') {
      // Some converters print the page number above the repeated header. (An appendix's pages
      // go on from the plan's, beyond its TT numbers: a page number that fits the TT sequence
      // between two numbered rows is an empty item, see realWorld.test.ts.)
      inserts.push({ after: row - 1, rows: e.page % 3 === 0 ? [[], [String(14 + (e.page % 40))], header.slice()] : [[], header.slice()] });
    } else if (e.kind === 'split') {
      const line = g[row];
      // Only a row whose next row opens an item of its own (no continuation already after it).
      if (!items.includes(row + 1) && !sections.includes(row + 1) && row + 1 < g.length) continue;
      const rest: CellValue[] = line.map(() => '');
      let cut = false;
      line.forEach((v, c) => {
        if (c === 0 || typeof v !== 'string') return;
        const points = cutPoints(v);
        if (points.length === 0) return;
        const p = points[e.at % points.length];
        line[c] = v.slice(0, p);
        rest[c] = v.slice(p + 1);
        cut = true;
      });
      // A table printed without its header on every page: the rest of the row comes right after.
      if (cut) cutRows.add(row);
      if (cut) inserts.push({ after: row, rows: e.page ? [[], header.slice(), rest] : [rest] });
    } else {
      // A "Mục tiêu N" row written one column late: everything after TT moves right
      // (in the fixture's column order).
      const line = g[row];
      if (layout.order % 4 === 0) continue;
      if (typeof line[1] !== 'string' || !/^Mục tiêu \d/.test(line[1].normalize('NFC'))) continue;
      g[row] = [line[0], '', ...line.slice(1)];
      cutRows.add(row);
      shifted = true;
    }
  }
  // Goal and task written again on every row under them (cells merged down, unmerged by a
  // converter), except where a row was cut at a page break or shifted.
  for (const f of fills) if (!cut.has(f.row) && !cut.has(f.from) && g[f.row][f.col] === '') g[f.row][f.col] = g[f.from][f.col];
  inserts.sort((a, b) => b.after - a.after);
  for (const ins of inserts) g.splice(ins.after + 1, 0, ...ins.rows);
  // A table printed without its header on every page (and no blank line between pages).
  if (bare) {
    const same = (r: CellValue[]) => r.length === header.length && r.every((v, i) => v === header[i]);
    for (let r = g.length - 1; r > headerRow; r--) if (same(g[r]) || g[r].every((v) => v === '' || v === null)) g.splice(r, 1);
  }
  const laid = relayout(g, headerRow, layout);
  // The table where the user put it: a column and rows further in.
  if (moved) return { grid: [[], ...laid.map((r) => ['', ...r])], shifted };
  return { grid: laid, shifted };
}

describe.each(fixtureNames())('fixture %s, messed up', (name) => {
  const expected = loadExpected(name);
  const base = loadGrid(name);
  const baseline = analyze(base, { source: expected.file });
  // Rows (0-based) where an item starts, and where a section starts: page breaks go before them.
  const items = baseline.appendix.items.map((i) => i.rows[0] - 1);
  const fills: Fill[] = [];
  for (const k of ['goal', 'task'] as const) {
    const col = baseline.appendix.header!.columns[k];
    if (col === undefined) continue;
    // From the row that wrote it, when that cell holds all of it (not joined over a page break).
    let from = -1;
    for (const it of baseline.appendix.items) {
      const r = it.rows[0] - 1;
      const own = String(base[r][col] ?? '');
      if (own !== '') from = own.normalize('NFC').trim() === it[k] ? r : -1;
      else if (it[k] && from >= 0) fills.push({ row: r, col, from });
    }
  }
  const sections = baseline.appendix.sections.map((s) => s.row - 1);
  const mismatches = (an: ReturnType<typeof analyze>) =>
    an.issues.filter((i) => i.code === 'declared-count-mismatch').map((i) => [i.area, i.level, i.declared, i.actual]);
  const cols = width(base);
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    fc.record({ kind: fc.constant('text' as const), row: fc.nat(base.length - 1), col: fc.nat(cols - 1), how: fc.nat() }),
    fc.record({ kind: fc.constant('section' as const), row: fc.nat(), how: fc.nat() }),
    fc.record({ kind: fc.constant('label' as const), row: fc.nat(), col: fc.nat(), how: fc.nat() }),
    fc.record({ kind: fc.constant('break' as const), row: fc.nat(), page: fc.nat() }),
    fc.record({ kind: fc.constant('split' as const), row: fc.nat(), at: fc.nat(), page: fc.boolean() }),
    fc.record({ kind: fc.constant('shift' as const), row: fc.nat() }),
  );

  test('the edits have something to work on', () => {
    expect(items.length).toBeGreaterThan(10);
    // A standard table leaves goal and task cells empty under the row that wrote them.
    if (expected.layout === 'standard') expect(fills.length).toBeGreaterThan(5);
  });

  test('reads the same counts, areas and mismatches', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), fc.boolean(), fc.boolean(), fc.record({ words: fc.nat(), order: fc.nat(), notes: fc.boolean() }), fc.boolean(), (edits, moved, bare, layout, fill) => {
        const { grid, shifted } = applyEdits(base, expected.headerRow - 1, items, sections, edits, moved, bare, layout, fill ? fills : []);
        const an = analyze(grid, { source: expected.file });
        expect(an.appendix.commune).toBe(expected.commune);
        expect(an.appendix.layout).toBe(expected.layout);
        expect(an.areas.map((a) => [a.code, a.numeral, a.declared, a.counts])).toEqual(expected.areas.map((a) => [a.code, a.numeral, a.declared, a.counts]));
        expect(mismatches(an)).toEqual(mismatches(baseline));
        const codes = new Set(an.issues.filter((i) => i.severity !== 'info').map((i) => i.code));
        for (const never of expected.mustNotReport ?? []) expect(codes.has(never as never)).toBe(false);
        const before = new Set(baseline.issues.filter((i) => i.severity !== 'info').map((i) => i.code));
        const added = [...codes].filter((c) => !before.has(c) && !(shifted && c === 'shifted-row'));
        expect(added).toEqual([]);
      }),
      { numRuns: Number(process.env.RUNS ?? 150) },
    );
  });
});
