/**
 * The issues, grouped by severity, with a severity filter and a search box.
 * Each issue is a button: click or Enter selects its cell in Excel.
 */
import { Badge, Checkbox, Input, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { severityName, type Appendix, type Issue, type Severity } from '../core';
import { filterIssues, groupBySeverity, issuePlace, SEVERITIES } from './logic/issues';
import { useLang, useT } from './i18n';

/** Enough to scroll through; the rest behind "show more" so a broken 10,000-row sheet stays responsive. */
const PAGE = 200;

const useStyles = makeStyles({
  filters: { display: 'flex', flexWrap: 'wrap', columnGap: '4px', alignItems: 'center' },
  search: { width: '100%', marginTop: '4px' },
  group: { marginTop: '10px' },
  groupHead: { display: 'flex', alignItems: 'center', gap: '6px', margin: '0 0 4px 0', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  item: {
    display: 'flex',
    gap: '8px',
    alignItems: 'flex-start',
    width: '100%',
    textAlign: 'left',
    padding: '6px 8px',
    border: 'none',
    borderLeft: `3px solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    background: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: 'pointer',
    ':hover': { background: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  place: { flexShrink: 0, minWidth: '38px', fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums', color: tokens.colorNeutralForeground2 },
  more: { marginTop: '4px' },
  empty: { color: tokens.colorNeutralForeground3, marginTop: '8px', display: 'block' },
});

const BADGE: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

interface Props {
  issues: Issue[];
  appendix: Appendix;
  onSelect(issue: Issue): void;
  disabled?: boolean;
}

export function IssueList({ issues, appendix, onSelect, disabled }: Props): JSX.Element {
  const t = useT();
  const lang = useLang();
  const s = useStyles();
  // Info notes say what the reader already repaired (joined rows, skipped headers): off until asked for.
  const [shown, setShown] = useState<Set<Severity>>(() => new Set<Severity>(['error', 'warning']));
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const all = useMemo(() => groupBySeverity(issues), [issues]);
  const groups = useMemo(() => groupBySeverity(filterIssues(issues, { severities: shown, query })), [issues, shown, query]);
  const toggle = (sev: Severity, on: boolean): void =>
    setShown((prev) => {
      const next = new Set(prev);
      if (on) next.add(sev);
      else next.delete(sev);
      return next;
    });
  let budget = limit;
  const total = SEVERITIES.reduce((n, sev) => n + groups[sev].length, 0);
  return (
    <div>
      <div className={s.filters} role="group" aria-label={t('pane.issues.filter')}>
        {SEVERITIES.map((sev) => (
          <Checkbox
            key={sev}
            checked={shown.has(sev)}
            onChange={(_e, d) => toggle(sev, d.checked === true)}
            label={`${severityName(sev, lang)} (${all[sev].length})`}
          />
        ))}
      </div>
      <Input
        className={s.search}
        type="search"
        value={query}
        onChange={(_e, d) => setQuery(d.value)}
        placeholder={t('pane.issues.search')}
        aria-label={t('pane.issues.search')}
      />
      {total === 0 && <Text className={s.empty}>{issues.length ? t('pane.issues.noneMatch') : t('pane.issues.none')}</Text>}
      {SEVERITIES.map((sev) => {
        const list = groups[sev];
        if (!list.length) return null;
        const visible = list.slice(0, Math.max(0, budget));
        budget -= visible.length;
        const headId = `issues-${sev}`;
        return (
          <section key={sev} className={s.group} aria-labelledby={headId}>
            <h3 id={headId} className={s.groupHead}>
              <Badge appearance="filled" color={BADGE[sev]} size="small">
                {list.length}
              </Badge>
              {severityName(sev, lang)}
            </h3>
            <ul className={s.list}>
              {visible.map((issue, i) => {
                const place = issuePlace(issue, appendix);
                return (
                  <li key={`${issue.code}-${issue.row}-${i}`}>
                    <button
                      type="button"
                      className={mergeClasses(s.item, s[sev])}
                      onClick={() => onSelect(issue)}
                      disabled={disabled}
                      data-code={issue.code}
                      data-row={issue.row ?? ''}
                      title={t('pane.issues.goTo')}
                      aria-label={`${severityName(sev, lang)}: ${issue.message} ${t('pane.issues.goTo')}`}
                    >
                      <span className={s.place}>{place || '—'}</span>
                      <span>{issue.message}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      {total > limit && (
        <button type="button" className={s.item} style={{ justifyContent: 'center' }} onClick={() => setLimit(limit + PAGE)}>
          {t('pane.issues.more', { n: total - limit })}
        </button>
      )}
    </div>
  );
}
