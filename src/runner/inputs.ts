// Reads the inputs of a run: any mix of files and folders holding .txt articles (with optional
// NAME.meta.json sidecars), .json articles and .jsonl files of one article a line. Articles are
// yielded one at a time, so a corpus is never held in memory; a bad input is yielded as an
// ArticleError naming its file (and line) and the batch goes on.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Origin } from '../document.js';
import { SidecarMeta } from '../schema/article.js';
import { describeZodError } from '../schema/zod-error.js';
import { ArticleError } from '../stages/ingest.js';

export interface RawArticle {
  input: unknown;
  origin: Origin;
  /** The id an article without one gets: its file name without the extension (and line). */
  defaultId: string;
}

export type InputItem = RawArticle | ArticleError;

const ARTICLE_EXTENSIONS = ['.txt', '.json', '.jsonl'];
/** Files in a folder that sit beside articles but are not articles. */
const NOT_ARTICLES = /\.(?:meta|gold)\.json$/;

export async function* readInputs(inputs: string[]): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      yield new ArticleError({ file: input }, `cannot read: ${reason(error)}`);
      continue;
    }
    if (info.isDirectory()) {
      for (const file of await listArticles(input)) yield* readFileArticles(file);
    } else if (ARTICLE_EXTENSIONS.includes(path.extname(input))) {
      yield* readFileArticles(input);
    } else {
      yield new ArticleError({ file: input }, `not an article file: expected ${ARTICLE_EXTENSIONS.join(', ')}`);
    }
  }
}

/** Article files below a folder, in a stable order. */
async function listArticles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(e.name)) && !NOT_ARTICLES.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

async function* readFileArticles(file: string): AsyncGenerator<InputItem> {
  const ext = path.extname(file);
  const base = path.basename(file, ext);
  if (ext === '.jsonl') {
    yield* readJsonLines(file, base);
    return;
  }
  try {
    const text = decode(await readFile(file));
    if (ext === '.json') {
      yield { input: parseJsonObject(text), origin: { file }, defaultId: base };
    } else {
      yield { input: { ...(await readSidecar(file, base)), text }, origin: { file }, defaultId: base };
    }
  } catch (error) {
    yield error instanceof ArticleError ? error : new ArticleError({ file }, reason(error));
  }
}

/** NAME.meta.json beside NAME.txt, if there is one. */
async function readSidecar(file: string, base: string): Promise<object> {
  const sidecar = path.join(path.dirname(file), `${base}.meta.json`);
  let raw: Buffer;
  try {
    raw = await readFile(sidecar);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new ArticleError({ file: sidecar }, `cannot read the sidecar: ${reason(error)}`);
  }
  let meta: unknown;
  try {
    meta = JSON.parse(decode(raw));
  } catch (error) {
    throw new ArticleError({ file: sidecar }, `sidecar is not valid JSON: ${reason(error)}`);
  }
  const parsed = SidecarMeta.safeParse(meta);
  if (!parsed.success) throw new ArticleError({ file: sidecar }, `bad sidecar: ${describeZodError(parsed.error)}`);
  const { note: _note, ...fields } = parsed.data;
  return fields;
}

/** Streams a .jsonl file line by line, each line one article. */
async function* readJsonLines(file: string, base: string): AsyncGenerator<InputItem> {
  let lineNo = 0;
  try {
    for await (const bytes of byteLines(file)) {
      lineNo++;
      const origin = { file, line: lineNo };
      try {
        const line = decode(bytes).replace(/\r$/, ''); // CRLF files
        if (line.trim() === '') continue;
        yield { input: parseJsonObject(line), origin, defaultId: `${base}-${lineNo}` };
      } catch (error) {
        yield error instanceof ArticleError ? new ArticleError(origin, error.reason) : new ArticleError(origin, reason(error));
      }
    }
  } catch (error) {
    yield new ArticleError({ file, ...(lineNo && { line: lineNo }) }, `cannot read: ${reason(error)}`);
  }
}

/** Lines as raw bytes, so that each line's UTF-8 is checked on its own. */
async function* byteLines(file: string): AsyncGenerator<Buffer> {
  let rest = Buffer.alloc(0);
  for await (const chunk of createReadStream(file)) {
    let buffer = Buffer.concat([rest, chunk as Buffer]);
    let newline: number;
    while ((newline = buffer.indexOf(0x0a)) >= 0) {
      yield buffer.subarray(0, newline);
      buffer = buffer.subarray(newline + 1);
    }
    rest = buffer;
  }
  if (rest.length) yield rest;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Bytes to text, refusing binary files and invalid UTF-8 rather than guessing. */
function decode(bytes: Buffer): string {
  if (bytes.includes(0)) throw new Error('binary file: it holds NUL bytes');
  try {
    return utf8.decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 text');
  }
}

function parseJsonObject(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`malformed JSON: ${reason(error)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('expected one article object {"text": ...}');
  return value;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
