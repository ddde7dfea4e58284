// People within one article: full names group into clusters (one person each); a one-word name joins the
// cluster whose surname (or else first name) it is, nearest before it first, unless the registry knows it with the
// title written before it ("King Hussein" beside "Saddam Hussein"), or the cluster is a registry person who holds no such
// title and one of the surname does ("President Biden" beside "Hunter Biden"); only a name no cluster explains goes to the
// registry, by alias and then by surname. A cluster is its registry entry or a nil id keyed by
// its fullest name.
import { NAME_PARTICLES } from '../lexicon/name-particles.js';
import type { AliasHit, RegistryIndex } from '../registry/alias-index.js';
import { aliasKey, foldKey } from '../registry/normalize.js';
import { nilId } from './nil.js';
import { familyNameFirst, fittingInitial, namesCompatible, personWords, surnameOf } from './person-names.js';
import { decide, scoreCandidates, type Decision, type LinkContext } from './score-candidates.js';

interface PersonMention {
  /** Index into Doc.mentions. */
  index: number;
  start: number;
  /** The name as written, title and possessive left out. */
  text: string;
  /** Registry hits for the whole name. */
  hits: AliasHit[];
  /** Registry people a one-word name is with its title ("King Hussein"): they decide before any cluster's surname does. */
  titled?: AliasHit[];
  /** Registry people of its surname who hold its title ("President Biden"): they decide where the article's cluster of the
   * surname is a registry person who holds none ("Hunter Biden"). */
  surnameTitled?: AliasHit[];
  /** Whether a registry person can be this one-word name by the title written before it (a judge's only a judge). */
  holds?: (id: string) => boolean;
  /** A peer's title is written before it: the person the article named in full keeps it, peer or not in the registry
   * ("David Cameron ... Lord Cameron"), where a judge's title parts a judge from any namesake. */
  peer?: boolean;
  /** A writer the article credits ("(Reporting by Joyce Lee; ...)", "By Kim Arin"): nobody the story's names alone stand for. */
  credited?: boolean;
  /** The article's context, for these hits. */
  context: (hits: AliasHit[]) => LinkContext;
}

interface Cluster {
  words: string[];
  /** The fullest name as written. */
  text: string;
  entity?: string;
  members: PersonMention[];
  /** Where its first member starts. */
  firstStart: number;
  /** Each member's registry decision, kept for its candidates. */
  decisions: Map<number, Decision>;
  /** A credited writer's: no name alone joins it. */
  credited?: boolean;
}

/** A name whose last word is two joined by a hyphen ("Dlamini-Zuma"), its possessive aside. */
const DOUBLE_BARRELLED = /\p{L}[-‐]\p{L}+(?:['’]s?)?$/u;

/** The surnames the registry gives a cluster's person, folded (none for a person it gives none or does not know). */
function declaredSurnames(c: Cluster, index: RegistryIndex): string[] {
  const declared = c.entity ? index.entries.get(c.entity)?.surnames : undefined;
  return declared ? declared.map((s) => surnameOf(personWords(s))) : [];
}

/** Whether the registry lets the cluster's person be named by the surname alone (no "surnames": [] on the entry). */
function namedBySurname(c: Cluster, index: RegistryIndex): boolean {
  const declared = c.entity ? index.entries.get(c.entity)?.surnames : undefined;
  return declared === undefined || declared.length > 0;
}

/** Lists by key, appended in order. */
class Buckets<T> extends Map<string, T[]> {
  push(key: string, value: T): void {
    const list = this.get(key);
    if (list) list.push(value);
    else this.set(key, [value]);
  }
}

/** Decisions by mention index, each with the name an unregistered entity is shown under. */
export function linkPeople(people: PersonMention[], index: RegistryIndex): Map<number, Decision & { name: string }> {
  const clusters: Cluster[] = [];
  // Clusters are found through maps, never by scanning them all: a long article names hundreds of people.
  const byLast = new Buckets<Cluster>();
  const words = new Map(people.map((p) => [p, personWords(p.text)]));
  for (const p of people) {
    const w = words.get(p)!;
    if (w.length < 2) continue;
    const decision = decide(scoreCandidates(index, p.hits, 'PERSON', p.context(p.hits)));
    const entity = decision?.entity;
    // Keyed by the surname, so that the name alone finds it ("Byrd" after "James Byrd Jr.").
    const last = surnameOf(w);
    let c = p.credited ? undefined : byLast.get(last)?.find((k) => namesCompatible(w, k.words) && (!entity || !k.entity || entity === k.entity));
    if (!c) {
      clusters.push((c = { words: w, text: p.text, entity, members: [], firstStart: p.start, decisions: new Map(), credited: p.credited }));
      if (!p.credited) byLast.push(last, c);
    }
    if (w.length > c.words.length) { c.words = w; c.text = p.text; }
    c.entity ??= entity;
    c.members.push(p);
    c.firstStart = Math.min(c.firstStart, p.start);
    if (decision) c.decisions.set(p.index, decision);
  }
  const told = clusters.filter((c) => !c.credited);
  const byFirst = new Buckets<Cluster>();
  // (each full name's first word, not the fullest's alone: a headline's slug may open that one, "FOOTBALL-RANDALL CUNNINGHAM")
  for (const c of told) {
    const firsts = new Set(c.members.map((p) => words.get(p)!).filter((w) => w.length > 1).map((w) => w[0]));
    for (const first of firsts) byFirst.push(first, c);
  }
  // The family name East Asian names write first: "Lee Jae-yong ... Lee said".
  const byFamily = new Buckets<Cluster>();
  for (const c of told) {
    const family = familyNameFirst(c.text);
    if (family) byFamily.push(family, c);
  }
  // The first of two surnames, which Spanish names put before the mother's: "Víctor Rodríguez Padilla ... Rodríguez said";
  // written as three words apart at least, not a given name of two joined by a hyphen ("Jens-Frederik Nielsen" is no
  // Frederik's).
  const byFatherSurname = new Buckets<Cluster>();
  for (const c of told) {
    const father = c.words.length >= 3 && c.text.trim().split(/\s+/).length >= 3 ? c.words[c.words.length - 2] : undefined;
    if (father && !NAME_PARTICLES.has(father) && surnameOf(c.words) === c.words[c.words.length - 1]) byFatherSurname.push(father, c);
  }
  // A name alone is first the surname the registry gives a person of the article, then any name's last word: "Xi" is
  // Xi Jinping's, not Li Xi's, whose name ends in it.
  const bySurname = new Buckets<Cluster>();
  for (const c of told) for (const s of declaredSurnames(c, index)) bySurname.push(s, c);
  const byEntity = new Map<string, Cluster>();
  for (const c of told) if (c.entity && !byEntity.has(c.entity)) byEntity.set(c.entity, c);
  const oneWord = new Map<string, Cluster>();
  /** The cluster each one-word name joined last, in text order. */
  const joinedAlone = new Map<string, Cluster>();
  for (const p of people) {
    if (words.get(p)!.length > 1) continue;
    // A name of initials only ("J.") is keyed by its letters.
    const w = words.get(p)![0] ?? foldKey(aliasKey(p.text));
    let matches = bySurname.get(w) ?? byLast.get(w) ?? byFamily.get(w) ?? [];
    // A double-barrelled surname is whole: "Zuma" is Jacob Zuma's before Nkosazana Dlamini-Zuma's, where both are named.
    if (matches.length > 1 && matches.some((k) => DOUBLE_BARRELLED.test(k.text))) matches = matches.filter((k) => !DOUBLE_BARRELLED.test(k.text));
    // Not a person the registry says the surname alone never names ("surnames": []), where another is named: "Gbagbo" is
    // Laurent Gbagbo's after "Simone Ehivet Gbagbo" and "Laurent Gbagbo".
    if (matches.length > 1 && matches.some((k) => !namedBySurname(k, index))) {
      const named = matches.filter((k) => namedBySurname(k, index));
      if (named.length) matches = named;
    }
    if (!matches.length) matches = byFirst.get(w) ?? byFatherSurname.get(w)?.filter((k) => k.firstStart < p.start) ?? [];
    const preceding = matches.filter((k) => k.firstStart < p.start);
    // With no full name before it, the name is whom it named alone before ("President Clinton ... Clinton said ... Hillary
    // Rodham Clinton"), not the full name told later.
    let c: Cluster | undefined = preceding[0] ?? joinedAlone.get(w) ?? matches[0];
    if (c?.entity && p.holds && !p.holds(c.entity) && !(p.peer && c.words.length > 1)) c = undefined;
    // The cluster's registry person holds no title the name is written with, where another of the surname does.
    const held = c?.entity;
    const titledOther = held && p.surnameTitled && !p.surnameTitled.some((h) => h.id === held) ? p.surnameTitled : undefined;
    const titled = (p.titled && decide(scoreCandidates(index, p.titled, 'PERSON', p.context(p.titled))))
      || (titledOther && decide(scoreCandidates(index, titledOther, 'PERSON', p.context(titledOther))));
    if (titled) {
      let holder = byEntity.get(titled.entity);
      if (!holder) {
        clusters.push((holder = { words: [w], text: p.text, entity: titled.entity, members: [], firstStart: p.start, decisions: new Map() }));
        byEntity.set(titled.entity, holder);
      }
      holder.members.push(p);
      holder.firstStart = Math.min(holder.firstStart, p.start);
      holder.decisions.set(p.index, titled);
      joinedAlone.set(w, holder);
      continue;
    }
    let decision: Decision | undefined;
    if (!c) {
      const found = p.hits.length ? p.hits : fittingInitial(p.text, index.surnames.get(w) ?? [], index);
      const pool = p.holds ? found.filter((h) => p.holds!(h.id)) : found;
      decision = decide(scoreCandidates(index, pool, 'PERSON', p.context(pool)));
      const entity = decision?.entity;
      c = entity ? byEntity.get(entity) : oneWord.get(w);
      if (!c) {
        clusters.push((c = { words: [w], text: p.text, entity, members: [], firstStart: p.start, decisions: new Map() }));
        if (entity) byEntity.set(entity, c);
        else oneWord.set(w, c);
      }
    }
    c.members.push(p);
    c.firstStart = Math.min(c.firstStart, p.start);
    if (decision) c.decisions.set(p.index, decision);
    joinedAlone.set(w, c);
  }
  const out = new Map<number, Decision & { name: string }>();
  for (const c of clusters) {
    const id = c.entity ?? nilId('PERSON', c.text);
    for (const p of c.members) {
      const d = c.decisions.get(p.index);
      out.set(p.index, { entity: id, candidates: d?.entity === id ? d.candidates : undefined, name: c.text });
    }
  }
  return out;
}
