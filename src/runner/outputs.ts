// Where a run's documents go: one file per article in a folder (OUT/<id>.json), one line per
// article in one JSONL file (--out PATH.jsonl), or one line per article to standard output
// (--out -). A folder or a file sink holds a lock for the run, removes temporary files a killed
// run left, knows which fingerprint each existing output records (so a re-run can skip it), and
// never leaves a half-written document.
//
// JSONL is append-only while a run goes: each document is one write of one whole line, so a
// kill can tear only the last line, which the next run cuts off. An article written again
// appends a newer line; when the run closes, the file is rewritten atomically with the last
// line of each id, so after any run that completes every id is there exactly once.
import { existsSync, statSync } from 'node:fs';
import { open, readdir, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { fileHead, makeFolder, NOT_A_FILE, readFailure, realPath } from '../folders.js';
import { opensGazetteDocument } from '../schema/output.js';
import { removeStaleTemporaries, replaceAtomic, temporaryPattern, writeFileAtomic } from './atomic-write.js';
import { byteLines, isBlankLine } from './byte-lines.js';
import { acquireLock } from './lock.js';

export interface OutputSink {
  /** Where the documents go, for the summary. */
  readonly where: string;
  /** Whether a later run finds what this one wrote, and so can finish an interrupted run (not standard output). */
  readonly kept: boolean;
  /** Paths of the sink's own (a JSONL output, the lock), which the run must never read as input. */
  readonly owned: string[];
  /** The fingerprint recorded in the output for `id`, or undefined when there is none. */
  recorded(id: string): Promise<string | undefined>;
  /** Writes one document (its JSON text on one line, newline-terminated) whole or not at all. */
  write(id: string, json: string): Promise<void>;
  /** Finishes the output and releases the lock. */
  close(): Promise<void>;
}

/** `--out -`: one document a line to standard output, for a pipe (`| jq`, `| duckdb`). */
export const STANDARD_OUTPUT = '-';

/** `--out` naming a .jsonl or .ndjson file writes one document a line into it. */
export function isLinesOutput(out: string): boolean {
  return /\.(?:jsonl|ndjson)$/i.test(out);
}

export function openSink(out: string): Promise<OutputSink> {
  if (out === STANDARD_OUTPUT) return Promise.resolve(standardOutputSink());
  // Taken for a folder's name, it would make a folder called day.jsonl.gz.
  if (/\.gz$/i.test(out) && isLinesOutput(out.slice(0, -3))) {
    return Promise.reject(new Error(`${out}: a JSONL output is appended to as the run goes and rewritten at its end, which a gzip file cannot be: write ${out.slice(0, -3)} and compress it after the run (or pipe --out - into gzip)`));
  }
  // A new folder named like one JSON file is a slip for the JSONL file of all the documents (or a folder's name).
  if (/\.json$/i.test(out) && !existsSync(out)) {
    return Promise.reject(new Error(`${out}: --out names a folder (one <id>.json a document) or a .jsonl file (one document a line), not one .json file: write ${out.slice(0, -5)}.jsonl, or a folder name`));
  }
  // Through a link, the file it names: the rewrite at a run's end is a rename, which would put a file in the link's place.
  return isLinesOutput(out) ? linesSink(realPath(out)) : folderSink(path.resolve(out));
}

/**
 * Standard output keeps nothing a run can compare with: every article is annotated, no lock is
 * taken, and lines come in the order articles finish. A reader that closes the pipe (`| head`)
 * fails the next write (EPIPE), which stops the run.
 */
function standardOutputSink(): OutputSink {
  // Without a listener, a closed pipe's 'error' would end the process with a stack trace and no summary.
  process.stdout.on('error', () => {});
  return {
    where: 'standard output',
    kept: false,
    owned: [],
    recorded: async () => undefined,
    write: (_id, json) => new Promise((resolve, reject) => {
      if (json.indexOf('\n') !== json.length - 1) { reject(new Error('a JSONL document must be one line')); return; }
      process.stdout.write(json, (error) => (error ? reject(error) : resolve()));
    }),
    close: async () => {},
  };
}

/** The fingerprint sits second in every document, so the first bytes hold it. */
const FINGERPRINT = /"fingerprint":\s*"([0-9a-f]{64})"/;
const ID = /"document":\s*\{\s*"id":\s*"([^"\\]*)"/;
const HEAD_BYTES = 512;

async function folderSink(dir: string): Promise<OutputSink> {
  makeFolder(dir, 'output folder', 'one document a line goes to a file named .jsonl or .ndjson');
  const lockFile = path.join(dir, '.gazette.lock');
  const lock = acquireLock(lockFile, dir);
  try {
    await removeStaleTemporaries(dir, temporaryPattern('.json'));
    // One listing up front instead of a failed open per new article.
    const existing = new Set(await readdir(dir));
    // The first bytes of a file there; undefined: gone or unreadable since the listing (then written again).
    const headOf = (name: string) => {
      try {
        return fileHead(path.join(dir, name), HEAD_BYTES);
      } catch {
        return undefined;
      }
    };
    return {
      where: dir,
      kept: true,
      // The documents themselves are known by their content wherever they are (see inputs.ts).
      owned: [lockFile],
      async recorded(id) {
        const name = `${id}.json`;
        return existing.has(name) ? FINGERPRINT.exec(headOf(name) ?? '')?.[1] : undefined;
      },
      async write(id, json) {
        const name = `${id}.json`;
        // An output folder may be an input folder: its article NAME.json is never replaced by the document of id NAME.
        // (Its first bytes are read again here, not kept from `recorded`: a re-run of a million articles would hold them all.)
        const head = existing.has(name) ? headOf(name) : undefined;
        if (head !== undefined && !opensGazetteDocument(head)) {
          throw new Error(`${path.join(dir, name)}: not gazette output (an article among the inputs?), so not written over: write to another folder with --out`);
        }
        try {
          await writeFileAtomic(path.join(dir, name), json);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EISDIR' || code === 'ENOTEMPTY') throw new Error(`${path.join(dir, name)}: is a folder, where this article's output goes: move it away`);
          throw error;
        }
      },
      close: async () => lock.release(),
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function linesSink(file: string): Promise<OutputSink> {
  const dir = path.dirname(file);
  makeFolder(dir, 'folder of the output file');
  refuseOtherThanFile(file);
  const lockFile = path.join(dir, `.${path.basename(file)}.gazette.lock`);
  const lock = acquireLock(lockFile, file);
  let handle: FileHandle | undefined;
  try {
    await removeStaleTemporaries(dir, temporaryPattern(path.basename(file)));
    const { recorded, complete, lastLine, lines } = await readLines(file);
    handle = await open(file, 'a+');
    // Whatever follows the last newline is a line torn by a kill: cut it off.
    if ((await handle.stat()).size !== complete) await handle.truncate(complete);
    let size = complete;
    let lineCount = lines;
    let needsRewrite = lastLine.size < lines; // an id twice, or a line that is not a document
    let writing = Promise.resolve();
    const out = handle;
    return {
      where: file,
      kept: true,
      owned: [file, lockFile],
      recorded: async (id) => recorded.get(id),
      write(id, json) {
        if (json.indexOf('\n') !== json.length - 1) return Promise.reject(new Error('a JSONL document must be one line'));
        // One append at a time, each a single write of the whole line; a failed one is undone.
        const bytes = Buffer.from(json, 'utf8');
        const done = writing.then(async () => {
          try {
            await out.write(bytes, 0, bytes.length, null);
          } catch (error) {
            await out.truncate(size).catch(() => {});
            throw error;
          }
          size += bytes.length;
          lineCount++;
          if (lastLine.has(id)) needsRewrite = true;
          lastLine.set(id, lineCount);
          const fp = FINGERPRINT.exec(json.slice(0, HEAD_BYTES))?.[1];
          if (fp) recorded.set(id, fp); else recorded.delete(id);
        });
        writing = done.catch(() => {});
        return done;
      },
      async close() {
        try {
          await writing;
          await out.sync();
          await out.close();
          if (needsRewrite) await keepLastLines(file, lastLine);
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    await handle?.close();
    lock.release();
    throw error;
  }
}

interface LinesRead {
  /** id → the fingerprint its last line records. */
  recorded: Map<string, string>;
  /** id → the number of its last line (1-based). */
  lastLine: Map<string, number>;
  /** Bytes up to the end of the last whole line. */
  complete: number;
  /** Whole lines. */
  lines: number;
}

/** A JSONL output is read back and rewritten: a folder, or a pipe that would hold the run in open(), cannot be. */
function refuseOtherThanFile(file: string): void {
  let info;
  try {
    info = statSync(file);
  } catch {
    return; // not there yet: made on the first write
  }
  if (info.isDirectory()) throw new Error(`${file}: is a folder, not a file (a JSONL output is one file; for a file an article name a folder without .jsonl)`);
  if (!info.isFile()) throw new Error(`${file}: ${NOT_A_FILE}: a JSONL output is a file that a later run reads back and rewrites`);
}

/** Reads the ids and fingerprints of an existing JSONL output, line by line. */
async function readLines(file: string): Promise<LinesRead> {
  const read: LinesRead = { recorded: new Map(), lastLine: new Map(), complete: 0, lines: 0 };
  // The file is rewritten when the run ends: lines of another kind (the articles of an input given as --out) would be lost.
  const foreign = (line: number) => new ForeignLines(`${file}:${line}: not gazette output (articles?), and a JSONL output is rewritten as a whole: name a new file with --out`);
  try {
    for await (const { bytes: line, end, whole } of byteLines(file)) {
      if (!whole) {
        // Torn by a kill, it is the start of a document: cut off. Another last line is no output of a run.
        const torn = line.toString('utf8', 0, Math.min(line.length, DOCUMENT_START.length));
        if (torn.startsWith(DOCUMENT_START) || DOCUMENT_START.startsWith(torn)) break;
        throw foreign(read.lines + 1);
      }
      read.lines++;
      read.complete = end;
      const head = line.toString('utf8', 0, Math.min(line.length, HEAD_BYTES));
      let id = ID.exec(head)?.[1];
      const fp = FINGERPRINT.exec(head)?.[1];
      if (id === undefined) {
        try { id = JSON.parse(line.toString('utf8'))?.document?.id; } catch { /* not a document: refused below */ }
      }
      if (typeof id !== 'string' || !opensGazetteDocument(head)) {
        if (isBlankLine(line)) continue; // dropped on rewrite
        throw foreign(read.lines);
      }
      read.lastLine.set(id, read.lines);
      if (fp) read.recorded.set(id, fp); else read.recorded.delete(id);
    }
  } catch (error) {
    if (error instanceof ForeignLines) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`${file}: cannot read the existing output: ${readFailure(error)}`);
  }
  return read;
}

/** An existing JSONL output holds lines gazette did not write. */
class ForeignLines extends Error {}

/** How every JSONL line gazette writes opens (compact JSON, the schema version first). */
const DOCUMENT_START = '{"schemaVersion":';

/** Rewrites the file atomically with only the last line of each id, in file order. */
async function keepLastLines(file: string, lastLine: Map<string, number>): Promise<void> {
  const keep = new Set(lastLine.values());
  await replaceAtomic(file, async (target) => {
    let n = 0;
    let batch: Buffer[] = [];
    let batchBytes = 0;
    for await (const { bytes: line, whole } of byteLines(file)) {
      if (!whole || !keep.has(++n)) continue;
      batch.push(line, NEWLINE);
      batchBytes += line.length + 1;
      if (batchBytes > 1 << 20) { await target.write(Buffer.concat(batch)); batch = []; batchBytes = 0; }
    }
    if (batch.length) await target.write(Buffer.concat(batch));
  });
}

const NEWLINE = Buffer.from('\n');
