/** The reader and the checks on the messy cases real appendices contain, one by one. */
import { analyze, communeFromName, communeFromTitle, communeKey, isDeadline, isDueIn, matchArea, parseDeclared, readAppendix, type CellValue } from '../src/core';

const HEADER = ['TT', '1. Mục tiêu', '2. Nhiệm vụ', '3. Hoạt động', '4. Kết quả/Sản phẩm', '5. Chủ trì', '6. Phối hợp', '7. Thời gian hoàn thành'];
const row = (tt: string, goal: string, task: string, act: string, deadline = 'Hằng năm'): CellValue[] => [tt, goal, task, act, 'Báo cáo', 'Văn phòng', 'Các phòng', deadline];
const codes = (grid: CellValue[][]) => analyze(grid).issues.map((i) => `${i.code}@${i.row}`);

describe('header', () => {
  test('found below title lines, anywhere on the sheet, in any order, with synonyms and without diacritics', () => {
    const grid: CellValue[][] = [
      ['KẾ HOẠCH'],
      [],
      [null, 'THOI HAN HOAN THANH', 'Cơ quan chủ trì', 'stt', 'NHIỆM VỤ', 'Sản phẩm', 'Đơn vị phối hợp'],
      [null, null, null, 'I', 'Cải cách tài chính công'],
      [null, 'Năm 2026', 'Phòng Kinh tế', '1', 'Lập dự toán', 'Dự toán', 'Các phòng'],
    ];
    const a = readAppendix(grid);
    expect(a.header?.row).toBe(3);
    expect(a.layout).toBe('assignment');
    expect(a.header?.columns).toMatchObject({ deadline: 2 - 1, lead: 2, tt: 3, task: 4, product: 5, partners: 6 });
    expect(a.items).toHaveLength(1);
    expect(a.items[0]).toMatchObject({ task: 'Lập dự toán', lead: 'Phòng Kinh tế', deadline: 'Năm 2026', area: 'public-finance' });
  });

  test('no header: no-table; a missing column: missing-column', () => {
    expect(codes([['Báo cáo'], ['1', '2']])).toEqual(['no-table@null']);
    const grid = [['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Chủ trì', 'Thời gian']];
    const issues = analyze(grid).issues.filter((i) => i.code === 'missing-column');
    expect(issues.map((i) => i.column)).toEqual(['product', 'partners']);
  });
});

describe('two-row headers and column numbers', () => {
  test('"Đơn vị thực hiện" over "Chủ trì | Phối hợp", a row of column numbers, both repeated at a page break', () => {
    const grid: CellValue[][] = [
      ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm', 'Đơn vị thực hiện', null, 'Thời gian'],
      [null, null, null, null, null, 'Chủ trì', 'Phối hợp', null],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'],
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      row('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm', 'Đơn vị thực hiện', null, 'Thời gian'],
      [null, null, null, null, null, 'Chủ trì', 'Phối hợp', null],
      ['1', '2', '3', '4', '5', '6', '7', '8'],
      row('2', '', '', 'Hoạt động 2: D'),
    ];
    const an = analyze(grid, { merges: [{ top: 0, left: 5, bottom: 0, right: 6 }] });
    expect(an.appendix.header?.columns).toMatchObject({ lead: 5, partners: 6, deadline: 7 });
    expect(an.appendix.items.map((i) => [i.tt, i.lead, i.partners])).toEqual([
      ['1', 'Văn phòng', 'Các phòng'],
      ['2', 'Văn phòng', 'Các phòng'],
    ]);
    expect(an.issues.filter((i) => i.code === 'repeated-header').map((i) => i.row)).toEqual([6, 7, 8]);
    expect(an.issues.filter((i) => i.severity !== 'info' && i.code !== 'missing-area')).toEqual([]);
  });

  test('areas numbered 1, 2, 3 with items 1.1, 1.2', () => {
    const grid: CellValue[][] = [
      HEADER,
      ['1', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      row('1.1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      row('1.2', '', '', 'Hoạt động 2: D'),
      ['2', 'Cải cách thủ tục hành chính'],
      row('2.1', 'Mục tiêu 1: Cải cách thủ tục hành chính trên môi trường điện tử cho người dân', 'Nhiệm vụ 1: E', 'Hoạt động 1: F'),
    ];
    const an = analyze(grid);
    expect(an.appendix.sections.map((x) => [x.numeral, x.code, x.counts.activities])).toEqual([
      ['1', 'institutions', 2],
      ['2', 'procedures', 1],
    ]);
    expect(an.issues.filter((i) => i.code === 'declared-count-mismatch')).toEqual([]);
  });
});

describe('sections', () => {
  test.each([
    ['CAI CÁCH TỔ CHỨC BỘ MÁY', 'organization'],
    ['Cải cách tổ chức bộ máy hành chính nhà nước', 'organization'],
    ['Xây dựng và phát triển Chính phủ điện tử, Chính quyền số', 'digital-government'],
    ['Công tác chỉ đạo, điều hành CCHC', 'direction'],
    ['CẢI CÁCH THỦ TỤC HÀNH CHÍNH (9 Mục tiêu; 5 Nhiệm vụ; 9 Hoạt động)', 'procedures'],
    ['cai cach che do cong vu', 'civil-service'],
    ['Cải cách thể chế', 'institutions'],
    ['CẢI CÁCH TÀI CHÍNH CÔNG', 'public-finance'],
    ['Nội dung khác', null],
    // Two areas named: the one named first ("gắn với chuyển đổi số" is a common rider).
    ['CẢI CÁCH THỦ TỤC HÀNH CHÍNH GẮN VỚI CHUYỂN ĐỔI SỐ', 'procedures'],
    ['CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH VÀ CHUYỂN ĐỔI SỐ', 'direction'],
    ['Xây dựng chính quyền số phục vụ chỉ đạo, điều hành', 'digital-government'],
    ['NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ', 'civil-service'],
    ['ỨNG DỤNG CÔNG NGHỆ THÔNG TIN', 'digital-government'],
  ])('%s → %s', (title, code) => expect(matchArea(title)).toBe(code));

  test('declared counts in their written forms', () => {
    expect(parseDeclared('(4 mục tiêu; 5 nhiệm vụ; 6 hoạt động)')).toEqual({ goals: 4, tasks: 5, activities: 6 });
    expect(parseDeclared('(04 Mục tiêu, 05 Nhiệm vụ, 06 Hoạt động)')).toEqual({ goals: 4, tasks: 5, activities: 6 });
    expect(parseDeclared('(4 MUC TIEU; 5 NHIEM VU)')).toEqual({ goals: 4, tasks: 5, activities: null });
    expect(parseDeclared('Cải cách thể chế')).toBeNull();
    // In words.
    expect(parseDeclared('(bốn mục tiêu; năm nhiệm vụ; sáu hoạt động)')).toEqual({ goals: 4, tasks: 5, activities: 6 });
    expect(parseDeclared('(mười hai mục tiêu, mười lăm nhiệm vụ, hai mươi mốt hoạt động)')).toEqual({ goals: 12, tasks: 15, activities: 21 });
    expect(parseDeclared('(ba mươi tư hoạt động)')).toEqual({ goals: null, tasks: null, activities: 34 });
    expect(parseDeclared('Cải cách tư pháp, mục tiêu năm 2026')).toBeNull();
  });

  test('numeral with a dot, numeral inside the title cell, unknown, duplicate, empty and missing areas', () => {
    const grid: CellValue[][] = [
      HEADER,
      ['I.', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      row('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      ['II. Cải cách thủ tục hành chính'],
      ['III', 'Việc khác'],
      row('1', 'Mục tiêu 1: D', 'Nhiệm vụ 1: E', 'Hoạt động 1: F'),
      ['IV', 'Cải cách thể chế'],
      row('1', 'Mục tiêu 1: G', 'Nhiệm vụ 1: H', 'Hoạt động 1: I'),
    ];
    const an = analyze(grid);
    expect(an.appendix.sections.map((s) => [s.numeral, s.code])).toEqual([
      ['I', 'institutions'],
      ['II', 'procedures'],
      ['III', null],
      ['IV', 'institutions'],
    ]);
    const got = an.issues.map((i) => `${i.code}@${i.row}`);
    expect(got).toEqual(expect.arrayContaining(['empty-area@4', 'unknown-area@5', 'duplicate-area@7']));
    expect(an.issues.filter((i) => i.code === 'missing-area').map((i) => i.area)).toEqual(['direction', 'organization', 'civil-service', 'public-finance', 'digital-government']);
    expect(an.issues.find((i) => i.code === 'declared-count-mismatch')).toBeUndefined();
  });

  test('an item before the first section is outside any area', () => {
    const grid = [HEADER, row('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'), ['I', 'Cải cách thể chế'], row('1', 'x', 'y', 'z')];
    expect(codes(grid)).toContain('row-outside-area@2');
  });
});

describe('rows', () => {
  test('a row shifted one column right is realigned and reported', () => {
    const grid: CellValue[][] = [
      HEADER,
      ['I', 'Cải cách thể chế'],
      row('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      ['2', '', 'Mục tiêu 2: D', 'Nhiệm vụ 2: E', 'Hoạt động 2: F', 'Kế hoạch', 'Phòng Tư pháp', 'Các phòng', 'Quý I'],
    ];
    const an = analyze(grid);
    const it = an.appendix.items[1];
    expect(it).toMatchObject({ tt: '2', goal: 'Mục tiêu 2: D', task: 'Nhiệm vụ 2: E', activity: 'Hoạt động 2: F', product: 'Kế hoạch', lead: 'Phòng Tư pháp', partners: 'Các phòng', deadline: 'Quý I' });
    expect(an.issues.filter((i) => i.code === 'shifted-row').map((i) => [i.row, i.severity, i.column])).toEqual([[4, 'warning', 'goal']]);
    // Named where it belongs (B) and where the clerk sees it start (C).
    expect(an.issues.find((i) => i.code === 'shifted-row')!.message).toBe('Hàng 4, cột B (Mục tiêu): nội dung cột này và các cột sau bị ghi lệch sang phải 1 cột (bắt đầu ở cột C) — đã căn lại theo tiêu đề.');
    expect(an.appendix.sections[0].counts).toEqual({ goals: 2, tasks: 2, activities: 2 });
  });

  test('an unlabelled goal in a numbered row is the tail of the labelled goal above', () => {
    const grid: CellValue[][] = [
      HEADER,
      ['I', 'Cải cách thể chế'],
      row('1', 'Mục tiêu 1: Hoàn thiện', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      row('2', 'thể chế của xã', '', 'Hoạt động 2: D'),
    ];
    const a = readAppendix(grid);
    expect(a.items.map((i) => i.goal)).toEqual(['Mục tiêu 1: Hoàn thiện thể chế của xã', 'Mục tiêu 1: Hoàn thiện thể chế của xã']);
    expect(a.sections[0].counts).toEqual({ goals: 1, tasks: 1, activities: 2 });
  });

  test('merged areas fill every covered cell; a covered cell is not missing', () => {
    const grid: CellValue[][] = [
      HEADER,
      ['I', 'Cải cách thể chế'],
      ['1', 'Rà soát văn bản', 'Kiểm tra', 'Lập kế hoạch', 'Kế hoạch', 'Phòng Tư pháp', 'Các phòng', 'Quý I'],
      ['2', null, null, 'Tổ chức kiểm tra', 'Báo cáo', null, 'Các phòng', 'Quý II'],
      ['3', 'Tuyên truyền', 'Phổ biến', 'Tổ chức hội nghị', 'Hội nghị', 'Phòng Văn hoá', null, 'Hằng năm'],
    ];
    const an = analyze(grid, { merges: [{ top: 2, left: 5, bottom: 3, right: 5 }] });
    expect(an.appendix.items[1]).toMatchObject({ goal: 'Rà soát văn bản', task: 'Kiểm tra', lead: 'Phòng Tư pháp' });
    expect(an.issues.filter((i) => i.code === 'missing-cell')).toEqual([]);
    expect(an.appendix.sections[0].counts).toEqual({ goals: 2, tasks: 2, activities: 3 });
  });

  test('NFD text, old tone placement, odd dashes and spaces compare alike but are kept as written (NFC)', () => {
    const nfd = 'Hoạt động 1: Số hoá hồ sơ – giai đoạn 2026-2030'.normalize('NFD');
    const grid: CellValue[][] = [
      HEADER.map((h) => h.normalize('NFD')),
      ['I', 'XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ'.normalize('NFD')],
      row('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', nfd),
      row('2', '', '', 'Hoạt động 2: Số hóa  hồ\u00a0sơ − giai đoạn 2026–2030'),
    ];
    const an = analyze(grid);
    expect(an.appendix.sections[0].code).toBe('digital-government');
    expect(an.appendix.items[0].activity).toBe(nfd.normalize('NFC'));
    // Same activity apart from its label, tone placement, dash and spacing.
    expect(an.issues.filter((i) => i.code === 'duplicate-row').map((i) => [i.row, i.column])).toEqual([[4, 'activity']]);
  });

  test('a duplicate written exactly as before is counted once, and its message says so; under another label it counts', () => {
    const grid: CellValue[][] = [
      HEADER,
      ['I', 'Cải cách thể chế (1 mục tiêu; 1 nhiệm vụ; 3 hoạt động)'],
      row('1', 'Nâng cao chất lượng văn bản', 'Rà soát văn bản', 'Xây dựng kế hoạch'),
      row('2', '', '', 'Kiểm tra các thôn'),
      row('3', '', '', 'Kiểm tra các thôn'),
      ['II', 'Cải cách thủ tục hành chính (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      row('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: Kiểm tra các thôn'),
      row('2', '', '', 'Hoạt động 2: Kiểm tra các thôn'),
    ];
    const an = analyze(grid);
    expect(an.appendix.sections.map((s) => s.counts.activities)).toEqual([2, 2]);
    const dups = an.issues.filter((i) => i.code === 'duplicate-row');
    expect(dups.map((i) => [i.row, i.detail])).toEqual([[5, { first: 4, once: 1 }], [8, { first: 7 }]]);
    expect(dups.map((i) => i.message)).toEqual(['Hàng 5, cột D (Hoạt động): trùng với hàng 4, chỉ đếm một lần — nếu ghi nhầm hai lần, xóa một dòng.', 'Hàng 8, cột D (Hoạt động): trùng với hàng 7 — nếu ghi nhầm hai lần, xóa một dòng.']);
    expect(analyze(grid, { lang: 'en' }).issues.find((i) => i.code === 'duplicate-row')!.message).toBe('Row 5, column D (Activity): same as row 4, counted once — if it was entered twice, delete one row.');
  });

  test('numbering that skips, repeats or goes backwards inside an area', () => {
    const grid: CellValue[][] = [
      HEADER,
      ['I', 'Cải cách thể chế'],
      row('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      row('2', '', '', 'Hoạt động 3: D'),
      row('3', '', '', 'Hoạt động 3: E'),
      row('4', '', '', 'Hoạt động 2: F'),
      ['II', 'Cải cách thủ tục hành chính'],
      row('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
    ];
    const n = analyze(grid).issues.filter((i) => i.code === 'numbering');
    expect(n.map((i) => [i.row, i.detail?.kind])).toEqual([
      [4, 'skip'],
      [5, 'repeat'],
      [6, 'back'],
    ]);
  });

  test('numbering may also run on across areas', () => {
    const grid: CellValue[][] = [
      HEADER,
      ['I', 'Cải cách thể chế'],
      row('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      row('2', '', '', 'Hoạt động 2: D'),
      ['II', 'Cải cách thủ tục hành chính'],
      row('3', 'Mục tiêu 2: A', 'Nhiệm vụ 2: B', 'Hoạt động 3: C'),
      row('4', 'Mục tiêu 4: A', '', 'Hoạt động 4: C'),
    ];
    const issues = analyze(grid).issues;
    expect(issues.filter((i) => i.code === 'numbering').map((i) => [i.row, i.level])).toEqual([[7, 'goals']]);
    expect(issues.filter((i) => i.code === 'tt-sequence')).toEqual([]);
  });

  test('messages a clerk can act on: an Excel error in a required cell is named; a unit typed in the deadline column is said to be one', () => {
    const grid: CellValue[][] = [
      HEADER,
      ['I', 'Cải cách thể chế'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', { error: '#REF!' }, 'Văn phòng', 'Phòng Kinh tế', 'Quý I'],
      ['2', '', '', 'Hoạt động 2: D', 'Báo cáo', 'Văn phòng', 'Phòng Kinh tế', 'Phòng Kinh tế'],
      ['3', '', '', 'Hoạt động 3: E', 'Báo cáo', 'Văn phòng', '', 'Công chức Văn hóa - Xã hội'],
    ];
    const said = (lang?: 'en') => analyze(grid, { lang }).issues.filter((i) => i.code !== 'missing-area').map((i) => [i.code, i.row, i.message]);
    expect(said()).toEqual([
      ['missing-cell', 3, 'Hàng 3, cột E (Kết quả/Sản phẩm): ô chỉ có lỗi Excel “#REF!” (thường do công thức trỏ tới ô đã xóa), không có nội dung — sửa công thức hoặc gõ lại nội dung.'],
      ['bad-cell', 3, 'Hàng 3, cột E (Kết quả/Sản phẩm): ô chứa “#REF!” (lỗi Excel) — sửa công thức hoặc gõ lại nội dung.'],
      ['unrecognized-deadline', 4, 'Hàng 4, cột H (Thời gian hoàn thành): “Phòng Kinh tế” là tên đơn vị (giống ô “Phối hợp” cùng hàng), không phải thời gian hoàn thành — có lẽ gõ nhầm cột; ghi thời hạn, ví dụ “Quý II/2026”, “Hằng năm”.'],
      ['unrecognized-deadline', 5, 'Hàng 5, cột H (Thời gian hoàn thành): “Công chức Văn hóa - Xã hội” là tên đơn vị, không phải thời gian hoàn thành — có lẽ gõ nhầm cột; ghi thời hạn, ví dụ “Quý II/2026”, “Hằng năm”.'],
    ]);
    // Text that is neither a time nor a unit: told what to write, no guess about the column.
    const other = analyze([grid[0], grid[1], ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 'Báo cáo', 'Văn phòng', '', 'Chưa rõ']]).issues.find((i) => i.code === 'unrecognized-deadline');
    expect(other?.message).toBe('Hàng 3, cột H (Thời gian hoàn thành): “Chưa rõ” không phải là thời gian hoàn thành — ghi thời hạn, ví dụ “Quý II/2026”, “Hằng năm”.');
    // Each error with its own usual cause: #N/A is a lookup that found nothing, not a deleted cell; #NUM! says none.
    const cause = (error: string) => analyze([grid[0], grid[1], ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', { error }, 'Văn phòng', '', 'Quý I']]).issues.find((i) => i.code === 'missing-cell')?.message;
    expect(cause('#N/A')).toBe('Hàng 3, cột E (Kết quả/Sản phẩm): ô chỉ có lỗi Excel “#N/A” (thường do hàm tra cứu như VLOOKUP không tìm thấy giá trị), không có nội dung — sửa công thức hoặc gõ lại nội dung.');
    expect(cause('#NUM!')).toBe('Hàng 3, cột E (Kết quả/Sản phẩm): ô chỉ có lỗi Excel “#NUM!”, không có nội dung — sửa công thức hoặc gõ lại nội dung.');
    expect(said('en')[2][2]).toBe('Row 4, column H (Deadline): “Phòng Kinh tế” is a unit’s name (as in the “Partner units” cell of the same row), not a deadline — probably typed in the wrong column; write a deadline, e.g. “Quý II/2026”, “Hằng năm”.');
  });

  test('bad cells: Excel errors and numbers where text belongs', () => {
    const grid: CellValue[][] = [HEADER, ['I', 'Cải cách thể chế'], ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', '#REF!', 12, 'Phòng', { error: '#N/A' }, 'Quý I']];
    const an = analyze(grid);
    expect(an.issues.filter((i) => i.code === 'bad-cell').map((i) => [i.row, i.column])).toEqual([
      [3, 'activity'],
      [3, 'product'],
      [3, 'partners'],
    ]);
    expect(an.issues.filter((i) => i.code === 'bad-cell').map((i) => i.message)).toEqual([
      'Hàng 3, cột D (Hoạt động): ô chứa “#REF!” (lỗi Excel) — sửa công thức hoặc gõ lại nội dung.',
      'Hàng 3, cột E (Kết quả/Sản phẩm): ô chứa “12” (số hoặc ngày ở chỗ cần ghi chữ) — gõ lại nội dung dạng chữ.',
      'Hàng 3, cột G (Phối hợp): ô chứa “#N/A” (lỗi Excel) — sửa công thức hoặc gõ lại nội dung.',
    ]);
    expect(an.issues.find((i) => i.code === 'missing-cell' && i.column === 'activity')).toBeDefined();
  });

  test("a message names a column by its own header's words (numbering and column codes off), English and long headers by ours", () => {
    const grid: CellValue[][] = [
      ['STT', 'Mục tiêu', 'Nhiệm vụ', 'Nội dung hoạt động', 'Sản phẩm đầu ra (5)', '6. Cơ quan chủ trì', 'Đơn vị phối hợp thực hiện', 'Thời gian hoàn thành (dự kiến, theo kế hoạch năm)'],
      ['I', 'Cải cách thể chế'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', '', '', 'Văn phòng', ''],
    ];
    const said = (lang?: 'en') => analyze(grid, { lang }).issues.filter((i) => i.code === 'missing-cell').map((i) => i.message);
    expect(said()).toEqual([
      'Hàng 3, cột E (Sản phẩm đầu ra): ô để trống — cần ghi nội dung.',
      'Hàng 3, cột F (Cơ quan chủ trì): ô để trống — cần ghi nội dung.',
      'Hàng 3, cột H (Thời gian hoàn thành): ô để trống — cần ghi nội dung.',
    ]);
    expect(said('en')[0]).toBe('Row 3, column E (Result/Product): the cell is empty — fill it in.');
  });

  test('numbering that starts past 1 says so, instead of "after 0"', () => {
    const grid: CellValue[][] = [HEADER, ['I', 'Cải cách thể chế'], row('2', 'Mục tiêu 2: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')];
    const msgs = analyze(grid).issues.filter((i) => i.code === 'numbering' || i.code === 'tt-sequence').map((i) => i.message);
    expect(msgs).toEqual(['Hàng 3, cột B (Mục tiêu): lĩnh vực bắt đầu bằng Mục tiêu số 2, không phải số 1.', 'Hàng 3, cột A (TT): số TT đầu tiên của lĩnh vực là 2, không phải 1.']);
  });

  test('TT numbered on across areas: a skip at an area’s first row is said as a skip, not as "not 1"', () => {
    const grid: CellValue[][] = [
      HEADER,
      ['I', 'Công tác chỉ đạo, điều hành'],
      row('1', 'A', 'B', 'C1'),
      row('2', 'A', 'B', 'C2'),
      ['II', 'Cải cách thể chế'],
      row('3', 'D', 'E', 'F1'),
      ['III', 'Cải cách thủ tục hành chính'],
      row('5', 'G', 'H', 'K1'),
    ];
    const msgs = analyze(grid).issues.filter((i) => i.code === 'tt-sequence').map((i) => `${i.row}: ${i.message}`);
    expect(msgs).toEqual(['8: Hàng 8, cột A (TT): số TT 5 đứng sau 3 (nhảy số).']);
  });

  test('a lead left blank under one written on the row above: the message says how to mark “the same”; “Nt” then reads as it', () => {
    const grid: CellValue[][] = [
      HEADER,
      ['I', 'Cải cách thể chế'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 'Báo cáo', 'Văn phòng', 'Phòng Kinh tế', 'Quý I'],
      ['2', '', '', 'Hoạt động 2: D', 'Danh mục', '', 'Phòng Kinh tế', 'Quý II'],
    ];
    expect(analyze(grid).issues.filter((i) => i.code === 'missing-cell').map((i) => i.message)).toEqual([
      'Hàng 4, cột F (Chủ trì): ô để trống — nếu giống hàng trên, gộp ô với ô trên hoặc ghi “Nt”; nếu không, ghi nội dung.',
    ]);
    const marked = analyze([...grid.slice(0, 3), ['2', '', '', 'Hoạt động 2: D', 'Danh mục', 'Nt', 'Phòng Kinh tế', 'Quý II']]);
    expect(marked.issues.filter((i) => i.code === 'missing-cell')).toEqual([]);
    expect(marked.appendix.items[1].lead).toBe('Văn phòng');
  });

  test('a unit name in the deadline column', () => {
    const grid: CellValue[][] = [HEADER, ['I', 'Cải cách thể chế'], row('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 'Phòng Văn hóa – Xã hội')];
    expect(codes(grid)).toContain('unrecognized-deadline@3');
  });

  test('signature lines under the table end it', () => {
    const grid: CellValue[][] = [HEADER, ['I', 'Cải cách thể chế'], row('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'), [], [null, null, null, null, null, 'TM. ỦY BAN NHÂN DÂN'], [null, null, null, null, null, 'CHỦ TỊCH']];
    const a = readAppendix(grid);
    expect(a.items).toHaveLength(1);
    expect(a.footerLines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  });
});

describe('deadlines', () => {
  test.each([
    'Hằng năm',
    'Hàng năm theo hướng dẫn của Trung ương, tỉnh',
    '2026-2030',
    'Năm 2026',
    'Quý I',
    'Trước ngày 31/01 năm liền kề',
    'Sau khi tỉnh công bố kết quả...',
    'Khi có hướng dẫn...',
    'Theo kế hoạch tập huấn của tỉnh',
    'Thường xuyên',
    'HẰNG NĂM'.normalize('NFD'),
    'Hang nam',
    // More of what staff write.
    'Quý IV/2026',
    'Tháng 12 hằng năm',
    '6 tháng đầu năm',
    'Trước 30/6 hằng năm',
    'Theo chỉ đạo của UBND tỉnh',
    'Năm 2027 và các năm tiếp theo',
    'Khi phát sinh',
    'Đột xuất',
    'Đúng thời hạn quy định',
    'Thường niên',
    'Cuối năm',
    'Đúng thời gian quy định',
    'Triển khai ngay',
    'Theo tiến độ của tỉnh',
    'Đảm bảo tiến độ',
    'Lâu dài',
    'Thực hiện lâu dài',
    'Hàng kỳ',
    'Cuối kỳ',
    'Kỳ họp thứ 2',
    // "Phát sinh": short for "Khi phát sinh" (review round 61).
    'Phát sinh',
  ])('%s is a deadline', (d) => expect(isDeadline(d)).toBe(true));
  test.each(['UBND huyện Kỳ Sơn', 'Phòng Văn hóa - Xã hội', 'Văn phòng HĐND và UBND', 'Công an xã', 'Ủy ban MTTQ Việt Nam xã', 'Kế hoạch', 'Công chức Tư pháp - Hộ tịch', 'Chủ tịch UBND xã', 'Báo cáo'])('%s is not', (d) =>
    expect(isDeadline(d)).toBe(false),
  );
  test('due in a year', () => {
    expect(isDueIn('2026-2030', 2028)).toBe(true);
    expect(isDueIn('Năm 2026', 2027)).toBe(false);
    expect(isDueIn('Thường xuyên', 2029)).toBe(true);
    expect(isDueIn('Theo kế hoạch của tỉnh', 2026)).toBe(false);
    expect(isDueIn('từ năm 2026 đến năm 2028', 2027)).toBe(true);
  });
  test('due in a year: ranges written with quarters or months, open-ended years, a one-year plan', () => {
    const plan = { from: 2026, to: 2030 };
    for (const d of ['Quý I/2026 - Quý IV/2028', 'Tháng 3/2026 - tháng 12/2028', '15/3/2026 - 31/12/2028']) {
      expect([2025, 2026, 2027, 2028, 2029].map((y) => isDueIn(d, y, plan))).toEqual([false, true, true, true, false]);
    }
    for (const d of ['Từ năm 2027 trở đi', 'Năm 2027 và các năm tiếp theo', 'Từ 2027']) {
      expect([2026, 2027, 2030, 2031].map((y) => isDueIn(d, y, plan))).toEqual([false, true, true, false]);
    }
    // A plan for 2027 alone: a month, a quarter or a day without a year is in 2027.
    const year = { from: 2027, to: 2027 };
    for (const d of ['Tháng 1', 'Quý III', 'Trước 15/12']) {
      expect([2026, 2027].map((y) => isDueIn(d, y, year))).toEqual([false, true]);
      expect(isDueIn(d, 2027, plan)).toBe(false);
    }
    expect(isDueIn('Văn phòng HĐND và UBND', 2027, year)).toBe(false);
    expect(isDueIn('2026, 2028', 2027, plan)).toBe(false);
  });
});

describe('commune', () => {
  test.each([
    ['Bình Lư.xlsx', 'Bình Lư'],
    ['Binh Lu.tsv', 'Binh Lu'],
    ['15 Gia Phú.xlsx', 'Gia Phú'],
    ["Ea H'Leo.xlsx", "Ea H'Leo"],
    ['KH CCHC xã Mường Lát 2027.xlsx', 'Mường Lát'],
    ['xa-binh-lu.xlsx', 'Binh Lu'],
    // A file's or sheet's own name, no commune's.
    ['tpl.xlsx', null],
    ['out.xlsx', null],
    ['ke-hoach-2026.tsv', null],
    ['notable.csv', null],
    // A long run of capitals is read in one pass (a pattern that backtracked took seconds on it).
    ['KEHOACHCAICACHHANHCHINHNAM2026XABINHLU.xlsx', null],
    ['Page 3', null],
    ['Sheet1', null],
    ['Phụ lục 1', null],
  ])('from the file or sheet name %s: %s', (name, commune) => {
    expect(communeFromName(name)).toBe(commune);
  });
  test('a whole plan extracted: the appendix title first, then the letterhead; the body\'s "UBND xã ban hành…", "xã Ea Nam giải quyết…" name no commune of ours', () => {
    const table = [['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành'], ['I', 'CẢI CÁCH THỂ CHẾ'], ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 'Báo cáo', 'Văn phòng', '', 'Hằng năm']];
    const head = [['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ["XÃ EA H'LEO", 'Độc lập - Tự do - Hạnh phúc']];
    for (const body of ['Phối hợp với UBND xã Ea Nam giải quyết hồ sơ liên thông.', 'Ủy ban nhân dân xã ban hành Kế hoạch cải cách hành chính năm 2026 như sau:', 'Cải cách hành chính xã giai đoạn 2026-2030']) {
      expect(analyze([...head, [body], ['PHỤ LỤC'], ...table]).appendix.commune).toBe("Ea H'Leo");
    }
    // The appendix's own title names the commune it is for.
    expect(analyze([...head, ['Phối hợp với UBND xã Ea Nam.'], ['PHỤ LỤC'], ['(Kèm theo Kế hoạch của UBND xã Cư Né)'], ...table]).appendix.commune).toBe('Cư Né');
  });
  test.each([
    ['(Kèm theo Kế hoạch số /KH-UBND ngày / /2026 của UBND xã Sĩ Lữ Lâu)', 'Sĩ Lữ Lâu'],
    ['của Ủy ban nhân dân xã Bình Lư)', 'Bình Lư'],
    ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH CỦA UBND XÃ TÀ ĐÙNG NĂM 2026', 'Tà Đùng'],
    ['Uỷ ban nhân dân phường Tân Phong', 'Tân Phong'],
    // Names ending in a word that folds like a stop word ("Nam" / "năm", "Tịnh" / "tỉnh").
    ['Kế hoạch CCHC của UBND xã Tân Nam năm 2026', 'Tân Nam'],
    ['ỦY BAN NHÂN DÂN XÃ HẢI NAM', 'Hải Nam'],
    ['của UBND xã An Tịnh giai đoạn 2026-2030', 'An Tịnh'],
    ['UBND xã Năm Căn, tỉnh Cà Mau', 'Năm Căn'],
    ['UBND xa Tan Nam nam 2026', 'Tan Nam'],
    // Numbers: part of a name, or the whole name with its kind; a year or a date is not.
    ['của UBND xã Hòa Bình 2 năm 2026', 'Hòa Bình 2'],
    ['ỦY BAN NHÂN DÂN PHƯỜNG 12', 'Phường 12'],
    ['UBND phường 3 giai đoạn 2026-2030', 'Phường 3'],
    ['UBND xã Bình Lư 2026', 'Bình Lư'],
    ['UBND xã Bình Lư 15/3/2026', 'Bình Lư'],
    // What follows the name in a title: the subject, a verb, a comma.
    ['(Kèm theo Kế hoạch số 45/KH-UBND ngày 15/01/2026 của UBND xã Bình Lư về cải cách hành chính giai đoạn 2026-2030)', 'Bình Lư'],
    ['của UBND xã Bình Lư thực hiện Chương trình tổng thể CCHC', 'Bình Lư'],
    ['Ủy ban nhân dân xã Bình Lư ban hành Kế hoạch cải cách hành chính', 'Bình Lư'],
    ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC XÃ BÌNH LƯ, GIAI ĐOẠN 2026-2030', 'Bình Lư'],
    ['UBND xã Cư M’gar triển khai kế hoạch', 'Cư M’gar'],
    ['KẾ HOẠCH Cải cách hành chính trên địa bàn xã Ea Súp giai đoạn 2026-2030', 'Ea Súp'],
    ['ỦY BAN NHÂN DÂN XÃ EA H’LEO', 'Ea H’Leo'],
    ['DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2026 - 2030 CỦA XÃ SƠN VĨ', 'Sơn Vĩ'],
    ['Kế hoạch năm 2027 của phường Tân Phong', 'Tân Phong'],
    ['PHỤ LỤC KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027 - XÃ TÂN LẬP', 'Tân Lập'],
    ['của UBND xã Hòa Phú (Đà Nẵng)', 'Hòa Phú'],
    // Wards named with their town since 2025 (Lâm Đồng): the dash is part of the name; a province after one is not.
    ['UBND PHƯỜNG XUÂN HƯƠNG - ĐÀ LẠT', 'Xuân Hương - Đà Lạt'],
    ['Kế hoạch CCHC năm 2026 của UBND phường Lâm Viên - Đà Lạt', 'Lâm Viên - Đà Lạt'],
    ['ỦY BAN NHÂN DÂN PHƯỜNG LANG BIANG – ĐÀ LẠT', 'Lang Biang – Đà Lạt'],
    ['UBND xã Mường Lát - Thanh Hóa', 'Mường Lát'],
    ['UBND XÃ LONG SƠN - BÀ RỊA - VŨNG TÀU', 'Long Sơn'],
    ['UBND xã Bình Lư - huyện Tam Đường', 'Bình Lư'],
    ['UBND xã Bình Lư - năm 2026', 'Bình Lư'],
    // A farm town's name keeps its lower-case word (session 13, review round 70).
    ['của Ủy ban nhân dân thị trấn Nông trường Mộc Châu', 'Nông trường Mộc Châu'],
  ])('%s → %s', (line, name) => expect(communeFromTitle([line])).toBe(name));
  test('a title line wrapped onto the next: "… của Ủy ban nhân dân" / "xã Hua Thanh)"', () => {
    expect(communeFromTitle(['PHỤ LỤC', '(Kèm theo Kế hoạch số 12/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân', 'xã Hua Thanh)'])).toBe('Hua Thanh');
    expect(communeFromTitle(['(Kèm theo Kế hoạch số 12/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân xã', 'Hua Thanh)'])).toBe('Hua Thanh');
  });
  test('falls back to the sheet, then the file name', () => {
    // The name without its kind, as the title gives it; up to what ends a name.
    expect(readAppendix([HEADER], { sheetName: 'Xã A' }).commune).toBe('A');
    expect(readAppendix([HEADER], { source: 'C:\\data\\xa-b.xlsx' }).commune).toBe('B');
    // Words joined as in a web address, in lower case: the name as written; the same commune as "Bình Lư".
    expect(readAppendix([HEADER], { source: 'xa-binh-lu.xlsx' }).commune).toBe('Binh Lu');
    expect(communeKey('xa-binh-lu')).toBe(communeKey('Bình Lư'));
    // A blank template's "xã ...": no name; the file's.
    expect(readAppendix([['(Kèm theo Kế hoạch của Ủy ban nhân dân xã ...)'], HEADER], { source: 'Xã Tân Phong.xlsx' }).commune).toBe('Tân Phong');
    expect(readAppendix([HEADER], { source: 'KH CCHC xã Mường Lát 2027.tsv' }).commune).toBe('Mường Lát');
    expect(readAppendix([HEADER], { source: 'PHU LUC PHUONG TAN PHONG.xlsx' }).commune).toBe('Tan Phong');
    expect(readAppendix([HEADER], { source: 'Mường Lát.tsv' }).commune).toBe('Mường Lát');
  });
  test('a sheet named after another keeps the commune: "(chuẩn)" written by normalize, "(2)" by Excel', () => {
    expect(readAppendix([HEADER], { sheetName: 'Bình Lư (chuẩn)' }).commune).toBe('Bình Lư');
    expect(readAppendix([HEADER], { sheetName: 'Bình Lư (chuẩn)'.normalize('NFD') }).commune).toBe('Bình Lư');
    expect(readAppendix([HEADER], { sheetName: 'Tà Đùng (2)' }).commune).toBe('Tà Đùng');
    expect(readAppendix([HEADER], { sheetName: 'PL (Tà Đùng)' }).commune).toBe('PL (Tà Đùng)');
    // A name with no letter, or a sheet's usual name, names no commune: the file's name then.
    expect(readAppendix([HEADER], { sheetName: '(2)' }).commune).toBeNull();
    expect(readAppendix([HEADER], { sheetName: 'Sheet1', source: 'Bình Lư.xlsx' }).commune).toBe('Bình Lư');
    expect(readAppendix([HEADER], { sheetName: 'Phụ lục 1', source: 'PL xã Hua Thanh.xlsx' }).commune).toBe('Hua Thanh');
    expect(readAppendix([HEADER], { sheetName: 'Tổng hợp', source: 'Book1.xlsx' }).commune).toBeNull();
  });
});
