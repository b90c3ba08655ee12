/**
 * Any failure as a message the pane shows: what happened and what to do, from
 * the catalogue. Never a stack trace: unknown errors get the generic message.
 */
import { t, type Lang } from '../../core';
import { failureMessageKey } from '../excel/errors';
import { ExcelAdapterError } from '../excel/types';

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

export function paneMessage(err: unknown, lang: Lang): PaneMessage {
  if (err instanceof PaneError) {
    const p = err.params;
    return {
      intent: err.key === 'noHost' ? 'error' : 'warning',
      title: t(`pane.fail.${err.key}.title`, p, lang),
      body: t(`pane.fail.${err.key}.body`, p, lang),
    };
  }
  if (err instanceof ExcelAdapterError) {
    const p = { sheet: err.sheet ?? '' };
    return { intent: 'error', title: t('pane.fail.excel.title', p, lang), body: t(failureMessageKey(err), p, lang) };
  }
  return { intent: 'error', title: t('pane.fail.unknown.title', {}, lang), body: t('pane.fail.unknown.body', {}, lang) };
}
