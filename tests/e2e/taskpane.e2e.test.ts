/**
 * The task pane in a real browser (Debian's Chromium, driven by playwright-core):
 * the production build, served on localhost, with the project's Excel fake in
 * place of the Office host and the Bình Lư fixture in it. Presses Kiểm tra,
 * checks the per-area numbers and the seven declared-count mismatches, jumps to
 * an issue, highlights and un-highlights, normalizes, inserts the template, shows
 * an Excel error, and checks that no request left localhost. Screenshots of each
 * step go to tests/output/screenshots (docs/screenshots with `npm run screenshots`).
 */
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { analyze, normalizedTable } from '../../src/core';
import { loadExpected, loadGrid } from '../helpers';
import { buildDir, compile, e2eConfig, open, SHOTS, WIDTH, type Session } from './harness';

jest.setTimeout(240_000);

const OUT = buildDir('e2e-dist');

const expected = loadExpected('binh-lu');
const an = analyze(loadGrid('binh-lu'), { sheetName: 'Bình Lư' });

/** What the page exposes: the fake workbook (src/taskpane/excel/fake). */
interface FakeWb {
  selection: { sheet: string; address: string } | null;
  sheetNames(): string[];
  sheet(name: string): {
    grid(): unknown[][];
    fill(address: string): { color: string; pattern: string };
    formula(address: string): string | null;
    tables: { name: string }[];
    frozenRows: number;
  };
  protect(name: string, on?: boolean): void;
  userEdit(sheet: string, address: string, value: string | number): void;
  syncCount: number;
  syncLog: { request: number; response: number; writes: number }[];
}
declare const window: Window & { __cchcWorkbook: FakeWb };

let session: Session;
let page: Page;
let browser: Browser;
let server: Session['server'];
let requests: string[];

beforeAll(async () => {
  await compile(await e2eConfig(OUT));
  session = await open(OUT, 'e2e.html');
  ({ page, browser, server, requests } = session);
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).waitFor();
  expect(session.pageErrors).toEqual([]);
});

afterAll(async () => {
  await session?.close();
});

/** A screenshot of the pane as the user sees it (one pane height), optionally scrolled to a part first. */
async function shot(name: string, scrollTo?: string): Promise<void> {
  if (scrollTo) await page.locator(scrollTo).first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
  else await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}
const wb = <T>(fn: (w: FakeWb, arg: any) => T, arg?: unknown): Promise<T> => // eslint-disable-line @typescript-eslint/no-explicit-any
  page.evaluate(([f, a]) => new Function('w', 'a', `return (${f})(w, a)`)(window.__cchcWorkbook, a), [fn.toString(), arg] as const);

/** Poll fn until ok(value) (the fake changes after the pane's async call), at most ~5 s; returns the last value. */
async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  let v = await fn();
  for (let i = 0; i < 50 && !ok(v); i++) {
    await new Promise((r) => setTimeout(r, 100));
    v = await fn();
  }
  return v;
}

test('opens on the active sheet, in Vietnamese, with the three tabs', async () => {
  // The fourth tab, Tổng hợp (roll-up), comes with issue 7.
  const tabs = await page.getByRole('tab').allInnerTexts();
  expect(tabs.slice(0, 3)).toEqual(['Kiểm tra', 'Chuẩn hóa', 'Mẫu']);
  expect(tabs.slice(3)).toEqual(tabs.length > 3 ? ['Tổng hợp'] : []);
  await expect(page.getByRole('combobox', { name: 'Trang tính chứa phụ lục' }).first().inputValue()).resolves.toBe('Bình Lư');
  await shot('01-mo-ngan');
});

test('Kiểm tra shows the exact counts per area and the seven declared-count mismatches', async () => {
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await page.locator('tr[data-area]').first().waitFor();
  for (const a of expected.areas) {
    const row = page.locator(`tr[data-area="${a.code}"]`);
    for (const level of ['goals', 'tasks', 'activities']) {
      const text = await row.locator(`td[data-level="${level}"]`).innerText();
      expect([a.code, level, text.trim()]).toEqual([a.code, level, `${a.counts[level]} / ${a.declared![level]}`]);
    }
    const mismatch = ['goals', 'tasks', 'activities'].some((l) => a.counts[l] !== a.declared![l]);
    await expect(row.locator('[data-status]').innerText()).resolves.toBe(mismatch ? 'Lệch' : 'Khớp');
  }
  await expect(page.locator('tr[data-area]').count()).resolves.toBe(7);
  const mismatches = page.locator('button[data-code="declared-count-mismatch"]');
  await expect(mismatches.count()).resolves.toBe(7);
  const rows = await mismatches.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-row'))));
  expect(rows).toEqual(expected.mustReport!.filter((m) => m.code === 'declared-count-mismatch').map((m) => m.row));
  await page.getByText(`${an.summary.errors} lỗi, ${an.summary.warnings} cảnh báo, ${an.summary.infos} thông tin.`).waitFor();
  await shot('02-kiem-tra');
  await shot('03-bieu-do-va-van-de', 'figure');
});

test('clicking an issue selects its cell in Excel; Enter works too', async () => {
  const lead = an.appendix.header!.columns.lead!;
  const letter = String.fromCharCode(65 + lead);
  await page.locator('button[data-code="missing-cell"][data-row="28"]').filter({ hasText: 'Chủ trì' }).first().click();
  await expect(until(() => wb((w) => w.selection), (sel) => sel !== null)).resolves.toEqual({ sheet: 'Bình Lư', address: `${letter}28` });
  // Keyboard: focus a declared-count issue (row 40, no column → the table's first column) and press Enter.
  const first = Math.min(...Object.values(an.appendix.header!.columns).map(Number));
  await page.locator('button[data-code="declared-count-mismatch"][data-row="40"]').first().focus();
  await page.keyboard.press('Enter');
  await expect(until(() => wb((w) => w.selection), (sel) => sel?.address.endsWith('40') === true)).resolves.toEqual({
    sheet: 'Bình Lư',
    address: `${String.fromCharCode(65 + first)}40`,
  });
});

test('the issue filter: severities and a search without accents', async () => {
  const search = page.getByRole('searchbox', { name: 'Tìm trong các vấn đề' });
  await search.fill('nhung bang co');
  await expect(page.locator('button[data-code]').count()).resolves.toBe(7);
  await shot('04-loc-van-de', '[role="group"]');
  await search.fill('');
  // Errors and warnings are shown; info notes (what the reader repaired) only when asked for.
  await expect(page.locator('button[data-code]').count()).resolves.toBe(an.summary.errors + an.summary.warnings);
  await page.getByRole('checkbox', { name: /^Thông tin/ }).check();
  await expect(page.locator('button[data-code]').count()).resolves.toBe(Math.min(200, an.issues.length));
  await page.getByRole('checkbox', { name: /^Lỗi/ }).uncheck();
  await expect(page.locator('button[data-code]').count()).resolves.toBe(an.summary.warnings + an.summary.infos);
  await page.getByRole('checkbox', { name: /^Lỗi/ }).check();
  await page.getByRole('checkbox', { name: /^Thông tin/ }).uncheck();
});

test('Tự kiểm tra khi sửa: two quick edits, one re-check 800 ms after the last', async () => {
  const row = page.locator('tr[data-area="procedures"]');
  await expect(row.locator('td[data-level="goals"]').innerText()).resolves.toBe('7 / 9');
  await page.getByRole('switch', { name: 'Tự kiểm tra khi sửa' }).check();
  await new Promise((r) => setTimeout(r, 300)); // the subscription is one sync
  const syncs = await wb((w) => w.syncCount);
  // The officer corrects the declared goals of area III (row 24): 9 → 8, then 8 → 7.
  const title = (n: number): string => `CẢI CÁCH THỦ TỤC HÀNH CHÍNH (${n} Mục tiêu; 5 Nhiệm vụ; 9 Hoạt động)`;
  await wb((w, t) => w.userEdit('Bình Lư', 'B24', t as string), title(8));
  await wb((w, t) => w.userEdit('Bình Lư', 'B24', t as string), title(7));
  await expect(until(() => row.locator('[data-status]').innerText(), (v) => v === 'Khớp')).resolves.toBe('Khớp');
  await expect(row.locator('td[data-level="goals"]').innerText()).resolves.toBe('7 / 7');
  await expect(page.locator('button[data-code="declared-count-mismatch"]').count()).resolves.toBe(6);
  // One read of the sheet's values for both edits (the only sync that brings the whole grid back).
  const reads = await wb((w, from) => w.syncLog.slice(from as number).filter((x) => x.response > 5000).length, syncs);
  expect(reads).toBe(1);
  // Back as it was, then the switch off again.
  await wb((w, t) => w.userEdit('Bình Lư', 'B24', t as string), title(9));
  await expect(until(() => row.locator('[data-status]').innerText(), (v) => v === 'Lệch')).resolves.toBe('Lệch');
  await page.getByRole('switch', { name: 'Tự kiểm tra khi sửa' }).uncheck();
});

test('Tô màu colours error and warning rows; Bỏ tô màu gives the old fills back', async () => {
  const lead = String.fromCharCode(65 + an.appendix.header!.columns.lead!);
  const before = await wb((w, a) => w.sheet('Bình Lư').fill(a as string), `${lead}28`);
  await page.getByRole('button', { name: 'Tô màu', exact: true }).click();
  await page.getByText(/^Đã tô màu \d+ hàng\.$/).waitFor();
  const sev28 = an.issues.some((i) => i.row === 28 && i.severity === 'error') ? '#FFC7CE' : '#FFEB9C';
  await expect(wb((w, a) => w.sheet('Bình Lư').fill(a as string).color, `${lead}28`)).resolves.toBe(sev28);
  await shot('05-to-mau', 'h2 >> nth=2');
  await page.getByRole('button', { name: 'Bỏ tô màu' }).click();
  await page.getByText('Đã bỏ tô màu.').waitFor();
  await expect(wb((w, a) => w.sheet('Bình Lư').fill(a as string), `${lead}28`)).resolves.toEqual(before);
});

test('Chuẩn hóa writes one row per item to "Bình Lư (chuẩn)" and leaves the original as it was', async () => {
  const original = await wb((w) => w.sheet('Bình Lư').grid());
  await page.getByRole('tab', { name: 'Chuẩn hóa' }).click();
  await page.getByRole('button', { name: 'Chuẩn hóa', exact: true }).click();
  await page.getByText('Đã ghi trang tính “Bình Lư (chuẩn)”.').waitFor();
  const grid = await wb((w) => w.sheet('Bình Lư (chuẩn)').grid());
  const table = normalizedTable(an, 'vi');
  expect(grid).toHaveLength(1 + an.appendix.items.length);
  expect(grid[0]).toEqual(table.header);
  expect(grid[1].map((c) => String(c))).toEqual(table.rows[0].map((c) => (c === null ? '' : String(c))));
  await expect(wb((w) => w.sheet('Bình Lư (chuẩn)').tables.length)).resolves.toBe(1);
  await expect(wb((w) => w.sheet('Bình Lư (chuẩn)').frozenRows)).resolves.toBe(1);
  await expect(wb((w) => w.sheet('Bình Lư').grid())).resolves.toEqual(original);
  await shot('06-chuan-hoa');
});

test('Mẫu inserts the blank appendix with CCHC formulas in its summary', async () => {
  await page.getByRole('tab', { name: 'Mẫu' }).click();
  await page.getByRole('button', { name: 'Chèn mẫu' }).click();
  await page.getByText('Đã chèn trang tính “Phụ lục CCHC”.').waitFor();
  const grid = await wb((w) => w.sheet('Phụ lục CCHC').grid());
  const numerals = grid.map((r) => r[0]).filter((v) => /^[IV]+$/.test(String(v)));
  expect(numerals.slice(0, 7)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII']);
  const formulas = grid.flat().filter((v) => String(v).startsWith('=CCHC.'));
  expect(formulas).toHaveLength(7 * 3 + 2);
  await shot('07-mau');
});

test('an Excel table can be checked on its own: the normalized table counts as the original sheet', async () => {
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  const picker = page.getByRole('combobox', { name: 'Trang tính chứa phụ lục' }).first();
  await picker.focus(); // the list is refreshed when it is opened: the new sheet and its table appear
  const option = page.locator('option[value^="table:"]').first();
  await option.waitFor({ state: 'attached' });
  await expect(option.innerText()).resolves.toMatch(/Bảng .* \(trong Bình Lư \(chuẩn\)\)/);
  await picker.selectOption((await option.getAttribute('value'))!);
  // The result of the sheet checked before is not this table's: it goes away.
  await page.getByText('Phụ lục của Bình Lư', { exact: true }).waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await page.locator('tr[data-area]').first().waitFor();
  for (const a of expected.areas) {
    const text = await page.locator(`tr[data-area="${a.code}"] td[data-level="activities"]`).innerText();
    expect([a.code, text.trim().split(' ')[0]]).toEqual([a.code, String(a.counts.activities)]);
  }
  await shot('12-bang-excel');
  await picker.selectOption('Bình Lư');
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await page.locator('button[data-code="declared-count-mismatch"]').first().waitFor();
});

test('an Excel error becomes a Vietnamese message bar, not a stack trace', async () => {
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await wb((w) => w.protect('Bình Lư', true));
  await page.getByRole('button', { name: 'Tô màu', exact: true }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = await alert.innerText();
  expect(text).toMatch(/bảo vệ/);
  expect(text).not.toMatch(/Error|at \w+ \(|undefined/);
  await shot('08-loi-excel', '[role="alert"]');
  await wb((w) => w.protect('Bình Lư', false));
});

test('a sheet without an appendix table says so and what to do', async () => {
  await page.getByRole('combobox', { name: 'Trang tính chứa phụ lục' }).first().selectOption('Ghi chép');
  await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await page.getByText('Không thấy bảng phụ lục trên trang tính “Ghi chép”').waitFor();
  await shot('09-khong-co-bang');
  await page.getByRole('combobox', { name: 'Trang tính chứa phụ lục' }).first().selectOption('Bình Lư');
});

test('English by the switch', async () => {
  await page.getByRole('button', { name: /Switch language/ }).click();
  await expect(page.getByRole('tab').allInnerTexts().then((x) => x.slice(0, 3))).resolves.toEqual(['Check', 'Normalize', 'Template']);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.locator('tr[data-area]').first().waitFor();
  await expect(page.locator('button[data-code="declared-count-mismatch"]').first().innerText()).resolves.toMatch(/declares \d+ .* but the table has \d+/);
  await shot('10-english');
  // Remembered on this computer for the next time the pane opens.
  await expect(page.evaluate(() => localStorage.getItem('cchc.lang'))).resolves.toBe('en');
  await page.getByRole('button', { name: /Đổi ngôn ngữ|Switch language/ }).click();
  await expect(page.evaluate(() => localStorage.getItem('cchc.lang'))).resolves.toBe('vi');
});

test('the real taskpane.html opened outside Excel explains itself, and loads office.js from its own origin', async () => {
  const plain = await browser.newPage({ viewport: { width: WIDTH, height: 600 } });
  plain.on('request', (r) => requests.push(r.url()));
  const seen: string[] = [];
  plain.on('request', (r) => seen.push(new URL(r.url()).pathname));
  await plain.goto(`${server.url}taskpane.html`);
  await plain.getByText('Cần mở trong Excel').waitFor({ timeout: 20_000 });
  expect(seen).toContain('/office-js/office.js');
  await plain.close();
});

test("follows Office's dark theme", async () => {
  const dark = await browser.newPage({ viewport: { width: WIDTH, height: 900 } });
  dark.on('request', (r) => requests.push(r.url()));
  await dark.goto(`${server.url}e2e.html?theme=dark`);
  await dark.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
  await dark.locator('tr[data-area]').first().waitFor();
  const bg = await dark.locator('.fui-FluentProvider').first().evaluate((e) => getComputedStyle(e).getPropertyValue('--colorNeutralBackground1').trim());
  expect(bg.toLowerCase()).toBe('#292929'); // webDarkTheme's neutral background
  await dark.screenshot({ path: path.join(SHOTS, '11-giao-dien-toi.png') });
  await dark.close();
});

test('no request went anywhere but localhost', () => {
  expect(requests.length).toBeGreaterThan(0);
  const elsewhere = requests.filter((u) => new URL(u).hostname !== 'localhost');
  expect(elsewhere).toEqual([]);
});
