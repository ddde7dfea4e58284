// A nickname in quotes, double or single, between a person's given name and surname belongs to the name ("Earvin
// "Magic" Johnson", "Roberto " Hands of Stone " Duran", "Jimmy 'Barbecue' Cherizier", 'Cerelyn "C.J." Davis'): the model reads the given name and the surname as two
// people, or one of them alone, and the nickname as something else. The whole is proposed as one PERSON
// where a recognizer read a person on one side of the quotes, or the given name is on the name model's
// lists; the nickname is a capitalised word or a few words ("Hands of Stone"), not a sentence.
import type { Candidate } from '../document.js';
import { endsNonPersonName, labelOf } from '../ner/name-types.js';
import { HONORIFIC_CONFIDENCE } from './people.js';
import { candidate } from './candidates.js';

const WORD = `\\p{Lu}[\\p{L}\\p{M}'’-]+`;
/**
 * Given name (with its middle initials: 'Thomas P. "Tip" O'Neill'), a nickname of one to four words in quotes (maybe
 * spaced inside), surname (one or two words).
 */
const NICKNAMED = new RegExp(`(?<![\\p{L}\\p{M}])(${WORD}(?: \\p{Lu}\\.)*) ["“'‘] ?(\\p{Lu}[\\p{L}\\p{M}'’.-]*(?: [\\p{L}\\p{M}'’.-]+){0,3}) ?["”'’] (${WORD}(?: ${WORD})?)(?![\\p{L}\\p{M}])`, 'gu');

export function nicknamedPeople(text: string, candidates: readonly Candidate[], isNameWord: (word: string) => boolean): Candidate[] {
  // Most articles have no capitalised word in quotes right after a word or an initial: nothing to match.
  if (!/[\p{L}.] ["“'‘] ?\p{Lu}/u.test(text)) return [];
  let people: Set<number> | undefined;
  const out: Candidate[] = [];
  for (const m of text.matchAll(NICKNAMED)) {
    people ??= new Set(candidates.filter((c) => c.type === 'PERSON').flatMap((c) => [c.start, c.end]));
    const start = m.index;
    const end = start + m[0].length;
    const surnameStart = end - m[3].length;
    if (!isNameWord(m[1]) && !people.has(start) && !people.has(start + m[1].length) && !people.has(surnameStart) && !people.has(end)) continue;
    // "the Tory 'Red Wall' Party", "Dallas 'Big D' Open": a last word no person's name ends in.
    if (endsNonPersonName(m[3].slice(m[3].lastIndexOf(' ') + 1)) || labelOf('PER', m[3].split(' ')) !== 'PERSON') continue;
    out.push(candidate(start, end, 'PERSON', 'rules', HONORIFIC_CONFIDENCE));
  }
  return out;
}
