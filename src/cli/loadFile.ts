/**
 * Files into grids: .xlsx through exceljs (merged cells honoured), .csv/.tsv as
 * UTF-8 or the UTF-16 "Unicode Text" that Excel saves.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { mendXlsx, type Mended } from './repairXlsx';
import { readStamp, type OutputKind, type Stamp } from './outputStamp';
import { parseDelimited, sheetCells, type CellValue, type MergedArea, type SheetSource } from '../core';

export interface LoadedSheet {
  name: string;
  grid: CellValue[][];
  merges: MergedArea[];
  /** Hidden in Excel (a template or an old version kept aside): checked only when asked for by name. */
  hidden?: boolean;
  /** Formula cells saved without their value (a program that does not calculate wrote the file): read as empty. */
  uncalculated?: number;
}

export interface LoadedFile {
  source: string;
  sheets: LoadedSheet[];
  /** A workbook this tool wrote as a roll-up (its keywords say so): never an input of another roll-up. */
  rollUpOutput?: boolean;
  /** What cchc wrote this workbook as, from its keywords; null for any other file. */
  written: OutputKind | null;
  /** When cchc wrote it and when any program last saved it (workbooks only). */
  stamp?: Stamp;
  /** What had to be mended, as Excel does on opening, before the workbook could be read. */
  mended?: Mended;
}

/** A document a commune may send instead of its table (the signed PDF, the Word file): no table to read. */
export const DOCUMENT_FILE = /\.(pdf|docx?|odt|rtf)$/i;


/**
 * A problem with the input itself: reported in one line, exit code 2.
 * `reason` is a catalogue key ('cli.notFound', 'cli.unsupported') or null when
 * `message` is already the text to show.
 */
export class InputError extends Error {
  constructor(
    message: string,
    public readonly reason: string | null = null,
  ) {
    super(message);
  }
}

/** Text files that are not UTF-8 or UTF-16 are Vietnamese Windows' ANSI code page (Excel's "Text" and "CSV"). */
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const CP1258 = new TextDecoder('windows-1258');

export function fileKind(file: string): 'xlsx' | 'csv' | 'tsv' | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.csv') return 'csv';
  if (ext === '.tsv' || ext === '.txt') return 'tsv';
  return null;
}

/** Decode text by its byte-order mark; UTF-16 without one is recognized by its zero bytes. */
export function decodeText(buf: Buffer): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    const swapped = Buffer.from(buf.subarray(2));
    swapped.swap16();
    return swapped.toString('utf16le');
  }
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  const sample = buf.subarray(0, 512);
  let oddZeros = 0;
  for (let i = 1; i < sample.length; i += 2) if (sample[i] === 0) oddZeros++;
  if (sample.length > 8 && oddZeros > sample.length / 4) return buf.toString('utf16le');
  try {
    return UTF8.decode(buf);
  } catch {
    // Windows-1258 writes tone marks as combining characters: the engine compares NFC.
    return CP1258.decode(buf).normalize('NFC');
  }
}

/** Control characters no table's text holds (a program or an image named .csv): more than a few in its first pages. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) odd++;
  }
  return odd > 8 && odd > sample.length / 100;
}

export function sheetGrid(ws: ExcelJS.Worksheet): LoadedSheet {
  const { values, merges, uncalculated } = sheetCells(ws as unknown as SheetSource);
  return { name: ws.name, grid: values, merges, hidden: ws.state === 'hidden', ...(uncalculated ? { uncalculated } : {}) };
}

export async function loadFile(file: string): Promise<LoadedFile> {
  const kind = fileKind(file);
  let buf: Buffer;
  try {
    buf = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(file, 'cli.notFound');
    if (code === 'EISDIR') throw new InputError(file, 'cli.isDirectory');
    if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') throw new InputError(file, 'cli.noAccess');
    throw new InputError(file, String((e as Error).message));
  }
  if (!kind) throw new InputError(file, /\.xls$/i.test(file) ? 'cli.xls' : /\.(ods|fods|numbers|xlsb|et)$/i.test(file) ? 'cli.spreadsheet' : DOCUMENT_FILE.test(file) ? 'cli.document' : 'cli.unsupported');
  if (buf.length === 0) throw new InputError(file, 'cli.empty');
  const source = path.basename(file);
  // A workbook saved under a text file's name (".csv" typed over ".xlsx") is read as the workbook it is.
  const isZip = buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04;
  if (kind !== 'xlsx' && !isZip) {
    const text = decodeText(buf);
    if (looksBinary(text)) throw new InputError(file, 'cli.notText');
    const grid = parseDelimited(text, kind === 'tsv' ? '\t' : undefined);
    return { source, sheets: [{ name: path.basename(file, path.extname(file)), grid, merges: [] }], written: null };
  }
  let wb = new ExcelJS.Workbook();
  let mended: Mended | null = null;
  try {
    await quietly(() => wb.xlsx.load(buf as unknown as ArrayBuffer));
  } catch {
    // What Excel repairs on opening (a sheet name too long, merged ranges that overlap): mended in a copy.
    mended = await mendXlsx(buf);
    wb = new ExcelJS.Workbook();
    try {
      if (!mended) throw new Error('no workbook');
      await quietly(() => wb.xlsx.load(mended!.data as unknown as ArrayBuffer));
    } catch {
      // The library's words ("Corrupted zip", "end of central directory") would not help anyone.
      throw new InputError(file, 'cli.badXlsx');
    }
  }
  const stamp = readStamp(wb);
  const written = stamp.written;
  // A zip that is no workbook (a .docx renamed .xlsx) loads with no sheet at all.
  if (wb.worksheets.length === 0) throw new InputError(file, 'cli.badXlsx');
  return { source, sheets: wb.worksheets.filter((ws) => ws.state !== 'veryHidden').map(sheetGrid), rollUpOutput: written === 'rollup', written, stamp, ...(mended ? { mended } : {}) };
}

/** The reading library's own warnings (in English, on the console) are not the user's business. */
async function quietly<T>(f: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return await f();
  } finally {
    console.warn = warn;
  }
}
