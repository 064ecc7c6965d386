// The storefront end to end, in Debian's Chromium: ./run.sh starts the whole shop (PostgreSQL, Redis,
// five subgraphs, the gateway and this storefront) on free loopback ports, once for the file; a new
// customer shops and pays in the browser, an admin ships the order through the API, and the open order
// page turns SHIPPED over the subscription without reloading. Also: the storefront's proxy forwards
// GraphQL over HTTP and graphql-ws to the gateway.
// Needs the solution built (./test.sh builds before it runs npm tests) and /usr/bin/chromium.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPO_ROOT = path.resolve(WEB_DIR, '..', '..');
const SCREENSHOTS = path.join(WEB_DIR, 'test-results', 'screenshots');
const CHROMIUM = '/usr/bin/chromium';
const LOOPBACK = '127.0.0.1';

// Bounds. Five subgraphs migrate and seed one after the other before the gateway and the storefront
// start; under load on 2 cores that takes most of a minute.
const SHOP_START_TIMEOUT_MS = 240_000;
const SHOP_STOP_TIMEOUT_MS = 45_000;
const UI_TIMEOUT_MS = 15_000;
const ORDER_TIMEOUT_MS = 30_000;

const ADMIN = { email: 'admin@shop.local', password: 'Admin#Shop2026' };
const TEST_CARD = '4242424242424242';
const SEARCH_TERM = 'headphones';
const ADDRESS = { name: 'Erin Example', line1: '1 Test Street', city: 'Berlin', postalCode: '10115', country: 'DE' };

// ---------------------------------------------------------------------------------------------
// polling with a bound (never a fixed sleep)

async function eventually(check, { timeout = UI_TIMEOUT_MS, interval = 100, what }) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = undefined;
    } catch (error) {
      last = error;
    }
    if (Date.now() >= deadline) {
      throw new Error(`not within ${timeout} ms: ${what}${last ? ` (last error: ${last.message})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

// Waits until the locator's trimmed text satisfies the test (a string: equal; a RegExp: matches).
async function expectText(locator, expected, { timeout = UI_TIMEOUT_MS, what } = {}) {
  let text;
  const matches = (value) => (expected instanceof RegExp ? expected.test(value) : value === expected);
  await eventually(async () => {
    text = ((await locator.textContent({ timeout: 1_000 })) ?? '').trim();
    return matches(text);
  }, { timeout, what: `${what ?? locator}: text ${expected} (last seen: ${JSON.stringify(text)})` });
  return text;
}

async function expectCount(locator, predicate, { timeout = UI_TIMEOUT_MS, what }) {
  let count;
  await eventually(async () => predicate((count = await locator.count())), {
    timeout,
    what: `${what} (last count: ${count})`,
  });
  return count;
}

// ---------------------------------------------------------------------------------------------
// the shop: ./run.sh on free ports

async function freePorts(count) {
  const servers = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = createServer();
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, LOOPBACK, resolve);
      });
      servers.push(server);
    }
    return servers.map((server) => server.address().port);
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}

// The processes of a process group, as "pid command line" (from /proc).
async function processGroupMembers(groupId) {
  const members = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const [state, , group] = stat.slice(stat.lastIndexOf(')') + 2).split(' '); // state, parent, process group
      if (Number(group) !== groupId || state === 'Z') continue; // a zombie is already gone
      const commandLine = (await readFile(`/proc/${entry}/cmdline`, 'utf8')).replaceAll('\0', ' ').trim();
      members.push(`${entry} ${commandLine}`);
    } catch {
      // the process ended while being looked at
    }
  }
  return members;
}

class Shop {
  // The ports are chosen before run.sh binds them, and its start takes a minute, so another process may
  // take one in between: run.sh then stops with "already in use", and the start is repeated on other
  // ports (a new data folder), at most three times (as tests/ECommerce.Testing.Tests RunScriptShopTests do).
  static async start() {
    const deadline = Date.now() + SHOP_START_TIMEOUT_MS; // for all attempts: a clash stops run.sh within seconds
    for (let attempt = 1; ; attempt++) {
      const shop = await Shop.#launch();
      try {
        await shop.#waitUntilServing(deadline);
        return shop;
      } catch (error) {
        const portTaken = await shop.#saysPortTaken();
        await shop.stop();
        if (!portTaken || attempt >= 3) throw error;
        console.error(`run.sh (attempt ${attempt}) found a port taken ("already in use"); starting again on other ports`);
      }
    }
  }

  static async #launch() {
    const names = ['POSTGRES', 'REDIS', 'GATEWAY', 'USERS', 'PRODUCTS', 'INVENTORY', 'ORDERS', 'PAYMENTS', 'STOREFRONT'];
    const ports = Object.fromEntries((await freePorts(names.length)).map((port, i) => [names[i], port]));
    const root = await mkdtemp(path.join(tmpdir(), 'ecommerce-web-e2e-'));
    // As root, run.sh runs PostgreSQL as the postgres user, which must be able to enter the folder.
    await chmod(root, 0o755);
    const dataDir = path.join(root, 'data');
    const env = {
      ...process.env,
      ECOMMERCE_DATA_DIR: dataDir,
      ECOMMERCE_SKIP_BUILD: '1',
      ECOMMERCE_NO_INSTALL: '1',
      ...Object.fromEntries(names.map((name) => [`ECOMMERCE_${name}_PORT`, String(ports[name])])),
    };
    // Servers configured for a developer's ./run.sh must not be used: this shop starts its own.
    for (const name of ['ECOMMERCE_POSTGRES', 'ECOMMERCE_REDIS', 'ECOMMERCE_SERVICES', 'ECOMMERCE_GATEWAY_URL', 'PORT', 'HOST']) {
      delete env[name];
    }
    const child = spawn(path.join(REPO_ROOT, 'run.sh'), [], {
      cwd: REPO_ROOT,
      env,
      detached: true, // its own process group, so that a stuck run can be killed whole
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new Shop(child, ports, root, dataDir);
  }

  #output = [];
  #portTaken = false;
  #exit;

  constructor(child, ports, root, dataDir) {
    this.child = child;
    this.ports = ports;
    this.root = root;
    this.dataDir = dataDir;
    this.storefrontUrl = `http://${LOOPBACK}:${ports.STOREFRONT}`;
    this.gatewayUrl = `http://${LOOPBACK}:${ports.GATEWAY}/graphql`;
    for (const stream of [child.stdout, child.stderr]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        if (/already in use/i.test(chunk)) this.#portTaken = true;
        this.#output.push(...chunk.split('\n').filter((line) => line.length > 0));
        if (this.#output.length > 400) this.#output.splice(0, this.#output.length - 400);
      });
    }
    this.#exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    this.exited = false;
    this.#exit.then(() => (this.exited = true));
  }

  async #waitUntilServing(deadline) {
    // eventually() retries a check that throws, so run.sh's exit is a result that ends the wait at once.
    const outcome = await eventually(async () => {
      if (this.exited) return 'exited';
      const [gateway, storefront] = await Promise.all([
        graphql(this.gatewayUrl, '{ __typename }').catch(() => undefined),
        fetch(`${this.storefrontUrl}/`, { signal: AbortSignal.timeout(5_000) }).catch(() => undefined),
      ]);
      return gateway?.data?.__typename === 'Query' && storefront?.ok && (await storefront.text()).includes('<') && 'serving';
    }, { timeout: Math.max(0, deadline - Date.now()), interval: 500, what: 'the gateway and the storefront answer' }).catch(async (error) => {
      throw new Error(`${error.message}\nrun.sh output:\n${this.outputTail(40)}\n${await this.logTails()}`);
    });
    if (outcome === 'exited') {
      throw new Error(`run.sh exited before the shop was up:\n${this.outputTail(40)}`);
    }
  }

  // run.sh's own port checks and the servers it starts (Kestrel, Node, PostgreSQL, Redis) all say "already in use".
  async #saysPortTaken() {
    const sign = /already in use/i;
    return this.#portTaken || sign.test(this.outputTail(400)) || sign.test(await this.logTails(400));
  }

  outputTail(lines) {
    return this.#output.slice(-lines).join('\n');
  }

  // The last lines of every log run.sh keeps (ECOMMERCE_DATA_DIR/logs/*.log).
  async logTails(lines = 25) {
    const folder = path.join(this.dataDir, 'logs');
    const files = existsSync(folder) ? (await readdir(folder)).filter((name) => name.endsWith('.log')).sort() : [];
    const parts = [];
    for (const file of files) {
      const text = (await readFile(path.join(folder, file), 'utf8')).split('\n').filter((line) => line.trim() !== '');
      parts.push(`--- ${file} (last ${Math.min(lines, text.length)} of ${text.length} lines)\n${text.slice(-lines).join('\n')}`);
    }
    return parts.join('\n') || `(no logs in ${folder})`;
  }

  // Ctrl-C, as a developer stops it; the whole process group is killed when that takes too long.
  async stop() {
    if (!this.exited) {
      process.kill(this.child.pid, 'SIGINT');
      const stopped = await Promise.race([
        this.#exit.then(() => true),
        new Promise((resolve) => setTimeout(resolve, SHOP_STOP_TIMEOUT_MS, false)).then((value) => value),
      ]);
      if (!stopped) {
        console.error(`run.sh did not stop within ${SHOP_STOP_TIMEOUT_MS} ms of SIGINT; killing its process group`);
        try {
          process.kill(-this.child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
        await this.#exit;
      }
    }
    // run.sh stops what it started; anything still in its process group outlived it (and would keep
    // this test process alive through the output pipes it holds): reported, then killed.
    const leftovers = await eventually(async () => {
      const members = await processGroupMembers(this.child.pid);
      return members.length === 0 ? [] : undefined;
    }, { timeout: 10_000, what: 'run.sh leaves no process behind' }).catch(async () => processGroupMembers(this.child.pid));
    if (leftovers.length > 0) {
      try {
        process.kill(-this.child.pid, 'SIGKILL');
      } catch {
        // gone in the meantime
      }
    }
    this.child.stdout.destroy();
    this.child.stderr.destroy();
    // The logs stay with the screenshots (test-results/ is git-ignored) for a look after the run.
    const logs = path.join(this.dataDir, 'logs');
    const kept = path.join(WEB_DIR, 'test-results', 'run-logs');
    await rm(kept, { recursive: true, force: true });
    if (existsSync(logs)) await cp(logs, kept, { recursive: true });
    await rm(this.root, { recursive: true, force: true, maxRetries: 3 });
    return { ...(await this.#exit), leftovers };
  }
}

// ---------------------------------------------------------------------------------------------
// the API (the admin's side and the proxy checks)

async function graphql(url, query, variables = {}, token) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${url} answered ${response.status} with no JSON: ${text.slice(0, 300)}`);
  }
}

// The data of a GraphQL answer that must have no errors (GraphQL errors or typed payload errors).
function dataOf(result, field) {
  assert.equal(result.errors, undefined, `GraphQL errors: ${JSON.stringify(result.errors)}`);
  const payload = result.data[field];
  assert.ok(payload, `no ${field} in ${JSON.stringify(result.data)}`);
  assert.ok(!payload.errors || payload.errors.length === 0, `${field} errors: ${JSON.stringify(payload.errors)}`);
  return payload;
}

async function logIn(url, { email, password }) {
  const result = await graphql(url, `mutation LogIn($input: LogInInput!) {
    logIn(input: $input) { token user { email role } errors { __typename ... on Error { message } } } }`, { input: { email, password } });
  return dataOf(result, 'logIn');
}

async function shipOrder(url, adminToken, orderId) {
  const result = await graphql(url, `mutation ShipOrder($input: ShipOrderInput!) {
    shipOrder(input: $input) { order { id status } errors { __typename ... on Error { message } } } }`,
  { input: { orderId, trackingNumber: 'E2E-TRACK-1' } }, adminToken);
  return dataOf(result, 'shipOrder').order;
}

// The shop's services warm up before run.sh says ready (subgraphs/ServiceDefaults/README.md), so even
// the first checkout after the start finishes within the gateway's subgraph timeout: no retry here.
async function checkOut(url, token) {
  const input = { shippingAddress: ADDRESS, paymentMethod: TEST_CARD, idempotencyKey: `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}` };
  const result = await graphql(url, `mutation Checkout($input: CheckoutInput!) {
    checkout(input: $input) { order { id status } errors { __typename ... on Error { message } } } }`, { input }, token);
  return dataOf(result, 'checkout');
}

async function placeOrder(page) {
  await byTestId(page, 'place-order').click();
  const outcome = await eventually(async () => {
    const id = /^\/orders\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname)?.[1];
    if (id) return { id };
    const errors = (await byTestId(page, 'form-error').allTextContents()).join(' ').trim();
    return errors ? { errors } : undefined;
  }, { timeout: ORDER_TIMEOUT_MS, what: 'the order page /orders/:id (or a form error) after Place order' });
  if (outcome.id) return outcome.id;
  throw new Error(`checkout failed: ${outcome.errors}`);
}

function uniqueEmail(purpose) {
  return `e2e-${purpose}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

// ---------------------------------------------------------------------------------------------
// the browser

function requireChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Debian's Chromium is missing (${CHROMIUM}); install it with: apt-get install -y chromium (./test.sh does this as root)`);
  }
}

async function openPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
  page.setDefaultTimeout(UI_TIMEOUT_MS);
  return { page, context, consoleErrors };
}

async function screenshot(page, name) {
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

// Runs a browser test; on failure prints what helps: the page's URL and screenshot, the browser's
// console errors and the last lines of run.sh's logs.
async function inBrowser(name, shop, browser, body) {
  const { page, context, consoleErrors } = await openPage(browser);
  try {
    await body(page, consoleErrors);
  } catch (error) {
    const report = [`${name} failed at ${page.url()}`];
    try {
      report.push(`screenshot: ${await screenshot(page, `FAILED-${name}`)}`);
    } catch (screenshotError) {
      report.push(`no screenshot: ${screenshotError.message}`);
    }
    const formErrors = await byTestId(page, 'form-error').allTextContents().catch(() => []);
    if (formErrors.length) report.push(`form-error on the page: ${formErrors.map((text) => text.trim()).join(' | ')}`);
    report.push(`browser console errors:\n${consoleErrors.join('\n') || '(none)'}`);
    report.push(`run.sh logs:\n${await shop.logTails()}`);
    console.error(report.join('\n'));
    throw error;
  } finally {
    await context.close();
  }
}

const byTestId = (scope, id) => scope.getByTestId(id);
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---------------------------------------------------------------------------------------------
// the tests

describe('storefront end to end (./run.sh, Chromium)', () => {
  // Started by the first test that needs it and shared by all (one ./run.sh for the file). A failure to
  // start fails every test with its reason (a failing `before` hook is not counted as failed tests).
  let starting;
  let shop;
  let browser;
  const setUp = () => (starting ??= (async () => {
    requireChromium();
    shop = await Shop.start();
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  })());

  after(async () => {
    await starting?.catch(() => {});
    await browser?.close();
    if (shop) {
      const { code, signal, leftovers } = await shop.stop();
      assert.equal(signal ?? code, 0, 'run.sh exits with code 0 on SIGINT');
      assert.deepEqual(leftovers, [], 'no process of run.sh outlives it');
    }
  }, { timeout: SHOP_STOP_TIMEOUT_MS + 30_000 });

  test('the catalog page lists seeded products with name, price and stock', { timeout: SHOP_START_TIMEOUT_MS + 60_000 }, async () => {
    await setUp();
    await inBrowser('catalog', shop, browser, async (page) => {
      // Act
      await page.goto(`${shop.storefrontUrl}/`);
      const cards = byTestId(page, 'product-card');
      await expectCount(cards, (n) => n > 0, { what: 'product cards on the catalog page' });

      // Assert
      const first = cards.first();
      await expectText(byTestId(first, 'product-name'), /\S/, { what: 'a product name' });
      await expectText(byTestId(first, 'product-price'), /\d/, { what: 'a product price' });
      await expectText(byTestId(first, 'product-stock'), /stock/i, { what: 'a stock line' });
      const href = await byTestId(first, 'product-link').getAttribute('href');
      assert.match(href, /\/products\/[0-9a-f-]{36}$/);
      await screenshot(page, 'catalog');
    });
  });

  test('the storefront proxy forwards GraphQL over HTTP and graphql-ws subscriptions to the gateway', { timeout: SHOP_START_TIMEOUT_MS + 90_000 }, async () => {
    await setUp();
    const proxied = `${shop.storefrontUrl}/graphql`;

    // HTTP, anonymous: the same answer as from the gateway itself
    const catalogQuery = '{ products(first: 3) { totalCount nodes { id sku name price } } }';
    const [viaProxy, direct] = await Promise.all([graphql(proxied, catalogQuery), graphql(shop.gatewayUrl, catalogQuery)]);
    assert.equal(viaProxy.data?.products?.totalCount, 1200, JSON.stringify(viaProxy));
    assert.deepEqual(viaProxy, direct);

    // HTTP with the Authorization header: a customer buys one product through the proxy
    const email = uniqueEmail('proxy');
    const signUp = dataOf(await graphql(proxied, `mutation SignUp($input: SignUpInput!) {
      signUp(input: $input) { token errors { __typename ... on Error { message } } } }`,
    { input: { email, password: 'E2e#Proxy2026', name: 'Proxy Customer' } }), 'signUp');
    const me = await graphql(proxied, '{ me { email } }', {}, signUp.token);
    assert.equal(me.data?.me?.email, email, JSON.stringify(me));
    const inStock = (await graphql(proxied, '{ products(first: 30) { nodes { id inStock } } }')).data.products.nodes.find((p) => p.inStock);
    assert.ok(inStock, 'an in-stock product among the first 30');
    dataOf(await graphql(proxied, `mutation Add($input: AddToCartInput!) { addToCart(input: $input) { errors { __typename ... on Error { message } } } }`,
      { input: { productId: inStock.id, quantity: 1 } }, signUp.token), 'addToCart');
    const checkout = await checkOut(proxied, signUp.token);
    const orderId = checkout.order.id;

    // WebSocket (graphql-transport-ws) through the proxy, from a page of the storefront's origin
    await inBrowser('proxy-websocket', shop, browser, async (page) => {
      await page.goto(`${shop.storefrontUrl}/`);
      await page.evaluate(({ token, orderId }) => {
        window.e2eSocket = { messages: [], closed: null };
        const socket = new WebSocket(`ws://${location.host}/graphql`, 'graphql-transport-ws');
        socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${token}` } }));
        socket.onclose = (event) => { window.e2eSocket.closed = `${event.code} ${event.reason}`; };
        socket.onmessage = (event) => {
          const message = JSON.parse(event.data);
          window.e2eSocket.messages.push(message);
          if (message.type === 'connection_ack') {
            socket.send(JSON.stringify({
              id: '1', type: 'subscribe',
              payload: { query: 'subscription Watch($orderId: ID!) { orderStatusChanged(orderId: $orderId) { orderId status previousStatus } }', variables: { orderId } },
            }));
          }
        };
      }, { token: signUp.token, orderId });
      const statuses = async () => {
        const socket = await page.evaluate(() => window.e2eSocket);
        if (socket.closed) throw new Error(`the socket closed (${socket.closed}) after ${JSON.stringify(socket.messages)}`);
        const errors = socket.messages.filter((message) => message.type === 'error' || message.payload?.errors);
        assert.deepEqual(errors, [], 'no subscription errors');
        return socket.messages.filter((message) => message.type === 'next').map((message) => message.payload.data.orderStatusChanged.status);
      };

      const first = await eventually(async () => (await statuses()).length >= 1 && statuses(), { what: 'the current status over the proxied socket' });
      assert.equal(first[0], checkout.order.status);
      const admin = await logIn(proxied, ADMIN);
      await shipOrder(proxied, admin.token, orderId);
      const all = await eventually(async () => { const seen = await statuses(); return seen.includes('SHIPPED') && seen; },
        { timeout: ORDER_TIMEOUT_MS, what: 'SHIPPED over the proxied socket' });
      assert.equal(all.at(-1), 'SHIPPED');
    });
  });

  test('a new customer signs up, searches, pays for two products, and sees the order turn SHIPPED live', { timeout: SHOP_START_TIMEOUT_MS + 150_000 }, async () => {
    await setUp();
    await inBrowser('shopping', shop, browser, async (page) => {
      const email = uniqueEmail('shopper');

      // Sign up
      await page.goto(`${shop.storefrontUrl}/signup`);
      await byTestId(page, 'signup-name').fill(ADDRESS.name);
      await byTestId(page, 'signup-email').fill(email);
      await byTestId(page, 'signup-password').fill('E2e#Shopper2026');
      await byTestId(page, 'signup-submit').click();
      await expectText(byTestId(page, 'current-user'), new RegExp(escapeRegExp(email)), { what: 'the new user in the header' });
      await expectText(byTestId(page, 'cart-count'), /^0?$/, { what: 'an empty cart' });

      // Search the catalog
      await byTestId(page, 'nav-catalog').click();
      await expectCount(byTestId(page, 'product-card'), (n) => n > 0, { what: 'product cards on the catalog page' });
      await byTestId(page, 'search-input').fill(SEARCH_TERM);
      await byTestId(page, 'search-submit').click();
      await eventually(() => new URL(page.url()).searchParams.get('search') === SEARCH_TERM, { what: `the URL has ?search=${SEARCH_TERM}` });
      const names = await eventually(async () => {
        const found = (await byTestId(page, 'product-name').allTextContents()).map((name) => name.trim());
        return found.length >= 2 && found.every((name) => /headphones/i.test(name)) && found;
      }, { what: `at least two results, every one named like "${SEARCH_TERM}"` });
      await screenshot(page, 'search-results');

      // Two different products in stock, each added from its product page
      const chosen = [];
      for (const card of await byTestId(page, 'product-card').all()) {
        if (/out of stock/i.test(await byTestId(card, 'product-stock').textContent())) continue;
        chosen.push({ name: (await byTestId(card, 'product-name').textContent()).trim(), href: await byTestId(card, 'product-link').getAttribute('href') });
        if (chosen.length === 2) break;
      }
      assert.equal(chosen.length, 2, `two in-stock products among the results: ${names.join(', ')}`);
      assert.notEqual(chosen[0].href, chosen[1].href);

      for (const [index, product] of chosen.entries()) {
        if (index > 0) {
          await page.goBack();
          await expectCount(byTestId(page, 'product-card'), (n) => n >= 2, { what: 'the search results again after Back' });
        }
        await page.locator(`[data-testid="product-link"][href="${product.href}"]`).click();
        await eventually(() => new URL(page.url()).pathname === product.href, { what: `the product page ${product.href}` });
        await expectText(byTestId(page, 'product-name'), product.name, { what: 'the product page name' });
        await expectText(byTestId(page, 'product-stock'), /^In stock/i, { what: 'the product in stock' });
        await expectText(byTestId(page, 'product-price'), /\d/, { what: 'the product price' });
        await byTestId(page, 'quantity-input').fill('1');
        await byTestId(page, 'add-to-cart').click();
        await byTestId(page, 'add-to-cart-done').waitFor({ state: 'visible' });
        await expectText(byTestId(page, 'cart-count'), String(index + 1), { what: 'the cart count in the header' });
        if (index === 0) await screenshot(page, 'product');
      }

      // Cart
      await byTestId(page, 'nav-cart').click();
      await expectCount(byTestId(page, 'cart-line'), (n) => n === 2, { what: 'two cart lines' });
      assert.deepEqual(
        (await byTestId(page, 'cart-line-name').allTextContents()).map((name) => name.trim()).sort(),
        chosen.map((product) => product.name).sort());
      assert.deepEqual((await byTestId(page, 'cart-line-quantity').allTextContents()).map((quantity) => quantity.trim()), ['1', '1']);
      await expectText(byTestId(page, 'cart-total'), /\d/, { what: 'the cart total' });
      await screenshot(page, 'cart');

      // Checkout with the test card
      await byTestId(page, 'go-to-checkout').click();
      await eventually(() => new URL(page.url()).pathname === '/checkout', { what: 'the checkout page' });
      await byTestId(page, 'address-name').fill(ADDRESS.name);
      await byTestId(page, 'address-line1').fill(ADDRESS.line1);
      await byTestId(page, 'address-city').fill(ADDRESS.city);
      await byTestId(page, 'address-postal-code').fill(ADDRESS.postalCode);
      await byTestId(page, 'address-country').fill(ADDRESS.country);
      await byTestId(page, 'card-number').fill(TEST_CARD);
      await screenshot(page, 'checkout');
      const orderId = await placeOrder(page);

      // The order page: PAID, both products, the payment, live
      await expectText(byTestId(page, 'order-status'), 'PAID', { timeout: ORDER_TIMEOUT_MS, what: 'the order status' });
      await expectText(byTestId(page, 'order-id'), new RegExp(orderId.slice(0, 8)), { what: 'the order id' });
      await expectText(byTestId(page, 'payment-status'), /SUCCEEDED/i, { what: 'the payment status' });
      await expectText(byTestId(page, 'order-total'), /\d/, { what: 'the order total' });
      assert.deepEqual(
        (await byTestId(page, 'order-item-name').allTextContents()).map((name) => name.trim()).sort(),
        chosen.map((product) => product.name).sort());
      await expectText(byTestId(page, 'cart-count'), /^0?$/, { what: 'the cart emptied by the checkout' });
      const live = byTestId(page, 'live-indicator');
      await eventually(async () => (await live.getAttribute('data-live')) === 'true', { what: 'the subscription connected (data-live="true")' });
      await screenshot(page, 'order-paid');

      // An admin ships it through the API; the open page follows without reloading
      await page.evaluate(() => { window.e2eSamePage = 'not reloaded'; });
      let navigations = 0;
      page.on('framenavigated', (frame) => { if (frame === page.mainFrame()) navigations += 1; });
      const admin = await logIn(shop.gatewayUrl, ADMIN);
      assert.equal(admin.user.role, 'ADMIN');
      const shipped = await shipOrder(shop.gatewayUrl, admin.token, orderId);
      assert.equal(shipped.status, 'SHIPPED');

      await expectText(byTestId(page, 'order-status'), 'SHIPPED', { timeout: ORDER_TIMEOUT_MS, what: 'the order status after shipOrder' });
      await expectText(byTestId(page, 'order-history'), /PAID[\s\S]*SHIPPED/, { timeout: UI_TIMEOUT_MS, what: 'the order history after shipOrder' });
      assert.equal(await page.evaluate(() => window.e2eSamePage), 'not reloaded', 'the page was not reloaded');
      assert.equal(navigations, 0, 'no navigation happened while the status changed');
      assert.equal(new URL(page.url()).pathname, `/orders/${orderId}`);
      await screenshot(page, 'order-shipped');
    });
  });
});
