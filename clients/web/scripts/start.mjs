// npm start: the typed operations (codegen), then a production build of the storefront served
// by `vite preview`, whose proxy sends /graphql (HTTP and WebSocket) to ECOMMERCE_GATEWAY_URL.
// It listens on HOST:PORT (default 127.0.0.1:5200). The build goes to a folder of its own, so that two storefronts started at the
// same time (run.sh and a test) never overwrite each other's files; it is removed on exit.
// ECOMMERCE_STOREFRONT_BUILD names a finished `npm run build` output instead (the Docker image builds
// it at image build time): it is served as it is, nothing is generated or built, nothing removed.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import { generateOperationTypes } from './codegen.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const prebuilt = process.env.ECOMMERCE_STOREFRONT_BUILD?.trim() || undefined;
if (prebuilt && !existsSync(join(prebuilt, 'index.html'))) {
  console.error(`storefront: ECOMMERCE_STOREFRONT_BUILD=${prebuilt} holds no index.html; run npm run build first`);
  process.exit(1);
}
const outDir = prebuilt ?? mkdtempSync(join(tmpdir(), 'ecommerce-storefront-'));
// Vite's preview server exits on SIGTERM by itself; 'exit' covers that way out too.
if (!prebuilt) process.on('exit', () => rmSync(outDir, { recursive: true, force: true }));

let server;
async function stop(code) {
  try {
    await server?.close();
  } finally {
    process.exit(code);
  }
}

try {
  if (!prebuilt) {
    await generateOperationTypes(root);
    await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  }
  server = await preview({ root, build: { outDir } });
} catch (error) {
  console.error(`storefront: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}

for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => void stop(0));
const gateway = server.config.preview.proxy['/graphql'].target;
console.log(`storefront: serving ${server.resolvedUrls.local[0] ?? server.resolvedUrls.network[0] ?? ''} (production build${prebuilt ? ` from ${prebuilt}` : ''}; /graphql goes to the gateway at ${gateway})`);
