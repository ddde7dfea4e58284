// The style sheet and script every review page shares, written once to DIR/assets/. Nothing is
// fetched from the network: no web fonts, no libraries. The script reads the page's own JSON and
// writes only with textContent, so article text can never become markup.
import { LABELS } from '../../document.js';
import { labelColour, labelInk } from '../palette.js';

function labelRules(): string {
  return LABELS.map((l) => {
    const c = labelColour(l);
    return `mark.m[data-label="${l}"], [data-chip="${l}"] { --c: ${c}; --ink: ${labelInk(l)}; }\n` +
      `.off-${l} mark.m[data-label="${l}"] { background: none; border-bottom-color: transparent; }\n` +
      `.off-${l} mark.m[data-label="${l}"]::after { display: none; }`;
  }).join('\n');
}

export function styleSheet(): string {
  return `/* gazette review pages. Colours: Okabe–Ito, safe for colour-blind readers; labels are also printed. */
:root { font-family: system-ui, sans-serif; color: #1a1a1a; background: #fff; }
body { margin: 0 auto; max-width: 90rem; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.4rem; margin: .4rem 0; } h2 { font-size: 1.05rem; margin: 1rem 0 .4rem; }
.meta, .hint, .note { color: #555; font-size: .9rem; }
.note { background: #f4f4f4; padding: .4rem .6rem; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 1fr); gap: 2rem; align-items: start; }
main.index { display: block; }
.panes { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
.text { white-space: pre-wrap; line-height: 2.1; font-size: 1rem; overflow-wrap: anywhere; }
mark.m { background: color-mix(in srgb, var(--c) 28%, white); border-bottom: 3px solid var(--c); padding: 0 .1em; color: inherit; cursor: pointer; border-radius: 2px; }
mark.m::after { content: attr(data-label); font-size: .62em; font-weight: 700; letter-spacing: .02em; margin-left: .3em; padding: 0 .25em; border-radius: 2px; background: var(--c); color: var(--ink); vertical-align: middle; }
mark.m:focus, mark.m.selected { outline: 2px solid #000; outline-offset: 1px; }
mark.m.same-entity { box-shadow: 0 0 0 2px #000 inset; }
mark.m[data-change] { border-bottom-style: double; border-bottom-width: 5px; }
mark.m[data-change="removed"] { text-decoration: line-through; }
mark.m[data-change="added"] { text-decoration: underline wavy #000; text-underline-offset: .35em; }
mark.m[data-change]::before { content: attr(data-change); font-size: .6em; font-weight: 700; margin-right: .25em; padding: 0 .2em; background: #000; color: #fff; border-radius: 2px; vertical-align: middle; }
.chip { display: inline-block; font-size: .72em; font-weight: 700; padding: 0 .3em; border-radius: 2px; background: var(--c); color: var(--ink); }
fieldset.filters { border: 1px solid #ddd; padding: .3rem .6rem; display: flex; flex-wrap: wrap; gap: .3rem .9rem; }
aside { position: sticky; top: 0; max-height: 100vh; overflow: auto; font-size: .92rem; }
aside ul, aside ol { padding-left: 1.2rem; }
aside button { all: unset; cursor: pointer; display: block; padding: .15rem .2rem; }
aside button:hover, aside button:focus { background: #eee; outline: 1px solid #999; }
.count { float: right; font-weight: 700; margin-left: .6em; }
#details dl { display: grid; grid-template-columns: auto 1fr; gap: .1rem .6rem; margin: 0; }
#details dt { color: #555; } #details dd { margin: 0; overflow-wrap: anywhere; }
table { border-collapse: collapse; font-size: .9rem; margin-bottom: 1rem; }
th, td { border-bottom: 1px solid #e3e3e3; padding: .2rem .5rem; text-align: left; }
td[data-v] { text-align: right; font-variant-numeric: tabular-nums; }
th { cursor: pointer; user-select: none; background: #f7f7f7; position: sticky; top: 0; }
th[aria-sort="ascending"]::after { content: " ▲"; } th[aria-sort="descending"]::after { content: " ▼"; }
tr.nil td:nth-child(4) { font-weight: 700; }
${labelRules()}
`;
}

/** Behaviour of both page kinds, plain browser JavaScript. */
export const SCRIPT = `'use strict';
(function () {
  const $ = (sel, root) => Array.from((root || document).querySelectorAll(sel));

  // Sortable tables: click a heading; numbers sort by their data-v.
  for (const table of $('table.sortable')) {
    $('th', table).forEach((th, col) => th.addEventListener('click', () => {
      const numeric = th.dataset.type === 'number';
      const dir = th.getAttribute('aria-sort') === 'descending' ? 1 : -1;
      const key = (tr) => numeric ? Number(tr.children[col].dataset.v) : tr.children[col].textContent;
      const rows = $('tbody tr', table);
      rows.sort((a, b) => { const x = key(a), y = key(b); return (x < y ? -1 : x > y ? 1 : 0) * (numeric ? dir : -dir); });
      $('th', table).forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', (numeric ? dir : -dir) < 0 ? 'descending' : 'ascending');
      // Through a fragment: a spread of a big run's rows as arguments overflows the stack.
      const sorted = document.createDocumentFragment();
      for (const row of rows) sorted.append(row);
      table.tBodies[0].append(sorted);
    }));
  }

  // Entity table filters on the index.
  const nilOnly = document.getElementById('nil-only');
  const find = document.getElementById('entity-filter');
  const filterEntities = () => {
    const q = (find.value || '').toLowerCase();
    for (const tr of $('#entities tbody tr')) {
      tr.hidden = (nilOnly.checked && !tr.classList.contains('nil')) || (q !== '' && !tr.textContent.toLowerCase().includes(q));
    }
  };
  if (nilOnly && find) { nilOnly.addEventListener('change', filterEntities); find.addEventListener('input', filterEntities); }

  const dataElement = document.getElementById('gazette-data');
  if (!dataElement) return;
  const data = JSON.parse(dataElement.textContent);
  const runs = { new: data, old: data.old };

  // Label filters: an unchecked label loses its highlight.
  for (const box of $('input[data-filter]')) {
    box.addEventListener('change', () => document.body.classList.toggle('off-' + box.dataset.filter, !box.checked));
  }

  const details = document.getElementById('details');
  const row = (dl, name, value) => {
    if (value === undefined || value === null || value === '') return;
    const dt = document.createElement('dt'); dt.textContent = name;
    const dd = document.createElement('dd'); dd.textContent = typeof value === 'object' ? JSON.stringify(value) : String(value);
    dl.append(dt, dd);
  };
  const select = (mark) => {
    $('mark.m.selected, mark.m.same-entity').forEach((m) => m.classList.remove('selected', 'same-entity'));
    mark.classList.add('selected');
    const run = runs[mark.dataset.run];
    const m = run.mentions[Number(mark.dataset.i)];
    const entity = m.entity ? run.entities.find((e) => e.id === m.entity) : undefined;
    if (m.entity) $('mark.m[data-run="' + mark.dataset.run + '"]').filter((x) => x.dataset.entity === m.entity).forEach((x) => x.classList.add('same-entity'));
    const h = document.createElement('h2'); h.textContent = 'Mention' + (data.old ? ' (' + mark.dataset.run.toUpperCase() + ')' : '');
    const dl = document.createElement('dl');
    row(dl, 'text', m.text); row(dl, 'label', m.type);
    row(dl, 'change', mark.dataset.change);
    row(dl, 'entity', m.entity);
    if (entity) { row(dl, 'name', entity.name); row(dl, 'registry', entity.inRegistry ? 'yes' : 'no (nil)'); row(dl, 'wikidata', entity.wikidata); row(dl, 'description', entity.description); }
    row(dl, 'value', m.value); row(dl, 'timex', m.timex); row(dl, 'unit', m.unit); row(dl, 'currency', m.currency);
    row(dl, 'qualifier', m.qualifier); row(dl, 'counted', m.counted); row(dl, 'vague', m.vague); row(dl, 'title', m.title);
    row(dl, 'confidence', m.confidence); row(dl, 'source', m.source);
    row(dl, 'offsets', m.start + '–' + m.end + ' (code points)'); row(dl, 'sentence', m.sentence);
    if (m.linkCandidates) row(dl, 'candidates', m.linkCandidates.map((c) => c.id + ' ' + c.score).join(', '));
    details.replaceChildren(h, dl);
  };
  for (const mark of $('mark.m')) {
    mark.addEventListener('click', () => select(mark));
    mark.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); select(mark); } });
  }

  // Side lists: an entity lights up its mentions; a change jumps to its mention.
  for (const button of $('button[data-for-entity]')) {
    button.addEventListener('click', () => {
      $('mark.m.same-entity, mark.m.selected').forEach((m) => m.classList.remove('same-entity', 'selected'));
      const marks = $('mark.m[data-run="new"]').filter((m) => m.dataset.entity === button.dataset.forEntity);
      marks.forEach((m) => m.classList.add('same-entity'));
      if (marks[0]) marks[0].scrollIntoView({ block: 'center' });
    });
  }
  for (const button of $('button[data-goto-span]')) {
    button.addEventListener('click', () => {
      const run = runs[button.dataset.gotoRun];
      const [start, end] = button.dataset.gotoSpan.split(':').map(Number);
      const i = run.mentions.findIndex((m) => m.start === start && m.end === end);
      const mark = $('mark.m[data-run="' + button.dataset.gotoRun + '"]').find((m) => Number(m.dataset.i) === i);
      if (mark) { select(mark); mark.scrollIntoView({ block: 'center' }); mark.focus(); }
    });
  }
})();
`;
