/** The check report for people: the per-area table, then the issues grouped by severity. */
import { areaStatus, t, type Analysis, type Lang, type Level, type Severity } from '../core';
import { areaName } from '../core';

function pad(s: string, n: number): string {
  const len = [...s.normalize('NFC')].length;
  return len >= n ? s : s + ' '.repeat(n - len);
}

function cut(s: string, n: number): string {
  const chars = [...s];
  return chars.length <= n ? s : chars.slice(0, n - 1).join('') + '…';
}

export function humanReport(an: Analysis, lang: Lang = 'vi'): string {
  const a = an.appendix;
  const out: string[] = [];
  const unknown = t('report.unknown', {}, lang);
  out.push(`${t('report.title', {}, lang)} — ${a.source ?? unknown}${a.pages ? ` [${a.pages.join(', ')}]` : a.sheet && a.sheet !== a.source ? ` [${a.sheet}]` : ''}`);
  out.push(
    `${t('report.commune', {}, lang)}: ${a.commune ?? unknown} · ${t('report.layout', {}, lang)}: ${a.layout ? t(`layout.${a.layout}`, {}, lang) : unknown} · ${t('report.header', {}, lang)}: ${a.header?.row ?? unknown}`,
  );
  if (an.areas.length > 0) {
    const levels: Level[] = ['goals', 'tasks', 'activities'];
    out.push('', t('report.areas', {}, lang));
    const head = [pad(t('col.numeral', {}, lang), 5), pad(t('col.area', {}, lang), 46), ...levels.map((l) => pad(t(`col.${l}`, {}, lang), 11)), t('col.status', {}, lang)];
    out.push(head.join(' '));
    for (const c of an.areas) {
      const cells = levels.map((l) => {
        const counted = c.counts[l] === null ? '–' : String(c.counts[l]);
        const declared = c.declared?.[l];
        // Counted first, as the task pane shows it.
        return pad(declared === null || declared === undefined ? counted : `${counted} / ${declared}`, 11);
      });
      const name = c.code ? areaName(c.code, lang) : c.title;
      out.push([pad(c.numeral ?? '', 5), pad(cut(name, 46), 46), ...cells, t(`status.${areaStatus(c)}`, {}, lang)].join(' '));
    }
  }
  out.push('');
  if (an.issues.length === 0) out.push(t('report.none', {}, lang));
  for (const sev of ['error', 'warning', 'info'] as Severity[]) {
    const list = an.issues.filter((i) => i.severity === sev);
    if (list.length === 0) continue;
    out.push(`${t(`report.group.${sev}`, {}, lang)} (${list.length})`);
    for (const i of list) out.push(`  [${i.code}] ${i.message}`);
    out.push('');
  }
  out.push(t('report.summary', { ...an.summary }, lang));
  return out.join('\n');
}
