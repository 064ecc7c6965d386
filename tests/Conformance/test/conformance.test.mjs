// The differential suite: runs every case with graphql-js and with our engine (the C# host)
// and compares data (JSON text, field order included) and errors (message, path, locations).
// Set CONFORMANCE_FILTER=<substring> to run a subset, CONFORMANCE_SKIP_BUILD=1 to reuse a build.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { buildClientSchema, buildSchema, printSchema, graphql, getIntrospectionQuery } from 'graphql';
import { FULL_INTROSPECTION_OPTIONS } from '../lib/introspection.mjs';
import { SCHEMAS_DIR } from '../lib/paths.mjs';
import { loadCases } from '../lib/cases.mjs';
import { loadFixtures, runAllJs } from '../lib/js-engine.mjs';
import { buildHost, runHost } from '../lib/dotnet-host.mjs';
import { compareAll } from '../lib/differential.mjs';
import { describeDifferences, compareTimingDependent } from '../lib/compare.mjs';
import { writeReport } from '../lib/report.mjs';
import { loadKnownMismatches, loadListItemRaces, loadTimingDependent } from '../lib/known.mjs';

const filter = process.env.CONFORMANCE_FILTER;
const cases = loadCases().filter((c) => !filter || c.name.includes(filter));
const fixtures = loadFixtures();
const jsResults = await runAllJs(cases, fixtures);
const known = loadKnownMismatches();
const timingDependent = loadTimingDependent();
const listItemRaces = loadListItemRaces();
const build = buildHost();

test('the C# conformance host builds against the engine', () => {
  assert.ok(build.ok, `dotnet build of Gql.Conformance.Host failed, so no case was compared:\n${build.summary}`);
});

if (build.ok) {
  const host = runHost({ filter });
  const outcomes = compareAll(cases, jsResults, host.results);
  const { passed, failed } = writeReport(cases, outcomes, known);
  console.log(`conformance: ${passed} of ${cases.length} cases agree, ${failed} differ (${known.size} of them known), see out/report.md`);

  test('the C# host runs to the end', () => {
    assert.ok(host.ok, host.problem ?? '');
  });

  const areas = [...new Set(cases.map((c) => c.area))];
  for (const area of areas) {
    describe(area, () => {
      for (const c of cases.filter((x) => x.area === area)) {
        test(c.name, (t) => {
          const o = outcomes.get(c.name);
          if (known.has(c.name)) {
            // A tracked mismatch (known-mismatches.json): must still differ, so fixed ones get removed.
            assert.notEqual(o.status, 'pass', 'this known mismatch now agrees with graphql-js: delete it from known-mismatches.json');
            t.diagnostic(`known mismatch: ${known.get(c.name)}`);
            return;
          }
          if (o.status === 'missing') {
            assert.fail('the C# host wrote no result for this case');
          }
          if (o.status === 'exception') {
            assert.fail(`the C# host threw: ${o.exception}`);
          }
          if (o.status === 'fail' && /async/i.test(c.query ?? '') && o.differences.every((d) => d.aspect === 'errors (order only)')) {
            // The spec leaves the order of the errors list open; between resolvers that run in
            // parallel (the async* fields) ours follows completion order, graphql-js its event loop.
            t.diagnostic('errors in another order between parallel async resolvers');
            return;
          }
          if (timingDependent.has(c.name) && o.status === 'fail') {
            // graphql-js's error list here follows its event-loop order (timing-dependent.json).
            t.diagnostic(`timing-dependent: ${timingDependent.get(c.name)}`);
            const differences = compareTimingDependent(o.expected, o.actual, { anyListIndex: listItemRaces.has(c.name) });
            assert.ok(differences === null, describeDifferences(differences ?? []));
            return;
          }
          assert.ok(o.status === 'pass', describeDifferences(o.differences ?? []));
        });
      }
    });
  }

  test('our SchemaPrinter prints the schema like graphql-js printSchema', () => {
    assert.ok(host.sdl !== null, 'the C# host wrote no SDL');
    assert.equal(host.sdl.trimEnd(), printSchema(buildSchema(fixtures.sdl)).trimEnd());
  });

  const full = host.results.get('introspection/full-all-options');
  if (full) {
    test('our introspection loads in buildClientSchema and prints the same SDL as graphql-js', () => {
      assert.ok(full.result?.data, `no introspection data: ${JSON.stringify(full)}`.slice(0, 2000));
      const ours = printSchema(buildClientSchema(full.result.data));
      assert.equal(ours, printSchema(buildSchema(fixtures.sdl)));
    });
  }

  // schemas/*.graphql: other SDLs, built without resolvers: printing and introspection only.
  describe('schemas', () => {
    const files = fs.readdirSync(SCHEMAS_DIR).filter((f) => f.endsWith('.graphql')).sort();
    for (const file of files) {
      test(`schemas/${file}`, async () => {
        const record = host.schemas.get(file);
        assert.ok(record, 'the C# host wrote nothing for this schema');
        assert.equal(record.exception, undefined, `the C# host threw: ${record.exception}`);
        const jsSchema = buildSchema(fs.readFileSync(path.join(SCHEMAS_DIR, file), 'utf8'));
        const expectedSdl = printSchema(jsSchema);
        assert.equal(record.sdl.trimEnd(), expectedSdl.trimEnd(), 'SchemaPrinter differs from printSchema');
        const expected = await graphql({ schema: jsSchema, source: getIntrospectionQuery(FULL_INTROSPECTION_OPTIONS) });
        assert.equal(JSON.stringify(record.introspection.data), JSON.stringify(expected.data), 'introspection data differs');
        assert.equal(printSchema(buildClientSchema(record.introspection.data)), expectedSdl, 'buildClientSchema round trip differs');
      });
    }
  });
}

