// A person's name the model ended on a capitalised particle ("[Jean-Marie Le] Pen", "[Kevin De] Bruyne") runs on to the
// capitalised word after it: no one's name ends in "Le" or "De". So does one the model ended before a surname that
// opens with a particle and a hyphen ("[Abdul-Malik] al-Houthi", where it read "al-Houthi" as the group's), or with one
// or two particles apart ("[Antonio] de la [Jara]", read as two people). The particles are person-cues.json's.
import type { Candidate } from '../document.js';
import { ARABIC_ARTICLES, PATRONYMIC_PARTICLES } from '../lexicon/patronymics.js';
import { mapEach } from './map-many.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import cues from './lexicon/person-cues.json' with { type: 'json' };

const PARTICLES: ReadonlySet<string> = new Set(cues.particles);
/** The particles of people's names as a pattern's alternatives ("van", "al"), for the rules that read names by pattern. */
export const PARTICLE = `(?:${cues.particles.join('|')})`;
/** A capitalised word right after the name: " Pen", " Bruyne", " Sisi". */
const WORD_AFTER = /^ \p{Lu}[\p{L}\p{M}'’-]*/u;
/**
 * A surname that opens with a particle right after the name: the particle, a hyphen and a capitalised word (" al-Houthi",
 * " el-Sisi"), or one or two particles and a capitalised word apart (" de la Jara", " da Silva", " van Gaal").
 */
const PARTICLE_SURNAME_AFTER = new RegExp(`^ ${PARTICLE}(?:-\\p{Lu}[\\p{L}\\p{M}'’]*(?![\\p{L}\\p{M}-])`
  + `| (?:${PARTICLE} )?\\p{Lu}[\\p{L}\\p{M}'’-]*(?![\\p{L}\\p{M}]))`, 'u');

/** The Arabic article in lower case and capitalised ("al", "Al"). */
const ARTICLE_CASES = ARABIC_ARTICLES.flatMap((a) => [a, a[0].toUpperCase() + a.slice(1)]).join('|');
/**
 * An Arabic name's chain of patronymics and its family name after them: " bin Isa Al Khalifa", " bin Mohammed bin Rashid
 * Al Maktoum", " bin Salman al-Saud".
 */
const PATRONYMICS_AFTER = new RegExp(`^(?: (?:${[...PATRONYMIC_PARTICLES].join('|')}) \\p{Lu}[\\p{L}\\p{M}'’-]*)+(?: (?:${ARTICLE_CASES})[ -]\\p{Lu}[\\p{L}\\p{M}'’-]*)?(?![\\p{L}\\p{M}])`, 'u');

export function peopleEndingInParticle(text: string, candidates: Candidate[]): Candidate[] {
  return mapEach(candidates, (c) => {
    if (c.source !== 'model' || c.type !== 'PERSON') return c;
    // A particle's first letter after a space: most names are followed by something else, and need no match.
    if (text.charCodeAt(c.end) === 32 && isLowerLetter(text.charCodeAt(c.end + 1))) {
      const chain = PATRONYMICS_AFTER.exec(text.slice(c.end, c.end + 80));
      if (chain) return { ...c, end: c.end + chain[0].length };
      const surname = PARTICLE_SURNAME_AFTER.exec(text.slice(c.end, c.end + 40));
      if (surname) return { ...c, end: c.end + surname[0].length };
    }
    const space = text.lastIndexOf(' ', c.end - 1);
    // Most names end in a word longer than a particle's four letters, and need no lookup.
    if (space < c.start || c.end - space - 1 > 4) return c;
    const last = text.slice(space + 1, c.end);
    if (last === last.toLowerCase() || !PARTICLES.has(last.toLowerCase())) return c;
    const after = WORD_AFTER.exec(text.slice(c.end, c.end + 40));
    return after ? { ...c, end: c.end + after[0].length } : c;
  });
}

const isLowerLetter = (code: number) => code >= 97 && code <= 122;
