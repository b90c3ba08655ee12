/** The roll-up tab's sheet list: its own outputs left out, appendix-looking sheets ticked, ticks kept across a reload. */
import { choosableSheets, mergeSelection } from '../src/taskpane/rollup/choose';
import { OUTPUT_TAG } from '../src/taskpane/rollup/run';
import { adapterOn } from './adapterFixtures';
import { runRollup, SHEETS, threeCommunes } from './rollupFixtures';

test('on the fixtures: the three appendices ticked, the note sheet offered unticked, the outputs of a roll-up not offered', async () => {
  const { wb } = threeCommunes({ 'Ghi chú': [['Danh sách cán bộ']] });
  const adapter = adapterOn(wb);
  let { list, selected } = choosableSheets(await adapter.listSheets(), await adapter.taggedSheets(OUTPUT_TAG));
  expect(list.map((s) => s.name)).toEqual([...SHEETS, 'Ghi chú']);
  expect(selected).toEqual(SHEETS);
  await runRollup(wb, { sheets: SHEETS });
  // "Dữ liệu" has a header an appendix would have: still never offered as an input.
  expect((await adapter.listSheets()).find((s) => s.name === 'Dữ liệu')?.looksLikeAppendix).toBe(true);
  ({ list, selected } = choosableSheets(await adapter.listSheets(), await adapter.taggedSheets(OUTPUT_TAG)));
  expect(list.map((s) => s.name)).toEqual([...SHEETS, 'Ghi chú']);
  expect(selected).toEqual(SHEETS);
});

test('a reload keeps what the user ticked and ticks new appendix-looking sheets only', () => {
  const before = [
    { name: 'A', looksLikeAppendix: true },
    { name: 'B', looksLikeAppendix: true },
    { name: 'C', looksLikeAppendix: false },
  ];
  const now = [...before, { name: 'D', looksLikeAppendix: true }, { name: 'E', looksLikeAppendix: false }];
  expect(mergeSelection(['A', 'C'], before, now)).toEqual(['A', 'C', 'D']);
  expect(mergeSelection(['A', 'C'], before, now.filter((s) => s.name !== 'A'))).toEqual(['C', 'D']);
});
