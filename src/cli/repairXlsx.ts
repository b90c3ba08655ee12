/**
 * Workbooks written by other programs may hold what Excel repairs when it opens them and the
 * reading library refuses: a sheet name longer than 31 characters or with "[", "]", ":"…, merged
 * ranges that overlap. They are mended here the way Excel would, in a copy in memory, so the
 * appendix in them can still be read; the file itself is never touched.
 */
import JSZip from 'jszip';
import { mergedArea } from '../core/cells';

const MAX_SHEET_NAME = 31;
const BAD_NAME_CHARS = /[[\]:*?/\\]/g;

/** What a mend changed, so the user can be told. */
export interface Mended {
  data: Buffer;
  /** Sheet names shortened or cleaned: old → new. */
  renamed: [string, string][];
  /** Merged ranges dropped because they overlap one before them. */
  droppedMerges: number;
}

function decodeXml(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
function encodeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Sheet names Excel would accept: at most 31 characters, none of [ ] : * ? / \, each once. */
function mendNames(xml: string, renamed: [string, string][]): string {
  const taken = new Set<string>();
  return xml.replace(/(<sheet\b[^>]*\bname=")([^"]*)(")/g, (_all, open: string, raw: string, close: string) => {
    const name = decodeXml(raw);
    const base = name.replace(BAD_NAME_CHARS, ' ').replace(/\s+/g, ' ').trim().slice(0, MAX_SHEET_NAME).trim() || 'Sheet';
    let fixed = base;
    for (let n = 2; taken.has(fixed.toLowerCase()); n++) fixed = `${base.slice(0, MAX_SHEET_NAME - ` (${n})`.length).trim()} (${n})`;
    taken.add(fixed.toLowerCase());
    if (fixed === name) return `${open}${raw}${close}`;
    renamed.push([name, fixed]);
    return `${open}${encodeXml(fixed)}${close}`;
  });
}

/** A sheet's merged ranges without those that overlap one before them. */
function mendMerges(xml: string): { xml: string; dropped: number } {
  const kept: [number, number, number, number][] = [];
  let dropped = 0;
  const out = xml.replace(/<mergeCell\b[^>]*\bref="([^"]+)"[^>]*\/>/g, (all: string, ref: string) => {
    const area = mergedArea(ref);
    // (An address that is none is left for the reading library to refuse.)
    if (!area) return all;
    const { top: t, left: l, bottom: bo, right: r } = area;
    if (kept.some(([kt, kl, kb, kr]) => t <= kb && bo >= kt && l <= kr && r >= kl)) {
      dropped++;
      return '';
    }
    kept.push([t, l, bo, r]);
    return all;
  });
  return { xml: dropped ? out.replace(/(<mergeCells\b[^>]*\bcount=")\d+(")/, `$1${kept.length}$2`) : out, dropped };
}

/** A mended copy of the workbook, or null when there was nothing to mend (or it is no workbook at all). */
export async function mendXlsx(data: Buffer): Promise<Mended | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    return null;
  }
  const book = zip.file('xl/workbook.xml');
  if (!book) return null;
  const renamed: [string, string][] = [];
  zip.file('xl/workbook.xml', mendNames(await book.async('string'), renamed));
  let droppedMerges = 0;
  for (const f of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
    const xml = await zip.file(f)!.async('string');
    if (!xml.includes('<mergeCell')) continue;
    const m = mendMerges(xml);
    if (m.dropped) {
      droppedMerges += m.dropped;
      zip.file(f, m.xml);
    }
  }
  if (renamed.length === 0 && droppedMerges === 0) return null;
  return { data: await zip.generateAsync({ type: 'nodebuffer' }), renamed, droppedMerges };
}
