import fs from 'node:fs';
import path from 'node:path';
import { CASES_DIR } from './paths.mjs';

/**
 * Loads every case file (cases/*.json: { area, defaults?, cases: [...] }) into a flat list of
 * { name: "area/name", area, query, variables, operationName, mode, rule?, valid? }.
 * `query` may be written as an array of lines; it is joined with "\n" (the C# host does the same).
 */
export function loadCases(dir = CASES_DIR) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const all = [];
  for (const file of files) {
    const doc = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    const area = doc.area ?? path.basename(file, '.json');
    for (const raw of doc.cases) {
      const c = { ...(doc.defaults ?? {}), ...raw };
      all.push({
        ...c,
        name: `${area}/${c.name}`,
        area,
        query: Array.isArray(c.query) ? c.query.join('\n') : c.query,
        mode: c.mode ?? 'execute',
      });
    }
  }
  return all;
}
