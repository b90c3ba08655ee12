/**
 * What a row of the table body is, beyond an item: the end of the table (notes,
 * signatures, another table), a page number, a total, the tail of a wrapped
 * header. The reader asks these before it reads a row as an item.
 */
import { formatDate } from './cells';
import { headerKey, type HeaderMatch } from './header';
import { matchArea } from './section';
import { CONTINUED, type HeaderKey } from './glossary';
import { fold, romanNumeral } from './text';

/** Distinct non-empty texts of a row, in column order (merged cells repeat one text). */
export function distinctTexts(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of texts) if (t && out[out.length - 1] !== t) out.push(t);
  return out;
}

/** Notes under the table end it ("Nơi nhận:", "* Ghi chú:", "Lưu ý:", "Tổng cộng: …", a summary's "Tổng hợp:"). */
const TABLE_END = /^[*(\-\s]*(noi nhan|ghi chu|luu y|nguoi lap|tong cong|tong hop\s*:)/;
/** Signature lines end it too, but "Chủ tịch UBND xã" is also a lead unit: only in capitals or after TM./KT. */
const SIGNATURE = /^(\(?da ky\)?$|tm\.? ?(uy ban|ubnd)|kt\.? ?(pho )?chu tich|(pho )?chu tich|uy ban nhan dan (xa|phuong|thi tran|dac khu))/;

export function endsTable(distinct: readonly string[]): boolean {
  if (distinct.length > 2) return false;
  const f = fold(distinct[0]);
  if (TABLE_END.test(f)) return true;
  const m = SIGNATURE.exec(f);
  return m !== null && (distinct[0] === distinct[0].toUpperCase() || /^(\(?da ky|tm|kt)/.test(m[0]));
}

/** Page numbers left by PDF extraction: "Trang 2/5", "Page 4 of 5", "- 3 -". A bare "2" counts only before a repeated header. */
export const PAGE_NUMBER = /^(trang|page)\s*\d{1,3}(\s*(\/|of|tren)\s*\d{1,3})?$|^-\s*\d{1,3}\s*-$/;
export const BARE_PAGE = /^\d{1,3}$/;
/** The official gazette's running head ("CÔNG BÁO/Số 45 + 46/Ngày 20-01-2027"): never table content. */
const GAZETTE = /^cong bao\b/;
/** What else a page's top or bottom carries, read as such only right above the header again: a date, "Số 45 + 46". */
const PAGE_LINE = /^(ngay\s*)?\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}$|^so\s*\d{1,4}(\s*\+\s*\d{1,4})?$/;
/** The document's number and its place and date ("Số: 45/KH-UBND", "Bình Lư, ngày 15 tháng 01 năm 2026"), printed atop a page. */
const DOC_LINE = /^so\s*:?\s*\d*\s*\/\s*[a-z]+(-[a-z]+)*$|^[^,]{1,40},\s*ngay\s*\d{0,2}\s*thang\s*\d{0,2}\s*nam\s*\d{4}$/;
/** A digital signature's stamp, printed on a signed PDF's page: "Ký bởi: …", "Email: …", "Cơ quan: Tỉnh …", "Thời gian ký: …". */
const SIGNATURE_STAMP = /^(ky boi|thoi gian ky|ngay ky|email)\s*:|^co quan\s*:\s*(tinh|uy ban|ubnd|so|van phong)\b/;
/** An appendix's own title, folded: "PHỤ LỤC …", "Biểu …". */
const APPENDIX_TITLE = /^(phu luc|bieu)\b/;
/** The plan's title printed atop each page ("Phụ lục Kế hoạch CCHC … của UBND xã …"). */
const RUNNING_TITLE = /^(phu luc|ke hoach|bieu)\b/;

/** A page's footnote: a superscript number, then its text ("¹ Quyết định số 2150/QĐ-UBND …"). */
const FOOTNOTE = /^[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+\s*\S/;

/** A row that is surely a page's furniture: page numbers, the gazette's head, "PHỤ LỤC (tiếp theo)", a footnote. */
export function isPageFurniture(distinct: readonly string[]): boolean {
  if (distinct.length > 3) return false;
  if (distinct.length === 1 && (isPageTitle(distinct) || FOOTNOTE.test(distinct[0]))) return true;
  const f = fold(distinct[0]);
  if (GAZETTE.test(f)) return true;
  return distinct.every((t) => (t.length <= 60 && (PAGE_NUMBER.test(fold(t)) || DOC_LINE.test(fold(t)))) || (t.length <= 120 && SIGNATURE_STAMP.test(fold(t))));
}

/** A row that is a page's furniture when the header follows it: a bare number, a date, the plan's running title. */
export function mayBePageFurniture(distinct: readonly string[]): boolean {
  if (distinct.length > 3) return false;
  return distinct.every((t) => {
    if (t.length > 160) return false;
    const f = fold(t);
    // The running title alone, or with the page number ("Kế hoạch CCHC năm 2026 - xã Tân Phước | … | 2").
    return BARE_PAGE.test(t) || PAGE_LINE.test(f) || PAGE_NUMBER.test(f) || GAZETTE.test(f) || (RUNNING_TITLE.test(f) && distinct.every((o) => o === t || BARE_PAGE.test(o) || PAGE_NUMBER.test(fold(o))));
  });
}

/** What a cell saying nothing holds: dashes, dots, and the rules and specks a scan's text recognition reads as "_", "|", "'". */
const MARKS = '-–—.…_|¦\'‘’`~';
const MARK_CODES = new Set([...MARKS].map((m) => m.charCodeAt(0)));
const ONLY_MARKS = new RegExp(`^[${MARKS.replace(/[-\\\]^]/g, '\\$&')}\\s]+$`);
/** A cell that holds only dashes, dots or such marks ("-", "…", "_", "|"): written, but saying nothing. */
export function isBlankText(v: string): boolean {
  // Texts are trimmed: a blank one opens with a mark.
  return MARK_CODES.has(v.charCodeAt(0)) && ONLY_MARKS.test(v);
}

/** "Nt", "Như trên", "-nt-": the same as the row above. */
const SAME_AS_ABOVE = /^["“”'\-\s]*(nt|nhu tren)["“”'\-\s.]*$/;
export function isSameAsAbove(text: string): boolean {
  return text.length <= 12 && /^["“”'\-\s]*[nN]/.test(text) && SAME_AS_ABOVE.test(fold(text));
}

/** Excel date serials of 1990..2100; a year typed as a number (2026) is far below. */
export function serialDateText(n: number): string | null {
  if (!Number.isInteger(n) || n < 32874 || n > 73415) return null;
  return formatDate(new Date(Date.UTC(1899, 11, 30) + n * 86_400_000));
}

const TOTAL = /^(tong cong|tong so|tong kinh phi|tong|cong)(\s+(linh vuc\s+)?[ivx]+)?(\s*\([ivx+.\s…]+\))?\s*:?$/;
/** What a total row's other cells hold: a number (money too: "25", "1.250,5"), or a count with its level ("01 mục tiêu"). */
const TOTAL_CELL = /^\d+([.,]\d+)*(\s*(trieu|ty|nghin)?\s*(dong|d)?|\s+(muc tieu|nhiem vu|hoat dong))?$/;
/** "Tổng cộng", "Tổng số: | 3 | 4 | 6", "Cộng lĩnh vực I", "TỔNG CỘNG (I+II+…+VII)", "Tổng kinh phí | 25": a total label, then numbers at most. */
export function isTotalRow(distinct: readonly string[]): boolean {
  const first = distinct[0];
  if (first.length > 60 || !/^[tTcCsS]/.test(first)) return false;
  // "công" (the last word of "… hành chính công" cut by a page break) folds like "Cộng" but sums nothing.
  if (/^công\b/iu.test(first.normalize('NFC'))) return false;
  const f = fold(first);
  // "Số hoạt động quá hạn: | 0", "Tổng số nhiệm vụ đã hoàn thành: | 5": a count a workbook works out under its table.
  // "Tổng cộng: 07 mục tiêu | 08 nhiệm vụ | …": the label with the first count after it.
  const colon = f.indexOf(':');
  const withCount = colon > 0 && TOTAL.test(f.slice(0, colon + 1)) && TOTAL_CELL.test(f.slice(colon + 1).trim());
  const caption = (first.length <= 32 && TOTAL.test(f)) || withCount || (distinct.length > 1 && COUNT_CAPTION.test(f));
  return caption && distinct.slice(1).every((t) => TOTAL_CELL.test(fold(t)));
}
/** A caption over a count: "Số …:", "Tổng số …:", "Tỷ lệ …:". */
const COUNT_CAPTION = /^(so|tong so|tong|ty le)\s.*:$/;

/** "PHỤ LỤC II" or the header of a table with other columns: the appendix is over. */
export function startsOtherTable(texts: readonly string[], distinct: readonly string[], header: HeaderMatch): boolean {
  if (distinct.length === 1 && distinct[0] === distinct[0].toUpperCase()) {
    const f = fold(distinct[0]);
    // "PHỤ LỤC (tiếp theo)" heads every page of the same appendix: see pageTitle.
    if (APPENDIX_TITLE.test(f) && !CONTINUED.test(f)) return true;
    // A second plan's title on the same sheet ("KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026").
    if (/^ke hoach\b/.test(f) && distinct[0].length >= 20) return true;
  }
  // "(Kèm theo Kế hoạch số … của UBND xã …)": the lines above a table, never inside one.
  if (distinct.length === 1 && /^\(\s*(ban hanh )?kem theo (ke hoach|quyet dinh|cong van|van ban)\b/.test(fold(distinct[0]))) return true;
  if (distinct.length < 3 || !distinct.every((t) => t.length <= 60)) return false;
  // "I | CÔNG TÁC CHỈ ĐẠO… | 04 mục tiêu | 05 nhiệm vụ": an area row with its counts in cells of their own.
  if (romanNumeral(distinct[0])) return false;
  // Three or more column names ("TT | Lĩnh vực | Mục tiêu | Nhiệm vụ"), mostly not where ours are.
  // Column names are short and make up most of the row; data only now and then reads like one.
  const named = new Map<number, HeaderKey>();
  let filled = 0;
  texts.forEach((t, c) => {
    if (!t) return;
    filled++;
    // (Column names are written as titles: "nội dung tiếp" in lower case is the rest of a cell.)
    const k = t.length <= 30 && /^[\p{Lu}\d(]/u.test(t) ? headerKey(t) : null;
    if (k) named.set(c, k);
  });
  if (named.size < 3 || named.size * 5 < filled * 3) return false;
  // How far each named column sits from where our header has it (0: in place).
  const offsets = new Map<number, number>();
  for (const [c, k] of named) {
    const at = header.columns[k];
    if (at !== undefined) offsets.set(c - at, (offsets.get(c - at) ?? 0) + 1);
  }
  const keys = Object.keys(header.columns).length;
  // The same header a column or two off (a converter moved the page's margin): a repeated header, not another table.
  for (const [by, moved] of offsets) if (by !== 0 && Math.abs(by) <= 2 && moved * 10 >= keys * 7) return false;
  const inPlace = offsets.get(0) ?? 0;
  return inPlace * 2 < keys && inPlace < named.size;
}

/** "PHỤ LỤC (tiếp theo)", "Phụ lục I (tiếp)": the appendix's title again at the top of a page. */
export function isPageTitle(distinct: readonly string[]): boolean {
  if (distinct.length !== 1 || distinct[0].length > 40) return false;
  const f = fold(distinct[0]);
  return APPENDIX_TITLE.test(f) && CONTINUED.test(f);
}

/**
 * A row under the header holding only the ends of wrapped header words: short,
 * lower-case, no digits, each under a header cell. Data never looks like that.
 */
export function isHeaderTail(texts: readonly string[], header: readonly string[]): boolean {
  let any = false;
  for (let c = 0; c < texts.length; c++) {
    const t = texts[c];
    if (!t) continue;
    // Lower case, or a capital after a name cut at "/" ("Kết quả/" over "Sản phẩm").
    if (t.length > 30 || /\d/.test(t) || !header[c] || !(/^\p{Ll}/u.test(t) || /[/,\-–]$/.test(header[c]))) return false;
    // "cải cách thể chế" under the header is the first area's title, typed in lower case.
    if (matchArea(t)) return false;
    any = true;
  }
  return any;
}

/** "Không có", "(Không)", "Chưa có nội dung", "Không phát sinh": nothing under this area. */
export const NOTHING = /^[(\-\s]*(khong co|khong|chua co|khong phat sinh)( noi dung| nhiem vu| hoat dong| muc tieu)?( (?:trong |cua )?nam \d{4})?[).\s]*$/;

/** A cell ending on ":" ("…, cụ thể:", "…, gồm:"): it opens a list, the rows under it its items. */
export const OPENS_LIST = /:\s*$/;

/** How a heading that groups items is numbered: "1.", "2)", "a)", "b.", "A." (items then plain 1, 2…). */
export const SUBHEAD_TT = /^(\d{1,2}|[a-zđA-Z])[.)]$/;
