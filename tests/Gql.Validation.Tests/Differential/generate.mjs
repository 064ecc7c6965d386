// Regenerates the graphql-js expectations of the differential validation tests:
//   node tests/Gql.Validation.Tests/Differential/generate.mjs
// Uses the graphql package installed for the conformance suite (tests/Conformance, npm ci).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const require = createRequire(path.join(repo, 'tests/Conformance/package.json'));
const { buildSchema, parse, validate, specifiedRules, version } = require('graphql');

function parses(query) {
  try {
    parse(query);
    return true;
  } catch {
    return false;
  }
}

function run(schemaSdl, cases) {
  const schema = buildSchema(schemaSdl);
  return cases.filter((c) => parses(c.query)).map((c) => {
    let errors;
    try {
      errors = validate(schema, parse(c.query), specifiedRules).map((e) => ({
        message: e.message,
        locations: e.locations ?? [],
      }));
    } catch (error) {
      errors = [{ message: `THROWS: ${error.message}`, locations: [] }];
    }
    return { name: c.name, query: c.query, errors };
  });
}

const suites = [
  {
    output: 'conformance.expected.json',
    schema: fs.readFileSync(path.join(repo, 'tests/Conformance/schema.graphql'), 'utf8'),
    cases: JSON.parse(fs.readFileSync(path.join(repo, 'tests/Conformance/cases/validation.json'), 'utf8')).cases,
  },
  {
    output: 'harness.expected.json',
    schema: fs.readFileSync(path.join(here, 'harness.graphql'), 'utf8'),
    cases: JSON.parse(fs.readFileSync(path.join(here, 'harness.cases.json'), 'utf8')),
  },
  {
    // Random documents (mostly invalid) over the harness schema, to catch differences in error order.
    output: 'fuzz.expected.json',
    schema: fs.readFileSync(path.join(here, 'harness.graphql'), 'utf8'),
    cases: JSON.parse(fs.readFileSync(path.join(here, 'fuzz.cases.json'), 'utf8')),
  },
  {
    // Random aliases, arguments, inline fragments and mutually spreading fragments: field merging.
    output: 'merge.expected.json',
    schema: fs.readFileSync(path.join(here, 'harness.graphql'), 'utf8'),
    cases: JSON.parse(fs.readFileSync(path.join(here, 'merge.cases.json'), 'utf8')),
  },
];

for (const suite of suites) {
  const result = { graphqlJs: version, schema: suite.schema, cases: run(suite.schema, suite.cases) };
  fs.writeFileSync(path.join(here, suite.output), JSON.stringify(result, null, 1) + '\n');
  console.log(`${suite.output}: ${result.cases.length} cases`);
}
