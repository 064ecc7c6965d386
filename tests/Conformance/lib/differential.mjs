import { compareResponses } from './compare.mjs';

/** Compares every case's graphql-js response with the host's record; returns Map(name -> outcome). */
export function compareAll(cases, jsResults, hostResults) {
  const outcomes = new Map();
  for (const c of cases) {
    const expected = jsResults.get(c.name);
    const record = hostResults.get(c.name);
    if (!record) {
      outcomes.set(c.name, { status: 'missing', expected });
    } else if (record.exception) {
      outcomes.set(c.name, { status: 'exception', expected, exception: record.exception });
    } else {
      const differences = compareResponses(expected, record.result);
      outcomes.set(c.name, {
        status: differences ? 'fail' : 'pass',
        expected,
        actual: record.result,
        differences: differences ?? undefined,
      });
    }
  }
  return outcomes;
}
