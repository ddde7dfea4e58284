// The formats `registry import` reads, each a stream of numbered lines turned into rows: an entry (not yet
// checked against the schema), a bad row with the reason, or a row out of scope (a Wikidata item of no
// registry type). None of them holds more than one record in memory.
import { WIKIDATA_CLASSES } from './wikidata-classes.js';

export type Line = [number, string];

export type Row =
  | { line: number; entry: Record<string, unknown> }
  | { line: number; bad: string }
  | { line: number; outOfScope: string };

/** JSONL in the registry's own schema. */
export async function* jsonlRows(lines: AsyncIterable<Line>): AsyncGenerator<Row> {
  for await (const [line, text] of lines) {
    if (!text.trim()) continue;
    try {
      const value: unknown = JSON.parse(text);
      if (!value || typeof value !== 'object' || Array.isArray(value)) yield { line, bad: 'not a JSON object' };
      else yield { line, entry: value as Record<string, unknown> };
    } catch (error) {
      yield { line, bad: `not JSON (${(error as Error).message})` };
    }
  }
}

/**
 * CSV (RFC 4180: a header row, fields quoted with "" when they hold commas, quotes or line breaks). The
 * header names the columns; see CSV_COLUMNS. List columns hold several values separated by "|".
 */
export const CSV_COLUMNS = {
  text: ['id', 'type', 'name', 'wikidata', 'description', 'partOf'],
  lists: ['aliases', 'acronyms', 'demonyms'],
  numbers: ['prior'],
} as const;

/** Splits one CSV record; undefined when a quoted field is still open at the end (it continues on the next line). */
function splitCsv(record: string): string[] | undefined {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < record.length; i++) {
    const c = record[i];
    if (quoted) {
      if (c === '"' && record[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') { fields.push(field); field = ''; }
    else field += c;
  }
  if (quoted) return undefined;
  fields.push(field);
  return fields;
}

export async function* csvRows(lines: AsyncIterable<Line>, ignored: (columns: string[]) => void): AsyncGenerator<Row> {
  let header: string[] | undefined;
  let record = '';
  let first = 0;
  for await (const [line, text] of lines) {
    if (!record) first = line;
    record = record ? `${record}\n${text}` : text;
    const fields = splitCsv(record.endsWith('\r') ? record.slice(0, -1) : record);
    if (!fields) continue;
    record = '';
    if (!header) {
      header = fields.map((f) => f.trim());
      const known = new Set<string>([...CSV_COLUMNS.text, ...CSV_COLUMNS.lists, ...CSV_COLUMNS.numbers]);
      if (!header.includes('name')) { yield { line: first, bad: `the header has no "name" column (columns: ${header.join(', ')})` }; return; }
      ignored(header.filter((h) => !known.has(h)));
      continue;
    }
    if (fields.length === 1 && !fields[0].trim()) continue;
    if (fields.length !== header.length) { yield { line: first, bad: `${fields.length} fields where the header has ${header.length}` }; continue; }
    const entry: Record<string, unknown> = {};
    let bad: string | undefined;
    header.forEach((column, k) => {
      const value = fields[k].trim();
      if (!value) return;
      if ((CSV_COLUMNS.text as readonly string[]).includes(column)) entry[column] = value;
      else if ((CSV_COLUMNS.lists as readonly string[]).includes(column)) entry[column] = value.split('|').map((v) => v.trim()).filter(Boolean);
      else if ((CSV_COLUMNS.numbers as readonly string[]).includes(column)) {
        const n = Number(value);
        if (Number.isNaN(n)) bad ??= `${column}: "${value}" is not a number`;
        else entry[column] = n;
      }
    });
    yield bad ? { line: first, bad } : { line: first, entry };
  }
  if (record) yield { line: first, bad: 'a quoted field is never closed' };
}

/** Sitelinks of the most linked items (countries, big cities) are around 300; the prior grows with their log. */
const SITELINKS_FOR_PRIOR_1 = 300;

/** More Wikipedias writing about an item is the evidence that it is the one an ambiguous name means. */
export function priorFromSitelinks(sitelinks: number): number {
  const p = Math.log1p(sitelinks) / Math.log1p(SITELINKS_FOR_PRIOR_1);
  return Math.round(Math.min(1, Math.max(0.05, p)) * 1000) / 1000;
}

interface WikidataItem {
  id?: unknown;
  type?: unknown;
  labels?: { en?: { value?: unknown } };
  aliases?: { en?: { value?: unknown }[] };
  descriptions?: { en?: { value?: unknown } };
  claims?: { P31?: { mainsnak?: { datavalue?: { value?: { id?: unknown } } } }[] };
  sitelinks?: Record<string, unknown>;
}

/**
 * The Wikidata JSON dump (latest-all.json.gz): a JSON array written one entity a line, each line but the
 * last ending in a comma, between a "[" line and a "]" line. English label and aliases; type from P31.
 */
export async function* wikidataRows(lines: AsyncIterable<Line>, type: string | undefined): AsyncGenerator<Row> {
  for await (const [line, raw] of lines) {
    const text = raw.trim().replace(/,$/, '');
    if (!text || text === '[' || text === ']') continue;
    let item: WikidataItem;
    try {
      item = JSON.parse(text) as WikidataItem;
    } catch (error) {
      yield { line, bad: `not JSON (${(error as Error).message})` };
      continue;
    }
    if (typeof item.id !== 'string' || !/^Q[1-9][0-9]*$/.test(item.id)) {
      if (item.type === 'property' || item.type === 'lexeme') yield { line, outOfScope: 'not an item' };
      else yield { line, bad: 'no item id (Q…)' };
      continue;
    }
    const name = item.labels?.en?.value;
    if (typeof name !== 'string' || !name) { yield { line, outOfScope: 'no English label' }; continue; }
    const classes = (item.claims?.P31 ?? []).map((c) => c.mainsnak?.datavalue?.value?.id).filter((c): c is string => typeof c === 'string');
    const mapped = classes.map((c) => WIKIDATA_CLASSES[c]).find((t) => t !== undefined);
    if (!mapped) { yield { line, outOfScope: 'no instance-of (P31) class in the type table' }; continue; }
    if (type && mapped !== type) { yield { line, outOfScope: `not ${type}` }; continue; }
    const aliases = (item.aliases?.en ?? []).map((a) => a.value).filter((a): a is string => typeof a === 'string' && !!a);
    const description = item.descriptions?.en?.value;
    const entry: Record<string, unknown> = {
      // The QID keeps ids apart where labels are shared (Paris, France and Paris, Texas): gpe/paris-q90.
      id: `${name} ${item.id}`, type: mapped, name, aliases, wikidata: item.id,
      prior: priorFromSitelinks(Object.keys(item.sitelinks ?? {}).length),
    };
    if (typeof description === 'string' && description) entry.description = description;
    yield { line, entry };
  }
}
