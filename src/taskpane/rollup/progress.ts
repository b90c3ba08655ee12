/** Progress of a roll-up: one entry per input (a sheet or a file) and one overall fraction. */

export type InputStatus = 'waiting' | 'reading' | 'done' | 'skipped';

export interface InputProgress {
  id: string;
  /** What the user chose: a sheet name or a file name. */
  label: string;
  kind: 'sheet' | 'file';
  status: InputStatus;
  /** 0…1 */
  fraction: number;
  /** Why it was skipped: a catalogue key and its parameters. */
  reason?: { key: string; params?: Record<string, string | number> };
  /** How a file came in: inserted as sheets by Excel, or read in the pane. */
  via?: 'insert' | 'pane';
  /** Appendices it gave (a file may hold several). */
  appendices?: number;
}

export type Phase = 'reading' | 'confirm' | 'writing' | 'done';

export interface ProgressState {
  phase: Phase;
  inputs: InputProgress[];
  /** 0…1 over the whole run: reading is the first READ_SHARE, writing the rest. */
  overall: number;
  /** The writing step under way (catalogue key), while writing. */
  step?: string;
}

export const READ_SHARE = 0.7;

export type ProgressListener = (p: ProgressState) => void;

/** Keeps the state and hands a fresh copy to the listener on every change (React wants new objects). */
export class Tracker {
  readonly inputs: InputProgress[];
  phase: Phase = 'reading';
  private writeDone = 0;
  private writeSteps = 1;
  private step: string | undefined;

  constructor(
    inputs: Omit<InputProgress, 'status' | 'fraction'>[],
    private readonly listener: ProgressListener = () => undefined,
  ) {
    this.inputs = inputs.map((i) => ({ ...i, status: 'waiting', fraction: 0 }));
  }

  get(id: string): InputProgress {
    const p = this.inputs.find((x) => x.id === id);
    if (!p) throw new Error(`no input ${id}`);
    return p;
  }

  update(id: string, change: Partial<InputProgress>): void {
    Object.assign(this.get(id), change);
    this.emit();
  }

  skip(id: string, key: string, params?: Record<string, string | number>): void {
    this.update(id, { status: 'skipped', fraction: 1, reason: { key, params } });
  }

  startWriting(steps: number): void {
    this.phase = 'writing';
    this.writeSteps = Math.max(1, steps);
    this.writeDone = 0;
    this.emit();
  }

  writing(step: string): void {
    this.step = step;
    this.emit();
  }

  wrote(): void {
    this.writeDone++;
    this.emit();
  }

  setPhase(p: Phase): void {
    this.phase = p;
    if (p === 'done') this.step = undefined;
    this.emit();
  }

  overall(): number {
    const read = this.inputs.length ? this.inputs.reduce((n, i) => n + i.fraction, 0) / this.inputs.length : 1;
    if (this.phase === 'reading' || this.phase === 'confirm') return read * READ_SHARE;
    if (this.phase === 'done') return 1;
    return READ_SHARE + (1 - READ_SHARE) * Math.min(1, this.writeDone / this.writeSteps);
  }

  snapshot(): ProgressState {
    return { phase: this.phase, inputs: this.inputs.map((i) => ({ ...i })), overall: this.overall(), step: this.phase === 'writing' ? this.step : undefined };
  }

  emit(): void {
    this.listener(this.snapshot());
  }
}
