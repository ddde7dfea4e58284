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
  const byGold = new Map<string, LinkPair[]>();
  const byPredicted = new Map<string, LinkPair[]>();
  for (const pair of pairs) {
    byGold.set(pair.gold, [...(byGold.get(pair.gold) ?? []), pair]);
    if (pair.predicted) byPredicted.set(pair.predicted, [...(byPredicted.get(pair.predicted) ?? []), pair]);
  }
  let p = 0, r = 0;
  for (const a of pairs) {
    const sameP = a.predicted ? byPredicted.get(a.predicted)! : [];
    const sameG = byGold.get(a.gold)!;
    p += sameP.length ? sameP.filter((b) => b.gold === a.gold).length / sameP.length : 0;
    r += sameG.filter((b) => a.predicted && b.predicted === a.predicted).length / sameG.length;
  }
  const precision = pairs.length ? p / pairs.length : 0;
  const recall = pairs.length ? r / pairs.length : 0;
  const golds = [...byGold.keys()];
  const exact = golds.filter((g) => {
    const ids = new Set(byGold.get(g)!.map((x) => x.predicted));
    const [id] = ids;
    return ids.size === 1 && !!id && byPredicted.get(id)!.every((x) => x.gold === g);
  });
  return {
    precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    exact, inexact: golds.filter((g) => !exact.includes(g)),
  };
}
