/** The fixtures as .xlsx with merged cells read exactly as the TSV text does. */
import { writeFileSync } from 'fs';
import * as path from 'path';
import { analyze, cellAddress, mergedArea, shownAs } from '../src/core';
import { loadFile } from '../src/cli/loadFile';
import { fixtureNames, loadExpected, loadGrid } from './helpers';
import { fixtureWorkbook } from './xlsxFixtures';
import { tempDir } from './tempDir';

const dir = tempDir('cchc-xlsx-');

describe.each(fixtureNames())('%s.xlsx', (name) => {
  const expected = loadExpected(name);
  let file: string;
  let merges: string[];

  beforeAll(async () => {
    const built = fixtureWorkbook(name);
    merges = built.merges;
    file = path.join(dir, `${name}.xlsx`);
    writeFileSync(file, Buffer.from(await built.wb.xlsx.writeBuffer()));
  });

  test('has merged cells, and they are read back', async () => {
    const loaded = await loadFile(file);
    expect(merges.length).toBeGreaterThan(0);
    expect(loaded.sheets[0].merges).toHaveLength(merges.length);
  });

  test('same commune, areas, declared and counted as expected', async () => {
    const s = (await loadFile(file)).sheets[0];
    const an = analyze(s.grid, { merges: s.merges, sheetName: s.name, source: `${name}.xlsx` });
    expect(an.appendix.commune).toBe(expected.commune);
    expect(an.appendix.layout).toBe(expected.layout);
    expect(an.appendix.sections.map((x) => [x.row, x.code, x.declared, x.counts])).toEqual(expected.areas.map((x) => [x.row, x.code, x.declared, x.counts]));
  });

  test('same issues as the TSV reading (codes, rows, columns)', async () => {
    const s = (await loadFile(file)).sheets[0];
    const fromXlsx = analyze(s.grid, { merges: s.merges }).issues.map((i) => [i.code, i.row, i.column]);
    const fromTsv = analyze(loadGrid(name)).issues.map((i) => [i.code, i.row, i.column]);
    expect(fromXlsx).toEqual(fromTsv);
  });
});

describe('merged-area addresses (one parser for the CLI, the mend and the pane)', () => {
  test('A1 ranges read 0-based, with $ and in any case; one cell alone is an area of one', () => {
    expect(mergedArea('B7:D9')).toEqual({ top: 6, left: 1, bottom: 8, right: 3 });
    expect(mergedArea('$aa$10:$AB$12')).toEqual({ top: 9, left: 26, bottom: 11, right: 27 });
    expect(mergedArea('C3')).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(cellAddress('XFD1048576')).toEqual({ row: 1048575, col: 16383 });
  });
  test('what is no address gives null (the merge is passed over, the sheet still read)', () => {
    expect(mergedArea('B7:')).toBeNull();
    expect(mergedArea('Sheet1!A1:B2')).toBeNull();
    expect(mergedArea('7B:D9')).toBeNull();
    expect(cellAddress('')).toBeNull();
  });
});

describe('numbers and dates as the format shows them (shownAs)', () => {
  const dec = new Date(Date.UTC(2026, 11, 1));
  test('percents with their decimals, rounded as shown; quoted text in a format is no percent', () => {
    expect(shownAs(1, '0%')).toBe('100%');
    expect(shownAs(0.985, '0.0%')).toBe('98.5%');
    expect(shownAs(0.985, '0%')).toBe('99%');
    expect(shownAs(3, '0 "%"')).toBe(3);
    expect(shownAs(3, 'General')).toBe(3);
  });
  test('a date without its day reads as month and year, or year; with a day it stays a date', () => {
    expect(shownAs(dec, 'mm/yyyy')).toBe('12/2026');
    expect(shownAs(new Date(Date.UTC(2026, 2, 1)), 'm/yyyy')).toBe('3/2026');
    expect(shownAs(dec, 'yyyy')).toBe('2026');
    expect(shownAs(dec, 'dd/mm/yyyy')).toBe(dec);
    expect(shownAs(dec, 'h:mm')).toBe(dec);
  });
});
