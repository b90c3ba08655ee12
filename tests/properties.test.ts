/** Property-based tests of the reader: any grid reads, no text is lost, normalizing is idempotent. */
import fc from 'fast-check';
import { isBlankText } from '../src/core/rowKinds';
import {
  analyze,
  cellError,
  cellText,
  checkAppendix,
  clean,
  fold,
  headerKey,
  normalizedTable,
  readAppendix,
  toneKey,
  type Appendix,
  type CellValue,
  type MergedArea,
} from '../src/core';

// More runs (FC_RUNS=4000 before a release) take longer than jest's 5 s default: give each property time in proportion.
// (Generous: beside the webpack build and the other suites on a busy CI machine, hundreds of runs take seconds.)
jest.setTimeout(Math.max(30_000, Number(process.env.FC_RUNS ?? 400) * 10));

const WORDS = [
  'TT', 'STT', '1. Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành', 'Theo dõi',
  'Mục tiêu 1: Nâng cao', 'Mục tiêu 2', 'Nhiệm vụ 1: Rà soát', 'Nhiệm vụ 3', 'Hoạt động 1: Tổ chức', 'Hoạt động 2 Kiểm tra',
  'I', 'II.', 'III', 'IV', 'V', 'VI', 'VII', 'I. CẢI CÁCH THỂ CHẾ', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (4 mục tiêu; 5 nhiệm vụ; 6 hoạt động)',
  'Cải cách tổ chức bộ máy', 'Xây dựng chính quyền số', 'Công tác chỉ đạo, điều hành', 'Hằng năm', '2026-2030', 'Quý I', 'Phòng Văn hoá – Xã hội',
  'Văn phòng HĐND và UBND', 'Số hoá hồ sơ'.normalize('NFD'), 'TM. ỦY BAN NHÂN DÂN', 'Lĩnh vực', 'của UBND xã Bình Lư', '#REF!', '1', '2', '3',
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 3000 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date({ min: new Date('1990-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>({ error: '#N/A' }, '#DIV/0!', undefined) },
);

const grid = fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 30 });

const merges = (rows: number, cols: number): fc.Arbitrary<MergedArea[]> =>
  fc.array(
    fc.record({ top: fc.nat(Math.max(0, rows)), left: fc.nat(Math.max(0, cols)), h: fc.nat(3), w: fc.nat(3) }).map((m) => ({
      top: m.top,
      left: m.left,
      bottom: m.top + m.h,
      right: m.left + m.w,
    })),
    { maxLength: 4 },
  );

/** Everything the model keeps of what the user wrote. */
function keptText(a: Appendix): string {
  const parts: string[] = [...a.titleLines, ...a.footerLines, ...(a.header?.cells ?? [])];
  for (const s of a.sections) parts.push(s.text);
  for (const it of a.items) parts.push(it.tt ?? '', it.goal ?? '', it.task ?? '', it.activity ?? '', it.product ?? '', it.lead ?? '', it.partners ?? '', it.deadline ?? '', it.monitor ?? '', it.extra ?? '');
  return parts.join('\u0001');
}

describe('reader properties', () => {
  test('any grid (with any merges) reads and checks without throwing', () => {
    fc.assert(
      fc.property(
        grid.chain((g) => fc.tuple(fc.constant(g), merges(g.length, 10))),
        ([g, m]) => {
          const a = readAppendix(g, { merges: m });
          const issues = checkAppendix(a);
          expect(Array.isArray(issues)).toBe(true);
          for (const i of issues) expect(typeof i.message).toBe('string');
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 400), seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined },
    );
  });

  test("no non-empty cell's text is lost", () => {
    fc.assert(
      fc.property(grid, (g) => {
        const a = readAppendix(g);
        const dropped = new Set(a.notes.filter((n) => n.code === 'repeated-header').map((n) => n.row));
        const kept = keptText(a);
        g.forEach((row, r) => {
          if (dropped.has(r + 1)) return;
          for (const v of row) {
            if (cellError(v)) continue;
            const text = cellText(v);
            // (A cell of marks only, "-", "|", "…", says nothing: the reader reads it as an empty cell, on purpose.)
            if (text && !isBlankText(text)) expect({ text, found: kept.includes(text) }).toEqual({ text, found: true });
          }
        });
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 400), seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined },
    );
  });

  test('text folding and keys are idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...WORDS)), (s) => {
        expect(clean(clean(s))).toBe(clean(s));
        expect(fold(fold(s))).toBe(fold(s));
        expect(toneKey(toneKey(s))).toBe(toneKey(s));
        expect(toneKey(s.normalize('NFD'))).toBe(toneKey(s.normalize('NFC')));
      }),
      { numRuns: 500 },
    );
  });

  test('normalizing twice changes nothing', () => {
    const HEADER = ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'];
    // Data cells here are contents, not column titles: a cell reading "Nhiệm vụ" alone is a header, not data.
    const contents = WORDS.filter((w) => !headerKey(w) && !/^(I|II\.|III|IV|V|VI|VII|\d)$/.test(w));
    const text = fc.constantFrom(...contents, '', '', 'nội dung tiếp');
    const dataRow = fc.tuple(fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 9 }).map(String)), text, text, text, text, text, text, text);
    const sectionRow = fc.constantFrom<string[]>(['I', 'Cải cách thể chế (2 mục tiêu; 2 nhiệm vụ; 3 hoạt động)'], ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'], ['III.', 'Xây dựng chính quyền điện tử'], ['IV', 'Việc khác']);
    const body = fc.array(fc.oneof({ weight: 5, arbitrary: dataRow as fc.Arbitrary<string[]> }, { weight: 1, arbitrary: sectionRow }), { maxLength: 25 });
    fc.assert(
      fc.property(body, (rows) => {
        const g0: CellValue[][] = [['PHỤ LỤC'], HEADER, ...rows];
        const t1 = normalizedTable(analyze(g0));
        const t2 = normalizedTable(analyze([t1.header, ...t1.rows]));
        // The last column names the source rows, which differ by construction.
        const body1 = t1.rows.map((r) => r.slice(0, -1));
        const body2 = t2.rows.map((r) => r.slice(0, -1));
        expect(t2.header).toEqual(t1.header);
        expect(body2).toEqual(body1);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});
