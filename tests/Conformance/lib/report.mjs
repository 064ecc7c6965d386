import fs from 'node:fs';
import path from 'node:path';
import { OUT_DIR } from './paths.mjs';

/**
 * Writes out/report.md and out/mismatches.json: every failing case grouped by area and by the
 * aspect that differs, with the query, variables and both responses (a ready-made repro).
 */
export function writeReport(cases, outcomes, known = new Map()) {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const failing = cases.filter((c) => outcomes.get(c.name)?.status !== 'pass');
  const byArea = new Map();
  for (const c of cases) {
    const entry = byArea.get(c.area) ?? { total: 0, pass: 0 };
    entry.total += 1;
    if (outcomes.get(c.name)?.status === 'pass') {
      entry.pass += 1;
    }
    byArea.set(c.area, entry);
  }
  const lines = ['# Conformance report (graphql-js 16 vs our engine)', ''];
  const passed = cases.length - failing.length;
  lines.push(`${passed} of ${cases.length} cases agree.`, '', '| area | agree | total |', '| --- | --- | --- |');
  for (const [area, entry] of [...byArea].sort()) {
    lines.push(`| ${area} | ${entry.pass} | ${entry.total} |`);
  }
  lines.push('');
  for (const c of failing) {
    const o = outcomes.get(c.name);
    lines.push(`## ${c.name}${c.rule ? ` (${c.rule})` : ''}`, '');
    if (known.has(c.name)) {
      lines.push(`Known mismatch: ${known.get(c.name)}`, '');
    }
    lines.push('```graphql', c.query, '```');
    if (c.variables) {
      lines.push(`variables: \`${JSON.stringify(c.variables)}\``);
    }
    if (c.operationName) {
      lines.push(`operationName: \`${c.operationName}\``);
    }
    lines.push('', `- graphql-js: \`${JSON.stringify(o.expected)}\``);
    lines.push(o.exception ? `- ours threw: \`${o.exception.split('\n')[0]}\`` : `- ours: \`${JSON.stringify(o.actual)}\``);
    lines.push(`- differs in: ${(o.differences ?? []).map((d) => d.aspect).join(', ') || 'exception'}`, '');
  }
  fs.writeFileSync(path.join(OUT_DIR, 'report.md'), `${lines.join('\n')}\n`);
  const json = failing.map((c) => ({ name: c.name, ...outcomes.get(c.name) }));
  fs.writeFileSync(path.join(OUT_DIR, 'mismatches.json'), `${JSON.stringify(json, null, 2)}\n`);
  return { passed, failed: failing.length };
}
