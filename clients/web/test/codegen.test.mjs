// The typed operations in src/gql/ are committed; they must be what `npm run codegen` makes now
// from src/operations/*.graphql and ../../schema/gateway.graphql.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createContext, generate, parseArgv } from '@graphql-codegen/cli';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

test('src/gql/ is what npm run codegen generates from the operations and the gateway schema', async () => {
  // Arrange
  process.chdir(root);
  const context = await createContext(parseArgv(['node', 'graphql-codegen', '--config', 'codegen.ts', '--silent']));

  // Act
  const outputs = await generate(context, false);

  // Assert
  assert.ok(outputs.length >= 2, 'codegen produced no files');
  for (const output of outputs) {
    const name = relative(root, join(root, output.filename));
    const committed = readFileSync(join(root, output.filename), 'utf8');
    assert.ok(committed === output.content, `${name} is stale: run \`npm run codegen\` in clients/web and commit src/gql/`);
  }
});
