// `registry add`: one new entry, checked with the whole registry in memory before anything is written,
// appended to the file where entries of its type already live (or the one named), atomically.
import fs from 'node:fs';
import path from 'node:path';
import { describeZodError } from '../schema/zod-error.js';
import { AtomicFile } from './atomic-file.js';
import { readRegistry } from './load.js';
import { RegistryEntrySchema } from './schema.js';
import { validateRegistryRead } from './validate.js';

/** The file holding the most entries of `type` (the first by name on a tie), from "file:line" locations. */
function fileForType(located: { entry: { type: string }; where: string }[], type: string): string | undefined {
  const counts = new Map<string, number>();
  for (const { entry, where } of located) {
    if (entry.type !== type) continue;
    const file = where.slice(0, where.lastIndexOf(':'));
    counts.set(file, (counts.get(file) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/**
 * Appends one entry after checking it and the registry it makes; returns the file written. `file` (a name
 * inside the registry folder) overrides the choice by type. Throws naming the problems; then nothing changed.
 */
export function registryAdd(dir: string, entry: unknown, file?: string): string {
  const parsed = RegistryEntrySchema.safeParse(entry);
  if (!parsed.success) throw new Error(`invalid entry: ${describeZodError(parsed.error)}`);
  const read = readRegistry(dir);
  if (read.registry.entries.some((e) => e.id === parsed.data.id)) throw new Error(`id ${parsed.data.id} is already in the registry`);
  if (file !== undefined && (path.basename(file) !== file || !file.endsWith('.jsonl'))) {
    throw new Error(`--file ${file}: must be the name of a .jsonl file inside the registry folder ${dir}`);
  }
  const target = file !== undefined ? path.join(dir, file) : fileForType(read.located, parsed.data.type);
  if (!target) throw new Error(`the registry ${dir} has no ${parsed.data.type} entry yet: name the file to add it to with --file NAME.jsonl`);

  const existing = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  const lead = existing && !existing.endsWith('\n') ? '\n' : '';
  const line = (existing.match(/\n/g)?.length ?? 0) + (lead ? 2 : 1);
  read.registry.entries.push(parsed.data);
  read.located.push({ entry: parsed.data, where: `${target}:${line}` });
  const check = validateRegistryRead(read);
  if (!check.ok) throw new Error(`adding ${parsed.data.id} would make the registry invalid:\n${check.problems.join('\n')}`);

  const out = new AtomicFile(target);
  out.write(existing + lead + JSON.stringify(parsed.data) + '\n');
  out.commit();
  return target;
}
