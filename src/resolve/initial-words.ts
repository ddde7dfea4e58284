// A word capitalised only because it opens a sentence, a line or a field ("Updated: 28 July 2022",
// "Little did I know") is no name when the article writes it in lower case elsewhere and only the
// model, unsure, proposed it; nor is an unsure word that opens a field and labels a figure after it
// ("| Updated: 28 July"), nor a web page's field word in that place ("| Published 2:15 PM", data in
// lexicon/page-fields.json); nor, at the head of a longer name, a noun that describes the organization after
// it ("Carmaker Toyota said", "Rival AMD": the words are data, lexicon/organization-nouns.json);
// a noun only an organization is says, as an honorific does for a person, that the rest is an ORG; nor a
// common noun that is never a name alone where it opens a sentence ("Police in Sydney said": the words are
// lexicon/opening-nouns.json), nor a person's role before the noun it describes ("Veteran dissident Kim Dae-jung": the
// roles of lexicon/person-cues.json); nor a registry person's lone surname that opens a sentence before a plural noun
// ("Rice farmers protested"), nor the model's unsure person there ("Cruise operators"); nor a registry name read without
// its "The" where such a noun opens a sentence ("Villages near the plant", no The Villages); nor a word of one token
// that the tagger reads as no noun or adjective at all: an interjection, an adverb, a pronoun, a determiner or a
// conjunction ("Uh, there are", "``Obviously, it is", "Neither they nor"), which broadcast transcripts and quotations
// open with, or an auxiliary with its negation ("Don't"); not one of two letters, which may be a short name ("An", "He").
import type { Candidate, Token } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { lineBefore } from './line-before.js';
import type { LowerCaseWords } from './lower-case.js';
import { HONORIFIC_CONFIDENCE, ROLES } from './people.js';
import { isWhiteSpace } from './white-space.js';
import { tokenAt } from '../text/token-at.js';
import { isPlural } from '../numbers/counted.js';
import { startsLower } from './first-letter.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import nouns from './lexicon/organization-nouns.json' with { type: 'json' };
import openingNouns from './lexicon/opening-nouns.json' with { type: 'json' };
import pageFields from './lexicon/page-fields.json' with { type: 'json' };
import { mapEach } from './map-many.js';

const ORGANIZATION_NOUNS: ReadonlySet<string> = new Set(nouns.describing);
const EITHER_NOUNS: ReadonlySet<string> = new Set(nouns.either);
const PAGE_FIELDS: ReadonlySet<string> = new Set(pageFields.words);
const LONGEST_PAGE_FIELD = Math.max(...pageFields.words.map((w) => w.length));
const OPENING_NOUNS: ReadonlySet<string> = new Set(openingNouns.words);
/** Parts of speech of the word after a role that it describes: "Veteran dissident Kim Dae-jung"; not "Son scored". */
const DESCRIBED_POS: ReadonlySet<string> = new Set(['NOUN', 'ADJ']);
/** A describing noun and the space after it, at the start of a name: "Carmaker " of "Carmaker Toyota". */
const LEADING_WORD = /^([\p{L}-]+)\s+(?=\p{Lu})/u;

/**
 * An auxiliary with its negation opening the name, and nothing capitalised after it ('"[Don't say] this"'), or the
 * negation right after the name ('"[Ca]n't you see"', as wink splits "Can't"): no name, however the model read it.
 */
const NEGATED_AUXILIARY = /^\p{Lu}\p{Ll}*n['’]t(?: \p{Ll}|$)/u;
const NEGATION_AFTER = /^n['’]t/u;
/** Universal POS tags of words that are never a name alone: no noun, proper noun, adjective, verb or numeral. */
const NO_NAME_POS: ReadonlySet<string> = new Set(['INTJ', 'ADV', 'PRON', 'DET', 'CCONJ', 'SCONJ']);
/** A word in title case: an acronym in capitals ("US", "IT") may be tagged a pronoun and still be a name. */
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
/** Determiners and pronouns of two letters are also short given names and surnames ("the disappearance of An and Eefje"). */
const SHORT_NAME_POS: ReadonlySet<string> = new Set(['DET', 'PRON']);

/** The words in lower case that end a span: " bank governor" of "Central bank governor". */
const LOWER_CASE_TAIL = /(?:\s+\p{Ll}\S*)+$/u;

/** Below this the model is guessing (its confidence is calibrated: 0.5 is a coin toss). */
const UNSURE = 0.6;
/**
 * What may stand between the start of a line and a word that opens a field: "AFP | Updated:", "- Revenue"; and the
 * opening quotes and the dash of older wire copy ("``Nationalists in the north", "BELFAST (AP)_ Police seized").
 */
const OPENS_FIELD = /(?:^|[|•·\-–—"“(:`_]\s*)$/u;
/** A colon and a figure after the word: it labels a value ("Updated: 28 July"). */
const LABELS_FIELD = /^: ?\d/;
/** How far back along the line what opens a field is looked for. */
const LINE_REACH = 200;

/** text[start, end) up to its first white space ('' when it has none). */
function firstWord(text: string, start: number, end: number): string {
  for (let i = start; i < end; i++) if (isWhiteSpace(text.charCodeAt(i))) return text.slice(start, i);
  return '';
}

export function dropInitialWords(text: string, tokens: readonly Token[], candidates: Candidate[], lower: LowerCaseWords): Candidate[] {
  // Where sentences begin, found when first asked: only a name opening with a describing noun, or an unsure one-word
  // name the article also writes in lower case, needs them.
  let firstOfSentence: Set<number> | undefined;
  const opensSentence = (start: number) => {
    if (!firstOfSentence) {
      firstOfSentence = new Set();
      for (let k = 0; k < tokens.length; k++) if (k === 0 || tokens[k - 1].sentence !== tokens[k].sentence) firstOfSentence.add(tokens[k].start);
    }
    return firstOfSentence.has(start);
  };
  const opens = (start: number) => opensSentence(start) || OPENS_FIELD.test(lineBefore(text, start, LINE_REACH));
  // A registry person's lone surname opening a sentence before a plural noun in lower case qualifies it, as no one's name
  // does: "Rice farmers in Punjab protested", "Wine producers expect" (not Declan Rice, Bobi Wine).
  const qualifiesPlural = (c: Candidate) => c.source === 'registry' && c.type === 'PERSON' && opensSentence(c.start)
    && !/\s/.test(text.slice(c.start, c.end)) && pluralNounNext(tokens, c);
  // The model, unsure, reading the same word as a person ("Cruise operators said") read it as that surname too.
  const qualifying = new Set(candidates.filter(qualifiesPlural).map((c) => `${c.start}:${c.end}`));
  // (most articles have no such surname: no key built then)
  const surnameQualifying = (c: Candidate) => qualifying.size > 0 && c.source === 'model' && c.type === 'PERSON' && c.confidence < UNSURE && qualifying.has(`${c.start}:${c.end}`);
  return mapEach(candidates, (c): Candidate => {
    if (c.source !== 'model' || !NAME_LABELS.has(c.type)) return c;
    // The leading word is all before the first space: most names open with no describing noun, and need no match.
    const noun = firstWord(text, c.start, c.end).toLowerCase();
    if (!(ORGANIZATION_NOUNS.has(noun) || EITHER_NOUNS.has(noun))) return c;
    const lead = LEADING_WORD.exec(text.slice(c.start, c.end));
    if (!lead || !opens(c.start)) return c;
    const start = c.start + lead[0].length;
    return ORGANIZATION_NOUNS.has(noun) ? { ...c, start, type: 'ORG', confidence: Math.max(c.confidence, HONORIFIC_CONFIDENCE) } : { ...c, start };
  }).filter((c) => {
    if (qualifiesPlural(c) || surnameQualifying(c)) return false;
    // A registry name that begins with "The", read without it where a common noun opens a sentence ("Villages near").
    if (c.source === 'registry' && OPENING_NOUNS.has(text.slice(c.start, c.end)) && opensSentence(c.start)) return false;
    if (c.source !== 'model' || !NAME_LABELS.has(c.type)) return true;
    // A name longer than any page's field word that the model is sure of stays: most, and they need no slice.
    if (c.end - c.start > LONGEST_PAGE_FIELD && c.confidence >= UNSURE) return true;
    const word = text.slice(c.start, c.end);
    // The model's span may run on into words in lower case that trimming cuts later ("[Central bank] governor"): the
    // opening noun is its capitalised words.
    if ((PAGE_FIELDS.has(word) || OPENING_NOUNS.has(word.replace(LOWER_CASE_TAIL, ''))) && opens(c.start)) return false;
    if (functionWord(tokens, c, word) || NEGATED_AUXILIARY.test(word) || NEGATION_AFTER.test(text.slice(c.end, c.end + 3))) return false;
    if (ROLES.has(word.toLowerCase()) && describesNext(tokens, c) && opens(c.start)) return false;
    if (c.confidence >= UNSURE) return true;
    if (/\s/.test(word)) return true;
    // A field's label before its value: "| Updated: 28 July 2022", "Posted: 3 June".
    if (LABELS_FIELD.test(text.slice(c.end, c.end + 4)) && OPENS_FIELD.test(lineBefore(text, c.start, LINE_REACH))) return false;
    if (!lower.has(word)) return true;
    return !opens(c.start);
  });
}

/** Whether a word is one of the common nouns and participles that open sentences and are no name alone ("Police", "Armed"). */
export function isOpeningNoun(word: string): boolean {
  return OPENING_NOUNS.has(word);
}

/** What follows a plural noun that heads its phrase: a verb, a preposition, a stop ("farmers in", "producers expect"). */
const AFTER_SUBJECT_POS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADP', 'PUNCT', 'CCONJ']);

/**
 * Whether the word right after a name is a plural noun in lower case, which the name's word qualifies: one followed by
 * what follows a subject, not by its object ("Sunak scraps HS2", a headline's verb the tagger reads as a noun).
 */
function pluralNounNext(tokens: readonly Token[], c: { end: number }): boolean {
  const k = tokenAt(tokens, c.end);
  const next = tokens[k], after = tokens[k + 1];
  return next !== undefined && next.pos === 'NOUN' && startsLower(next.text) && isPlural(next.text) && (after === undefined || AFTER_SUBJECT_POS.has(after.pos));
}

/** Whether the word after a name is a noun or an adjective in lower case, which the name's word describes. */
export function describesNext(tokens: readonly Token[], c: { end: number }): boolean {
  const next = tokens[tokenAt(tokens, c.end)];
  return next !== undefined && DESCRIBED_POS.has(next.pos) && /^\p{Ll}/u.test(next.text);
}

/** Whether a name is one token the tagger reads as a function word or an adverb ("Uh", "Obviously", "Neither"). */
function functionWord(tokens: readonly Token[], c: Candidate, word: string): boolean {
  const t = tokens[tokenAt(tokens, c.start)];
  return t !== undefined && t.start === c.start && t.end === c.end && NO_NAME_POS.has(t.pos) && TITLE_CASE.test(word)
    && !(word.length < 3 && SHORT_NAME_POS.has(t.pos));
}
