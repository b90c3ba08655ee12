/**
 * The Office.js adapter on the Excel fake: context.sync() round trips and time
 * for reading + checking one sheet at three sizes, and for a roll-up of many
 * commune sheets (read them all, roll up, write the three output tables and the
 * chart). Syncs must grow with ~4 MB payload parts and sheets, never with rows.
 */
import { analyze, rollUp, rollUpTables } from '../../src/core';
import { createOfficeAdapter, type OfficeHost } from '../../src/taskpane/excel/officeAdapter';
import { fakeHost, fakeWorkbookFrom, type FakeWorkbook } from '../../src/taskpane/excel/fake';
import { syntheticAppendix } from '../synthetic';

function adapterOn(wb: FakeWorkbook) {
  return createOfficeAdapter(fakeHost(wb) as unknown as OfficeHost);
}

function maxMB(wb: FakeWorkbook, from: number): string {
  const m = Math.max(...wb.syncLog.slice(from).map((s) => Math.max(s.request, s.response)));
  return (m / 1e6).toFixed(2);
}

export async function run(): Promise<void> {
  console.log('## Excel adapter on the fake: read + check one sheet');
  console.log('rows      syncs   read ms   check ms   largest sync MB');
  for (const rows of [1_000, 10_000, 100_000]) {
    const wb = fakeWorkbookFrom({ 'Phụ lục': syntheticAppendix(rows, 'Xã Bench') });
    const adapter = adapterOn(wb);
    const from = wb.syncCount;
    let t = performance.now();
    const snap = await adapter.readSheet('Phụ lục');
    const readMs = performance.now() - t;
    t = performance.now();
    analyze(snap.values, { firstRow: snap.firstRow, firstColumn: snap.firstColumn, merges: snap.merges, sheetName: snap.name });
    const checkMs = performance.now() - t;
    console.log(`${String(rows).padEnd(9)} ${String(wb.syncCount - from).padEnd(7)} ${readMs.toFixed(0).padStart(7)}   ${checkMs.toFixed(0).padStart(8)}   ${maxMB(wb, from).padStart(15)}`);
  }

  console.log('');
  console.log('## Excel adapter on the fake: roll-up of commune sheets (~70 rows each)');
  console.log('sheets   read syncs   write syncs   read ms   roll-up ms   write ms   largest sync MB');
  for (const n of [10, 100, 700]) {
    const grids = Object.fromEntries(Array.from({ length: n }, (_, i) => [`Xã ${i + 1}`, syntheticAppendix(70, `Xã ${i + 1}`)]));
    const wb = fakeWorkbookFrom(grids);
    const adapter = adapterOn(wb);
    const from = wb.syncCount;
    let t = performance.now();
    const snaps = await adapter.readSheets(Object.keys(grids));
    const readMs = performance.now() - t;
    const readSyncs = wb.syncCount - from;
    t = performance.now();
    const r = rollUp(snaps.map((s) => ({ analysis: analyze(s.values, { firstRow: s.firstRow, merges: s.merges, sheetName: s.name }), source: s.name, fallbackName: s.name })));
    const tables = rollUpTables(r);
    const rollMs = performance.now() - t;
    const w0 = wb.syncCount;
    t = performance.now();
    const summary = await adapter.writeTable({ sheetName: 'Tổng hợp', ...tables.summary, tableName: 'TongHop', freezeHeader: true });
    await adapter.writeTable({ sheetName: 'Dữ liệu', ...tables.data, tableName: 'DuLieu', freezeHeader: true });
    await adapter.writeTable({ sheetName: 'Kiểm tra', ...tables.issues, tableName: 'KiemTra', freezeHeader: true });
    await adapter.addBarChart({ sheetName: summary, sourceAddress: `A1:B${tables.summary.rows.length + 1}`, title: 'Hoạt động', anchor: 'A' + (tables.summary.rows.length + 4) });
    const writeMs = performance.now() - t;
    console.log(
      `${String(n).padEnd(8)} ${String(readSyncs).padStart(10)}   ${String(wb.syncCount - w0).padStart(11)}   ${readMs.toFixed(0).padStart(7)}   ${rollMs.toFixed(0).padStart(10)}   ${writeMs.toFixed(0).padStart(8)}   ${maxMB(wb, from).padStart(15)}`,
    );
  }
}

if (require.main === module) void run();
