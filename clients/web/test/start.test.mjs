// npm start with ECOMMERCE_STOREFRONT_BUILD (as the Docker image runs it): the given build is served as
// it is, with the /graphql proxy, and nothing is generated, built or removed.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BOUND_MS = 30_000;

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

async function freePort() {
  const server = createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// Runs scripts/start.mjs until `until` sees its output (or it exits); returns the output and the child.
function start(env, until) {
  const child = spawn(process.execPath, ['scripts/start.mjs'], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const done = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`start.mjs said nothing expected within ${BOUND_MS} ms: ${output}`)), BOUND_MS);
    const check = (chunk) => {
      output += chunk;
      if (until(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return { child, done, output: () => output };
}

function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

test('a finished build is served as it is, with /graphql sent to the gateway', { timeout: 60_000 }, async () => {
  // Arrange
  const build = mkdtempSync(join(tmpdir(), 'storefront-prebuilt-'));
  writeFileSync(join(build, 'index.html'), '<!doctype html><title>prebuilt</title><div id="app"></div>');
  const gateway = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ data: { path: request.url } }));
  });
  const gatewayPort = await listen(gateway);
  const port = await freePort();
  const storefront = start(
    { ECOMMERCE_STOREFRONT_BUILD: build, PORT: String(port), HOST: '127.0.0.1', ECOMMERCE_GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql` },
    (output) => output.includes('storefront: serving'),
  );
  try {
    await storefront.done;

    // Act
    const page = await (await fetch(`http://127.0.0.1:${port}/orders/1`)).text();
    const proxied = await (await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', body: '{}' })).json();

    // Assert
    assert.match(storefront.output(), new RegExp(`production build from ${build.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    assert.equal(page, readFileSync(join(build, 'index.html'), 'utf8'));
    assert.deepEqual(proxied, { data: { path: '/graphql' } });
  } finally {
    await stop(storefront.child);
    gateway.close();
  }
  assert.ok(existsSync(join(build, 'index.html')), 'the given build must be kept');
  rmSync(build, { recursive: true, force: true });
});

test('a folder without index.html is refused with what to do', { timeout: 60_000 }, async () => {
  // Arrange
  const empty = mkdtempSync(join(tmpdir(), 'storefront-empty-'));
  const storefront = start({ ECOMMERCE_STOREFRONT_BUILD: empty, PORT: String(await freePort()) }, () => false);

  // Act
  await storefront.done;

  // Assert
  assert.equal(storefront.child.exitCode, 1);
  assert.match(storefront.output(), /ECOMMERCE_STOREFRONT_BUILD=.* holds no index\.html; run npm run build first/);
  rmSync(empty, { recursive: true, force: true });
});
