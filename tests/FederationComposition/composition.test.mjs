// Apollo Federation 2 against the Gql.Federation sample subgraphs (Gql.FederationComposition.Host):
// builds the host, starts the Products and Reviews subgraphs on free loopback ports, composes
// their `_service { sdl }` with @apollo/composition, and runs cross-subgraph queries through
// Apollo Gateway. Every step has a time bound, so the tests fail instead of hanging.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';
import { composeServices as composeServicesWithGuild } from '@theguild/federation-composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';

const here = path.dirname(fileURLToPath(import.meta.url));
const project = path.join(here, 'Gql.FederationComposition.Host', 'Gql.FederationComposition.Host.csproj');
const assembly = path.join(here, 'Gql.FederationComposition.Host', 'bin', 'Debug', 'net10.0', 'Gql.FederationComposition.Host.dll');
const BUILD_TIMEOUT_MS = 5 * 60_000;
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;

const hosts = {};
let server;

function startHost(name) {
  return new Promise((resolve, reject) => {
    const child = spawn('dotnet', [assembly, name, '--exit-on-stdin-close'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the ${name} host printed no "Listening on" line within ${START_TIMEOUT_MS} ms:\n${output}`));
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
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`the ${name} host exited with ${code} before listening:\n${output}`)); });
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

async function post(url, query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return response.json();
}

async function subgraphSdl(name) {
  const result = await post(hosts[name].url, '{ _service { sdl } }');
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return result.data._service.sdl;
}

async function subgraphs() {
  const services = [];
  for (const name of ['products', 'reviews']) {
    services.push({ name, url: hosts[name].url, typeDefs: parse(await subgraphSdl(name)) });
  }
  return services;
}

async function compose() {
  return composeServices(await subgraphs());
}

async function gatewayQuery(query) {
  const response = await withTimeout(server.executeOperation({ query }), REQUEST_TIMEOUT_MS, 'the gateway query');
  assert.equal(response.body.kind, 'single');
  // The gateway builds results on null-prototype objects; compare them as plain JSON.
  return JSON.parse(JSON.stringify(response.body.singleResult));
}

process.on('exit', () => {
  for (const { child } of Object.values(hosts)) if (child.exitCode === null) child.kill('SIGKILL');
});

before(async () => {
  const build = spawnSync('dotnet', ['build', project, '-nologo', '-v', 'q', '-c', 'Debug'], { encoding: 'utf8', timeout: BUILD_TIMEOUT_MS });
  assert.equal(build.status, 0, `dotnet build failed:\n${build.stdout}\n${build.stderr}`);
  const [products, reviews] = await Promise.all([startHost('products'), startHost('reviews')]);
  hosts.products = products;
  hosts.reviews = reviews;
});

after(async () => {
  if (server) await server.stop();
  await Promise.all(Object.values(hosts).map(({ child }) => stopHost(child)));
});

test('the subgraph SDLs link Federation 2 and declare the Product key', async () => {
  for (const name of ['products', 'reviews']) {
    const sdl = await subgraphSdl(name);
    assert.match(sdl, /^extend schema @link\(url: "https:\/\/specs\.apollo\.dev\/federation\/v2\.3", import: \["@key"[^\]]*\]\)/);
    assert.match(sdl, /type Product @key\(fields: "id"\)/);
    assert.doesNotMatch(sdl, /_entities|_service|_Any|@lookup|@internal/);
  }
});

test('the two subgraphs compose without errors', async () => {
  const result = await compose();
  assert.equal(result.errors, undefined, (result.errors ?? []).map((e) => e.message).join('\n'));
  const supergraph = parse(result.supergraphSdl);
  const product = supergraph.definitions.find((d) => d.name?.value === 'Product');
  assert.deepEqual(product.fields.map((f) => f.name.value), ['id', 'name', 'price', 'weight', 'category', 'reviews', 'shippingEstimate']);
});

test('The Guild\'s federation-composition composes them too', async () => {
  const result = composeServicesWithGuild(await subgraphs());
  assert.equal(result.errors, undefined, (result.errors ?? []).map((e) => e.message).join('\n'));
  assert.match(result.supergraphSdl, /type Product @join__type\(graph: PRODUCTS, key: "id"\) @join__type\(graph: REVIEWS, key: "id"\)/);
});

test('Apollo Gateway answers queries that span both subgraphs', async () => {
  const result = await compose();
  assert.equal(result.errors, undefined);
  const gateway = new ApolloGateway({ supergraphSdl: result.supergraphSdl });
  server = new ApolloServer({ gateway });
  await withTimeout(server.start(), REQUEST_TIMEOUT_MS, 'the gateway start');

  const reviews = await gatewayQuery('{ reviews { body product { name price category { name } } } }');
  assert.equal(reviews.errors, undefined, JSON.stringify(reviews.errors));
  assert.deepEqual(reviews.data, {
    reviews: [
      { body: 'A classic.', product: { name: 'Dune', price: 12, category: { name: 'Books' } } },
      { body: 'Heavy but beautiful.', product: { name: 'Go board', price: 80, category: { name: 'Games' } } },
      { body: 'Still reading it.', product: { name: 'Dune', price: 12, category: { name: 'Books' } } },
    ],
  });

  // shippingEstimate @requires weight: the gateway fetches it from Products and sends it to Reviews.
  const estimates = await gatewayQuery('{ products { name shippingEstimate } }');
  assert.equal(estimates.errors, undefined, JSON.stringify(estimates.errors));
  assert.deepEqual(estimates.data, {
    products: [
      { name: 'Dune', shippingEstimate: 9 },
      { name: 'Go board', shippingEstimate: 30 },
      { name: 'Chess set', shippingEstimate: 17 },
    ],
  });

  const products = await gatewayQuery('{ products { name reviews { stars } } productById(id: "2") { name reviews { body } } }');
  assert.equal(products.errors, undefined, JSON.stringify(products.errors));
  assert.deepEqual(products.data, {
    products: [
      { name: 'Dune', reviews: [{ stars: 5 }, { stars: 4 }] },
      { name: 'Go board', reviews: [{ stars: 4 }] },
      { name: 'Chess set', reviews: [] },
    ],
    productById: { name: 'Go board', reviews: [{ body: 'Heavy but beautiful.' }] },
  });
});
