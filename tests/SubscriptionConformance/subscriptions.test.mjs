// graphql-ws and graphql-sse clients against Gql.SubscriptionConformance.Host: builds the host,
// starts it on a free loopback port, subscribes, queries and unsubscribes over both transports,
// and stops the host. Every step has a time bound, so a test fails instead of hanging.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import WebSocket from 'ws';
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';

const here = path.dirname(fileURLToPath(import.meta.url));
const project = path.join(here, 'Gql.SubscriptionConformance.Host', 'Gql.SubscriptionConformance.Host.csproj');
const assembly = path.join(here, 'Gql.SubscriptionConformance.Host', 'bin', 'Debug', 'net10.0', 'Gql.SubscriptionConformance.Host.dll');
const BUILD_TIMEOUT_MS = 5 * 60_000;
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
const STEP_TIMEOUT_MS = 15_000;

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
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      output += chunk;
      const match = /Listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
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
function withTimeout(promise, what, ms = STEP_TIMEOUT_MS) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Collects every result of one operation through a client's subscribe(payload, sink).
function collect(client, payload) {
  return new Promise((resolve, reject) => {
    const results = [];
    client.subscribe(payload, {
      next: (result) => results.push(result),
      error: reject,
      complete: () => resolve(results),
    });
  });
}

// Takes `count` results of a never-ending subscription, then unsubscribes.
async function takeThenUnsubscribe(client, payload, count) {
  const results = [];
  const iterator = client.iterate(payload);
  for await (const result of iterator) {
    results.push(result);
    if (results.length === count) break; // break calls iterator.return(): the client unsubscribes
  }
  return results;
}

async function activeStreams() {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: '{ activeStreams }' }),
  });
  return (await response.json()).data.activeStreams;
}

async function waitUntilNoStreams() {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    if (await activeStreams() === 0) return;
    assert.ok(Date.now() < deadline, 'the server kept a source stream running after the client unsubscribed');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const wsUrl = () => url.replace(/^http/, 'ws');
const greetings = { query: 'subscription { greetings(count: 3) }' };
const expectedGreetings = [1, 2, 3].map((i) => ({ data: { greetings: `Hi ${i}` } }));

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

test('graphql-ws: a subscription delivers every event and completes', async () => {
  const client = createWsClient({ url: wsUrl(), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
  try {
    assert.deepEqual(await withTimeout(collect(client, greetings), 'the subscription'), expectedGreetings);
  } finally {
    await client.dispose();
  }
});

test('graphql-ws: a query gives one result and completes; connectionParams reach the resolvers', async () => {
  const client = createWsClient({
    url: wsUrl(),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: { token: 'from-connection-params' },
  });
  try {
    const results = await withTimeout(collect(client, { query: 'query ($n: String) { hello(name: $n) initToken }', variables: { n: 'ws' } }), 'the query');
    assert.deepEqual(results, [{ data: { hello: 'Hello, ws!', initToken: 'from-connection-params' } }]);
  } finally {
    await client.dispose();
  }
});

test('graphql-ws: validation errors reach the sink as an error', async () => {
  const client = createWsClient({ url: wsUrl(), webSocketImpl: WebSocket, retryAttempts: 0 });
  try {
    const errors = await withTimeout(collect(client, { query: 'subscription { nope }' }).then(
      () => assert.fail('expected an error'),
      (error) => error), 'the invalid subscription');
    assert.ok(Array.isArray(errors), `expected GraphQL errors, got ${errors}`);
    assert.match(errors[0].message, /nope/);
  } finally {
    await client.dispose();
  }
});

test('graphql-ws: unsubscribing stops the server\'s source stream', async () => {
  const client = createWsClient({ url: wsUrl(), webSocketImpl: WebSocket, retryAttempts: 0 });
  try {
    const results = await withTimeout(takeThenUnsubscribe(client, { query: 'subscription { ticks }' }, 3), 'three ticks');
    assert.deepEqual(results.map((r) => r.data.ticks), [1, 2, 3]);
    await withTimeout(waitUntilNoStreams(), 'the server stopping the stream');
  } finally {
    await client.dispose();
  }
});

test('graphql-sse (distinct connections): a subscription delivers every event and completes', async () => {
  const client = createSseClient({ url, retryAttempts: 0 });
  try {
    assert.deepEqual(await withTimeout(collect(client, greetings), 'the subscription'), expectedGreetings);
  } finally {
    client.dispose();
  }
});

test('graphql-sse (distinct connections): a query gives one result', async () => {
  const client = createSseClient({ url, retryAttempts: 0 });
  try {
    assert.deepEqual(await withTimeout(collect(client, { query: '{ hello(name: "sse") }' }), 'the query'), [{ data: { hello: 'Hello, sse!' } }]);
  } finally {
    client.dispose();
  }
});

test('graphql-sse (distinct connections): unsubscribing stops the server\'s source stream', async () => {
  const client = createSseClient({ url, retryAttempts: 0 });
  try {
    const results = await withTimeout(takeThenUnsubscribe(client, { query: 'subscription { ticks }' }, 2), 'two ticks');
    assert.deepEqual(results.map((r) => r.data.ticks), [1, 2]);
    await withTimeout(waitUntilNoStreams(), 'the server stopping the stream');
  } finally {
    client.dispose();
  }
});

test('graphql-sse (single connection): subscriptions and queries share one stream', async () => {
  const client = createSseClient({ url, singleConnection: true, retryAttempts: 0 });
  try {
    const [subscription, query] = await withTimeout(Promise.all([
      collect(client, greetings),
      collect(client, { query: '{ hello(name: "single") }' }),
    ]), 'the operations');
    assert.deepEqual(subscription, expectedGreetings);
    assert.deepEqual(query, [{ data: { hello: 'Hello, single!' } }]);
  } finally {
    client.dispose();
  }
});

test('graphql-sse (single connection): unsubscribing stops the server\'s source stream', async () => {
  const client = createSseClient({ url, singleConnection: true, retryAttempts: 0 });
  try {
    const results = await withTimeout(takeThenUnsubscribe(client, { query: 'subscription { ticks }' }, 2), 'two ticks');
    assert.deepEqual(results.map((r) => r.data.ticks), [1, 2]);
    await withTimeout(waitUntilNoStreams(), 'the server stopping the stream');
  } finally {
    client.dispose();
  }
});
