// The trained name tagger as it ships: tag set, gazetteer lists, word clusters and a pruned, quantised
// weight table, stored as gzip(header and key lengths, JSON header, delta-coded feature keys, int16
// weights, word clusters).
import { gunzipSync, gzipSync } from 'node:zlib';
import { WordClusters } from './clusters.js';
import { WordCache } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { Tagger } from './scores.js';
import { makeTagSet, type Scheme, type TagSet } from './tags.js';
import { decodeDeltas, encodeDeltas } from './varint.js';
import type { Weights } from './decode.js';

const FORMAT = 'gazette-ner/2';

interface ModelHeader {
  format: string;
  scheme: Scheme;
  /** Gazetteer list names and their phrases (tokens joined by single spaces). */
  gazetteer: { names: string[]; phrases: string[][] };
  rows: number;
  scale: number;
  /** How the model was trained, for the record. */
  training: Record<string, unknown>;
}

/**
 * Open-addressing table from feature hash to row; a miss costs one or two probes. Each slot holds
 * its key and its row side by side, so a probe reads one cache line (the table is larger than the
 * caches), and a bit set of the keys' low bits, small enough to stay in a cache, answers most
 * features the model does not have (four word pairs in five) without a probe.
 */
class FeatureTable implements Weights {
  /** slot s: key at 2s, row at 2s + 1 (-1 when empty). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Bit (key & FILTER_MASK) is set for every key. */
  private readonly filter = new Int32Array((FILTER_MASK + 1) / 32);

  constructor(
    sortedKeys: Int32Array,
    readonly w: Float32Array,
  ) {
    let size = 1;
    while (size < sortedKeys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(2 * size).fill(-1);
    for (let r = 0; r < sortedKeys.length; r++) {
      let s = sortedKeys[r] & this.mask;
      while (this.slots[2 * s + 1] >= 0) s = (s + 1) & this.mask;
      this.slots[2 * s] = sortedKeys[r];
      this.slots[2 * s + 1] = r;
      this.filter[(sortedKeys[r] & FILTER_MASK) >>> 5] |= 1 << (sortedKeys[r] & 31);
    }
  }

  rowOf(hash: number): number {
    if (!(this.filter[(hash & FILTER_MASK) >>> 5] & (1 << (hash & 31)))) return -1;
    let s = hash & this.mask;
    for (;;) {
      const r = this.slots[2 * s + 1];
      if (r < 0 || this.slots[2 * s] === hash) return r;
      s = (s + 1) & this.mask;
    }
  }
}

/** 2^20 bits (128 kB): about one false "maybe" in ten for the shipped model's 111,000 keys. */
const FILTER_MASK = (1 << 20) - 1;

export class NerModel {
  readonly tagSet: TagSet;
  readonly gazetteer: Gazetteer;
  /** Word-level features cached across documents. */
  readonly words: WordCache;
  readonly tagger: Tagger;
  /** How the model was trained (the file's record). */
  readonly training: Record<string, unknown>;
  /** Bits of the name lists of people's given names and name words (compromise's first names, eng.train's people). */
  private readonly givenNameLists: number;
  /** The bit of the list of given names alone. */
  private readonly firstNameList: number;

  constructor(
    header: ModelHeader,
    readonly weights: FeatureTable,
    readonly clusters: WordClusters,
  ) {
    this.words = new WordCache(clusters);
    this.training = header.training;
    this.tagSet = makeTagSet(header.scheme);
    this.tagger = new Tagger(weights, this.tagSet, clusters.levels);
    this.gazetteer = new Gazetteer(header.gazetteer.names.length, header.gazetteer.phrases.reduce((n, phrases) => n + phrases.length, 0));
    header.gazetteer.phrases.forEach((phrases, list) => {
      for (const p of phrases) this.gazetteer.add(list, p.split(' '));
    });
    this.givenNameLists = GIVEN_NAME_LISTS.reduce((mask, name) => {
      const list = header.gazetteer.names.indexOf(name);
      return list < 0 ? mask : mask | (1 << list);
    }, 0);
    const first = header.gazetteer.names.indexOf(FIRST_NAME_LIST);
    this.firstNameList = first < 0 ? 0 : 1 << first;
  }

  /** Whether a word is on a list of people's given names or name words the model was trained with. */
  isNameWord(word: string): boolean {
    return (this.gazetteer.listsOf([word]) & this.givenNameLists) !== 0;
  }

  /** Whether a word is on the list of given names ("Nathan", "Gloria"). */
  isGivenName(word: string): boolean {
    return (this.gazetteer.listsOf([word]) & this.firstNameList) !== 0;
  }
}

/** The gazetteer lists of given names and of words of people's names in the training data (train.ts builds them). */
export const FIRST_NAME_LIST = 'lex:first-name';
export const PERSON_WORD_LIST = 'train:PER-word';
/** The lists whose words are people's names. */
const GIVEN_NAME_LISTS = [FIRST_NAME_LIST, PERSON_WORD_LIST];

/** Serialise: keys sorted and delta-coded as varints, weights quantised to int16 with one scale. */
export function encodeModel(header: Omit<ModelHeader, 'rows' | 'scale' | 'format'>, keys: Int32Array, w: Float32Array, classes: number, clusters: WordClusters): Buffer {
  const order = Array.from(keys.keys()).sort((a, b) => (keys[a] >>> 0) - (keys[b] >>> 0));
  let maxAbs = 0;
  for (let i = 0; i < w.length; i++) maxAbs = Math.max(maxAbs, Math.abs(w[i]));
  const scale = maxAbs / 32767 || 1;
  const full: ModelHeader = { format: FORMAT, ...header, rows: keys.length, scale };
  const head = Buffer.from(JSON.stringify(full));
  const varints = encodeDeltas(order.map((r) => keys[r] >>> 0));
  // class-major so runs of zeros and similar magnitudes sit together for gzip
  const q = new Int16Array(keys.length * classes);
  for (let c = 0; c < classes; c++) {
    for (let k = 0; k < order.length; k++) q[c * order.length + k] = Math.round(w[order[k] * classes + c] / scale);
  }
  const len = Buffer.alloc(8);
  len.writeUInt32LE(head.length, 0);
  len.writeUInt32LE(varints.length, 4);
  return gzipSync(Buffer.concat([len, head, varints, Buffer.from(q.buffer, q.byteOffset, q.byteLength), clusters.encode()]), { level: 9 });
}

export function decodeModel(gz: Buffer): NerModel {
  const buf = gunzipSync(gz);
  const headLen = buf.readUInt32LE(0);
  const varLen = buf.readUInt32LE(4);
  const header = JSON.parse(buf.subarray(8, 8 + headLen).toString('utf8')) as ModelHeader;
  if (header.format !== FORMAT) throw new Error(`format ${header.format}, not ${FORMAT}: npm run train rebuilds it`);
  const classes = makeTagSet(header.scheme).names.length;
  const { keys: unsigned, end: p } = decodeDeltas(buf, 8 + headLen, header.rows);
  // The features' hashes are signed 32-bit numbers: the same bits.
  const keys = new Int32Array(unsigned.buffer);
  if (p !== 8 + headLen + varLen) throw new Error('corrupt NER model keys');
  const qEnd = p + header.rows * classes * 2;
  const qBytes = buf.subarray(p, qEnd);
  const q = new Int16Array(qBytes.buffer.slice(qBytes.byteOffset, qBytes.byteOffset + qBytes.byteLength));
  const w = new Float32Array(header.rows * classes);
  for (let c = 0; c < classes; c++) for (let r = 0; r < header.rows; r++) w[r * classes + c] = q[c * header.rows + r] * header.scale;
  return new NerModel(header, new FeatureTable(keys, w), WordClusters.decode(buf.subarray(qEnd)));
}
