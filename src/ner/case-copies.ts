// Case-altered copies of training articles: headlines and sports tables write names in capitals or in
// title case, where case says little about what is a name. A copy of an article with a seeded share of
// its sentences (one a line) rewritten ALL CAPS or Title Case teaches the tagger not to lean on case
// alone. Only letters change, one for one, so the names' character spans stay those of the original.

// Imported, not read from disk: tsc copies the list next to the compiled module (dist/ner/lexicon/).
import smallWords from './lexicon/small-words.json' with { type: 'json' };

/** Words a title-case headline leaves in lower case ("Senate Approves New Tariffs on Steel"). */
const SMALL_WORDS: ReadonlySet<string> = new Set(smallWords.words);

/** Upper-case each character whose capital has the same length ('ß' stays), so offsets hold. */
function upper(s: string): string {
  let out = '';
  for (const ch of s) {
    const u = ch.toUpperCase();
    out += u.length === ch.length ? u : ch;
  }
  return out;
}

export function allCaps(line: string): string {
  return upper(line);
}

/** Capitalise each word's first letter, except the small words after the line's first word ("14th" stays). */
export function titleCase(line: string): string {
  let first = true;
  return line.replace(/(?<![\p{L}\p{N}])\p{L}[\p{L}\p{M}\p{N}'’-]*/gu, (word) => {
    const keep = !first && SMALL_WORDS.has(word.toLowerCase());
    first = false;
    return keep ? word : upper(word.slice(0, 1)) + word.slice(1);
  });
}

/**
 * The article's text with each line, with probability `share`, in all caps or title case (even odds),
 * or undefined when no line changed (the copy would add nothing).
 */
export function caseAltered(text: string, share: number, random: () => number): string | undefined {
  let changed = false;
  const lines = text.split('\n').map((line) => {
    if (random() >= share) return line;
    const altered = random() < 0.5 ? allCaps(line) : titleCase(line);
    if (altered !== line) changed = true;
    return altered;
  });
  return changed ? lines.join('\n') : undefined;
}
