// Joins the outputs of run-gateway-benchmark.sh into the Markdown report (results/gateway-latest.md):
//   node report.mjs WORK CONNECTIONS SECONDS DELAY_MS PLAN_STEPS FETCHES GATEWAY...
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWrk, ms } from '../lib/wrk-output.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const [work, connections, seconds, delayMs, planSteps, fetches, ...gateways] = process.argv.slice(2);

const LABELS = {
  ours: 'ours (gateway/)',
  'hive-router-runtime': 'Hive Gateway + router-runtime',
  hive: 'Hive Gateway',
  apollo: 'Apollo Gateway',
};
const RPS_TARGETS = { 'hive-router-runtime': 6, apollo: 15 };
const IDEAL_TARGET = 0.8;
const PACKAGES = ['@graphql-hive/gateway', '@graphql-hive/router-runtime', '@apollo/gateway', '@apollo/server', '@apollo/composition'];

const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined);
const version = (name) => JSON.parse(readFileSync(path.join(here, 'node_modules', name, 'package.json'), 'utf8')).version;

function stats(file) {
  const text = read(file);
  if (!text) return undefined;
  const value = (key) => Number(new RegExp(`${key} ([\\d.]+)`).exec(text)[1]);
  return { cpuSeconds: value('cpu-seconds'), peakRssMb: value('peak-rss-mb') };
}

function run(name, mode) {
  const base = path.join(work, `${mode}.${name}`);
  const text = read(`${base}.wrk`);
  if (!text || !/Requests\/sec/.test(text)) return undefined;
  const { rps } = parseWrk(text);
  const [, p50, p95, p99] = /gateway-bench: latency-us p50 (\d+) p95 (\d+) p99 (\d+)/.exec(text).map(Number);
  const [, checked, bad] = /gateway-bench: checked (\d+) bad (\d+)/.exec(text).map(Number);
  const [, durationUs] = /gateway-bench: requests \d+ duration-us (\d+)/.exec(text).map(Number);
  const [, timeouts] = /gateway-bench: socket-errors .* timeout (\d+)/.exec(text).map(Number);
  const cpuPercent = (before, after) => (before && after ? ((after.cpuSeconds - before.cpuSeconds) / (durationUs / 1e6)) * 100 : undefined);
  const after = stats(`${base}.stats-after`);
  return {
    rps, p50: p50 / 1000, p95: p95 / 1000, p99: p99 / 1000, checked, bad, timeouts,
    cpu: cpuPercent(stats(`${base}.stats-before`), after),
    subgraphsCpu: cpuPercent(stats(`${base}.subgraphs-before`), stats(`${base}.subgraphs-after`)),
    peakRssMb: after?.peakRssMb,
  };
}

const results = Object.fromEntries(gateways.map((name) => [name, {
  skipped: read(path.join(work, `${name}.skipped`)),
  failed: read(path.join(work, `${name}.failed`)),
  direct: run(name, 'direct'),
  delay: run(name, 'delay'),
}]));

const label = (name) => LABELS[name] ?? name;
// Requests served per second of the gateway's own CPU time: what one core would give if the
// gateway had it to itself (on a busy machine a pinned gateway gets only part of its core).
const perCpuSecond = (r) => (r.cpu ? r.rps / (r.cpu / 100) : undefined);
const num = (v, digits = 0) => (v === undefined ? 'n/a' : v.toFixed(digits));
const status = (name) => (results[name].skipped ? `skipped: ${results[name].skipped}` : results[name].failed ? `FAILED: ${results[name].failed}` : 'not run');
const idealRps = Number(connections) / (Number(planSteps) * (Number(delayMs) / 1000));

const lines = [
  '# Federation gateway benchmark',
  '',
  `The Guild's gateway benchmark (graphql-hive/graphql-gateways-benchmark): its four subgraphs (accounts, inventory, products, reviews) ported to our engine, its \`TestQuery\`, the same data. wrk with ${connections} connections, ${seconds} s per gateway and mode after a warm-up of half that, a unique \`X-Request-Id\` per request; every response checked (status 200, no \`errors\`, the byte length of the gateway's verified answer; wrk gives up on a request after 10 s) and sampled bodies compared with \`test-query.expected.json\`.`,
  '',
  `Run on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; ${PACKAGES.map((p) => `${p} ${version(p)}`).join(', ')}. Each gateway pinned to one core; the subgraph host on another core, shared with wrk on a 2-core machine. Load average (1, 5, 15 min) at the start: ${read(path.join(work, 'loadavg-start')) ?? 'n/a'}; at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (other processes on the machine take CPU from the pinned ones: see the CPU column).`,
  '',
  '## Subgraphs answering at once',
  '',
  '| gateway | req/s | p50 | p95 | p99 | CPU (% of 1 core) | requests per CPU second | peak RSS | subgraphs\' CPU | responses checked / bad / timed out |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
for (const name of gateways) {
  const r = results[name].direct;
  lines.push(r
    ? `| ${label(name)} | ${num(r.rps)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${num(r.cpu)} % | ${num(perCpuSecond(r))} | ${num(r.peakRssMb)} MB | ${num(r.subgraphsCpu)} % | ${r.checked} / ${r.bad} / ${r.timeouts} |`
    : `| ${label(name)} | ${status(name)} | | | | | | | | |`);
}

lines.push('', '### Ours against the peers', '');
const ours = results.ours?.direct;
if (!gateways.includes('ours')) {
  lines.push('Our gateway was not part of this run (`--gateways`).');
} else if (!ours) {
  lines.push(`No ratios: our gateway's slot was ${status('ours')}.`);
} else {
  lines.push('| peer | req/s ratio (ours / theirs) | target | ratio per CPU second | p95 ours / theirs |', '| --- | ---: | --- | ---: | --- |');
  for (const name of gateways.filter((g) => g !== 'ours')) {
    const peer = results[name].direct;
    if (!peer) {
      lines.push(`| ${label(name)} | n/a (${status(name)}) | | | |`);
      continue;
    }
    const ratio = ours.rps / peer.rps;
    const target = RPS_TARGETS[name];
    const verdict = target ? `>= ${target}x: ${ratio >= target ? 'met' : 'missed'}` : '-';
    const cpuRatio = perCpuSecond(ours) / perCpuSecond(peer);
    lines.push(`| ${label(name)} | ${ratio.toFixed(2)}x | ${verdict} | ${Number.isFinite(cpuRatio) ? `${cpuRatio.toFixed(2)}x` : 'n/a'} | ${ms(ours.p95)} / ${ms(peer.p95)} (${ours.p95 < peer.p95 ? 'below' : 'NOT below'}) |`);
  }
}

lines.push(
  '',
  `## Subgraphs answering after ${delayMs} ms`,
  '',
  `Apollo's query plan of the TestQuery has ${planSteps} sequential steps (${fetches} fetches), so with ${connections} connections no gateway can exceed ${connections} / (${planSteps} × ${delayMs} ms) = ${num(idealRps)} req/s (the ideal). Target for ours: >= ${IDEAL_TARGET * 100}% of it.`,
  '',
  '| gateway | req/s | % of ideal | p50 | p95 | p99 | CPU (% of 1 core) | responses checked / bad / timed out |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
);
for (const name of gateways) {
  const r = results[name].delay;
  lines.push(r
    ? `| ${label(name)} | ${num(r.rps)} | ${num((r.rps / idealRps) * 100)} %${name === 'ours' ? (r.rps / idealRps >= IDEAL_TARGET ? ' (met)' : ' (missed)') : ''} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${num(r.cpu)} % | ${r.checked} / ${r.bad} / ${r.timeouts} |`
    : `| ${label(name)} | ${status(name)} | | | | | | |`);
}
console.log(lines.join('\n'));
