// The model's MISC names are typed NORP where no word of theirs says otherwise (ner/name-types.ts): a people's name
// is the most common MISC in the 1996 wire. But in today's news the MISC names that are no people's are titles of
// works more than anything else ("won for [Fearless]", "his work on critically-acclaimed [IGOR]", "Best Pop Solo
// Performance for [Bad Guy]"), and the people's names are a demonym's shape or the registry's. So a name only the
// model read as a people's, no word of which has a people's ending (-an, -ese, -ish, -i, -ic, -ist, -ite, -ch, -er,
// a plural's s: "Bosnian", "Congolese", "Sunni", "Catholics", "Tories"; not "Fearless", "Renaissance") or is a people's
// name of no such ending (lexicon/peoples.json: "Swede", "Kurd"), that ends in no organization's or place's head
// ("Veldish League"), and that the registry knows as nothing, is a WORK_OF_ART. CoNLL scores both as MISC: only
// the labels of today's news change. Nor is the last word of a title a name ("the Secretary of [State] noted"): it goes;
// nor a word with no capital ("Shares [of] Twitter's rival"), nor the word that opens a sentence, or follows a
// dateline's date or dash, where the tagger reads a verb or an adjective ("MOSCOW 1996-12-17 [Masked] gunmen shot dead
// six"): a capital there is the sentence's.
import type { Candidate, Token } from '../document.js';
import { endsNonPersonName } from '../ner/name-types.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
import { endsTitle } from '../registry/titles.js';
import { tokenAt } from '../text/token-at.js';
import { mapMany } from './map-many.js';
import peoples from './lexicon/peoples.json' with { type: 'json' };

/** A people's ending: a demonym's or a plural's (not a double s: "Fearless"). */
const PEOPLES_ENDING = /(?:an|ans|ese|ish|i|is|ic|ics|ist|ists|ite|ites|ch|er|ers|ar|ars|[^s]s)$/u;
/** A word shaped like a people's or a region's adjective: "Himalayan", "Kurdish", "Congolese", "Ayurvedic". */
const ADJECTIVE_END = /(?:an|ese|ish|ic)$/;
export const adjectiveShaped = (word: string): boolean => ADJECTIVE_END.test(word);
/** Peoples' names of no such ending ("Swede", "Kurd"), in lower case. */
const PEOPLES: ReadonlySet<string> = new Set(peoples.words.map((w) => w.toLowerCase()));

/**
 * Whether a name may be a people's: a word of it, or a part of a word before a hyphen ("French-educated"), has a
 * people's ending or is a people's name; or it ends in a head no people's name ends in ("Veldish League": the
 * model's MISC there is a league, no work).
 */
export function mayBePeoples(name: string): boolean {
  const words = name.split(/[\s-]+/u).map((w) => w.toLowerCase());
  return words.some((w) => PEOPLES_ENDING.test(w) || PEOPLES.has(w)) || endsNonPersonName(name.slice(name.lastIndexOf(' ') + 1));
}

export function worksByDefault(text: string, tokens: readonly Token[], mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  return mapMany(mentions, (m) => {
    if (m.type !== 'NORP' || m.source !== 'model') return [m];
    const name = text.slice(m.start, m.end);
    if (mayBePeoples(name) || aliasTypes(registry, name).length > 0) return [m];
    return endsTitle(text, m.start, name, registry) || !CAPITAL.test(name) || sentenceWord(tokens, m) ? [] : [{ ...m, type: 'WORK_OF_ART' }];
  });
}

const CAPITAL = /\p{Lu}/u;
/** What the tagger reads a word that opens a sentence as, when its capital is only the sentence's. */
const SENTENCE_WORD_TAGS: ReadonlySet<string> = new Set(['VERB', 'ADJ', 'ADV']);

/** Whether a name is one word that opens its sentence and the tagger reads as a verb, an adjective or an adverb. */
function sentenceWord(tokens: readonly Token[], m: Candidate): boolean {
  const k = tokenAt(tokens, m.start);
  const token = tokens[k];
  return token !== undefined && token.start === m.start && token.end === m.end && SENTENCE_WORD_TAGS.has(token.pos ?? '')
    && (k === 0 || tokens[k - 1].sentence !== token.sentence || DATELINE_END.test(tokens[k - 1].text));
}

/** The last token of a dateline: its date ("1996-12-17") or its dash ("--", "—"). */
const DATELINE_END = /^(?:\d{4}-\d\d-\d\d|-{1,2}|—|–)$/;
