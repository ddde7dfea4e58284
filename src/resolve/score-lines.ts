// Sports results and standings: on a line made only of names and scores ("Detroit 3 Boston 2",
// "TORONTO 12 9 3 55 48 27", "Birmingham v Barnsley"), a place's name is its team, an ORG. A name in
// brackets stays what it is ("3. Rose Wanjala (Kenya) 15:05.41" names her country), so does a venue
// before a colon ("Hove: Sussex 363"), and a country stays a GPE: the guideline types a national side by its
// country. A dateline ("LONDON 1996-08-30") has no scores.
import type { Candidate, Token } from '../document.js';
import { PLACE_LABELS } from '../document.js';
import { lookupAlias, type RegistryIndex } from '../registry/alias-index.js';

/** A score or a table figure: up to three digits ("3", "55"), or a result ("2-1"). */
const SCORE = /^\d{1,3}(?:-\d{1,3})?$/;
/** Words a results line may hold besides names and scores. */
const FIXTURE_WORDS: ReadonlySet<string> = new Set(['v', 'vs', 'vs.', 'and']);

/** Start and end of each line that reads as results or standings. */
function scoreLines(text: string, tokens: readonly Token[]): [number, number][] {
  const lines: [number, number][] = [];
  let lineStart = 0;
  let k = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let scores = 0, names = 0, versus = false, prose = false;
    for (; k < tokens.length && tokens[k].start < lineEnd; k++) {
      const t = tokens[k].text;
      if (SCORE.test(t)) scores++;
      else if (FIXTURE_WORDS.has(t)) versus ||= t !== 'and';
      else if (/^\p{Lu}/u.test(t)) names++;
      else if (/\p{Ll}/u.test(t)) prose = true;
    }
    if (!prose && names > 0 && (scores >= 2 || (versus && names >= 2))) lines.push([lineStart, lineEnd]);
    lineStart = lineEnd + 1;
  }
  return lines;
}

/** Mentions (sorted by start) with the places named on results lines typed ORG. */
export function teamsOnScoreLines(text: string, tokens: readonly Token[], mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  const lines = scoreLines(text, tokens);
  if (!lines.length) return mentions;
  let l = 0;
  return mentions.map((m) => {
    while (l < lines.length && lines[l][1] < m.start) l++;
    if (l === lines.length || m.start < lines[l][0] || !PLACE_LABELS.has(m.type)) return m;
    const before = text.slice(lines[l][0], m.start).trimEnd();
    if (before.endsWith('(') || /^\s*:/.test(text.slice(m.end, lines[l][1])) || isCountry(registry, text.slice(m.start, m.end))) return m;
    return { ...m, type: 'ORG' };
  });
}

/** A country: a place of the registry that is part of no other. */
function isCountry(registry: RegistryIndex, name: string): boolean {
  return lookupAlias(registry, name).some((h) => {
    const entry = registry.entries.get(h.id);
    return entry?.type === 'GPE' && !entry.partOf;
  });
}
