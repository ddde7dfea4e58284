// The document that flows through the stages. Every stage takes one and returns a richer one.
// Offsets inside the pipeline are UTF-16 indices into `text` (what JavaScript slices by);
// the writer converts them to Unicode code points, the unit of the output contract.
import { createHash } from 'node:crypto';

export const LABELS = [
  'PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP',
  'DATE', 'TIME', 'CARDINAL', 'ORDINAL', 'PERCENT', 'MONEY', 'QUANTITY',
  'LAW', 'EVENT', 'WORK_OF_ART', 'PRODUCT', 'LANGUAGE',
] as const;
export type Label = (typeof LABELS)[number];

/**
 * The four name types of CoNLL-2003, which the name model tags (PER, ORG, LOC, MISC);
 * ../shared/ANNOTATION.md maps the labels above onto them for scoring.
 */
export const CONLL_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type ConllType = (typeof CONLL_TYPES)[number];

/** Project labels as ANNOTATION.md maps them onto the four CoNLL types; none for non-names. */
const LABEL_TO_CONLL: Partial<Record<Label, ConllType>> = {
  PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC',
  NORP: 'MISC', EVENT: 'MISC', LAW: 'MISC', WORK_OF_ART: 'MISC', PRODUCT: 'MISC', LANGUAGE: 'MISC',
};

/** The CoNLL type a project label is scored as; null for non-names. */
export function toConllType(label: Label): ConllType | null {
  return LABEL_TO_CONLL[label] ?? null;
}

/** Labels that name something and so are linked to an entity: the types a registry entry can have. */
export const NAME_LABEL_LIST = [
  'PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'LAW', 'EVENT', 'WORK_OF_ART', 'PRODUCT', 'LANGUAGE',
] as const satisfies readonly Label[];
export type NameLabel = (typeof NAME_LABEL_LIST)[number];
export const NAME_LABELS: ReadonlySet<Label> = new Set<Label>(NAME_LABEL_LIST);
/** Labels of places (a country, city or region; a river or mountain). */
export const PLACE_LABELS: ReadonlySet<Label> = new Set<Label>(['GPE', 'LOC']);
/** A place's labels and a people's: what a place's name may be read as ("[Tajik] Energy Minister", "Iranian"). */
export const PLACE_OR_PEOPLE: ReadonlySet<Label> = new Set<Label>(['GPE', 'LOC', 'NORP']);
/** Labels whose value is a JSON number. */
export const NUMBER_LABELS: ReadonlySet<Label> = new Set<Label>(['CARDINAL', 'ORDINAL', 'PERCENT', 'MONEY', 'QUANTITY']);
/** Labels whose value is a TIMEX3 string. */
export const TIME_LABELS: ReadonlySet<Label> = new Set<Label>(['DATE', 'TIME']);

export interface Article {
  id: string;
  title?: string | null;
  /** YYYY-MM-DD, or an ISO 8601 date and time (RSS's RFC 2822 comes in as one): the document creation time, whose date as written dates are resolved against. */
  published?: string | null;
  source?: string | null;
  url?: string | null;
  text: string;
}

/** Where an article came from, for error messages and logs. */
export interface Origin {
  file: string;
  line?: number;
}

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, NUM, ...). */
  pos: string;
  /** Index into Doc.sentences. */
  sentence: number;
  /** Not a word (a URL, an e-mail address, a blob, a run too long for a word): no recognizer proposes a span in it. */
  opaque?: true;
}

export interface Span {
  start: number;
  end: number;
}

/** Extra facts a recognizer or a later stage knows about a mention; all optional. */
export interface MentionAttrs {
  unit?: string;
  currency?: string;
  /** Words the span leaves out that qualify a number: "as many as", "about", "more than". */
  qualifier?: string;
  /** The noun a number counts: "people" in "1,000 people". */
  counted?: string;
  /** A number or date that is only vague ("many thousands") carries no value. */
  vague?: boolean;
  /** TIMEX3 type and modifier of a DATE/TIME mention. */
  timex?: { type: 'DATE' | 'TIME' | 'DURATION' | 'SET'; mod?: string };
  /**
   * What the time recognizer read in the span (its frame: month, day, unit, ...), so that
   * normalize resolves it without reading the text again. src/timex owns its shape; not written out.
   */
  timexFrame?: object;
  /**
   * The full name a lone given name stands for, its surname read off the person named right after it ("Bill" of "Bill
   * and Hillary Clinton" is Bill Clinton), or the company a platform's letter names ("X" posted on is X Corp.): what link
   * looks up. Not written out.
   */
  fullName?: string;
  /** Title kept out of a PERSON span ("Secretary of State"). */
  title?: string;
}

/** A span proposed by one recognizer; `resolve` picks among overlapping candidates. */
export interface Candidate extends Span {
  type: Label;
  /** Which recognizer proposed it: "model", "registry", "timex", "numbers" (joined by "+" when several agreed) */
  source: string;
  /** In [0, 1]. */
  confidence: number;
  value?: number | string;
  attrs?: MentionAttrs;
}

export interface LinkCandidate {
  id: string;
  score: number;
}

export interface Mention extends Candidate {
  sentence: number;
  /** Canonical entity id; `nil:<type>/<name>` when not in the registry. */
  entity?: string;
  /** Registry entries considered when the alias was ambiguous, with their scores. */
  linkCandidates?: LinkCandidate[];
}

export interface Entity {
  id: string;
  type: Label;
  name: string;
  inRegistry: boolean;
  wikidata?: string;
  description?: string;
  /** Indexes into Doc.mentions. */
  mentions: number[];
}

export interface Doc {
  article: Article;
  origin: Origin;
  /** SHA-256 of the text as read (after BOM removal), hex. */
  sha256: string;
  text: string;
  tokens: Token[];
  sentences: Span[];
  candidates: Candidate[];
  mentions: Mention[];
  entities: Entity[];
}

/** The Doc of an article before any stage has run: its text and SHA-256, nothing found yet. */
export function createDoc(article: Article, origin: Origin = { file: article.id }): Doc {
  const { text } = article;
  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  return { article, origin, sha256, text, tokens: [], sentences: [], candidates: [], mentions: [], entities: [] };
}
