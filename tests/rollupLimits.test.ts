/**
 * Excel on the web refuses requests and responses over 5 MB: 200 communes × 100
 * rows roll up with every sync under it (the fake enforces the limit), and the
 * number of syncs grows with the number of inputs, not with their rows.
 */
import { syntheticAppendix } from '../scripts/synthetic';
import { fakeWorkbookFrom, PAYLOAD_LIMIT } from '../src/taskpane/excel/fake';
import { runRollup } from './rollupFixtures';

async function rollupOf(communes: number, rows: number) {
  const grids = Object.fromEntries(Array.from({ length: communes }, (_, i) => [`Xã ${i + 1}`, syntheticAppendix(rows, `Xã Số ${i + 1}`)]));
  const wb = fakeWorkbookFrom(grids);
  const from = wb.syncCount;
  const { finished } = await runRollup(wb, { sheets: Object.keys(grids) });
  const log = wb.syncLog.slice(from);
  return { wb, finished, syncs: log.length, largest: Math.max(...log.map((s) => Math.max(s.request, s.response))) };
}

test('200 communes × 100 rows: every request and response under 5 MB, the written data big enough to need several', async () => {
  const { wb, finished, syncs, largest } = await rollupOf(200, 100);
  expect(finished.communes).toBe(200);
  expect(largest).toBeLessThan(PAYLOAD_LIMIT);
  const dataRows = wb.sheet('Dữ liệu').grid().length - 1;
  expect(dataRows).toBe(finished.items);
  expect(finished.items).toBeGreaterThan(15_000);
  // Reading: 2 syncs per 20 sheets; writing: a handful per sheet written, one more per ~4 MB.
  expect(syncs).toBeLessThan(60);
  expect(wb.sheet('Tổng hợp').charts[0].series[0].categories).toHaveLength(200);
}, 60_000);

test('syncs grow with the number of inputs, not with rows', async () => {
  const small = await rollupOf(20, 30);
  const big = await rollupOf(20, 300);
  const more = await rollupOf(60, 30);
  // Ten times the rows: the same reads, at most one more write per table for its size.
  expect(big.syncs - small.syncs).toBeLessThanOrEqual(1);
  // Three times the sheets: more read groups.
  expect(more.syncs).toBeGreaterThan(small.syncs);
  expect(more.syncs - small.syncs).toBe(4);
}, 60_000);
