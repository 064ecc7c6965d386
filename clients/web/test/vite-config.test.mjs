// vite.config.ts: the dev and preview servers listen on HOST:PORT and proxy the same-origin
// /graphql (HTTP and WebSocket) to ECOMMERCE_GATEWAY_URL.
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadConfigFromFile } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const variables = ['ECOMMERCE_GATEWAY_URL', 'PORT', 'HOST'];

async function configWith(environment) {
  const saved = Object.fromEntries(variables.map((name) => [name, process.env[name]]));
  for (const name of variables) delete process.env[name];
  Object.assign(process.env, environment);
  try {
    const loaded = await loadConfigFromFile({ command: 'serve', mode: 'production', isPreview: true }, join(root, 'vite.config.ts'), root, 'silent');
    return loaded.config;
  } finally {
    for (const name of variables) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  }
}

test('without settings: 127.0.0.1:5200, /graphql to the gateway at http://127.0.0.1:5000/graphql', async () => {
  // Act
  const config = await configWith({});

  // Assert
  const proxy = config.preview.proxy['/graphql'];
  assert.equal(proxy.target, 'http://127.0.0.1:5000');
  assert.equal(proxy.rewrite('/graphql'), '/graphql');
  assert.equal(proxy.ws, true);
  assert.equal(config.preview.port, 5200);
  assert.equal(config.preview.host, '127.0.0.1');
  assert.equal(config.preview.strictPort, true);
  assert.deepEqual(config.server.proxy, config.preview.proxy);
});

test('ECOMMERCE_GATEWAY_URL, PORT and HOST are read', async () => {
  // Act
  const config = await configWith({ ECOMMERCE_GATEWAY_URL: 'http://127.0.0.1:6123', PORT: '6200', HOST: '0.0.0.0' });

  // Assert
  assert.equal(config.preview.proxy['/graphql'].target, 'http://127.0.0.1:6123');
  assert.equal(config.preview.proxy['/graphql'].rewrite('/graphql?x=1'), '/graphql?x=1');
  assert.equal(config.preview.port, 6200);
  assert.equal(config.preview.host, '0.0.0.0');
});

test('the gateway endpoint itself (as run.sh gives it to the services) keeps its path', async () => {
  // Act
  const endpoint = await configWith({ ECOMMERCE_GATEWAY_URL: 'http://127.0.0.1:6123/graphql' });
  const mounted = await configWith({ ECOMMERCE_GATEWAY_URL: 'https://shop.internal:8443/api/graphql/' });

  // Assert
  assert.equal(endpoint.preview.proxy['/graphql'].target, 'http://127.0.0.1:6123');
  assert.equal(endpoint.preview.proxy['/graphql'].rewrite('/graphql'), '/graphql');
  assert.equal(mounted.preview.proxy['/graphql'].target, 'https://shop.internal:8443');
  assert.equal(mounted.preview.proxy['/graphql'].rewrite('/graphql'), '/api/graphql');
});

test('a gateway URL or port that is not one is refused with the variable named', async () => {
  await assert.rejects(configWith({ ECOMMERCE_GATEWAY_URL: 'ws://127.0.0.1:5000' }), /ECOMMERCE_GATEWAY_URL=ws:\/\/127\.0\.0\.1:5000 is not an http\(s\) URL/);
  await assert.rejects(configWith({ ECOMMERCE_GATEWAY_URL: 'not a url' }), /ECOMMERCE_GATEWAY_URL=not a url is not a URL/);
  await assert.rejects(configWith({ PORT: 'eighty' }), /PORT=eighty is not a port number/);
});
