// Scores annotated documents against seed-style gold (../shared/ANNOTATION.md, "Gold files" 1):
// strict micro P/R/F1 over the core labels (GPE and LOC count as one place label), per label and
// for the extended labels; value accuracy over matched mentions that have a gold value; and
// linking as B-cubed F1 over matched PERSON/ORG/GPE mentions plus the entities resolved exactly, within
// each document and across them all (gold keys shared between articles, as in a multi-article gold set).
// Optional gold mentions count neither way.
import type { SeedGold } from '../gold/seed.js';
import type { OutputDocument, OutputMention } from '../schema/output.js';
import { bCubed, type BCubed } from './b-cubed.js';
import type { SpanError } from './errors.js';
import { type Counts, prf, type Prf } from './prf.js';

type GoldMention = SeedGold['mentions'][number];

export const CORE_LABELS = ['PERSON', 'ORG', 'GPE', 'DATE', 'TIME', 'CARDINAL', 'ORDINAL', 'PERCENT', 'MONEY', 'QUANTITY'];
const LINKED = new Set(['PERSON', 'ORG', 'GPE']);

/** GPE and LOC are one place label when scoring. */
export const place = (type: string) => (type === 'LOC' ? 'GPE' : type);
const key = (m: { start: number; end: number; type: string }) => `${m.start}:${m.end}:${place(m.type)}`;

export interface SeedScore {
  core: Prf;
  extended: Prf;
  perLabel: Record<string, Prf>;
  values: { correct: number; total: number; accuracy: number; wrong: string[] };
  linking: {
    b3: BCubed; mentions: number; unlinked: number; entitiesExact: number; entities: number; missed: string[];
    /** Over all the documents at once, gold keys taken as shared between them: one name, one id across articles. */
    acrossArticles: BCubed;
  };
}

interface Pair { gold: GoldMention; pred: OutputMention }

/**
 * Whether span m overlaps one of `spans` (a document's optional gold mentions, which count neither way). Only
 * those are searched: a search of all the gold for each output mention grew with the product of the two.
 */
const overlapsOne = (spans: readonly GoldMention[], m: { start: number; end: number }) => spans.some((o) => o.start < m.end && m.start < o.end);

export function scoreSeed(pairs: { gold: SeedGold; pred: OutputDocument }[]): SeedScore {
  const counts: Record<string, Counts> = {};
  const bump = (type: string, k: keyof Counts) => { (counts[type] ??= { tp: 0, fp: 0, fn: 0 })[k]++; };
  const matched: (Pair & { doc: number })[] = [];
  pairs.forEach(({ gold, pred }, doc) => {
    const goldByKey = new Map(gold.mentions.map((g) => [key(g), g]));
    const predKeys = new Set(pred.mentions.map(key));
    const optional = gold.mentions.filter((o) => o.optional);
    for (const p of pred.mentions) {
      const g = goldByKey.get(key(p));
      if (g) {
        if (!g.optional) { bump(place(p.type), 'tp'); matched.push({ gold: g, pred: p, doc }); }
      } else if (!overlapsOne(optional, p)) {
        bump(place(p.type), 'fp');
      }
    }
    for (const g of gold.mentions) if (!g.optional && !predKeys.has(key(g))) bump(place(g.type), 'fn');
  });
  const sum = (labels: string[]) => labels.reduce<Counts>((a, t) => {
    const c = counts[t] ?? { tp: 0, fp: 0, fn: 0 };
    return { tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn };
  }, { tp: 0, fp: 0, fn: 0 });
  const extendedLabels = Object.keys(counts).filter((t) => !CORE_LABELS.includes(t));
  return {
    core: prf(sum(CORE_LABELS)),
    extended: prf(sum(extendedLabels)),
    perLabel: Object.fromEntries(Object.keys(counts).sort().map((t) => [t, prf(counts[t])])),
    values: scoreValues(matched),
    linking: scoreLinking(matched),
  };
}

/** The misses and false alarms `scoreSeed` counts as fn and fp, with the same rules for optional gold. */
export function seedErrors(pairs: { gold: SeedGold; pred: OutputDocument }[]): SpanError[] {
  const errors: SpanError[] = [];
  const span = (m: { start: number; end: number }) => `${m.start}:${m.end}`;
  pairs.forEach(({ gold, pred }, article) => {
    const goldKeys = new Set(gold.mentions.map(key));
    const predKeys = new Set(pred.mentions.map(key));
    const goldSpans = new Map(gold.mentions.map((g) => [span(g), place(g.type)]));
    const predSpans = new Map(pred.mentions.map((p) => [span(p), place(p.type)]));
    for (const g of gold.mentions) {
      if (!g.optional && !predKeys.has(key(g))) errors.push({ article, kind: 'missed', start: g.start, end: g.end, type: place(g.type), other: predSpans.get(span(g)) });
    }
    const optional = gold.mentions.filter((o) => o.optional);
    for (const p of pred.mentions) {
      if (goldKeys.has(key(p)) || overlapsOne(optional, p)) continue;
      errors.push({ article, kind: 'false alarm', start: p.start, end: p.end, type: place(p.type), other: goldSpans.get(span(p)) });
    }
  });
  return errors;
}

function valueOk(gold: GoldMention['value'], pred: OutputMention['value']): boolean {
  if (Array.isArray(gold)) return gold.includes(String(pred));
  return typeof gold === 'number' ? Number(pred) === gold : String(pred) === gold;
}

function scoreValues(matched: Pair[]): SeedScore['values'] {
  const withValue = matched.filter(({ gold }) => gold.value !== undefined);
  const wrong = withValue.filter(({ gold, pred }) => !valueOk(gold.value, pred.value))
    .map(({ gold, pred }) => `${gold.text}@${gold.start}: ${JSON.stringify(pred.value)} (want ${JSON.stringify(gold.value)})`);
  const correct = withValue.length - wrong.length;
  return { correct, total: withValue.length, accuracy: withValue.length ? correct / withValue.length : 1, wrong };
}

function scoreLinking(all: (Pair & { doc: number })[]): SeedScore['linking'] {
  // Entity keys are per document: the same gold key in two articles is scored within each.
  const link = all.filter(({ gold }) => LINKED.has(place(gold.type)) && gold.entity);
  const score = bCubed(link.map(({ gold, pred, doc }) => ({ gold: `${doc}/${gold.entity}`, predicted: pred.entity && `${doc}/${pred.entity}` })));
  const acrossArticles = bCubed(link.map(({ gold, pred }) => ({ gold: gold.entity!, predicted: pred.entity })));
  return {
    acrossArticles,
    b3: score,
    mentions: link.length,
    unlinked: link.filter(({ pred }) => !pred.entity || pred.entity.startsWith('nil:')).length,
    entitiesExact: score.exact.length,
    entities: score.exact.length + score.inexact.length,
    missed: score.inexact,
  };
}
