import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.mjs';

/** known-mismatches.json as a Map(case name -> reason). */
export function loadKnownMismatches() {
  const file = path.join(ROOT, 'known-mismatches.json');
  if (!fs.existsSync(file)) {
    return new Map();
  }
  return new Map(Object.entries(JSON.parse(fs.readFileSync(file, 'utf8')).cases ?? {}));
}

/** timing-dependent.json as a Map(case name -> reason). */
export function loadTimingDependent() {
  const file = path.join(ROOT, 'timing-dependent.json');
  if (!fs.existsSync(file)) {
    return new Map();
  }
  return new Map(Object.entries(JSON.parse(fs.readFileSync(file, 'utf8')).cases ?? {}));
}
