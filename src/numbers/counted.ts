// The noun a cardinal counts: past adjectives and participles to the head of the noun group
// ("92 high-ranking officials" → officials, "thousands of political prisoners" → prisoners).
import { COUNTED_WINDOW, MODIFIER_POS, NOT_COUNTED, NOT_PLURAL, PLURALS_WITHOUT_S } from './lexicon/counted.js';
import { wordAt, type Word } from './words.js';

/**
 * The head of the first noun group after the number, past modifiers; a proper-noun group
 * ("38,000 U.S. troops", "thousands of Americans") is looked through to a common noun after it.
 */
export function countedNoun(words: readonly Word[], last: number): string | undefined {
  let k = last + 1;
  if (wordAt(words, k, last)?.lower === 'of') {
    k++;
    if (wordAt(words, k, last)?.pos === 'DET') k++;
  }
  let proper: Word | undefined;
  for (const stop = k + COUNTED_WINDOW; k < stop; k++) {
    const w = wordAt(words, k, last);
    if (!w) break;
    if (w.pos === 'NOUN') return headOf(words, k, last);
    if (w.pos === 'PROPN') {
      proper = w;
      continue;
    }
    const hyphen = w.lower === '-' && w.attached;
    if (!MODIFIER_POS.has(w.pos) || (w.pos === 'PUNCT' && !hyphen)) break;
  }
  return proper && !NOT_COUNTED.has(proper.lower) ? proper.text : undefined;
}

/** "homes", "officials", "people"; not "news", "glass". */
export function isPlural(noun: string): boolean {
  const lower = noun.toLowerCase();
  return (/[^s]s$/.test(lower) && !NOT_PLURAL.has(lower)) || PLURALS_WITHOUT_S.has(lower);
}

/** The last noun of the compound starting at k, with hyphenated parts kept ("news-stands"). */
function headOf(words: readonly Word[], k: number, of: number): string | undefined {
  let start = k;
  let end = k;
  for (let j = k + 1; ; j++) {
    const w = wordAt(words, j, of);
    const joined = w?.lower === '-' && w.attached && wordAt(words, j + 1, of)?.attached && wordAt(words, j + 1, of)?.pos === 'NOUN';
    if (joined) {
      end = ++j;
    } else if (w?.pos === 'NOUN' && !isPlural(words[end].text)) {
      // a plural ends its compound: "1,000 troops patrol" counts troops
      start = end = j;
    } else break;
  }
  const text = words.slice(start, end + 1).map((w) => w.text).join('');
  return NOT_COUNTED.has(text.toLowerCase()) ? undefined : text;
}
