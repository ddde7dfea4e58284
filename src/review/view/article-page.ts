// One article's review page: the text with every mention highlighted (a <mark> carrying
// data-label and data-entity), label filters, the entities with their mention counts, and a
// details panel for the mention clicked. Given the OLD run's document too, the page shows both
// runs side by side with each change marked, and lists the changes.
import { LABELS, type Label } from '../../document.js';
import type { OutputDocument, OutputMention } from '../../schema/output.js';
import { diffMentions, type MentionChange } from '../diff.js';
import { utf16Offsets } from '../../offsets.js';
import { escapeHtml, page } from './html.js';

/** What the page knows of the OLD run for this article. */
export type Before =
  | { status: 'none' } // no --diff
  | { status: 'absent' } // the article is new
  | { status: 'text-changed' }
  | { status: 'compared'; doc: OutputDocument; changes: MentionChange[] };

export function compareWith(old: OutputDocument | undefined, neu: OutputDocument): Before {
  if (!old) return { status: 'absent' };
  if (old.document.sha256 !== neu.document.sha256) return { status: 'text-changed' };
  return { status: 'compared', doc: old, changes: diffMentions(old.mentions, neu.mentions, neu.text) };
}

const spanKey = (m: { start: number; end: number }) => `${m.start}:${m.end}`;

/** Hover text of a mention: what the details panel shows, in one line. */
function tooltip(m: OutputMention, names: Map<string, string>): string {
  const parts: string[] = [m.type];
  if (m.entity) parts.push(`${m.entity}${names.has(m.entity) ? ` (${names.get(m.entity)})` : ''}`);
  if (m.value !== undefined) parts.push(`value ${m.value}`);
  parts.push(`confidence ${m.confidence}`, `source ${m.source}`);
  return parts.join(' · ');
}

/** The text with its mentions as <mark> elements; `changes` maps a span to the kind of change it took part in. */
export function renderText(doc: OutputDocument, run: 'new' | 'old', changes: Map<string, string> = new Map()): string {
  const utf16 = utf16Offsets(doc.text);
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  const order = doc.mentions.map((m, i) => ({ m, i })).sort((a, b) => a.m.start - b.m.start || a.m.end - b.m.end);
  let html = '';
  let cursor = 0;
  for (const { m, i } of order) {
    // Mentions never overlap in valid output; should one do, it still gets its element.
    const start = Math.max(cursor, utf16(m.start));
    const end = Math.max(start, utf16(m.end));
    html += escapeHtml(doc.text.slice(cursor, start));
    const change = changes.get(spanKey(m));
    html += `<mark class="m" tabindex="0" data-run="${run}" data-i="${i}" data-label="${m.type}" data-entity="${escapeHtml(m.entity ?? '')}"` +
      `${change ? ` data-change="${change}"` : ''} title="${escapeHtml(tooltip(m, names))}">${escapeHtml(doc.text.slice(start, end))}</mark>`;
    cursor = end;
  }
  return html + escapeHtml(doc.text.slice(cursor));
}

function labelFilters(doc: OutputDocument): string {
  const counts = new Map<Label, number>();
  for (const m of doc.mentions) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
  const present = LABELS.filter((l) => counts.has(l));
  if (!present.length) return '<p class="filters">no mentions</p>';
  return `<fieldset class="filters"><legend>Labels</legend>${present
    .map((l) => `<label><input type="checkbox" checked data-filter="${l}"> <span class="chip" data-chip="${l}">${l}</span> ${counts.get(l)}</label>`)
    .join(' ')}</fieldset>`;
}

function entityList(doc: OutputDocument): string {
  const entities = [...doc.entities].sort((a, b) => b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : 1));
  if (!entities.length) return '<p>No linked names.</p>';
  return `<ul class="entities">${entities
    .map((e) => `<li><button type="button" data-for-entity="${escapeHtml(e.id)}"><span class="chip" data-chip="${e.type}">${e.type}</span> ` +
      `${escapeHtml(e.name)} <span class="count">${e.mentions.length}</span><br><code>${escapeHtml(e.id)}</code>${e.inRegistry ? '' : ' <em>not in registry</em>'}</button></li>`)
    .join('')}</ul>`;
}

const SIGN: Record<string, string> = { added: '+', removed: '−' };

function changeList(changes: MentionChange[]): string {
  if (!changes.length) return '<p>No change.</p>';
  return `<ol class="changes">${changes
    .map((c) => {
      const m = (c.new ?? c.old)!;
      const run = c.new ? 'new' : 'old';
      const what = c.kind === 'added' || c.kind === 'removed'
        ? `${m.type} “${m.text}”`
        : `${c.old!.type} “${c.old!.text}”${c.old!.entity ? ` ${c.old!.entity}` : ''}${c.old!.value !== undefined ? ` = ${c.old!.value}` : ''} → ` +
          `${c.new!.type} “${c.new!.text}”${c.new!.entity ? ` ${c.new!.entity}` : ''}${c.new!.value !== undefined ? ` = ${c.new!.value}` : ''}`;
      return `<li><button type="button" data-goto-run="${run}" data-goto-span="${m.start}:${m.end}" data-kind="${c.kind}">` +
        `<b>${SIGN[c.kind] ?? '~'} ${[c.kind, ...c.also].join('+')}</b> ${escapeHtml(what)}</button></li>`;
    })
    .join('')}</ol>`;
}

export function articlePage(doc: OutputDocument, before: Before = { status: 'none' }): string {
  const d = doc.document;
  const meta = [d.id, d.published, d.source].filter(Boolean).map((s) => escapeHtml(s!)).join(' · ');
  const url = d.url ? ` · <a href="${escapeHtml(d.url)}" rel="noreferrer">source page</a>` : '';
  let panes: string;
  let aside = '';
  const newPane = (changes?: Map<string, string>) =>
    `<section class="pane" data-pane="new">${before.status === 'compared' ? '<h2>NEW</h2>' : ''}<div class="text">${renderText(doc, 'new', changes)}</div></section>`;
  if (before.status === 'compared') {
    const inNew = new Map<string, string>();
    const inOld = new Map<string, string>();
    for (const c of before.changes) {
      if (c.new) inNew.set(spanKey(c.new), c.kind);
      if (c.old) inOld.set(spanKey(c.old), c.kind);
    }
    panes = `<div class="panes">${newPane(inNew)}<section class="pane" data-pane="old"><h2>OLD</h2><div class="text">${renderText(before.doc, 'old', inOld)}</div></section></div>`;
    aside = `<h2>Changes (${before.changes.length})</h2>${changeList(before.changes)}`;
  } else {
    const note = { none: '', absent: '<p class="note">Not in the OLD run: a new article.</p>', 'text-changed': '<p class="note">The text changed between the runs: mentions not compared.</p>' }[before.status];
    panes = `${note}${newPane()}`;
  }
  const data = { mentions: doc.mentions, entities: doc.entities, ...(before.status === 'compared' && { old: { mentions: before.doc.mentions, entities: before.doc.entities } }) };
  const body = `<header><a href="../index.html">← all articles</a><h1>${escapeHtml(d.title ?? d.id)}</h1><p class="meta">${meta}${url}</p>${labelFilters(doc)}</header>
<main>
${panes}
<aside>
<section id="details" aria-live="polite"><h2>Mention</h2><p>Hover over a highlight for a summary; click it for its details.</p></section>
${aside}
<h2>Entities (${doc.entities.length})</h2>
${entityList(doc)}
</aside>
</main>`;
  return page({ title: `${d.title ?? d.id} · gazette`, root: '../', bodyClass: 'article', body, data });
}
