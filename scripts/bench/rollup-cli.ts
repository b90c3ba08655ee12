/** The national roll-up through the command line, next to exceljs merely reading the same files. */
import ExcelJS from 'exceljs';
import { mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { syntheticAppendix } from '../synthetic';

const COMMUNES = Number(process.env.BENCH_COMMUNES ?? 3321);

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cchc-national-'));
  try {
    console.log(`## National roll-up: ${COMMUNES} synthetic communes (.xlsx, ~60 rows each)`);
    let s = Date.now();
    for (let i = 0; i < COMMUNES; i++) {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Phụ lục');
      ws.addRows(syntheticAppendix(60, `Xã ${i + 1}`) as ExcelJS.CellValue[][]);
      await wb.xlsx.writeFile(path.join(dir, `xa-${String(i + 1).padStart(4, '0')}.xlsx`));
    }
    console.log(`generated in ${((Date.now() - s) / 1000).toFixed(1)} s`);
    const files = readdirSync(dir).map((f) => path.join(dir, f));

    s = Date.now();
    for (const f of files) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(f);
    }
    const readOnly = (Date.now() - s) / 1000;

    s = Date.now();
    const out = path.join(tmpdir(), `cchc-national-${process.pid}.xlsx`);
    const code = await main(['rollup', dir, '-o', out], { out: () => undefined, err: () => undefined, errIsTTY: false });
    const rollup = (Date.now() - s) / 1000;
    rmSync(out, { force: true });
    console.log(`exceljs reading alone: ${readOnly.toFixed(1)} s`);
    console.log(`cchc rollup (read, check, count, write 3 sheets): ${rollup.toFixed(1)} s  (exit ${code})`);
    console.log(`ratio: ${(rollup / readOnly).toFixed(2)}x  (target ≤ 1.5x)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
