import fs from 'node:fs';
import { buildSchema, graphql, parse, validate, subscribe, specifiedRules, GraphQLError } from 'graphql';
import { canonicalJson } from './canonical-json.mjs';
import { SCHEMA_FILE, DATA_FILE, RESOLVERS_FILE } from './paths.mjs';

/** The shared mutable state of the mutation resolvers; reset before every case. */
function freshState() {
  return { counter: 0, message: null, log: [], nextId: 100 };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

function snapshot(state) {
  return { counter: state.counter, message: state.message, log: [...state.log] };
}

function value(parent, field) {
  const v = parent?.[field];
  return v === undefined ? null : v;
}

function failure(typeName, fieldName) {
  return new Error(`${typeName}.${fieldName} failed`);
}

const BAD_PRODUCT = {
  __typename: 'Product', id: 'bad', name: null, price: 1, currency: 'EUR', tags: [], inStock: true, related: [],
};

/** The subscriber kinds of RESOLVERS.md; each returns a graphql-js subscribe function. */
function makeSubscriber(kind, typeName, fieldName, data) {
  const product = (id) => data.nodes.find((n) => n.__typename === 'Product' && n.id === id);
  const stream = (events) => (async function* events$() {
    for (const event of events) {
      await tick();
      yield event;
    }
  }());
  switch (kind) {
    case 'subscribe:counter':
      return () => stream([1, 2, 3].map((counter) => ({ counter })));
    case 'subscribe:products':
      return () => stream([product('p1'), BAD_PRODUCT, product('p2')].map((productAdded) => ({ productAdded })));
    case 'subscribe:countTo':
      return (_parent, args) => stream(Array.from({ length: Math.max(0, args.n) }, (_, i) => ({ countTo: i + 1 })));
    case 'subscribe:throw':
      return () => {
        throw failure(typeName, fieldName);
      };
    default:
      throw new Error(`Unknown subscriber kind ${kind} for ${typeName}.${fieldName}`);
  }
}

/** The resolver kinds of RESOLVERS.md; each returns a graphql-js resolve function. */
function makeResolver(kind, typeName, fieldName, data) {
  const byId = (id) => data.nodes.find((n) => n.id === id) ?? null;
  switch (kind) {
    case 'async':
      return async (parent) => {
        await tick();
        return value(parent, fieldName);
      };
    case 'throw':
      return () => {
        throw failure(typeName, fieldName);
      };
    case 'asyncThrow':
      return async () => {
        await tick();
        throw failure(typeName, fieldName);
      };
    case 'echo':
      return (_parent, args) => canonicalJson(args);
    case 'productById':
      return (_parent, args) => data.nodes.find((n) => n.__typename === 'Product' && n.id === args.id) ?? null;
    case 'nodeById':
      return (_parent, args) => byId(args.id);
    case 'nodesByIds':
      return (_parent, args) => args.ids.map(byId);
    case 'knows':
      return (parent, args) => (parent.knows ?? []).includes(args.command);
    case 'increment':
      return (_parent, args, ctx) => {
        ctx.state.counter += args.by;
        ctx.state.log.push(`increment:${args.by}`);
        return ctx.state.counter;
      };
    case 'incrementAsync':
      return async (_parent, args, ctx) => {
        const read = ctx.state.counter;
        await tick();
        ctx.state.counter = read + args.by;
        ctx.state.log.push(`incrementAsync:${args.by}`);
        return ctx.state.counter;
      };
    case 'setMessage':
      return (_parent, args, ctx) => {
        ctx.state.message = args.message ?? null;
        ctx.state.log.push('setMessage');
        return snapshot(ctx.state);
      };
    case 'createProduct':
      return (_parent, args, ctx) => {
        const input = args.input;
        ctx.state.nextId += 1;
        ctx.state.log.push(`createProduct:${input.name}`);
        return {
          __typename: 'Product',
          id: `p${ctx.state.nextId}`,
          name: value(input, 'name'),
          price: value(input, 'price'),
          currency: 'EUR',
          tags: value(input, 'tags'),
          inStock: true,
          ratings: null,
          variants: null,
          related: [],
          category: input.category == null
            ? null
            : { __typename: 'Category', id: 'new', name: input.category.name, parent: null, products: [] },
        };
      };
    case 'state':
      return (_parent, _args, ctx) => snapshot(ctx.state);
    default:
      throw new Error(`Unknown resolver kind ${kind} for ${typeName}.${fieldName}`);
  }
}

export function loadFixtures() {
  return {
    sdl: fs.readFileSync(SCHEMA_FILE, 'utf8'),
    data: JSON.parse(fs.readFileSync(DATA_FILE, 'utf8')),
    resolvers: JSON.parse(fs.readFileSync(RESOLVERS_FILE, 'utf8')),
  };
}

/** Builds the graphql-js schema from the SDL with the resolvers of resolvers.json attached. */
export function buildJsSchema({ sdl, data, resolvers }) {
  const schema = buildSchema(sdl);
  for (const [coordinate, kind] of Object.entries(resolvers)) {
    const [typeName, fieldName] = coordinate.split('.');
    const field = schema.getType(typeName)?.getFields?.()[fieldName];
    if (!field) {
      throw new Error(`resolvers.json names ${coordinate}, which is not in the schema`);
    }
    if (kind.startsWith('subscribe:')) {
      field.subscribe = makeSubscriber(kind, typeName, fieldName, data);
    } else {
      field.resolve = makeResolver(kind, typeName, fieldName, data);
    }
  }
  return schema;
}

/**
 * Runs a subscription like a server does: parse, validate, subscribe; a stream becomes
 * { stream: [every response event] }, anything else is the single result.
 */
async function runSubscription(schema, data, c) {
  let document;
  try {
    document = parse(c.query);
  } catch (error) {
    return { errors: [error.toJSON()] };
  }
  const errors = validate(schema, document, specifiedRules);
  if (errors.length > 0) {
    return JSON.parse(JSON.stringify({ errors }));
  }
  const result = await subscribe({
    schema,
    document,
    rootValue: data.query,
    contextValue: { state: freshState() },
    variableValues: c.variables ?? undefined,
    operationName: c.operationName ?? undefined,
  });
  if (!(Symbol.asyncIterator in result)) {
    return JSON.parse(JSON.stringify(result));
  }
  const stream = [];
  for await (const event of result) {
    stream.push(JSON.parse(JSON.stringify(event)));
  }
  return { stream };
}

/** Runs one case with graphql-js; returns the response as plain JSON. */
export async function runJsCase(schema, data, c) {
  if (c.mode === 'subscribe') {
    return runSubscription(schema, data, c);
  }
  if (c.mode === 'validate') {
    let document;
    try {
      document = parse(c.query);
    } catch (error) {
      if (error instanceof GraphQLError) {
        return { errors: [error.toJSON()] };
      }
      throw error;
    }
    const errors = validate(schema, document, specifiedRules);
    return JSON.parse(JSON.stringify({ errors }));
  }
  const result = await graphql({
    schema,
    source: c.query,
    rootValue: data.query,
    contextValue: { state: freshState() },
    variableValues: c.variables ?? undefined,
    operationName: c.operationName ?? undefined,
  });
  return JSON.parse(JSON.stringify(result));
}

export async function runAllJs(cases, fixtures = loadFixtures()) {
  const schema = buildJsSchema(fixtures);
  const results = new Map();
  for (const c of cases) {
    results.set(c.name, await runJsCase(schema, fixtures.data, c));
  }
  return results;
}
