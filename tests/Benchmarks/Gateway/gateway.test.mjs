// The benchmark's subgraph port, checked through Apollo Federation: builds and starts the subgraph
// host (Gql.Benchmarks.Subgraphs) on free loopback ports, compares the committed schema files and
// supergraph with what the code gives, and runs the Guild's TestQuery through Apollo Gateway.
// Every step has a time bound, so the tests fail instead of hanging.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { composeServices as composeWithGuild } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { here, testQuery, subgraphNames, postGraphQL, subgraphSdl, composeSupergraph, planOf } from './compose.mjs';
import { checkAnswer } from './check-response.mjs';

const project = path.join(here, 'Gql.Benchmarks.Subgraphs', 'Gql.Benchmarks.Subgraphs.csproj');
const assembly = path.join(here, 'Gql.Benchmarks.Subgraphs', 'bin', 'Debug', 'net10.0', 'Gql.Benchmarks.Subgraphs.dll');
const DEFAULT_URLS = { accounts: 'http://127.0.0.1:4201/graphql', inventory: 'http://127.0.0.1:4202/graphql', products: 'http://127.0.0.1:4203/graphql', reviews: 'http://127.0.0.1:4204/graphql' };
const BUILD_TIMEOUT_MS = 5 * 60_000;
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;
const expected = JSON.parse(readFileSync(path.join(here, 'test-query.expected.json'), 'utf8'));

let host;
const urls = {};
let server;

// node:test's own { timeout } keeps Node 20 alive until it elapses, so bounds use unref'd timers.
function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function startHost() {
  return new Promise((resolve, reject) => {
    const child = spawn('dotnet', [assembly, '--base-port', '0', '--exit-on-stdin-close'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the subgraph host printed no "ready" line within ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      output += chunk;
      if (/^ready/m.test(output)) {
        clearTimeout(timer);
        for (const [, name, url] of output.matchAll(/^Listening: (\w+) (\S+)$/gm)) urls[name] = url;
        resolve(child);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => { output += chunk; });
    child.on('error', (error) => { clearTimeout(timer); reject(error); });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`the subgraph host exited with ${code} before it was ready:\n${output}`)); });
  });
}

function stopHost(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); resolve(); }, STOP_TIMEOUT_MS);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    child.stdin.end();
  });
}

async function gatewayQuery(query) {
  const response = await withTimeout(server.executeOperation({ query }), REQUEST_TIMEOUT_MS, 'the gateway query');
  assert.equal(response.body.kind, 'single');
  // The gateway builds results on null-prototype objects; compare them as plain JSON.
  return JSON.parse(JSON.stringify(response.body.singleResult));
}

process.on('exit', () => {
  if (host?.exitCode === null) host.kill('SIGKILL');
});

before(async () => {
  const build = spawnSync('dotnet', ['build', project, '-nologo', '-v', 'q', '-c', 'Debug'], { encoding: 'utf8', timeout: BUILD_TIMEOUT_MS });
  assert.equal(build.status, 0, `dotnet build failed:\n${build.stdout}\n${build.stderr}`);
  host = await startHost();
});

after(async () => {
  if (server) await server.stop();
  await stopHost(host);
});

test('the committed source schemas are the ones the code prints', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'gateway-bench-schemas-'));
  try {
    const print = spawnSync('dotnet', [assembly, '--print-schemas', directory], { encoding: 'utf8', timeout: START_TIMEOUT_MS });
    assert.equal(print.status, 0, print.stderr);
    for (const name of subgraphNames) {
      const printed = readFileSync(path.join(directory, `${name}.graphql`), 'utf8');
      const committed = readFileSync(path.join(here, 'schema', `${name}.graphql`), 'utf8');
      assert.equal(committed, printed, `schema/${name}.graphql differs from what the code prints; if intended: dotnet ${assembly} --print-schemas ${path.join(here, 'schema')}`);
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
});

test('every subgraph serves a Federation 2 SDL with its entity keys', async () => {
  const keys = {
    accounts: ['type User @key(fields: "id")'],
    inventory: ['type Product @key(fields: "upc")'],
    products: ['type Product @key(fields: "upc")'],
    reviews: ['type Review @key(fields: "id")', 'type User @key(fields: "id")', 'type Product @key(fields: "upc")'],
  };
  for (const name of subgraphNames) {
    const sdl = await subgraphSdl(urls[name]);
    assert.match(sdl, /^extend schema @link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.3"/, name);
    for (const key of keys[name]) assert.ok(sdl.includes(key), `${name} lacks ${key}:\n${sdl}`);
  }
  assert.match(await subgraphSdl(urls.inventory), /shippingEstimate: Int @requires\(fields: "price weight"\)/);
  assert.match(await subgraphSdl(urls.reviews), /author: User @provides\(fields: "username"\)/);
});

test('the committed supergraph is what @apollo/composition composes, and the Guild\'s composition agrees', async () => {
  let supergraph = await composeSupergraph(urls);
  for (const name of subgraphNames) supergraph = supergraph.replaceAll(`"${urls[name]}"`, `"${DEFAULT_URLS[name]}"`);
  assert.equal(readFileSync(path.join(here, 'supergraph.graphql'), 'utf8'), supergraph);

  const services = [];
  for (const name of subgraphNames) services.push({ name, url: urls[name], typeDefs: parse(await subgraphSdl(urls[name])) });
  const guild = composeWithGuild(services);
  assert.equal(guild.errors, undefined, (guild.errors ?? []).map((e) => e.message).join('\n'));
});

test('Apollo Gateway answers the TestQuery with the expected data, in a plan of sequential steps', async () => {
  const supergraphSdl = await composeSupergraph(urls);
  const plan = planOf(supergraphSdl);
  assert.ok(plan.steps >= 4 && plan.fetches >= plan.steps, `plan of ${plan.steps} steps, ${plan.fetches} fetches:\n${plan.text}`);

  server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl }) });
  await withTimeout(server.start(), REQUEST_TIMEOUT_MS, 'the gateway start');
  const result = await gatewayQuery(testQuery);

  assert.equal(checkAnswer(expected, JSON.stringify(result)), null);
  const [table] = result.data.topProducts;
  assert.deepEqual({ name: table.name, inStock: table.inStock, shippingEstimate: table.shippingEstimate }, { name: 'Table', inStock: true, shippingEstimate: 50 });
  assert.equal(result.data.topProducts[1].shippingEstimate, 0, 'a product above 1000 ships free');
  assert.deepEqual(result.data.topProducts.map((p) => p.reviews.length), [4, 4, 1, 2, 0]);
  assert.deepEqual(result.data.users.map((u) => u.username), ['urigo', 'dotansimha', 'kamilkisiela', 'ardatan', 'gilgardosh', 'laurin']);
  const author = result.data.topProducts[0].reviews[0].author;
  assert.deepEqual({ username: author.username, name: author.name }, { username: 'urigo', name: 'Uri Goldshtein' });
});

test('the subgraphs wait the delay the driver sets before they answer', async () => {
  const base = urls.accounts.replace(/\/graphql$/, '');
  const set = await fetch(`${base}/delay?ms=60`, { method: 'POST', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  assert.equal(set.status, 200);
  try {
    const started = performance.now();
    const { status, text } = await postGraphQL(urls.products, '{ topProducts(first: 1) { upc } }');
    const elapsed = performance.now() - started;
    assert.equal(status, 200);
    assert.deepEqual(JSON.parse(text), { data: { topProducts: [{ upc: '1' }] } });
    assert.ok(elapsed >= 55, `answered after ${elapsed.toFixed(1)} ms`);
  } finally {
    await fetch(`${base}/delay?ms=0`, { method: 'POST', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  }
  const refused = await fetch(`${base}/delay?ms=-1`, { method: 'POST', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  assert.equal(refused.status, 400);
});
