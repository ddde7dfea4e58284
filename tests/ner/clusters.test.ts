// The word clusters of the name model: the map's lookups and format, k-means' determinism, and that
// the shipped map is the one `npm run train` builds from the word vectors.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WordClusters } from '../../src/ner/clusters.js';
import { hashString } from '../../src/ner/hash.js';
import { loadNerModel } from '../../src/ner/index.js';
import { clusterWords, defaultVectors, readWordVectors } from '../../src/ner/word-vectors.js';

describe('WordClusters', () => {
  const map = WordClusters.fromWords([3, 2], ['paris', 'lyon', 'said', 'corp', 'mr'], [0, 1, 4, 5, 2]);

  it('gives a word its leaf and the cluster of each level, and -1 for a word it has not', () => {
    expect(map.leafOf('lyon')).toBe(1);
    expect(map.clusterAt(map.leafOf('lyon'), 0)).toBe(0);
    expect(map.clusterAt(map.leafOf('corp'), 0)).toBe(2);
    expect(map.clusterAt(map.leafOf('corp'), 1)).toBe(5);
    expect(map.leafOf('qwzx')).toBe(-1);
    expect(map.leafOfHash(hashString('said'))).toBe(4);
  });

  it('looks an abbreviation up without its stops when it misses with them', () => {
    expect(map.leafOf('corp.')).toBe(5);
    expect(map.leafOf('m.r.')).toBe(2);
    expect(map.leafOf('.')).toBe(-1);
  });

  it('holds hashes, not words, and round-trips through its encoding', () => {
    const bytes = map.encode();
    expect(bytes.includes('paris')).toBe(false);
    const back = WordClusters.decode(bytes);
    expect(back.branching).toEqual([3, 2]);
    for (const w of ['paris', 'lyon', 'said', 'corp', 'mr', 'qwzx']) expect(back.leafOf(w)).toBe(map.leafOf(w));
    expect(() => WordClusters.decode(bytes.subarray(0, bytes.length - 1))).toThrow(/corrupt word clusters/);
  });
});

/** A wink-format embeddings file of two well-separated groups of words. */
function vectorsFile(): string {
  const words = ['north', 'south', 'east', 'west', 'red', 'green', 'blue', 'amber'];
  const vectors: Record<string, number[]> = {};
  words.forEach((w, i) => {
    const base = i < 4 ? [1, 0, 0] : [0, 0, 1];
    vectors[w] = [base[0] + 0.05 * i, 0.1 * (i % 3), base[2] - 0.02 * i, 1.5, i];
  });
  const file = join(mkdtempSync(join(tmpdir(), 'vectors-')), 'vectors.json');
  writeFileSync(file, JSON.stringify({ precision: 5, l2NormIndex: 3, wordIndex: 4, size: words.length, dimensions: 3, words, vectors }));
  return file;
}

describe('clusterWords', () => {
  it('separates distinct groups of words and gives the same map every time', () => {
    const wv = readWordVectors(vectorsFile(), 100);
    const options = { branching: [2, 2], iterations: 5, seed: 1 };
    const map = clusterWords(wv, options);
    const top = (w: string) => map.clusterAt(map.leafOf(w), 0);
    expect(new Set(['north', 'south', 'east', 'west'].map(top)).size).toBe(1);
    expect(new Set(['red', 'green', 'blue', 'amber'].map(top)).size).toBe(1);
    expect(top('north')).not.toBe(top('red'));
    expect(clusterWords(wv, options).encode().equals(map.encode())).toBe(true);
  });

  it('reads only the most frequent words asked for, and names what is wrong with a file', () => {
    expect(readWordVectors(vectorsFile(), 3).words).toEqual(['north', 'south', 'east']);
    const bad = join(mkdtempSync(join(tmpdir(), 'vectors-')), 'bad.json');
    writeFileSync(bad, JSON.stringify({ words: ['a'] }));
    expect(() => readWordVectors(bad, 10)).toThrow(/not a wink embeddings file/);
  });
});

describe('the shipped word clusters', () => {
  const model = loadNerModel();
  const record = model.training.clusters as { vectors: string; words: number; branching: number[]; iterations: number; seed: number };

  it('were built from the vectors package and options that npm run train uses', () => {
    expect(record.vectors).toBe(defaultVectors().source);
    expect(model.clusters.branching).toEqual(record.branching);
  });

  it('cover exactly the most frequent words of the vectors (k-means itself is checked by rebuilding the model: README)', () => {
    const { words } = readWordVectors(defaultVectors().path, record.words);
    const keys = new Set(words.map((w) => hashString(w) >>> 0));
    expect(model.clusters.keys.length).toBe(keys.size);
    expect(model.clusters.keys.every((k) => keys.has(k))).toBe(true);
  });

  it('put words used alike in one cluster and unknown words in none', () => {
    const { clusters } = model;
    expect(clusters.clusterAt(clusters.leafOf('lyon'), 1)).toBe(clusters.clusterAt(clusters.leafOf('nantes'), 1));
    expect(clusters.clusterAt(clusters.leafOf('monday'), 0)).toBe(clusters.clusterAt(clusters.leafOf('tuesday'), 0));
    expect(clusters.clusterAt(clusters.leafOf('monday'), 0)).not.toBe(clusters.clusterAt(clusters.leafOf('lyon'), 0));
    expect(clusters.leafOf('zzqxvw')).toBe(-1);
  });
});
