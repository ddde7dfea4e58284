// A file a command writes (a registry entry, an import, the compiled index, an export, a review page,
// a JUnit report) that readers see whole or not at all: bytes go to a temporary file beside the
// target, synced, then renamed over it. (The runner's outputs have their own, asynchronous writer.)
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';

/** Buffered so that writing millions of short lines costs few system calls. */
const FLUSH_AT = 1 << 20;

export class AtomicFile {
  private readonly temporary: string;
  private readonly fd: number;
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(readonly target: string) {
    this.temporary = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    this.fd = fs.openSync(this.temporary, 'w');
  }

  write(data: string | Uint8Array): void {
    if (typeof data !== 'string') {
      this.flush();
      fs.writeSync(this.fd, data);
      return;
    }
    this.pending.push(data);
    this.pendingLength += data.length;
    if (this.pendingLength >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (!this.pending.length) return;
    fs.writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
  }

  /** Makes the new file visible in one step. */
  commit(): void {
    try {
      this.flush();
      fs.fsyncSync(this.fd);
      fs.closeSync(this.fd);
      fs.renameSync(this.temporary, this.target);
    } catch (error) {
      fs.rmSync(this.temporary, { force: true });
      throw error;
    }
  }

  /** Leaves the target as it was. */
  abandon(): void {
    try { fs.closeSync(this.fd); } catch { /* already closed */ }
    fs.rmSync(this.temporary, { force: true });
  }
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
