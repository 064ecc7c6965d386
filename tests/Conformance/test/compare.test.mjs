// The comparison itself must be able to fail: these pin what counts as a difference.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareResponses, compareTimingDependent, normalize } from '../lib/compare.mjs';

const aspects = (expected, actual) => (compareResponses(expected, actual) ?? []).map((d) => d.aspect);

test('identical responses agree', () => {
  const response = { data: { a: 1, b: [1, null] }, errors: [{ message: 'm', locations: [{ line: 1, column: 2 }], path: ['b', 1] }] };
  assert.equal(compareResponses(response, structuredClone(response)), null);
});

test('field order in data is significant', () => {
  assert.deepEqual(aspects({ data: { a: 1, b: 2 } }, { data: { b: 2, a: 1 } }), ['data']);
});

test('absent data differs from null data', () => {
  assert.deepEqual(aspects({ errors: [{ message: 'x' }] }, { data: null, errors: [{ message: 'x' }] }), ['data presence', 'data']);
});

test('errors compare by message, locations and path, not extensions', () => {
  const error = { message: 'm', locations: [{ line: 1, column: 3 }], path: ['a'] };
  assert.equal(compareResponses({ errors: [error] }, { errors: [{ ...error, extensions: { code: 'X' } }] }), null);
  assert.deepEqual(aspects({ errors: [error] }, { errors: [{ ...error, message: 'n' }] }), ['errors']);
  assert.deepEqual(aspects({ errors: [error] }, { errors: [{ ...error, locations: [{ line: 1, column: 4 }] }] }), ['errors']);
  assert.deepEqual(aspects({ errors: [error] }, { errors: [{ ...error, path: ['b'] }] }), ['errors']);
});

test('an absent errors entry equals an empty list', () => {
  assert.equal(compareResponses({ data: {} }, { data: {}, errors: [] }), null);
  assert.deepEqual(normalize({ data: {} }).errors, []);
});

test('errors in another order are reported as an order-only difference', () => {
  const a = { message: 'a' };
  const b = { message: 'b' };
  assert.deepEqual(aspects({ errors: [a, b] }, { errors: [b, a] }), ['errors (order only)']);
});

test('response streams compare event by event', () => {
  const stream = { stream: [{ data: { n: 1 } }, { data: { n: 2 } }] };
  assert.equal(compareResponses(stream, structuredClone(stream)), null);
  assert.deepEqual(aspects(stream, { stream: [{ data: { n: 1 } }] }), ['stream length']);
  assert.deepEqual(aspects(stream, { stream: [{ data: { n: 1 } }, { data: { n: 3 } }] }), ['event 1: data']);
  assert.deepEqual(aspects(stream, { data: null }), ['stream or single result']);
});

test('timing-dependent cases accept fewer errors but no other error, and data must match', () => {
  const a = { message: 'a', locations: [{ line: 1, column: 1 }], path: ['x', 'a'] };
  const b = { message: 'b', locations: [{ line: 2, column: 1 }], path: ['x', 'b'] };
  const expected = { data: { x: null }, errors: [a, b] };
  assert.equal(compareTimingDependent(expected, { data: { x: null }, errors: [b] }), null);
  assert.equal(compareTimingDependent(expected, { data: { x: null }, errors: [b, a] }), null);
  assert.ok(compareTimingDependent(expected, { data: { x: null }, errors: [{ ...b, message: 'other' }] }));
  assert.ok(compareTimingDependent(expected, { data: { x: null }, errors: [] }));
  assert.ok(compareTimingDependent(expected, { data: { x: 1 }, errors: [b] }));
});

test('a list item race compares error paths without their list indices', () => {
  const expected = { data: { x: null }, errors: [{ message: 'm', locations: [{ line: 1, column: 2 }], path: ['x', 0, 'f'] }] };
  const otherItem = { data: { x: null }, errors: [{ message: 'm', locations: [{ line: 1, column: 2 }], path: ['x', 1, 'f'] }] };
  assert.ok(compareTimingDependent(expected, otherItem));
  assert.equal(compareTimingDependent(expected, otherItem, { anyListIndex: true }), null);
  assert.ok(compareTimingDependent(expected, { ...otherItem, errors: [{ ...otherItem.errors[0], path: ['y', 1, 'f'] }] }, { anyListIndex: true }));
});
