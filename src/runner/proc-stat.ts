// A process's line in Linux's /proc/PID/stat, read past the command's name (which sits in parentheses and may hold
// spaces). Used for a lock's owner (its state and start) and for the bench's whole processes (their children's CPU).
import { readFileSync } from 'node:fs';

/** Clock ticks a second (USER_HZ) in which /proc gives times: 100 in Linux's ABI. */
export const CLOCK_TICKS = 100;

/**
 * The fields after the command's name: [0] is the state (field 3 in proc(5)), [13] and [14] the CPU of waited-for
 * children (cutime, cstime), [19] the start in clock ticks after boot. Undefined where there is no such process or no /proc.
 */
export function procStat(pid: number | 'self'): string[] | undefined {
  let line: string;
  try {
    line = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  return line.slice(line.lastIndexOf(')') + 2).split(' ');
}
