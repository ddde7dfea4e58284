// A character's code read where the position may fall outside the text (before a name at the article's start, after one
// at its end). text.charCodeAt answers NaN there, but V8's optimized code assumes the position is inside, and the first
// name at an article's edge deoptimises the rule that asked ("out of bounds"), which is then compiled again.

/** The UTF-16 code at `i`, or -1 outside the text: no character's code, as NaN is none. */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}
