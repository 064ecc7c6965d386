// Compares gateway answers to the expected TestQuery result:
//   node check-response.mjs EXPECTED_FILE BODY_FILE...
// Each body must be a JSON object without "errors" whose value equals the expected one (same data,
// key order aside). Prints "equal: N bodies" or the first difference, and exits 1 on a mismatch.
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';

/** The first path at which `actual` differs from `expected`, or null. */
export function firstDifference(expected, actual, at = '$') {
  if (isDeepStrictEqual(expected, actual)) return null;
  if (typeof expected !== 'object' || expected === null || typeof actual !== 'object' || actual === null || Array.isArray(expected) !== Array.isArray(actual)) {
    return `${at}: expected ${JSON.stringify(expected)?.slice(0, 200)}, got ${JSON.stringify(actual)?.slice(0, 200)}`;
  }
  if (Array.isArray(expected) && expected.length !== actual.length) return `${at}: expected ${expected.length} items, got ${actual.length}`;
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  for (const key of keys) {
    if (!(key in actual)) return `${at}.${key}: missing`;
    if (!(key in expected)) return `${at}.${key}: unexpected (${JSON.stringify(actual[key])?.slice(0, 200)})`;
    const difference = firstDifference(expected[key], actual[key], `${at}.${key}`);
    if (difference) return difference;
  }
  return null;
}

/** Checks one answer's text; returns null when it is the expected result, else what is wrong. */
export function checkAnswer(expected, text) {
  let actual;
  try {
    actual = JSON.parse(text);
  } catch {
    return `not JSON: ${text.slice(0, 300)}`;
  }
  if (actual?.errors) return `errors: ${JSON.stringify(actual.errors).slice(0, 500)}`;
  return firstDifference(expected, actual);
}

if (process.argv[1]?.endsWith('check-response.mjs')) {
  const [expectedFile, ...bodies] = process.argv.slice(2);
  if (!expectedFile || bodies.length === 0) {
    console.error('usage: node check-response.mjs EXPECTED_FILE BODY_FILE...');
    process.exit(2);
  }
  const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));
  for (const body of bodies) {
    const problem = checkAnswer(expected, readFileSync(body, 'utf8'));
    if (problem) {
      console.error(`${body}: ${problem}`);
      process.exit(1);
    }
  }
  console.log(`equal: ${bodies.length} ${bodies.length === 1 ? 'body' : 'bodies'}`);
}
