// `npm run build`'s three steps, in order: codegen writes the typed operations, the app
// type-checks against them, and the production build is a static app that talks to nothing but
// its own origin's /graphql.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'graphql';
import { build } from 'vite';
import { generateOperationTypes } from '../scripts/codegen.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const operationsFolder = join(root, 'src', 'operations');

test('codegen writes a typed document for every operation in src/operations', async () => {
  // Arrange
  const operations = readdirSync(operationsFolder)
    .filter((name) => name.endsWith('.graphql'))
    .flatMap((name) => parse(readFileSync(join(operationsFolder, name), 'utf8')).definitions)
    .filter((definition) => definition.kind === 'OperationDefinition')
    .map((definition) => definition.name.value);

  // Act
  await generateOperationTypes(root);

  // Assert
  const generated = readFileSync(join(root, 'src', 'gql', 'graphql.ts'), 'utf8');
  assert.ok(operations.length >= 10, `only ${operations.length} operations found`);
  for (const name of operations) {
    assert.match(generated, new RegExp(`export const ${name}Document = new TypedDocumentString`), `${name}Document is missing`);
    assert.match(generated, new RegExp(`export type ${name}(Query|Mutation|Subscription) = `), `the result type of ${name} is missing`);
  }
});

test('tsc --noEmit finds no type errors', async () => {
  // Act
  const result = await promisify(execFile)(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', root]).catch((error) => error);

  // Assert
  assert.equal(result.code ?? 0, 0, `tsc failed:\n${result.stdout}${result.stderr}`);
});

test('the production build loads its assets from / and sends GraphQL only to the same-origin /graphql', async (t) => {
  // Arrange
  const outDir = mkdtempSync(join(tmpdir(), 'storefront-build-test-'));
  t.after(() => rmSync(outDir, { recursive: true, force: true }));

  // Act
  await build({ root, logLevel: 'silent', build: { outDir, sourcemap: false } });

  // Assert
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/src="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  assert.equal(scripts.length, 1, html);
  const assets = readdirSync(join(outDir, 'assets'));
  const code = assets.filter((name) => name.endsWith('.js')).map((name) => readFileSync(join(outDir, 'assets', name), 'utf8')).join('\n');
  assert.match(code, /["'`]\/graphql["'`]/);
  assert.match(code, /ecommerce\.token/);
  assert.doesNotMatch(code, /:5000|:510[1-5]/, 'the app must not know the gateway or subgraph addresses');
  assert.doesNotMatch(code, /GraphQLSchema|graphql-ws server/, 'graphql-js or the graphql-ws server ended up in the browser bundle');
  assert.match(code, /query Catalog\(/);
  assert.match(code, /subscription OrderStatusChanged\(/);
});
