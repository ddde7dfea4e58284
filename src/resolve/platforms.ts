// The social platform named X since 2023 is one capital letter, which reads as a variable, a grade or a roman ten as
// often, so neither the name model nor the registry takes it alone. Where the press writes it is unmistakable: after
// "on" and a word of posting ("wrote on X", "in a post on X", "said on X") or before "formerly Twitter". Link looks it up
// by its company's name, which the registry holds: the letter alone is no alias.
import type { Candidate } from '../document.js';
import { candidate } from './candidates.js';

const POSTED_ON_X = /\b(?:wrote|writes|write|writing|posted|posts|post|posting|said|says|shared|shares|tweeted|statement|message|video|account|accounts|announced|published|comment|comments|replied|reply)(?: \w+)?,? on X\b(?![-\w'’])/g;
const X_FORMERLY_TWITTER = /\bX(?:,| \()? (?:formerly|previously|once) (?:known as )?Twitter\b/g;
/** As sure as a credit line's parts: the words around it say what it is. */
const CONFIDENCE = 0.9;
/** The name link looks the platform up by. */
const LOOKED_UP_AS = { fullName: 'X Corp.' };

export function platformNames(text: string): Candidate[] {
  // Most articles never write a lone X: no pattern is tried on them.
  if (!text.includes('X')) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(POSTED_ON_X)) {
    const at = m.index + m[0].length - 1;
    out.push(candidate(at, at + 1, 'ORG', 'rules', CONFIDENCE, undefined, LOOKED_UP_AS));
  }
  for (const m of text.matchAll(X_FORMERLY_TWITTER)) out.push(candidate(m.index, m.index + 1, 'ORG', 'rules', CONFIDENCE, undefined, LOOKED_UP_AS));
  return out;
}
