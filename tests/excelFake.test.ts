/** The Excel fake is strict like Excel: these tests pin the behaviour the adapter's tests rely on. */
import { fakeHost, fakeWorkbookFrom, FakeOfficeError, type FakeWorkbook } from '../src/taskpane/excel/fake';

type Ctx = any;
function runner(wb: FakeWorkbook): <T>(f: (ctx: Ctx) => Promise<T>) => Promise<T> {
  const { Excel } = fakeHost(wb);
  return (f) => (Excel.run as any)(f);
}

const grid = [
  ['Tiêu đề', '', ''],
  ['a', 1, true],
  ['', '', 'z'],
];

test('reading a property that was not loaded and synced throws PropertyNotLoaded', async () => {
  const wb = fakeWorkbookFrom({ 'Sheet 1': grid });
  const run = runner(wb);
  await run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('Sheet 1').getRange('A1:C3');
    expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    r.load('values');
    // Loaded but not yet synced: still not available.
    expect(() => r.values).toThrow(FakeOfficeError);
    await ctx.sync();
    expect(r.values).toEqual(grid);
    expect(() => r.address).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });
});

test('writes are applied at sync, in order, and counted', async () => {
  const wb = fakeWorkbookFrom({ S: grid });
  const run = runner(wb);
  const before = wb.syncCount;
  await run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('S').getRange('B2');
    r.values = [['mới']];
    expect(wb.sheet('S').value('B2')).toBe(1);
    r.load('values,address,rowIndex,columnIndex');
    await ctx.sync();
    expect(r.values).toEqual([['mới']]);
    expect(r.address).toBe('S!B2');
    expect([r.rowIndex, r.columnIndex]).toEqual([1, 1]);
  });
  expect(wb.syncCount - before).toBe(1);
  expect(wb.sheet('S').value('B2')).toBe('mới');
});

test('used range, addresses with quoted sheet names, merged areas', async () => {
  const wb = fakeWorkbookFrom({ 'Bình Lư': [[], ['', 'x', ''], ['', '', 'y']] }, { merges: { 'Bình Lư': [{ top: 1, left: 1, bottom: 2, right: 1 }] } });
  const run = runner(wb);
  await run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('Bình Lư');
    const used = ws.getUsedRange(true).load('address,rowCount,columnCount');
    const merged = used.getMergedAreasOrNullObject().load('address,areaCount');
    merged.areas.load('items/address');
    const none = ws.getRange('E5:F6').getMergedAreasOrNullObject().load('address');
    await ctx.sync();
    expect(used.address).toBe("'Bình Lư'!B2:C3");
    expect([used.rowCount, used.columnCount]).toEqual([2, 2]);
    expect(merged.isNullObject).toBe(false);
    expect(merged.address).toBe("'Bình Lư'!B2:B3");
    expect(merged.areas.items.map((a: any) => a.address)).toEqual(["'Bình Lư'!B2:B3"]);
    expect(none.isNullObject).toBe(true);
  });
});

test('getItem of a missing sheet fails at sync with ItemNotFound; getItemOrNullObject gives a null object', async () => {
  const wb = fakeWorkbookFrom({ S: grid });
  const run = runner(wb);
  await expect(
    run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Không có').load('name');
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'ItemNotFound' });
  await run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItemOrNullObject('Không có');
    expect(() => ws.isNullObject).toThrow();
    await ctx.sync();
    expect(ws.isNullObject).toBe(true);
  });
});

test('simulated failures: protected sheet, cell edit mode, a sheet deleted meanwhile, the 5 MB limit', async () => {
  const wb = fakeWorkbookFrom({ S: grid, T: grid });
  const run = runner(wb);
  wb.protect('S');
  await expect(
    run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').values = [['x']];
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'AccessDenied' });
  expect(wb.sheet('S').value('A1')).toBe('Tiêu đề');
  // Reading a protected sheet is fine.
  await run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('S').getRange('A1').load('values');
    await ctx.sync();
    expect(r.values).toEqual([['Tiêu đề']]);
  });

  wb.editMode = true;
  await expect(run(async (ctx) => ctx.sync())).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  wb.editMode = false;

  await expect(
    run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('T').load('name');
      await ctx.sync();
      wb.beforeNextSync(() => wb.removeSheet(wb.sheet('T')));
      ws.getRange('A1').load('values');
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'ItemNotFound' });

  const big = Array.from({ length: 1000 }, () => ['x'.repeat(5000)]);
  await expect(
    run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:A1000').values = big;
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  expect(wb.sheet('S').value('A5')).toBe('');
});

test('fills read as Excel gives them; clear() brings back "no fill"; differing cells read null', async () => {
  const wb = fakeWorkbookFrom({ S: grid });
  wb.sheet('S').setFill('A1', '#00b050');
  const run = runner(wb);
  await run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem('S');
    const a = ws.getRange('A1').format.fill.load('color,pattern');
    const b = ws.getRange('B1').format.fill.load('color,pattern');
    const ab = ws.getRange('A1:B1').format.fill.load('color');
    const props = ws.getRange('A1:B1').getCellProperties({ format: { fill: { color: true, pattern: true } } });
    await ctx.sync();
    expect([a.color, a.pattern]).toEqual(['#00B050', 'Solid']);
    expect([b.color, b.pattern]).toEqual(['#FFFFFF', 'None']);
    expect(ab.color).toBeNull();
    expect(props.value[0].map((c: any) => c.format.fill)).toEqual([
      { color: '#00B050', pattern: 'Solid' },
      { color: '#FFFFFF', pattern: 'None' },
    ]);
    ws.getRange('A1:B1').format.fill.clear();
    await ctx.sync();
  });
  expect(wb.sheet('S').fill('A1')).toEqual({ color: '#FFFFFF', pattern: 'None' });
});

test('sheets, tables, charts, selection and events', async () => {
  const wb = fakeWorkbookFrom({ S: [['Vùng', 'Số'], ['I', 3], ['II', 5]] });
  const run = runner(wb);
  const events: string[] = [];
  await run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.onChanged.add(async (e: any) => void events.push(e.address));
    const ws = sheets.add('Mới');
    ws.getRange('A1:B2').values = [['h', 'k'], [1, 2]];
    const t = ws.tables.add(ws.getRange('A1:B2'), true);
    t.name = 'Bảng_1';
    ws.freezePanes.freezeAt(ws.getRange('A1:B3'));
    ws.freezePanes.freezeRows(1);
    const c = sheets.getItem('S').charts.add('BarClustered', sheets.getItem('S').getRange('A1:B3'), 'Columns');
    c.title.text = 'Hoạt động';
    c.setPosition('D2');
    ws.getRange('B2').select();
    await ctx.sync();
    expect(() => sheets.add('mới')).not.toThrow();
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });
  await Promise.resolve();
  await Promise.resolve();
  expect(events).toContain('A1:B2');
  expect(wb.sheet('Mới').tables.map((t) => t.name)).toEqual(['Bảng_1']);
  expect([wb.sheet('Mới').frozenRows, wb.sheet('Mới').frozenColumns]).toEqual([1, 0]);
  expect(wb.selection).toEqual({ sheet: 'Mới', address: 'B2' });
  expect(wb.active?.name).toBe('Mới');
  const chart = wb.sheet('S').charts[0];
  expect(chart).toMatchObject({ type: 'BarClustered', title: 'Hoạt động', position: { start: 'D2' } });
  expect(chart.series).toEqual([{ name: 'Số', categories: ['I', 'II'], values: [3, 5] }]);
});

test('Excel.run refuses to end with queued work never synced', async () => {
  const wb = fakeWorkbookFrom({ S: grid });
  await expect(
    runner(wb)(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').values = [['x']];
    }),
  ).rejects.toThrow(/never synced/);
  expect(wb.sheet('S').value('A1')).toBe('Tiêu đề');
});

test('installFakeOffice defines Office with onReady and the display language', async () => {
  const { installFakeOffice } = await import('../src/taskpane/excel/fake');
  const target: any = {};
  installFakeOffice(target, fakeWorkbookFrom({ S: grid }, { displayLanguage: 'en-US' }));
  await expect(target.Office.onReady()).resolves.toMatchObject({ host: 'Excel' });
  expect(target.Office.context.displayLanguage).toBe('en-US');
  expect(typeof target.Excel.run).toBe('function');
});
