// Reads gazette output, whatever shape a run left it in: a folder of OUT/<id>.json, a JSONL file
// of one document a line, or a single .json document. Every document goes through the output
// schema, so unknown fields are dropped the way the schema drops them. Two ways in:
// `readOutputs` streams documents in stored order (view, export); `indexOutputs` lists ids in
// id order with a loader for each, so `diff` can merge two runs holding only ids (and, for JSONL,
// a digest of each line), not documents.
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { hash } from 'node:crypto';
import path from 'node:path';
import { articleId } from '../schema/article.js';
import { describeZodError } from '../schema/zod-error.js';
import { NOT_A_FILE, readFailure } from '../folders.js';
import { byteLines, isBlankLine } from '../runner/byte-lines.js';
import { isLinesOutput } from '../runner/outputs.js';
import { OutputDocument } from '../schema/output.js';

/** A document that could not be read: where (file, or file:line) and why. */
export class OutputError extends Error {
  constructor(readonly where: string, readonly reason: string) {
    super(`${where}: ${reason}`);
  }
}

export interface OutputEntry {
  id: string;
  where: string;
  /** The document's JSON as stored. */
  bytes(): Buffer;
  /** For a JSONL line, taken while indexing: a digest of its bytes from "document" on (see `contentFrom`). */
  digest?: string;
  /** The document, read through the output schema. */
  load(bytes?: Buffer): OutputDocument;
}

export interface OutputIndex {
  path: string;
  /** Sorted by id (code unit order), ids unique. */
  entries: OutputEntry[];
  close(): void;
}

type Kind = 'folder' | 'jsonl' | 'json';

function kindOf(input: string): Kind {
  let info;
  try {
    info = statSync(input);
  } catch (error) {
    throw new OutputError(input, `cannot read: ${readFailure(error)}`);
  }
  if (info.isDirectory()) return 'folder';
  // A named pipe with no writer would hold the command in open() past any signal.
  if (!info.isFile()) throw new OutputError(input, `${NOT_A_FILE}: output is read from files and folders`);
  if (isLinesOutput(input)) return 'jsonl';
  if (/\.json$/i.test(input)) return 'json';
  throw new OutputError(input, 'not gazette output: expected a folder of <id>.json, a .jsonl (or .ndjson) file or a .json file');
}

/** Parses one document's JSON text through the output schema. */
export function parseOutput(json: string, where: string): OutputDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new OutputError(where, `malformed JSON: ${(error as Error).message}`);
  }
  const parsed = OutputDocument.safeParse(raw);
  if (!parsed.success) throw new OutputError(where, `not a gazette output document: ${describeZodError(parsed.error)}`);
  return parsed.data;
}

/** Throws unless the document's id can name a file (the output schema allows any string; `gazette run` writes only these). */
export function checkFileId(doc: OutputDocument, where: string): void {
  const parsed = articleId.safeParse(doc.document.id);
  if (!parsed.success) throw new OutputError(where, `document id ${JSON.stringify(doc.document.id)} cannot name a file: it ${describeZodError(parsed.error).replace(/^value: /, '')}`);
}

function folderFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(dir, f));
}

/** One line of a JSONL file: its bytes (without the line break), byte offset and line number. */
interface Line {
  bytes: Buffer;
  offset: number;
  number: number;
}

/** The lines of a file, read in chunks: a file of any size is never held whole. */
async function* lines(file: string): AsyncGenerator<Line> {
  let number = 0;
  for await (const { bytes, start } of byteLines(file)) {
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    yield { bytes: bytes.subarray(0, end), offset: start, number: ++number };
  }
}

const DOCUMENT_KEY = Buffer.from('"document":');

/**
 * A document's bytes from its "document" key on: what precedes it is the fingerprint and the
 * pipeline's version and config hash, which differ between runs of the same articles. Two
 * documents that agree here hold the same text and mentions.
 */
export function contentFrom(bytes: Buffer): Buffer {
  const at = bytes.indexOf(DOCUMENT_KEY);
  return at < 0 ? bytes : bytes.subarray(at);
}

/** A document, or the reason it could not be read; a bad one does not stop the others. */
export type OutputItem = { doc: OutputDocument; where: string } | OutputError;

/** Documents of each input in stored order: folder files by name, JSONL lines in file order. */
export async function* readOutputs(inputs: readonly string[]): AsyncGenerator<OutputItem> {
  for (const input of inputs) {
    let kind: Kind;
    try {
      kind = kindOf(input);
    } catch (error) {
      yield error as OutputError;
      continue;
    }
    if (kind === 'jsonl') {
      for await (const { bytes, number } of lines(input)) {
        if (isBlankLine(bytes)) continue;
        yield attempt(() => parseOutput(bytes.toString('utf8'), `${input}:${number}`), `${input}:${number}`);
      }
      continue;
    }
    for (const file of kind === 'folder' ? folderFiles(input) : [input]) yield attempt(() => parseOutput(readText(file), file), file);
  }
}

/**
 * The documents of readOutputs, each id once, for the tools that write one thing per document:
 * one that cannot be read, one whose id cannot name a file (with `fileIds`), or one whose id came
 * before (the first is kept) is put in `failed` and skipped.
 */
export async function* distinctDocuments(inputs: readonly string[], failed: OutputError[], { fileIds }: { fileIds: boolean }): AsyncGenerator<{ doc: OutputDocument; where: string }> {
  const seen = new Set<string>();
  for await (const item of readOutputs(inputs)) {
    if (item instanceof OutputError) {
      failed.push(item);
      continue;
    }
    const { doc, where } = item;
    if (fileIds) {
      try {
        checkFileId(doc, where);
      } catch (error) {
        failed.push(error as OutputError);
        continue;
      }
    }
    if (seen.has(doc.document.id)) {
      failed.push(new OutputError(where, `document "${doc.document.id}" appears twice; the first was kept`));
      continue;
    }
    seen.add(doc.document.id);
    yield item;
  }
}

function attempt(read: () => OutputDocument, where: string): OutputItem {
  try {
    return { doc: read(), where };
  } catch (error) {
    return error instanceof OutputError ? error : new OutputError(where, (error as Error).message);
  }
}

function readText(file: string): string {
  return readBytes(file).toString('utf8');
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new OutputError(file, `cannot read: ${readFailure(error)}`);
  }
}

// The writer puts "document" (id first) near the start of every line; reading the id there
// spares parsing whole documents to index them. Anything else falls back to a full parse.
const ID_NEAR_START = /"document"\s*:\s*\{\s*"id"\s*:\s*"([A-Za-z0-9._-]+)"/;
const ID_WINDOW = 4096;

function lineId(bytes: Buffer, where: string): string {
  const head = ID_NEAR_START.exec(bytes.toString('latin1', 0, Math.min(bytes.length, ID_WINDOW)));
  if (head) {
    // Decoded afresh from the bytes: a slice of `head` would keep the whole window alive per id.
    const start = head.index + head[0].length - head[1].length - 1;
    return bytes.toString('latin1', start, start + head[1].length);
  }
  return parseOutput(bytes.toString('utf8'), where).document.id;
}

/**
 * The documents of one run by id, each loaded on demand. Memory holds ids and locations only.
 * A document whose id is not the one it was listed under, or an id listed twice, is an error.
 */
export async function indexOutputs(input: string): Promise<OutputIndex> {
  const kind = kindOf(input);
  const checked = (doc: OutputDocument, id: string, where: string) => {
    if (doc.document.id !== id) throw new OutputError(where, `holds document "${doc.document.id}", expected "${id}"`);
    return doc;
  };
  let entries: OutputEntry[];
  let close = () => {};
  if (kind === 'jsonl') {
    const fd = openSync(input, 'r');
    close = () => closeSync(fd);
    entries = [];
    for await (const { bytes, offset, number } of lines(input)) {
      if (isBlankLine(bytes)) continue;
      const where = `${input}:${number}`;
      const id = lineId(bytes, where);
      const length = bytes.length;
      const digest = hash('sha1', contentFrom(bytes), 'base64');
      const read = () => {
        const buffer = Buffer.allocUnsafe(length);
        readSync(fd, buffer, 0, length, offset);
        return buffer;
      };
      entries.push({ id, where, digest, bytes: read, load: (b = read()) => checked(parseOutput(b.toString('utf8'), where), id, where) });
    }
  } else {
    const files = kind === 'folder' ? folderFiles(input) : [input];
    entries = files.map((file) => {
      // A folder names each file after its document; a lone file must be opened for its id.
      const id = kind === 'folder' ? path.basename(file, '.json') : parseOutput(readText(file), file).document.id;
      const read = () => readBytes(file);
      return { id, where: file, bytes: read, load: (b = read()) => checked(parseOutput(b.toString('utf8'), file), id, file) };
    });
  }
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = 1; i < entries.length; i++) {
    if (entries[i].id === entries[i - 1].id) {
      close();
      throw new OutputError(entries[i].where, `document "${entries[i].id}" appears twice (also ${entries[i - 1].where})`);
    }
  }
  return { path: input, entries, close };
}
