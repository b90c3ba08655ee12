/** Excel's failures become ExcelAdapterError failures and messages from the catalogue, in Vietnamese and English. */
import { t } from '../src/core';
import { failureMessageKey, failureOf } from '../src/taskpane/excel/errors';
import { ExcelAdapterError, type ExcelFailure } from '../src/taskpane/excel/types';
import { fakeWorkbookFrom } from '../src/taskpane/excel/fake';
import { adapterOn } from './adapterFixtures';

const grid = [['a', 'b'], ['c', 'd']];

test.each([
  ['AccessDenied', 'protected'],
  ['InvalidOperationInCellEditMode', 'edit-mode'],
  ['ItemNotFound', 'missing-sheet'],
  ['RequestPayloadSizeLimitExceeded', 'too-large'],
  ['ResponsePayloadSizeLimitExceeded', 'too-large'],
  ['PayloadTooLarge', 'too-large'],
  ['GeneralException', 'unknown'],
])('Excel code %s → %s', (code, failure) => {
  expect(failureOf({ code, message: 'x' })).toBe(failure);
  expect(failureOf({ debugInfo: { code } })).toBe(failure);
});

test('InvalidOperation is "protected" only when Excel says the sheet is protected', () => {
  expect(failureOf({ code: 'InvalidOperation', message: 'The sheet is protected.' })).toBe('protected');
  expect(failureOf({ code: 'InvalidOperation', message: 'Something else.' })).toBe('unknown');
  expect(failureOf(new TypeError('boom'))).toBe('unknown');
});

test('every failure has a message in both languages that says what to do', () => {
  const failures: ExcelFailure[] = ['protected', 'edit-mode', 'missing-sheet', 'too-large', 'unknown'];
  expect(failures.map((f) => failureMessageKey(f))).toEqual(['pane.error.protected', 'pane.error.editMode', 'pane.error.missingSheet', 'pane.error.tooLarge', 'pane.error.unknown']);
  for (const f of failures) {
    const key = failureMessageKey(new ExcelAdapterError(f));
    expect(t(key, {}, 'vi')).not.toBe(key);
    expect(t(key, {}, 'en')).not.toBe(key);
  }
  expect(t('pane.error.protected', {}, 'vi')).toMatch(/bảo vệ.*Unprotect Sheet.*thử lại/);
});

test('errors from the fake reach the caller as ExcelAdapterError with the sheet', async () => {
  const wb = fakeWorkbookFrom({ S: grid, T: grid });
  const adapter = adapterOn(wb);
  await expect(adapter.readSheet('Không có')).rejects.toEqual(new ExcelAdapterError('missing-sheet', 'Không có'));
  await expect(adapter.selectCell('Không có', 1, 0)).rejects.toMatchObject({ failure: 'missing-sheet' });
  wb.editMode = true;
  await expect(adapter.readSheet('S')).rejects.toMatchObject({ failure: 'edit-mode', sheet: 'S' });
  await expect(adapter.writeTable({ sheetName: 'Mới', header: ['a'], rows: [['x']] })).rejects.toMatchObject({ failure: 'edit-mode' });
  wb.editMode = false;
  // A sheet deleted between the adapter's two syncs.
  wb.beforeNextSync(() => wb.beforeNextSync(() => wb.removeSheet(wb.sheet('T'))));
  await expect(adapter.readSheet('T')).rejects.toMatchObject({ failure: 'missing-sheet' });
  wb.protect('S');
  await expect(adapter.clearHighlights('S')).resolves.toBeUndefined();
  await expect(adapter.addBarChart({ sheetName: 'S', sourceAddress: 'A1:B2', title: 'x', anchor: 'D2' })).rejects.toMatchObject({ failure: 'protected' });
});
