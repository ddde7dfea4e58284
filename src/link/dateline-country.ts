// The country an article is filed from: the place of its dateline ("MANILA 1996-12-03", "ISTANBUL - ", a line of its own over a
// date), as link resolved it (or the state after a town it lacks), and the
// outermost place the registry makes that place part of. Normalize reads the money of that country's own press by it.
// An article with no dateline (a local paper's page) is of the country nearly all its places (else its places and
// bodies) are in, where it names a few; and a sentence that names places of one country only is of that country
// ("Oman's deficit will reach 2.2 billion rials").
import type { Mention } from '../document.js';
import { PLACE_LABELS } from '../document.js';
import type { RegistryIndex } from '../registry/alias-index.js';
import { datelines, hyphenDateline } from '../resolve/datelines.js';
import { chainOf, countryOf } from './score-candidates.js';

export function datelineCountry(text: string, mentions: readonly Mention[], index: RegistryIndex): string | undefined {
  const [first] = datelines(text).keys();
  const start = first ?? hyphenDateline(text) ?? lineDateline(text, mentions);
  const k = start === undefined ? -1 : mentions.findIndex((m) => m.start === start && PLACE_LABELS.has(m.type));
  if (k < 0) return undefined;
  // (a town the registry lacks, by the state or country written after it: "FARMINGTON HILLS, Mich.")
  const after = mentions[k + 1];
  const place = known(index, mentions[k]) ? mentions[k]
    : after && PLACE_LABELS.has(after.type) && STATE_AFTER_TOWN.test(text.slice(mentions[k].end, after.start)) && known(index, after) ? after : undefined;
  return place ? countryOf(index, chainOf(index, place.entity!)) : undefined;
}
/**
 * The start of a place that fills a line of its own (with the state or country after it) over a line that is a date,
 * as the wire's archives set a dateline ("FARMINGTON HILLS, Mich." over "1996-08-30"), near the article's top.
 */
function lineDateline(text: string, mentions: readonly Mention[]): number | undefined {
  for (const m of mentions) {
    if (m.start > LINE_DATELINE_REACH) return undefined;
    if (!PLACE_LABELS.has(m.type) || (m.start > 0 && text.charCodeAt(m.start - 1) !== 10)) continue;
    const lineEnd = text.indexOf('\n', m.end);
    if (lineEnd < 0) return undefined;
    const nextEnd = text.indexOf('\n', lineEnd + 1);
    if (PLACE_LINE_REST.test(text.slice(m.end, lineEnd)) && DATE_LINE.test(text.slice(lineEnd + 1, nextEnd < 0 ? undefined : nextEnd))) return m.start;
  }
  return undefined;
}
/** How far into the text a dateline on a line of its own may start. */
const LINE_DATELINE_REACH = 400;
/** What may follow the place on its line: a state or country after a comma ("FARMINGTON HILLS, Mich."). */
const PLACE_LINE_REST = /^(?:, ?[\p{L}. ]+)?$/u;
const DATE_LINE = /^\d{4}-\d\d-\d\d\s*$/;
const known = (index: RegistryIndex, m: Mention) => m.entity !== undefined && index.entries.has(m.entity);
/** Between a dateline's town and the state or country after it: a comma. */
const STATE_AFTER_TOWN = /^, ?$/;

/**
 * The one country the article's places are in, where it names at least MIN_PLACES places the registry places in a
 * country and no more than one in ten lies elsewhere ("Brisbane ... Queensland ... the Gold Coast": Australia); where
 * its places do not tell, the country three in four of its places and bodies together are in ("the NSW Rural Fire
 * Service ... Victoria ... the Bureau of Meteorology", though Scott Morrison was in Hawaii); else none.
 */
export function placesCountry(mentions: readonly Mention[], index: RegistryIndex): string | undefined {
  return oneCountry(countries(mentions, index, PLACE_LABELS), SHARE) ?? oneCountry(countries(mentions, index, PLACES_AND_BODIES), BODIES_SHARE);
}
const PLACES_AND_BODIES: ReadonlySet<string> = new Set([...PLACE_LABELS, 'ORG']);

/**
 * The country more of the article's places and bodies are in than any other, twice at least: where the article writes
 * the US dollar as such ("US$1,752", "60.8 US cents"), its bare dollars are that country's though it names a few
 * abroad ("Fonterra ... the Reserve Bank ... Westpac" of New Zealand beside Australia's banks).
 */
export function leadingCountry(mentions: readonly Mention[], index: RegistryIndex): string | undefined {
  const { counts } = countries(mentions, index, PLACES_AND_BODIES);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : undefined;
}

/** How many of the article's mentions of the given labels the registry places in each country, and in all. */
function countries(mentions: readonly Mention[], index: RegistryIndex, labels: ReadonlySet<string>): { counts: Map<string, number>; total: number } {
  const counts = new Map<string, number>();
  let total = 0;
  for (const m of mentions) {
    if (!labels.has(m.type) || m.entity === undefined || !index.entries.has(m.entity)) continue;
    const country = countryOf(index, chainOf(index, m.entity));
    if (country === undefined) continue;
    total++;
    counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return { counts, total };
}

function oneCountry({ counts, total }: { counts: Map<string, number>; total: number }, share: number): string | undefined {
  if (total < MIN_PLACES) return undefined;
  for (const [country, n] of counts) if (n >= total * share) return country;
  return undefined;
}
const MIN_PLACES = 3;
const SHARE = 0.9;
const BODIES_SHARE = 0.75;

/**
 * The one country the places and peoples of sentence `sentence` are in (a country named there counts as its own; "The
 * Norwegian federation" names Norway's people), or undefined.
 */
export function sentenceCountry(mentions: readonly Mention[], sentence: number, index: RegistryIndex): string | undefined {
  let found: string | undefined;
  for (const m of mentions) {
    if (m.sentence !== sentence || !(PLACE_LABELS.has(m.type) || m.type === 'NORP') || m.entity === undefined || !index.entries.has(m.entity)) continue;
    const country = countryOf(index, chainOf(index, m.entity));
    if (country === undefined) continue;
    if (found !== undefined && found !== country) return undefined;
    found = country;
  }
  return found;
}
