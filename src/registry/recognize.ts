// Recognizer "registry": proposes spans where registry aliases occur, on whole tokens, longest match first.
// Confidence says how safe the alias is: a multi-word name in its own case is nearly certain,
// a single capitalised word that is also an ordinary word much less so; resolve weighs it against the model.
import type { Candidate, Doc, Label, Token } from '../document.js';
import { type AliasHit, type RegistryIndex } from './alias-index.js';
import { aliasKey, foldKey, normalizeName } from './normalize.js';

interface Match {
  end: number;
  lastToken: number;
  key: string;
  hits: AliasHit[];
  weak: boolean;
}

const WORDLIKE = /[\p{L}\p{N}]/u;
const POSSESSIVE = /['\u2019]s$/i;

function startsUpper(text: string): boolean {
  const c = text.charAt(0);
  return c !== c.toLowerCase();
}

/** Hits for a span key, honouring case: folded aliases need a capital unless written in lower case in the registry. */
function hitsFor(index: RegistryIndex, key: string): AliasHit[] {
  const exact = index.exact.get(key) ?? [];
  const folded = (index.folded.get(foldKey(key)) ?? []).filter((h) => startsUpper(key) || h.form === key);
  return [...exact, ...folded];
}

function longestAt(doc: Doc, index: RegistryIndex, i: number): Match | undefined {
  const tokens = doc.tokens;
  const first = tokens[i];
  if (!WORDLIKE.test(first.text.charAt(0)) || foldKey(first.text) === 'the') return undefined;
  let best: Match | undefined;
  for (let j = i; j < tokens.length && tokens[j].sentence === first.sentence; j++) {
    const tok = tokens[j];
    const raw = doc.text.slice(first.start, tok.end);
    const folded = foldKey(normalizeName(raw));
    if (folded.split(' ').length > index.maxWords) break;
    if (WORDLIKE.test(tok.text)) {
      const key = aliasKey(raw);
      const hits = hitsFor(index, key);
      if (hits.length) best = { end: tok.end, lastToken: j, key, hits, weak: false };
      else if (POSSESSIVE.test(tok.text) && tok.text.length > 2) {
        // wink keeps "Iran's" (straight apostrophe) as one token; the possessive stays outside the span.
        const bare = aliasKey(doc.text.slice(first.start, tok.end - 2));
        const bareHits = hitsFor(index, bare);
        if (bareHits.length) best = { end: tok.end - 2, lastToken: j, key: bare, hits: bareHits, weak: false };
      }
    }
    if (!index.prefixes.has(folded)) break;
  }
  if (!best && first.pos === 'PROPN' && startsUpper(first.text)) {
    const hits = index.surnames.get(foldKey(aliasKey(first.text)));
    if (hits) best = { end: first.end, lastToken: i, key: aliasKey(first.text), hits, weak: true };
  }
  return best;
}

function typeOf(index: RegistryIndex, hits: AliasHit[]): { type: Label; mixed: boolean } {
  let type: Label = 'ORG';
  let bestPrior = -1;
  const types = new Set<Label>();
  for (const h of hits) {
    const e = index.entries.get(h.id);
    if (!e) continue;
    types.add(e.type);
    const prior = e.prior ?? 0.5;
    if (prior > bestPrior) { bestPrior = prior; type = e.type; }
  }
  return { type, mixed: types.size > 1 };
}

function confidence(match: Match, first: Token, sentenceInitial: boolean, mixed: boolean): number {
  const exactCase = match.hits.some((h) => h.form === match.key);
  let c: number;
  if (match.weak) c = 0.45;
  else if (match.key.includes(' ')) c = exactCase ? 0.95 : 0.8;
  else if (match.hits.some((h) => h.kind === 'acronym' && h.form === match.key)) c = 0.9;
  else if (!exactCase) c = 0.6;
  else if (first.pos === 'PROPN') c = sentenceInitial ? 0.75 : 0.85;
  else c = sentenceInitial ? 0.45 : 0.6;
  return mixed ? c * 0.85 : c;
}

export function recognizeRegistryNames(doc: Doc, index: RegistryIndex): Candidate[] {
  const out: Candidate[] = [];
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; ) {
    const match = longestAt(doc, index, i);
    if (!match) { i++; continue; }
    const first = tokens[i];
    const sentenceInitial = i === 0 || tokens[i - 1].sentence !== first.sentence;
    const { type, mixed } = typeOf(index, match.hits);
    out.push({
      start: first.start, end: match.end, type, source: 'registry',
      confidence: Math.round(confidence(match, first, sentenceInitial, mixed) * 100) / 100,
    });
    i = match.lastToken + 1;
  }
  return out;
}
