// `npm run build`'s two steps: the app type-checks against the generated operation types, and the
// production build is a static app that talks to nothing but its own origin's /graphql.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

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
