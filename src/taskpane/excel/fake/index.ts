/**
 * The project's strict in-memory Excel: see docs/adapter.md. Public API:
 * fakeWorkbookFrom, FakeWorkbook (state and failure switches), installFakeOffice,
 * fakeHost, FakeOfficeError.
 */
export { fakeWorkbookFrom, FakeWorkbook, FakeSheet, FakeOfficeError, NO_FILL, PAYLOAD_LIMIT } from './workbook';
export type { FakeFill, FakeChart, FakeTable, FakeHyperlink, FakeValue, SyncRecord, ChangedEvent, FakeWorkbookOptions, FakeInput } from './workbook';
export { installFakeOffice, fakeHost, type FakeHost } from './install';
export { FakeRequestContext } from './proxies';
