import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { ROOT, OUT_DIR, HOST_DIR, HOST_PROJECT } from './paths.mjs';
import { FULL_INTROSPECTION_OPTIONS } from './introspection.mjs';

const BUILD_TIMEOUT_MS = 300_000;
// Debug by default: the solution build (./test.sh, CI) has already built it, so this build is a
// quick incremental one. CONFORMANCE_CONFIGURATION=Release for a release build.
const CONFIGURATION = process.env.CONFORMANCE_CONFIGURATION ?? 'Debug';
const RUN_TIMEOUT_MS = 180_000;

/** The error lines of an MSBuild log, deduplicated, at most `max` of them. */
function errorSummary(output, max = 15) {
  const lines = output.split('\n').map((l) => l.trim()).filter((l) => /\berror\b/i.test(l) && !/^\d+ Error\(s\)/.test(l));
  return [...new Set(lines)].slice(0, max).join('\n');
}

/**
 * Builds the C# host. Returns { ok, output, summary }. Never hangs: the build is
 * bounded by a timeout. Set CONFORMANCE_SKIP_BUILD=1 to use an existing build.
 */
export function buildHost() {
  if (process.env.CONFORMANCE_SKIP_BUILD === '1') {
    return { ok: fs.existsSync(hostDll()), output: '', summary: 'CONFORMANCE_SKIP_BUILD=1 and no existing build' };
  }
  let last;
  // Other people may be compiling the same engine projects at once: retry a file-in-use failure.
  for (let attempt = 0; attempt < 2; attempt++) {
    const run = spawnSync('dotnet', ['build', HOST_PROJECT, '-c', CONFIGURATION, '--nologo', '-v', 'q', '-clp:NoSummary', '-nodeReuse:false'], {
      encoding: 'utf8',
      timeout: BUILD_TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`;
    if (run.error) {
      return { ok: false, output, summary: `dotnet build did not finish: ${run.error.message}` };
    }
    last = { ok: run.status === 0, output, summary: errorSummary(output) || output.slice(-2000) };
    if (last.ok || !/being used by another process|file is locked|MSB3026|MSB3027/i.test(output)) {
      return last;
    }
  }
  return last;
}

export function hostDll() {
  return path.join(HOST_DIR, 'bin', CONFIGURATION, 'net10.0', 'Gql.Conformance.Host.dll');
}

/** Runs the built host over every case; returns Map(name -> { result } | { exception }). */
export function runHost({ filter } = {}) {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const outFile = path.join(OUT_DIR, 'dotnet-results.ndjson');
  fs.rmSync(outFile, { force: true });
  const sdlFile = path.join(OUT_DIR, 'dotnet-schema.graphql');
  fs.rmSync(sdlFile, { force: true });
  const schemasFile = path.join(OUT_DIR, 'dotnet-schemas.ndjson');
  const queryFile = path.join(OUT_DIR, 'introspection-query.graphql');
  fs.rmSync(schemasFile, { force: true });
  fs.writeFileSync(queryFile, getIntrospectionQuery(FULL_INTROSPECTION_OPTIONS));
  const args = [hostDll(), '--root', ROOT, '--out', outFile, '--sdl-out', sdlFile,
    '--schemas-out', schemasFile, '--introspection-query', queryFile];
  if (filter) {
    args.push('--filter', filter);
  }
  const run = spawnSync('dotnet', args, { encoding: 'utf8', timeout: RUN_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
  const results = new Map();
  if (fs.existsSync(outFile)) {
    for (const line of fs.readFileSync(outFile, 'utf8').split('\n')) {
      if (line.trim()) {
        const record = JSON.parse(line);
        results.set(record.name, record);
      }
    }
  }
  const ok = !run.error && run.status === 0;
  const problem = ok ? null : (run.error ? `host did not finish: ${run.error.message}` : `host exited ${run.status}:\n${(run.stderr || run.stdout || '').slice(-4000)}`);
  const sdl = fs.existsSync(sdlFile) ? fs.readFileSync(sdlFile, 'utf8') : null;
  const schemas = new Map();
  if (fs.existsSync(schemasFile)) {
    for (const line of fs.readFileSync(schemasFile, 'utf8').split('\n')) {
      if (line.trim()) {
        const record = JSON.parse(line);
        schemas.set(record.name, record);
      }
    }
  }
  return { ok, problem, results, sdl, schemas };
}
