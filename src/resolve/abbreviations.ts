// An abbreviation the article defines by words in lower case is a common noun's, not a name's
// ("dark northern spring (DNS)", "gross domestic product (GDP)"): the names equal to it are dropped
// wherever they are in the article, the registry's too: the article's own definition beats an acronym
// the registry gives another body ("hard red winter (HRW)" is no Human Rights Watch). One defined by capitalised words is a name's
// ("Independent Commission Against Corruption (ICAC)") and stays.
import type { Candidate } from '../document.js';
import { NAME_LABELS } from '../document.js';

/** Capitals in brackets: the abbreviation (2 to 6 letters). */
const BRACKETED = /\(([A-Z]{2,6})\)/g;
/** Lower-case words, hyphenated or not, right before the bracket. */
const WORDS_BEFORE = /((?:[a-z]+(?:-[a-z]+)*\s+){2,6})$/;

/** The abbreviations the article defines by lower-case words whose initials spell them. */
function commonAbbreviations(text: string): Set<string> {
  const found = new Set<string>();
  // Most articles define none: a bracket of capitals is rare, and only then is the text before it read.
  for (const m of text.matchAll(BRACKETED)) {
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - 80), m.index));
    if (!before) continue;
    const initials = before[1].trim().split(/[\s-]+/).map((w) => w[0].toUpperCase()).join('');
    if (initials.endsWith(m[1])) found.add(m[1]);
  }
  return found;
}

export function dropCommonAbbreviations(text: string, candidates: Candidate[]): Candidate[] {
  if (!text.includes('(')) return candidates;
  const common = commonAbbreviations(text);
  if (!common.size) return candidates;
  return candidates.filter((c) => !NAME_LABELS.has(c.type) || !common.has(text.slice(c.start, c.end)));
}
