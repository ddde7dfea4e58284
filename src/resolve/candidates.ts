// One shape for every candidate resolve handles: each field present, in one order, `value` and `attrs` too when
// there are none. The recognizers hand over candidates of several shapes (with or without a value or attributes,
// fields in different orders), and a rule reached by objects of many shapes is compiled for them all, then
// deoptimised and compiled again when one more comes ("wrong map"). Copies made by spread keep the shape.
import type { Candidate, Label, MentionAttrs } from '../document.js';

/** A candidate of the one shape. */
export function candidate(start: number, end: number, type: Label, source: string, confidence: number, value?: number | string, attrs?: MentionAttrs): Candidate {
  return { start, end, type, source, confidence, value, attrs };
}

/** The recognizers' candidates in the one shape (new objects: the document's own are left as they are). */
export function ofOneShape(candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) out.push(candidate(c.start, c.end, c.type, c.source, c.confidence, c.value, c.attrs));
  return out;
}

/** The last words of the people's names of several words among `candidates` ("May" of "Theresa May"): the article's surnames. */
export function lastNamesOfFullNames(text: string, candidates: readonly Candidate[]): Set<string> {
  const names = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'PERSON') continue;
    const space = text.lastIndexOf(' ', c.end - 1);
    if (space > c.start) names.add(text.slice(space + 1, c.end));
  }
  return names;
}
