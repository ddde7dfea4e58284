// A party, a member's title and a seat the model read as one name ("[Labour MP for Hampstead and Highgate]") are a
// party and a place: the party as the registry knows it (an organization, or a people's name), the seat a GPE. The
// title is no name, nor is it after a party alone ("[Labour MPs] cheered") or alone ("an [MP]'s pay"). The titles are
// data (lexicon/members-seats.json).
import type { Candidate, Label } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/members-seats.json' with { type: 'json' };
import { mapMany } from './map-many.js';

/** The party's capitalised words and a member's title after them. */
const PARTY_AND_TITLE = `^(\\p{Lu}[\\p{L}\\p{M}'’ -]*?) (?:${table.titles.join('|')})`;
/** The party's capitalised words, the title and "for", then the seat's capitalised name. */
const PARTY_TITLE_SEAT = new RegExp(`${PARTY_AND_TITLE} for (?=\\p{Lu})`, 'u');
const PARTY_TYPES: ReadonlySet<Label> = new Set<Label>(['ORG', 'NORP']);

/** The party's capitalised words and a title that ends the name: "Labour MPs", "SNP MSPs". */
const PARTY_TITLE = new RegExp(`${PARTY_AND_TITLE}$`, 'u');
const TITLES: ReadonlySet<string> = new Set(table.titles);

export function membersSeats(text: string, candidates: Candidate[], registry: RegistryIndex): Candidate[] {
  // (the first words of the article's organizations' names, gathered only for an article with a title alone)
  let opening: Set<string> | undefined;
  return mapMany(candidates, (c) => {
    if (c.source !== 'model' || !NAME_LABELS.has(c.type)) return [c];
    const span = text.slice(c.start, c.end);
    // A member's title alone is no name ("an MP's basic pay"), unless the registry knows it ("MP", Madhya Pradesh) or
    // it opens the name of an organization of the article ("TD Bank pleaded guilty ... TD's U.S. arm").
    if (TITLES.has(span)) {
      opening ??= new Set(candidates.filter((o) => o.type === 'ORG').map((o) => text.slice(o.start, o.end)).filter((name) => name.includes(' '))
        .map((name) => name.slice(0, name.indexOf(' '))));
      return aliasTypes(registry, span).length || opening.has(span) ? [c] : [];
    }
    // "Labour MPs cheered": the party before its members' title, as the registry knows it.
    const members = span.endsWith('s') || TITLES.has(span.slice(span.lastIndexOf(' ') + 1)) ? PARTY_TITLE.exec(span) : null;
    const theirs = members ? aliasTypes(registry, members[1]).find((t) => PARTY_TYPES.has(t)) : undefined;
    if (members && theirs) return [{ ...c, end: c.start + members[1].length, type: theirs }];
    // Most names hold no " for ": no match for them. Looked for in the span, not onward through the text (on a long
    // line without " for " that was a scan for each name).
    if (!span.includes(' for ')) return [c];
    const m = PARTY_TITLE_SEAT.exec(span);
    const party = m ? aliasTypes(registry, m[1]).find((t) => PARTY_TYPES.has(t)) : undefined;
    if (!m || !party) return [c];
    return [{ ...c, end: c.start + m[1].length, type: party }, { ...c, start: c.start + m[0].length, type: 'GPE' }];
  });
}
