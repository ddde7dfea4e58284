// A stock index the registry lacks, named before the lower-case words markets news quotes it by: "the [Dow Jones]
// industrial average", "Tokyo's [Nikkei] share average", "the [Nasdaq] composite". The model reads such a name as a
// people's, a company's or a work's; the words make it the index, a PRODUCT as the registry's indexes are (CoNLL tags
// them MISC). A name the registry knows keeps its kind ("the Jakarta composite", "Big Board composite trading"), and
// so do a person ("his batting average") and an exchange ("the Karachi Stock Exchange index", which CoNLL tags the
// exchange). The words are data (lexicon/stock-exchanges.json, indexWords, exchangeHeads).
import type { Candidate } from '../document.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
import { withTitleCaseWords } from '../registry/normalize.js';
import table from './lexicon/stock-exchanges.json' with { type: 'json' };

const INDEX_WORDS_AFTER = new RegExp(`^ (?:${table.indexWords.join('|')})(?![\\p{L}\\p{M}'’-])`, 'u');
const FIRST_LETTERS: ReadonlySet<number> = new Set(table.indexWords.map((w) => w.charCodeAt(0)));
const LONGEST = Math.max(...table.indexWords.map((w) => w.length)) + 2;
/** What the model reads an index's name as; a person's or a place's name keeps its kind. */
const RETYPED: ReadonlySet<string> = new Set(['NORP', 'ORG', 'WORK_OF_ART', 'EVENT', 'LAW']);
const EXCHANGE_HEADS: ReadonlySet<string> = new Set(table.exchangeHeads);


/** Mentions with the names right before an index's words typed PRODUCT. */
export function marketIndexes(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  let out: Candidate[] | undefined;
  mentions.forEach((m, k) => {
    // Most names are followed by something other than a space and one of the words' first letters.
    if (!RETYPED.has(m.type) || text.charCodeAt(m.end) !== 32 || !FIRST_LETTERS.has(text.charCodeAt(m.end + 1))) return;
    const words = INDEX_WORDS_AFTER.exec(text.slice(m.end, m.end + LONGEST))?.[0].trim();
    if (!words) return;
    const name = text.slice(m.start, m.end);
    if (EXCHANGE_HEADS.has(name.slice(name.lastIndexOf(' ') + 1))) return;
    // A name the registry knows keeps its kind, unless the registry names the index by it and the words ("the
    // [Straits Times] index": the Straits Times Index, not the newspaper).
    if (aliasTypes(registry, name).length && !aliasTypes(registry, withTitleCaseWords(name, words)).includes('PRODUCT')) return;
    (out ??= [...mentions])[k] = { ...m, type: 'PRODUCT' };
  });
  return out ?? mentions;
}
