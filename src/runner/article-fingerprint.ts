// The per-article part of a fingerprint (see fingerprint.ts): the article's own fields and text,
// mixed with the run's digest. Kept apart from fingerprint.ts, which loads the pipeline to digest
// the config, so that the run loop loads no stage.
import { createHash } from 'node:crypto';
import type { Article } from '../document.js';
import { idText, publishedOf, sourceText } from '../schema/article.js';
import type { RunFingerprint } from './fingerprint.js';

/** The fingerprint an article's output records: its fields and text, and the run's digest. */
export function articleFingerprint(article: Article, run: Pick<RunFingerprint, 'digest'>): string {
  const { id, title = null, published = null, source = null, url = null, text } = article;
  return sha256(`${run.digest}\n${stableJson({ id, title, published, source, url, text: text.replace(/^\uFEFF/, '') })}`);
}

/**
 * The fields of a raw input (a parsed .json object, a .jsonl line, or a .txt with its sidecar)
 * that determine its output (`id` the one the output will carry), or undefined when it is not an
 * article (ingest will say why).
 */
export function articleFields(input: unknown, defaultId: string): Article | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const o = input as Record<string, unknown>;
  if (typeof o.text !== 'string') return undefined;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return { id: str(idText(o.id)) ?? defaultId, title: str(o.title), published: publishedOf(o), source: str(sourceText(o.source)), url: str(o.url), text: o.text };
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** JSON with object keys sorted, so that key order never changes a digest. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
