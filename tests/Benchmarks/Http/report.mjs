// Joins the wrk outputs of run-http-benchmark.sh into a Markdown table.
// Usage: node report.mjs <work dir> <connections> <seconds> <scenario...>
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseWrk, ms } from '../lib/wrk-output.mjs';

const [work, connections, seconds, ...scenarios] = process.argv.slice(2);
const TARGET = 3;

const parse = (file) => parseWrk(readFileSync(file, 'utf8'));
const lines = [
  `# HTTP throughput: ours vs graphql-yoga + graphql-jit`,
  '',
  `wrk, ${connections} connections, ${seconds} s per run after a warm-up; each server pinned to one core (CPU 0), wrk on CPU 1.`,
  `Run on ${new Date().toISOString().slice(0, 10)}, load average before the report ${loadavg().map((l) => l.toFixed(2)).join(' ')}.`,
  '',
  '| query | ours req/s | yoga+jit req/s | ratio (target >= 3x for small) | ours p50 / p99 | yoga p50 / p99 |',
  '| --- | ---: | ---: | ---: | --- | --- |',
];
for (const scenario of scenarios) {
  const ours = parse(`${work}/${scenario}.ours.wrk`);
  const yoga = parse(`${work}/${scenario}.yoga.wrk`);
  const ratio = ours.rps / yoga.rps;
  const mark = scenario === 'small' ? (ratio >= TARGET ? ' (met)' : ' (missed)') : '';
  lines.push(`| ${scenario} | ${Math.round(ours.rps)} | ${Math.round(yoga.rps)} | ${ratio.toFixed(2)}x${mark} | ${ms(ours.latency[50])} / ${ms(ours.latency[99])} | ${ms(yoga.latency[50])} / ${ms(yoga.latency[99])} |`);
}
console.log(lines.join('\n'));
