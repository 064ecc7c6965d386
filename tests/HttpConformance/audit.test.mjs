// graphql-http's server audits (GraphQL over HTTP spec) against Gql.HttpConformance.Host: builds
// the host, starts it on a free loopback port, runs every audit, and stops the host. Every step
// has a time bound, so the test fails instead of hanging.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { auditServer } from 'graphql-http';

const here = path.dirname(fileURLToPath(import.meta.url));
const project = path.join(here, 'Gql.HttpConformance.Host', 'Gql.HttpConformance.Host.csproj');
const assembly = path.join(here, 'Gql.HttpConformance.Host', 'bin', 'Debug', 'net10.0', 'Gql.HttpConformance.Host.dll');
const BUILD_TIMEOUT_MS = 5 * 60_000;
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
const AUDIT_TIMEOUT_MS = 60_000;

let host;
let url;

function startHost() {
  return new Promise((resolve, reject) => {
    const child = spawn('dotnet', [assembly, '--exit-on-stdin-close'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the host printed no "Listening on" line within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk) => {
      output += chunk;
      const match = /Listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', (chunk) => { output += chunk; });
    child.on('error', (error) => { clearTimeout(timer); reject(error); });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the host exited with ${code} before listening:\n${output}`));
    });
  });
}

function stopHost(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); resolve(); }, STOP_TIMEOUT_MS);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    child.stdin.end();
    child.kill('SIGTERM');
  });
}

// node:test's own { timeout } keeps Node 20 alive until it elapses, so bounds use unref'd timers.
function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

process.on('exit', () => { if (host && host.exitCode === null) host.kill('SIGKILL'); });

before(async () => {
  const build = spawnSync('dotnet', ['build', project, '-nologo', '-v', 'q', '-c', 'Debug'], {
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
  });
  assert.equal(build.status, 0, `dotnet build failed:\n${build.stdout}\n${build.stderr}`);
  ({ child: host, url } = await startHost());
});

after(async () => {
  await stopHost(host);
});

test('graphql-http server audits report no errors and no warnings', async (t) => {
  const signal = AbortSignal.timeout(AUDIT_TIMEOUT_MS);
  const results = await withTimeout(
    auditServer({ url, fetchFn: (input, init) => fetch(input, { ...init, signal }) }),
    AUDIT_TIMEOUT_MS,
    'the audit');
  assert.ok(results.length > 0, 'graphql-http ran no audits');

  const problems = results.filter((r) => r.status === 'error' || r.status === 'warn');
  for (const result of results.filter((r) => r.status === 'notice')) {
    t.diagnostic(`notice ${result.id} ${result.name}: ${result.reason}`);
  }
  t.diagnostic(`${results.length} audits: ${results.filter((r) => r.status === 'ok').length} ok, `
    + `${results.filter((r) => r.status === 'notice').length} notices, ${problems.length} errors or warnings`);

  const describe = (r) => `${r.status} ${r.id} ${r.name}: ${r.reason}`;
  assert.deepEqual(problems.map(describe), []);
});
