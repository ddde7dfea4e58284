// CoNLL-2003 gold: the four-column IOB files or the testa/ article folder, rebuilt as articles of
// text the way ../shared/ANNOTATION.md describes, with each name's span and CoNLL type.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CONLL_TYPES, type ConllType, type Span } from '../document.js';
import { readJsonFile } from '../schema/read-json.js';
import { GoldError } from './kind.js';

export interface ConllEntity extends Span {
  type: ConllType;
}

/** A gold token: its UTF-16 span in the rebuilt text and its IOB tag. */
interface ConllToken extends Span {
  tag: string;
}

export interface ConllArticle {
  id: string;
  text: string;
  entities: ConllEntity[];
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

/** A CoNLL line's last column: O, or B- or I- and one of the four types. */
const IOB_TAG = new RegExp(`^(?:O|[BI]-(?:${CONLL_TYPES.join('|')}))$`);

/** Read a four-column CoNLL file (word POS chunk NER); articles split at -DOCSTART-. A line without a tag last is refused. */
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
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const cols = lines[i].trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') flushArticle();
    else if (cols[0] === '') flushSentence();
    else if (cols.length < 2 || !IOB_TAG.test(cols[cols.length - 1])) {
      // Plain text or another format given as --gold would otherwise be scored as names nobody tagged.
      throw new GoldError(`--gold ${path}:${i + 1}: not a CoNLL line (a token first, its tag last: O, B-TYPE or I-TYPE of ${CONLL_TYPES.join(', ')}), nor is the file any other gold format`);
    } else sentence.push([cols[0], cols[cols.length - 1]]);
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
