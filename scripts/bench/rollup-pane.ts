/**
 * The Tổng hợp tab's whole flow on the Excel fake (src/taskpane/rollup: read the
 * chosen inputs in groups, analyse, flag same communes, replace the previous
 * outputs, write the three sheets and the chart, tag them): context.sync() round
 * trips and time. scripts/bench/adapter.ts measures the adapter's bare reads and
 * writes of a roll-up; this adds what the pane does around them, and files.
 */
import ExcelJS from 'exceljs';
import { fakeHost, fakeWorkbookFrom, type FakeWorkbook } from '../../src/taskpane/excel/fake';
import { createOfficeAdapter, type OfficeHost } from '../../src/taskpane/excel/officeAdapter';
import { finishRollup, prepareRollup, type RollupChoice } from '../../src/taskpane/rollup/run';
import { syntheticAppendix } from '../synthetic';

const ROWS = 70;

function line(label: string, wb: FakeWorkbook, from: number, readSyncs: number, readMs: number, writeMs: number): void {
  const log = wb.syncLog.slice(from);
  const mb = Math.max(...log.map((s) => Math.max(s.request, s.response))) / 1e6;
  console.log(
    `${label.padEnd(22)} ${String(readSyncs).padStart(10)}   ${String(log.length - readSyncs).padStart(11)}   ${readMs.toFixed(0).padStart(7)}   ${writeMs.toFixed(0).padStart(8)}   ${mb.toFixed(2).padStart(15)}`,
  );
}

async function flow(wb: FakeWorkbook, choice: RollupChoice, label: string): Promise<void> {
  const adapter = createOfficeAdapter(fakeHost(wb) as unknown as OfficeHost);
  const from = wb.syncCount;
  let t = performance.now();
  const prepared = await prepareRollup(adapter, choice, 'vi');
  const readMs = performance.now() - t;
  const readSyncs = wb.syncCount - from;
  t = performance.now();
  await finishRollup(adapter, prepared, {}, 'vi');
  line(label, wb, from, readSyncs, readMs, performance.now() - t);
}

async function xlsx(commune: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Phụ lục');
  for (const r of syntheticAppendix(ROWS, commune)) ws.addRow(r as ExcelJS.CellValue[]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function run(): Promise<void> {
  console.log(`## Roll-up tab on the fake: the whole flow (synthetic communes, ~${ROWS} rows each)`);
  console.log('inputs                 read syncs   write syncs   read ms   write ms   largest sync MB');
  for (const n of [10, 100, 700]) {
    const grids = Object.fromEntries(Array.from({ length: n }, (_, i) => [`Xã ${i + 1}`, syntheticAppendix(ROWS, `Xã Số ${i + 1}`)]));
    await flow(fakeWorkbookFrom(grids), { sheets: Object.keys(grids), files: [] }, `${n} sheets`);
  }
  const files = await Promise.all(Array.from({ length: 30 }, async (_, i) => ({ name: `xa-so-${i + 1}.xlsx`, data: await xlsx(`Xã Số ${i + 1}`) })));
  await flow(fakeWorkbookFrom({ 'Trang 1': [['']] }), { sheets: [], files }, '30 files (inserted)');
  const old = fakeWorkbookFrom({ 'Trang 1': [['']] });
  old.apiSets.ExcelApi = '1.12';
  await flow(old, { sheets: [], files }, '30 files (read in pane)');
  // Read includes the fake decoding each inserted file with exceljs, as Excel would parse it.
}

if (require.main === module) void run();
