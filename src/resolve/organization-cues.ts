// Words around a name that only an organization has ("Petofi general manager Laszlo Sebesvari",
// "Velmar's board of directors", "chief executive of Velmar", "a stake in Velmar"): the model's PERSON
// there is an ORG, as sure as an honorific makes a person, so that one sense per name carries it to
// the name's other mentions ("Velmar said"). So does an appositive headed by an organization's noun
// ("Nordvik Marine, the Danish company that…", read by appositives.ts). And a job before "at" or "with" names the employer,
// with the name of the one who holds it between them or not ("analyst Paula Buratti at Indosuez"),
// whatever type the model gave it ("analysts at Investec" read as a place), unless the registry knows
// the name as a place; and a noun of an organization's kind after a name of several words makes it the
// organization's ("the Red Brigade guerrilla group" read as a place). A person's name before ", which" is an
// organization's ("Wilson, which supplies the balls"). The words are data
// (lexicon/organization-cues.json, and the organizations' nouns lexicon/organization-nouns.json).
import type { Candidate, Token } from '../document.js';
import { PLACE_LABELS } from '../document.js';
import { isCalendarWord, MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
import { organizationAppositive } from './appositives.js';
import { startsLower, startsUpper } from './first-letter.js';
import { HONORIFIC_CONFIDENCE } from './people.js';
import { isWhiteSpace } from './white-space.js';
// Imported, not read from disk: tsc copies the tables next to the compiled module.
import cues from './lexicon/organization-cues.json' with { type: 'json' };
import nouns from './lexicon/organization-nouns.json' with { type: 'json' };

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

/** An organization's noun in lower case right before the name: "the cable television network [CNBC]", "chipmaker [Nvidia]". */
const NOUN_BEFORE = new RegExp(`(?<![\\p{L}-])(?:${nouns.nouns.join('|')}) $`, 'u');
/** As sure as what the model reads there: in CoNLL's training part a name right after such a noun is an ORG 83 times in 87. */
const NOUN_BEFORE_CONFIDENCE = 0.6;
/** The organizations' nouns of one word, as tokens are ("network", "firm"). */
const NOUN_WORDS: ReadonlySet<string> = new Set(nouns.nouns.filter((n) => !n.includes(' ')));
/** The capitalised words of a name at a position: "CNBC", "Human Rights". */
const NAME_AT = /\p{Lu}[\p{L}\p{M}\d&'’.-]*(?: \p{Lu}[\p{L}\p{M}\d&'’.-]*){0,3}/uy;

/** A name going on past a connector or a slash: " in China", " of Canada", " / A". */
const GOES_ON = /^ (?:of|in|for|and|de|\/) /;

/** Whether an organization's noun right before a name the model read as a person, a place or a people says it is the organization's. */
function nounBefore(text: string, c: Candidate, registry: RegistryIndex): boolean {
  if (!KIND_MISREAD.has(c.type) && c.type !== 'NORP') return false;
  // A person's full name there is a person described by the noun ("the party's Vladimir Zhirinovsky", "insurer Thierry Dehaan").
  if (c.type === 'PERSON' && text.slice(c.start, c.end).includes(' ')) return false;
  if (!NOUN_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start))) return false;
  return !aliasTypes(registry, text.slice(c.start, c.end)).some((t) => OWNERS.has(t));
}

/**
 * Names right after an organization's noun, proposed as ORGs where the model may have read none ("on the cable
 * television network [CNBC] Friday"); not a month, a weekday, a name the registry knows as a person, a place or a people,
 * or a given name and more.
 */
export function organizationsAfterNouns(text: string, tokens: readonly Token[], registry: RegistryIndex, isNameWord: (word: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    // A noun's token, then one space and a capital: most tokens are no noun, and need no more.
    if (!startsLower(tokens[k].text) || !NOUN_WORDS.has(tokens[k].text) || tokens[k + 1].start !== tokens[k].end + 1 || !startsUpper(tokens[k + 1].text)) continue;
    NAME_AT.lastIndex = tokens[k + 1].start;
    const m = NAME_AT.exec(text);
    if (!m) continue;
    // The name ends before a date ("CNBC Friday") and keeps a company's full stop only.
    const words = m[0].split(' ');
    const date = words.findIndex((w) => isCalendarWord(MONTHS, w) || isCalendarWord(WEEKDAYS, w));
    const kept = (date < 0 ? words : words.slice(0, date)).join(' ');
    const name = kept.replace(/[.,]$/, (dot) => (/\b(?:Inc|Corp|Co|Ltd|Bros)\.$/.test(kept) ? dot : ''));
    const end = m.index + name.length;
    // A name that goes on past a connector ("the group Human Rights in China") is not read here.
    if (name.length < 2 || GOES_ON.test(text.slice(end, end + 6)) || aliasTypes(registry, name).some((t) => OWNERS.has(t))) continue;
    // A given name and more is a person the noun describes ("insurer Thierry Dehaan").
    if (name.includes(' ') && isNameWord(name.slice(0, name.indexOf(' ')))) continue;
    out.push({ start: m.index, end, type: 'ORG', source: 'rules', confidence: NOUN_BEFORE_CONFIDENCE });
  }
  return out;
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
  // The end of the last employer named after a job, whatever read it: the names listed after it are employers too.
  let employerEnd = -1;
  return candidates.map((c) => {
    const listed = employerEnd >= 0 && c.start > employerEnd && c.start - employerEnd <= 6 && LISTED_AFTER.test(text.slice(employerEnd, c.start));
    if (listed || (c.start > employerEnd && employer(text, c, registry, true))) employerEnd = c.end;
    if (c.source !== 'model') return c;
    // A person's full name listed there is as likely a person who spoke ("analysts at Halvorsen and Tomas Post said").
    const listedEmployer = listed && misreadEmployer(text, c, registry) && !(c.type === 'PERSON' && text.slice(c.start, c.end).includes(' '));
    if (listedEmployer || employer(text, c, registry) || namedKind(text, c, registry) || nounBefore(text, c, registry)) return { ...c, type: 'ORG', confidence: Math.max(c.confidence, HONORIFIC_CONFIDENCE) };
    if (c.type !== 'PERSON') return c;
    const cued = AFTER.test(text.slice(c.end, c.end + REACH)) || whichAfter(text, c, registry)
      || (mayFollowCue(text, c.start, BEFORE_LAST_LETTERS) && BEFORE.test(text.slice(Math.max(0, c.start - REACH), c.start)))
      || organizationAppositive(text, c.end);
    return cued ? { ...c, type: 'ORG', confidence: Math.max(c.confidence, HONORIFIC_CONFIDENCE) } : c;
  });
}
