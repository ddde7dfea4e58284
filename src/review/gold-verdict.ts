// `diff --gold`: whether each change moved the output toward the gold or away from it. A mention
// counts +1 when the gold has it (span and label, and the value when the change is about it),
// -1 when it is a false alarm, 0 when the gold does not judge its label (CoNLL judges names,
// TimeML dates and times) or marks it optional. A change is "toward" when the new side counts
// more than the old, "away" when less. Entity ids are not judged: seed gold's entity keys group
// mentions for B-cubed scoring, they are not registry ids.
import { TIME_LABELS, toConllType, type Label } from '../document.js';
import { place } from '../eval/seed.js';
import { readConll } from '../gold/conll.js';
import { goldFiles, goldKind } from '../gold/kind.js';
import { readSeedGold } from '../gold/seed.js';
import { readTimeml } from '../gold/timeml.js';
import { codePointOffsets } from '../offsets.js';
import type { ArticleDiff, ChangeKind, MentionRef } from './diff.js';

interface GoldSpan {
  start: number;
  end: number;
  /** The label as the gold knows it: a CoNLL type, TIMEX, or the label (GPE and LOC as one). */
  type: string;
  value?: number | string | string[];
  optional?: boolean;
}

export interface Gold {
  /** The gold's name for a project label, or null when this gold does not judge it. */
  judges(label: string): string | null;
  articles: Map<string, GoldSpan[]>;
}


/** Reads gold of any format gazette eval reads, keyed by article id, offsets in code points. */
export function readGold(path: string): Gold {
  const kind = goldKind(path);
  if (kind === 'seed') {
    const articles = new Map(goldFiles(path).map((file) => {
      const gold = readSeedGold(file);
      return [gold.document, gold.mentions.map((m) => ({ ...m, type: place(m.type) }))];
    }));
    return { judges: place, articles };
  }
  if (kind === 'conll') {
    const articles = new Map(readConll(path).map((a) => {
      const cp = codePointOffsets(a.text);
      return [a.id, a.entities.map((e) => ({ start: cp(e.start), end: cp(e.end), type: e.type }))];
    }));
    return { judges: (label) => toConllType(label as Label), articles };
  }
  const articles = new Map(readTimeml(path).map((d) => [d.id!, d.timexes.map((t) => ({ start: t.start, end: t.end, type: 'TIMEX', value: t.value }))]));
  return { judges: (label) => (TIME_LABELS.has(label as Label) ? 'TIMEX' : null), articles };
}

const sameValue = (gold: GoldSpan['value'], value: MentionRef['value']) =>
  gold === undefined || (Array.isArray(gold) ? gold.includes(String(value)) : gold === value);

function count(gold: Gold, spans: GoldSpan[], m: MentionRef | undefined, about: ReadonlySet<ChangeKind>): number {
  if (!m) return 0;
  const type = gold.judges(m.type);
  if (type === null) return 0;
  const match = spans.find((g) => g.start === m.start && g.end === m.end && g.type === type);
  if (match?.optional) return 0;
  const right = match !== undefined && (!about.has('value') || sameValue(match.value, m.value));
  return right ? 1 : -1;
}

/** Marks each change of an article the gold has; articles it lacks are left unmarked. */
export function judge(gold: Gold, diff: ArticleDiff): void {
  const spans = gold.articles.get(diff.id);
  if (!spans) return;
  for (const change of diff.changes) {
    const about = new Set<ChangeKind>([change.kind, ...change.also]);
    const delta = count(gold, spans, change.new, about) - count(gold, spans, change.old, about);
    change.gold = delta > 0 ? 'toward' : delta < 0 ? 'away' : 'neither';
  }
}
