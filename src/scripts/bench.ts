// Throughput on the CoNLL dev articles, in tokens per second on one core: the name recogniser (or any
// pipeline function plugged into benchPipeline) against compromise's full parse of the same texts.
// node dist/scripts/bench.js [testa folder] [--rounds N]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import type { Doc } from '../document.js';
import { loadNerModel, recognizeNames } from '../ner/index.js';
import { tokenize } from '../stages/tokenize.js';

/** Tokens per second of `fn` over `texts`, after one warm-up pass; `tokens` is the total token count. */
export function tokensPerSecond(texts: readonly string[], tokens: number, fn: (text: string) => unknown, rounds: number): number {
  for (const t of texts) fn(t);
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) fn(t);
  return (tokens * rounds) / ((performance.now() - t0) / 1000);
}

export interface BenchResult {
  tokens: number;
  pipeline: number;
  compromise: number;
}

/** Time `pipeline` and compromise's `nlp(text).json()` over the same texts in this run. */
export function benchPipeline(texts: readonly string[], pipeline: (text: string) => unknown, rounds = 3): BenchResult {
  const tokens = texts.reduce((sum, t) => sum + tokenize(t).tokens.length, 0);
  return {
    tokens,
    pipeline: tokensPerSecond(texts, tokens, pipeline, rounds),
    compromise: tokensPerSecond(texts, tokens, (t) => nlp(t).json(), 1),
  };
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string', default: '3' } } });
  const dir = positionals[0] ?? '../shared/data/conll2003/testa';
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const model = loadNerModel();
  const rounds = Number(values.rounds);
  const tokenizeOnly = (text: string) => tokenize(text);
  const tagOnlyDocs = texts.map((text) => ({ text, ...tokenize(text) }) as Doc);
  const result = benchPipeline(texts, (text) => recognizeNames({ text, ...tokenize(text) } as Doc, model), rounds);
  const tokenizeRate = tokensPerSecond(texts, result.tokens, tokenizeOnly, rounds);
  let next = 0;
  const tagRate = tokensPerSecond(texts, result.tokens, () => recognizeNames(tagOnlyDocs[next++ % tagOnlyDocs.length], model), rounds);
  const k = (x: number) => `${Math.round(x / 1000)}k tokens/s`;
  console.log(`${texts.length} articles, ${result.tokens} tokens, ${rounds} rounds`);
  console.log(`tokenize + recognizeNames: ${k(result.pipeline)}`);
  console.log(`  tokenize (wink-nlp) only:  ${k(tokenizeRate)}`);
  console.log(`  recognizeNames only:       ${k(tagRate)}`);
  console.log(`compromise nlp(text).json(): ${k(result.compromise)}`);
  console.log(`ratio: ${(result.pipeline / result.compromise).toFixed(1)}x compromise`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
