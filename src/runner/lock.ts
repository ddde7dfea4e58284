// One run at a time per output: a lock file beside the output holds the pid, host, start time
// and command of the run that owns it. A second run refuses to start, naming the first; a lock
// whose process is gone (a kill -9, a crash), or whose pid another process has taken since, is
// stale and taken over.
import { closeSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { isFolder, writeFailure } from '../folders.js';
import { procStat } from './proc-stat.js';

export class LockError extends Error {}

interface LockOwner {
  pid: number;
  host: string;
  started: string;
  command: string;
  /** The owner's start in clock ticks after boot (Linux): tells it from a later process given its pid. */
  ticks?: number;
}

/** Takes the lock at `file`, or throws a LockError naming the live run that holds it. */
export function acquireLock(file: string, what: string): { release(): void } {
  for (let attempt = 0; ; attempt++) {
    let fd: number;
    try {
      fd = openSync(file, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 2) throw new LockError(`${file}: cannot take the lock: ${writeFailure(error as NodeJS.ErrnoException, 'files')}`);
      // No run makes a folder there: it is not a lock to take over, and not one to remove unasked.
      if (isFolder(file)) throw new LockError(`${file}: cannot take the lock: a folder stands where the lock file goes; remove it`);
      const owner = readOwner(file);
      if (owner && isAlive(owner)) {
        throw new LockError(`${what} is in use by another gazette run: pid ${owner.pid} on ${owner.host}, started ${owner.started} (${owner.command}). Wait for it or stop it; if that process is not gazette, remove ${file}.`);
      }
      if (!owner && ageSeconds(file) < 10) throw new LockError(`${what} is being locked by another gazette run just now (${file})`);
      // Stale: moved aside first and checked, so that a lock another run took meanwhile is put back.
      const aside = `${file}.stale-${process.pid}`;
      try {
        renameSync(file, aside);
        const moved = readOwner(aside);
        if (moved && owner && moved.pid !== owner.pid) linkSync(aside, file);
      } catch { /* another run got there first: try again */ }
      rmSync(aside, { force: true });
      continue;
    }
    const owner: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString(), command: ['gazette', ...process.argv.slice(2)].join(' '), ticks: processStat('self')?.ticks };
    writeSync(fd, `${JSON.stringify(owner)}\n`);
    closeSync(fd);
    let held = true;
    const release = () => {
      if (!held) return;
      held = false;
      process.off('exit', release);
      rmSync(file, { force: true });
    };
    process.on('exit', release);
    return { release };
  }
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8'));
    return typeof owner?.pid === 'number' ? owner : undefined;
  } catch {
    return undefined; // unreadable or torn (killed while writing it): stale
  }
}

function ageSeconds(file: string): number {
  try {
    return (Date.now() - statSync(file).mtimeMs) / 1000;
  } catch {
    return Infinity;
  }
}

/** A lock from another host cannot be checked, so it counts as held. */
function isAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  if (owner.pid === process.pid) return false;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !notTheOwner(owner);
}

/**
 * Whether the lock's pid, though a live process, is not the run that took the lock: a zombie (dead,
 * not yet reaped by its parent), or another process that has the pid since the owner died (its
 * start, in clock ticks after boot, differs from the one the owner recorded): an unattended nightly
 * run would otherwise wait on a stranger. Linux's /proc only; elsewhere the process counts as the owner.
 */
function notTheOwner(owner: LockOwner): boolean {
  const now = processStat(owner.pid);
  if (!now) return false;
  return now.state === 'Z' || (owner.ticks !== undefined && now.ticks !== owner.ticks);
}

/** A process's state and start (clock ticks after boot) from /proc, or undefined where there is none. */
function processStat(pid: number | 'self'): { state: string; ticks: number } | undefined {
  const fields = procStat(pid);
  return fields && { state: fields[0], ticks: Number(fields[19]) };
}
