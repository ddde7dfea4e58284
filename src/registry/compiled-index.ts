// The registry index as one binary file: compiled once from the registry, read with one read into a
// SharedArrayBuffer, and answered from there by every worker thread without turning it back into objects.
//
// Layout (little-endian):
//   "GZREGIX6"                  magic and format version (4: an alias with a figure is matched in any case, "Cop27";
//                               5: a person's name written family name first gives no surname, "Saito Ken"; 6: a name
//                               with umlauts is keyed as spelt out too, "Oezdemir")
//   u32 H, then H bytes         header, UTF-8 JSON (IndexHeader), padded to 4 bytes
//   u32 S                       number of slots (a power of two)
//   S × (u32 key, u32 value)    open-addressing hash table: offsets into the heap, key 0 = empty slot
//   u32 B, then 2^B / 32 × u32  a filter of 2^B bits: bit (hash >>> (32 - B)) set for every key
//   heap                        records: u32 byte length, then UTF-8 bytes
// Every key is a one-letter table name and the normalised key ("fparis": folded alias "paris"); its value is
// the JSON of what a Map in alias-index.ts would hold. A lookup hashes the key and probes a few slots:
// its cost does not depend on how many entries the registry has. Most lookups are of keys the index
// does not hold (an article's ordinary words): the filter, far smaller than the table, answers most
// of them without reading the table or the heap.
import { wordPrefixes, type AliasHit, type BuiltRegistryIndex, type Lookup, type RegistryIndex } from './alias-index.js';
import type { RegistryEntry } from './schema.js';

const MAGIC = 'GZREGIX6';

/** What the file says about itself, and the small tables kept whole (titles). */
export interface IndexHeader {
  /** The registry content the index was compiled from (registryFingerprint). */
  fingerprint: string;
  /** Each registry file's name, size and modification time, to notice a change without reading the files. */
  files: { name: string; size: number; mtimeMs: number }[];
  entries: number;
  maxWords: number;
  maxTitleWords: number;
  titles: string[];
  titleStarts: string[];
}

/** Table names, the first letter of every key. */
const TABLE = { entries: 'e', exact: 'x', folded: 'f', surnames: 's', prefixes: 'p', children: 'c' } as const;

/** At most this full, so that probes stay short. */
const LOAD = 0.6;

/** Filter bits per key, at least: one probe of a filter this sparse says "maybe" for about one absent key in 20. */
const FILTER_BITS_PER_KEY = 16;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the key's bytes, then a final mix so that linear probing spreads well. */
function hashBytes(bytes: Uint8Array, length: number): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < length; i++) h = Math.imul(h ^ bytes[i], FNV_PRIME);
  return finish(h);
}

/** hashBytes's final mix. */
function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Every key of the index with its value (the JSON a Map of alias-index.ts holds; '' for prefixes). */
function* records(index: BuiltRegistryIndex): Generator<[string, string]> {
  for (const [id, entry] of index.entries) yield [TABLE.entries + id, JSON.stringify(entry)];
  for (const [key, hits] of index.exact) yield [TABLE.exact + key, JSON.stringify(hits)];
  for (const [key, hits] of index.folded) yield [TABLE.folded + key, JSON.stringify(hits)];
  for (const [key, hits] of index.surnames) yield [TABLE.surnames + key, JSON.stringify(hits)];
  for (const key of index.prefixes) yield [TABLE.prefixes + key, ''];
  for (const [id, children] of index.children) yield [TABLE.children + id, JSON.stringify(children)];
}

/**
 * Compiles an in-memory index to the file's bytes; the same index gives the same bytes. Two passes over the
 * index (sizes, then bytes) rather than a list of all records, so that a million entries fit in memory.
 */
export function compileRegistryIndex(index: BuiltRegistryIndex, meta: Pick<IndexHeader, 'fingerprint' | 'files'>): Buffer {
  const header: IndexHeader = {
    ...meta, entries: index.entries.size, maxWords: index.maxWords, maxTitleWords: index.maxTitleWords,
    titles: [...index.titles], titleStarts: [...index.titleStarts],
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const headerEnd = align4(MAGIC.length + 4 + headerBytes.length);
  // Offset 0 of the heap is the empty record every prefix shares, so that a key offset is never 0.
  let count = 0;
  let heapLength = 4;
  for (const [key, value] of records(index)) {
    count++;
    heapLength += 4 + Buffer.byteLength(key) + (value ? 4 + Buffer.byteLength(value) : 0);
  }
  if (heapLength > 0xffffffff) throw new Error('the registry is too large for one index file (over 4 GB of keys and entries)');
  let slots = 1;
  while (slots * LOAD < count) slots *= 2;
  let filterLog = 10;
  while (2 ** filterLog < count * FILTER_BITS_PER_KEY && filterLog < 32) filterLog++;
  const tableStart = headerEnd + 4;
  const filterStart = tableStart + slots * 8 + 4;
  const heapStart = filterStart + 2 ** filterLog / 8;

  const out = Buffer.alloc(heapStart + heapLength);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerBytes.length, MAGIC.length);
  headerBytes.copy(out, MAGIC.length + 4);
  out.writeUInt32LE(slots, headerEnd);
  const table = new Uint32Array(out.buffer, out.byteOffset + tableStart, slots * 2);
  out.writeUInt32LE(filterLog, filterStart - 4);
  const filter = new Uint32Array(out.buffer, out.byteOffset + filterStart, 2 ** filterLog / 32);
  const heap = out.subarray(heapStart);
  let at = 4;
  const put = (text: string): number => {
    const start = at;
    const length = heap.write(text, start + 4, 'utf8');
    heap.writeUInt32LE(length, start);
    at += 4 + length;
    return start;
  };
  for (const [key, value] of records(index)) {
    const keyAt = put(key);
    const valueAt = value ? put(value) : 0;
    const keyBytes = heap.subarray(keyAt + 4, keyAt + 4 + heap.readUInt32LE(keyAt));
    const hash = hashBytes(keyBytes, keyBytes.length);
    const bit = hash >>> (32 - filterLog);
    filter[bit >>> 5] |= 1 << (bit & 31);
    let slot = hash & (slots - 1);
    while (table[slot * 2] !== 0) slot = (slot + 1) & (slots - 1);
    table[slot * 2] = keyAt;
    table[slot * 2 + 1] = valueAt;
  }
  return out;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/** The header of an index file's first bytes, or undefined when they are not one (another format, truncated). */
export function parseIndexHeader(bytes: Uint8Array): IndexHeader | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < MAGIC.length + 4 || buf.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const length = buf.readUInt32LE(MAGIC.length);
  if (buf.length < MAGIC.length + 4 + length) return undefined;
  try {
    return JSON.parse(buf.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + length)) as IndexHeader;
  } catch {
    return undefined;
  }
}

/** Bytes needed to read the header: its length is in the first 12. */
export function headerLength(first12: Uint8Array): number {
  return MAGIC.length + 4 + Buffer.from(first12.buffer, first12.byteOffset, 12).readUInt32LE(MAGIC.length);
}

/** Parsed values looked up most often (the entries and aliases an article names), and as many keys a table lacks, kept per thread. */
const CACHE_SIZE = 4096;

export interface CompiledIndex extends RegistryIndex {
  header: IndexHeader;
}

/** Answers lookups from the compiled bytes (which may live in a SharedArrayBuffer that other threads read too). */
export function openCompiledIndex(bytes: Uint8Array): CompiledIndex {
  const header = parseIndexHeader(bytes);
  if (!header) throw new Error('not a gazette registry index (or written by another version)');
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerEnd = align4(MAGIC.length + 4 + buf.readUInt32LE(MAGIC.length));
  const slots = buf.readUInt32LE(headerEnd);
  const table = new Uint32Array(bytes.buffer, bytes.byteOffset + headerEnd + 4, slots * 2);
  const filterStart = headerEnd + 4 + slots * 8 + 4;
  const filterLog = buf.readUInt32LE(filterStart - 4);
  const filter = new Uint32Array(bytes.buffer, bytes.byteOffset + filterStart, 2 ** filterLog / 32);
  const heap = buf.subarray(filterStart + 2 ** filterLog / 8);
  const encoder = new TextEncoder();
  let scratch = new Uint8Array(256);
  /** hashBytes of the bytes `encode` wrote last. */
  let hash = 0;

  /** The key's UTF-8 bytes in `scratch`, after its table's letter (`name`), and their hash; returns their length. */
  const encode = (name: string, key: string): number => {
    if (scratch.length < key.length * 3 + 1) scratch = new Uint8Array(key.length * 3 + 1);
    scratch[0] = name.charCodeAt(0);
    let h = Math.imul(FNV_OFFSET ^ scratch[0], FNV_PRIME);
    // most keys are ASCII, whose bytes are their char codes: no call into the encoder, and hashed as they are written
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      if (code >= 0x80) {
        const length = encoder.encodeInto(name + key, scratch).written;
        hash = hashBytes(scratch, length);
        return length;
      }
      scratch[i + 1] = code;
      h = Math.imul(h ^ code, FNV_PRIME);
    }
    hash = finish(h);
    return key.length + 1;
  };

  /** The heap offset of the key's value in table `name`, 0 for an empty value, -1 when the key is absent. */
  const find = (name: string, key: string): number => {
    const length = encode(name, key);
    const bit = hash >>> (32 - filterLog);
    if (!(filter[bit >>> 5] & (1 << (bit & 31)))) return -1;
    let slot = hash & (slots - 1);
    for (;;) {
      const keyAt = table[slot * 2];
      if (keyAt === 0) return -1;
      if (heap.readUInt32LE(keyAt) === length) {
        let same = true;
        for (let i = 0; i < length; i++) if (heap[keyAt + 4 + i] !== scratch[i]) { same = false; break; }
        if (same) return table[slot * 2 + 1];
      }
      slot = (slot + 1) & (slots - 1);
    }
  };

  /**
   * Lookups of one table, keeping parsed values by key, and the keys the table lacks: articles ask again and
   * again of the same names and ids (link asks of its nil: ids whether they are entries), and a kept answer
   * saves hashing the key and probing the table, most often a miss in the processor's cache. Over eng.testa's
   * articles read once, this spares two probes of the folded aliases in three.
   */
  const lookup = <T>(name: string): Lookup<T> => {
    let cache = new Map<string, T>();
    let absent = new Set<string>();
    const parsed = (at: number, key: string): T => {
      const value = JSON.parse(heap.toString('utf8', at + 4, at + 4 + heap.readUInt32LE(at))) as T;
      if (cache.size >= CACHE_SIZE) cache = new Map();
      cache.set(key, value);
      return value;
    };
    /** find, keeping a key the table lacks as such. */
    const findKept = (key: string): number => {
      if (absent.has(key)) return -1;
      const at = find(name, key);
      if (at < 0) {
        if (absent.size >= CACHE_SIZE) absent = new Set();
        absent.add(key);
      }
      return at;
    };
    return {
      has: (key) => cache.has(key) || findKept(key) >= 0,
      get: (key) => {
        const cached = cache.get(key);
        if (cached !== undefined) return cached;
        const at = findKept(key);
        return at > 0 ? parsed(at, key) : undefined;
      },
    };
  };

  return {
    header,
    entries: lookup<RegistryEntry>(TABLE.entries),
    exact: lookup<AliasHit[]>(TABLE.exact),
    folded: lookup<AliasHit[]>(TABLE.folded),
    surnames: lookup<AliasHit[]>(TABLE.surnames),
    prefixes: { has: (key) => find(TABLE.prefixes, key) >= 0 },
    children: lookup<string[]>(TABLE.children),
    maxWords: header.maxWords,
    titles: new Set(header.titles),
    maxTitleWords: header.maxTitleWords,
    titleStarts: new Set(header.titleStarts),
    titlePrefixes: wordPrefixes(header.titles),
  };
}
