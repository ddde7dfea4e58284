// Letters of the Latin alphabet's extensions (ł, ń, č, ć, ş, ž, Đ, ő, ạ...), which wink's tokenizer reads as symbols
// of their own: "Dončić" was "Don" "č" "i" "ć", "Sławosz Uznański" five tokens, and the name model made "Don" and
// "Uzna" of them. wink reads a copy in which each is its base letter ("Doncic"), one UTF-16 unit for one, so that
// every offset holds; the tokens take their text from the article as written.

/** Latin Extended-A and -B, and Latin Extended Additional (Vietnamese). */
const EXTENDED_LATIN = /[\u0100-\u024F\u1E00-\u1EFF]/;
const EXTENDED_LATIN_ALL = /[\u0100-\u024F\u1E00-\u1EFF]/g;

/**
 * Letters no decomposition takes to a base letter, spelt as the English press spells them ("Łukasz" = "Lukasz",
 * "Đoković" = "Djokovic", "Søren" = "Soren"): the registry's keys spell them so, and wink reads each as its first letter.
 */
export const SPELT_AS: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'L', đ: 'dj', Đ: 'Dj', ø: 'o', Ø: 'O', ı: 'i', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ß: 'ss', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D',
  ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ŋ: 'ng', Ŋ: 'Ng', ſ: 's', ĸ: 'k', ƒ: 'f', ǝ: 'e', ə: 'e', Ə: 'E', ɨ: 'i', ʉ: 'u',
};

/** The text with each extended Latin letter replaced by a base letter of the same length; the text itself if it has none. */
export function withBaseLetters(text: string): string {
  if (!EXTENDED_LATIN.test(text)) return text;
  return text.replace(EXTENDED_LATIN_ALL, baseLetter);
}

function baseLetter(letter: string): string {
  const base = (SPELT_AS[letter] ?? letter.normalize('NFD')).charAt(0);
  // A letter with no ASCII base is read as a letter of its case.
  if (/^[A-Za-z]$/.test(base)) return base;
  return letter === letter.toLowerCase() ? 'a' : 'A';
}
