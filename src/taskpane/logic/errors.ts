/**
 * Any failure as a message the pane shows: what happened and what to do, from
 * the catalogue. Never a stack trace: unknown errors get the generic message.
 */
import { t, type Lang } from '../../core';
import { ExcelAdapterError, type ExcelFailure } from '../excel/types';

export interface PaneMessage {
  intent: 'error' | 'warning' | 'info' | 'success';
  title: string;
  body: string;
}

/** The pane's own failures, besides the adapter's. */
export class PaneError extends Error {
  constructor(
    public readonly key: 'noHost' | 'emptySheet' | 'noTable' | 'noSheets',
    public readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

/** Catalogue keys of the adapter's failures (the adapter's engineer writes these strings). */
const FAILURE_KEYS: Record<ExcelFailure, string> = {
  protected: 'pane.error.protected',
  'edit-mode': 'pane.error.editMode',
  'missing-sheet': 'pane.error.missingSheet',
  'too-large': 'pane.error.tooLarge',
  unknown: 'pane.error.unknown',
};

/** t() with a fallback key, for strings another engineer may not have written yet. */
function tOr(key: string, fallback: string, params: Record<string, string | number>, lang: Lang): string {
  const s = t(key, params, lang);
  return s === key ? t(fallback, params, lang) : s;
}

export function paneMessage(err: unknown, lang: Lang): PaneMessage {
  if (err instanceof PaneError) {
    const p = err.params;
    return {
      intent: err.key === 'noHost' ? 'error' : 'warning',
      title: t(`pane.fail.${err.key}.title`, p, lang),
      body: t(`pane.fail.${err.key}.body`, p, lang),
    };
  }
  if (err instanceof ExcelAdapterError || (err instanceof Error && err.name === 'ExcelAdapterError')) {
    const e = err as ExcelAdapterError;
    const p = { sheet: e.sheet ?? '' };
    return {
      intent: 'error',
      title: t('pane.fail.excel.title', p, lang),
      body: tOr(FAILURE_KEYS[e.failure] ?? FAILURE_KEYS.unknown, 'pane.fail.unknown.body', p, lang),
    };
  }
  return { intent: 'error', title: t('pane.fail.unknown.title', {}, lang), body: t('pane.fail.unknown.body', {}, lang) };
}
