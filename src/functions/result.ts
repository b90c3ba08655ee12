/**
 * What a function returns before it meets Excel: a value, a spilled table, or a
 * tagged error. The Office-free logic returns these; one boundary (excel.ts)
 * turns a FnError into a CustomFunctions.Error, so jest can test the logic plainly.
 */

/** Excel error kinds the functions use: #VALUE! for bad input, #N/A for "not there". */
export type ErrorKind = 'value' | 'na';

export class FnError {
  readonly kind: ErrorKind;
  readonly message: string;
  constructor(kind: ErrorKind, message: string) {
    this.kind = kind;
    this.message = message;
  }
}

export type Scalar = string | number | boolean;
export type Spill = Scalar[][];
export type FnResult<T> = T | FnError;

export function isFnError(v: unknown): v is FnError {
  return v instanceof FnError;
}
