/**
 * Tổng hợp: roll several communes' appendices up into new sheets of this workbook.
 * Inputs are sheets of the workbook and/or .xlsx files; the work is in ./rollup
 * (read, flag same communes, write), this component only asks and shows progress.
 */
import { Badge, Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ExcelAdapter, SheetInfo } from './excel/types';
import { useLang, useT } from './i18n';
import { paneMessage, type PaneMessage } from './logic/errors';
import { MessageBox } from './MessageBox';
import { choosableSheets, mergeSelection } from './rollup/choose';
import type { InputProgress, ProgressState } from './rollup/progress';
import { finishRollup, OUTPUT_TAG, prepareRollup, RollupError, type Decisions, type Finished, type Prepared } from './rollup/run';
import { sameCommuneGroups } from './rollup/sameCommune';
import { fileWay } from './rollup/sources';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
  box: { display: 'flex', flexDirection: 'column', gap: '2px', maxHeight: '220px', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '4px' },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  heading: { fontWeight: tokens.fontWeightSemibold, margin: 0, fontSize: tokens.fontSizeBase300 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  reason: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  group: { display: 'flex', flexDirection: 'column', gap: '4px', padding: '6px 0', borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  file: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: '4px' },
  hidden: { display: 'none' },
});

function failureMessage(e: unknown, lang: 'vi' | 'en', t: (k: string, p?: Record<string, string | number>) => string): PaneMessage {
  if (e instanceof RollupError) return { intent: 'warning', title: t(e.key, e.params), body: t(`${e.key}Body`, e.params) };
  return paneMessage(e, lang);
}

export function RollupTab({ adapter }: { adapter: ExcelAdapter }): JSX.Element {
  const t = useT();
  const lang = useLang();
  const s = useStyles();
  const [sheets, setSheets] = useState<SheetInfo[]>([]);
  const [selected, setSelected] = useState<string[]>([]);
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [skip, setSkip] = useState<Set<string>>(new Set());
  const [rename, setRename] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<PaneMessage | null>(null);
  const [done, setDone] = useState<Finished | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const listed = useRef<SheetInfo[]>([]);
  const way = useMemo(() => fileWay(adapter), [adapter]);

  const reload = useCallback(
    async (first: boolean) => {
      try {
        const [all, own] = await Promise.all([adapter.listSheets(), adapter.taggedSheets(OUTPUT_TAG)]);
        const { list, selected: pre } = choosableSheets(all, own);
        const previous = listed.current;
        listed.current = list;
        setSheets(list);
        setSelected((cur) => (first ? pre : mergeSelection(cur, previous, list)));
      } catch (e) {
        setMessage(paneMessage(e, lang));
      }
    },
    [adapter, lang],
  );
  useEffect(() => {
    void reload(true);
  }, [reload]);

  const finish = async (p: Prepared, decisions: Decisions): Promise<void> => {
    setBusy(true);
    try {
      const fin = await finishRollup(adapter, p, decisions, lang);
      setProgress(p.tracker.snapshot());
      setPrepared(null);
      setFiles([]);
      await reload(false);
      setDone(fin);
    } catch (e) {
      setMessage(failureMessage(e, lang, t));
      setPrepared(null);
    } finally {
      setBusy(false);
    }
  };

  const run = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    setDone(null);
    setPrepared(null);
    setSkip(new Set());
    setRename({});
    let p: Prepared;
    try {
      const inputs = await Promise.all(files.map(async (f) => ({ name: f.name, data: await f.arrayBuffer() })));
      // In the workbook's order, not the order of the clicks.
      const sheetsInOrder = sheets.map((x) => x.name).filter((n) => selected.includes(n));
      p = await prepareRollup(adapter, { sheets: sheetsInOrder, files: inputs }, lang, setProgress);
    } catch (e) {
      setMessage(failureMessage(e, lang, t));
      setBusy(false);
      return;
    }
    setBusy(false);
    if (!p.ready.length) {
      setMessage(failureMessage(new RollupError('pane.rollup.fail.nothingRead'), lang, t));
      return;
    }
    if (p.sameCommune.length || p.replaces.length) setPrepared(p);
    else await finish(p, {});
  };

  /** Files already inserted as sheets are now in the list (ticked): picking them again would count them twice. */
  const cancel = (p: Prepared): void => {
    setPrepared(null);
    if (p.fileWay === 'insert') setFiles([]);
    void reload(false);
  };

  const toggle = (name: string, on: boolean): void => setSelected((cur) => (on ? [...cur.filter((n) => n !== name), name] : cur.filter((n) => n !== name)));
  // Said only once the user changed something: before that the groups above say it.
  const touched = skip.size > 0 || Object.keys(rename).length > 0;
  const still = prepared && touched ? sameCommuneGroups(prepared.ready, rename, skip) : [];

  return (
    <div className={s.col}>
      <Text>{t('pane.rollup.intro')}</Text>

      <section className={s.col} aria-labelledby="rollup-sheets">
        <h2 id="rollup-sheets" className={s.heading}>
          {t('pane.rollup.sheets')}
        </h2>
        <Text className={s.hint}>{t('pane.rollup.sheetsHint')}</Text>
        <div className={s.row}>
          <Button size="small" onClick={() => setSelected(sheets.map((x) => x.name))} disabled={busy}>
            {t('pane.rollup.selectAll')}
          </Button>
          <Button size="small" onClick={() => setSelected([])} disabled={busy}>
            {t('pane.rollup.selectNone')}
          </Button>
          <Button size="small" appearance="subtle" onClick={() => void reload(false)} disabled={busy}>
            {t('pane.rollup.refresh')}
          </Button>
        </div>
        <div className={s.box} role="group" aria-labelledby="rollup-sheets" data-testid="rollup-sheets">
          {sheets.length ? (
            sheets.map((x) => (
              <Checkbox
                key={x.name}
                checked={selected.includes(x.name)}
                onChange={(_e, d) => toggle(x.name, !!d.checked)}
                disabled={busy}
                label={
                  <span>
                    {x.name}{' '}
                    {x.looksLikeAppendix && (
                      <Badge size="small" appearance="tint" color="brand">
                        {t('pane.rollup.appendixBadge')}
                      </Badge>
                    )}
                  </span>
                }
              />
            ))
          ) : (
            <Text className={s.hint}>{t('pane.rollup.noSheets')}</Text>
          )}
        </div>
      </section>

      <section className={s.col} aria-labelledby="rollup-files">
        <h2 id="rollup-files" className={s.heading}>
          {t('pane.rollup.files')}
        </h2>
        <input
          ref={fileInput}
          className={s.hidden}
          type="file"
          multiple
          accept=".xlsx"
          data-testid="rollup-file-input"
          onChange={(e) => {
            const picked = Array.from(e.target.files ?? []);
            setFiles((cur) => [...cur, ...picked]);
            e.target.value = '';
          }}
        />
        <div className={s.row}>
          <Button size="small" onClick={() => fileInput.current?.click()} disabled={busy}>
            {t('pane.rollup.pickFiles')}
          </Button>
          {files.length > 0 && (
            <Button size="small" appearance="subtle" onClick={() => setFiles([])} disabled={busy}>
              {t('pane.rollup.clearFiles')}
            </Button>
          )}
        </div>
        {files.length > 0 && (
          <ul className={s.list}>
            {files.map((f, i) => (
              <li key={`${f.name}-${i}`} className={s.file}>
                <Text size={200}>{f.name}</Text>
                <Button size="small" appearance="subtle" aria-label={t('pane.rollup.removeFile', { file: f.name })} onClick={() => setFiles((cur) => cur.filter((_x, j) => j !== i))} disabled={busy}>
                  ✕
                </Button>
              </li>
            ))}
          </ul>
        )}
        <Text className={s.hint}>{t(`pane.rollup.way.${way}`)}</Text>
      </section>

      <div className={s.row}>
        <Button appearance="primary" onClick={() => void run()} disabledFocusable={busy || !!prepared} data-testid="rollup-run">
          {t('pane.rollup.run')}
        </Button>
        <Text className={s.hint}>{t('pane.rollup.chosen', { sheets: selected.length, files: files.length })}</Text>
      </div>

      {progress && <Progress state={progress} />}

      {prepared && (
        <MessageBar intent="warning" layout="multiline" role="alert" data-testid="rollup-confirm">
          <MessageBarBody>
            <MessageBarTitle>{t('pane.rollup.confirmTitle')}</MessageBarTitle>
            {prepared.sameCommune.length > 0 && (
              <div className={s.col}>
                <strong>{t('pane.rollup.sameTitle')}</strong>
                <Text size={200}>{t('pane.rollup.sameBody')}</Text>
                {prepared.sameCommune.map((g) => (
                  <div key={g.key} className={s.group}>
                    <Text weight="semibold">{t('pane.rollup.sameGroup', { names: [...new Set(g.members.map((m) => m.commune))].join(' / ') })}</Text>
                    {g.members.map((m) => (
                      <div key={m.id} className={s.col}>
                        <Checkbox
                          checked={!skip.has(m.id)}
                          label={t('pane.rollup.use', { source: m.source })}
                          onChange={(_e, d) =>
                            setSkip((cur) => {
                              const next = new Set(cur);
                              if (d.checked) next.delete(m.id);
                              else next.add(m.id);
                              return next;
                            })
                          }
                        />
                        <Field label={t('pane.rollup.rename', { source: m.source })} size="small">
                          <Input size="small" value={rename[m.id] ?? m.commune} disabled={skip.has(m.id)} onChange={(_e, d) => setRename((cur) => ({ ...cur, [m.id]: d.value }))} />
                        </Field>
                      </div>
                    ))}
                  </div>
                ))}
                {still.length > 0 && <Text size={200}>{t('pane.rollup.stillSame', { names: still.map((g) => g.members.map((m) => m.commune).join(' / ')).join('; ') })}</Text>}
              </div>
            )}
            {prepared.replaces.length > 0 && (
              <div className={s.col}>
                <strong>{t('pane.rollup.replaceTitle')}</strong>
                <Text size={200}>{t('pane.rollup.replaceBody', { sheets: prepared.replaces.map((n) => `“${n}”`).join(', ') })}</Text>
              </div>
            )}
            <div className={s.row} style={{ marginTop: 8 }}>
              <Button appearance="primary" onClick={() => void finish(prepared, { skip, rename })} disabledFocusable={busy} data-testid="rollup-continue">
                {t('pane.rollup.continue')}
              </Button>
              <Button onClick={() => cancel(prepared)} disabled={busy}>
                {t('pane.rollup.cancel')}
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}

      {done && (
        <MessageBar intent="success" layout="multiline" role="status" data-testid="rollup-done">
          <MessageBarBody>
            <MessageBarTitle>{t('pane.rollup.done', { communes: done.communes })}</MessageBarTitle>
            <div>
              {t('pane.rollup.doneBody', { items: done.items, issues: done.issues, summary: done.sheets.summary, data: done.sheets.data, issues_sheet: done.sheets.issues })}
              {done.replaced.length > 0 && ` ${t('pane.rollup.doneReplaced')}`}
              {progress?.inputs.some((i) => i.kind === 'file' && i.via) && ` ${t(`pane.rollup.wayUsed.${progress.inputs.find((i) => i.via)!.via}`)}`}
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      <MessageBox message={message} />
    </div>
  );
}

function statusText(i: InputProgress, t: (k: string, p?: Record<string, string | number>) => string): string {
  if (i.status === 'done' && (i.appendices ?? 1) > 1) return t('pane.rollup.status.doneMany', { n: i.appendices! });
  return t(`pane.rollup.status.${i.status}`);
}

function Progress({ state }: { state: ProgressState }): JSX.Element {
  const t = useT();
  const s = useStyles();
  const skipped = state.inputs.filter((i) => i.status === 'skipped');
  return (
    <section className={s.col} aria-live="polite" data-testid="rollup-progress">
      <Field label={t('pane.rollup.overall')} hint={state.step ? t(state.step) : state.phase === 'reading' ? t('pane.rollup.step.reading') : undefined}>
        <ProgressBar value={state.overall} max={1} thickness="large" color={state.phase === 'done' ? 'success' : 'brand'} />
      </Field>
      <ul className={s.list}>
        {state.inputs.map((i) => (
          <li key={i.id}>
            <Field
              label={t('pane.rollup.inputProgress', { label: i.label, status: statusText(i, t) })}
              validationState={i.status === 'skipped' ? 'error' : 'none'}
              validationMessage={i.reason ? t(i.reason.key, i.reason.params) : undefined}
              size="small"
            >
              <ProgressBar value={i.fraction} max={1} color={i.status === 'skipped' ? 'error' : i.status === 'done' ? 'success' : 'brand'} />
            </Field>
          </li>
        ))}
      </ul>
      {skipped.length > 0 && state.phase !== 'reading' && <Text className={s.reason}>{t('pane.rollup.skippedTitle', { n: skipped.length })}</Text>}
    </section>
  );
}
