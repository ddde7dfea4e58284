// Two runs compared article by article: a merge of their id-sorted indexes, loading one pair of
// documents at a time, so memory holds the two id lists and never more than two documents.
import { diffArticle, type ArticleDiff } from './diff.js';
import type { OutputIndex } from './outputs.js';

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
      yield diffArticle(a[i].id, a[i++].load(), b[j++].load());
    }
  }
}
