// Which gold format a path holds, read from its files: the formats differ in their keys.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { NOT_A_FILE } from '../folders.js';
import { readJsonFile } from '../schema/read-json.js';

export type GoldKind = 'seed' | 'conll' | 'timeml';

export class GoldError extends Error {}

/** The gold JSON files at PATH; none for a file that is not JSON (a four-column CoNLL file). */
export function goldFiles(gold: string, jsonOnly = false): string[] {
  let info;
  try {
    info = statSync(gold);
  } catch {
    throw new GoldError(`--gold ${gold}: no such file or folder`);
  }
  // A named pipe with no writer would hold the command in open() past any signal.
  if (!info.isDirectory() && !info.isFile()) throw new GoldError(`--gold ${gold}: ${NOT_A_FILE}: gold is read from files and folders`);
  if (!info.isDirectory()) return jsonOnly && !gold.endsWith('.json') ? [] : [gold];
  const files = readdirSync(gold).filter((f) => f.endsWith('.gold.json')).sort().map((f) => path.join(gold, f));
  if (!files.length) throw new GoldError(`--gold ${gold}: the folder holds no *.gold.json file`);
  return files;
}

/** Reads the kind of gold from its first file. */
export function goldKind(gold: string): GoldKind {
  const [first] = goldFiles(gold, true);
  if (!first) return 'conll'; // not JSON gold: an original four-column CoNLL file
  const json = readJsonFile(first, z.record(z.string(), z.unknown()), 'a JSON object');
  if ('mentions' in json) return 'seed';
  if ('entities' in json) return 'conll';
  if ('timexes' in json) return 'timeml';
  throw new GoldError(`--gold ${gold}: ${first} is none of the gold formats (no "mentions", "entities" or "timexes")`);
}
