/**
 * Derives the Vietnamese custom-function metadata (functions.vi.json) from the
 * English functions.json that custom-functions-metadata-plugin generates from
 * the JSDoc, using the one translation table src/functions/names.vi.json.
 * Ids, types and options are kept; only names and descriptions change. Missing
 * or stale translations fail the build, so no metadata is kept by hand.
 * Plain CommonJS: webpack.config.js and the jest tests both require it.
 */
const path = require('path');

const TABLE_FILE = path.join(__dirname, '..', 'src', 'functions', 'names.vi.json');
/** Excel function names: a letter, then letters, digits, periods or underscores. */
const NAME = /^[A-Z][A-Z0-9._]*$/;
/** Parameter names shown in Excel's tooltips: unaccented Vietnamese, like the function names. */
const PARAM = /^[a-z][a-z0-9_]*$/;
const PARAMETER_NAMES = Symbol('parameterNames');

function loadTable() {
  // Read fresh each build so watch mode picks up edits.
  const { _comment, _parameterNames, ...table } = JSON.parse(require('fs').readFileSync(TABLE_FILE, 'utf8'));
  Object.defineProperty(table, PARAMETER_NAMES, { value: _parameterNames || {}, enumerable: false });
  return table;
}

/**
 * @param {{functions: object[]}} metadata the English metadata
 * @param {Record<string, {name: string, description: string, parameters: Record<string,string>}>} table
 * @returns the Vietnamese metadata; throws listing every problem
 */
function localizeMetadata(metadata, table = loadTable()) {
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(table)) if (!ids.has(id)) problems.push(`names.vi.json: "${id}" is no function id`);
  const names = new Map();
  const functions = metadata.functions.map((f) => {
    const vi = table[f.id];
    if (!vi) {
      problems.push(`names.vi.json: no Vietnamese entry for ${f.id}`);
      return f;
    }
    if (!NAME.test(vi.name)) problems.push(`names.vi.json: ${f.id}: "${vi.name}" is not a valid Excel function name`);
    if (names.has(vi.name)) problems.push(`names.vi.json: ${f.id} and ${names.get(vi.name)} share the name ${vi.name}`);
    names.set(vi.name, f.id);
    const params = vi.parameters || {};
    const known = new Set((f.parameters || []).map((p) => p.name));
    for (const p of Object.keys(params)) if (!known.has(p)) problems.push(`names.vi.json: ${f.id} has no parameter "${p}"`);
    return {
      ...f,
      name: vi.name,
      description: vi.description,
      parameters: (f.parameters || []).map((p) => {
        if (!params[p.name]) problems.push(`names.vi.json: ${f.id}: no description for parameter "${p.name}"`);
        const name = (table[PARAMETER_NAMES] || {})[p.name] || p.name;
        if (!PARAM.test(name)) problems.push(`names.vi.json: "${name}" is not a valid parameter name`);
        return { ...p, name, description: params[p.name] || p.description };
      }),
    };
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return { ...metadata, functions };
}

module.exports = { localizeMetadata, loadTable, TABLE_FILE };
