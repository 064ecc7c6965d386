// Compares a results file of the C# host (default out/dotnet-results.ndjson) with graphql-js,
// for the cases the file contains; prints each mismatch and a summary, writes out/report.md.
// Usage: node scripts/compare.mjs [results.ndjson] [name-filter]
import fs from 'node:fs';
import path from 'node:path';
import { loadCases } from '../lib/cases.mjs';
import { runAllJs } from '../lib/js-engine.mjs';
import { compareAll } from '../lib/differential.mjs';
import { describeDifferences } from '../lib/compare.mjs';
import { writeReport } from '../lib/report.mjs';
import { OUT_DIR } from '../lib/paths.mjs';

const file = process.argv[2] ?? path.join(OUT_DIR, 'dotnet-results.ndjson');
const filter = process.argv[3] ?? '';
const records = new Map();
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (line.trim()) {
    const record = JSON.parse(line);
    records.set(record.name, record);
  }
}
const cases = loadCases().filter((c) => records.has(c.name) && c.name.includes(filter));
const outcomes = compareAll(cases, await runAllJs(cases), records);
for (const c of cases) {
  const o = outcomes.get(c.name);
  if (o.status !== 'pass') {
    console.log(`✗ ${c.name}${c.rule ? ` [${c.rule}]` : ''}\n  query: ${c.query.replace(/\n/g, '\\n')}`);
    console.log(o.exception ? `  threw: ${o.exception.split('\n')[0]}` : `  ${describeDifferences(o.differences).replace(/\n/g, '\n  ')}`);
  }
}
const { passed, failed } = writeReport(cases, outcomes);
console.log(`\n${passed} passed, ${failed} failed`);
