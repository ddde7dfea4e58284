// A law whose subject is two things joined by "and" ("the Immigration and Nationality Act", "the Food and Drug Act"):
// the model reads the first thing apart, as an organization or a place, and the rest as the law. One capitalised word
// right before " and " and a LAW is the law's first word, unless it is a person's or a name the registry knows
// ("Congress and Inflation Reduction Act" name two things).
import type { Candidate } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
import { joinToNext } from './extend-mentions.js';

const AND = ' and ';

/** Mentions (sorted by start, without overlaps) with a law's first subject taken into the law. */
export function lawSubjects(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  let joined: Map<number, undefined> | undefined;
  for (let k = 0; k + 1 < mentions.length; k++) {
    const [first, law] = [mentions[k], mentions[k + 1]];
    // Most mentions are followed by no law: the cheap tests first.
    if (law.type !== 'LAW' || law.start - first.end !== AND.length || first.type === 'PERSON' || !NAME_LABELS.has(first.type)) continue;
    const word = text.slice(first.start, first.end);
    if (word.includes(' ') || text.slice(first.end, law.start) !== AND || lookupAlias(registry, word).length) continue;
    (joined ??= new Map()).set(k, undefined);
  }
  return joined ? joinToNext(mentions, joined) : mentions;
}
