/**
 * Normalizes a GraphQL response for comparison: whether `data` is present, the JSON text of
 * `data` (field order included), and the errors as {message, locations, path} in order.
 * An absent `errors` entry and an empty list are the same; everything else is exact.
 */
export function normalize(response) {
  const errors = (response.errors ?? []).map((e) => ({
    message: e.message,
    locations: e.locations ?? null,
    path: e.path ?? null,
  }));
  return {
    hasData: Object.prototype.hasOwnProperty.call(response, 'data'),
    data: Object.prototype.hasOwnProperty.call(response, 'data') ? JSON.stringify(response.data) : null,
    errors,
  };
}

/**
 * Compares two responses; returns null when they agree, else a list of { aspect, expected, actual }.
 * A subscription's response stream is { stream: [events] }: compared event by event.
 */
export function compareResponses(expected, actual) {
  if ('stream' in expected || 'stream' in actual) {
    return compareStreams(expected, actual);
  }
  const e = normalize(expected);
  const a = normalize(actual);
  const differences = [];
  if (e.hasData !== a.hasData) {
    differences.push({ aspect: 'data presence', expected: e.hasData, actual: a.hasData });
  }
  if (e.data !== a.data) {
    differences.push({ aspect: 'data', expected: e.data, actual: a.data });
  }
  if (JSON.stringify(e.errors) !== JSON.stringify(a.errors)) {
    const sortKey = (x) => JSON.stringify(x);
    const orderOnly = e.errors.length === a.errors.length
      && JSON.stringify(e.errors.map(sortKey).sort()) === JSON.stringify(a.errors.map(sortKey).sort());
    differences.push({ aspect: orderOnly ? 'errors (order only)' : 'errors', expected: e.errors, actual: a.errors });
  }
  return differences.length ? differences : null;
}

/** A short, readable description of the differences of one case. */
export function describeDifferences(differences) {
  return differences
    .map((d) => `${d.aspect}:\n  graphql-js: ${JSON.stringify(d.expected)}\n  ours:       ${JSON.stringify(d.actual)}`)
    .join('\n');
}

function compareStreams(expected, actual) {
  if (!('stream' in expected) || !('stream' in actual)) {
    return [{ aspect: 'stream or single result', expected, actual }];
  }
  const differences = [];
  if (expected.stream.length !== actual.stream.length) {
    differences.push({ aspect: 'stream length', expected: expected.stream.length, actual: actual.stream.length });
  }
  const count = Math.min(expected.stream.length, actual.stream.length);
  for (let i = 0; i < count; i++) {
    for (const d of compareResponses(expected.stream[i], actual.stream[i]) ?? []) {
      differences.push({ ...d, aspect: `event ${i}: ${d.aspect}` });
    }
  }
  return differences.length ? differences : null;
}

/**
 * The comparison for cases listed in timing-dependent.json: `data` and its presence exactly as
 * graphql-js; errors may be fewer (sibling errors that settled after a non-null error nulled their
 * parent), but every error we report must be one graphql-js reports, and there must be errors
 * exactly when graphql-js has some. Returns null when they agree, else the differences.
 */
export function compareTimingDependent(expected, actual, { anyListIndex = false } = {}) {
  const e = normalize(expected);
  const a = normalize(actual);
  // A race between failing items of one list: the reported item's index is not compared.
  const key = (error) => JSON.stringify(anyListIndex ? { ...error, path: error.path?.map((p) => (typeof p === 'number' ? '#' : p)) } : error);
  const differences = [];
  if (e.hasData !== a.hasData) {
    differences.push({ aspect: 'data presence', expected: e.hasData, actual: a.hasData });
  }
  if (e.data !== a.data) {
    differences.push({ aspect: 'data', expected: e.data, actual: a.data });
  }
  const remaining = e.errors.map(key);
  const extra = [];
  for (const error of a.errors) {
    const index = remaining.indexOf(key(error));
    if (index < 0) {
      extra.push(error);
    } else {
      remaining.splice(index, 1);
    }
  }
  if (extra.length || (e.errors.length > 0) !== (a.errors.length > 0)) {
    differences.push({ aspect: 'errors (not a subset of graphql-js errors)', expected: e.errors, actual: a.errors });
  }
  return differences.length ? differences : null;
}
