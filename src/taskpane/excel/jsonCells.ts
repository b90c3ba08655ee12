/**
 * A JSON value kept in a hidden sheet's column A, one chunk per cell (Excel holds
 * at most 32,767 characters per cell). Shared by the fill store and the tag store.
 */
const CHUNK = 30000;

export function encodeJsonCells(value: unknown): string[] {
  const json = JSON.stringify(value);
  const out: string[] = [];
  for (let i = 0; i < json.length; i += CHUNK) out.push(json.slice(i, i + CHUNK));
  return out;
}

/** The value in column A, or null when missing, unreadable or not what `valid` expects. */
export function decodeJsonCells<T>(values: readonly (readonly unknown[])[] | null, valid: (x: T) => boolean): T | null {
  if (!values) return null;
  const json = values.map((r) => (typeof r[0] === 'string' ? r[0] : '')).join('');
  if (!json) return null;
  try {
    const v = JSON.parse(json) as T;
    return v && valid(v) ? v : null;
  } catch {
    return null;
  }
}
