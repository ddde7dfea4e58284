// Chooses among registry entries sharing an alias by mention type, prior and context, and keeps the scores
// so a curator can see why (Washington the city, the state or the person; Georgia the country or the state).
import type { Label, LinkCandidate } from '../document.js';
import type { AliasHit, RegistryIndex } from '../registry/alias-index.js';
import { priorOf, type RegistryEntry } from '../registry/schema.js';

/** Place-like labels a metonymic mention may cross between ("Iran" as ORG means its government). */
const NEAR_TYPES: ReadonlyArray<ReadonlySet<Label>> = [
  new Set<Label>(['GPE', 'LOC']),
  new Set<Label>(['ORG', 'GPE', 'FAC', 'LOC', 'NORP']),
];

/** How well an entry's type fits the mention's label: 1 same, 0.3 metonymy, 0 never (a PERSON is only a PERSON). */
function typeFit(mention: Label, entry: Label): number {
  if (mention === entry) return 1;
  if (NEAR_TYPES[0].has(mention) && NEAR_TYPES[0].has(entry)) return 1;
  if (NEAR_TYPES[1].has(mention) && NEAR_TYPES[1].has(entry)) return 0.3;
  return 0;
}

/** What the article around a mention says, for context. */
export interface LinkContext {
  /** Entity named right before the mention ("Iran’s Foreign Ministry", "Iranian judiciary"). */
  qualifier?: string;
  /** Registry entities already linked in the article, with their mention counts. */
  linked: Map<string, number>;
  /** Title recorded on the mention ("Secretary of State"). */
  title?: string;
}

function ancestors(index: RegistryIndex, entry: RegistryEntry): string[] {
  const out: string[] = [];
  let up = entry.partOf;
  while (up && out.length < 6 && !out.includes(up)) {
    out.push(up);
    up = index.entries.get(up)?.partOf;
  }
  return out;
}

function contextFactor(index: RegistryIndex, entry: RegistryEntry, ctx: LinkContext): number {
  let f = 1;
  if (ctx.qualifier && (ctx.qualifier === entry.id || ancestors(index, entry).includes(ctx.qualifier))) f += 4;
  if (ctx.linked.has(entry.id)) f += 2;
  // A place's parts named in the article (Atlanta for Georgia) are strong evidence; its parent is weak.
  const parts = (index.children.get(entry.id) ?? []).reduce((n, id) => n + (ctx.linked.get(id) ?? 0), 0);
  f += Math.min(2, parts);
  if (entry.partOf) f += Math.min(1, (ctx.linked.get(entry.partOf) ?? 0) / 4);
  if (ctx.title && entry.titles?.some((t) => t.toLowerCase() === ctx.title!.toLowerCase())) f += 1;
  return f;
}

/** Scored candidates, best first, normalised to sum to 1; empty when no entry fits the mention's label. */
export function scoreCandidates(index: RegistryIndex, hits: AliasHit[], label: Label, ctx: LinkContext): LinkCandidate[] {
  const raw = new Map<string, number>();
  for (const h of hits) {
    const entry = index.entries.get(h.id);
    if (!entry) continue;
    const fit = typeFit(label, entry.type);
    if (fit === 0) continue;
    const s = priorOf(entry) * fit * (h.kind === 'surname' ? 0.6 : 1) * contextFactor(index, entry, ctx);
    raw.set(h.id, Math.max(raw.get(h.id) ?? 0, s));
  }
  const total = [...raw.values()].reduce((a, b) => a + b, 0);
  return [...raw.entries()]
    .map(([id, s]) => ({ id, score: Math.round((s / total) * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** What link settles for one mention: the entity, and the candidates when there was a choice. */
export interface Decision {
  entity: string;
  candidates?: LinkCandidate[];
}

export function decide(candidates: LinkCandidate[]): Decision | undefined {
  if (!candidates.length) return undefined;
  return { entity: candidates[0].id, candidates: candidates.length > 1 ? candidates : undefined };
}
