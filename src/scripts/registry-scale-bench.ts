// The registry at scale: the shipped registry alone, then with 10k, 100k and 1M synthetic entries whose names
// appear in no article, over ~1,800 news articles (CoNLL dev articles repeated, read from ../shared at bench
// time). For each size: index build time, index load time and the memory it adds (one read, in a fresh
// process), a run's wall time and peak memory with N worker threads, and whether every output file is
// byte-identical to the run with the shipped registry alone (but for the fingerprint field, which records the
// registry's digest); then `registry validate` on the largest.
//   npm run bench:registry -- [--sizes 10000,100000,1000000] [--articles 1800] [--workers 1] [--rounds 2]
//                             [--also-workers 2] [--source ../shared/data/conll2003/testa]
// Run times are the fastest of the interleaved rounds; --also-workers runs the shipped and the largest
// registry once more with that many worker threads, to show the index is in memory once however many.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { mulberry32 } from '../ner/random.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = path.join(root, 'dist/cli.js');

const SYLLABLES = ['zor', 'vex', 'qua', 'kri', 'xan', 'vul', 'thax', 'quor', 'zin', 'ved', 'kex', 'yub', 'zan', 'gorv', 'pliq', 'drax',
  'vosk', 'quil', 'zeph', 'murx', 'tiv', 'oxa', 'jev', 'kaz', 'wuv', 'fyx', 'brek', 'sulq', 'nyx', 'hov', 'ilq', 'rakh'];
const FIRST_NAMES = ['John', 'Maria', 'David', 'Anna', 'Peter', 'Laura', 'Ahmed', 'Elena', 'James', 'Sara'];
const ORG_WORDS = ['Group', 'Holdings', 'Bank', 'Systems', 'Foundation', 'Partners', 'Motors', 'Institute'];

/** A word made of syllables that spells `n` (so every name is different), capitalised. */
function syntheticWord(n: number): string {
  let word = '';
  do {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Synthetic entries: companies, people (a real first name, a made-up surname) and places, none named in the articles. */
function writeSynthetic(file: string, count: number, articleWords: Set<string>): void {
  const random = mulberry32(14);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const word = syntheticWord(i + 1000);
    if (articleWords.has(word.toLowerCase())) throw new Error(`synthetic word ${word} occurs in the articles`);
    const kind = random();
    const entry = kind < 0.4
      ? { id: `org/synthetic-${i}`, type: 'ORG', name: `${word} ${ORG_WORDS[i % ORG_WORDS.length]}` }
      : kind < 0.8
        ? { id: `person/synthetic-${i}`, type: 'PERSON', name: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${word}` }
        : { id: `gpe/synthetic-${i}`, type: 'GPE', name: word, prior: Math.round((0.05 + random() * 0.9) * 1000) / 1000 };
    lines.push(JSON.stringify(entry));
  }
  fs.writeFileSync(file, lines.join('\n') + '\n');
}

/** Wall seconds and peak resident memory (MB) of a command, by GNU time. */
function timed(args: string[]): { seconds: number; peakMb: number; stdout: string } {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0 && run.status !== 2) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
  const [seconds, kb] = run.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  return { seconds, peakMb: kb / 1024, stdout: run.stdout };
}

/** Load time and memory of the index alone, in a fresh process (so nothing is cached). */
function measureLoad(registry: string): { seconds: number; addedMb: number } {
  const script = `
    const { loadRegistryIndex } = await import(${JSON.stringify(path.join(root, 'dist/registry/index-file.js'))});
    const before = process.memoryUsage().rss;
    const t0 = process.hrtime.bigint();
    const index = loadRegistryIndex(${JSON.stringify(registry)}, () => { throw new Error('the index was stale'); });
    index.folded.get('iran');
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    console.log(JSON.stringify({ seconds, addedMb: (process.memoryUsage().rss - before) / 1048576 }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
}

/** An output without its fingerprint, which records the registry's digest and so changes with it by design. */
function withoutFingerprint(file: string): string {
  return fs.readFileSync(file, 'utf8').replace(/"fingerprint": ?"[0-9a-f]+",/, '');
}

/** How many output files differ between two runs (a file missing from one counts). */
function differing(a: string, b: string): number {
  let differ = 0;
  for (const f of fs.readdirSync(a)) {
    if (!fs.existsSync(path.join(b, f)) || withoutFingerprint(path.join(a, f)) !== withoutFingerprint(path.join(b, f))) differ++;
  }
  return differ + Math.max(0, fs.readdirSync(b).length - fs.readdirSync(a).length);
}

/** Copies the shipped registry (its .jsonl files and titles) into a new folder. */
function copyShipped(dir: string): void {
  fs.mkdirSync(dir);
  for (const f of fs.readdirSync(path.join(root, 'registry'))) {
    if (f.endsWith('.jsonl') || f === 'titles.json') fs.copyFileSync(path.join(root, 'registry', f), path.join(dir, f));
  }
}

function main(): void {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000,1000000' },
      articles: { type: 'string', default: '1800' },
      workers: { type: 'string', default: '1' },
      rounds: { type: 'string', default: '2' },
      'also-workers': { type: 'string', default: '2' },
      source: { type: 'string', default: path.join(root, '../shared/data/conll2003/testa') },
    },
  });
  const sizes = [0, ...values.sizes.split(',').map(Number)];
  const largest = sizes[sizes.length - 1];
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-registry-bench-'));
  const articles = path.join(work, 'articles');
  fs.mkdirSync(articles);
  const sources = fs.readdirSync(values.source).filter((f) => f.endsWith('.txt')).sort();
  const articleWords = new Set<string>();
  for (let i = 0; i < Number(values.articles); i++) {
    const text = fs.readFileSync(path.join(values.source, sources[i % sources.length]), 'utf8');
    if (i < sources.length) for (const w of text.toLowerCase().split(/[^\p{L}]+/u)) articleWords.add(w);
    fs.writeFileSync(path.join(articles, `a${String(i).padStart(4, '0')}-${sources[i % sources.length]}`), text);
  }
  // Every run reads its registry from one path with one config, so that outputs (which carry the config's
  // hash) can be compared: each size's folder is renamed to that path for its runs.
  const registry = path.join(work, 'registry');
  const config = path.join(work, 'pipeline.config.json');
  const base = JSON.parse(fs.readFileSync(path.join(root, 'pipeline.config.json'), 'utf8'));
  fs.writeFileSync(config, JSON.stringify({ ...base, registry, model: path.join(root, base.model), log: { level: 'error', file: null } }));
  const variant = (size: number) => path.join(work, `registry-${size}`);
  const withRegistry = <T>(size: number, fn: () => T): T => {
    fs.renameSync(variant(size), registry);
    try {
      return fn();
    } finally {
      fs.renameSync(registry, variant(size));
    }
  };

  const built = new Map<number, { buildSeconds: number; indexMb: number; load: { seconds: number; addedMb: number } }>();
  for (const size of sizes) {
    copyShipped(variant(size));
    if (size) writeSynthetic(path.join(variant(size), 'synthetic.jsonl'), size, articleWords);
    built.set(size, withRegistry(size, () => {
      const build = timed([cli, 'registry', 'build', '--registry', registry]);
      return { buildSeconds: build.seconds, indexMb: fs.statSync(path.join(registry, '.index/registry.idx')).size / 1048576, load: measureLoad(registry) };
    }));
  }

  // Rounds interleave the sizes, so that a slow spell of a shared machine hits all of them; the fastest run counts.
  const runs = new Map<string, { seconds: number; peakMb: number; differ: number }>();
  const runOnce = (size: number, workers: string, round: number) => {
    const out = path.join(work, `out-${size}-${workers}-${round}`);
    const run = withRegistry(size, () => timed([cli, 'run', articles, '--out', out, '--config', config, '--workers', workers]));
    // Compared with the shipped registry's first run with as many workers.
    const reference = path.join(work, `out-0-${workers}-0`);
    const differ = differing(reference, out);
    if (out !== reference) fs.rmSync(out, { recursive: true, force: true });
    const key = `${size}/${workers}`;
    const best = runs.get(key);
    runs.set(key, { seconds: Math.min(best?.seconds ?? Infinity, run.seconds), peakMb: Math.max(best?.peakMb ?? 0, run.peakMb), differ: (best?.differ ?? 0) + differ });
  };
  for (let round = 0; round < Number(values.rounds); round++) for (const size of sizes) runOnce(size, values.workers, round);
  for (const size of [0, largest]) runOnce(size, values['also-workers'], 0);

  console.log(`${Number(values.articles)} articles from ${values.source}; fastest of ${values.rounds} interleaved runs with --workers ${values.workers}`);
  console.log('extra entries  build s  index MB  load s  load +MB  run s  ratio  peak MB  +MB  outputs');
  const row = (size: number, workers: string) => {
    const b = built.get(size)!;
    const r = runs.get(`${size}/${workers}`)!;
    const r0 = runs.get(`0/${workers}`)!;
    console.log([
      `${String(size).padStart(9)} w${workers}`, b.buildSeconds.toFixed(1).padStart(8), b.indexMb.toFixed(0).padStart(9),
      b.load.seconds.toFixed(2).padStart(7), b.load.addedMb.toFixed(0).padStart(9), r.seconds.toFixed(1).padStart(6),
      (r.seconds / r0.seconds).toFixed(2).padStart(6), r.peakMb.toFixed(0).padStart(8), (r.peakMb - r0.peakMb).toFixed(0).padStart(4),
      r.differ ? `${r.differ} differ` : 'identical',
    ].join('  '));
  };
  for (const size of sizes) row(size, values.workers);
  for (const size of [0, largest]) row(size, values['also-workers']);
  const validate = withRegistry(largest, () => timed([cli, 'registry', 'validate', '--registry', registry]));
  console.log(`registry validate with ${largest} extra entries: ${validate.seconds.toFixed(1)} s, peak ${validate.peakMb.toFixed(0)} MB: ${validate.stdout.trim().split('\n').pop()}`);
  fs.rmSync(work, { recursive: true, force: true });
}

main();
