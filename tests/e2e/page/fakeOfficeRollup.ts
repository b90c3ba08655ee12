/**
 * The roll-up end-to-end page: the Excel fake with three commune appendices
 * (Bình Lư standard, Tà Đùng by assignment, a copy of Bình Lư naming Sĩ Lữ Lâu)
 * and a sheet that is not an appendix; window.__cchcWorkbook for the test.
 */
import binhLu from '../../fixtures/binh-lu.tsv';
import taDung from '../../fixtures/ta-dung.tsv';
import { parseDelimited } from '../../../src/core';
import { fakeWorkbookFrom, installFakeOffice } from '../../../src/taskpane/excel/fake';

const bl = parseDelimited(binhLu, '\t');
const wb = fakeWorkbookFrom(
  {
    'Bình Lư': bl,
    'Tà Đùng': parseDelimited(taDung, '\t'),
    'Sĩ Lữ Lâu': bl.map((row) => row.map((v) => (typeof v === 'string' ? v.split('xã Bình Lư').join('xã Sĩ Lữ Lâu') : v))),
    'Ghi chép': [['Ghi chép họp giao ban'], ['Tuần 1: rà soát kế hoạch']],
  },
  { active: 'Bình Lư', displayLanguage: 'vi-VN' },
);
installFakeOffice(window, wb);
(window as unknown as { __cchcWorkbook: typeof wb }).__cchcWorkbook = wb;
