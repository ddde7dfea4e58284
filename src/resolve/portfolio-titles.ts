// A title, "of" and its portfolio before a name: "Minister of Agriculture Liu Jiang", "Minister of Foreign Trade and
// Economic Cooperation Shi Guangsheng", "Minister of Finance Nirmala Sitharaman". The model, meeting the portfolio's
// capitalised words run on into the name, reads the two as an organization's name ("Agriculture Liu Jiang") or a
// person's that holds the portfolio ("Security Zhang Zuoji"). The portfolio is the title's, no name (the guideline
// keeps titles out of names); the capitalised words after it are the person's. The portfolio's words are a lexicon's
// (lexicon/person-cues.json `portfolioWords`), joined by "and", "&" or "for"; the titles those of `portfolioTitles`.
import type { Candidate } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { candidate } from './candidates.js';
import cues from './lexicon/person-cues.json' with { type: 'json' };

const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(cues.portfolioWords);
/** A portfolio title and its "of" ("Minister of ", "Deputy Secretary of the "), the portfolio's first word after it. */
const TITLE_OF = new RegExp(`\\b(?:${cues.portfolioTitles.join('|')}) of (?:the )?(?=\\p{Lu})`, 'gu');
/** The words that join a portfolio's parts: "Labor and Social Security", "State for Health". */
const JOINERS: ReadonlySet<string> = new Set(['and', '&', 'for']);
/** A word of a person's name: capitalised, with a name's inner marks ("Ofori-Atta", "O'Brien"). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
/** A person's name after a portfolio has at most this many words. */
const MAX_NAME_WORDS = 4;
/** As sure as a confident model name: the portfolio's shape leaves the name no other reading. */
const CONFIDENCE = 0.9;

/** The candidates with each portfolio after a title, and a name after it, read as the title's and a person's. */
export function peopleAfterPortfolios(text: string, candidates: Candidate[]): Candidate[] {
  const people: Titled[] = [];
  for (const match of text.matchAll(TITLE_OF)) {
    const person = personAfterPortfolio(text, match.index + match[0].length);
    if (person) people.push(person);
  }
  // Most articles give no portfolio so: the candidates themselves, not a copy.
  if (!people.length) return candidates;
  // No name runs into a portfolio; the person's own name, read as such, stays.
  const kept = candidates.filter((c) => !NAME_LABELS.has(c.type)
    || !people.some((p) => c.start < p.end && c.end > p.portfolio && !(c.start >= p.start && c.end <= p.end && c.type === 'PERSON')));
  return [...kept, ...people.map((p) => candidate(p.start, p.end, 'PERSON', 'rules', CONFIDENCE))].sort((a, b) => a.start - b.start);
}

/** Where a portfolio opens, and the span of the person's name after it. */
interface Titled { portfolio: number; start: number; end: number }

/** The name after the portfolio that opens at `from`, or null where no portfolio of the lexicon's words or no name is there. */
function personAfterPortfolio(text: string, from: number): Titled | null {
  const words = /^[^\n.,;:()"“”]*/.exec(text.slice(from, from + 160))![0].split(' ');
  let k = 0;
  let offset = from;
  // The portfolio: the lexicon's words, each part after a joiner opening with one of them.
  while (k < words.length && (PORTFOLIO_WORDS.has(words[k]) || (JOINERS.has(words[k]) && PORTFOLIO_WORDS.has(words[k + 1] ?? '')))) offset += words[k++].length + 1;
  if (k === 0) return null;
  const start = offset;
  let n = 0;
  while (k < words.length && n < MAX_NAME_WORDS && NAME_WORD.test(words[k])) { offset += words[k++].length + 1; n++; }
  return n > 0 ? { portfolio: from, start, end: offset - 1 } : null;
}
