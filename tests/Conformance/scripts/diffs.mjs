// Prints, for each mismatch in out/mismatches.json, the first point where the two responses differ.
import fs from 'node:fs';
import path from 'node:path';
import { OUT_DIR } from '../lib/paths.mjs';

const text = (v) => (typeof v === 'string' ? v : JSON.stringify(v));
for (const m of JSON.parse(fs.readFileSync(path.join(OUT_DIR, 'mismatches.json'), 'utf8'))) {
  console.log(`== ${m.name} (${m.status})`);
  if (m.exception) {
    console.log(`  threw: ${m.exception.split('\n').slice(0, 3).join(' | ')}`);
  }
  for (const d of m.differences ?? []) {
    const e = text(d.expected);
    const a = text(d.actual);
    let i = 0;
    while (i < e.length && e[i] === a[i]) i++;
    console.log(`  ${d.aspect} differ at ${i}\n    graphql-js: …${e.slice(Math.max(0, i - 150), i + 150)}\n    ours:       …${a.slice(Math.max(0, i - 150), i + 150)}`);
  }
}
