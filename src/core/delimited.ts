/**
 * CSV/TSV text into a grid. Handles quoted cells with embedded delimiters,
 * quotes and line breaks, CRLF line ends and a byte-order mark.
 */
export function parseDelimited(text: string, delimiter?: string): string[][] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const d = delimiter ?? guessDelimiter(src);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const n = src.length;
  while (i < n) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '' && opensQuotedCell(src, i, d)) {
      quoted = true;
      i++;
    } else if (ch === d) {
      row.push(cell);
      cell = '';
      i++;
    } else if (ch === '\n' || ch === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/**
 * Does the quote at `at` open a quoted cell? Its closing quote must end the cell. In a tab-separated
 * file the quoted text must hold no tab either: text pasted from a PDF opens cells with a quote it
 * never closes ("Bình dân học vụ …), which would otherwise swallow the cells and rows after it.
 */
function opensQuotedCell(src: string, at: number, d: string): boolean {
  for (let i = at + 1; i < src.length; i++) {
    const ch = src[i];
    if (ch === d && d === '\t') return false;
    if (ch !== '"') continue;
    if (src[i + 1] === '"') {
      i++;
      continue;
    }
    const next = src[i + 1];
    return next === undefined || next === d || next === '\n' || next === '\r';
  }
  return false;
}

/** Tab when the text has tabs, else semicolon when lines have more of them than commas (Excel in vi-VN). */
export function guessDelimiter(text: string): string {
  const sample = text.slice(0, 4096);
  if (sample.includes('\t')) return '\t';
  const semi = (sample.match(/;/g) ?? []).length;
  const comma = (sample.match(/,/g) ?? []).length;
  return semi > comma ? ';' : ',';
}
