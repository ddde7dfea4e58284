// The input boundary: what an article must look like before the pipeline accepts it.
import { z } from 'zod';

/**
 * A date written YYYY-MM-DD, or a date and time in ISO 8601 as feeds and APIs write it
 * ("2021-03-04T10:00:00Z", "2021-03-04 23:30:00-05:00"). Relative dates are read against the
 * date as written, the day where the article was dated, whatever its zone.
 */
const PUBLISHED = /^(\d{4}-\d{2}-\d{2})(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;

const publishedDate = z.string().refine((s) => {
  const day = PUBLISHED.exec(s)?.[1];
  if (day === undefined) return false;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}, 'must be a real date written YYYY-MM-DD, or a date and time in ISO 8601 (2021-03-04T10:00:00Z)');

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
  published: publishedDate.nullish(),
  source: z.string().nullish(),
  url: z.string().nullish(),
});

/** A `.json` file or one `.jsonl` line. Unknown keys are allowed: feeds carry extra fields. */
export const ArticleInput = ArticleMeta.extend({
  text: z.string({ error: (iss) => (iss.input === undefined ? 'is missing' : 'must be a string') }),
});

/** Keys other feeds give an article's text under (schema.org's articleBody among them): named when "text" is missing. */
export const TEXT_ELSEWHERE: readonly string[] = ['body', 'content', 'articleBody', 'article', 'story', 'full_text', 'fullText'];

/** A sidecar NAME.meta.json beside a .txt article. */
export const SidecarMeta = ArticleMeta.extend({ note: z.string().nullish() });
