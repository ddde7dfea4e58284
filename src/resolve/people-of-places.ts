// A person "of" a country the model read as one name ("[Victoria Azarenka of Belarus]" typed ORG): sports
// and news write a player's nation this way, and no organization's name is a given name, a surname and
// "of" a country. The span runs two or three capitalised words before "of", and ends in a name the registry
// knows only as a country or a state; the words before "of" are a person's when they open with a given name on
// the model's lists, the registry knows them as a person, the article names their last word alone as a person
// ("Azarenka said"), or it writes another person "of" a place the same way ("beat Iga Swiatek of Poland"): the
// person and the place. "Federal Republic of Yugoslavia", "Central Bank of Nigeria" and
// "Duke of Norfolk" are none of these. A title before the name stays out of it ("[Sen. Bernie Sanders of Vermont]").
// And a title's place the model read into the person's name after it ("Archbishop of [Canterbury Rowan Williams]", or
// into an organization's: "[Canterbury Justin Welby]") is the place, and the rest the person.
import type { Candidate } from '../document.js';
import { NAME_LABELS, PLACE_LABELS } from '../document.js';
import { endsNonPersonName } from '../ner/name-types.js';
import { aliasTypes, lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
import { isTitle } from '../registry/titles.js';
import { holdsCode } from './characters.js';
import { mapMany } from './map-many.js';

/** Two or three capitalised words (a title's before them, if any), " of ", and the place. */
const PERSON_OF = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’-]+){1,3}) of (\p{Lu}.*)$/u;
/** A person's name word: no full stop in it. */
const NAME_WORD = /^[\p{L}\p{M}'’-]+$/u;

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
    const [span, named, place] = m;
    // "[Sen. Bernie Sanders of Vermont]": a title the model read into the name stays out of the person's.
    const titled = isTitle(registry, [named.slice(0, named.indexOf(' '))]);
    const person = titled ? named.slice(named.indexOf(' ') + 1) : named;
    const words = person.split(' ');
    const placeTypes = aliasTypes(registry, place);
    if (words.length < 2 || words.length > 3 || !words.every((w) => NAME_WORD.test(w)) || !isPerson(person, words) || endsNonPersonName(words[words.length - 1])
      || !placeTypes.length || placeTypes.some((t) => t !== 'GPE') || lookupAlias(registry, span).length) return [c];
    const personStart = c.start + named.length - person.length;
    const placeStart = c.end - place.length;
    return [{ ...c, start: personStart, end: personStart + person.length, type: 'PERSON' }, { ...c, start: placeStart, type: 'GPE' }];
  });
}

/** A title and " of " right before a name: "Archbishop of ", "Mayor of ". */
const TITLE_OF_BEFORE = /(\p{Lu}\p{Ll}+) of $/u;

/** Whether a title and " of " stand right before `start`: what follows is the title's see or country, no one's given name. */
export function afterTitleOf(text: string, start: number, registry: RegistryIndex): boolean {
  const title = TITLE_OF_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  return title !== null && isTitle(registry, [title[1]]);
}

/**
 * Candidates with a title's place the model read into a person's name after it split off as the place ("Archbishop of
 * [Canterbury] Rowan Williams"): a place the registry knows, or one word no given name before one.
 */
export function placesOfTitles(text: string, candidates: Candidate[], registry: RegistryIndex, isNameWord: (word: string) => boolean): Candidate[] {
  return mapMany(candidates, (c) => {
    // The model's span may open with the "of" ("[of Canterbury Rowan Williams]").
    const from = text.startsWith('of ', c.start) ? c.start + 3 : c.start;
    // Most names follow no " of ": its "f" and space are read first.
    if ((c.type !== 'PERSON' && c.type !== 'ORG') || text.charCodeAt(from - 1) !== 32 || text.charCodeAt(from - 2) !== 102) return [c];
    if (!afterTitleOf(text, from, registry)) return [c];
    const words = text.slice(from, c.end).split(' ');
    // The longest run of first words the registry knows as a place, with a capitalised word left for the person; or
    // one word the registry does not know, before a given name ("of [Canterbury] Rowan Williams").
    for (let n = words.length - 1; n >= 1; n--) {
      const place = words.slice(0, n).join(' ');
      const known = aliasTypes(registry, place);
      const type = known.find((t) => PLACE_LABELS.has(t)) ?? (n === 1 && !known.length && isNameWord(words[1]) && !isNameWord(words[0]) ? 'GPE' : undefined);
      if (!type) continue;
      // An organization's name is a person's only from a given name on, after a place the registry knows ("Archbishop of
      // [Canterbury Justin Welby]"; not "Commissioner of [Competition John] Pecman").
      if (c.type === 'ORG' && (!isNameWord(words[n]) || !known.length)) return [c];
      return [{ ...c, start: from, end: from + place.length, type }, { ...c, start: from + place.length + 1, type: 'PERSON' }];
    }
    return [c];
  });
}
