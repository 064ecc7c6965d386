// Prints graphql-js's response for every case whose name contains the filter (argv[2]).
import { loadCases } from '../lib/cases.mjs';
import { runAllJs } from '../lib/js-engine.mjs';

const filter = process.argv[2] ?? '';
const cases = loadCases().filter((c) => c.name.includes(filter));
const results = await runAllJs(cases);
for (const c of cases) {
  console.log(`${c.name}${c.rule ? ` [${c.rule} ${c.valid ? 'valid' : 'invalid'}]` : ''}`);
  console.log(`  ${JSON.stringify(results.get(c.name))}`);
}
