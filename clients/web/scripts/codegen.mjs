// GraphQL Code Generator with codegen.ts, as `npm run codegen` runs it: writes src/gql/ from
// src/operations/*.graphql and ../../schema/gateway.graphql (a file is rewritten only when its
// content changes, so concurrent runs on the same inputs leave it alone).
import { createContext, generate, parseArgv } from '@graphql-codegen/cli';

export async function generateOperationTypes(root) {
  process.chdir(root);
  const context = await createContext(parseArgv(['node', 'graphql-codegen', '--config', 'codegen.ts', '--silent']));
  return generate(context, true);
}
