/// <reference types="custom-functions-runtime" />
/**
 * The one boundary between the functions' logic and Excel: a tagged FnError
 * becomes a CustomFunctions.Error (#VALUE! or #N/A with a Vietnamese message),
 * thrown as Microsoft documents for custom functions; any unexpected exception
 * becomes #VALUE! too, so a cell never shows a stack trace.
 */
import { t } from '../core';
import { FnError, type FnResult } from './result';

function excelError(e: FnError): CustomFunctions.Error {
  const code = e.kind === 'na' ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
  return new CustomFunctions.Error(code, e.message);
}

/** Run one function's logic and hand Excel its value or its error. */
export function toExcel<T>(run: () => FnResult<T>): T {
  let r: FnResult<T>;
  try {
    r = run();
  } catch (err) {
    r = new FnError('value', t('fn.failed', { reason: err instanceof Error ? err.message : String(err) }));
  }
  if (r instanceof FnError) throw excelError(r);
  return r;
}
