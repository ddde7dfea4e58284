// The input boundary: what an article must look like before the pipeline accepts it.
import { z } from 'zod';

/** A real calendar date written YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date');

/** The rule an id obeys, in words, for every message that refuses one. */
export const ARTICLE_ID_RULE = 'must be 1 to 200 ASCII letters, digits, ".", "_" and "-", starting with a letter or digit';

/**
 * Ids become file names, so they are restricted to characters safe on every file system: ASCII,
 * which no file system that normalises Unicode (macOS) changes.
 */
export const articleId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/, ARTICLE_ID_RULE);

export const ArticleMeta = z.object({
  id: articleId.optional(),
  title: z.string().nullish(),
  published: isoDate.nullish(),
  source: z.string().nullish(),
  url: z.string().nullish(),
});

/** A `.json` file or one `.jsonl` line. Unknown keys are allowed: feeds carry extra fields. */
export const ArticleInput = ArticleMeta.extend({
  text: z.string({ error: (iss) => (iss.input === undefined ? 'is missing' : 'must be a string') }),
});

/** A sidecar NAME.meta.json beside a .txt article. */
export const SidecarMeta = ArticleMeta.extend({ note: z.string().nullish() });
