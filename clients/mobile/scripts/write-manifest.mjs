// Writes persisted-documents.json from operations/*.graphql (npm run manifest).
import { writeFileSync } from 'node:fs';
import { manifestPath, manifestText, readOperations } from './operations.mjs';

const operations = readOperations();
writeFileSync(manifestPath, manifestText(operations));
console.log(`wrote ${operations.length} documents to ${manifestPath}`);
