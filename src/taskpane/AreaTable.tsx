/**
 * Per-area counts: counted / declared for goals, tasks, activities, and a Khớp/Lệch badge.
 * A plain table with fixed column shares, so the area names wrap and the numbers stay
 * readable at 320 px.
 */
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { areaName, areaStatus, type AreaCount, type Level } from '../core';
import { useLang, useT } from './i18n';

const LEVELS: Level[] = ['goals', 'tasks', 'activities'];

const useStyles = makeStyles({
  table: {
    width: '100%',
    tableLayout: 'fixed',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  th: {
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    padding: '4px 2px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: 'bottom',
  },
  td: { padding: '6px 2px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top' },
  area: { textAlign: 'left', wordBreak: 'break-word', hyphens: 'auto' },
  num: { textAlign: 'center', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  numeral: { fontWeight: tokens.fontWeightSemibold },
  status: { textAlign: 'center' },
  // "Không kê khai" is wider than the column at 320 px: let the badge wrap instead of spilling.
  badge: { whiteSpace: 'normal', height: 'auto', minHeight: '16px', lineHeight: tokens.lineHeightBase100, textAlign: 'center', paddingTop: '1px', paddingBottom: '1px' },
});

export function AreaTable({ areas }: { areas: AreaCount[] }): JSX.Element {
  const t = useT();
  const lang = useLang();
  const s = useStyles();
  return (
    <table className={s.table} aria-label={t('pane.areas.title')}>
      <colgroup>
        <col style={{ width: '37%' }} />
        <col style={{ width: '14%' }} />
        <col style={{ width: '14%' }} />
        <col style={{ width: '15%' }} />
        <col style={{ width: '20%' }} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className={`${s.th} ${s.area}`}>
            {t('col.area')}
          </th>
          {LEVELS.map((l) => (
            <th key={l} scope="col" className={`${s.th} ${s.num}`} style={{ whiteSpace: 'normal' }}>
              {t(`col.${l}`)}
            </th>
          ))}
          <th scope="col" className={`${s.th} ${s.num}`}>
            {t('col.status')}
          </th>
        </tr>
      </thead>
      <tbody>
        {areas.map((a, i) => {
          const status = areaStatus(a);
          const name = a.code ? areaName(a.code, lang) : a.title;
          return (
            <tr key={`${a.code ?? a.title}-${i}`} data-area={a.code ?? ''}>
              <th scope="row" className={`${s.td} ${s.area}`} style={{ fontWeight: 'normal' }}>
                <span className={s.numeral}>{a.numeral ? `${a.numeral}. ` : ''}</span>
                {name}
              </th>
              {LEVELS.map((l) => {
                const counted = a.counts[l];
                const declared = a.declared?.[l] ?? null;
                const off = declared !== null && counted !== null && declared !== counted;
                return (
                  <td
                    key={l}
                    className={`${s.td} ${s.num} ${off ? s.bad : ''}`}
                    data-level={l}
                    aria-label={t('pane.areas.cellLabel', { counted: counted ?? '–', declared: declared ?? '–' })}
                  >
                    {counted ?? '–'} / {declared ?? '–'}
                  </td>
                );
              })}
              <td className={`${s.td} ${s.status}`}>
                <Badge
                  className={s.badge}
                  appearance="tint"
                  size="small"
                  color={status === 'match' ? 'success' : status === 'mismatch' ? 'danger' : 'informative'}
                  data-status={status}
                >
                  {t(`status.${status}`)}
                </Badge>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
