// A product the registry lacks, named between its owner and its kind: "its own Ascend processors", "Meta's
// Orion glasses", "their Bayraktar drones". The model reads such a name as the company's (ORG), or a person
// or a place; an owner before it ("its", "their", "own", a possessive) and a kind of product after it in lower
// case (lexicon/product-models.json, kinds) make it a PRODUCT. Without an owner the name before a kind is
// usually the maker ("Nvidia chips"), and a name the registry knows keeps its kind. And the names listed after a
// plural kind of product and "such as", "including" or "like" are products too ("tools such as ChatGPT and
// [Claude]", read as a person; "tea brands, including [PG Tips] and [Lipton]", read as companies).
import type { Candidate } from '../document.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/product-models.json' with { type: 'json' };

const KIND_AFTER = new RegExp(`^ (?:${table.kinds.join('|')})(?![\\p{L}\\p{M}'’-])`, 'u');
/** An owner right before the name: "its ", "their own ", "Meta's ". */
const OWNER_BEFORE = /(?:\b(?:its|their|his|her|our|own)|\p{L}['’]s?) $/u;
const RETYPED: ReadonlySet<string> = new Set(['ORG', 'PERSON', 'GPE']);
const KIND_FIRST_LETTERS: ReadonlySet<number> = new Set(table.kinds.map((k) => k.charCodeAt(0)));

/** A plural kind of product and the word that opens a list of examples: "tools such as ", "brands, including ". */
const KINDS_LISTED = new RegExp(`(?<![\\p{L}-])(?:${table.listedAfter.join('|')}),? (?:such as|including|like) $`, 'u');
const LISTED = /^(?:, | and |, and | or )$/;

export function productsByKind(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  let out: Candidate[] | undefined;
  mentions.forEach((m, k) => {
    // Most names are followed by something other than a space and a lower-case word, and need no slice.
    if (!RETYPED.has(m.type) || text.charCodeAt(m.end) !== 32 || !KIND_FIRST_LETTERS.has(text.charCodeAt(m.end + 1)) || !KIND_AFTER.test(text.slice(m.end, m.end + 16)) || !OWNER_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return;
    if (!aliasTypes(registry, text.slice(m.start, m.end)).length) (out ??= [...mentions])[k] = { ...m, type: 'PRODUCT' };
  });
  return productsListed(text, out ?? mentions, registry);
}

/** Mentions (sorted by start) with the names listed after a plural kind of product and "such as" typed PRODUCT. */
function productsListed(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  let out: Candidate[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    // The list's first name follows a space after "as", "including" or "like": most names follow something else.
    const start = mentions[k].start;
    if (text.charCodeAt(start - 1) !== 32 || !(text.startsWith('as', start - 3) || text.startsWith('including', start - 10) || text.startsWith('like', start - 5))
      || !KINDS_LISTED.test(text.slice(Math.max(0, start - 32), start))) continue;
    for (let j = k; j < mentions.length && (j === k || LISTED.test(text.slice(mentions[j - 1].end, mentions[j].start))); j++) {
      const m = mentions[j];
      if (RETYPED.has(m.type) && !aliasTypes(registry, text.slice(m.start, m.end)).length) (out ??= [...mentions])[j] = { ...m, type: 'PRODUCT' };
    }
  }
  return out ?? mentions;
}
