// The review site's index: every article with its mention counts by label (sortable), and the
// corpus-wide entity table. A nil entity high in that table is the curator's next registry entry.
import { LABELS, type Label } from '../../document.js';
import type { OutputDocument } from '../../schema/output.js';
import { escapeHtml, page } from './html.js';

interface ArticleRow {
  id: string;
  title: string | null;
  counts: Partial<Record<Label, number>>;
  total: number;
  /** With --diff: changes against OLD, or what kept them from being counted. */
  changes?: number | string;
}

interface EntityRow {
  id: string;
  name: string;
  type: Label;
  inRegistry: boolean;
  articles: number;
  mentions: number;
}

/** Collects the index as articles go by; holds one small row per article and per entity. */
export class SiteIndex {
  private readonly rows: ArticleRow[] = [];
  private readonly entities = new Map<string, EntityRow>();

  add(doc: OutputDocument, changes?: number | string): void {
    const counts: Partial<Record<Label, number>> = {};
    for (const m of doc.mentions) counts[m.type] = (counts[m.type] ?? 0) + 1;
    this.rows.push({ id: doc.document.id, title: doc.document.title, counts, total: doc.mentions.length, ...(changes !== undefined && { changes }) });
    for (const e of doc.entities) {
      const row = this.entities.get(e.id);
      if (row) {
        row.articles++;
        row.mentions += e.mentions.length;
      } else this.entities.set(e.id, { id: e.id, name: e.name, type: e.type, inRegistry: e.inRegistry, articles: 1, mentions: e.mentions.length });
    }
  }

  html(opts: { title: string; diff?: string; onlyOld?: string[] }): string {
    const labels = LABELS.filter((l) => this.rows.some((r) => r.counts[l]));
    const num = (n: number | undefined) => `<td data-v="${n ?? 0}">${n ?? ''}</td>`;
    const diffHead = opts.diff !== undefined ? '<th data-type="number">changes</th>' : '';
    const articleRows = [...this.rows].sort((a, b) => (a.id < b.id ? -1 : 1)).map((r) => {
      const changes = opts.diff === undefined ? '' : typeof r.changes === 'number' ? num(r.changes) : `<td data-v="-1">${escapeHtml(String(r.changes ?? ''))}</td>`;
      return `<tr><td><a href="articles/${encodeURIComponent(r.id)}.html">${escapeHtml(r.id)}</a></td><td>${escapeHtml(r.title ?? '')}</td>${changes}` +
        `${labels.map((l) => num(r.counts[l])).join('')}${num(r.total)}</tr>`;
    });
    const entities = [...this.entities.values()].sort((a, b) => b.mentions - a.mentions || b.articles - a.articles || (a.id < b.id ? -1 : 1));
    const entityRows = entities.map((e) =>
      `<tr class="${e.inRegistry ? 'registry' : 'nil'}"><td><code>${escapeHtml(e.id)}</code></td><td>${escapeHtml(e.name)}</td>` +
      `<td><span class="chip" data-chip="${e.type}">${e.type}</span></td><td>${e.inRegistry ? 'registry' : 'nil'}</td>${num(e.articles)}${num(e.mentions)}</tr>`);
    const mentions = this.rows.reduce((s, r) => s + r.total, 0);
    const removed = opts.onlyOld?.length ? ` Only in that run, so not shown (${opts.onlyOld.length}): ${opts.onlyOld.map((id) => `<code>${escapeHtml(id)}</code>`).join(' ')}.` : '';
    const diffNote = opts.diff !== undefined ? `<p class="note">Compared with the run in <code>${escapeHtml(opts.diff)}</code>: open an article to see its changes.${removed}</p>` : '';
    const body = `<header><h1>${escapeHtml(opts.title)}</h1><p class="meta">${this.rows.length} article(s), ${mentions} mention(s), ${this.entities.size} entit${this.entities.size === 1 ? 'y' : 'ies'}</p>${diffNote}</header>
<main class="index">
<section>
<h2>Articles</h2>
<p class="hint">Click a column heading to sort.</p>
<table class="sortable" id="articles"><thead><tr><th>article</th><th>title</th>${diffHead}${labels.map((l) => `<th data-type="number"><span class="chip" data-chip="${l}">${l}</span></th>`).join('')}<th data-type="number">all</th></tr></thead>
<tbody>${articleRows.join('\n')}</tbody></table>
</section>
<section>
<h2>Entities</h2>
<p class="hint">Most mentioned first. A <b>nil</b> entity found in many articles is a candidate for the registry (<code>gazette registry suggest</code>).
<label><input type="checkbox" id="nil-only"> nil only</label> <label>find <input type="search" id="entity-filter"></label></p>
<table class="sortable" id="entities"><thead><tr><th>entity</th><th>name</th><th>type</th><th>in</th><th data-type="number">articles</th><th data-type="number">mentions</th></tr></thead>
<tbody>${entityRows.join('\n')}</tbody></table>
</section>
</main>`;
    return page({ title: opts.title, root: '', bodyClass: 'index', body });
  }
}
