import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Kind, parse } from 'graphql';
import { documentId, manifestPath, manifestText, readOperations } from '../scripts/operations.mjs';

const operations = readOperations();

test('there is one operation per screen, each a single named operation', () => {
  assert.ok(operations.length >= 8, `expected the mobile screens' operations, found ${operations.length}`);
  for (const { file, text } of operations) {
    const definitions = parse(text).definitions;
    const named = definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    assert.equal(named.length, 1, `${file} must hold exactly one operation`);
    assert.equal(`${named[0].name?.value}.graphql`, file, `${file} must be named after its operation`);
  }
});

test('persisted-documents.json is the manifest of operations/ (run `npm run manifest` after a change)', () => {
  assert.equal(readFileSync(manifestPath, 'utf8'), manifestText(operations));
});

test('sending the document id instead of the text saves request bytes', () => {
  let textBytes = 0;
  let idBytes = 0;
  const rows = [];
  for (const { file, text } of operations) {
    const withText = Buffer.byteLength(JSON.stringify({ query: text, variables: {} }));
    const withId = Buffer.byteLength(JSON.stringify({ documentId: documentId(text), variables: {} }));
    assert.ok(withId < withText, `${file}: the id request (${withId} B) must be smaller than the text request (${withText} B)`);
    textBytes += withText;
    idBytes += withId;
    rows.push(`${file}: ${withText} B -> ${withId} B`);
  }

  const saved = 1 - idBytes / textBytes;
  console.log(rows.join('\n'));
  console.log(`all screens: ${textBytes} B -> ${idBytes} B (${(saved * 100).toFixed(0)}% saved)`);
  assert.ok(saved > 0.5, `expected ids to save more than half of the request bytes, saved ${(saved * 100).toFixed(0)}%`);
});
