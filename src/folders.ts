// Making the folder a command writes into, failing with the path and the reason in words (a file
// in the way, no permission) rather than the system call's code.
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Makes `dir` and any folders above it that are missing; `role` names it in a failure ("output folder"). */
export function makeFolder(dir: string, role: string, hint = ''): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new Error(`${dir}: cannot make the ${role}: ${whyNot(dir, error as NodeJS.ErrnoException)}${hint && ` (${hint})`}`);
  }
}

function whyNot(dir: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EEXIST': return 'it is a file, not a folder';
    case 'ENOTDIR': return `${fileInTheWay(dir)} is a file, not a folder`;
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EROFS': return 'the file system is read-only';
    case 'ENOSPC': return 'no space left on the device';
    default: return error.message;
  }
}

/** The nearest of `dir` and the paths above it that exists and is not a folder. */
function fileInTheWay(dir: string): string {
  for (let at = path.resolve(dir); path.dirname(at) !== at; at = path.dirname(at)) {
    try {
      if (!statSync(at).isDirectory()) return at;
    } catch {
      // missing: the file in the way is higher up
    }
  }
  return dir;
}
