/// <reference types="office-js" />
/**
 * Task pane entry: waits for Office, builds the one Excel adapter, renders the pane.
 * webpack bundles this with src/functions/functions.ts into taskpane.html (shared runtime).
 */
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadAdapter } from './host';

function start(): void {
  const el = document.getElementById('root');
  if (!el) return;
  createRoot(el).render(<App adapterPromise={loadAdapter()} officeBackground={officeBackground()} />);
}

/** Office's body background, to follow its light/dark theme; undefined outside Office. */
function officeBackground(): string | undefined {
  try {
    return Office.context?.officeTheme?.bodyBackgroundColor || undefined;
  } catch {
    return undefined;
  }
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady().then(start, start);
} else {
  // Opened outside Office (a plain browser): still render, the pane explains it needs Excel.
  start();
}
