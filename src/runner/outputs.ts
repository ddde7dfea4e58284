// Where a run's documents go: one file per article in a folder (OUT/<id>.json). A sink also
// answers which fingerprint an existing output records, so that a re-run can skip it.
import { open, readdir } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write.js';

export interface OutputSink {
  /** Where the documents go, for the summary. */
  readonly where: string;
  /** The fingerprint recorded in the output for `id`, or undefined when there is none. */
  recorded(id: string): Promise<string | undefined>;
  /** Writes one document (its JSON text, newline-terminated) whole or not at all. */
  write(id: string, json: string): Promise<void>;
  close(): Promise<void>;
}

/** The fingerprint sits second in every document, so the first bytes of a file hold it. */
const FINGERPRINT = /"fingerprint":\s*"([0-9a-f]{64})"/;
const HEAD_BYTES = 256;

export async function folderSink(dir: string): Promise<OutputSink> {
  await mkdir(dir, { recursive: true });
  // One listing up front instead of a failed open per new article.
  const existing = new Set(await readdir(dir));
  return {
    where: dir,
    async recorded(id) {
      const name = `${id}.json`;
      if (!existing.has(name)) return undefined;
      return readHead(path.join(dir, name)).then((head) => FINGERPRINT.exec(head)?.[1], () => undefined);
    },
    async write(id, json) {
      await writeFileAtomic(path.join(dir, `${id}.json`), json);
    },
    close: async () => {},
  };
}

async function readHead(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.toString('utf8', 0, bytesRead);
  } finally {
    await handle.close();
  }
}
