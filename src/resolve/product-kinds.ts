// A product the registry lacks, named between its owner and its kind: "its own Ascend processors", "Meta's
// Orion glasses", "their Bayraktar drones". The model reads such a name as the company's (ORG), or a person
// or a place; an owner before it ("its", "their", "own", a possessive) and a kind of product after it in lower
// case (lexicon/product-models.json, kinds) make it a PRODUCT. Without an owner the name before a kind is
// usually the maker ("Nvidia chips"), and a name the registry knows keeps its kind.
import type { Candidate } from '../document.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/product-models.json' with { type: 'json' };

const KIND_AFTER = new RegExp(`^ (?:${table.kinds.join('|')})(?![\\p{L}\\p{M}'’-])`, 'u');
/** An owner right before the name: "its ", "their own ", "Meta's ". */
const OWNER_BEFORE = /(?:\b(?:its|their|his|her|our|own)|\p{L}['’]s?) $/u;
const RETYPED: ReadonlySet<string> = new Set(['ORG', 'PERSON', 'GPE']);
const KIND_FIRST_LETTERS: ReadonlySet<number> = new Set(table.kinds.map((k) => k.charCodeAt(0)));

export function productsByKind(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  return mentions.map((m) => {
    // Most names are followed by something other than a space and a lower-case word, and need no slice.
    if (!RETYPED.has(m.type) || text.charCodeAt(m.end) !== 32 || !KIND_FIRST_LETTERS.has(text.charCodeAt(m.end + 1)) || !KIND_AFTER.test(text.slice(m.end, m.end + 16)) || !OWNER_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return m;
    return aliasTypes(registry, text.slice(m.start, m.end)).length ? m : { ...m, type: 'PRODUCT' };
  });
}
