// The lookup structure over the registry: normalised alias → entries. Built here in memory (for `registry
// validate` and for compiling), and read by the pipeline from the compiled index file (compiled-index.ts),
// which answers the same questions without holding the registry as objects.
import { aliasKey, foldKey, isCaseSensitiveKey, isShortCaps, normalizeName, slugify } from './normalize.js';
import type { NameLabel } from '../document.js';
import type { Registry, RegistryEntry } from './schema.js';
import { PATRONYMIC_PARTICLES } from '../lexicon/patronymics.js';

/** How an alias belongs to its entry; surnames are weak, derived from people's names. */
type AliasKind = 'name' | 'alias' | 'acronym' | 'demonym' | 'surname' | 'model';

export interface AliasHit {
  id: string;
  kind: AliasKind;
  /** The alias as written in the registry, case kept (normalised), to tell exact-case matches. */
  form: string;
}

/** What the pipeline asks of an index: a Map answers it, and so does the compiled file. */
export interface Lookup<T> {
  get(key: string): T | undefined;
  has(key: string): boolean;
}

export interface RegistryIndex {
  entries: Lookup<RegistryEntry>;
  /** Short all-caps keys, matched with their case. */
  exact: Lookup<AliasHit[]>;
  /** Every other alias, case folded. */
  folded: Lookup<AliasHit[]>;
  /** Last names of registry people, folded: weak evidence used only when nothing else matches. */
  surnames: Lookup<AliasHit[]>;
  /** Folded word-prefixes of all aliases, so a span stops growing as soon as no alias can match. */
  prefixes: Pick<Set<string>, 'has'>;
  /** Largest number of words in an alias. */
  maxWords: number;
  /** Entries that are partOf each id (the inverse of partOf), for context. */
  children: Lookup<string[]>;
  /** Folded title keys ("secretary of state") and their largest number of words. */
  titles: Pick<Set<string>, 'has'>;
  maxTitleWords: number;
  /** Folded first words of titles ("president", "secretary"), to see a title begin after a name. */
  titleStarts: Pick<Set<string>, 'has'>;
  /** Folded word-prefixes of titles ("secretary", "secretary of", "secretary of state"): a title's scan stops at the first key that opens none. */
  titlePrefixes: Pick<Set<string>, 'has'>;
}

/** The index as built in memory, whose tables can be walked. */
export interface BuiltRegistryIndex extends RegistryIndex {
  entries: Map<string, RegistryEntry>;
  exact: Map<string, AliasHit[]>;
  folded: Map<string, AliasHit[]>;
  surnames: Map<string, AliasHit[]>;
  prefixes: Set<string>;
  children: Map<string, string[]>;
  titles: Set<string>;
  titleStarts: Set<string>;
  titlePrefixes: Set<string>;
}

/** Words that end a name but are not its surname (folded). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** A NORP entity for each place's demonyms: "Iranian" is its own entity, part of Iran. */
function demonymEntry(place: RegistryEntry, explicit: Map<string, RegistryEntry>): RegistryEntry | undefined {
  const [first, ...rest] = place.demonyms ?? [];
  if (!first) return undefined;
  const id = `norp/${slugify(first)}`;
  const own = explicit.get(id);
  if (own) return { ...own, aliases: [...(own.aliases ?? []), first, ...rest] };
  return { id, type: 'NORP', name: first, aliases: rest, partOf: place.id };
}

function add(map: Map<string, AliasHit[]>, key: string, hit: AliasHit): void {
  const list = map.get(key);
  if (!list) map.set(key, [hit]);
  else if (!list.some((h) => h.id === hit.id && h.kind === hit.kind)) list.push(hit);
}

/**
 * A name's last word, as written: a double-barrelled surname is whole ("Gilgeous-Alexander"; "Alexander" is no surname of
 * his). A father's name after "bin" is none ("Hamdan bin Mohammed" is no "Mohammed", "Mohammed bin Salman" no "Salman").
 */
function surnameOf(name: string): string | undefined {
  const words = name.trim().split(/\s+/).filter((w) => !NAME_SUFFIXES.has(foldKey(normalizeName(w))));
  if (words.length >= 2 && PATRONYMIC_PARTICLES.has(foldKey(words[words.length - 2]))) return undefined;
  return words.length >= 2 ? words[words.length - 1] : undefined;
}

/** Whether an alias is the name's words in another order ("Abe Shinzo" of "Shinzo Abe"). */
function reversedName(alias: string, name: string): boolean {
  const words = (text: string) => text.trim().split(/\s+/);
  const [a, n] = [words(alias), words(name)];
  return a.length === n.length && a.join(' ') !== n.join(' ') && [...a].sort().join(' ') === [...n].sort().join(' ');
}

export function buildRegistryIndex(registry: Registry): BuiltRegistryIndex {
  const entries = new Map<string, RegistryEntry>();
  for (const e of registry.entries) entries.set(e.id, e);
  for (const e of registry.entries) {
    const norp = demonymEntry(e, entries);
    if (norp) entries.set(norp.id, norp);
  }
  const index: BuiltRegistryIndex = {
    entries, exact: new Map(), folded: new Map(), surnames: new Map(), prefixes: new Set(), maxWords: 1,
    children: new Map(), titles: new Set(), maxTitleWords: 1, titleStarts: new Set(), titlePrefixes: new Set(),
  };
  const addAlias = (text: string, id: string, kind: AliasKind): void => {
    const key = aliasKey(text);
    if (!key) return;
    const hit = { id, kind, form: key };
    if (isCaseSensitiveKey(key)) add(index.exact, key, hit);
    else add(index.folded, foldKey(key), hit);
    const words = foldKey(key).split(' ');
    index.maxWords = Math.max(index.maxWords, words.length);
    let prefix = words[0];
    index.prefixes.add(prefix);
    for (let n = 1; n < words.length; n++) index.prefixes.add(prefix += ` ${words[n]}`);
  };
  // A name with umlauts or ß is found as the press spells it out too ("Cem Oezdemir", "Hendrik Wuest"), as stripping the
  // marks finds it written without them.
  const addSpelt = (text: string, id: string, kind: AliasKind): void => {
    addAlias(text, id, kind);
    const spelt = umlautsSpelt(text);
    if (spelt !== text) addAlias(spelt, id, kind);
  };
  for (const e of entries.values()) {
    // A name listed among the model names too ("Claude") is one only with a model after it.
    const modelOnly = e.modelNames ?? [];
    if (!modelOnly.includes(e.name)) addSpelt(e.name, e.id, 'name');
    for (const a of e.aliases ?? []) if (!modelOnly.includes(a)) addSpelt(a, e.id, 'alias');
    for (const a of e.acronyms ?? []) addAlias(a, e.id, 'acronym');
    for (const a of modelOnly) addAlias(a, e.id, 'model');
    if (e.type === 'PERSON') {
      // (not from the name written family name first, "Saito Ken" of Ken Saito: its last word is the given name)
      const surnames = e.surnames ?? [e.name, ...(e.aliases ?? []).filter((a) => !reversedName(a, e.name))].map(surnameOf).filter((s): s is string => !!s);
      for (const s of surnames) {
        add(index.surnames, foldKey(aliasKey(s)), { id: e.id, kind: 'surname', form: aliasKey(s) });
        const spelt = umlautsSpelt(s);
        if (spelt !== s) add(index.surnames, foldKey(aliasKey(spelt)), { id: e.id, kind: 'surname', form: aliasKey(spelt) });
      }
    }
    if (e.partOf) {
      const siblings = index.children.get(e.partOf);
      if (siblings) siblings.push(e.id);
      else index.children.set(e.partOf, [e.id]);
    }
  }
  for (const t of registry.titles) {
    const key = foldKey(normalizeName(t));
    index.titles.add(key);
    index.titleStarts.add(key.split(' ')[0]);
    index.maxTitleWords = Math.max(index.maxTitleWords, key.split(' ').length);
  }
  for (const p of wordPrefixes(index.titles)) index.titlePrefixes.add(p);
  return index;
}

/** German umlauts and ß spelt out: "Özdemir" → "Oezdemir", "Wüst" → "Wuest", "Strauß" → "Strauss". */
export function umlautsSpelt(text: string): string {
  return UMLAUTS.test(text) ? text.replace(UMLAUTS_ALL, (c) => UMLAUT_SPELLING[c]) : text;
}
const UMLAUT_SPELLING: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss' };
const UMLAUTS = /[äöüÄÖÜß]/;
const UMLAUTS_ALL = /[äöüÄÖÜß]/g;

/** Every run of words that opens one of the keys ("secretary", "secretary of", "secretary of state" of the last). */
export function wordPrefixes(keys: Iterable<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const key of keys) {
    let prefix = '';
    for (const word of key.split(' ')) prefixes.add((prefix = prefix ? `${prefix} ${word}` : word));
  }
  return prefixes;
}

/**
 * Registry hits for a piece of text (a mention or a span): exact-case short forms, then folded aliases. Not a
 * product's name that is one only with its model after it ("Claude" alone), unless `withModelNames`.
 */
export function lookupAlias(index: RegistryIndex, text: string, withModelNames = false): AliasHit[] {
  const key = aliasKey(text);
  const exact = exactHits(index, key) ?? [];
  const hits = isShortCaps(key) ? [...exact] : [...exact, ...(index.folded.get(foldKey(key)) ?? [])];
  // (filtered only where a model name is among them: most lookups have none, and need no second array)
  if (!withModelNames) for (const h of hits) if (h.kind === 'model') return hits.filter((x) => x.kind !== 'model');
  return hits;
}

/**
 * The hits of a key matched in its own case. Only short all-caps keys are indexed so (isCaseSensitiveKey): any other
 * key, most of them, is answered without a probe of the index.
 */
export function exactHits(index: RegistryIndex, key: string): AliasHit[] | undefined {
  return isCaseSensitiveKey(key) ? index.exact.get(key) : undefined;
}

/** The kinds of entity the registry knows a piece of text as, one for each hit (none for a name it does not know). */
export function aliasTypes(index: RegistryIndex, text: string): NameLabel[] {
  return lookupAlias(index, text).map((h) => index.entries.get(h.id)!.type);
}
