// Writes a file so that readers see the old file or the whole new one, never half of it:
// the bytes go to a temporary file in the same folder, which is then renamed over the target.
// A run stopped by Ctrl-C or a kill removes the temporary files it had open.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';

const inFlight = new Set<string>();
let cleanupInstalled = false;

function removeTemporaryFilesOn(signal: NodeJS.Signals, exitCode: number): void {
  process.once(signal, () => {
    for (const file of inFlight) rmSync(file, { force: true });
    process.exit(exitCode);
  });
}

export async function writeFileAtomic(file: string, data: string): Promise<void> {
  if (!cleanupInstalled) {
    cleanupInstalled = true;
    removeTemporaryFilesOn('SIGINT', 130);
    removeTemporaryFilesOn('SIGTERM', 143);
  }
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  inFlight.add(temporary);
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
  } finally {
    inFlight.delete(temporary);
  }
}
