// CoNLL-2003 evaluation: read gold (the four-column IOB files or the testa/ article folder), rebuild
// articles as text the way ANNOTATION.md describes, and score exact-span P/R/F1 per CoNLL type.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CONLL_TYPES, type ConllType, type Label } from '../document.js';
import { prf, type Prf } from './prf.js';
import { readJsonFile } from '../schema/read-json.js';


interface ConllEntity {
  start: number;
  end: number;
  type: ConllType;
}

/** A gold token: its UTF-16 span in the rebuilt text and its IOB tag. */
interface ConllToken {
  start: number;
  end: number;
  tag: string;
}

export interface ConllArticle {
  id: string;
  text: string;
  entities: ConllEntity[];
}

/** Project labels as ANNOTATION.md maps them onto the four CoNLL types; null for non-names. */
const LABEL_TO_CONLL: Partial<Record<Label, ConllType>> = {
  PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC',
  NORP: 'MISC', EVENT: 'MISC', LAW: 'MISC', WORK_OF_ART: 'MISC', PRODUCT: 'MISC', LANGUAGE: 'MISC',
};

export function toConllType(label: Label): ConllType | null {
  return LABEL_TO_CONLL[label] ?? null;
}

// Spacing rules of the testa/ articles: no space before these tokens, none after the opening ones.
const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', "'s", "n't", "'", '%']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);

/** Spans of the entities an IOB1 or IOB2 tag sequence encodes (tags are "O", "I-X", "B-X"). */
export function iobEntities(tokens: readonly ConllToken[]): ConllEntity[] {
  const out: ConllEntity[] = [];
  let open: ConllEntity | null = null;
  for (const tok of tokens) {
    const tag = tok.tag;
    if (tag === 'O' || tag.length < 3) {
      open = null;
      continue;
    }
    const type = tag.slice(2) as ConllType;
    if (open && open.type === type && tag[0] === 'I') {
      open.end = tok.end;
    } else {
      open = { start: tok.start, end: tok.end, type };
      out.push(open);
    }
  }
  return out;
}

/** Rebuild sentences of (word, tag) pairs as one article: single spaces, one sentence a line. */
export function rebuildArticle(id: string, sentences: readonly (readonly [string, string][])[]): ConllArticle {
  let text = '';
  const entities: ConllEntity[] = [];
  for (const sentence of sentences) {
    if (text.length > 0) text += '\n';
    const sentenceTokens: ConllToken[] = [];
    let prev = '';
    for (let i = 0; i < sentence.length; i++) {
      const [word, tag] = sentence[i];
      if (i > 0 && !NO_SPACE_BEFORE.has(word) && !NO_SPACE_AFTER.has(prev)) text += ' ';
      const start = text.length;
      text += word;
      sentenceTokens.push({ start, end: text.length, tag });
      prev = word;
    }
    // Sentence-local IOB1: an I- at a sentence start opens an entity.
    entities.push(...iobEntities(sentenceTokens));
  }
  return { id, text, entities };
}

/** Read a four-column CoNLL file (word POS chunk NER); articles split at -DOCSTART-. */
export function readConllColumns(path: string): ConllArticle[] {
  const articles: ConllArticle[] = [];
  let sentences: [string, string][][] = [];
  let sentence: [string, string][] = [];
  const flushSentence = () => {
    if (sentence.length) sentences.push(sentence);
    sentence = [];
  };
  const flushArticle = () => {
    flushSentence();
    if (sentences.length) {
      const id = `conll-${String(articles.length + 1).padStart(3, '0')}`;
      articles.push(rebuildArticle(id, sentences));
    }
    sentences = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') flushArticle();
    else if (cols.length < 2 || cols[0] === '') flushSentence();
    else sentence.push([cols[0], cols[cols.length - 1]]);
  }
  flushArticle();
  return articles;
}

const ConllGold = z.object({
  text: z.string(),
  entities: z.array(z.object({ start: z.number().int(), end: z.number().int(), type: z.enum(CONLL_TYPES) })),
});

/** Read the testa/ folder: conll-NNN.txt with conll-NNN.gold.json; a bad file is named with its reason. */
function readConllFolder(dir: string): ConllArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = readJsonFile(join(dir, f), ConllGold, 'CoNLL gold');
      return { id: f.replace(/\.gold\.json$/, ''), text: gold.text, entities: gold.entities };
    });
}

/** A folder of testa-style articles or a four-column file. */
export function readConll(path: string): ConllArticle[] {
  return statSync(path).isDirectory() ? readConllFolder(path) : readConllColumns(path);
}

type ConllScores = Record<ConllType | 'PER+ORG+LOC', Prf>;

/** Exact-span micro P/R/F1 per type and over PER+ORG+LOC; gold[i] and pred[i] are one article. */
export function scoreConll(gold: readonly ConllEntity[][], pred: readonly ConllEntity[][]): ConllScores {
  const counts: Record<string, { tp: number; fp: number; fn: number }> = {};
  for (const t of [...CONLL_TYPES, 'PER+ORG+LOC']) counts[t] = { tp: 0, fp: 0, fn: 0 };
  const bump = (type: ConllType, k: 'tp' | 'fp' | 'fn') => {
    counts[type][k]++;
    if (type !== 'MISC') counts['PER+ORG+LOC'][k]++;
  };
  for (let a = 0; a < gold.length; a++) {
    const key = (e: ConllEntity) => `${e.start}:${e.end}:${e.type}`;
    const goldKeys = new Set(gold[a].map(key));
    const predKeys = new Set((pred[a] ?? []).map(key));
    for (const e of pred[a] ?? []) bump(e.type, goldKeys.has(key(e)) ? 'tp' : 'fp');
    for (const e of gold[a]) if (!predKeys.has(key(e))) bump(e.type, 'fn');
  }
  const out = {} as ConllScores;
  for (const [t, c] of Object.entries(counts)) out[t as ConllType] = prf(c);
  return out;
}

/** The score table as printed by the eval script. */
export function formatScores(scores: ConllScores): string {
  const rows = ['type          P       R       F1     gold  pred'];
  for (const [t, s] of Object.entries(scores)) {
    const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
    rows.push(
      `${t.padEnd(12)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.tp + s.fn).padStart(5)} ${String(s.tp + s.fp).padStart(5)}`,
    );
  }
  return rows.join('\n');
}

/** A recogniser under evaluation: the names it finds in one article's text, with project labels. */
type RecognizeText = (text: string, id: string) => readonly { start: number; end: number; type: Label }[];

/** Run `recognize` over the articles and score it against their gold. */
export function evaluateConll(articles: readonly ConllArticle[], recognize: RecognizeText): ConllScores {
  const pred = articles.map((a) =>
    recognize(a.text, a.id).flatMap((m) => {
      const type = toConllType(m.type);
      return type ? [{ start: m.start, end: m.end, type }] : [];
    }),
  );
  return scoreConll(
    articles.map((a) => a.entities),
    pred,
  );
}
