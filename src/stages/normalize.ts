// normalize: gives dates and times a TIMEX3 value resolved against the publication date. Adds:
// mention.value. Numbers need no resolving: their candidates carry their reading (value, unit,
// currency, qualifier, counted noun) from the number recognizer, and keep it, but for a currency's country
// the article stated for its name before ("Swiss francs" ... "francs"), or, stated nowhere, its dateline's
// country ("francs" in a story from Paris) or, with no dateline, the one country its places are in; a bare "$"
// beside a "US$" in a story from another dollar's country, in a local paper's story from there ("OTTAWA — ", "PERTH - ") or a
// national agency's ("CANBERRA, May 9 AAP -"), or in a story without a dateline whose places are all in one; and cents
// told beside a price in another dollar; and a bare "degrees" the scale of a temperature told before it in its sentence.
import type { Doc, Mention } from '../document.js';
import { datelineCountry, leadingCountry, placesCountry, sentenceCountry } from '../link/dateline-country.js';
import { carriedCurrencies, localDollars, pairedCents } from '../numbers/article-currencies.js';
import { carriedScales } from '../numbers/carried-scales.js';
import { homeAgencyCountry, hyphenDateline, localDateline } from '../resolve/datelines.js';
import type { Resources } from '../resources.js';
import { parseYmd } from '../timex/calendar.js';
import { normalizeTimexes } from '../timex/index.js';
import type { Stage } from './stage.js';

export function normalizeStage(doc: Doc, { registry }: Pick<Resources, 'registry'>): Doc {
  let filedFrom: string | null | undefined;
  let agency: string | null | undefined;
  const agencyCountry = () => (agency === undefined ? (agency = homeAgencyCountry(doc.text, doc.article?.source) ?? null) : agency);
  // A national agency's story is of the country it writes for, wherever it is filed from (the places of a dateline are
  // names, which normalizing leaves as they are).
  const dateline = () => (filedFrom === undefined ? (filedFrom = agencyCountry() ?? datelineCountry(doc.text, doc.mentions, registry) ?? null) : filedFrom);
  // Dates and times are resolved in one pass in text order: a date counts from those told before it.
  const mentions = normalizeTimexes(doc, doc.mentions, () => registry.entries.get(dateline() ?? '')?.name);
  const year = parseYmd(doc.article?.published)?.y;
  const peoplesOf = (country: string | null | undefined) => registry.entries.get(country ?? '')?.demonyms ?? [];
  const peoples = () => peoplesOf(dateline());
  // An article with no dateline is of the country its places are in, if they agree.
  const placePeoples = () => (dateline() === null ? peoplesOf(placesCountry(mentions, registry)) : []);
  // (and where the article writes the US dollar as such, the country most of them are in)
  const leadingPeoples = () => (dateline() === null ? peoplesOf(leadingCountry(mentions, registry)) : []);
  // (each sentence's country read once, for the amounts of a name several countries use)
  const bySentence = new Map<number, readonly string[]>();
  const sentencePeoples = (m: Mention) => {
    let peoplesThere = bySentence.get(m.sentence);
    if (!peoplesThere) bySentence.set(m.sentence, (peoplesThere = peoplesOf(sentenceCountry(mentions, m.sentence, registry))));
    return peoplesThere;
  };
  const carried = carriedCurrencies(doc.text, mentions, () => (dateline() === null ? placePeoples() : peoples()), year, sentencePeoples);
  return { ...doc, mentions: carriedScales(pairedCents(doc.text, localDollars(doc.text, carried, peoples, placePeoples, leadingPeoples, () => localDateline(doc.text) || hyphenDateline(doc.text) !== undefined || agencyCountry() !== null, year))) };
}

export const stage: Stage = {
  name: 'normalize',
  requires: ['mentions'],
  assigns: ['mention.value'],
  // The registry places the dateline in its country (resolve, which normalize runs after, loads it anyway).
  uses: () => ['registry'],
  run: normalizeStage,
};
