/** The pane's language: Vietnamese first; English when Office's display language is not Vietnamese, or when the user chose it. */
import type { Lang } from '../../core';

export function langFromDisplay(displayLanguage: string | null | undefined): Lang {
  if (!displayLanguage) return 'vi';
  return /^vi(-|_|$)/i.test(displayLanguage.trim()) ? 'vi' : 'en';
}

/** The little of the browser's localStorage the choice needs (kept on this computer only). */
export interface ChoiceStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const KEY = 'cchc.lang';

function browserStore(): ChoiceStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage refused (a locked-down browser): the choice lasts until the pane closes.
    return null;
  }
}

/** The language the user last chose with the switch (Vietnamese offices often run an English Excel); null when never. */
export function rememberedLang(store: ChoiceStore | null = browserStore()): Lang | null {
  try {
    const v = store?.getItem(KEY);
    return v === 'vi' || v === 'en' ? v : null;
  } catch {
    return null;
  }
}

export function rememberLang(lang: Lang, store: ChoiceStore | null = browserStore()): void {
  try {
    store?.setItem(KEY, lang);
  } catch {
    // Full or refused: nothing to lose but the choice.
  }
}
