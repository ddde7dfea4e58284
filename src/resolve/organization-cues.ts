// Words around a name that only an organization has ("Petofi general manager Laszlo Sebesvari",
// "Velmar's board of directors", "chief executive of Velmar", "a stake in Velmar"): the model's PERSON
// there is an ORG, as sure as an honorific makes a person, so that one sense per name carries it to
// the name's other mentions ("Velmar said"); a place's reading of a name the registry knows as an organization too is
// the organization's before those words ("Amazon founder Jeff Bezos"). So does an appositive headed by an organization's noun
// ("Nordvik Marine, the Danish company that…", read by appositives.ts). And a job before "at" or "with" names the employer,
// with the name of the one who holds it between them or not ("analyst Paula Buratti at Indosuez"),
// whatever type the model gave it ("analysts at Investec" read as a place), unless the registry knows
// the name as a place; and a noun of an organization's kind after a name of several words makes it the
// organization's ("the Red Brigade guerrilla group" read as a place). A person's name before ", which" is an
// organization's ("Wilson, which supplies the balls"), and so is a name right after an organization's noun
// ("the mineral water firm Multico"), but a person's full name ("insurer Thierry Dehaan"). The words are data
// (lexicon/organization-cues.json, and the organizations' nouns lexicon/organization-nouns.json).
import type { Candidate } from '../document.js';
import { PLACE_LABELS } from '../document.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
import { organizationAppositive } from './appositives.js';
import { HONORIFIC_CONFIDENCE } from './people.js';
import { isWhiteSpace } from './white-space.js';
// Imported, not read from disk: tsc copies the tables next to the compiled module.
import cues from './lexicon/organization-cues.json' with { type: 'json' };
import nouns from './lexicon/organization-nouns.json' with { type: 'json' };
import { mapEach } from './map-many.js';
import { codeAt } from './code-at.js';

const words = (list: string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');
const AFTER = new RegExp(`^(?:['’]s)?\\s+(?:${words(cues.after)})\\b`, 'i');
const BEFORE = new RegExp(`\\b(?:${words(cues.before)})\\s+(?:the\\s+)?$`, 'i');
/** "analysts at", "an economist with the": a job and its employer's preposition right before the name. */
const WORKPLACE = new RegExp(`\\b(?:${words(cues.workplaces)})\\s+(?:${cues.workplaceLinks.join('|')})\\s+(?:the\\s+)?$`, 'i');
/** ", which": a relative pronoun no person takes (in CoNLL's training part a person's name before ", which" once in 160). */
const WHICH_AFTER = /^, which\b/;
/**
 * Whether ", which" follows a name the model read as a person's, and the pronoun is the name's: not after "of"
 * ("a son of President Suharto, which plans": the son's company), nor a person the registry knows.
 */
function whichAfter(text: string, c: Candidate, registry: RegistryIndex): boolean {
  return text.charCodeAt(c.end) === 44 && WHICH_AFTER.test(text.slice(c.end, c.end + 8)) && !OF_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start))
    && !aliasTypes(registry, text.slice(c.start, c.end)).includes('PERSON');
}
/** "of" before the name, maybe with a title between: "a son of President". */
const OF_BEFORE = /\bof (?:\p{Lu}[\p{L}\p{M}.'’-]* ){0,3}$/u;
/** "analyst Paula Buratti at": a job, the name of the one who holds it, and the employer's preposition. */
const NAMED_WORKPLACE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${words(cues.workplaces)})\\s+(?:\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+){1,3}(?:${cues.workplaceLinks.join('|')})\\s+(?:the\\s+)?$`, 'u');
/** The model's types a workplace cue corrects: a person, a place or a people read where an employer is named. */
const EMPLOYER_MISREAD: ReadonlySet<string> = new Set(['PERSON', 'NORP', ...PLACE_LABELS]);
const PLACES: ReadonlySet<string> = PLACE_LABELS;
/** The link word right before the name, looked for first: most names have none. */
const LINK_BEFORE = new RegExp(`\\b(?:${cues.workplaceLinks.join('|')})\\s+(?:the\\s+)?$`, 'i');
/** A name that goes on as a possessive or a hyphenated word ("at London's", "at Paris-based") is not the employer. */
const NAME_GOES_ON = /^['’-]/;
/** " guerrilla group", " party": a kind of organization after the name, maybe after one modifier. */
const KIND_AFTER = new RegExp(`^ (?:(?:${cues.kindModifiers.join('|')}) )?(?:${nouns.nouns.join('|')})\\b`);
/** What the model may have made of an organization named before its kind: a person or a place. */
const KIND_MISREAD: ReadonlySet<string> = new Set(['PERSON', ...PLACE_LABELS]);
/** What the registry may know a name before a kind noun as, and then it is whose or where the organization is. */
const OWNERS: ReadonlySet<string> = new Set(['PERSON', 'NORP', ...PLACE_LABELS]);
/** How far around the name the cue words may reach. */
const REACH = 40;

/** The last letters (lower case) of the words a cue before a name ends with, maybe followed by "the". */
const lastLetters = (cueWords: string[]) => new Set([...cueWords, 'the'].map((w) => w.charCodeAt(w.length - 1) | 0x20));
const LINK_LAST_LETTERS = lastLetters(cues.workplaceLinks);
const BEFORE_LAST_LETTERS = lastLetters(cues.before);

/**
 * Whether white space before `start` follows a letter of `letters`, as a cue that ends `\s+$` (case aside) needs:
 * most names follow another word, and need no slice or match. The cues are ASCII words, which a case-insensitive
 * regex without the u flag never matches with a character outside ASCII.
 */
function mayFollowCue(text: string, start: number, letters: ReadonlySet<number>): boolean {
  let j = start;
  while (j > 0 && isWhiteSpace(text.charCodeAt(j - 1))) j--;
  if (j === start || j === 0) return false;
  const c = text.charCodeAt(j - 1);
  return c < 128 && letters.has(c >= 65 && c <= 90 ? c | 0x20 : c);
}

/**
 * Whether a job right before the name says it is the employer's, the model read it as something else (any
 * type, when `anyType`), and the registry knows it as no place.
 */
function employer(text: string, c: Candidate, registry: RegistryIndex, anyType = false): boolean {
  if (!anyType && !EMPLOYER_MISREAD.has(c.type)) return false;
  if (!mayFollowCue(text, c.start, LINK_LAST_LETTERS)) return false;
  if (!LINK_BEFORE.test(text.slice(Math.max(0, c.start - 10), c.start))) return false;
  if (!WORKPLACE.test(text.slice(Math.max(0, c.start - REACH), c.start)) && !NAMED_WORKPLACE.test(text.slice(Math.max(0, c.start - 2 * REACH), c.start))) return false;
  return anyType || misreadEmployer(text, c, registry);
}

/** Whether a name where an employer is named is one the model misread: not a possessive, a hyphened word, or a place or a people the registry knows ("journalists from the Ivorian opposition daily"). */
function misreadEmployer(text: string, c: Candidate, registry: RegistryIndex): boolean {
  return EMPLOYER_MISREAD.has(c.type) && !NAME_GOES_ON.test(text.slice(c.end, c.end + 1))
    && !aliasTypes(registry, text.slice(c.start, c.end)).some((t) => PLACES.has(t) || t === 'NORP');
}

/** The organizations' nouns of one word ("network", "firm"): in CoNLL's training part a name right after one is an ORG 83 times in 87. */
const NOUN_WORDS: ReadonlySet<string> = new Set(nouns.nouns.filter((n) => !n.includes(' ')));

/** The word of lower-case letters one space before a position ("network" before "[CNBC]"), or ''. */
function wordBefore(text: string, at: number): string {
  if (codeAt(text, at - 1) !== 32) return '';
  let i = at - 1;
  while (i > 0 && isLowerLetter(text.charCodeAt(i - 1))) i--;
  // A word glued to a hyphen or a letter of another kind before it is no noun of its own ("start-up" is read whole).
  return i < at - 1 && !/[\p{L}\p{M}-]/u.test(text.charAt(i - 1)) ? text.slice(i, at - 1) : '';
}
const isLowerLetter = (code: number) => (code >= 97 && code <= 122) || code === 45;

/** Whether an organization's noun right before a name the model read as a person, a place or a people says it is the organization's. */
function nounBefore(text: string, c: Candidate, registry: RegistryIndex): boolean {
  if (!KIND_MISREAD.has(c.type) && c.type !== 'NORP') return false;
  // A person's full name there is a person described by the noun ("the party's Vladimir Zhirinovsky", "insurer Thierry Dehaan").
  if (c.type === 'PERSON' && text.slice(c.start, c.end).includes(' ')) return false;
  if (!NOUN_WORDS.has(wordBefore(text, c.start))) return false;
  return !aliasTypes(registry, text.slice(c.start, c.end)).some((t) => OWNERS.has(t));
}

/** Whether a kind of organization after a name of several words says it is the organization's. */
function namedKind(text: string, c: Candidate, registry: RegistryIndex): boolean {
  // The kind follows one space: most names are followed by something else, and need no slice or match.
  if (!KIND_MISREAD.has(c.type) || text.charCodeAt(c.end) !== 32 || !KIND_AFTER.test(text.slice(c.end, c.end + 30))) return false;
  const name = text.slice(c.start, c.end);
  return name.includes(' ') && !aliasTypes(registry, name).some((t) => OWNERS.has(t));
}

/** A name listed right after an employer: "analysts at Morgan Stanley and [Bernstein]". */
const LISTED_AFTER = /^(?:,| and| or|, and) $/;

export function organizationsByCue(text: string, candidates: Candidate[], registry: RegistryIndex): Candidate[] {
  // The last name before, and whether it named an employer (asked only when a name is listed right after it): the
  // names listed after an employer are employers too.
  let before: Candidate | undefined;
  let beforeEmployer: boolean | undefined;
  return mapEach(candidates, (c) => {
    let listed = false;
    if (before && c.start > before.end && c.start - before.end <= 6 && LISTED_AFTER.test(text.slice(before.end, c.start))) {
      listed = (beforeEmployer ??= employer(text, before, registry, true));
    }
    if (!before || c.start > before.end) { before = c; beforeEmployer = listed || undefined; }
    if (c.source !== 'model') return c;
    // A person's full name listed there is as likely a person who spoke ("analysts at Halvorsen and Tomas Post said").
    const listedEmployer = listed && misreadEmployer(text, c, registry) && !(c.type === 'PERSON' && text.slice(c.start, c.end).includes(' '));
    if (listedEmployer || employer(text, c, registry) || namedKind(text, c, registry) || nounBefore(text, c, registry)) return { ...c, type: 'ORG', confidence: Math.max(c.confidence, HONORIFIC_CONFIDENCE) };
    // "Amazon founder Jeff Bezos": a place has no founder, the company the registry knows by the name has.
    if (PLACE_LABELS.has(c.type)) {
      return AFTER.test(text.slice(c.end, c.end + REACH)) && aliasTypes(registry, text.slice(c.start, c.end)).includes('ORG') ? { ...c, type: 'ORG' } : c;
    }
    if (c.type !== 'PERSON') return c;
    const cued = AFTER.test(text.slice(c.end, c.end + REACH)) || whichAfter(text, c, registry)
      // "agreed to buy Jony Ive's startup": a possessive's name owns what is bought
      || (mayFollowCue(text, c.start, BEFORE_LAST_LETTERS) && !NAME_GOES_ON.test(text.slice(c.end, c.end + 1)) && BEFORE.test(text.slice(Math.max(0, c.start - REACH), c.start)))
      || organizationAppositive(text, c.end);
    return cued ? { ...c, type: 'ORG', confidence: Math.max(c.confidence, HONORIFIC_CONFIDENCE) } : c;
  });
}
