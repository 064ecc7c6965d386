// Reads wrk's text output (shared by the benchmark reports).

/** Requests/sec and, when wrk ran with --latency, the 50/75/90/99% latencies in ms. */
export function parseWrk(text) {
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(text);
  if (!rps) throw new Error(`no "Requests/sec" line in the wrk output:\n${text.slice(0, 500)}`);
  const latency = {};
  for (const [, pct, value, unit] of text.matchAll(/^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s)\s*$/gm)) {
    latency[pct] = Number(value) * { us: 0.001, ms: 1, s: 1000 }[unit];
  }
  return { rps: Number(rps[1]), latency };
}

/** A latency in ms for a report cell. */
export const ms = (v) => (v === undefined ? 'n/a' : `${v.toFixed(2)} ms`);
