/**
 * The Tổng hợp tab in a real browser (Debian's Chromium, playwright-core) on the
 * production build with the Excel fake: three commune sheets ticked for the user,
 * an .xlsx file added (inserted by the fake as Excel would, exceljs loaded as its
 * own chunk from localhost), the same commune flagged before anything is written,
 * then the matrix cells and the chart's series on the fake checked against the
 * engine, and a second run replacing its own sheets. Screenshots as in taskpane.e2e.test.ts.
 * Uses the task pane test's build (webpack.e2e.js) and server, with its own page.
 */
import ExcelJS from 'exceljs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { analyze, AREAS, areaName, rollUp, rollUpTables, type CellValue } from '../../src/core';
import { loadGrid } from '../helpers';
import { buildDir, compile, e2eConfig, open, SHOTS, type Session } from './harness';

jest.setTimeout(240_000);

const OUT = buildDir('e2e-rollup-dist');
const SHEETS = ['Bình Lư', 'Tà Đùng', 'Sĩ Lữ Lâu'];

interface FakeWb {
  sheetNames(): string[];
  sheet(name: string): { grid(): CellValue[][]; charts: { type: string; title: string; series: { name: string; categories: unknown[]; values: unknown[] }[] }[]; visibility: string };
}
declare const window: Window & { __cchcWorkbook: FakeWb };

let session: Session;
let page: Page;
let requests: string[];
let pageErrors: string[];

beforeAll(async () => {
  const config = await e2eConfig(OUT);
  /* eslint-disable @typescript-eslint/no-require-imports */
  const HtmlWebpackPlugin = require('html-webpack-plugin');
  /* eslint-enable @typescript-eslint/no-require-imports */
  config.entry = { ...(config.entry as Record<string, string>), e2erollup: path.join(__dirname, 'page/fakeOfficeRollup.ts') };
  config.plugins!.push(
    new HtmlWebpackPlugin({
      filename: 'e2e-rollup.html',
      templateContent: '<!doctype html><html lang="vi"><head><meta charset="utf-8" /><title>Tổng hợp — kiểm thử</title></head><body><div id="root"></div></body></html>',
      chunks: ['e2erollup', 'taskpane'],
      chunksSortMode: 'manual',
      inject: 'body',
      scriptLoading: 'defer',
    }),
  );
  await compile(config);
  session = await open(OUT, 'e2e-rollup.html');
  ({ page, requests, pageErrors } = session);
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await page.getByRole('checkbox', { name: /Bình Lư/ }).waitFor();
});

afterAll(async () => {
  await session?.close();
});

async function shot(name: string, selector?: string): Promise<void> {
  // The pane is idle (the run button usable again) and Fluent's progress bars have finished moving.
  await page.waitForFunction(() => document.querySelector('[data-testid="rollup-confirm"]') || document.querySelector('[data-testid="rollup-run"]')?.getAttribute('aria-disabled') !== 'true');
  await page.waitForTimeout(600);
  if (selector) await page.locator(selector).first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
  else await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

const fake = <T>(fn: (w: FakeWb, arg: any) => T, arg?: unknown): Promise<T> => // eslint-disable-line @typescript-eslint/no-explicit-any
  page.evaluate(([f, a]) => new Function('w', 'a', `return (${f})(w, a)`)(window.__cchcWorkbook, a), [fn.toString(), arg] as const);

const excel = (v: CellValue): CellValue => (v === null || v === undefined ? '' : v);

/** Bình Lư once more, its title in capitals without diacritics: the same commune under another spelling. */
async function sameCommuneFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục');
  for (const r of loadGrid('binh-lu')) ws.addRow(r.map((v) => (typeof v === 'string' ? (v === '' ? null : v.replace('xã Bình Lư', 'xã BINH LU')) : v)) as ExcelJS.CellValue[]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('the appendix sheets are ticked, the notes sheet is not; files will be inserted as sheets', async () => {
  for (const n of SHEETS) expect(await page.getByRole('checkbox', { name: new RegExp(`^${n}`) }).isChecked()).toBe(true);
  expect(await page.getByRole('checkbox', { name: /^Ghi chép/ }).isChecked()).toBe(false);
  await expect(page.getByText(/Tệp sẽ được chèn vào sổ làm việc này/).isVisible()).resolves.toBe(true);
  await page.getByTestId('rollup-file-input').setInputFiles({ name: 'xa-binh-lu-ban-2.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await sameCommuneFile() });
  await page.getByText('xa-binh-lu-ban-2.xlsx').waitFor();
  await expect(page.getByText('Đã chọn 3 trang tính và 1 tệp.').isVisible()).resolves.toBe(true);
  await shot('21-tong-hop-chon');
});

test('the same commune under another spelling is flagged before anything is written; untick it and go on', async () => {
  await page.getByTestId('rollup-run').click();
  const confirm = page.getByTestId('rollup-confirm');
  await confirm.waitFor();
  await expect(confirm.getByText('Có thể là cùng một xã, phường').isVisible()).resolves.toBe(true);
  await expect(confirm.getByText(/Nhóm “Bình Lư \/ Binh Lu”/i).isVisible()).resolves.toBe(true);
  // The file came in as a sheet (the fake decoded the real bytes with exceljs); no output yet.
  expect(await fake((w) => w.sheetNames())).toEqual([...SHEETS, 'Ghi chép', 'Phụ lục']);
  await expect(page.getByText('xa-binh-lu-ban-2.xlsx: xong').isVisible()).resolves.toBe(true);
  await shot('22-tong-hop-trung-ten', '[data-testid="rollup-confirm"]');
  await confirm.getByRole('checkbox', { name: 'Dùng xa-binh-lu-ban-2.xlsx' }).uncheck();
  await confirm.getByRole('button', { name: 'Chạy tiếp' }).click();
  await page.getByTestId('rollup-done').waitFor();
  await expect(page.getByText('Đã tổng hợp 3 xã, phường').isVisible()).resolves.toBe(true);
  await expect(page.getByText(/Tệp đã được chèn vào sổ làm việc thành trang tính mới/).isVisible()).resolves.toBe(true);
  await shot('23-tong-hop-xong', '[data-testid="rollup-progress"]');
});

test('the matrix cells on the fake are the engine\'s roll-up; the chart has one series per area', async () => {
  const grids: Record<string, CellValue[][]> = Object.fromEntries(await Promise.all(SHEETS.map(async (n) => [n, await fake((w, name) => w.sheet(name).grid(), n)] as const)));
  const r = rollUp(SHEETS.map((n) => ({ analysis: analyze(grids[n], { sheetName: n }), source: n, fallbackName: n })));
  const summary = rollUpTables(r, 'vi').summary;
  const g = await fake((w) => w.sheet('Tổng hợp').grid());
  expect(g[2].slice(0, summary.header.length)).toEqual(summary.header);
  expect(g.slice(3, 3 + summary.rows.length).map((row) => row.slice(0, summary.header.length))).toEqual(summary.rows.map((row) => row.map(excel)));
  expect(g[3][summary.header.indexOf('Tổng cộng hoạt động')]).toBe(35);
  const charts = await fake((w) => w.sheet('Tổng hợp').charts);
  expect(charts).toHaveLength(1);
  expect(charts[0].type).toBe('BarClustered');
  expect(charts[0].series.map((s) => s.name)).toEqual(AREAS.map((a) => `${a.numeral}. ${areaName(a.code, 'vi')}`));
  for (const [i, a] of AREAS.entries()) {
    expect(charts[0].series[i].categories).toEqual(SHEETS);
    expect(charts[0].series[i].values).toEqual(r.matrix.rows.map((row) => excel(row.areas[a.code]?.activities ?? null)));
  }
});

test('running again asks before replacing its own sheets, and leaves one set', async () => {
  await page.getByTestId('rollup-run').click();
  const confirm = page.getByTestId('rollup-confirm');
  await confirm.waitFor();
  await expect(confirm.getByText('Thay bảng tổng hợp cũ').isVisible()).resolves.toBe(true);
  await shot('24-tong-hop-thay', '[data-testid="rollup-confirm"]');
  await confirm.getByRole('checkbox', { name: 'Dùng Phụ lục' }).uncheck();
  await confirm.getByRole('button', { name: 'Chạy tiếp' }).click();
  await page.getByTestId('rollup-done').waitFor();
  const names = await fake((w) => w.sheetNames().filter((n) => w.sheet(n).visibility === 'Visible'));
  expect(names).toEqual([...SHEETS, 'Ghi chép', 'Phụ lục', 'Tổng hợp', 'Dữ liệu', 'Kiểm tra']);
});

test('no request went anywhere but localhost; exceljs came as its own chunk; no page error', () => {
  const hosts = new Set(requests.map((u) => new URL(u).hostname));
  expect([...hosts]).toEqual(['localhost']);
  expect(requests.some((u) => /\/exceljs\.js$/.test(u))).toBe(true);
  expect(pageErrors).toEqual([]);
});
