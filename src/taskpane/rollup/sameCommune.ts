/**
 * Before the roll-up runs: inputs that are probably the same commune (names equal
 * once case, spacing and diacritics are set aside, by the engine's communeKey),
 * so the user can rename one or leave it out instead of counting a commune twice.
 */
import { communeKey } from '../../core';
import type { ReadyInput } from './sources';

export interface SameCommuneGroup {
  key: string;
  members: { id: string; commune: string; source: string }[];
}

/** The commune an input rolls up under: the user's new name, the appendix's, or the sheet/file name. */
export function communeOf(r: ReadyInput, renames: Readonly<Record<string, string>> = {}): string {
  const renamed = renames[r.id]?.trim();
  return renamed || r.analysis.appendix.commune || r.fallbackName;
}

/** Groups of two or more inputs with the same commune key (the same name twice counts too: it would be counted twice). */
export function sameCommuneGroups(ready: readonly ReadyInput[], renames: Readonly<Record<string, string>> = {}, skipped: ReadonlySet<string> = new Set()): SameCommuneGroup[] {
  const groups = new Map<string, SameCommuneGroup>();
  for (const r of ready) {
    if (skipped.has(r.id)) continue;
    const commune = communeOf(r, renames);
    const key = communeKey(commune);
    const g = groups.get(key) ?? groups.set(key, { key, members: [] }).get(key)!;
    g.members.push({ id: r.id, commune, source: r.source });
  }
  return [...groups.values()].filter((g) => g.members.length > 1);
}
