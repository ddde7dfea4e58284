// Lists of people: a line-up or a roll of names ("Given, Breen, Staunton, Irwin, McAteer, Harte")
// names people of one kind, so where most of a list is people, the rest of it is too: the model's
// unsure place or organization there ("McLoughlin" as a town), and a name it missed, become PERSON. So do lists of
// organizations ("a joint venture with Bosch, Infineon and NXP Semiconductors"): where most of a list of three or
// more is organizations, the model's unsure place or person there that the registry does not know is one too; and
// lists of places ("Glasgow, Dundee, West Dunbartonshire and North Lanarkshire").
import type { Candidate, Label, Token } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
import cues from './lexicon/person-cues.json' with { type: 'json' };
import { startsUpper } from './first-letter.js';
import type { LowerCaseWords } from './lower-case.js';
import { hasSource } from './sources.js';
import { wordsOf } from './white-space.js';
import { candidate } from './candidates.js';

/** Items a list needs, and how many of them must be people already: three, and more than half. */
const MIN_ITEMS = 4;
const MIN_PEOPLE = 3;
const PEOPLE_SHARE = 0.5;
/** Above this, a recognizer's other reading of an item stands (a registry place, a sure ORG). */
const SURE = 0.9;
const LIST_CONFIDENCE = 0.7;
/** Lower-case words inside a person's name ("Ludwig van Beethoven"). */
const PARTICLES: ReadonlySet<string> = new Set(cues.particles);

interface Item { start: number; end: number }

/** Items a list of organizations or of places needs, and how many must be of that kind already. */
const MIN_KIND_ITEMS = 3;
const MIN_OF_KIND = 2;

/** The lists of an article's tokens, read once for people and organizations both. */
const read = new WeakMap<readonly Token[], Item[][]>();

/** The comma lists of capitalised names in the text, of `minItems` items or more. */
function listsOf(tokens: readonly Token[], minItems = MIN_ITEMS): Item[][] {
  let lists = read.get(tokens);
  if (!lists) read.set(tokens, (lists = allListsOf(tokens)));
  return minItems === MIN_KIND_ITEMS ? lists : lists.filter((list) => list.length >= minItems);
}

/** The comma lists of capitalised names in the text, of MIN_KIND_ITEMS items or more (the fewest either kind reads). */
function allListsOf(tokens: readonly Token[]): Item[][] {
  const lists: Item[][] = [];
  let list: Item[] = [];
  const close = () => {
    if (list.length >= MIN_KIND_ITEMS) lists.push(list);
    list = [];
  };
  for (let k = 0; k < tokens.length; ) {
    if (!startsUpper(tokens[k].text)) { close(); k++; continue; }
    let to = k + 1;
    while (to < tokens.length && tokens[to].sentence === tokens[k].sentence
      && (startsUpper(tokens[to].text) || (PARTICLES.has(tokens[to].text) && startsUpper(tokens[to + 1]?.text ?? '')))) to++;
    list.push({ start: tokens[k].start, end: tokens[to - 1].end });
    // The list goes on past ", ", "and" or ", and" to the next name in the sentence.
    let next = to;
    if (tokens[next]?.text === ',') next++;
    if (tokens[next]?.text === 'and') next++;
    const goesOn = next > to && next < tokens.length && tokens[next].sentence === tokens[k].sentence && startsUpper(tokens[next].text);
    if (!goesOn) close();
    k = goesOn ? next : to;
  }
  close();
  return lists;
}

/** Mentions (sorted by start, without overlaps) with the rest of mostly-people lists made people. */
export function peopleInLists(text: string, tokens: readonly Token[], mentions: Candidate[], lower: LowerCaseWords): Candidate[] {
  const lists = listsOf(tokens);
  if (!lists.length) return mentions;
  // A name the model missed is not one the article writes in lower case ("Album, Record").
  const written = (item: Item) => wordsOf(text.slice(item.start, item.end)).some((w) => lower.has(w));
  const changed = new Map<number, Candidate>();
  const added: Candidate[] = [];
  let m = 0;
  for (const list of lists) {
    while (m < mentions.length && mentions[m].end <= list[0].start) m++;
    // Each item with the mentions inside it (indexes into mentions).
    const inside = list.map((item) => {
      while (m < mentions.length && mentions[m].end <= item.start) m++;
      const found: number[] = [];
      for (let n = m; n < mentions.length && mentions[n].start < item.end; n++) found.push(n);
      return found;
    });
    const isPerson = (item: Item, found: number[]) =>
      found.length === 1 && mentions[found[0]].type === 'PERSON' && mentions[found[0]].start === item.start && mentions[found[0]].end === item.end;
    const people = list.filter((item, i) => isPerson(item, inside[i])).length;
    if (people < MIN_PEOPLE || people <= list.length * PEOPLE_SHARE) continue;
    list.forEach((item, i) => {
      const found = inside[i];
      if (!found.length) {
        if (!written(item)) added.push(candidate(item.start, item.end, 'PERSON', 'rules', LIST_CONFIDENCE));
        return;
      }
      const c = mentions[found[0]];
      const same = found.length === 1 && c.start === item.start && c.end === item.end;
      if (same && c.type !== 'PERSON' && NAME_LABELS.has(c.type) && c.source === 'model' && c.confidence < SURE) changed.set(found[0], { ...c, type: 'PERSON' });
    });
  }
  if (!changed.size && !added.length) return mentions;
  return [...mentions.map((c, k) => changed.get(k) ?? c), ...added].sort((a, b) => a.start - b.start);
}

/** The model's readings a list of organizations corrects: a place or a person it was unsure of. */
const RETYPED_AS_ORGANIZATIONS: ReadonlySet<string> = new Set(['GPE', 'LOC', 'PERSON', 'NORP']);
/** The model's readings a list of places corrects: an organization, a person or a people it was unsure of. */
const RETYPED_AS_PLACES: ReadonlySet<string> = new Set(['ORG', 'PERSON', 'NORP']);
const PLACES: ReadonlySet<string> = new Set(['GPE', 'LOC']);
const ORGANIZATIONS: ReadonlySet<string> = new Set(['ORG']);

/** Mentions (sorted by start, without overlaps) with the unsure rest of mostly-organization lists made organizations. */
export function organizationsInLists(text: string, tokens: readonly Token[], mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  return restOfLists(text, tokens, mentions, registry, ORGANIZATIONS, RETYPED_AS_ORGANIZATIONS, 'ORG', () => true);
}

/**
 * Mentions with the unsure rest of mostly-place lists made places ("Glasgow, Dundee, West Dunbartonshire and North
 * Lanarkshire backed Yes": Dundee an organization to the model); a person's only by one word ("Mobile, Baldwin and
 * Escambia counties"), not a full name after a place's region ("in San Juan, Puerto Rico, and Evens Sanon").
 */
export function placesInLists(text: string, tokens: readonly Token[], mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  const oneWordOrNoPerson = (c: Candidate) => c.type !== 'PERSON' || !text.slice(c.start, c.end).includes(' ');
  return restOfLists(text, tokens, mentions, registry, PLACES, RETYPED_AS_PLACES, 'GPE', oneWordOrNoPerson);
}

/**
 * Where most of a list of three or more is of the `kinds` (two at least), the model's reading there of one of the
 * `retyped` labels that `retypes` allows becomes `to`: an unsure one the registry does not know, and any the registry
 * knows only as of the `kinds`.
 */
function restOfLists(text: string, tokens: readonly Token[], mentions: Candidate[], registry: RegistryIndex,
  kinds: ReadonlySet<string>, retyped: ReadonlySet<string>, to: Label, retypes: (c: Candidate) => boolean): Candidate[] {
  // Most articles list none of the kind: only lists that hold one need reading.
  if (!mentions.some((c) => kinds.has(c.type))) return mentions;
  const lists = listsOf(tokens, MIN_KIND_ITEMS);
  if (!lists.length) return mentions;
  let out: Candidate[] | undefined;
  // Lists and mentions are both in text order: one pointer walks the mentions.
  let n = 0;
  /** The mention that is the item exactly, if any. */
  const exact = (item: Item) => {
    while (n < mentions.length && mentions[n].start < item.start) n++;
    return n < mentions.length && mentions[n].start === item.start && mentions[n].end === item.end ? n : undefined;
  };
  for (const list of lists) {
    const found = list.map(exact);
    const ofKind = found.filter((k) => k !== undefined && kinds.has(mentions[k].type)).length;
    if (ofKind < MIN_OF_KIND || ofKind <= list.length * PEOPLE_SHARE) continue;
    for (const k of found) {
      if (k === undefined) continue;
      const c = mentions[k];
      if (!retyped.has(c.type) || !hasSource(c.source, 'model') || !retypes(c)) continue;
      // A name the registry knows only as of the list's kind is one whatever the model's confidence ("Perth, [Adelaide]
      // and Brisbane", a team's name to it); one it knows otherwise keeps the model's reading.
      const known = aliasTypes(registry, text.slice(c.start, c.end));
      if (known.length ? !known.every((t) => kinds.has(t)) : c.source !== 'model' || c.confidence >= SURE) continue;
      (out ??= [...mentions])[k] = { ...c, type: to };
    }
  }
  return out ?? mentions;
}
