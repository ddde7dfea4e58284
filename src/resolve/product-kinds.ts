// A product the registry lacks, named between its owner and its kind: "its own Ascend processors", "Meta's
// Orion glasses", "their Bayraktar drones". The model reads such a name as the company's (ORG), a person, a place
// or, when it is several words or a word of no people's shape, a people's ("ESA's Solar Orbiter spacecraft", "its
// Azure cloud"); an owner before it ("its", "their", "own", a possessive) or a count ("440,000 Tundra pickups") and a
// kind of product after it in lower case
// (lexicon/product-models.json, kinds) make it a PRODUCT, and a kind of work (lexicon/work-titles.json, cues) a
// WORK_OF_ART ("its Panorama documentary", read as a place); so does "the" before a name read other than as a
// company ("the Claude chatbot"). Without an owner the name before a kind is usually the maker ("Nvidia chips",
// "the Huawei phone", read as an ORG), and a name the registry knows keeps its kind. And the names listed after a
// plural kind of product and "such as", "including" or "like" are products too ("tools such as ChatGPT and
// [Claude]", read as a person; "tea brands, including [PG Tips] and [Lipton]", read as companies), and so is a model's
// number listed after a product before a kind ("the 737 MAX and [777] jetliners", read as a count). A name right
// after a kind of vessel, craft or medicine in lower case is the vessel's or the medicine's ("the aircraft carrier
// [John F. Kennedy]", "the drug [Kisunla]", read as people; lexicon/product-models.json, kindsBefore), unless the
// registry knows it as a company. A navy's prefix and the capitalised words after it are a ship, a PRODUCT ("USS Gerald
// R. Ford", read as an organization and a person).
import type { Candidate } from '../document.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/product-models.json' with { type: 'json' };
import works from './lexicon/work-titles.json' with { type: 'json' };
import { codeAt } from './code-at.js';
import { examplesListed } from './listed-examples.js';
import { mayBePeoples } from './peoples.js';
import { candidate } from './candidates.js';
import { theBefore } from './the-before.js';

const KIND_AFTER = new RegExp(`^ (?:${table.kinds.join('|')})(?![\\p{L}\\p{M}'’-])`, 'u');
/**
 * An owner or a count right before the name: "its ", "their own ", "Meta's ", "440,000 " (a maker is not counted; nor
 * is a dateline's date a count: "BALTIMORE 1996-08-28 [Brady Anderson] hit").
 */
const OWNER_BEFORE = /(?:\b(?:its|their|his|her|our|own)|\p{L}['’]s?|(?<![\p{L}\p{N}\/-])\d[\d,.]*) $/u;
const RETYPED: ReadonlySet<string> = new Set(['ORG', 'PERSON', 'GPE']);
/**
 * A name of several words the model read as a people's ("the [Solar Orbiter] spacecraft"): no people's adjective is
 * two words, and one word ("the Nordic model") is more often the adjective than a product.
 */
function peoplesReadOfSeveralWords(text: string, m: Candidate): boolean {
  return m.type === 'NORP' && text.slice(m.start, m.end).includes(' ');
}
/** A name of one word the model read as a people's that has no people's shape ("its [Azure] cloud"; not "Chinese"). */
function peoplesReadOfNoPeople(text: string, m: Candidate): boolean {
  return m.type === 'NORP' && !mayBePeoples(text.slice(m.start, m.end));
}
/** A kind of work after the name ("its Panorama documentary", "the Severance series"): the work-title cues' nouns. */
const WORK_KIND_AFTER = new RegExp(`^ (?:${works.cues.join('|')})(?![\\p{L}\\p{M}'’-])`, 'u');
const KIND_FIRST_LETTERS: ReadonlySet<number> = new Set([...table.kinds, ...works.cues].map((k) => k.charCodeAt(0)));

/** A plural kind of product and the word that opens a list of examples: "tools such as ", "brands, including ". */
const KINDS_LISTED = new RegExp(`(?<![\\p{L}-])(?:${table.listedAfter.join('|')}),? (?:such as|including|like) $`, 'u');
/** The longest text before a list's first name that KINDS_LISTED reads. */
const KINDS_LISTED_REACH = 32;
const LISTED = /^(?:, | and |, and | or )$/;
/** A kind of vessel, craft or medicine right before a name: "carrier ", "tanker ", "drug ". */
const KIND_BEFORE = new RegExp(`(?<![\\p{L}-])(?:${table.kindsBefore.join('|')}) $`, 'u');
/** The last words of those kinds ("carrier" of "aircraft carrier"): the word before a name is looked up first. */
const KIND_BEFORE_LAST_WORDS: ReadonlySet<string> = new Set(table.kindsBefore.map((k) => k.slice(k.lastIndexOf(' ') + 1)));
const LONGEST_KIND_BEFORE = Math.max(...table.kindsBefore.map((k) => k.length));
const LONGEST_LAST_WORD = Math.max(...[...KIND_BEFORE_LAST_WORDS].map((w) => w.length));

export function productsByKind(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  let out: Candidate[] | undefined;
  mentions.forEach((m, k) => {
    // Most names are followed by something other than a space and a lower-case word, and need no slice.
    if (!(RETYPED.has(m.type) || peoplesReadOfSeveralWords(text, m) || peoplesReadOfNoPeople(text, m)) || text.charCodeAt(m.end) !== 32 || !KIND_FIRST_LETTERS.has(text.charCodeAt(m.end + 1))) return;
    const after = text.slice(m.end, m.end + 16);
    const type = KIND_AFTER.test(after) ? 'PRODUCT' : WORK_KIND_AFTER.test(after) ? 'WORK_OF_ART' : undefined;
    if (!type) return;
    const before = text.slice(Math.max(0, m.start - 12), m.start);
    // "the [Claude] chatbot" read as a person or a place; but "the Huawei phone", an ORG, is the maker's.
    if (!OWNER_BEFORE.test(before) && !(m.type !== 'ORG' && theBefore(text, m.start))) return;
    if (!aliasTypes(registry, text.slice(m.start, m.end)).length) (out ??= [...mentions])[k] = { ...m, type };
  });
  return modelNumbersListed(text, productsAfterKind(text, productsListed(text, out ?? mentions, registry), registry));
}

/** A ship's prefix and its name: capitalised words, initials and "of" between them ("USS Gerald R. Ford", "HMS Prince of Wales"). */
const SHIP_WORD = `(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]*)`;
const SHIP = new RegExp(`\\b(?:${table.shipPrefixes.join('|')}) ${SHIP_WORD}(?: (?:of (?:the )?)?${SHIP_WORD})*`, 'gu');
/** Surer than the model's pieces of the name (a person's "R. Ford"): the prefix says what the whole is. */
const SHIP_CONFIDENCE = 0.99;

/** Ships named after their navy's prefix ("USS Gerald R. Ford", read as an organization and a person), as PRODUCTs. */
export function shipNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(SHIP)) out.push(candidate(m.index, m.index + m[0].length, 'PRODUCT', 'rules', SHIP_CONFIDENCE));
  return out;
}

/** A model's number alone: "777". */
const MODEL_NUMBER = /^\d{3,4}$/;

/**
 * Mentions (sorted by start) with a model's number read as a count typed PRODUCT where it is listed after a product
 * and a kind of product follows it ("the 737 MAX and 777 jetliners"): a count stands before its noun, not in a list of models.
 */
function modelNumbersListed(text: string, mentions: Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  mentions.forEach((m, k) => {
    const before = mentions[k - 1];
    if (m.type !== 'CARDINAL' || before?.type !== 'PRODUCT' || !MODEL_NUMBER.test(text.slice(m.start, m.end))) return;
    if (!LISTED.test(text.slice(before.end, m.start)) || !KIND_AFTER.test(text.slice(m.end, m.end + 16))) return;
    (out ??= [...mentions])[k] = { ...m, type: 'PRODUCT', value: undefined };
  });
  return out ?? mentions;
}

/** Mentions (sorted by start) with the unregistered names right after a kind of vessel, craft or medicine typed PRODUCT. */
function productsAfterKind(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  let out: Candidate[] | undefined;
  mentions.forEach((m, k) => {
    // Most names follow a word that is no such kind: it is looked up before any match.
    if (!RETYPED.has(m.type) || codeAt(text, m.start - 1) !== 32) return;
    const from = text.lastIndexOf(' ', m.start - 2) + 1;
    if (m.start - 1 - from > LONGEST_LAST_WORD || !KIND_BEFORE_LAST_WORDS.has(text.slice(from, m.start - 1))
      || !KIND_BEFORE.test(text.slice(Math.max(0, m.start - LONGEST_KIND_BEFORE - 2), m.start))) return;
    // Vessels are named after people and places ("the aircraft carrier Charles de Gaulle"): only a company the registry knows stays one.
    if (!aliasTypes(registry, text.slice(m.start, m.end)).includes('ORG')) (out ??= [...mentions])[k] = { ...m, type: 'PRODUCT' };
  });
  return out ?? mentions;
}

/** Mentions (sorted by start) with the names listed after a plural kind of product and "such as" typed PRODUCT. */
function productsListed(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  return examplesListed(text, mentions, KINDS_LISTED_REACH, (before) => KINDS_LISTED.test(before) || undefined,
    (m) => (RETYPED.has(m.type) && !aliasTypes(registry, text.slice(m.start, m.end)).length ? { ...m, type: 'PRODUCT' } : undefined));
}
