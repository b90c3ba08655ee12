/** The check report for people: the per-area table, then the issues grouped by severity. */
import { areaStatus, fold, parseDeclared, t, titleWithoutCounts, type Analysis, type Issue, type Lang, type Level, type Severity } from '../core';
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
      const name = c.code ? areaName(c.code, lang) : titleWithoutCounts(c.title);
      out.push([pad(c.numeral ?? '', 5), pad(cut(name, 46), 46), ...cells, t(`status.${areaStatus(c)}`, {}, lang)].join(' '));
    }
  }
  out.push('');
  if (an.issues.length === 0) out.push(t('report.none', {}, lang));
  for (const sev of ['error', 'warning', 'info'] as Severity[]) {
    const list = an.issues.filter((i) => i.severity === sev);
    if (list.length === 0) continue;
    out.push(`${t(`report.group.${sev}`, {}, lang)} (${list.length})`);
    // The message first, for the clerk; the code after it, for whoever looks it up in the README.
    for (const line of lines(list, lang)) out.push(`  ${line}`);
    out.push('');
  }
  // The table stopped where another one opens ("PHỤ LỤC II"): said, so a table cut in the wrong place is noticed.
  if (a.otherTableAt) out.push(t('report.otherTable', { ...a.otherTableAt }, lang), '');
  const total = totalDiffers(an, lang);
  if (total) out.push(total, '');
  out.push(t('report.summary', { ...an.summary }, lang));
  return out.join('\n');
}

/** The total line under the table ("Tổng cộng: 16 nhiệm vụ"), when it says other than the areas add up to. */
function totalDiffers(an: Analysis, lang: Lang): string | null {
  const line = an.appendix.footerLines.find((l) => /^tong cong\b/.test(fold(l)));
  const said = line ? parseDeclared(line) : null;
  if (!line || !said) return null;
  const diffs: string[] = [];
  for (const l of ['goals', 'tasks', 'activities'] as Level[]) {
    const counted = an.areas.reduce((n, a) => n + (a.counts[l] ?? 0), 0);
    if (said[l] !== null && said[l] !== counted) diffs.push(t('report.totalLevel', { said: said[l]!, level: t(`col.${l}`, {}, lang).toLowerCase(), counted }, lang));
  }
  return diffs.length ? t('report.totalDiffers', { line, diffs: diffs.join('; ') }, lang) : null;
}

/**
 * One line an issue, except the header repeated at every page break: one line for all of them
 * ("Hàng 11, 18, 26: tiêu đề bảng lặp lại …"), where the first of them stood. Nothing to do about those.
 */
function lines(list: readonly Issue[], lang: Lang): string[] {
  const repeated = list.filter((i) => i.code === 'repeated-header' && !i.detail && i.row !== null && !i.sheet);
  const out: string[] = [];
  for (const i of list) {
    if (repeated.length > 1 && repeated.includes(i)) {
      if (i !== repeated[0]) continue;
      const where = t('where.rows', { rows: repeated.map((r) => r.row).join(', ') }, lang);
      out.push(`${t('issue.repeated-header', { where }, lang)} (${i.code})`);
    } else out.push(`${i.message} (${i.code})`);
  }
  return out;
}
