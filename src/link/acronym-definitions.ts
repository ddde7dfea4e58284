// Acronyms defined in the text bind their short and long forms for the rest of the article:
// "People’s Mojahedin Organization of Iran (PMOI)", "the Mojahedin-e Khalq, or MEK". So do a company's ticker in
// brackets after its name, "Union Pacific (UNP.N)", "Nvidia (NASDAQ: NVDA)", whatever its letters, and so does an
// organization's acronym in its own language ("Workers' Party (PT)"). (Acronyms the
// article only uses are short-names.ts's.)
import type { Mention } from '../document.js';
import { normalizeName } from '../registry/normalize.js';

const PAREN_OPEN = /^\s*\(\s*$/;
const PAREN_CLOSE = /^\s*\)/;
/** After a ticker: Reuters' exchange code and the bracket, ".N)", ".HK)". */
const INSTRUMENT_CLOSE = /^\.[A-Z]{1,3}\)/;
/** Between a name and its ticker, where an exchange opens the listing: " (NYSE: ". */
const LISTING_OPEN = /^\s*\(\s*[^():]{2,20}:\s*$/;
/** An acronym of two to six capitals that a name in another language may give, maybe with an umlaut's "e" last ("FPOe"). */
const FOREIGN_ACRONYM = /^[A-Z][A-Za-z]?[A-Z]{0,4}[a-z]?$/;
/** Labels of an acronym in brackets that no organization's name gives: a place, a people, a person, a language. */
const NOT_AN_ORGANIZATION: ReadonlySet<string> = new Set(['GPE', 'LOC', 'NORP', 'PERSON', 'LANGUAGE']);
const ALSO_KNOWN = /^\s*,?\s*(?:or|also known as|known as|a\.?k\.?a\.?)\s+(?:the\s+)?$/i;

/** Words of a long name, split at spaces and hyphens, for their initials. */
function initials(long: string): string {
  return normalizeName(long).split(' ').filter(Boolean).map((w) => w.charAt(0).toUpperCase()).join('');
}

/** An acronym's letters: "U.S.A." → USA. */
export function acronymLetters(short: string): string {
  return normalizeName(short).replace(/[^A-Za-z]/g, '').toUpperCase();
}

/**
 * An acronym's letters appear in order among the long form's initials, starting with the first; or they are the
 * initials in another order, the acronym of the name in its own language ("National Rally (RN)"); or they are the
 * first letters of its words, some taking more than one ("National Democratic Coalition (NADECO)", "Stabilisation
 * Force (SFOR)").
 */
function abbreviates(short: string, long: string): boolean {
  const letters = acronymLetters(short);
  const inits = initials(long);
  if (letters.length >= 2 && letters.length === inits.length && [...letters].sort().join('') === [...inits].sort().join('')) return true;
  if (letters.length < 2 || letters.charAt(0) !== inits.charAt(0)) return false;
  let k = 0;
  for (const c of inits) if (k < letters.length && c === letters.charAt(k)) k++;
  return k === letters.length || (letters.length >= 3 && syllables(letters, normalizeName(long).toUpperCase().split(' ').filter(Boolean), 0, 0));
}

/** Most letters a word gives a syllabic acronym ("NA" of National, "FOR" of Force). */
const MOST_LETTERS_A_WORD = 4;

/** The letters from `at` on are the beginnings of the words from `word` on, in order, the first word giving at least one. */
function syllables(letters: string, words: string[], at: number, word: number): boolean {
  if (at === letters.length) return true;
  if (word === words.length) return false;
  if (word > 0 && syllables(letters, words, at, word + 1)) return true;
  const w = words[word];
  for (let n = 1; n <= MOST_LETTERS_A_WORD && n <= w.length && at + n <= letters.length && w.charAt(n - 1) === letters.charAt(at + n - 1); n++) {
    if (syllables(letters, words, at + n, word + 1)) return true;
  }
  return false;
}

/** No space and at least two capitals A-Z ("PMOI", "U.S."); counted without a regex, as this runs for every pair of mentions. */
export function looksLikeAcronym(text: string): boolean {
  let capitals = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) capitals++;
  }
  return capitals >= 2 && !/\s/.test(text);
}

/**
 * The acronym forms defined in the article, as normalised short form → index of the defining long mention.
 * Mentions must be sorted by start.
 */
export function findAcronymDefinitions(text: string, mentions: Mention[]): Map<string, number> {
  const defined = new Map<string, number>();
  for (let k = 0; k + 1 < mentions.length; k++) {
    const long = mentions[k];
    const short = mentions[k + 1];
    if (long.type === 'PERSON') continue;
    const shortText = text.slice(short.start, short.end);
    if (!looksLikeAcronym(shortText)) continue;
    const between = text.slice(long.end, short.start);
    const paren = PAREN_OPEN.test(between) && PAREN_CLOSE.test(text.slice(short.end));
    if (!paren && !ALSO_KNOWN.test(between)) continue;
    // In brackets right after an organization's name, an acronym is its name's in any language, whatever its letters
    // ("Workers' Party (PT)", "National Economic and Social Development Bank (BNDES)").
    // (the acronym read as whatever the registry's other bearer of it is, "Polish People's Party (PSL)" beside the Pakistan
    // Super League's, but no place, people or person: "Reuters (UK)")
    if (!(paren && long.type === 'ORG' && !NOT_AN_ORGANIZATION.has(short.type) && FOREIGN_ACRONYM.test(shortText)) && !abbreviates(shortText, text.slice(long.start, long.end))) continue;
    const key = normalizeName(shortText);
    if (!defined.has(key)) defined.set(key, k);
  }
  for (const [short, k] of tickersOf(text, mentions)) if (!defined.has(short)) defined.set(short, k);
  return defined;
}

/** Tickers listed in brackets right after a company's name: normalised ticker → index of the name's mention. */
function tickersOf(text: string, mentions: Mention[]): [string, number][] {
  const out: [string, number][] = [];
  for (let k = 0; k + 1 < mentions.length; k++) {
    if (mentions[k].type !== 'ORG') continue;
    const next = mentions[k + 1];
    const after = mentions[k + 2];
    if (next.type === 'ORG' && PAREN_OPEN.test(text.slice(mentions[k].end, next.start)) && INSTRUMENT_CLOSE.test(text.slice(next.end))) {
      out.push([normalizeName(text.slice(next.start, next.end)), k]);
    } else if (after?.type === 'ORG' && LISTING_OPEN.test(text.slice(mentions[k].end, after.start)) && PAREN_CLOSE.test(text.slice(after.end))) {
      out.push([normalizeName(text.slice(after.start, after.end)), k]);
    }
  }
  return out;
}
