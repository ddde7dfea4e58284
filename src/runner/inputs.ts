// Reads the inputs of a run: any mix of files and folders holding .txt articles (with optional
// NAME.meta.json sidecars), .json articles and .jsonl/.ndjson files of one article a line (also
// gzipped), and standard input ("-"), read as one article a line.
// Articles are yielded one at a time, so a corpus is never held in memory; a bad input is
// yielded as an ArticleError naming its file (and line) and the batch goes on. Folders are
// walked in name order, following symbolic links but never into a folder twice (so never
// round a loop); files that are not articles are counted, never silently dropped.
import { closeSync, createReadStream, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { Origin } from '../document.js';
import { SidecarMeta } from '../schema/article.js';
import { isGazetteDocument } from '../schema/output.js';
import { describeZodError } from '../schema/zod-error.js';
import { ArticleError } from '../stages/ingest.js';
import { NOT_A_FILE, readFailure } from '../folders.js';
import { byteLines, isBlankLine } from './byte-lines.js';

export interface RawArticle {
  input: unknown;
  origin: Origin;
  /** The id an article without one gets: its file name without the extension (and line). */
  defaultId: string;
}

export type InputItem = RawArticle | ArticleError;

/**
 * The inputs as listed before any is read: the files to read in order, the inputs that cannot be
 * read, and the files in input folders that are not articles. A run lists them once: the count
 * decides whether a short run needs a worker thread, and the progress bar shows it.
 */
export interface InputPlan {
  readonly planned: readonly Planned[];
  /** Files in input folders not read as articles, with why (a JSON file found to be gazette's output is told when read). */
  readonly skipped: readonly { file: string; why: string }[];
  /**
   * How many items the inputs hold, when that is known without reading them: undefined with a JSONL
   * file or standard input among them. An upper bound: a .json file that turns out to be gazette's own
   * output is skipped when read.
   */
  readonly items: number | undefined;
}

export interface ReadOptions {
  /** Told of each file in an input folder that is not read as an article, with why. */
  onSkipped?(file: string, why: string): void;
  /** limits.maxArticleBytes: a file or a JSONL line too large to hold an article within it is refused unread. */
  maxArticleBytes?: number;
  /** Stops a read of standard input that waits for more (the run was stopped). */
  signal?: AbortSignal;
}

/** The input that names standard input: one article a line, as a .jsonl file (`curl -s URL | gazette run -`). */
export const STANDARD_INPUT = '-';
/** Standard input as failures name it, and the start of the ids of its articles without one (stdin-1, stdin-2). */
const STDIN = { file: 'standard input', base: 'stdin' };

/** JSONL compressed with gzip, as dumps are kept: read as a stream, never decompressed to disk. */
const GZIPPED_LINES = new Set(['.jsonl.gz', '.ndjson.gz']);
const LINES = new Set(['.jsonl', '.ndjson', ...GZIPPED_LINES]);
const ARTICLE_EXTENSIONS = new Set(['.txt', '.json', ...LINES]);
/** Files in a folder that sit beside articles but are not articles. */
const SIDECAR = /\.meta\.json$/i;
const GOLD = /\.gold\.json$/i;

/** A file's extension in lower case, both of them for gzipped JSONL (".jsonl.gz"). */
function extension(file: string): string {
  const name = path.basename(file).toLowerCase();
  for (const gz of GZIPPED_LINES) if (name.endsWith(gz)) return gz;
  return path.extname(name);
}

/** A file's name without its extension: the default id of its article (and the start of its lines'). */
function baseName(file: string): string {
  const name = path.basename(file);
  const ext = extension(file);
  return ext ? name.slice(0, name.length - ext.length) : name;
}

type Skipped = (file: string, why: string) => void;

/** Lists the inputs; `exclude`: files and folders never read (the run's own output), compared by real path. */
export async function planInputs(inputs: string[], exclude: string[] = []): Promise<InputPlan> {
  const skipped: { file: string; why: string }[] = [];
  const planned = await plan(inputs, exclude, (file, why) => skipped.push({ file, why }));
  // A file is one item, but a JSONL file (or standard input) any number: then the count is not known before reading.
  const items = planned.some((p) => 'file' in p && (LINES.has(extension(p.file)) || p.file === STANDARD_INPUT)) ? undefined : planned.length;
  return { planned, skipped, items };
}

/** The planned inputs' articles, one at a time, and the errors of those that cannot be read. */
export async function* readInputs(inputs: InputPlan, options: ReadOptions = {}): AsyncGenerator<InputItem> {
  const skipped = options.onSkipped ?? (() => {});
  const limit = options.maxArticleBytes ?? Infinity;
  for (const { file, why } of inputs.skipped) skipped(file, why);
  for (const p of inputs.planned) {
    if ('error' in p) yield p.error;
    else if (p.file === STANDARD_INPUT) yield* readStandardInput(skipped, limit, options.signal);
    else yield* readFileArticles(p.file, skipped, limit, p.sidecar);
  }
}

/** Standard input's lines; a stop ends the read, which would otherwise wait for a line that may never come. */
async function* readStandardInput(skipped: Skipped, limit: number, signal?: AbortSignal): AsyncGenerator<InputItem> {
  const stdin = process.stdin;
  const end = () => stdin.destroy();
  signal?.addEventListener('abort', end, { once: true });
  try {
    yield* readJsonLines(STDIN.file, STDIN.base, skipped, limit, stdin);
  } finally {
    signal?.removeEventListener('abort', end);
    stdin.destroy(); // read to its end, or given up: either way it no longer holds the process open
  }
}

/**
 * The most bytes a file or a JSONL line can take and still hold an article within `limit` bytes of
 * text: UTF-16 (with its byte order mark) takes at most twice the bytes of UTF-8, and JSON's escape
 * of a character (\u0041) six times. A larger one is refused unread: a stray file of gigabytes
 * would otherwise be held whole before its text was found too large.
 */
function mostBytes(ext: string, limit: number): number {
  return ext === '.txt' ? 2 * limit + 3 : 6 * limit;
}

const tooLarge = (what: string, bytes: number, limit: number) =>
  `too large: ${what} of ${bytes} bytes cannot hold an article within the limit of ${limit} bytes of text (limits.maxArticleBytes)`;

/** The inputs listed: the files to read, in order, and the inputs that cannot be. */
async function plan(inputs: string[], exclude: string[], skipped: Skipped): Promise<Planned[]> {
  const excluded = new Set(await Promise.all(exclude.map((p) => realpath(p).catch(() => path.resolve(p)))));
  const planned: Planned[] = [];
  // Folders walked and files planned, by real path: one given twice, or reached through two
  // inputs (a folder and a file in it, a link), is read once, the first time in input order.
  const visited = new Set<string>();
  const seen = new Set<string>();
  const once = (file: string, real: string): boolean => {
    if (seen.has(real)) { skipped(file, 'given more than once'); return false; }
    seen.add(real);
    return true;
  };
  for (const input of inputs) {
    if (input === STANDARD_INPUT) {
      if (once(STDIN.file, STANDARD_INPUT)) planned.push({ file: STANDARD_INPUT });
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (error) {
      planned.push({ error: new ArticleError({ file: input }, `cannot read: ${readFailure(error)}`) });
      continue;
    }
    const real = await realpath(input);
    if (excluded.has(real)) continue;
    if (info.isDirectory()) {
      const unreadable = (file: string, why: string) => planned.push({ error: new ArticleError({ file }, why) });
      for (const file of await listArticles(input, excluded, skipped, visited, unreadable)) if (once(file.path, file.real)) planned.push({ file: file.path, sidecar: file.sidecar });
    } else if (!info.isFile()) {
      // A named pipe with no writer would hold the run in open() past any signal, a device never end.
      planned.push({ error: new ArticleError({ file: input }, `${NOT_A_FILE}: articles are read from files`) });
    } else if (ARTICLE_EXTENSIONS.has(extension(input))) {
      if (once(input, real)) planned.push({ file: input });
    } else {
      planned.push({ error: new ArticleError({ file: input }, `not an article file: expected ${[...ARTICLE_EXTENSIONS].join(', ')}`) });
    }
  }
  return planned;
}

/** An input as listed: a file to read (with whether its sidecar is known to exist), or why it cannot be. */
export type Planned = { error: ArticleError } | { file: string; sidecar?: boolean };

interface Listed {
  path: string;
  /** Its real path (links followed). */
  real: string;
  /** Whether NAME.meta.json sits beside it, known from the listing (no failed open per article). */
  sidecar: boolean;
}

/**
 * Article files below a folder, in a stable order; `visited`: folders walked already, by real path. A folder that
 * cannot be listed, or a name that cannot be read, is told to `unreadable` with why, and the rest are listed: one
 * locked folder does not stop a run.
 */
async function listArticles(dir: string, excluded: Set<string>, skipped: Skipped, visited: Set<string>, unreadable: (file: string, why: string) => void): Promise<Listed[]> {
  const found: Listed[] = [];
  const walk = async (folder: string) => {
    let real, entries;
    try {
      real = await realpath(folder);
      if (visited.has(real) || excluded.has(real)) return;
      visited.add(real);
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      unreadable(folder, `cannot read the folder: ${readFailure(error)}`);
      return;
    }
    const names = new Set(entries.map((e) => e.name.toLowerCase()));
    for (const entry of entries) {
      const file = path.join(folder, entry.name);
      // A name in another encoding than UTF-8 comes with U+FFFD in place of its bytes, and no file has that name.
      if (entry.name.includes('\uFFFD') && !existsSync(file)) {
        unreadable(file, 'the name is not valid UTF-8, as gazette reads names: rename it (for Latin-1 names: convmv -f latin1 -t utf-8 --notest)');
        continue;
      }
      // Only a link needs asking (one call per article adds up): a file's real path is its folder's and its name.
      const realFile = () => (entry.isSymbolicLink() ? realpath(file).catch(() => file) : path.join(real, entry.name));
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const target = await stat(file).catch(() => undefined);
        if (!target) { skipped(file, 'a broken symbolic link'); continue; }
        isDir = target.isDirectory();
        isFile = target.isFile();
      }
      if (entry.name.startsWith('.')) { if (!excluded.has(await realFile())) skipped(file, 'hidden'); continue; }
      if (isDir) { await walk(file); continue; }
      const realPath = await realFile();
      if (excluded.has(realPath)) continue;
      const ext = extension(entry.name);
      if (!isFile) skipped(file, 'not a regular file');
      else if (SIDECAR.test(entry.name)) {
        if (!names.has(`${entry.name.slice(0, -'.meta.json'.length)}.txt`.toLowerCase())) skipped(file, 'a sidecar without its .txt');
      } else if (GOLD.test(entry.name)) skipped(file, 'gold annotations');
      else if (!ARTICLE_EXTENSIONS.has(ext)) skipped(file, `not ${[...ARTICLE_EXTENSIONS].join(', ')}`);
      else found.push({ path: file, real: realPath, sidecar: ext === '.txt' && names.has(`${baseName(entry.name)}.meta.json`.toLowerCase()) });
    }
  };
  await walk(dir);
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** `sidecar` undefined: not known from a listing, so looked for. */
async function* readFileArticles(file: string, skipped: Skipped, limit: number, sidecar?: boolean): AsyncGenerator<InputItem> {
  const ext = extension(file);
  const base = baseName(file);
  if (LINES.has(ext)) {
    yield* readJsonLines(file, base, skipped, limit, GZIPPED_LINES.has(ext) ? gunzipped(file) : file);
    return;
  }
  try {
    const text = decode(await readInput(file, mostBytes(ext, limit), limit));
    if (ext === '.json') {
      const input = parseJsonObject(text);
      // A document gazette wrote is never read back as an article: it would lose its metadata and take its id.
      if (isGazetteDocument(input)) skipped(file, 'gazette output');
      else yield { input, origin: { file }, defaultId: base };
    } else {
      const meta = sidecar === false ? {} : await readSidecar(file, base, limit);
      yield { input: { ...meta, text }, origin: { file }, defaultId: base };
    }
  } catch (error) {
    yield error instanceof ArticleError ? error : new ArticleError({ file }, readFailure(error));
  }
}

/** Files up to this size (any news article) are read in one blocking call: see readInput. */
const READ_AT_ONCE = 1 << 20;

/**
 * A file's bytes. Small files are read with blocking calls: the four calls of an asynchronous
 * read, each through libuv's threads, cost a whole run 5% more CPU (a third more system time).
 * Larger files, and those whose size is not known ahead (pipes), are read asynchronously, so that
 * a huge one never holds up the run's signals.
 */
async function readInput(file: string, most: number, limit: number): Promise<Buffer> {
  const fd = openSync(file, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > most) throw new Error(tooLarge('a file', size, limit));
    if (size > 0 && size <= READ_AT_ONCE) {
      const bytes = Buffer.allocUnsafe(size);
      let at = 0;
      for (let n = 1; n > 0 && at < size; at += n) n = readSync(fd, bytes, at, size - at, at);
      return bytes.subarray(0, at);
    }
  } finally {
    closeSync(fd);
  }
  return readFile(file);
}

/** A gzipped file's bytes, decompressed as they are read; a failure to read the file is the stream's. */
function gunzipped(file: string): Readable {
  const bytes = createReadStream(file);
  const gunzip = createGunzip();
  bytes.on('error', (error) => gunzip.destroy(error));
  return bytes.pipe(gunzip);
}

/** NAME.meta.json beside NAME.txt, if there is one. */
async function readSidecar(file: string, base: string, limit: number): Promise<object> {
  const sidecar = path.join(path.dirname(file), `${base}.meta.json`);
  let raw: Buffer;
  try {
    raw = await readInput(sidecar, mostBytes('.json', limit), limit);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new ArticleError({ file: sidecar }, `cannot read the sidecar: ${readFailure(error)}`);
  }
  let meta: unknown;
  try {
    meta = JSON.parse(decode(raw));
  } catch (error) {
    throw new ArticleError({ file: sidecar }, `sidecar is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = SidecarMeta.safeParse(meta);
  if (!parsed.success) throw new ArticleError({ file: sidecar }, `bad sidecar: ${describeZodError(parsed.error)}`);
  const { note: _note, ...fields } = parsed.data;
  return fields;
}

/** Streams a .jsonl file line by line, each line one article; `source`: where the lines come from, when not from `file` (standard input, a gunzip). */
async function* readJsonLines(file: string, base: string, skipped: Skipped, limit: number, source: string | Readable = file): AsyncGenerator<InputItem> {
  let lineNo = 0;
  try {
    for await (const { bytes, start, end, tooLong } of byteLines(source, mostBytes('.jsonl', limit))) {
      lineNo++;
      const origin = { file, line: lineNo };
      if (tooLong) {
        yield new ArticleError(origin, tooLarge('a line', end - start, limit));
        continue;
      }
      if (lineNo === 1 && utf16(bytes)) {
        yield new ArticleError({ file }, `UTF-16 text: ${extension(file) ? `${extension(file)} files` : 'JSONL lines'} must be UTF-8 (convert with: iconv -f UTF-16 -t UTF-8)`);
        return;
      }
      // Plain text piped in would fail line by line as malformed JSON: once, with the way to give it, instead.
      if (lineNo === 1 && file === STDIN.file && !opensJsonObject(bytes)) {
        yield new ArticleError({ file }, `not JSON lines: standard input is read as one article object {"text": ...} a line; for plain text give its file (gazette run FILE.txt) or wrap it: jq -cRs '{id: "stdin", text: .}' | gazette run -`);
        return;
      }
      try {
        if (isBlankLine(bytes)) continue;
        const input = parseJsonObject(decode(bytes).replace(/\r$/, '')); // CRLF files
        if (isGazetteDocument(input)) skipped(file, 'gazette output lines');
        else yield { input, origin, defaultId: `${base}-${lineNo}` };
      } catch (error) {
        yield error instanceof ArticleError ? new ArticleError(origin, error.reason) : new ArticleError(origin, readFailure(error));
      }
    }
  } catch (error) {
    yield new ArticleError({ file, ...(lineNo && { line: lineNo }) }, `cannot read: ${readFailure(error)}`);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Whether a line opens like a JSON object: "{" after any blanks (and a UTF-8 byte order mark). */
function opensJsonObject(bytes: Buffer): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0d)) i++;
  return i === bytes.length || bytes[i] === 0x7b;
}

/** The encoding a byte order mark names, when it names UTF-16. */
function utf16(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Bytes to text (UTF-8, or UTF-16 with its BOM; a BOM is dropped), refusing binary and invalid text. */
function decode(bytes: Buffer): string {
  const wide = utf16(bytes);
  if (wide) {
    try {
      return new TextDecoder(wide, { fatal: true }).decode(bytes);
    } catch {
      throw new Error(`not valid ${wide.toUpperCase()} text (it starts with a UTF-16 byte order mark)`);
    }
  }
  if (bytes.includes(0)) throw new Error('binary file: it holds NUL bytes');
  try {
    return utf8.decode(bytes);
  } catch {
    throw new Error('not valid UTF-8 text: convert it first (from Windows-1252 or Latin-1: iconv -f windows-1252 -t utf-8)');
  }
}

/** How deep an article's JSON may nest (its metadata's objects and lists). */
const MOST_NESTING = 1000;

/** Whether `value` nests objects or lists more than `most` levels deep; read without recursion. */
function nestedDeeperThan(value: unknown, most: number): boolean {
  const open: [unknown, number][] = [[value, 0]];
  for (let next = open.pop(); next; next = open.pop()) {
    const [v, depth] = next;
    if (depth > most) return true;
    if (typeof v === 'object' && v !== null) for (const child of Object.values(v)) if (typeof child === 'object' && child !== null) open.push([child, depth + 1]);
  }
  return false;
}

function parseJsonObject(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`malformed JSON: ${(error as Error).message}`);
  }
  if (nestedDeeperThan(value, MOST_NESTING)) throw new Error(`JSON nested more than ${MOST_NESTING} levels deep: no article is; refused before it is copied or hashed, which would overflow the stack`);
  // A list of articles is a common export: the way to one a line is named.
  if (Array.isArray(value)) throw new Error('a JSON array: expected one article object {"text": ...}; for a list of articles write one a line (jq -c \'.[]\' FILE.json > FILE.jsonl)');
  if (typeof value !== 'object' || value === null) throw new Error('expected one article object {"text": ...}');
  return value;
}
