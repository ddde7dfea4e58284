// What changed in one article between two runs. Mentions with the same span are paired first;
// what is left is paired by the largest overlap (a span that grew, shrank or moved); the rest
// were added or removed. A pair that differs is one change, named by its first difference in
// the order span, label, entity, value; the other differences are listed with it.
import type { OutputDocument, OutputMention } from '../schema/output.js';
import { utf16Offsets } from '../offsets.js';
import { context } from './text.js';

export const CHANGE_KINDS = ['added', 'removed', 'label', 'span', 'entity', 'value'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** What a change shows of a mention. */
export interface MentionRef {
  start: number;
  end: number;
  text: string;
  type: string;
  entity?: string;
  value?: number | string;
}

export interface MentionChange {
  kind: ChangeKind;
  /** Differences besides `kind` in a changed pair. */
  also: ChangeKind[];
  old?: MentionRef;
  new?: MentionRef;
  /** A few words around the mention, the mention in [brackets]. */
  context: string;
  /** With gold: whether the change made the output agree with the gold more, or less. */
  gold?: 'toward' | 'away' | 'neither';
}

export type ArticleStatus = 'changed' | 'same' | 'only-old' | 'only-new' | 'text-changed';

export interface ArticleDiff {
  id: string;
  status: ArticleStatus;
  changes: MentionChange[];
}

const ref = (m: OutputMention): MentionRef => ({
  start: m.start, end: m.end, text: m.text, type: m.type,
  ...(m.entity !== undefined && { entity: m.entity }),
  ...(m.value !== undefined && { value: m.value }),
});

const byStart = (a: OutputMention, b: OutputMention) => a.start - b.start || a.end - b.end;

/** Compares two runs' documents for one article. */
export function diffArticle(id: string, old: OutputDocument, neu: OutputDocument): ArticleDiff {
  // Offsets into different texts cannot be compared.
  if (old.document.sha256 !== neu.document.sha256) return { id, status: 'text-changed', changes: [] };
  const changes = diffMentions(old.mentions, neu.mentions, neu.text);
  return { id, status: changes.length ? 'changed' : 'same', changes };
}

/** The changes from `old` to `neu`, two mention lists of `text`, in text order. */
export function diffMentions(oldMentions: readonly OutputMention[], newMentions: readonly OutputMention[], text: string): MentionChange[] {
  const utf16 = utf16Offsets(text);
  const around = (m: OutputMention) => {
    const c = context(text, utf16(m.start), utf16(m.end));
    return `${c.before}[${c.span}]${c.after}`;
  };
  const olds = [...oldMentions].sort(byStart);
  const news = [...newMentions].sort(byStart);
  const pairedOld = new Int32Array(olds.length).fill(-1);
  const newTaken = new Uint8Array(news.length);
  const newAt = new Map(news.map((m, k) => [`${m.start}:${m.end}`, k]));
  olds.forEach((m, i) => {
    const k = newAt.get(`${m.start}:${m.end}`);
    if (k !== undefined) {
      pairedOld[i] = k;
      newTaken[k] = 1;
    }
  });
  // Mentions of one run never overlap, so one sweep finds every overlap.
  let first = 0;
  olds.forEach((m, i) => {
    if (pairedOld[i] >= 0) return;
    while (first < news.length && news[first].end <= m.start) first++;
    let best = -1;
    let bestOverlap = 0;
    for (let k = first; k < news.length && news[k].start < m.end; k++) {
      if (newTaken[k]) continue;
      const overlap = Math.min(m.end, news[k].end) - Math.max(m.start, news[k].start);
      if (overlap > bestOverlap) [best, bestOverlap] = [k, overlap];
    }
    if (best >= 0) {
      pairedOld[i] = best;
      newTaken[best] = 1;
    }
  });
  const changes: MentionChange[] = [];
  olds.forEach((m, i) => {
    if (pairedOld[i] < 0) {
      changes.push({ kind: 'removed', also: [], old: ref(m), context: around(m) });
      return;
    }
    const n = news[pairedOld[i]];
    const differences: ChangeKind[] = [];
    if (m.start !== n.start || m.end !== n.end) differences.push('span');
    if (m.type !== n.type) differences.push('label');
    if (m.entity !== n.entity) differences.push('entity');
    if (m.value !== n.value) differences.push('value');
    if (differences.length) changes.push({ kind: differences[0], also: differences.slice(1), old: ref(m), new: ref(n), context: around(n) });
  });
  news.forEach((n, k) => {
    if (!newTaken[k]) changes.push({ kind: 'added', also: [], new: ref(n), context: around(n) });
  });
  const at = (c: MentionChange) => (c.new ?? c.old)!.start;
  return changes.sort((a, b) => at(a) - at(b));
}

/** Counts by label and kind of change, and of articles by status: bounded by labels, not corpus size. */
export class DiffSummary {
  readonly articles: Record<ArticleStatus, number> = { changed: 0, same: 0, 'only-old': 0, 'only-new': 0, 'text-changed': 0 };
  readonly byLabel = new Map<string, Record<ChangeKind, number>>();
  readonly gold = { toward: 0, away: 0, neither: 0 };
  changes = 0;

  add(diff: ArticleDiff): void {
    this.articles[diff.status]++;
    for (const change of diff.changes) {
      this.changes++;
      // A change counts under its old mention's label (what became of OLD's ORG mentions);
      // an added mention under its own.
      const label = (change.old ?? change.new)!.type;
      let row = this.byLabel.get(label);
      if (!row) this.byLabel.set(label, (row = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as Record<ChangeKind, number>));
      row[change.kind]++;
      if (change.gold) this.gold[change.gold]++;
    }
  }

  /** Something differs between the runs: a mention, a text, or an article on one side only. */
  get changed(): boolean {
    return this.articles.changed + this.articles['only-old'] + this.articles['only-new'] + this.articles['text-changed'] > 0;
  }
}
