// The American press tags a lawmaker with party and home: "Sen. Ted Cruz, R-Texas", "Rep. Vicki Lopez, R-Miami",
// "(D-Calif.)". After the party's letter and its hyphen comes a place, whatever the model made of the tag ("R-Miami"
// as one place, "R-University Place" a person, "D-Prince William" the prince) or missed ("D-Beaverton"). In prose the
// home comes before the party's member: "a Salado Republican", "an Austin Democrat" are a place and a party's people
// (the model read one name, a person's or an organization's), unless the registry knows the words before the party as
// no place ("a Tea Party Republican", "a Black Democrat") or the two as one name ("a Social Democrat").
import type { Candidate } from '../document.js';
import { PLACE_LABELS } from '../document.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
import { candidate } from './candidates.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import cues from './lexicon/place-cues.json' with { type: 'json' };

/** ", R-Miami," or "(D-Calif.)": the party's letter, and the place's capitalised words or initials ("N.C.") up to what ends the tag. */
const TAG = /(?:, |\()[RDI]-((?:\p{Lu}\.){2,}|\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*)(?=[,;)]|\.?(?:\s|$))/gu;
/** A state's abbreviation, whose full stop is its own: "Calif.", "Fla.", "Mass.". */
const ABBREVIATED = /(?:^|\s)\p{Lu}\p{Ll}{1,4}$/u;
/** As sure as a credit line's parts: the tag's form says what follows the letter. */
const CONFIDENCE = 0.9;

/** Mentions (sorted by start, without overlaps) with each tag's place a GPE in place of what the tag was read as. */
export function partyHometowns(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  // Most articles hold no party's tag: no pattern is tried on them.
  const tagged = text.includes('R-') || text.includes('D-') || text.includes('I-');
  const members = PARTY_MEMBERS.some((word) => text.includes(` ${word}`));
  if (!tagged && !members) return mentions;
  const places: Candidate[] = [];
  for (const m of tagged ? text.matchAll(TAG) : []) {
    let end = m.index + m[0].length;
    const start = end - m[1].length;
    if (text.charCodeAt(end) === 46 && ABBREVIATED.test(m[1])) end++;
    places.push(candidate(start, end, 'GPE', 'rules', CONFIDENCE));
  }
  // The home and the party's member in prose: each its own mention, over what a recognizer read across them.
  const homes: Candidate[] = [];
  for (const m of members ? text.matchAll(HOME_AND_PARTY) : []) {
    const start = m.index + m[0].indexOf(m[1]);
    const types = aliasTypes(registry, m[1]);
    if ((types.length && !types.some((t) => PLACE_LABELS.has(t))) || aliasTypes(registry, `${m[1]} ${m[2]}`).length) continue;
    const end = start + m[1].length;
    homes.push(candidate(start, end, 'GPE', 'rules', CONFIDENCE), candidate(end + 1, end + 1 + m[2].length, 'NORP', 'rules', CONFIDENCE));
  }
  if (!places.length && !homes.length) return mentions;
  // The tag from its letter on is the place's: what a recognizer read across it gives way.
  const kept = mentions.filter((c) => !places.some((p) => c.start < p.end && c.end > p.start - 2) && !homes.some((h) => c.start < h.end && c.end > h.start));
  return [...kept, ...places, ...homes].sort((a, b) => a.start - b.start);
}

/** A party's members' words (lexicon/place-cues.json partyMembers): "Republican", "Democrat". */
const PARTY_MEMBERS: readonly string[] = cues.partyMembers;
/** "a Salado Republican": "a" or "an", up to three capitalised words, and a party's member. */
const HOME_AND_PARTY = new RegExp(`\\b(?:a|an) (\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,2}) (${PARTY_MEMBERS.join('|')})\\b`, 'gu');
