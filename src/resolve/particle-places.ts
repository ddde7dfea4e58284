// A place's name with a particle inside it that the model read as two places ("[Campobello] di [Mazara]", "[Cernusco]
// sul [Naviglio]", "[Mülheim] an der [Ruhr]"): no English sentence writes two places side by side with "di", "sul" or
// "am" between them, so the two and the particle are one place. Only where both halves are places: "[Banco] de
// [Mexico]" (an organization before a place) stays as it is. The particles are data (lexicon/place-cues.json
// `particles`).
import type { Candidate } from '../document.js';
import { PLACE_LABELS } from '../document.js';
import cues from './lexicon/place-cues.json' with { type: 'json' };
import { joinToNext } from './extend-mentions.js';

const PARTICLE = new RegExp(`^ (?:${cues.particles.join('|')}) $`);
/** How long the text between the two halves may be: the longest particle and its spaces. */
const LONGEST = Math.max(...cues.particles.map((p) => p.length)) + 2;

export function placesWithParticles(text: string, candidates: Candidate[]): Candidate[] {
  // Sorted by start, each candidate's next one is the one right after it; most articles have no such pair.
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const joined = new Map<number, Candidate['type']>();
  for (let k = 0; k + 1 < sorted.length; k++) {
    const [first, second] = [sorted[k], sorted[k + 1]];
    if (!PLACE_LABELS.has(first.type) || !PLACE_LABELS.has(second.type) || second.start <= first.end || second.start - first.end > LONGEST) continue;
    if (PARTICLE.test(text.slice(first.end, second.start))) joined.set(k, 'GPE');
  }
  return joined.size ? joinToNext(sorted, joined) : candidates;
}
