// The mobile operations (operations/*.graphql, one per screen) and their trusted-documents ids.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const operationsDir = join(root, 'operations');
export const manifestPath = join(root, 'persisted-documents.json');
export const gatewaySchemaPath = join(root, '..', '..', 'schema', 'gateway.graphql');

/** The document text a client sends: the file without its trailing newline. */
export function readOperations() {
  return readdirSync(operationsDir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(operationsDir, file), 'utf8').trimEnd() }));
}

/** Hot Chocolate / graphql-codegen style id: "sha256:" + lower-case hex of the UTF-8 text. */
export function documentId(text) {
  return 'sha256:' + createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The manifest (id -> text) as it is written to persisted-documents.json. */
export function manifestText(operations) {
  const entries = Object.fromEntries(operations.map(({ text }) => [documentId(text), text]));
  return JSON.stringify(entries, null, 2) + '\n';
}
