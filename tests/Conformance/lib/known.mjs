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

/** timing-dependent.json as a Map(case name -> reason): its `cases` and its `listItemRaces`. */
export function loadTimingDependent() {
  const content = readTimingDependent();
  return new Map(Object.entries({ ...(content.cases ?? {}), ...(content.listItemRaces ?? {}) }));
}

/** The timing-dependent cases where even which failing list item's error is reported is a race. */
export function loadListItemRaces() {
  return new Set(Object.keys(readTimingDependent().listItemRaces ?? {}));
}

function readTimingDependent() {
  const file = path.join(ROOT, 'timing-dependent.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
}
