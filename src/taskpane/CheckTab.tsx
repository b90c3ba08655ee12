/** Kiểm tra: check a sheet, show counts per area, a chart and the issues; jump to, colour and un-colour issue rows. */
import { Button, makeStyles, Spinner, Switch, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Issue } from '../core';
import { AreaChart } from './AreaChart';
import { AreaTable } from './AreaTable';
import { checkSheet, type Checked } from './check';
import type { ExcelAdapter } from './excel/types';
import { useLang, useT } from './i18n';
import { IssueList } from './IssueList';
import { mismatchCount } from './logic/chart';
import { debounce } from './logic/debounce';
import { highlightRows, issueTarget, snapshotLastColumn, tableColumns } from './logic/issues';
import { MessageBox } from './MessageBox';
import { useAction } from './useAction';

/** Wait this long after the last edit before re-checking. */
export const AUTO_CHECK_MS = 800;

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: '6px 0 2px 0' },
  summary: {
    padding: '8px 10px',
    borderRadius: tokens.borderRadiusMedium,
    background: tokens.colorNeutralBackground2,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

interface Props {
  adapter: ExcelAdapter;
  sheet: string;
  picker: JSX.Element;
}

export function CheckTab({ adapter, sheet, picker }: Props): JSX.Element {
  const t = useT();
  const lang = useLang();
  const s = useStyles();
  const action = useAction(lang);
  const [result, setResult] = useState<Checked | null>(null);
  const [auto, setAuto] = useState(false);

  const runCheck = useCallback(
    () =>
      action.run(async () => {
        try {
          setResult(await checkSheet(adapter, sheet, lang));
        } catch (e) {
          // A result left from before would read as this sheet's: show only the message.
          setResult(null);
          throw e;
        }
        return null;
      }),
    [action.run, adapter, sheet, lang],
  );

  // The auto-check calls the latest runCheck; a change while a check runs is checked once that one ends.
  const latest = useRef(runCheck);
  latest.current = runCheck;
  const busyRef = useRef(false);
  busyRef.current = action.busy;
  useEffect(() => {
    if (!auto) return;
    let unsubscribe: (() => Promise<void>) | null = null;
    let stopped = false;
    const recheck = debounce(() => {
      if (busyRef.current) recheck();
      else void latest.current();
    }, AUTO_CHECK_MS);
    adapter.onChanged(recheck).then(
      (u) => {
        if (stopped) void u().catch(() => undefined);
        else unsubscribe = u;
      },
      (e) => {
        action.run(() => Promise.reject(e));
        setAuto(false);
      },
    );
    return () => {
      stopped = true;
      recheck.cancel();
      if (unsubscribe) void unsubscribe().catch(() => undefined);
    };
  }, [auto, adapter]); // eslint-disable-line react-hooks/exhaustive-deps

  // Another sheet or table chosen: the result shown was not its result.
  const lastSheet = useRef(sheet);
  useEffect(() => {
    if (lastSheet.current !== sheet) setResult(null);
    lastSheet.current = sheet;
  }, [sheet]);

  // A re-check in the other language renders the engine's messages in it.
  const lastLang = useRef(lang);
  useEffect(() => {
    if (lastLang.current !== lang && result) void runCheck();
    lastLang.current = lang;
  }, [lang]); // eslint-disable-line react-hooks/exhaustive-deps

  const select = (issue: Issue): void => {
    if (!result) return;
    const target = issueTarget(issue, result.analysis.appendix, result.snapshot.firstColumn);
    if (!target) return;
    void action.run(async () => {
      await adapter.selectCell(issue.sheet ?? result.snapshot.name, target.row, target.column);
      return null;
    });
  };

  const highlight = (): void => {
    if (!result) return;
    // A table printed one page per sheet is highlighted on each of its sheets.
    const pages = result.pages ?? [result.snapshot];
    const [first, last] = tableColumns(result.analysis.appendix, result.snapshot.firstColumn, Math.max(...pages.map(snapshotLastColumn)));
    const bySheet = pages.map((p) => ({ sheet: p.name, rows: highlightRows(result.analysis.issues.filter((i) => (i.sheet ?? result.snapshot.name) === p.name)) }));
    void action.run(async () => {
      // Every page, those without issues too: their earlier highlights are put back.
      for (const { sheet, rows } of bySheet) await adapter.highlightRows(sheet, rows, first, last);
      const n = bySheet.reduce((sum, x) => sum + x.rows.length, 0);
      return { intent: 'success', title: t('pane.highlight.done', { n }), body: t('pane.highlight.doneBody') };
    });
  };

  const clear = (): void => {
    const names = result ? (result.pages ?? [result.snapshot]).map((p) => p.name) : [sheet];
    void action.run(async () => {
      for (const name of names) await adapter.clearHighlights(name);
      return { intent: 'success', title: t('pane.highlight.cleared'), body: t('pane.highlight.clearedBody') };
    });
  };

  const an = result?.analysis;
  const declaredMismatches = an ? an.issues.filter((i) => i.code === 'declared-count-mismatch').length : 0;
  const badAreas = an ? mismatchCount(an.areas) : 0;
  return (
    <div className={s.col}>
      {!result && <Text>{t('pane.check.intro')}</Text>}
      {picker}
      <div className={s.row}>
        <Button appearance="primary" onClick={() => void runCheck()} disabledFocusable={action.busy || !sheet}>
          {t('pane.check.run')}
        </Button>
        {action.busy && <Spinner size="tiny" label={t('pane.busy')} />}
      </div>
      <Switch checked={auto} onChange={(_e, d) => setAuto(d.checked)} label={t('pane.check.auto')} />
      <MessageBox message={action.message} />
      {an && result && (
        <>
          <div className={s.summary} role="status" aria-live="polite">
            <Text weight="semibold">
              {an.appendix.commune ? t('pane.check.commune', { commune: an.appendix.commune }) : t('pane.check.sheet', { sheet: result.snapshot.name })}
            </Text>
            {result.pages && <Text size={200}>{t('pane.check.pages', { n: result.pages.length, first: result.pages[0].name, last: result.pages[result.pages.length - 1].name })}</Text>}
            <Text size={200}>{t('report.summary', { errors: an.summary.errors, warnings: an.summary.warnings, infos: an.summary.infos })}</Text>
            <Text size={200}>
              {badAreas
                ? t('pane.check.mismatches', { areas: badAreas, n: declaredMismatches })
                : an.areas.some((a) => a.declared)
                  ? t('pane.check.allMatch')
                  : t('pane.check.noneDeclared')}
            </Text>
          </div>
          <h2 className={s.h2}>{t('pane.areas.title')}</h2>
          <Text className={s.hint}>{t('pane.areas.hint')}</Text>
          <AreaTable areas={an.areas} />
          <h2 className={s.h2}>{t('pane.chart.title')}</h2>
          <AreaChart areas={an.areas} />
          <h2 className={s.h2}>{t('pane.issues.title')}</h2>
          <div className={s.row}>
            <Button onClick={highlight} disabledFocusable={action.busy || !an.issues.some((i) => i.row !== null && i.severity !== 'info')}>
              {t('pane.highlight.run')}
            </Button>
            <Button onClick={clear} disabledFocusable={action.busy}>
              {t('pane.highlight.clear')}
            </Button>
          </div>
          <Text className={s.hint}>{t('pane.issues.hint')}</Text>
          <IssueList issues={an.issues} appendix={an.appendix} onSelect={select} />
        </>
      )}
    </div>
  );
}
