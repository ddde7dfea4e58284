// Two runs compared article by article: a merge of their id-sorted indexes, loading one pair of
// documents at a time, so memory holds the two id lists and never more than two documents.
// Most articles of a regression run do not change: when the two documents' bytes agree from
// "document" on (what precedes it is the pipeline's version and config hash), the article is
// the same without parsing either.
import { diffArticle, type ArticleDiff } from './diff.js';
import type { OutputEntry, OutputIndex } from './outputs.js';

const DOCUMENT_KEY = Buffer.from('"document":');

function compareEntries(old: OutputEntry, neu: OutputEntry): ArticleDiff {
  const a = old.bytes();
  const b = neu.bytes();
  const fromA = a.indexOf(DOCUMENT_KEY);
  const fromB = b.indexOf(DOCUMENT_KEY);
  if (fromA >= 0 && fromB >= 0 && a.subarray(fromA).equals(b.subarray(fromB))) return { id: old.id, status: 'same', changes: [] };
  return diffArticle(old.id, old.load(a), neu.load(b));
}

export function* compareRuns(old: OutputIndex, neu: OutputIndex): Generator<ArticleDiff> {
  const a = old.entries;
  const b = neu.entries;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i].id < b[j].id)) {
      yield { id: a[i++].id, status: 'only-old', changes: [] };
    } else if (i >= a.length || b[j].id < a[i].id) {
      yield { id: b[j++].id, status: 'only-new', changes: [] };
    } else {
      yield compareEntries(a[i++], b[j++]);
    }
  }
}
