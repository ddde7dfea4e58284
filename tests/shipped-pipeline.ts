// The pipeline as the shipped config builds it (model, registry, every stage), for the tests that run
// invented sentences through all of it, and the mentions it reads in a text.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.js';
import { createPipeline, type Pipeline } from '../src/pipeline.js';
import type { Article } from '../src/document.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ReadMention {
  text: string;
  type: string;
  entity?: string;
  title?: string;
  currency?: string;
  unit?: string;
  qualifier?: string;
  value?: string | number;
}

let shared: Pipeline | undefined;

/** The mentions the shipped pipeline reads in a text (published on `published`, if given), in text order. */
export function readMentions(text: string, published?: string): ReadMention[] {
  return readMentionsOf({ id: 'test', text, ...(published ? { published } : {}) });
}

/** The mentions the shipped pipeline reads in an article with its metadata ("source", "published"), in text order. */
export function readMentionsOf(article: Article): ReadMention[] {
  shared ??= createPipeline(loadConfig(path.join(root, 'pipeline.config.json')));
  const doc = shared.process(article, { file: 'test' }, article.id);
  return doc.mentions.map((m) => ({ text: doc.text.slice(m.start, m.end), type: m.type, entity: m.entity, title: m.attrs?.title, currency: m.attrs?.currency, unit: m.attrs?.unit, qualifier: m.attrs?.qualifier, value: m.value }));
}

/** Labels of numbers and times: what readNames leaves out. */
const NUMBERS_AND_TIMES: ReadonlySet<string> = new Set(['CARDINAL', 'DATE', 'MONEY', 'PERCENT', 'ORDINAL', 'QUANTITY', 'TIME']);

/** The names the shipped pipeline reads in a text, as [text, label] pairs in text order: no number or time. */
export function readNames(text: string): [string, string][] {
  return readMentions(text).filter((m) => !NUMBERS_AND_TIMES.has(m.type)).map((m) => [m.text, m.type]);
}

/** The mentions of the given labels (dates and times by default) the shipped pipeline reads, as [text, label, value]. */
export function readTimes(text: string, published: string, labels: readonly string[] = ['DATE', 'TIME']): [string, string, ReadMention['value']][] {
  return readMentions(text, published).filter((m) => labels.includes(m.type)).map((m) => [m.text, m.type, m.value]);
}
