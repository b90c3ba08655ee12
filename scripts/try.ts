import { readFileSync } from 'fs';
import { analyze, parseDelimited, toJson } from '../src/core';
for (const f of ['binh-lu', 'ta-dung']) {
  const grid = parseDelimited(readFileSync(`/work/main/tests/fixtures/${f}.tsv`, 'utf8'));
  const an = analyze(grid, { source: f + '.tsv' });
  const j: any = toJson(an);
  console.log(f, j.commune, j.layout, JSON.stringify(j.header));
  for (const a of j.areas) console.log(' ', a.row, a.numeral, a.code, JSON.stringify(a.declared), JSON.stringify(a.counts));
  for (const i of an.issues) console.log('   ', i.severity, i.code, i.row, i.column, i.message.slice(0, 140));
}
