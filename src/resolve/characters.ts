// Whether a stretch of text holds a character, told by its code: rules ask it of most candidates' spans,
// where a slice and a regex cost a copy and a match.

/** Whether text[start, end) holds the character of this UTF-16 code at least `times` times. */
export function holdsCode(text: string, start: number, end: number, code: number, times = 1): boolean {
  let seen = 0;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === code && ++seen === times) return true;
  return false;
}
