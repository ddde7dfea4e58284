// Two runs compared article by article: a merge of their id-sorted indexes, loading one pair of
// documents at a time, so memory holds the two id lists and never more than two documents.
// Most articles of a regression run do not change: when the two documents agree byte for byte
// from "document" on, the article is the same without parsing either; two JSONL lines whose
// digests (taken while indexing) agree are not even read again.
import { diffArticle, type ArticleDiff } from './diff.js';
import { contentFrom, type OutputEntry, type OutputIndex } from './outputs.js';

function compareEntries(old: OutputEntry, neu: OutputEntry): ArticleDiff {
  const same: ArticleDiff = { id: old.id, status: 'same', changes: [] };
  if (old.digest !== undefined && old.digest === neu.digest) return same;
  const a = old.bytes();
  const b = neu.bytes();
  if (contentFrom(a).equals(contentFrom(b))) return same;
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
