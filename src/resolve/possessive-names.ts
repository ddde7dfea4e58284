// Names that end in a possessive: a shop, a bank or a ground named after its founder ("Lord's",
// "Boatmen's", "Sotheby's"). The guideline leaves a possessive out of a name ("Iran's repression" →
// "Iran"), but where the article writes the name with an 's that owns nothing ("at Lord's.",
// "Boatmen's was the prize") the 's is the name's own, and every mention of it in the article keeps
// it ("Boatmen's deal"). Registry names never do. The words that show the 's owns nothing are data
// (lexicon/possessive-names.json).
import type { Candidate } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import words from './lexicon/possessive-names.json' with { type: 'json' };

const POSSESSIVE = /^['’]s/;
/** After the 's: a stop, the end, or a word that is no noun it could own (not a bracket or a quote: "(Arafat's) call"). */
const OWNS_NOTHING = new RegExp(`^['’]s(?:\\s*(?:[.,;:!?]|$)|\\s+(?:${words.after.join('|')})\\b)`);

/** The names (lower case) of the article that own their 's, from the candidates' spans. */
function ownersOf(text: string, candidates: readonly Candidate[], registry: RegistryIndex): Set<string> {
  const owners = new Set<string>();
  for (const c of candidates) {
    if (!NAME_LABELS.has(c.type)) continue;
    const span = text.slice(c.start, c.end);
    const base = /['’]s$/.test(span) ? span.slice(0, -2) : span;
    const end = c.start + base.length;
    if (!base || !OWNS_NOTHING.test(text.slice(end, end + 16))) continue;
    const key = base.toLowerCase();
    if (!owners.has(key) && !lookupAlias(registry, base).length) owners.add(key);
  }
  return owners;
}

/** The (trimmed) candidates, with the 's of names that own it taken back into their spans. */
export function possessiveNames(text: string, candidates: Candidate[], registry: RegistryIndex): Candidate[] {
  if (!candidates.some((c) => NAME_LABELS.has(c.type) && POSSESSIVE.test(text.slice(c.end, c.end + 2)))) return candidates;
  const owners = ownersOf(text, candidates, registry);
  if (!owners.size) return candidates;
  return candidates.map((c) => (NAME_LABELS.has(c.type) && POSSESSIVE.test(text.slice(c.end, c.end + 2)) && owners.has(text.slice(c.start, c.end).toLowerCase())
    ? { ...c, end: c.end + 2 } : c));
}
