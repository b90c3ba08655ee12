/// <reference types="office-js" />
/**
 * Where the pane gets its one Excel adapter. The adapter module (./excel) is
 * looked up through webpack's require.context so the pane still builds while
 * that module is being written; once it exists this resolves to its
 * createOfficeAdapter().
 */
import { ExcelAdapterError, type ExcelAdapter } from './excel/types';

type AdapterModule = { createOfficeAdapter(): ExcelAdapter };
type Context = { keys(): string[]; (key: string): unknown };

/** The pane needs Excel: outside it (a plain browser tab) there is nothing to read. */
export class NoHostError extends Error {
  constructor() {
    super('no-host');
  }
}

export async function loadAdapter(): Promise<ExcelAdapter> {
  if (typeof Excel === 'undefined' || typeof Excel.run !== 'function') throw new NoHostError();
  const ctx = (require as unknown as { context(dir: string, deep: boolean, re: RegExp): Context }).context('./excel', false, /^\.\/index\.tsx?$/);
  const key = ctx.keys()[0];
  if (!key) throw new ExcelAdapterError('unknown');
  return (ctx(key) as AdapterModule).createOfficeAdapter();
}
