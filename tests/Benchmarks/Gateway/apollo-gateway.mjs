// Apollo Gateway (@apollo/gateway + @apollo/server standalone, one process, no cluster) serving a
// supergraph file: node apollo-gateway.mjs PORT SUPERGRAPH_FILE
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway } from '@apollo/gateway';

const [port, supergraphFile] = process.argv.slice(2);
if (!port || !supergraphFile) {
  console.error('usage: node apollo-gateway.mjs PORT SUPERGRAPH_FILE');
  process.exit(2);
}

const gateway = new ApolloGateway({ supergraphSdl: readFileSync(supergraphFile, 'utf8') });
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: Number(port) } });
console.log(`Apollo Gateway ready at ${url}`);
