// A company named after its people's adjective ("Ethiopian Airlines", "Turkish Airlines") goes by that word alone once the
// article has named it in full: "Ethiopian said the pilots followed procedures". The word in the singular, opening its
// phrase, before a verb or an 's, after the organization was named, is the organization; before a noun it stays the
// people's ("Ethiopian officials said"), and after words of its own phrase it is a person ("the Louisiana Republican
// said", "an American said"). Places are left alone: "Kenya said" after "Kenya Airways" is the country's government, as
// often as not.
import type { Candidate, Token } from '../document.js';
import { tokenAt } from '../text/token-at.js';
import { mapEach } from './map-many.js';

/** Parts of speech of the word after a subject. */
const VERB_POS: ReadonlySet<string> = new Set(['VERB', 'AUX']);
const POSSESSIVE = /^['’]s\b/;
/** What may stand right before the word that opens a subject: nothing of its phrase, a mark or a conjunction. */
const OPENING_POS: ReadonlySet<string> = new Set(['PUNCT', 'CCONJ', 'SCONJ']);

export function firmsNamedByDemonym(text: string, tokens: readonly Token[], mentions: Candidate[]): Candidate[] {
  // The first words of the article's organizations of two words or more, each where first named.
  let named: Map<string, number> | undefined;
  return mapEach(mentions, (m) => {
    if (m.type !== 'NORP') return m;
    const word = text.slice(m.start, m.end);
    if (word.includes(' ') || word.endsWith('s')) return m;
    named ??= firstWordsOfOrganizations(text, mentions);
    const at = named.get(word);
    if (at === undefined || at >= m.start) return m;
    // (opening its phrase: "The Louisiana Republican said", "an American said" are people)
    const k = tokenAt(tokens, m.start);
    const before = k > 0 && tokens[k - 1].sentence === tokens[k]?.sentence ? tokens[k - 1] : undefined;
    if (before && !OPENING_POS.has(before.pos)) return m;
    const next = tokens[tokenAt(tokens, m.end)];
    const owned = POSSESSIVE.test(text.slice(m.end, m.end + 3));
    return owned || (next && next.start > m.end && VERB_POS.has(next.pos)) ? { ...m, type: 'ORG' as const } : m;
  });
}

function firstWordsOfOrganizations(text: string, mentions: readonly Candidate[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const m of mentions) {
    if (m.type !== 'ORG') continue;
    const span = text.slice(m.start, m.end);
    const space = span.indexOf(' ');
    if (space > 0 && !first.has(span.slice(0, space))) first.set(span.slice(0, space), m.start);
  }
  return first;
}
