// The registry entry as data: one JSON object a line in registry/*.jsonl, validated here.
import { z } from 'zod';
import { NAME_LABEL_LIST } from '../document.js';

const EntryId = z.string().regex(/^[a-z_]+\/[a-z0-9-]+$/, 'id must look like "kind/slug" (lowercase, digits, hyphens)');

const Year = z.number().int().min(1000).max(2200);

export const RegistryEntrySchema = z.strictObject({
  id: EntryId,
  type: z.enum(NAME_LABEL_LIST),
  /** Canonical name. */
  name: z.string().min(1),
  /** Other names, spellings and transliterations; matched like the name. */
  aliases: z.array(z.string().min(1)).optional(),
  /** Short forms; all-caps ones are matched case-sensitively so "US" is not "us". */
  acronyms: z.array(z.string().min(1)).optional(),
  /**
   * For products: names the product goes by only with its model after them ("Claude" of "Claude Sonnet 4", "Llama"
   * of "Llama 4"): alone they are a given name, a common word or another thing's name, and match nothing.
   */
  modelNames: z.array(z.string().min(1)).optional(),
  /** For places: the adjectives and plurals naming their people ("Iranian", "Iranians"); become a NORP entity. */
  demonyms: z.array(z.string().min(1)).optional(),
  /**
   * For people: the single words the press uses alone for them, when not the last word of the name
   * (family name first: "Xi", "Kim"; or none: []). Absent, the last word of each name is taken.
   */
  surnames: z.array(z.string().min(1)).optional(),
  /** For people: titles or roles that support a match ("Secretary of State"). */
  titles: z.array(z.string().min(1)).optional(),
  /** Wikidata QID, only where certain. */
  wikidata: z.string().regex(/^Q[1-9][0-9]*$/).optional(),
  description: z.string().optional(),
  /** The entity this one belongs to (the State Department is part of the US government); also context for ambiguity. */
  partOf: EntryId.optional(),
  /** How likely this entry is when its alias is shared with others, in (0, 1]; default 0.5. */
  prior: z.number().gt(0).lte(1).optional(),
  /**
   * The years a shared name meant this entry in the news (first, and last where it no longer does): of two presidents
   * Bush, the one whose years hold the article's date is meant.
   */
  years: z.union([z.tuple([Year]), z.tuple([Year, Year])]).optional(),
});
export type RegistryEntry = z.infer<typeof RegistryEntrySchema>;

/** An entry's prior, 0.5 when the registry gives none. */
export function priorOf(entry: RegistryEntry): number {
  return entry.prior ?? 0.5;
}

/** Words that, right before a PERSON name, are a title and not part of the name. */
export const TitleLexiconSchema = z.array(z.string().min(1));

export interface Registry {
  entries: RegistryEntry[];
  titles: string[];
}
