// Speed of resolve against another tree's, in one process, interleaved article by article so that the
// load of a shared machine falls on both alike. Both sides read the same documents (this tree's tokens
// and candidates, recognized once), each with its own registry index and the name model's word lists.
// The documents are made in a worker thread: made here, they would teach V8 this tree's shared modules
// (registry lookups, text helpers) the recognizers' shapes and calls, which the other tree's copies never
// see, and this tree's resolve ran the slower for it (identical trees measured 0.96x).
// Ratios are the other tree's time / this tree's.
//
// Usage: node dist/scripts/bench-resolve.js --tree OLD [--dir FOLDER] [--rounds N] [--clock wall|cpu]
import path from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { loadConfig } from '../config.js';
import type { Doc } from '../document.js';
import type { RegistryIndex } from '../registry/alias-index.js';
import { loadRegistryIndex } from '../registry/index-file.js';
import { loadResources } from '../resources.js';
import { resolveMentions } from '../stages/resolve.js';
import { againstTree, interleavedRound, moduleOf, preparing, showRatios } from './against-tree.js';

async function sideOf(tree: string | undefined, isNameWord: (word: string) => boolean): Promise<(doc: Doc) => unknown> {
  const resolve = await moduleOf(tree, 'stages/resolve.js', { resolveMentions });
  const files = await moduleOf(tree, 'registry/index-file.js', { loadRegistryIndex });
  const index: RegistryIndex = files.loadRegistryIndex(path.resolve(tree ?? '.', 'registry'));
  return (doc) => resolve.resolveMentions(doc.text, doc.tokens, doc.candidates, index, isNameWord);
}

/** This tree's documents after tokenize and recognize, made in a worker thread (see above). */
function recognizedElsewhere(texts: string[]): Promise<Doc[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: texts });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

async function main(): Promise<void> {
  const { tree, texts, rounds, clock } = againstTree('bench-resolve');
  // Only the name model here: its word lists answer both sides alike.
  const { model } = loadResources(loadConfig('pipeline.config.json'), new Set(['model']));
  const isNameWord = (word: string) => model.isNameWord(word);
  const sides = [await sideOf(undefined, isNameWord), await sideOf(tree, isNameWord)] as const;
  const recognized = await recognizedElsewhere(texts);
  const ratios: number[] = [];
  // Round -1 warms both up.
  for (let r = -1; r < rounds; r++) {
    const ratio = interleavedRound(recognized, r, sides, clock);
    if (r >= 0) ratios.push(ratio);
  }
  console.log(`${texts.length} articles; resolve, ${tree} / this tree, median of ${ratios.length} interleaved rounds: ${showRatios(ratios)}`);
}

if (isMainThread) {
  main().catch((e: Error) => {
    console.error(e.message);
    process.exit(1);
  });
} else {
  const { prepare } = preparing();
  parentPort!.postMessage((workerData as string[]).map((text, i) => prepare(text, i, ['tokenize', 'recognize'])));
}
