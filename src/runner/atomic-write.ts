// Writes a file so that readers see the old file or the whole new one, never half of it: the
// bytes go to a temporary file in the same folder, synced, then renamed over the target.
// Temporary files are named after their target (.NAME.gazette-PID-RANDOM.tmp), so that a later
// run into the same place, holding its lock, removes any that a killed run left behind.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { open, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** Temporary files of writes under way, removed even if the process exits in the middle. */
const underWay = new Set<string>();
process.on('exit', () => { for (const file of underWay) rmSync(file, { force: true }); });

function temporaryName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.gazette-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Matches the temporary files of targets whose names end with `suffix` (".json", "out.jsonl"). */
export function temporaryPattern(suffix: string): RegExp {
  return new RegExp(`^\\..*${suffix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.gazette-\\d+-[0-9a-f]{8}\\.tmp$`);
}

export async function writeFileAtomic(file: string, data: string): Promise<void> {
  await replaceAtomic(file, (handle) => handle.writeFile(data, 'utf8'));
}

/** Replaces `file` with what `fill` writes to the handle of its temporary file, all or nothing. */
export async function replaceAtomic(file: string, fill: (handle: FileHandle) => Promise<void>): Promise<void> {
  const temporary = temporaryName(file);
  underWay.add(temporary);
  try {
    const handle = await open(temporary, 'w');
    try {
      await fill(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    underWay.delete(temporary);
  }
}

/** Removes temporary files a killed run left in `dir`; call it only while holding the lock. */
export async function removeStaleTemporaries(dir: string, pattern: RegExp): Promise<number> {
  const stale = (await readdir(dir)).filter((name) => pattern.test(name));
  await Promise.all(stale.map((name) => rm(path.join(dir, name), { force: true })));
  return stale.length;
}
