// Composition for the gateway benchmark, from the running subgraphs:
//   node compose.mjs --out DIR NAME=URL...
// writes DIR/supergraph.graphql (Apollo Federation 2 supergraph, @apollo/composition, what Apollo
// Gateway and Hive Gateway load), DIR/fusion.json (this folder's fusion.json with the URLs and
// absolute schema paths, what our gateway loads) and DIR/query-plan.txt (Apollo's plan of the
// TestQuery), and prints "plan steps S fetches F": S = sequential subgraph round trips of that plan.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import { composeServices } from '@apollo/composition';
import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { QueryPlanner, prettyFormatQueryPlan } from '@apollo/query-planner';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const testQuery = readFileSync(path.join(here, 'test-query.graphql'), 'utf8');
export const subgraphNames = ['accounts', 'inventory', 'products', 'reviews'];
const REQUEST_TIMEOUT_MS = 30_000;

export async function postGraphQL(url, query, headers = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return { status: response.status, text: await response.text() };
}

/** The Apollo Federation 2 SDL a subgraph serves at `_service { sdl }`. */
export async function subgraphSdl(url) {
  const { status, text } = await postGraphQL(url, '{ _service { sdl } }');
  const result = JSON.parse(text);
  if (status !== 200 || result.errors) throw new Error(`${url} answered _service with ${status}: ${text.slice(0, 500)}`);
  return result.data._service.sdl;
}

/** Composes the supergraph of the subgraphs at `urls` ({ name: url }) with @apollo/composition. */
export async function composeSupergraph(urls) {
  const services = [];
  for (const name of subgraphNames) {
    services.push({ name, url: urls[name], typeDefs: parse(await subgraphSdl(urls[name])) });
  }
  const result = composeServices(services);
  if (result.errors) throw new Error(`composition failed:\n${result.errors.map((e) => e.message).join('\n')}`);
  return result.supergraphSdl;
}

/** Apollo's query plan of the TestQuery: its text, its sequential steps and its fetches. */
export function planOf(supergraphSdl, query = testQuery) {
  const supergraph = Supergraph.build(supergraphSdl);
  const operation = operationFromDocument(supergraph.apiSchema(), parse(query), { operationName: 'TestQuery' });
  const plan = new QueryPlanner(supergraph).buildQueryPlan(operation);
  const measure = (node) => {
    switch (node?.kind) {
      case undefined: return { steps: 0, fetches: 0 };
      case 'Fetch': return { steps: 1, fetches: 1 };
      case 'Flatten': return measure(node.node);
      case 'Sequence': return node.nodes.map(measure).reduce((a, b) => ({ steps: a.steps + b.steps, fetches: a.fetches + b.fetches }), { steps: 0, fetches: 0 });
      case 'Parallel': return node.nodes.map(measure).reduce((a, b) => ({ steps: Math.max(a.steps, b.steps), fetches: a.fetches + b.fetches }), { steps: 0, fetches: 0 });
      default: throw new Error(`unexpected query plan node ${node.kind}`);
    }
  };
  return { text: prettyFormatQueryPlan(plan), ...measure(plan.node) };
}

/** This folder's fusion.json with the given subgraph URLs and absolute schema paths (output under `out`). */
export function fusionSettings(urls, out) {
  const settings = JSON.parse(readFileSync(path.join(here, 'fusion.json'), 'utf8'));
  settings.gateway.publicSchemaFile = path.join(out, 'schema', 'gateway.graphql');
  for (const subgraph of settings.subgraphs) {
    subgraph.schemaFile = path.join(here, subgraph.schemaFile);
    subgraph.urls.local.http = urls[subgraph.name];
  }
  return settings;
}

async function main(args) {
  const outIndex = args.indexOf('--out');
  if (outIndex < 0 || !args[outIndex + 1]) throw new Error('usage: node compose.mjs --out DIR NAME=URL...');
  const out = path.resolve(args[outIndex + 1]);
  const urls = Object.fromEntries(args.filter((a) => a.includes('=')).map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
  const missing = subgraphNames.filter((name) => !urls[name]);
  if (missing.length) throw new Error(`no URL for ${missing.join(', ')}`);

  mkdirSync(path.join(out, 'schema'), { recursive: true });
  const supergraphSdl = await composeSupergraph(urls);
  writeFileSync(path.join(out, 'supergraph.graphql'), supergraphSdl);
  writeFileSync(path.join(out, 'fusion.json'), JSON.stringify(fusionSettings(urls, out), null, 2) + '\n');
  const plan = planOf(supergraphSdl);
  writeFileSync(path.join(out, 'query-plan.txt'), plan.text + '\n');
  console.log(`plan steps ${plan.steps} fetches ${plan.fetches}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => { console.error(`compose.mjs: ${error.message}`); process.exit(1); });
}
