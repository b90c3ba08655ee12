/** The add-in manifest, checked offline (Microsoft's online validation is `npm run validate`). */
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { allElements, child, childrenNamed, parseXml, pngSize, type XmlElement } from './manifestXml';

const ROOT = path.join(__dirname, '..');
const source = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
const app = parseXml(source);
const elements = allElements(app);
const ORIGIN = 'https://localhost:3000';

const versionOverrides = child(app, 'VersionOverrides');
const workbookHost = childrenNamed(child(versionOverrides, 'Hosts'), 'Host').find((h) => h.attrs['xsi:type'] === 'Workbook')!;
const resources = child(versionOverrides, 'Resources');
/** Resource id → its element (bt:Image, bt:Url, bt:String). */
const defined = new Map<string, XmlElement>(
  resources.children.flatMap((group) => group.children.map((r): [string, XmlElement] => [r.attrs.id, r])),
);
const resource = (id: string): XmlElement => {
  const r = defined.get(id);
  if (!r) throw new Error(`resource ${id} is not defined`);
  return r;
};

describe('the XML reader itself', () => {
  test.each([
    ['mismatched tags', '<a><b></a></b>'],
    ['an unclosed element', '<a><b></b>'],
    ['an unquoted attribute', '<a x=1/>'],
    ['a repeated attribute', '<a x="1" x="2"/>'],
    ['a stray ampersand', '<a>R&D</a>'],
    ['two roots', '<a/><b/>'],
  ])('rejects %s', (_name, xml) => {
    expect(() => parseXml(xml)).toThrow(/XML line 1/);
  });

  test('reads attributes, entities, text and comments', () => {
    const el = parseXml('<?xml version="1.0"?><!-- c --><a x="&quot;1&quot;"><b>R&amp;D &#x41;</b><!-- d --><c/></a>');
    expect(el.attrs.x).toBe('"1"');
    expect(el.children.map((c) => c.name)).toEqual(['b', 'c']);
    expect(el.children[0].text).toBe('R&D A');
  });
});

describe('manifest.xml', () => {
  test('is a well-formed task pane add-in for Excel (Workbook)', () => {
    expect(app.name).toBe('OfficeApp');
    expect(app.attrs['xsi:type']).toBe('TaskPaneApp');
    expect(childrenNamed(child(app, 'Hosts'), 'Host').map((h) => h.attrs.Name)).toEqual(['Workbook']);
  });

  test('top-level elements in the order the schema demands', () => {
    const order = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
    const names = app.children.map((c) => c.name);
    expect(names.every((n) => order.includes(n))).toBe(true);
    expect(names).toEqual(order.filter((n) => names.includes(n)));
  });

  test('has a fixed GUID as Id', () => {
    expect(child(app, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  test("Version equals package.json's (Excel caches function metadata by version)", () => {
    const v = child(app, 'Version').text;
    expect(v).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const [major, minor, patch, rev] = v.split('.');
    expect(`${major}.${minor}.${patch}`).toBe(pkg.version.replace(/[-+].*$/, ''));
    expect(rev).toBe('0');
  });

  test('every resid used is defined, and every defined one is used', () => {
    const used = new Set(elements.map((e) => e.attrs.resid).filter((r): r is string => !!r));
    expect([...used].filter((r) => !defined.has(r))).toEqual([]);
    expect([...defined.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test('every URL is https and on one origin', () => {
    const urls = elements.flatMap((e) => Object.values(e.attrs).filter((v) => /^[a-z][a-z0-9+.-]*:\/\//i.test(v)));
    const nonSchema = urls.filter((u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'));
    expect(nonSchema.length).toBeGreaterThan(10);
    for (const u of nonSchema) {
      expect(u.startsWith('https://')).toBe(true);
      expect(new URL(u).origin).toBe(ORIGIN);
    }
  });

  test('icons exist at their declared sizes (PNG header)', () => {
    const declared: [string, number][] = [
      [child(app, 'IconUrl').attrs.DefaultValue, 32],
      [child(app, 'HighResolutionIconUrl').attrs.DefaultValue, 64],
    ];
    for (const img of elements.filter((e) => e.name === 'bt:Image' && e.attrs.size)) {
      declared.push([resource(img.attrs.resid).attrs.DefaultValue, Number(img.attrs.size)]);
    }
    expect(new Set(declared.map((d) => d[1]))).toEqual(new Set([16, 32, 64, 80]));
    for (const [url, size] of declared) {
      const file = path.join(ROOT, new URL(url).pathname);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
    }
  });

  test('shared runtime: Runtimes comes first in the Workbook host, lifetime long, on the task pane page', () => {
    expect(workbookHost.children[0].name).toBe('Runtimes');
    const runtime = child(workbookHost.children[0], 'Runtime');
    expect(runtime.attrs.lifetime).toBe('long');
    const page = runtime.attrs.resid;
    expect(resource(page).attrs.DefaultValue).toBe(`${ORIGIN}/taskpane.html`);
    // Functions, ribbon commands and the task pane all live in that one page.
    const cf = childrenNamed(child(workbookHost, 'AllFormFactors'), 'ExtensionPoint').find((e) => e.attrs['xsi:type'] === 'CustomFunctions')!;
    expect(child(child(cf, 'Page'), 'SourceLocation').attrs.resid).toBe(page);
    const desktop = child(workbookHost, 'DesktopFormFactor');
    expect(child(desktop, 'FunctionFile').attrs.resid).toBe(page);
    const action = elements.find((e) => e.name === 'Action' && e.attrs['xsi:type'] === 'ShowTaskpane')!;
    expect(child(action, 'SourceLocation').attrs.resid).toBe(page);
  });

  test('requires SharedRuntime 1.1 and CustomFunctionsRuntime', () => {
    const sets = Object.fromEntries(childrenNamed(child(child(app, 'Requirements'), 'Sets'), 'Set').map((s) => [s.attrs.Name, s.attrs.MinVersion]));
    expect(sets.SharedRuntime).toBe('1.1');
    expect(Number(sets.CustomFunctionsRuntime)).toBeGreaterThanOrEqual(1.1);
  });

  test('custom functions under namespace CCHC, metadata pointing at the built files', () => {
    const cf = childrenNamed(child(workbookHost, 'AllFormFactors'), 'ExtensionPoint').find((e) => e.attrs['xsi:type'] === 'CustomFunctions')!;
    expect(resource(child(cf, 'Namespace').attrs.resid).attrs.DefaultValue).toBe('CCHC');
    expect(resource(child(child(cf, 'Script'), 'SourceLocation').attrs.resid).attrs.DefaultValue).toBe(`${ORIGIN}/functions.js`);
    const meta = resource(child(child(cf, 'Metadata'), 'SourceLocation').attrs.resid);
    // The build emits functions.json (plugin, English) and functions.vi.json (derived): see webpack.config.js.
    const config = readFileSync(path.join(ROOT, 'webpack.config.js'), 'utf8');
    expect(config).toContain("output: 'functions.json'");
    expect(config).toContain("'functions.vi.json'");
    expect(meta.attrs.DefaultValue).toBe(`${ORIGIN}/functions.vi.json`);
    expect(childrenNamed(meta, 'Override').map((o) => [o.attrs.Locale, o.attrs.Value])).toEqual([['en-US', `${ORIGIN}/functions.json`]]);
  });

  test('a CCHC group on the Home tab with a button that opens the task pane', () => {
    const tab = elements.find((e) => e.name === 'OfficeTab')!;
    expect(tab.attrs.id).toBe('TabHome');
    const group = child(tab, 'Group');
    expect(resource(child(group, 'Label').attrs.resid).attrs.DefaultValue).toBe('CCHC');
    const button = childrenNamed(group, 'Control').find((c) => c.attrs['xsi:type'] === 'Button')!;
    expect(child(button, 'Action').attrs['xsi:type']).toBe('ShowTaskpane');
  });

  test('vi-VN by default, with an en-US override for every user-visible string', () => {
    expect(child(app, 'DefaultLocale').text).toBe('vi-VN');
    const localizable = [child(app, 'DisplayName'), child(app, 'Description'), ...elements.filter((e) => e.name === 'bt:String')];
    expect(localizable.length).toBeGreaterThanOrEqual(8);
    for (const el of localizable) {
      const overrides = childrenNamed(el, 'Override');
      const en = overrides.find((o) => o.attrs.Locale === 'en-US');
      expect({ id: el.attrs.id ?? el.name, en: !!en?.attrs.Value }).toEqual({ id: el.attrs.id ?? el.name, en: true });
      expect(el.attrs.DefaultValue.length).toBeGreaterThan(0);
    }
    // Vietnamese really is the default: the button label is not the English one.
    const label = resource('TaskpaneButton.Label');
    expect(label.attrs.DefaultValue).not.toBe(childrenNamed(label, 'Override')[0].attrs.Value);
  });

  test('short strings fit Office limits (125 characters), long ones 250', () => {
    for (const s of elements.filter((e) => e.name === 'bt:String')) {
      const limit = childrenNamed(resources, 'ShortStrings')[0].children.includes(s) ? 125 : 250;
      for (const v of [s.attrs.DefaultValue, ...childrenNamed(s, 'Override').map((o) => o.attrs.Value)]) expect(v.length).toBeLessThanOrEqual(limit);
    }
  });
});
