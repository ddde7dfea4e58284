// Speed of resolve against another tree's, in one process, in rounds of whole passes over the articles
// for each side, the side that goes first alternating, so that the load of a shared machine falls on both
// alike. Whole passes rather than article by article: the process's CPU clock counts V8's helper threads
// (compiling, collecting garbage), whose work lands on whichever article is being timed, and an article
// takes half a millisecond; by article, rounds of two identical trees ranged 0.80-1.17x. Both sides read the
// same documents (this tree's tokens and candidates, recognized once), each with its own registry index and
// the name model's word lists.
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
import { againstTree, type Clock, moduleOf, preparing, showRatios, time } from './against-tree.js';

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

/** Passes a side makes in its turn: a turn of a third of a second or more, long beside a time slice of the machine. */
const PASSES_A_TURN = 3;

/** One round: a turn for each side, the first alternating by round; the other's time / this tree's. */
function passRound(docs: readonly Doc[], round: number, sides: readonly [(doc: Doc) => unknown, (doc: Doc) => unknown], clock: Clock): number {
  const t = [0, 0];
  for (const k of round % 2 ? [0, 1] : [1, 0]) t[k] = time(() => { for (let p = 0; p < PASSES_A_TURN; p++) docs.forEach(sides[k]); }, clock);
  return t[1] / t[0];
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
    const ratio = passRound(recognized, r, sides, clock);
    if (r >= 0) ratios.push(ratio);
  }
  console.log(`${texts.length} articles; resolve, ${tree} / this tree, median of ${ratios.length} rounds of ${PASSES_A_TURN} passes a side: ${showRatios(ratios)}`);
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
