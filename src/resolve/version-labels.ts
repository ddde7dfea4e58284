// A story's version in brackets that opens a line ("(2nd LD) Samsung heir gets 5-year term", "(LEAD) KOSPI closes
// above 3,000") is the wire's label: neither its count nor its letters are a mention.
import type { Candidate } from '../document.js';
import { BRACKETED_VERSIONS } from '../lexicon/wire-slugs.js';

const VERSION_LABEL = new RegExp(`^\\((?:\\d+(?:st|nd|rd|th) )?(?:${BRACKETED_VERSIONS.join('|')})\\)`, 'gm');

export function dropVersionLabels(text: string, candidates: Candidate[]): Candidate[] {
  // (most articles have none: no copy of the candidates for them)
  if (!text.includes('(')) return candidates;
  const labels = [...text.matchAll(VERSION_LABEL)].map((m) => [m.index, m.index + m[0].length]);
  if (!labels.length) return candidates;
  return candidates.filter((c) => !labels.some(([start, end]) => c.start >= start && c.end <= end));
}
