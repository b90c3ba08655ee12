/** The one message catalogue is complete, and the core stays free of Office, DOM and Node. */
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { analyze, catalogKeys, issueMessage, t, type IssueCode } from '../src/core';

const CODES: IssueCode[] = [
  'no-table', 'missing-column', 'repeated-header', 'continuation', 'shifted-row', 'row-outside-area', 'unknown-area', 'duplicate-area',
  'missing-area', 'empty-area', 'declared-count-mismatch', 'numbering', 'tt-sequence', 'missing-cell', 'unrecognized-deadline', 'duplicate-row', 'bad-cell',
];

test('every issue code has a Vietnamese and an English message', () => {
  for (const lang of ['vi', 'en'] as const) {
    for (const code of CODES) expect(catalogKeys(lang)).toContain(`issue.${code}`);
  }
  const vi = issueMessage({ code: 'declared-count-mismatch', severity: 'error', row: 24, column: null, area: 'procedures', level: 'goals', declared: 9, actual: 7 });
  expect(vi).toBe('Hàng 24: lĩnh vực “Cải cách thủ tục hành chính” ghi 9 mục tiêu nhưng bảng có 7 — sửa số ghi ở tên lĩnh vực, hoặc bổ sung, bỏ dòng cho đúng.');
  const en = issueMessage({ code: 'declared-count-mismatch', severity: 'error', row: 24, column: null, area: 'procedures', level: 'goals', declared: 9, actual: 7 }, { lang: 'en' });
  expect(en).toBe('Row 24: area “Administrative procedure reform” declares 9 goals but the table has 7 — correct the number in the area’s heading, or add or remove rows.');
});

test('English counts take the singular for 1 ("1 error, 2 warnings"; "declares 1 goal")', () => {
  expect(t('report.summary', { errors: 1, warnings: 2, infos: 0 }, 'en')).toBe('1 error, 2 warnings, 0 notes.');
  expect(t('report.summary', { errors: 1, warnings: 2, infos: 0 }, 'vi')).toBe('1 lỗi, 2 cảnh báo, 0 thông tin.');
  const one = issueMessage({ code: 'declared-count-mismatch', severity: 'error', row: 3, column: null, area: 'institutions', level: 'activities', declared: 1, actual: 2 }, { lang: 'en' });
  expect(one).toContain('declares 1 activity but the table has 2');
});

test('an area none of the seven is named by its own title, without the counts it declares', () => {
  const an = analyze([
    ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành'],
    ['VIII', 'CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN (2 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
    ['1', 'Mục tiêu 1: Kỷ luật, kỷ cương', 'Nhiệm vụ 1: Kiểm tra công vụ', 'Hoạt động 1: Kiểm tra đột xuất', 'Báo cáo', 'Văn phòng HĐND và UBND', '', 'Hằng năm'],
  ]);
  const said = (code: string) => an.issues.filter((i) => i.code === code).map((i) => i.message);
  expect(said('unknown-area')[0]).toMatch(/^Hàng 2: “CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN” không phải một trong bảy lĩnh vực CCHC/);
  expect(said('declared-count-mismatch')[0]).toMatch(/^Hàng 2: lĩnh vực “CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN” ghi 2 mục tiêu nhưng bảng có 1/);
});

test('Vietnamese and English catalogues hold the same keys', () => {
  const vi = new Set(catalogKeys('vi'));
  const en = new Set(catalogKeys('en'));
  expect([...vi].filter((k) => !en.has(k) && !k.startsWith('template.'))).toEqual([]);
  expect([...en].filter((k) => !vi.has(k))).toEqual([]);
});

test('src/core imports only src/core: no Office.js, DOM or Node modules', () => {
  const dir = path.join(__dirname, '..', 'src', 'core');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    const imports = [...text.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    for (const i of imports) expect({ file: f, import: i, local: i.startsWith('./') }).toEqual({ file: f, import: i, local: true });
    // Look at code only: comments and string literals may name Excel or Office.
    const code = text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '')
      .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
    expect({ file: f, usesHost: /\b(Office|Excel|window|document|process|require)\s*[.(]/.test(code) }).toEqual({ file: f, usesHost: false });
  }
});
