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
  'issue.missing-column': 'Thiếu cột “{column}”, cần cho bảng dạng {layout} — thêm cột này vào hàng tiêu đề, hoặc sửa tên cột cho đúng.',
  'issue.repeated-header': '{where}tiêu đề bảng lặp lại ở đầu trang — đã bỏ qua.',
  'issue.repeated-header.page': '{where}dòng đầu/cuối trang “{text}” (số trang, tiêu đề trang) — đã bỏ qua.',
  'issue.repeated-header.total': '{where}dòng “{total}” cộng các dòng trên — không tính là một dòng của bảng.',
  'issue.repeated-header.note': '{where}dòng ghi chú “{note}” trong bảng — không tính là một dòng của bảng.',
  'issue.repeated-header.heading': '{where}dòng tiêu đề nhóm “{heading}” — không tính là một dòng của bảng; các dòng dưới nó vẫn được đếm.',
  'issue.repeated-header.marks': '{where}dòng chỉ có dấu “{marks}” (gạch, chấm, đường kẻ) — không tính là một dòng của bảng.',
  'issue.repeated-header.placeholder': '{where}dòng mẫu chưa điền (“{placeholder}”) — không tính là một dòng của bảng; điền nội dung hoặc xoá dòng.',
  'issue.continuation': '{where}phần tiếp theo của hàng {of} bị ngắt trang — đã ghép vào hàng {of}.',
  'issue.continuation.cellLine': '{where}phần còn lại của ô ở hàng {of}, in thành nhiều dòng cạnh các dòng sau — đã ghép vào ô đó.',
  'issue.continuation.cell': '{where}phần còn lại của ô ở hàng {of}, bị ngắt trang, in cạnh dòng sau — đã ghép vào ô đó.',
  'issue.continuation.line': '{where}phần tiếp theo của hàng {of} (chữ trong ô in thành nhiều dòng, hoặc dòng bị ngắt trang) — đã ghép vào hàng {of}.',
  'issue.continuation.merged': '{where}dòng tiếp theo của ô ở hàng {of}, trên một hàng riêng dưới các ô gộp dọc — đã ghép vào hàng {of}, xuống dòng trong ô.',
  'issue.shifted-row': '{where}nội dung cột này và các cột sau bị ghi lệch sang phải {by} cột (bắt đầu ở cột {found}) — đã căn lại theo tiêu đề.',
  'issue.shifted-row.early': '{where}nội dung cột này và các cột sau bị ghi sớm {cols} cột (bắt đầu ở cột {found}, thiếu một ô trống phía trước) — đã căn lại theo tiêu đề.',
  'issue.shifted-row.left': '{where}thời gian hoàn thành nằm ở cột phối hợp — đã chuyển về cột thời gian.',
  'issue.shifted-row.page.right': '{where}trang này (đến hàng {through}) in các cột lệch sang phải {cols} cột so với tiêu đề — đã căn lại theo tiêu đề.',
  'issue.shifted-row.page.left': '{where}trang này (đến hàng {through}) in các cột lệch sang trái {cols} cột so với tiêu đề — đã căn lại theo tiêu đề.',
  'issue.shifted-row.page.merged': '{where}trang này (đến hàng {through}) in cột TT chung một ô với cột bên cạnh — đã tách lại theo tiêu đề.',
  'issue.row-outside-area': '{where}dòng nằm trước lĩnh vực đầu tiên, không thuộc lĩnh vực nào — thêm hàng tên lĩnh vực (ví dụ “I. Công tác chỉ đạo, điều hành”) phía trên, hoặc chuyển dòng vào đúng lĩnh vực.',
  'issue.unknown-area': '{where}“{title}” không phải một trong bảy lĩnh vực CCHC — nếu là một trong số đó, sửa tên cho đúng; nếu là phần riêng của xã, số lượng của nó được tính riêng.',
  'issue.duplicate-area': '{where}lĩnh vực “{areaName}” xuất hiện lần nữa (lần đầu ở hàng {first}) — các dòng của cả hai lần được đếm chung; nếu dán nhầm, xóa khối lặp.',
  'issue.missing-area': 'Thiếu lĩnh vực “{areaName}”.',
  'issue.empty-area': '{where}lĩnh vực “{areaName}” không có dòng nào — nếu lĩnh vực không có nhiệm vụ, ghi số lượng 0 ở tên lĩnh vực, ví dụ “(0 mục tiêu; 0 nhiệm vụ; 0 hoạt động)”.',
  'issue.empty-area.none': '{where}lĩnh vực “{areaName}” ghi “Không có” — để bảng nói rõ là không có nhiệm vụ, ghi thêm số lượng 0 ở tên lĩnh vực, ví dụ “(0 mục tiêu; 0 nhiệm vụ; 0 hoạt động)”.',
  'issue.declared-count-mismatch': '{where}lĩnh vực “{areaName}” ghi {declared} {levelName} nhưng bảng có {actual} — sửa số ghi ở tên lĩnh vực, hoặc bổ sung, bỏ dòng cho đúng.',
  'issue.numbering': '{where}{labelName} số {found} đứng sau số {previous} ({kind}).',
  'issue.numbering.skip': '{where}{labelName} số {found} đứng sau số {previous} — thiếu số {missing}: bổ sung dòng còn thiếu, hoặc đánh lại số.',
  'issue.numbering.first': '{where}lĩnh vực bắt đầu bằng {labelName} số {found}, không phải số 1.',
  'issue.tt-sequence': '{where}số TT {found} đứng sau {previous} ({kind}).',
  'issue.tt-sequence.first': '{where}số TT đầu tiên của lĩnh vực là {found}, không phải 1.',
  'issue.missing-cell': '{where}ô để trống — cần ghi nội dung.',
  'issue.missing-cell.above': '{where}ô để trống — nếu giống hàng trên, gộp ô với ô trên hoặc ghi “Nt”; nếu không, ghi nội dung.',
  'issue.missing-cell.error': '{where}ô chỉ có lỗi Excel “{error}”{hint}, không có nội dung — sửa công thức hoặc gõ lại nội dung.',
  'issue.missing-cell.marks': '{where}không đánh dấu cột thời gian nào ({marks}) — đánh “x” vào năm (hay quý) thực hiện.',
  'issue.missing-cell.inLead': '{where}ô để trống — thời gian “{inLead}” đang ghi ở cột “{leadName}”; chuyển sang ô này.',
  'issue.missing-cell.time': '{where}ô ghi “{time}” — đó là thời gian, không phải đơn vị chủ trì; ghi tên đơn vị chủ trì (thời gian để ở cột “{deadlineName}”).',
  'hint.#REF!': ' (thường do công thức trỏ tới ô đã xóa)',
  'hint.#N/A': ' (thường do hàm tra cứu như VLOOKUP không tìm thấy giá trị)',
  'hint.#VALUE!': ' (công thức dùng giá trị sai kiểu)',
  'hint.#NAME?': ' (công thức có tên hàm hoặc tên vùng viết sai)',
  'hint.#DIV/0!': ' (công thức chia cho 0)',
  'issue.unrecognized-deadline': '{where}“{text}” không phải là thời gian hoàn thành — ghi thời hạn, ví dụ “Quý II/{year}”, “Hằng năm”.',
  'issue.unrecognized-deadline.same': '{where}“{text}” là tên đơn vị (giống ô “{sameName}” cùng hàng), không phải thời gian hoàn thành — có lẽ gõ nhầm cột; ghi thời hạn, ví dụ “Quý II/{year}”, “Hằng năm”.',
  'issue.unrecognized-deadline.unit': '{where}“{text}” là tên đơn vị, không phải thời gian hoàn thành — có lẽ gõ nhầm cột; ghi thời hạn, ví dụ “Quý II/{year}”, “Hằng năm”.',
  'issue.unrecognized-deadline.swapped': '{where}“{text}” không phải thời gian hoàn thành, còn ô “{leadName}” cùng hàng lại ghi “{swapped}” — hai ô có lẽ bị đổi chỗ; đổi lại cho đúng cột.',
  'issue.duplicate-row': '{where}trùng với hàng {first} — nếu ghi nhầm hai lần, xóa một dòng.',
  'issue.duplicate-row.once': '{where}trùng với hàng {first}, chỉ đếm một lần — nếu ghi nhầm hai lần, xóa một dòng.',
  'issue.bad-cell': '{where}ô chứa “{value}” ({what}) — {fix}.',
  'where.row': 'Hàng {row}: ',
  'where.rows': 'Các hàng {rows}: ',
  'where.cell': 'Hàng {row}, cột {letter} ({columnName}): ',
  'where.sheetRow': 'Trang tính “{sheet}”, hàng {row}: ',
  'where.sheetCell': 'Trang tính “{sheet}”, hàng {row}, cột {letter} ({columnName}): ',
  'where.otherSheet': '{row} (trang tính “{sheet}”)',
  'kind.skip': 'nhảy số',
  'kind.repeat': 'lặp số',
  'kind.back': 'số lùi lại',
  'what.error': 'lỗi Excel',
  'what.nontext': 'số hoặc ngày ở chỗ cần ghi chữ',
  'fix.error': 'sửa công thức hoặc gõ lại nội dung',
  'fix.nontext': 'gõ lại nội dung dạng chữ',
  'severity.error': 'Lỗi',
  'severity.warning': 'Cảnh báo',
  'severity.info': 'Thông tin',
  'report.group.error': 'Lỗi',
  'report.group.warning': 'Cảnh báo',
  'report.group.info': 'Thông tin',
  'layout.standard': 'chuẩn (mục tiêu – nhiệm vụ – hoạt động)',
  'layout.assignment': 'phân công nhiệm vụ',
  // Reports
  'report.title': 'Kiểm tra phụ lục CCHC',
  'report.source': 'Tệp',
  'report.sheet': 'Trang tính',
  'report.commune': 'Xã/phường',
  'report.layout': 'Dạng bảng',
  'report.header': 'Hàng tiêu đề',
  'report.areas': 'Số lượng theo lĩnh vực (đếm được / kê khai)',
  'report.issues': 'Các vấn đề',
  'report.none': 'Không có vấn đề nào.',
  'report.summary': '{errors} lỗi, {warnings} cảnh báo, {infos} thông tin.',
  'report.totalDiffers': 'Dòng “{line}” dưới bảng không khớp với bảng: {diffs}.',
  'report.totalLevel': 'ghi {said} {level}, bảng có {counted}',
  'report.otherTable': 'Bảng dừng ở hàng {row}: “{text}” mở một bảng khác — các hàng từ đó trở xuống không được kiểm tra.',
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
  'col.sameAs': 'Có thể trùng với',
  'col.note': 'Ghi chú',
  'rollup.notRead': 'Không đọc được — xem trang “Kiểm tra”',
  'col.warnings': 'Cảnh báo',
  'col.row': 'Hàng',
  'col.sourceRow': 'Hàng gốc',
  'col.sourceColumn': 'Cột gốc',
  'col.extra': 'Cột khác',
  'col.column': 'Cột',
  'col.code': 'Mã',
  'col.message': 'Nội dung',
  'col.severity': 'Mức độ',
  'col.source': 'Nguồn',
  'col.otherAreas': 'Phần khác',
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
  'rollup.unnamed': '(Chưa rõ tên xã — {source})',
  // Normalize / template
  'normalize.sheet': 'Phụ lục (chuẩn)',
  'normalize.sheetOf': '{name} (chuẩn)',
  'normalize.issues': 'Kiểm tra',
  'template.title1': 'PHỤ LỤC',
  'template.title2': 'CÁC NHIỆM VỤ TRỌNG TÂM TRIỂN KHAI THỰC HIỆN CẢI CÁCH HÀNH CHÍNH',
  'template.title3': '(Kèm theo Kế hoạch số     /KH-UBND ngày    /    /       của Ủy ban nhân dân xã ...)',
  'template.sheet': 'Phụ lục CCHC',
  'template.declared': '(… mục tiêu; … nhiệm vụ; … hoạt động)',
  // Command line
  'cli.usage':
    'Cách dùng:\n  cchc check TỆP [--sheet TÊN] [--json] [--lang vi|en]           kiểm tra một phụ lục, đếm theo lĩnh vực\n  cchc normalize TỆP -o RA.xlsx [--sheet TÊN] [--lang vi|en]     ghi bảng chuẩn (và các vấn đề) sang tệp mới\n  cchc rollup TỆP|THƯ_MỤC... -o RA.xlsx [--json] [--sheet TÊN] [--lang vi|en]\n                                                                 tổng hợp nhiều xã: xã × lĩnh vực, dữ liệu, vấn đề\n  cchc template -o RA.xlsx [--lang vi|en]                        phụ lục mẫu trống đủ bảy lĩnh vực\n  cchc --version\n\nTệp: .xlsx/.xlsm, .csv, .tsv/.txt (UTF-8, UTF-16 “Unicode Text” hoặc Windows-1258).\nMã thoát: 0 không có lỗi; 1 có lỗi (với rollup, cả khi có tệp bị bỏ qua hoặc tên xã trùng); 2 không dùng được đầu vào.',
  'cli.unreadable': 'Không đọc được tệp “{file}”: {reason}.',
  'cli.seeHelp': '(Xem cách dùng: cchc --help)',
  'cli.noTable': 'Tệp “{file}”: không tìm thấy bảng phụ lục (hàng tiêu đề có các cột như TT, Mục tiêu, Nhiệm vụ, Hoạt động, Chủ trì, Thời gian hoàn thành).',
  'cli.noRows': 'Tệp “{file}”{sheet}: bảng phụ lục chưa có dòng nào dưới hàng tiêu đề (hàng {row}) — mẫu chưa điền?',
  'cli.onSheet': ', trang tính “{sheet}”',
  'cli.noTableOnSheet': 'Tệp “{file}”: trang tính “{sheet}” không có bảng phụ lục (hàng tiêu đề).',
  'cli.noTableOnSheet.others': 'Tệp “{file}”: trang tính “{sheet}” không có bảng phụ lục (hàng tiêu đề); trang có bảng: {sheets}.',
  'cli.checkRollUp': 'Tệp “{file}” là bảng tổng hợp nhiều xã do cchc ghi, không phải phụ lục của một xã — hãy kiểm tra từng phụ lục (hoặc chọn một trang tính bằng --sheet).',
  'cli.noContent': 'Tệp “{file}” trống — không ô nào có nội dung.',
  'cli.noSheet': 'Tệp “{file}” không có trang tính “{sheet}” (có: {sheets}).',
  'cli.sheetInText': 'Tệp “{file}” là tệp chữ (.csv, .tsv) chỉ có một bảng, không có trang tính: bỏ --sheet.',
  'cli.otherSheets': 'Đã kiểm tra trang tính “{sheet}”; tệp còn bảng ở {others} — dùng --sheet để kiểm tra trang khác.',
  'cli.otherSheetsNormalized': 'Đã chuẩn hóa trang tính “{sheet}”; tệp còn bảng ở {others} — dùng --sheet để chuẩn hóa trang khác.',
  'cli.notOurOutput.rollup': 'Tệp “{file}” đã có và không phải bảng tổng hợp do cchc ghi: chọn tên khác để không ghi đè.',
  'cli.notOurOutput.normalize': 'Tệp “{file}” đã có và không phải bảng chuẩn do cchc ghi: chọn tên khác để không ghi đè.',
  'cli.notOurOutput.template': 'Tệp “{file}” đã có và không phải phụ lục mẫu do cchc ghi: chọn tên khác để không ghi đè.',
  'cli.otherOutput': 'Tệp “{file}” đã có và là {what} do cchc ghi, không phải {kind}: chọn tên khác để không ghi đè.',
  'output.rollup': 'bảng tổng hợp',
  'output.normalize': 'bảng chuẩn',
  'output.template': 'phụ lục mẫu',
  'cli.editedOutput': 'Tệp “{file}” do cchc ghi nhưng đã được mở và lưu lại (hoặc chép sang) sau đó, nên có thể có phần bạn đã điền hay sửa: chọn tên khác để không ghi đè.',
  'cli.rolledUp': 'Đã tổng hợp {communes} phụ lục từ {files} tệp ({errors} lỗi, {warnings} cảnh báo).',
  'cli.rolledUp.skipped': 'Đã tổng hợp {communes} phụ lục từ {files} tệp ({errors} lỗi, {warnings} cảnh báo); bỏ qua {skipped} tệp.',
  'cli.passedOverCount': 'Không đọc {n} bảng tổng hợp cũ của cchc (không phải phụ lục của xã nào).',
  'cli.sameFileTwice': 'Tệp “{file}” được nêu hai lần — chỉ đọc một lần.',
  'cli.hiddenSheet': 'Bảng nằm ở trang tính ẩn “{sheet}”.',
  'cli.joinedSheets': 'Bảng in mỗi trang một trang tính: đã đọc liền {sheets} như các trang của một bảng (số hàng là số hàng trên từng trang tính).',
  'cli.needOutput': 'Cần chỉ ra tệp kết quả: -o RA.xlsx.',
  'cli.needFile': 'Cần chỉ ra tệp đầu vào.',
  'cli.unknownCommand': 'Lệnh không rõ: “{command}”.',
  'cli.optionNotFor': 'Lệnh {command} không dùng tùy chọn {option}.',
  'cli.unknownOption': 'Tùy chọn không rõ: “{option}”.',
  'cli.wrote': 'Đã ghi “{file}”.',
  'cli.skipped': 'Bỏ qua — {reason}',
  'cli.unsupported': 'định dạng tệp không được hỗ trợ (chỉ .xlsx, .xlsm, .csv, .tsv, .txt)',
  'cli.spreadsheet': 'bảng tính dạng khác (.ods, .numbers, .xlsb) — mở rồi lưu lại dạng Excel .xlsx',
  'cli.noMatchFolder': 'dấu * ? chỉ dùng được trong tên tệp, không trong tên thư mục — nêu thư mục (cchc đọc cả thư mục con) hoặc từng tệp',
  'cli.notFound': 'không tìm thấy tệp',
  'cli.noMatch': 'không có tệp phụ lục nào khớp mẫu này (.xlsx, .xlsm, .csv, .tsv, .txt)',
  'cli.tooDeep': 'Không đọc các thư mục sâu hơn {n} cấp: {folders}{more} — chuyển tệp lên gần hơn, hoặc nêu thẳng thư mục đó.',
  'cli.manyMatch': '“{pattern}” khớp {n} tệp ({files}…) — lệnh {command} đọc một tệp: ghi đúng tên tệp, hoặc dùng rollup để đọc tất cả.',
  'cli.isDirectory': 'đây là một thư mục (chỉ lệnh rollup nhận thư mục)',
  'cli.noAccess': 'không có quyền đọc, hoặc tệp đang mở trong chương trình khác',
  'cli.empty': 'tệp trống',
  'cli.xls': 'tệp .xls (Excel 97-2003) — mở bằng Excel và lưu lại dạng .xlsx',
  'cli.notText': 'không phải tệp chữ (CSV/TSV) — có lẽ là tệp khác bị đặt đuôi này; hãy xuất bảng từ Excel ra .xlsx hoặc .csv',
  'cli.document': 'văn bản (PDF, Word), không phải bảng — cần bảng phụ lục dạng Excel (.xlsx) hoặc .csv; từ Word: chép bảng sang Excel; từ PDF: xin xã bản Word/Excel, hoặc chuyển PDF sang Excel rồi kiểm tra lại',
  'cli.normalizedIssues': 'Bản gốc có {errors} lỗi, {warnings} cảnh báo — xem trang “{sheet}”.',
  'cli.badXlsx': 'tệp .xlsx bị hỏng, có mật khẩu, hoặc là tệp khác đổi đuôi — mở bằng Excel và lưu lại dạng .xlsx',
  'cli.passedOver': 'Bỏ qua — {reason}',
  'cli.mended': 'Tệp “{file}” có chỗ Excel tự sửa khi mở ({what}): đã đọc như Excel sửa; tệp giữ nguyên.',
  'cli.mended.renamed': 'tên trang tính “{from}” → “{to}”',
  'cli.mended.merges': '{n} vùng ô gộp chồng lên vùng khác',
  'cli.uncalculated': 'Trang tính “{sheet}” có {n} ô công thức được lưu mà chưa có giá trị (tệp do chương trình khác ghi): các ô đó đọc như ô trống — mở bằng Excel và lưu lại để có giá trị.',
  'cli.isRollUp': 'Tệp “{file}” là bảng tổng hợp do cchc tạo ra, không phải phụ lục của một xã.',
  'cli.nothingToRollUp': 'Không có tệp nào đọc được: không ghi tệp tổng hợp.',
  'cli.noInputFiles': 'Không thấy tệp phụ lục nào (.xlsx, .xlsm, .csv, .tsv, .txt) trong {inputs}: không ghi tệp tổng hợp.',
  'cli.needValue': 'Tùy chọn {option} cần một giá trị.',
  'cli.badLang': 'Không hỗ trợ ngôn ngữ “{lang}”: dùng --lang vi hoặc --lang en.',
  'cli.outputXlsx': 'Tệp kết quả phải là .xlsx: “{file}”.',
  'cli.noStdin': 'cchc đọc tệp, không đọc từ đầu vào chuẩn (“-”): nêu đường dẫn của tệp.',
  'cli.outputFolder': '“{file}” là một thư mục — -o cần tên tệp .xlsx, ví dụ “{file}/tong-hop.xlsx”.',
  'cli.outputIsInput': 'Tệp kết quả “{file}” cũng là tệp đầu vào: chọn tên khác để không ghi đè.',
  'cli.oneFile': 'Lệnh {command} nhận một tệp; để gộp nhiều tệp dùng cchc rollup.',
  'cli.cannotWrite': 'Không ghi được tệp “{file}”: {reason}.',
  'cli.write.ENOENT': 'thư mục chứa tệp không tồn tại',
  'cli.write.EISDIR': 'đó là một thư mục',
  'cli.write.EACCES': 'không có quyền ghi, hoặc tệp đang mở trong Excel — đóng tệp rồi chạy lại',
  'cli.write.EPERM': 'không có quyền ghi, hoặc tệp đang mở trong Excel — đóng tệp rồi chạy lại',
  'cli.write.EBUSY': 'tệp đang mở trong Excel hoặc chương trình khác',
  'cli.write.EROFS': 'ổ đĩa chỉ đọc',
  'cli.write.ENOSPC': 'ổ đĩa đầy',
};

const en: Catalog = {
  ...uiEn,
  'issue.no-table': 'No header row found (expected columns such as TT, Mục tiêu (goal), Nhiệm vụ (task), Hoạt động (activity), Chủ trì (lead unit), Thời gian hoàn thành (deadline)).',
  'issue.missing-column': 'Column “{column}” is missing; the {layout} layout needs it — add it to the header row, or correct the column’s name.',
  'issue.repeated-header': '{where}header repeated at a page break — skipped.',
  'issue.repeated-header.page': '{where}page header/footer line “{text}” (page number, running title) — skipped.',
  'issue.repeated-header.total': '{where}“{total}” row sums the rows above — not counted as a row of the table.',
  'issue.repeated-header.note': '{where}note “{note}” inside the table — not counted as a row of the table.',
  'issue.repeated-header.heading': '{where}group heading “{heading}” — not counted as a row of the table; the rows under it are.',
  'issue.repeated-header.marks': '{where}row of marks only “{marks}” (dashes, dots, rules) — not counted as a row of the table.',
  'issue.repeated-header.placeholder': '{where}row of the blank form, not filled in (“{placeholder}”) — not counted as a row of the table; fill it in or delete it.',
  'issue.continuation': '{where}continues row {of} across a page break — joined to row {of}.',
  'issue.continuation.cellLine': '{where}the rest of the cell in row {of}, printed over several lines beside the rows after it — joined to that cell.',
  'issue.continuation.cell': '{where}the rest of the cell in row {of}, cut by a page break and printed beside the next row — joined to that cell.',
  'issue.continuation.line': '{where}continues row {of} (a cell\'s text printed over several lines, or a row cut by a page break) — joined to row {of}.',
  'issue.continuation.merged': '{where}the next line of a cell of row {of}, on a row of its own under cells merged down — joined to row {of}, on a new line in the cell.',
  'issue.shifted-row': '{where}this column and the ones after it sit {by} {by:column|columns} to the right (from column {found}) — realigned to the header.',
  'issue.shifted-row.early': '{where}this column and the ones after it sit {cols} {cols:column|columns} early (from column {found}; an empty cell before them is missing) — realigned to the header.',
  'issue.shifted-row.left': '{where}the deadline sits in the partners column — moved back to the deadline column.',
  'issue.shifted-row.page.right': '{where}this page (to row {through}) prints its columns {cols} {cols:column|columns} to the right of the header — realigned to the header.',
  'issue.shifted-row.page.left': '{where}this page (to row {through}) prints its columns {cols} {cols:column|columns} to the left of the header — realigned to the header.',
  'issue.shifted-row.page.merged': '{where}this page (to row {through}) prints the TT in one cell with the column beside it — split back under the header.',
  'issue.row-outside-area': '{where}row above the first area; it belongs to no area — add the area’s heading row above it, or move the row into its area.',
  'issue.unknown-area': '{where}“{title}” is not one of the seven CCHC areas — if it is one of them, correct its name; a section of the commune’s own is counted apart.',
  'issue.duplicate-area': '{where}area “{areaName}” appears again (first at row {first}) — the rows of both are counted together; if it was pasted twice, delete the copy.',
  'issue.missing-area': 'Area “{areaName}” is missing.',
  'issue.empty-area': '{where}area “{areaName}” has no rows — if it has nothing to do, declare 0 in its heading, e.g. “(0 mục tiêu; 0 nhiệm vụ; 0 hoạt động)”.',
  'issue.empty-area.none': '{where}area “{areaName}” says “Không có” — to make the table say it has nothing to do, also declare 0 in its heading, e.g. “(0 mục tiêu; 0 nhiệm vụ; 0 hoạt động)”.',
  'issue.declared-count-mismatch': '{where}area “{areaName}” declares {declared} {levelName} but the table has {actual} — correct the number in the area’s heading, or add or remove rows.',
  'issue.numbering': '{where}“{labelName} {found}” follows “{labelName} {previous}” ({kind}).',
  'issue.numbering.skip': '{where}“{labelName} {found}” follows “{labelName} {previous}”, without {missing}: add the missing row, or renumber.',
  'issue.numbering.first': '{where}the area starts at “{labelName} {found}”, not “{labelName} 1”.',
  'issue.tt-sequence': '{where}No. {found} follows {previous} ({kind}).',
  'issue.tt-sequence.first': '{where}the area’s first No. is {found}, not 1.',
  'issue.missing-cell': '{where}the cell is empty — fill it in.',
  'issue.missing-cell.above': '{where}the cell is empty — if it is the same as the row above, merge it with the cell above or write “Nt” (ditto); otherwise fill it in.',
  'issue.missing-cell.error': '{where}the cell holds only the Excel error “{error}”{hint}, no content — fix the formula or type the content again.',
  'issue.missing-cell.marks': '{where}no time column is marked ({marks}) — mark “x” under the year (or quarter) of the work.',
  'issue.missing-cell.inLead': '{where}the cell is empty — the time “{inLead}” is written in the “{leadName}” column; move it here.',
  'issue.missing-cell.time': '{where}the cell holds “{time}” — a time, not a lead unit; write the lead unit’s name (the time goes in the “{deadlineName}” column).',
  'hint.#REF!': ' (usually a formula pointing at a deleted cell)',
  'hint.#N/A': ' (usually a lookup such as VLOOKUP that found nothing)',
  'hint.#VALUE!': ' (a formula given a value of the wrong type)',
  'hint.#NAME?': ' (a formula with a misspelt function or range name)',
  'hint.#DIV/0!': ' (a formula dividing by 0)',
  'issue.unrecognized-deadline': '{where}“{text}” is not a deadline — write one, e.g. “Quý II/{year}”, “Hằng năm”.',
  'issue.unrecognized-deadline.same': '{where}“{text}” is a unit’s name (as in the “{sameName}” cell of the same row), not a deadline — probably typed in the wrong column; write a deadline, e.g. “Quý II/{year}”, “Hằng năm”.',
  'issue.unrecognized-deadline.unit': '{where}“{text}” is a unit’s name, not a deadline — probably typed in the wrong column; write a deadline, e.g. “Quý II/{year}”, “Hằng năm”.',
  'issue.unrecognized-deadline.swapped': '{where}“{text}” is not a deadline, while the “{leadName}” cell of the same row holds “{swapped}” — the two cells were probably swapped; swap them back.',
  'issue.duplicate-row': '{where}same as row {first} — if it was entered twice, delete one row.',
  'issue.duplicate-row.once': '{where}same as row {first}, counted once — if it was entered twice, delete one row.',
  'issue.bad-cell': '{where}cell holds “{value}” ({what}) — {fix}.',
  'where.row': 'Row {row}: ',
  'where.rows': 'Rows {rows}: ',
  'where.cell': 'Row {row}, column {letter} ({columnName}): ',
  'where.sheetRow': 'Sheet “{sheet}”, row {row}: ',
  'where.sheetCell': 'Sheet “{sheet}”, row {row}, column {letter} ({columnName}): ',
  'where.otherSheet': '{row} (sheet “{sheet}”)',
  'kind.skip': 'skips a number',
  'kind.repeat': 'repeated',
  'kind.back': 'out of order',
  'what.error': 'Excel error',
  'what.nontext': 'a number or date where text belongs',
  'fix.error': 'fix the formula or type the content again',
  'fix.nontext': 'type the content as text',
  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Info',
  'report.group.error': 'Errors',
  'report.group.warning': 'Warnings',
  'report.group.info': 'Notes',
  'layout.standard': 'standard (goal – task – activity)',
  'layout.assignment': 'task assignment',
  'report.title': 'CCHC appendix check',
  'report.source': 'File',
  'report.sheet': 'Sheet',
  'report.commune': 'Commune',
  'report.layout': 'Layout',
  'report.header': 'Header row',
  'report.areas': 'Counts per area (counted / declared)',
  'report.issues': 'Issues',
  'report.none': 'No issues.',
  'report.summary': '{errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}, {infos} {infos:note|notes}.',
  'report.totalDiffers': 'The line “{line}” under the table does not match it: {diffs}.',
  'report.totalLevel': '{said} {level} written, {counted} in the table',
  'report.otherTable': 'The table stops at row {row}: “{text}” opens another table — the rows from there down are not checked.',
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
  'col.sameAs': 'Maybe the same as',
  'col.note': 'Note',
  'rollup.notRead': 'Not read — see the “Kiểm tra” sheet',
  'col.warnings': 'Warnings',
  'col.row': 'Row',
  'col.sourceRow': 'Source row',
  'col.sourceColumn': 'Source column',
  'col.extra': 'Other columns',
  'col.column': 'Column',
  'col.code': 'Code',
  'col.message': 'Message',
  'col.severity': 'Severity',
  'col.source': 'Source',
  'col.otherAreas': 'Other sections',
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
  'rollup.unnamed': '(Unnamed commune — {source})',
  'normalize.sheet': 'Appendix (normalized)',
  'normalize.sheetOf': '{name} (normalized)',
  'normalize.issues': 'Issues',
  'cli.usage':
    'Usage:\n  cchc check FILE [--sheet NAME] [--json] [--lang vi|en]         check one appendix, count per area\n  cchc normalize FILE -o OUT.xlsx [--sheet NAME] [--lang vi|en]  write the clean table (and the issues) to a new file\n  cchc rollup FILE|FOLDER... -o OUT.xlsx [--json] [--sheet NAME] [--lang vi|en]\n                                                                 roll communes up: commune × area, data, issues\n  cchc template -o OUT.xlsx [--lang vi|en]                       a blank appendix with the seven areas\n  cchc --version\n\nFiles: .xlsx/.xlsm, .csv, .tsv/.txt (UTF-8, UTF-16 “Unicode Text” or Windows-1258).\nExit codes: 0 no errors; 1 errors (for rollup, also an input skipped or a commune twice); 2 unusable input.',
  'cli.unreadable': 'Cannot read “{file}”: {reason}.',
  'cli.seeHelp': '(See: cchc --help)',
  'cli.noTable': '“{file}”: no appendix table found (a header row with columns such as TT, Mục tiêu, Nhiệm vụ, Hoạt động, Chủ trì, Thời gian hoàn thành).',
  'cli.noRows': '“{file}”{sheet}: the appendix table has no rows under its header (row {row}) — a form not filled in?',
  'cli.onSheet': ', sheet “{sheet}”',
  'cli.noTableOnSheet': '“{file}”: sheet “{sheet}” holds no appendix table (header row).',
  'cli.noTableOnSheet.others': '“{file}”: sheet “{sheet}” holds no appendix table (header row); sheets with one: {sheets}.',
  'cli.checkRollUp': '“{file}” is a roll-up of many communes written by cchc, not one commune’s appendix — check each appendix (or pick a sheet with --sheet).',
  'cli.noContent': '“{file}” is empty — no cell holds anything.',
  'cli.noSheet': '“{file}” has no sheet “{sheet}” (it has: {sheets}).',
  'cli.sheetInText': '“{file}” is a text file (.csv, .tsv) with one table and no sheets: leave out --sheet.',
  'cli.otherSheets': 'Checked sheet “{sheet}”; the file has tables on {others} too — use --sheet to check another.',
  'cli.otherSheetsNormalized': 'Normalized sheet “{sheet}”; the file has tables on {others} too — use --sheet to normalize another.',
  'cli.notOurOutput.rollup': '“{file}” exists and is not a roll-up written by cchc: choose another name so it is not overwritten.',
  'cli.notOurOutput.normalize': '“{file}” exists and is not a normalized table written by cchc: choose another name so it is not overwritten.',
  'cli.notOurOutput.template': '“{file}” exists and is not a template written by cchc: choose another name so it is not overwritten.',
  'cli.otherOutput': '“{file}” exists and is a {what} written by cchc, not a {kind}: choose another name so it is not overwritten.',
  'output.rollup': 'roll-up',
  'output.normalize': 'normalized table',
  'output.template': 'template',
  'cli.editedOutput': '“{file}” was written by cchc but has been opened and saved (or copied) since, so it may hold what you filled in or corrected: choose another name so it is not overwritten.',
  'cli.rolledUp': 'Rolled up {communes} {communes:appendix|appendices} from {files} {files:file|files} ({errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}).',
  'cli.rolledUp.skipped': 'Rolled up {communes} {communes:appendix|appendices} from {files} {files:file|files} ({errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}); {skipped} {skipped:file|files} skipped.',
  'cli.passedOverCount': 'Not read: {n} earlier cchc {n:roll-up|roll-ups} (no commune\'s appendix).',
  'cli.sameFileTwice': '“{file}” is named twice — read once.',
  'cli.hiddenSheet': 'The table is on the hidden sheet “{sheet}”.',
  'cli.joinedSheets': 'The table is printed one page per sheet: read {sheets} together as the pages of one table (rows are numbered as on each sheet).',
  'cli.needOutput': 'Give an output file: -o OUT.xlsx',
  'cli.needFile': 'Give an input file.',
  'cli.unknownCommand': 'Unknown command: “{command}”.',
  'cli.optionNotFor': 'The {command} command takes no {option} option.',
  'cli.unknownOption': 'Unknown option: “{option}”.',
  'cli.wrote': 'Wrote “{file}”.',
  'cli.skipped': 'Skipped — {reason}',
  'cli.unsupported': 'unsupported file type (only .xlsx, .xlsm, .csv, .tsv, .txt)',
  'cli.spreadsheet': 'another kind of spreadsheet (.ods, .numbers, .xlsb) — open it and save it as an Excel .xlsx',
  'cli.noMatchFolder': 'wildcards * ? work in the file name only, not in folder names — name the folder (cchc reads its sub-folders) or each file',
  'cli.notFound': 'file not found',
  'cli.noMatch': 'no appendix file (.xlsx, .xlsm, .csv, .tsv, .txt) matches this pattern',
  'cli.tooDeep': 'Folders deeper than {n} levels are not read: {folders}{more} — move the files up, or name that folder itself.',
  'cli.manyMatch': '“{pattern}” matches {n} files ({files}…) — {command} reads one file: name it exactly, or use rollup to read them all.',
  'cli.isDirectory': 'this is a folder (only rollup takes folders)',
  'cli.noAccess': 'no permission to read it, or it is open in another program',
  'cli.empty': 'the file is empty',
  'cli.xls': 'an .xls (Excel 97-2003) file — open it in Excel and save it as .xlsx',
  'cli.notText': 'not a text (CSV/TSV) file — perhaps another kind of file under this name; export the table from Excel as .xlsx or .csv',
  'cli.document': 'a document (PDF, Word), not a table — the appendix is needed as an Excel (.xlsx) or .csv table; from Word: copy the table into Excel; from PDF: ask the commune for the Word/Excel file, or convert the PDF to Excel and check it',
  'cli.normalizedIssues': 'The source has {errors} {errors:error|errors}, {warnings} {warnings:warning|warnings} — see the “{sheet}” sheet.',
  'cli.badXlsx': 'the .xlsx file is damaged, password-protected, or another kind of file renamed — open it in Excel and save it as .xlsx',
  'cli.passedOver': 'Skipped — {reason}',
  'cli.mended': '“{file}” has problems Excel fixes when opening it ({what}): read as Excel would fix them; the file itself is unchanged.',
  'cli.mended.renamed': 'sheet name “{from}” → “{to}”',
  'cli.mended.merges': '{n} merged {n:range|ranges} overlapping another',
  'cli.uncalculated': 'Sheet “{sheet}” has {n} formula {n:cell|cells} saved without a value (written by another program): they read as empty — open the file in Excel and save it to get their values.',
  'cli.isRollUp': '“{file}” is a roll-up written by cchc, not a commune’s appendix.',
  'cli.nothingToRollUp': 'No input could be read: no roll-up written.',
  'cli.noInputFiles': 'No appendix file (.xlsx, .xlsm, .csv, .tsv, .txt) in {inputs}: no roll-up written.',
  'cli.needValue': 'Option {option} needs a value.',
  'cli.badLang': 'No language “{lang}”: use --lang vi or --lang en.',
  'cli.outputXlsx': 'The output must be an .xlsx file: “{file}”.',
  'cli.noStdin': 'cchc reads files, not standard input (“-”): give the file’s path.',
  'cli.outputFolder': '“{file}” is a folder — -o needs an .xlsx file name, e.g. “{file}/rollup.xlsx”.',
  'cli.outputIsInput': 'The output “{file}” is also an input: choose another name so it is not overwritten.',
  'cli.oneFile': 'The {command} command takes one file; to combine several, use cchc rollup.',
  'cli.cannotWrite': 'Cannot write “{file}”: {reason}.',
  'cli.write.ENOENT': 'its folder does not exist',
  'cli.write.EISDIR': 'it is a folder',
  'cli.write.EACCES': 'no permission to write, or it is open in Excel — close it and run again',
  'cli.write.EPERM': 'no permission to write, or it is open in Excel — close it and run again',
  'cli.write.EBUSY': 'it is open in Excel or another program',
  'cli.write.EROFS': 'the disk is read-only',
  'cli.write.ENOSPC': 'the disk is full',
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
  return fill(template(key, lang), (name) => params[name]);
}

function template(key: string, lang: Lang): string {
  return CATALOGS[lang][key] ?? CATALOGS.vi[key] ?? key;
}

/**
 * A template cut once into literal text (even places) and placeholders (odd places): a name, or a
 * name with its word's two forms, "{n:row|rows}", the first for 1 (English plurals).
 */
const PARTS = new Map<string, string[]>();
function partsOf(template: string): string[] {
  let parts = PARTS.get(template);
  if (!parts) PARTS.set(template, (parts = template.split(/\{(\w+(?::[^{}|]*\|[^{}]*)?)\}/)));
  return parts;
}

/** A template with its placeholders filled; a value only looked up where the template asks for it. */
function fill(template: string, get: (name: string) => string | number | null | undefined): string {
  const parts = partsOf(template);
  if (parts.length === 1) return template;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const colon = parts[i].indexOf(':');
    if (colon > 0) {
      const [one, other] = parts[i].slice(colon + 1).split('|');
      out += (Number(get(parts[i].slice(0, colon))) === 1 ? one : other) + parts[i + 1];
      continue;
    }
    const v = get(parts[i]);
    out += (v === undefined || v === null ? '' : String(v)) + parts[i + 1];
  }
  return out;
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

/** The year of the examples when the plan's title names none. */
const EXAMPLE_YEAR = 2026;

export interface MessageContext {
  lang?: Lang;
  /** Column letter of a key, where the header is known. */
  letter?: (key: ColumnKey) => string | null;
  /** The header's own words over a column, where the header is known: the clerk sees those, not ours. */
  heading?: (key: ColumnKey) => string | null | undefined;
  /** The plan's first year (its title's), for the examples a message gives. */
  year?: number;
}

/** A header cell's words fit to name its column in a message: numbering and column codes off, short enough to read. */
export function headingName(text: string | null | undefined): string | null {
  if (!text) return null;
  const words = text
    .replace(/\s+/g, ' ')
    .replace(/^\(?\d+[.)]?\s+/, '')
    .replace(/\s*\(\d+\)$/, '')
    .trim();
  return words && words.length <= 40 ? words : null;
}

/** Excel errors whose usual cause a message can say. */
const HINTED = new Set(['#REF!', '#N/A', '#VALUE!', '#NAME?', '#DIV/0!']);

/** The message for an issue, in the asked language. */
export function issueMessage(issue: Omit<Issue, 'message'>, ctx: MessageContext = {}): string {
  const lang = ctx.lang ?? 'vi';
  const d = issue.detail ?? {};
  // In Vietnamese a column is named by its own header's words ("Sản phẩm đầu ra"), as the clerk sees it.
  const nameOf = (k: ColumnKey): string => (lang === 'vi' && k !== 'tt' ? headingName(ctx.heading?.(k)) : null) ?? columnName(k, lang);
  const colName = (): string => (issue.column ? nameOf(issue.column) : '');
  let where = '';
  if (issue.row !== null) {
    const letter = issue.column && ctx.letter ? ctx.letter(issue.column) : null;
    // On a sheet after the first of a table printed one page per sheet: the sheet is named.
    const key = letter ? (issue.sheet ? 'where.sheetCell' : 'where.cell') : issue.sheet ? 'where.sheetRow' : 'where.row';
    where = fill(template(key, lang), (n) => (n === 'row' ? issue.row : n === 'letter' ? letter : n === 'sheet' ? issue.sheet : colName()));
  }
  // Each value worked out only when the message asks for it: messages are made for every issue.
  const param = (name: string): string | number | null | undefined => {
    switch (name) {
      case 'where':
        return where;
      case 'row':
        return issue.row;
      case 'column':
      case 'columnName':
        return colName();
      case 'areaName':
        return issue.area ? areaName(issue.area, lang) : (d.title as string | undefined);
      case 'hint':
        return d.error && HINTED.has(String(d.error)) ? template(`hint.${d.error}`, lang) : '';
      case 'sameName':
        return d.same ? nameOf(d.same as ColumnKey) : '';
      case 'missing': {
        // "3", or "3–4" when more than one number is skipped.
        const from = Number(d.previous) + 1;
        const to = Number(d.found) - 1;
        return to > from ? `${from}–${to}` : from;
      }
      case 'year':
        return ctx.year ?? EXAMPLE_YEAR;
      case 'leadName':
        return nameOf('lead');
      case 'deadlineName':
        return nameOf('deadline');
      case 'levelName':
        // "declares 1 goal", "declares 3 goals".
        return issue.level ? (lang === 'en' && issue.declared === 1 ? levelName(issue.level, lang).replace(/ies$/, 'y').replace(/s$/, '') : levelName(issue.level, lang)) : '';
      case 'fix':
        return d.what ? template(`fix.${d.what}`, lang) : '';
      case 'labelName':
        return issue.level ? labelName(issue.level) : '';
      case 'cols':
        return Math.abs(Number(d.by));
      case 'declared':
        return issue.declared;
      case 'actual':
        return issue.actual;
      case 'layout':
      case 'kind':
      case 'what':
        return d[name] ? template(`${name}.${d[name]}`, lang) : '';
      default:
        return d[name];
    }
  };
  // A page number is dropped like a repeated header, and says what it was.
  const variant =
    issue.code === 'repeated-header' && d.text !== undefined
      ? '.page'
      : issue.code === 'repeated-header' && d.total !== undefined
        ? '.total'
        : issue.code === 'repeated-header' && d.note !== undefined
        ? '.note'
        : issue.code === 'repeated-header' && d.heading !== undefined
        ? '.heading'
        : issue.code === 'repeated-header' && d.marks !== undefined
        ? '.marks'
        : issue.code === 'repeated-header' && d.placeholder !== undefined
        ? '.placeholder'
        : issue.code === 'shifted-row' && d.page !== undefined
        ? `.page.${d.page}`
        : issue.code === 'shifted-row' && d.early
        ? '.early'
        : issue.code === 'shifted-row' && Number(d.by) < 0
        ? '.left'
        : issue.code === 'continuation' && issue.column !== null
        ? d.line ? '.cellLine' : '.cell'
        : issue.code === 'continuation' && d.merged
        ? '.merged'
        : issue.code === 'continuation' && d.line
        ? '.line'
        : issue.code === 'duplicate-row' && d.once
        ? '.once'
        : issue.code === 'missing-cell' && d.error
        ? '.error'
        : issue.code === 'empty-area' && d.none
        ? '.none'
        : issue.code === 'missing-cell' && d.inLead
        ? '.inLead'
        : issue.code === 'missing-cell' && d.marks
        ? '.marks'
        : issue.code === 'missing-cell' && d.time
        ? '.time'
        : issue.code === 'missing-cell' && d.above
        ? '.above'
        : issue.code === 'unrecognized-deadline' && d.swapped
        ? '.swapped'
        : issue.code === 'unrecognized-deadline' && d.same
        ? '.same'
        : issue.code === 'unrecognized-deadline' && d.unit
        ? '.unit'
        : (issue.code === 'numbering' || issue.code === 'tt-sequence') && d.previous === 0
        ? '.first'
        : issue.code === 'numbering' && d.kind === 'skip'
        ? '.skip'
        : '';
  const text = fill(template(`issue.${issue.code as IssueCode}${variant}`, lang), param);
  // A message that starts after "Hàng 5: " reads better with a lower-case first word; the rest start upper-case.
  return where ? text : text.charAt(0).toUpperCase() + text.slice(1);
}
