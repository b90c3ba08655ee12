/**
 * The one message catalogue: issue messages and every string users see, in
 * Vietnamese first and English second. Templates take named {placeholders}.
 */
import { AREAS, COLUMNS, LEVELS, type AreaCode, type ColumnKey, type Level } from './glossary';
import type { Issue, IssueCode, Severity } from './model';
import { uiEn, uiVi } from './messages.ui';

export type Lang = 'vi' | 'en';

type Catalog = Record<string, string>;

const vi: Catalog = {
  ...uiVi,
  // Issues
  'issue.no-table': 'Không tìm thấy hàng tiêu đề của bảng phụ lục (cần các cột như TT, Mục tiêu, Nhiệm vụ, Hoạt động, Chủ trì, Thời gian hoàn thành).',
  'issue.missing-column': 'Thiếu cột “{column}”, cần cho bảng dạng {layout}.',
  'issue.repeated-header': '{where}tiêu đề bảng lặp lại ở đầu trang — đã bỏ qua.',
  'issue.repeated-header.page': '{where}số trang “{text}” — đã bỏ qua.',
  'issue.continuation': '{where}phần tiếp theo của hàng {of} bị ngắt trang — đã ghép vào hàng {of}.',
  'issue.shifted-row': '{where}các ô bị lệch sang phải {by} cột — đã căn lại theo tiêu đề.',
  'issue.row-outside-area': '{where}dòng nằm trước lĩnh vực đầu tiên, không thuộc lĩnh vực nào.',
  'issue.unknown-area': '{where}không nhận ra lĩnh vực “{title}”.',
  'issue.duplicate-area': '{where}lĩnh vực “{areaName}” xuất hiện lần nữa (lần đầu ở hàng {first}).',
  'issue.missing-area': 'Thiếu lĩnh vực “{areaName}”.',
  'issue.empty-area': '{where}lĩnh vực “{areaName}” không có dòng nào.',
  'issue.declared-count-mismatch': '{where}lĩnh vực “{areaName}” ghi {declared} {levelName} nhưng bảng có {actual}.',
  'issue.numbering': '{where}“{labelName} {found}” đứng sau “{labelName} {previous}” ({kind}).',
  'issue.tt-sequence': '{where}số TT {found} đứng sau {previous} ({kind}).',
  'issue.missing-cell': '{where}thiếu nội dung ô “{columnName}”.',
  'issue.unrecognized-deadline': '{where}“{text}” không phải là thời gian hoàn thành.',
  'issue.duplicate-row': '{where}{columnName} trùng với hàng {first}.',
  'issue.bad-cell': '{where}ô chứa “{value}” ({what}).',
  'where.row': 'Hàng {row}: ',
  'where.cell': 'Hàng {row}, cột {letter} ({columnName}): ',
  'kind.skip': 'nhảy số',
  'kind.repeat': 'lặp số',
  'kind.back': 'số lùi lại',
  'what.error': 'lỗi Excel',
  'what.nontext': 'không phải văn bản',
  'severity.error': 'Lỗi',
  'severity.warning': 'Cảnh báo',
  'severity.info': 'Thông tin',
  'layout.standard': 'chuẩn (mục tiêu – nhiệm vụ – hoạt động)',
  'layout.assignment': 'phân công nhiệm vụ',
  // Reports
  'report.title': 'Kiểm tra phụ lục CCHC',
  'report.source': 'Tệp',
  'report.sheet': 'Trang tính',
  'report.commune': 'Xã/phường',
  'report.layout': 'Dạng bảng',
  'report.header': 'Hàng tiêu đề',
  'report.areas': 'Số lượng theo lĩnh vực (kê khai / đếm được)',
  'report.issues': 'Các vấn đề',
  'report.none': 'Không có vấn đề nào.',
  'report.summary': '{errors} lỗi, {warnings} cảnh báo, {infos} thông tin.',
  'report.unknown': '(không rõ)',
  'col.numeral': 'TT',
  'col.area': 'Lĩnh vực',
  'col.goals': 'Mục tiêu',
  'col.tasks': 'Nhiệm vụ',
  'col.activities': 'Hoạt động',
  'col.status': 'Trạng thái',
  'col.commune': 'Xã/phường',
  'col.total': 'Tổng cộng',
  'col.errors': 'Lỗi',
  'col.warnings': 'Cảnh báo',
  'col.row': 'Hàng',
  'col.column': 'Cột',
  'col.code': 'Mã',
  'col.message': 'Nội dung',
  'col.severity': 'Mức độ',
  'col.source': 'Nguồn',
  'col.sheet': 'Trang tính',
  'col.lead': 'Đơn vị chủ trì',
  'col.declaredGoals': 'Mục tiêu (kê khai)',
  'col.declaredTasks': 'Nhiệm vụ (kê khai)',
  'col.declaredActivities': 'Hoạt động (kê khai)',
  'status.match': 'Khớp',
  'status.mismatch': 'Lệch',
  'status.undeclared': 'Không kê khai',
  // Roll-up
  'rollup.sheet.summary': 'Tổng hợp',
  'rollup.sheet.data': 'Dữ liệu',
  'rollup.sheet.issues': 'Kiểm tra',
  'rollup.sameCommune': 'Có thể là cùng một xã: {names}.',
  'rollup.unnamed': 'Xã {n}',
  // Normalize / template
  'normalize.sheet': 'Phụ lục (chuẩn)',
  'normalize.issues': 'Kiểm tra',
  'template.title1': 'PHỤ LỤC',
  'template.title2': 'CÁC NHIỆM VỤ TRỌNG TÂM TRIỂN KHAI THỰC HIỆN CẢI CÁCH HÀNH CHÍNH',
  'template.title3': '(Kèm theo Kế hoạch số     /KH-UBND ngày    /    /       của Ủy ban nhân dân xã ...)',
  'template.sheet': 'Phụ lục CCHC',
  'template.declared': '(… mục tiêu; … nhiệm vụ; … hoạt động)',
  // Command line
  'cli.usage':
    'Cách dùng:\n  cchc check TỆP [--sheet TÊN] [--json] [--lang vi|en]\n  cchc normalize TỆP -o RA.xlsx [--sheet TÊN]\n  cchc rollup TỆP... -o RA.xlsx [--json]\n  cchc template -o RA.xlsx\n\nTệp: .xlsx, .csv, .tsv (UTF-8 hoặc UTF-16).\nMã thoát: 0 không có lỗi, 1 có lỗi, 2 không đọc được tệp.',
  'cli.unreadable': 'Không đọc được tệp “{file}”: {reason}',
  'cli.noTable': '{file}: không tìm thấy bảng phụ lục (hàng tiêu đề).',
  'cli.noSheet': 'Tệp “{file}” không có trang tính “{sheet}”.',
  'cli.needOutput': 'Cần chỉ ra tệp kết quả: -o RA.xlsx',
  'cli.needFile': 'Cần chỉ ra tệp đầu vào.',
  'cli.unknownCommand': 'Lệnh không rõ: “{command}”.',
  'cli.unknownOption': 'Tuỳ chọn không rõ: “{option}”.',
  'cli.wrote': 'Đã ghi {file}',
  'cli.skipped': 'Bỏ qua {file}: {reason}',
  'cli.unsupported': 'định dạng tệp không được hỗ trợ (chỉ .xlsx, .csv, .tsv)',
  'cli.notFound': 'không tìm thấy tệp',
};

const en: Catalog = {
  ...uiEn,
  'issue.no-table': 'No header row found (expected columns such as TT, Goal, Task, Activity, Lead unit, Deadline).',
  'issue.missing-column': 'Column “{column}” is missing; the {layout} layout needs it.',
  'issue.repeated-header': '{where}header repeated at a page break — skipped.',
  'issue.repeated-header.page': '{where}page number “{text}” — skipped.',
  'issue.continuation': '{where}continues row {of} across a page break — joined to row {of}.',
  'issue.shifted-row': '{where}cells shifted {by} column(s) to the right — realigned to the header.',
  'issue.row-outside-area': '{where}row before the first reform area; it belongs to no area.',
  'issue.unknown-area': '{where}reform area “{title}” not recognized.',
  'issue.duplicate-area': '{where}area “{areaName}” appears again (first at row {first}).',
  'issue.missing-area': 'Area “{areaName}” is missing.',
  'issue.empty-area': '{where}area “{areaName}” has no rows.',
  'issue.declared-count-mismatch': '{where}area “{areaName}” declares {declared} {levelName} but the table has {actual}.',
  'issue.numbering': '{where}“{labelName} {found}” follows “{labelName} {previous}” ({kind}).',
  'issue.tt-sequence': '{where}No. {found} follows {previous} ({kind}).',
  'issue.missing-cell': '{where}cell “{columnName}” is empty.',
  'issue.unrecognized-deadline': '{where}“{text}” is not a deadline.',
  'issue.duplicate-row': '{where}{columnName} repeats row {first}.',
  'issue.bad-cell': '{where}cell holds “{value}” ({what}).',
  'where.row': 'Row {row}: ',
  'where.cell': 'Row {row}, column {letter} ({columnName}): ',
  'kind.skip': 'skipped',
  'kind.repeat': 'repeated',
  'kind.back': 'goes backwards',
  'what.error': 'Excel error',
  'what.nontext': 'not text',
  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Info',
  'layout.standard': 'standard (goal – task – activity)',
  'layout.assignment': 'task assignment',
  'report.title': 'CCHC appendix check',
  'report.source': 'File',
  'report.sheet': 'Sheet',
  'report.commune': 'Commune',
  'report.layout': 'Layout',
  'report.header': 'Header row',
  'report.areas': 'Counts per area (declared / counted)',
  'report.issues': 'Issues',
  'report.none': 'No issues.',
  'report.summary': '{errors} error(s), {warnings} warning(s), {infos} info.',
  'report.unknown': '(unknown)',
  'col.numeral': 'No.',
  'col.area': 'Area',
  'col.goals': 'Goals',
  'col.tasks': 'Tasks',
  'col.activities': 'Activities',
  'col.status': 'Status',
  'col.commune': 'Commune',
  'col.total': 'Total',
  'col.errors': 'Errors',
  'col.warnings': 'Warnings',
  'col.row': 'Row',
  'col.column': 'Column',
  'col.code': 'Code',
  'col.message': 'Message',
  'col.severity': 'Severity',
  'col.source': 'Source',
  'col.sheet': 'Sheet',
  'col.lead': 'Lead unit',
  'col.declaredGoals': 'Goals (declared)',
  'col.declaredTasks': 'Tasks (declared)',
  'col.declaredActivities': 'Activities (declared)',
  'status.match': 'Match',
  'status.mismatch': 'Mismatch',
  'status.undeclared': 'Not declared',
  'rollup.sheet.summary': 'Tổng hợp',
  'rollup.sheet.data': 'Dữ liệu',
  'rollup.sheet.issues': 'Kiểm tra',
  'rollup.sameCommune': 'Possibly the same commune: {names}.',
  'rollup.unnamed': 'Commune {n}',
  'normalize.sheet': 'Phụ lục (chuẩn)',
  'normalize.issues': 'Kiểm tra',
  'cli.usage':
    'Usage:\n  cchc check FILE [--sheet NAME] [--json] [--lang vi|en]\n  cchc normalize FILE -o OUT.xlsx [--sheet NAME]\n  cchc rollup FILE... -o OUT.xlsx [--json]\n  cchc template -o OUT.xlsx\n\nFiles: .xlsx, .csv, .tsv (UTF-8 or UTF-16).\nExit codes: 0 no errors, 1 errors, 2 unreadable input.',
  'cli.unreadable': 'Cannot read “{file}”: {reason}',
  'cli.noTable': '{file}: no appendix table (header row) found.',
  'cli.noSheet': '“{file}” has no sheet “{sheet}”.',
  'cli.needOutput': 'Give an output file: -o OUT.xlsx',
  'cli.needFile': 'Give an input file.',
  'cli.unknownCommand': 'Unknown command: “{command}”.',
  'cli.unknownOption': 'Unknown option: “{option}”.',
  'cli.wrote': 'Wrote {file}',
  'cli.skipped': 'Skipped {file}: {reason}',
  'cli.unsupported': 'unsupported file type (only .xlsx, .csv, .tsv)',
  'cli.notFound': 'file not found',
};

const CATALOGS: Record<Lang, Catalog> = { vi, en };

/** The keys a language's catalogue holds (for completeness checks). */
export function catalogKeys(lang: Lang): string[] {
  return Object.keys(CATALOGS[lang]);
}

/** Add strings from another part of the product (the task pane) to the one catalogue. */
export function extendCatalog(lang: Lang, entries: Catalog): void {
  Object.assign(CATALOGS[lang], entries);
}

export function t(key: string, params: Record<string, string | number | null | undefined> = {}, lang: Lang = 'vi'): string {
  const template = CATALOGS[lang][key] ?? CATALOGS.vi[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const v = params[name];
    return v === undefined || v === null ? '' : String(v);
  });
}

export function columnName(key: ColumnKey, lang: Lang = 'vi'): string {
  const c = COLUMNS.find((x) => x.key === key)!;
  return lang === 'vi' ? c.vi : c.en;
}

export function areaName(code: AreaCode, lang: Lang = 'vi'): string {
  const a = AREAS.find((x) => x.code === code)!;
  return lang === 'vi' ? a.vi : a.en;
}

export function levelName(level: Level, lang: Lang = 'vi'): string {
  const l = LEVELS.find((x) => x.level === level)!;
  return lang === 'vi' ? l.vi : l.en;
}

/** "Mục tiêu", "Nhiệm vụ", "Hoạt động" as the labels are written. */
export function labelName(level: Level): string {
  const n = levelName(level, 'vi');
  return n.charAt(0).toUpperCase() + n.slice(1);
}

export function severityName(s: Severity, lang: Lang = 'vi'): string {
  return t(`severity.${s}`, {}, lang);
}

export interface MessageContext {
  lang?: Lang;
  /** Column letter of a key, where the header is known. */
  letter?: (key: ColumnKey) => string | null;
}

/** The message for an issue, in the asked language. */
export function issueMessage(issue: Omit<Issue, 'message'>, ctx: MessageContext = {}): string {
  const lang = ctx.lang ?? 'vi';
  const letter = issue.column && ctx.letter ? ctx.letter(issue.column) : null;
  const colName = issue.column ? columnName(issue.column, lang) : '';
  let where = '';
  if (issue.row !== null) {
    where = letter
      ? t('where.cell', { row: issue.row, letter, columnName: colName }, lang)
      : t('where.row', { row: issue.row }, lang);
  }
  const d = issue.detail ?? {};
  const params: Record<string, string | number | null | undefined> = {
    ...d,
    where,
    row: issue.row,
    column: colName,
    columnName: colName,
    areaName: issue.area ? areaName(issue.area, lang) : (d.title as string | undefined),
    levelName: issue.level ? levelName(issue.level, lang) : '',
    labelName: issue.level ? labelName(issue.level) : '',
    declared: issue.declared,
    actual: issue.actual,
    layout: d.layout ? t(`layout.${d.layout}`, {}, lang) : '',
    kind: d.kind ? t(`kind.${d.kind}`, {}, lang) : '',
    what: d.what ? t(`what.${d.what}`, {}, lang) : '',
  };
  // A page number is dropped like a repeated header, and says what it was.
  const key = issue.code === 'repeated-header' && d.text !== undefined ? 'issue.repeated-header.page' : `issue.${issue.code as IssueCode}`;
  const text = t(key, params, lang);
  // A message that starts after "Hàng 5: " reads better with a lower-case first word; the rest start upper-case.
  return where ? text : text.charAt(0).toUpperCase() + text.slice(1);
}
