/**
 * The roll-up as the pane runs it, in two steps with the user in between:
 *   prepare — read every chosen input (skipping those that cannot be read), find
 *             communes that are probably the same and the outputs of a previous run;
 *   finish  — after the user confirmed (renamed or left out inputs, agreed to
 *             replace the old outputs): roll up with the engine and write new sheets.
 * Inputs are only read; the only sheets ever deleted are this add-in's own outputs
 * (tagged in the workbook) and sheets of a file it inserted itself that hold no appendix.
 */
import { rollUp, type CommuneInput, type Lang } from '../../core';
import type { ExcelAdapter } from '../excel/types';
import { buildWrites } from './outputs';
import { Tracker, type InputProgress, type ProgressListener } from './progress';
import { sameCommuneGroups, communeOf, type SameCommuneGroup } from './sameCommune';
import { fileWay, readFiles, readWorkbookSheets, type FileIn, type ReadyInput } from './sources';

/** The tag of the roll-up's output sheets in the workbook. */
export const OUTPUT_TAG = 'rollup';

export interface RollupChoice {
  sheets: string[];
  files: FileIn[];
}

export interface Prepared {
  inputs: InputProgress[];
  ready: ReadyInput[];
  /** Probably the same commune: flagged before anything is written. */
  sameCommune: SameCommuneGroup[];
  /** Output sheets of an earlier run, replaced when the user agrees. */
  replaces: string[];
  /** How files came in (null without files). */
  fileWay: 'insert' | 'pane' | null;
  tracker: Tracker;
}

/** Something the user must change before a roll-up can run (a catalogue key). */
export class RollupError extends Error {
  constructor(
    public readonly key: string,
    public readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

/** Labels unique in the list: "a.xlsx", "a.xlsx (2)". */
function unique(labels: string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((l) => {
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    return n > 1 ? `${l} (${n})` : l;
  });
}

export async function prepareRollup(adapter: ExcelAdapter, choice: RollupChoice, lang: Lang, listener?: ProgressListener): Promise<Prepared> {
  if (!choice.sheets.length && !choice.files.length) throw new RollupError('pane.rollup.fail.noInputs');
  const fileNames = unique(choice.files.map((f) => f.name));
  const tracker = new Tracker(
    [
      ...choice.sheets.map((name, i) => ({ id: `s${i}`, label: name, kind: 'sheet' as const })),
      ...choice.files.map((_f, i) => ({ id: `f${i}`, label: fileNames[i], kind: 'file' as const })),
    ],
    listener,
  );
  tracker.emit();
  const replaces = await adapter.taggedSheets(OUTPUT_TAG);
  const own = new Set(replaces.map((n) => n.toLowerCase()));
  const sheets: { id: string; name: string }[] = [];
  choice.sheets.forEach((name, i) => {
    // An earlier roll-up's output is not an input: it would be counted again, then deleted.
    if (own.has(name.toLowerCase())) tracker.skip(`s${i}`, 'pane.rollup.reason.ownOutput', { sheet: name });
    else sheets.push({ id: `s${i}`, name });
  });
  const ready = [
    ...(await readWorkbookSheets(adapter, sheets, lang, tracker)),
    ...(await readFiles(
      adapter,
      choice.files.map((file, i) => ({ id: `f${i}`, file })),
      lang,
      tracker,
    )),
  ];
  tracker.setPhase('confirm');
  return {
    inputs: tracker.snapshot().inputs,
    ready,
    sameCommune: sameCommuneGroups(ready),
    replaces,
    fileWay: choice.files.length ? fileWay(adapter) : null,
    tracker,
  };
}

export interface Decisions {
  /** Ready inputs (ReadyInput.id) left out. */
  skip?: ReadonlySet<string>;
  /** New commune names by ReadyInput.id. */
  rename?: Readonly<Record<string, string>>;
}

export interface Finished {
  sheets: { summary: string; data: string; issues: string };
  communes: number;
  items: number;
  issues: number;
  /** Inputs skipped because they could not be read. */
  skipped: InputProgress[];
  /** Output sheets of the earlier run that were replaced. */
  replaced: string[];
}

/** The engine's inputs after the user's decisions. */
export function communeInputs(ready: readonly ReadyInput[], d: Decisions): { inputs: CommuneInput[]; used: ReadyInput[] } {
  const used = ready.filter((r) => !d.skip?.has(r.id));
  const inputs = used.map((r) => {
    const name = communeOf(r, d.rename);
    const analysis = name === r.analysis.appendix.commune ? r.analysis : { ...r.analysis, appendix: { ...r.analysis.appendix, commune: name } };
    return { analysis, source: r.source, fallbackName: r.fallbackName };
  });
  return { inputs, used };
}

export async function finishRollup(adapter: ExcelAdapter, prepared: Prepared, decisions: Decisions, lang: Lang): Promise<Finished> {
  const { inputs, used } = communeInputs(prepared.ready, decisions);
  if (!inputs.length) throw new RollupError('pane.rollup.fail.nothingRead');
  const r = rollUp(inputs, lang);
  const w = buildWrites(r, used, lang);
  const tracker = prepared.tracker;
  tracker.startWriting(6);
  // The earlier outputs go first, so the new ones get their plain names back.
  tracker.writing('pane.rollup.step.replace');
  const old = await adapter.taggedSheets(OUTPUT_TAG);
  await adapter.deleteSheets(old);
  tracker.wrote();
  const written: string[] = [];
  try {
    tracker.writing('pane.rollup.step.summary');
    const summary = await adapter.writeTable(w.summary);
    written.push(summary);
    tracker.wrote();
    tracker.writing('pane.rollup.step.chart');
    await adapter.addBarChart({ sheetName: summary, ...w.chart });
    tracker.wrote();
    tracker.writing('pane.rollup.step.data');
    const data = await adapter.writeTable(w.data);
    written.push(data);
    tracker.wrote();
    tracker.writing('pane.rollup.step.issues');
    const issues = await adapter.writeTable(w.issues);
    written.push(issues);
    tracker.wrote();
    tracker.writing('pane.rollup.step.tag');
    await adapter.tagSheets(OUTPUT_TAG, written);
    tracker.wrote();
    tracker.setPhase('done');
    return {
      sheets: { summary, data, issues },
      communes: r.communes.length,
      items: r.items.length,
      issues: r.issues.length,
      skipped: tracker.inputs.filter((i) => i.status === 'skipped').map((i) => ({ ...i })),
      replaced: old,
    };
  } catch (e) {
    // Whatever was written is still ours: the next run replaces it.
    if (written.length) await adapter.tagSheets(OUTPUT_TAG, written).catch(() => undefined);
    throw e;
  }
}
