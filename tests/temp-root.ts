// Every test run gets its own temporary root (TMPDIR for the test workers and the processes they
// start), removed when the run ends, so a run leaves nothing behind in the system's /tmp however
// its tests clean up, or fail to, after themselves.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-tests-'));
  process.env.TMPDIR = root;
  return () => fs.rmSync(root, { recursive: true, force: true });
}
