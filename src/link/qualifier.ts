// The entity named right before a mention that says whose it is: "Iran’s Foreign Ministry",
// "the Iranian judiciary", "US Congress" → Iran, Iran, United States. Context for ambiguous aliases.
import { lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
import { stripPossessive } from '../registry/normalize.js';
import { wordsBefore } from '../registry/words-before.js';

const LOOKBACK = 40;
const MAX_WORDS = 3;

export function qualifierBefore(text: string, start: number, index: RegistryIndex): string | undefined {
  const words = wordsBefore(text, start, LOOKBACK);
  for (let n = Math.min(MAX_WORDS, words.length); n >= 1; n--) {
    const phrase = stripPossessive(words.slice(words.length - n).join(' '));
    for (const hit of lookupAlias(index, phrase)) {
      const entry = index.entries.get(hit.id);
      if (!entry || entry.type === 'PERSON') continue;
      return entry.type === 'NORP' && entry.partOf ? entry.partOf : entry.id;
    }
  }
  return undefined;
}
