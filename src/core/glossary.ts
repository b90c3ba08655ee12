/**
 * The one glossary of domain words: columns, layouts, reform areas, levels.
 * Patterns are written on folded text (see text.fold): no diacritics, lower case.
 */
import { romanValue } from './text';

export type ColumnKey = 'tt' | 'goal' | 'task' | 'activity' | 'product' | 'lead' | 'partners' | 'deadline' | 'monitor';
/** Header columns: the item columns plus the area column of a normalized table ("Lĩnh vực"). */
export type HeaderKey = ColumnKey | 'area';
export type Layout = 'standard' | 'assignment';
export type Level = 'goals' | 'tasks' | 'activities';
export type AreaCode =
  | 'direction'
  | 'institutions'
  | 'procedures'
  | 'organization'
  | 'civil-service'
  | 'public-finance'
  | 'digital-government';

export interface ColumnDef {
  key: HeaderKey;
  vi: string;
  en: string;
  /** Matched against the folded header cell with its numbering prefix removed. */
  pattern: RegExp;
}

/** The last column of our own normalized tables: the source rows of each item (messages' col.row). */
export const SOURCE_ROWS_COLUMN = /^(hang|row|dong|dong goc|hang goc|source rows?)$/;

/** Order matters: the first pattern that matches a header cell wins. English names too (a template translated for donors, our own English normalized table). */
export const COLUMNS: readonly ColumnDef[] = [
  { key: 'tt', vi: 'TT', en: 'No.', pattern: /^(s\.?\s?tt|tt|so tt|so thu tu|thu tu|stt\.?|no\.?|number)$/ },
  { key: 'area', vi: 'Lĩnh vực', en: 'Area', pattern: /^(linh vuc|linh vuc cai cach|area)$/ },
  { key: 'monitor', vi: 'Theo dõi, kiểm tra, đôn đốc', en: 'Monitoring', pattern: /(theo doi|don doc|giam sat|^lanh dao|monitor|supervis)/ },
  { key: 'partners', vi: 'Đơn vị phối hợp', en: 'Partner units', pattern: /(phoi hop|coordinat|partner|support)/ },
  { key: 'lead', vi: 'Đơn vị chủ trì', en: 'Lead unit', pattern: /(chu tri|phu trach|don vi thuc hien|co quan thuc hien|bo phan thuc hien|nguoi thuc hien|phan cong thuc hien|ca nhan thuc hien|tham muu|chiu trach nhiem|lead|responsib|in charge)/ },
  { key: 'deadline', vi: 'Thời gian hoàn thành', en: 'Deadline', pattern: /(thoi gian|thoi han|thoi diem|han hoan thanh|ngay hoan thanh|tien do|lo trinh|deadline|time ?line|time ?frame|due date|completion)/ },
  { key: 'product', vi: 'Kết quả/Sản phẩm', en: 'Result/Product', pattern: /(san pham|ket qua|hinh thuc van ban|output|product|result|deliverable)/ },
  { key: 'activity', vi: 'Hoạt động', en: 'Activity', pattern: /(hoat dong|activit)/ },
  { key: 'task', vi: 'Nhiệm vụ', en: 'Task', pattern: /(nhiem vu|noi dung|cong viec|task)/ },
  { key: 'goal', vi: 'Mục tiêu', en: 'Goal', pattern: /(muc tieu|chi tieu|objective|goal)/ },
];

export const COLUMN_ORDER: readonly ColumnKey[] = ['tt', 'goal', 'task', 'activity', 'product', 'lead', 'partners', 'deadline', 'monitor'];

/** The column holding each layout's work, one per row: the activity, or the assignment's task. */
export const WORK_COLUMN: Record<Layout, 'activity' | 'task'> = { standard: 'activity', assignment: 'task' };

export const LAYOUT_COLUMNS: Record<Layout, readonly ColumnKey[]> = {
  standard: ['goal', 'task', 'activity', 'product', 'lead', 'partners', 'deadline'],
  assignment: ['task', 'product', 'deadline', 'lead', 'partners'],
};

/** Cells an item must have (when not covered by a merge). */
export const REQUIRED_CELLS: Record<Layout, readonly ColumnKey[]> = {
  standard: ['activity', 'product', 'lead', 'deadline'],
  assignment: ['task', 'product', 'lead', 'deadline'],
};

/** Columns that hold free text (a number or boolean there is suspicious). */
export const TEXT_COLUMNS: readonly ColumnKey[] = ['goal', 'task', 'activity', 'product', 'lead', 'partners', 'monitor'];

export interface LevelDef {
  level: Level;
  column: ColumnKey;
  vi: string;
  en: string;
  /** Label at the start of a cell: "Mục tiêu 1:", "Nhiệm vụ 2.", "Hoạt động 3 ...". */
  label: RegExp;
}

/**
 * A label's number, folded: digits, or (scanned and read by OCR) digits with "l" for 1 ("l", "1l", "l7"),
 * which only stands before a separator ("Mục tiêu lớn" is no label), never before "/" and a digit or an hour ("hoạt động 24/7", "hoạt động 24 giờ"); or a Roman numeral ("Mục tiêu I:",
 * a scan's I for 1, or goals numbered I, II…), only right before ":", ".", ")" or a dash ("Mục tiêu vi phạm" is none).
 */
const LABEL_NUMBER = '([\\dl]{1,3}(?=[\\s:.)\\-–]|$)(?!\\s*(?:gio|phut)\\b)|\\d{1,3}(?!\\d|\\/\\d|\\s*(?:gio|phut)\\b|\\s*%)|(?:iv|ix|v?i{1,3}|v|x)(?=\\s*[:.)\\-–]|$))';
const labelPattern = (words: string, short: string): RegExp => new RegExp(`^(?:${words}\\s*(?:so|thu)?|${short}\\s*\\.?)\\s*${LABEL_NUMBER}`);

export const LEVELS: readonly LevelDef[] = [
  { level: 'goals', column: 'goal', vi: 'mục tiêu', en: 'goals', label: labelPattern('muc ?tieu', 'mt') },
  { level: 'tasks', column: 'task', vi: 'nhiệm vụ', en: 'tasks', label: labelPattern('nhiem ?vu', 'nv') },
  { level: 'activities', column: 'activity', vi: 'hoạt động', en: 'activities', label: labelPattern('hoat ?dong', 'hd') },
];

/** A label's number as written ("12", "1l" read by OCR for 11, or "ii" folded from a Roman "II"). */
export function labelDigits(written: string): number {
  if (written.includes('l')) return Number(written.replace(/l/g, '1'));
  const c = written.charCodeAt(0);
  return c >= 48 && c <= 57 ? Number(written) : romanValue(written.toUpperCase());
}

export function levelDef(level: Level): LevelDef {
  return LEVELS.find((l) => l.level === level)!;
}

export interface AreaDef {
  code: AreaCode;
  /** Numeral in the standard order of the Government's programme. */
  numeral: string;
  vi: string;
  en: string;
  /** A few words for narrow column headers ("Thể chế: Mục tiêu"). */
  short: { vi: string; en: string };
  /** Matched against the folded section title (declared counts removed). */
  pattern: RegExp;
}

export const AREAS: readonly AreaDef[] = [
  { code: 'direction', numeral: 'I', vi: 'Công tác chỉ đạo, điều hành', en: 'Direction and management', short: { vi: 'Chỉ đạo, điều hành', en: 'Direction' }, pattern: /chi dao|dieu hanh/ },
  { code: 'institutions', numeral: 'II', vi: 'Cải cách thể chế', en: 'Institutional reform', short: { vi: 'Thể chế', en: 'Institutions' }, pattern: /the che/ },
  { code: 'procedures', numeral: 'III', vi: 'Cải cách thủ tục hành chính', en: 'Administrative procedure reform', short: { vi: 'Thủ tục HC', en: 'Procedures' }, pattern: /thu tuc|\btthc\b/ },
  { code: 'organization', numeral: 'IV', vi: 'Cải cách tổ chức bộ máy', en: 'Organisational reform', short: { vi: 'Bộ máy', en: 'Organisation' }, pattern: /to chuc bo may|bo may/ },
  { code: 'civil-service', numeral: 'V', vi: 'Cải cách chế độ công vụ', en: 'Civil service reform', short: { vi: 'Công vụ', en: 'Civil service' }, pattern: /cong vu|can bo,? cong chuc|doi ngu (can bo|cong chuc)/ },
  { code: 'public-finance', numeral: 'VI', vi: 'Cải cách tài chính công', en: 'Public finance reform', short: { vi: 'Tài chính công', en: 'Public finance' }, pattern: /tai chinh/ },
  {
    code: 'digital-government',
    numeral: 'VII',
    vi: 'Xây dựng chính quyền điện tử, chính quyền số',
    en: 'E-government and digital government',
    short: { vi: 'Chính quyền số', en: 'Digital government' },
    pattern: /chinh (phu|quyen) (dien tu|so)|chuyen doi so|chinh quyen so|hien dai hoa (nen )?hanh chinh|cong nghe thong tin|\bcntt\b/,
  },
];

export const AREA_CODES: readonly AreaCode[] = AREAS.map((a) => a.code);

/**
 * An area's name as it follows "và" when a title joins two areas ("… tổ chức bộ máy hành chính nhà nước và chế độ
 * công vụ"), folded, "cải cách"/"xây dựng" taken off: the name itself, not a word of it ("… quản lý văn bản và điều hành").
 */
export const JOINED_AREA: Record<AreaCode, RegExp> = {
  direction: /^(cong tac )?chi dao/,
  institutions: /^the che/,
  procedures: /^thu tuc hanh chinh/,
  organization: /^to chuc bo may/,
  'civil-service': /^che do cong vu/,
  'public-finance': /^tai chinh cong/,
  'digital-government': /^(chinh quyen|chinh phu) (dien tu|so)|^chuyen doi so/,
};

export function areaDef(code: AreaCode): AreaDef {
  return AREAS.find((a) => a.code === code)!;
}

/** Excel error values as they appear in cells. */
export const EXCEL_ERRORS: readonly string[] = [
  '#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BUSY!', '#BLOCKED!', '#UNKNOWN!', '#CONNECT!',
];

/** "(tiếp)", "(tiếp theo)" closing a folded text: a title or label written again on the next page. */
export const CONTINUED = /\(?\s*tiep( theo)?\s*\)?\s*$/;

/** A title that amends a plan ("SỬA ĐỔI, BỔ SUNG …", "điều chỉnh, bổ sung Kế hoạch số 12"): folded. */
export const AMENDMENT = /\b(sua doi|dieu chinh),? bo sung\b/;

/** Words that say a deadline recurs every year. */
export const RECURRING_DEADLINE = /(hang|moi) (nam|quy|thang|tuan|ngay)|thuong xuyen|thuong nien|dinh ky|lien tuc|hang nam/;

/** How a unit's name opens (folded): "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND", "Công chức Tư pháp - Hộ tịch". */
export const UNIT_NAME = /^(cac )?(phong|van phong|ubnd|uy ban|hdnd|hoi dong nhan dan|ban|bo phan|cong chuc|can bo|trung tam|dang uy|mat tran|mttq|cong an|ban chi huy|tram|truong|hoi|doan|to|doi|co quan|don vi)\b/;
