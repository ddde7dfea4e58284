// Argument parsing shared by the commands: node's parseArgs, with errors that name the argument.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs says e.g. "Unknown option '--foo'"; keep its words, they name the argument.
    throw new UsageError((error as Error).message);
  }
}

/** A whole-number option of at least `min`, or undefined when it was not given; `or` names what else it may be. */
export function integerArg(name: string, raw: string | undefined, min: number, or = ''): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be ${or}a whole number of at least ${min}, got "${raw}"`);
  return n;
}
