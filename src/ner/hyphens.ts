// The tokenizer splits words at hyphens ("Djate-Taillard" → Djate - Taillard), but a hyphenated word is
// one word: a name boundary never falls inside it. Names are widened over hyphens glued on both sides
// when the other part is capitalised ("Urus-Martan", "Anglo-French") or, for people, any word
// ("Li Song-ho"); a lower-case part stays out of other names ("Minneapolis-based").
import type { Token } from '../document.js';

/** A name over tokens first..last, with its UTF-16 span in the text. */
export interface TokenRange {
  first: number;
  last: number;
  start: number;
  end: number;
  type: string;
}

function glued(tokens: readonly Token[], k: number): boolean {
  return k > 0 && k < tokens.length && tokens[k].start === tokens[k - 1].end;
}

function joinsAt(tokens: readonly Token[], hyphen: number): boolean {
  return tokens[hyphen]?.text === '-' && glued(tokens, hyphen) && glued(tokens, hyphen + 1);
}

function capitalised(word: string): boolean {
  const c = word[0];
  return c !== undefined && c !== c.toLowerCase();
}

const LETTERS = /^\p{L}+$/u;

/** Widen names over glued hyphens; a name swallowed by a widened one is dropped. Names are in text order. */
export function joinHyphenated<N extends TokenRange>(names: N[], tokens: readonly Token[]): N[] {
  const out: N[] = [];
  for (const name of names) {
    const person = name.type === 'PER';
    while (joinsAt(tokens, name.last + 1)) {
      const next = tokens[name.last + 2].text;
      if (!LETTERS.test(next) || !(capitalised(next) || person)) break;
      name.last += 2;
    }
    while (name.first >= 2 && joinsAt(tokens, name.first - 1)) {
      const before = tokens[name.first - 2].text;
      if (!LETTERS.test(before) || !(capitalised(before) || before.length <= 3)) break;
      name.first -= 2;
    }
    name.start = tokens[name.first].start;
    name.end = Math.max(name.end, tokens[name.last].end);
    const previous = out[out.length - 1];
    if (previous && name.first <= previous.last) continue;
    out.push(name);
  }
  return out;
}
