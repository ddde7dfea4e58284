// Reads a JSON file through a zod schema; every failure names the file and the reason.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { readFailure } from '../folders.js';
import { describeZodError } from './zod-error.js';

/** `what` names the expected content in the message: "not TimeML gold: timexes: is missing". */
export function readJsonFile<S extends z.ZodType>(file: string, schema: S, what: string): z.infer<S> {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read: ${readFailure(error)}`);
  }
  return parseJsonText(raw, schema, file, what);
}

/** One JSON text (a file's, a JSONL line's) through a zod schema; `where` names it in the message ("FILE:LINE"). */
export function parseJsonText<S extends z.ZodType>(raw: string, schema: S, where: string, what: string): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new Error(`${where}: malformed JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(`${where}: not ${what}: ${describeZodError(parsed.error)}`);
  return parsed.data;
}
