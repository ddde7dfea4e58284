// Making the folder a command writes into, failing with the path and the reason in words (a file
// in the way, no permission) rather than the system call's code; those words for other files, made
// or read; and where a path leads through its links.
import { closeSync, mkdirSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Makes `dir` and any folders above it that are missing; `role` names it in a failure ("output
 * folder"), and `ifFile` is said when `dir` itself is a file (what the user may have meant).
 */
export function makeFolder(dir: string, role: string, ifFile = ''): void {
  try {
    makeFolders(dir);
  } catch (error) {
    throw new Error(`${dir}: cannot make the ${role}: ${whyNot(dir, error as NodeJS.ErrnoException, ifFile)}`);
  }
}

/**
 * mkdir -p, one level at a time: Node's own recursive mkdir never returns on some paths (under
 * /proc it spins at 100% CPU), where this fails with the first folder that cannot be made.
 */
export function makeFolders(dir: string): void {
  if (isFolder(dir)) return;
  const parent = path.dirname(dir);
  if (parent !== dir) makeFolders(parent);
  mkdirSync(dir);
}

function whyNot(dir: string, error: NodeJS.ErrnoException, ifFile: string): string {
  if (error.code !== 'EEXIST' && error.code !== 'ENOTDIR') return writeFailure(error, 'folders');
  const file = fileInTheWay(dir) ?? dir;
  if (file !== path.resolve(dir)) return `${file} is a file, not a folder`;
  return `it is a file, not a folder${ifFile && ` (${ifFile})`}`;
}

/** Common system codes in words, the same whether a file was being read or made (but ENOENT: writeFailure and readFailure). */
const IN_WORDS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'a folder, not a file',
  ELOOP: 'a loop of symbolic links',
  ENAMETOOLONG: 'the name is too long for the file system',
  Z_DATA_ERROR: 'not valid gzip data (corrupt, or cut short)',
  Z_BUF_ERROR: 'not valid gzip data (corrupt, or cut short)',
};

/** Why a file or folder could not be made there, in words where the code is a common one, else the system's message. */
export function writeFailure(error: NodeJS.ErrnoException, made: 'files' | 'folders'): string {
  // Every folder above is there, so the file system itself refuses (/proc, /sys).
  if (error.code === 'ENOENT') return `the file system there takes no new ${made}`;
  return IN_WORDS[error.code ?? ''] ?? error.message;
}

/** Whether a folder is there (a link to one counts). */
export function isFolder(at: string): boolean {
  try {
    return statSync(at).isDirectory();
  } catch {
    return false;
  }
}

/** The nearest of `dir` (resolved) and the paths above it that exists and is not a folder. */
function fileInTheWay(dir: string): string | undefined {
  for (let at = path.resolve(dir); path.dirname(at) !== at; at = path.dirname(at)) {
    try {
      if (!statSync(at).isDirectory()) return at;
    } catch {
      // missing: the file in the way is higher up
    }
  }
  return undefined;
}

/** Why a file or folder could not be read, in words where the code is a common one, else the system's message. */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  if (code === 'ENOENT') return 'no such file or folder';
  return IN_WORDS[code] ?? (error instanceof Error ? error.message : String(error));
}

/** What a path that is neither a file nor a folder is called in a failure: reading it could wait for ever. */
export const NOT_A_FILE = 'not a regular file (a named pipe, device or socket)';

/**
 * The path with every link followed (current.jsonl → runs/2026-12-01.jsonl), else the path made absolute: a file
 * not there yet, or a link to nothing, is made where it is named. A file written by a rename goes here, so that a
 * link keeps naming it; two paths are the same file when these agree.
 */
export function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return path.resolve(file);
  }
}

/**
 * A file's first `bytes` bytes as text, read with blocking calls: from the page cache as a rule they
 * cost microseconds, where each of an asynchronous read's three calls goes through libuv's threads
 * and back (a re-run checking 7,200 outputs one at a time was idle three quarters of the time;
 * docs/quality.md, "Speed"). Throws as openSync does when the file cannot be read.
 */
export function fileHead(file: string, bytes: number): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}
