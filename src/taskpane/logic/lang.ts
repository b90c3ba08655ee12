/** The pane's language: Vietnamese first; English when Office's display language is not Vietnamese. */
import type { Lang } from '../../core';

export function langFromDisplay(displayLanguage: string | null | undefined): Lang {
  if (!displayLanguage) return 'vi';
  return /^vi(-|_|$)/i.test(displayLanguage.trim()) ? 'vi' : 'en';
}
