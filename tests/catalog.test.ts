/** The one message catalogue is complete, and the core stays free of Office, DOM and Node. */
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { catalogKeys, issueMessage, type IssueCode } from '../src/core';

const CODES: IssueCode[] = [
  'no-table', 'missing-column', 'repeated-header', 'continuation', 'shifted-row', 'row-outside-area', 'unknown-area', 'duplicate-area',
  'missing-area', 'empty-area', 'declared-count-mismatch', 'numbering', 'tt-sequence', 'missing-cell', 'unrecognized-deadline', 'duplicate-row', 'bad-cell',
];

test('every issue code has a Vietnamese and an English message', () => {
  for (const lang of ['vi', 'en'] as const) {
    for (const code of CODES) expect(catalogKeys(lang)).toContain(`issue.${code}`);
  }
  const vi = issueMessage({ code: 'declared-count-mismatch', severity: 'error', row: 24, column: null, area: 'procedures', level: 'goals', declared: 9, actual: 7 });
  expect(vi).toBe('Hàng 24: lĩnh vực “Cải cách thủ tục hành chính” ghi 9 mục tiêu nhưng bảng có 7.');
  const en = issueMessage({ code: 'declared-count-mismatch', severity: 'error', row: 24, column: null, area: 'procedures', level: 'goals', declared: 9, actual: 7 }, { lang: 'en' });
  expect(en).toBe('Row 24: area “Administrative procedure reform” declares 9 goals but the table has 7.');
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
