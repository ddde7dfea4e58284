// Files the review commands write appear whole or not at all: bytes go to a temporary file beside
// the target, which is renamed over it once complete; on failure the temporary file is removed.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

const temporaryName = (file: string) => `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;

/** A file written piece by piece (an export of a whole corpus), renamed into place by `commit`. */
export class AtomicFile {
  private readonly temporary: string;
  private fd: number | null;

  constructor(readonly file: string) {
    this.temporary = temporaryName(file);
    this.fd = openSync(this.temporary, 'w');
  }

  write(text: string): void {
    if (this.fd === null) throw new Error(`${this.file}: already closed`);
    writeSync(this.fd, text);
  }

  commit(): void {
    if (this.fd === null) return;
    fsyncSync(this.fd);
    closeSync(this.fd);
    this.fd = null;
    renameSync(this.temporary, this.file);
  }

  /** Gives up: the target is left as it was. */
  abandon(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.temporary, { force: true });
  }
}

export function writeFileAtomic(file: string, text: string): void {
  const out = new AtomicFile(file);
  try {
    out.write(text);
    out.commit();
  } catch (error) {
    out.abandon();
    throw error;
  }
}
