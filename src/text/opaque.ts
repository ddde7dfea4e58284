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
/**
 * The whole runs without a space that may be blobs or addresses: long ones, and those holding "@",
 * "://" or "www.". Most runs are plain words, which the search passes over without copying them
 * out (it did for every word: a fiftieth of the pipeline's allocation). Each alternative, tried at
 * a run's start, takes the run to its end; a short run fails within its own length.
 */
const CANDIDATE_RUNS = new RegExp(`\\S{${SHORTEST_BLOB},}|\\S*(?:@|://|www\\.)\\S*`, 'g');

/** The spans of `text` that cannot be words, in text order. */
export function opaqueSpans(text: string): Span[] {
  const spans: Span[] = [];
  const runs = new RegExp(CANDIDATE_RUNS);
  for (let run = runs.exec(text); run; run = runs.exec(text)) {
    let word = run[0];
    let start = run.index;
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
