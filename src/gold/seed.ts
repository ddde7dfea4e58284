// Seed-style gold (../shared/ANNOTATION.md, "Gold files" 1): one NAME.gold.json per article with
// its mentions, their labels, entity keys and values; optional mentions count neither way.
import { z } from 'zod';
import { readJsonFile } from '../schema/read-json.js';

export const SeedGold = z.object({
  document: z.string(),
  published: z.string().nullish(),
  mentions: z.array(z.object({
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    type: z.string(),
    entity: z.string().optional(),
    value: z.union([z.number(), z.string(), z.array(z.string())]).optional(),
    optional: z.boolean().optional(),
  })),
});
export type SeedGold = z.infer<typeof SeedGold>;

/** Reads one seed-style gold file; a bad one is named with its reason. */
export function readSeedGold(file: string): SeedGold {
  return readJsonFile(file, SeedGold, 'seed-style gold');
}
