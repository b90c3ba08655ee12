/** The pane's language, chosen once in App and read by every component through useT(). */
import { createContext, useCallback, useContext } from 'react';
import { t, type Lang } from '../core';

export const LangContext = createContext<Lang>('vi');

export type T = (key: string, params?: Record<string, string | number | null | undefined>) => string;

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useT(): T {
  const lang = useContext(LangContext);
  return useCallback<T>((key, params = {}) => t(key, params, lang), [lang]);
}
