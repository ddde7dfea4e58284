// Reads the registry directory: every *.jsonl file (one entry a line) and titles.json (the title lexicon).
import fs from 'node:fs';
import path from 'node:path';
import { describeZodError, describeZodIssues } from '../schema/zod-error.js';
import { RegistryEntrySchema, TitleLexiconSchema, type Registry, type RegistryEntry } from './schema.js';

export const TITLES_FILE = 'titles.json';

/** Editors on Windows save UTF-8 with a byte order mark; it is not part of the first line. */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export interface RegistryRead {
  registry: Registry;
  /** "file:line: reason" for every line or file that failed to parse or validate. */
  problems: string[];
  /** Every valid entry with the "file:line" it came from, duplicates included, for messages. */
  located: { entry: RegistryEntry; where: string }[];
}

/** Reads and validates without throwing, so `registry validate` can list every problem. */
export function readRegistry(dir: string): RegistryRead {
  const problems: string[] = [];
  const entries: RegistryEntry[] = [];
  const located: RegistryRead['located'] = [];
  let files: string[] = [];
  try {
    files = fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  } catch (e) {
    problems.push(`${dir}: cannot read the registry folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    return { registry: { entries, titles: [] }, problems, located };
  }
  if (files.length === 0) problems.push(`${dir}: no .jsonl registry files`);
  for (const file of files) {
    const full = path.join(dir, file);
    const lines = withoutBom(fs.readFileSync(full, 'utf8')).split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const where = `${full}:${i + 1}`;
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch (e) {
        problems.push(`${where}: not JSON (${(e as Error).message})`);
        return;
      }
      const parsed = RegistryEntrySchema.safeParse(json);
      if (!parsed.success) {
        const id = (json as { id?: unknown })?.id;
        for (const issue of describeZodIssues(parsed.error)) problems.push(`${where}${typeof id === 'string' ? ` (${id})` : ''}: ${issue}`);
        return;
      }
      entries.push(parsed.data);
      located.push({ entry: parsed.data, where });
    });
  }
  let titles: string[] = [];
  const titlesPath = path.join(dir, TITLES_FILE);
  if (fs.existsSync(titlesPath)) {
    try {
      const parsed = TitleLexiconSchema.safeParse(JSON.parse(withoutBom(fs.readFileSync(titlesPath, 'utf8'))));
      if (parsed.success) titles = parsed.data;
      else problems.push(`${titlesPath}: ${describeZodError(parsed.error)}`);
    } catch (e) {
      problems.push(`${titlesPath}: not JSON (${(e as Error).message})`);
    }
  }
  return { registry: { entries, titles }, problems, located };
}

/** Loads the registry once per process; throws naming every bad file and line. */
export function loadRegistry(dir: string): Registry {
  const { registry, problems } = readRegistry(dir);
  if (problems.length) throw new Error(`registry ${dir} is invalid:\n${problems.join('\n')}`);
  return registry;
}
