#!/usr/bin/env node
/**
 * `cchc`: the engine's checks, normalization, template and roll-up on files,
 * without Excel. Exit codes: 0 no errors, 1 errors found, 2 unusable input.
 */
import { promises as fs, readFileSync, realpathSync, statSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import {
  analyze,
  analyzePages,
  communeFromName,
  fold,
  isPageSheetName,
  pageRuns,
  issuesTable,
  normalizedTable,
  communeNameOf,
  inCommuneOrder,
  rollUp,
  rollUpTables,
  t,
  templateSheet,
  toJson,
  type Analysis,
  type CommuneInput,
  type Lang,
} from '../core';
import { humanReport } from './humanReport';
import { DOCUMENT_FILE, fileKind, InputError, loadFile, type LoadedFile, type LoadedSheet } from './loadFile';
import { stampOutput, untouched, type OutputKind } from './outputStamp';
import { addTableSheet, writeSheetsStreaming } from './writeXlsx';
import { writeTemplate } from './template';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  errIsTTY: boolean;
  /** The folder relative paths are read from, when not the process's own. */
  cwd?: string;
}

/** A reader gone ("cchc … | head"): what was left to say is dropped, and the work goes on to its end (the file written whole). */
const closed = { out: false, err: false };
for (const [k, stream] of [['out', process.stdout], ['err', process.stderr]] as const) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    closed[k] = true;
  });
}

const defaultIo: Io = {
  out: (s) => void (closed.out || process.stdout.write(s)),
  err: (s) => void (closed.err || process.stderr.write(s)),
  errIsTTY: Boolean(process.stderr.isTTY),
  // `npm run cchc -- …` runs in the package's folder: the user's paths are from where they typed it.
  cwd: process.env.INIT_CWD && path.resolve(process.env.INIT_CWD) !== process.cwd() ? process.env.INIT_CWD : undefined,
};

/** A file's path as compared: absolute, and on Windows and macOS whatever its case. */
function pathKey(p: string): string {
  // (Through links too: a link to the input named as the output is the input.)
  let x = path.resolve(p);
  try {
    x = realpathSync(x);
  } catch {
    // Not there yet (an output to make): its folder may be a link.
    try {
      x = path.join(realpathSync(path.dirname(x)), path.basename(x));
    } catch {
      // Nor its folder: as written.
    }
  }
  return process.platform === 'win32' || process.platform === 'darwin' ? x.toLowerCase() : x;
}

/** Two paths to the same file. */
function samePath(a: string, b: string): boolean {
  return pathKey(a) === pathKey(b);
}

interface Args {
  command: string;
  files: string[];
  sheet?: string;
  json: boolean;
  lang: Lang;
  output?: string;
  /** --help or -h after a command: its usage, not an unknown option. */
  help?: boolean;
}

class UsageError extends Error {}

/** The language asked for, wherever --lang stands: every complaint about the rest speaks it. */
function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function askedLang(argv: readonly string[]): Lang {
  const at = argv.indexOf('--lang');
  const asked = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  return asked?.toLowerCase() === 'en' ? 'en' : 'vi';
}

/** The options each command takes (--lang: all of them). */
const OPTIONS: Record<string, readonly string[]> = {
  check: ['sheet', 'json'],
  normalize: ['sheet', 'output'],
  rollup: ['sheet', 'json', 'output'],
  template: ['output'],
};

/** "cchc --lang en check x.csv": options written before the command go with it. */
function commandFirst(argv: string[]): string[] {
  let i = 0;
  while (i < argv.length && argv[i].startsWith('-') && argv[i] !== '-' && !['--help', '-h', '--version', '-v'].includes(argv[i])) {
    i += ['--lang', '--sheet', '-o', '--output'].includes(argv[i]) ? 2 : 1;
  }
  return i > 0 && i < argv.length ? [argv[i], ...argv.slice(0, i), ...argv.slice(i + 1)] : argv;
}

function parseArgs(argv: string[], cwd?: string): Args {
  const args: Args = { command: argv[0] ?? '', files: [], json: false, lang: askedLang(argv) };
  const value = (i: number, option: string): string => {
    const v = argv[i];
    if (v === undefined || (v.startsWith('-') && v !== '-')) throw new UsageError(t('cli.needValue', { option }, args.lang));
    return v;
  };
  // ("--lang EN", "--lang Vi": what was meant is plain.)
  const language = (v: string): Lang => {
    const l = v.toLowerCase();
    if (l !== 'vi' && l !== 'en') throw new UsageError(t('cli.badLang', { lang: v }, args.lang));
    return l;
  };
  const allowed = OPTIONS[args.command];
  // An option the command has no use for is said, not ignored ("check -o x.xlsx" writes nothing).
  const takes = (option: string, name: string): void => {
    if (allowed && !allowed.includes(name)) throw new UsageError(t('cli.optionNotFor', { option, command: args.command }, args.lang));
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const name = a.split('=')[0];
    if (name === '--json') takes(name, 'json');
    else if (name === '--sheet') takes(name, 'sheet');
    else if (name === '-o' || name === '--output') takes(name, 'output');
    if (a === '--help' || a === '-h') args.help = true;
    else if (a === '--json') args.json = true;
    else if (a === '--sheet') args.sheet = value(++i, a);
    else if (a === '--lang') args.lang = language(value(++i, a));
    else if (a === '-o' || a === '--output') args.output = value(++i, a);
    else if (a.startsWith('--lang=')) args.lang = language(a.slice(7));
    else if (a.startsWith('--sheet=')) args.sheet = a.slice(8);
    else if (a.startsWith('-o=') || a.startsWith('--output=')) args.output = a.slice(a.indexOf('=') + 1);
    else if (a === '-') throw new UsageError(t('cli.noStdin', {}, args.lang));
    else if (a.startsWith('-')) throw new UsageError(t('cli.unknownOption', { option: a }, args.lang));
    else args.files.push(a);
  }
  if (cwd) {
    args.files = args.files.map((f) => path.resolve(cwd, f));
    if (args.output !== undefined) args.output = path.resolve(cwd, args.output);
  }
  if (args.output !== undefined) {
    // A folder given for the output: said as such, not as a file that should end in .xlsx.
    if (isFolder(args.output)) throw new UsageError(t('cli.outputFolder', { file: args.output }, args.lang));
    if (!/\.xlsx$/i.test(args.output)) throw new UsageError(t('cli.outputXlsx', { file: args.output }, args.lang));
    if (args.files.some((f) => samePath(f, args.output!))) throw new UsageError(t('cli.outputIsInput', { file: args.output }, args.lang));
  }
  return args;
}

/** The package's version (src/cli or lib/cli are two levels under it). */
function version(): string {
  try {
    return (JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

/** A file that cannot be written: said in one line, exit code 2. */
class OutputError extends Error {}

/** Write the output, turning the system's error codes into words. */
async function writeOutput(file: string, lang: Lang, write: (to: string) => Promise<void>): Promise<void> {
  // Written beside it under another name, then put in its place: a run cut short leaves no half-written workbook
  // (which would then be refused as nobody's output), and the file there before stays until the new one is whole.
  const temp = path.join(path.dirname(file), `.~cchc-${process.pid}-${path.basename(file)}`);
  try {
    await write(temp);
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code ?? '';
    const reason = ['ENOENT', 'EISDIR', 'EACCES', 'EPERM', 'EBUSY', 'EROFS', 'ENOSPC'].includes(code) ? t(`cli.write.${code}`, {}, lang) : String((e as Error).message ?? e);
    throw new OutputError(t('cli.cannotWrite', { file, reason }, lang));
  }
}

/**
 * Never write over a file that is no output of ours of the same kind (a commune's appendix, a
 * normalized table named as a roll-up's output): the user's data has no way back from that.
 */
async function guardOutput(output: string, kind: OutputKind, lang: Lang): Promise<void> {
  // A folder that is not there is said before any input is read (a national roll-up reads for minutes).
  const folder = await fs.stat(path.dirname(output)).catch(() => null);
  if (!folder?.isDirectory()) throw new OutputError(t('cli.cannotWrite', { file: output, reason: t('cli.write.ENOENT', {}, lang) }, lang));
  const exists = await fs.stat(output).catch(() => null);
  if (!exists?.isFile()) return;
  const loaded = await loadFile(output).catch(() => null);
  if (loaded?.written !== kind) {
    // Another output of ours ("template -o" on a normalized table): named for what it is.
    if (loaded?.written) throw new InputError(t('cli.otherOutput', { file: output, what: t(`output.${loaded.written}`, {}, lang), kind: t(`output.${kind}`, {}, lang) }, lang));
    throw new InputError(t(`cli.notOurOutput.${kind}`, { file: output }, lang));
  }
  // Ours, but filled in or corrected since (Excel keeps our keywords when it saves): the user's now.
  if (!untouched(loaded.stamp!, exists.mtime)) throw new InputError(t('cli.editedOutput', { file: output }, lang));
}

/** One line saying what is wrong with an input. */
function describe(e: unknown, file: string, lang: Lang): string {
  if (e instanceof OutputError) return e.message;
  if (e instanceof InputError) {
    if (e.reason === null) return e.message;
    // "*.xlsx" that matched nothing is no file that went missing.
    // (With a reason, the error's message is the path as given, folders and all.)
    const wild = e.reason === 'cli.notFound' && /[*?]/.test(e.message);
    const reason = !wild ? e.reason : /[*?]/.test(path.dirname(e.message)) ? 'cli.noMatchFolder' : 'cli.noMatch';
    const why = reason.startsWith('cli.') ? t(reason, {}, lang) : reason.replace(/\.$/, '');
    return t('cli.unreadable', { file, reason: why }, lang);
  }
  return t('cli.unreadable', { file, reason: String((e as Error)?.message ?? e).replace(/\.$/, '') }, lang);
}

/**
 * The normalized sheet, named after the commune ("Bình Lư (chuẩn)") so a check of it still knows whose it is. Excel
 * allows 31 characters: a longer name goes without the suffix, whole (a name cut short would be read back as the commune's).
 */
function normalizedSheetName(commune: string, lang: Lang): string {
  const named = t('normalize.sheetOf', { name: commune }, lang);
  if (named.length <= 31) return named;
  if (commune.length <= 31) return commune;
  // (Longer still: cut at a word.)
  return commune.slice(0, 32).replace(/\s+\S*$/, '').trim() || commune.slice(0, 31);
}

/** A table with its header and no row: "“file” (sheet “…”): …". */
function noRows(an: Analysis, file: string, lang: Lang): string {
  const sheet = an.appendix.sheet && !an.appendix.pages ? t('cli.onSheet', { sheet: an.appendix.sheet }, lang) : '';
  return t('cli.noRows', { file, sheet, row: an.appendix.header?.row ?? '' }, lang);
}

/** No table in a file: an empty one (a blank workbook) says so rather than "no header row". */
function noTable(loaded: LoadedFile, file: string, lang: Lang, sheet?: string): string {
  const blank = loaded.sheets.every((s) => s.grid.every((row) => row.every((v) => v === null || v === undefined || (typeof v === 'string' && v.trim() === ''))));
  if (blank) return t('cli.noContent', { file }, lang);
  // The sheet asked for has none: say so, and which sheets have one.
  if (sheet && loaded.sheets.length > 1) {
    const named = loaded.sheets.find((s) => fold(s.name) === fold(sheet))?.name ?? sheet;
    const tables = loaded.sheets.filter((s) => s.name !== named && analyze(s.grid, { merges: s.merges }).appendix.header).map((s) => `“${s.name}”`);
    return t(tables.length ? 'cli.noTableOnSheet.others' : 'cli.noTableOnSheet', { file, sheet: named, sheets: tables.join(', ') }, lang);
  }
  return t('cli.noTable', { file }, lang);
}

/** A roll-up cchc wrote sums many communes: checking it as one appendix would give wrong numbers. */
function refuseRollUp(loaded: LoadedFile, file: string, args: Args): void {
  if (loaded.rollUpOutput && !args.sheet) throw new InputError(t('cli.checkRollUp', { file }, args.lang));
}

/** The appendix sheets of a file: the chosen one, else every sheet with a table (the first sheet when none has). */
function analyzeFile(file: LoadedFile, sheet: string | undefined, lang: Lang, all: boolean): Analysis[] {
  // Hidden sheets (a template, an old version) only when named; all of them when nothing else is left.
  const visible = file.sheets.filter((s) => !s.hidden);
  const sheets = sheet ? file.sheets.filter((s) => fold(s.name) === fold(sheet)) : visible.length > 0 ? visible : file.sheets;
  if (sheet && sheets.length === 0) {
    // A text file (.csv, .tsv) holds one table and no sheets to name.
    if (fileKind(file.source) !== 'xlsx' && file.sheets.length === 1) throw new InputError(t('cli.sheetInText', { file: file.source }, lang));
    throw new InputError(t('cli.noSheet', { file: file.source, sheet, sheets: file.sheets.map((s) => `“${s.name}”`).join(', ') }, lang));
  }
  const read = (list: typeof sheets): Analysis[] =>
    list.map((s) => analyze(s.grid, { merges: s.merges, sheetName: file.sheets.length > 1 || fileKind(file.source) === 'xlsx' ? s.name : undefined, source: file.source, lang }));
  // A page of a table printed one page per sheet ("--sheet 'Page 3'"): the whole table it is a page of.
  if (sheet && isPageSheetName(sheets[0].name)) {
    const pool = file.sheets.filter((s) => !s.hidden || s === sheets[0]);
    const table = joinPages(read(pool), pool, file, lang).find((an) => an.appendix.pages?.includes(sheets[0].name));
    if (table) return [table];
  }
  let results = joinPages(read(sheets), sheets, file, lang);
  let withTable = results.filter((r) => r.appendix.header);
  // No table on the visible sheets (a cover letter in front): the appendix may be on a hidden one.
  const hidden = file.sheets.filter((s) => s.hidden);
  if (withTable.length === 0 && !sheet && hidden.length > 0 && sheets !== file.sheets) {
    const more = read(hidden).filter((r) => r.appendix.header);
    if (more.length > 0) {
      results = more;
      withTable = more;
    }
  }
  if (withTable.length === 0) return results.slice(0, 1);
  // A blank template beside the appendix has a header and no rows (its placeholders, "Mục tiêu 1: …", are none):
  // the appendix is the sheet filled in.
  const withItems = withTable.filter((r) => r.appendix.items.length > 0);
  const chosen = withItems.length > 0 ? withItems : withTable;
  return all ? chosen : chosen.slice(0, 1);
}

/**
 * A table a converter wrote one PDF page per sheet: the sheets after it that go on with it (its
 * header again on top, or its rows straight on) are read with it as its pages.
 */
function joinPages(results: Analysis[], sheets: readonly LoadedSheet[], file: LoadedFile, lang: Lang): Analysis[] {
  return [...pageRuns(sheets, (i) => results[i].appendix)].map(({ first, end }) =>
    end === first + 1 ? results[first] : analyzePages(sheets.slice(first, end), { source: file.source, lang }),
  );
}

/** Formulas saved without values on the sheets read: those cells read as empty, and the user should know why. */
function sayUncalculated(loaded: LoadedFile, an: Analysis, lang: Lang, io: Io): void {
  const read = new Set(an.appendix.pages ?? [an.appendix.sheet]);
  for (const s of loaded.sheets) if (read.has(s.name) && s.uncalculated) io.err(t('cli.uncalculated', { n: s.uncalculated, sheet: s.name }, lang) + '\n');
}

/** What was mended, as Excel does on opening, before the workbook could be read. */
function sayMended(loaded: LoadedFile, lang: Lang, io: Io): void {
  const m = loaded.mended;
  if (!m) return;
  const what = [
    ...m.renamed.map(([from, to]) => t('cli.mended.renamed', { from, to }, lang)),
    ...(m.droppedMerges ? [t('cli.mended.merges', { n: m.droppedMerges }, lang)] : []),
  ];
  io.err(t('cli.mended', { file: loaded.source, what: what.join('; ') }, lang) + '\n');
}

function sheetList(names: readonly string[]): string {
  return names.map((n) => `“${n}”`).join(', ');
}

/** The pages of a table printed one per sheet: the first and the last when there are many. */
function pageList(names: readonly string[]): string {
  return names.length <= 4 ? sheetList(names) : `${sheetList(names.slice(0, 2))} … “${names[names.length - 1]}” (${names.length})`;
}

async function check(args: Args, io: Io): Promise<number> {
  if (!args.files[0]) throw new UsageError(t('cli.needFile', {}, args.lang));
  if (args.files.length > 1) throw new UsageError(t('cli.oneFile', { command: 'check' }, args.lang));
  const file = await oneFile(args.files[0], 'check', args.lang);
  const loaded = await loadFile(file);
  refuseRollUp(loaded, file, args);
  sayMended(loaded, args.lang, io);
  const [an, ...others] = analyzeFile(loaded, args.sheet, args.lang, !args.sheet);
  if (!an) throw new InputError(noTable(loaded, file, args.lang, args.sheet));
  // Several appendices in one workbook: say which one was checked, and that the others are there.
  if (others.length > 0) io.err(t('cli.otherSheets', { sheet: an.appendix.sheet ?? '', others: sheetList(others.map((o) => o.appendix.sheet ?? '')) }, args.lang) + '\n');
  if (!args.sheet && loaded.sheets.some((s) => s.hidden && s.name === an.appendix.sheet)) io.err(t('cli.hiddenSheet', { sheet: an.appendix.sheet ?? '' }, args.lang) + '\n');
  if (an.appendix.pages) io.err(t('cli.joinedSheets', { sheets: pageList(an.appendix.pages) }, args.lang) + '\n');
  sayUncalculated(loaded, an, args.lang, io);
  if (args.json) io.out(JSON.stringify(toJson(an), null, 2) + '\n');
  // No table: the one line on stderr says it all (a report of nothing would only repeat it).
  else if (an.appendix.header) io.out(humanReport(an, args.lang) + '\n');
  if (!an.appendix.header) {
    io.err(noTable(loaded, file, args.lang, args.sheet) + '\n');
    return 2;
  }
  // A header and no row (a blank form, a template never filled in): nothing to attach to a plan.
  if (an.appendix.items.length === 0) {
    io.err(noRows(an, file, args.lang) + '\n');
    return 2;
  }
  return an.summary.errors > 0 ? 1 : 0;
}

async function normalize(args: Args, io: Io): Promise<number> {
  if (!args.files[0]) throw new UsageError(t('cli.needFile', {}, args.lang));
  if (args.files.length > 1) throw new UsageError(t('cli.oneFile', { command: 'normalize' }, args.lang));
  if (!args.output) throw new UsageError(t('cli.needOutput', {}, args.lang));
  const file = await oneFile(args.files[0], 'normalize', args.lang);
  const loaded = await loadFile(file);
  refuseRollUp(loaded, file, args);
  sayMended(loaded, args.lang, io);
  const [an, ...others] = analyzeFile(loaded, args.sheet, args.lang, !args.sheet);
  await guardOutput(args.output, 'normalize', args.lang);
  if (!an?.appendix.header) {
    io.err(noTable(loaded, file, args.lang, args.sheet) + '\n');
    return 2;
  }
  if (an.appendix.items.length === 0) {
    io.err(noRows(an, file, args.lang) + '\n');
    return 2;
  }
  if (an.appendix.pages) io.err(t('cli.joinedSheets', { sheets: pageList(an.appendix.pages) }, args.lang) + '\n');
  sayUncalculated(loaded, an, args.lang, io);
  if (others.length > 0) io.err(t('cli.otherSheetsNormalized', { sheet: an.appendix.sheet ?? '', others: sheetList(others.map((o) => o.appendix.sheet ?? '')) }, args.lang) + '\n');
  const wb = new ExcelJS.Workbook();
  stampOutput(wb, 'normalize');
  // Named after the commune, so a check of the normalized file still knows whose it is.
  const commune = an.appendix.commune?.replace(/[[\]:*?/\\]/g, ' ').trim();
  const sheetName = commune ? normalizedSheetName(commune, args.lang) : t('normalize.sheet', {}, args.lang);
  addTableSheet(wb, { name: sheetName, table: normalizedTable(an, args.lang), tableName: 'PhuLuc' });
  addTableSheet(wb, { name: t('normalize.issues', {}, args.lang), table: issuesTable(an.issues, an, args.lang), tableName: 'KiemTra' });
  await writeOutput(args.output, args.lang, (to) => wb.xlsx.writeFile(to));
  io.out(t('cli.wrote', { file: args.output }, args.lang) + '\n');
  // The source's errors stay the user's to fix: said here, listed on the issues sheet, and in the exit code.
  const s = an.summary;
  if (s.errors + s.warnings > 0) io.out(t('cli.normalizedIssues', { errors: s.errors, warnings: s.warnings, sheet: t('normalize.issues', {}, args.lang) }, args.lang) + '\n');
  return s.errors > 0 ? 1 : 0;
}

/** An appendix file by its name: a known kind (old .xls too, listed as skipped with how to save it as .xlsx), no Excel lock file "~$…". */
function isAppendixName(n: string): boolean {
  return (fileKind(n) !== null || /\.xls$/i.test(n)) && !n.startsWith('~$') && !n.startsWith('.');
}

/** "Xã Tân Tiến/phu-luc.xlsx": a commune's own folder names the commune where its file does not (only a folder that says "xã", "phường", "thị trấn"). */
function communeOfFolder(file: string): string | undefined {
  const folder = path.basename(path.dirname(path.resolve(file)));
  return /(^|\s)(xã|xa|phường|phuong|thị trấn|thi tran)\s/i.test(folder.normalize('NFC')) ? (communeFromName(folder) ?? undefined) : undefined;
}

/**
 * The one file check or normalize reads: a wildcard (Windows' shells pass "KH*.xlsx" on as typed) stands for the
 * file it matches; matching several, the user is told to name one (or to roll them up).
 */
async function oneFile(file: string, command: string, lang: Lang): Promise<string> {
  if (!wildcard(path.basename(file)) || (await fs.stat(file).catch(() => null))) return file;
  const found = await expandInputs([file]);
  if (found.length > 1) throw new UsageError(t('cli.manyMatch', { pattern: file, n: found.length, command, files: found.slice(0, 3).map((f) => `“${path.basename(f)}”`).join(', ') }, lang));
  return found[0] ?? file;
}

/** "*.xlsx", "Xa ?.csv": a file name with wildcards (Windows' shells leave them to the program). */
function wildcard(name: string): RegExp | null {
  if (!/[*?]/.test(name)) return null;
  const source = name.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 'i');
}

/** How deep a folder is searched ("Đợt 1/Xã Sơn Thủy/Bản chính thức/ký số/…" is four levels). */
const MAX_DEPTH = 8;

/**
 * The appendix files of a folder and of the folders in it (one folder per commune). A folder with no
 * table but a document (a commune that sent only its signed PDF) gives the document, to be listed as skipped.
 */
async function filesIn(dir: string, depth = 0, deeper?: string[]): Promise<string[]> {
  const out: string[] = [];
  const documents: string[] = [];
  let tables = 0;
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const e of [...entries].sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.isDirectory() && depth < MAX_DEPTH && !e.name.startsWith('.')) out.push(...(await filesIn(path.join(dir, e.name), depth + 1, deeper)));
    // (Deeper still: not searched, and said — a commune left out unsaid would be missed.)
    else if (e.isDirectory() && !e.name.startsWith('.')) deeper?.push(path.join(dir, e.name));
    else if (e.isFile() && isAppendixName(e.name)) {
      out.push(path.join(dir, e.name));
      tables++;
    } else if (e.isFile() && DOCUMENT_FILE.test(e.name) && !e.name.startsWith('~$')) documents.push(path.join(dir, e.name));
  }
  // (One document stands for the folder's commune: its signed PDF and its Word file are one commune left out, not two.)
  return tables > 0 ? out : [...out, ...documents.slice(0, 1)];
}

/** Files named on the command line; a folder stands for the appendix files inside it, a wildcard for the files it matches. */
async function expandInputs(files: string[], shown?: Map<string, string>, deeper?: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const f of files) {
    const st = await fs.stat(f).catch(() => null);
    const pattern = st ? null : wildcard(path.basename(f));
    if (st?.isDirectory()) {
      const inside = await filesIn(f, 0, deeper);
      // A file in a folder named on the command line is shown by its path in there ("Binh Lu/phu-luc.xlsx"):
      // folders of one commune each hold files of the same name. (Several named: from where they sit, "A/pl.tsv", "B/pl.tsv".)
      const from = files.length > 1 ? path.dirname(path.resolve(f)) : f;
      for (const g of inside) shown?.set(g, path.relative(from, g).split(path.sep).join('/'));
      out.push(...inside);
    }
    else if (pattern) {
      const dir = path.dirname(f);
      const names = (await fs.readdir(dir).catch(() => [] as string[])).filter((n) => pattern.test(n) && isAppendixName(n)).sort();
      out.push(...(names.length > 0 ? names.map((n) => path.join(dir, n)) : [f]));
    } else if (!path.basename(f).startsWith('~$')) out.push(f);
  }
  return out;
}

function progress(io: Io, done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  io.err(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
  if (done === total) io.err('\n');
}

/**
 * Above this many written rows, the roll-up workbook is streamed (no cell styles: fast and light on memory).
 * Below, Excel tables with bold headers and wrapped text: a whole province (some 200 communes) fits.
 */
const STREAM_ABOVE_ROWS = 12_000;

async function rollup(args: Args, io: Io): Promise<number> {
  if (args.files.length === 0) throw new UsageError(t('cli.needFile', {}, args.lang));
  if (!args.output && !args.json) throw new UsageError(t('cli.needOutput', {}, args.lang));
  // The output itself may sit among the inputs (a second run into the same folder): never read it,
  // and never write over a file that is no roll-up of ours (a commune's appendix in that folder).
  const output = args.output ?? null;
  if (output) await guardOutput(output, 'rollup', args.lang);
  const shown = new Map<string, string>();
  const deeper: string[] = [];
  const listed = (await expandInputs(args.files, shown, deeper)).filter((f) => !output || !samePath(f, output));
  if (deeper.length > 0) io.err(t('cli.tooDeep', { n: MAX_DEPTH, folders: deeper.slice(0, 3).map((d) => `“${d}”`).join(', '), more: deeper.length > 3 ? '…' : '' }, args.lang) + '\n');
  /** How the roll-up names an input: its path in the folder named, else as named from here, else its file name. */
  const here = io.cwd ?? process.cwd();
  const nameOf = (f: string): string => {
    const inside = path.relative(here, f);
    return shown.get(f) ?? (inside && !inside.startsWith('..') && !path.isAbsolute(inside) ? inside.split(path.sep).join('/') : path.basename(f));
  };
  const skipped: { file: string; commune: string | null; reason: string }[] = [];
  // The same file twice (a folder and a file in it, or named twice) is read once.
  const files: string[] = [];
  const seen = new Set<string>();
  for (const f of listed) {
    const key = pathKey(f);
    if (seen.has(key)) io.err(t('cli.sameFileTwice', { file: f }, args.lang) + '\n');
    else {
      seen.add(key);
      files.push(f);
    }
  }
  if (files.length === 0) {
    io.err(t('cli.noInputFiles', { inputs: args.files.map((f) => `“${f}”`).join(', ') }, args.lang) + '\n');
    return 2;
  }
  const inputs: CommuneInput[] = [];
  let passedOver = 0;
  const showProgress = io.errIsTTY && files.length >= 10;
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    try {
      const loaded = await loadFile(file);
      // An earlier roll-up left in the folder is no commune's: passed over, said, and no input left out.
      if (loaded.rollUpOutput) {
        io.err(t('cli.passedOver', { reason: t('cli.isRollUp', { file: nameOf(file) }, args.lang) }, args.lang) + '\n');
        passedOver++;
        if (showProgress) progress(io, i + 1, files.length);
        continue;
      }
      // (--sheet names a workbook's sheet: a .csv or .tsv among the inputs is read as it is.)
      const sheet = loaded.sheets.length === 1 && fileKind(loaded.source) !== 'xlsx' ? undefined : args.sheet;
      const analyses = analyzeFile(loaded, sheet, args.lang, true).filter((an) => an.appendix.header);
      if (analyses.length === 0) throw new InputError(noTable(loaded, nameOf(file), args.lang, sheet));
      // Only a form never filled in: no commune's appendix to add.
      if (analyses.every((an) => an.appendix.items.length === 0)) throw new InputError(noRows(analyses[0], nameOf(file), args.lang));
      for (const an of analyses) {
        const source = analyses.length > 1 ? `${nameOf(file)} [${an.appendix.sheet}]` : nameOf(file);
        inputs.push({ analysis: an, source, fallbackName: communeOfFolder(file) });
      }
    } catch (e) {
      if (showProgress) io.err('\n');
      const reason = describe(e, nameOf(file), args.lang);
      // Whose file it is, where its folder or name says: the officer asks which communes are missing.
      skipped.push({ file: nameOf(file), commune: communeOfFolder(file) ?? communeFromName(path.parse(file).name), reason });
      io.err(t('cli.skipped', { reason }, args.lang) + '\n');
    }
    if (showProgress) progress(io, i + 1, files.length);
  }
  if (inputs.length === 0) {
    io.err(t('cli.nothingToRollUp', {}, args.lang) + '\n');
    return 2;
  }
  const r = rollUp(inCommuneOrder(inputs, communeNameOf), args.lang);
  const doubled = r.sameCommune.map((names, g) => ({
    // The commune, so the note is found by filtering on it.
    commune: r.communes[r.sameCommuneRows[g][0]].commune,
    message: t('rollup.sameCommune', { names: names.join(', ') }, args.lang),
  }));
  for (const d of doubled) io.err(d.message + '\n');
  if (args.output) {
    // What was left out is in the workbook too, for whoever only opens the file.
    const tables = rollUpTables(r, args.lang, [
      ...skipped.map(({ file, commune, reason }) => ({ commune: commune ?? undefined, source: file, severity: 'error' as const, code: 'unreadable', message: reason })),
      ...doubled.map(({ commune, message }) => ({ commune, source: '', severity: 'warning' as const, code: 'same-commune', message })),
    ]);
    const sheets = [
      { name: t('rollup.sheet.summary', {}, args.lang), table: tables.summary, tableName: 'TongHop', totalRows: 1, freezeColumns: 1 },
      { name: t('rollup.sheet.data', {}, args.lang), table: tables.data, tableName: 'DuLieu' },
      { name: t('rollup.sheet.issues', {}, args.lang), table: tables.issues, tableName: 'KiemTra' },
    ];
    // Small roll-ups get real Excel tables; big ones stream to disk (autofilters instead of tables).
    const out = args.output;
    if (tables.data.rows.length + tables.issues.rows.length <= STREAM_ABOVE_ROWS) {
      const wb = new ExcelJS.Workbook();
      stampOutput(wb, 'rollup');
      for (const s of sheets) addTableSheet(wb, s);
      await writeOutput(out, args.lang, (to) => wb.xlsx.writeFile(to));
    } else {
      await writeOutput(out, args.lang, (to) => writeSheetsStreaming(to, sheets, 'rollup'));
    }
    if (!args.json) {
      io.out(t('cli.wrote', { file: args.output }, args.lang) + '\n');
      const sum = (k: 'errors' | 'warnings'): number => r.communes.reduce((n, c) => n + c.summary[k], 0);
      // (Skipped: the communes' files left out, as "Kiểm tra" lists them; earlier roll-ups are no commune's, said apart.)
      io.out(t(skipped.length ? 'cli.rolledUp.skipped' : 'cli.rolledUp', { communes: r.communes.length, files: files.length - skipped.length - passedOver, errors: sum('errors'), warnings: sum('warnings'), skipped: skipped.length }, args.lang) + '\n');
      if (passedOver) io.out(t('cli.passedOverCount', { n: passedOver }, args.lang) + '\n');
    }
  }
  if (args.json) {
    io.out(JSON.stringify({ communes: r.communes, matrix: r.matrix, sameCommune: r.sameCommune, skipped }, null, 2) + '\n');
  }
  // 1: something to look at (an input left out, a commune twice, errors in an appendix).
  const errors = r.communes.some((c) => c.summary.errors > 0);
  return skipped.length || r.sameCommune.length || errors ? 1 : 0;
}

async function template(args: Args, io: Io): Promise<number> {
  if (!args.output) throw new UsageError(t('cli.needOutput', {}, args.lang));
  const out = args.output;
  await guardOutput(out, 'template', args.lang);
  await writeOutput(out, args.lang, (to) => writeTemplate(to, templateSheet(), 'template'));
  io.out(t('cli.wrote', { file: args.output }, args.lang) + '\n');
  return 0;
}

const COMMANDS: Record<string, (a: Args, io: Io) => Promise<number>> = { check, normalize, rollup, template };

export async function main(given: string[], io: Io = defaultIo): Promise<number> {
  const argv = commandFirst(given);
  let lang: Lang = askedLang(argv);
  try {
    const args = parseArgs(argv, io.cwd);
    lang = args.lang;
    if (args.command === '--version' || args.command === '-v') {
      io.out(`cchc ${version()}\n`);
      return 0;
    }
    if (!args.command || args.help || args.command === 'help' || args.command === '--help' || args.command === '-h') {
      io.out(t('cli.usage', {}, lang) + '\n');
      return args.command ? 0 : 2;
    }
    const run = COMMANDS[args.command];
    if (!run) throw new UsageError(t('cli.unknownCommand', { command: args.command }, lang));
    return await run(args, io);
  } catch (e) {
    // One line, as README promises for exit 2, and where to read more (the whole usage would bury the reason).
    if (e instanceof UsageError) {
      io.err(`${e.message} ${t('cli.seeHelp', {}, lang)}\n`);
      return 2;
    }
    const file = argv.find((a, i) => i > 0 && !a.startsWith('-')) ?? '';
    io.err(describe(e, file, lang).split('\n')[0] + '\n');
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
