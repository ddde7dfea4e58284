// The registry at scale: the shipped registry alone, then with 10k, 100k and 1M synthetic entries whose names
// appear in no article, over ~1,800 news articles (CoNLL dev articles repeated, read from ../shared at bench
// time). For each size: index build time, index load time and the memory it adds (one read, in a fresh
// process), a run's wall time and peak memory with N worker threads, and whether every output file is
// byte-identical to the run with the shipped registry alone (but for the fingerprint field, which records the
// registry's digest); then `registry validate` on the largest.
//   npm run bench:registry -- [--sizes 10000,100000,1000000] [--articles 1800] [--workers 1]
//                             [--source ../shared/data/conll2003/testa]
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = path.join(root, 'dist/cli.js');

/** A seeded generator, so that every bench builds the same registries. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
  return fs.readFileSync(file, 'utf8').replace(/^ "fingerprint": "[0-9a-f]+",\n/m, '');
}

/** How many output files differ between two runs (a file missing from one counts). */
function differing(a: string, b: string): number {
  let differ = 0;
  for (const f of fs.readdirSync(a)) {
    if (!fs.existsSync(path.join(b, f)) || withoutFingerprint(path.join(a, f)) !== withoutFingerprint(path.join(b, f))) differ++;
  }
  return differ + Math.max(0, fs.readdirSync(b).length - fs.readdirSync(a).length);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10000,100000,1000000' },
      articles: { type: 'string', default: '1800' },
      workers: { type: 'string', default: '1' },
      source: { type: 'string', default: path.join(root, '../shared/data/conll2003/testa') },
    },
  });
  const sizes = values.sizes.split(',').map(Number);
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
  // One registry folder and one config for every size, so that outputs (which carry the config's hash) can be compared.
  const registry = path.join(work, 'registry');
  fs.mkdirSync(registry);
  for (const f of fs.readdirSync(path.join(root, 'registry'))) {
    if (f.endsWith('.jsonl') || f === 'titles.json') fs.copyFileSync(path.join(root, 'registry', f), path.join(registry, f));
  }
  const config = path.join(work, 'pipeline.config.json');
  const base = JSON.parse(fs.readFileSync(path.join(root, 'pipeline.config.json'), 'utf8'));
  fs.writeFileSync(config, JSON.stringify({ ...base, registry, model: path.join(root, base.model), log: { level: 'error', file: null } }));

  console.log(`${Number(values.articles)} articles from ${values.source}, --workers ${values.workers}, in ${work}`);
  console.log('extra entries  build s  index MB  load s  load +MB  run s  ratio  peak MB  +MB  outputs');
  let baseline: { seconds: number; peakMb: number } | undefined;
  for (const size of [0, ...sizes]) {
    if (size) writeSynthetic(path.join(registry, 'synthetic.jsonl'), size, articleWords);
    const build = timed([cli, 'registry', 'build', '--registry', registry]);
    const indexMb = fs.statSync(path.join(registry, '.index/registry.idx')).size / 1048576;
    const load = measureLoad(registry);
    const out = path.join(work, `out-${size}`);
    const run = timed([cli, 'run', articles, '--out', out, '--config', config, '--workers', values.workers]);
    baseline ??= run;
    const differ = differing(path.join(work, 'out-0'), out);
    console.log([
      String(size).padStart(13), build.seconds.toFixed(1).padStart(8), indexMb.toFixed(0).padStart(9),
      load.seconds.toFixed(2).padStart(7), load.addedMb.toFixed(0).padStart(9), run.seconds.toFixed(1).padStart(6),
      (run.seconds / baseline.seconds).toFixed(2).padStart(6), run.peakMb.toFixed(0).padStart(8),
      (run.peakMb - baseline.peakMb).toFixed(0).padStart(4), differ ? `${differ} differ` : 'identical',
    ].join('  '));
  }
  const validate = timed([cli, 'registry', 'validate', '--registry', registry]);
  console.log(`registry validate on ${sizes[sizes.length - 1]} extra entries: ${validate.seconds.toFixed(1)} s, peak ${validate.peakMb.toFixed(0)} MB: ${validate.stdout.trim().split('\n').pop()}`);
  fs.rmSync(work, { recursive: true, force: true });
}

main();
