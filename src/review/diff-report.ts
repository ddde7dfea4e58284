// The two reports of `gazette diff`. The text report keeps only the N most changed articles (and
// N ids of each other kind), so its memory is bounded however large the corpus; the JSON report
// is written article by article as the merge goes, with the summary last.
import { CHANGE_KINDS, type ArticleDiff, type DiffSummary, type MentionChange, type MentionRef } from './diff.js';

/** The `limit` articles with the most changes, most first (ties by id), and a few ids of each other status. */
export class MostChanged {
  readonly top: ArticleDiff[] = [];
  readonly ids = { 'only-old': [] as string[], 'only-new': [] as string[], 'text-changed': [] as string[] };

  constructor(private readonly limit: number) {}

  add(diff: ArticleDiff): void {
    if (diff.status === 'changed') this.insert(diff);
    else if (diff.status !== 'same' && this.ids[diff.status].length < this.limit) this.ids[diff.status].push(diff.id);
  }

  private insert(diff: ArticleDiff): void {
    const before = (a: ArticleDiff, b: ArticleDiff) => a.changes.length > b.changes.length || (a.changes.length === b.changes.length && a.id < b.id);
    if (this.top.length === this.limit && !before(diff, this.top[this.limit - 1])) return;
    let at = this.top.length;
    while (at > 0 && before(diff, this.top[at - 1])) at--;
    this.top.splice(at, 0, diff);
    if (this.top.length > this.limit) this.top.pop();
  }
}

const showValue = (m: MentionRef) => (m.value === undefined ? ' (no value)' : ` = ${JSON.stringify(m.value)}`);
const show = (m: MentionRef, fields: ReadonlySet<string>) =>
  `${m.type} "${m.text}"${fields.has('entity') ? ` ${m.entity ?? '(no entity)'}` : ''}${fields.has('value') ? showValue(m) : ''}`;
/** An added or removed mention's entity and value, when it has them. */
const brief = (m: MentionRef) => `${m.entity ? ` ${m.entity}` : ''}${m.value === undefined ? '' : ` = ${JSON.stringify(m.value)}`}`;
const GOLD_NOTE = { toward: '  (toward gold)', away: '  (away from gold)', neither: '' };

/** One change on one line, its context on the next. */
export function formatChange(c: MentionChange): string {
  const gold = c.gold ? GOLD_NOTE[c.gold] : '';
  const whole = new Set<string>();
  let line: string;
  if (c.kind === 'added') line = `+ added    ${show(c.new!, whole)}${brief(c.new!)}`;
  else if (c.kind === 'removed') line = `- removed  ${show(c.old!, whole)}${brief(c.old!)}`;
  else {
    const kinds = [c.kind, ...c.also];
    line = `~ ${kinds.join('+').padEnd(8)} ${show(c.old!, new Set(kinds))} → ${show(c.new!, new Set(kinds))}`;
  }
  return `  ${line}${gold}\n      ${c.context}`;
}

const pad = (s: string | number, n: number) => String(s).padStart(n);

/** The summary: articles by status, then a table of changes by label and kind. */
export function formatSummary(summary: DiffSummary, oldName: string, newName: string): string {
  const a = summary.articles;
  const lines = [
    `OLD ${oldName}  NEW ${newName}`,
    `articles: ${a.changed + a.same + a['text-changed']} in both runs, ${a.changed} with changed mentions, ` +
      `${a['text-changed']} with a changed text, ${a['only-old']} only in OLD, ${a['only-new']} only in NEW`,
  ];
  if (summary.changes === 0) return lines.join('\n');
  const rows = [...summary.byLabel.entries()]
    .map(([label, counts]) => ({ label, counts, total: CHANGE_KINDS.reduce((s, k) => s + counts[k], 0) }))
    .sort((x, y) => y.total - x.total || (x.label < y.label ? -1 : 1));
  const width = 9;
  lines.push('', `${'label'.padEnd(12)}${CHANGE_KINDS.map((k) => pad(k, width)).join('')}${pad('total', width)}`);
  for (const { label, counts, total } of rows) lines.push(`${label.padEnd(12)}${CHANGE_KINDS.map((k) => pad(counts[k], width)).join('')}${pad(total, width)}`);
  const totals = CHANGE_KINDS.map((k) => rows.reduce((s, r) => s + r.counts[k], 0));
  lines.push(`${'total'.padEnd(12)}${totals.map((t) => pad(t, width)).join('')}${pad(summary.changes, width)}`);
  const g = summary.gold;
  if (g.toward + g.away + g.neither > 0) lines.push('', `against gold: ${g.toward} change(s) toward it, ${g.away} away from it, ${g.neither} neither`);
  return lines.join('\n');
}

/** The most changed articles with their changes, then the ids of articles on one side only. */
export function formatDetails(most: MostChanged, summary: DiffSummary): string {
  const out: string[] = [];
  if (most.top.length) {
    const shown = most.top.length < summary.articles.changed ? ` (the ${most.top.length} most changed of ${summary.articles.changed})` : '';
    out.push(`changed articles, most changed first${shown}:`);
    for (const d of most.top) {
      out.push('', `${d.id}: ${d.changes.length} change(s)`);
      // One by one: a spread of an article's changes as arguments overflows the stack past about 100,000.
      for (const c of d.changes) out.push(formatChange(c));
    }
  }
  const list = (title: string, ids: string[], total: number) => {
    if (total) out.push('', `${title} (${total}): ${ids.join(' ')}${total > ids.length ? ' …' : ''}`);
  };
  list('only in OLD', most.ids['only-old'], summary.articles['only-old']);
  list('only in NEW', most.ids['only-new'], summary.articles['only-new']);
  list('text changed, mentions not compared', most.ids['text-changed'], summary.articles['text-changed']);
  return out.join('\n');
}

/** The JSON summary, written after the articles. */
export function summaryJson(summary: DiffSummary): object {
  return {
    changed: summary.changed,
    articles: summary.articles,
    changes: summary.changes,
    byLabel: Object.fromEntries([...summary.byLabel.entries()].sort(([x], [y]) => (x < y ? -1 : 1))),
    ...(summary.gold.toward + summary.gold.away + summary.gold.neither > 0 && { gold: summary.gold }),
  };
}
