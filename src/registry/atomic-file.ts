// A file a command writes (a registry entry, an import, the compiled index, an export, a review page,
// a JUnit report) that readers see whole or not at all: bytes go to a temporary file beside the
// target, synced, then renamed over it; a stream (/dev/stdout, a pipe) is written straight. (The
// runner's outputs have their own, asynchronous writer.)
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { realPath } from '../folders.js';

/** Buffered so that writing millions of short lines costs few system calls. */
const FLUSH_AT = 1 << 20;

/**
 * Whether `target` is a stream (a terminal, a pipe, /dev/stdout): bytes go straight to it, which
 * has no old content to keep whole; a temporary file renamed over it would replace the device.
 */
export function isStream(target: string): boolean {
  return streamInfo(target) !== undefined;
}

/** What stat says of `target` when it is a stream; undefined for a file, a folder or nothing yet. */
function streamInfo(target: string): fs.Stats | undefined {
  try {
    const info = fs.statSync(target);
    return !info.isFile() && !info.isDirectory() ? info : undefined;
  } catch {
    return undefined;
  }
}

export class AtomicFile {
  /** Undefined for a stream, written in place. */
  private readonly temporary?: string;
  /** The file renamed into: the target, or the file it links to (a rename would put a file in the link's place). */
  private readonly file: string;
  private readonly fd: number;
  /** Whether fd is this process's own standard output or error, which it must not close. */
  private readonly standard: boolean = false;
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(readonly target: string) {
    const stream = streamInfo(target);
    this.file = stream ? target : realPath(target);
    if (stream) {
      this.fd = standardFd(stream) ?? openStream(target);
      this.standard = this.fd <= 2;
      return;
    }
    this.temporary = `${this.file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    this.fd = fs.openSync(this.temporary, 'w');
  }

  write(data: string | Uint8Array): void {
    if (typeof data !== 'string') {
      this.flush();
      writeAll(this.fd, data);
      return;
    }
    this.pending.push(data);
    this.pendingLength += data.length;
    if (this.pendingLength >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (!this.pending.length) return;
    writeAll(this.fd, Buffer.from(this.pending.join('')));
    this.pending = [];
    this.pendingLength = 0;
  }

  /** Makes the new file visible in one step (a stream has had every byte as it came). */
  commit(): void {
    if (!this.temporary) {
      this.flush();
      if (!this.standard) fs.closeSync(this.fd);
      return;
    }
    try {
      this.flush();
      fs.fsyncSync(this.fd);
      fs.closeSync(this.fd);
      fs.renameSync(this.temporary, this.file);
    } catch (error) {
      fs.rmSync(this.temporary, { force: true });
      throw error;
    }
  }

  /** Leaves the target as it was (a stream keeps what it was sent). */
  abandon(): void {
    if (!this.standard) try { fs.closeSync(this.fd); } catch { /* already closed */ }
    if (this.temporary) fs.rmSync(this.temporary, { force: true });
  }
}

/** 1 or 2 when the stream is this process's standard output or error (/dev/stdout): a socket there cannot be opened again by name. */
function standardFd(info: fs.Stats): number | undefined {
  return [1, 2].find((fd) => {
    try {
      const std = fs.fstatSync(fd);
      return std.dev === info.dev && std.ino === info.ino;
    } catch {
      return false;
    }
  });
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** All of `bytes`, also to a stream that takes part of them or is full for now (EAGAIN: a pipe whose reader is behind). */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length;) {
    try {
      at += fs.writeSync(fd, bytes, at, bytes.length - at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

/** Opens a stream to write; a named pipe that no process reads fails at once instead of holding open(). */
function openStream(target: string): number {
  try {
    fs.closeSync(fs.openSync(target, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENXIO') throw new Error(`${target}: a named pipe that no process reads`);
    throw error;
  }
  return fs.openSync(target, 'w');
}

/** Writes a whole file atomically. */
export function writeFileAtomically(target: string, data: string | Uint8Array): void {
  const file = new AtomicFile(target);
  try {
    file.write(data);
  } catch (error) {
    file.abandon();
    throw error;
  }
  file.commit();
}
