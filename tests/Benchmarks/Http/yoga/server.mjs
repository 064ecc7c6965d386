// graphql-yoga + graphql-jit (through @envelop/graphql-jit) serving the schema and data of the
// engine benchmarks: the peer our server is measured against in run-http-benchmark.sh.
// Usage: node server.mjs <port>
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { createRoot } from '../../js/data.mjs';

const port = Number(process.argv[2] ?? 5301);
const typeDefs = readFileSync(new URL('../../documents/schema.graphql', import.meta.url), 'utf8');
const root = createRoot();

const schema = createSchema({
  typeDefs,
  resolvers: {
    Query: {
      shop: () => root.shop,
      products: () => root.products,
    },
  },
});

const yoga = createYoga({
  schema,
  plugins: [useGraphQlJit()],
  graphiql: false,
  landingPage: false,
  logging: false,
  maskedErrors: true,
});

const server = createServer((req, res) => {
  if (req.url === '/health') {
    res.end('ok');
    return;
  }
  yoga(req, res);
});
server.keepAliveTimeout = 60_000;
server.listen(port, '127.0.0.1', () => console.log(`yoga listening on http://127.0.0.1:${port}/graphql`));
