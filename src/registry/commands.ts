// The registry commands, as functions the CLI calls: `registry suggest`, `registry validate`, `registry add`.
import fs from 'node:fs';
import path from 'node:path';
import { buildRegistryIndex, type AliasHit } from './alias-index.js';
import { readRegistry } from './load.js';
import { aliasKey } from './normalize.js';
import { describeZodError } from '../schema/zod-error.js';
import { priorOf, RegistryEntrySchema, type RegistryEntry } from './schema.js';

interface ValidationResult {
  ok: boolean;
  problems: string[];
}

/** Two entries sharing an alias can be told apart by context (different partOf) or by prior. */
function distinguishable(a: RegistryEntry, b: RegistryEntry): boolean {
  if (priorOf(a) !== priorOf(b)) return true;
  return !!a.partOf && !!b.partOf && a.partOf !== b.partOf;
}

/**
 * Schema, duplicate ids, dangling partOf, aliases that match nothing their entry does not already match, and
 * aliases two entries of one type claim with no way to tell them apart.
 */
export function registryValidate(dir: string): ValidationResult {
  const { registry, problems, located } = readRegistry(dir);
  const where = new Map<string, string[]>();
  for (const { entry, where: w } of located) where.set(entry.id, [...(where.get(entry.id) ?? []), w]);
  for (const [id, places] of where) if (places.length > 1) problems.push(`duplicate id ${id} at ${places.join(', ')}`);
  // Matching already ignores dots, diacritics, dashes and a leading "the": "U.S." next to "US" is noise.
  for (const { entry, where: w } of located) {
    const keys = new Set([aliasKey(entry.name)]);
    for (const alias of [...(entry.aliases ?? []), ...(entry.acronyms ?? [])]) {
      const key = aliasKey(alias);
      if (keys.has(key)) problems.push(`${entry.id} (${w}): alias "${alias}" matches only what its name or another alias already matches`);
      keys.add(key);
    }
  }
  const index = buildRegistryIndex(registry);
  for (const e of index.entries.values()) {
    if (e.partOf && !index.entries.has(e.partOf)) problems.push(`${e.id} (${where.get(e.id)?.[0] ?? 'derived'}): partOf ${e.partOf} is not in the registry`);
  }
  const at = (id: string) => `${id} (${where.get(id)?.[0] ?? `derived from demonyms of ${index.entries.get(id)?.partOf}`})`;
  const reportAmbiguous = (key: string, hits: AliasHit[]) => {
    const ids = [...new Set(hits.map((h) => h.id))];
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = index.entries.get(ids[i])!;
        const b = index.entries.get(ids[j])!;
        if (a.type === b.type && !distinguishable(a, b)) {
          problems.push(`alias "${key}" is claimed by ${a.type} entries ${at(a.id)} and ${at(b.id)} with nothing to tell them apart (give them different partOf or prior)`);
        }
      }
    }
  };
  for (const [key, hits] of index.exact) reportAmbiguous(key, hits);
  for (const [key, hits] of index.folded) reportAmbiguous(key, hits);
  return { ok: problems.length === 0, problems };
}

/** Where `registry add` puts a new entry, by type. */
const FILE_BY_TYPE: Record<string, string> = {
  PERSON: 'people.jsonl', ORG: 'organizations.jsonl', GPE: 'places.jsonl', LOC: 'locations.jsonl', NORP: 'groups.jsonl',
  FAC: 'facilities.jsonl', EVENT: 'events.jsonl', LAW: 'laws.jsonl', LANGUAGE: 'languages.jsonl',
};

/** Appends one entry after checking it and the registry it makes; returns the file written. Throws naming the problems. */
export function registryAdd(dir: string, entry: unknown): string {
  const parsed = RegistryEntrySchema.safeParse(entry);
  if (!parsed.success) throw new Error(`invalid entry: ${describeZodError(parsed.error)}`);
  const { registry } = readRegistry(dir);
  if (registry.entries.some((e) => e.id === parsed.data.id)) throw new Error(`id ${parsed.data.id} is already in the registry`);
  const file = path.join(dir, FILE_BY_TYPE[parsed.data.type] ?? 'other.jsonl');
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const line = JSON.stringify(parsed.data) + '\n';
  fs.writeFileSync(file, existing + (existing && !existing.endsWith('\n') ? '\n' : '') + line);
  const check = registryValidate(dir);
  if (!check.ok) {
    fs.writeFileSync(file, existing);
    if (!existing) fs.unlinkSync(file);
    throw new Error(`adding ${parsed.data.id} would make the registry invalid:\n${check.problems.join('\n')}`);
  }
  return file;
}

interface OutputFile {
  document?: { id?: string };
  text: string;
  sentences: { start: number; end: number }[];
  mentions: { start: number; end: number; text?: string; type: string; entity?: string; sentence?: number }[];
  entities?: { id: string; type: string; name: string; inRegistry: boolean; mentions: number[] }[];
}

interface NilTally {
  id: string;
  type: string;
  names: Map<string, number>;
  mentions: number;
  documents: Set<string>;
  examples: string[];
}

const EXAMPLES = 3;

function outputFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) return outputFiles(full);
    return d.isFile() && d.name.endsWith('.json') ? [full] : [];
  });
}

/**
 * NIL entities across a batch of output files, most frequent first, with example sentences and a ready
 * registry line for `registry add`. Offsets in output files are code points.
 */
export function registrySuggest(outputDir: string): string {
  const tallies = new Map<string, NilTally>();
  for (const file of outputFiles(outputDir).sort()) {
    let out: OutputFile;
    try {
      out = JSON.parse(fs.readFileSync(file, 'utf8')) as OutputFile;
    } catch {
      continue;
    }
    if (!Array.isArray(out.mentions) || typeof out.text !== 'string') continue;
    const chars = Array.from(out.text);
    const docId = out.document?.id ?? path.basename(file, '.json');
    out.mentions.forEach((m) => {
      if (!m.entity?.startsWith('nil:')) return;
      const t: NilTally = tallies.get(m.entity) ?? { id: m.entity, type: m.type, names: new Map(), mentions: 0, documents: new Set(), examples: [] };
      tallies.set(m.entity, t);
      const name = m.text ?? chars.slice(m.start, m.end).join('');
      t.names.set(name, (t.names.get(name) ?? 0) + 1);
      t.mentions++;
      t.documents.add(docId);
      const s = m.sentence !== undefined ? out.sentences?.[m.sentence] : undefined;
      const example = s && `${docId}: ${chars.slice(s.start, s.end).join('').replace(/\s+/g, ' ').trim()}`;
      if (example && t.examples.length < EXAMPLES && !t.examples.includes(example)) t.examples.push(example);
    });
  }
  const ranked = [...tallies.values()].sort((a, b) => b.mentions - a.mentions || b.documents.size - a.documents.size || a.id.localeCompare(b.id));
  const lines = [`${ranked.length} NIL entities`];
  for (const t of ranked) {
    const names = [...t.names.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
    const name = [...names].sort((a, b) => b[0].length - a[0].length)[0][0];
    const entry = { id: t.id.slice(4), type: t.type, name, aliases: names.map(([n]) => n).filter((n) => n !== name) };
    if (!entry.aliases.length) delete (entry as { aliases?: string[] }).aliases;
    lines.push('', `${t.mentions} mentions in ${t.documents.size} documents  ${t.id}  ${t.type}  ${names.map(([n, c]) => `${n} (${c})`).join(', ')}`);
    for (const ex of t.examples) lines.push(`  e.g. ${ex}`);
    lines.push(`  add: ${JSON.stringify(entry)}`);
  }
  return lines.join('\n') + '\n';
}
