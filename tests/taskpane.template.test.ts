/**
 * The Mẫu tab's sheet, written through the real adapter into the Excel fake:
 * the engine reads it as a standard appendix with the seven areas, and the
 * summary's CCHC formulas read exactly that table (checked by running the
 * functions' own logic on the range each formula names).
 */
import { analyze, AREAS } from '../src/core';
import { count, errors } from '../src/functions/cchc';
import { fakeHost, fakeWorkbookFrom } from '../src/taskpane/excel/fake';
import { createOfficeAdapter } from '../src/taskpane/excel/officeAdapter';
import { templateLayout } from '../src/taskpane/logic/template';

async function inserted() {
  const wb = fakeWorkbookFrom({ 'Trang 1': [['x']] }, { active: 'Trang 1' });
  const adapter = createOfficeAdapter(fakeHost(wb) as never);
  const layout = templateLayout();
  const name = await adapter.writeTable(layout.table);
  return { wb, adapter, layout, name, sheet: wb.sheet(name) };
}

/** Rows r0..r1 (1-based), columns A..lastCol of a grid. */
function slice(grid: unknown[][], r0: number, r1: number, cols: number): unknown[][] {
  return grid.slice(r0 - 1, r1).map((r) => Array.from({ length: cols }, (_, j) => (r?.[j] ?? '')));
}

test('the template sheet reads as a standard appendix with the seven areas, header where the layout says', async () => {
  const { name, sheet, layout } = await inserted();
  expect(name).toBe('Phụ lục CCHC');
  const an = analyze(sheet.grid(), { sheetName: name });
  expect(an.appendix.layout).toBe('standard');
  expect(an.appendix.header?.row).toBe(layout.headerRow);
  expect(an.areas.map((a) => a.code)).toEqual(AREAS.map((a) => a.code));
  expect(an.areas.every((a) => a.counts.activities === 0)).toBe(true);
  // Blank areas are all it complains about: the summary block below is read as footer, not as rows.
  expect(an.issues.map((i) => i.code)).toEqual(Array(7).fill('empty-area'));
  expect(an.appendix.footerLines[0]).toMatch(/^Ghi chú/);
  expect(sheet.frozenRows).toBe(layout.headerRow);
});

test('the summary holds CCHC formulas over exactly the table, and counts what staff type', async () => {
  const { sheet, layout } = await inserted();
  const m = /^\$A\$(\d+):\$([A-Z])\$(\d+)$/.exec(layout.tableAddress)!;
  const [r0, r1, cols] = [Number(m[1]), Number(m[3]), m[2].charCodeAt(0) - 64];
  expect(r0).toBe(layout.headerRow);
  expect(cols).toBe(layout.table.header.length);
  // The summary: seven area lines with three COUNT formulas, then errors and warnings.
  const formulas = layout.table.formulas!;
  expect(formulas).toHaveLength(7 * 3 + 2);
  for (const f of formulas) {
    const addr = `${String.fromCharCode(65 + f.column)}${f.row + 1}`;
    expect(sheet.formula(addr)).toBe(f.formula);
    expect(f.row + 1).toBeGreaterThan(r1); // below the table: no circular reference
  }
  expect(formulas[0].formula).toBe(`=CCHC.COUNT(${layout.tableAddress},"I","mục tiêu")`);
  expect(sheet.value(`A${layout.summaryRow}`)).toMatch(/^Ghi chú: /);

  // Fill one activity under area III as staff would, then evaluate what the formulas compute.
  const grid = sheet.grid() as unknown[][];
  const sectionRow = grid.findIndex((r) => r[0] === 'III') + 1;
  grid[sectionRow] = ['1', 'Mục tiêu 1: Giảm thủ tục', 'Nhiệm vụ 1: Rà soát', 'Hoạt động 1: Rà soát thủ tục', 'Báo cáo', 'Văn phòng UBND', '', 'Quý IV/2026'];
  const table = slice(grid, r0, r1, cols);
  const perArea = formulas.filter((f) => f.formula.startsWith('=CCHC.COUNT'));
  const computed = perArea.map((f) => {
    const [, area, level] = /,"([^"]+)","([^"]+)"\)$/.exec(f.formula)!;
    return [area, level, count(table, area, level)];
  });
  expect(computed.filter(([, , n]) => n !== 0)).toEqual([
    ['III', 'mục tiêu', 1],
    ['III', 'nhiệm vụ', 1],
    ['III', 'hoạt động', 1],
  ]);
  // Six areas still empty: six warnings, and no error for the filled row.
  expect(errors(table, 'error')).toBe(0);
  expect(errors(table, 'warning')).toBe(6);
  // Checking the whole filled sheet (as the Kiểm tra tab does) agrees with the formulas.
  const whole = analyze(grid as never, {});
  expect(whole.areas.find((a) => a.numeral === 'III')!.counts).toEqual({ goals: 1, tasks: 1, activities: 1 });
  expect(whole.summary.errors).toBe(0);
});
