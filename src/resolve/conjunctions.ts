// Two names the model joined with "and" or a comma ("Johnson Controls and Lear", "Kia and Timor Putra") are split
// in two where the article says they are two: one side is named alone elsewhere in the article, is a registry name
// (and the whole is not) or an acronym, both sides end in one head ("Kendall County and Bandera County", "Copilot
// and GitHub Copilot") or each joins two names by "&" ("Latham & Watkins and Kirkland & Ellis"), or the span ends a
// comma list ("Magna, Johnson Controls and Lear"). A name whose "and" joins the subject of a head noun ("Board of
// Trade and Industry", "Securities and Exchange Commission") is one name: no split when a lower-case word comes
// before the "and" or a side is a single word that only ends names (an organization's head, a company suffix:
// "Sachs and Co"), nor after a head's connector ("Minister of Defence and Aviation"). Two facilities joined by "and the",
// each ending in a facility's head, are two ("the Roosevelt Room and the Rose Garden"); in capitals, two the registry
// knows as organizations joined by "AND" are two ("BT AND MCI AGREE"); so are two names the article or the registry
// knows joined by a slash ("Pfizer/BioNTech").
import type { Candidate } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { endsNonPersonName, isFacilityHead } from '../ner/name-types.js';
import { aliasTypes, lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
import { startsUpper } from './first-letter.js';
import { mapMany } from './map-many.js';

const AND = / and /g;
/** "and" in a headline in capitals ("BT AND MCI AGREE MERGER"). */
const AND_IN_CAPITALS = / AND /g;
const SMALL_LETTER = /\p{Ll}/u;
/** A comma list item right before the span: "Magna, ". */
const LIST_ITEM_BEFORE = /\p{Lu}[\p{L}\p{M}.'’-]*,\s$/u;
/**
 * A capitalised head noun's connector right before the span: the two are one subject ("Minister of [Defence and
 * Aviation]"); not a common noun's ("the merger of [Nippon Steel and U.S. Steel]").
 */
const CONNECTOR_BEFORE = /(?:^|\s)\p{Lu}[\p{L}\p{M}.'’-]*\s(?:of|for|on)\s$/u;

/** An acronym: no name of words joins one with "and" ("Australian Federal Police and ASIO" are two). */
const ACRONYM = /^\p{Lu}{2,}\d*$/u;

/** A list going on right after the span: ", Continental", " and Louis Dreyfus". */
const LIST_GOES_ON = /^(?:,\s|\s(?:and|or)\s)\p{Lu}/u;

/** A name of capitalised words, not one word that only ends names ("Co", "Ministry"). */
const isSide = (s: string) => startsUpper(s) && !/\s\p{Ll}/u.test(s) && !(!s.includes(' ') && endsNonPersonName(s));

/**
 * Two items of a comma list the model read as one name ("from Halvorsen, Tarsis, Velmar and Okafor
 * Grain" → "Halvorsen", "Tarsis"): split at the comma where the list goes on after the span, or where the second is
 * a name the registry knows. A name
 * with a comma of its own stays: "Washington, D.C." is the registry's, "Quist, Varga & Co" holds a
 * joiner, "Quist, Varga Holm, Inc." two commas, and "Tyler, The Creator won" stands in no list.
 */
function splitListItems(text: string, c: Candidate, registry: RegistryIndex): Candidate[] {
  const span = text.slice(c.start, c.end);
  const at = span.indexOf(', ');
  const left = span.slice(0, at);
  const right = span.slice(at + 2);
  if (span.indexOf(', ', at + 1) >= 0 || /[&./]/.test(span) || !isSide(left) || !isSide(right) || lookupAlias(registry, span).length) return [c];
  // Where the list goes on after the span, or where the registry knows the name after the comma or its first word
  // ("the [Moon, NASA Administrator Jared Isaacman] said"): two names.
  const apart = LIST_GOES_ON.test(text.slice(c.end, c.end + 6)) || lookupAlias(registry, right).length > 0
    || lookupAlias(registry, right.split(' ')[0]).length > 0;
  return apart ? [{ ...c, end: c.start + at }, { ...c, start: c.start + at + 2 }] : [c];
}

/**
 * Two names with one last word: the head said twice names two ("Kendall County and Bandera County"), and so does a
 * name said alone and then within a longer one ("Copilot and GitHub Copilot").
 */
function sameHead(left: string, right: string): boolean {
  const head = (s: string) => s.slice(s.lastIndexOf(' ') + 1);
  return right.includes(' ') && (left.includes(' ') ? head(left) === head(right) : right.endsWith(` ${left}`));
}

/** " and the " between two capitalised names. */
const AND_THE = / and the (?=\p{Lu})/u;

/**
 * Two places the model read as one, each ending in a facility's head ("the Roosevelt Room and the Rose Garden"): a
 * work's title may hold " and the " ("Harry Potter and the Goblet of Fire"), a facility's name does not.
 */
function splitFacilities(span: string, c: Candidate): Candidate[] | undefined {
  const m = AND_THE.exec(span);
  if (!m) return undefined;
  const left = span.slice(0, m.index);
  const right = span.slice(m.index + m[0].length);
  const head = (s: string) => s.slice(s.lastIndexOf(' ') + 1).toLowerCase();
  if (!left.includes(' ') || !right.includes(' ') || !isFacilityHead(head(left)) || !isFacilityHead(head(right))) return undefined;
  return [{ ...c, end: c.start + m.index }, { ...c, start: c.start + m.index + m[0].length }];
}

/** Two names joined by a slash, no space around it: "Pfizer/BioNTech". */
const SLASHED = /^(\p{Lu}[^\s/]{2,})\/(\p{Lu}[^\s/]{2,})$/u;

/**
 * Two partners written with a slash ("the Pfizer/BioNTech jab") are two names where the article or the registry names
 * each (and the registry does not know the whole: "AC/DC").
 */
function splitSlashed(m: RegExpExecArray, c: Candidate, known: (s: string) => boolean): Candidate[] | undefined {
  const [, left, right] = m;
  if (!known(left) || !known(right)) return undefined;
  return [{ ...c, end: c.start + left.length }, { ...c, start: c.start + left.length + 1 }];
}

export function splitConjoinedNames(text: string, candidates: Candidate[], registry: RegistryIndex): Candidate[] {
  // A name without a space in it (most are) holds neither ", " nor " and ": the first space is looked for before any slice.
  const joined = (c: Candidate) => {
    const space = text.indexOf(' ', c.start);
    const slash = text.indexOf('/', c.start);
    return (space >= 0 && space < c.end && /, | and | AND /.test(text.slice(c.start, c.end))) || (slash >= 0 && slash < c.end);
  };
  if (!candidates.some((c) => c.source === 'model' && NAME_LABELS.has(c.type) && joined(c))) return candidates;
  const named = new Set(candidates.filter((c) => NAME_LABELS.has(c.type)).map((c) => text.slice(c.start, c.end)));
  return mapMany(candidates, (c) => {
    if (c.source !== 'model' || !NAME_LABELS.has(c.type)) return [c];
    const span = text.slice(c.start, c.end);
    const facilities = c.type === 'FAC' ? splitFacilities(span, c) : undefined;
    if (facilities) return facilities;
    const slashed = SLASHED.exec(span);
    if (slashed) return lookupAlias(registry, span).length ? [c] : splitSlashed(slashed, c, (s) => named.has(s) || lookupAlias(registry, s).length > 0) ?? [c];
    const capitals = !SMALL_LETTER.test(span);
    const and = [...span.matchAll(capitals ? AND_IN_CAPITALS : AND)];
    if (!and.length && span.includes(', ')) return splitListItems(text, c, registry);
    if (and.length !== 1) return [c];
    const at = and[0].index;
    const left = span.slice(0, at);
    const right = span.slice(at + 5);
    const side = isSide;
    if (!side(left) || !side(right) || CONNECTOR_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start)) || lookupAlias(registry, span).length) return [c];
    const apart = [{ ...c, end: c.start + at }, { ...c, start: c.start + at + 5 }];
    // In capitals, only two companies or bodies the registry knows ("BT AND MCI"): a table's "CLINTON AND CEDAR RAPIDS" is one name to CoNLL.
    if (capitals) return aliasTypes(registry, left).includes('ORG') && aliasTypes(registry, right).includes('ORG') ? apart : [c];
    const known = (s: string) => named.has(s) || lookupAlias(registry, s).length > 0;
    const listEnd = LIST_ITEM_BEFORE.test(text.slice(Math.max(0, c.start - 40), c.start));
    const partnerships = left.includes(' & ') && right.includes(' & ');
    if (!listEnd && !known(left) && !known(right) && !ACRONYM.test(left) && !ACRONYM.test(right) && !sameHead(left, right) && !partnerships) return [c];
    return apart;
  });
}
