import { anyLabel, labelNumber, stripLabel } from '../src/core/labels';
import { toneKey } from '../src/core/text';

describe('level labels', () => {
  // Every way staff write a label: case, no diacritics, NFD, odd leading spaces.
  it.each([
    ['Mục tiêu 1: Nâng cao', 'goals', 1],
    // A Word list's bullet before the label, glyphs of a lost symbol font too.
    ['• Mục tiêu 2: Nâng cao', 'goals', 2],
    ['\uf0b7 Mục tiêu 2: Nâng cao', 'goals', 2],
    ['- Nhiệm vụ 3: Rà soát', 'tasks', 3],
    ['Ø Hoạt động 4: Tập huấn', 'activities', 4],
    ['▪Hoạt động 5: Tập huấn', 'activities', 5],
    // Words glued by a PDF's line break.
    ['Mụctiêu 6: Nâng cao', 'goals', 6],
    ['Hoạtđộng 7: Tập huấn', 'activities', 7],
    ['MỤC TIÊU 12. Nâng cao', 'goals', 12],
    ['Muc tieu 3 - Nâng cao', 'goals', 3],
    ['Mục tiêu 4: x'.normalize('NFD'), 'goals', 4],
    ['Nhiệm vụ 2: Rà soát', 'tasks', 2],
    ['NHIEM VU 5', 'tasks', 5],
    ['\u00a0Nhiệm vụ 6', 'tasks', 6],
    ['\u200bHoạt động 7: Tổ chức', 'activities', 7],
    ['HOẠT ĐỘNG 8', 'activities', 8],
    ['Hoat dong 9', 'activities', 9],
    [toneKey('Hoạt động 10: Tổ chức'), 'activities', 10],
    // Short forms: "MT1", "NV 2", "HĐ.3".
    ['MT1: Tự chấm điểm', 'goals', 1],
    ['NV 2: Triển khai', 'tasks', 2],
    ['HĐ.3: Tổ chức', 'activities', 3],
    ['hd4 - Rà soát'.normalize('NFD'), 'activities', 4],
    // Ordinal words.
    ['Mục tiêu thứ nhất: Nâng cao', 'goals', 1],
    ['NHIỆM VỤ THỨ BA', 'tasks', 3],
    ['Hoạt động thứ mười: Tổ chức', 'activities', 10],
    // Spaces a PDF's extraction put inside the words, before a letter drawn with its marks apart.
    ['M ục tiêu 1: Nâng cao', 'goals', 1],
    ['Nhi ệm v ụ 2: Rà soát', 'tasks', 2],
    ['Ho ạt động 3 - Tổ chức', 'activities', 3],
    ['M ục tiêu số 4', 'goals', 4],
    // A scan read by OCR, "l" for the digit 1.
    ['Mục tiêu l: Văn bản đúng quy định', 'goals', 1],
    ['Hoạt động 1l: Rà soát', 'activities', 11],
    ['Nhiệm vụ l7. Kiểm tra', 'tasks', 17],
  ] as const)('%j is %s %d', (text, level, n) => {
    expect(anyLabel(text)).toEqual({ level, n });
    expect(labelNumber(text, level)).toBe(n);
  });

  it.each(['Nâng cao chất lượng', 'Hướng dẫn thực hiện', 'Mở rộng', 'Hoàn thiện thể chế', 'Nhận hồ sơ', 'Mục tiêu chung', 'Hoạt động khác', 'MTTQ Việt Nam xã', 'NVHC xã', 'HĐND xã', 'Mt 2030 là năm', 'Mục tiêu thứ yếu', 'M ục tiêu chung', 'Nh ận hồ sơ 3 ngày', 'H oàn thành 2 văn bản', 'Mục tiêu lớn của xã', 'Hoạt động liên ngành', ''])(
    '%j is no label',
    (text) => {
      expect(anyLabel(text)).toBeNull();
      expect(labelNumber(text, 'goals')).toBeNull();
    },
  );

  it('strips the label and nothing else', () => {
    expect(stripLabel('Hoạt động 2: Rà soát thủ tục')).toBe('Rà soát thủ tục');
    expect(stripLabel(toneKey('Hoạt động 2: Rà soát'))).toBe(toneKey('Rà soát'));
    expect(stripLabel('Muc tieu 3 - Nâng cao')).toBe('Nâng cao');
    expect(stripLabel('Nâng cao chất lượng 3 năm')).toBe('Nâng cao chất lượng 3 năm');
    expect(stripLabel('Hoàn thiện 2 văn bản')).toBe('Hoàn thiện 2 văn bản');
    expect(stripLabel('MT1: Tự chấm điểm')).toBe('Tự chấm điểm');
    expect(stripLabel('HĐ 12. Tổ chức')).toBe('Tổ chức');
    expect(stripLabel('Mục tiêu số 3: Nâng cao')).toBe('Nâng cao');
    expect(stripLabel('Mục tiêu thứ hai: Nâng cao')).toBe('Nâng cao');
    expect(stripLabel('Mục tiêu thứ yếu của xã')).toBe('Mục tiêu thứ yếu của xã');
    expect(stripLabel('Mụctiêu 2: Nâng cao')).toBe('Nâng cao');
    expect(stripLabel('• Hoạt động 2: Rà soát')).toBe('Rà soát');
    expect(stripLabel('Rà soát 12 thủ tục')).toBe('Rà soát 12 thủ tục');
    expect(stripLabel('Triểnkhai 3 nội dung')).toBe('Triểnkhai 3 nội dung');
    expect(stripLabel('M ục tiêu 1: Nâng cao')).toBe('Nâng cao');
    expect(stripLabel('Nhi ệm v ụ 12 - Rà soát')).toBe('Rà soát');
  });
});
