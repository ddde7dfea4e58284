// Where the compiled index lives and when it is rebuilt: REGISTRY/.index/registry.idx, fingerprinted by the
// registry's content. A process reads it with one read into a SharedArrayBuffer and hands that buffer to
// the worker threads it starts (worker_threads environment data), so the index is in memory once however
// many workers there are. A missing or stale index is rebuilt once, and the caller is told.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { getEnvironmentData, isMainThread, setEnvironmentData } from 'node:worker_threads';
import { makeFolder } from '../folders.js';
import { buildRegistryIndex } from './alias-index.js';
import { writeFileAtomically } from './atomic-file.js';
import { compileRegistryIndex, headerLength, openCompiledIndex, parseIndexHeader, type CompiledIndex, type IndexHeader } from './compiled-index.js';
import { loadRegistry, TITLES_FILE } from './load.js';

const INDEX_DIR = '.index';
const INDEX_FILE = 'registry.idx';

export function indexPath(dir: string): string {
  return path.join(dir, INDEX_DIR, INDEX_FILE);
}

/** The files whose content is the registry, sorted by name. */
function registryFiles(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch (error) {
    throw new Error(`${dir}: cannot read the registry folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return names.filter((f) => f.endsWith('.jsonl') || f === TITLES_FILE).sort();
}

function fileStats(dir: string): IndexHeader['files'] {
  return registryFiles(dir).map((name) => {
    const stat = fs.statSync(path.join(dir, name));
    return { name, size: stat.size, mtimeMs: stat.mtimeMs };
  });
}

/** sha256 of the registry's files, names and bytes: what the index was built from, and what a run depends on. */
function contentFingerprint(dir: string): string {
  const hash = createHash('sha256');
  for (const name of registryFiles(dir)) hash.update(name).update('\0').update(fs.readFileSync(path.join(dir, name))).update('\0');
  return hash.digest('hex');
}

function sameFiles(a: IndexHeader['files'], b: IndexHeader['files']): boolean {
  return a.length === b.length && a.every((f, i) => f.name === b[i].name && f.size === b[i].size && f.mtimeMs === b[i].mtimeMs);
}

/** The header of the index file, or undefined when there is none or it is unreadable. */
function readHeader(file: string): IndexHeader | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const first = new Uint8Array(12);
    if (fs.readSync(fd, first, 0, 12, 0) < 12) return undefined;
    const bytes = new Uint8Array(headerLength(first));
    fs.readSync(fd, bytes, 0, bytes.length, 0);
    return parseIndexHeader(bytes);
  } catch {
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The registry's content fingerprint (sha256 hex). Taken from the index when the registry files are unchanged
 * since it was built, so asking costs a few stat calls; read from the files otherwise.
 */
export function registryFingerprint(dir: string): string {
  const header = readHeader(indexPath(dir));
  return header && sameFiles(header.files, fileStats(dir)) ? header.fingerprint : contentFingerprint(dir);
}

export interface BuildResult {
  file: string;
  entries: number;
  bytes: number;
  seconds: number;
  /** Why the index was (re)built: "missing", "stale", or "asked". */
  reason: string;
  /** Set when the index could not be saved (a read-only registry folder): it was built in memory for this process only. */
  notSaved?: string;
}

/** Compiles the registry into its index file; returns the bytes too, so that a caller need not read them back. */
function build(dir: string, reason: string): { bytes: Buffer; result: BuildResult } {
  const started = process.hrtime.bigint();
  const files = fileStats(dir);
  const fingerprint = contentFingerprint(dir);
  const index = buildRegistryIndex(loadRegistry(dir));
  const bytes = compileRegistryIndex(index, { fingerprint, files });
  const file = indexPath(dir);
  let notSaved: string | undefined;
  try {
    makeFolder(path.dirname(file), 'folder of the registry index');
    writeFileAtomically(file, bytes);
  } catch (error) {
    notSaved = (error as Error).message;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { bytes, result: { file, entries: index.entries.size, bytes: bytes.length, seconds, reason, notSaved } };
}

/** `gazette registry build`: compiles the registry whatever the state of its index. */
export function buildRegistryIndexFile(dir: string): BuildResult {
  return build(dir, 'asked').result;
}

/** One read of the whole file into memory that worker threads can share. */
function readShared(file: string): Uint8Array {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let at = 0;
    while (at < size) {
      const n = fs.readSync(fd, bytes, at, size - at, at);
      if (n === 0) throw new Error(`${file}: shorter than its size`);
      at += n;
    }
    return bytes;
  } finally {
    fs.closeSync(fd);
  }
}

function toShared(bytes: Uint8Array): Uint8Array {
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
  shared.set(bytes);
  return shared;
}

const environmentKey = (dir: string) => `gazette.registry-index:${path.resolve(dir)}`;

/** Indexes opened in this thread, by folder, with the file stats they were opened for. */
const opened = new Map<string, { files: IndexHeader['files']; index: CompiledIndex }>();

/**
 * The registry's compiled index for this process: from the buffer the main thread shared (in a worker), else
 * from the index file, rebuilt first when missing or stale (`onBuild` is told). Throws naming the registry
 * file and line when the registry is invalid.
 */
export function loadRegistryIndex(dir: string, onBuild: (result: BuildResult) => void = () => {}): CompiledIndex {
  const key = path.resolve(dir);
  if (!isMainThread) {
    const cached = opened.get(key);
    if (cached) return cached.index;
    const shared = getEnvironmentData(environmentKey(dir)) as Uint8Array | undefined;
    if (shared) {
      const index = openCompiledIndex(shared);
      opened.set(key, { files: index.header.files, index });
      return index;
    }
  }
  const files = fileStats(dir);
  const cached = opened.get(key);
  if (cached && sameFiles(cached.files, files)) return cached.index;

  const file = indexPath(dir);
  const header = readHeader(file);
  let bytes: Uint8Array | undefined;
  if (header && sameFiles(header.files, files)) {
    try {
      bytes = readShared(file);
    } catch {
      bytes = undefined;
    }
  }
  if (!bytes || !parseIndexHeader(bytes)) {
    // A file there that is not an index of this version (an older format) is stale too.
    const built = build(dir, header || fs.existsSync(file) ? 'stale' : 'missing');
    onBuild(built.result);
    bytes = toShared(built.bytes);
  }
  const index = openCompiledIndex(bytes);
  opened.set(key, { files, index });
  // Workers started from now on open the same memory instead of reading or building their own.
  setEnvironmentData(environmentKey(dir), bytes);
  return index;
}

/** "registry index … was stale: rebuilt from N entries (S MB) in T s". */
export function describeBuild(r: BuildResult): string {
  const what = r.reason === 'asked' ? 'built' : `was ${r.reason}: rebuilt`;
  const saved = r.notSaved ? ` (not saved, used for this run only: ${r.notSaved})` : '';
  return `registry index ${r.file} ${what} from ${r.entries} entries (${(r.bytes / 1e6).toFixed(1)} MB) in ${r.seconds.toFixed(2)} s${saved}`;
}
