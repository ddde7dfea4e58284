// Writes a file so that readers see the old file or the whole new one, never half of it:
// the bytes go to a temporary file in the same folder, which is then renamed over the target.
// On Ctrl-C or a kill, writes under way are let finish (each ends renamed or removed), no new
// one starts, and the process exits: no half file and no temporary file is left behind.
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';

const underWay = new Set<Promise<void>>();
let stopping = false;
let stopOnSignals = true;

function exitWhenSettled(exitCode: number): void {
  stopping = true;
  void Promise.allSettled([...underWay]).then(() => process.exit(exitCode));
}

async function write(file: string, data: string): Promise<void> {
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export function writeFileAtomic(file: string, data: string): Promise<void> {
  if (stopOnSignals) {
    stopOnSignals = false;
    process.once('SIGINT', () => exitWhenSettled(130));
    process.once('SIGTERM', () => exitWhenSettled(143));
  }
  if (stopping) return Promise.reject(new Error('the run is stopping'));
  const writing = write(file, data);
  underWay.add(writing);
  void writing.finally(() => underWay.delete(writing)).catch(() => {});
  return writing;
}
