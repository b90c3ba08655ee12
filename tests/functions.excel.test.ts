/**
 * The Excel-facing functions (src/functions/functions.ts) with a stand-in for the
 * CustomFunctions global: values pass through, a tagged error becomes a
 * CustomFunctions.Error with the right code and the Vietnamese message, and an
 * unexpected exception becomes #VALUE! rather than escaping.
 */
import * as xl from '../src/functions/functions';
import * as cchc from '../src/functions/cchc';
import { loadGrid } from './helpers';

class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}
const ErrorCode = { invalidValue: '#VALUE!', notAvailable: '#N/A' };

beforeAll(() => {
  (globalThis as Record<string, unknown>).CustomFunctions = { Error: StandInError, ErrorCode };
});
afterAll(() => {
  delete (globalThis as Record<string, unknown>).CustomFunctions;
});

function caught(f: () => unknown): StandInError {
  try {
    f();
  } catch (e) {
    return e as StandInError;
  }
  throw new Error('expected an Excel error');
}

const binhLu = loadGrid('binh-lu');
const taDung = loadGrid('ta-dung');
const inv = (addresses: string[]): CustomFunctions.Invocation => ({ parameterAddresses: addresses }) as CustomFunctions.Invocation;

test('values pass through unchanged', () => {
  expect(xl.count(binhLu, 'III', 'goals')).toBe(7);
  expect(xl.declared(binhLu, 'III', 'goals')).toBe(9);
  expect(xl.summary(binhLu)).toEqual(cchc.summary(binhLu));
  expect(xl.errors(binhLu, 'all')).toBe(cchc.errors(binhLu, 'all'));
  expect(xl.leads(taDung)).toEqual(cchc.leads(taDung));
  expect(xl.due(taDung, 2026)).toBe(25);
});

test('parameter addresses reach ISSUES and ROLLUP', () => {
  const rows = xl.issues(binhLu, undefined, inv(["'Bình Lư'!C3:J82"]));
  expect(rows).toContainEqual([25, 'G', 'missing-cell', 'Hàng 25, cột G (Kết quả/Sản phẩm): ô để trống — cần ghi nội dung.']);
  const r = xl.rollup([binhLu.slice(4), taDung.slice(4)], inv(['BinhLu!A5:H80', "'Tà Đùng'!A5:G70"]));
  expect(r.slice(1, 3).map((x) => x[0])).toEqual(['BinhLu', 'Tà Đùng']);
  // Without an invocation (an old host), names fall back to "Xã n".
  expect(xl.rollup([binhLu.slice(4)], undefined as unknown as CustomFunctions.Invocation)[1][0]).toBe('(Chưa rõ tên xã — Bảng 1)');
});

test('bad input → CustomFunctions.Error #VALUE! with the Vietnamese message', () => {
  const e = caught(() => xl.count([[1, 2], [3, 4]], 'III'));
  expect(e).toBeInstanceOf(StandInError);
  expect(e.code).toBe('#VALUE!');
  expect(e.message).toMatch(/^Không tìm thấy hàng tiêu đề/);
  expect(caught(() => xl.summary([[]])).message).toMatch(/^Vùng dữ liệu trống/);
});

test('unknown area → #N/A; no declared count → #N/A', () => {
  const e = caught(() => xl.count(binhLu, 'VIII'));
  expect(e.code).toBe('#N/A');
  expect(e.message).toContain('VIII');
  expect(caught(() => xl.declared(taDung, 'I')).code).toBe('#N/A');
});

test('an unexpected exception becomes #VALUE!, never escapes as a raw error', () => {
  const hostile = [[{ get error(): string { throw new TypeError('boom'); } }]];
  const e = caught(() => xl.count(hostile as unknown as unknown[][], 'III'));
  expect(e).toBeInstanceOf(StandInError);
  expect(e.code).toBe('#VALUE!');
  expect(e.message).toBe('Không tính được: boom');
});
