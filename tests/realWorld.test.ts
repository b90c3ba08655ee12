/**
 * How other communes write their appendices: wordings, numbering and page layouts
 * beyond the two fixtures, each the smallest grid that shows it.
 */
import { analyze, analyzePages, countsLine, headerKey, inCommuneOrder, isDeadline, isPlaceholder, labelNumber, listedLabels, normalizedTable, parseDeclared, readAppendix, rollUp, rollUpTables, stripLabel, type CellValue } from '../src/core';
import { humanReport } from '../src/cli/humanReport';

const H = ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành'];
const REST = ['Báo cáo', 'Văn phòng HĐND và UBND', 'Các cơ quan, đơn vị', 'Hằng năm'];
const item = (tt: string, goal: string, task: string, activity: string): CellValue[] => [tt, goal, task, activity, ...REST];
const counts = (grid: CellValue[][]) => analyze(grid).areas.map((a) => [a.code, a.counts.goals, a.counts.tasks, a.counts.activities]);
const codes = (grid: CellValue[][], severities = ['error', 'warning']) =>
  analyze(grid).issues.filter((i) => severities.includes(i.severity)).map((i) => `${i.code}@${i.row}`);

describe('rows without a TT', () => {
  const grid: CellValue[][] = [
    H,
    ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 2 nhiệm vụ; 4 hoạt động)'],
    item('1', 'Mục tiêu 1: Nâng cao chất lượng văn bản', 'Nhiệm vụ 1: Rà soát văn bản', 'Rà soát định kỳ văn bản quy phạm pháp luật'),
    ['', '', '', 'Công bố danh mục văn bản hết hiệu lực', 'Quyết định', 'Công chức Tư pháp', 'Các cơ quan', 'Quý I hằng năm'],
    item('2', '', 'Nhiệm vụ 2: Phổ biến pháp luật', 'Tổ chức hội nghị phổ biến pháp luật'),
    ['', '', '', 'Đăng tải văn bản trên Trang thông tin điện tử', 'Tin bài', 'Văn phòng', '', 'Thường xuyên'],
  ];
  test('a row of its own (its activity, lead and deadline) is an item, not the tail of the row above', () => {
    expect(counts(grid)).toEqual([['institutions', 1, 2, 4]]);
    expect(codes(grid)).toEqual([]);
  });
  test('after a page break, a row with no TT and no label still continues the row above', () => {
    const split: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      item('1', 'Mục tiêu 1: Nâng cao chất lượng văn bản', 'Nhiệm vụ 1: Rà soát văn bản', 'Rà soát định kỳ văn bản quy phạm'),
      H,
      ['', '', '', 'Pháp luật do Hội đồng nhân dân ban hành', '', '', '', ''],
    ];
    expect(counts(split)).toEqual([['institutions', 1, 1, 1]]);
    expect(analyze(split).appendix.items[0].activity).toBe('Rà soát định kỳ văn bản quy phạm Pháp luật do Hội đồng nhân dân ban hành');
  });
  test('in the assignment layout too', () => {
    const a: CellValue[][] = [
      ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp', 'Theo dõi'],
      ['I', 'Cải cách thủ tục hành chính'],
      ['1', 'Rà soát thủ tục hành chính', 'Báo cáo', 'Hằng năm', 'Văn phòng', 'Các phòng', 'Chủ tịch'],
      ['', 'Niêm yết công khai thủ tục', 'Bảng niêm yết', 'Thường xuyên', 'Bộ phận một cửa', '', 'Chủ tịch'],
      ['2', 'Số hóa hồ sơ', 'Hồ sơ số', '2026', 'Bộ phận một cửa', '', 'Chủ tịch'],
    ];
    expect(counts(a)).toEqual([['procedures', null, 3, null]]);
  });
});

describe('header wordings', () => {
  test('a header cell with a long gloss in brackets ("Thời gian hoàn thành (dự kiến, theo kế hoạch của …)") names its column, here and repeated at a page break', () => {
    const long = 'Thời gian hoàn thành (dự kiến, theo kế hoạch của Ủy ban nhân dân xã)';
    const head = ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm', 'Chủ trì', 'Phối hợp', long];
    const grid: CellValue[][] = [
      head,
      ['I', 'Cải cách thể chế'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 'Báo cáo', 'Văn phòng', '', 'Quý I/2026'],
      head,
      ['2', '', '', 'Hoạt động 2: D', 'Báo cáo', 'Văn phòng', '', 'Quý II/2026'],
    ];
    const a = analyze(grid);
    expect(a.appendix.header?.columns.deadline).toBe(7);
    expect(a.appendix.items.map((i) => i.deadline)).toEqual(['Quý I/2026', 'Quý II/2026']);
    expect(a.issues.filter((i) => i.code !== 'missing-area').map((i) => [i.code, i.row])).toEqual([['repeated-header', 4]]);
    // A sentence with no gloss is still no header cell.
    expect(headerKey('Thời gian hoàn thành dự kiến theo kế hoạch của Ủy ban nhân dân xã năm 2026 và các năm sau')).toBeNull();
  });

  test('"Cơ quan, đơn vị chủ trì", "Cơ quan/đơn vị phối hợp", "Nội dung mục tiêu"', () => {
    const grid: CellValue[][] = [
      ['TT', 'Nội dung mục tiêu', 'Nội dung nhiệm vụ', 'Hoạt động', 'Sản phẩm', 'Cơ quan, đơn vị chủ trì', 'Cơ quan/đơn vị phối hợp', 'Thời gian thực hiện'],
      ['I', 'Cải cách thể chế'],
      item('1', 'Mục tiêu 1: Nâng cao chất lượng', 'Nhiệm vụ 1: Rà soát', 'Hoạt động 1: Rà soát văn bản'),
    ];
    const an = analyze(grid);
    expect(an.appendix.header?.columns).toEqual({ tt: 0, goal: 1, task: 2, activity: 3, product: 4, lead: 5, partners: 6, deadline: 7 });
    expect(an.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('section titles', () => {
  test('a Roman heading that names no known area is a section (unknown-area), not an item of the area above', () => {
    const grid: CellValue[][] = [
      H,
      ['I. CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      item('1', 'Mục tiêu 1: Nâng cao', 'Nhiệm vụ 1: Rà soát', 'Hoạt động 1: Rà soát văn bản'),
      ['VIII. CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN'],
      item('1', 'Mục tiêu 1: Tuyên truyền', 'Nhiệm vụ 1: Thông tin', 'Hoạt động 1: Đăng tin'),
    ];
    expect(counts(grid)).toEqual([
      ['institutions', 1, 1, 1],
      [null, 1, 1, 1],
    ]);
    expect(codes(grid)).toEqual(['unknown-area@4']);
  });
  test.each([
    ['III. CẢI CÁCH TTHC', 'procedures'],
    ['VII. HIỆN ĐẠI HÓA HÀNH CHÍNH', 'digital-government'],
    ['VII. Hiện đại hoá nền hành chính', 'digital-government'],
  ])('%s is %s', (title, code) => {
    expect(counts([H, [title], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')])).toEqual([[code, 1, 1, 1]]);
  });
});

describe('what PDF extraction leaves between and under the rows', () => {
  const body = (n: number): CellValue[] => item(String(n), n === 1 ? 'Mục tiêu 1: Nâng cao' : '', n === 1 ? 'Nhiệm vụ 1: Rà soát' : '', `Hoạt động ${n}: Việc số ${n}`);
  test('page numbers ("2", "Trang 3/5", "- 4 -") are dropped, not read as items', () => {
    const grid: CellValue[][] = [H, ['I', 'Cải cách thể chế (1 mục tiêu; 1 nhiệm vụ; 4 hoạt động)'], body(1), ['2'], H, body(2), ['Trang 3/5'], body(3), ['- 4 -'], body(4)];
    expect(counts(grid)).toEqual([['institutions', 1, 1, 4]]);
    expect(codes(grid)).toEqual([]);
    const page = analyze(grid).issues.find((i) => i.row === 4)!;
    expect([page.code, page.message]).toEqual(['repeated-header', 'Hàng 4: dòng đầu/cuối trang “2” (số trang, tiêu đề trang) — đã bỏ qua.']);
  });
  test('a bare number not followed by the header is an item (its TT), with its missing cells', () => {
    const grid: CellValue[][] = [H, ['I', 'Cải cách thể chế'], body(1), ['2']];
    expect(analyze(grid).appendix.items.map((i) => i.tt)).toEqual(['1', '2']);
  });
  test.each([
    [['* Ghi chú: các đơn vị báo cáo trước ngày 15/12']],
    [['Lưu ý: kinh phí từ ngân sách xã']],
    [['Tổng cộng: 1 lĩnh vực, 1 mục tiêu']],
    [['ỦY BAN NHÂN DÂN XÃ BÌNH LƯ'], ['PHÓ CHỦ TỊCH'], ['(Đã ký)'], ['Nguyễn Văn A']],
    [['KT. Chủ tịch'], ['Phó Chủ tịch']],
  ])('%j under the table ends it', (...footer) => {
    const grid: CellValue[][] = [H, ['I', 'Cải cách thể chế'], body(1), ...footer];
    const an = analyze(grid);
    expect(an.appendix.items).toHaveLength(1);
    expect(an.appendix.items[0].lead).toBe(REST[1]);
    expect(an.appendix.footerLines).toEqual(footer.map((r) => r.join(' ')));
  });
  test('"Chủ tịch UBND xã" as a lead unit does not end the table', () => {
    const grid: CellValue[][] = [H, ['I', 'Cải cách thể chế'], body(1), ['', '', '', '', '', 'Chủ tịch UBND xã'], ['II', 'Cải cách thủ tục hành chính'], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')];
    expect(counts(grid)).toEqual([
      ['institutions', 1, 1, 1],
      ['procedures', 1, 1, 1],
    ]);
  });
});

describe('sections split or written over two rows', () => {
  test('a section title repeated with "(tiếp)" after a page break goes on with the same goal and task', () => {
    const grid: CellValue[][] = [
      H,
      ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      item('1', 'Mục tiêu 1: Nâng cao', 'Nhiệm vụ 1: Rà soát', 'Hoạt động 1: Rà soát thủ tục'),
      H,
      ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (tiếp)'],
      item('2', '', '', 'Hoạt động 2: Niêm yết thủ tục'),
    ];
    expect(counts(grid)).toEqual([['procedures', 1, 1, 2]]);
    expect(codes(grid)).toEqual([]);
    expect(analyze(grid).appendix.items[1].task).toBe('Nhiệm vụ 1: Rà soát');
  });
  test('counts on their own row under the title are the declared counts', () => {
    const grid: CellValue[][] = [H, ['II', 'CẢI CÁCH THỂ CHẾ'], ['', '(01 mục tiêu; 01 nhiệm vụ; 02 hoạt động)'], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')];
    const an = analyze(grid);
    expect(an.areas[0].declared).toEqual({ goals: 1, tasks: 1, activities: 2 });
    expect(codes(grid)).toEqual(['declared-count-mismatch@2']);
  });
  test('a numeral alone on its row and the title on the next make one section', () => {
    const grid: CellValue[][] = [H, ['I'], ['', 'CẢI CÁCH THỂ CHẾ'], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')];
    expect(analyze(grid).areas.map((a) => [a.numeral, a.code, a.row])).toEqual([['I', 'institutions', 2]]);
    expect(codes(grid)).toEqual([]);
  });
  test('"i)", "ii)" number items, not sections; an em dash after a numeral is a heading', () => {
    const grid: CellValue[][] = [H, ['I — Cải cách thể chế'], item('i)', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'), item('ii)', '', '', 'Hoạt động 2: D')];
    expect(counts(grid)).toEqual([['institutions', 1, 1, 2]]);
  });
});

describe('counting', () => {
  test('the same activity words under two tasks are two activities, and no duplicate', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'Cải cách thể chế (1 mục tiêu; 2 nhiệm vụ; 2 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: Rà soát', 'Tổ chức thực hiện'),
      item('2', '', 'Nhiệm vụ 2: Phổ biến', 'Tổ chức thực hiện'),
      item('3', '', '', 'Tổ chức thực hiện'),
    ];
    expect(counts(grid)).toEqual([['institutions', 1, 2, 2]]);
    // Row 5 repeats row 4's activity under the same task (filled down): that is a duplicate.
    expect(codes(grid)).toEqual(['duplicate-row@5']);
  });
  test('"Mục tiêu số 2", "Chỉ tiêu" as the goal column, "Nt" meaning the same as above', () => {
    const grid: CellValue[][] = [
      ['TT', 'Chỉ tiêu', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian'],
      ['I', 'Cải cách thể chế'],
      item('1', 'Mục tiêu số 1: A', 'Nhiệm vụ số 1: B', 'Hoạt động 1: C'),
      ['2', 'Mục tiêu số 2: D', 'Nhiệm vụ số 2: E', 'Hoạt động 2: F', 'Nt', 'Nt', '-nt-', 'Như trên'],
    ];
    const an = analyze(grid);
    expect(an.appendix.header?.columns.goal).toBe(1);
    expect(counts(grid)).toEqual([['institutions', 2, 2, 2]]);
    expect(an.appendix.items[1]).toMatchObject({ product: REST[0], lead: REST[1], partners: REST[2], deadline: REST[3] });
    expect(codes(grid)).toEqual([]);
  });
  test('no TT column at all: a row split by a page break is still joined', () => {
    const noTT = (g: string, t: string, a: string): CellValue[] => [g, t, a, ...REST];
    const header = H.slice(1);
    const grid: CellValue[][] = [
      header,
      ['Cải cách thể chế'],
      noTT('Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: Rà soát các văn bản'),
      header,
      ['', '', 'do xã ban hành', '', '', '', ''],
      noTT('', '', 'Hoạt động 2: Công bố'),
    ];
    expect(counts(grid)).toEqual([['institutions', 1, 1, 2]]);
    expect(analyze(grid).appendix.items[0].activity).toBe('Hoạt động 1: Rà soát các văn bản do xã ban hành');
  });
});

describe('more header and heading forms', () => {
  test('a row of column codes "A | B | 1 | 2 …" under the header belongs to the header', () => {
    const grid: CellValue[][] = [H, ['A', 'B', '1', '2', '3', '4', '5', '6'], ['I', 'Cải cách thể chế'], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')];
    expect(counts(grid)).toEqual([['institutions', 1, 1, 1]]);
    expect(codes(grid)).toEqual([]);
  });
  test.each([
    ['Chỉ đạo, điều hành công tác cải cách hành chính', 'direction'],
    ['Xây dựng, phát triển chính quyền số', 'digital-government'],
    ['Chuyển đổi số', 'digital-government'],
  ])('the unnumbered heading "%s" is %s', (title, code) => {
    expect(counts([H, [title], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')])).toEqual([[code, 1, 1, 1]]);
  });
});

describe('wrapped headers, part words, counts in short forms', () => {
  test('header words wrapped onto the next line by PDF extraction belong to the header', () => {
    const grid: CellValue[][] = [
      ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản', 'Chủ', 'Phối hợp', 'Thời gian hoàn'],
      ['', '', '', '', 'phẩm', 'trì', '', 'thành'],
      ['I', 'Cải cách thể chế'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
    ];
    expect(counts(grid)).toEqual([['institutions', 1, 1, 1]]);
    expect(codes(grid)).toEqual([]);
    expect(analyze(grid).appendix.header?.cells).toContain('phẩm');
  });
  test.each([
    ['PHẦN I. CẢI CÁCH THỂ CHẾ', 'I'],
    ['Phần II - Cải cách thủ tục hành chính', 'II'],
    ['Lĩnh vực 3: Cải cách tổ chức bộ máy', '3'],
  ])('"%s" is area %s', (title, numeral) => {
    const an = analyze([H, [title], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')]);
    expect(an.areas.map((a) => a.numeral)).toEqual([numeral]);
    expect(an.areas[0].code).not.toBeNull();
  });
  test.each([
    ['Cải cách thể chế (Mục tiêu: 01; Nhiệm vụ: 02; Hoạt động: 03)'],
    ['Cải cách thể chế (01 MT, 02 NV, 03 HĐ)'],
    ['CẢI CÁCH THỂ CHẾ (MT: 01; NV: 02; HĐ: 03)'],
  ])('declared counts in "%s"', (title) => {
    expect(analyze([H, ['I', title], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')]).areas[0].declared).toEqual({ goals: 1, tasks: 2, activities: 3 });
  });
});

describe('appendices typed in Excel', () => {
  const S: CellValue[] = ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 2 nhiệm vụ; 3 hoạt động)'];
  test('a two-row header whose other cells ("Ghi chú" too) are merged down over both rows', () => {
    const grid: CellValue[][] = [
      ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Đơn vị thực hiện', 'Đơn vị thực hiện', 'Thời gian hoàn thành', 'Ghi chú'],
      ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành', 'Ghi chú'],
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      [...item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'), ''],
    ];
    const an = analyze(grid);
    expect(an.appendix.header?.columns).toMatchObject({ lead: 5, partners: 6, deadline: 7 });
    expect(codes(grid)).toEqual([]);
  });
  test('rows without TT opening with "-", "a)", a number or a quote, each with its own lead and deadline, are items', () => {
    const grid: CellValue[][] = [
      H,
      S,
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', '- Rà soát văn bản'),
      ['', '', '', '- Công bố danh mục', 'Quyết định', 'Công chức Tư pháp', 'Các cơ quan', 'Quý I/2026'],
      ['', '', 'Nhiệm vụ 2: D', 'a) “Ngày pháp luật” hằng tháng', 'Tin bài', 'Văn phòng', '', 'Thường xuyên'],
    ];
    expect(counts(grid)).toEqual([['institutions', 1, 2, 3]]);
  });
  test('a date typed in the deadline column, as Office gives it (a serial number), is a date', () => {
    const grid: CellValue[][] = [H, ['I', 'Cải cách thể chế'], ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 'Báo cáo', 'Văn phòng', '', 46387]];
    const an = analyze(grid);
    expect(an.appendix.items[0].deadline).toBe('31/12/2026');
    expect(codes(grid)).toEqual([]);
  });
  test('the staircase: goal and task on rows of their own above their activities report nothing missing', () => {
    const grid: CellValue[][] = [
      H,
      S,
      ['1', 'Mục tiêu 1: Nâng cao chất lượng văn bản', '', '', '', '', '', ''],
      ['1.1', '', 'Nhiệm vụ 1: Rà soát văn bản', '', '', '', '', ''],
      item('1.1.1', '', '', 'Hoạt động 1: Rà soát định kỳ'),
      item('1.1.2', '', '', 'Hoạt động 2: Công bố danh mục'),
      ['1.2', '', 'Nhiệm vụ 2: Kiểm tra văn bản', '', '', '', '', ''],
      item('1.2.1', '', '', 'Hoạt động 3: Tự kiểm tra'),
    ];
    expect(counts(grid)).toEqual([['institutions', 1, 2, 3]]);
    expect(codes(grid)).toEqual([]);
  });
  test('a small table above the appendix is not its header', () => {
    const grid: CellValue[][] = [
      ['TT', 'Nội dung', 'Số lượng', 'Thời gian'],
      ['1', 'Văn bản ban hành', '3', '2026'],
      [],
      H,
      ['I', 'Cải cách thể chế'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
    ];
    const an = analyze(grid);
    expect(an.appendix.header?.row).toBe(4);
    expect(counts(grid)).toEqual([['institutions', 1, 1, 1]]);
  });
  test('"PHỤ LỤC II" or another table below ends the appendix; a total row is not an item', () => {
    const base: CellValue[][] = [H, ['I', 'Cải cách thể chế (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')];
    const below = [...base, ['Tổng cộng', '1', '1', '1'], [], ['PHỤ LỤC II'], ['TT', 'Nội dung', 'Số lượng', 'Thời gian'], ['1', 'Văn bản', '3', '2026']];
    expect(counts(below)).toEqual([['institutions', 1, 1, 1]]);
    expect(codes(below)).toEqual([]);
    const table = [...base, [], ['TT', 'Nội dung', 'Chủ trì', 'Thời gian'], ['1', 'Tổng kết', 'Văn phòng', '2026']];
    expect(counts(table)).toEqual([['institutions', 1, 1, 1]]);
    expect(codes(table)).toEqual([]);
  });
  test('an activity merged down over two product rows is one activity, with no duplicate or numbering warning', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'Cải cách thể chế (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: Rà soát'),
      ['', '', '', '', 'Danh mục', 'Văn phòng', '', 'Quý I'],
      item('2', '', '', 'Hoạt động 2: Công bố'),
    ];
    const merges = [{ top: 2, left: 3, bottom: 3, right: 3 }];
    const an = analyze(grid, { merges });
    expect(an.areas.map((a) => a.counts)).toEqual([{ goals: 1, tasks: 1, activities: 2 }]);
    expect(an.issues.filter((i) => i.severity !== 'info').map((i) => i.code)).toEqual([]);
  });
  test('"Hoạt động 1.2" numbers within a task: no numbering warning; "Công việc" names the task column; "A." numbers an area', () => {
    const grid: CellValue[][] = [
      ['Stt', 'Công việc', 'Sản phẩm', 'Thời gian', 'Chủ trì', 'Phối hợp'],
      ['A.', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      ['1', 'Nhiệm vụ 1.1: Rà soát', 'Báo cáo', 'Hằng năm', 'Văn phòng', ''],
      ['2', 'Nhiệm vụ 1.2: Công bố', 'Quyết định', 'Quý I', 'Văn phòng', ''],
      ['3', 'Nhiệm vụ 2.1: Niêm yết', 'Bảng', 'Quý II', 'Văn phòng', ''],
    ];
    const an = analyze(grid);
    expect(an.appendix.layout).toBe('assignment');
    expect(an.areas.map((a) => [a.numeral, a.code, a.counts.tasks])).toEqual([['A', 'procedures', 3]]);
    expect(codes(grid)).toEqual([]);
  });
  test('an unlabelled task on a row of its own after a labelled one is another task', () => {
    const grid: CellValue[][] = [H, S, item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: Rà soát', 'Rà soát văn bản'), item('2', '', 'Phổ biến pháp luật', 'Tổ chức hội nghị'), item('3', '', '', 'Đăng tải văn bản')];
    expect(counts(grid)).toEqual([['institutions', 1, 2, 3]]);
  });
});

describe('page numbers and long numbered headings', () => {
  test('a bare page number, then "Trang 2/5", then the header: both dropped', () => {
    const grid: CellValue[][] = [H, ['I', 'Cải cách thể chế'], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'), ['2'], ['Trang 2/5'], H, item('2', '', '', 'Hoạt động 2: D')];
    expect(counts(grid)).toEqual([['institutions', 1, 1, 2]]);
    expect(codes(grid)).toEqual([]);
  });
  test('an area numbered 1. with a long mixed-case title alone on its row', () => {
    const title = 'Xây dựng và phát triển chính quyền điện tử, chính quyền số, chuyển đổi số trên địa bàn xã';
    expect(counts([H, ['1.', title], item('1.1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')])).toEqual([['digital-government', 1, 1, 1]]);
  });
});

test('a row shifted one column right without any label: its TT one column late and text past the last column', () => {
  const grid: CellValue[][] = [
    H,
    ['I', 'Cải cách thể chế (1 mục tiêu; 1 nhiệm vụ; 3 hoạt động)'],
    item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Rà soát văn bản'),
    ['', '2', '', '', 'Lập danh mục văn bản', 'Danh mục', 'Văn phòng', 'Các phòng', 'Quý I'],
    item('3', '', '', 'Công bố danh mục'),
  ];
  const an = analyze(grid);
  expect(counts(grid)).toEqual([['institutions', 1, 1, 3]]);
  expect(an.appendix.items[1]).toMatchObject({ tt: '2', activity: 'Lập danh mục văn bản', deadline: 'Quý I' });
  expect(codes(grid)).toEqual(['shifted-row@4']);
});

describe('round three: TT on goal rows only, restarts, summary tables, wordings', () => {
  test('TT only on goal rows: a whole row right after a page break is a row of its own', () => {
    const head = ['STT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện'];
    const grid: CellValue[][] = [
      head,
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu, 2 nhiệm vụ, 3 hoạt động)'],
      ['1', 'Nâng cao chất lượng văn bản', 'Rà soát văn bản', 'Rà soát định kỳ văn bản QPPL', 'Báo cáo', 'Văn phòng HĐND và UBND', 'Các cơ quan, đơn vị', 'Hằng năm'],
      ['', '', '', 'Công bố danh mục văn bản hết hiệu lực', 'Quyết định', 'Văn phòng HĐND và UBND', '', 'Trước ngày 31/01 năm liền kề'],
      [],
      head,
      ['', '', 'Kiểm tra văn bản', 'Tự kiểm tra văn bản sau ban hành', 'Báo cáo', 'Văn phòng HĐND và UBND', '', 'Hằng năm'],
    ];
    expect(counts(grid)).toEqual([['institutions', 1, 2, 3]]);
    expect(codes(grid)).toEqual([]);
  });
  test('the same task words under two goals are two tasks; left empty under a new goal, still the task above', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'Cải cách thể chế (2 mục tiêu; 2 nhiệm vụ; 2 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Tổ chức thực hiện', 'Hoạt động 1: Rà soát'),
      item('2', 'Mục tiêu 2: B', 'Tổ chức thực hiện', 'Hoạt động 2: Công bố'),
    ];
    expect(counts(grid)).toEqual([['institutions', 2, 2, 2]]);
    const inherited: CellValue[][] = [H, ['I', 'Cải cách thể chế'], item('1', 'Mục tiêu 1: A', 'Tổ chức thực hiện', 'Hoạt động 1: Rà soát'), item('2', 'Mục tiêu 2: B', '', 'Hoạt động 2: Công bố')];
    expect(counts(inherited)).toEqual([['institutions', 2, 1, 2]]);
  });
  test('activities numbered afresh under each task are no step back', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'Cải cách thể chế'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      item('2', '', '', 'Hoạt động 2: D'),
      item('3', '', 'Nhiệm vụ 2: E', 'Hoạt động 1: F'),
      item('4', '', '', 'Hoạt động 1: G'),
    ];
    expect(codes(grid)).toEqual(['numbering@6']);
  });
  test('a summary table below ("BIỂU TỔNG HỢP", then TT | Lĩnh vực | Mục tiêu | Nhiệm vụ | Hoạt động) ends the appendix', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'Cải cách thể chế (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      ['BIỂU TỔNG HỢP'],
      ['TT', 'Lĩnh vực', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động'],
      ['1', 'Cải cách thể chế', '1', '1', '1'],
    ];
    expect(counts(grid)).toEqual([['institutions', 1, 1, 1]]);
    expect(codes(grid)).toEqual([]);
    const noTitle = grid.filter((r) => r[0] !== 'BIỂU TỔNG HỢP');
    expect(counts(noTitle)).toEqual([['institutions', 1, 1, 1]]);
    expect(codes(noTitle)).toEqual([]);
  });
  test.each([
    ['Người thực hiện', 'lead'],
    ['Phân công thực hiện', 'lead'],
    ['Đơn vị/cá nhân thực hiện', 'lead'],
    ['Cơ quan tham mưu', 'lead'],
    ['Lộ trình thực hiện', 'deadline'],
    ['Hình thức văn bản', 'product'],
    ['Đơn vị phụ trách', 'lead'],
    ['Người phụ trách', 'lead'],
    ['Bộ phận thực hiện', 'lead'],
    ['Thời điểm hoàn thành', 'deadline'],
    ['Hạn hoàn thành', 'deadline'],
    ['Ngày hoàn thành', 'deadline'],
    ['Lãnh đạo UBND xã theo dõi', 'monitor'],
    ['Lãnh đạo phụ trách', 'monitor'],
    // A PDF's line break inside a name, glued.
    ['Chủtrì', 'lead'],
    ['Phốihợp', 'partners'],
    ['Thờigian hoàn thành', 'deadline'],
    ['Mụctiêu', 'goal'],
  ])('"%s" names the %s column', (text, key) => {
    expect(headerKey(text)).toBe(key);
  });
  test('"06 nội dung hoạt động" declares activities; "Cả nhiệm kỳ" is a deadline', () => {
    expect(parseDeclared('(02 mục tiêu, 03 nhiệm vụ, 06 nội dung hoạt động)')).toEqual({ goals: 2, tasks: 3, activities: 6 });
    expect(isDeadline('Cả nhiệm kỳ')).toBe(true);
  });
});

test('a dash where a required cell belongs is a missing cell, not a deadline that cannot be read', () => {
  const grid: CellValue[][] = [H, ['I', 'Cải cách thể chế'], ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 'Báo cáo', '–', '-', '-']];
  expect(codes(grid)).toEqual(['missing-cell@3', 'missing-cell@3']);
  expect(analyze(grid).issues.filter((i) => i.code === 'missing-cell').map((i) => i.column)).toEqual(['lead', 'deadline']);
});

describe('years as columns ("Thời gian thực hiện" over 2026 | … | 2030, an "x" under each year)', () => {
  const Y = ['2026', '2027', '2028', '2029', '2030'];
  const under: CellValue[][] = [
    ['TT', 'Nhiệm vụ', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện', '', '', '', ''],
    ['', '', '', '', '', ...Y],
    ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (2 nhiệm vụ)'],
    ['1', 'Xây dựng kế hoạch CCHC hằng năm', 'Kế hoạch', 'Văn phòng HĐND và UBND', 'Các cơ quan', 'x', 'x', 'x', 'x', 'x'],
    ['2', 'Kiểm tra công tác CCHC', 'Báo cáo', 'Văn phòng HĐND và UBND', '', 'x', '', 'X', '', 'x'],
    ['', '', '', '', '', ...Y],
    ['II', 'CẢI CÁCH THỂ CHẾ (1 nhiệm vụ)'],
    ['1', 'Rà soát văn bản quy phạm pháp luật', 'Báo cáo', 'Công chức Tư pháp', '', '', 'Quý II', '', '', ''],
    ['2', 'Tuyên truyền pháp luật', 'Tin bài', 'Công chức Tư pháp', '', '', '', '', '', ''],
  ];
  test('the marks give each item its deadline; the years row is part of the header, and again at a page break', () => {
    const an = analyze(under);
    expect(an.appendix.items.map((i) => i.deadline)).toEqual(['2026-2030', '2026, 2028, 2030', '2027: Quý II', null]);
    expect(an.appendix.header!.years).toEqual({ 5: 2026, 6: 2027, 7: 2028, 8: 2029, 9: 2030 });
    expect(counts(under)).toEqual([
      ['direction', null, 2, null],
      ['institutions', null, 2, null],
    ]);
    // The second area declares 1 task and has 2; the last task has no year marked.
    expect(codes(under)).toEqual(['declared-count-mismatch@7', 'missing-cell@9']);
    expect(codes(under, ['info']).filter((c) => c.startsWith('repeated-header'))).toEqual(['repeated-header@6']);
  });
  test('years in the header row itself, beside the column titles', () => {
    const inline: CellValue[][] = [
      ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm', 'Chủ trì', 'Phối hợp', ...Y],
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 'Báo cáo', 'Công chức Tư pháp', '', '', 'x', 'x', '', ''],
    ];
    expect(analyze(inline).appendix.items[0].deadline).toBe('2027-2028');
    expect(codes(inline)).toEqual([]);
    // "Năm 2026", beside long titles ("Kết quả/Sản phẩm").
    const named = inline.map((r, i) => (i === 0 ? [...H.slice(0, 7), ...Y.map((y) => `Năm ${y}`)] : r));
    expect(analyze(named).appendix.items[0].deadline).toBe('2027-2028');
    expect(codes(named)).toEqual([]);
  });
  test('a deadline column of its own wins over year columns elsewhere', () => {
    const both: CellValue[][] = [
      [...H, ...Y],
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 'Báo cáo', 'Công chức Tư pháp', '', 'Quý I', 'x', '', '', '', ''],
    ];
    const an = analyze(both);
    expect(an.appendix.items[0].deadline).toBe('Quý I');
    expect(an.appendix.header!.years).toBeUndefined();
  });
});

describe('review round 4', () => {
  test('counts written in the area row’s own cells declare them; the row is no other table', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ', '02 mục tiêu', '01 nhiệm vụ', '01 hoạt động'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
    ];
    const an = analyze(grid);
    expect(an.appendix.sections.map((s) => [s.code, s.declared])).toEqual([['institutions', { goals: 2, tasks: 1, activities: 1 }]]);
    expect(codes(grid)).toEqual(['declared-count-mismatch@2']);
  });
  test('the same labelled task filled down under the next goal is one task', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (2 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: Xây dựng văn bản', 'Hoạt động 1: C'),
      item('2', 'Mục tiêu 2: D', 'Nhiệm vụ 1: Xây dựng văn bản', 'Hoạt động 2: E'),
    ];
    expect(counts(grid)).toEqual([['institutions', 2, 1, 2]]);
    expect(codes(grid)).toEqual([]);
  });
  test('a header repeated at a page break with its words wrapped: the wrapped line is header too', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      [],
      ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn'],
      ['', '', '', '', 'phẩm', '', '', 'thành'],
      item('2', '', '', 'Hoạt động 2: D'),
    ];
    expect(counts(grid)).toEqual([['institutions', 1, 1, 2]]);
    expect(codes(grid)).toEqual([]);
    expect(codes(grid, ['info']).filter((c) => c.startsWith('repeated'))).toEqual(['repeated-header@5', 'repeated-header@6']);
  });
  test('"Đơn vị chủ trì, phối hợp" is the lead column and names the partners: no column missing', () => {
    const grid: CellValue[][] = [
      ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Đơn vị chủ trì, phối hợp', 'Thời gian hoàn thành'],
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 'Báo cáo', 'Công chức Tư pháp; các ban ngành', 'Hằng năm'],
    ];
    expect(analyze(grid).appendix.header!.columns.lead).toBe(5);
    expect(codes(grid)).toEqual([]);
  });
  test('the commune named in the plan’s title in capitals ("… HÀNH CHÍNH XÃ BÌNH LƯ GIAI ĐOẠN 2026-2030")', () => {
    const grid: CellValue[][] = [['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH XÃ BÌNH LƯ GIAI ĐOẠN 2026-2030'], ['(Kèm theo Kế hoạch số 12/KH-UBND)'], H, ['I', 'CẢI CÁCH THỂ CHẾ']];
    expect(analyze(grid).appendix.commune).toBe('Bình Lư');
    expect(analyze([['KẾ HOẠCH CCHC NĂM 2026 CỦA ĐẶC KHU CÔN ĐẢO'], H]).appendix.commune).toBe('Côn Đảo');
  });
});

describe('review round 5', () => {
  test('"PHỤ LỤC (tiếp theo)" at the top of each page is the same appendix going on', () => {
    const grid: CellValue[][] = [
      ['PHỤ LỤC'],
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (2 mục tiêu; 2 nhiệm vụ; 2 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      [],
      ['PHỤ LỤC (tiếp theo)'],
      H,
      item('2', 'Mục tiêu 2: D', 'Nhiệm vụ 2: E', 'Hoạt động 2: F'),
    ];
    expect(counts(grid)).toEqual([['institutions', 2, 2, 2]]);
    expect(codes(grid)).toEqual([]);
    expect(codes(grid, ['info']).filter((c) => !c.startsWith('missing-area'))).toEqual(['repeated-header@6', 'repeated-header@7']);
  });
  test('a second plan on the same sheet (its title, "(Kèm theo Kế hoạch …)", its header) ends the first', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      [],
      ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026'],
      ['(Kèm theo Kế hoạch số: /KH-UBND ngày / /2026 của Ủy ban nhân dân xã Bình Lư)'],
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
    ];
    const an = analyze(grid);
    expect(counts(grid)).toEqual([['institutions', 1, 1, 1]]);
    expect(an.appendix.items.map((i) => i.rows)).toEqual([[3]]);
    expect(an.appendix.footerLines[0]).toBe('KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026');
    // Only the plan's own "(kèm theo …)" line ends it: a product that says so is data.
    const product: CellValue[][] = [H, ['I', 'CẢI CÁCH THỂ CHẾ'], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'), ['', '', '', '', '(kèm theo danh sách)']];
    expect(analyze(product).appendix.items[0].product).toBe('Báo cáo (kèm theo danh sách)');
  });
  test('counts as bare numbers in the area row’s cells ("I | TITLE | 4 | 5 | 6") declare goals, tasks, activities in order', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', '2', '2', '3'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      ['II', 'CẢI CÁCH THỂ CHẾ', '01', '01', '01'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
    ];
    const an = analyze(grid);
    expect(an.appendix.sections.map((s) => [s.code, s.title, s.declared])).toEqual([
      ['direction', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', { goals: 2, tasks: 2, activities: 3 }],
      ['institutions', 'CẢI CÁCH THỂ CHẾ', { goals: 1, tasks: 1, activities: 1 }],
    ]);
    expect(codes(grid)).toEqual(['declared-count-mismatch@2', 'declared-count-mismatch@2', 'declared-count-mismatch@2']);
  });
  test('an area title wrapped onto the next row, with or without its counts', () => {
    const grid: CellValue[][] = [
      H,
      ['III', 'CẢI CÁCH THỦ'],
      ['', 'TỤC HÀNH CHÍNH (1 Mục tiêu; 1 Nhiệm vụ; 2 Hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      ['VII', 'XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN'],
      ['', 'SỐ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      ['IV', 'CẢI CÁCH TỔ CHỨC BỘ MÁY'],
      ['', 'Nâng cao hiệu quả hoạt động', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', ...REST],
    ];
    const an = analyze(grid);
    expect(an.appendix.sections.map((s) => [s.code, s.row, s.declared?.activities ?? null])).toEqual([
      ['procedures', 2, 2],
      ['digital-government', 5, 1],
      ['organization', 8, null],
    ]);
    expect(codes(grid)).toEqual(['declared-count-mismatch@2']);
    // An unlabelled goal under a title in capitals is an item, not more title.
    expect(an.appendix.items.map((i) => i.rows[0])).toEqual([4, 7, 9]);
  });
  test('a "Lĩnh vực" column typed by hand: goals fill down and rows split at a page break still join', () => {
    const L = ['TT', 'Lĩnh vực', ...H.slice(1)];
    const grid: CellValue[][] = [
      L,
      ['1', 'Cải cách thể chế', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: Rà soát văn bản quy phạm', ...REST],
      ['2', 'Cải cách thể chế', '', '', 'Hoạt động 2: Kiểm tra văn bản', 'Báo cáo kết quả', '', '', ''],
      [],
      L,
      ['', '', '', '', 'theo quy định', 'rà soát', 'Văn phòng HĐND và UBND', 'Các đơn vị', 'Hằng năm'],
      ['1', 'Cải cách thủ tục hành chính', 'Mục tiêu 1: C', 'Nhiệm vụ 1: D', 'Hoạt động 1: E', ...REST],
    ];
    const an = analyze(grid);
    expect(counts(grid)).toEqual([['institutions', 1, 1, 2], ['procedures', 1, 1, 1]]);
    expect(an.appendix.items.map((i) => [i.rows, i.goal])).toEqual([[[2], 'Mục tiêu 1: A'], [[3, 6], 'Mục tiêu 1: A'], [[7], 'Mục tiêu 1: C']]);
    expect(an.appendix.items[1].activity).toBe('Hoạt động 2: Kiểm tra văn bản theo quy định');
    expect(codes(grid)).toEqual([]);
  });
  test('"Nhiệm vụ/Hoạt động" without a goal column is the assignment layout’s task column', () => {
    const grid: CellValue[][] = [
      ['Stt', 'Nhiệm vụ/Hoạt động', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì thực hiện', 'Phối hợp thực hiện', 'Theo dõi, kiểm tra, đôn đốc'],
      ['I', 'Cải cách thể chế (02 nhiệm vụ)'],
      ['1', 'Rà soát văn bản', 'Báo cáo', 'Hằng năm', 'Công chức Tư pháp', 'Các ban ngành', 'Văn phòng'],
      ['2', 'Công bố danh mục văn bản', 'Danh mục', 'Quý I', 'Công chức Tư pháp', 'Các ban ngành', 'Văn phòng'],
    ];
    const an = analyze(grid);
    expect(an.appendix.layout).toBe('assignment');
    expect(counts(grid)).toEqual([['institutions', null, 2, null]]);
    expect(codes(grid)).toEqual([]);
  });
  test('"Nhiệm vụ | Nội dung công việc": the second column naming the work is the activity', () => {
    const grid: CellValue[][] = [
      ['Số TT', 'Mục tiêu', 'Nhiệm vụ', 'Nội dung công việc', 'Kết quả đầu ra', 'Đơn vị chủ trì thực hiện', 'Đơn vị phối hợp thực hiện', 'Thời gian thực hiện'],
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      item('2', '', '', 'Hoạt động 2: D'),
    ];
    expect(analyze(grid).appendix.header!.columns).toMatchObject({ task: 2, activity: 3 });
    expect(counts(grid)).toEqual([['institutions', 1, 1, 2]]);
    expect(codes(grid)).toEqual([]);
  });
  test('one "Nhiệm vụ/Hoạt động" column beside the goals: task rows and activity rows told apart', () => {
    const grid: CellValue[][] = [
      ['TT', 'Mục tiêu', 'Nhiệm vụ/Hoạt động', 'Kết quả/Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành'],
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 2 nhiệm vụ; 3 hoạt động)'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: Xây dựng văn bản'],
      ['', '', 'Hoạt động 1: Soạn thảo văn bản', 'Nghị quyết', 'Văn phòng', 'Các phòng', 'Hằng năm'],
      ['', '', 'Hoạt động 2: Tự kiểm tra văn bản', 'Báo cáo', 'Văn phòng', 'Các phòng', 'Hằng năm'],
      ['', '', 'Nhiệm vụ 2: Phổ biến pháp luật'],
      ['', '', 'Hoạt động 3: Tuyên truyền pháp luật', 'Báo cáo', 'Văn phòng', 'Các phòng', 'Hằng năm'],
    ];
    const an = analyze(grid);
    expect(counts(grid)).toEqual([['institutions', 1, 2, 3]]);
    expect(an.appendix.items.filter((i) => i.activity).map((i) => [i.task, i.activity])).toEqual([
      ['Nhiệm vụ 1: Xây dựng văn bản', 'Hoạt động 1: Soạn thảo văn bản'],
      ['Nhiệm vụ 1: Xây dựng văn bản', 'Hoạt động 2: Tự kiểm tra văn bản'],
      ['Nhiệm vụ 2: Phổ biến pháp luật', 'Hoạt động 3: Tuyên truyền pháp luật'],
    ]);
    expect(codes(grid)).toEqual([]);
  });
  test('short labels "MT1", "NV1", "HĐ1" count and are numbered like the long ones', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (2 mục tiêu; 2 nhiệm vụ; 3 hoạt động)'],
      item('1', 'MT1: Nâng cao chất lượng', 'NV1: Rà soát văn bản', 'HĐ1: Rà soát'),
      item('2', '', '', 'HĐ2: Kiểm tra'),
      item('3', 'MT3: Tuyên truyền', 'NV2: Phổ biến', 'HĐ3: Tuyên truyền'),
    ];
    expect(counts(grid)).toEqual([['institutions', 2, 2, 3]]);
    expect(codes(grid)).toEqual(['numbering@5']);
  });
  test('English headers, or Vietnamese with an English gloss in brackets, name the columns', () => {
    const body: CellValue[][] = [['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')];
    const english = ['No.', 'Objective', 'Task', 'Activity', 'Output', 'Lead agency', 'Coordinating agencies', 'Deadline'];
    const glossed = ['TT (No.)', 'Mục tiêu (Objectives)', 'Nhiệm vụ (Tasks)', 'Hoạt động (Activities)', 'Kết quả/Sản phẩm (Outputs)', 'Chủ trì (Lead)', 'Phối hợp (Support)', 'Thời gian hoàn thành (Deadline)'];
    for (const header of [english, glossed]) {
      const grid = [header, ...body];
      expect(analyze(grid).appendix.header!.columns).toEqual({ tt: 0, goal: 1, task: 2, activity: 3, product: 4, lead: 5, partners: 6, deadline: 7 });
      expect(counts(grid)).toEqual([['institutions', 1, 1, 1]]);
      expect(codes(grid)).toEqual([]);
    }
  });
});

describe('review round 5: notes, headings and totals inside the table', () => {
  const T = (declared: string): CellValue[] => ['I', `CẢI CÁCH THỦ TỤC HÀNH CHÍNH (${declared})`];
  test('a "* Lưu ý: …" or "Ghi chú: …" row between areas is a note: the areas after it are read', () => {
    for (const note of [['* Lưu ý: Mục tiêu 2 đã lồng ghép vào Mục tiêu 1'], ['', 'Ghi chú: Mục tiêu 4 và 5 thực hiện cả giai đoạn']]) {
      const grid: CellValue[][] = [
        H,
        ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
        item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
        note,
        ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
        item('1', 'Mục tiêu 1: D', 'Nhiệm vụ 1: E', 'Hoạt động 1: F'),
      ];
      const an = analyze(grid);
      expect(counts(grid)).toEqual([['institutions', 1, 1, 1], ['procedures', 1, 1, 1]]);
      expect(codes(grid)).toEqual(['declared-count-mismatch@5']);
      expect(an.issues.find((i) => i.row === 4)!.message).toMatch(/^Hàng 4: dòng ghi chú “.*” trong bảng/);
    }
    // Under the last row, a note still ends the table.
    const end: CellValue[][] = [H, ['I', 'CẢI CÁCH THỂ CHẾ'], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'), ['* Ghi chú: báo cáo trước 15/12'], ['', 'Nơi nhận:']];
    expect(analyze(end).appendix.footerLines).toEqual(['* Ghi chú: báo cáo trước 15/12', 'Nơi nhận:']);
  });
  test('a note in brackets typed from the TT column is no item', () => {
    const grid: CellValue[][] = [
      H,
      T('2 mục tiêu; 2 nhiệm vụ; 2 hoạt động'),
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      ['(Các nhiệm vụ dưới đây thực hiện theo Kế hoạch số 12/KH-UBND)'],
      item('2', 'Mục tiêu 2: D', 'Nhiệm vụ 2: E', 'Hoạt động 2: F'),
    ];
    expect(counts(grid)).toEqual([['procedures', 2, 2, 2]]);
    expect(analyze(grid).appendix.items).toHaveLength(2);
    expect(codes(grid)).toEqual([]);
  });
  test('"1." / "a)" headings grouping items numbered 1, 2… are no tasks (assignment) and no goals (standard)', () => {
    for (const [first, second] of [['1.', '2.'], ['a)', 'b)']]) {
      const grid: CellValue[][] = [
        ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp', 'Theo dõi'],
        ['I', 'Cải cách thủ tục hành chính (02 nhiệm vụ)'],
        [first, 'Kiểm soát thủ tục hành chính'],
        ['1', 'Rà soát TTHC', 'Báo cáo', 'Hằng năm', 'Văn phòng', '', 'Chủ tịch'],
        [second, 'Thực hiện cơ chế một cửa'],
        ['2', 'Niêm yết TTHC', 'Bảng niêm yết', 'Hằng năm', 'Bộ phận một cửa', '', 'Chủ tịch'],
      ];
      expect(counts(grid)).toEqual([['procedures', null, 2, null]]);
      expect(codes(grid)).toEqual([]);
    }
    const standard: CellValue[][] = [
      H,
      T('2 mục tiêu; 2 nhiệm vụ; 2 hoạt động'),
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      ['1.', 'Kiểm soát thủ tục hành chính'],
      item('2', 'Mục tiêu 2: D', 'Nhiệm vụ 2: E', 'Hoạt động 2: F'),
    ];
    expect(counts(standard)).toEqual([['procedures', 2, 2, 2]]);
    expect(codes(standard)).toEqual([]);
    // A goal on a row of its own above its activities (the staircase) stays a goal.
    const staircase: CellValue[][] = [H, T('1 mục tiêu; 1 nhiệm vụ; 1 hoạt động'), ['1.', 'Nâng cao chất lượng'], ['', '', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', ...REST]];
    expect(counts(staircase)).toEqual([['procedures', 1, 1, 1]]);
    expect(analyze(staircase).appendix.items.at(-1)!.goal).toBe('Nâng cao chất lượng');
  });
  test('a subtotal per area ("Tổng I", "Cộng lĩnh vực I") is no item', () => {
    for (const label of ['Tổng I', 'Cộng I', 'Cộng lĩnh vực I']) {
      const grid: CellValue[][] = [H, T('1 mục tiêu; 1 nhiệm vụ; 1 hoạt động'), item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'), [label, '1', '1', '1']];
      expect(counts(grid)).toEqual([['procedures', 1, 1, 1]]);
      expect(codes(grid)).toEqual([]);
    }
  });
  test('the plan’s title printed above the header on every page is dropped with it; the split row still joins', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: Rà soát văn bản quy phạm'),
      ['Phụ lục Kế hoạch CCHC giai đoạn 2026-2030 của UBND xã Bình Lư'],
      H,
      ['', '', '', 'pháp luật do Hội đồng nhân dân ban hành'],
    ];
    const an = analyze(grid);
    expect(an.appendix.items.map((i) => [i.rows, i.activity])).toEqual([[[3, 6], 'Hoạt động 1: Rà soát văn bản quy phạm pháp luật do Hội đồng nhân dân ban hành']]);
    expect(codes(grid)).toEqual([]);
  });
});

describe('review round 5: numerals and times', () => {
  test.each([
    ['I/ CẢI CÁCH THỂ CHẾ', 'I', 'institutions'],
    ['IV/ Cải cách tổ chức bộ máy', 'IV', 'organization'],
    ['VI.- CẢI CÁCH TÀI CHÍNH CÔNG', 'VI', 'public-finance'],
    ['VII XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ', 'VII', 'digital-government'],
    ['VII  XÂY DỰNG CHÍNH QUYỀN SỐ', 'VII', 'digital-government'],
    ['2/ CẢI CÁCH THỦ TỤC HÀNH CHÍNH', '2', 'procedures'],
    ['B/ CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 'B', 'procedures'],
  ])('%j opens area %s (%s)', (title, numeral, code) => {
    const grid: CellValue[][] = [H, [title], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')];
    const an = analyze(grid);
    expect(an.appendix.sections.map((s) => [s.numeral, s.code])).toEqual([[numeral, code]]);
    expect(codes(grid)).toEqual([]);
  });
  test('a numeral and a space before a sentence that names no area is no section', () => {
    const grid: CellValue[][] = [H, ['I', 'CẢI CÁCH THỂ CHẾ'], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'), ['V Tổ chức họp dân', '', '', '', '', '', '', '']];
    expect(analyze(grid).appendix.sections).toHaveLength(1);
  });
  test('start and end columns: the deadline is the end ("Thời gian bắt đầu | hoàn thành", "Bắt đầu | Kết thúc", "Từ | Đến")', () => {
    const base = H.slice(0, 7);
    const row = (start: string, end: string): CellValue[] => ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 'Báo cáo', 'Văn phòng', '', start, end];
    const flat: CellValue[][] = [[...base, 'Thời gian bắt đầu', 'Thời gian hoàn thành'], ['I', 'CẢI CÁCH THỂ CHẾ'], row('Tháng 01/2026', 'Quý IV/2026')];
    for (const [a, b] of [['Bắt đầu', 'Kết thúc'], ['Từ', 'Đến']]) {
      const two: CellValue[][] = [[...base, 'Thời gian thực hiện', ''], ['', '', '', '', '', '', '', a, b], ['I', 'CẢI CÁCH THỂ CHẾ'], row('01/2026', '12/2026')];
      const an = analyze(two);
      expect(an.appendix.header!.columns.deadline).toBe(8);
      expect(an.appendix.items.map((i) => i.deadline)).toEqual(['12/2026']);
      expect(codes(two)).toEqual([]);
    }
    const an = analyze(flat);
    expect(an.appendix.items.map((i) => i.deadline)).toEqual(['Quý IV/2026']);
    expect(codes(flat)).toEqual([]);
  });
});

describe('review round 6', () => {
  test('the commune from the letterhead’s agency block, one cell over another, the motto beside it', () => {
    const grid: CellValue[][] = [
      ['ỦY BAN NHÂN DÂN', '', '', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
      ['XÃ HÒA BÌNH', '', '', '', 'Độc lập - Tự do - Hạnh phúc'],
      [],
      ['PHỤ LỤC'],
      ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027'],
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ'],
    ];
    expect(analyze(grid, { sheetName: 'Phụ lục' }).appendix.commune).toBe('Hòa Bình');
    grid[1][0] = 'PHƯỜNG 3';
    expect(analyze(grid, { sheetName: 'Phụ lục' }).appendix.commune).toBe('Phường 3');
  });
  test('"Không có" or a remark in brackets under an area with nothing to do is no item', () => {
    for (const row of [['', 'Không có'], ['', 'Không có', 'Không có', 'Không có', 'Không có', 'Không có', 'Không có', 'Không có'], ['', '(Thực hiện theo Kế hoạch số 15/KH-UBND riêng)']]) {
      const grid: CellValue[][] = [H, ['I', 'CẢI CÁCH THỂ CHẾ'], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'), ['II', 'CẢI CÁCH TÀI CHÍNH CÔNG'], row];
      expect(counts(grid)).toEqual([['institutions', 1, 1, 1], ['public-finance', 0, 0, 0]]);
      expect(codes(grid)).toEqual(['empty-area@4']);
    }
    // Declared as nothing: empty on purpose, no warning.
    const zero: CellValue[][] = [H, ['I', 'CẢI CÁCH TÀI CHÍNH CÔNG (0 mục tiêu; 0 nhiệm vụ; 0 hoạt động)'], ['', 'Không có']];
    expect(codes(zero)).toEqual([]);
  });
  test('labelled activities written in one cell, one per line, are items of their own', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 3 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: Ban hành kế hoạch\nHoạt động 2: Phổ biến kế hoạch\ntới các thôn'),
      item('2', '', '', 'Hoạt động 3: Kiểm tra'),
    ];
    const an = analyze(grid);
    expect(counts(grid)).toEqual([['institutions', 1, 1, 3]]);
    expect(an.appendix.items.map((i) => [i.rows, i.activity])).toEqual([
      [[3], 'Hoạt động 1: Ban hành kế hoạch'],
      [[3], 'Hoạt động 2: Phổ biến kế hoạch\ntới các thôn'],
      [[4], 'Hoạt động 3: Kiểm tra'],
    ]);
    expect(codes(grid)).toEqual([]);
  });
  test('a deadline typed one cell early, into an empty partners column, is moved back (shifted-row)', () => {
    const grid: CellValue[][] = [H, ['I', 'CẢI CÁCH THỂ CHẾ'], ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 'Kế hoạch', 'Văn phòng HĐND và UBND', 'Quý I/2027']];
    const an = analyze(grid);
    expect(an.appendix.items.map((i) => [i.partners, i.deadline])).toEqual([[null, 'Quý I/2027']]);
    expect(codes(grid)).toEqual(['shifted-row@3']);
    expect(an.issues.find((i) => i.code === 'shifted-row')!.message).toContain('cột phối hợp');
    // A partner that is no date stays a partner, and the deadline is missing.
    grid[2][6] = 'Công an xã';
    expect(codes(grid)).toEqual(['missing-cell@3']);
  });
  test('areas lettered A, B…: Roman numerals in TT number goals, labelled or not, and open no area', () => {
    const labelled: CellValue[][] = [
      H,
      ['A.', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      ['I', 'Mục tiêu 1: Nâng cao Chỉ số CCHC', 'Nhiệm vụ 1: Tự chấm điểm', 'Hoạt động 1: Tự chấm điểm', ...REST],
      ['1', '', '', 'Hoạt động 2: Tổ chức hội nghị', ...REST],
      ['B.', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      ['I', 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát', 'Hoạt động 1: Rà soát', ...REST],
    ];
    expect(counts(labelled)).toEqual([['direction', 1, 1, 2], ['institutions', 1, 1, 1]]);
    expect(codes(labelled)).toEqual([]);
    const own: CellValue[][] = [
      H,
      ['A', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (2 mục tiêu; 2 nhiệm vụ; 2 hoạt động)'],
      ['I', 'Nâng cao Chỉ số CCHC của xã'],
      ['1', '', 'Tự chấm điểm Chỉ số CCHC', 'Tự chấm điểm, gửi báo cáo', ...REST],
      ['II', 'Tăng cường kiểm tra CCHC'],
      ['1', '', 'Kiểm tra CCHC', 'Xây dựng kế hoạch kiểm tra', ...REST],
    ];
    expect(counts(own)).toEqual([['direction', 2, 2, 2]]);
    expect(codes(own)).toEqual([]);
  });
  test('assignment layout: labelled tasks written in one cell, one per line, are items of their own', () => {
    const grid: CellValue[][] = [
      ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp', 'Theo dõi'],
      ['I', 'Cải cách thể chế (03 nhiệm vụ)'],
      ['1', 'Nhiệm vụ 1: Rà soát văn bản\nNhiệm vụ 2: Công bố danh mục', 'Báo cáo', 'Hằng năm', 'Công chức Tư pháp', '', 'Văn phòng'],
      ['2', 'Nhiệm vụ 3: Kiểm tra văn bản', 'Báo cáo', 'Quý IV', 'Công chức Tư pháp', '', 'Văn phòng'],
    ];
    const an = analyze(grid);
    expect(counts(grid)).toEqual([['institutions', null, 3, null]]);
    expect(an.appendix.items.map((i) => [i.rows, i.task])).toEqual([
      [[3], 'Nhiệm vụ 1: Rà soát văn bản'],
      [[3], 'Nhiệm vụ 2: Công bố danh mục'],
      [[4], 'Nhiệm vụ 3: Kiểm tra văn bản'],
    ]);
    expect(codes(grid)).toEqual([]);
  });
});

describe('review round 7: what converters and pasting leave', () => {
  test('soft hyphens, zero-width spaces, Roman numeral characters and full-width digits read as the text they stand for', () => {
    const grid: CellValue[][] = [
      ['(Kèm theo Kế hoạch của UBND xã Hòa\u00adBình)'],
      ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt\u00adđộng', 'Kết quả/Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành'],
      ['Ⅲ', 'CẢI CÁCH THỦ\u00adTỤC HÀNH CHÍNH (１ mục tiêu; 1 nhiệm\u00advụ; 2 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      ['2', '\u200b', '\u200b', 'Hoạt động 2: D', 'Báo cáo', 'Văn phòng', '', '\u200b'],
    ];
    const an = analyze(grid);
    expect(an.appendix.commune).toBe('Hòa Bình');
    expect(an.appendix.header!.columns.activity).toBe(3);
    expect(an.appendix.sections.map((s) => [s.numeral, s.code, s.declared])).toEqual([['III', 'procedures', { goals: 1, tasks: 1, activities: 2 }]]);
    expect(counts(grid)).toEqual([['procedures', 1, 1, 2]]);
    expect(codes(grid)).toEqual(['missing-cell@5']);
  });
  test('the header repeated a column off at a page break is a repeated header, not the end of the table', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      ['', ...H],
      ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      item('1', 'Mục tiêu 1: D', 'Nhiệm vụ 1: E', 'Hoạt động 1: F'),
    ];
    expect(counts(grid)).toEqual([['institutions', 1, 1, 1], ['procedures', 1, 1, 1]]);
    expect(codes(grid, ['info']).filter((c) => c.startsWith('repeated'))).toEqual(['repeated-header@4']);
  });
  test('an area title with its counts on a second line of the same cell', () => {
    const grid: CellValue[][] = [H, ['I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\n(1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')];
    expect(analyze(grid).appendix.sections.map((s) => [s.numeral, s.code, s.declared])).toEqual([['I', 'direction', { goals: 1, tasks: 1, activities: 2 }]]);
  });
  test('an area’s counts cut in the middle by a line break: the rest on the next row closes them', () => {
    for (const [a, b] of [['(1 mục tiêu; 1 nhiệm vụ; 2 hoạt', 'động)'], ['(1 mục tiêu; 1 nhiệm', 'vụ; 2 hoạt động)']]) {
      const grid: CellValue[][] = [H, ['I', `CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH ${a}`], ['', b], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')];
      expect(analyze(grid).appendix.sections.map((s) => [s.code, s.declared])).toEqual([['direction', { goals: 1, tasks: 1, activities: 2 }]]);
      expect(codes(grid)).toEqual(['declared-count-mismatch@2']);
    }
  });
  test('a Word table pasted into Excel: a cell’s next paragraph on a row of its own, the other cells merged down over it', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: Rà soát'),
      ['2', '', '', 'Hoạt động 2: Kiểm tra văn bản, gồm:', 'Báo cáo', 'Văn phòng', 'Các ban', 'Quý IV'],
      ['', '', '', '+ Kiểm tra định kỳ', '', '', '', ''],
      ['', '', '', '+ Kiểm tra đột xuất', '', '', '', ''],
    ];
    // Every cell of row 4 but the activity merged down over rows 5 and 6, as Excel pastes it.
    const merges = [0, 1, 2, 4, 5, 6, 7].map((c) => ({ top: 3, left: c, bottom: 5, right: c }));
    const an = analyze(grid, { merges });
    expect(an.appendix.sections[0].counts).toEqual({ goals: 1, tasks: 1, activities: 2 });
    expect(an.appendix.items.map((i) => [i.rows, i.activity, i.product])).toEqual([
      [[3], 'Hoạt động 1: Rà soát', 'Báo cáo'],
      [[4, 5, 6], 'Hoạt động 2: Kiểm tra văn bản, gồm:\n+ Kiểm tra định kỳ\n+ Kiểm tra đột xuất', 'Báo cáo'],
    ]);
    expect(an.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    // Said as what it is: no page break.
    expect(an.issues.find((i) => i.code === 'continuation')!.message).toBe(
      'Hàng 5: dòng tiếp theo của ô ở hàng 4, trên một hàng riêng dưới các ô gộp dọc — đã ghép vào hàng 4, xuống dòng trong ô.',
    );
    // Only the TT merged down: the same.
    const tt = analyze(grid, { merges: [{ top: 3, left: 0, bottom: 5, right: 0 }] });
    expect(tt.appendix.sections[0].counts.activities).toBe(2);
  });
  test('a page’s furniture from converters: the gazette’s head, a date, "Page 4 of 5", a number then the header again', () => {
    for (const furniture of [
      [['43'], ['CÔNG BÁO/Số 45 + 46/Ngày 20-01-2027']],
      [['20-01-2027'], ['CÔNG BÁO']],
      [['', 'CÔNG BÁO', '', '', 'Số 45 + 46', '', '', 'Ngày 20-01-2027']],
      [['', '', '', '', '', '', '', 'Page 2 of 5']],
    ]) {
      const grid: CellValue[][] = [
        H,
        ['I', 'CẢI CÁCH THỂ CHẾ (2 mục tiêu; 2 nhiệm vụ; 2 hoạt động)'],
        item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
        ...furniture,
        H,
        item('2', 'Mục tiêu 2: D', 'Nhiệm vụ 2: E', 'Hoạt động 2: F'),
      ];
      expect(counts(grid)).toEqual([['institutions', 2, 2, 2]]);
      expect(codes(grid)).toEqual([]);
    }
  });
  test('a row’s second printed line is joined even when it opens with a capital: a cell going on in lower case, or the row above cut off', () => {
    const base = (line2: CellValue[]): CellValue[][] => [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: Rà soát văn bản của', 'Báo cáo', 'Văn phòng', 'Các ban', 'Tháng 6/'],
      line2,
    ];
    for (const line2 of [
      ['', '', '', 'UBND xã và tổ chức thực hiện', 'rà soát', 'HĐND và UBND', 'thuộc UBND xã', ''],
      ['', '', '', 'Ủy ban nhân dân xã', '', '', '', '2027'],
    ]) {
      const an = analyze(base(line2));
      expect(an.appendix.items.map((i) => i.rows)).toEqual([[3, 4]]);
      expect(codes(base(line2))).toEqual([]);
    }
    // A row of its own after a finished one, without TT, stays an item.
    const own = base(['', '', '', 'Tổ chức hội nghị', 'Hội nghị', 'Văn phòng', '', 'Quý II']);
    own[2][3] = 'Hoạt động 1: Rà soát văn bản';
    own[2][7] = 'Quý I';
    expect(analyze(own).appendix.items.map((i) => i.rows)).toEqual([[3], [4]]);
  });
  test('a page number alone outside the TT column is dropped even without the header after it; a cut-off date’s rest is not', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (2 mục tiêu; 2 nhiệm vụ; 2 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      ['', '', '', '', '', '', '', '43'],
      item('2', 'Mục tiêu 2: D', 'Nhiệm vụ 2: E', 'Hoạt động 2: F'),
    ];
    const an = analyze(grid);
    expect(an.appendix.items.map((i) => [i.rows, i.deadline])).toEqual([[[3], 'Hằng năm'], [[5], 'Hằng năm']]);
    expect(codes(grid)).toEqual([]);
    const cut: CellValue[][] = [H, ['I', 'CẢI CÁCH THỂ CHẾ'], ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 'Báo cáo', 'Văn phòng', '', 'Trước ngày 15/'], ['', '', '', '', '', '', '', '12']];
    expect(analyze(cut).appendix.items.map((i) => i.deadline)).toEqual(['Trước ngày 15/ 12']);
  });
});


describe('session 5: leftovers', () => {
  test('Roman numerals go on past X: "XI. CẢI CÁCH THỂ CHẾ", "XII | CẢI CÁCH THỦ TỤC HÀNH CHÍNH"', () => {
    const grid: CellValue[][] = [
      H,
      ['XI. CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      ['XII', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      item('1', 'Mục tiêu 1: D', 'Nhiệm vụ 1: E', 'Hoạt động 1: F'),
    ];
    expect(analyze(grid).areas.map((a) => [a.numeral, a.code, a.counts.activities])).toEqual([
      ['XI', 'institutions', 1],
      ['XII', 'procedures', 1],
    ]);
    expect(codes(grid)).toEqual([]);
  });
});

describe('session 5: section rows', () => {
  test('a numeral with a dash in its own cell: "I -", "II –", "III.-"', () => {
    for (const n of ['I -', 'I –', 'I.-', 'I/']) {
      const grid: CellValue[][] = [H, [n, 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')];
      expect(analyze(grid).areas.map((a) => [a.numeral, a.code, a.counts.activities])).toEqual([['I', 'institutions', 1]]);
    }
  });
});

describe('session 5: a number alone in the TT column', () => {
  const A = ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 3 hoạt động)'];
  const row = (tt: string, n: number): CellValue[] => [tt, n === 1 ? 'Mục tiêu 1: A' : '', n === 1 ? 'Nhiệm vụ 1: B' : '', `Hoạt động ${n}: C${n}`, ...REST];
  test('out of the TT sequence, with no header after it: the page number of a table printed without its header on each page', () => {
    const grid: CellValue[][] = [H, A, row('1', 1), row('2', 2), ['14'], row('3', 3)];
    const an = analyze(grid);
    expect(an.appendix.items.map((i) => i.rows)).toEqual([[3], [4], [6]]);
    expect(an.issues.filter((i) => i.row === 5).map((i) => i.code)).toEqual(['repeated-header']);
    expect(codes(grid)).toEqual([]);
  });
  test('the next number, above a row without TT: that row’s TT printed on a line of its own', () => {
    const text = row('', 3);
    const grid: CellValue[][] = [H, A, row('1', 1), row('2', 2), ['3'], text];
    const an = analyze(grid);
    expect(an.appendix.items.map((i) => [i.tt, i.rows])).toEqual([['1', [3]], ['2', [4]], ['3', [5, 6]]]);
    expect(an.areas[0].counts).toEqual({ goals: 1, tasks: 1, activities: 3 });
    expect(codes(grid)).toEqual([]);
  });
  test('fitting the sequence between two numbered rows (2, [3], 4): an empty item, reported', () => {
    const grid: CellValue[][] = [H, ['I', 'CẢI CÁCH THỂ CHẾ'], row('1', 1), row('2', 2), ['3'], row('4', 3)];
    expect(analyze(grid).appendix.items.map((i) => i.tt)).toEqual(['1', '2', '3', '4']);
    expect(codes(grid)).toEqual(['missing-cell@5', 'missing-cell@5', 'missing-cell@5', 'missing-cell@5']);
  });
});

describe('session 5: review round 8', () => {
  test('a product written in lower case on a row with its own activity, lead and deadline is that row’s (TT only on goal rows)', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 2 nhiệm vụ; 3 hoạt động)'],
      ['1', 'Nâng cao chất lượng văn bản', 'Kiểm tra, rà soát văn bản', 'Tự kiểm tra văn bản quy phạm pháp luật', 'Báo cáo kiểm tra', 'Văn phòng HĐND và UBND', 'Tư pháp', 'Thường xuyên'],
      ['', '', '', 'Rà soát văn bản quy phạm pháp luật định kỳ', 'báo cáo rà soát', 'Văn phòng HĐND và UBND', 'Tư pháp', 'Quý IV/2027'],
      ['', '', 'Theo dõi thi hành pháp luật', 'Xây dựng kế hoạch theo dõi thi hành pháp luật', 'kế hoạch', 'Văn phòng HĐND và UBND', 'Tư pháp', 'Quý I/2027'],
    ];
    expect(analyze(grid).appendix.items.map((i) => i.rows)).toEqual([[3], [4], [5]]);
    expect(counts(grid)).toEqual([['institutions', 1, 2, 3]]);
    expect(codes(grid)).toEqual([]);
  });
});

describe('session 5: review round 8, page breaks', () => {
  test('"Mục tiêu 1 (tiếp)" | "Nhiệm vụ 1 (tiếp)" atop the next page: the same goal and task go on', () => {
    for (const [g, t] of [['Mục tiêu 1 (tiếp)', 'Nhiệm vụ 1 (tiếp)'], ['Mục tiêu 1 (tiếp theo)', 'Nhiệm vụ 1'], ['Mục tiêu 1', 'Nhiệm vụ 1:']]) {
      const grid: CellValue[][] = [
        H,
        ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (01 mục tiêu; 01 nhiệm vụ; 02 hoạt động)'],
        item('1', 'Mục tiêu 1: Hồ sơ trực tuyến đạt 80%', 'Nhiệm vụ 1: Hỗ trợ nộp hồ sơ trực tuyến', 'Hoạt động 1: Hướng dẫn người dân'),
        [],
        H,
        item('', g, t, 'Hoạt động 2: Tuyên truyền dịch vụ công trực tuyến'),
      ];
      const an = analyze(grid);
      expect(counts(grid)).toEqual([['procedures', 1, 1, 2]]);
      expect(an.appendix.items.map((i) => [i.goal, i.task])).toEqual([
        ['Mục tiêu 1: Hồ sơ trực tuyến đạt 80%', 'Nhiệm vụ 1: Hỗ trợ nộp hồ sơ trực tuyến'],
        ['Mục tiêu 1: Hồ sơ trực tuyến đạt 80%', 'Nhiệm vụ 1: Hỗ trợ nộp hồ sơ trực tuyến'],
      ]);
      expect(codes(grid)).toEqual([]);
    }
  });
  test('an area title cut by a page break: its rest under the header printed again', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (01 mục tiêu; 01 nhiệm vụ; 01 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      ['II', 'XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ TRÊN ĐỊA BÀN'],
      [],
      H,
      ['', 'XÃ (01 mục tiêu; 01 nhiệm vụ; 01 hoạt động)'],
      item('1', 'Mục tiêu 1: D', 'Nhiệm vụ 1: E', 'Hoạt động 1: F'),
    ];
    const an = analyze(grid);
    expect(an.areas.map((a) => [a.code, a.row, a.declared, a.counts])).toEqual([
      ['institutions', 2, { goals: 1, tasks: 1, activities: 1 }, { goals: 1, tasks: 1, activities: 1 }],
      ['digital-government', 4, { goals: 1, tasks: 1, activities: 1 }, { goals: 1, tasks: 1, activities: 1 }],
    ]);
    expect(codes(grid)).toEqual([]);
    expect(codes(grid, ['info']).filter((c) => c.startsWith('repeated-header'))).toEqual(['repeated-header@6']);
  });
});

describe('session 5: review round 8, columns', () => {
  test('"Chỉ tiêu" right of "Nhiệm vụ" with no activity column: the tasks’ targets in an assignment table, not goals', () => {
    const grid: CellValue[][] = [
      ['Stt', 'Nhiệm vụ', 'Chỉ tiêu', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành', 'Theo dõi, đôn đốc'],
      ['I', 'Cải cách thủ tục hành chính'],
      ['1', 'Cung cấp dịch vụ công trực tuyến toàn trình', '100% thủ tục đủ điều kiện', 'Danh mục', 'Trung tâm Phục vụ hành chính công', '', 'Năm 2027', 'Chủ tịch'],
      ['2', 'Số hóa hồ sơ, kết quả giải quyết thủ tục', '100% hồ sơ', 'Hồ sơ số', 'Trung tâm Phục vụ hành chính công', '', 'Thường xuyên', 'Chủ tịch'],
    ];
    const an = analyze(grid);
    expect(an.appendix.layout).toBe('assignment');
    expect(counts(grid)).toEqual([['procedures', null, 2, null]]);
    expect(an.appendix.items.map((i) => i.extra)).toEqual(['100% thủ tục đủ điều kiện', '100% hồ sơ']);
    expect(codes(grid)).toEqual([]);
    // Left of the task, beside "Mục tiêu"-less tables, it still names the goals.
    expect(headerKey('Chỉ tiêu')).toBe('goal');
  });
});

describe('session 5: quarters or months as columns (one-year plans)', () => {
  test('"Thời gian thực hiện" over Quý I | … | Quý IV, or the quarters in the header row itself: the marks give the deadline', () => {
    const Q = ['Quý I', 'Quý II', 'Quý III', 'Quý IV'];
    const body: CellValue[][] = [
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 3 hoạt động)'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: Rà soát văn bản', 'Báo cáo', 'Văn phòng', 'Tư pháp', 'x', '', '', ''],
      ['2', '', '', 'Hoạt động 2: Kiểm tra văn bản', 'Báo cáo', 'Văn phòng', 'Tư pháp', '', 'x', 'x', ''],
      ['3', '', '', 'Hoạt động 3: Tổng kết', 'Báo cáo', 'Văn phòng', 'Tư pháp', 'x', '', '', 'x'],
    ];
    const twoRows: CellValue[][] = [[...H.slice(0, 7), 'Thời gian thực hiện', '', '', ''], ['', '', '', '', '', '', '', ...Q], ...body];
    const oneRow: CellValue[][] = [[...H.slice(0, 7), 'Q1', 'Q2', 'Q3', 'Q4'], ...body];
    for (const grid of [twoRows, oneRow]) {
      const an = analyze(grid);
      expect(an.appendix.items.map((i) => i.deadline)).toEqual(['Quý I', 'Quý II - Quý III', 'Quý I, Quý IV']);
      expect(counts(grid)).toEqual([['institutions', 1, 1, 3]]);
      expect(codes(grid)).toEqual([]);
    }
    expect(analyze(twoRows).appendix.header!.periods).toEqual({ 7: 'Quý I', 8: 'Quý II', 9: 'Quý III', 10: 'Quý IV' });
  });
  test('months: "Tháng 1" … "Tháng 12"', () => {
    const months = Array.from({ length: 12 }, (_, i) => `Tháng ${i + 1}`);
    const marks = (on: number[]): string[] => months.map((_, i) => (on.includes(i + 1) ? 'x' : ''));
    const grid: CellValue[][] = [
      [...H.slice(0, 7), ...months],
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 'Báo cáo', 'Văn phòng', 'Tư pháp', ...marks([3, 4, 5, 12])],
    ];
    expect(analyze(grid).appendix.items.map((i) => i.deadline)).toEqual(['Tháng 3 - Tháng 5, Tháng 12']);
    expect(codes(grid)).toEqual([]);
  });
});

describe('session 5: review round 9', () => {
  test('counts on a line of their own under the title, without brackets: "Gồm: 02 mục tiêu, …", "- 2 mục tiêu - 2 nhiệm vụ …"', () => {
    for (const line of ['Gồm: 02 mục tiêu, 02 nhiệm vụ, 03 hoạt động', '- 02 mục tiêu - 02 nhiệm vụ - 03 hoạt động', '02 mục tiêu; 02 nhiệm vụ; 03 hoạt động', '(02 mục tiêu; 02 nhiệm vụ; 03 hoạt động)']) {
      const grid: CellValue[][] = [
        H,
        ['V', 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ'],
        ['', line],
        item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
        item('2', '', '', 'Hoạt động 2: D'),
        item('3', 'Mục tiêu 2: E', 'Nhiệm vụ 2: F', 'Hoạt động 3: G'),
      ];
      expect(analyze(grid).areas.map((a) => [a.declared, a.counts])).toEqual([[{ goals: 2, tasks: 2, activities: 3 }, { goals: 2, tasks: 2, activities: 3 }]]);
      expect(codes(grid)).toEqual([]);
    }
    // A goal that mentions counts is still a goal.
    expect(countsLine('Hoàn thành 02 mục tiêu của tỉnh giao về cải cách hành chính')).toBeNull();
  });
  test('lettered activities "a)", "b)", "c." under a numbered task, without TT, are items of their own (no page break)', () => {
    const grid: CellValue[][] = [
      H,
      ['III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (01 mục tiêu; 01 nhiệm vụ; 03 hoạt động)'],
      ['1', 'Mục tiêu 1: 100% hồ sơ đúng hạn', 'Nhiệm vụ 1: Một cửa', 'a) Tiếp nhận, giải quyết hồ sơ đúng quy định', 'Hồ sơ', 'Trung tâm PVHCC', 'Các cơ quan', 'Thường xuyên'],
      ['', '', '', 'b) Số hóa hồ sơ khi tiếp nhận', 'Hồ sơ số hóa', 'Trung tâm PVHCC', 'Các cơ quan', 'Thường xuyên'],
      ['', '', '', 'c. Khảo sát mức độ hài lòng', 'Phiếu khảo sát', 'Trung tâm PVHCC', 'Phòng VH-XH', 'Quý I, III'],
    ];
    expect(analyze(grid).appendix.items.map((i) => i.rows)).toEqual([[3], [4], [5]]);
    expect(counts(grid)).toEqual([['procedures', 1, 1, 3]]);
    expect(codes(grid)).toEqual([]);
  });
  test('the rest of an unlabelled goal or task cell, cut by a page break and printed beside the next numbered row, joins that goal or task', () => {
    for (const col of [1, 2]) {
      const first = ['1', 'Giải quyết 100% hồ sơ đúng hạn', 'Rà soát, đơn giản hóa thủ tục hành chính', 'Rà soát thủ tục', 'Báo cáo', 'Trung tâm', 'Các cơ quan', 'Quý I'];
      first[col] = col === 1 ? 'Giải quyết 100% hồ sơ đúng hạn và nâng cao' : 'Rà soát, đơn giản hóa thủ tục hành chính và';
      const rest: CellValue[] = ['3', '', '', 'Số hóa hồ sơ', 'Hồ sơ số hóa', 'Trung tâm', 'Các cơ quan', 'Hằng năm'];
      rest[col] = col === 1 ? 'mức độ hài lòng của người dân' : 'cắt giảm thời gian giải quyết';
      const grid: CellValue[][] = [
        H,
        ['III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (01 mục tiêu; 01 nhiệm vụ; 03 hoạt động)'],
        first,
        ['2', '', '', 'Niêm yết công khai thủ tục', 'Bộ thủ tục', 'Trung tâm', 'Các cơ quan', 'Thường xuyên'],
        [],
        H,
        rest,
      ];
      const an = analyze(grid);
      expect(counts(grid)).toEqual([['procedures', 1, 1, 3]]);
      expect(an.appendix.items[2][col === 1 ? 'goal' : 'task']).toBe(`${first[col]} ${rest[col]}`);
      expect(codes(grid)).toEqual([]);
      expect(codes(grid, ['info']).filter((c) => c.startsWith('continuation'))).toEqual(['continuation@7']);
      expect(an.issues.find((i) => i.code === 'continuation')!.message).toContain('hàng 3');
    }
  });
  test('a row’s rest after a page break opening with a capital joins when any cell above was cut off ("Phòng Văn hóa -")', () => {
    const grid: CellValue[][] = [
      ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì thực hiện', 'Phối hợp thực hiện'],
      ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      ['1', 'Số hóa hồ sơ thủ tục hành chính', 'Hồ sơ số hóa', 'Hằng năm', 'Trung tâm PVHCC', 'Các cơ quan'],
      ['2', 'Tuyên truyền thủ tục hành chính mới đến cán bộ, đảng viên', 'Tin, bài', 'Năm 2026', 'Phòng Văn hóa -', 'Các cơ quan'],
      [],
      ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì thực hiện', 'Phối hợp thực hiện'],
      ['', 'Nhân dân trên địa bàn phường', 'Kế hoạch tuyên truyền', '', 'Xã hội', ''],
    ];
    const an = analyze(grid);
    expect(an.appendix.items.map((i) => [i.rows, i.lead])).toEqual([[[3], 'Trung tâm PVHCC'], [[4, 7], 'Phòng Văn hóa - Xã hội']]);
    expect(counts(grid)).toEqual([['procedures', null, 2, null]]);
  });
  test('"trên địa bàn xã Ea Súp" names the commune only when no line names its council', () => {
    const title = (lines: string[]): string | null => analyze([...lines.map((l) => [l]), [], H]).appendix.commune;
    expect(title(['KẾ HOẠCH Cải cách hành chính trên địa bàn xã Ea Súp giai đoạn 2026-2030'])).toBe('Ea Súp');
    expect(title(['NHIỆM VỤ CCHC TRÊN ĐỊA BÀN XÃ NĂM 2027', '(Kèm theo Kế hoạch của UBND xã Bình Lư)'])).toBe('Bình Lư');
    expect(title(['Triển khai trên địa bàn xã Hòa Bình', '(Kèm theo Kế hoạch của UBND xã Bình Lư)'])).toBe('Bình Lư');
  });
});

describe('session 5: review round 11 (workbooks typed in Excel)', () => {
  test('a goal or task on a row of its own merged across the table (B:H, C:H) is that goal or task, not an activity; a note merged so is a note', () => {
    const goal = 'Mục tiêu 1: Nâng cao chất lượng văn bản';
    const task = 'Nhiệm vụ 1: Rà soát văn bản';
    const note = '(Các hoạt động dưới đây thực hiện theo Kế hoạch của UBND tỉnh)';
    // Excel (and exceljs) give the band's text in every cell it covers, or only in its first: both read alike.
    for (const spread of [true, false]) {
      const band = (c: number, text: string): CellValue[] => ['', ...Array.from({ length: 7 }, (_, i) => (i + 1 === c || (spread && i + 1 > c) ? text : ''))];
      const grid: CellValue[][] = [
        H,
        ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
        band(1, goal),
        band(2, task),
        ['1', '', '', 'Hoạt động 1: Tự kiểm tra văn bản', ...REST],
        band(1, note),
        ['2', '', '', 'Hoạt động 2: Rà soát định kỳ', ...REST],
      ];
      const merges = [
        { top: 2, left: 1, bottom: 2, right: 7 },
        { top: 3, left: 2, bottom: 3, right: 7 },
        { top: 5, left: 1, bottom: 5, right: 7 },
      ];
      const an = analyze(grid, { merges });
      expect(an.areas.map((a) => a.counts)).toEqual([{ goals: 1, tasks: 1, activities: 2 }]);
      expect(an.appendix.items.filter((i) => i.activity).map((i) => [i.goal, i.task])).toEqual([
        [goal, task],
        [goal, task],
      ]);
      expect(an.issues.filter((i) => i.severity !== 'info')).toEqual([]);
      expect(an.issues.filter((i) => i.row === 6).map((i) => i.code)).toEqual(['repeated-header']);
    }
  });
  test('a value merged over two columns still fills both (a deadline over start | end)', () => {
    const grid: CellValue[][] = [
      ['TT', 'Nhiệm vụ', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian bắt đầu', 'Thời gian kết thúc'],
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      ['1', 'Rà soát văn bản', 'Báo cáo', 'Văn phòng', '', 'Năm 2026', ''],
    ];
    const an = analyze(grid, { merges: [{ top: 2, left: 5, bottom: 2, right: 6 }] });
    expect(an.appendix.items.map((i) => i.deadline)).toEqual(['Năm 2026']);
  });
});

describe('session 5: review round 10 (PDF extraction)', () => {
  test('"công" alone, the last word of "… hành chính công" cut by a page break, is the rest of the row, not a total ("Cộng")', () => {
    const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì thực hiện', 'Phối hợp thực hiện'];
    const grid: CellValue[][] = [
      A,
      ['I', 'Cải cách thủ tục hành chính'],
      ['1', 'Tổ chức tiếp nhận hồ sơ theo cơ chế một cửa', 'Kết quả giải quyết', 'Hằng năm', 'Trung tâm Phục vụ hành chính', 'Các cơ quan'],
      [],
      A,
      ['', '', '', '', 'công', ''],
      ['2', 'Niêm yết công khai thủ tục hành chính', 'Danh mục thủ tục', 'Hằng năm', 'Văn phòng HĐND và UBND', 'Các cơ quan'],
    ];
    expect(analyze(grid).appendix.items.map((i) => i.lead)).toEqual(['Trung tâm Phục vụ hành chính công', 'Văn phòng HĐND và UBND']);
    // "Cộng" is still a total.
    expect(codes([...grid, ['Cộng', '2']], ['info']).filter((c) => c.startsWith('repeated-header'))).toEqual(['repeated-header@5', 'repeated-header@8']);
  });
  test('a bullet before "Mục tiêu N:" keeps the label: a goal of its own', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (2 mục tiêu; 2 nhiệm vụ; 2 hoạt động)'],
      item('1', '• Mục tiêu 1: A', '• Nhiệm vụ 1: B', '- Hoạt động 1: C'),
      item('2', '\uf0b7 Mục tiêu 2: D', '\uf0b7 Nhiệm vụ 2: E', '- Hoạt động 2: F'),
    ];
    expect(counts(grid)).toEqual([['institutions', 2, 2, 2]]);
    expect(codes(grid)).toEqual([]);
  });
  test('the document’s number and its place and date atop a page are furniture; a deadline’s rest "ngày 15 tháng 12 năm 2026" is not', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (2 mục tiêu; 2 nhiệm vụ; 2 hoạt động)'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: Ban hành văn bản', 'Nghị quyết', 'Văn phòng', 'Các cơ quan', 'Trước'],
      [],
      ['Số: 45/KH-UBND', '', '', '', '', '', '', 'Bình Lư, ngày 15 tháng 01 năm 2026'],
      H,
      ['', '', '', '', '', '', '', 'ngày 15 tháng 12 năm 2026'],
      item('2', 'Mục tiêu 2: D', 'Nhiệm vụ 2: E', 'Hoạt động 2: F'),
    ];
    const an = analyze(grid);
    expect(an.appendix.items.map((i) => [i.rows, i.deadline])).toEqual([[[3, 7], 'Trước ngày 15 tháng 12 năm 2026'], [[8], 'Hằng năm']]);
    expect(codes(grid)).toEqual([]);
  });
  test('a header wrapped onto a second row with longer words ("kiểm tra, đôn đốc") or a capital after a cut ("Kết quả/" over "Sản phẩm")', () => {
    const long: CellValue[][] = [
      ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian', 'Chủ trì', 'Phối hợp', 'Theo dõi,'],
      ['', '', '', 'hoàn thành', 'thực hiện', 'thực hiện', 'kiểm tra, đôn đốc'],
      ['I', 'Cải cách thể chế'],
      ['1', 'Rà soát văn bản quy phạm pháp luật', 'Báo cáo rà soát', 'Hằng năm', 'Văn phòng HĐND và UBND', 'Các cơ quan', 'Văn phòng'],
    ];
    expect(counts(long)).toEqual([['institutions', null, 1, null]]);
    expect(codes(long)).toEqual([]);
    const cut: CellValue[][] = [
      ['TT', '1. Mục tiêu', '2. Nhiệm vụ', '3. Hoạt động', '4. Kết quả/', '5. Chủ trì', '6. Phối hợp', '7. Thời'],
      ['', '', '', '', 'Sản phẩm', '', '', 'gian hoàn thành'],
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
    ];
    expect(analyze(cut).appendix.header!.columns.deadline).toBe(7);
    expect(codes(cut)).toEqual([]);
  });
  test('a signed PDF’s signature stamp ("Ký bởi: …", "Email: …", "Thời gian ký: …") printed between rows is page furniture', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (2 mục tiêu; 2 nhiệm vụ; 2 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      ['', '', '', '', '', '', '', 'Ký bởi: Ủy ban nhân dân xã Bình Lư'],
      ['', '', '', '', '', '', '', 'Email: ubndbinhlu@laichau.gov.vn'],
      ['', '', '', '', '', '', '', 'Cơ quan: Tỉnh Lai Châu'],
      ['', '', '', '', '', '', '', 'Thời gian ký: 15.01.2026 10:20:11 +07:00'],
      item('2', 'Mục tiêu 2: D', 'Nhiệm vụ 2: E', 'Hoạt động 2: F'),
    ];
    expect(analyze(grid).appendix.items.map((i) => [i.rows, i.deadline])).toEqual([[[3], 'Hằng năm'], [[8], 'Hằng năm']]);
    expect(codes(grid)).toEqual([]);
  });
  test('one sheet row per printed line, the TT centred on a middle line: the TT is the labelled lines’ above it', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 2 nhiệm vụ; 2 hoạt động)'],
      ['', 'Mục tiêu 1: Văn bản ban hành', 'Nhiệm vụ 1: Xây dựng văn', 'Hoạt động 1: Ban hành các văn', 'Nghị quyết,', 'Văn phòng HĐND', 'Các cơ quan,', 'Hằng năm'],
      ['1', 'đúng quy định', 'bản pháp luật', 'bản QPPL của xã', 'Quyết định', 'và UBND', 'đơn vị liên quan', ''],
      ['', '', 'Nhiệm vụ 2: Rà soát văn', 'Hoạt động 2: Rà soát văn bản', 'Báo cáo rà', 'Văn phòng HĐND', 'Các cơ quan,', 'Hằng năm'],
      ['2', '', 'bản hết hiệu lực', 'theo chuyên đề', 'soát', 'và UBND', 'đơn vị liên quan', ''],
      ['', '', '', 'trên địa bàn xã', '', '', '', ''],
    ];
    const an = analyze(grid);
    expect(an.appendix.items.map((i) => [i.tt, i.rows, i.activity])).toEqual([
      ['1', [3, 4], 'Hoạt động 1: Ban hành các văn bản QPPL của xã'],
      ['2', [5, 6, 7], 'Hoạt động 2: Rà soát văn bản theo chuyên đề trên địa bàn xã'],
    ]);
    expect(counts(grid)).toEqual([['institutions', 1, 2, 2]]);
    expect(codes(grid)).toEqual([]);
  });
});

describe('session 5: review round 12 (other templates)', () => {
  test('under lettered areas, a Roman-numbered goal in its area’s words is a goal, not a new area', () => {
    const grid: CellValue[][] = [
      H,
      ['A', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (2 mục tiêu; 2 nhiệm vụ; 2 hoạt động)'],
      ['I', 'Tỷ lệ hồ sơ giải quyết trực tuyến đạt mục tiêu tỉnh giao'],
      ['1', '', 'Hướng dẫn nộp hồ sơ trực tuyến', 'Hướng dẫn người dân', 'Hồ sơ', 'Trung tâm', 'Các phòng', 'Hằng năm'],
      ['II', 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 100%'],
      ['1', '', 'Số hóa hồ sơ TTHC', 'Số hóa kết quả', 'Kho dữ liệu', 'Trung tâm', 'Các phòng', 'Năm 2027'],
      ['B', 'CẢI CÁCH TỔ CHỨC BỘ MÁY'],
    ];
    expect(analyze(grid).areas.map((a) => [a.numeral, a.code, a.counts])).toEqual([
      ['A', 'procedures', { goals: 2, tasks: 2, activities: 2 }],
      ['B', 'organization', { goals: 0, tasks: 0, activities: 0 }],
    ]);
  });
  test('two labelled activities joined on one line ("Hoạt động 1: …; Hoạt động 2: …") are two', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 3 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: Soạn thảo văn bản; Hoạt động 2: Tự kiểm tra văn bản'),
      item('2', '', '', 'Hoạt động 3: Rà soát văn bản'),
    ];
    const an = analyze(grid);
    expect(an.appendix.items.map((i) => [i.tt, i.activity])).toEqual([
      ['1', 'Hoạt động 1: Soạn thảo văn bản'],
      [null, 'Hoạt động 2: Tự kiểm tra văn bản'],
      ['2', 'Hoạt động 3: Rà soát văn bản'],
    ]);
    expect(counts(grid)).toEqual([['institutions', 1, 1, 3]]);
    expect(codes(grid, ['error', 'warning', 'info']).filter((c) => !c.startsWith('missing-area'))).toEqual([]);
    // A mention of another activity inside a sentence is no label of its own.
    const mention = [H, ['I', 'CẢI CÁCH THỂ CHẾ'], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 2: Phối hợp thực hiện Hoạt động 1. Báo cáo kết quả')];
    expect(analyze(mention).appendix.items).toHaveLength(1);
  });
  test('a short "Tổng hợp:" caption above a summary table ends the appendix', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      [],
      ['Tổng hợp:'],
      ['TT', 'Nội dung', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Ghi chú'],
      ['1', 'Cải cách thể chế', '1', '1', '1'],
    ];
    expect(analyze(grid).appendix.items).toHaveLength(1);
    expect(codes(grid)).toEqual([]);
  });
  test('an eighth section numbered like the areas before it (2 after 1, B after A, bare capitals after bare titles) is an unknown area of its own', () => {
    const rows = (first: CellValue[], second: CellValue[]): CellValue[][] => [
      H,
      first,
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      second,
      item('1', 'Mục tiêu 1: D', 'Nhiệm vụ 1: E', 'Hoạt động 1: F'),
    ];
    for (const grid of [
      rows(['1', 'CẢI CÁCH THỂ CHẾ'], ['2', 'CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN']),
      rows(['A', 'CẢI CÁCH THỂ CHẾ'], ['B', 'CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN']),
      rows(['CẢI CÁCH THỂ CHẾ'], ['CÔNG TÁC KIỂM TRA CẢI CÁCH HÀNH CHÍNH']),
    ]) {
      expect(analyze(grid).areas.map((a) => [a.code, a.counts.activities])).toEqual([['institutions', 1], [null, 1]]);
      expect(codes(grid)).toEqual(['unknown-area@4']);
    }
    // A task heading under area 1, numbered 2, is no section.
    const heading = rows(['1', 'CẢI CÁCH THỂ CHẾ'], ['2', 'Xây dựng kế hoạch rà soát văn bản']);
    expect(analyze(heading).areas.map((a) => a.code)).toEqual(['institutions']);
  });
});

describe('session 5: review round 13 (issue precision)', () => {
  const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì thực hiện', 'Phối hợp thực hiện', 'Theo dõi, kiểm tra, đôn đốc'];
  const task = (stt: string, text: string): CellValue[] => [stt, text, 'Báo cáo', 'Hằng năm', 'Phòng Kinh tế', '', 'Phòng Kinh tế'];
  test('assignment: the same task written again on the next numbered row is a duplicate', () => {
    const dup: CellValue[][] = [A, ['I', 'Cải cách tài chính công'], task('1', 'Xây dựng kế hoạch giải ngân'), task('2', 'Rà soát quy định về kinh phí'), task('3', 'Rà soát quy định về kinh phí')];
    expect(codes(dup)).toEqual(['duplicate-row@5']);
    // A numbered row with an empty task cell: in text from a PDF, a task cell merged over two
    // numbered rows (one task, two products) looks just so; it is the task above, not missing.
    const empty: CellValue[][] = [A, ['I', 'Cải cách tài chính công'], task('1', 'Xây dựng kế hoạch giải ngân'), task('2', ''), task('3', 'Rà soát quy định về kinh phí')];
    expect(codes(empty)).toEqual([]);
    expect(counts(empty)).toEqual([['public-finance', null, 2, null]]);
    // A task merged down over rows without a number of their own is no duplicate and not missing.
    const merged: CellValue[][] = [A, ['I', 'Cải cách tài chính công'], task('1', 'Xây dựng kế hoạch giải ngân'), ['', '', 'Kế hoạch', 'Quý I', 'Phòng Kinh tế', '', '']];
    expect(codes(merged)).toEqual([]);
  });
  test('numbering: one wrong label is one warning ("1, 2, 2, 4" and "1, 2, 2, 3"); a skip into an area numbered on says after which', () => {
    const tasks = (ns: number[]): CellValue[][] => [H, ['I', 'CẢI CÁCH THỂ CHẾ'], ...ns.map((n, i) => item(String(i + 1), i === 0 ? 'Mục tiêu 1: A' : '', `Nhiệm vụ ${n}: T${i}`, `Hoạt động ${i + 1}: H${i}`))];
    expect(codes(tasks([1, 2, 2, 4, 5]))).toEqual(['numbering@5']);
    expect(codes(tasks([1, 2, 2, 3, 4]))).toEqual(['numbering@5']);
    expect(codes(tasks([1, 2, 3, 2, 5]))).toEqual(['numbering@6']);
    const on: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      item('2', 'Mục tiêu 2: D', 'Nhiệm vụ 2: E', 'Hoạt động 2: F'),
      ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      item('1', 'Mục tiêu 3: G', 'Nhiệm vụ 3: H', 'Hoạt động 3: I'),
      ['III', 'CẢI CÁCH TỔ CHỨC BỘ MÁY'],
      item('1', 'Mục tiêu 5: J', 'Nhiệm vụ 4: K', 'Hoạt động 4: L'),
    ];
    const issue = analyze(on).issues.find((i) => i.code === 'numbering')!;
    expect([issue.row, issue.level, issue.detail]).toEqual([8, 'goals', { found: 5, previous: 3, kind: 'skip' }]);
    expect(issue.message).toBe('Hàng 8, cột B (Mục tiêu): Mục tiêu số 5 đứng sau số 3 — thiếu số 4: bổ sung dòng còn thiếu, hoặc đánh lại số.');
    // More than one number skipped: the numbers missing, as a range; in English too.
    const wider = on.map((r) => (r[1] === 'Mục tiêu 5: J' ? item('1', 'Mục tiêu 7: J', 'Nhiệm vụ 4: K', 'Hoạt động 4: L') : r));
    expect(analyze(wider).issues.find((i) => i.code === 'numbering')?.message).toContain('thiếu số 4–6');
    expect(analyze(wider, { lang: 'en' }).issues.find((i) => i.code === 'numbering')?.message).toBe('Row 8, column B (Goal): “Mục tiêu 7” follows “Mục tiêu 3”, without 4–6: add the missing row, or renumber.');
  });
});

describe('session 5: review round 14 (assignment layouts)', () => {
  const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì thực hiện', 'Phối hợp thực hiện', 'Theo dõi, kiểm tra, đôn đốc'];
  const task = (stt: string, text: string): CellValue[] => [stt, text, 'Báo cáo', 'Hằng năm', 'Văn phòng HĐND và UBND', '', 'Chủ tịch UBND xã'];
  test('a cell’s rest after a page break that is an area’s words in lower case ("cải cách thủ tục hành chính.") is no area', () => {
    const grid: CellValue[][] = [
      A,
      ['I', 'Cải cách thủ tục hành chính'],
      task('1', 'Niêm yết công khai thủ tục hành chính'),
      task('2', 'Tổ chức đối thoại với người dân, doanh nghiệp về công tác'),
      [],
      A,
      ['', 'cải cách thủ tục hành chính.'],
      task('3', 'Số hóa hồ sơ'),
      ['II', 'Cải cách thể chế'],
      task('1', 'Rà soát văn bản'),
    ];
    const an = analyze(grid);
    expect(an.areas.map((a) => [a.numeral, a.code, a.counts.tasks])).toEqual([['I', 'procedures', 3], ['II', 'institutions', 1]]);
    expect(an.appendix.items[1].task).toBe('Tổ chức đối thoại với người dân, doanh nghiệp về công tác cải cách thủ tục hành chính.');
    expect(codes(grid)).toEqual([]);
  });
  test('areas numbered 1, 2, 3 by their short names ("1 | Thể chế", "4 | Công vụ, công chức", "1. THỂ CHẾ")', () => {
    for (const [a, b] of [[['1', 'Thể chế'], ['2', 'Thủ tục hành chính']], [['1. THỂ CHẾ'], ['2. Công vụ, công chức']], [['1', 'Tài chính công'], ['2', 'Chính quyền số']]]) {
      const grid: CellValue[][] = [A, a, task('1.1', 'Rà soát văn bản'), b, task('2.1', 'Công khai thủ tục')];
      expect(analyze(grid).areas.map((x) => [x.numeral, x.counts.tasks])).toEqual([['1', 1], ['2', 1]]);
      expect(codes(grid)).toEqual([]);
    }
    // A task that names an area in a sentence stays a task.
    const sentence: CellValue[][] = [A, ['1', 'Thể chế'], task('1', 'Rà soát thủ tục hành chính'), ['2', 'Rà soát thủ tục hành chính']];
    expect(analyze(sentence).areas.map((x) => x.numeral)).toEqual(['1']);
  });
  test('a task cut at "… của" and gone on after the page break with a capital ("Ủy ban nhân dân tỉnh …") beside the next number joins it', () => {
    const grid: CellValue[][] = [
      A,
      ['I', 'Cải cách thủ tục hành chính'],
      task('1', 'Thực hiện phân cấp giải quyết thủ tục hành chính theo Quyết định của'),
      [],
      A,
      task('2', 'Ủy ban nhân dân tỉnh Lai Châu'),
    ];
    const an = analyze(grid);
    expect(an.appendix.items.map((i) => i.task)).toEqual(['Thực hiện phân cấp giải quyết thủ tục hành chính theo Quyết định của Ủy ban nhân dân tỉnh Lai Châu', 'Thực hiện phân cấp giải quyết thủ tục hành chính theo Quyết định của Ủy ban nhân dân tỉnh Lai Châu']);
    expect(counts(grid)).toEqual([['procedures', null, 1, null]]);
    expect(codes(grid)).toEqual([]);
  });
});

describe('session 5: review round 17 (normalize round trips)', () => {
  const roundTrip = (grid: CellValue[][]) => {
    const an = analyze(grid);
    const t = normalizedTable(an);
    const back = analyze([t.header, ...t.rows]);
    const kinds = (x: typeof an) => x.issues.filter((i) => i.severity !== 'info' && i.code !== 'declared-count-mismatch').map((i) => `${i.code}:${i.column}`).sort();
    return { an, back, t, kinds: [kinds(an), kinds(back)] };
  };
  test('a table without an activity column stays without one; Roman goals under lettered areas stay goals; a task over two numbered rows stays one', () => {
    const noActivity: CellValue[][] = [
      ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Kết quả/Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành'],
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Báo cáo', 'Văn phòng', '', 'Hằng năm'],
    ];
    const lettered: CellValue[][] = [
      H,
      ['A', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      ['I', 'Tỷ lệ hồ sơ giải quyết trực tuyến đạt mục tiêu tỉnh giao'],
      ['1', '', 'Hướng dẫn nộp hồ sơ trực tuyến', 'Hướng dẫn người dân', 'Hồ sơ', 'Trung tâm', 'Các phòng', 'Hằng năm'],
      ['II', 'Tỷ lệ số hóa hồ sơ đạt 100%'],
      ['1', '', 'Số hóa hồ sơ', 'Số hóa kết quả', 'Kho dữ liệu', 'Trung tâm', 'Các phòng', 'Năm 2027'],
    ];
    const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì thực hiện', 'Phối hợp thực hiện'];
    const twoRows: CellValue[][] = [
      A,
      ['I', 'Cải cách tổ chức bộ máy'],
      ['1', 'Rà soát, sắp xếp tổ chức bộ máy', 'Đề án sắp xếp', 'Quý II/2026', 'Phòng Văn hóa - Xã hội', ''],
      ['2', '', 'Quyết định kiện toàn', 'Quý III/2026', 'Phòng Văn hóa - Xã hội', ''],
    ];
    for (const grid of [noActivity, lettered, twoRows]) {
      const { an, back, kinds } = roundTrip(grid);
      expect(back.areas.map((a) => [a.code, a.counts])).toEqual(an.areas.map((a) => [a.code, a.counts]));
      expect(kinds[1]).toEqual(kinds[0]);
    }
    expect(roundTrip(noActivity).t.header).not.toContain('Hoạt động');
  });
});

describe('session 5: review round 16 (hand-written holdouts)', () => {
  test('"Nt" in a goal or task cell is the one above', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      ['1', 'Tỷ lệ hồ sơ trực tuyến đạt 80%', 'Đẩy mạnh dịch vụ công trực tuyến', 'Rà soát danh mục', 'Danh mục', 'Trung tâm', '', 'Quý I/2026'],
      ['2', 'Như trên', 'Nt', 'Hướng dẫn người dân', 'Hồ sơ', 'Trung tâm', '', 'Thường xuyên'],
    ];
    expect(counts(grid)).toEqual([['procedures', 1, 1, 2]]);
    expect(codes(grid)).toEqual([]);
  });
  test('an area title wrapped in capitals without counts ("CẢI CÁCH THỦ TỤC" / "HÀNH CHÍNH"); counts on their own line typed from column A', () => {
    const wrapped: CellValue[][] = [H, ['I', 'CẢI CÁCH THỦ TỤC'], ['', 'HÀNH CHÍNH'], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')];
    expect(analyze(wrapped).areas.map((a) => [a.code, a.title, a.counts.goals])).toEqual([['procedures', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 1]]);
    expect(codes(wrapped)).toEqual([]);
    // The next area in capitals is no rest of the title above.
    const next: CellValue[][] = [H, ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'], ['CẢI CÁCH THỂ CHẾ'], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')];
    expect(analyze(next).areas.map((a) => a.code)).toEqual(['direction', 'institutions']);
    const colA: CellValue[][] = [H, ['III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH'], ['Gồm: 01 mục tiêu, 01 nhiệm vụ, 01 hoạt động'], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')];
    expect(analyze(colA).areas.map((a) => a.declared)).toEqual([{ goals: 1, tasks: 1, activities: 1 }]);
    expect(codes(colA)).toEqual([]);
  });
});


describe('session 6: labels as PDF extraction and staff write them', () => {
  test('two labelled goals (or tasks) in one cell are two, and the next label goes on from the second', () => {
    const lines: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (3 mục tiêu; 3 nhiệm vụ; 3 hoạt động)'],
      item('1', 'Mục tiêu 1: Nâng cao chất lượng văn bản\nMục tiêu 2: 100% văn bản được kiểm tra', 'Nhiệm vụ 1: Xây dựng văn bản', 'Hoạt động 1: Ban hành văn bản'),
      item('2', '', 'Nhiệm vụ 2: Kiểm tra; Nhiệm vụ 3: Rà soát', 'Hoạt động 2: Kiểm tra văn bản'),
      item('3', 'Mục tiêu 3: Rà soát văn bản', 'Nhiệm vụ 4: Rà soát', 'Hoạt động 3: Rà soát văn bản'),
    ];
    // Joined into one line by the extraction: "…; Mục tiêu 2: …".
    const joined = lines.map((r) => r.map((v) => (typeof v === 'string' ? v.replace('\nMục', '. Mục') : v)));
    for (const grid of [lines, joined]) {
      expect(counts(grid)).toEqual([['institutions', 3, 4, 3]]);
      expect(analyze(grid).issues.filter((i) => i.code === 'numbering')).toEqual([]);
      expect(analyze(grid).issues.filter((i) => i.code === 'declared-count-mismatch').map((i) => [i.level, i.declared, i.actual])).toEqual([['tasks', 3, 4]]);
    }
    // A skip after the second is still a skip.
    const skip = lines.map((r, i) => (i === 4 ? item('3', 'Mục tiêu 4: Rà soát văn bản', 'Nhiệm vụ 4: Rà soát', 'Hoạt động 3: Rà soát văn bản') : r));
    expect(analyze(skip).issues.filter((i) => i.code === 'numbering').map((i) => [i.row, i.level])).toEqual([[5, 'goals']]);
  });
});

describe('session 6: one sheet row per printed line, the TT on a middle line (review round 10 leftovers)', () => {
  test('a middle line whose goal opens with a capital ("Chỉ số CCHC") or whose activity has ended goes on the labelled lines above', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (2 mục tiêu; 2 nhiệm vụ; 2 hoạt động)'],
      ['', 'Mục tiêu 1: Tự chấm điểm', 'Nhiệm vụ 1: Triển khai tự', 'Hoạt động 1: Tự chấm điểm, nhập dữ', 'Báo cáo', 'Văn phòng', 'Các cơ quan', 'Hằng năm'],
      ['1', 'Chỉ số CCHC (PAR INDEX) xã', 'chấm điểm chỉ số CCHC của', 'liệu và gửi báo cáo', '', '', '', ''],
      ['', 'Bình Lư hằng năm', 'xã theo Kế hoạch của tỉnh', '', '', '', '', ''],
      ['', 'Mục tiêu 2: Từ 50% số cơ', 'Nhiệm vụ 2: Tổ chức kiểm', 'Hoạt động 2: Xây dựng kế hoạch', 'Kế hoạch', 'Văn phòng', 'Các cơ quan', 'Hằng năm'],
      ['', 'quan chuyên môn thuộc UBND', 'tra công tác cải cách hành', 'kiểm tra', '', '', '', ''],
      // The activity has ended: the goal and the task go on beside the TT.
      ['2', 'xã được kiểm tra', 'chính hằng năm', '', '', '', '', ''],
    ];
    expect(analyze(grid).appendix.items.map((i) => [i.rows, i.tt])).toEqual([[[3, 4, 5], '1'], [[6, 7, 8], '2']]);
    expect(counts(grid)).toEqual([['direction', 2, 2, 2]]);
    expect(codes(grid)).toEqual([]);
  });
  test('assignment: the first item\'s TT on its third line, and a line opening with an abbreviation after one cut at "… tại"', () => {
    const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì thực hiện', 'Phối hợp thực hiện', 'Theo dõi, kiểm tra, đôn đốc'];
    const grid: CellValue[][] = [
      A,
      ['I', 'Cải cách thủ tục hành chính'],
      ['', 'Thực hiện việc đăng tải, cập nhật văn', 'Văn bản quy phạm pháp luật', 'Hằng năm', 'Văn phòng HĐND và', '', 'Văn phòng HĐND và'],
      ['', 'bản quy phạm pháp luật của Hội đồng', 'được thể hiện trên hệ thống', '', 'UBND', '', 'UBND'],
      ['1', 'nhân dân xã trên cơ sở dữ liệu quốc gia.', '', '', '', '', ''],
      ['', 'Tổ chức tốt việc tiếp nhận hồ sơ', 'Kết quả giải quyết', 'Hằng năm', 'Trung tâm Phục vụ', '', 'Văn phòng HĐND và UBND'],
      ['', 'thủ tục hành chính phải được tiếp nhận tại', '', '', 'hành chính công', '', ''],
      ['2', 'TTPVHCC và được cập nhật, luân chuyển', '', '', '', '', ''],
      ['', 'trên Hệ thống thông tin giải quyết TTHC.', '', '', '', '', ''],
      ['', 'Tiếp nhận và xử lý kịp thời các phản ánh,', 'Báo cáo', 'Hằng năm', 'Trung tâm Phục vụ', '', 'Văn phòng HĐND và UBND'],
      ['3', 'kiến nghị của người dân.', '', '', 'hành chính công', '', ''],
    ];
    expect(analyze(grid).appendix.items.map((i) => [i.rows, i.tt])).toEqual([[[3, 4, 5], '1'], [[6, 7, 8, 9], '2'], [[10, 11], '3']]);
    expect(counts(grid)).toEqual([['procedures', null, 3, null]]);
    expect(codes(grid)).toEqual([]);
  });
});

describe('session 6: pages a converter laid out on columns of their own', () => {
  const page1: CellValue[][] = [
    H,
    ['I', 'CẢI CÁCH THỂ CHẾ (3 mục tiêu; 3 nhiệm vụ; 3 hoạt động)'],
    item('1', 'Mục tiêu 1: Ban hành văn bản đúng quy định', 'Nhiệm vụ 1: Xây dựng văn bản', 'Hoạt động 1: Ban hành văn bản QPPL'),
  ];
  const page3: CellValue[][] = [[], H, item('4', 'Mục tiêu 3: Theo dõi thi hành pháp luật', 'Nhiệm vụ 3: Theo dõi', 'Hoạt động 3: Kiểm tra thi hành')];
  test('"TT 1. Mục tiêu" in one cell: the page\'s TT and goal are split back, and the page is reported once', () => {
    const page2: CellValue[][] = [
      [],
      ['TT 1. Mục tiêu', ...H.slice(2)],
      ['2 Mục tiêu 2: Kiểm tra văn bản', 'Nhiệm vụ 2: Kiểm tra', 'Hoạt động 2: Kiểm tra văn bản', ...REST],
      ['3', '', 'Rà soát văn bản hết hiệu lực', ...REST],
      ['II CẢI CÁCH THỦ TỤC HÀNH CHÍNH (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      ['1 Mục tiêu 1: Cắt giảm TTHC', 'Nhiệm vụ 1: Rà soát TTHC', 'Hoạt động 1: Rà soát', ...REST],
    ];
    const grid = [...page1, ...page2, ...page3];
    const an = analyze(grid);
    expect(an.areas.map((a) => [a.code, a.counts.goals, a.counts.tasks, a.counts.activities])).toEqual([['institutions', 2, 2, 3], ['procedures', 2, 2, 2]]);
    expect(an.appendix.items.map((i) => [i.rows[0], i.tt, i.deadline])).toEqual([[3, '1', 'Hằng năm'], [6, '2', 'Hằng năm'], [7, '3', 'Hằng năm'], [9, '1', 'Hằng năm'], [12, '4', 'Hằng năm']]);
    const shifted = an.issues.filter((i) => i.code === 'shifted-row');
    expect(shifted.map((i) => [i.row, i.message])).toEqual([[5, 'Hàng 5: trang này (đến hàng 9) in cột TT chung một ô với cột bên cạnh — đã tách lại theo tiêu đề.']]);
    // The caller's grid is left as given.
    expect(grid[5][0]).toBe('2 Mục tiêu 2: Kiểm tra văn bản');
  });
  test('a page printed one column to the right (its header again a column late) moves back', () => {
    const page2: CellValue[][] = [[], ['', ...H], ['', ...item('2', 'Mục tiêu 2: Kiểm tra văn bản', 'Nhiệm vụ 2: Kiểm tra', 'Hoạt động 2: Kiểm tra văn bản')], ['', ...item('3', '', '', 'Hoạt động 3: Rà soát văn bản')]];
    const grid = [...page1, ...page2, [], H, item('4', 'Mục tiêu 3: Theo dõi thi hành pháp luật', 'Nhiệm vụ 3: Theo dõi', 'Hoạt động 4: Kiểm tra thi hành')];
    const an = analyze(grid);
    expect(an.areas.map((a) => [a.code, a.counts.goals, a.counts.tasks, a.counts.activities])).toEqual([['institutions', 3, 3, 4]]);
    expect(an.issues.filter((i) => i.severity !== 'info').map((i) => [i.code, i.row, i.level ?? null])).toEqual([
      ['shifted-row', 5, null],
      ['declared-count-mismatch', 2, 'activities'],
    ].sort((a, b) => (a[1] as number) - (b[1] as number)));
    expect(analyze(grid, { lang: 'en' }).issues.find((i) => i.code === 'shifted-row')!.message).toBe(
      'Row 5: this page (to row 7) prints its columns 1 column to the right of the header — realigned to the header.',
    );
    // Text in the column a move would drop keeps the page where it is: nothing is lost.
    const kept = grid.map((row, i) => (i === 6 ? ['Ghi chú', ...row.slice(1)] : row));
    expect(analyze(kept).issues.filter((i) => i.code === 'shifted-row' && i.row === 5)).toEqual([]);
    expect(JSON.stringify(analyze(kept).appendix)).toContain('Ghi chú');
  });
});

describe('session 6: review round 20 (Excel workbooks typed by staff)', () => {
  const row = (tt: CellValue, goal: string, task: string, activity: string, rest: CellValue[] = REST): CellValue[] => [tt, goal, task, activity, ...rest];
  test('a labelled goal merged over three rows is that goal once, and a row copied whole under it is no second goal', () => {
    const goal = 'Mục tiêu 1: 100% văn bản QPPL ban hành đúng quy định';
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (2 mục tiêu; 2 nhiệm vụ; 3 hoạt động)'],
      row(1, goal, 'Nhiệm vụ 1: Rà soát', 'Hoạt động 1: Rà soát văn bản'),
      row(2, goal, 'Nhiệm vụ 1: Rà soát', 'Hoạt động 2: Kiểm tra văn bản'),
      row(3, goal, 'Nhiệm vụ 1: Rà soát', 'Hoạt động 1: Rà soát văn bản'),
      row(4, 'Mục tiêu 2: Theo dõi thi hành pháp luật', 'Nhiệm vụ 2: Thu thập', 'Hoạt động 3: Báo cáo'),
    ];
    // B3:B4 and C3:C5 merged; row 5 is row 3 pasted again (its goal written out).
    const an = analyze(grid, { merges: [{ top: 2, left: 1, bottom: 3, right: 1 }, { top: 2, left: 2, bottom: 4, right: 2 }] });
    expect(an.appendix.items.map((i) => i.goal)).toEqual([goal, goal, goal, 'Mục tiêu 2: Theo dõi thi hành pháp luật']);
    expect(an.areas.map((a) => [a.counts.goals, a.counts.tasks])).toEqual([[2, 2]]);
    expect(an.issues.filter((i) => i.code === 'declared-count-mismatch')).toEqual([]);
  });
  test('activities opening in lower case with their own product, lead and deadline are rows of their own (TT on the goal row only)', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 3 hoạt động)'],
      row(1, 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát, hệ thống hóa', 'rà soát, công bố danh mục văn bản hết hiệu lực', ['Quyết định công bố', 'Văn phòng HĐND và UBND', 'Các cơ quan', 'Trước 31/01 hằng năm']),
      row(null, '', '', 'hệ thống hóa văn bản QPPL kỳ 2024-2028', ['Báo cáo hệ thống hóa', 'Văn phòng HĐND và UBND', 'Các cơ quan', 'Năm 2029']),
      row(null, '', '', 'theo dõi tình hình thi hành pháp luật', ['Báo cáo theo dõi', 'Văn phòng HĐND và UBND', 'Công an xã', 'Tháng 11 hằng năm']),
    ];
    expect(counts(grid)).toEqual([['institutions', 1, 1, 3]]);
    expect(analyze(grid).issues.filter((i) => i.code === 'continuation')).toEqual([]);
  });
  test('labels 1, 2, 1, 3: one numbering warning, at the 1', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      row(1, 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: Rà soát'),
      row(2, '', '', 'Hoạt động 2: Kiểm tra'),
      row(3, '', '', 'Hoạt động 1: Rà soát lại'),
      row(4, '', '', 'Hoạt động 3: Báo cáo'),
    ];
    expect(analyze(grid).issues.filter((i) => i.code === 'numbering').map((i) => i.row)).toEqual([5]);
  });
  test('a row pasted one column late with its deadline empty moves back from the TT on', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (2 mục tiêu; 2 nhiệm vụ; 2 hoạt động)'],
      row(1, 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: Rà soát'),
      [null, 2, null, null, 'Hoạt động 2: Kiểm tra văn bản QPPL', 'Báo cáo kiểm tra', 'Văn phòng HĐND và UBND', 'Công an xã'],
      row(3, 'Mục tiêu 2: C', 'Nhiệm vụ 2: D', 'Hoạt động 3: Báo cáo'),
    ];
    const an = analyze(grid);
    expect(an.appendix.items[1].tt).toBe('2');
    expect(an.issues.filter((i) => i.severity !== 'info').map((i) => [i.code, i.row, i.column])).toEqual([
      ['declared-count-mismatch', 2, null],
      ['missing-cell', 4, 'deadline'],
      ['shifted-row', 4, 'activity'],
    ]);
  });
  test('an area block pasted twice (no page break, no "(tiếp)") is the area twice; after a page break it goes on', () => {
    const block: CellValue[][] = [['II', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'], row(1, 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')];
    const twice = [H, ...block, ...block];
    expect(analyze(twice).issues.filter((i) => i.code === 'duplicate-area').map((i) => i.row)).toEqual([4]);
    const broken = [H, ...block, [], H, ['II', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'], row(2, '', '', 'Hoạt động 2: D')];
    expect(analyze(broken).issues.filter((i) => i.code === 'duplicate-area')).toEqual([]);
    expect(analyze(broken).areas.map((a) => a.counts.activities)).toEqual([2]);
  });
  test('goal, task and activity in one cell merged B:D with cells of their own to the right: all three are that text', () => {
    const text = 'Tuyên truyền cải cách hành chính trên hệ thống truyền thanh xã';
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (2 mục tiêu; 2 nhiệm vụ; 2 hoạt động)'],
      row(1, 'Nâng cao Chỉ số CCHC', 'Tự chấm điểm Chỉ số CCHC', 'Tự chấm điểm Chỉ số CCHC'),
      row(2, text, null as unknown as string, null as unknown as string),
    ];
    const an = analyze(grid, { merges: [{ top: 3, left: 1, bottom: 3, right: 3 }] });
    expect(an.areas.map((a) => [a.counts.goals, a.counts.tasks, a.counts.activities])).toEqual([[2, 2, 2]]);
    expect(an.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
  test('"PL1", "PL 01" name no commune: the file\'s name does', () => {
    expect(analyze([['(Kèm theo Kế hoạch)'], H], { sheetName: 'PL1', source: 'Xa Dong Thanh.xlsx' }).appendix.commune).toBe('Dong Thanh');
    expect(analyze([H], { sheetName: 'PL 01', source: 'Xã Phước Sơn.xlsx' }).appendix.commune).toBe('Phước Sơn');
  });
  test('"Dài hạn", "Trung hạn", "Ngắn hạn" are deadlines', () => {
    const grid: CellValue[][] = [H, ['I', 'CẢI CÁCH THỂ CHẾ'], ...['Dài hạn', 'Trung hạn', 'Ngắn hạn'].map((d, k) => row(k + 1, k ? '' : 'Mục tiêu 1: A', k ? '' : 'Nhiệm vụ 1: B', `Hoạt động ${k + 1}: C${k}`, ['Báo cáo', 'Văn phòng', '', d]))];
    expect(analyze(grid).issues.filter((i) => i.code === 'unrecognized-deadline')).toEqual([]);
  });
});

describe('session 6: review round 19 (PDF and OCR text)', () => {
  test('look-alike letters: "ƣ" for "ư", the eth "Ð" for "Đ" in a header, an area title and deadlines', () => {
    const grid: CellValue[][] = [
      ['TT', 'Mục tiêu', 'Nhiệm vụ', 'HOẠT ÐỘNG', 'Kết quả/Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành'],
      ['I', 'CÔNG TÁC CHỈ ÐẠO, ÐIỀU HÀNH (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 'Báo cáo', 'Văn phòng', '', 'Thƣờng xuyên'],
      ['2', '', '', 'Hoạt động 2: D', 'Báo cáo', 'Văn phòng', '', 'Trƣớc Tết Nguyên đán'],
    ];
    const an = analyze(grid);
    expect(an.areas.map((a) => [a.code, a.counts.activities])).toEqual([['direction', 2]]);
    expect(an.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(an.appendix.items.map((i) => i.deadline)).toEqual(['Thường xuyên', 'Trước Tết Nguyên đán']);
  });
});

describe('session 6: review round 19 (cells that say "as above" or end complete)', () => {
  test('a lone "-" in a goal or task cell is the goal or task above, like an empty cell', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      item('1', 'Văn bản ban hành đúng quy định', 'Rà soát văn bản', 'Rà soát văn bản quy phạm'),
      item('2', '-', '–', 'Công bố danh mục văn bản hết hiệu lực'),
    ];
    expect(counts(grid)).toEqual([['institutions', 1, 1, 2]]);
    expect(codes(grid)).toEqual([]);
  });
  test('a deadline ending "… của cấp trên" is complete: the next row is no rest of it', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH TỔ CHỨC BỘ MÁY (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Rà soát vị trí việc làm', 'Đề án', 'Văn phòng', '', 'Khi có hướng dẫn của cấp trên'],
      ['', '', '', 'Sắp xếp các tổ chức', 'Quyết định', 'Văn phòng', '', 'Năm 2027'],
    ];
    expect(counts(grid)).toEqual([['organization', 1, 1, 2]]);
    // Cut at "… trên" with no "cấp" before it, it still goes on.
    const cut = grid.map((r, i) => (i === 2 ? [...r.slice(0, 7), 'Theo hướng dẫn trên'] : i === 3 ? ['', '', '', '', '', '', '', 'địa bàn xã'] : r));
    expect(analyze(cut).appendix.items.map((i) => i.deadline)).toEqual(['Theo hướng dẫn trên địa bàn xã']);
  });
});

describe('session 6: review round 19 (footnotes)', () => {
  test('a page footnote ("¹ Quyết định số …") is page furniture, with or without a TT column', () => {
    const TITLE = 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)';
    const rows = (tt: boolean): CellValue[][] => {
      const cut = (r: CellValue[]): CellValue[] => (tt ? r : r.slice(1));
      return [
        cut(H),
        tt ? ['I', TITLE] : [`I. ${TITLE}`],
        cut(item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: Tự chấm điểm theo Bộ tiêu chí¹')),
        tt ? ['', '¹ Quyết định số 2150/QĐ-UBND ngày 25/12/2026 của UBND tỉnh'] : ['¹ Quyết định số 2150/QĐ-UBND ngày 25/12/2026 của UBND tỉnh'],
        [],
        cut(H),
        cut(item('2', '', '', 'Hoạt động 2: Hội nghị')),
      ];
    };
    for (const tt of [true, false]) {
      const an = analyze(rows(tt));
      expect(an.areas.map((a) => [a.code, a.counts.goals, a.counts.tasks, a.counts.activities])).toEqual([['direction', 1, 1, 2]]);
      expect(an.appendix.items.map((i) => i.goal)).toEqual(['Mục tiêu 1: A', 'Mục tiêu 1: A']);
      expect(an.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    }
  });
});

describe('session 6: review round 19 (rows split over a page, cells centred)', () => {
  const S: CellValue[] = ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'];
  const second: CellValue[] = ['2', '', '', 'Hoạt động 2: Tổ chức đối thoại với người dân', 'Hội nghị', 'Văn phòng', '', 'Hằng năm'];
  test('page one holds only the work, page two its rest with product, lead and deadline (opening with a capital, or with the TT)', () => {
    const capital: CellValue[][] = [H, S, ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: Xây dựng kế hoạch kiểm tra.'], [], H, ['', '', '', 'Tổng hợp kết quả, báo cáo UBND xã', 'Kế hoạch; Báo cáo', 'Văn phòng', 'Các cơ quan', 'Quý II/2027'], second];
    const withTT: CellValue[][] = [H, S, ['', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: Xây dựng kế hoạch kiểm tra công tác'], [], H, ['1', '', '', 'cải cách hành chính năm 2027', 'Kế hoạch', 'Văn phòng', 'Các cơ quan', 'Quý II/2027'], second];
    for (const grid of [capital, withTT]) {
      const an = analyze(grid);
      expect(an.appendix.items.map((i) => [i.rows, i.tt, i.deadline])).toEqual([[[3, 6], '1', 'Quý II/2027'], [[7], '2', 'Hằng năm']]);
      expect(an.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    }
  });
  test('an unlabelled goal cell cut at "… đạt từ" goes on after the page break with a number ("80% trở lên")', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      item('1', 'Tỷ lệ hồ sơ được giải quyết trực tuyến đạt từ', 'Đẩy mạnh dịch vụ công trực tuyến', 'Hướng dẫn người dân nộp hồ sơ'),
      [],
      H,
      item('2', '80% trở lên', '', 'Triển khai thanh toán trực tuyến'),
    ];
    expect(counts(grid)).toEqual([['procedures', 1, 1, 2]]);
    expect(analyze(grid).appendix.items[0].goal).toBe('Tỷ lệ hồ sơ được giải quyết trực tuyến đạt từ 80% trở lên');
    // A task cut at "… giai đoạn" goes on with its years.
    const years: CellValue[][] = [
      H,
      ['V', 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      item('1', '100% cán bộ được đánh giá đúng quy định', 'Đào tạo, bồi dưỡng cán bộ theo Kế hoạch giai đoạn', 'Cử cán bộ đi học'),
      [],
      H,
      item('2', '', '2026-2030', 'Tổ chức lớp bồi dưỡng'),
    ];
    expect(counts(years)).toEqual([['civil-service', 1, 1, 2]]);
    expect(analyze(years).appendix.items[0].task).toBe('Đào tạo, bồi dưỡng cán bộ theo Kế hoạch giai đoạn 2026-2030');
  });
  test('a cell ending in ":" announces its next line: a Word paragraph row ("- Lĩnh vực …") joins the item above', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (1 MT; 1 NV; 2 HĐ)'],
      ['1', 'MT1: 100% TTHC được rà soát', 'NV1. Rà soát TTHC', 'HĐ1: Rà soát thủ tục hành chính:', 'Báo cáo rà soát', 'Trung tâm', '', 'Quý I/2027;'],
      ['', '', '', '- Lĩnh vực hộ tịch, chứng thực, đất đai.', '', '', '', 'Quý III/2027'],
      ['2', '', '', 'HĐ2: Công bố kết quả rà soát', 'Quyết định', 'Văn phòng', '', 'Tháng 10/2027'],
    ];
    expect(counts(grid)).toEqual([['procedures', 1, 1, 2]]);
    expect(analyze(grid).appendix.items[0].deadline).toBe('Quý I/2027; Quý III/2027');
    expect(codes(grid)).toEqual([]);
  });
});

describe('session 6: review round 19 (scans read by OCR)', () => {
  test('area numerals with "l" for "I" in the TT column ("l", "Il", "Vll") are the areas', () => {
    const grid: CellValue[][] = [
      H,
      ['l', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      ['Il', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      item('1', 'Mục tiêu 1: D', 'Nhiệm vụ 1: E', 'Hoạt động 1: F'),
      ['Vll', 'XÂY DỰNG CHÍNH QUYỀN SỐ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      item('1', 'Mục tiêu 1: G', 'Nhiệm vụ 1: H', 'Hoạt động 1: K'),
    ];
    expect(analyze(grid).areas.map((a) => [a.numeral, a.code, a.counts.activities])).toEqual([['I', 'direction', 1], ['II', 'institutions', 1], ['VII', 'digital-government', 1]]);
    expect(codes(grid)).toEqual([]);
  });
  test('"I" for a 1 on a row with its own lead and deadline is an item, not an area', () => {
    const grid: CellValue[][] = [
      H,
      ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      ['I', '100% thủ tục hành chính được công khai', 'Công bố, công khai thủ tục', 'Niêm yết thủ tục hành chính', 'Danh mục', 'Trung tâm Phục vụ hành chính công', '', 'Thường xuyên'],
      ['2', '', '', 'Cập nhật thủ tục trên Trang thông tin điện tử', 'Danh mục', 'Trung tâm Phục vụ hành chính công', '', 'Thường xuyên'],
    ];
    expect(analyze(grid).areas.map((a) => [a.code, a.counts.goals, a.counts.tasks, a.counts.activities])).toEqual([['procedures', 1, 1, 2]]);
    expect(codes(grid)).toEqual([]);
  });
});

describe('session 6: review round 21 (headings, totals and captions inside real tables)', () => {
  const S: CellValue[] = ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (01 mục tiêu; 02 nhiệm vụ; 02 hoạt động)'];
  const body: CellValue[][] = [item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'), item('2', '', 'Nhiệm vụ 2: D', 'Hoạt động 2: E')];
  test.each([['A. NHIỆM VỤ NĂM 2027'], ['PHẦN I. NỘI DUNG THỰC HIỆN NĂM 2027'], ['Tổng: 01 mục tiêu, 02 nhiệm vụ, 02 hoạt động']])('"%s" right under the header is no header row and no area', (line) => {
    const grid: CellValue[][] = [H, [line], S, ...body];
    const an = analyze(grid);
    expect(Object.keys(an.appendix.header!.columns).sort()).toEqual(['activity', 'deadline', 'goal', 'lead', 'partners', 'product', 'task', 'tt']);
    expect(an.areas.map((a) => [a.code, a.counts.goals, a.counts.tasks, a.counts.activities])).toEqual([['direction', 1, 2, 2]]);
    expect(codes(grid)).toEqual([]);
  });
  test.each([
    [['Tổng kinh phí', '', '', '', '', '', '', '', '25']],
    [['TỔNG CỘNG', '01 mục tiêu', '02 nhiệm vụ', '02 hoạt động']],
    [['TỔNG CỘNG (I+II+...+VII)', '1', '2', '2']],
  ])('a total row %j is dropped', (total) => {
    const grid: CellValue[][] = [H, S, ...body, total];
    expect(counts(grid)).toEqual([['direction', 1, 2, 2]]);
    expect(codes(grid)).toEqual([]);
  });
  test('an area numbered "7." with its long official title (over 70 characters) alone on its row', () => {
    const grid: CellValue[][] = [
      H,
      ['1. Công tác chỉ đạo, điều hành cải cách hành chính'],
      item('1.1', 'A', 'B', 'C'),
      ['7. Xây dựng và phát triển chính quyền điện tử, chính quyền số, chuyển đổi số'],
      item('7.1', 'D', 'E', 'F'),
    ];
    expect(analyze(grid).areas.map((a) => [a.numeral, a.code, a.counts.activities])).toEqual([['1', 'direction', 1], ['7', 'digital-government', 1]]);
  });
  test('headings inside an area ("a) | Kiểm soát TTHC", "| b) Một cửa …", "| NHIỆM VỤ TRỌNG TÂM") and a year caption are no items', () => {
    const III: CellValue[] = ['III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (01 mục tiêu; 02 nhiệm vụ; 02 hoạt động)'];
    const one = item('1', 'Mục tiêu 1: 100% TTHC được công khai', 'Nhiệm vụ 1: Rà soát TTHC', 'Hoạt động 1: Rà soát');
    const two = item('2', '', 'Nhiệm vụ 2: Một cửa', 'Hoạt động 2: Tiếp nhận hồ sơ');
    for (const [first, second] of [
      [['a)', 'Kiểm soát thủ tục hành chính'], ['b)', 'Thực hiện cơ chế một cửa, một cửa liên thông']],
      [['', 'a) Kiểm soát thủ tục hành chính'], ['', 'b) Thực hiện cơ chế một cửa, một cửa liên thông']],
      [['', 'NHIỆM VỤ TRỌNG TÂM'], []],
    ] as CellValue[][][]) {
      const grid: CellValue[][] = [H, III, first, one, second, two];
      expect(counts(grid)).toEqual([['procedures', 1, 2, 2]]);
      expect(codes(grid)).toEqual([]);
    }
    const year: CellValue[][] = [H, S, ...body, ['NĂM 2028'], ['II', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'], item('1', 'Mục tiêu 1: F', 'Nhiệm vụ 1: G', 'Hoạt động 1: H')];
    expect(codes(year)).toEqual([]);
  });
  test('"Mùa mưa bão", "Dịp Tết Nguyên đán" are deadlines', () => {
    expect(isDeadline('Mùa mưa bão')).toBe(true);
    expect(isDeadline('Dịp Tết Nguyên đán')).toBe(true);
  });
});

describe('session 6: review round 24 (Excel typed by staff)', () => {
  const one = (tt: string, goal: string, task: string, activity: string): CellValue[] => item(tt, goal, task, activity);
  test('a goal merged one row too far, over the next area\'s row, carries nothing into that area\'s title', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      one('1', 'Mục tiêu 1: Hoàn thành nhiệm vụ', 'Nhiệm vụ 1: Chỉ đạo', 'Hoạt động 1: Ban hành kế hoạch'),
      one('2', 'Mục tiêu 1: Hoàn thành nhiệm vụ', 'Nhiệm vụ 1: Chỉ đạo', 'Hoạt động 2: Báo cáo'),
      ['II', 'Mục tiêu 1: Hoàn thành nhiệm vụ', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      one('1', 'Mục tiêu 1: Văn bản QPPL', 'Nhiệm vụ 1: Xây dựng văn bản', 'Hoạt động 1: Ban hành văn bản'),
    ];
    // B3:B5 merged (one row too far); the area's title typed in C.
    const an = analyze(grid, { merges: [{ top: 2, left: 1, bottom: 4, right: 1 }] });
    expect(an.areas.map((a) => [a.code, a.counts.goals, a.counts.tasks, a.counts.activities])).toEqual([['direction', 1, 1, 2], ['institutions', 1, 1, 1]]);
    expect(an.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
  test('a small table to the right with its own "Lĩnh vực" column is no area column of the appendix', () => {
    const side = (a: string, b: string, c: string, d: string): CellValue[] => ['', a, b, c, d];
    const grid: CellValue[][] = [
      [...H, ...side('STT', 'Lĩnh vực', 'Số nhiệm vụ', 'Số hoạt động')],
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)', '', '', '', '', '', '', ...side('1', 'Chỉ đạo, điều hành', '1', '1')],
      [...one('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'), ...side('2', 'Thể chế', '1', '1')],
      ['II', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)', '', '', '', '', '', '', ...side('', 'Cộng', '2', '2')],
      one('1', 'Mục tiêu 1: D', 'Nhiệm vụ 1: E', 'Hoạt động 1: F'),
    ];
    const an = analyze(grid);
    expect(an.appendix.header!.columns.area).toBeUndefined();
    expect(an.areas.map((a) => [a.code, a.counts.activities])).toEqual([['direction', 1], ['institutions', 1]]);
  });
});

describe('session 6: review round 23 (hand-written hold-outs)', () => {
  test('the last page\'s number alone in the TT column, right after the last item, is a page number when the table runs over pages', () => {
    const rows: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      [],
      H,
      item('2', '', '', 'Hoạt động 2: D'),
      ['3'],
    ];
    const an = analyze(rows);
    expect(an.appendix.items.length).toBe(2);
    expect(an.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    // Typed as one table (no page seen): a row left with its TT only is an item whose cells are missing.
    const typed = analyze(rows.filter((_, i) => i !== 3 && i !== 4));
    expect(typed.issues.filter((i) => i.code === 'missing-cell').map((i) => i.row)).toEqual([5, 5, 5, 5]);
  });
});

describe('session 6: review round 25 and normalize round trips', () => {
  test('partners cut before "Nam xã …" at a page break join back; "Nam" is no year to move into the deadline', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 'Báo cáo', 'Văn phòng', 'Ủy ban MTTQ Việt', 'Năm 2026'],
      [],
      H,
      ['', '', '', '', '', '', 'Nam xã và các đoàn thể', ''],
    ];
    const an = analyze(grid);
    expect(an.appendix.items.map((i) => [i.partners, i.deadline])).toEqual([['Ủy ban MTTQ Việt Nam xã và các đoàn thể', 'Năm 2026']]);
    expect(an.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
  test('an empty area (and the same area written again, empty) stays in the normalized table and reads back', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      ['II', 'CẢI CÁCH THỂ CHẾ'],
      ['III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      item('1', 'Mục tiêu 1: D', 'Nhiệm vụ 1: E', 'Hoạt động 1: F'),
    ];
    const an = analyze(grid);
    const t = normalizedTable(an);
    const back = analyze([t.header, ...t.rows]);
    expect(back.areas.map((a) => [a.code, a.counts.activities])).toEqual(an.areas.map((a) => [a.code, a.counts.activities]));
    expect(back.issues.filter((i) => i.code === 'empty-area').map((i) => i.area)).toEqual(['institutions']);
    expect(back.issues.filter((i) => i.code === 'missing-cell')).toEqual([]);
    // Areas numbered 1, 2 (written "1. …" in our table) read back with their numeral, empty ones too.
    const arabic: CellValue[][] = [H, ['1', 'Công tác chỉ đạo, điều hành'], ['2. Cải cách thể chế'], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')];
    const a1 = normalizedTable(analyze(arabic));
    const a2 = normalizedTable(analyze([a1.header, ...a1.rows]));
    expect(a2.rows.map((r) => r.slice(0, -1))).toEqual(a1.rows.map((r) => r.slice(0, -1)));
    expect(a1.rows.map((r) => r[1])).toEqual(['1. Công tác chỉ đạo, điều hành', '2. Cải cách thể chế']);
  });
  test('in our normalized table a goal written "Mục tiêu 2" after "Mục tiêu 2 …" is another goal (no page to go on over)', () => {
    // The same area twice with no page break between: two areas, each its own goal 2 (fast-check's counterexample).
    const M = 'Mục tiêu 1: Nâng cao';
    const rows: CellValue[][] = [
      H,
      ['III.', 'Xây dựng chính quyền điện tử'],
      ['', 'Mục tiêu 2', M, M, M, M, M, M],
      ['1', 'Xây dựng chính quyền số', M, M, M, M, M, M],
      ['III.', 'Xây dựng chính quyền điện tử'],
      ['', 'Mục tiêu 2', M, M, M, M, M, M],
    ];
    const t1 = normalizedTable(analyze(rows));
    const t2 = normalizedTable(analyze([t1.header, ...t1.rows]));
    expect(t2.rows.map((r) => r.slice(0, -1))).toEqual(t1.rows.map((r) => r.slice(0, -1)));
  });
  test('a row of our table with its area and text outside the columns is an item: nothing is lost', () => {
    const grid: CellValue[][] = [['TT', 'Lĩnh vực', 'Hoạt động', 'Thời gian hoàn thành', '', 'Hàng'], ['', 'I. Cải cách thể chế', '', '', 'ghi chú riêng', '5']];
    expect(JSON.stringify(analyze(grid).appendix.items)).toContain('ghi chú riêng');
  });
});

describe('session 6: review round 27 (PDF-to-Excel converters)', () => {
  const A = ['Stt', 'Nhiệm vụ', '', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì thực hiện', 'Phối hợp thực hiện', 'Theo dõi, kiểm tra, đôn đốc'];
  test('a header cell merged over an empty spacer column names no second work column', () => {
    const grid: CellValue[][] = [
      A,
      ['I', 'Cải cách thể chế'],
      ['1', 'Rà soát văn bản', '', 'Báo cáo', 'Hằng năm', 'Văn phòng', '', 'Văn phòng'],
      ['2', 'Kiểm tra văn bản', '', 'Báo cáo', 'Quý IV', 'Văn phòng', '', 'Văn phòng'],
    ];
    // B1:C1 merged: the copy of "Nhiệm vụ" over the spacer column C.
    const an = analyze(grid, { merges: [{ top: 0, left: 1, bottom: 0, right: 2 }] });
    expect(an.appendix.layout).toBe('assignment');
    expect(an.areas.map((a) => [a.code, a.counts.tasks, a.counts.activities])).toEqual([['institutions', 2, null]]);
    expect(an.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
  test('"TT 1. Mục tiêu" merged over the TT and goal cells, in the header and in rows: the TT, then the goal', () => {
    const grid: CellValue[][] = [
      ['TT 1. Mục tiêu', 'TT 1. Mục tiêu', ...H.slice(2)],
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (2 mục tiêu; 2 nhiệm vụ; 2 hoạt động)'],
      ['1 Mục tiêu 1: Tự chấm điểm', '1 Mục tiêu 1: Tự chấm điểm', 'Nhiệm vụ 1: A', 'Hoạt động 1: A', ...REST],
      [],
      H,
      ['2', 'Mục tiêu 2: Kiểm tra', 'Nhiệm vụ 2: B', 'Hoạt động 2: B', ...REST],
    ];
    const an = analyze(grid, { merges: [{ top: 0, left: 0, bottom: 0, right: 1 }, { top: 2, left: 0, bottom: 2, right: 1 }] });
    expect(an.appendix.header!.row).toBe(1);
    expect(an.appendix.items.map((i) => [i.tt, i.goal])).toEqual([['1', 'Mục tiêu 1: Tự chấm điểm'], ['2', 'Mục tiêu 2: Kiểm tra']]);
    expect(an.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});

describe('session 7: headers and pages', () => {
  test('a two-row header with its cells merged down over both rows opens on its first row', () => {
    const grid: CellValue[][] = [
      ['PHỤ LỤC'],
      ['(Kèm theo Kế hoạch của UBND xã Hòa Bình)'],
      [],
      ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm', 'Đơn vị thực hiện', '', 'Thời gian'],
      ['', '', '', '', '', 'Chủ trì', 'Phối hợp', ''],
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      ['1', 'Nâng cao chất lượng', 'Xây dựng kế hoạch', 'Ban hành kế hoạch', 'Kế hoạch', 'Văn phòng', 'Các đơn vị', 'Năm 2026'],
    ];
    // Every column but "Đơn vị thực hiện" merged down over rows 4-5; that one across F4:G4.
    const merges = [0, 1, 2, 3, 4, 7].map((c) => ({ top: 3, left: c, bottom: 4, right: c })).concat([{ top: 3, left: 5, bottom: 3, right: 6 }]);
    const an = analyze(grid, { merges });
    expect(an.appendix.header!.row).toBe(4);
    expect(an.appendix.header!.columns).toMatchObject({ lead: 5, partners: 6, deadline: 7 });
    expect(an.appendix.commune).toBe('Hòa Bình');
    expect(an.areas.map((a) => [a.code, a.counts.goals, a.counts.tasks, a.counts.activities])).toEqual([['direction', 1, 1, 1]]);
    expect(an.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    // The same header typed without merges (as a PDF's text gives it) opened on its first row already.
    expect(analyze(grid).appendix.header!.row).toBe(4);
  });
  test('a new goal on a row of its own heads its own tasks: the task of the goal before is not carried onto it', () => {
    const grid: CellValue[][] = [
      ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành'],
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      ['1', 'Mục tiêu 1: A'],
      ['1.1', '', 'Nhiệm vụ 1: B'],
      ['', '', '', 'Hoạt động 1: C', 'Báo cáo', 'Văn phòng', '', 'Năm 2026'],
      ['2', 'Mục tiêu 2: D'],
      ['2.1', '', 'Nhiệm vụ 2: E'],
      ['', '', '', 'Hoạt động 2: F', 'Báo cáo', 'Văn phòng', '', 'Năm 2026'],
    ];
    const an = analyze(grid);
    expect(an.appendix.items.map((i) => [i.rows[0], i.goal, i.task])).toEqual([
      [3, 'Mục tiêu 1: A', null],
      [4, 'Mục tiêu 1: A', 'Nhiệm vụ 1: B'],
      [5, 'Mục tiêu 1: A', 'Nhiệm vụ 1: B'],
      [6, 'Mục tiêu 2: D', null],
      [7, 'Mục tiêu 2: D', 'Nhiệm vụ 2: E'],
      [8, 'Mục tiêu 2: D', 'Nhiệm vụ 2: E'],
    ]);
    expect(an.areas.map((a) => [a.counts.goals, a.counts.tasks, a.counts.activities])).toEqual([[2, 2, 2]]);
    expect(an.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
  test('a column-number row with a number merged over two columns (under a header cell merged the same way) is no item', () => {
    const grid: CellValue[][] = [
      ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Hoạt động', 'Kết quả/Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành'],
      ['1', '2', '3', '4', '4', '5', '6', '7', '8'],
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 'Hoạt động 1: C', 'Báo cáo', 'Văn phòng', '', 'Năm 2026'],
      ['2', '', '', 'Hoạt động 2: D', 'Hoạt động 2: D', 'Báo cáo', 'Văn phòng', '', 'Năm 2026'],
      ['1', '2', '3', '4', '4', '5', '6', '7', '8'],
      ['3', '', '', 'Hoạt động 3: E', 'Hoạt động 3: E', 'Báo cáo', 'Văn phòng', '', 'Quý IV'],
    ];
    const merges = [0, 1, 3, 4, 5, 6].map((top) => ({ top, left: 3, bottom: top, right: 4 })).concat([{ top: 2, left: 1, bottom: 2, right: 8 }]);
    const an = analyze(grid, { merges });
    expect(an.areas.map((a) => [a.code, a.counts.goals, a.counts.tasks, a.counts.activities])).toEqual([['institutions', 1, 1, 3]]);
    expect(an.issues.filter((i) => i.severity !== 'info').map((i) => [i.code, i.row])).toEqual([['declared-count-mismatch', 3]]);
  });
});

describe('session 7: review round 30 (harder PDF text)', () => {
  const H = ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành'];
  test('a row whose first page held only its TT and goal: its work on the next page is that row, not a row of its own', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (02 mục tiêu; 02 nhiệm vụ; 02 hoạt động)'],
      ['1', 'Mục tiêu 1: 100% hồ sơ đúng hạn', 'Nhiệm vụ 1: Một cửa', 'Hoạt động 1: Tiếp nhận hồ sơ', 'Hồ sơ', 'Trung tâm PVHCC', 'Các cơ quan', 'Thường xuyên'],
      ['2', 'Mục tiêu 2: Mức độ hài lòng đạt trên 95%'],
      [],
      H,
      ['', '', 'Nhiệm vụ 2: Đánh giá sự hài lòng', 'Hoạt động 2: Khảo sát mức độ hài lòng', 'Kết quả khảo sát', 'Trung tâm PVHCC', 'Phòng VH-XH', 'Quý IV hằng năm'],
      ['3', '', '', 'Hoạt động 3: Công khai kết quả', 'Báo cáo', 'Trung tâm PVHCC', '', 'Quý IV hằng năm'],
    ];
    const an = analyze(grid);
    expect(an.appendix.items.map((i) => [i.rows, i.tt, i.goal, i.task, i.activity])).toEqual([
      [[3], '1', 'Mục tiêu 1: 100% hồ sơ đúng hạn', 'Nhiệm vụ 1: Một cửa', 'Hoạt động 1: Tiếp nhận hồ sơ'],
      [[4, 7], '2', 'Mục tiêu 2: Mức độ hài lòng đạt trên 95%', 'Nhiệm vụ 2: Đánh giá sự hài lòng', 'Hoạt động 2: Khảo sát mức độ hài lòng'],
      [[8], '3', 'Mục tiêu 2: Mức độ hài lòng đạt trên 95%', 'Nhiệm vụ 2: Đánh giá sự hài lòng', 'Hoạt động 3: Công khai kết quả'],
    ]);
    expect(an.areas.map((a) => [a.counts.goals, a.counts.tasks, a.counts.activities])).toEqual([[2, 2, 3]]);
    expect(an.issues.filter((i) => i.severity !== 'info').map((i) => [i.code, i.row, i.level])).toEqual([['declared-count-mismatch', 2, 'activities']]);
    expect(an.issues.find((i) => i.code === 'continuation')).toMatchObject({ row: 7, detail: { of: 4 } });
  });
  test('an appendix that amends a plan: its areas open where the plan\'s labels left off, no numbering warning', () => {
    const rows: CellValue[][] = [
      H,
      ['III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      ['1', 'Mục tiêu 3: Số hóa hồ sơ', 'Nhiệm vụ 5: Số hóa', 'Hoạt động 7: Số hóa kết quả', 'Dữ liệu', 'Văn phòng', '', 'Năm 2026'],
      ['V', 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ'],
      ['2', 'Mục tiêu 2: Công chức đạt chuẩn', 'Nhiệm vụ 4: Bồi dưỡng', 'Hoạt động 6: Mở lớp', 'Lớp học', 'Phòng Nội vụ', '', 'Hằng năm'],
      ['3', '', '', 'Hoạt động 8: Đánh giá', 'Báo cáo', 'Phòng Nội vụ', '', 'Hằng năm'],
    ];
    const title = ['PHỤ LỤC'], amends = ['SỬA ĐỔI, BỔ SUNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2026-2030'];
    const amended = analyze([title, amends, [], ...rows]);
    expect(amended.issues.filter((i) => i.code === 'numbering').map((i) => [i.row, i.level, i.detail?.found])).toEqual([[9, 'activities', 8]]);
    // The same table in a plan of its own: every area opening past 1 is said.
    const plain = analyze([title, ['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026'], [], ...rows]);
    expect(plain.issues.filter((i) => i.code === 'numbering')).toHaveLength(7);
  });
  test('"VIII. CÔNG TÁC THANH TRA, KIỂM TRA CÔNG VỤ" after the areas is a local section, not civil service again', () => {
    const grid: CellValue[][] = [
      H,
      ['V', 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ'],
      ['1', 'Mục tiêu 1: Công chức đạt chuẩn', 'Nhiệm vụ 1: Bồi dưỡng', 'Hoạt động 1: Bồi dưỡng công chức', 'Lớp học', 'Phòng Nội vụ', 'Các cơ quan', 'Hằng năm'],
      ['VIII', 'CÔNG TÁC THANH TRA, KIỂM TRA CÔNG VỤ'],
      ['1', 'Mục tiêu 1: Kỷ cương nghiêm minh', 'Nhiệm vụ 1: Kiểm tra công vụ', 'Hoạt động 1: Kiểm tra đột xuất', 'Biên bản', 'Thanh tra', 'Phòng Nội vụ', 'Hằng năm'],
      ['IX', 'Cải cách chế độ công vụ, công chức'],
      ['1', 'Mục tiêu 1: Tuyển dụng', 'Nhiệm vụ 1: Thi tuyển', 'Hoạt động 1: Tổ chức thi', 'Kết quả', 'Phòng Nội vụ', '', 'Năm 2027'],
    ];
    const an = analyze(grid);
    expect(an.appendix.sections.map((s) => [s.numeral, s.code])).toEqual([['V', 'civil-service'], ['VIII', null], ['IX', 'civil-service']]);
    expect(an.issues.filter((i) => i.code === 'unknown-area' || i.code === 'duplicate-area').map((i) => [i.code, i.row])).toEqual([['unknown-area', 4], ['duplicate-area', 6]]);
  });
});

describe('session 7: review round 32 (kinds of plans)', () => {
  test('one "Đơn vị thực hiện" column (the units that carry the work out) names the lead and the partners: no column is missing', () => {
    const rows: CellValue[][] = [
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 'Báo cáo', 'Văn phòng HĐND và UBND chủ trì; các cơ quan phối hợp', 'Năm 2027'],
    ];
    for (const unit of ['Đơn vị thực hiện', 'Cơ quan thực hiện', '6. Đơn vị thực hiện']) {
      const an = analyze([['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả, sản phẩm', unit, 'Thời gian hoàn thành'], ...rows]);
      expect(an.appendix.header!.columns).toMatchObject({ lead: 5, deadline: 6 });
      expect(an.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    }
    // A lead column that is only the lead ("Chủ trì thực hiện") still wants its partners column.
    const lead = analyze([['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả, sản phẩm', 'Chủ trì thực hiện', 'Thời gian hoàn thành'], ...rows]);
    expect(lead.issues.filter((i) => i.code === 'missing-column').map((i) => i.column)).toEqual(['partners']);
  });
});

describe('session 7: review rounds 34-35 (assignment tables, page breaks)', () => {
  const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp', 'Theo dõi, kiểm tra, đôn đốc'];
  const done = ['Văn phòng HĐND và UBND', '', 'Chủ tịch UBND xã'];
  test('an assignment table\'s numbered heading over its sub-tasks groups them: the sub-tasks are the tasks counted', () => {
    for (const sub of [['1.1', '1.2'], ['a)', 'b)']]) {
      const an = analyze([
        A,
        ['I', 'Cải cách thể chế'],
        ['1', 'Công tác rà soát, kiểm tra văn bản'],
        [sub[0], 'Rà soát văn bản quy phạm pháp luật', 'Báo cáo rà soát', 'Hằng năm', ...done],
        [sub[1], 'Kiểm tra văn bản theo thẩm quyền', 'Báo cáo kiểm tra', 'Thường xuyên', ...done],
        ['2', 'Theo dõi thi hành pháp luật', 'Báo cáo', 'Thường xuyên', ...done],
      ]);
      expect(an.areas.map((a) => [a.code, a.counts.tasks])).toEqual([['institutions', 3]]);
      expect(an.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    }
  });
  test('an area title in ordinary case printed over two lines is one title, even when its rest names an area after a comma', () => {
    const rows = [['1', 'Rà soát văn bản', 'Báo cáo', 'Hằng năm', ...done], ['2', 'Theo dõi thi hành pháp luật', 'Báo cáo', 'Thường xuyên', ...done]];
    for (const [first, rest, code] of [
      ['Cải cách thể chế, nâng cao hiệu lực, hiệu quả thi hành', 'pháp luật', 'institutions'],
      ['Xây dựng và phát triển chính quyền điện tử,', 'chính quyền số', 'digital-government'],
    ]) {
      const an = analyze([A, ['I', first], ['', rest], ...rows]);
      expect(an.appendix.sections.map((x) => [x.code, x.title])).toEqual([[code, `${first} ${rest}`]]);
      expect(an.areas[0].counts.tasks).toBe(2);
      expect(an.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    }
  });
  test('after a page break, a row with its own product, lead and deadline under a row that has all three is a row, its work in lower case or not', () => {
    const H = ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả, sản phẩm', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'];
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (1 mục tiêu; 1 nhiệm vụ; 3 hoạt động)'],
      ['1', 'Nâng cao hiệu quả chỉ đạo', 'Triển khai kế hoạch CCHC', 'Ban hành Kế hoạch CCHC năm 2026.', 'Kế hoạch', 'Văn phòng HĐND và UBND', 'Các cơ quan, đơn vị', 'Tháng 01/2026'],
      ['', '', '', 'Ban hành Kế hoạch kiểm tra CCHC năm 2026.', 'Kế hoạch kiểm tra', 'Văn phòng HĐND và UBND', 'Các cơ quan, đơn vị', 'Quý I/2026'],
      [],
      H,
      ['', '', '', 'xây dựng báo cáo CCHC định kỳ quý, 6 tháng, năm', 'Báo cáo định kỳ', 'Văn phòng HĐND và UBND', 'Các cơ quan, đơn vị', 'Hằng quý'],
    ];
    const an = analyze(grid);
    expect(an.appendix.items.map((i) => [i.rows, i.deadline])).toEqual([[[3], 'Tháng 01/2026'], [[4], 'Quý I/2026'], [[7], 'Hằng quý']]);
    expect(an.issues.filter((i) => i.severity !== 'info' || i.code === 'continuation')).toEqual([]);
  });
});

describe('session 7: review round 37 (workbooks as Excel and other programs store them)', () => {
  test('the header copied by hand at a page break, goal and task cells merged down across it: a repeated header, no activity', () => {
    const H = ['TT', '1. Mục tiêu', '2. Nhiệm vụ', '3. Hoạt động', '4. Kết quả/Sản phẩm', '5. Chủ trì', '6. Phối hợp', '7. Thời gian hoàn thành'];
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH TỔ CHỨC BỘ MÁY (1 mục tiêu; 1 nhiệm vụ; 3 hoạt động)'],
      ['1', 'Mục tiêu 1: Tiếp tục rà soát, sắp xếp, kiện toàn, tinh gọn đầu mối các tổ chức của hệ thống chính trị', 'Nhiệm vụ 1: Tiếp tục thực hiện tinh giản biên chế hành chính theo lộ trình của tỉnh', 'Hoạt động 1: Rà soát chức năng', 'Báo cáo', 'Phòng Nội vụ', '', 'Quý I'],
      ['2', '', '', 'Hoạt động 2: Kiện toàn tổ chức', 'Quyết định', 'Phòng Nội vụ', '', 'Quý II'],
      ['TT', '', '', '3. Hoạt động', '4. Kết quả/Sản phẩm', '5. Chủ trì', '6. Phối hợp', '7. Thời gian hoàn thành'],
      ['3', '', '', 'Hoạt động 3: Đánh giá', 'Báo cáo', 'Phòng Nội vụ', '', 'Quý IV'],
    ];
    // B3:B6 and C3:C6 merged: the goal and the task over the rows of both pages, the copied header included.
    const an = analyze(grid, { merges: [{ top: 2, left: 1, bottom: 5, right: 1 }, { top: 2, left: 2, bottom: 5, right: 2 }] });
    expect(an.areas.map((a) => [a.counts.goals, a.counts.tasks, a.counts.activities])).toEqual([[1, 1, 3]]);
    expect(an.appendix.items.map((i) => i.activity)).toEqual(['Hoạt động 1: Rà soát chức năng', 'Hoạt động 2: Kiện toàn tổ chức', 'Hoạt động 3: Đánh giá']);
    expect(an.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(an.issues.find((i) => i.code === 'repeated-header')?.row).toBe(5);
  });
});

describe('session 7: found by the properties', () => {
  test('a row whose cells read "nội dung…" in lower case is the rest of cells, not the header of another table', () => {
    const H = ['TT', 'Lĩnh vực', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành', 'Hàng'];
    const a = readAppendix([H, [null, '', null, 'nội dung tiếp', null, 'nội dung tiếp', null, 'nội dung tiếp', 'Năm 2026', '3']]);
    expect(a.items.map((i) => [i.task, i.product, i.partners])).toEqual([['nội dung tiếp', 'nội dung tiếp', 'nội dung tiếp']]);
    expect(a.footerLines).toEqual([]);
    // Written as titles, such cells still start another table.
    const b = readAppendix([H, ['1', 'Cải cách thể chế', '', 'Rà soát', 'Rà soát', 'Báo cáo', 'Văn phòng', '', 'Năm 2026', '2'], ['', '', '', '', 'STT', 'Nội dung', 'Chủ trì', 'Thời gian']]);
    expect(b.footerLines).toEqual(['STT Nội dung Chủ trì Thời gian']);
  });
});


describe('session 8: review round 41 (workbooks typed by hand)', () => {
  const HEADER = ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'];
  const row = (tt: number, a: string): CellValue[] => [tt, tt === 1 ? 'Mục tiêu 1: Văn bản đúng quy định' : '', tt === 1 ? 'Nhiệm vụ 1: Rà soát' : '', a, 'Báo cáo', 'Văn phòng HĐND và UBND', 'Phòng Kinh tế', 'Năm 2026'];
  test("a helper column's number right of the table (0 on area rows, 1 on items) is no part of the area's title", () => {
    const a = analyze([HEADER, ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)', '', '', '', '', '', '', 0], [...row(1, 'Hoạt động 1: Rà soát văn bản'), 1], [...row(2, 'Hoạt động 2: Công khai văn bản'), 1]]);
    expect(a.appendix.sections.map((s) => [s.title, s.declared])).toEqual([['CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)', { goals: 1, tasks: 1, activities: 2 }]]);
    // Nothing is lost: the number stays in the row's text.
    expect(a.appendix.sections[0].text).toBe('I CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động) 0');
    expect(a.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
  test('a count a workbook works out under its table ("Số hoạt động quá hạn: | 0") is no row and no rest of one', () => {
    const a = analyze([HEADER, ['I', 'CẢI CÁCH THỂ CHẾ'], row(1, 'Hoạt động 1: Rà soát văn bản'), row(2, 'Hoạt động 2: Công khai văn bản'), [], ['', 'Số hoạt động quá hạn:', '', 0]]);
    expect(a.appendix.items.map((i) => [i.rows, i.goal])).toEqual([[[3], 'Mục tiêu 1: Văn bản đúng quy định'], [[4], 'Mục tiêu 1: Văn bản đúng quy định']]);
    expect(a.issues.find((i) => i.row === 6)).toMatchObject({ code: 'repeated-header', severity: 'info' });
  });
  test('the text of other columns ("Ghi chú", "Kinh phí") goes into the normalized table and the roll-up data, and reads back; year marks are no such text', () => {
    const header = ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', '', '', 'Ghi chú'];
    const years = ['', '', '', '', '', '', '', '2026', '2027', '2028', ''];
    const a = analyze([header, years, ['I', 'CẢI CÁCH THỂ CHẾ'], [1, 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát', 'Hoạt động 1: Rà soát văn bản', 'Báo cáo', 'Văn phòng HĐND và UBND', '', 'x', 'x', 'x', 'Nhiệm vụ trọng tâm'], [2, '', '', 'Hoạt động 2: Công khai văn bản', 'Danh mục', 'Văn phòng HĐND và UBND', '', 'x', '', '', '']]);
    expect(a.appendix.items.map((i) => [i.deadline, i.extra])).toEqual([['2026-2028', 'Nhiệm vụ trọng tâm'], ['2026', null]]);
    const table = normalizedTable(a);
    // (The one such column keeps its name there: "Ghi chú", not "Cột khác".)
    const at = table.header.indexOf('Ghi chú');
    expect(at).toBe(table.header.length - 2);
    expect(table.rows.map((r) => r[at])).toEqual(['Nhiệm vụ trọng tâm', null]);
    // Read back: the same text, the source rows column none of it.
    const again = analyze([table.header, ...table.rows]);
    expect(again.appendix.items.map((i) => i.extra)).toEqual(['Nhiệm vụ trọng tâm', null]);
    const data = rollUpTables(rollUp([{ analysis: a, source: 'hoa-an.xlsx', fallbackName: 'Hòa An' }])).data;
    const col = data.header.indexOf('Cột khác');
    expect(col).toBeGreaterThan(0);
    expect(data.rows.map((r) => r[col])).toEqual(['Nhiệm vụ trọng tâm', null]);
    // Without such text, no such column.
    expect(normalizedTable(analyze([header.slice(0, 8), ['I', 'CẢI CÁCH THỂ CHẾ'], [1, 'Mục tiêu 1', 'Nhiệm vụ 1', 'Hoạt động 1', 'Báo cáo', 'Văn phòng', '', 'Năm 2026']])).header).not.toContain('Cột khác');
  });
});

describe('session 8: review round 40 (converters, CSV as Vietnamese Excel saves it)', () => {
  test('a header cell a converter merged over an empty spacer column: text in the spacer half is that column\'s (TT, task, product)', () => {
    const g: CellValue[][] = [
      ['TT', '', 'Mục tiêu', 'Nhiệm vụ', '', 'Hoạt động', 'Kết quả/Sản phẩm', '', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'],
      ['I', '', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      ['1', '', 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát văn bản', '', 'Hoạt động 1: Rà soát', 'Danh mục', '', 'Văn phòng HĐND và UBND', 'Phòng Kinh tế', 'Quý I/2026'],
      ['', '2', '', '', '', 'Hoạt động 2: Kiểm tra', '', 'Kết luận kiểm tra', 'Văn phòng HĐND và UBND', '', 'Quý IV/2026'],
    ];
    const spacer = (left: number) => ({ top: 0, left, bottom: 0, right: left + 1 });
    const merges = [spacer(0), spacer(3), spacer(6)];
    const a = analyze(g, { merges });
    expect(a.appendix.items.map((i) => [i.tt, i.task, i.product, i.extra])).toEqual([
      ['1', 'Nhiệm vụ 1: Rà soát văn bản', 'Danh mục', null],
      ['2', 'Nhiệm vụ 1: Rà soát văn bản', 'Kết luận kiểm tra', null],
    ]);
    expect(a.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    // Without the merges (a TSV), the spacer column's text is no column's: kept as other text, and said missing.
    const plain = analyze(g);
    expect(plain.appendix.items[1].extra).toBe('2 Kết luận kiểm tra');
  });
});

describe('session 8: review round 43 (assignment tables)', () => {
  const HEADER = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp', 'Theo dõi, kiểm tra, đôn đốc'];
  const task = (tt: string, text: string, product = 'Báo cáo'): CellValue[] => [tt, text, product, 'Quý II/2026', 'Phòng Văn hóa - Xã hội', '', 'Chủ tịch UBND xã'];
  const tasksOf = (g: CellValue[][]) => {
    const a = analyze(g);
    return { areas: a.appendix.sections.map((s) => [s.numeral, s.code, s.counts.tasks]), issues: a.issues.filter((i) => i.code !== 'missing-area').map((i) => [i.code, i.row]) };
  };
  test('a task written again with a full stop at its end is the same task: a duplicate, counted once', () => {
    const t = tasksOf([HEADER, ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'], task('1', 'Xây dựng Kế hoạch CCHC năm 2026'), task('2', 'Tự đánh giá Chỉ số CCHC'), task('3', 'Xây dựng Kế hoạch CCHC năm 2026.')]);
    expect(t).toEqual({ areas: [['I', 'direction', 2]], issues: [['duplicate-row', 5]] });
  });
  test('areas lettered in the Vietnamese alphabet: Đ comes after D', () => {
    expect(tasksOf([HEADER, ['D', 'CẢI CÁCH TỔ CHỨC BỘ MÁY'], task('1', 'Rà soát chức năng, nhiệm vụ'), ['Đ', 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ'], task('1', 'Đánh giá, xếp loại cán bộ'), task('2', 'Bồi dưỡng công chức'), ['E', 'CẢI CÁCH TÀI CHÍNH CÔNG'], task('1', 'Công khai dự toán')])).toEqual({
      areas: [['D', 'organization', 1], ['Đ', 'civil-service', 2], ['E', 'public-finance', 1]],
      issues: [],
    });
  });
  test('"1 | Chuyển đổi số trong hoạt động…" under a Roman-numbered area heads its sub-tasks: no area of its own', () => {
    expect(tasksOf([HEADER, ['VII', 'XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ'], ['1', 'Chuyển đổi số trong hoạt động của cơ quan hành chính'], task('1.1', 'Duy trì hệ thống quản lý văn bản'), task('1.2', 'Cập nhật dữ liệu dân cư'), task('2', 'Bảo đảm an toàn thông tin')])).toEqual({
      areas: [['VII', 'digital-government', 3]],
      issues: [],
    });
  });
  test('"- …" rows with their own cells under a heading ending "gồm:" are its sub-tasks, not its rest', () => {
    const g = [HEADER, ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'], task('1', 'Xây dựng Kế hoạch CCHC năm 2026', 'Kế hoạch'), ['2', 'Công tác tuyên truyền cải cách hành chính, gồm:'], task('', '- Tuyên truyền trên Trang thông tin điện tử xã', 'Tin, bài'), task('', '- Tuyên truyền qua loa truyền thanh các thôn', 'Chuyên mục'), task('3', 'Tự đánh giá Chỉ số CCHC')];
    expect(tasksOf(g)).toEqual({ areas: [['I', 'direction', 4]], issues: [] });
    // One such row alone may be the rest of a row a page break cut: it joins.
    const one = analyze([HEADER, ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'], task('1', 'Xây dựng Kế hoạch CCHC', 'Kế hoạch'), ['2', 'Công tác tuyên truyền cải cách hành chính, gồm:'], task('', '- Tuyên truyền trên Trang thông tin điện tử xã', 'Tin, bài'), task('3', 'Tự đánh giá Chỉ số CCHC')]);
    expect(one.appendix.items.map((i) => i.rows)).toEqual([[3], [4, 5], [6]]);
  });
  test('a row joined where no page break was seen says it may be a cell printed over several lines; after a break, the break', () => {
    const g: CellValue[][] = [HEADER, ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'], task('1', 'Xây dựng Kế hoạch CCHC năm 2026 của'), ['', 'Ủy ban nhân dân xã', '', '', '', '', ''], task('2', 'Tự đánh giá Chỉ số CCHC')];
    const joined = analyze(g).issues.find((i) => i.code === 'continuation')!;
    expect(joined.message).toBe('Hàng 4: phần tiếp theo của hàng 3 (chữ trong ô in thành nhiều dòng, hoặc dòng bị ngắt trang) — đã ghép vào hàng 3.');
    const broken = analyze([...g.slice(0, 3), HEADER, ...g.slice(3)]).issues.find((i) => i.code === 'continuation')!;
    expect(broken.message).toBe('Hàng 5: phần tiếp theo của hàng 3 bị ngắt trang — đã ghép vào hàng 3.');
  });
});

describe('session 8: review round 42 (PDF text)', () => {
  const HEADER = ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'];
  const first: CellValue[] = ['1', 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát văn bản', 'Hoạt động 1: Rà soát văn bản QPPL', 'Báo cáo', 'Văn phòng HĐND và UBND', 'Các cơ quan chuyên môn', 'Hằng năm'];
  test('the running title and the page number on one line, the header after it: page furniture, no row', () => {
    const a = analyze([['PHỤ LỤC'], HEADER, ['I', 'Cải cách thể chế'], first, ['Kế hoạch CCHC năm 2026 - xã Tân Phước', '', '', '', '', '', '', '2'], HEADER, ['2', '', '', 'Hoạt động 2: Phổ biến pháp luật', 'Báo cáo', 'Văn phòng HĐND và UBND', 'Công an xã', 'Hằng năm']]);
    expect(a.appendix.items.map((i) => i.rows)).toEqual([[4], [7]]);
    expect(a.issues.filter((i) => i.code !== 'missing-area').map((i) => [i.code, i.row])).toEqual([['repeated-header', 5], ['repeated-header', 6]]);
  });
  test('a row one cell short (its empty task cell lost, "Hoạt động 2" in the task column, the last column empty): realigned to the right', () => {
    const a = analyze([HEADER, ['II', 'CẢI CÁCH THỂ CHẾ (01 mục tiêu; 01 nhiệm vụ; 02 hoạt động)'], first, ['2', '', 'Hoạt động 2: Rà soát văn bản QPPL theo chuyên đề', 'Báo cáo rà soát', 'Văn phòng HĐND và UBND', 'Các cơ quan chuyên môn', 'Hằng năm', '']]);
    expect(a.appendix.items[1]).toMatchObject({ task: 'Nhiệm vụ 1: Rà soát văn bản', activity: 'Hoạt động 2: Rà soát văn bản QPPL theo chuyên đề', product: 'Báo cáo rà soát', lead: 'Văn phòng HĐND và UBND', partners: 'Các cơ quan chuyên môn', deadline: 'Hằng năm' });
    const warned = a.issues.filter((i) => i.code !== 'missing-area');
    expect(warned.map((i) => [i.code, i.row, i.column])).toEqual([['shifted-row', 4, 'activity']]);
    expect(warned[0].message).toBe('Hàng 4, cột D (Hoạt động): nội dung cột này và các cột sau bị ghi sớm 1 cột (bắt đầu ở cột C, thiếu một ô trống phía trước) — đã căn lại theo tiêu đề.');
  });
});

describe('session 8: review round 44 (long cells printed over several lines)', () => {
  const HEADER = ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'];
  test('a printed line opening with a document number ("178/2024/NĐ-CP và …") is the rest of the cell above, even beside its row\'s product, lead and deadline', () => {
    const a = analyze([HEADER, ['I', 'CẢI CÁCH TỔ CHỨC BỘ MÁY (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      ['1', 'Mục tiêu 1: Biên chế đúng quy định', 'Nhiệm vụ 1: Tinh giản biên chế', 'Hoạt động 1: Rà soát đối tượng tinh giản theo Nghị định số'],
      ['', '', '', '178/2024/NĐ-CP và Nghị định số', 'Danh sách', 'Phòng Văn hóa - Xã hội', 'Các cơ quan', '6 tháng/lần'],
      ['', '', '', '67/2025/NĐ-CP']]);
    expect(a.appendix.items.map((i) => [i.rows, i.activity, i.lead])).toEqual([[[3, 4, 5], 'Hoạt động 1: Rà soát đối tượng tinh giản theo Nghị định số 178/2024/NĐ-CP và Nghị định số 67/2025/NĐ-CP', 'Phòng Văn hóa - Xã hội']]);
    expect(a.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
  test('an unlabelled goal printed over the rows of its block: the lower-case rest beside the next numbered row is the same goal', () => {
    const a = analyze([HEADER, ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      ['1', 'Văn bản quy phạm pháp luật ban hành', 'Nâng cao chất lượng văn bản', 'Rà soát danh mục văn bản cần ban hành', 'Danh mục', 'Văn phòng HĐND và UBND', 'Các cơ quan', 'Quý I/2026'],
      ['2', 'đúng thẩm quyền, trình tự', '', 'Lấy ý kiến Nhân dân về dự thảo', 'Báo cáo', 'Văn phòng HĐND và UBND', 'Các cơ quan', 'Khi có dự thảo']]);
    expect(a.appendix.items.map((i) => i.goal)).toEqual(['Văn bản quy phạm pháp luật ban hành đúng thẩm quyền, trình tự', 'Văn bản quy phạm pháp luật ban hành đúng thẩm quyền, trình tự']);
    expect(a.areas[0].counts).toEqual({ goals: 1, tasks: 1, activities: 2 });
    const joined = a.issues.find((i) => i.code === 'continuation')!;
    expect([joined.row, joined.column, joined.message]).toEqual([4, 'goal', 'Hàng 4, cột B (Mục tiêu): phần còn lại của ô ở hàng 3, in thành nhiều dòng cạnh các dòng sau — đã ghép vào ô đó.']);
  });
  test('every cell centred, one printed line per row: the activity\'s first line above the TT and the goal and task labels opens that row', () => {
    const a = analyze([HEADER, ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      ['', '', '', 'Hoạt động 1: Tự kiểm tra văn bản'],
      ['1', 'Mục tiêu 1: Văn bản đúng luật', 'Nhiệm vụ 1: Kiểm tra văn bản', 'quy phạm pháp luật của xã', 'Báo cáo', 'Văn phòng HĐND và UBND', 'Công an xã', 'Hằng năm'],
      ['', '', '', 'ngay sau khi ban hành']]);
    expect(a.appendix.items.map((i) => [i.rows, i.tt, i.goal, i.activity])).toEqual([[[3, 4, 5], '1', 'Mục tiêu 1: Văn bản đúng luật', 'Hoạt động 1: Tự kiểm tra văn bản quy phạm pháp luật của xã ngay sau khi ban hành']]);
    expect(a.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
  test('assignment rows with the Stt centred: a line with its own task and product under a whole row opens the numbered row below', () => {
    const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì thực hiện', 'Phối hợp thực hiện', 'Theo dõi, kiểm tra, đôn đốc'];
    const a = analyze([A, ['I', 'Cải cách tổ chức bộ máy'],
      ['', 'Xây dựng kế hoạch biên chế công chức, số', 'Kế hoạch biên chế'],
      ['1', 'lượng người làm việc năm 2027', '', 'Tháng 7/2026', 'Phòng Văn hóa - Xã hội', 'Phòng Kinh tế', 'Phòng Văn hóa - Xã hội'],
      ['', 'Rà soát, lập danh sách đối tượng tinh giản', 'Danh sách đề nghị'],
      ['2', 'biên chế theo quy định', '', '6 tháng/lần', 'Phòng Văn hóa - Xã hội', 'Các cơ quan', 'Phòng Văn hóa - Xã hội']]);
    expect(a.appendix.items.map((i) => [i.rows, i.tt, i.task, i.product])).toEqual([
      [[3, 4], '1', 'Xây dựng kế hoạch biên chế công chức, số lượng người làm việc năm 2027', 'Kế hoạch biên chế'],
      [[5, 6], '2', 'Rà soát, lập danh sách đối tượng tinh giản biên chế theo quy định', 'Danh sách đề nghị'],
    ]);
    expect(a.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});

describe('session 8: review round 45 (converters)', () => {
  test('the header repeated on a later page, wrapped over two rows there only ("Kết quả/" | "Sản phẩm", "Đơn vị chủ" | "trì"): both rows are the header, no rest of the row above', () => {
    const HEADER = ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'];
    const a = analyze([HEADER, ['I', 'CẢI CÁCH TỔ CHỨC BỘ MÁY'],
      ['1', 'Mục tiêu 1: Bộ máy tinh gọn', 'Nhiệm vụ 1: Biên chế', 'Hoạt động 1: Xây dựng kế hoạch biên chế', 'Kế hoạch biên chế', 'Phòng Văn hóa - Xã hội', 'Phòng Kinh tế', 'Tháng 6 hằng năm'],
      ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/', 'Đơn vị chủ', 'Đơn vị phối', 'Thời gian hoàn'],
      ['', '', '', '', 'Sản phẩm', 'trì', 'hợp', 'thành'],
      ['2', '', '', 'Hoạt động 2: Rà soát vị trí việc làm', 'Đề án', 'Phòng Văn hóa - Xã hội', '', 'Quý III/2026']]);
    expect(a.appendix.items.map((i) => [i.rows, i.product, i.lead, i.partners, i.deadline])).toEqual([
      [[3], 'Kế hoạch biên chế', 'Phòng Văn hóa - Xã hội', 'Phòng Kinh tế', 'Tháng 6 hằng năm'],
      [[6], 'Đề án', 'Phòng Văn hóa - Xã hội', null, 'Quý III/2026'],
    ]);
    expect(a.issues.filter((i) => i.code !== 'missing-area').map((i) => [i.code, i.row])).toEqual([['repeated-header', 4], ['repeated-header', 5]]);
  });
});


describe('session 9: review round 47 (five-year plans with year columns)', () => {
  // "Đơn vị thực hiện" over "Chủ trì | Phối hợp" beside "Thời gian thực hiện" over 2026…2030, the most usual two-row header.
  const head: CellValue[][] = [
    ['PHỤ LỤC'],
    ['(Kèm theo Kế hoạch số 12/KH-UBND của UBND xã Thạch Bình)'],
    ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Đơn vị thực hiện', '', 'Thời gian thực hiện', '', '', '', '', 'Kinh phí'],
    ['', '', '', '', '', 'Chủ trì', 'Phối hợp', '2026', '2027', '2028', '2029', '2030', ''],
    ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
  ];
  const rows: CellValue[][] = [
    ['1', 'Mục tiêu 1: Văn bản ban hành đúng quy định', 'Nhiệm vụ 1: Rà soát văn bản', 'Hoạt động 1: Rà soát văn bản QPPL', 'Báo cáo', 'Văn phòng HĐND và UBND', 'Công chức Tư pháp - Hộ tịch', 'x', 'x', '', '', '', '15'],
    ['2', '', '', 'Hoạt động 2: Tự kiểm tra văn bản', 'Báo cáo', 'Văn phòng HĐND và UBND', 'Các cơ quan, đơn vị', '', '', 'x', '', '', ''],
  ];

  test('"Chủ trì | Phối hợp" on the row of the years names the partners column (text, merges or not)', () => {
    const merges = [
      { top: 2, left: 5, bottom: 2, right: 6 },
      { top: 2, left: 7, bottom: 2, right: 11 },
      ...[0, 1, 2, 3, 4, 12].map((c) => ({ top: 2, left: c, bottom: 3, right: c })),
    ];
    for (const an of [analyze([...head, ...rows]), analyze([...head, ...rows], { merges })]) {
      expect(an.appendix.header!.columns).toMatchObject({ lead: 5, partners: 6, deadline: 7 });
      expect(an.appendix.items.map((it) => [it.partners, it.deadline, it.extra])).toEqual([
        ['Công chức Tư pháp - Hộ tịch', '2026-2027', '15'],
        ['Các cơ quan, đơn vị', '2028', null],
      ]);
      expect(an.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    }
  });

  test('a word in every year column, or merged across them ("Thường xuyên" over 2026…2030), is that deadline once', () => {
    const often = (tt: string, activity: string, years: CellValue[]): CellValue[] => [tt, '', '', activity, 'Tin, bài', 'Trung tâm Dịch vụ tổng hợp', 'Các thôn', ...years];
    const grid = [
      ...head.map((r) => r.slice(0, 12)),
      often('1', 'Hoạt động 1: Tuyên truyền CCHC', ['Thường xuyên', 'Thường xuyên', 'Thường xuyên', 'Thường xuyên', 'Thường xuyên']),
      often('2', 'Hoạt động 2: Cập nhật trang thông tin điện tử', ['Thường xuyên', '', '', '', '']),
    ];
    grid[5][1] = 'Mục tiêu 1: Tuyên truyền hiệu quả';
    grid[5][2] = 'Nhiệm vụ 1: Đẩy mạnh tuyên truyền';
    // Row 7's year cells merged H7:L7, the last cells of the row (a band Excel shows once).
    const an = analyze(grid, { merges: [{ top: 6, left: 7, bottom: 6, right: 11 }] });
    expect(an.appendix.items.map((it) => it.deadline)).toEqual(['Thường xuyên', 'Thường xuyên']);
    expect(an.issues.filter((i) => i.code === 'unrecognized-deadline')).toEqual([]);
  });
});

describe('session 10: review round 51 (assignment layout)', () => {
  const head = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian', 'Chủ trì', 'Phối hợp', 'Theo dõi'];
  test('a task numbered on its own after a page break is its own task, though its text opens in lower case', () => {
    const grid: CellValue[][] = [
      ['(Kèm theo Kế hoạch số 1/KH-UBND của UBND xã An Bình)'],
      head,
      ['I', 'Cải cách thể chế (02 nhiệm vụ)'],
      ['1', 'Rà soát văn bản quy phạm pháp luật của xã', 'Báo cáo rà soát', 'Quý IV/2026', 'Văn phòng HĐND và UBND', '', 'Chủ tịch UBND xã'],
      [],
      head,
      ['2', 'chính định kỳ quý, 6 tháng, năm', 'Báo cáo của UBND xã', 'Hằng quý', 'Phòng Văn hóa - Xã hội', '', 'Chủ tịch UBND xã'],
    ];
    const a = analyze(grid);
    expect(a.appendix.items.map((i) => [i.tt, i.task])).toEqual([
      ['1', 'Rà soát văn bản quy phạm pháp luật của xã'],
      ['2', 'chính định kỳ quý, 6 tháng, năm'],
    ]);
    expect(a.areas[0].counts.tasks).toBe(2);
    expect(a.issues.filter((i) => i.code === 'declared-count-mismatch' || i.code === 'continuation')).toEqual([]);
  });

  test("a task's first line at the foot of a page, its number and rest after the break: the line opens that task, not the end of the task above", () => {
    const grid: CellValue[][] = [
      ['(Kèm theo Kế hoạch số 1/KH-UBND của UBND xã An Bình)'],
      head,
      ['I', 'Cải cách thể chế'],
      ['1', 'Rà soát văn bản quy phạm pháp luật của xã', 'Báo cáo rà soát', 'Quý IV/2026', 'Văn phòng HĐND và UBND', '', 'Chủ tịch UBND xã'],
      ['', 'Báo cáo kết quả thực hiện công tác cải cách hành'],
      [],
      head,
      ['2', 'chính định kỳ quý, 6 tháng, năm', 'Báo cáo của UBND xã', 'Hằng quý', 'Phòng Văn hóa - Xã hội', '', 'Chủ tịch UBND xã'],
    ];
    const a = analyze(grid);
    expect(a.appendix.items.map((i) => [i.rows, i.tt, i.task])).toEqual([
      [[4], '1', 'Rà soát văn bản quy phạm pháp luật của xã'],
      [[5, 8], '2', 'Báo cáo kết quả thực hiện công tác cải cách hành chính định kỳ quý, 6 tháng, năm'],
    ]);
    expect(a.areas[0].counts.tasks).toBe(2);
    expect(a.issues.filter((i) => i.code !== 'missing-area').map((i) => [i.code, i.row, i.column])).toEqual([
      ['repeated-header', 7, null],
      ['continuation', 8, null],
    ]);
  });

  test('where the table numbers rows under one task, or the cell above is cut off, the lower-case text still goes on the task above', () => {
    const rows = (first: string, numbered: boolean): CellValue[][] => [
      head,
      ['I', 'Cải cách chế độ công vụ'],
      ['1', first, 'Kế hoạch đào tạo', 'Quý II/2026', 'Phòng Văn hóa - Xã hội', '', 'Phó Chủ tịch'],
      ...(numbered ? [['2', '', 'Danh sách học viên', 'Quý II/2026', 'Phòng Văn hóa - Xã hội', '', 'Phó Chủ tịch']] : []),
      [],
      head,
      [numbered ? '3' : '2', 'công chức, viên chức của xã', 'Lớp bồi dưỡng', 'Quý III/2026', 'Phòng Văn hóa - Xã hội', '', 'Phó Chủ tịch'],
    ];
    // Cut off ("… cho cán bộ,"): the rest beside the next number.
    expect(analyze(rows('Đào tạo, bồi dưỡng kỹ năng số cho cán bộ,', false)).areas[0].counts.tasks).toBe(1);
    // Numbers beside an empty task cell: this table numbers rows, so the text goes on the task above.
    const numbered = analyze(rows('Đào tạo, bồi dưỡng kỹ năng số cho cán bộ', true));
    expect(numbered.areas[0].counts.tasks).toBe(1);
    expect(numbered.appendix.items[2].task).toBe('Đào tạo, bồi dưỡng kỹ năng số cho cán bộ công chức, viên chức của xã');
  });
});

describe('session 11: review round 53 (every mess at once)', () => {
  test('a page’s continuation printed one column late (its deadline past the header) is moved back before it is joined', () => {
    const grid: CellValue[][] = [
      ['Kế hoạch CCHC năm 2026 của UBND xã Hòa Sơn'],
      H,
      ['III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      ['1', 'Mục tiêu 1: 100% TTHC được số hoá', 'Nhiệm vụ 1: Số hoá hồ sơ', 'Hoạt động 1: Rà soát, cập nhật quy trình nội bộ trên', 'Quy trình nội bộ', 'Phòng Văn hoá – Xã hội', '', ''],
      [],
      H,
      ['', '', '', '', 'Hệ thống thông tin giải quyết TTHC của tỉnh', 'được phê duyệt', '', 'Trung tâm Phục vụ hành chính công', 'Quý II/2026'],
      ['2', '', 'Nhiệm vụ 2: Đánh giá sự hài lòng', 'Hoạt động 2: Khảo sát', 'Báo cáo', 'Trung tâm Phục vụ hành chính công', 'Các thôn', 'Hằng quý'],
    ];
    const an = analyze(grid);
    expect(an.appendix.items[0]).toMatchObject({
      rows: [4, 7],
      activity: 'Hoạt động 1: Rà soát, cập nhật quy trình nội bộ trên Hệ thống thông tin giải quyết TTHC của tỉnh',
      product: 'Quy trình nội bộ được phê duyệt',
      lead: 'Phòng Văn hoá – Xã hội',
      partners: 'Trung tâm Phục vụ hành chính công',
      deadline: 'Quý II/2026',
      extra: null,
    });
    expect(an.issues.filter((i) => i.row === 4 || i.row === 7).map((i) => `${i.code}@${i.row}:${i.column}`).sort()).toEqual(['continuation@7:null', 'shifted-row@7:activity']);
  });

  test('several other columns ("Kinh phí", "Nguồn kinh phí", "Ghi chú"): each text after its heading, a page’s rest joined to its own column, read back the same', () => {
    const header = [...H, 'Kinh phí (triệu đồng)', 'Nguồn kinh phí', 'Ghi chú'];
    const a = analyze([
      header,
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)'],
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: Rà soát văn bản quy phạm', 'Báo cáo', 'Văn phòng', '', 'Quý I', 5, 'Ngân sách', ''],
      ['', '', '', 'pháp luật của xã', '', '', '', '', '', 'xã', 'Trọng tâm'],
      ['2', '', '', 'Hoạt động 2: Công khai văn bản', 'Danh mục', 'Văn phòng', '', 'Quý II', '', '', ''],
    ]);
    expect(a.appendix.items.map((i) => [i.activity, i.extra])).toEqual([
      ['Hoạt động 1: Rà soát văn bản quy phạm pháp luật của xã', 'Kinh phí (triệu đồng): 5; Nguồn kinh phí: Ngân sách xã; Ghi chú: Trọng tâm'],
      ['Hoạt động 2: Công khai văn bản', null],
    ]);
    const table = normalizedTable(a);
    const again = analyze([table.header, ...table.rows]);
    expect(again.appendix.items.map((i) => i.extra)).toEqual(a.appendix.items.map((i) => i.extra));
  });

  test('text past the header under a heading of its own ("Ghi chú"), or on a row with its TT, moves nothing', () => {
    const noted = [...H, 'Ghi chú'];
    const grid: CellValue[][] = [
      noted,
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', 'Báo cáo', 'Văn phòng', '', 'Quý I', ''],
      ['', '', '', '', 'tiếp', '', '', '', 'Trọng tâm'],
    ];
    const an = analyze(grid);
    expect(an.issues.map((i) => i.code)).not.toContain('shifted-row');
    expect(an.appendix.items[0]).toMatchObject({ product: 'Báo cáo tiếp', deadline: 'Quý I', extra: 'Trọng tâm' });
  });
});

describe('session 11: review round 54 (siblings of the real fixtures)', () => {
  test('a row one cell short whose goal landed in the TT column is moved back: its goal counts, numbering runs on', () => {
    const grid: CellValue[][] = [
      H,
      ['V', 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ (03 Mục tiêu; 03 Nhiệm vụ; 03 Hoạt động)'],
      item('1', 'Mục tiêu 1: Vị trí việc làm', 'Nhiệm vụ 1: Rà soát', 'Hoạt động 1: Rà soát đề án'),
      ['Mục tiêu 2: 100% cán bộ được bồi dưỡng', 'Nhiệm vụ 2: Đào tạo, bồi dưỡng', 'Hoạt động 2: Xây dựng kế hoạch', ...REST, ''],
      item('3', 'Mục tiêu 3: Kỷ luật, kỷ cương', 'Nhiệm vụ 3: Kiểm tra công vụ', 'Hoạt động 3: Kiểm tra'),
    ];
    const an = analyze(grid);
    expect(an.appendix.items[1]).toMatchObject({ tt: null, goal: 'Mục tiêu 2: 100% cán bộ được bồi dưỡng', deadline: 'Hằng năm' });
    expect(an.areas.map((a) => a.counts)).toEqual([{ goals: 3, tasks: 3, activities: 3 }]);
    expect(an.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}@${i.row}:${i.column}`)).toEqual(['shifted-row@4:goal']);
  });
});

describe('session 11: review round 55 (assignment layout)', () => {
  test('"Theo dõi" merged down over a heading and its a), b) sub-tasks: the heading is still a heading (not a task, no missing cells)', () => {
    const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì thực hiện', 'Phối hợp thực hiện', 'Theo dõi, kiểm tra, đôn đốc'];
    const grid: CellValue[][] = [
      A,
      ['I', 'Cải cách thủ tục hành chính'],
      ['1', 'Công khai thủ tục hành chính', 'TTHC được công khai', 'Thường xuyên', 'Trung tâm Phục vụ hành chính công', '', 'Văn phòng HĐND và UBND'],
      ['2', 'Nâng cao chất lượng giải quyết thủ tục hành chính, trong đó:', '', '', '', '', ''],
      ['a)', 'Giải quyết hồ sơ đúng hạn', 'Tỷ lệ đúng hạn trên 98%', 'Hằng năm', 'Trung tâm Phục vụ hành chính công', '', ''],
      ['b)', 'Bố trí công chức có năng lực', 'Quyết định cử công chức', 'Quý I/2026', 'Phòng Văn hóa - Xã hội', '', ''],
      ['3', 'Số hóa hồ sơ, kết quả giải quyết', 'Tỷ lệ số hóa 100%', 'Hằng năm', 'Trung tâm Phục vụ hành chính công', '', ''],
    ];
    for (const merges of [[], [{ top: 2, left: 6, bottom: 6, right: 6 }]]) {
      const an = analyze(grid, { merges });
      expect(an.areas.map((a) => a.counts)).toEqual([{ goals: null, tasks: 4, activities: null }]);
      expect(an.issues.filter((i) => i.code === 'missing-cell')).toEqual([]);
    }
  });
});

describe('session 11: review round 56 (fixture siblings)', () => {
  test('"Như trên" for an activity under another task is the activity above, done again: counted under its task, no duplicate', () => {
    const grid: CellValue[][] = [
      H,
      ['II', 'CẢI CÁCH THỂ CHẾ (01 mục tiêu; 02 nhiệm vụ; 02 hoạt động)'],
      item('1', 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát văn bản', 'Hoạt động 1: Rà soát văn bản QPPL do HĐND, UBND xã ban hành'),
      item('2', '', 'Nhiệm vụ 2: Tự kiểm tra văn bản', 'Như trên'),
    ];
    const an = analyze(grid);
    expect(an.appendix.items[1].activity).toBe('Hoạt động 1: Rà soát văn bản QPPL do HĐND, UBND xã ban hành');
    expect(an.areas.map((a) => a.counts)).toEqual([{ goals: 1, tasks: 2, activities: 2 }]);
    expect(an.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
});

describe('session 12: review round 58 (appendices from scans, through text recognition)', () => {
  test('a row of marks only ("- | - | -", a ruled line read as "|", "_") is no row; a stray mark in a merged task cell is the same task', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      item('1', 'Mục tiêu 1: Nâng cao hiệu quả', 'Nhiệm vụ 1: Ban hành kế hoạch', 'Hoạt động 1: Xây dựng kế hoạch CCHC'),
      ['|', '', '', '', '', '', '', '|'],
      ['', '_', '_', "'", '', '', '', ''],
      item('2', '|', '_', 'Hoạt động 2: Kiểm tra CCHC'),
      ['II', 'CẢI CÁCH THỂ CHẾ'],
      ['-', '-', '-', '-', '-', '-', '-', '-'],
    ];
    const an = analyze(grid);
    expect(an.areas.map((a) => [a.code, a.counts])).toEqual([
      ['direction', { goals: 1, tasks: 1, activities: 2 }],
      ['institutions', { goals: 0, tasks: 0, activities: 0 }],
    ]);
    expect(an.appendix.items.map((i) => [i.rows, i.goal, i.task])).toEqual([
      [[3], 'Mục tiêu 1: Nâng cao hiệu quả', 'Nhiệm vụ 1: Ban hành kế hoạch'],
      [[6], 'Mục tiêu 1: Nâng cao hiệu quả', 'Nhiệm vụ 1: Ban hành kế hoạch'],
    ]);
    // Said, each where it was; the area of dashes alone is empty.
    expect(an.issues.filter((i) => i.code === 'repeated-header').map((i) => [i.row, i.message])).toEqual([
      [4, 'Hàng 4: dòng chỉ có dấu “|” (gạch, chấm, đường kẻ) — không tính là một dòng của bảng.'],
      [5, "Hàng 5: dòng chỉ có dấu “_ '” (gạch, chấm, đường kẻ) — không tính là một dòng của bảng."],
      [8, 'Hàng 8: dòng chỉ có dấu “-” (gạch, chấm, đường kẻ) — không tính là một dòng của bảng.'],
    ]);
    expect(codes(grid)).toEqual(['empty-area@7']);
  });

  test('numerals as a scan reads them: "V1" and "lV." (alone or before the title) are areas VI and IV ("TÀl CHÍNH" too); a TT of 11 read "1l" stays an item', () => {
    const grid: CellValue[][] = [
      H,
      ['III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      item('1', 'Mục tiêu 1: Công khai TTHC', 'Nhiệm vụ 1: Niêm yết TTHC', 'Hoạt động 1: Cập nhật danh mục TTHC'),
      item('1l', '', '', 'Hoạt động 2: Niêm yết công khai TTHC'),
      ['', 'lV.CẢI CÁCH TỔ CHỨC BỘ MÁY (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      item('1', 'Mục tiêu 1: Bộ máy tinh gọn', 'Nhiệm vụ 1: Rà soát chức năng', 'Hoạt động 1: Rà soát quy chế làm việc'),
      ['V1.', 'CẢI CÁCH TÀl CHÍNH CÔNG (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      item('1', 'Mục tiêu 1: Tự chủ tài chính', 'Nhiệm vụ 1: Quy chế chi tiêu', 'Hoạt động 1: Ban hành quy chế chi tiêu nội bộ'),
    ];
    const an = analyze(grid);
    expect(an.areas.map((a) => [a.row, a.numeral, a.code, a.counts.activities])).toEqual([
      [2, 'III', 'procedures', 2],
      [5, 'IV', 'organization', 1],
      [7, 'VI', 'public-finance', 1],
    ]);
    expect(codes(grid)).toEqual([]);
  });

  test('declared counts as a scan reads them ("O2", "l mục tiêu"); a goal row with "giai đoạn 2026-2030" declares no 2030 tasks', () => {
    expect(parseDeclared('(l mục tiêu; 2 nhiệm vụ; 3 hoạt động)')).toEqual({ goals: 1, tasks: 2, activities: 3 });
    expect(countsLine('Gồm: O2 mục tiêu, 03 nhiệm vu, 04 hoat dong')).toEqual({ goals: 2, tasks: 3, activities: 4 });
    expect(parseDeclared('Mục tiêu I: Nâng cao chất lượng văn bản giai đoạn 2026-2030 Nhiệm vụ 1: Rà soát')).toBeNull();
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      item('1', 'Mục tiêu 1: Kế hoạch kịp thời', 'Nhiệm vụ 1: Ban hành kế hoạch', 'Hoạt động 1: Xây dựng kế hoạch CCHC'),
      ['II', 'CẢI CÁCH THỂ CHẾ'],
      ['', 'Gồm: O2 mục tiêu, 02 nhiệm vu, 02 hoat dong'],
      item('I', 'Mục tiêu I: Nâng cao chất lượng văn bản giai đoạn 2026-2030', 'Nhiệm vụ 1: Rà soát văn bản', 'Hoạt động 1: Rà soát văn bản QPPL'),
      item('2', 'Mục tiêu 2: Thực thi pháp luật', 'Nhiệm vụ 2: Phổ biến pháp luật', 'Hoạt động 2: Tuyên truyền pháp luật'),
    ];
    const an = analyze(grid);
    expect(an.areas.map((a) => [a.code, a.declared, a.counts])).toEqual([
      ['direction', null, { goals: 1, tasks: 1, activities: 1 }],
      ['institutions', { goals: 2, tasks: 2, activities: 2 }, { goals: 2, tasks: 2, activities: 2 }],
    ]);
    expect(an.issues.filter((i) => i.code === 'declared-count-mismatch' || i.code === 'missing-cell' || i.code === 'unknown-area')).toEqual([]);
  });
});

describe('session 12: review round 60 (other provinces, the fixtures\' extraction style)', () => {
  test('"Tổng cộng: 07 mục tiêu | 08 nhiệm vụ | 12 hoạt động" under the last row is a total row, not its rest', () => {
    const grid: CellValue[][] = [
      H,
      ['VII', 'XÂY DỰNG CHÍNH QUYỀN SỐ (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      item('1', 'Mục tiêu 1: Nâng cao hiệu quả chính quyền số', 'Nhiệm vụ 1: Chuyển đổi số', 'Hoạt động 1: Số hóa hồ sơ'),
      item('2', '', '', 'Hoạt động 2: Ký số văn bản'),
      ['', 'Tổng cộng: 07 mục tiêu', '08 nhiệm vụ', '12 hoạt động', '', '', '', ''],
    ];
    const an = analyze(grid);
    expect(an.appendix.items.map((i) => [i.goal, i.task, i.activity])).toEqual([
      ['Mục tiêu 1: Nâng cao hiệu quả chính quyền số', 'Nhiệm vụ 1: Chuyển đổi số', 'Hoạt động 1: Số hóa hồ sơ'],
      ['Mục tiêu 1: Nâng cao hiệu quả chính quyền số', 'Nhiệm vụ 1: Chuyển đổi số', 'Hoạt động 2: Ký số văn bản'],
    ]);
    expect(an.issues.filter((i) => i.code === 'continuation')).toEqual([]);
    expect(an.issues.find((i) => i.row === 5)?.message).toBe('Hàng 5: dòng “Tổng cộng: 07 mục tiêu” cộng các dòng trên — không tính là một dòng của bảng.');
  });
});

describe('session 12: review round 62 (assignment layout, other provinces)', () => {
  test('a numbered task with a lead but no product or deadline over "2.1", "2.2": a heading that names the lead once for them', () => {
    const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì thực hiện', 'Phối hợp thực hiện', 'Theo dõi, kiểm tra, đôn đốc'];
    const grid: CellValue[][] = [
      A,
      ['III', 'Cải cách thủ tục hành chính'],
      ['1', 'Rà soát, đánh giá thủ tục hành chính', 'Báo cáo kết quả rà soát', 'Quý I hằng năm', 'Trung tâm Phục vụ hành chính công xã', 'Các cơ quan, đơn vị', 'Phó Chủ tịch UBND xã'],
      ['2', 'Nâng cao hiệu quả hoạt động của Trung tâm Phục vụ hành chính công xã, gồm:', '', '', 'Trung tâm Phục vụ hành chính công xã', '', 'Phó Chủ tịch UBND xã'],
      ['2.1', 'Công khai đầy đủ, kịp thời thủ tục hành chính', 'Danh mục TTHC được công khai', 'Thường xuyên', '', 'Văn phòng HĐND và UBND xã', ''],
      ['2.2', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', 'Tỷ lệ số hóa hồ sơ đạt 100%', 'Hằng quý', '', 'Các cơ quan, đơn vị', ''],
      ['3', 'Tiếp nhận, xử lý phản ánh, kiến nghị', 'Văn bản trả lời', 'Thường xuyên', 'Văn phòng HĐND và UBND xã', '', 'Chủ tịch UBND xã'],
    ];
    const an = analyze(grid);
    expect(an.areas.map((a) => a.counts)).toEqual([{ goals: null, tasks: 4, activities: null }]);
    expect(an.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    expect(an.appendix.items.slice(2, 4).map((i) => [i.tt, i.lead, i.partners, i.monitor])).toEqual([
      ['2.1', 'Trung tâm Phục vụ hành chính công xã', 'Văn phòng HĐND và UBND xã', 'Phó Chủ tịch UBND xã'],
      ['2.2', 'Trung tâm Phục vụ hành chính công xã', 'Các cơ quan, đơn vị', 'Phó Chủ tịch UBND xã'],
    ]);
    // With a product or a deadline of its own, a numbered row is a task: its sub-rows lack their lead.
    const own = grid.map((row, r) => (r === 3 ? ['2', 'Nâng cao hiệu quả hoạt động của Trung tâm', 'Báo cáo', 'Năm 2026', 'Trung tâm Phục vụ hành chính công xã', '', ''] : row));
    expect(analyze(own).issues.filter((i) => i.code === 'missing-cell').map((i) => `${i.row}:${i.column}`)).toEqual(['5:lead', '6:lead']);
  });
});

describe('session 12: review round 63 (ordinary tables a rarer rule misread)', () => {
  test('activities without a TT under a numbered one, lead and deadline merged down over them: rows of their own (missing cells said)', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (1 mục tiêu; 1 nhiệm vụ; 3 hoạt động)'],
      ['1', 'Mục tiêu 1: Ban hành kịp thời các kế hoạch', 'Nhiệm vụ 1: Xây dựng kế hoạch', 'Ban hành Kế hoạch cải cách hành chính năm 2026', 'Kế hoạch', 'Văn phòng HĐND và UBND', 'Các cơ quan, đơn vị', 'Tháng 01/2026'],
      ['', '', '', 'Ban hành Kế hoạch kiểm tra công tác cải cách hành chính', 'Kế hoạch', '', '', ''],
      ['', '', '', 'Ban hành Kế hoạch tuyên truyền cải cách hành chính', 'Kế hoạch', '', '', ''],
    ];
    const an = analyze(grid);
    expect(an.areas.map((a) => a.counts)).toEqual([{ goals: 1, tasks: 1, activities: 3 }]);
    expect(analyze(grid).issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}@${i.row}:${i.column}`)).toEqual(['missing-cell@4:lead', 'missing-cell@4:deadline', 'missing-cell@5:lead', 'missing-cell@5:deadline']);
  });

  test('"Không có" merged across an empty area comes out in the TT column: a remark, no item', () => {
    const grid: CellValue[][] = [H, ['II', 'CẢI CÁCH TÀI CHÍNH CÔNG'], ['Không có'], ['III', 'CẢI CÁCH TỔ CHỨC BỘ MÁY'], item('1', 'Mục tiêu 1: Bộ máy tinh gọn', 'Nhiệm vụ 1: Rà soát', 'Hoạt động 1: Rà soát chức năng')];
    const an = analyze(grid);
    expect(an.appendix.sections[0].items).toEqual([]);
    expect(codes(grid)).toEqual(['empty-area@2']);
  });

  test('a whole row under one whose partners end on a comma ("Các cơ quan, đơn vị,") is a row of its own', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      ['1', 'Mục tiêu 1: Ban hành kịp thời các kế hoạch', 'Nhiệm vụ 1: Xây dựng kế hoạch', 'Ban hành Kế hoạch cải cách hành chính năm 2026', 'Kế hoạch', 'Văn phòng HĐND và UBND', 'Các cơ quan, đơn vị,', 'Tháng 01/2026'],
      ['', '', '', 'Ban hành Kế hoạch kiểm tra công tác cải cách hành chính', 'Kế hoạch', 'Văn phòng HĐND và UBND', 'Các cơ quan, đơn vị', 'Tháng 02/2026'],
    ];
    expect(counts(grid)).toEqual([['direction', 1, 1, 2]]);
    expect(analyze(grid).issues.filter((i) => i.row !== null)).toEqual([]);
  });
});

describe('session 12: review round 63, staircase and goals', () => {
  test('unlabelled goals and tasks on rows of their own over their activities (the staircase): each opens a new one', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (2 mục tiêu; 3 nhiệm vụ; 3 hoạt động)'],
      ['', '100% thủ tục hành chính được công khai đầy đủ, kịp thời'],
      ['', '', 'Rà soát, công khai thủ tục hành chính'],
      ['1', '', '', 'Cập nhật danh mục thủ tục hành chính', 'Danh mục TTHC', 'Văn phòng HĐND và UBND', '', 'Thường xuyên'],
      ['', 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%'],
      ['', '', 'Nâng cao chất lượng giải quyết thủ tục hành chính'],
      ['2', '', '', 'Theo dõi, đôn đốc giải quyết hồ sơ đúng hạn', 'Báo cáo', 'Trung tâm Phục vụ hành chính công', '', 'Hằng tháng'],
      ['', '', 'Khảo sát sự hài lòng của người dân'],
      ['3', '', '', 'Tổ chức khảo sát sự hài lòng', 'Báo cáo', 'Trung tâm Phục vụ hành chính công', '', 'Quý IV'],
    ];
    expect(counts(grid)).toEqual([['procedures', 2, 3, 3]]);
    expect(codes(grid)).toEqual([]);
  });
});

describe('session 12: review round 63, area rows', () => {
  test('a goal row opening with its area\'s words, in ordinary case, among areas numbered I, II…: a goal, not an area', () => {
    const grid: CellValue[][] = [
      H,
      ['III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (1 mục tiêu; 2 nhiệm vụ; 2 hoạt động)'],
      ['', 'Cải cách thủ tục hành chính theo hướng đơn giản, thuận tiện cho người dân'],
      ['1', '', 'Rà soát, đơn giản hóa thủ tục hành chính', 'Rà soát quy trình giải quyết TTHC', 'Báo cáo rà soát', 'Văn phòng HĐND và UBND', '', 'Hằng năm'],
      ['2', '', 'Công khai thủ tục hành chính', 'Niêm yết công khai TTHC', 'Bảng niêm yết', 'Trung tâm Phục vụ hành chính công', '', 'Thường xuyên'],
    ];
    expect(counts(grid)).toEqual([['procedures', 1, 2, 2]]);
    expect(codes(grid).filter((c) => !c.startsWith('missing-area'))).toEqual([]);
  });

  test('"VII | Xây dựng và phát triển Chính quyền điện tử," then "Chính quyền số" on the next row: one title', () => {
    const grid: CellValue[][] = [
      H,
      ['VII', 'Xây dựng và phát triển Chính quyền điện tử,'],
      ['', 'Chính quyền số'],
      item('1', 'Mục tiêu 1: 100% văn bản điện tử', 'Nhiệm vụ 1: Quản lý văn bản', 'Gửi, nhận văn bản điện tử có ký số'),
    ];
    const an = analyze(grid);
    expect(an.areas.map((a) => [a.code, a.title, a.counts])).toEqual([['digital-government', 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', { goals: 1, tasks: 1, activities: 1 }]]);
  });
});

describe('session 12: review round 63, lettered tasks', () => {
  const body = (a: CellValue[], b: CellValue[]): CellValue[][] => [
    H,
    ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (1 mục tiêu; 2 nhiệm vụ; 4 hoạt động)'],
    ['', 'Mục tiêu 1: 100% thủ tục hành chính được giải quyết đúng hạn'],
    a,
    ['1', '', '', 'Rà soát, đánh giá thủ tục hành chính', 'Báo cáo rà soát', 'Văn phòng HĐND và UBND', '', 'Hằng năm'],
    ['2', '', '', 'Công khai thủ tục hành chính', 'Danh mục TTHC', 'Trung tâm Phục vụ hành chính công', '', 'Hằng năm'],
    b,
    ['3', '', '', 'Tiếp nhận, giải quyết hồ sơ đúng hạn', 'Hồ sơ đúng hạn', 'Trung tâm Phục vụ hành chính công', '', 'Thường xuyên'],
    ['4', '', '', 'Khảo sát mức độ hài lòng', 'Báo cáo khảo sát', 'Trung tâm Phục vụ hành chính công', '', 'Hằng năm'],
  ];
  test('"a) …", "b) …" in the task column (or lettered in the TT column, text in the task column) over activities that leave it empty: their tasks', () => {
    for (const grid of [
      body(['', '', 'a) Kiểm soát thủ tục hành chính'], ['', '', 'b) Thực hiện cơ chế một cửa, một cửa liên thông']),
      body(['a)', '', 'Kiểm soát thủ tục hành chính'], ['b)', '', 'Thực hiện cơ chế một cửa, một cửa liên thông']),
    ]) {
      const an = analyze(grid);
      expect(an.areas.map((a) => a.counts)).toEqual([{ goals: 1, tasks: 2, activities: 4 }]);
      expect(an.appendix.items.filter((i) => i.activity).map((i) => i.task?.replace(/^[ab]\) /, ''))).toEqual([
        'Kiểm soát thủ tục hành chính',
        'Kiểm soát thủ tục hành chính',
        'Thực hiện cơ chế một cửa, một cửa liên thông',
        'Thực hiện cơ chế một cửa, một cửa liên thông',
      ]);
      expect(codes(grid).filter((c) => !c.startsWith('missing-area'))).toEqual([]);
    }
  });
});

describe('session 12: review round 63, assignment page breaks', () => {
  test('a task ending "… hằng năm và giai đoạn" at the foot of a page, then task 3 whole on the next: two tasks ("… của" still goes on)', () => {
    const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì thực hiện', 'Phối hợp thực hiện', 'Theo dõi, kiểm tra, đôn đốc'];
    const grid: CellValue[][] = [
      A,
      ['I', 'Công tác chỉ đạo, điều hành CCHC (03 nhiệm vụ)'],
      ['1', 'Xây dựng Kế hoạch cải cách hành chính năm 2026', 'Kế hoạch', 'Tháng 01/2026', 'Phòng Văn hóa - Xã hội', 'Các cơ quan, đơn vị', 'Chủ tịch UBND xã'],
      ['2', 'Sơ kết, tổng kết công tác cải cách hành chính hằng năm và giai đoạn', 'Báo cáo sơ kết, tổng kết', 'Hằng năm', 'Phòng Văn hóa - Xã hội', 'Các cơ quan, đơn vị', 'Chủ tịch UBND xã'],
      [],
      A,
      ['3', 'Tham mưu UBND xã tự đánh giá, chấm điểm Chỉ số cải cách hành chính', 'Kết quả tự đánh giá', 'Theo hướng dẫn của tỉnh', 'Phòng Văn hóa - Xã hội', 'Các cơ quan, đơn vị', 'Chủ tịch UBND xã'],
    ];
    expect(counts(grid)).toEqual([['direction', null, 3, null]]);
    expect(codes(grid).filter((c) => !c.startsWith('missing-area'))).toEqual([]);
  });
});

describe('session 12: review round 63, other columns', () => {
  test('an area\'s budget in a "Kinh phí" column on its row declares no tasks', () => {
    const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Kinh phí (triệu đồng)', 'Thời gian hoàn thành', 'Chủ trì thực hiện', 'Phối hợp thực hiện'];
    const grid: CellValue[][] = [
      A,
      ['I', 'Công tác chỉ đạo, điều hành', '', '15'],
      ['1', 'Xây dựng Kế hoạch cải cách hành chính năm 2026', 'Kế hoạch', '5', 'Tháng 01/2026', 'Phòng Văn hóa - Xã hội', ''],
      ['2', 'Tổ chức kiểm tra công tác cải cách hành chính', 'Kết luận kiểm tra', '10', 'Quý III', 'Phòng Văn hóa - Xã hội', ''],
    ];
    const an = analyze(grid);
    expect(an.areas.map((a) => [a.code, a.declared, a.counts.tasks])).toEqual([['direction', null, 2]]);
    expect(an.issues.filter((i) => i.code === 'declared-count-mismatch')).toEqual([]);
  });
});

describe('session 12: review round 63, running title', () => {
  test('the plan\'s title in capitals atop a page, the header printed again under it: the table goes on', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      item('1', 'Mục tiêu 1: Ban hành kế hoạch', 'Nhiệm vụ 1: Xây dựng kế hoạch', 'Hoạt động 1: Ban hành Kế hoạch CCHC'),
      [],
      ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 - XÃ TÂN LẬP'],
      H,
      ['II', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      item('1', 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát văn bản', 'Hoạt động 1: Rà soát văn bản QPPL'),
    ];
    expect(counts(grid)).toEqual([['direction', 1, 1, 1], ['institutions', 1, 1, 1]]);
  });
});

describe('session 12: review round 66 (the new rules held back where they misfired)', () => {
  test('"PHỤ LỤC II" then a plan title in capitals then the same header: another appendix, the table ends', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      item('1', 'Mục tiêu 1: Ban hành kế hoạch', 'Nhiệm vụ 1: Xây dựng kế hoạch', 'Hoạt động 1: Ban hành Kế hoạch CCHC năm 2026'),
      [],
      ['PHỤ LỤC II'],
      ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH XÃ AN PHÚ GIAI ĐOẠN 2026-2030'],
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      item('1', 'Mục tiêu 1: Nâng cao hiệu quả chỉ đạo', 'Nhiệm vụ 1: Chỉ đạo, điều hành', 'Hoạt động 1: Ban hành kế hoạch 5 năm'),
      item('2', '', '', 'Hoạt động 2: Sơ kết giữa kỳ'),
    ];
    expect(counts(grid)).toEqual([['direction', 1, 1, 1]]);
    expect(codes(grid).filter((c) => !c.startsWith('missing-area'))).toEqual([]);
  });

  test('the second printed line of a labelled activity ("CCHC năm 2026 …" | "Báo cáo kết quả" under "Kế hoạch;") goes on it', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      ['1', 'Mục tiêu 1: 100% nhiệm vụ CCHC hoàn thành', 'Nhiệm vụ 1: Triển khai Kế hoạch CCHC', 'Hoạt động 1: Tổ chức Hội nghị triển khai Kế hoạch', 'Kế hoạch;', 'Văn phòng HĐND và UBND', '', 'Quý I/2026'],
      ['', '', '', 'CCHC năm 2026 của UBND xã', 'Báo cáo kết quả', '', '', ''],
      ['2', '', '', 'Hoạt động 2: Kiểm tra công tác CCHC', 'Báo cáo kiểm tra', 'Văn phòng HĐND và UBND', '', 'Quý IV/2026'],
    ];
    expect(counts(grid)).toEqual([['direction', 1, 1, 2]]);
    expect(codes(grid)).toEqual([]);
  });

  test('after a page number atop a page, the rests of a goal and a task cut by the break join them (no empty item)', () => {
    const grid: CellValue[][] = [
      H,
      ['III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (2 mục tiêu; 2 nhiệm vụ; 2 hoạt động)'],
      ['1', 'Tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình trên', 'Đẩy mạnh dịch vụ công trực tuyến theo chỉ đạo của', 'Tiếp nhận hồ sơ trực tuyến', 'Báo cáo', 'Trung tâm Phục vụ hành chính công', '', 'Thường xuyên'],
      [],
      ['', '', '', '- 3 -'],
      ['', 'Cổng Dịch vụ công quốc gia đạt từ 80% trở lên', 'UBND tỉnh'],
      ['2', '100% TTHC được công khai đầy đủ, kịp thời', 'Công khai thủ tục hành chính', 'Niêm yết công khai TTHC', 'Danh mục TTHC', 'Trung tâm Phục vụ hành chính công', '', 'Thường xuyên'],
    ];
    expect(counts(grid)).toEqual([['procedures', 2, 2, 2]]);
    expect(codes(grid).filter((c) => !c.startsWith('missing-area'))).toEqual([]);
  });
});

describe('session 12: review round 67', () => {
  test('an area\'s name alone, its numeral lost, among numbered areas is still the area (in a table with goals or without)', () => {
    const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì thực hiện', 'Phối hợp thực hiện', 'Theo dõi, kiểm tra, đôn đốc'];
    const assignment: CellValue[][] = [
      A,
      ['II', 'Cải cách thủ tục hành chính'],
      ['1', 'Công khai thủ tục hành chính', 'Danh mục TTHC', 'Thường xuyên', 'Trung tâm Phục vụ hành chính công', '', ''],
      ['2', 'Số hóa hồ sơ thủ tục hành chính', 'Hồ sơ được số hóa', 'Hằng năm', 'Trung tâm Phục vụ hành chính công', '', ''],
      ['', 'Cải cách tổ chức bộ máy hành chính nhà nước'],
      ['1', 'Rà soát chức năng, nhiệm vụ', 'Báo cáo', 'Quý II', 'Phòng Văn hóa - Xã hội', '', ''],
    ];
    expect(counts(assignment)).toEqual([['procedures', null, 2, null], ['organization', null, 1, null]]);
    const standard: CellValue[][] = [
      H,
      ['II', 'CẢI CÁCH THỂ CHẾ'],
      item('1', 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát văn bản', 'Hoạt động 1: Rà soát văn bản QPPL'),
      ['', 'Cải cách tổ chức bộ máy hành chính nhà nước'],
      item('1', 'Mục tiêu 1: Bộ máy tinh gọn', 'Nhiệm vụ 1: Rà soát chức năng', 'Hoạt động 1: Rà soát quy chế làm việc'),
    ];
    expect(counts(standard)).toEqual([['institutions', 1, 1, 1], ['organization', 1, 1, 1]]);
  });
});

describe('session 13: columns of numbers per row', () => {
  test('"Số mục tiêu", "Số lượng sản phẩm" name no goal or product column: the real columns after them do', () => {
    expect(headerKey('Số mục tiêu')).toBeNull();
    expect(headerKey('Tổng số nhiệm vụ')).toBeNull();
    expect(headerKey('Số lượng sản phẩm')).toBeNull();
    expect(headerKey('Mục tiêu')).toBe('goal');
    expect(headerKey('Số TT')).toBe('tt');
    const grid: CellValue[][] = [
      ['TT', 'Số mục tiêu', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Số lượng sản phẩm', 'Kết quả/Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành'],
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      ['1', 1, 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát văn bản', 'Hoạt động 1: Rà soát văn bản QPPL', 2, 'Báo cáo', 'Văn phòng HĐND và UBND', '', 'Quý IV'],
      ['2', '', '', '', 'Hoạt động 2: Kiểm tra văn bản QPPL', 1, 'Kết luận kiểm tra', 'Văn phòng HĐND và UBND', '', 'Hằng năm'],
    ];
    const { header, items } = analyze(grid).appendix;
    expect(header?.columns).toMatchObject({ goal: 2, product: 6 });
    expect(items[0].goal).toBe('Mục tiêu 1: Văn bản đúng quy định');
    expect(items[1].product).toBe('Kết luận kiểm tra');
    expect(counts(grid)).toEqual([['institutions', 1, 1, 2]]);
    expect(codes(grid)).toEqual([]);
  });
});

describe('session 13: Roman label numbers', () => {
  test('"Mục tiêu I:" (a scan\'s I for 1, or goals numbered I, II) is goal 1, stripped like "Mục tiêu 1:"; "Mục tiêu vi phạm" is no label', () => {
    expect(labelNumber('Mục tiêu I: Nâng cao chất lượng văn bản', 'goals')).toBe(1);
    expect(labelNumber('Nhiệm vụ IV - Rà soát', 'tasks')).toBe(4);
    expect(labelNumber('Mục tiêu vi phạm được xử lý', 'goals')).toBeNull();
    expect(stripLabel('Hoạt động II. Kiểm tra văn bản')).toBe('Kiểm tra văn bản');
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (2 mục tiêu; 2 nhiệm vụ; 3 hoạt động)'],
      item('1', 'Mục tiêu I: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát văn bản', 'Hoạt động 1: Rà soát văn bản QPPL'),
      item('2', '', '', 'Hoạt động 2: Kiểm tra văn bản QPPL'),
      item('3', 'Mục tiêu 2: Pháp luật được thi hành', 'Nhiệm vụ 2: Theo dõi thi hành pháp luật', 'Hoạt động 3: Thu thập thông tin'),
    ];
    expect(counts(grid)).toEqual([['institutions', 2, 2, 3]]);
    expect(codes(grid)).toEqual([]);
  });
});

describe('session 13: review round 69 (clerks\' mistakes)', () => {
  test('counts written "2MT/2NV/3HĐ", "(2 mục tiêu/2 nhiệm vụ/3 hoạt động)", in a title or on a row of their own, are read whole', () => {
    expect(parseDeclared('CẢI CÁCH THỦ TỤC HÀNH CHÍNH (4MT/5NV/6HĐ)')).toEqual({ goals: 4, tasks: 5, activities: 6 });
    expect(parseDeclared('(2 mục tiêu/2 nhiệm vụ/3 hoạt động)')).toEqual({ goals: 2, tasks: 2, activities: 3 });
    expect(countsLine('Gồm: 02 MT/02 NV/03 HĐ')).toEqual({ goals: 2, tasks: 2, activities: 3 });
    // A date or a document's number is no count: "15/12 nhiệm vụ".
    expect(parseDeclared('Triển khai trước ngày 15/12 nhiệm vụ năm')).toBeNull();
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      ['', 'Gồm: 1MT/1NV/3HĐ'],
      item('1', 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát văn bản', 'Hoạt động 1: Rà soát văn bản QPPL'),
      item('2', '', '', 'Hoạt động 2: Kiểm tra văn bản QPPL'),
    ];
    const a = analyze(grid);
    expect(a.appendix.sections.map((s) => s.declared)).toEqual([{ goals: 1, tasks: 1, activities: 3 }]);
    expect(counts(grid)).toEqual([['institutions', 1, 1, 2]]);
    expect(a.issues.filter((i) => i.severity !== 'info').map((i) => [i.code, i.row, i.level])).toEqual([['declared-count-mismatch', 2, 'activities']]);
  });

  test('a row copied whole under itself is one duplicate to delete, not also a repeated label and TT', () => {
    const copy = item('2', '', '', 'Hoạt động 2: Kiểm tra văn bản QPPL');
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 3 hoạt động)'],
      item('1', 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát văn bản', 'Hoạt động 1: Rà soát văn bản QPPL'),
      copy,
      [...copy],
      item('3', '', '', 'Hoạt động 3: Hệ thống hóa văn bản'),
    ];
    expect(analyze(grid).issues.filter((i) => i.area === 'institutions').map((i) => [i.code, i.row])).toEqual([['duplicate-row', 5]]);
    // Its text changed but not its label: another activity (four, not three), its label a numbering to mend, as before.
    const relabel = [...grid.slice(0, 4), item('2', '', '', 'Hoạt động 2: Công bố kết quả'), grid[5]];
    expect(analyze(relabel).issues.filter((i) => i.area === 'institutions').map((i) => [i.code, i.row])).toEqual([['declared-count-mismatch', 2], ['numbering', 5], ['tt-sequence', 5]]);
  });
});

describe('session 13: a time in the lead unit\'s column (review round 69)', () => {
  const row = (tt: string, activity: string, lead: string, deadline: string): CellValue[] => [tt, '', '', activity, 'Báo cáo', lead, '', deadline];
  test('no lead unit, the time maybe the row\'s deadline; lead and deadline swapped said once', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      item('1', 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát văn bản', 'Hoạt động 1: Rà soát văn bản QPPL'),
      row('2', 'Hoạt động 2: Kiểm tra văn bản', 'Quý IV/2027', ''),
      row('3', 'Hoạt động 3: Hệ thống hóa văn bản', 'Hằng năm', 'Hằng năm'),
      row('4', 'Hoạt động 4: Công bố kết quả', 'Tháng 6/2027', 'Văn phòng HĐND và UBND'),
      // A unit that names a year is a unit.
      row('5', 'Hoạt động 5: Tuyên truyền', 'Ban Chỉ đạo 2026', 'Quý II/2027'),
    ];
    const { issues } = analyze(grid);
    const found = issues.filter((i) => i.severity !== 'info').map((i) => [i.code, i.row, i.column, i.message]);
    expect(found).toEqual([
      ['missing-cell', 4, 'deadline', expect.stringContaining('thời gian “Quý IV/2027” đang ghi ở cột “Chủ trì”')],
      ['missing-cell', 4, 'lead', expect.stringContaining('“Quý IV/2027” — đó là thời gian, không phải đơn vị chủ trì')],
      ['missing-cell', 5, 'lead', expect.stringContaining('“Hằng năm” — đó là thời gian')],
      ['unrecognized-deadline', 6, 'deadline', expect.stringContaining('còn ô “Chủ trì” cùng hàng lại ghi “Tháng 6/2027” — hai ô có lẽ bị đổi chỗ')],
    ]);
    expect(analyze(grid, { lang: 'en' }).issues.find((i) => i.row === 6)?.message).toContain('the two cells were probably swapped');
  });
});

describe('session 13: review round 68 (other PDF extractors)', () => {
  const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp', 'Theo dõi'];
  test('every cell centred, one printed line per row: a task\'s first line above its Stt is its own, even where the Stt line holds none of the task', () => {
    const grid: CellValue[][] = [
      A,
      ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      ['1', 'Tổ chức Ngày Pháp luật Việt Nam hằng năm', 'Hội nghị', 'Tháng 11 hằng năm', 'Văn phòng HĐND và UBND xã', 'Các cơ quan, đơn vị', 'Chủ tịch UBND xã'],
      ['', 'Theo dõi tình hình thi hành pháp luật trong'],
      ['2', 'lĩnh vực trọng tâm, liên ngành trên địa bàn', 'Báo cáo', 'Tháng 11 hằng năm', 'Văn phòng HĐND và UBND xã', 'Công an xã', 'Chủ tịch UBND xã'],
      ['', 'xã'],
      ['', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành'],
      ['3', '', 'Hồ sơ được số hóa', 'Thường xuyên', 'Trung tâm Phục vụ hành chính công', 'Các cơ quan, đơn vị', 'Phó Chủ tịch UBND xã'],
      ['', 'chính theo quy định'],
      ['4', 'Đối thoại với người dân, doanh nghiệp về TTHC', 'Hội nghị đối thoại', 'Hằng năm', 'Văn phòng HĐND và UBND xã', '', 'Chủ tịch UBND xã'],
    ];
    const { appendix } = analyze(grid);
    expect(appendix.items.map((i) => [i.tt, i.task, i.rows])).toEqual([
      ['1', 'Tổ chức Ngày Pháp luật Việt Nam hằng năm', [3]],
      ['2', 'Theo dõi tình hình thi hành pháp luật trong lĩnh vực trọng tâm, liên ngành trên địa bàn xã', [4, 5, 6]],
      ['3', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo quy định', [7, 8, 9]],
      ['4', 'Đối thoại với người dân, doanh nghiệp về TTHC', [10]],
    ]);
    expect(counts(grid)).toEqual([['procedures', null, 4, null]]);
    expect(codes(grid)).toEqual([]);
  });

  test('a number alone atop a page (the next sheet of a converter), an area\'s heading under it, is the page\'s number, not an item', () => {
    const grid: CellValue[][] = [
      A,
      ['IV', 'CẢI CÁCH TỔ CHỨC BỘ MÁY'],
      ['1', 'Rà soát, kiện toàn chức năng, nhiệm vụ', 'Quyết định', 'Năm 2026', 'Phòng Văn hóa - Xã hội', '', 'Chủ tịch UBND xã'],
      ['2', 'Quản lý, sử dụng biên chế được giao', 'Báo cáo biên chế', 'Hằng năm', 'Phòng Văn hóa - Xã hội', '', ''],
      ['3'],
      ['V', 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ'],
      ['1', 'Đánh giá, xếp loại cán bộ, công chức', 'Kết quả đánh giá', 'Tháng 12 hằng năm', 'Phòng Văn hóa - Xã hội', '', ''],
    ];
    const paged = analyze(grid, { breaks: [4] });
    expect(paged.areas.map((a) => [a.code, a.counts.tasks, a.items])).toEqual([['organization', 2, 2], ['civil-service', 1, 1]]);
    expect(paged.issues.filter((i) => i.row === 5).map((i) => i.code)).toEqual(['repeated-header']);
    // With no page break seen, a row left with its TT only is an item whose cells are missing, as before.
    expect(codes(grid).filter((c) => c.endsWith('@5'))).toEqual(['missing-cell@5', 'missing-cell@5', 'missing-cell@5']);
  });

  test('an item\'s TT "I" or "l" (a scan\'s 1) opens its area\'s TT sequence', () => {
    const grid: CellValue[][] = [
      A,
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      ['l', 'Rà soát văn bản quy phạm pháp luật', 'Báo cáo', 'Quý IV', 'Văn phòng HĐND và UBND xã', '', ''],
      ['2', 'Tuyên truyền phổ biến pháp luật', 'Hội nghị', 'Hằng năm', 'Văn phòng HĐND và UBND xã', '', ''],
    ];
    expect(analyze(grid).issues.filter((i) => i.code === 'tt-sequence')).toEqual([]);
    expect(counts(grid)).toEqual([['institutions', null, 2, null]]);
  });
});

describe('session 13: communes in Vietnamese order (review round 70)', () => {
  test('"Dương Minh" before "Đông Hà", "Phường 2" before "Phường 10", one commune\'s files as given, unnamed last', () => {
    const list = ['Phường 10', null, 'Đông Hà', 'Phường 2', 'Dương Minh', 'An Phú', 'Phường 2'].map((name, i) => ({ name, i }));
    expect(inCommuneOrder(list, (x) => x.name).map((x) => `${x.name}#${x.i}`)).toEqual(['An Phú#5', 'Dương Minh#4', 'Đông Hà#2', 'Phường 2#3', 'Phường 2#6', 'Phường 10#0', 'null#1']);
  });
});

describe('session 13: messages (review round 69)', () => {
  test('a deadline\'s example is in the plan\'s year; a blank activity gets no "Nt" hint (it would be the one above twice)', () => {
    const grid: CellValue[][] = [
      ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2027 CỦA UBND XÃ ĐÔNG HÒA'],
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      item('1', 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát văn bản', 'Hoạt động 1: Rà soát văn bản QPPL'),
      ['2', '', '', '', 'Danh mục văn bản', 'Văn phòng HĐND và UBND', '', 'Xong'],
    ];
    const msgs = analyze(grid).issues.filter((i) => i.row === 5).map((i) => [i.code, i.message]);
    expect(msgs).toEqual([
      ['missing-cell', 'Hàng 5, cột D (Hoạt động): ô để trống — cần ghi nội dung.'],
      ['unrecognized-deadline', 'Hàng 5, cột H (Thời gian hoàn thành): “Xong” không phải là thời gian hoàn thành — ghi thời hạn, ví dụ “Quý II/2027”, “Hằng năm”.'],
    ]);
  });

  test('another appendix under the table ("PHỤ LỤC II", after the total row) is said where it opens', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      item('1', 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát văn bản', 'Hoạt động 1: Rà soát văn bản QPPL'),
      ['Tổng cộng', '', '', '1 mục tiêu; 1 nhiệm vụ; 1 hoạt động'],
      [],
      ['PHỤ LỤC II'],
      H,
      ['I', 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ'],
      item('1', 'Mục tiêu 1: Kỷ cương', 'Nhiệm vụ 1: Kiểm tra công vụ', 'Hoạt động 1: Kiểm tra đột xuất'),
    ];
    const an = analyze(grid);
    expect(an.appendix.otherTableAt).toEqual({ row: 6, text: 'PHỤ LỤC II' });
    expect(counts(grid)).toEqual([['institutions', 1, 1, 1]]);
    expect(humanReport(an)).toContain('Bảng dừng ở hàng 6: “PHỤ LỤC II” mở một bảng khác — các hàng từ đó trở xuống không được kiểm tra.');
    // The signature under a table is no other table.
    expect(analyze([...grid.slice(0, 3), ['', '', '', '', '', 'TM. ỦY BAN NHÂN DÂN']]).appendix.otherTableAt).toBeUndefined();
  });

  test('an area none of the seven is named in the report\'s table without its counts', () => {
    const grid: CellValue[][] = [H, ['VIII', 'CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'], item('1', 'Mục tiêu 1: Tuyên truyền', 'Nhiệm vụ 1: Tuyên truyền CCHC', 'Hoạt động 1: Đăng tin trên cổng')];
    expect(humanReport(analyze(grid))).toMatch(/VIII {2}CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN {2,}1 \/ 1/);
  });
});

describe('session 13: review round 72 (imitations of unseen appendices)', () => {
  const top = (activity: string, product = ''): CellValue[] => ['', '', '', activity, product];
  const rest = (product: string): CellValue[] => ['3', '', '', '', product, 'Chủ tịch UBND xã', 'Ủy ban MTTQ Việt Nam xã', 'Quý III/2026'];
  const grid = (first: CellValue[], second: CellValue[]): CellValue[][] => [
    H,
    ['I', 'Công tác chỉ đạo, điều hành (02 mục tiêu, 02 nhiệm vụ, 03 hoạt động)'],
    item('1', 'Mục tiêu 1: Triển khai kịp thời các nhiệm vụ CCHC', 'Nhiệm vụ 1: Ban hành văn bản chỉ đạo', 'Hoạt động 1: Ban hành Kế hoạch CCHC năm 2026'),
    item('2', 'Mục tiêu 2: Tăng cường đối thoại với người dân', 'Nhiệm vụ 2: Tổ chức đối thoại', 'Hoạt động 2: Tiếp nhận, tổng hợp ý kiến của người dân'),
    first,
    [],
    H,
    second,
  ];
  test.each([
    ['labelled, its product all on the next page', top('Hoạt động 3: Tổ chức hội nghị đối thoại với người dân'), rest('Hội nghị đối thoại')],
    ['its product cut by the break', top('Hoạt động 3: Tổ chức hội nghị đối thoại với người dân', 'Hội nghị'), rest('đối thoại')],
    ['unlabelled, under a whole row', top('Tổ chức hội nghị đối thoại với người dân'), rest('Hội nghị đối thoại')],
  ])('an activity on a page\'s last line, its TT, product, lead and deadline after the header again, is one row (%s)', (_what, first, second) => {
    const an = analyze(grid(first, second));
    expect(an.appendix.items.map((i) => [i.tt, i.rows])).toEqual([['1', [3]], ['2', [4]], ['3', [5, 8]]]);
    expect(an.appendix.items[2].activity).toMatch(/^(Hoạt động 3: )?Tổ chức hội nghị đối thoại với người dân$/);
    expect(an.appendix.items[2].product).toBe('Hội nghị đối thoại');
    expect(counts(grid(first, second))).toEqual([['direction', 2, 2, 3]]);
    expect(codes(grid(first, second))).toEqual([]);
  });

  test('a row with no year marked in a table of year columns says so, not "merge or write Nt"', () => {
    const years: CellValue[][] = [
      ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện'],
      ['', '', '', '', '', '', '', '2026', '2027', '2028'],
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      ['1', 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát văn bản', 'Hoạt động 1: Rà soát văn bản QPPL', 'Báo cáo', 'Văn phòng HĐND và UBND', '', 'x', 'x', 'x'],
      ['2', '', '', 'Hoạt động 2: Kiểm tra văn bản QPPL', 'Kết luận', 'Văn phòng HĐND và UBND', '', '', '', ''],
    ];
    const issue = analyze(years).issues.find((i) => i.code === 'missing-cell')!;
    expect([issue.row, issue.column, issue.message]).toEqual([5, 'deadline', 'Hàng 5, cột H (Thời gian thực hiện): không đánh dấu cột thời gian nào (2026–2028) — đánh “x” vào năm (hay quý) thực hiện.']);
  });
});

describe('session 13: review round 71 (today\'s rules held back where they misfired)', () => {
  test('a page\'s first line under a cell cut on "của" is that cell\'s rest, even over a numbered row with an empty activity', () => {
    const grid: CellValue[][] = [
      H,
      ['II', 'CẢI CÁCH THỂ CHẾ (2 mục tiêu; 2 nhiệm vụ; 2 hoạt động)'],
      ['1', 'Mục tiêu 1: Văn bản được rà soát', 'Nhiệm vụ 1: Rà soát văn bản', 'Hoạt động 1: Rà soát, công bố danh mục văn bản hết hiệu lực theo Quyết định của', 'Danh mục', 'Văn phòng HĐND và UBND', '', 'Quý I hằng năm'],
      H,
      ['', '', '', 'Ủy ban nhân dân tỉnh về quy chế rà soát văn bản.'],
      ['2', 'Mục tiêu 2: Pháp luật được thi hành', 'Nhiệm vụ 2: Theo dõi thi hành pháp luật', '', 'Báo cáo', 'Văn phòng HĐND và UBND', 'Công an xã', 'Quý IV hằng năm'],
    ];
    const an = analyze(grid);
    expect(an.appendix.items.map((i) => [i.tt, i.rows, i.activity])).toEqual([
      ['1', [3, 5], 'Hoạt động 1: Rà soát, công bố danh mục văn bản hết hiệu lực theo Quyết định của Ủy ban nhân dân tỉnh về quy chế rà soát văn bản.'],
      ['2', [6], null],
    ]);
    expect(codes(grid)).toEqual(['declared-count-mismatch@2', 'missing-cell@6']);
  });

  test('an item\'s TT "I" is a scan\'s 1 only before a 2: goals numbered I, II in the TT column over activities 1, 2 are Roman', () => {
    const grid: CellValue[][] = [
      H,
      ['A', 'CẢI CÁCH THỂ CHẾ'],
      ['I', 'Văn bản quy phạm pháp luật đúng quy định'],
      ['1', '', 'Rà soát văn bản', 'Rà soát văn bản QPPL', 'Báo cáo', 'Văn phòng HĐND và UBND', '', 'Quý IV'],
      ['2', '', '', 'Kiểm tra văn bản QPPL', 'Kết luận', 'Văn phòng HĐND và UBND', '', 'Hằng năm'],
    ];
    expect(analyze(grid).issues.filter((i) => i.code === 'tt-sequence')).toEqual([]);
  });

  test('a lead naming units by years ("Năm 2026: Văn phòng …; từ năm 2027: …") is a lead', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      ['1', 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát văn bản', 'Hoạt động 1: Rà soát văn bản QPPL', 'Báo cáo', 'Năm 2026: Văn phòng HĐND và UBND; từ năm 2027: Phòng Văn hóa - Xã hội', '', 'Hằng năm'],
    ];
    expect(codes(grid)).toEqual([]);
  });

  test('a copy whose goal label repeats with another goal\'s text keeps the numbering warning on the goal', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      item('1', 'Mục tiêu 1: Công khai TTHC', 'Nhiệm vụ 1: Công khai', 'Hoạt động 1: Niêm yết TTHC'),
      item('2', 'Mục tiêu 2: Tỷ lệ hồ sơ đúng hạn', 'Nhiệm vụ 2: Giải quyết hồ sơ', 'Hoạt động 2: Tiếp nhận hồ sơ'),
      item('3', 'Mục tiêu 2: Mức độ hài lòng của người dân', 'Nhiệm vụ 2: Giải quyết hồ sơ', 'Hoạt động 2: Tiếp nhận hồ sơ'),
    ];
    expect(analyze(grid).issues.filter((i) => i.row === 5 && i.severity === 'warning').map((i) => [i.code, i.level ?? null])).toEqual([
      ['duplicate-row', null],
      ['numbering', 'goals'],
    ]);
  });

  test('the appendix\'s own title atop its last page is no other appendix; the example year is the plan\'s, not the signing date\'s', () => {
    const title = 'Phụ lục I: Kế hoạch cải cách hành chính năm 2026 của UBND xã Hòa Bình';
    const grid: CellValue[][] = [
      ['PHỤ LỤC I'],
      ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026'],
      ['(Kèm theo Kế hoạch số 245/KH-UBND ngày 26/12/2025 của Ủy ban nhân dân xã Hòa Bình)'],
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      ['1', 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát văn bản', 'Hoạt động 1: Rà soát văn bản QPPL', 'Báo cáo', 'Văn phòng HĐND và UBND', '', 'Xong'],
      [],
      ['Nơi nhận:', '', '', '', '', 'TM. ỦY BAN NHÂN DÂN'],
      [],
      [title],
    ];
    const an = analyze(grid);
    expect(an.appendix.otherTableAt).toBeUndefined();
    expect(an.issues.find((i) => i.code === 'unrecognized-deadline')?.message).toContain('ví dụ “Quý II/2026”');
  });
});

describe('session 13: the total line under the table (review round 72)', () => {
  test('"Tổng cộng: 3 nhiệm vụ" under a table of 2 is said in the report; one that adds up is not', () => {
    const grid = (total: string): CellValue[][] => [
      ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp', 'Theo dõi'],
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      ['1', 'Rà soát văn bản quy phạm pháp luật', 'Báo cáo', 'Quý IV', 'Văn phòng HĐND và UBND', '', ''],
      ['2', 'Tuyên truyền phổ biến pháp luật', 'Hội nghị', 'Hằng năm', 'Văn phòng HĐND và UBND', '', ''],
      [total],
    ];
    expect(humanReport(analyze(grid('Tổng cộng: 3 nhiệm vụ')))).toContain('Dòng “Tổng cộng: 3 nhiệm vụ” dưới bảng không khớp với bảng: ghi 3 nhiệm vụ, bảng có 2.');
    expect(humanReport(analyze(grid('Tổng cộng: 02 nhiệm vụ')))).not.toContain('không khớp');
  });
});

describe('session 13: review round 74 (the page-break and centred-row rules held back where they misfired)', () => {
  const first = ['1', 'Mục tiêu 1: 100% TTHC được công khai', 'Nhiệm vụ 1: Công khai thủ tục hành chính', 'Hoạt động 1: Niêm yết, công khai TTHC tại Bộ phận Một cửa và trên', 'Danh mục TTHC', 'Trung tâm Phục vụ hành chính công', '', 'Thường xuyên'];
  const wrap = ['', '', '', 'Cổng Dịch vụ công quốc gia'];
  test.each([
    ['its activity left out', ['2', '', '', '', 'Báo cáo kết quả', 'Trung tâm Phục vụ hành chính công', '', 'Hằng quý'], 'missing-cell@6'],
    ['its activity "như trên"', ['2', '', 'Nhiệm vụ 2: Công khai kết quả', 'như trên', 'Kết quả được công khai', 'Trung tâm Phục vụ hành chính công', '', 'Hằng quý'], null],
  ])('a wrapped line opening with a proper noun, under a cell cut on "… và trên", is that cell\'s rest, over a numbered row with %s', (_what, next, missing) => {
    const grid: CellValue[][] = [H, ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'], first, wrap, next as CellValue[]];
    const an = analyze(grid);
    expect(an.appendix.items[0].activity).toBe('Hoạt động 1: Niêm yết, công khai TTHC tại Bộ phận Một cửa và trên Cổng Dịch vụ công quốc gia');
    expect(an.appendix.items.map((i) => i.rows)).toEqual([[3, 4], [5]]);
    expect(codes(grid).filter((c) => c.startsWith('missing-cell'))).toEqual(missing ? ['missing-cell@5'] : []);
  });

  test('a numbered row with its own goal and task, its activity left out, does not take the line above for it', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      ['1', 'Mục tiêu 1: 100% TTHC được công khai', 'Nhiệm vụ 1: Công khai thủ tục hành chính', 'Hoạt động 1: Niêm yết, công khai TTHC tại Bộ phận Một cửa', 'Danh mục TTHC', 'Trung tâm Phục vụ hành chính công', '', 'Thường xuyên'],
      ['', '', '', 'Cổng Dịch vụ công quốc gia'],
      ['2', 'Mục tiêu 2: Hồ sơ đúng hạn', 'Nhiệm vụ 2: Giải quyết hồ sơ', '', 'Báo cáo', 'Trung tâm Phục vụ hành chính công', '', 'Hằng quý'],
    ];
    expect(analyze(grid).appendix.items.map((i) => i.rows)).toEqual([[3, 4], [5]]);
  });

  test('a task on a row of its own at a page foot, the next page\'s numbered row lacking its activity: that row\'s missing activity, not the heading\'s', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (01 mục tiêu; 01 nhiệm vụ; 02 hoạt động)'],
      ['', 'Mục tiêu 1: Văn bản QPPL của xã ban hành đúng quy định'],
      ['', '', 'Nhiệm vụ 1: Rà soát, kiểm tra văn bản QPPL'],
      [],
      H,
      ['1', '', '', '', 'Báo cáo kết quả rà soát', 'Văn phòng HĐND và UBND', 'Công an xã', 'Quý IV'],
      ['2', '', '', 'Kiểm tra văn bản QPPL', 'Kết luận kiểm tra', 'Văn phòng HĐND và UBND', '', 'Hằng năm'],
    ];
    expect(codes(grid)).toEqual(['declared-count-mismatch@2', 'missing-cell@7']);
  });

  test('a lone number right under the header printed again is a row left blank, not a page number', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      item('1', 'Mục tiêu 1: Nhiệm vụ CCHC đúng hạn', 'Nhiệm vụ 1: Xây dựng kế hoạch', 'Hoạt động 1: Ban hành Kế hoạch CCHC'),
      item('2', '', '', 'Hoạt động 2: Báo cáo CCHC định kỳ'),
      [],
      H,
      ['3'],
      ['II', 'CẢI CÁCH THỂ CHẾ'],
      item('1', 'Mục tiêu 2: Văn bản đúng quy định', 'Nhiệm vụ 2: Rà soát văn bản', 'Hoạt động 3: Rà soát văn bản QPPL'),
    ];
    expect(codes(grid).filter((c) => c.endsWith('@7'))).toContain('missing-cell@7');
  });
});

describe('session 13: review round 73 (assignment tables of other provinces)', () => {
  const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp', 'Theo dõi'];
  const task = (n: string, text: string): CellValue[] => [n, text, 'Báo cáo', 'Hằng năm', 'Văn phòng HĐND và UBND', '', ''];
  test('a task cut by a page break, its Stt and the rest of its lead on the next page ("Văn phòng HĐND" / "và UBND"), is one task', () => {
    const grid: CellValue[][] = [
      A,
      ['I', 'Cải cách thủ tục hành chính'],
      task('1', 'Công khai thủ tục hành chính'),
      ['', 'Tham mưu UBND xã ban hành Kế hoạch rà soát, đánh giá thủ tục hành chính', 'Kế hoạch rà soát,', '', 'Văn phòng HĐND', '', ''],
      [],
      A,
      ['2', 'năm 2026 trên địa bàn xã', 'đánh giá TTHC năm 2026', 'Trước ngày 31/01/2026', 'và UBND', 'Các cơ quan, đơn vị', ''],
      task('3', 'Số hóa hồ sơ'),
    ];
    const an = analyze(grid);
    expect(an.appendix.items.map((i) => [i.tt, i.rows, i.lead])).toEqual([
      ['1', [3], 'Văn phòng HĐND và UBND'],
      ['2', [4, 7], 'Văn phòng HĐND và UBND'],
      ['3', [8], 'Văn phòng HĐND và UBND'],
    ]);
    expect(an.appendix.items[1].product).toBe('Kế hoạch rà soát, đánh giá TTHC năm 2026');
    expect(counts(grid)).toEqual([['procedures', null, 3, null]]);
    expect(codes(grid)).toEqual([]);
  });

  test('"H | Công tác thông tin, tuyên truyền …" in ordinary case after areas lettered A…G is an eighth part (unknown area), not a task of G', () => {
    const grid: CellValue[][] = [
      A,
      ['F', 'Xây dựng chính quyền điện tử, chính quyền số'],
      task('1', 'Ký số văn bản'),
      ['G', 'Cải cách tài chính công'],
      task('1', 'Công khai ngân sách'),
      ['H', 'Công tác thông tin, tuyên truyền về cải cách hành chính'],
      task('1', 'Tuyên truyền trên loa truyền thanh'),
      task('2', 'Đăng tin trên cổng thông tin'),
    ];
    const an = analyze(grid);
    expect(an.areas.map((a) => [a.numeral, a.code, a.counts.tasks])).toEqual([['F', 'digital-government', 1], ['G', 'public-finance', 1], ['H', null, 2]]);
    expect(codes(grid)).toEqual(['unknown-area@6']);
  });

  test('"Nhiệm vụ trọng tâm:", "Nhiệm vụ thường xuyên" over numbered tasks are group headings: no task, no part of one', () => {
    const grid: CellValue[][] = [
      A,
      ['VII', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      ['', 'Nhiệm vụ trọng tâm:'],
      task('1', 'Xây dựng Kế hoạch cải cách hành chính'),
      task('2', 'Tự đánh giá, chấm điểm Chỉ số CCHC'),
      ['', 'Nhiệm vụ thường xuyên'],
      task('3', 'Báo cáo định kỳ công tác CCHC'),
    ];
    const an = analyze(grid);
    expect(an.appendix.items.map((i) => i.task)).toEqual(['Xây dựng Kế hoạch cải cách hành chính', 'Tự đánh giá, chấm điểm Chỉ số CCHC', 'Báo cáo định kỳ công tác CCHC']);
    expect(an.issues.filter((i) => i.code === 'repeated-header').map((i) => i.message)).toEqual([
      'Hàng 3: dòng tiêu đề nhóm “Nhiệm vụ trọng tâm:” — không tính là một dòng của bảng; các dòng dưới nó vẫn được đếm.',
      'Hàng 6: dòng tiêu đề nhóm “Nhiệm vụ thường xuyên” — không tính là một dòng của bảng; các dòng dưới nó vẫn được đếm.',
    ]);
  });
});

describe('session 13: review round 78 (annual plans)', () => {
  test('an area written with another under one title ("… tổ chức bộ máy hành chính nhà nước và chế độ công vụ") is not missing', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC VÀ CHẾ ĐỘ CÔNG VỤ'],
      item('1', 'Mục tiêu 1: Bộ máy tinh gọn', 'Nhiệm vụ 1: Rà soát chức năng', 'Hoạt động 1: Rà soát quy chế làm việc'),
    ];
    const missing = analyze(grid).issues.filter((i) => i.code === 'missing-area').map((i) => i.area);
    expect(missing).not.toContain('civil-service');
    expect(missing).not.toContain('organization');
    expect(missing).toContain('procedures');
    // "Gắn với chuyển đổi số" joins nothing: the area named after it is still missing when it is.
    const linked: CellValue[][] = [H, ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH GẮN VỚI CHUYỂN ĐỔI SỐ'], grid[2]];
    expect(analyze(linked).issues.filter((i) => i.code === 'missing-area').map((i) => i.area)).toContain('digital-government');
  });

  test('an area under which "Không có" is written: the warning says so and asks only for the zero counts', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      item('1', 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát văn bản', 'Hoạt động 1: Rà soát văn bản QPPL'),
      ['II', 'CẢI CÁCH TÀI CHÍNH CÔNG'],
      ['', 'Không có'],
    ];
    expect(analyze(grid).issues.find((i) => i.code === 'empty-area')?.message).toBe('Hàng 4: lĩnh vực “Cải cách tài chính công” ghi “Không có” — để bảng nói rõ là không có nhiệm vụ, ghi thêm số lượng 0 ở tên lĩnh vực, ví dụ “(0 mục tiêu; 0 nhiệm vụ; 0 hoạt động)”.');
  });
});

describe('session 14: review round 80 (the words of real headers)', () => {
  const body = (deadlines: CellValue[][]): CellValue[][] => [
    ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
    ['1', 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát văn bản', 'Hoạt động 1: Rà soát văn bản QPPL', 'Danh mục', 'Văn phòng', 'Các ban', ...deadlines[0]],
    ['2', '', '', 'Hoạt động 2: Công bố danh mục văn bản', 'Quyết định', 'Văn phòng', 'Các ban', ...deadlines[1]],
  ];

  test.each([
    ['Thời gian thực hiện', 'Thời gian hoàn thành'],
    ['Thời gian thực hiện', 'Thời hạn hoàn thành'],
    ['Thời gian bắt đầu', 'Thời gian hoàn thành'],
  ])('"%s | %s": the deadline is the second (when the work must be done), not the span of the work', (first, second) => {
    const grid: CellValue[][] = [[...H.slice(0, 7), first, second], ...body([['Từ tháng 01/2027', 'Trước ngày 15/12/2027'], ['Quý II/2027', '']])];
    const an = analyze(grid);
    expect(an.appendix.header!.columns.deadline).toBe(8);
    expect(an.appendix.items.map((i) => i.deadline)).toEqual(['Trước ngày 15/12/2027', null]);
    expect(an.issues.filter((i) => i.code === 'missing-cell').map((i) => `${i.row}:${i.column}`)).toEqual(['4:deadline']);
  });

  test('"Thời gian hoàn thành | Thời gian thực hiện": the first stays the deadline', () => {
    const grid: CellValue[][] = [[...H.slice(0, 7), 'Thời gian hoàn thành', 'Thời gian thực hiện'], ...body([['Trước ngày 15/12/2027', 'Từ tháng 01/2027'], ['Quý II/2027', '']])];
    expect(analyze(grid).appendix.header!.columns.deadline).toBe(7);
  });

  test('"Tổng số | Ngân sách tỉnh | Ngân sách xã" under a merged "Kinh phí dự kiến": part of the header, and again at the page break', () => {
    const top: CellValue[] = [...H, 'Kinh phí dự kiến (triệu đồng)', '', ''];
    const parts: CellValue[] = ['', '', '', '', '', '', '', '', 'Tổng số', 'Ngân sách tỉnh', 'Ngân sách xã'];
    const grid: CellValue[][] = [
      top,
      parts,
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      [...item('1', 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát văn bản', 'Hoạt động 1: Rà soát văn bản QPPL'), 20, '-', 20],
      top,
      parts,
      [...item('2', '', '', 'Hoạt động 2: Công bố danh mục văn bản'), '', '', ''],
    ];
    const an = analyze(grid);
    expect(an.areas.map((a) => [a.row, a.counts.activities])).toEqual([[3, 2]]);
    expect(an.issues.filter((i) => i.severity !== 'info').map((i) => `${i.code}@${i.row}`)).toEqual([]);
    expect(an.issues.filter((i) => i.code === 'repeated-header').map((i) => i.row)).toEqual([5, 6]);
    expect(an.appendix.items.map((i) => i.extra ?? null)).toEqual(['Kinh phí dự kiến (triệu đồng) – Tổng số: 20; Kinh phí dự kiến (triệu đồng) – Ngân sách tỉnh: -; Kinh phí dự kiến (triệu đồng) – Ngân sách xã: 20', null]);
  });
});

describe('session 14: review round 81 (siblings of the fixtures)', () => {
  test('"hoạt động 24/7 …" atop a page is the rest of the cell above, not the label "Hoạt động 24"', () => {
    expect(labelNumber('hoạt động 24/7 phục vụ chỉ đạo, điều hành', 'activities')).toBeNull();
    expect(labelNumber('Hoạt động 24: Trực hệ thống', 'activities')).toBe(24);
    const grid: CellValue[][] = [
      H,
      ['I', 'XÂY DỰNG CHÍNH QUYỀN SỐ (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'],
      item('1', 'Mục tiêu 1: Hạ tầng số bảo đảm', 'Nhiệm vụ 1: Duy trì hệ thống', 'Hoạt động 1: Vận hành hệ thống hội nghị truyền hình, bảo đảm hệ thống'),
      [],
      H,
      ['', '', '', 'hoạt động 24/7 phục vụ chỉ đạo, điều hành', '', '', '', ''],
      item('2', '', '', 'Hoạt động 2: Trang bị máy tính cho bộ phận một cửa'),
    ];
    const an = analyze(grid);
    expect(counts(grid)).toEqual([['digital-government', 1, 1, 2]]);
    expect(an.appendix.items[0].activity).toBe('Hoạt động 1: Vận hành hệ thống hội nghị truyền hình, bảo đảm hệ thống hoạt động 24/7 phục vụ chỉ đạo, điều hành');
    expect(codes(grid)).toEqual([]);
  });

  test('a goal written without its label, a sentence of its own, on a numbered row that opens the next labelled task, the goals numbered past it: a goal of its own', () => {
    const grid: CellValue[][] = [
      H,
      ['VI', 'CẢI CÁCH TÀI CHÍNH CÔNG (02 mục tiêu, 02 nhiệm vụ, 03 hoạt động)'],
      item('1', 'Mục tiêu 1: Giải ngân 100% kế hoạch vốn đầu tư công', 'Nhiệm vụ 1. Quản lý vốn đầu tư công', 'Hoạt động 1. Đôn đốc giải ngân'),
      item('2', '', '', 'Hoạt động 2. Kiểm kê tài sản công'),
      item('3', 'Đơn vị sự nghiệp công lập thực hiện tự chủ tài chính', 'Nhiệm vụ 2. Giao quyền tự chủ', 'Hoạt động 3. Thẩm định phương án tự chủ'),
      item('4', 'Mục tiêu 3: Công khai ngân sách', 'Nhiệm vụ 3. Công khai', 'Hoạt động 4. Công khai dự toán'),
    ];
    // ("Mục tiêu 3" after "Mục tiêu 1": the goal between lost its label.)
    expect(counts(grid)).toEqual([['public-finance', 3, 3, 4]]);
    // Its rest in lower case, beside the same task, or with the goals numbered on, stays the goal above's tail.
    const rest = grid.map((r) => [...r]);
    rest[4][1] = 'và sử dụng hiệu quả tài sản công';
    expect(counts(rest)).toEqual([['public-finance', 2, 3, 4]]);
    const sameTask = grid.map((r) => [...r]);
    sameTask[4][2] = '';
    expect(counts(sameTask)).toEqual([['public-finance', 2, 2, 4]]);
    const onward = grid.map((r) => [...r]);
    onward[5][1] = 'Mục tiêu 2: Công khai ngân sách';
    expect(counts(onward)).toEqual([['public-finance', 2, 3, 4]]);
  });
});

describe('session 14: review round 82 (rules that misfired on ordinary tables)', () => {
  const area = ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (1 mục tiêu; 1 nhiệm vụ; 3 hoạt động)'];
  const row = (tt: string, activity: string, product: string, lead: string, deadline: string, goal = '', task = ''): CellValue[] => [tt, goal, task, activity, product, lead, 'Các cơ quan, đơn vị', deadline];
  const first = row('1', 'Xây dựng kế hoạch kiểm tra CCHC', 'Kế hoạch', 'Phòng Văn hóa - Xã hội', 'Quý I', 'Tự chấm điểm Chỉ số CCHC đúng quy định', 'Kiểm tra công tác CCHC');

  test('atop a page, a row of its own with its work, product and lead opening afresh under a whole row: an item with its deadline missing', () => {
    // (The table numbers its goals only: the second activity has no TT.)
    const second = row('', 'Tự chấm điểm Chỉ số CCHC', 'Báo cáo', 'Văn phòng', 'Quý IV');
    const grid: CellValue[][] = [H, area, first, second, H, row('', 'Theo dõi, đôn đốc khắc phục tồn tại sau kiểm tra', 'Báo cáo kết quả khắc phục', 'Phòng Văn hóa - Xã hội', ''), row('2', 'Đăng tải tin, bài về CCHC', 'Tin, bài', 'Văn phòng', 'Thường xuyên')];
    expect(counts(grid)).toEqual([['direction', 1, 1, 4]]);
    expect(codes(grid)).toEqual(['declared-count-mismatch@2', 'missing-cell@6']);
    // Its rest in lower case, or with one cell of its own only, still joins the row above.
    const rest = grid.map((r) => [...r]);
    rest[5] = row('', 'theo dõi, đôn đốc khắc phục', 'Báo cáo', '', '');
    expect(counts(rest)).toEqual([['direction', 1, 1, 3]]);
  });

  test('"Hằng năm, giai đoạn" above a row of its own (work, lead and deadline opening afresh): nothing cut, the row is an item', () => {
    const grid: CellValue[][] = [H, area, row('1', 'Xây dựng Quy chế chi tiêu nội bộ', 'Quy chế', 'Văn phòng HĐND và UBND', 'Hằng năm, giai đoạn', 'Tự chủ tài chính', 'Triển khai cơ chế tự chủ'), row('', 'Rà soát việc thực hiện Quy chế chi tiêu nội bộ', '', 'Văn phòng HĐND và UBND', 'Hằng năm'), row('2', 'Công khai tài chính', 'Báo cáo', 'Văn phòng', 'Quý IV')];
    expect(counts(grid)).toEqual([['direction', 1, 1, 3]]);
    expect(codes(grid)).toEqual(['missing-cell@4']);
    // Over "… của", a hard cut, the next line still goes on.
    const cut = grid.map((r) => [...r]);
    cut[2][7] = 'Theo hướng dẫn của';
    expect(counts(cut)).toEqual([['direction', 1, 1, 2]]);
  });

  test('under the header again, lower-case ends of sentences ("mục tiêu tỉnh giao", "thời gian quy định") are a row\'s rest, not the header\'s second row', () => {
    const grid: CellValue[][] = [H, area, row('1', 'Giải quyết hồ sơ TTHC đúng', 'Hồ sơ', 'Bộ phận một cửa', 'Thường xuyên', 'Tỷ lệ hồ sơ đạt'), H, ['', 'mục tiêu tỉnh giao', '', 'thời gian quy định', '', '', '', ''], row('2', 'Công khai TTHC', 'Danh mục', 'Văn phòng', 'Quý I')];
    const an = analyze(grid);
    expect(an.appendix.items[0].activity).toBe('Giải quyết hồ sơ TTHC đúng thời gian quy định');
    expect(an.issues.filter((i) => i.code === 'repeated-header').map((i) => i.row)).toEqual([4]);
  });

  test('civil service written "Xây dựng và nâng cao chất lượng đội ngũ công chức, viên chức"; deadlines "Quí I", "Định kì"', () => {
    const grid: CellValue[][] = [H, ['V', 'XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÔNG CHỨC, VIÊN CHỨC'], row('1', 'Đánh giá, xếp loại công chức', 'Kết quả đánh giá', 'Văn phòng', 'Quí IV', 'Mục tiêu 1: Đội ngũ chuyên nghiệp', 'Nhiệm vụ 1: Đánh giá công chức'), row('2', 'Báo cáo số lượng công chức', 'Báo cáo', 'Văn phòng', 'Định kì 6 tháng')];
    expect(analyze(grid).areas.map((a) => a.code)).toEqual(['civil-service']);
    expect(codes(grid)).toEqual([]);
    expect(isDeadline('Quí I')).toBe(true);
    expect(isDeadline('Hằng quí')).toBe(true);
  });

  test('an area\'s title again atop a page without its numeral, "(tiếp theo)": the same area goes on', () => {
    const grid: CellValue[][] = [H, ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)'], row('1', 'Hoạt động 1: Công khai TTHC', 'Danh mục', 'Văn phòng', 'Quý I', 'Mục tiêu 1: TTHC công khai', 'Nhiệm vụ 1: Kiểm soát TTHC'), H, ['', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (tiếp theo)'], row('2', 'Hoạt động 2: Số hóa hồ sơ', 'Hồ sơ số', 'Bộ phận một cửa', 'Thường xuyên')];
    expect(counts(grid)).toEqual([['procedures', 1, 1, 2]]);
    expect(codes(grid)).toEqual([]);
  });
  test('a numbered row opening a task the next row does not go on with: an item with its cells missing, not a heading', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      row('1', 'Ban hành văn bản QPPL', 'Nghị quyết', 'Văn phòng', 'Hằng năm', 'Văn bản đúng quy định', 'Xây dựng văn bản QPPL'),
      ['2', 'Nâng cao hiệu quả phổ biến pháp luật', 'Triển khai Ngày Pháp luật', '', '', '', '', ''],
      row('3', 'Tổ chức hội nghị phổ biến pháp luật', 'Hội nghị', 'Văn phòng', 'Hằng năm', '', 'Tổ chức phổ biến pháp luật cho Nhân dân'),
    ];
    expect(codes(grid).filter((c) => c.startsWith('missing-cell'))).toEqual(['missing-cell@4', 'missing-cell@4', 'missing-cell@4', 'missing-cell@4']);
    // Over its own activities it heads them (the staircase).
    const staircase = grid.map((r) => [...r]);
    staircase[4][2] = '';
    expect(codes(staircase).filter((c) => c.startsWith('missing-cell'))).toEqual([]);
  });

  test('a task without its label, a sentence opening afresh under a task that ended on its full stop, the next label skipping its number: a task of its own', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      row('1', 'Hoạt động 1: Ban hành kế hoạch', 'Kế hoạch', 'Văn phòng', 'Quý I', 'Mục tiêu 1: Hoàn thành nhiệm vụ', 'Nhiệm vụ 1: Kiểm tra công tác CCHC.'),
      row('', 'Hoạt động 2: Tổ chức hội nghị đối thoại', 'Hội nghị', 'Văn phòng', 'Quý IV', '', 'Tổ chức đối thoại với Nhân dân'),
      row('2', 'Hoạt động 3: Tự chấm điểm', 'Báo cáo', 'Văn phòng', 'Quý IV', '', 'Nhiệm vụ 3: Tự chấm điểm Chỉ số CCHC'),
    ];
    expect(counts(grid)).toEqual([['direction', 1, 3, 3]]);
    // Without the full stop, or where the next label follows on, the line is the task's tail.
    const tail = grid.map((r) => [...r]);
    tail[2][2] = 'Nhiệm vụ 1: Kiểm tra công tác CCHC';
    expect(counts(tail)).toEqual([['direction', 1, 2, 3]]);
    const onward = grid.map((r) => [...r]);
    onward[4][2] = 'Nhiệm vụ 2: Tự chấm điểm Chỉ số CCHC';
    expect(counts(onward)).toEqual([['direction', 1, 2, 3]]);
  });

  test('goals in capitals on rows of their own, in a table that writes no goal beside other cells: they are its goals', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (2 mục tiêu; 2 nhiệm vụ; 2 hoạt động)'],
      ['', 'NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH'],
      row('1', 'Tự chấm điểm, gửi báo cáo', 'Báo cáo', 'Văn phòng', 'Quý I', '', 'Tự chấm điểm Chỉ số CCHC'),
      ['', 'TĂNG CƯỜNG KIỂM TRA CÔNG TÁC CCHC'],
      row('2', 'Kiểm tra CCHC tại các cơ quan', 'Thông báo', 'Văn phòng', 'Quý III', '', 'Kiểm tra công tác CCHC'),
    ];
    expect(counts(grid)).toEqual([['direction', 2, 2, 2]]);
    expect(codes(grid)).toEqual([]);
    // Where goals are written beside the rows, a line in capitals is a heading over them.
    const beside = grid.map((r) => [...r]);
    beside[3][1] = 'Mục tiêu 1: Chỉ số CCHC tăng';
    expect(counts(beside)).toEqual([['direction', 1, 2, 2]]);
  });
});

test('session 14: an assignment task over sub-tasks lettered "a.", "b." heads them, as over "a)", "b)"', () => {
  const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp', 'Theo dõi'];
  const sub = (tt: string, task: string): CellValue[] => [tt, task, 'Tin, bài', 'Hằng quý', 'Văn phòng', 'Các thôn', 'Phòng Văn hóa - Xã hội'];
  const grid: CellValue[][] = [A, ['I', 'Công tác chỉ đạo, điều hành'], sub('1', 'Ban hành Kế hoạch CCHC'), ['2', 'Công tác tuyên truyền CCHC, gồm:', '', '', '', '', ''], sub('a.', 'Tuyên truyền trên hệ thống truyền thanh'), sub('b.', 'Tuyên truyền trên Trang thông tin điện tử')];
  expect(counts(grid)).toEqual([['direction', null, 3, null]]);
  expect(codes(grid).filter((c) => c.startsWith('missing-cell'))).toEqual([]);
});

describe('session 14: review round 82, continued', () => {
  test('a shared "Nhiệm vụ/Hoạt động" column: under "- …" activities, a line of its own opening afresh is the next task', () => {
    const W = ['TT', 'Mục tiêu', 'Nhiệm vụ/Hoạt động', 'Kết quả/Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành'];
    const act = (text: string): CellValue[] => ['', '', text, 'Báo cáo', 'Văn phòng', 'Các cơ quan', 'Hằng năm'];
    const grid: CellValue[][] = [
      W,
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 2 nhiệm vụ; 4 hoạt động)'],
      ['1', 'Văn bản QPPL ban hành đúng quy định', 'Xây dựng, ban hành văn bản QPPL'],
      act('- Ban hành văn bản QPPL theo thẩm quyền'),
      act('- Đăng tải văn bản QPPL lên Cơ sở dữ liệu quốc gia'),
      ['', '', 'Rà soát, kiểm tra văn bản QPPL'],
      act('- Rà soát văn bản QPPL định kỳ'),
      act('- Công bố danh mục văn bản hết hiệu lực'),
    ];
    expect(counts(grid)).toEqual([['institutions', 1, 2, 4]]);
    expect(codes(grid)).toEqual([]);
  });

  test('an assignment task cut at "… của UBND tỉnh về", its rest atop the next page naming an area ("Chuyển đổi số năm 2026 …"): the rest, no area', () => {
    const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp', 'Theo dõi'];
    const task = (tt: string, text: string): CellValue[] => [tt, text, 'Kế hoạch', 'Quý I', 'Văn phòng', 'Các cơ quan', 'Phòng Văn hóa - Xã hội'];
    const grid: CellValue[][] = [
      A,
      ['I', 'Xây dựng và phát triển chính quyền điện tử, chính quyền số'],
      task('1', 'Sử dụng hệ thống quản lý văn bản'),
      task('2', 'Tổ chức triển khai Kế hoạch của Ủy ban nhân dân tỉnh về'),
      A,
      ['', 'Chuyển đổi số năm 2026 trên địa bàn xã'],
      task('3', 'Duy trì Tổ công nghệ số cộng đồng'),
      ['II', 'Công tác chỉ đạo, điều hành'],
      task('1', 'Ban hành Kế hoạch CCHC'),
    ];
    const an = analyze(grid);
    expect(an.areas.map((a) => [a.code, a.counts.tasks])).toEqual([['digital-government', 3], ['direction', 1]]);
    expect(an.appendix.items[1].task).toBe('Tổ chức triển khai Kế hoạch của Ủy ban nhân dân tỉnh về Chuyển đổi số năm 2026 trên địa bàn xã');
    expect(codes(grid)).toEqual([]);
  });
});

describe('session 14: review round 83 (PDF-to-Excel converters)', () => {
  const body = (tt: string, activity: string): CellValue[] => [tt, tt === '1' ? 'Mục tiêu 1: Chỉ đạo kịp thời' : '', tt === '1' ? 'Nhiệm vụ 1: Ban hành kế hoạch' : '', activity, 'Kế hoạch', 'Văn phòng', 'Các cơ quan', 'Hằng năm'];

  test('a header cut over two rows ("Số" over "TT", "Thời gian" over "hoàn thành", "Đơn vị thực hiện" over "Chủ trì | Phối hợp"): one header, opening on the first', () => {
    const grid: CellValue[][] = [
      ['Số', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/', 'Đơn vị thực hiện', 'Đơn vị thực hiện', 'Thời gian'],
      ['TT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'hoàn thành'],
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      body('1', 'Hoạt động 1: Ban hành kế hoạch CCHC'),
    ];
    const an = analyze(grid);
    expect(an.appendix.header!.row).toBe(1);
    expect(an.appendix.header!.columns).toMatchObject({ tt: 0, goal: 1, task: 2, activity: 3, product: 4, lead: 5, partners: 6, deadline: 7 });
    expect(an.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('a cell a converter cut over a header merged across a spacer ("Rà soát, đánh giá" | "thủ tục hành chính …"): one text', () => {
    const A = ['STT', 'Nhiệm vụ', '', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp'];
    const grid: CellValue[][] = [
      A,
      ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      ['1', 'Rà soát, đánh giá', 'thủ tục hành chính thuộc thẩm quyền', 'Báo cáo', 'Hằng năm', 'Văn phòng', 'Các cơ quan'],
      ['2', 'Tiếp nhận hồ sơ', 'Tiếp nhận hồ sơ', 'Hồ sơ', 'Thường xuyên', 'Văn phòng', 'Các cơ quan'],
      ['3', 'Rà soát, đánh giá', 'chất lượng phục vụ của Trung tâm', 'Báo cáo', 'Quý IV', 'Văn phòng', 'Các cơ quan'],
    ];
    const an = analyze(grid, { merges: [{ top: 0, left: 1, bottom: 0, right: 2 }] });
    expect(an.appendix.items.map((i) => i.task)).toEqual(['Rà soát, đánh giá thủ tục hành chính thuộc thẩm quyền', 'Tiếp nhận hồ sơ', 'Rà soát, đánh giá chất lượng phục vụ của Trung tâm']);
    expect(an.areas[0].counts.tasks).toBe(3);
    expect(an.issues.filter((i) => i.code === 'duplicate-row')).toEqual([]);
  });

  test('a page on a sheet of its own whose header and rows both have a spacer column ("TT | | Mục tiêu …"): read under it, no row reported shifted', () => {
    const first: CellValue[][] = [H, ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (1 mục tiêu; 1 nhiệm vụ; 3 hoạt động)'], body('1', 'Hoạt động 1: Ban hành kế hoạch')];
    const spaced = (row: CellValue[]): CellValue[] => [row[0], '', ...row.slice(1)];
    const second: CellValue[][] = [spaced(H), spaced(body('2', 'Hoạt động 2: Kiểm tra CCHC')), spaced(body('3', 'Hoạt động 3: Báo cáo CCHC'))];
    const an = analyzePages([{ name: 'Page 1', grid: first }, { name: 'Page 2', grid: second }]);
    expect(an.areas.map((a) => [a.code, a.counts.goals, a.counts.tasks, a.counts.activities])).toEqual([['direction', 1, 1, 3]]);
    expect(an.issues.filter((i) => i.severity !== 'info')).toEqual([]);
    // On one sheet, the page printed off is said once.
    const one = analyze([...first, ...second]);
    expect(one.issues.filter((i) => i.code === 'shifted-row').map((i) => i.row)).toEqual([4]);
  });
});

describe('session 14: review round 84 (today\'s rules held back where they misfired)', () => {
  test('"hoạt động 24 giờ …", "Hoạt động 24/7" are no labels; "Hoạt động 2: …" is', () => {
    for (const t of ['hoạt động 24 giờ trong ngày', 'Hoạt động 24/7 của hệ thống', 'hoạt động 100% trên môi trường mạng']) expect(labelNumber(t, 'activities')).toBeNull();
    expect(labelNumber('Hoạt động 2: Trực hệ thống', 'activities')).toBe(2);
    expect(labelNumber('Hoạt động 2 Trực hệ thống', 'activities')).toBe(2);
  });

  test('a goal\'s last line beside the next task, under a goal cut mid-phrase or where the next goal label follows on: the tail', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (2 mục tiêu; 2 nhiệm vụ; 3 hoạt động)'],
      item('1', 'Mục tiêu 1: Nâng cao Chỉ số cải cách hành chính của', 'Nhiệm vụ 1: Ban hành kế hoạch', 'Hoạt động 1: Ban hành kế hoạch CCHC'),
      item('2', 'UBND xã năm sau cao hơn năm trước', 'Nhiệm vụ 2: Kiểm tra CCHC', 'Hoạt động 2: Kiểm tra CCHC'),
      item('3', 'Mục tiêu 2: Tuyên truyền CCHC', '', 'Hoạt động 3: Tuyên truyền CCHC'),
    ];
    expect(counts(grid)).toEqual([['direction', 2, 2, 3]]);
    const whole = grid.map((r) => [...r]);
    whole[2][1] = 'Mục tiêu 1: Nâng cao Chỉ số cải cách hành chính';
    whole[3][1] = 'Chỉ số CCHC năm sau cao hơn năm trước';
    expect(counts(whole)).toEqual([['direction', 2, 2, 3]]);
  });

  test('an unlabelled sentence under a task ended on its full stop, where the next task label follows on: the task\'s own words', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      item('1', 'Mục tiêu 1: Hoàn thành nhiệm vụ', 'Nhiệm vụ 1: Ban hành kế hoạch CCHC.', 'Hoạt động 1: Ban hành kế hoạch'),
      item('', '', 'Trong đó phân công rõ cơ quan chủ trì.', 'Hoạt động 2: Phổ biến kế hoạch'),
      item('2', '', 'Nhiệm vụ 2: Kiểm tra CCHC', 'Hoạt động 3: Kiểm tra'),
    ];
    expect(counts(grid)).toEqual([['direction', 1, 2, 3]]);
  });

  test('a converter\'s lines as rows: "… tỷ lệ đạt" / "100% hồ sơ …", "Trung tâm" / "Phục vụ hành chính công", "Hằng năm, giai đoạn" / "2026-2030" are one row', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      ['1', 'Mục tiêu 1: Giải quyết đúng hạn', 'Nhiệm vụ 1: Giải quyết hồ sơ', 'Theo dõi, bảo đảm tỷ lệ đạt', 'Báo cáo', 'Trung tâm', 'Các cơ quan', 'Hằng năm, giai đoạn'],
      ['', '', '', '100% hồ sơ giải quyết đúng hạn', '', 'Phục vụ hành chính công', '', '2026-2030'],
      ['2', '', '', 'Khảo sát sự hài lòng', 'Báo cáo', 'Văn phòng', 'Các cơ quan', 'Quý IV'],
    ];
    const an = analyze(grid);
    expect(an.appendix.items.map((i) => i.deadline)).toEqual(['Hằng năm, giai đoạn 2026-2030', 'Quý IV']);
    expect(codes(grid)).toEqual([]);
  });

  test('atop a page, the rests of names cut after their first word ("… trên Trang" / "Thông tin điện tử …", "Trung tâm" / "Phục vụ …") join the row above', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      ['1', 'Mục tiêu 1: Công khai TTHC', 'Nhiệm vụ 1: Công khai', 'Đăng tải TTHC trên Trang', 'TTHC được đăng trên Trang', 'Trung tâm', 'Văn phòng', 'Thường xuyên'],
      H,
      ['', '', '', 'Thông tin điện tử của xã', 'Thông tin điện tử của xã', 'Phục vụ hành chính công', '', ''],
    ];
    expect(analyze(grid).appendix.items.map((i) => i.lead)).toEqual(['Trung tâm Phục vụ hành chính công']);
  });

  test('a header wrapped over two rows in plain text ("Số" / "TT", "Thời gian" / "hoàn thành", "Thời gian" / "thực hiện" beside it): one header, the TT kept, the deadline the end', () => {
    const grid: CellValue[][] = [
      ['Số', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian', 'Thời gian'],
      ['TT', '', '', '', '', '', '', 'thực hiện', 'hoàn thành'],
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      [...item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C').slice(0, 7), 'Cả năm', 'Quý IV'],
    ];
    const an = analyze(grid);
    expect(an.appendix.header!.columns).toMatchObject({ tt: 0, deadline: 8 });
    expect(an.appendix.items[0].deadline).toBe('Quý IV');
  });

  test('"… và các năm tiếp theo" ends its sentence: the area\'s title again below, "(tiếp theo)", goes on with the area', () => {
    const grid: CellValue[][] = [
      H,
      ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: Duy trì trong năm 2026 và các năm tiếp theo'),
      H,
      ['', 'Cải cách thủ tục hành chính (tiếp theo)'],
      item('2', '', '', 'Hoạt động 2: Số hóa hồ sơ'),
    ];
    const an = analyze(grid);
    expect(an.appendix.items[0].goal).toBe('Mục tiêu 1: A');
    expect(counts(grid)).toEqual([['procedures', 1, 1, 2]]);
  });
});

test('session 14 (review round 85): an assignment row with its Stt in place, its task cell empty and the rest one column late: realigned', () => {
  const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp', 'Theo dõi'];
  const grid: CellValue[][] = [
    A,
    ['I', 'Công tác chỉ đạo, điều hành'],
    ['1', 'Kiểm tra công tác CCHC', 'Thông báo', 'Quý III/2027', 'Văn phòng', 'Các cơ quan', 'Phòng Văn hóa - Xã hội'],
    ['2', '', 'Báo cáo kết quả CCHC định kỳ', 'Báo cáo', 'Trước ngày 15 tháng cuối quý', 'Văn phòng', 'Các cơ quan', 'Phòng Văn hóa - Xã hội'],
  ];
  const an = analyze(grid);
  expect(an.appendix.items[1]).toMatchObject({ task: 'Báo cáo kết quả CCHC định kỳ', product: 'Báo cáo', deadline: 'Trước ngày 15 tháng cuối quý' });
  expect(codes(grid)).toEqual(['shifted-row@4']);
});

describe('session 14: review rounds 86 and 88 (second pass; assignment sub-tasks and headings)', () => {
  test('a goal\'s last line opening with a name beside the next task, the area\'s last goal: its tail (only a gap in the goal numbering makes it a goal)', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (1 mục tiêu; 2 nhiệm vụ; 2 hoạt động)'],
      item('1', 'Mục tiêu 1: Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ', 'Nhiệm vụ 1: Hướng dẫn nộp hồ sơ', 'Hoạt động 1: Hướng dẫn'),
      item('2', 'TTHC đạt tối thiểu 80%', 'Nhiệm vụ 2: Số hóa hồ sơ', 'Hoạt động 2: Số hóa'),
    ];
    expect(counts(grid)).toEqual([['procedures', 1, 2, 2]]);
    const gap = [...grid, item('3', 'Mục tiêu 3: Công khai TTHC', 'Nhiệm vụ 3: Công khai', 'Hoạt động 3: Công khai')];
    expect(counts(gap)).toEqual([['procedures', 3, 3, 3]]);
  });

  test('atop a page in a table that numbers every row, a row without TT is the rest of the one above, even with cells opening afresh', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Ban hành kế hoạch CCHC', 'Kế hoạch', 'Văn phòng', 'Các ban', 'Quý I'],
      ['2', '', '', 'Ban hành kế hoạch kiểm tra', 'Kế hoạch kiểm tra', 'Văn phòng', 'Các ban', 'Quý I'],
      H,
      ['', '', '', 'Tổ chức kiểm tra', 'Thông báo kết luận kiểm tra', 'Văn phòng', '', ''],
      ['3', '', '', 'Báo cáo CCHC', 'Báo cáo', 'Văn phòng', 'Các ban', 'Hằng quý'],
    ];
    expect(analyze(grid).appendix.items.map((i) => i.rows)).toEqual([[3], [4, 6], [7]]);
    // Where a row without TT was read before (the table numbers its goals only), it is a row with its deadline left out.
    const goalsOnly = grid.map((r) => [...r]);
    goalsOnly[3][0] = '';
    expect(analyze(goalsOnly).appendix.items.map((i) => i.rows)).toEqual([[3], [4], [6], [7]]);
    // Under lists left on ";", the rest of the lists.
    const lists = goalsOnly.map((r) => [...r]);
    lists[3][4] = 'Kế hoạch kiểm tra;';
    expect(analyze(lists).appendix.items.map((i) => i.rows)).toEqual([[3], [4, 6], [7]]);
  });

  test('"… hồ sơ trên" / "Cổng Dịch vụ công …" is a cut, whatever opens afresh below', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hướng dẫn nộp hồ sơ trên', 'Hồ sơ', 'Trung tâm', 'Các ban', 'Hằng năm, trước ngày'],
      ['', '', '', 'Cổng Dịch vụ công quốc gia', '', 'Phục vụ hành chính công', '', '15/12'],
    ];
    expect(analyze(grid).appendix.items.map((i) => i.deadline)).toEqual(['Hằng năm, trước ngày 15/12']);
  });

  test('an assignment task merged down, a remark right of the table: no row moved', () => {
    const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp', 'Theo dõi'];
    const grid: CellValue[][] = [
      A,
      ['I', 'Công tác chỉ đạo, điều hành'],
      ['1', 'Kiểm tra công tác CCHC', 'Thông báo', 'Quý III/2027', 'Văn phòng', 'Các cơ quan', 'Phòng Văn hóa - Xã hội'],
      ['2', '', 'Báo cáo', 'Quý IV/2027', 'Văn phòng', 'Các cơ quan', 'Phòng Văn hóa - Xã hội', 'đã rà soát'],
    ];
    expect(codes(grid).filter((c) => c.startsWith('shifted-row'))).toEqual([]);
  });

  test('assignment: a task ending "…, cụ thể:" with its lead, over "a) …", "b) …" with their own products and deadlines: a heading lending its lead', () => {
    const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp', 'Theo dõi'];
    const grid: CellValue[][] = [
      A,
      ['II', 'Cải cách thủ tục hành chính (03 nhiệm vụ)'],
      ['1', 'Rà soát thủ tục hành chính', 'Báo cáo', 'Quý III', 'Văn phòng', 'Các cơ quan', 'Văn phòng'],
      ['2', 'Nâng cao chất lượng giải quyết TTHC, cụ thể:', '', '', 'Trung tâm Phục vụ hành chính công', '', 'Văn phòng'],
      ['', 'a) Bảo đảm tỷ lệ hồ sơ đúng hạn', 'Báo cáo', 'Hằng quý', '', 'Các cơ quan', ''],
      ['', 'b) Số hóa hồ sơ', 'Hồ sơ số', 'Năm 2027', '', 'Các cơ quan', ''],
    ];
    const an = analyze(grid);
    expect(counts(grid)).toEqual([['procedures', null, 3, null]]);
    expect(an.appendix.items.filter((i) => i.task?.startsWith('a)') || i.task?.startsWith('b)')).map((i) => i.lead)).toEqual(['Trung tâm Phục vụ hành chính công', 'Trung tâm Phục vụ hành chính công']);
    expect(codes(grid)).toEqual([]);
  });

  test('assignment: "2.1" atop the next page under "2 | …, gồm:" is a sub-task, not the rest of the heading', () => {
    const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp', 'Theo dõi'];
    const grid: CellValue[][] = [
      A,
      ['II', 'Cải cách thủ tục hành chính'],
      ['1', 'Kiểm soát thủ tục hành chính', 'Báo cáo', 'Khi có phát sinh', 'Văn phòng', 'Các cơ quan', 'Văn phòng'],
      ['2', 'Thực hiện cơ chế một cửa, gồm:', '', '', 'Trung tâm', '', 'Văn phòng'],
      A,
      ['2.1', 'Tiếp nhận, giải quyết hồ sơ đúng hạn', 'Báo cáo', 'Hằng năm', '', 'Các cơ quan', ''],
      ['2.2', 'Số hóa hồ sơ', 'Hồ sơ số', 'Thường xuyên', '', 'Các cơ quan', ''],
    ];
    expect(counts(grid)).toEqual([['procedures', null, 3, null]]);
    expect(analyze(grid).issues.filter((i) => i.code === 'continuation')).toEqual([]);
  });

  test('assignment: "1. Về kiểm soát thủ tục hành chính" alone in the task column over numbered tasks, also past a page break: a heading', () => {
    const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp', 'Theo dõi'];
    const task = (tt: string, text: string): CellValue[] => [tt, text, 'Báo cáo', 'Quý III', 'Văn phòng', 'Các cơ quan', 'Văn phòng'];
    const grid: CellValue[][] = [
      A,
      ['II', 'Cải cách thủ tục hành chính'],
      ['', '1. Về kiểm soát thủ tục hành chính'],
      task('1', 'Rà soát thủ tục hành chính.'),
      ['', '2. Về thực hiện cơ chế một cửa'],
      A,
      task('2', 'Giải quyết hồ sơ đúng hạn.'),
    ];
    expect(counts(grid)).toEqual([['procedures', null, 2, null]]);
    expect(codes(grid)).toEqual([]);
  });
});

describe('session 14: review round 89 (third pass)', () => {
  test('"… các nhiệm vụ trên", "… nội dung trên" end their sentence: a row of its own below is an item', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Ban hành kế hoạch'),
      item('2', '', '', 'Tuyên truyền kế hoạch'),
      item('3', '', '', 'Kiểm tra việc thực hiện các nhiệm vụ trên'),
      ['', '', '', 'Báo cáo kết quả thực hiện', '', 'Văn phòng', 'Các ban', 'Quý IV'],
    ];
    expect(counts(grid)).toEqual([['direction', 1, 1, 4]]);
    expect(codes(grid)).toEqual(['missing-cell@6']);
  });

  test('a stray comma closing the partners above, the row below leaving its partners empty: no cut, the row is its own', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      ['1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Ban hành kế hoạch', 'Kế hoạch', 'Văn phòng', 'Văn phòng HĐND và UBND,', 'Quý I'],
      ['2', '', '', 'Kiểm tra CCHC', 'Thông báo', 'Văn phòng', 'Các ban', 'Quý III'],
      ['3', '', '', 'Tuyên truyền CCHC', 'Tin bài', 'Văn phòng', 'Các ban', 'Thường xuyên'],
      H,
      ['', '', '', 'Tự chấm điểm Chỉ số CCHC', '', 'Văn phòng', '', 'Quý IV'],
    ];
    // (Every row numbered: atop the page a row without TT is still a rest, unless it opens afresh where the
    // numbering leaves a number for it; here the table numbers its rows, so it joins.)
    expect(analyze(grid).appendix.items.length).toBe(3);
    const ownRows = grid.map((r) => [...r]);
    ownRows.splice(5, 1);
    ownRows[3][0] = '';
    expect(counts(ownRows)).toEqual([['direction', 1, 1, 4]]);
  });

  test('assignment: "2. Hướng dẫn …" under "…, gồm: 1. …" is that task\'s list, and "2. Tự kiểm tra …" a task; "2. Về …" a heading', () => {
    const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp', 'Theo dõi'];
    const task = (tt: string, text: string): CellValue[] => [tt, text, 'Báo cáo', 'Quý III', 'Văn phòng', 'Các cơ quan', 'Văn phòng'];
    const grid: CellValue[][] = [A, ['I', 'Cải cách thủ tục hành chính'], task('1', 'Triển khai dịch vụ công, gồm: 1. Rà soát dịch vụ'), ['', '2. Hướng dẫn người dân kích hoạt tài khoản'], task('2', 'Số hóa hồ sơ.')];
    expect(analyze(grid).appendix.items[0].task).toBe('Triển khai dịch vụ công, gồm: 1. Rà soát dịch vụ 2. Hướng dẫn người dân kích hoạt tài khoản');
    const heading = grid.map((r) => [...r]);
    heading[2] = task('1', 'Rà soát dịch vụ công.');
    heading[3] = ['', '2. Về hướng dẫn người dân'];
    expect(codes(heading)).toEqual([]);
    expect(analyze(heading).appendix.items.length).toBe(2);
  });
});

describe('session 14: review round 91 (fourth pass)', () => {
  const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp', 'Theo dõi'];
  const task = (tt: string, text: string): CellValue[] => [tt, text, 'Báo cáo', 'Quý III', 'Văn phòng', 'Các cơ quan', 'Văn phòng'];

  test('a table numbering its rows, one Stt forgotten far below: atop a page a row without Stt, lead or follow-up is still the rest of the task above', () => {
    const grid: CellValue[][] = [
      A,
      ['I', 'Cải cách thủ tục hành chính'],
      task('1', 'Rà soát thủ tục hành chính.'),
      task('2', 'Công khai thủ tục hành chính.'),
      task('3', 'Tiếp nhận hồ sơ trực tuyến'),
      A,
      ['', 'Hướng dẫn người dân nộp hồ sơ.', 'Tỷ lệ hồ sơ trực tuyến', 'Hằng quý', '', '', ''],
      task('4', 'Số hóa hồ sơ.'),
      ['II', 'Cải cách tổ chức bộ máy'],
      task('1', 'Rà soát vị trí việc làm.'),
      task('', 'Sắp xếp bộ máy.'),
      task('3', 'Đánh giá công chức.'),
      task('4', 'Quản lý biên chế.'),
    ];
    expect(analyze(grid).areas.map((a) => [a.code, a.counts.tasks])).toEqual([['procedures', 4], ['organization', 4]]);
  });

  test('group headings "1. Kiểm soát thủ tục hành chính", the Stt starting afresh under each: headings, and no TT warning for the restart', () => {
    const grid: CellValue[][] = [A, ['I', 'Cải cách thủ tục hành chính'], ['', '1. Kiểm soát thủ tục hành chính'], task('1', 'Rà soát TTHC.'), task('2', 'Công khai TTHC.'), ['', '2. Thực hiện cơ chế một cửa'], task('1', 'Giải quyết hồ sơ.'), task('2', 'Khảo sát hài lòng.')];
    const an = analyze(grid);
    expect(an.areas[0].counts.tasks).toBe(4);
    expect(an.issues.filter((i) => i.code !== 'repeated-header' && i.code !== 'missing-area')).toEqual([]);
  });

  test('sub-tasks under "…, cụ thể:" in a clerk\'s lower-case deadlines ("quý I/2026", "thường xuyên"): still sub-tasks', () => {
    const grid: CellValue[][] = [A, ['I', 'Cải cách thủ tục hành chính'], task('1', 'Rà soát TTHC.'), ['2', 'Nâng cao chất lượng giải quyết TTHC, cụ thể:', '', '', 'Trung tâm', '', 'Văn phòng'], ['', '- Giải quyết hồ sơ đúng hạn', 'Báo cáo', 'quý I/2026', '', 'Các cơ quan', ''], ['', '- Số hóa hồ sơ', 'Hồ sơ số', 'thường xuyên', '', 'Các cơ quan', '']];
    expect(analyze(grid).areas[0].counts.tasks).toBe(3);
    expect(codes(grid)).toEqual([]);
  });
});

describe('session 14: review round 93 (fifth pass)', () => {
  test('"… các nội dung trên" before a row of its own is whole; "… hồ sơ trên" before "Cổng Dịch vụ công …" is cut', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Ban hành kế hoạch'),
      item('2', '', '', 'Kiểm tra, đôn đốc việc thực hiện các nội dung trên'),
      ['', '', '', 'Báo cáo kết quả thực hiện', 'Báo cáo', '', 'Các ban', 'Quý IV'],
    ];
    expect(counts(grid)).toEqual([['direction', 1, 1, 3]]);
    const portal = grid.map((r) => [...r]);
    portal[4] = ['', '', '', 'Cổng Dịch vụ công quốc gia', '', '', '', ''];
    expect(counts(portal)).toEqual([['direction', 1, 1, 2]]);
  });

  test('a table numbering its goals only (each numbered row opens a goal): atop a page a row of its own with a cell left out is an item', () => {
    const goal = (tt: string, g: string, act: string): CellValue[] => [tt, g, `Nhiệm vụ ${tt}`, act, 'Báo cáo', 'Văn phòng', 'Các ban', 'Quý IV'];
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      goal('1', 'Chỉ đạo kịp thời', 'Ban hành kế hoạch'),
      goal('2', 'Kiểm tra thường xuyên', 'Kiểm tra CCHC'),
      goal('3', 'Khảo sát sự hài lòng', 'Xây dựng phiếu khảo sát'),
      H,
      ['', '', '', 'Tổ chức khảo sát người dân', 'Báo cáo khảo sát', '', '', 'Quý IV/2026'],
      goal('4', 'Tuyên truyền CCHC', 'Đăng tin bài'),
    ];
    expect(counts(grid)).toEqual([['direction', 4, 4, 5]]);
  });

  test('Stt written "01", "02", starting afresh under group headings: headings, and no TT warning', () => {
    const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp', 'Theo dõi'];
    const task = (tt: string, text: string): CellValue[] => [tt, text, 'Báo cáo', 'Quý III', 'Văn phòng', 'Các cơ quan', 'Văn phòng'];
    const grid: CellValue[][] = [A, ['I', 'Cải cách thủ tục hành chính'], ['', '1. Kiểm soát thủ tục hành chính'], task('01', 'Rà soát TTHC.'), task('02', 'Công khai TTHC.'), ['', '2. Thực hiện cơ chế một cửa'], task('01', 'Giải quyết hồ sơ.'), task('02', 'Khảo sát hài lòng.')];
    const an = analyze(grid);
    expect(an.areas[0].counts.tasks).toBe(4);
    expect(an.issues.filter((i) => i.code !== 'repeated-header' && i.code !== 'missing-area')).toEqual([]);
  });
});

describe('session 14: review round 94 (sixth pass)', () => {
  test('"… trên" / "Đài Truyền thanh xã …": cut before a medium too', () => {
    const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp', 'Theo dõi'];
    const task = (tt: string, text: string): CellValue[] => [tt, text, 'Tin bài', 'Quý III/2026', 'Văn phòng', 'Các cơ quan', 'Văn phòng'];
    const grid: CellValue[][] = [A, ['I', 'Công tác chỉ đạo, điều hành'], task('1', 'Ban hành kế hoạch.'), task('2', 'Tuyên truyền nội dung cải cách hành chính trên'), ['', 'Đài Truyền thanh xã và Bảng tin các thôn.', 'Pa nô, khẩu hiệu', 'Quý IV/2026', '', '', ''], task('3', 'Kiểm tra CCHC.')];
    expect(analyze(grid).areas[0].counts.tasks).toBe(3);
  });

  test('numbered group headings merged across the row (in the goal column) over rows with goals of their own, the TT afresh under each: headings', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (03 mục tiêu; 03 nhiệm vụ; 03 hoạt động)'],
      ['', '1. Kiểm soát thủ tục hành chính'],
      item('1', 'Mục tiêu 1: Rà soát TTHC', 'Nhiệm vụ 1: Rà soát', 'Hoạt động 1: Rà soát'),
      item('2', 'Mục tiêu 2: Công khai TTHC', 'Nhiệm vụ 2: Công khai', 'Hoạt động 2: Công khai'),
      ['', '2. Thực hiện cơ chế một cửa, một cửa liên thông'],
      item('1', 'Mục tiêu 3: Giải quyết đúng hạn', 'Nhiệm vụ 3: Giải quyết', 'Hoạt động 3: Giải quyết'),
    ];
    expect(counts(grid)).toEqual([['procedures', 3, 3, 3]]);
    expect(codes(grid)).toEqual([]);
  });
});

describe('session 15: pages a converter laid with a spacer column', () => {
  const S = ['TT', '', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kết quả/Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành'];
  const spaced = (row: CellValue[]): CellValue[] => [row[0], '', ...row.slice(1)];

  test('the spacer on the first page only: the next page, under the header without it, moves right under the first header', () => {
    const grid: CellValue[][] = [
      S,
      ['I', '', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (02 mục tiêu; 02 nhiệm vụ; 02 hoạt động)'],
      spaced(item('1', 'Mục tiêu 1: Triển khai CCHC', 'Nhiệm vụ 1: Ban hành kế hoạch', 'Xây dựng kế hoạch')),
      H,
      item('2', 'Mục tiêu 2: Thông tin đầy đủ', 'Nhiệm vụ 2: Tuyên truyền', 'Tuyên truyền trên loa'),
      ['II', 'CẢI CÁCH THỂ CHẾ (01 mục tiêu; 01 nhiệm vụ; 01 hoạt động)'],
      item('1', 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Kiểm soát văn bản', 'Thẩm định dự thảo'),
    ];
    const an = analyze(grid);
    expect(an.areas.map((a) => [a.code, a.counts.goals, a.counts.tasks, a.counts.activities])).toEqual([
      ['direction', 2, 2, 2],
      ['institutions', 1, 1, 1],
    ]);
    expect(an.appendix.items[1]).toMatchObject({ goal: 'Mục tiêu 2: Thông tin đầy đủ', activity: 'Tuyên truyền trên loa', deadline: 'Hằng năm' });
    expect(an.issues.filter((i) => i.severity !== 'info').map((i) => [i.code, i.row, i.detail?.page])).toEqual([['shifted-row', 4, 'left']]);
  });

  test('the spacer on a later page with an area title written in it: the area row stays, the page moves back', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (02 mục tiêu; 02 nhiệm vụ; 02 hoạt động)'],
      item('1', 'Mục tiêu 1: Triển khai CCHC', 'Nhiệm vụ 1: Ban hành kế hoạch', 'Xây dựng kế hoạch'),
      S,
      spaced(item('2', 'Mục tiêu 2: Thông tin đầy đủ', 'Nhiệm vụ 2: Tuyên truyền', 'Tuyên truyền trên loa')),
      ['II', 'CẢI CÁCH THỂ CHẾ (01 mục tiêu; 01 nhiệm vụ; 02 hoạt động)'],
      spaced(item('1', 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Kiểm soát văn bản', 'Thẩm định dự thảo')),
      spaced(item('2', '', '', 'Rà soát văn bản')),
    ];
    const an = analyze(grid);
    expect(an.areas.map((a) => [a.code, a.counts.goals, a.counts.tasks, a.counts.activities])).toEqual([
      ['direction', 2, 2, 2],
      ['institutions', 1, 1, 2],
    ]);
    expect(an.issues.filter((i) => i.severity !== 'info').map((i) => [i.code, i.row, i.detail?.page])).toEqual([['shifted-row', 4, 'right']]);
  });
});

describe('session 15: goals in capitals on rows of their own (the staircase)', () => {
  const step = (tt: string, task: string, activity: string): CellValue[] => [tt, '', task, activity, ...REST];
  const grid = (rest: boolean): CellValue[][] => [
    H,
    ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (2 mục tiêu; 2 nhiệm vụ; 3 hoạt động)'],
    ['', '100% TTHC ĐƯỢC CÔNG KHAI'],
    ...(rest ? [H, ['', 'ĐẦY ĐỦ, KỊP THỜI']] : []),
    step('1', 'Công khai TTHC', 'Niêm yết TTHC'),
    step('2', '', 'Công khai TTHC trên Trang thông tin điện tử'),
    H,
    ['', 'TỶ LỆ HỒ SƠ GIẢI QUYẾT TRỰC TUYẾN ĐẠT MỤC TIÊU TỈNH GIAO'],
    step('3', 'Đẩy mạnh dịch vụ công trực tuyến', 'Hướng dẫn nộp hồ sơ trực tuyến'),
  ];

  test('one opening a page, under a row that left its goal cell empty: a goal of its own', () => {
    expect(counts(grid(false))).toEqual([['procedures', 2, 2, 3]]);
    expect(analyze(grid(false)).issues.filter((i) => i.code === 'continuation')).toEqual([]);
  });

  test('the rest of one cut by the page break still joins it', () => {
    const an = analyze(grid(true));
    expect(counts(grid(true))).toEqual([['procedures', 2, 2, 3]]);
    expect(an.appendix.items[0].goal).toBe('100% TTHC ĐƯỢC CÔNG KHAI ĐẦY ĐỦ, KỊP THỜI');
  });
});

test('session 15: "- …" items under "…, cụ thể:" with a page break between them: each its own, the one atop the page leaving the lead to the heading', () => {
  const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp', 'Theo dõi'];
  const task = (tt: string, text: string): CellValue[] => [tt, text, 'Báo cáo', 'Quý III/2026', 'Văn phòng', 'Các cơ quan', 'Văn phòng'];
  const grid: CellValue[][] = [
    A,
    ['I', 'Công tác chỉ đạo, điều hành'],
    task('1', 'Ban hành kế hoạch.'),
    ['2', 'Tuyên truyền về cải cách hành chính, cụ thể:', '', '', 'Văn phòng', 'Các cơ quan', 'Văn phòng'],
    ['', '- Đăng tải tin, bài trên Trang thông tin điện tử của xã.', 'Tin, bài', 'Thường xuyên', 'Văn phòng', 'Các cơ quan', 'Văn phòng'],
    A,
    ['', '- Phát thanh trên hệ thống truyền thanh cơ sở.', 'Chương trình phát thanh', 'Hằng quý', '', '', ''],
    task('3', 'Kiểm tra công tác cải cách hành chính.'),
    task('4', 'Tổng hợp, báo cáo định kỳ.'),
  ];
  const an = analyze(grid);
  expect(an.appendix.items.map((i) => i.task)).toEqual([
    'Ban hành kế hoạch.',
    'Tuyên truyền về cải cách hành chính, cụ thể:',
    '- Đăng tải tin, bài trên Trang thông tin điện tử của xã.',
    '- Phát thanh trên hệ thống truyền thanh cơ sở.',
    'Kiểm tra công tác cải cách hành chính.',
    'Tổng hợp, báo cáo định kỳ.',
  ]);
  expect(an.issues.filter((i) => i.code === 'continuation' || i.code === 'missing-cell')).toEqual([]);
});

test('session 15: the TT starting afresh at 1 under each goal (standard layout) is no step back; a 1 under the same goal still is', () => {
  const grid = (goal2: string): CellValue[][] => [
    H,
    ['II', 'CẢI CÁCH THỂ CHẾ (02 mục tiêu; 02 nhiệm vụ; 03 hoạt động)'],
    ['', '1. Nâng cao chất lượng văn bản'],
    item('1', '', 'Ban hành văn bản đúng trình tự', 'Ban hành văn bản theo thẩm quyền'),
    item('2', '', '', 'Rà soát văn bản'),
    ...(goal2 ? [['', goal2]] : []),
    item('1', '', goal2 ? 'Theo dõi thi hành pháp luật' : '', 'Kiểm tra thi hành pháp luật'),
  ];
  const tt = (g: CellValue[][]) => analyze(g).issues.filter((i) => i.code === 'tt-sequence').map((i) => i.row);
  expect(tt(grid('2. Nâng cao hiệu quả theo dõi thi hành pháp luật'))).toEqual([]);
  expect(counts(grid('2. Nâng cao hiệu quả theo dõi thi hành pháp luật'))).toEqual([['institutions', 2, 2, 3]]);
  expect(tt(grid(''))).toEqual([6]);
});

test('session 15: a task\'s second sentence "Trong đó …" beside the next activity is its rest, even where the clerk\'s task labels skip a number', () => {
  const grid: CellValue[][] = [
    H,
    ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (01 mục tiêu; 03 nhiệm vụ; 03 hoạt động)'],
    item('1', 'Mục tiêu 1: Hoàn thành nhiệm vụ CCHC', 'Nhiệm vụ 1: Ban hành Kế hoạch CCHC năm 2026.', 'Hoạt động 1: Xây dựng kế hoạch'),
    item('', '', 'Trong đó phân công rõ cơ quan chủ trì từng nhiệm vụ.', 'Hoạt động 2: Phổ biến kế hoạch'),
    item('', '', 'Nhiệm vụ 3: Kiểm tra công tác CCHC', 'Hoạt động 3: Kiểm tra CCHC'),
  ];
  expect(counts(grid)).toEqual([['direction', 1, 2, 3]]);
  expect(analyze(grid).appendix.items[1].task).toBe('Nhiệm vụ 1: Ban hành Kế hoạch CCHC năm 2026. Trong đó phân công rõ cơ quan chủ trì từng nhiệm vụ.');
  expect(analyze(grid).issues.filter((i) => i.code === 'numbering').map((i) => [i.row, i.level])).toEqual([[5, 'tasks']]);
});

test('session 15: printed lines as rows: a line with the goal, task and partners going on in lower case and no deadline is the row above\'s rest, its work and lead opening a name', () => {
  const grid: CellValue[][] = [
    H,
    ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (01 mục tiêu; 01 nhiệm vụ; 02 hoạt động)'],
    ['1', 'Mục tiêu 1: Công khai TTHC và', 'Nhiệm vụ 1: Công khai TTHC thuộc', 'Niêm yết TTHC tại Trung tâm', 'TTHC được niêm yết', 'Trung tâm', 'Văn phòng HĐND', 'Thường xuyên'],
    ['', 'kết quả giải quyết hồ sơ', 'thẩm quyền của xã', 'Phục vụ hành chính công', '', 'Phục vụ hành chính công', 'và UBND', ''],
    ['2', '', '', 'Công khai TTHC trên Trang thông tin điện tử', 'TTHC được công khai', 'Văn phòng HĐND và UBND', 'Trung tâm Phục vụ hành chính công', 'Thường xuyên'],
  ];
  const an = analyze(grid);
  expect(counts(grid)).toEqual([['procedures', 1, 1, 2]]);
  expect(an.appendix.items[0]).toMatchObject({ activity: 'Niêm yết TTHC tại Trung tâm Phục vụ hành chính công', lead: 'Trung tâm Phục vụ hành chính công', partners: 'Văn phòng HĐND và UBND' });
});

test('session 15: a shared "Nhiệm vụ/Hoạt động" column printed line by line: a bullet\'s wrapped line opening a name is its rest, not the next task', () => {
  const S = ['TT', 'Mục tiêu', 'Nhiệm vụ/Hoạt động', 'Kết quả/Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian hoàn thành'];
  const bullet = (text: string): CellValue[] => ['', '', text, 'Báo cáo', 'Văn phòng HĐND và UBND', 'Các cơ quan, đơn vị', 'Hằng năm'];
  const grid: CellValue[][] = [
    S,
    ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 2 nhiệm vụ; 4 hoạt động)'],
    ['1', 'Văn bản QPPL được ban hành đúng quy định', 'Xây dựng, ban hành văn bản QPPL'],
    bullet('- Ban hành văn bản QPPL theo thẩm quyền'),
    bullet('- Tuyên truyền văn bản QPPL mới nhân'),
    ['', '', 'Ngày Pháp luật Việt Nam 09/11'],
    ['', '', 'Rà soát, kiểm tra văn bản QPPL'],
    bullet('- Niêm yết danh mục văn bản tại Trung tâm'),
    ['', '', 'Phục vụ hành chính công'],
    bullet('- Công bố danh mục văn bản hết hiệu lực'),
  ];
  const an = analyze(grid);
  expect(counts(grid)).toEqual([['institutions', 1, 2, 4]]);
  expect(an.appendix.items.map((i) => i.activity).filter(Boolean)).toEqual([
    '- Ban hành văn bản QPPL theo thẩm quyền',
    '- Tuyên truyền văn bản QPPL mới nhân Ngày Pháp luật Việt Nam 09/11',
    '- Niêm yết danh mục văn bản tại Trung tâm Phục vụ hành chính công',
    '- Công bố danh mục văn bản hết hiệu lực',
  ]);
});

test('session 15: assignment layout, areas lettered A, B…: "I | Kiểm soát thủ tục hành chính" alone over tasks numbered afresh is a group heading, no task', () => {
  const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp', 'Theo dõi'];
  const task = (tt: string, text: string): CellValue[] => [tt, text, 'Báo cáo', 'Quý III', 'Văn phòng', 'Các cơ quan', 'Chủ tịch UBND xã'];
  const grid: CellValue[][] = [
    A,
    ['A', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
    task('1', 'Ban hành kế hoạch.'),
    ['B', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
    ['I', 'Kiểm soát thủ tục hành chính'],
    task('1', 'Rà soát TTHC.'),
    task('2', 'Công khai TTHC.'),
    ['II', 'Thực hiện cơ chế một cửa, một cửa liên thông'],
    task('1', 'Giải quyết hồ sơ đúng hạn.'),
  ];
  const an = analyze(grid);
  expect(counts(grid)).toEqual([['direction', null, 1, null], ['procedures', null, 3, null]]);
  expect(an.issues.filter((i) => i.severity !== 'info' || i.code === 'tt-sequence')).toEqual([]);
});

test('session 15: a goal\'s last line naming the platform it waited for ("… cập nhật lên" / "Hệ thống thông tin …") is its rest, even where the goal labels skip a number', () => {
  const grid: CellValue[][] = [
    H,
    ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (03 mục tiêu; 03 nhiệm vụ; 03 hoạt động)'],
    item('1', 'Mục tiêu 1: Cắt giảm TTHC', 'Nhiệm vụ 1: Rà soát TTHC', 'Hoạt động 1: Rà soát'),
    item('2', 'Mục tiêu 2: 100% hồ sơ được cập nhật lên', 'Nhiệm vụ 2: Tiếp nhận hồ sơ', 'Hoạt động 2: Tiếp nhận'),
    item('3', 'Hệ thống thông tin giải quyết TTHC của tỉnh', 'Nhiệm vụ 3: Số hóa hồ sơ', 'Hoạt động 3: Số hóa'),
    item('4', 'Mục tiêu 4: 100% TTHC được công khai', 'Nhiệm vụ 4: Công khai TTHC', 'Hoạt động 4: Niêm yết'),
  ];
  expect(counts(grid)).toEqual([['procedures', 3, 4, 4]]);
  expect(analyze(grid).appendix.items[2].goal).toBe('Mục tiêu 2: 100% hồ sơ được cập nhật lên Hệ thống thông tin giải quyết TTHC của tỉnh');
});

test('session 15: a blank form\'s rows ("Mục tiêu 1: …", "………", "(Ghi sản phẩm)") are set aside, said, and the areas left so are empty', () => {
  const grid: CellValue[][] = [
    H,
    ['I', 'CẢI CÁCH THỂ CHẾ (01 mục tiêu; 01 nhiệm vụ; 01 hoạt động)'],
    item('1', 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Kiểm soát văn bản', 'Hoạt động 1: Thẩm định dự thảo'),
    ['II', 'CẢI CÁCH TÀI CHÍNH CÔNG (… mục tiêu; … nhiệm vụ; … hoạt động)'],
    ['1', 'Mục tiêu 1: …', 'Nhiệm vụ 1: …', 'Hoạt động 1: …', '(Ghi sản phẩm)', '...', '', '………'],
  ];
  const an = analyze(grid);
  expect(counts(grid)).toEqual([['institutions', 1, 1, 1], ['public-finance', 0, 0, 0]]);
  expect(an.issues.filter((i) => i.row === 5).map((i) => [i.code, i.message])).toEqual([['repeated-header', 'Hàng 5: dòng mẫu chưa điền (“Mục tiêu 1: …”) — không tính là một dòng của bảng; điền nội dung hoặc xoá dòng.']]);
  expect(an.issues.filter((i) => i.code === 'empty-area').map((i) => i.row)).toEqual([4]);
  expect(['…', 'Hoạt động 2: ...', '(Nêu cụ thể sản phẩm)', '____'].every(isPlaceholder)).toBe(true);
  expect(['Rà soát …', 'Kế hoạch số …/KH-UBND', '(Đã ban hành)', 'Quý I'].some(isPlaceholder)).toBe(false);
});

test('session 15: "Hoạt động 1, 2: …" (or "Mục tiêu 3 và 4: …") in one cell counts as two, and the next label goes on from the last', () => {
  const grid: CellValue[][] = [
    H,
    ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (02 mục tiêu; 01 nhiệm vụ; 03 hoạt động)'],
    item('1', 'Mục tiêu 1, 2: Công khai TTHC; giải quyết đúng hạn', 'Nhiệm vụ 1: Công khai TTHC', 'Hoạt động 1, 2: Niêm yết TTHC; công khai TTHC trên Trang TTĐT'),
    item('2', '', '', 'Hoạt động 3: Giải quyết hồ sơ đúng hạn'),
  ];
  expect(counts(grid)).toEqual([['procedures', 2, 1, 3]]);
  expect(codes(grid)).toEqual([]);
  expect(listedLabels('Hoạt động 1, 2: Niêm yết', 'activities')).toEqual([2]);
  expect(listedLabels('Hoạt động 1: rà soát 2, 3 lần', 'activities')).toEqual([]);
});

describe('session 15: review round 99 (today\'s rules where they must not fire)', () => {
  test('"Cụ thể hóa …" is a verb: a task of its own where the labels skip its number', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (01 mục tiêu; 03 nhiệm vụ; 03 hoạt động)'],
      item('1', 'Mục tiêu 1: Văn bản đúng quy định', 'Nhiệm vụ 1: Rà soát văn bản.', 'Rà soát văn bản'),
      item('', '', 'Cụ thể hóa kịp thời các văn bản của cấp trên.', 'Ban hành văn bản hướng dẫn'),
      item('', '', 'Nhiệm vụ 3: Theo dõi thi hành pháp luật', 'Kiểm tra thi hành pháp luật'),
    ];
    expect(counts(grid)).toEqual([['institutions', 1, 3, 3]]);
  });

  test('"… được nâng lên" ends its goal: the next line naming a system is a goal of its own where the labels skip its number', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ (03 mục tiêu; 03 nhiệm vụ; 03 hoạt động)'],
      item('1', 'Mục tiêu 1: Chất lượng công chức được nâng lên', 'Nhiệm vụ 1: Bồi dưỡng công chức', 'Cử công chức đi bồi dưỡng'),
      item('2', 'Hệ thống hồ sơ cán bộ, công chức được cập nhật đầy đủ', 'Nhiệm vụ 2: Cập nhật hồ sơ', 'Cập nhật hồ sơ cán bộ'),
      item('3', 'Mục tiêu 3: Kỷ luật, kỷ cương được tăng cường', 'Nhiệm vụ 3: Kiểm tra công vụ', 'Kiểm tra công vụ'),
    ];
    expect(counts(grid)).toEqual([['civil-service', 3, 3, 3]]);
  });

  test('a TT "1" under a new goal, then the numbers going on from before ("…, 4, 1, 6"): the slip is at the 1', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      item('2', '', '', 'Hoạt động 2: D'),
      item('1', 'Mục tiêu 2: E', 'Nhiệm vụ 2: F', 'Hoạt động 3: G'),
      item('4', '', '', 'Hoạt động 4: H'),
    ];
    expect(analyze(grid).issues.filter((i) => i.code === 'tt-sequence').map((i) => i.row)[0]).toBe(5);
  });
});

test('session 15: a Word table pasted into Excel with its numbering lost (no TT anywhere): a cell\'s second paragraph on a row of its own, the row\'s other cells merged down over it, is that row\'s', () => {
  const grid: CellValue[][] = [
    H,
    ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (01 mục tiêu; 01 nhiệm vụ; 02 hoạt động)'],
    ['', 'Mục tiêu 1: Hoàn thành nhiệm vụ CCHC', 'Nhiệm vụ 1: Kiểm tra CCHC', 'Tổng hợp, báo cáo kết quả CCHC', 'Báo cáo quý.', 'Văn phòng HĐND và UBND', 'Các cơ quan', 'Hằng quý'],
    ['', '', '', '', 'Báo cáo 6 tháng, năm.', '', '', ''],
    ['', '', '', 'Kiểm tra công tác CCHC', 'Thông báo kết luận', 'Văn phòng HĐND và UBND', 'Các cơ quan', 'Quý III'],
  ];
  // Rows 3-4 are one Word row: goal, task, activity, lead, partners and deadline merged over both.
  const merges = [1, 2, 3, 5, 6, 7].map((c) => ({ top: 2, left: c, bottom: 3, right: c }));
  const an = analyze(grid, { merges });
  expect(an.appendix.items.map((i) => [i.rows, i.product])).toEqual([[[3, 4], 'Báo cáo quý.\nBáo cáo 6 tháng, năm.'], [[5], 'Thông báo kết luận']]);
  expect(counts(grid)).toEqual([['direction', 1, 1, 2]]);
});

test('session 15: a scan\'s area numerals "1I", "11", "111" over areas\' titles in capitals, each the next numeral: areas II, III; "11" over a task is a TT', () => {
  const it = (tt: string, activity: string): CellValue[] => [tt, 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', activity, ...REST];
  const grid = (second: string, third: string): CellValue[][] => [
    H,
    ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
    it('1', 'Ban hành kế hoạch'),
    [second, 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
    it('1', 'Rà soát văn bản'),
    [third, 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
    it('1', 'Công khai TTHC'),
  ];
  for (const [second, third] of [['1I', '111'], ['11', 'lII']]) {
    expect(analyze(grid(second, third)).areas.map((a) => [a.numeral, a.code])).toEqual([['I', 'direction'], ['II', 'institutions'], ['III', 'procedures']]);
  }
  // A task numbered 11 under area I stays a task.
  const task = analyze([H, ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'], ['11', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C', ...REST]]);
  expect(task.appendix.items.map((i) => i.tt)).toEqual(['11']);
});

test('session 15: a scan\'s table rule read before a label ("|Mục tiêu 2: …") leaves the label a label', () => {
  const grid: CellValue[][] = [
    H,
    ['I', 'CẢI CÁCH THỂ CHẾ (2 mục tiêu; 2 nhiệm vụ; 2 hoạt động)'],
    item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
    item('2', '|Mục tiêu 2: D', '|Nhiệm vụ 2: E', '|Hoạt động 2: F'),
  ];
  expect(counts(grid)).toEqual([['institutions', 2, 2, 2]]);
  expect(codes(grid)).toEqual([]);
});

test('session 15: a scan\'s header with every word glued ("Đơnvịchủtrì", "Thờigianhoànthành") is the header', () => {
  const glued = ['TT', 'Mụctiêu', 'Nhiệmvụ', 'Hoạtđộng', 'Kếtquả/Sảnphẩm', 'Đơnvịchủtrì', 'Đơnvịphốihợp', 'Thờigianhoànthành'];
  const an = analyze([glued, ['I', 'CẢI CÁCH THỂ CHẾ'], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')]);
  expect(Object.keys(an.appendix.header!.columns).sort()).toEqual(['activity', 'deadline', 'goal', 'lead', 'partners', 'product', 'task', 'tt']);
  expect(codes(an.appendix.items.length ? [glued, ['I', 'CẢI CÁCH THỂ CHẾ'], item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C')] : [])).toEqual([]);
});

describe('session 15: review round 107 (the newest rules where they must not fire)', () => {
  test('"… lưu trữ đạt từ 90% trở lên" ends its goal: the next line naming a page is a goal whose label was left out', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'XÂY DỰNG CHÍNH QUYỀN SỐ (03 mục tiêu; 03 nhiệm vụ; 03 hoạt động)'],
      item('1', 'Mục tiêu 1: Hồ sơ được số hóa, lưu trữ đạt từ 90% trở lên', 'Nhiệm vụ 1: Số hóa hồ sơ', 'Hoạt động 1: Số hóa'),
      item('2', 'Trang thông tin điện tử của xã công khai đầy đủ thông tin', 'Nhiệm vụ 2: Vận hành Trang', 'Hoạt động 2: Đăng tin'),
      item('3', 'Mục tiêu 3: Hội nghị trực tuyến vận hành ổn định', 'Nhiệm vụ 3: Vận hành hội nghị', 'Hoạt động 3: Họp trực tuyến'),
    ];
    expect(counts(grid)).toEqual([['digital-government', 3, 3, 3]]);
  });

  test('"NHIỆM VỤ TRỌNG TÂM", "NHIỆM VỤ THƯỜNG XUYÊN HẰNG NĂM" over goals in capitals on rows of their own: headings, each goal its own', () => {
    const step = (tt: string, task: string, activity: string): CellValue[] => [tt, '', task, activity, ...REST];
    const grid: CellValue[][] = [
      H,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (02 mục tiêu; 02 nhiệm vụ; 03 hoạt động)'],
      ['', 'NHIỆM VỤ TRỌNG TÂM'],
      ['', 'HOÀN THÀNH 100% NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH'],
      step('1', 'Xây dựng kế hoạch', 'Ban hành kế hoạch'),
      step('2', '', 'Báo cáo định kỳ'),
      ['', 'NHIỆM VỤ THƯỜNG XUYÊN HẰNG NĂM'],
      ['', 'NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH'],
      step('3', 'Kiểm tra cải cách hành chính', 'Tổ chức kiểm tra'),
    ];
    expect(counts(grid)).toEqual([['direction', 2, 2, 3]]);
    expect(analyze(grid).issues.filter((i) => i.code === 'continuation')).toEqual([]);
  });

  test('a TT starting afresh under most goals is the table\'s way, though one area numbers on', () => {
    const area = (n: string, name: string, tts: string[]): CellValue[][] => [
      [n, name],
      item(tts[0], 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C'),
      item(tts[1], 'Mục tiêu 2: D', 'Nhiệm vụ 2: E', 'Hoạt động 2: F'),
    ];
    const grid: CellValue[][] = [H, ...area('I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', ['1', '1']), ...area('II', 'CẢI CÁCH THỂ CHẾ', ['1', '1']), ...area('III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', ['1', '2'])];
    expect(analyze(grid).issues.filter((i) => i.code === 'tt-sequence')).toEqual([]);
  });
});

describe('session 15: review round 108 (tables other extractors wrote)', () => {
  test('what a program writes for an empty cell ("None", "nan", pandas\' "Unnamed: 6") is an empty cell', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 2 hoạt động)', 'None', 'None', 'None', 'None', 'None', 'None'],
      item('1', 'Văn bản đúng quy định', 'Rà soát văn bản', 'Rà soát văn bản định kỳ'),
      ['2', 'None', 'nan', 'Công khai văn bản', 'Danh mục', 'Văn phòng', 'Unnamed: 6', 'Quý IV'],
    ];
    expect(counts(grid)).toEqual([['institutions', 1, 1, 2]]);
    expect(codes(grid)).toEqual([]);
  });

  test('pandas\' row index left of the TT under an empty heading is no column of the table', () => {
    const grid: CellValue[][] = [
      ['', ...H],
      ['0', 'I', 'CẢI CÁCH THỂ CHẾ (1 mục tiêu; 1 nhiệm vụ; 3 hoạt động)'],
      ['1', ...item('1', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Rà soát văn bản')],
      ['2', ...item('2', '', '', 'Công khai văn bản')],
      ['3', ...item('3', '', '', 'Kiểm tra văn bản')],
      ['0', 'II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH (1 mục tiêu; 1 nhiệm vụ; 1 hoạt động)'],
      ['1', ...item('1', 'Mục tiêu 1: C', 'Nhiệm vụ 1: D', 'Công khai TTHC')],
    ];
    expect(counts(grid)).toEqual([['institutions', 1, 1, 3], ['procedures', 1, 1, 1]]);
    expect(codes(grid)).toEqual([]);
  });

  test('two rows a lost rule fused, their TT "1⏎2": the numbering goes on from the last', () => {
    const grid: CellValue[][] = [
      H,
      ['I', 'CẢI CÁCH THỂ CHẾ'],
      item('1\n2', 'Mục tiêu 1: A', 'Nhiệm vụ 1: B', 'Hoạt động 1: C\nHoạt động 2: D'),
      item('3', '', '', 'Hoạt động 3: E'),
    ];
    expect(analyze(grid).issues.filter((i) => i.code === 'tt-sequence')).toEqual([]);
  });
});

test('session 15: "Đơn vịthực hiện" (an opening that is the name\'s own first word, glued) names the lead; under "B | … THỂ CHẾ VÀ THỦ TỤC HÀNH CHÍNH", "II | CẢI CÁCH THỦ TỤC HÀNH CHÍNH …, MỘT CỬA" is an area', () => {
  expect(headerKey('Đơn vịthực hiện')).toBe('lead');
  const A = ['Stt', 'Nhiệm vụ', 'Sản phẩm', 'Thời gian hoàn thành', 'Chủ trì', 'Phối hợp', 'Theo dõi'];
  const task = (tt: string, text: string): CellValue[] => [tt, text, 'Báo cáo', 'Quý III', 'Văn phòng', 'Các cơ quan', 'Chủ tịch UBND xã'];
  const grid: CellValue[][] = [
    A,
    ['A', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
    task('1', 'Ban hành kế hoạch.'),
    ['B', 'CẢI CÁCH THỂ CHẾ VÀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
    ['I', 'CẢI CÁCH THỂ CHẾ'],
    task('1', 'Rà soát văn bản.'),
    ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH GẮN VỚI MỘT CỬA, MỘT CỬA LIÊN THÔNG'],
    task('1', 'Công khai TTHC.'),
  ];
  expect(counts(grid)).toEqual([['direction', null, 1, null], ['institutions', null, 1, null], ['procedures', null, 1, null]]);
});

test('session 15: an area saying "Không có nhiệm vụ trong năm 2027", or "Không có" with dashes left in its other cells, has nothing to do', () => {
  for (const row of [['', 'Không có nhiệm vụ trong năm 2027'], ['', 'Không có', '–', '–', '–', '–', '–', '–']] as CellValue[][]) {
    const grid: CellValue[][] = [H, ['I', 'CẢI CÁCH THỂ CHẾ (0 mục tiêu; 0 nhiệm vụ; 0 hoạt động)'], row];
    expect(counts(grid)).toEqual([['institutions', 0, 0, 0]]);
    expect(codes(grid)).toEqual([]);
  }
});
