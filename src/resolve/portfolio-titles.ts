// A title, "of" and its portfolio before a name: "Minister of Agriculture Liu Jiang", "Minister of Foreign Trade and
// Economic Cooperation Shi Guangsheng", "Minister of Finance Nirmala Sitharaman". The model, meeting the portfolio's
// capitalised words run on into the name, reads the two as an organization's name ("Agriculture Liu Jiang") or a
// person's that holds the portfolio ("Security Zhang Zuoji"). The portfolio is the title's, no name (the guideline
// keeps titles out of names); the capitalised words after it are the person's. The portfolio's words are a lexicon's
// (lexicon/person-cues.json `portfolioWords`), joined by "and", "&" or "for"; the titles those of `portfolioTitles`.
import type { Candidate } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { candidate } from './candidates.js';
import { hasSource } from './sources.js';
import cues from './lexicon/person-cues.json' with { type: 'json' };

const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(cues.portfolioWords);
/** Whether a word is one of a portfolio's (lexicon/person-cues.json `portfolioWords`): "Agriculture", "Affairs". */
export const isPortfolioWord = (word: string): boolean => PORTFOLIO_WORDS.has(word);
const TITLES: ReadonlySet<string> = new Set(cues.portfolioTitles);
/** A portfolio title and its "of" ("Minister of ", "Deputy Secretary of the "), the portfolio's first word after it. */
const TITLE_OF = new RegExp(`\\b(?:${cues.portfolioTitles.join('|')}) (?:of|for) (?:the )?(?=\\p{Lu})`, 'gu');
/** The words that join a portfolio's parts: "Labor and Social Security", "State for Health". */
const JOINERS: ReadonlySet<string> = new Set(['and', '&', 'for']);
/** A word of a person's name: capitalised, with a name's inner marks ("Ofori-Atta", "O'Brien"). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
/** The endings of common nouns of a portfolio's kind: "Enterprises", "Prosecutions", "Development", "Security". */
const COMMON_NOUN_ENDING = /(?:[^s]s|tion|ment|ance|ence|ity|ism|ship|ure|ics|ing)$/;
/** A person's name after a portfolio has at most this many words. */
const MAX_NAME_WORDS = 4;
/** As sure as a confident model name: the portfolio's shape leaves the name no other reading. */
const CONFIDENCE = 0.9;

/**
 * The candidates with each portfolio after a title, and a name after it, read as the title's and a person's; a
 * portfolio of two parts or more is no name even with none after it ("Minister for [Lands] and [Natural Resources]").
 */
export function peopleAfterPortfolios(text: string, candidates: Candidate[], isNameWord: (word: string) => boolean): Candidate[] {
  const portfolios: Portfolio[] = [];
  for (const match of text.matchAll(TITLE_OF)) {
    const portfolio = portfolioAt(text, match.index + match[0].length, isNameWord);
    if (portfolio && (portfolio.person || portfolio.parts > 1 || portfolio.closed) && !insideKnownName(candidates, match.index, portfolio.end)) portfolios.push(portfolio);
  }
  // Most articles give no portfolio so: the candidates themselves, not a copy.
  if (!portfolios.length) return candidates;
  // No name runs into a portfolio; the person's own name, read as such, stays.
  const kept = candidates.filter((c) => !NAME_LABELS.has(c.type) || !portfolios.some((p) => c.start < (p.person?.end ?? p.end) && c.end > p.start
    && !(p.person && c.start >= p.person.start && c.end <= p.person.end && c.type === 'PERSON')));
  const people = portfolios.flatMap((p) => (p.person ? [candidate(p.person.start, p.person.end, 'PERSON', 'rules', CONFIDENCE)] : []));
  return people.length ? [...kept, ...people].sort((a, b) => a.start - b.start) : kept;
}

/**
 * Whether a name the registry knows holds the title and its portfolio whole, as the name's own words ("the [Office of
 * the UN High Commissioner for Human Rights], which"): no title of anyone there.
 */
function insideKnownName(candidates: Candidate[], titleStart: number, end: number): boolean {
  return candidates.some((c) => c.start < titleStart && c.end >= end && hasSource(c.source, 'registry'));
}

/**
 * A portfolio's span, how many parts joiners make of it, the span of the person's name after it if one follows, and
 * whether a comma closed it (an apposition's name follows, read on its own).
 */
interface Portfolio { start: number; end: number; parts: number; person: { start: number; end: number } | null; closed?: boolean }

/**
 * The portfolio that opens at `from` and the name after it, or null where the words there are no portfolio of the
 * lexicon's. A word after the lexicon's that is spelt as a common noun and is no name word of the model's lists is the
 * portfolio's still ("Minister of Public [Enterprises]"), and a title opens a second one ("Minister of Finance and
 * [Minister] of the Economy"): no person is read after either.
 */
function portfolioAt(text: string, from: number, isNameWord: (word: string) => boolean): Portfolio | null {
  const words = /^[^\n.;:()"“”]*/.exec(text.slice(from, from + 160))![0].split(' ');
  let k = 0;
  let offset = from;
  let parts = 1;
  // The portfolio: the lexicon's words, each part after a joiner opening with one of them.
  // A comma lists a part too ("Minister for Transport, Tourism and Sport"), and "the" may open one after a joiner ("and
  // the Gaeltacht"); before any other word a comma closes the portfolio ("Minister of Finance, Ken Ofori-Atta").
  const portfolioWord = (w: string | undefined) => w !== undefined && PORTFOLIO_WORDS.has(w.endsWith(',') ? w.slice(0, -1) : w);
  const opensPart = (j: number) => portfolioWord(words[j]) || (words[j] === 'the' && portfolioWord(words[j + 1]));
  let closed = false;
  while (k < words.length && (portfolioWord(words[k]) || (JOINERS.has(words[k]) && opensPart(k + 1)) || (words[k] === 'the' && k > 0 && JOINERS.has(words[k - 1])))) {
    const comma = words[k].endsWith(',');
    if (JOINERS.has(words[k]) || (comma && opensPart(k + 1))) parts++;
    offset += words[k++].length + 1;
    if (comma && !opensPart(k)) { closed = true; offset--; break; }
  }
  if (k === 0) return null;
  const end = offset - 1;
  if (closed) return { start: from, end, parts, person: null, closed };
  if (k < words.length && ((COMMON_NOUN_ENDING.test(words[k]) && !isNameWord(words[k])) || TITLES.has(words[k]))) return { start: from, end, parts, person: null };
  let n = 0;
  // (a comma ends the name: "Paschal Donohoe, who")
  while (k < words.length && n < MAX_NAME_WORDS && NAME_WORD.test(words[k].replace(/,$/, ''))) {
    const comma = words[k].endsWith(',');
    offset += words[k++].length + (comma ? 0 : 1);
    n++;
    if (comma) break;
  }
  return { start: from, end, parts, person: n > 0 ? { start: end + 1, end: offset - 1 } : null };
}
