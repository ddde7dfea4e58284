// Linking scores as ANNOTATION.md defines them: B-cubed F1 over PERSON/ORG/GPE mentions, and the gold
// entities whose mentions all carry one id that no other entity's mentions carry.
export interface Pair {
  gold: string;
  predicted?: string;
}

export function bCubed(pairs: Pair[]): { f1: number; exact: string[]; inexact: string[] } {
  let p = 0;
  let r = 0;
  for (const a of pairs) {
    const sameP = pairs.filter((b) => a.predicted && b.predicted === a.predicted);
    const sameG = pairs.filter((b) => b.gold === a.gold);
    p += sameP.length ? sameP.filter((b) => b.gold === a.gold).length / sameP.length : 0;
    r += sameG.filter((b) => a.predicted && b.predicted === a.predicted).length / sameG.length;
  }
  const P = p / (pairs.length || 1);
  const R = r / (pairs.length || 1);
  const golds = [...new Set(pairs.map((x) => x.gold))];
  const exact = golds.filter((g) => {
    const ids = new Set(pairs.filter((x) => x.gold === g).map((x) => x.predicted));
    const [id] = ids;
    return ids.size === 1 && !!id && pairs.every((x) => x.predicted !== id || x.gold === g);
  });
  return { f1: (2 * P * R) / (P + R || 1), exact, inexact: golds.filter((g) => !exact.includes(g)) };
}
