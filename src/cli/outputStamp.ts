/**
 * What cchc writes into the workbooks it makes (roll-up, normalized table, template), so a later
 * run may write over its own output, and only while nobody has edited it: a filled-in template or
 * a corrected table keeps our keywords when Excel saves it, so the keywords alone are not enough.
 * The time of writing goes in the keywords and in the document's "modified" date; Excel and
 * LibreOffice set that date anew on every save, and any edit moves the file's own time on.
 */
export type OutputKind = 'rollup' | 'normalize' | 'template';

/** Written into the keywords of the workbooks cchc writes. */
export const OUTPUT_KEYWORDS: Record<OutputKind, string> = { rollup: 'cchc-rollup', normalize: 'cchc-normalize', template: 'cchc-template' };
const AT = 'cchc-at-';

/** A copy or an edit after this long moves the file's own time past our writing: a big roll-up takes well under a minute to write. */
const WRITE_TAKES_MS = 10 * 60_000;

export interface WorkbookStamp {
  keywords?: string;
  creator?: string;
  lastModifiedBy?: string;
  created?: Date;
  modified?: Date;
}

/** Mark a workbook about to be written as our `kind` of output, written now. */
export function stampOutput(wb: WorkbookStamp, kind: OutputKind, now = new Date()): void {
  const at = new Date(Math.floor(now.getTime() / 1000) * 1000); // the document's dates keep whole seconds
  wb.keywords = `${OUTPUT_KEYWORDS[kind]} ${AT}${at.getTime() / 1000}`;
  // Excel shows "Unknown" as the author otherwise.
  wb.creator = 'cchc';
  wb.lastModifiedBy = 'cchc';
  wb.created = at;
  wb.modified = at;
}

export interface Stamp {
  /** What cchc wrote this workbook as; null for any other file. */
  written: OutputKind | null;
  /** When cchc wrote it (null for a workbook of ours from before the time was kept). */
  writtenAt: Date | null;
  /** The document's "modified" date as saved. */
  modified: Date | null;
}

export function readStamp(wb: WorkbookStamp): Stamp {
  const words = (wb.keywords ?? '').split(/[,;\s]+/);
  const written = (Object.keys(OUTPUT_KEYWORDS) as OutputKind[]).find((k) => words.includes(OUTPUT_KEYWORDS[k])) ?? null;
  const at = words.find((w) => w.startsWith(AT));
  const seconds = at ? Number(at.slice(AT.length)) : NaN;
  const modified = wb.modified instanceof Date && !Number.isNaN(wb.modified.getTime()) ? wb.modified : null;
  return { written, writtenAt: written && Number.isFinite(seconds) ? new Date(seconds * 1000) : null, modified };
}

/** Our output, as we wrote it: saved by no program since (its "modified" date is ours) and not touched on disk since. */
export function untouched(stamp: Stamp, fileTime: Date): boolean {
  if (!stamp.writtenAt || !stamp.modified) return false;
  const at = stamp.writtenAt.getTime();
  return Math.abs(stamp.modified.getTime() - at) < 2000 && fileTime.getTime() <= at + WRITE_TAKES_MS;
}
