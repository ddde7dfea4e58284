// `registry import`: turns an external list (JSONL in the registry schema, CSV, a Wikidata JSON dump; plain or
// .gz) into one registry file, streamed so that a file of many gigabytes never sits in memory. Bad rows are
// reported with their line and reason and skipped; the new file appears complete or not at all.
import fs from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { makeFolder } from '../folders.js';
import { describeZodError } from '../schema/zod-error.js';
import { AtomicFile } from './atomic-file.js';
import { csvRows, jsonlRows, wikidataRows, type Line, type Row } from './import-formats.js';
import { aliasKey, slugify } from './normalize.js';
import { NAME_LABEL_LIST } from '../document.js';
import { RegistryEntrySchema, type RegistryEntry } from './schema.js';

export const IMPORT_FORMATS = ['jsonl', 'csv', 'wikidata'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportOptions {
  format: ImportFormat;
  /** The registry folder the new file goes into (made when missing). */
  into: string;
  /** CSV/JSONL: the type of rows that give none. Wikidata: only items of this type. */
  type?: string;
  /** The part of each id before the slash; default the type's usual kind (person, org, gpe…). */
  idPrefix?: string;
}

export interface ImportReport {
  file: string;
  written: number;
  /** "FILE:LINE: reason" of every row skipped as bad. */
  bad: string[];
  /** Rows left out on purpose (Wikidata items of no registry type, with no English label…), by reason. */
  outOfScope: Map<string, number>;
  /** CSV columns that are not part of the mapping. */
  ignoredColumns: string[];
}

const KIND_OF_TYPE: Record<string, string> = {
  PERSON: 'person', ORG: 'org', GPE: 'gpe', LOC: 'loc', FAC: 'fac', NORP: 'norp', LAW: 'law', EVENT: 'event',
  WORK_OF_ART: 'work', PRODUCT: 'product', LANGUAGE: 'language',
};

/** The file's lines, numbered from 1, decoded as UTF-8 (a leading BOM dropped), gunzipped when the name ends in .gz. */
async function* numberedLines(file: string): AsyncGenerator<Line> {
  const input = fs.createReadStream(file);
  const source = file.endsWith('.gz') ? input.pipe(createGunzip()) : input;
  if (source !== input) input.on('error', (error) => source.destroy(error));
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let n = 0;
  const clean = (line: string) => {
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    return n === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  };
  for await (const chunk of source) {
    const parts = (rest + decoder.write(chunk as Buffer)).split('\n');
    rest = parts.pop()!;
    for (const part of parts) { n++; yield [n, clean(part)]; }
  }
  rest += decoder.end();
  if (rest) { n++; yield [n, clean(rest)]; }
}

/** Ids already used by the other registry files in the folder, with the file that uses each. */
function idsInFolder(dir: string, except: string): Map<string, string> {
  const ids = new Map<string, string>();
  if (!fs.existsSync(dir)) return ids;
  for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl') && path.join(dir, f) !== except)) {
    for (const line of fs.readFileSync(path.join(dir, name), 'utf8').split('\n')) {
      const id = /"id"\s*:\s*"([^"]+)"/.exec(line)?.[1];
      if (id) ids.set(id, name);
    }
  }
  return ids;
}

/** `kind/slug`: the row's id (its kind replaced by the prefix) or, without one, a slug of its name. */
function entryId(raw: unknown, name: string, type: string, prefix: string | undefined): string {
  const given = typeof raw === 'string' ? raw.trim() : '';
  const slash = given.indexOf('/');
  const slug = slash > 0 ? given.slice(slash + 1) : slugify(given || name);
  const kind = prefix ?? (slash > 0 ? given.slice(0, slash) : KIND_OF_TYPE[type] ?? type.toLowerCase());
  return `${kind}/${slug}`;
}

/** Aliases that matching would find anyway (the name with other dots, case of "the"…) are left out, as validate asks. */
function withoutRedundantAliases(entry: Record<string, unknown>): void {
  const keys = new Set([aliasKey(String(entry.name))]);
  for (const field of ['aliases', 'acronyms'] as const) {
    const list = entry[field];
    if (!Array.isArray(list)) continue;
    const kept = list.filter((a) => {
      if (typeof a !== 'string') return true;
      const key = aliasKey(a);
      if (keys.has(key)) return false;
      keys.add(key);
      return true;
    });
    if (kept.length) entry[field] = kept;
    else delete entry[field];
  }
}

function rowsOf(file: string, options: ImportOptions, report: ImportReport): AsyncIterable<Row> {
  const lines = numberedLines(file);
  switch (options.format) {
    case 'jsonl': return jsonlRows(lines);
    case 'csv': return csvRows(lines, (columns) => { report.ignoredColumns = columns; });
    case 'wikidata': return wikidataRows(lines, options.type);
  }
}

/** The registry file an import writes: the input's name, without .gz and its extension, as .jsonl. */
export function importTarget(file: string, into: string): string {
  const base = path.basename(file).replace(/\.gz$/, '').replace(/\.[^.]*$/, '');
  return path.join(into, `${base || 'imported'}.jsonl`);
}

export async function registryImport(file: string, options: ImportOptions): Promise<ImportReport> {
  if (!fs.existsSync(file)) throw new Error(`${file}: no such file`);
  if (options.type !== undefined && !(NAME_LABEL_LIST as readonly string[]).includes(options.type)) {
    throw new Error(`--type ${options.type}: not a registry type (${NAME_LABEL_LIST.join(', ')})`);
  }
  makeFolder(options.into, 'registry folder');
  const target = importTarget(file, options.into);
  if (path.resolve(target) === path.resolve(file)) throw new Error(`${file}: importing it into its own folder would overwrite it`);
  const report: ImportReport = { file: target, written: 0, bad: [], outOfScope: new Map(), ignoredColumns: [] };
  const taken = idsInFolder(options.into, target);
  const seen = new Map<string, number>();
  const out = new AtomicFile(target);
  try {
    for await (const row of rowsOf(file, options, report)) {
      const where = `${file}:${row.line}`;
      if ('bad' in row) { report.bad.push(`${where}: ${row.bad}`); continue; }
      if ('outOfScope' in row) { report.outOfScope.set(row.outOfScope, (report.outOfScope.get(row.outOfScope) ?? 0) + 1); continue; }
      const raw = row.entry;
      raw.type ??= options.type;
      if (typeof raw.type !== 'string') { report.bad.push(`${where}: no type (give the row one, or --type)`); continue; }
      if (typeof raw.name !== 'string' || !raw.name.trim()) { report.bad.push(`${where}: name: is missing`); continue; }
      raw.id = entryId(raw.id, raw.name, raw.type, options.idPrefix);
      withoutRedundantAliases(raw);
      const parsed = RegistryEntrySchema.safeParse(raw);
      if (!parsed.success) { report.bad.push(`${where}${typeof raw.id === 'string' ? ` (${raw.id})` : ''}: ${describeZodError(parsed.error)}`); continue; }
      const entry: RegistryEntry = parsed.data;
      const twice = seen.get(entry.id);
      if (twice !== undefined) { report.bad.push(`${where}: id ${entry.id} was already imported from line ${twice}`); continue; }
      const elsewhere = taken.get(entry.id);
      if (elsewhere) { report.bad.push(`${where}: id ${entry.id} is already in the registry's ${elsewhere}`); continue; }
      seen.set(entry.id, row.line);
      out.write(JSON.stringify(entry) + '\n');
      report.written++;
    }
  } catch (error) {
    out.abandon();
    throw new Error(`${file}: cannot read: ${(error as Error).message}`);
  }
  if (report.written === 0) {
    out.abandon();
    return report;
  }
  out.commit();
  return report;
}
