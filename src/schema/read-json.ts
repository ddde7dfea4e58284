// Reads a JSON file through a zod schema; every failure names the file and the reason.
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { describeZodError } from './zod-error.js';

/** `what` names the expected content in the message: "not TimeML gold: timexes: is missing". */
export function readJsonFile<S extends z.ZodType>(file: string, schema: S, what: string): z.infer<S> {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new Error(`${file}: malformed JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: not ${what}: ${describeZodError(parsed.error)}`);
  return parsed.data;
}
