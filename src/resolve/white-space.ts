// White space as JavaScript's regular expressions read it (\s), told by a character's code, and a text's
// words split at it: rules ask it around every candidate, where a regex on a slice costs a copy and a match.

/** Whether a UTF-16 code is white space for /\s/: tab to carriage return, space, no-break space, Unicode's spaces, BOM. */
export function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The words of a text split at white space, none empty: what `text.split(/\s+/).filter(Boolean)` gives. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  let from = -1;
  for (let i = 0; i < text.length; i++) {
    if (isWhiteSpace(text.charCodeAt(i))) {
      if (from >= 0) words.push(text.slice(from, i));
      from = -1;
    } else if (from < 0) from = i;
  }
  if (from >= 0) words.push(text.slice(from));
  return words;
}
