// ingest: checks one article read by the runner and makes it a Doc (text without BOM, its
// SHA-256). Adds: article, origin, sha256, text. A bad article is returned as an ArticleError.
import { createDoc, type Article, type Doc, type Origin } from '../document.js';
import { ArticleInput, publishedOf, TEXT_ELSEWHERE } from '../schema/article.js';
import { describeZodError } from '../schema/zod-error.js';

/** A problem with one input, named by its file (and line) and a reason. */
export class ArticleError extends Error {
  constructor(readonly origin: Origin, readonly reason: string) {
    super(`${origin.file}${origin.line ? `:${origin.line}` : ''}: ${reason}`);
  }
}

/** Control characters other than tab, newline, carriage return and form feed mark a binary file. */
const BINARY = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/;

/** Where an article without "text" seems to hold it, and the way to move it there. */
function textElsewhere(input: unknown): string {
  const o = input as Record<string, unknown>;
  if (typeof o !== 'object' || o === null || o.text !== undefined) return '';
  const key = TEXT_ELSEWHERE.find((k) => typeof o[k] === 'string');
  return key ? `; the text seems to be in "${key}": move it (jq -c '.text = .${key} | del(.${key})')` : '';
}

export function ingest(input: unknown, origin: Origin, defaultId: string): Doc {
  const parsed = ArticleInput.safeParse(input);
  if (!parsed.success) throw new ArticleError(origin, describeZodError(parsed.error) + textElsewhere(input));
  const text = parsed.data.text.replace(/^\uFEFF/, '');
  if (BINARY.test(text)) throw new ArticleError(origin, 'looks binary: the text holds control characters');
  if (text.trim() === '') throw new ArticleError(origin, 'empty article: no text');
  const article: Article = {
    id: parsed.data.id ?? defaultId,
    title: parsed.data.title ?? null,
    published: publishedOf(parsed.data),
    source: parsed.data.source ?? null,
    url: parsed.data.url ?? null,
    text,
  };
  return createDoc(article, origin);
}
