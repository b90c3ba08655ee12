/**
 * Placeholder so the add-in builds before the task pane exists: renders nothing.
 * The task pane's engineer replaces this file (the page offers <div id="root">).
 */
export {};
