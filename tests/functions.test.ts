/** The CCHC.* functions' logic on the real fixtures and on bad ranges, called directly (no Excel). */
import { AREAS, type Level } from '../src/core';
import * as fn from '../src/functions/cchc';
import { readCount } from '../src/functions/cache';
import { FnError } from '../src/functions/result';
import { loadExpected, loadGrid } from './helpers';

const binhLu = loadGrid('binh-lu');
const taDung = loadGrid('ta-dung');
const blExpected = loadExpected('binh-lu');
const tdExpected = loadExpected('ta-dung');
const LEVELS: Level[] = ['goals', 'tasks', 'activities'];
const VI_LEVEL: Record<Level, string> = { goals: 'mục tiêu', tasks: 'nhiệm vụ', activities: 'hoạt động' };

/** A copy, as Excel hands each call its own array. */
const copy = <T>(g: T[][]): T[][] => g.map((r) => [...r]);

function expectError(r: unknown, kind: 'value' | 'na', message?: RegExp): void {
  expect(r).toBeInstanceOf(FnError);
  expect((r as FnError).kind).toBe(kind);
  if (message) expect((r as FnError).message).toMatch(message);
}

describe('COUNT', () => {
  test.each(blExpected.areas)('Bình Lư area $numeral ($code): every level, by code, numeral and title', (area) => {
    const title = AREAS.find((a) => a.code === area.code)!.vi;
    for (const level of LEVELS) {
      const want = area.counts[level];
      expect(fn.count(binhLu, area.code, level)).toBe(want);
      expect(fn.count(binhLu, area.numeral, VI_LEVEL[level])).toBe(want);
      expect(fn.count(binhLu, title.toUpperCase(), level)).toBe(want);
    }
    expect(fn.count(binhLu, area.numeral)).toBe(area.counts.activities);
  });

  test.each(tdExpected.areas)('Tà Đùng (assignment layout) area $numeral: tasks by default', (area) => {
    expect(fn.count(taDung, area.numeral)).toBe(area.counts.tasks);
    expect(fn.count(taDung, area.code, 'nhiệm vụ')).toBe(area.counts.tasks);
  });

  test('a level the assignment layout lacks is #N/A', () => {
    expectError(fn.count(taDung, 'II', 'goals'), 'na', /phân công nhiệm vụ không có mục tiêu/);
    expectError(fn.count(taDung, 'II', 'hoạt động'), 'na');
  });

  test('folded comparison: no diacritics, any case', () => {
    expect(fn.count(binhLu, 'cai cach thu tuc hanh chinh', 'MUC TIEU')).toBe(7);
    expect(fn.count(binhLu, 'iii', 'Nhiệm Vụ')).toBe(5);
  });

  test('unknown area → #N/A; unknown level → #VALUE!; no area → #VALUE!', () => {
    expectError(fn.count(binhLu, 'VIII'), 'na', /Không có lĩnh vực “VIII”/);
    expectError(fn.count(binhLu, 'quốc phòng'), 'na');
    expectError(fn.count(binhLu, 'III', 'sản phẩm'), 'value', /Không rõ cấp “sản phẩm”/);
    expectError(fn.count(binhLu, ''), 'value');
  });
});

describe('DECLARED', () => {
  test.each(blExpected.areas)('Bình Lư area $numeral: the counts written in the title', (area) => {
    for (const level of LEVELS) expect(fn.declared(binhLu, area.numeral, level)).toBe(area.declared![level]);
  });

  test('no declared count → #N/A (Tà Đùng writes none)', () => {
    expectError(fn.declared(taDung, 'II', 'tasks'), 'na', /không ghi số nhiệm vụ/);
  });
});

describe('SUMMARY', () => {
  const s = fn.summary(binhLu) as (string | number)[][];

  test('header, then one row per area with counted, declared and status', () => {
    expect(s[0]).toEqual(['TT', 'Lĩnh vực', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Mục tiêu (kê khai)', 'Nhiệm vụ (kê khai)', 'Hoạt động (kê khai)', 'Trạng thái']);
    expect(s).toHaveLength(1 + blExpected.areas.length);
    blExpected.areas.forEach((a, i) => {
      const row = s[i + 1];
      expect(row[0]).toBe(a.numeral);
      expect(row.slice(2, 5)).toEqual(LEVELS.map((l) => a.counts[l]));
      expect(row.slice(5, 8)).toEqual(LEVELS.map((l) => a.declared![l]));
    });
  });

  test('III, IV and VII are Lệch, the rest Khớp', () => {
    const byNumeral = Object.fromEntries(s.slice(1).map((r) => [r[0], r[8]]));
    expect(byNumeral).toEqual({ I: 'Khớp', II: 'Khớp', III: 'Lệch', IV: 'Lệch', V: 'Khớp', VI: 'Khớp', VII: 'Lệch' });
  });

  test('Tà Đùng declares nothing: Không kê khai, empty cells (not 0) where a level is absent', () => {
    const t = fn.summary(taDung) as (string | number)[][];
    expect(t.slice(1).every((r) => r[8] === 'Không kê khai')).toBe(true);
    expect(t[1].slice(2, 8)).toEqual(['', 4, '', '', '', '']);
  });

  test('English headings on request; a bad language is #VALUE!', () => {
    const e = fn.summary(binhLu, 'en') as string[][];
    expect(e[0][0]).toBe('No.');
    expect(e[3][8]).toBe('Mismatch');
    expectError(fn.summary(binhLu, 'fr'), 'value');
  });
});

describe('ERRORS and ISSUES', () => {
  test('ERRORS counts by severity, errors by default', () => {
    const all = fn.issues(binhLu) as (string | number)[][];
    const n = all.length - 1;
    const errs = fn.errors(binhLu) as number;
    const warns = fn.errors(binhLu, 'cảnh báo') as number;
    const infos = fn.errors(binhLu, 'info') as number;
    // Seven declared-count mismatches and five missing cells are errors in Bình Lư.
    expect(errs).toBeGreaterThanOrEqual(12);
    expect(fn.errors(binhLu, 'lỗi')).toBe(errs);
    expect(fn.errors(binhLu, 'all')).toBe(n);
    expect(errs + warns + infos).toBe(n);
    expect(fn.errors(taDung)).toBe(0);
    expectError(fn.errors(binhLu, 'nặng'), 'value');
  });

  test('ISSUES lists every must-report issue with its row, column letter and code', () => {
    const rows = fn.issues(binhLu) as (string | number)[][];
    expect(rows[0]).toEqual(['Hàng', 'Cột', 'Mã', 'Nội dung']);
    for (const want of blExpected.mustReport!) {
      expect(rows.some((r) => r[0] === want.row && r[2] === want.code)).toBe(true);
    }
    expect(rows).toContainEqual([23, 'E', 'missing-cell', 'Hàng 23, cột E (Kết quả/Sản phẩm): ô để trống — cần ghi nội dung.']);
  });

  test('ISSUES gives sheet rows and columns when the range address is known, and English on request', () => {
    // The same table placed at C3: file row 23 is sheet row 25, column E is G.
    const rows = fn.issues(binhLu, 'en', "'Bình Lư'!$C$3:$J$82") as (string | number)[][];
    expect(rows[0]).toEqual(['Row', 'Column', 'Code', 'Message']);
    expect(rows).toContainEqual([25, 'G', 'missing-cell', 'Row 25, column G (Result/Product): the cell is empty — fill it in.']);
  });
});

describe('LEADS', () => {
  test('Bình Lư: lead units by activities, largest first; they add up to the activities', () => {
    const rows = fn.leads(binhLu) as (string | number)[][];
    expect(rows[0]).toEqual(['Đơn vị chủ trì', 'Hoạt động']);
    expect(rows[1]).toEqual(['Phòng Văn hóa – Xã hội', 12]);
    expect(rows[2]).toEqual(['Trung tâm phục vụ hành chính công', 8]);
    const counts = rows.slice(1).map((r) => r[1] as number);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(blExpected.areas.reduce((s, a) => s + a.counts.activities!, 0));
    // Rows 23 and 28 have no lead unit.
    expect(rows).toContainEqual(['(không rõ)', 2]);
  });

  test('Tà Đùng counts tasks; one area only', () => {
    const rows = fn.leads(taDung, 'II') as (string | number)[][];
    expect(rows).toEqual([
      ['Đơn vị chủ trì', 'Nhiệm vụ'],
      ['Các cơ quan, đơn vị', 4],
      ['Trung tâm Phục vụ hành chính công', 2],
    ]);
    expectError(fn.leads(taDung, 'IX'), 'na');
  });
});

describe('LEADS and DUE count what COUNT counts', () => {
  // "Xây dựng kế hoạch" under two tasks is two activities (as the engine counts): each keeps its own lead and deadline.
  const plan = [
    ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2026-2030 CỦA UBND XÃ HÒA BÌNH'],
    ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'],
    ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
    ['1', 'Chỉ số CCHC được cải thiện', 'Ban hành kế hoạch CCHC', 'Xây dựng kế hoạch', 'Kế hoạch', 'Văn phòng', 'Các đơn vị', '2026'],
    ['2', '', '', 'Tổ chức thực hiện', 'Báo cáo', 'Văn phòng', 'Các đơn vị', 'Hằng năm'],
    ['3', '', 'Bảo đảm an ninh trật tự', 'Xây dựng kế hoạch', 'Kế hoạch', 'Công an xã', 'Các thôn', '2027'],
    ['4', '', '', 'Tổ chức thực hiện', 'Báo cáo', 'Công an xã', 'Các thôn', 'Hằng năm'],
  ];
  test('the same words under two tasks are two activities for LEADS and DUE too', () => {
    expect(fn.count(plan, 'I')).toBe(4);
    expect(fn.leads(plan)).toEqual([['Đơn vị chủ trì', 'Hoạt động'], ['Công an xã', 2], ['Văn phòng', 2]]);
    expect(fn.due(plan, 2026)).toBe(3);
    expect(fn.due(plan, 2027)).toBe(3);
    expect(fn.due(plan, 2028)).toBe(2);
  });
});

describe('DUE', () => {
  test('recurring deadlines count every year of the plan (2026-2030), explicit years only theirs', () => {
    // Tà Đùng: 22 tasks recur or fall in every year; rows 12 and 55 say "Năm 2026", row 57 "28/4/2026".
    expect(fn.due(taDung, 2026)).toBe(25);
    expect(fn.due(taDung, 2030)).toBe(22);
    expect(fn.due(taDung, '2026', 'VI')).toBe(5);
    expect(fn.due(taDung, 2030, 'VI')).toBe(4);
    // In Tà Đùng numeral V is public finance: its five tasks recur yearly.
    expect(fn.due(taDung, 2030, 'public-finance')).toBe(5);
    // Outside the plan's period, "Hằng năm" is not due.
    expect(fn.due(taDung, 2031)).toBe(0);
    expect(fn.due(taDung, 2025)).toBe(0);
  });

  test('Bình Lư: 26 of 35 activities recur yearly; the rest cannot be placed in a year', () => {
    expect(fn.due(binhLu, 2027)).toBe(26);
    expect(fn.due(binhLu, 2027, 'I')).toBe(5);
    expect(fn.due(binhLu, 1900)).toBe(0);
    expect(fn.due(binhLu, 2100)).toBe(0);
  });

  test('a table without a period in its titles counts recurring deadlines in any year', () => {
    const grid = [
      ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian'],
      ['I', 'Cải cách thể chế'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 'Báo cáo', 'Văn phòng', '', 'Hằng năm'],
    ];
    expect(fn.due(grid, 2040)).toBe(1);
  });

  test('a year that is not a year is #VALUE!', () => {
    expectError(fn.due(binhLu, 'năm nay'), 'value', /Năm “năm nay”/);
    expectError(fn.due(binhLu, 20.5), 'value');
  });
});

describe('ROLLUP', () => {
  test('two communes × seven areas with totals, names from their titles', () => {
    const r = fn.rollup([binhLu, taDung]) as (string | number)[][];
    expect(r[0]).toHaveLength(2 + 7 + 1);
    expect(r[0][0]).toBe('Xã/phường');
    expect(r[0][4]).toBe('III. Cải cách thủ tục hành chính');
    const byCode = (e: typeof blExpected, level: Level): number[] =>
      AREAS.map((a) => e.areas.find((x) => x.code === a.code)!.counts[level]!);
    const bl = byCode(blExpected, 'activities');
    const td = byCode(tdExpected, 'tasks');
    const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
    expect(r[1]).toEqual(['Bình Lư', 'hoạt động', ...bl, sum(bl)]);
    expect(r[2]).toEqual(['Tà Đùng', 'nhiệm vụ', ...td, sum(td)]);
    expect(r[3]).toEqual(['Tổng cộng', '', ...bl.map((x, i) => x + td[i]), sum(bl) + sum(td)]);
  });

  test('a commune without a title is named by its sheet, else by its range\'s place ("Bảng n")', () => {
    const untitled = binhLu.slice(4); // drop the title lines
    const bySheet = fn.rollup([untitled, taDung], ["'Xã Bình Lư'!A5:H80", 'TD!A1:G70']) as string[][];
    expect(bySheet[1][0]).toBe('Xã Bình Lư');
    expect(bySheet[2][0]).toBe('Tà Đùng');
    const unnamed = fn.rollup([taDung, untitled]) as string[][];
    expect(unnamed[2][0]).toBe('(Chưa rõ tên xã — Bảng 2)');
  });

  test('a bad table says which one', () => {
    expectError(fn.rollup([binhLu, [[1, 2], [3, 4]]]), 'value', /^Bảng 2: Không tìm thấy hàng tiêu đề/);
    expectError(fn.rollup([]), 'value');
  });
});

describe('bad ranges', () => {
  const cases: [string, unknown][] = [
    ['an empty range', [[null, null], ['', '']]],
    ['no rows at all', []],
  ];
  test.each(cases)('%s → #VALUE! "Vùng dữ liệu trống"', (_name, table) => {
    expectError(fn.count(table, 'III'), 'value', /^Vùng dữ liệu trống/);
    expectError(fn.summary(table), 'value', /^Vùng dữ liệu trống/);
  });

  const noHeader: [string, unknown][] = [
    ['one cell', [['Cải cách thủ tục hành chính']]],
    ['a bare scalar', 'III'],
    ['numbers only', [[1, 2, 3], [4, 5, 6], [7, 8, 9]]],
    ['error values (engine form)', [[{ error: '#REF!' }, { error: '#N/A' }]]],
    ['error values (CustomFunctions.Error form)', [[{ code: '#VALUE!', message: 'x' }, { code: '#DIV/0!' }]]],
    ['error values as strings', [['#REF!', '#N/A'], ['#VALUE!', '#NAME?']]],
  ];
  test.each(noHeader)('%s → #VALUE! "Không tìm thấy hàng tiêu đề…" from every function', (_name, table) => {
    const msg = /^Không tìm thấy hàng tiêu đề/;
    expectError(fn.count(table, 'III'), 'value', msg);
    expectError(fn.declared(table, 'III'), 'value', msg);
    expectError(fn.summary(table), 'value', msg);
    expectError(fn.errors(table), 'value', msg);
    expectError(fn.issues(table), 'value', msg);
    expectError(fn.leads(table), 'value', msg);
    expectError(fn.due(table, 2026), 'value', msg);
    expectError(fn.rollup([table]), 'value');
  });

  test('error values inside a real table are reported, not fatal', () => {
    const g = copy(binhLu);
    g[7][4] = { error: '#REF!' };
    expect(fn.count(g, 'I')).toBe(5);
    expect((fn.issues(g) as unknown[][]).some((r) => r[2] === 'bad-cell')).toBe(true);
  });
});

describe('speed: one read per distinct range content', () => {
  test('21 calls on copies of one range read it once', () => {
    const g = copy(binhLu);
    g[0][0] = 'PHỤ LỤC (bản thử bộ nhớ đệm)'; // content not seen by other tests
    const before = readCount();
    for (const a of blExpected.areas) for (const l of LEVELS) fn.count(copy(g), a.numeral, l);
    expect(readCount() - before).toBe(1);
    g[8][3] = 'Hoạt động 99: thêm';
    fn.count(copy(g), 'I');
    expect(readCount() - before).toBe(2);
  });
});
