// A court case named by its parties ("Trump v. CASA", "Brown v. Board of Education", "Loper Bright Enterprises v.
// Raimondo") is one LAW, as the registry's "Roe v. Wade" is: the model reads each party as a name of its own. Only
// "v.": "vs." stands between teams on the sports pages. A capitalised word that opens a sentence and is no noun
// ("In Trump v. CASA") is not a party's. A case is cited again by its first party alone ("Roe v. Wade ... Congress should
// codify Roe"), where that party is one word the registry knows as nothing else (not "Trump v. CASA ... Trump said").
import type { Candidate, Token } from '../document.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
import { candidate } from './candidates.js';
import { afterOpeningWords } from './opening-words.js';

/** A party's word: capitalised, with the full stops of an abbreviation inside it ("U.S."), not one that ends a sentence. */
const WORD = "\\p{Lu}(?:[\\p{L}\\p{M}'’&-]|\\.(?=\\p{L}))*";
/** A party: capitalised words, maybe joined by "of", "for" or "de" ("Board of Education"). */
const PARTY = `${WORD}(?: (?:(?:of|for|de) )?${WORD}){0,5}`;
const CASE = new RegExp(`(?<![\\p{L}\\p{M}\\d'’.-])${PARTY} v\\. ${PARTY}`, 'gu');
const POSSESSIVE_END = /['’]s$/;
/** Certain: a party is no name of its own inside a case's name, however sure the model is of it. */
const CASE_CONFIDENCE = 1;

export function courtCases(text: string, tokens: readonly Token[], registry: RegistryIndex): Candidate[] {
  // Most articles cite no case: " v. " is rare, and only then is the pattern run.
  if (!text.includes(' v. ')) return [];
  const out: Candidate[] = [];
  const firstParties = new Set<string>();
  for (const m of text.matchAll(CASE)) {
    const start = afterOpeningWords(text, tokens, m.index, m.index + m[0].indexOf(' v. '));
    let end = m.index + m[0].length;
    const possessive = POSSESSIVE_END.exec(text.slice(start, end));
    if (possessive) end -= possessive[0].length;
    if (text.slice(start, end).startsWith('v. ')) continue;
    out.push(candidate(start, end, 'LAW', 'rules', CASE_CONFIDENCE));
    const party = text.slice(start, text.indexOf(' v. ', start));
    if (ONE_WORD.test(party) && aliasTypes(registry, party).length === 0) firstParties.add(party);
  }
  for (const party of firstParties) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{M}'’-])${party}(?![\\p{L}\\p{M}-]| v\\. )`, 'gu'))) {
      if (!out.some((c) => c.start <= m.index && m.index < c.end)) out.push(candidate(m.index, m.index + party.length, 'LAW', 'rules', CASE_CONFIDENCE));
    }
  }
  return out;
}
/** A party of one word, as a case is cited by: "Roe", "Dobbs", "Miranda". */
const ONE_WORD = /^\p{Lu}\p{Ll}+$/u;
