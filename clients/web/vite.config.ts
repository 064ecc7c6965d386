import { defineConfig, type ProxyOptions, type UserConfig } from 'vite';

const defaultGatewayUrl = 'http://127.0.0.1:5000';
const proxiedPath = '/graphql';

// The gateway the storefront's same-origin /graphql (HTTP and WebSocket) goes to. Both
// "http://host:port" and the endpoint itself ("http://host:port/graphql", as run.sh hands it to
// every service) are accepted.
export function gatewayProxy(gatewayUrl: string | undefined): ProxyOptions {
  const value = gatewayUrl?.trim() || defaultGatewayUrl;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ECOMMERCE_GATEWAY_URL=${value} is not a URL; expected e.g. ${defaultGatewayUrl}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`ECOMMERCE_GATEWAY_URL=${value} is not an http(s) URL; expected e.g. ${defaultGatewayUrl}`);
  }
  const endpointPath = url.pathname === '/' ? proxiedPath : url.pathname.replace(/\/+$/, '');
  return {
    target: url.origin,
    changeOrigin: true,
    ws: true,
    rewrite: (path) => endpointPath + path.slice(proxiedPath.length),
  };
}

function port(value: string | undefined): number {
  const parsed = Number(value || 5200);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 65535) {
    throw new Error(`PORT=${value} is not a port number`);
  }
  return parsed;
}

export default defineConfig((): UserConfig => {
  const proxy = { [proxiedPath]: gatewayProxy(process.env.ECOMMERCE_GATEWAY_URL) };
  const listen = { port: port(process.env.PORT), host: process.env.HOST || '127.0.0.1', strictPort: true, proxy };
  return {
    appType: 'spa',
    server: listen,
    preview: listen,
    build: { target: 'es2022', sourcemap: true },
  };
});
