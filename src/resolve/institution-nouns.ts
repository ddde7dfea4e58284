// A noun of an institution capitalised after "the" ("the State would pay", "The Government would study the ruling", as
// Irish and British papers write them) names no one entity alone: the model's one-word name there is dropped, unless
// the registry knows the word. The nouns are data (lexicon/institution-nouns.json).
import type { Candidate } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
import nouns from './lexicon/institution-nouns.json' with { type: 'json' };
import { theBefore } from './the-before.js';

const INSTITUTION_NOUNS: ReadonlySet<string> = new Set(nouns.words);

export function dropInstitutionNouns(text: string, candidates: Candidate[], registry: RegistryIndex): Candidate[] {
  const kept = candidates.filter((c) => !(NAME_LABELS.has(c.type) && INSTITUTION_NOUNS.has(text.slice(c.start, c.end))
    && theBefore(text, c.start) && aliasTypes(registry, text.slice(c.start, c.end)).length === 0));
  return kept.length === candidates.length ? candidates : kept;
}
