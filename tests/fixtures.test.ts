/** The engine on real appendices: every expected count, area, declared count and issue, exactly. */
import { analyze, normalizedTable, type Issue } from '../src/core';
import { fixtureNames, loadExpected, loadGrid, noteRows } from './helpers';

describe.each(fixtureNames())('fixture %s', (name) => {
  const expected = loadExpected(name);
  const an = analyze(loadGrid(name), { source: expected.file });
  const a = an.appendix;

  test('commune, layout and header row', () => {
    expect(a.commune).toBe(expected.commune);
    expect(a.layout).toBe(expected.layout);
    expect(a.header?.row).toBe(expected.headerRow);
  });

  test('columns found by their header text', () => {
    if (!expected.columns) return;
    for (const [key, text] of Object.entries(expected.columns)) {
      expect(a.header?.texts[key as keyof typeof a.header.texts]?.replace(/\s*\/\s*/g, ', ')).toBe(text.replace(/\s*\/\s*/g, ', '));
    }
  });

  test('areas: rows, numerals, codes, declared and counted', () => {
    expect(a.sections.map((s) => ({ row: s.row, numeral: s.numeral, code: s.code, declared: s.declared, counts: s.counts }))).toEqual(
      expected.areas.map((x) => ({ row: x.row, numeral: x.numeral, code: x.code, declared: x.declared, counts: x.counts })),
    );
  });

  test('every listed issue is reported, with its fields', () => {
    for (const want of expected.mustReport ?? []) {
      const { note: _note, ...fields } = want;
      const hit = an.issues.find((i) => Object.entries(fields).every(([k, v]) => (i as unknown as Record<string, unknown>)[k] === v));
      expect({ want: fields, found: Boolean(hit) }).toEqual({ want: fields, found: true });
    }
  });

  test('declared-count mismatches are exactly the listed ones', () => {
    const listed = (expected.mustReport ?? []).filter((m) => m.code === 'declared-count-mismatch');
    const got = an.issues.filter((i) => i.code === 'declared-count-mismatch');
    expect(got.map((i) => [i.row, i.area, i.level, i.declared, i.actual])).toEqual(
      listed.map((m) => [m.row, m.area, m.level, m.declared, m.actual]),
    );
  });

  test('missing cells are exactly the listed ones', () => {
    const listed = (expected.mustReport ?? []).filter((m) => m.code === 'missing-cell');
    if (listed.length === 0 && expected.mustReport) return expect(an.issues.filter((i) => i.code === 'missing-cell')).toEqual([]);
    expect(an.issues.filter((i) => i.code === 'missing-cell').map((i) => [i.row, i.column])).toEqual(listed.map((m) => [m.row, m.column]));
  });

  test('nothing marked must-not-report appears', () => {
    for (const code of expected.mustNotReport ?? []) {
      expect(an.issues.filter((i: Issue) => i.code === code)).toEqual([]);
    }
  });

  test('repeated headers dropped and page-break continuations joined at the noted rows', () => {
    const repeated = noteRows(expected, /repeat the header/);
    if (repeated.length) expect(an.issues.filter((i) => i.code === 'repeated-header').map((i) => i.row)).toEqual(repeated);
    const continued = noteRows(expected, /continue/);
    expect(an.issues.filter((i) => i.code === 'continuation').map((i) => i.row)).toEqual(continued);
    for (const row of continued) {
      const item = a.items.find((it) => it.rows.includes(row));
      expect(item?.rows[0]).toBeLessThan(row);
    }
  });

  test('every issue has a Vietnamese message that says where', () => {
    for (const i of an.issues) {
      expect(i.message.length).toBeGreaterThan(10);
      if (i.row !== null) expect(i.message).toContain(String(i.row));
    }
  });

  test('no errors other than declared counts and missing cells, no numbering warnings but the listed', () => {
    const listed = (expected.mustReport ?? []).filter((m) => m.code === 'numbering').map((m) => m.row);
    expect(an.issues.filter((i) => i.code === 'numbering').map((i) => i.row)).toEqual(listed);
    expect(an.issues.filter((i) => i.severity === 'error' && !['declared-count-mismatch', 'missing-cell'].includes(i.code))).toEqual([]);
  });

  test('its normalized table reads back alike: layout, counts, cells, no issue of its own', () => {
    for (const lang of ['vi', 'en'] as const) {
      const t = normalizedTable(an, lang);
      const back = analyze([t.header, ...t.rows]);
      expect(back.appendix.layout).toBe(a.layout);
      // The counts each area's title declares come along with the area's name, in either language.
      expect(back.appendix.sections.map((s) => [s.code, s.counts, s.declared])).toEqual(a.sections.map((s) => [s.code, s.counts, s.declared]));
      const cells = (x: typeof a) => x.items.map(({ tt, goal, task, activity, product, lead, partners, deadline, monitor }) => ({ tt, goal, task, activity, product, lead, partners, deadline, monitor }));
      expect(cells(back.appendix)).toEqual(cells(a));
      // Every error or warning comes along, the declared-count mismatches too (a shifted row was realigned).
      const kinds = (x: typeof an) => x.issues.filter((i) => i.severity !== 'info' && i.code !== 'shifted-row').map((i) => `${i.code}:${i.column}:${i.level ?? ''}`).sort();
      expect(kinds(back)).toEqual(kinds(an));
    }
  });
});

describe('Bình Lư specifics', () => {
  const an = analyze(loadGrid('binh-lu'));
  const items = an.appendix.items;
  test('a label-carrying row without TT is a real item (row 65)', () => {
    const it = items.find((i) => i.rows[0] === 65);
    expect(it?.tt).toBeNull();
    expect(it?.goal).toMatch(/^Mục tiêu 2: Tỷ lệ văn bản/);
    // Row 68 continues that goal across the page break.
    expect(it?.goal).toMatch(/trên Hệ thống Quản lý văn bản và điều hành/);
  });
  test('Mục tiêu 2 of area III (row 28) sits under Nhiệm vụ 1, as a merged cell would', () => {
    const it = items.find((i) => i.rows[0] === 28)!;
    expect(it.goal).toMatch(/^Mục tiêu 2:/);
    expect(it.task).toMatch(/^Nhiệm vụ 1:/);
  });
  test('a split activity is joined with its continuation (rows 70 + 73)', () => {
    const it = items.find((i) => i.rows[0] === 70)!;
    expect(it.rows).toEqual([70, 73]);
    expect(it.activity).toMatch(/thông tin, chuyển đổi số, an toàn thông tin/);
  });
  test('the TT column skips numbers: information, not an error', () => {
    const tt = an.issues.filter((i) => i.code === 'tt-sequence');
    expect(tt.length).toBeGreaterThan(0);
    expect(tt.every((i) => i.severity === 'info')).toBe(true);
    expect(tt.map((i) => i.row)).toContain(29);
  });
});
