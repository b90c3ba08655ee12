/**
 * The production build, run once into a temp dir with a base URL as IT would
 * give it: function ids (a public contract), their registration, the Vietnamese
 * metadata, the rewritten manifest and everything served from one origin.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import webpack from 'webpack';
import { allElements, parseXml } from './manifestXml';

/* eslint-disable @typescript-eslint/no-require-imports */
const makeConfig = require('../webpack.config.js') as ((env: Record<string, string>, argv: Record<string, string>) => Promise<webpack.Configuration>) & {
  baseUrlFrom: (env: Record<string, string>) => string;
  manifestVersion: (v: string) => string;
  TELEMETRY_FRAME: string;
};
const { localizeMetadata, loadTable } = require('../scripts/build-functions-vi.js');
const PARAM_NAMES: Record<string, string> = JSON.parse(readFileSync(path.join(__dirname, '..', 'src', 'functions', 'names.vi.json'), 'utf8'))._parameterNames;

const ROOT = path.join(__dirname, '..');
const BASE = 'https://intranet.example.vn/cchc/';
const IDS: string[] = JSON.parse(readFileSync(path.join(__dirname, 'fixtures', 'function-ids.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

interface FnMeta {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description: string; type?: string; dimensionality?: string; optional?: boolean; repeating?: boolean }[];
  options?: Record<string, boolean>;
  result: Record<string, string>;
}

let out: string;
const read = (f: string): string => readFileSync(path.join(out, f), 'utf8');

beforeAll(async () => {
  out = mkdtempSync(path.join(tmpdir(), 'cchc-build-'));
  const config = await makeConfig({ baseUrl: 'https://intranet.example.vn/cchc', outDir: out }, { mode: 'production' });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))),
  );
  if (stats.hasErrors()) throw new Error(stats.toString('errors-only'));
}, 180_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

describe('functions metadata', () => {
  test('functions.json ids equal the committed list (changing one is a breaking change)', () => {
    const en = JSON.parse(read('functions.json')).functions as FnMeta[];
    expect(en.map((f) => f.id).sort()).toEqual([...IDS].sort());
    expect(en.every((f) => f.name === f.id && f.description.length > 0)).toBe(true);
  });

  test('every id is associated with a function in the built script, and nothing else is', () => {
    const js = read('functions.js');
    const associated = [...js.matchAll(/CustomFunctions\.associate\("([^"]+)",\s*[\w$]+|CustomFunctions\.associate\("([^"]+)",\s*function/g)].map((m) => m[1] ?? m[2]);
    expect(associated.sort()).toEqual([...IDS].sort());
  });

  test('functions.vi.json: same ids and types, a Vietnamese name and descriptions for each', () => {
    const en = JSON.parse(read('functions.json')).functions as FnMeta[];
    const vi = JSON.parse(read('functions.vi.json')).functions as FnMeta[];
    expect(vi.map((f) => f.id)).toEqual(en.map((f) => f.id));
    const table = loadTable();
    vi.forEach((f, i) => {
      expect(f.name).toMatch(/^[A-Z][A-Z0-9._]*$/);
      expect(f.name).toBe(table[f.id].name);
      expect(f.description).toBe(table[f.id].description);
      expect(f.result).toEqual(en[i].result);
      expect(f.options).toEqual(en[i].options);
      // Same parameters in the same order; names and descriptions in Vietnamese, unaccented names.
      expect(f.parameters.map(({ description: _d, name: _n, ...p }) => p)).toEqual(en[i].parameters.map(({ description: _d, name: _n, ...p }) => p));
      expect(f.parameters.map((p) => p.name)).toEqual(en[i].parameters.map((p) => PARAM_NAMES[p.name]));
      f.parameters.forEach((p, j) => expect(p.description).toBe(table[f.id].parameters[en[i].parameters[j].name]));
    });
    expect(new Set(vi.map((f) => f.name)).size).toBe(vi.length);
    expect(vi.find((f) => f.id === 'COUNT')!.name).toBe('DEM');
  });

  test('a missing or stale translation fails the build', () => {
    const en = JSON.parse(read('functions.json'));
    const table = loadTable();
    const { COUNT: _c, ...withoutCount } = table;
    expect(() => localizeMetadata(en, withoutCount)).toThrow(/no Vietnamese entry for COUNT/);
    expect(() => localizeMetadata(en, { ...table, SUM: { name: 'TONG', description: 'x', parameters: {} } })).toThrow(/"SUM" is no function id/);
    const noParam = { ...table, DUE: { ...table.DUE, parameters: { table: 'x', area: 'y' } } };
    expect(() => localizeMetadata(en, noParam)).toThrow(/DUE: no description for parameter "year"/);
  });
});

describe('dist/', () => {
  test('manifest.xml: every URL on the base URL, and each names a file in dist', () => {
    const xml = read('manifest.xml');
    expect(xml).not.toContain('localhost');
    const urls = allElements(parseXml(xml)).flatMap((e) => Object.values(e.attrs).filter((v) => /^https?:\/\//.test(v) && !/schemas\.microsoft\.com|www\.w3\.org/.test(v)));
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) {
      expect(u.startsWith(BASE)).toBe(true);
      expect(existsSync(path.join(out, u.slice(BASE.length).replace(/#.*$/, '')))).toBe(true);
    }
  });

  test("manifest Version is package.json's", () => {
    expect(read('manifest.xml')).toContain(`<Version>${makeConfig.manifestVersion(pkg.version)}</Version>`);
    expect(makeConfig.manifestVersion('1.2.3')).toBe('1.2.3.0');
  });

  test('office.js is served from the add-in’s own origin, and the page loads nothing from elsewhere', () => {
    expect(existsSync(path.join(out, 'office-js', 'office.js'))).toBe(true);
    expect(existsSync(path.join(out, 'office-js', 'excel-win32-16.01.js'))).toBe(true);
    expect(existsSync(path.join(out, 'office-js', 'vi-vn', 'office_strings.js'))).toBe(true);
    expect(existsSync(path.join(out, 'office-js', 'telemetry'))).toBe(false);
    // office.js's logging frame to Microsoft is pointed at about:blank.
    for (const f of ['o15apptofilemappingtable.js', 'excel-win32-16.00.js']) {
      const js = read(path.join('office-js', f));
      expect(js).not.toContain('oaspapps.com');
      expect(js).toContain('telemetryEndPoint="about:blank"');
    }
    const html = read('taskpane.html');
    const srcs = [...html.matchAll(/\s(?:src|href)=["']?([^"'\s>]+)/g)].map((m) => m[1]);
    expect(srcs).toEqual(['office-js/office.js', 'functions.js', 'taskpane.js']);
    expect(html).toContain('id=root');
  });

  test('no source maps in the production build (they would publish the source on the intranet server)', () => {
    const maps = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? maps(path.join(dir, e.name)) : e.name.endsWith('.map') ? [path.join(dir, e.name)] : []));
    expect(maps(out)).toEqual([]);
  });

  test('the base URL must be https (http only for a local test server)', () => {
    expect(makeConfig.baseUrlFrom({ baseUrl: 'https://a.example.vn/x' })).toBe('https://a.example.vn/x/');
    expect(makeConfig.baseUrlFrom({})).toBe('https://localhost:3000/');
    expect(makeConfig.baseUrlFrom({ baseUrl: 'http://127.0.0.1:8080/' })).toBe('http://127.0.0.1:8080/');
    expect(() => makeConfig.baseUrlFrom({ baseUrl: 'http://intranet.example.vn/' })).toThrow(/must be https/);
    expect(() => makeConfig.baseUrlFrom({ baseUrl: 'intranet' })).toThrow(/not a URL/);
  });
});
