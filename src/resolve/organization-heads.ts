// A name that ends in an organization's head word ("Halvorsen Communications", "Kloof Gold Mining",
// "Tarsis Power Group") is an organization's, though the model, reading a person's given name before
// it, typed it PERSON, or reading a people's name at its start, NORP ("American Civil Liberties Union"). Not when the last word is also a person's name word on the model's lists
// ("Tomas Post"): surnames that are ordinary nouns stay people's. And a company suffix right after a
// name the model stopped before is the name's end ("[Edward D. Jones] & Co", "[Bear Stearns] & Co Inc",
// "[Salomon] Bros."): the whole is an organization's. The head words and suffixes are the name-type
// table's (src/ner/lexicon/name-types.json).
import type { Candidate } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { CORPORATE_SUFFIXES, endsOrganizationName } from '../ner/name-types.js';
import { Containers } from './containers.js';

const SUFFIX = `(?:${CORPORATE_SUFFIXES.map((w) => `${w[0].toUpperCase()}${w.slice(1)}|${w.toUpperCase()}`).join('|')})`;
/** Suffixes after a name: "& Co", ", Inc.", " Bros. Inc"; a full stop is the suffix's where the sentence goes on. */
const SUFFIXES_AFTER = new RegExp(`^(?:,? (?:& |and )?${SUFFIX}(?![\\p{L}\\d&'’-])(?:\\.(?=,| \\p{Ll}))?)+`, 'u');

export function organizationsByHead(text: string, candidates: Candidate[], isNameWord: (word: string) => boolean): Candidate[] {
  return candidates.map((c) => {
    if (c.source !== 'model' || (c.type !== 'PERSON' && c.type !== 'NORP')) return c;
    const span = text.slice(c.start, c.end);
    // A people's name and one head ("American League", "Arab League") is as often a league's or an event's.
    if (c.type === 'NORP' && span.split(' ').length < 3) return c;
    const last = span.slice(span.lastIndexOf(' ') + 1);
    return last !== span && endsOrganizationName(last) && !isNameWord(last) ? { ...c, type: 'ORG' } : c;
  });
}

/** Mentions (sorted by start) with the company suffixes after a name taken into it, as an ORG. */
export function companySuffixes(text: string, mentions: Candidate[]): Candidate[] {
  const suffixes: { start: number; end: number }[] = [];
  const out = mentions.map((m) => {
    if (!NAME_LABELS.has(m.type)) return m;
    const after = SUFFIXES_AFTER.exec(text.slice(m.end, m.end + 40));
    if (!after) return m;
    suffixes.push({ start: m.end, end: m.end + after[0].length });
    return { ...m, end: m.end + after[0].length, type: 'ORG' as const };
  });
  if (!suffixes.length) return out;
  // What was read inside the suffixes ("Co Inc", "Sons") is part of the name now.
  const inside = new Containers(suffixes);
  return out.filter((m) => !inside.holds(m));
}
