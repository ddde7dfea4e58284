// Recognizer "registry": proposes spans where registry aliases occur, on whole tokens, longest match first.
// Confidence says how safe the alias is: a multi-word name in its own case is nearly certain,
// a single capitalised word that is also an ordinary word much less so; resolve weighs it against the model.
import type { Candidate, Doc, Label, Token } from '../document.js';
import { MODEL_WORDS_AFTER } from '../lexicon/product-models.js';
import { isLegalForm } from '../ner/name-types.js';
import { exactHits, type AliasHit, type RegistryIndex } from './alias-index.js';
import { aliasKey, collapseSpaces, foldKey, isShortCaps, modelSingular, normalizePiece, stripPossessive } from './normalize.js';
import { priorOf, type RegistryEntry } from './schema.js';
import { titleBefore } from './titles.js';
import { ARABIC_ARTICLES, PATRONYMIC_PARTICLES } from '../lexicon/patronymics.js';

interface Match {
  end: number;
  lastToken: number;
  key: string;
  hits: AliasHit[];
  weak: boolean;
}

const WORDLIKE = /[\p{L}\p{N}]/u;

/** Whether a text's first character is a letter or a digit (WORDLIKE), without the regex for ASCII. */
function startsWordlike(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return WORDLIKE.test(text.charAt(0));
}
/** Punctuation a name never runs across: quotation marks, square and curly brackets, stops within a sentence. */
const NAME_BREAKS = '[]{}"“”«»;:!?';
/**
 * Brackets and commas, which a name runs across only where the registry writes them in it ("Janata Dal (United)",
 * "JD(U)", "University of California, Berkeley"; "Saddam (Hussein)" is not the alias "Saddam Hussein").
 */
const WRITTEN_MARKS = '(),';

/** Whether a token's text is one of the characters of `marks`, alone: a character test, not a regex, for every token of a span. */
function isOneOf(text: string, marks: string): boolean {
  return text.length === 1 && marks.includes(text);
}
/**
 * A Roman numeral of two letters or more right after an event's or a product's name numbers an edition of it
 * ("Super Bowl LIX", "Artemis II"); one letter ("I", "V") reads as a word as often.
 */
const EDITION = /^ (?=[IVXLC]{2})C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\p{L}\p{N}'’-])/u;
const NUMBERED_KINDS: ReadonlySet<Label> = new Set(['EVENT', 'PRODUCT']);

/** Where a match of `type` ends with the edition after it taken in (so that insideLongerName does not read the numeral as more of a name). */
function withEdition(text: string, end: number, type: Label): number {
  if (!NUMBERED_KINDS.has(type) || text.charCodeAt(end) !== 0x20) return end;
  const edition = EDITION.exec(text.slice(end, end + 12));
  return edition ? end + edition[0].length : end;
}
/** How much less sure a match is when it sits inside a longer run of proper nouns ("Michael Jordan", "New York Yankees"). */
const EMBEDDED = 0.4;

function startsUpper(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

/** Folded aliases keep their capitals: each capitalised word of the alias is capitalised in the text (or the text is all caps, and not a short word). */
function caseFits(key: string, form: string): boolean {
  if (key === form) return true;
  if (key === key.toUpperCase()) return !isShortCaps(key);
  const words = key.split(' ');
  // The Arabic article the press writes small or capitalised alike ("al-Azhar" = "Al-Azhar").
  return form.split(' ').every((w, k) => !startsUpper(w) || startsUpper(words[k] ?? '') || (ARABIC_ARTICLES.includes(words[k]) && w.toLowerCase() === words[k]));
}

const NO_HITS: AliasHit[] = [];

/** A key's hits: its exact-case ones, then those of its folded key (`folded`, what index.folded holds for it) that fit its case. */
function hitsFor(index: RegistryIndex, key: string, folded: AliasHit[] | undefined): AliasHit[] {
  const exact = exactHits(index, key) ?? [];
  const loose = (folded ?? []).filter((h) => caseFits(key, h.form));
  return exact.length ? [...exact, ...loose] : loose;
}

/** Each token's normal form, cased and folded, computed once per document where it is first read. */
class Pieces {
  private readonly casedForms: (string | undefined)[];
  private readonly foldedForms: (string | undefined)[];

  constructor(private readonly tokens: readonly Token[]) {
    this.casedForms = new Array(tokens.length);
    this.foldedForms = new Array(tokens.length);
  }

  cased(j: number): string {
    return (this.casedForms[j] ??= normalizePiece(this.tokens[j].text));
  }

  folded(j: number): string {
    return (this.foldedForms[j] ??= foldKey(this.cased(j)));
  }
}

/** What a token's text says at the start of a span: its folded form, trimmed, and whether an alias can begin with it. */
interface Head {
  /** Whether it starts with a letter or a digit; the other fields are read only if so. */
  wordlike: boolean;
  head: string;
  opens: boolean;
  /** The people whose surname it is, once looked up (null: none). */
  surnames: AliasHit[] | null | undefined;
  /** The aliases folded to it, once looked up (null: none): a word that opens an alias is most often looked up as one. */
  aliases: AliasHit[] | null | undefined;
}

/** Words whose heads are kept, per index, before the memo starts afresh (checked between documents). */
const MAX_HEADS = 100_000;

/**
 * Heads by the token's text, for one index (which does not change once built): most of an article's
 * words were read in earlier ones, and a lookup of the text the tokenizer handed over (a property key
 * V8 has hashed already) costs less than folding the word and probing the index again.
 */
class Heads {
  private byText = Object.create(null) as Record<string, Head>;
  private size = 0;

  constructor(private readonly index: RegistryIndex) {}

  of(pieces: Pieces, i: number, text: string): Head {
    let found = this.byText[text];
    if (!found) {
      const wordlike = startsWordlike(text);
      const head = wordlike ? pieces.folded(i).trim() : '';
      found = this.byText[text] = { wordlike, head, opens: wordlike && this.index.prefixes.has(head), surnames: undefined, aliases: undefined };
      this.size++;
    }
    return found;
  }

  /** Starts afresh once it holds too many words. */
  bound(): this {
    if (this.size >= MAX_HEADS) {
      this.byText = Object.create(null) as Record<string, Head>;
      this.size = 0;
    }
    return this;
  }
}

/** The aliases folded to a word's head, looked up once for the word. */
function aliasesOf(index: RegistryIndex, word: Head): AliasHit[] | undefined {
  if (word.aliases === undefined) word.aliases = index.folded.get(word.head) ?? null;
  return word.aliases ?? undefined;
}

const headsByIndex = new WeakMap<RegistryIndex, Heads>();

function headsOf(index: RegistryIndex): Heads {
  let heads = headsByIndex.get(index);
  if (!heads) headsByIndex.set(index, (heads = new Heads(index)));
  return heads.bound();
}

/** Whether token i is a word of at most three capitals next to a word with a small letter. */
function shortCapsAmongSmall(tokens: readonly Token[], i: number): boolean {
  return isShortCaps(tokens[i].text) && [tokens[i - 1], tokens[i + 1]].some((t) => t !== undefined && SMALL_LETTER.test(t.text));
}
const SMALL_LETTER = /\p{Ll}/u;

function longestAt(doc: Doc, index: RegistryIndex, heads: Heads, pieces: Pieces, i: number): Match | undefined {
  const tokens = doc.tokens;
  const first = tokens[i];
  const word = heads.of(pieces, i, first.text);
  if (!word.wordlike) return undefined;
  const { head, opens } = word;
  if (head === 'the') return undefined;
  const glued = i + 1 < tokens.length && tokens[i + 1].start === first.end;
  let best: Match | undefined = glued || opens || modelSingular(first.text) !== undefined ? extend(doc, index, pieces, i, word) : undefined;
  // A surname alone, not the second half of a double-barrelled one ("Gilgeous-[Alexander]"), nor a word of short capitals
  // among words in small letters, a numeral or an acronym ("a New Zealand [XI] beat", not Xi).
  if (!best && first.pos === 'PROPN' && startsUpper(first.text) && !afterCapitalisedHyphen(tokens, i) && !shortCapsAmongSmall(tokens, i)) {
    if (word.surnames === undefined) word.surnames = index.surnames.get(head) ?? null;
    const hits = word.surnames;
    if (hits) best = { end: first.end, lastToken: i, key: pieces.cased(i).trim(), hits, weak: true };
  }
  return best;
}

/**
 * A match of one word without "the" before it, less the entries the registry names with their article and that word
 * ("The Age", "The Verge", "The Project"): "Age UK", "Project Sunbird" name none of them. Undefined when none is left.
 */
function withoutArticleNames(index: RegistryIndex, match: Match): Match | undefined {
  const hits = match.hits.filter((h) => h.kind === 'surname' || !namedWithArticle(index.entries.get(h.id), h.form));
  return hits.length === match.hits.length ? match : hits.length ? { ...match, hits } : undefined;
}

/** Whether an entry's names hold `form` only after "The" ("The Age" for "Age"). */
function namedWithArticle(entry: RegistryEntry | undefined, form: string): boolean {
  if (!entry) return false;
  const names = [entry.name, ...(entry.aliases ?? [])];
  return names.some((n) => THE_NAME.test(n) && aliasKey(n) === form) && !names.some((n) => !THE_NAME.test(n) && aliasKey(n) === form);
}
const THE_NAME = /^The /;

/** Whether token i follows a hyphen glued to a capitalised word before it ("Gilgeous-Alexander"). */
function afterCapitalisedHyphen(tokens: readonly Token[], i: number): boolean {
  const hyphen = tokens[i - 1];
  const word = tokens[i - 2];
  return Boolean(hyphen && word && hyphen.text === '-' && hyphen.end === tokens[i].start && word.end === hyphen.start && startsUpper(word.text));
}

/**
 * Grows the span token by token while it can still become an alias; returns the longest alias met.
 * `firstWord`: the first token's head (its piece, when it holds no space, is its head).
 */
function extend(doc: Doc, index: RegistryIndex, pieces: Pieces, i: number, firstWord: Head): Match | undefined {
  const tokens = doc.tokens;
  const first = tokens[i];
  let best: Match | undefined;
  let cased = '';
  let folded = '';
  // While no piece is empty or holds a space, the keys have single spaces between words and none at the ends.
  let collapsed = true;
  /** The brackets and commas the span runs across, each of which its alias must hold. */
  let marks = '';
  // The last step's folded key and whether it opens an alias: a token that adds nothing to it (a comma, a stop) asks of the same key again.
  let lastFkey: string | undefined;
  let lastOpens = false;
  for (let j = i; j < tokens.length && (tokens[j].sentence === first.sentence || abbreviationStopBefore(doc.text, tokens, i, j)); j++) {
    const tok = tokens[j];
    if (isOneOf(tok.text, NAME_BREAKS)) break;
    // A hyphen with a space either side parts a wire's slug from its headline ("CRICKET - AUSTRALIA WIN TOSS"); the
    // names that hold a spaced dash write it as a dash ("Georgian Dream – Democratic Georgia").
    if (tok.text === '-' && j > i && doc.text.charCodeAt(tok.start - 1) === 32 && doc.text.charCodeAt(tok.end) === 32) break;
    if (isOneOf(tok.text, WRITTEN_MARKS) && !marks.includes(tok.text)) marks += tok.text;
    // A span that runs past a stop wink ended a sentence with is an alias written with that stop.
    if (tok.sentence !== first.sentence && !marks.includes('.')) marks += '.';
    const sep = j > i && tok.start > tokens[j - 1].end ? ' ' : '';
    // A plural's possessive apostrophe, a token of its own, is left out as the keys leave it out ("Workers' Party").
    const dropped = sep === '' && j > i && APOSTROPHE.test(tok.text) && /s$/i.test(cased);
    const piece = dropped ? '' : pieces.cased(j);
    collapsed &&= piece !== '' && !piece.includes(' ');
    cased += sep + piece;
    folded += sep + (dropped ? '' : pieces.folded(j));
    const key = collapsed ? cased : collapseSpaces(cased);
    const fkey = collapsed ? folded : collapseSpaces(folded);
    const opens: boolean = j === i && collapsed ? firstWord.opens : fkey === lastFkey ? lastOpens : index.prefixes.has(fkey);
    lastFkey = fkey;
    lastOpens = opens;
    // A bracket closes a name written with one; a plus sign against the word before ends one ("OPEC+").
    if (startsWordlike(tok.text) || WORDLIKE.test(tok.text) || (tok.text === ')' && marks.includes('(')) || (tok.text === '+' && sep === '')) {
      // Every alias's folded key is a prefix, and the span's key folds to fkey (toLowerCase maps each
      // character alone, but for a Greek capital sigma): a span whose fkey is no prefix has no hits.
      // (the first word's fkey is its head)
      let hits = opens || key.includes('\u03a3') ? hitsFor(index, key, j === i && collapsed ? aliasesOf(index, firstWord) : index.folded.get(fkey)) : NO_HITS;
      if (marks && hits.length) hits = hits.filter((h) => writtenWith(index, h.id, marks));
      if (hits.length) best = { end: tok.end, lastToken: j, key, hits, weak: false };
      else if (tok.text.length > 2 && stripPossessive(key) !== key) {
        // wink keeps "Iran's" as one token once the same text has ended a sentence with it ("... Iran's."); the possessive stays outside the span.
        const bare = stripPossessive(key);
        const bareHits = hitsFor(index, bare, index.folded.get(foldKey(bare)));
        if (bareHits.length) best = { end: tok.end - 2, lastToken: j, key: bare, hits: bareHits, weak: false };
      } else if (modelSingular(tok.text) !== undefined) {
        // A model's plural is the model's name, the whole word ("12 A350-900s", "three Boeing 777s").
        const singular = key.slice(0, -1);
        const singularHits = hitsFor(index, singular, index.folded.get(foldKey(singular)));
        if (singularHits.length) best = { end: tok.end, lastToken: j, key: singular, hits: singularHits, weak: false };
      }
    }
    // Only where a word ends can the span be checked against alias prefixes: wink splits "H.Res.752" inside words.
    const next = tokens[j + 1];
    const wordEnds = !next || next.start > tok.end;
    if (wordEnds && !opens) break;
    if (wordCount(fkey) > index.maxWords) break;
  }
  return best;
}

/**
 * Whether the sentence break before token j is a full stop glued to a word of the span and spaces on one line, which
 * the span, still an alias's beginning, may go on past: the stop is then an abbreviation's of an alias written with
 * it ("Warner Bros. Discovery", where wink ends a sentence after "Bros.").
 */
function abbreviationStopBefore(text: string, tokens: readonly Token[], i: number, j: number): boolean {
  return j - 1 > i && tokens[j - 1].text === '.' && tokens[j - 1].start === tokens[j - 2].end && SPACES.test(text.slice(tokens[j - 1].end, tokens[j].start));
}
const SPACES = /^ +$/;
const APOSTROPHE = /^['\u2019]$/;

/** Whether one of the entry's names holds every one of the marks. */
function writtenWith(index: RegistryIndex, id: string, marks: string): boolean {
  const e = index.entries.get(id);
  return e !== undefined && [e.name, ...(e.aliases ?? [])].some((alias) => [...marks].every((mark) => alias.includes(mark)));
}

/** Words in a key (one space between words), counted without splitting it. */
function wordCount(key: string): number {
  let n = 1;
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) n++;
  return n;
}

function typeOf(index: RegistryIndex, hits: AliasHit[]): { type: Label; mixed: boolean } {
  let type: Label = 'ORG';
  let bestPrior = -1;
  const types = new Set<Label>();
  for (const h of hits) {
    const e = index.entries.get(h.id);
    if (!e) continue;
    types.add(e.type);
    const prior = priorOf(e);
    if (prior > bestPrior) { bestPrior = prior; type = e.type; }
  }
  return { type, mixed: types.size > 1 };
}

/** What the document says around a bare surname: the person named in full in it, or a title right before it. */
interface SurnameSupport {
  seen: boolean;
  titled: boolean;
}

function confidence(match: Match, first: Token, sentenceInitial: boolean, mixed: boolean, support: SurnameSupport): number {
  const exactCase = match.hits.some((h) => h.form === match.key);
  let c: number;
  if (match.weak) c = support.seen ? 0.85 : support.titled ? 0.8 : 0.45;
  else if (match.key.includes(' ')) c = exactCase ? 0.95 : 0.8;
  else if (match.hits.some((h) => h.kind === 'acronym' && h.form === match.key)) c = 0.9;
  else if (!exactCase) c = 0.6;
  else if (first.pos === 'PROPN') c = sentenceInitial ? 0.75 : 0.85;
  else c = sentenceInitial ? 0.45 : 0.6;
  return mixed ? c * 0.85 : c;
}

/**
 * A capitalised proper noun right next to the match, that is not a title, means the alias is likely part of a longer
 * name; not a company's legal form after it ("Amazon.com [Inc.]": the company's own), not a product's model word
 * after a product's alias ("Galaxy S25 [Ultra]", "ChatGPT [Enterprise]"), not the maker or the user named before a
 * product with a model number ("[Lockheed Martin] F-35", "[Jeju Air] Boeing 737-800"), and not
 * a word of another alias of several words, or of a place's name, right beside one of several words ("[Air India]
 * [Boeing 787]", "[U.S.] [West Texas Intermediate]"): the longest match read the two apart.
 */
function insideLongerName(doc: Doc, index: RegistryIndex, firstToken: number, lastToken: number, beside: Beside): boolean {
  const tokens = doc.tokens;
  const properNoun = (k: number) => {
    const t = tokens[k];
    return !!t && t.pos === 'PROPN' && startsUpper(t.text) && t.sentence === tokens[firstToken].sentence && !beside.namedApart(k);
  };
  const before = firstToken - 1;
  if (!beside.numberedProduct && properNoun(before) && /^ +$/.test(doc.text.slice(tokens[before].end, tokens[firstToken].start))
    && titleBefore(doc.text, tokens[firstToken].start, index) === undefined) return true;
  const after = lastToken + 1;
  if (beside.modelAfter) return false;
  return (properNoun(after) && /^ +$/.test(doc.text.slice(tokens[lastToken].end, tokens[after].start))
    && !index.titleStarts.has(foldKey(tokens[after].text)) && !isLegalForm(tokens[after].text)) || particleNameAt(tokens, after)
    || hyphenedToUnknownName(tokens, lastToken, index);
}

/**
 * Whether a hyphen and a capitalised word that opens no registry name are written against the match's last token: a
 * compound name goes on there ("[Canterbury]-Hurlstone Park"; not "Russia-Ukraine" or "CBS News-New York Times", two
 * names).
 */
function hyphenedToUnknownName(tokens: readonly Token[], last: number, index: RegistryIndex): boolean {
  const [hyphen, word] = [tokens[last + 1], tokens[last + 2]];
  return !!word && hyphen.text === '-' && hyphen.start === tokens[last].end && word.start === hyphen.end && startsUpper(word.text)
    && !index.prefixes.has(foldKey(word.text));
}

/** Arabic names' particles hyphened to the next part of a name: "al-", "el-", "bin-". */
const NAME_PARTICLES: ReadonlySet<string> = new Set([...ARABIC_ARTICLES, 'ad', 'ar', 'as', 'ash', 'at', 'az', 'abu', ...PATRONYMIC_PARTICLES]);

/** Whether a particle, a hyphen and a capitalised word start at token k, all written together ("al-Varani"): a name goes on there. */
function particleNameAt(tokens: readonly Token[], k: number): boolean {
  const [particle, hyphen, word] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  return !!word && NAME_PARTICLES.has(particle.text) && hyphen.text === '-' && hyphen.start === particle.end && word.start === hyphen.end
    && startsUpper(word.text) && particle.start === tokens[k - 1].end + 1;
}

interface Beside {
  /** A product's model words follow the match. */
  modelAfter: boolean;
  /** The match is a product's alias with a model number in it, which its maker or user is named before ("[Jeju Air] Boeing 737-800"). */
  numberedProduct: boolean;
  /** Token k is read as part of another alias of several words, and so is the match. */
  namedApart: (k: number) => boolean;
}

/** What `apart` holds for a token of an alias of several words, and for one of a place's name of one word. */
const SEVERAL_WORDS = 1;
const PLACE_WORD = 2;

export function recognizeRegistryNames(doc: Doc, index: RegistryIndex): Candidate[] {
  const tokens = doc.tokens;
  const pieces = new Pieces(tokens);
  const heads = headsOf(index);
  // The people the article names in full anywhere: a surname alone is theirs before the full name too ("[Bumrah] takes
  // five" in a headline, "Jasprit Bumrah took five wickets" below it).
  const seenPeople = new Set<string>();
  const found: { i: number; match: Match; type: Label; mixed: boolean; modelAfter: boolean }[] = [];
  for (let i = 0; i < tokens.length; ) {
    let match = longestAt(doc, index, heads, pieces, i);
    if (match && match.lastToken === i && tokens[i - 1]?.text.toLowerCase() !== 'the') match = withoutArticleNames(index, match);
    if (!match) { i++; continue; }
    const { type, mixed } = typeOf(index, match.hits);
    // A product's model words after its alias ("Claude [Sonnet 4]", "Llama [4]").
    const modelAfter = type === 'PRODUCT' && MODEL_WORDS_AFTER.test(doc.text.slice(match.end, match.end + 40));
    // A product's name that is one only with its model after it ("Claude" alone is a given name).
    if (!modelAfter && match.hits.every((h) => h.kind === 'model')) { i++; continue; }
    const end = withEdition(doc.text, match.end, type);
    if (end > match.end) {
      let last = match.lastToken;
      while (last + 1 < tokens.length && tokens[last + 1].end <= end) last++;
      match = { ...match, end, lastToken: last };
    }
    if (type === 'PERSON' && !match.weak) for (const h of match.hits) seenPeople.add(h.id);
    found.push({ i, match, type, mixed, modelAfter });
    i = match.lastToken + 1;
  }
  // The tokens of the aliases of several words found (1), and of the places' names of one word (2).
  const apart = new Uint8Array(tokens.length);
  for (const { i, match, type } of found) if (match.lastToken > i || type === 'GPE') apart.fill(match.lastToken > i ? SEVERAL_WORDS : PLACE_WORD, i, match.lastToken + 1);
  return found.map(({ i, match, type, mixed, modelAfter }) => {
    const first = tokens[i];
    const sentenceInitial = i === 0 || tokens[i - 1].sentence !== first.sentence;
    const support = {
      seen: match.weak && match.hits.some((h) => seenPeople.has(h.id)),
      titled: match.weak && titleBefore(doc.text, first.start, index) !== undefined,
    };
    // An alias of several words and a place's name beside it are read apart ("[U.S.] [West Texas Intermediate]",
    // "[U.S.] [Roman Catholic] archdiocese"), as are two aliases of several words.
    const namedApart = (k: number) => match.lastToken > i ? apart[k] !== 0 : type === 'GPE' && apart[k] === SEVERAL_WORDS;
    const numberedProduct = type === 'PRODUCT' && /\d/.test(match.key);
    const embedded = insideLongerName(doc, index, i, match.lastToken, { modelAfter, numberedProduct, namedApart }) ? EMBEDDED : 1;
    // A product's alias with its model after it is that product, whatever the model read.
    const sure = modelAfter ? (mixed ? 0.85 : 1) : confidence(match, first, sentenceInitial, mixed, support);
    return {
      start: first.start, end: match.end, type, source: 'registry',
      confidence: Math.round(sure * embedded * 100) / 100,
    };
  });
}
