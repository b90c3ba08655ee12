/**
 * How other communes write their appendices: wordings, numbering and page layouts
 * beyond the two fixtures, each the smallest grid that shows it.
 */
import { analyze, type CellValue } from '../src/core';

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
