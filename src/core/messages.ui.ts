/** Task pane strings, part of the one catalogue (messages.ts spreads them in). Keys start with "pane." or "fn.". */
export const uiVi: Record<string, string> = {
  // Excel custom functions (src/functions)
  'fn.emptyTable': 'Vùng dữ liệu trống: hãy chọn cả bảng phụ lục, gồm cả hàng tiêu đề.',
  'fn.needArea': 'Cần chỉ ra lĩnh vực: mã (procedures), số La Mã (III) hoặc tên lĩnh vực.',
  'fn.unknownArea': 'Không có lĩnh vực “{area}” trong bảng (dùng mã như procedures, số La Mã như III hoặc tên lĩnh vực).',
  'fn.unknownLevel': 'Không rõ cấp “{level}”: dùng mục tiêu, nhiệm vụ hoặc hoạt động.',
  'fn.noLevel': 'Bảng dạng {layout} không có {levelName}.',
  'fn.noDeclared': 'Lĩnh vực “{area}” không ghi số {levelName} kê khai.',
  'fn.unknownSeverity': 'Không rõ mức độ “{severity}”: dùng lỗi, cảnh báo, thông tin hoặc tất cả.',
  'fn.unknownLang': 'Không rõ ngôn ngữ “{lang}”: dùng vi hoặc en.',
  'fn.badYear': 'Năm “{year}” không hợp lệ (ví dụ 2026).',
  'fn.noTables': 'Cần ít nhất một bảng phụ lục.',
  'fn.tableN': 'Bảng {n}',
  'fn.col.counted': 'Đếm theo',
  'fn.failed': 'Không tính được: {reason}',
};

export const uiEn: Record<string, string> = {
  // Excel custom functions (src/functions)
  'fn.emptyTable': 'The range is empty: select the whole appendix table, header row included.',
  'fn.needArea': 'Give a reform area: a code (procedures), a numeral (III) or its title.',
  'fn.unknownArea': 'No area “{area}” in the table (use a code such as procedures, a numeral such as III, or the area title).',
  'fn.unknownLevel': 'Unknown level “{level}”: use goals, tasks or activities.',
  'fn.noLevel': 'A table in the {layout} layout has no {levelName}.',
  'fn.noDeclared': 'Area “{area}” declares no number of {levelName}.',
  'fn.unknownSeverity': 'Unknown severity “{severity}”: use error, warning, info or all.',
  'fn.unknownLang': 'Unknown language “{lang}”: use vi or en.',
  'fn.badYear': 'Year “{year}” is not valid (e.g. 2026).',
  'fn.noTables': 'Give at least one appendix table.',
  'fn.tableN': 'Table {n}',
  'fn.col.counted': 'Counted',
  'fn.failed': 'Could not compute: {reason}',
};
