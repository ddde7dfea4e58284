// An organization the registry knows by a name with a small word inside ("Habitat for Humanity", "Save the Children"),
// written with a word more after it ("Habitat for Humanity International"): the model reads only the words after the
// small one as a name ("[Humanity International]"), which crosses the registry's. The two recognizers agree on the part
// they share, so the whole is proposed as one organization, surer than either.
import type { Candidate } from '../document.js';
import { candidate } from './candidates.js';
import { startsLower, startsUpper } from './first-letter.js';
import { hasSource } from './sources.js';

/** How many capitalised words the model's name may run on past the registry's. */
const MAX_WORDS_PAST = 2;

export function registryNamesRunOn(text: string, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  // The model's organizations by where they start: a registry name asks only at its own words' starts.
  let modelAt: Map<number, Candidate> | undefined;
  for (const r of candidates) {
    if (r.type !== 'ORG' || !hasSource(r.source, 'registry')) continue;
    for (let space = text.indexOf(' ', r.start); space > 0 && space < r.end; space = text.indexOf(' ', space + 1)) {
      // A word in lower case inside the name, then a capitalised one the model's name starts at.
      if (!startsLower(text.charAt(space + 1))) continue;
      const next = text.indexOf(' ', space + 1);
      if (next < 0 || next >= r.end || !startsUpper(text.charAt(next + 1))) continue;
      modelAt ??= modelOrganizations(candidates);
      const m = modelAt.get(next + 1);
      if (m && m.end > r.end && runsOnInCapitals(text, r.end, m.end)) {
        out.push(candidate(r.start, m.end, 'ORG', 'rules', 1 - (1 - r.confidence) * (1 - m.confidence)));
      }
    }
  }
  return out;
}

function modelOrganizations(candidates: readonly Candidate[]): Map<number, Candidate> {
  const at = new Map<number, Candidate>();
  for (const c of candidates) if (c.type === 'ORG' && c.source === 'model') at.set(c.start, c);
  return at;
}

/** Whether the text from `from` to `to` is one or two capitalised words, each after one space. */
function runsOnInCapitals(text: string, from: number, to: number): boolean {
  const words = text.slice(from, to).split(' ');
  return words[0] === '' && words.length - 1 <= MAX_WORDS_PAST && words.slice(1).every((w) => startsUpper(w) && /^\p{L}+$/u.test(w));
}
