// A dateline's place is a place: the capitals that open a story's first line before its date or its
// agency ("NICE, France 1996-08-29", "DES MOINES 1996-08-29", "NAIROBI, Kenya (Reuters) -",
// "LONDON, June 3 (Reuters) -") name where it was filed, whatever the model made of them after a sports
// headline about the city's team, and all of them where the model read their end ("CAPE [CANAVERAL], Florida"). And the place an article is filed from is no person anywhere in it:
// the model's PERSON with its name ("Vardo is a town in mourning") is the place too, whatever one sense
// per name made of the dateline's. The agency or paper credited in brackets after the place is an organization.
import type { Candidate } from '../document.js';
import { NAME_LABELS, PLACE_LABELS } from '../document.js';
import { MONTHS } from '../lexicon/calendar.js';
import { isFacilityHead } from '../ner/name-types.js';
import { HOME_AGENCIES, HOME_PRESS, STORY_LABELS, WIRE_SLUGS } from '../lexicon/wire-slugs.js';
import { capitalisedAlternatives } from './first-letter.js';
import { candidate } from './candidates.js';
import { mapEach } from './map-many.js';

/** A month's name or abbreviation from the calendar lexicon, capitalised: "June", "Sept.". */
export const MONTH = `(?:${capitalisedAlternatives(Object.keys(MONTHS).sort((a, b) => b.length - a.length))})\\.?`;
/** The region after a dateline's place: ", Fla.", ", South Korea". */
const REGION = `, \\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)*`;
/** A line that opens with a place in capitals, a region after a comma if any, then a date or an agency in brackets and a dash. */
const DATELINE = new RegExp(
  // "THE HAGUE (AP) —": a name keeps no leading "the" (ANNOTATION.md), so the place begins after it (resolve puts it
  // back where the registry writes the place's own name with it).
  `^(?:THE )?(\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+)*)(?:(?:${REGION})?` +
  `(?: \\d{4}-\\d\\d-\\d\\d\\b|,? ${MONTH} \\d| \\([\\p{L} ]+\\) [-—–])` +
  // "CAPE CANAVERAL, Fla. —": with no agency, a region and a dash; "OTTAWA — The", as Canadian and US papers write
  // it, the capitals and a dash alone before a sentence (but for a label that opens a line so: "BREAKING — "); "SYDNEY,
  // 10 July —", a date written day first and a dash, as Australian and British papers write it; "NEW DELHI: The", the
  // capitals and a colon before a sentence, as Indian and Australian papers write it (not a table's label before its
  // entry: "ISSUER: Bay Co Building Authority").
  // The group "local" marks these, a local paper's.
  `|(?<local>${REGION} [—–]|(?= [—–] \\p{Lu})|(?=: \\p{Lu}\\p{Ll}* \\p{Ll}+ \\p{Ll}+ )|, \\d{1,2} ${MONTH}(?: \\d{4})? [—–]))`, 'gmu');

/** The article's datelines, in order, without the labels that open a line the same way. */
function* datelineMatches(text: string): Generator<RegExpExecArray> {
  for (const m of text.matchAll(DATELINE)) if (!LINE_LABELS.has(m[1])) yield m;
}

/** The article's datelines' places: start → end. */
export function datelines(text: string): Map<number, number> {
  const places = new Map<number, number>();
  for (const m of datelineMatches(text)) {
    const start = m.index + m[0].indexOf(m[1]);
    places.set(start, start + m[1].length);
  }
  return places;
}

/** The words in capitals that open a line before a dash and are no place: a story's kind or version, a caption's. */
const LINE_LABELS: ReadonlySet<string> = new Set([...WIRE_SLUGS, ...STORY_LABELS]);

/**
 * Whether the article's first dateline is a local paper's: its place (and region) and a dash, with no date and no agency
 * ("OTTAWA — ", "HALIFAX, N.S. — "), where a wire writes "OTTAWA, June 3 (Reuters) -" or "TORONTO 1996-08-29".
 */
export function localDateline(text: string): boolean {
  const first = datelineMatches(text).next();
  return !first.done && first.value.groups?.local !== undefined;
}

/**
 * Where the place of a local paper's dateline written with a plain hyphen starts, in the article's first lines: "ISTANBUL -
 * Galatasaray secured", "PERTH - Andrew Forrest's", "SINGAPORE - A 26-year-old man". No place is made of it (CoNLL's
 * lines open so with labels and sections: "NOTE - Jeans Mate", "GERMANY - Bunds extended"); only a place the article's
 * mentions already hold tells the country a story is filed from.
 */
export function hyphenDateline(text: string): number | undefined {
  const m = HYPHEN_DATELINE.exec(text.slice(0, HYPHEN_DATELINE_REACH));
  return m && !LINE_LABELS.has(m[1]) ? m.index + m[0].indexOf(m[1]) : undefined;
}
const HYPHEN_DATELINE = new RegExp(`^(?:THE )?(\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+)*)(?:${REGION})? - (?:\\p{Lu}\\p{Ll}|A )`, 'mu');
/** The first lines, a headline's and the dateline's: a line so opened further on is a section of the story. */
const HYPHEN_DATELINE_REACH = 400;

export function datelinePlaces(text: string, places: Map<number, number>, candidates: Candidate[]): Candidate[] {
  if (!places.size) return candidates;
  // Datelines by where they end (each opens a line of its own, so no two end together): a look-up per name, not a search of them all.
  const startByEnd = new Map([...places].map(([start, end]) => [end, start]));
  let last = 0;
  for (const end of places.values()) last = Math.max(last, end);
  const named = new Set<number>();
  const out = mapEach(candidates, (c): Candidate => {
    // Datelines open lines: most names come after the last one.
    if (c.start >= last || !NAME_LABELS.has(c.type)) return c;
    // (the model's name may hold the place's "THE", which the dateline's place leaves to the registry: "THE HAGUE")
    const at = text.startsWith('THE ', c.start) && places.has(c.start + 4) ? c.start + 4 : c.start;
    const placeEnd = places.get(at);
    if (placeEnd === c.end) {
      named.add(at);
      return PLACE_LABELS.has(c.type) && at === c.start ? c : { ...c, start: at, type: 'GPE' as const };
    }
    // The model's name run from the place across its dash into the story ("[REGINA — The Cowessess] First Nation") is the place.
    if (placeEnd !== undefined && c.end > placeEnd && c.source === 'model' && /^(?:,[^\n]*?)? [-—–]/.test(text.slice(placeEnd, c.end))) {
      named.add(c.start);
      return { ...c, end: placeEnd, type: 'GPE' as const };
    }
    // The model's name of the end of the place ("CAPE [CANAVERAL], Florida") is all of it; a head after the name it
    // read ("[SALANG] TUNNEL") may make another kind of name.
    const start = c.source === 'model' ? startByEnd.get(c.end) : undefined;
    if (start === undefined || start >= c.start) return c;
    named.add(start);
    return { ...c, start, type: 'GPE' as const };
  });
  // A place no recognizer read whole is proposed: "WINDER, Ga. (AP) —" (read as nothing), "[OKLAHOMA] CITY (AP) —"; not
  // one ending in a facility's head, whose name may be the place's before it ("[SALANG] TUNNEL, Afghanistan").
  for (const [start, end] of places) {
    if (!named.has(start) && !isFacilityHead(text.slice(text.lastIndexOf(' ', end - 1) + 1, end).toLowerCase())) out.push(candidate(start, end, 'GPE', 'rules', DATELINE_CONFIDENCE));
  }
  return out;
}

/** As sure as a confident model name: a dateline's capitals are its place. */
const DATELINE_CONFIDENCE = 0.9;

/** A credited dateline's place in capitals, one or two of them ("TOKYO/LONDON"), without its "THE". */
const CREDITED_PLACE = `(?:THE )?\\p{Lu}[\\p{Lu}.'’/-]+(?: \\p{Lu}[\\p{Lu}.'’/-]+)*`;

/**
 * A dateline's credit in brackets before its dash, the agency or paper the story is from: "LOS ANGELES (Variety) -",
 * "Sept. 15 (Bloomberg) --" (a day alone before it), "(Bloomberg) --" (nothing before it), "TOKYO/LONDON, June 14
 * (Reuter) -" (two places), "KINGSTON, Jamaica (Jamaica Gleaner) -", "NEW DELHI (The Hindu) -" (without its "The",
 * as ANNOTATION.md leaves articles out), an ORG whatever the model made of it (a place, a people).
 */
const CREDIT = new RegExp(`^(?:${CREDITED_PLACE}(?:,[^\\n(]{1,40})? |${MONTH} \\d{1,2} )?`
  + `\\((?:The )?(\\p{Lu}[\\p{L}\\d&'’. -]{0,40}?)\\) [-—–]`, 'gmu');

/**
 * The same credit without brackets after a dateline's place and day, as Australian and Japanese agencies write it:
 * "SYDNEY, Nov 7 AAP - ", "TOKYO, Aug. 24 Kyodo - " (one word, then the dash).
 */
const BARE_CREDIT = new RegExp(`^${CREDITED_PLACE}(?:${REGION})?,? ${MONTH} \\d{1,2}(?:, \\d{4})?`
  + ` (\\p{Lu}[\\p{L}]{1,15}) [-—–] `, 'gmu');

/**
 * A press release's distributor after its dateline, between slashes before a dash or in brackets between two dashes:
 * "ATLANTA, Feb. 15, 2018 /PRNewswire/ -- ", "BURBANK, Calif.--(BUSINESS WIRE)--Mar. 20, 2019--".
 */
const WIRE_CREDIT = new RegExp(`^${CREDITED_PLACE}(?:,[^\\n/(]{1,40}?)?`
  + `(?: /(\\p{Lu}[\\p{L}-]{2,30}(?: \\p{Lu}[\\p{L}-]+)?)/ ?[-—–]|--\\((\\p{Lu}[\\p{L} ]{2,30})\\)--)`, 'gmu');

/** The credits' spans of an article's datelines, start → end. */
export function datelineCredits(text: string): Map<number, number> {
  const credits = new Map<number, number>();
  for (const m of text.matchAll(WIRE_CREDIT)) {
    const name = m[1] ?? m[2];
    const start = m.index + m[0].lastIndexOf(name);
    credits.set(start, start + name.length);
  }
  for (const m of text.matchAll(CREDIT)) {
    const start = m.index + m[0].lastIndexOf(m[1], m[0].length - 3);
    credits.set(start, start + m[1].length);
  }
  for (const m of text.matchAll(BARE_CREDIT)) {
    const start = m.index + m[0].lastIndexOf(m[1]);
    credits.set(start, start + m[1].length);
  }
  return credits;
}

/**
 * The country a national agency or broadcaster, or a dollar country's paper, credited on the article's first dateline
 * ("SYDNEY (The Sydney Morning Herald)") or, with none there, named as the article's source writes for
 * (lexicon/wire-slugs.ts), if any.
 */
export function homeAgencyCountry(text: string, source?: string | null): string | undefined {
  const [first] = datelineCredits(text);
  const credit = first && text.slice(first[0], first[1]);
  if (credit) return countryIn(HOME_AGENCIES, credit) ?? countryIn(HOME_PRESS, credit);
  return source ? countryIn(HOME_AGENCIES, source) ?? countryIn(HOME_PRESS, source) : undefined;
}
const countryIn = (table: Readonly<Record<string, string>>, name: string) => (Object.hasOwn(table, name) ? table[name] : undefined);

/**
 * Names a recognizer ran from a credit across its dash into the story's first words ("[AAP - Canstar] estimates") are
 * the words after the dash; the credit is proposed on its own (creditCandidates).
 */
export function cutAtCredits(text: string, credits: Map<number, number>, candidates: Candidate[]): Candidate[] {
  if (!credits.size) return candidates;
  return mapEach(candidates, (c) => {
    const end = credits.get(c.start);
    if (end === undefined || c.end <= end) return c;
    const dash = /^ [-—–]+ /.exec(text.slice(end, c.end));
    return dash && end + dash[0].length < c.end ? { ...c, start: end + dash[0].length } : c;
  });
}

/** The credits, proposed: one no recognizer read is still the agency's. */
export function creditCandidates(credits: Map<number, number>): Candidate[] {
  return [...credits].map(([start, end]) => candidate(start, end, 'ORG', 'rules', DATELINE_CONFIDENCE));
}

/** Mentions with a credit's name typed ORG, whatever the recognizers agreed on ("(The Hindu)", a people's word alone). */
export function creditsAsOrganizations(credits: Map<number, number>, mentions: Candidate[]): Candidate[] {
  // Most articles hold none: nothing to map.
  if (!credits.size) return mentions;
  return mapEach(mentions, (m) => (m.type !== 'ORG' && credits.get(m.start) === m.end ? { ...m, type: 'ORG' } : m));
}

/** Mentions with the model's PERSON named like a dateline's place typed GPE ("LONGVIK, Norway" … "Longvik is a town"). */
export function personsNamedLikeDatelines(text: string, places: Map<number, number>, mentions: Candidate[]): Candidate[] {
  if (!places.size) return mentions;
  const names = new Set([...places].map(([start, end]) => text.slice(start, end).toLowerCase()));
  return mapEach(mentions, (m) => (m.type === 'PERSON' && names.has(text.slice(m.start, m.end).toLowerCase()) ? { ...m, type: 'GPE' } : m));
}
