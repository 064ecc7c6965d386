// The storefront's formatting helpers (src/format.ts), loaded through Vite's module runner.
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let server;
let format;

before(async () => {
  server = await createServer({ root, configFile: false, logLevel: 'silent', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } });
  format = await server.ssrLoadModule('/src/format.ts');
});

after(() => server?.close());

test('cart totals are summed in cents: 3 × 0.10 + 0.20 is 0.50 exactly', () => {
  assert.equal(format.total([{ price: 0.1, quantity: 3 }, { price: 0.2, quantity: 1 }]), 0.5);
  assert.equal(format.total([{ price: 19.99, quantity: 3 }]), 59.97);
  assert.equal(format.total([]), 0);
});

test('money is shown with the currency symbol and two decimals', () => {
  assert.equal(format.money(59.9, 'EUR'), '€59.90');
  assert.equal(format.money(1234.5, 'EUR'), '€1,234.50');
});

test('the stock text the product page and the catalog show, unknown when Inventory did not answer', () => {
  assert.deepEqual(format.stock({ inStock: true, inventory: { available: 37, lowStock: false } }), { text: 'In stock (37 available)', className: 'stock in' });
  assert.deepEqual(format.stock({ inStock: true, inventory: { available: 2, lowStock: true } }), { text: 'In stock (2 available)', className: 'stock in low' });
  assert.deepEqual(format.stock({ inStock: false, inventory: { available: 0 } }), { text: 'Out of stock', className: 'stock out' });
  assert.deepEqual(format.stock({ inStock: null, inventory: null }), { text: 'Stock unknown right now', className: 'stock unknown' });
});

test('idempotency keys are distinct version 4 UUIDs', () => {
  const keys = Array.from({ length: 200 }, () => format.uuid());
  for (const key of keys) assert.match(key, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(new Set(keys).size, keys.length);
});

test('pictures on reserved domains (the seed catalog) are not requested; others are', () => {
  assert.equal(format.displayableImage('https://images.shop.example/products/sku-00001.jpg'), null);
  assert.equal(format.displayableImage(null), null);
  assert.equal(format.displayableImage('https://cdn.shop.eu/p/1.jpg'), 'https://cdn.shop.eu/p/1.jpg');
});
