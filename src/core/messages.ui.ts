/** Task pane strings, part of the one catalogue (messages.ts spreads them in). Keys start with "pane." or "fn.". */
export const uiVi: Record<string, string> = {
};

export const uiEn: Record<string, string> = {
};
