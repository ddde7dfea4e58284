// The entity named right before a mention that says whose it is: "Iran’s Foreign Ministry",
// "the Iranian judiciary", "US Congress" → Iran, Iran, United States. Context for ambiguous aliases. Not a name that
// ends the sentence before ("offshore near Pointe-Noire. Elf Aquitaine of France"), but an abbreviation's stop is its own
// ("U.S. Treasury"), nor one a comma ends ("In Belfast, Sinn Fein").
import { AP_STATE_ABBREVIATIONS, endsInOwnStop, US_STATES } from '../lexicon/us-states.js';
import { lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
import { stripPossessive } from '../registry/normalize.js';
import type { RegistryEntry } from '../registry/schema.js';
import { wordsBefore } from '../registry/words-before.js';

const LOOKBACK = 40;
const MAX_WORDS = 3;

export function qualifierBefore(text: string, start: number, index: RegistryIndex): string | undefined {
  const words = wordsBefore(text, start, LOOKBACK);
  if (words.at(-1)?.endsWith('.') && !endsInOwnStop(words.at(-1)!)) return undefined;
  // A comma ends the phrase before: "In Belfast, Sinn Fein called" says where, not whose; so does a dateline's dash ("PARIS —
  // Louis Vuitton said").
  if (/[,;:—–-]$/.test(words.at(-1) ?? '')) return undefined;
  for (let n = Math.min(MAX_WORDS, words.length); n >= 1; n--) {
    const phrase = stripPossessive(words.slice(words.length - n).join(' '));
    for (const hit of lookupAlias(index, phrase)) {
      const entry = index.entries.get(hit.id);
      if (!entry || entry.type === 'PERSON') continue;
      return entry.type === 'NORP' && entry.partOf ? entry.partOf : entry.id;
    }
  }
  return undefined;
}

/**
 * "Georgetown, Kentucky", "Portland, Maine": the U.S. state written after a place's name and a comma, which the place is
 * in, whatever a namesake abroad or in another state is called; with the state's country, and the country abroad that
 * bears the state's name, which the place may be in as well ("Tbilisi, Georgia").
 */
export function stateAfter(text: string, end: number, index: RegistryIndex): { state: string; country: string; namesake?: string } | undefined {
  const m = STATE_AFTER.exec(text.slice(end, end + STATE_REACH));
  // "Minneapolis, Washington and Chicago": a name with "and" right after it, no comma to close the state, is the list's.
  if (!m || LIST_GOES_ON.test(text.slice(end + m[0].length, end + m[0].length + 6))) return undefined;
  // Two words ("New Mexico"), else the first ("Kentucky" of "Kentucky. Chicago"); an abbreviation as the state it stands for.
  for (const words of m[2] ? [m[1], m[1].slice(0, m[1].indexOf(' '))] : [m[1]]) {
    const state = stateEntry(index, AP_STATE_ABBREVIATIONS[words] ?? words);
    if (state?.partOf) return { state: state.id, country: state.partOf, namesake: countryNamed(index, words) };
  }
  return undefined;
}

/** The registry's country (a place part of nothing) named like a U.S. state: Georgia. */
function countryNamed(index: RegistryIndex, name: string): string | undefined {
  for (const hit of lookupAlias(index, name)) {
    const entry = index.entries.get(hit.id);
    if (entry && entry.type === 'GPE' && entry.partOf === undefined) return entry.id;
  }
  return undefined;
}

/** The registry's entry of a U.S. state by its name. */
function stateEntry(index: RegistryIndex, name: string): RegistryEntry | undefined {
  for (const hit of lookupAlias(index, name)) {
    const entry = index.entries.get(hit.id);
    if (entry && isUsState(entry)) return entry;
  }
  return undefined;
}

/**
 * The state a place's name abbreviates as the AP writes it ("Ark.", "Mass."; its full stop may end the sentence too,
 * outside the mention), or undefined.
 */
export function abbreviatedState(text: string, start: number, end: number, index: RegistryIndex): string | undefined {
  const written = text.slice(start, end);
  const name = AP_STATE_ABBREVIATIONS[written] ?? (text.charCodeAt(end) === 46 ? AP_STATE_ABBREVIATIONS[`${written}.`] : undefined);
  return name === undefined ? undefined : stateEntry(index, name)?.id;
}
const STATES: ReadonlySet<string> = new Set(US_STATES);

/**
 * Whether an entry is a U.S. state, its name written with its kind where a city shares it ("New York (state)"), and
 * part of a country (the country Georgia, part of none, shares a state's name).
 */
export function isUsState(entry: RegistryEntry): boolean {
  return entry.type === 'GPE' && entry.partOf !== undefined && STATES.has(entry.name.replace(BRACKETED_KIND, ''));
}
const BRACKETED_KIND = / \([^)]*\)$/;

/**
 * "New York governor Andrew Cuomo", "New York Sen. Chuck Schumer", "Washington state officials", "a New York Republican":
 * a state's office, its party's member or lawmaker, or the word "state", right after a place's name makes it the state,
 * not the city that shares its name.
 */
export function stateOfficeAfter(text: string, end: number): boolean {
  return STATE_OFFICE_AFTER.test(text.slice(end, end + STATE_REACH));
}
const STATE_OFFICE_AFTER = /^(?:'s)? (?:gov\.|sen\.|rep\.|lt\. gov\.|governor|lieutenant governor|attorney general|legislature|statehouse|gubernatorial|state\b(?! of\b)|(?:Republican|Democrat|senator|congress(?:wo)?man|lawmaker)s?\b)/i;

/**
 * "Bothell, Washington-based Seagen": a place's name after a town's and a comma, before "-based", is the town's state,
 * not the city that shares its name.
 */
export function townsState(text: string, start: number, end: number): boolean {
  return text.startsWith('-based', end) && TOWN_BEFORE.test(text.slice(Math.max(0, start - TOWN_REACH), start));
}
const TOWN_BEFORE = /\p{Lu}[\p{L}.'’-]*, $/u;
const TOWN_REACH = 30;

/**
 * "the first Black senator from Georgia", "Sen. Kelly Loeffler of Georgia", "Republican Joe Smith of New York", "Senate
 * Majority Leader Chuck Schumer of New York": a member of Congress's place, up to three capitalised words of a name between
 * (one at least after a party's word or a chamber's office), is a state.
 */
export function stateOfficeBefore(text: string, start: number): boolean {
  return STATE_OFFICE_BEFORE.test(text.slice(Math.max(0, start - OFFICE_REACH), start));
}
const STATE_OFFICE_BEFORE = /\b(?:(?:[Ss]enators?|[Ss]ens?\.|[Cc]ongress(?:wo)?man|[Rr]epresentatives?|[Rr]eps?\.)(?: \p{Lu}[\p{L}.'’-]*){0,3}|(?:Democrat|Republican|(?:Senate|House) (?:Majority|Minority|Speaker|Democratic|Republican))(?: \p{Lu}[\p{L}.'’-]*){1,3}) (?:from|of) $/u;
const OFFICE_REACH = 60;
/** A comma and one or two capitalised words, as a state's name is written after a town's. */
const STATE_AFTER = /^, (\p{Lu}[\p{L}.]*( \p{Lu}[\p{L}.]*)?)(?![\p{L}\d])/u;
/** "and" or "or" and a capital right after a state's name: the name is a list's, no town's state. */
const LIST_GOES_ON = /^ (?:and|or) \p{Lu}/u;
const STATE_REACH = 30;
