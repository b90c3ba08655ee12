/** Excel's errors as the adapter's failures, and the catalogue key the pane shows for each. */
import { ExcelAdapterError, type ExcelFailure } from './types';

function codeOf(err: unknown): string {
  const e = err as { code?: unknown; debugInfo?: { code?: unknown } } | null;
  const c = e?.code ?? e?.debugInfo?.code;
  return typeof c === 'string' ? c : '';
}

function messageOf(err: unknown): string {
  const m = (err as { message?: unknown; debugInfo?: { message?: unknown } } | null)?.message ?? (err as { debugInfo?: { message?: unknown } } | null)?.debugInfo?.message;
  return typeof m === 'string' ? m : String(err ?? '');
}

export function failureOf(err: unknown): ExcelFailure {
  if (err instanceof ExcelAdapterError) return err.failure;
  const code = codeOf(err);
  switch (code) {
    case 'AccessDenied':
      return 'protected';
    case 'InvalidOperationInCellEditMode':
      return 'edit-mode';
    case 'ItemNotFound':
      return 'missing-sheet';
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
    case 'PayloadTooLarge':
      return 'too-large';
    case 'InvalidOperation':
      return /protect|bảo vệ/i.test(messageOf(err)) ? 'protected' : 'unknown';
  }
  return 'unknown';
}

/** Any error thrown while talking to Excel, as an ExcelAdapterError (the original kept as `cause`). */
export function toAdapterError(err: unknown, sheet?: string): ExcelAdapterError {
  if (err instanceof ExcelAdapterError) return err;
  const e = new ExcelAdapterError(failureOf(err), sheet);
  (e as { cause?: unknown }).cause = err;
  return e;
}

export function isTooLarge(err: unknown): boolean {
  return failureOf(err) === 'too-large';
}

const KEYS: Record<ExcelFailure, string> = {
  protected: 'pane.error.protected',
  'edit-mode': 'pane.error.editMode',
  'missing-sheet': 'pane.error.missingSheet',
  'too-large': 'pane.error.tooLarge',
  unknown: 'pane.error.unknown',
};

/** The catalogue key (messages.ui.ts) of the message for a failure; accepts an ExcelAdapterError too. */
export function failureMessageKey(failure: ExcelFailure | ExcelAdapterError): string {
  return KEYS[failure instanceof ExcelAdapterError ? failure.failure : failure] ?? KEYS.unknown;
}
