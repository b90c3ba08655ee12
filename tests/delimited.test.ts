/** Text files into grids: Excel's quoting, and the stray quotes of text copied from a PDF. */
import { guessDelimiter, parseDelimited } from '../src/core';

describe('parseDelimited', () => {
  test('quoted cells: delimiters, doubled quotes and line breaks inside; CRLF; a byte-order mark', () => {
    expect(parseDelimited('\ufeffTT,"Kết quả, sản phẩm","Ghi ""chú"""\r\n1,"Mục tiêu 1:\nNâng cao",x\r\n', ',')).toEqual([
      ['TT', 'Kết quả, sản phẩm', 'Ghi "chú"'],
      ['1', 'Mục tiêu 1:\nNâng cao', 'x'],
    ]);
  });
  test('Excel’s Unicode Text: a cell with a line break is quoted', () => {
    expect(parseDelimited('1\t"Mục tiêu 1:\nNâng cao"\tBáo cáo\n2\tB\tC', '\t')).toEqual([
      ['1', 'Mục tiêu 1:\nNâng cao', 'Báo cáo'],
      ['2', 'B', 'C'],
    ]);
  });
  test('a tab-separated cell opening with a quote it never closes keeps the cells and rows after it', () => {
    expect(parseDelimited('1\t"Bình dân học vụ số\tKế hoạch\tVăn phòng\n2\tTuyên truyền\t"Ngày pháp luật" hằng tháng\tTin bài', '\t')).toEqual([
      ['1', '"Bình dân học vụ số', 'Kế hoạch', 'Văn phòng'],
      ['2', 'Tuyên truyền', '"Ngày pháp luật" hằng tháng', 'Tin bài'],
    ]);
    // Its rest on the next printed line, closing the quote: two cells, not one swallowing a row.
    expect(parseDelimited('1\t"Bình dân học vụ\tKế hoạch\n\tsố"\t', '\t')).toEqual([
      ['1', '"Bình dân học vụ', 'Kế hoạch'],
      ['', 'số"', ''],
    ]);
  });
  test('the delimiter: tab, else semicolon where it outnumbers commas (Excel in vi-VN)', () => {
    expect(guessDelimiter('a\tb')).toBe('\t');
    expect(guessDelimiter('TT;Nhiệm vụ;Sản phẩm, kết quả')).toBe(';');
    expect(guessDelimiter('TT,Nhiệm vụ,Sản phẩm')).toBe(',');
  });
});
