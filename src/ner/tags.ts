// Tag sets over the four CoNLL types: BIO or BILOU, with the transitions each allows, so greedy
// decoding never emits an ill-formed sequence.
import { CONLL_TYPES, type ConllType } from '../document.js';

export type Scheme = 'BIO' | 'BILOU';

export interface TagSet {
  scheme: Scheme;
  names: string[];
  /** Index into CONLL_TYPES, -1 for O. */
  typeOf: Int8Array;
  prefixOf: string[];
  /** allowed[prev * n + cur]; prev = n means "start of segment". */
  allowed: Uint8Array;
  /** Tags that may end a segment. */
  canEnd: Uint8Array;
}

export function makeTagSet(scheme: Scheme): TagSet {
  const prefixes = scheme === 'BIO' ? ['B', 'I'] : ['B', 'I', 'L', 'U'];
  const names = ['O'];
  for (const t of CONLL_TYPES) for (const p of prefixes) names.push(`${p}-${t}`);
  const n = names.length;
  const typeOf = new Int8Array(n).fill(-1);
  const prefixOf = names.map((s) => s[0]);
  for (let i = 1; i < n; i++) typeOf[i] = CONLL_TYPES.indexOf(names[i].slice(2) as ConllType);
  // BILOU: B and I must be continued by I or L of their type; BIO: I only continues its own type.
  const open = (p: string) => scheme === 'BILOU' && (p === 'B' || p === 'I');
  const allowed = new Uint8Array((n + 1) * n);
  for (let prev = 0; prev <= n; prev++) {
    for (let cur = 0; cur < n; cur++) {
      const pp = prev === n ? 'O' : prefixOf[prev];
      const cp = prefixOf[cur];
      const continues = cp === 'I' || cp === 'L';
      const sameType = prev < n && typeOf[cur] === typeOf[prev];
      let ok: boolean;
      if (open(pp)) ok = continues && sameType;
      else if (continues) ok = scheme === 'BIO' && pp !== 'O' && sameType;
      else ok = true;
      allowed[prev * n + cur] = ok ? 1 : 0;
    }
  }
  const canEnd = new Uint8Array(n);
  for (let i = 0; i < n; i++) canEnd[i] = open(prefixOf[i]) ? 0 : 1;
  return { scheme, names, typeOf, prefixOf, allowed, canEnd };
}

/** Tags for a segment whose tokens carry entity ids (-1 outside) and types. */
export function encodeTags(tagSet: TagSet, entityOf: Int32Array, typeOfToken: Int8Array, from: number, to: number, out: Int32Array): void {
  const bilou = tagSet.scheme === 'BILOU';
  const per = bilou ? 4 : 2;
  for (let i = from; i < to; i++) {
    const e = entityOf[i];
    if (e < 0) {
      out[i] = 0;
      continue;
    }
    const first = i === from || entityOf[i - 1] !== e;
    const last = i + 1 === to || entityOf[i + 1] !== e;
    let p: number;
    if (!bilou) p = first ? 0 : 1;
    else p = first && last ? 3 : first ? 0 : last ? 2 : 1;
    out[i] = 1 + typeOfToken[i] * per + p;
  }
}

/** Whether tag `cur` after tag `prev` starts a new entity. */
export function startsEntity(tagSet: TagSet, prev: number, cur: number): boolean {
  const p = tagSet.prefixOf[cur];
  if (p === 'B' || p === 'U') return true;
  if (p === 'O') return false;
  return prev < 0 || tagSet.typeOf[prev] !== tagSet.typeOf[cur] || tagSet.prefixOf[prev] === 'O';
}
