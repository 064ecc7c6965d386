// Times graphql-js 16 and graphql-jit on the documents, schema and data of the .NET engine
// benchmarks (../documents, data.mjs), phase by phase:
//   parse        graphql-js parse(text)
//   validate     graphql-js validate(schema, document)             (graphql-jit has no validator of its own)
//   execute      graphql-js execute() on the parsed document;  graphql-jit compileQuery() once, then query()
//   executeJson  execute + JSON.stringify(result)
// Resolvers: the default ones over plain objects (synchronous), on both engines.
// Method: warm-up (time-bound), then ROUNDS rounds of N iterations timed with process.hrtime.bigint(),
// N calibrated so one round takes ~ROUND_MS; the median round gives ns per operation.
//
// Usage:
//   node bench.mjs [--out results.json]     full run, prints a table, optionally writes JSON
//   node bench.mjs --smoke [--out file]     a few iterations of everything (proves the script runs)
//   node bench.mjs --check <dir>            asserts both engines' JSON equals <dir>/ours-<scenario>.json
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, execute, parse, validate, version } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { createRequire } from 'node:module';
import { createRoot } from './data.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const documentsDir = join(here, '..', 'documents');
const SCENARIOS = ['small', 'list', 'introspection'];
const PHASES = ['parse', 'validate', 'execute', 'executeJson'];

const args = process.argv.slice(2);
const option = (name) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const smoke = args.includes('--smoke');
const checkDir = option('--check');
const outFile = option('--out');

const WARMUP_MS = smoke ? 0 : 400;
const ROUND_MS = smoke ? 0 : 100;
const ROUNDS = smoke ? 1 : 7;

const read = (name) => readFileSync(join(documentsDir, `${name}.graphql`), 'utf8');
const schema = buildSchema(read('schema'));
const rootValue = createRoot();

function prepare(scenario) {
  const text = read(scenario);
  const document = parse(text);
  const errors = validate(schema, document);
  if (errors.length > 0) {
    throw new Error(`${scenario}: invalid document: ${errors[0].message}`);
  }
  const compiled = compileQuery(schema, document);
  if (!isCompiledQuery(compiled)) {
    throw new Error(`${scenario}: graphql-jit could not compile: ${JSON.stringify(compiled)}`);
  }
  const runJs = () => execute({ schema, document, rootValue });
  const runJit = () => compiled.query(rootValue, {}, {});
  for (const [name, run] of [['graphql-js', runJs], ['graphql-jit', runJit]]) {
    const result = run();
    if (typeof result?.then === 'function') {
      throw new Error(`${scenario}: ${name} returned a promise; the benchmark expects synchronous execution`);
    }
    if (result.errors) {
      throw new Error(`${scenario}: ${name}: ${result.errors[0].message}`);
    }
  }
  return { text, document, runJs, runJit };
}

let sink = 0;
function consume(value) {
  sink = (sink + (value === undefined || value === null ? 0 : 1)) | 0;
}

function measure(fn) {
  const warmupEnd = process.hrtime.bigint() + BigInt(WARMUP_MS) * 1_000_000n;
  let runs = 0;
  do {
    consume(fn());
    runs++;
  } while (process.hrtime.bigint() < warmupEnd || runs < 3);

  // Calibrate N: iterations that take about ROUND_MS.
  let n = 1;
  if (!smoke) {
    for (;;) {
      const start = process.hrtime.bigint();
      for (let i = 0; i < n; i++) consume(fn());
      const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
      if (elapsedMs >= ROUND_MS / 4) {
        n = Math.max(1, Math.ceil((n * ROUND_MS) / elapsedMs));
        break;
      }
      n *= 2;
    }
  } else {
    n = 3;
  }

  const perOp = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) consume(fn());
    perOp.push(Number(process.hrtime.bigint() - start) / n);
  }
  perOp.sort((a, b) => a - b);
  return { medianNs: perOp[Math.floor(perOp.length / 2)], minNs: perOp[0], iterations: n, rounds: ROUNDS };
}

function check(dir) {
  let failures = 0;
  for (const scenario of SCENARIOS) {
    const { runJs, runJit } = prepare(scenario);
    const ours = readFileSync(join(dir, `ours-${scenario}.json`), 'utf8');
    for (const [name, run] of [['graphql-js', runJs], ['graphql-jit', runJit]]) {
      const theirs = JSON.stringify(run());
      if (theirs === ours) {
        console.log(`check: ${scenario}: ours equals ${name} (${ours.length} chars)`);
      } else {
        failures++;
        let at = 0;
        while (at < ours.length && ours[at] === theirs[at]) at++;
        console.error(`check: ${scenario}: ours differs from ${name} at char ${at}:`);
        console.error(`  ours:   ...${ours.slice(Math.max(0, at - 60), at + 60)}`);
        console.error(`  ${name}: ...${theirs.slice(Math.max(0, at - 60), at + 60)}`);
      }
    }
  }
  return failures;
}

function time() {
  const jitVersion = createRequire(import.meta.url)('graphql-jit/package.json').version;
  const results = { graphqlVersion: version, graphqlJitVersion: jitVersion, node: process.version, smoke, scenarios: {} };
  for (const scenario of SCENARIOS) {
    const { text, document, runJs, runJit } = prepare(scenario);
    const js = {
      parse: measure(() => parse(text)),
      validate: measure(() => validate(schema, document)),
      execute: measure(runJs),
      executeJson: measure(() => JSON.stringify(runJs())),
    };
    const jit = {
      execute: measure(runJit),
      executeJson: measure(() => JSON.stringify(runJit())),
    };
    results.scenarios[scenario] = { graphqlJs: js, graphqlJit: jit };
    for (const phase of PHASES) {
      const fmt = (m) => (m ? `${(m.medianNs / 1000).toFixed(2).padStart(12)} us` : '           -   ');
      console.log(`${scenario.padEnd(14)} ${phase.padEnd(12)} graphql-js ${fmt(js[phase])}   graphql-jit ${fmt(jit[phase])}`);
    }
  }
  return results;
}

if (checkDir) {
  process.exit(check(checkDir) === 0 ? 0 : 1);
}

const results = time();
if (outFile) {
  writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
}
if (sink === -1) console.log(sink);
