// Stretches of text that cannot be words: URLs, e-mail addresses, base64 and hex blobs, and any
// run of more than MAX_WORD characters without a space. wink spends quadratic time on a long run
// (its abbreviation test /[a-z].*\.$/ backtracks over the whole run: 45 s for 200,000 characters)
// and the name model could make a name of one. The tokenizer keeps each as one token, marked
// opaque, that wink never reads and no recognizer proposes a span in. Found in linear time.
import type { Span } from '../document.js';

/** Longer than any word, hyphenated compound or number in news text. */
const MAX_WORD = 64;
const URL = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s]/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const BASE64 = /^[A-Za-z0-9+/]{24,}={0,2}$/;
const HEX = /^[0-9a-f]{32,}$/i;
// Punctuation around a run that belongs to the sentence, not to the URL or blob.
const LEADING = /^[("'“‘<[{]+/;
const TRAILING = /[.,;:!?)"'”’>\]}]+$/;

function cannotBeWord(run: string): boolean {
  if (run.length > MAX_WORD || URL.test(run) || EMAIL.test(run) || HEX.test(run)) return true;
  // A base64 blob mixes digits with upper and lower case letters; a word or an acronym does not.
  return BASE64.test(run) && /\d/.test(run) && /[a-z]/.test(run) && /[A-Z]/.test(run);
}

/** Shortest run that can be a blob (base64 from 24 characters, hex from 32). */
const SHORTEST_BLOB = 24;

/** Whether a UTF-16 code unit is white space as a regular expression's \s means it. */
function isSpace(c: number): boolean {
  if (c > 32 && c < 0xa0) return false;
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The spans of `text` that cannot be words, in text order. Only the whole runs without a space
 * that may be blobs or addresses are looked at: long ones, and those holding "@", "://" or
 * "www.". One pass over the characters, copying out only those runs (a regular expression for
 * them, tried at every position of every word, took 2.5 times as long: a twentieth of the
 * tokenizer's time).
 */
export function opaqueSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < text.length; ) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const runStart = i;
    let marked = false;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (isSpace(c)) break;
      if (c === 64 || (c === 58 && text.startsWith('://', i)) || (c === 119 && text.startsWith('www.', i))) marked = true;
    }
    if (i === runStart || (!marked && i - runStart < SHORTEST_BLOB)) continue;
    let word = text.slice(runStart, i);
    let start = runStart;
    const lead = LEADING.exec(word)?.[0].length ?? 0;
    // The trailing test runs on a bounded tail: anchored at the end, it would retry from every position.
    const trail = TRAILING.exec(word.slice(-16))?.[0].length ?? 0;
    if (lead + trail >= word.length) continue;
    word = word.slice(lead, word.length - trail);
    start += lead;
    if (cannotBeWord(word)) spans.push({ start, end: start + word.length });
  }
  return spans;
}
