// Writes cases/generated.json: seeded pseudo-random operations over schema.graphql. Valid queries
// (random selections, aliases, fragments, @skip/@include, argument values) are executed; mutated
// copies (a misspelt field, a missing argument, a wrong value, ...) are only validated.
// Deterministic: the same seed always writes the same file.
import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema, parse, validate, specifiedRules, getNamedType, isObjectType, isInterfaceType, isUnionType,
  isLeafType, isNonNullType, isListType, isEnumType, isInputObjectType, isScalarType, print,
} from 'graphql';
import { CASES_DIR, SCHEMA_FILE } from '../lib/paths.mjs';

// GEN_SEED=<n> explores other seeds (the committed file uses the default).
const SEED = Number(process.env.GEN_SEED ?? 20240601);
const EXECUTED = 150;
const VALIDATED = 80;

function mulberry32(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(SEED);
const chance = (p) => random() < p;
const pick = (items) => items[Math.floor(random() * items.length)];
const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));

// Fields whose values are unbounded or not interesting to pick at random.
const SKIPPED_FIELDS = new Set(['Query.errorsNonNull', 'Query.listsNonNull']);

function literalFor(type, depth = 0) {
  if (isNonNullType(type)) {
    return literalFor(type.ofType, depth);
  }
  if (isListType(type)) {
    const count = Math.floor(random() * 3);
    return `[${Array.from({ length: count }, () => literalFor(type.ofType, depth + 1)).join(', ')}]`;
  }
  if (isEnumType(type)) {
    return pick(type.getValues()).name;
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (type.isOneOf) {
      const field = pick(fields);
      return `{${field.name}: ${literalFor(field.type, depth + 1)}}`;
    }
    const chosen = fields.filter((f) => (isNonNullType(f.type) && f.defaultValue === undefined) || (depth < 2 && chance(0.4)));
    return `{${chosen.map((f) => `${f.name}: ${literalFor(f.type, depth + 1)}`).join(', ')}}`;
  }
  switch (type.name) {
    case 'Int': return String(Math.floor(random() * 200) - 100);
    case 'Float': return (Math.floor(random() * 2000) / 8 - 100).toString();
    case 'Boolean': return chance(0.5) ? 'true' : 'false';
    case 'ID': return JSON.stringify(pick(['p1', 'p2', 'c1', 'c2', 'u1', 'u2', 'zz']));
    default: return JSON.stringify(pick(['', 'a', 'Teapot', 'multi word', 'é✓']));
  }
}

/** A JSON variable value for an input type; now and then a wrong one (a coercion error). */
function jsonFor(type, depth = 0) {
  if (chance(0.02)) {
    return pick([true, 'text', 1.5, { x: 1 }]);
  }
  if (isNonNullType(type)) {
    return jsonFor(type.ofType, depth);
  }
  if (chance(0.08)) {
    return null;
  }
  if (isListType(type)) {
    return chance(0.2) ? jsonFor(type.ofType, depth + 1) : Array.from({ length: Math.floor(random() * 3) }, () => jsonFor(type.ofType, depth + 1));
  }
  if (isEnumType(type)) {
    return pick(type.getValues()).name;
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    if (type.isOneOf) {
      const field = pick(fields);
      return { [field.name]: jsonFor(field.type.ofType ?? field.type, depth + 1) ?? 'x' };
    }
    const value = {};
    for (const f of fields) {
      if ((isNonNullType(f.type) && f.defaultValue === undefined) || (depth < 2 && chance(0.4))) {
        value[f.name] = jsonFor(f.type, depth + 1);
      }
    }
    return value;
  }
  switch (type.name) {
    case 'Int': return Math.floor(random() * 200) - 100;
    case 'Float': return Math.floor(random() * 2000) / 8 - 100;
    case 'Boolean': return chance(0.5);
    case 'ID': return chance(0.2) ? Math.floor(random() * 10) : pick(['p1', 'p2', 'c1', 'u1', 'zz']);
    default: return pick(['', 'a', 'Teapot', 'multi word', 'é✓']);
  }
}

let variables = new Map();

function argumentsFor(field) {
  const args = field.args.filter((a) => (isNonNullType(a.type) && a.defaultValue === undefined) || chance(0.35));
  const values = args.map((a) => {
    if (!chance(0.3)) {
      return `${a.name}: ${literalFor(a.type)}`;
    }
    const name = `v${variables.size}`;
    variables.set(name, { type: String(a.type), value: chance(0.1) && !isNonNullType(a.type) ? undefined : jsonFor(a.type) });
    return `${a.name}: $${name}`;
  });
  return args.length ? `(${values.join(', ')})` : '';
}

function directives() {
  if (!chance(0.15)) {
    return '';
  }
  return ` @${pick(['skip', 'include'])}(if: ${chance(0.5) ? 'true' : 'false'})`;
}

let aliasCounter = 0;
const fragments = new Map();

function selectionSet(type, depth) {
  const named = getNamedType(type);
  const parts = [];
  if (isObjectType(named) || isInterfaceType(named)) {
    const fields = Object.values(named.getFields()).filter((f) => !SKIPPED_FIELDS.has(`${named.name}.${f.name}`));
    const count = 1 + Math.floor(random() * Math.min(4, fields.length));
    for (let i = 0; i < count; i++) {
      const field = pick(fields);
      const fieldType = getNamedType(field.type);
      if (!isLeafType(fieldType) && depth >= 3) {
        continue;
      }
      const alias = field.args.length || chance(0.2) ? `a${aliasCounter++}: ` : '';
      const sub = isLeafType(fieldType) ? '' : ` ${selectionSet(fieldType, depth + 1)}`;
      parts.push(`${alias}${field.name}${argumentsFor(field)}${directives()}${sub}`);
    }
  }
  if (isInterfaceType(named) || isUnionType(named)) {
    for (const possible of schema.getPossibleTypes(named)) {
      if (chance(0.5)) {
        parts.push(`... on ${possible.name}${directives()} ${selectionSet(possible, depth + 1)}`);
      }
    }
  }
  if (chance(0.15) && (isObjectType(named) || isInterfaceType(named)) && depth < 3) {
    const name = `F${fragments.size}`;
    fragments.set(name, `fragment ${name} on ${named.name} ${selectionSet(named, depth + 1)}`);
    parts.push(`...${name}`);
  }
  if (parts.length === 0 || chance(0.1)) {
    parts.push('__typename');
  }
  return `{ ${parts.join(' ')} }`;
}

function randomQuery() {
  fragments.clear();
  variables = new Map();
  const body = selectionSet(schema.getQueryType(), 0);
  const definitions = [...variables].map(([name, v]) => `$${name}: ${v.type}`).join(', ');
  const values = Object.fromEntries([...variables].filter(([, v]) => v.value !== undefined).map(([name, v]) => [name, v.value]));
  const query = [`query Random${definitions ? `(${definitions})` : ''} ${body}`, ...fragments.values()].join('\n');
  return { query, values: Object.keys(values).length ? values : undefined };
}

// Mutations that make a valid document invalid in one place.
const breakers = [
  (q) => q.replace(/\b(name|id|hello|color|price)\b(?!:)/, '$1x'),
  (q) => q.replace(/\(id: "[^"]*"\)/, ''),
  (q) => q.replace(/: (-?\d+)(?=[,)\]}])/, ': "$1"'),
  (q) => q.replace(/\{ /, '{ hello: color '),
  (q) => q.replace(/\{ /, '{ ...Missing '),
  (q) => q.replace(/@(skip|include)\(if: (true|false)\)/, '@$1'),
  (q) => q.replace(/\b(RED|GREEN|EUR|SIT|S|M|L)\b/, 'NOPE'),
  (q) => `${q}\nfragment Unused on Query { hello }`,
  (q) => (q.startsWith('query Random(') ? q.replace('query Random(', 'query Random($unused: Int, ') : q.replace('query Random', 'query Random($unused: Int)')),
  (q) => q.replace(/\{ /, '{ products ').replace(/products \{ \}/, 'products { id }'),
];

function parsesAndFailsValidation(query) {
  try {
    return validate(schema, parse(query), specifiedRules).length > 0;
  } catch {
    return false;
  }
}

const executed = [];
const validated = [];
const seen = new Set();
while (executed.length < EXECUTED || validated.length < VALIDATED) {
  const generated = randomQuery();
  const query = print(parse(generated.query));
  if (seen.has(query) || validate(schema, parse(query), specifiedRules).length > 0) {
    continue;
  }
  seen.add(query);
  if (executed.length < EXECUTED) {
    executed.push({ name: `query-${String(executed.length + 1).padStart(3, '0')}`, query, variables: generated.values });
    continue;
  }
  const broken = pick(breakers)(query);
  if (broken !== query && parsesAndFailsValidation(broken)) {
    validated.push({ name: `invalid-${String(validated.length + 1).padStart(3, '0')}`, mode: 'validate', query: broken });
  }
}

const file = path.join(CASES_DIR, 'generated.json');
fs.writeFileSync(file, `${JSON.stringify({ area: 'generated', cases: [...executed, ...validated] }, null, 2)}\n`);
console.log(`wrote ${executed.length} executed and ${validated.length} validated cases to ${file}`);
