// A title alone after "the" is no one's name, as the guideline keeps titles out of names: "the Pope's visit",
// "images of the Pope in Cuba" (the model read a place or an organization). Only the model's one-word names the
// registry knows as nothing else; the titles are the registry's lexicon (registry/titles.json). Nor is a title with
// "of" and its subject, which the model reads as an organization's name ("the [Professor of Transplant Surgery] at
// Johns Hopkins"), unless the subject ends in an organization's head ("President of the European Commission") or the
// registry knows the whole. Nor is a title's abbreviation before its full stop and a name ("[Adm]. Sir Tony
// Radakin"), nor a title's word before "of" and its see ("[Bishop] of London"), nor a title alone left of a name cut
// before a surer one ("[Sheikh] Mohamed bin Zayed"), nor a minister's portfolio before the title and a name ("[Labour]
// Minister Norbert Bluem", not the party), nor a title with no name after it ("failed to elect a [Taoiseach]").
import type { Candidate, Label } from '../document.js';
import { NAME_LABELS, PLACE_LABELS, PLACE_OR_PEOPLE } from '../document.js';
import { aliasTypes, lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
import { endsTitle, isTitle } from '../registry/titles.js';
import { endsNonPersonName } from '../ner/name-types.js';
import { candidate } from './candidates.js';
import { codeAt } from './code-at.js';
import { startsUpper } from './first-letter.js';
import { theBefore } from './the-before.js';
import { isPortfolioWord } from './portfolio-titles.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import cues from './lexicon/person-cues.json' with { type: 'json' };

/** A capitalised word, " of " and more capitalised words, "the" among them: "Professor of Transplant Surgery". */
const TITLE_OF = /^(\p{Lu}\p{Ll}+) of (?:the )?\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*)*$/u;

/**
 * Mentions without the model's one-word names that are a title after "the"; a title of a place the registry knows, read
 * as an organization, leaves the place ("the Mayor of [London]", "Archbishop of [Cape Town]", as CoNLL marks them).
 */
export function dropBareTitles(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  // The mention as it stays, the place it leaves, or undefined where it goes.
  const kept = (m: Candidate): Candidate | undefined => {
    if (NAME_LABELS.has(m.type) && (portfolioOfTitle(text, m) || titleOfPlace(text, m, registry))) return undefined;
    const portfolioTitle = NAME_LABELS.has(m.type) ? titleAfterPortfolio(text, m, registry) : undefined;
    if (portfolioTitle) return placeOfPortfolio(text, m, portfolioTitle, registry);
    // Most names follow no "the " (its "e" and space are read first), or hold a space.
    if (m.source !== 'model' || !NAME_LABELS.has(m.type)) return m;
    if (m.type === 'ORG' && titleOfSubject(text, m, registry)) return placeOfTitle(text, m, registry);
    if (abbreviatedTitle(text, m, registry)) return undefined;
    if (titleWithNoName(text, m, registry)) return undefined;
    if (codeAt(text, m.start - 1) !== 32 || codeAt(text, m.start - 2) !== 101) return m;
    const word = text.slice(m.start, m.end);
    if (word.includes(' ') || !theBefore(text, m.start)) return m;
    return !isTitle(registry, [word]) || lookupAlias(registry, word).length > 0 ? m : undefined;
  };
  // Most articles have no title read as a name: the mentions are passed on as they are.
  const first = mentions.findIndex((m) => kept(m) !== m);
  if (first < 0) return mentions;
  const out = mentions.slice(0, first);
  for (let k = first; k < mentions.length; k++) {
    const m = kept(mentions[k]);
    if (m) out.push(m);
  }
  return out;
}

/**
 * The span as a place where the registry knows it as a place only ("London", "B.C."), or as one of `labels`; or
 * undefined.
 */
function placeAt(text: string, start: number, end: number, confidence: number, registry: RegistryIndex, labels = PLACE_LABELS): Candidate | undefined {
  const types = new Set(aliasTypes(registry, text.slice(start, end)));
  const [type] = types;
  return types.size === 1 && labels.has(type) ? candidate(start, end, type, 'registry', confidence) : undefined;
}

/** The place after a title's "of" ("[London]" of "Mayor of London"), where the registry knows it as a place only; or undefined. */
function placeOfTitle(text: string, m: Candidate, registry: RegistryIndex): Candidate | undefined {
  let start = text.indexOf(' of ', m.start) + 4;
  if (text.startsWith('the ', start)) start += 4;
  return placeAt(text, start, m.end, m.confidence, registry);
}

/**
 * Whether a name is a title as a whole with no name after it: "failed to elect a [Taoiseach]", "became the first nationalist
 * [First Minister]", "was elected [Taoiseach] in 2011" (a person's, an organization's or a people's to the model), which the
 * registry knows as nothing else.
 */
function titleWithNoName(text: string, m: Candidate, registry: RegistryIndex): boolean {
  // Most names are followed by a capitalised word or are no title: the character after is read first.
  if (codeAt(text, m.end) === 32 && startsUpper(text.charAt(m.end + 1))) return false;
  const span = text.slice(m.start, m.end);
  // An acronym in capitals the model read as an organization's or a place's is one, though a title's abbreviation folds
  // to it ("SPC decided", not "Spc."; "TD's U.S. arm", the bank, not a member of the Dail), and a word with a stop an
  // abbreviation of something else ("Jackson, Miss.", the state).
  return !(CAPITALS.test(span) && ORG_OR_PLACE.has(m.type)) && !span.includes('.') && isTitle(registry, span.split(' ')) && lookupAlias(registry, span).length === 0;
}
const CAPITALS = /^\p{Lu}{2,}$/u;
const ORG_OR_PLACE: ReadonlySet<Label> = new Set<Label>(['ORG', 'GPE', 'LOC']);

/**
 * Whether a name is a title's abbreviation, its full stop right after it and a capitalised word after that ("[Sen].
 * Mitch McConnell" at a sentence's start, "[Adm]. Sir Tony Radakin", "to [Vice Adm]. Mat Winter"), which the registry
 * knows as nothing else.
 */
function abbreviatedTitle(text: string, m: Candidate, registry: RegistryIndex): boolean {
  // Most names are followed by no full stop, space and capital: three codes are read first.
  if (codeAt(text, m.end) !== 46 || codeAt(text, m.end + 1) !== 32 || !startsUpper(text.charAt(m.end + 2))) return false;
  const word = text.slice(m.start, m.end);
  return isTitle(registry, [`${word}.`]) && lookupAlias(registry, word).length === 0;
}

/**
 * Whether a name is a title's one word before "of" and a capitalised word, its see or its country ("[Bishop] of London
 * Sarah Mullally", "the present [Archbishop] of Canterbury"), however the registry knows the word (Julie Bishop's surname).
 */
function titleOfPlace(text: string, m: Candidate, registry: RegistryIndex): boolean {
  // Most names are followed by no " of ": its letters are read first.
  if (!text.startsWith(' of ', m.end) || !startsUpper(text.charAt(m.end + 4))) return false;
  const word = text.slice(m.start, m.end);
  return !word.includes(' ') && isTitle(registry, [word]);
}

/**
 * Whether a name is a minister's portfolio (lexicon/person-cues.json) before the title's word and a name: "[Labour]
 * Minister Norbert Bluem" is no party ("Labour leader Tony Blair" is the party's), nor is the first of two joined
 * portfolios ("[Finance] and Economy Minister Han Seung-soo").
 */
function portfolioOfTitle(text: string, m: Candidate): boolean {
  // Most names are followed by no space or open with a word that is no portfolio's: the code and the set are read first.
  if (codeAt(text, m.end) !== 32 || !PORTFOLIOS.has(text.slice(m.start, text.indexOf(' ', m.start)))) return false;
  const shape = PORTFOLIO_TITLE.exec(text.slice(m.start, m.end + 60));
  if (shape === null || !PORTFOLIO_TITLES.has(shape[3]) || (shape[2] !== undefined && !PORTFOLIOS.has(shape[2]))) return false;
  // The name is the first portfolio or both, never the title's word after them.
  const length = m.end - m.start;
  return length === shape[1].length || length === shape[0].length - shape[3].length - 3;
}
/**
 * The title's word after a name that ends in a portfolio's words right before it and a name ("Finland's [Economic
 * Affairs] Minister Wille Rydman", "[Texas Agriculture] Commissioner Sid Miller"), where the registry does not know the
 * name: the portfolio is the title's (lexicon/person-cues.json `portfolioWords`), no name. Undefined for most names.
 */
function titleAfterPortfolio(text: string, m: Candidate, registry: RegistryIndex): string | undefined {
  // Most names are followed by no space and a title, nor a portfolio's further parts: the code after the name and the
  // letter after that are read first.
  const next = codeAt(text, m.end);
  if (!(next === 32 && (startsUpper(text.charAt(m.end + 1)) || text.startsWith('and ', m.end + 1) || text.startsWith('& ', m.end + 1))) && next !== 44) return undefined;
  if (!isPortfolioWord(text.slice(text.lastIndexOf(' ', m.end - 1) + 1, m.end))) return undefined;
  const title = titleAfterParts(text.slice(m.end, m.end + 80));
  if (title === undefined) return undefined;
  // A name the registry knows is its own, but before a minister's title when it is all portfolio or opens with a place
  // or a people's word ("Mineral Resources Minister Gwede Mantashe", "[Canadian Natural Resources] Minister Seamus
  // O'Regan" name no company).
  if (lookupAlias(registry, text.slice(m.start, m.end)).length === 0) return title;
  return OFFICES_OF_PORTFOLIOS.has(title) && placeBeforePortfolio(text, m, registry) !== undefined ? title : undefined;
}
/**
 * The title's word in the text after a portfolio's word, past the portfolio's further parts joined by "and", "&" or
 * commas ("[Mines] and Minerals Development Minister Paul Kabuswe", "[Mineral Resources], Oil and Gas Minister Gwede
 * Mantashe"), with a capitalised word after it; undefined where another word comes first.
 */
function titleAfterParts(after: string): string | undefined {
  const words = after.match(PORTFOLIO_RUN_WORDS) ?? [];
  for (let k = 0; k + 1 < words.length; k++) {
    const word = words[k];
    if (PORTFOLIO_TITLES.has(word) && startsUpper(words[k + 1])) return word;
    if (word !== ',' && !PORTFOLIO_JOINERS.has(word) && !isPortfolioWord(word)) return undefined;
  }
  return undefined;
}
/** A comma, an ampersand or a word: what stands between a portfolio's first word and its title. */
const PORTFOLIO_RUN_WORDS = /,|&|[\p{L}\p{M}'’-]+/gu;
/**
 * The place in the words before a portfolio ("[Texas] Agriculture", "[B.C.] Forests"), where the registry knows them as
 * one; undefined for a portfolio alone before a minister's or a commissioner's title. A secretary's or a director's
 * portfolio alone may be an organization's name ("Air Force Secretary Frank Kendall"): it stays.
 */
function placeOfPortfolio(text: string, m: Candidate, title: string, registry: RegistryIndex): Candidate | undefined {
  const place = placeBeforePortfolio(text, m, registry);
  if (place === null) return OFFICES_OF_PORTFOLIOS.has(title) ? undefined : m;
  return place ?? m;
}
/**
 * The place or people's word the registry knows before a portfolio's words ("[Texas] Agriculture", "[Kyrgyz]
 * Transport"); null where the name is the portfolio alone, undefined where the words before it are no such name.
 */
function placeBeforePortfolio(text: string, m: Candidate, registry: RegistryIndex): Candidate | null | undefined {
  const words = text.slice(m.start, m.end).split(' ');
  let k = words.length;
  while (k > 0 && (isPortfolioWord(words[k - 1]) || PORTFOLIO_JOINERS.has(words[k - 1]))) k--;
  if (k === 0) return null;
  return placeAt(text, m.start, m.start + words.slice(0, k).join(' ').length, m.confidence, registry, PLACE_OR_PEOPLE);
}
/** Titles whose portfolio before them is never an organization's name. */
const OFFICES_OF_PORTFOLIOS: ReadonlySet<string> = new Set(['Minister', 'Commissioner']);
const PORTFOLIO_JOINERS: ReadonlySet<string> = new Set(['and', '&']);
const PORTFOLIOS: ReadonlySet<string> = new Set(cues.portfolios);
const PORTFOLIO_TITLES: ReadonlySet<string> = new Set(cues.portfolioTitles);
/** The portfolio, a second one joined to it if any, the title's word, and the capitalised name after it. */
const PORTFOLIO_TITLE = /^(\p{Lu}\p{Ll}+)(?: (?:and|&) (\p{Lu}\p{Ll}+))? (\p{Lu}\p{Ll}+) \p{Lu}/u;

/** Whether a name is a title, "of" and a subject that ends in no organization's head ("Professor of Transplant Surgery"). */
function titleOfSubject(text: string, m: Candidate, registry: RegistryIndex): boolean {
  // Most organizations' names open with no title's first word before " of ": no slice or match for them.
  const space = text.indexOf(' ', m.start);
  if (space < 0 || space >= m.end || !text.startsWith(' of ', space) || !registry.titleStarts.has(text.slice(m.start, space).toLowerCase())) return false;
  const span = text.slice(m.start, m.end);
  const shape = TITLE_OF.exec(span);
  return shape !== null && isTitle(registry, [shape[1]]) && !endsNonPersonName(span.slice(span.lastIndexOf(' ') + 1))
    && lookupAlias(registry, span).length === 0;
}

/**
 * Whether what is left of a name cut before a surer one is a title alone ("[Sheikh] Mohamed bin Zayed Al Nahyan"), or
 * the end of one that starts before it ("Chief [Executive Officer] Robert Nardelli"), which names no one.
 */
export function titleAlone(text: string, c: Candidate, registry: RegistryIndex): boolean {
  const span = text.slice(c.start, c.end);
  return (isTitle(registry, span.split(' ')) || endsTitle(text, c.start, span, registry)) && lookupAlias(registry, span).length === 0;
}
