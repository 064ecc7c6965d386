import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_FILE = path.join(ROOT, 'schema.graphql');
export const DATA_FILE = path.join(ROOT, 'data.json');
export const RESOLVERS_FILE = path.join(ROOT, 'resolvers.json');
export const CASES_DIR = path.join(ROOT, 'cases');
export const SCHEMAS_DIR = path.join(ROOT, 'schemas');
export const OUT_DIR = path.join(ROOT, 'out');
export const HOST_DIR = path.join(ROOT, 'Gql.Conformance.Host');
export const HOST_PROJECT = path.join(HOST_DIR, 'Gql.Conformance.Host.csproj');
