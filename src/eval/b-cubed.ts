// Linking scores as ../shared/ANNOTATION.md defines them: B-cubed precision, recall and F1 over
// mentions that have a gold entity key and maybe a predicted id, and the gold entities resolved
// exactly (all their mentions carry one id that no other entity's mentions carry).
export interface LinkPair {
  gold: string;
  predicted?: string;
}

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
  exact: string[];
  inexact: string[];
}

export function bCubed(pairs: readonly LinkPair[]): BCubed {
  // Sizes of the gold and the predicted clusters and of their overlaps, counted once: the scores are ratios of
  // these (reading each mention's whole cluster grew with the square of a cluster, and a corpus's commonest
  // entity has tens of thousands of mentions).
  const goldSize = new Map<string, number>();
  const predictedSize = new Map<string, number>();
  const both = new Map<string, number>();
  const joint = (gold: string, predicted: string) => `${gold}\u0000${predicted}`;
  const idsOf = new Map<string, Set<string | undefined>>();
  const add = (counts: Map<string, number>, k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const { gold, predicted } of pairs) {
    add(goldSize, gold);
    if (!idsOf.has(gold)) idsOf.set(gold, new Set());
    idsOf.get(gold)!.add(predicted);
    if (!predicted) continue;
    add(predictedSize, predicted);
    add(both, joint(gold, predicted));
  }
  let p = 0, r = 0;
  for (const { gold, predicted } of pairs) {
    if (!predicted) continue;
    const shared = both.get(joint(gold, predicted))!;
    p += shared / predictedSize.get(predicted)!;
    r += shared / goldSize.get(gold)!;
  }
  const precision = pairs.length ? p / pairs.length : 0;
  const recall = pairs.length ? r / pairs.length : 0;
  const golds = [...goldSize.keys()];
  // Resolved exactly: one id over all the entity's mentions, and no other entity's mention has it.
  const exactly = (g: string) => {
    const ids = idsOf.get(g)!;
    const [id] = ids;
    return ids.size === 1 && !!id && both.get(joint(g, id)) === predictedSize.get(id);
  };
  const exact = golds.filter(exactly);
  const isExact = new Set(exact);
  return {
    precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    exact, inexact: golds.filter((g) => !isExact.has(g)),
  };
}
