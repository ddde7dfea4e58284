// Speed of the rule recognizers (times, numbers, registry names) and of link against another tree's,
// in one process, interleaved article by article so that the load of a shared machine falls on both
// alike. Both sides read the same documents (this tree's tokens; for link, this tree's mentions after
// resolve), each with its own registry index. Ratios are the other tree's time / this tree's.
//
// Usage: node dist/scripts/bench-rules.js --tree OLD [--dir FOLDER] [--rounds N] [--clock wall|cpu]
import path from 'node:path';
import type { Candidate, Doc } from '../document.js';
import { linkMentions } from '../link/link-mentions.js';
import { recognizeNumbers } from '../numbers/index.js';
import type { RegistryIndex } from '../registry/alias-index.js';
import { loadRegistryIndex } from '../registry/index-file.js';
import { recognizeRegistryNames } from '../registry/recognize.js';
import { recognizeTimexes } from '../timex/index.js';
import { againstTree, interleavedRound, moduleOf, preparing, showRatios } from './against-tree.js';

const PARTS = ['times', 'numbers', 'registry', 'link'] as const;
type Part = (typeof PARTS)[number];

/** One tree's rule recognizers and link, each a function of one prepared document. */
type Side = Record<Part, (doc: Doc) => unknown>;

async function sideOf(tree: string | undefined): Promise<Side> {
  const timex = await moduleOf(tree, 'timex/index.js', { recognizeTimexes });
  const numbers = await moduleOf(tree, 'numbers/index.js', { recognizeNumbers });
  const registry = await moduleOf(tree, 'registry/recognize.js', { recognizeRegistryNames });
  const link = await moduleOf(tree, 'link/link-mentions.js', { linkMentions });
  const files = await moduleOf(tree, 'registry/index-file.js', { loadRegistryIndex });
  const index: RegistryIndex = files.loadRegistryIndex(path.resolve(tree ?? '.', 'registry'));
  return {
    times: (doc) => timex.recognizeTimexes(doc),
    numbers: (doc) => numbers.recognizeNumbers(doc),
    registry: (doc) => registry.recognizeRegistryNames(doc, index) as Candidate[],
    link: (doc) => link.linkMentions(doc, index),
  };
}

async function main(): Promise<void> {
  const { tree, texts, rounds, clock } = againstTree('bench-rules');
  const sides = [await sideOf(undefined), await sideOf(tree)];
  // The documents as each part reads them: tokenized, and after resolve for link.
  const { prepare, more } = preparing();
  const tokenized = texts.map((text, i) => prepare(text, i, ['tokenize']));
  const resolved = tokenized.map((doc) => more(doc, ['recognize', 'resolve']));
  const ratios = Object.fromEntries(PARTS.map((p) => [p, [] as number[]])) as Record<Part, number[]>;
  // Round -1 warms both up.
  for (let r = -1; r < rounds; r++) {
    for (const part of PARTS) {
      const ratio = interleavedRound(part === 'link' ? resolved : tokenized, r, [sides[0][part], sides[1][part]], clock);
      if (r >= 0) ratios[part].push(ratio);
    }
  }
  console.log(`${texts.length} articles; ${tree} / this tree, median of ${ratios.link.length} interleaved rounds:`);
  for (const part of PARTS) console.log(`  ${part.padEnd(9)} ${showRatios(ratios[part])}`);
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
