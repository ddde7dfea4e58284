// ingest: checks one article read by the runner and makes it a Doc (text without BOM, its
// SHA-256). Adds: article, origin, sha256, text. A bad article is returned as an ArticleError.
import { createDoc, type Article, type Doc, type Origin } from '../document.js';
import { ArticleInput } from '../schema/article.js';
import { describeZodError } from '../schema/zod-error.js';

/** A problem with one input, named by its file (and line) and a reason. */
export class ArticleError extends Error {
  constructor(readonly origin: Origin, readonly reason: string) {
    super(`${origin.file}${origin.line ? `:${origin.line}` : ''}: ${reason}`);
  }
}

/** Control characters other than tab, newline, carriage return and form feed mark a binary file. */
const BINARY = /[\u0000-\u0008\u000E-\u001A\u001C-\u001F]/;

export function ingest(input: unknown, origin: Origin, defaultId: string): Doc {
  const parsed = ArticleInput.safeParse(input);
  if (!parsed.success) throw new ArticleError(origin, describeZodError(parsed.error));
  const text = parsed.data.text.replace(/^\uFEFF/, '');
  if (BINARY.test(text)) throw new ArticleError(origin, 'looks binary: the text holds control characters');
  if (text.trim() === '') throw new ArticleError(origin, 'empty article: no text');
  const article: Article = {
    id: parsed.data.id ?? defaultId,
    title: parsed.data.title ?? null,
    published: parsed.data.published ?? null,
    source: parsed.data.source ?? null,
    url: parsed.data.url ?? null,
    text,
  };
  return createDoc(article, origin);
}
