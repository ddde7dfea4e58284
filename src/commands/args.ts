// Argument parsing shared by the commands: node's parseArgs, with errors that name the argument.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { realPath } from '../folders.js';

export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<O extends Options>(argv: string[], options: O) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs says e.g. "Unknown option '--foo'"; keep its words, they name the argument.
    throw new UsageError((error as Error).message);
  }
  // An empty value is a shell variable that was never set (--out "$OUT"): as a path it would be the current folder.
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === '' || (Array.isArray(value) && value.includes(''))) throw new UsageError(`--${name} is empty`);
  }
  if (parsed.positionals.includes('')) throw new UsageError('an empty argument was given (a shell variable never set?)');
  return parsed;
}

/** A whole-number option of at least `min`, or undefined when it was not given; `or` names what else it may be. */
export function integerArg(name: string, raw: string | undefined, min: number, or = '', max = Infinity): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  const range = max === Infinity ? `of at least ${min}` : `from ${min} to ${max}`;
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be ${or}a whole number ${range}, got "${raw}"`);
  return n;
}

/** Refuses an --out that is one of the inputs (by real path): writing it would replace what is being read. */
export function refuseOutputOverInput(out: string, inputs: readonly string[]): void {
  const target = realPath(out);
  const input = inputs.find((i) => realPath(i) === target);
  if (input !== undefined) throw new UsageError(`--out ${out} is also an input (${input}): writing it would replace what is read; write somewhere else`);
}
