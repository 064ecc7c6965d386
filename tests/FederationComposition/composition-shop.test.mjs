// Apollo Federation 2 composition of the five shop subgraphs (Users, Products, Inventory, Orders,
// Payments): ECommerce.ApolloSubgraphs writes the SDL each subgraph's `_service { sdl }` answers,
// and @apollo/composition (and The Guild's composition) must compose them without errors, so an
// Apollo Router or Hive Gateway could sit in front of our subgraphs instead of our own gateway.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';
import { composeServices as composeServicesWithGuild } from '@theguild/federation-composition';

const here = path.dirname(fileURLToPath(import.meta.url));
const project = path.join(here, 'ECommerce.ApolloSubgraphs', 'ECommerce.ApolloSubgraphs.csproj');
const assembly = path.join(here, 'ECommerce.ApolloSubgraphs', 'bin', 'Debug', 'net10.0', 'ECommerce.ApolloSubgraphs.dll');
const BUILD_TIMEOUT_MS = 10 * 60_000;
const PRINT_TIMEOUT_MS = 2 * 60_000;
const names = ['users', 'products', 'inventory', 'orders', 'payments'];

let folder;
const services = [];

before(() => {
  const build = spawnSync('dotnet', ['build', project, '-nologo', '-v', 'q', '-c', 'Debug'], { encoding: 'utf8', timeout: BUILD_TIMEOUT_MS });
  assert.equal(build.status, 0, `dotnet build failed:\n${build.stdout}\n${build.stderr}`);
  folder = mkdtempSync(path.join(tmpdir(), 'shop-apollo-'));
  const print = spawnSync('dotnet', [assembly, folder], { encoding: 'utf8', timeout: PRINT_TIMEOUT_MS });
  assert.equal(print.status, 0, `printing the subgraph SDLs failed:\n${print.stdout}\n${print.stderr}`);
  for (const name of names) {
    services.push({ name, url: `http://${name}.invalid/graphql`, typeDefs: parse(readFileSync(path.join(folder, `${name}.graphql`), 'utf8')) });
  }
});

after(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

function typeNamed(document, name) {
  return document.definitions.find((d) => d.kind === 'ObjectTypeDefinition' && d.name.value === name);
}

function joinGraphsOf(type) {
  return type.directives.filter((d) => d.name.value === 'join__type').map((d) => d.arguments.find((a) => a.name.value === 'graph').value.value).sort();
}

test('the five shop subgraphs compose into an Apollo supergraph', () => {
  const result = composeServices(services);

  assert.equal(result.errors, undefined, (result.errors ?? []).map((e) => e.message).join('\n'));
  const supergraph = parse(result.supergraphSdl);
  assert.deepEqual(joinGraphsOf(typeNamed(supergraph, 'Product')), ['INVENTORY', 'ORDERS', 'PRODUCTS']);
  assert.deepEqual(joinGraphsOf(typeNamed(supergraph, 'Order')), ['ORDERS', 'PAYMENTS']);
  assert.deepEqual(joinGraphsOf(typeNamed(supergraph, 'User')), ['ORDERS', 'USERS']);
  assert.deepEqual(joinGraphsOf(typeNamed(supergraph, 'PageInfo')), ['ORDERS', 'PRODUCTS', 'USERS']);
  const product = typeNamed(supergraph, 'Product').fields.map((f) => f.name.value);
  for (const field of ['id', 'sku', 'name', 'price', 'category', 'inventory', 'inStock']) assert.ok(product.includes(field), `Product.${field} is missing from ${product}`);
  assert.ok(typeNamed(supergraph, 'Order').fields.some((f) => f.name.value === 'payment'));
});

test('the shared value types are shareable in every subgraph that defines them', () => {
  const shared = { PageInfo: 3, InvalidInputError: 5, InsufficientStockError: 2, PaymentDeclinedError: 2 };
  for (const [name, count] of Object.entries(shared)) {
    const defining = services.filter((s) => typeNamed(s.typeDefs, name));
    assert.equal(defining.length, count, `${name} is defined by ${defining.map((s) => s.name)}`);
    for (const service of defining) {
      assert.ok(typeNamed(service.typeDefs, name).directives.some((d) => d.name.value === 'shareable'), `${name} is not @shareable in ${service.name}`);
    }
  }
});

test('The Guild\'s federation-composition composes them too', () => {
  const result = composeServicesWithGuild(services);

  assert.equal(result.errors, undefined, (result.errors ?? []).map((e) => e.message).join('\n'));
  assert.match(result.supergraphSdl, /type Order @join__type\(graph: ORDERS, key: "id"\) @join__type\(graph: PAYMENTS, key: "id"\)/);
});
