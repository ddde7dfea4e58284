// A person "of" a country the model read as one name ("[Victoria Azarenka of Belarus]" typed ORG): sports
// and news write a player's nation this way, and no organization's name is a given name, a surname and
// "of" a country. The span runs two or three capitalised words before "of", and ends in a name the registry
// knows only as a country or a state; the words before "of" are a person's when they open with a given name on
// the model's lists, the registry knows them as a person, the article names their last word alone as a person
// ("Azarenka said"), or it writes another person "of" a place the same way ("beat Iga Swiatek of Poland"): the
// person and the place. "Federal Republic of Yugoslavia", "Central Bank of Nigeria" and
// "Duke of Norfolk" are none of these.
import type { Candidate } from '../document.js';
import { NAME_LABELS, PLACE_LABELS } from '../document.js';
import { endsNonPersonName } from '../ner/name-types.js';
import { aliasTypes, lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
import { holdsCode } from './characters.js';
import { mapMany } from './map-many.js';

/** Two or three capitalised words, " of ", and the place. */
const PERSON_OF = /^(\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){1,2}) of (\p{Lu}.*)$/u;

export function peopleOfPlaces(text: string, candidates: Candidate[], registry: RegistryIndex, isNameWord: (word: string) => boolean): Candidate[] {
  // The model's names of three words or more with "of" inside, by index: most articles hold none, and need nothing more.
  const ofs = new Map<number, RegExpExecArray>();
  candidates.forEach((c, k) => {
    if (c.source !== 'model' || c.type === 'PERSON' || !NAME_LABELS.has(c.type) || c.end - c.start < 9 || !holdsCode(text, c.start, c.end, 32, 3)) return;
    const m = PERSON_OF.exec(text.slice(c.start, c.end));
    if (m) ofs.set(k, m);
  });
  if (!ofs.size) return candidates;
  const people = new Set(candidates.filter((c) => c.type === 'PERSON').map((c) => text.slice(c.start, c.end)));
  const placeAt = new Set(candidates.filter((c) => PLACE_LABELS.has(c.type)).map((c) => c.start));
  const personOfPlace = candidates.some((c) => c.type === 'PERSON' && text.startsWith(' of ', c.end) && placeAt.has(c.end + 4));
  const isPerson = (name: string, words: string[]) => personOfPlace || isNameWord(words[0]) || people.has(words[words.length - 1])
    || aliasTypes(registry, name).includes('PERSON');
  return mapMany(candidates, (c, k) => {
    const m = ofs.get(k);
    if (!m) return [c];
    const [span, person, place] = m;
    const words = person.split(' ');
    const placeTypes = aliasTypes(registry, place);
    if (!isPerson(person, words) || endsNonPersonName(words[words.length - 1]) || !placeTypes.length
      || placeTypes.some((t) => t !== 'GPE') || lookupAlias(registry, span).length) return [c];
    const placeStart = c.end - place.length;
    return [{ ...c, end: c.start + person.length, type: 'PERSON' }, { ...c, start: placeStart, type: 'GPE' }];
  });
}
