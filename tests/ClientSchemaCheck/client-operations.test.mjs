// A schema change that breaks a client fails the build: every *.graphql document under clients/
// (outside node_modules) must validate against schema/gateway.graphql with graphql-js's rules.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';

const repository = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const schema = buildSchema(readFileSync(join(repository, 'schema', 'gateway.graphql'), 'utf8'));

function* graphqlFiles(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'bin' || name === 'obj' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* graphqlFiles(path);
    else if (name.endsWith('.graphql')) yield path;
  }
}

const files = [...graphqlFiles(join(repository, 'clients'))];

test('the clients have operations to check', () => {
  assert.ok(files.length > 0, 'no *.graphql operations found under clients/');
});

for (const file of files) {
  test(`${relative(repository, file)} validates against schema/gateway.graphql`, () => {
    const errors = validate(schema, parse(readFileSync(file, 'utf8')));
    assert.deepEqual(errors.map((e) => e.message), []);
  });
}
