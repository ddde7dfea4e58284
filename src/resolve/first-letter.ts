// Whether a word opens with a letter, a capital, a small letter or a digit. Rules ask it of every token of an article,
// and most tokens open with an ASCII character, which its code answers without a Unicode regex. And words of a
// table written capitalised, as patterns read them in text.
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const LETTER = /^\p{L}/u;

/** The word opens with a capital letter ("Kenya", "Ärger"). */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(word);
}

/** The word opens with a small letter ("said", "über"). */
export function startsLower(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER.test(word);
}

/** The word opens with a letter of any case or none ("Kenya", "said", "北京"). */
export function startsLetter(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER.test(word);
}

/** The word opens with an ASCII digit (what /^\d/ answers). */
export function startsDigit(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Words written in lower case as a pattern's alternatives, each capitalised ("Inc|Corp"), and all in capitals too when asked ("Inc|INC"). */
export function capitalisedAlternatives(words: Iterable<string>, allCaps = false): string {
  return [...words].map((w) => (allCaps ? `${w[0].toUpperCase()}${w.slice(1)}|${w.toUpperCase()}` : w[0].toUpperCase() + w.slice(1))).join('|');
}
