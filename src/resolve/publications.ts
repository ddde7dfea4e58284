// Newspapers and magazines the model reads as places or leaves untyped. A place's name or a day before a
// newspaper's head word is the newspaper's name, an ORG ("the Lakeport Herald", "the Arden Post",
// "the Sunday Courier": not the place "Lakeport" and an ORG "Herald"), unless another capitalised word
// follows ("Arden Post Office"). And a name right before "newspaper", "daily" or "magazine" is the
// publication's ("the Zorya Vilna newspaper"), unless it is its owner's or its home's: one word the model
// read as a person, a place, a people or a language, or a name the registry knows as one ("a Lagos
// newspaper", "the Kenyan daily"). The words are data (lexicon/publications.json).
import type { Candidate } from '../document.js';
import { NAME_LABELS, PLACE_LABELS, TIME_LABELS } from '../document.js';
import { isCalendarWord, WEEKDAYS } from '../lexicon/calendar.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
import { HONORIFIC_CONFIDENCE } from './people.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import words from './lexicon/publications.json' with { type: 'json' };
import { mapEach } from './map-many.js';

const HEAD = `(?:${words.heads.join('|')})`;
/** A head word after the name, maybe joined to another ("Sun-Times"), no capitalised word after it. */
const HEAD_AFTER = new RegExp(`^ ${HEAD}(?:-${HEAD})?(?![\\p{L}\\d'’-])(?! \\p{Lu})`, 'u');
/** A name that already ends in a head word. */
const HEAD_END = new RegExp(` ${HEAD}(?:-${HEAD})?$`, 'u');
const NOUN_AFTER = new RegExp(`^ (?:${words.nouns.join('|')})\\b`);
const HOMES: ReadonlySet<string> = new Set([...PLACE_LABELS, 'NORP', 'LANGUAGE']);

export function publications(text: string, candidates: Candidate[], registry: RegistryIndex): Candidate[] {
  return mapEach(candidates, (c) => {
    const place = PLACE_LABELS.has(c.type);
    // A day alone (a timex's "Sunday") may begin a name; a date of more words does not.
    const day = TIME_LABELS.has(c.type) && isCalendarWord(WEEKDAYS, text.slice(c.start, c.end));
    // Both cues after a name open with a space: most names are followed by something else, and need no slice or match.
    const spaceAfter = text.charCodeAt(c.end) === 32;
    if (place || day) {
      const head = spaceAfter ? HEAD_AFTER.exec(text.slice(c.end, c.end + 24)) : null;
      if (head) return { ...c, end: c.end + head[0].length, type: 'ORG', confidence: Math.max(c.confidence, HONORIFIC_CONFIDENCE) };
      if (place && HEAD_END.test(text.slice(c.start, c.end))) return { ...c, type: 'ORG' };
    }
    if (!spaceAfter || !NAME_LABELS.has(c.type) || c.type === 'ORG' || !NOUN_AFTER.test(text.slice(c.end, c.end + 12))) return c;
    // One word before the noun is as often whose it is or where it is from ("a Murdoch newspaper", "the
    // Bengali daily", "a Lagos weekly"); a name of several words is the publication's, unless the registry
    // knows it as its home ("a New York daily").
    const name = text.slice(c.start, c.end);
    if (!name.includes(' ') && (c.type === 'PERSON' || HOMES.has(c.type))) return c;
    const home = aliasTypes(registry, name).some((t) => HOMES.has(t));
    return home ? c : { ...c, type: 'ORG' };
  });
}
