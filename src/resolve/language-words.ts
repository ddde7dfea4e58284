// A language's name that is a people's word too ("English", "French") names the language where it is spoken, written
// or taught ("speaks English", "in French", "English lessons"), and the people before a noun it qualifies ("English
// councils", "four-time English champions", "French voters"): OntoNotes' LANGUAGE and NORP. The registry reads the word
// as the language; before a noun that is no language's, it is the people's.
import type { Candidate, Token } from '../document.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
import { tokenFrom } from '../text/token-at.js';
import words from './lexicon/language-words.json' with { type: 'json' };
import { mapEach } from './map-many.js';

/** Nouns a language qualifies: "English lessons", "French speakers", "the English version". */
const OF_A_LANGUAGE: ReadonlySet<string> = new Set(words.languageNouns);
const NOUNS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/** Mentions (sorted by start) with a language's name before a noun no language qualifies made its people's word. */
export function peoplesBeforeNouns(text: string, tokens: readonly Token[], mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  // Most articles name no language: nothing to look at.
  if (!mentions.some((c) => c.type === 'LANGUAGE')) return mentions;
  return mapEach(mentions, (c) => {
    if (c.type !== 'LANGUAGE') return c;
    const next = tokens[tokenFrom(tokens, c.end)];
    if (!next || next.start !== c.end + 1 || !NOUNS.has(next.pos) || OF_A_LANGUAGE.has(next.text.toLowerCase())) return c;
    return aliasTypes(registry, text.slice(c.start, c.end)).includes('NORP') ? { ...c, type: 'NORP' } : c;
  });
}
