// Names read by their shape, a kind word from a table and a number ("Senate Bill 10", "Interstate 35"): the table's
// words as a pattern's alternatives, and every match of the pattern as a candidate of one label.
import type { Candidate, Label } from '../document.js';
import { candidate } from './candidates.js';

/** A table's word or phrase as a pattern: its full stops literal, its spaces any white space ("U.S. Route"). */
export function wordPattern(w: string): string {
  return w.replace(/\./g, '\\.').replace(/ /g, '\\s+');
}

/** A table's words as alternatives, the longest first so that "State Route" is tried before "Route". */
export function longestFirst(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(wordPattern).join('|');
}

/** Every match of a global pattern as a candidate of `type` from the rules. */
export function candidatesOfShape(text: string, pattern: RegExp, type: Label, confidence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(pattern)) out.push(candidate(m.index, m.index + m[0].length, type, 'rules', confidence));
  return out;
}
