/// <reference types="custom-functions-runtime" />
/**
 * The CCHC.* custom functions as Excel sees them. The JSDoc here is the source
 * of functions.json (custom-functions-metadata-plugin), and the plugin appends
 * one CustomFunctions.associate(id, function) per @customfunction below, so the
 * ids, the metadata and the registration cannot drift apart. Each function is a
 * one-line hand-over to the Office-free logic in cchc.ts through the boundary
 * in excel.ts. Ids are a public contract: tests/fixtures/function-ids.json.
 */
import * as cchc from './cchc';
import { toExcel } from './excel';

/* Range values arrive as any[][]: the metadata generator knows no narrower cell type. */
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Counts the goals, tasks or activities of a reform area, as the checker counts them.
 * @customfunction COUNT
 * @param table The appendix table, header row included (title lines and section rows may be included).
 * @param area The reform area: a code (procedures), a numeral (III) or its title.
 * @param [level] goals, tasks or activities (default activities; tasks in the assignment layout).
 * @returns The counted number.
 */
export function count(table: any[][], area: string, level?: string): number {
  return toExcel(() => cchc.count(table, area, level));
}

/**
 * The number of goals, tasks or activities written in the area's title; #N/A when none is written.
 * @customfunction DECLARED
 * @param table The appendix table, header row included.
 * @param area The reform area: a code (procedures), a numeral (III) or its title.
 * @param [level] goals, tasks or activities (default activities).
 * @returns The declared number.
 */
export function declared(table: any[][], area: string, level?: string): number {
  return toExcel(() => cchc.declared(table, area, level));
}

/**
 * Per area: counted and declared goals, tasks and activities, and whether they match.
 * @customfunction SUMMARY
 * @param table The appendix table, header row included.
 * @param [lang] Language of the headings: vi (default) or en.
 * @returns A table with a header row.
 */
export function summary(table: any[][], lang?: string): any[][] {
  return toExcel(() => cchc.summary(table, lang));
}

/**
 * The number of issues found in the appendix (errors by default).
 * @customfunction ERRORS
 * @param table The appendix table, header row included.
 * @param [severity] error, warning, info or all (default error).
 * @returns The number of issues.
 */
export function errors(table: any[][], severity?: string): number {
  return toExcel(() => cchc.errors(table, severity));
}

/**
 * Lists the issues found in the appendix: row, column, code and message.
 * @customfunction ISSUES
 * @param table The appendix table, header row included.
 * @param [lang] Language of the messages: vi (default) or en.
 * @param invocation Gives the range's address, so rows are sheet rows.
 * @returns A table with a header row.
 * @requiresParameterAddresses
 */
export function issues(table: any[][], lang: string | undefined, invocation: CustomFunctions.Invocation): any[][] {
  return toExcel(() => cchc.issues(table, lang, invocation?.parameterAddresses?.[0]));
}

/**
 * Each lead unit with its number of activities (tasks in the assignment layout), largest first.
 * @customfunction LEADS
 * @param table The appendix table, header row included.
 * @param [area] Only this reform area: a code, a numeral or its title.
 * @returns A table with a header row.
 */
export function leads(table: any[][], area?: string): any[][] {
  return toExcel(() => cchc.leads(table, area));
}

/**
 * The number of activities (tasks in the assignment layout) due in a year; recurring deadlines count every year of the plan (the period in its titles, e.g. 2026-2030).
 * @customfunction DUE
 * @param table The appendix table, header row included.
 * @param year The year, e.g. 2026.
 * @param [area] Only this reform area: a code, a numeral or its title.
 * @returns The number due that year.
 */
export function due(table: any[][], year: number, area?: string): number {
  return toExcel(() => cchc.due(table, year, area));
}

/**
 * Rolls several communes' appendices up: activities per commune and area, with totals.
 * @customfunction ROLLUP
 * @param tables The appendix tables, one range per commune.
 * @param invocation Gives the ranges' addresses, so a commune without a title is named by its sheet.
 * @returns A table with a header row and a total row.
 * @requiresParameterAddresses
 */
export function rollup(tables: any[][][], invocation: CustomFunctions.Invocation): any[][] {
  return toExcel(() => cchc.rollup(tables, invocation?.parameterAddresses ?? []));
}
