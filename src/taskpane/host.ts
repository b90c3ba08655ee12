/// <reference types="office-js" />
/** Where the pane gets its one Excel adapter (Office.js in Excel, or the fake installed on window in tests). */
import { createOfficeAdapter } from './excel/officeAdapter';
import type { ExcelAdapter } from './excel/types';

/** The pane needs Excel: outside it (a plain browser tab) there is nothing to read. */
export class NoHostError extends Error {
  constructor() {
    super('no-host');
  }
}

export async function loadAdapter(): Promise<ExcelAdapter> {
  if (typeof Excel === 'undefined' || typeof Excel.run !== 'function') throw new NoHostError();
  return createOfficeAdapter();
}
