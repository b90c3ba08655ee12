/** Per-area counts: counted / declared for goals, tasks, activities, and a Khớp/Lệch badge. */
import { Badge, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { areaName, areaStatus, type AreaCount, type Level } from '../core';
import { useLang, useT } from './i18n';

const LEVELS: Level[] = ['goals', 'tasks', 'activities'];

const useStyles = makeStyles({
  table: { tableLayout: 'fixed', width: '100%' },
  area: { width: 'auto', whiteSpace: 'normal', wordBreak: 'break-word', lineHeight: tokens.lineHeightBase200, paddingTop: '4px', paddingBottom: '4px' },
  num: { width: '52px', textAlign: 'center', fontVariantNumeric: 'tabular-nums' },
  status: { width: '62px' },
  head: { fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100, whiteSpace: 'normal' },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  numeral: { fontWeight: tokens.fontWeightSemibold },
});

export function AreaTable({ areas }: { areas: AreaCount[] }): JSX.Element {
  const t = useT();
  const lang = useLang();
  const s = useStyles();
  return (
    <Table size="extra-small" className={s.table} aria-label={t('pane.areas.title')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={`${s.area} ${s.head}`}>{t('col.area')}</TableHeaderCell>
          {LEVELS.map((l) => (
            <TableHeaderCell key={l} className={`${s.num} ${s.head}`}>
              {t(`col.${l}`)}
            </TableHeaderCell>
          ))}
          <TableHeaderCell className={`${s.status} ${s.head}`}>{t('col.status')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {areas.map((a, i) => {
          const status = areaStatus(a);
          const name = a.code ? areaName(a.code, lang) : a.title;
          return (
            <TableRow key={`${a.code ?? a.title}-${i}`} data-area={a.code ?? ''}>
              <TableCell className={s.area}>
                <span className={s.numeral}>{a.numeral ? `${a.numeral}. ` : ''}</span>
                {name}
              </TableCell>
              {LEVELS.map((l) => {
                const counted = a.counts[l];
                const declared = a.declared?.[l] ?? null;
                const off = declared !== null && counted !== null && declared !== counted;
                return (
                  <TableCell
                    key={l}
                    className={`${s.num} ${off ? s.bad : ''}`}
                    data-level={l}
                    aria-label={t('pane.areas.cellLabel', { counted: counted ?? '–', declared: declared ?? '–' })}
                  >
                    {counted ?? '–'} / {declared ?? '–'}
                  </TableCell>
                );
              })}
              <TableCell className={s.status}>
                <Badge
                  appearance="tint"
                  size="small"
                  color={status === 'match' ? 'success' : status === 'mismatch' ? 'danger' : 'informative'}
                  data-status={status}
                >
                  {t(`status.${status}`)}
                </Badge>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
