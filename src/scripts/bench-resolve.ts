// Speed of resolve against another tree's, in one process, interleaved article by article so that the
// load of a shared machine falls on both alike. Both sides read the same documents (this tree's tokens
// and candidates, recognized once), each with its own registry index and the name model's word lists.
// Ratios are the other tree's time / this tree's.
//
// Usage: node dist/scripts/bench-resolve.js --tree OLD [--dir FOLDER] [--rounds N] [--clock wall|cpu]
import path from 'node:path';
import type { Doc } from '../document.js';
import type { RegistryIndex } from '../registry/alias-index.js';
import { loadRegistryIndex } from '../registry/index-file.js';
import { resolveMentions } from '../stages/resolve.js';
import { againstTree, interleavedRound, moduleOf, preparing, showRatios } from './against-tree.js';

async function sideOf(tree: string | undefined, isNameWord: (word: string) => boolean): Promise<(doc: Doc) => unknown> {
  const resolve = await moduleOf(tree, 'stages/resolve.js', { resolveMentions });
  const files = await moduleOf(tree, 'registry/index-file.js', { loadRegistryIndex });
  const index: RegistryIndex = files.loadRegistryIndex(path.resolve(tree ?? '.', 'registry'));
  return (doc) => resolve.resolveMentions(doc.text, doc.tokens, doc.candidates, index, isNameWord);
}

async function main(): Promise<void> {
  const { tree, texts, rounds, clock } = againstTree('bench-resolve');
  const { resources, prepare } = preparing();
  const isNameWord = (word: string) => resources.model.isNameWord(word);
  const sides = [await sideOf(undefined, isNameWord), await sideOf(tree, isNameWord)] as const;
  const recognized = texts.map((text, i) => prepare(text, i, ['tokenize', 'recognize']));
  const ratios: number[] = [];
  // Round -1 warms both up.
  for (let r = -1; r < rounds; r++) {
    const ratio = interleavedRound(recognized, r, sides, clock);
    if (r >= 0) ratios.push(ratio);
  }
  console.log(`${texts.length} articles; resolve, ${tree} / this tree, median of ${ratios.length} interleaved rounds: ${showRatios(ratios)}`);
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
