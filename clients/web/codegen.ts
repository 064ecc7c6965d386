import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations for src/operations/*.graphql, checked against the gateway's public schema.
// The output (src/gql/) is not committed: build, dev, start and the tests generate it first.
const config: CodegenConfig = {
  schema: '../../schema/gateway.graphql',
  documents: ['src/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql' },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Decimal: 'number', DateTime: 'string' },
      },
    },
  },
};

export default config;
