/**
 * Put the fake in place of the Office host: `Excel` and `Office` globals over a
 * FakeWorkbook, for jest and for the browser end-to-end test. No Node APIs.
 */
import { FakeRequestContext } from './proxies';
import { FakeOfficeError, type FakeWorkbook } from './workbook';

export interface FakeHost {
  Excel: Record<string, unknown>;
  Office: Record<string, unknown>;
  OfficeExtension: Record<string, unknown>;
}

/** The Excel, Office and OfficeExtension objects over one workbook (without touching any global). */
export function fakeHost(workbook: FakeWorkbook): FakeHost {
  class RequestContext extends FakeRequestContext {
    constructor() {
      super(workbook);
    }
  }
  async function run<T>(a: unknown, b?: unknown): Promise<T> {
    const batch = (typeof a === 'function' ? a : b) as (ctx: FakeRequestContext) => Promise<T>;
    let ctx: FakeRequestContext;
    if (typeof a === 'function') ctx = new FakeRequestContext(workbook);
    else if (a instanceof FakeRequestContext) ctx = a;
    else ctx = (a as { context: FakeRequestContext }).context;
    const result = await batch(ctx);
    // Strictness: queued work that was never synced is a bug in the caller.
    if (ctx.pending) throw new Error(`Excel fake: Excel.run ended with ${ctx.pending} queued operation(s) never synced.`);
    return result;
  }
  const Excel = {
    run,
    RequestContext,
    ChartType: { barClustered: 'BarClustered', columnClustered: 'ColumnClustered', pie: 'Pie', line: 'Line' },
    ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
    WorksheetPositionType: { none: 'None', before: 'Before', after: 'After', beginning: 'Beginning', end: 'End' },
    SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
    ErrorCodes: {
      accessDenied: 'AccessDenied',
      generalException: 'GeneralException',
      invalidArgument: 'InvalidArgument',
      invalidOperation: 'InvalidOperation',
      invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
      itemAlreadyExists: 'ItemAlreadyExists',
      itemNotFound: 'ItemNotFound',
      requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
    },
  };
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  const Office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      if (callback) callback(info);
      return Promise.resolve(info);
    },
    context: {
      get displayLanguage(): string {
        return workbook.displayLanguage;
      },
      requirements: { isSetSupported: (name: string, version?: string) => workbook.supports(name, version) },
    },
  };
  const OfficeExtension = { Error: FakeOfficeError };
  return { Excel, Office, OfficeExtension };
}

/** Define `Excel`, `Office` and `OfficeExtension` on target (window or globalThis) over the workbook. */
export function installFakeOffice(target: any, workbook: FakeWorkbook): FakeHost {
  const host = fakeHost(workbook);
  for (const k of ['Excel', 'Office', 'OfficeExtension'] as const)
    Object.defineProperty(target, k, { value: host[k], configurable: true, writable: true, enumerable: false });
  return host;
}
