// Two names written side by side that the model read as one running into the second: "[Jeju Air Boeing] 737-800",
// "[Air India Boeing] 787-8". Where a surer registry name of several words starts inside the model's name and ends
// past it, the model's name ends where the registry's begins ("Jeju Air"), and the two are weighed as two.
import type { Candidate } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { candidate } from './candidates.js';
import { mapMany } from './map-many.js';
import { hasSource } from './sources.js';

export function cutBeforeSurerNames(text: string, candidates: Candidate[]): Candidate[] {
  const registered = candidates.filter((c) => c.source === 'registry' && NAME_LABELS.has(c.type) && text.lastIndexOf(' ', c.end - 1) > c.start)
    .sort((a, b) => a.start - b.start);
  if (!registered.length) return candidates;
  return mapMany(candidates, (c) => {
    if (!NAME_LABELS.has(c.type) || hasSource(c.source, 'registry')) return [c];
    const into = runsInto(c, registered);
    if (!into) return [c];
    const end = text.slice(c.start, into.start).trimEnd().length + c.start;
    return end > c.start ? [candidate(c.start, end, c.type, c.source, c.confidence, c.value, c.attrs)] : [];
  });
}

/** The first of `surer` (sorted by start) that starts inside `c`, ends past it and is surer than it. */
function runsInto(c: Candidate, surer: readonly Candidate[]): Candidate | undefined {
  let lo = 0, hi = surer.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (surer[mid].start <= c.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < surer.length && surer[k].start < c.end; k++) if (surer[k].end > c.end && surer[k].confidence > c.confidence) return surer[k];
  return undefined;
}
