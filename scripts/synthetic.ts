/** Synthetic appendices for benchmarks: realistic rows, labels, page breaks, continuations. */
import { AREAS, type CellValue } from '../src/core';

const HEADER = ['TT', '1. Mục tiêu', '2. Nhiệm vụ', '3. Hoạt động', '4. Kết quả/Sản phẩm', '5. Chủ trì', '6. Phối hợp', '7. Thời gian hoàn thành'];
const DEADLINES = ['Hằng năm', 'Năm 2026', '2026-2030', 'Quý I hằng năm', 'Theo kế hoạch của tỉnh', 'Sau khi có hướng dẫn của cấp trên'];

/** About `rows` rows: title lines, a header, seven areas, a repeated header every 30 rows, a split row now and then. */
export function syntheticAppendix(rows: number, commune = 'Bình Lư'): CellValue[][] {
  const g: CellValue[][] = [['PHỤ LỤC'], ['CÁC NHIỆM VỤ TRỌNG TÂM CẢI CÁCH HÀNH CHÍNH'], [`(Kèm theo Kế hoạch của Ủy ban nhân dân xã ${commune})`], [], HEADER];
  const perArea = Math.max(1, Math.floor((rows - 5) / AREAS.length) - 1);
  AREAS.forEach((a, ai) => {
    g.push([a.numeral, `${a.vi.toUpperCase()} (${Math.ceil(perArea / 4)} mục tiêu; ${Math.ceil(perArea / 2)} nhiệm vụ; ${perArea} hoạt động)`, '', '', '', '', '', '']);
    for (let i = 1; i <= perArea; i++) {
      if (g.length % 30 === 0) g.push([], HEADER);
      const goal = i % 4 === 1 ? `Mục tiêu ${Math.ceil(i / 4)}: Nâng cao chất lượng công tác số ${i} của lĩnh vực ${ai + 1}` : '';
      const task = i % 2 === 1 ? `Nhiệm vụ ${Math.ceil(i / 2)}: Triển khai thực hiện nhiệm vụ ${i} theo kế hoạch của tỉnh` : '';
      g.push([
        String(i),
        goal,
        task,
        `Hoạt động ${i}: Tổ chức thực hiện, kiểm tra, đánh giá kết quả hoạt động số ${i} tại các cơ quan, đơn vị`,
        'Kế hoạch; Báo cáo kết quả thực hiện',
        i % 3 ? 'Phòng Văn hóa – Xã hội' : 'Văn phòng HĐND và UBND',
        'Các cơ quan, đơn vị có liên quan',
        DEADLINES[i % DEADLINES.length],
      ]);
      if (i % 50 === 0) g.push(['', '', '', 'phần tiếp theo của hoạt động bị ngắt trang', '', '', '', '']);
    }
  });
  return g;
}
