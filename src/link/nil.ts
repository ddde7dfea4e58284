// Ids for entities the registry does not know: `nil:<type>/<normalised name>`, a pure function of the name,
// so the same name gives the same id in every article and every run.
// People are keyed by the fullest name the article gives them, without initials or possessive
// ("Jane Q. Doe", "Doe", "Ms. Doe" → nil:person/jane-doe); a person only ever named by one word is keyed by it.
import type { Label } from '../document.js';
import { slugify, stripPossessive } from '../registry/normalize.js';
import { personWords } from './person-names.js';

export function nilId(label: Label, name: string): string {
  const words = label === 'PERSON' ? personWords(name) : [];
  const slug = words.length ? slugify(words.join(' ')) : slugify(stripPossessive(name));
  return `nil:${label.toLowerCase()}/${slug || 'unnamed'}`;
}
