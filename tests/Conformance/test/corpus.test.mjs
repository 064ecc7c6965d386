// Checks the corpus itself against graphql-js (no C# needed): every validation rule has valid
// and invalid cases that really are valid/invalid, and the resolver spec matches the schema.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  parse, validate, specifiedRules, buildSchema, buildClientSchema, printSchema, isObjectType,
} from 'graphql';
import { loadCases } from '../lib/cases.mjs';
import { loadFixtures, buildJsSchema, runJsCase } from '../lib/js-engine.mjs';
import { loadKnownMismatches } from '../lib/known.mjs';

const cases = loadCases();
const fixtures = loadFixtures();
const schema = buildJsSchema(fixtures);
const rulesByName = new Map(specifiedRules.map((rule) => [rule.name, rule]));

test('the corpus has at least 300 uniquely named cases', () => {
  const names = new Set(cases.map((c) => c.name));
  assert.equal(names.size, cases.length, 'duplicate case names');
  assert.ok(cases.length >= 300, `only ${cases.length} cases`);
});

test('every case has a query and a known mode', () => {
  for (const c of cases) {
    assert.equal(typeof c.query, 'string', c.name);
    assert.ok(['execute', 'validate', 'subscribe'].includes(c.mode), `${c.name}: mode ${c.mode}`);
  }
});

describe('every rule of specifiedRules has valid and invalid cases', () => {
  for (const rule of specifiedRules) {
    test(rule.name, () => {
      const own = cases.filter((c) => c.rule === rule.name);
      assert.ok(own.some((c) => c.valid === true), `${rule.name} has no valid case`);
      assert.ok(own.some((c) => c.valid === false), `${rule.name} has no invalid case`);
    });
  }
});

describe('validation cases are what they claim', () => {
  for (const c of cases.filter((x) => x.rule)) {
    test(c.name, () => {
      const document = parse(c.query);
      if (c.valid) {
        assert.deepEqual(validate(schema, document, specifiedRules).map((e) => e.message), []);
      } else if (c.rule === 'mixed') {
        assert.ok(validate(schema, document, specifiedRules).length > 1);
      } else {
        const rule = rulesByName.get(c.rule);
        assert.ok(rule, `unknown rule ${c.rule}`);
        assert.ok(validate(schema, document, [rule]).length > 0, `${c.rule} reports nothing`);
      }
    });
  }
});

test('every Query field has a special resolver or a value in data.query', () => {
  const fields = Object.keys(schema.getQueryType().getFields());
  const missing = fields.filter((f) => !(`Query.${f}` in fixtures.resolvers) && !(f in fixtures.data.query));
  assert.deepEqual(missing, []);
});

test('every Mutation field has a special resolver', () => {
  const fields = Object.keys(schema.getMutationType().getFields());
  assert.deepEqual(fields.filter((f) => !(`Mutation.${f}` in fixtures.resolvers)), []);
});

test('resolvers.json names only fields of object types', () => {
  for (const coordinate of Object.keys(fixtures.resolvers)) {
    const [typeName, fieldName] = coordinate.split('.');
    const type = schema.getType(typeName);
    assert.ok(isObjectType(type) && type.getFields()[fieldName], coordinate);
  }
});

test('graphql-js answers every case without throwing', async () => {
  for (const c of cases) {
    const result = await runJsCase(schema, fixtures.data, c);
    assert.ok(result && typeof result === 'object', c.name);
  }
});

test('graphql-js introspection round-trips through buildClientSchema (sanity of the check)', async () => {
  const full = cases.find((c) => c.name === 'introspection/full-all-options');
  const result = await runJsCase(schema, fixtures.data, full);
  assert.equal(result.errors, undefined);
  assert.equal(printSchema(buildClientSchema(result.data)), printSchema(buildSchema(fixtures.sdl)));
});

test('known-mismatches.json names only cases of the corpus, each with a reason', () => {
  const names = new Set(cases.map((c) => c.name));
  for (const [name, reason] of loadKnownMismatches()) {
    assert.ok(names.has(name), `${name} is not a case`);
    assert.ok(typeof reason === 'string' && reason.length > 10, `${name} needs a reason`);
  }
});

test('every schemas/*.graphql builds in graphql-js and round-trips through introspection', async () => {
  const { SCHEMAS_DIR } = await import('../lib/paths.mjs');
  const { FULL_INTROSPECTION_OPTIONS } = await import('../lib/introspection.mjs');
  const { graphql, getIntrospectionQuery } = await import('graphql');
  const fs = await import('node:fs');
  const path = await import('node:path');
  const files = fs.readdirSync(SCHEMAS_DIR).filter((f) => f.endsWith('.graphql'));
  assert.ok(files.length > 0);
  for (const file of files) {
    const built = buildSchema(fs.readFileSync(path.join(SCHEMAS_DIR, file), 'utf8'));
    const result = await graphql({ schema: built, source: getIntrospectionQuery(FULL_INTROSPECTION_OPTIONS) });
    assert.equal(result.errors, undefined, file);
    assert.equal(printSchema(buildClientSchema(result.data)), printSchema(built), file);
  }
});
