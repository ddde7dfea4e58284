// A model named after its maker: "the Chevrolet Equinox", "a Kia Telluride", "the Toyota Tacoma", which the model
// reads as a person's, a company's or a work's name. A name of two or three words it read so that opens with a
// maker of lexicon/makers.json is the model, a PRODUCT; not one with a company's, a place's, an event's or a title's
// word after the maker ("Ford Motor", "Kia Motor Corp", "Honda Center", "Toyota Mexico", "Jaguar Chairman"), and
// not a name the registry knows.
import type { Candidate } from '../document.js';
import { COMPANY_HEADS } from '../lexicon/organization-heads.js';
import { endsEventName, endsNonPersonName, isLegalForm } from '../ner/name-types.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
import { isTitle } from '../registry/titles.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/makers.json' with { type: 'json' };
import { mapEach } from './map-many.js';

/** A maker's name and one or two capitalised words (or figures) after it, those taken apart. */
const MAKER_AND_MODEL = new RegExp(`^(?:${table.makers.join('|')}) ([\\p{Lu}\\d][\\p{L}\\d-]*)(?: ([\\p{Lu}\\d][\\p{L}\\d-]*))?$`, 'u');
const MAKER_FIRST_LETTERS: ReadonlySet<number> = new Set(table.makers.map((m) => m.charCodeAt(0)));
const NOT_MODELS: ReadonlySet<string> = new Set(table.notModels);
const RETYPED: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'WORK_OF_ART', 'NORP']);
const PLACES_AND_PEOPLES: ReadonlySet<string> = new Set(['GPE', 'LOC', 'NORP']);

export function makersModels(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  return mapEach(mentions, (m) => {
    if (!RETYPED.has(m.type) || m.source !== 'model' || !MAKER_FIRST_LETTERS.has(text.charCodeAt(m.start))) return m;
    const name = text.slice(m.start, m.end);
    const words = MAKER_AND_MODEL.exec(name)?.slice(1).filter((w) => w !== undefined);
    if (!words || words.some((w) => !modelWord(w, registry))) return m;
    return aliasTypes(registry, name).length ? m : { ...m, type: 'PRODUCT' };
  });
}

/**
 * Whether a word after a maker may be its model's: not the head of a company's, a place's, a facility's or an event's
 * name (the name types' and the organizations' heads, and makers.json's notModels), a legal form, a title or a place
 * ("Kia Motor Corp", "Honda Center", "BMW Championship", "Jaguar Chairman", "Toyota Mexico").
 */
function modelWord(word: string, registry: RegistryIndex): boolean {
  return !NOT_MODELS.has(word) && !endsNonPersonName(word) && !endsEventName(word) && !COMPANY_HEADS.has(word.toLowerCase()) && !isLegalForm(word)
    && !isTitle(registry, [word]) && !aliasTypes(registry, word).some((t) => PLACES_AND_PEOPLES.has(t));
}
