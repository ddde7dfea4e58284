// `gazette view` in a real browser: Debian's Chromium driven by playwright-core, offline (no
// background networking), a fresh profile per run. Screenshots go to test-artifacts/review/.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotate, gazette, readOutputFolder, tempDir } from './helpers.js';
import type { OutputDocument } from '../../src/schema/output.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.resolve('test-artifacts/review');

let context: BrowserContext;
let newRun: string;
let newDocs: OutputDocument[];
let oldDocs: OutputDocument[];
let site: string;
let diffSite: string;

/** A page with every console error, page error, dialog and non-file request recorded. */
async function open(file: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
  page.on('request', (r) => { if (!r.url().startsWith('file://')) problems.push(`network: ${r.url()}`); });
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  return { page, problems };
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (bash .ci/run does)`);
  newRun = annotate();
  newDocs = readOutputFolder(newRun);
  // The OLD run: the same articles with a mention removed, one relabelled and one entity changed.
  const oldRun = tempDir('review-old');
  oldDocs = newDocs.map((d) => structuredClone(d));
  const merkel = oldDocs.find((d) => d.document.id === 'merkel')!;
  merkel.mentions.splice(1, 1);
  merkel.mentions[0].type = 'ORG';
  for (const d of oldDocs) writeFileSync(path.join(oldRun, `${d.document.id}.json`), JSON.stringify(d));
  const gone = structuredClone(oldDocs[0]);
  gone.document.id = 'gone';
  writeFileSync(path.join(oldRun, 'gone.json'), JSON.stringify(gone)); // an article only OLD has
  site = tempDir('review-site');
  diffSite = tempDir('review-diff-site');
  expect(gazette('view', newRun, '--out', site).code).toBe(0);
  expect(gazette('view', newRun, '--diff', oldRun, '--out', diffSite).code).toBe(0);
  mkdirSync(ARTIFACTS, { recursive: true });
  context = await chromium.launchPersistentContext(tempDir('chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}, 120_000);

afterAll(async () => {
  await context?.close();
});

describe('gazette view in Chromium', () => {
  it('renders every mention of every article as one element with its label and entity, with no console error', async () => {
    for (const doc of newDocs) {
      const { page, problems } = await open(path.join(site, 'articles', `${doc.document.id}.html`));
      const marks = page.locator('.text mark.m');
      expect(await marks.count()).toBe(doc.mentions.length);
      const shown = await marks.evaluateAll((els) => els.map((e) => [e.textContent, e.getAttribute('data-label'), e.getAttribute('data-entity')]));
      const order = [...doc.mentions].sort((a, b) => a.start - b.start);
      expect(shown).toEqual(order.map((m) => [m.text, m.type, m.entity ?? '']));
      await page.screenshot({ path: path.join(ARTIFACTS, `article-${doc.document.id}.png`), fullPage: true });
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('shows markup in an article as text: no script runs, no element is made from it', async () => {
    const { page, problems } = await open(path.join(site, 'articles', 'markup.html'));
    const text = await page.locator('[data-pane="new"] .text').textContent();
    expect(text).toBe(newDocs.find((d) => d.document.id === 'markup')!.text);
    expect(await page.locator('.text b, .text script').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2); // the page's data and its script, nothing more
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows a clicked mention\'s details, and filters labels', async () => {
    const doc = newDocs.find((d) => d.document.id === 'merkel')!;
    const person = doc.mentions.find((m) => m.type === 'PERSON' && m.entity)!;
    const { page, problems } = await open(path.join(site, 'articles', 'merkel.html'));
    await page.locator(`.text mark.m[data-entity="${person.entity}"]`).first().click();
    const details = await page.locator('#details').textContent();
    expect(details).toContain(person.entity!);
    expect(details).toContain(`confidence${person.confidence}`);
    expect(details).toContain(doc.entities.find((e) => e.id === person.entity)!.name);
    const background = () => page.locator('.text mark.m[data-label="PERSON"]').first().evaluate((e) => getComputedStyle(e).backgroundColor);
    const before = await background();
    await page.locator('input[data-filter="PERSON"]').uncheck();
    expect(await background()).not.toBe(before);
    expect(await background()).toBe('rgba(0, 0, 0, 0)');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('indexes the articles with counts by label, sortable, and the corpus-wide entity table', async () => {
    const { page, problems } = await open(path.join(site, 'index.html'));
    expect(await page.locator('#articles tbody tr').count()).toBe(newDocs.length);
    await page.locator('#articles th', { hasText: 'all' }).click();
    const totals = await page.locator('#articles tbody tr td:last-child').allTextContents();
    expect(totals.map(Number)).toEqual(newDocs.map((d) => d.mentions.length).sort((a, b) => b - a));
    const entityIds = new Set(newDocs.flatMap((d) => d.entities.map((e) => e.id)));
    expect(await page.locator('#entities tbody tr').count()).toBe(entityIds.size);
    const google = page.locator('#entities tbody tr', { hasText: 'org/google' });
    expect(await google.locator('td').nth(4).textContent()).toBe(String(newDocs.filter((d) => d.entities.some((e) => e.id === 'org/google')).length));
    await page.screenshot({ path: path.join(ARTIFACTS, 'index.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('with --diff, shows both runs side by side with the changes marked', async () => {
    const { page, problems } = await open(path.join(diffSite, 'articles', 'merkel.html'));
    const newDoc = newDocs.find((d) => d.document.id === 'merkel')!;
    const oldDoc = oldDocs.find((d) => d.document.id === 'merkel')!;
    expect(await page.locator('[data-pane="new"] mark.m').count()).toBe(newDoc.mentions.length);
    expect(await page.locator('[data-pane="old"] mark.m').count()).toBe(oldDoc.mentions.length);
    expect(await page.locator('[data-pane="new"] mark.m[data-change="added"]').count()).toBe(1);
    expect(await page.locator('[data-pane="new"] mark.m[data-change="label"]').count()).toBe(1);
    expect(await page.locator('ol.changes li').count()).toBe(2);
    await page.locator('ol.changes button').first().click();
    expect(await page.locator('#details').textContent()).toContain('changelabel');
    await page.screenshot({ path: path.join(ARTIFACTS, 'diff-merkel.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
    const index = await open(path.join(diffSite, 'index.html'));
    const changes = await index.page.locator('#articles tbody tr').evaluateAll((rows) => rows.map((r) => [r.children[0].textContent, r.children[2].textContent]));
    expect(changes).toEqual(newDocs.map((d) => [d.document.id, d.document.id === 'merkel' ? '2' : '0']).sort());
    expect(await index.page.locator('.note').textContent()).toContain('Only in that run, so not shown (1): gone.');
    expect(index.problems).toEqual([]);
    await index.page.close();
  });
});
