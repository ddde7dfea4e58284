// A language's name that is a people's word too ("English", "French") names the language where it is spoken, written
// or taught ("speaks English", "in French", "English lessons"), and the people before a noun it qualifies ("English
// councils", "four-time English champions", "French voters"): OntoNotes' LANGUAGE and NORP. The registry reads the word
// as the language; before a noun that is no language's, it is the people's.
import type { Candidate, Token } from '../document.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
import { tokenFrom } from '../text/token-at.js';
import { NOMINAL } from '../text/word-classes.js';
import words from './lexicon/language-words.json' with { type: 'json' };
import { mapEach } from './map-many.js';

/** Nouns a language qualifies: "English lessons", "French speakers", "the English version". */
const OF_A_LANGUAGE: ReadonlySet<string> = new Set(words.languageNouns);
/** Nouns before which a people's word is the language: "Italian speakers", "a Dutch translation" (not "German radio"). */
const SPOKEN_BEFORE: ReadonlySet<string> = new Set(words.spokenBefore);
/** Words after which a language is spoken, written or taught: "in Italian", "speaks Dutch", "translated into Spanish". */
const SPOKEN_AFTER: ReadonlySet<string> = new Set(words.spokenAfter);
/** What the one word between may be ("fluent", "halting"), not a determiner or a pronoun ("in the Spanish first division"). */
const MODIFIER_TAGS: ReadonlySet<string> = new Set(['ADJ', 'VERB']);

/**
 * Mentions with a people's word that is also a language's name made the language where it is spoken, written or taught:
 * after "in", "speaks", "into" (past an adjective: "spoke halting Dutch"), or before a noun of speaking
 * ("Italian speakers"), and after "and" or "or" that joins it to such a language ("in Italian and then in Spanish",
 * "in English and French"). Before any other noun it stays the people's ("in Italian politics").
 */
export function languagesSpoken(text: string, tokens: readonly Token[], mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  let previous: Candidate | undefined;
  return mapEach(mentions, (c) => {
    const spoken = c.type === 'NORP' && spokenAsLanguage(text, tokens, c, previous) && aliasTypes(registry, text.slice(c.start, c.end)).includes('LANGUAGE');
    const out = spoken ? { ...c, type: 'LANGUAGE' as const } : c;
    previous = out;
    return out;
  });
}

function spokenAsLanguage(text: string, tokens: readonly Token[], c: Candidate, previous: Candidate | undefined): boolean {
  const at = tokenFrom(tokens, c.start);
  if (tokens[at]?.end !== c.end) return false;
  const next = tokens[at + 1];
  const adjacent = next !== undefined && next.start === c.end + 1 && next.sentence === tokens[at].sentence;
  if (adjacent && SPOKEN_BEFORE.has(next.text.toLowerCase())) return true;
  // (nor before an adjective of a noun: "in Russian presidential elections")
  if (adjacent && (NOMINAL.has(next.pos) || next.pos === 'ADJ')) return false;
  const word = (k: number) => (tokens[k]?.sentence === tokens[at].sentence ? tokens[k].text : '');
  const before = word(at - 1).toLowerCase();
  if (SPOKEN_AFTER.has(before) || (MODIFIER_TAGS.has(tokens[at - 1]?.pos ?? '') && /^\p{Ll}+$/u.test(word(at - 1)) && SPOKEN_AFTER.has(word(at - 2).toLowerCase()))) return true;
  // (joined to a language named just before: "in English and French")
  return (before === 'and' || before === 'or') && previous?.type === 'LANGUAGE' && text.slice(previous.end, c.start).length <= ' and then in '.length;
}

/** Mentions (sorted by start) with a language's name before a noun no language qualifies made its people's word. */
export function peoplesBeforeNouns(text: string, tokens: readonly Token[], mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  // Most articles name no language: nothing to look at.
  if (!mentions.some((c) => c.type === 'LANGUAGE')) return mentions;
  return mapEach(mentions, (c) => {
    if (c.type !== 'LANGUAGE') return c;
    const next = tokens[tokenFrom(tokens, c.end)];
    if (!next || next.start !== c.end + 1 || !NOMINAL.has(next.pos) || OF_A_LANGUAGE.has(next.text.toLowerCase())) return c;
    return aliasTypes(registry, text.slice(c.start, c.end)).includes('NORP') ? { ...c, type: 'NORP' } : c;
  });
}
