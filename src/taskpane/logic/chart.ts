/** Bars for the pane's activities-per-area chart: plain numbers, drawn as SVG by AreaChart. */
import { areaStatus, type AreaCount, type Level } from '../../core';

export interface Bar {
  label: string;
  counted: number;
  declared: number | null;
  mismatch: boolean;
  /** Bar length and declared marker as fractions of the widest value (0..1). */
  width: number;
  mark: number | null;
}

export function chartBars(areas: readonly AreaCount[], level: Level = 'activities'): Bar[] {
  const max = Math.max(1, ...areas.map((a) => Math.max(a.counts[level] ?? 0, a.declared?.[level] ?? 0)));
  return areas.map((a, i) => {
    const counted = a.counts[level] ?? 0;
    const declared = a.declared?.[level] ?? null;
    return {
      label: a.numeral ?? String(i + 1),
      counted,
      declared,
      mismatch: declared !== null && declared !== counted,
      width: counted / max,
      mark: declared === null ? null : declared / max,
    };
  });
}

/** Number of areas whose declared counts disagree with the table. */
export function mismatchCount(areas: readonly AreaCount[]): number {
  return areas.filter((a) => areaStatus(a) === 'mismatch').length;
}
