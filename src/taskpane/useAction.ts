/** One busy flag and one message per tab: run an async action, show its outcome or its failure. */
import { useCallback, useRef, useState } from 'react';
import type { Lang } from '../core';
import { paneMessage, type PaneMessage } from './logic/errors';

export interface Action {
  busy: boolean;
  message: PaneMessage | null;
  setMessage(m: PaneMessage | null): void;
  /** Runs fn unless another action of this tab is running; returns false when it failed or was skipped. */
  run(fn: () => Promise<PaneMessage | null | void>): Promise<boolean>;
}

export function useAction(lang: Lang): Action {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<PaneMessage | null>(null);
  const running = useRef(false);
  const run = useCallback(
    async (fn: () => Promise<PaneMessage | null | void>): Promise<boolean> => {
      if (running.current) return false;
      running.current = true;
      setBusy(true);
      setMessage(null);
      try {
        setMessage((await fn()) ?? null);
        return true;
      } catch (e) {
        setMessage(paneMessage(e, lang));
        return false;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [lang],
  );
  return { busy, message, setMessage, run };
}
