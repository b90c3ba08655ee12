/**
 * Loaded before the task pane bundle on the end-to-end test page: puts the
 * project's strict Excel fake in place of the Office host, with the Bình Lư
 * fixture in it, and exposes the fake workbook as window.__cchcWorkbook so the
 * test can look at selection, fills and written sheets.
 */
import binhLu from '../../fixtures/binh-lu.tsv';
import { parseDelimited } from '../../../src/core';
import { fakeWorkbookFrom, installFakeOffice } from '../../../src/taskpane/excel/fake';

const wb = fakeWorkbookFrom(
  {
    'Bình Lư': parseDelimited(binhLu, '\t'),
    'Ghi chép': [['Ghi chép họp giao ban'], ['Tuần 1: rà soát kế hoạch']],
  },
  { active: 'Bình Lư', displayLanguage: 'vi-VN' },
);
const host = installFakeOffice(window, wb);
// e2e.html?theme=dark: Office in its dark theme (the fake has no officeTheme of its own).
if (new URLSearchParams(location.search).get('theme') === 'dark') {
  (host.Office.context as Record<string, unknown>).officeTheme = {
    bodyBackgroundColor: '#1F1F1F',
    bodyForegroundColor: '#FFFFFF',
    controlBackgroundColor: '#2B2B2B',
    controlForegroundColor: '#FFFFFF',
  };
}
(window as unknown as { __cchcWorkbook: typeof wb }).__cchcWorkbook = wb;
