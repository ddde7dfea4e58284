// `gazette view`: writes the review site for a stream of documents: DIR/index.html,
// DIR/articles/<id>.html and DIR/assets/. Documents go by one at a time; with an OLD run, each
// article's OLD document is loaded from its index as the article comes.
import path from 'node:path';
import { fileHead, makeFolder } from '../../folders.js';
import { writeFileAtomically } from '../../registry/atomic-file.js';
import { distinctDocuments, type OutputError, type OutputIndex } from '../outputs.js';
import { articlePage, compareWith } from './article-page.js';
import { SCRIPT, styleSheet } from './assets.js';
import { SCRIPT_FILE, STYLE_SHEET } from './html.js';
import { SiteIndex } from './index-page.js';

export interface SiteResult {
  articles: number;
  failed: OutputError[];
}

/** What a site's index page holds in its first bytes, and a page of someone else's does not: the link to the site's style sheet. */
const SITE_MARK = `<link rel="stylesheet" href="${STYLE_SHEET}">`;

/** Refuses a folder whose index.html is not a review site's: writing the site would replace someone's page. */
function refuseForeignIndex(outDir: string): void {
  const file = path.join(outDir, 'index.html');
  let head: string;
  try {
    head = fileHead(file, 1024);
  } catch {
    return; // none yet (or unreadable, which the write will name)
  }
  if (!head.includes(SITE_MARK)) throw new Error(`${file}: not a page gazette view wrote, so not written over: view into another folder with --out`);
}

export async function writeSite(inputs: readonly string[], outDir: string, old?: OutputIndex): Promise<SiteResult> {
  refuseForeignIndex(outDir);
  makeFolder(path.join(outDir, 'articles'), 'review site\'s folder');
  makeFolder(path.join(outDir, 'assets'), 'review site\'s folder');
  writeFileAtomically(path.join(outDir, STYLE_SHEET), styleSheet());
  writeFileAtomically(path.join(outDir, SCRIPT_FILE), SCRIPT);
  const oldById = old ? new Map(old.entries.map((e) => [e.id, e])) : undefined;
  const index = new SiteIndex();
  const failed: OutputError[] = [];
  const seen = new Set<string>();
  for await (const { doc } of distinctDocuments(inputs, failed, { fileIds: true })) {
    seen.add(doc.document.id);
    let before;
    try {
      before = oldById ? compareWith(oldById.get(doc.document.id)?.load(), doc) : undefined;
    } catch (error) {
      failed.push(error as OutputError); // a bad OLD document: the page shows NEW alone
    }
    writeFileAtomically(path.join(outDir, 'articles', `${doc.document.id}.html`), articlePage(doc, before));
    const changes = before === undefined ? undefined : before.status === 'compared' ? before.changes.length : before.status === 'absent' ? 'new' : 'text changed';
    index.add(doc, changes);
  }
  const onlyOld = old ? old.entries.map((e) => e.id).filter((id) => !seen.has(id)) : [];
  writeFileAtomically(path.join(outDir, 'index.html'), index.html({ title: 'gazette review', diff: old?.path, onlyOld }));
  return { articles: seen.size, failed };
}
