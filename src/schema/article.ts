// The input boundary: what an article must look like before the pipeline accepts it.
import { z } from 'zod';

/**
 * A date written YYYY-MM-DD, or a date and time in ISO 8601 as feeds and APIs write it
 * ("2021-03-04T10:00:00Z", "2021-03-04 23:30:00-05:00"). Relative dates are read against the
 * date as written, the day where the article was dated, whatever its zone.
 */
const PUBLISHED = /^(\d{4}-\d{2}-\d{2})(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;

/** RSS's date and time (RFC 2822): "Thu, 04 Mar 2021 10:00:00 GMT", "4 Mar 2021 10:00 -0500". */
const RFC_2822 = /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) ([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))? (GMT|UTC?|Z|[+-]\d{4}|[ECMP][SD]T)$/;
const RFC_2822_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The North American zones RFC 2822 names, as offsets. */
const RFC_2822_ZONES: Readonly<Record<string, string>> = {
  GMT: 'Z', UT: 'Z', UTC: 'Z', Z: 'Z', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

/** An RFC 2822 date and time as the same moment in ISO 8601, its date and clock as written; anything else as it is. */
function fromRfc2822(s: string): string {
  const m = RFC_2822.exec(s);
  if (!m) return s;
  const [, day, month, year, hour, minute, second = '00', zone] = m;
  const offset = Object.hasOwn(RFC_2822_ZONES, zone) ? RFC_2822_ZONES[zone] : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${year}-${String(RFC_2822_MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}T${hour}:${minute}:${second}${offset}`;
}

/** An RSS date and time becomes ISO 8601, which the output then records; the ISO forms are kept as given. */
const publishedDate = z.string().transform(fromRfc2822).refine((s) => {
  const day = PUBLISHED.exec(s)?.[1];
  if (day === undefined) return false;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}, 'must be a real date written YYYY-MM-DD, or a date and time in ISO 8601 (2021-03-04T10:00:00Z) or RFC 2822 (Thu, 04 Mar 2021 10:00:00 GMT)');

/** The rule an id obeys, in words, for every message that refuses one. */
export const ARTICLE_ID_RULE = 'must be 1 to 200 ASCII letters, digits, ".", "_" and "-", starting with a letter or digit';

/**
 * Ids become file names, so they are restricted to characters safe on every file system: ASCII,
 * which no file system that normalises Unicode (macOS) changes.
 */
export const articleId = z.preprocess(idText, z
  .string({ error: 'must be a string or a whole number of at least 0' })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/, ARTICLE_ID_RULE));

/** An id given as a whole number (datasets number their rows) is its digits; anything else as it is. */
export function idText(value: unknown): unknown {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : value;
}

/** A source given as an object with a name, as NewsAPI writes it (`{"id": "bbc-news", "name": "BBC News"}`), is its name; anything else as it is. */
export function sourceText(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const name = (value as Record<string, unknown>).name;
  return typeof name === 'string' ? name : value;
}

/**
 * Keys other feeds give the publication date under (NewsAPI, RSS, schema.org, datasets), read in this
 * order when "published" is absent: without a date, an article's relative dates stay unresolved.
 */
const PUBLISHED_ELSEWHERE = {
  publishedAt: publishedDate.nullish(),
  pubDate: publishedDate.nullish(),
  datePublished: publishedDate.nullish(),
  published_at: publishedDate.nullish(),
  publish_date: publishedDate.nullish(),
  date_published: publishedDate.nullish(),
};

/** Where an article's publication date is read, in order. */
const PUBLISHED_KEYS: readonly string[] = ['published', ...Object.keys(PUBLISHED_ELSEWHERE)];

/** The article's publication date: "published", else the first date given under another feed's key; null when none. */
export function publishedOf(fields: Readonly<Record<string, unknown>>): string | null {
  for (const key of PUBLISHED_KEYS) if (typeof fields[key] === 'string') return fields[key];
  return null;
}

export const ArticleMeta = z.object({
  id: articleId.optional(),
  title: z.string().nullish(),
  published: publishedDate.nullish(),
  ...PUBLISHED_ELSEWHERE,
  source: z.preprocess(sourceText, z.string({ error: 'must be a string, or an object with a "name" string ({"name": "BBC News"})' }).nullish()),
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
