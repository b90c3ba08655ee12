/** Activities per area as plain SVG bars (no chart library); a tick marks the declared number where it differs. */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { AreaCount, Level } from '../core';
import { chartBars } from './logic/chart';
import { useT } from './i18n';

const ROW = 24;
const LABEL = 36;
const BAR = 200;
const WIDTH = LABEL + BAR + 64;

const useStyles = makeStyles({
  svg: { width: '100%', maxWidth: '420px', height: 'auto', display: 'block' },
  legend: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, marginTop: '2px' },
});

export function AreaChart({ areas, level = 'activities' }: { areas: AreaCount[]; level?: Level }): JSX.Element {
  const t = useT();
  const s = useStyles();
  const bars = chartBars(areas, level);
  const height = bars.length * ROW + 4;
  const summary = bars.map((b) => t('pane.chart.barLabel', { area: b.label, counted: b.counted, declared: b.declared ?? '–' })).join('; ');
  return (
    <figure style={{ margin: 0 }}>
      <svg className={s.svg} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${t('pane.chart.title')}: ${summary}`}>
        {bars.map((b, i) => {
          const y = i * ROW + 4;
          const w = Math.max(b.counted ? 2 : 0, b.width * BAR);
          return (
            <g key={i}>
              <text x={LABEL - 6} y={y + 14} textAnchor="end" fontSize="12" style={{ fill: tokens.colorNeutralForeground2 }}>
                {b.label}
              </text>
              <rect x={LABEL} y={y + 2} width={BAR} height={ROW - 8} rx="2" style={{ fill: tokens.colorNeutralBackground3 }} />
              <rect x={LABEL} y={y + 2} width={w} height={ROW - 8} rx="2" style={{ fill: b.mismatch ? tokens.colorPaletteRedBackground3 : tokens.colorBrandBackground }} />
              {b.mismatch && b.mark !== null && (
                <line x1={LABEL + b.mark * BAR} x2={LABEL + b.mark * BAR} y1={y} y2={y + ROW - 4} strokeWidth="2" style={{ stroke: tokens.colorNeutralForeground1 }} />
              )}
              <text x={LABEL + Math.max(w, b.mark !== null && b.mismatch ? b.mark * BAR : 0) + 6} y={y + 14} fontSize="12" style={{ fill: tokens.colorNeutralForeground1 }}>
                {b.mismatch ? `${b.counted} / ${b.declared}` : b.counted}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className={s.legend}>{t('pane.chart.legend')}</figcaption>
    </figure>
  );
}
