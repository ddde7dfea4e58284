// People within one article: full names group into clusters (one person each); a one-word name joins the
// cluster whose surname (or else first name) it is, nearest before it first; only a name no cluster explains
// goes to the registry, by alias and then by surname. A cluster is its registry entry or a nil id keyed by
// its fullest name.
import type { AliasHit, RegistryIndex } from '../registry/alias-index.js';
import { aliasKey, foldKey } from '../registry/normalize.js';
import { nilId } from './nil.js';
import { namesCompatible, personWords } from './person-names.js';
import { decide, scoreCandidates, type Decision, type LinkContext } from './score-candidates.js';

interface PersonMention {
  /** Index into Doc.mentions. */
  index: number;
  start: number;
  /** The name as written, title and possessive left out. */
  text: string;
  /** Registry hits for the whole name. */
  hits: AliasHit[];
  /** The article's context, for these hits. */
  context: (hits: AliasHit[]) => LinkContext;
}

interface Cluster {
  words: string[];
  /** The fullest name as written. */
  text: string;
  entity?: string;
  members: PersonMention[];
  /** Each member's registry decision, kept for its candidates. */
  decisions: Map<number, Decision>;
}

/** Decisions by mention index, each with the name an unregistered entity is shown under. */
export function linkPeople(people: PersonMention[], index: RegistryIndex): Map<number, Decision & { name: string }> {
  const clusters: Cluster[] = [];
  const words = new Map(people.map((p) => [p, personWords(p.text)]));
  for (const p of people) {
    const w = words.get(p)!;
    if (w.length < 2) continue;
    const decision = decide(scoreCandidates(index, p.hits, 'PERSON', p.context(p.hits)));
    const entity = decision?.entity;
    let c = clusters.find((k) => namesCompatible(w, k.words) && (!entity || !k.entity || entity === k.entity));
    if (!c) clusters.push((c = { words: w, text: p.text, entity, members: [], decisions: new Map() }));
    if (w.length > c.words.length) { c.words = w; c.text = p.text; }
    c.entity ??= entity;
    c.members.push(p);
    if (decision) c.decisions.set(p.index, decision);
  }
  for (const p of people) {
    if (words.get(p)!.length > 1) continue;
    // A name of initials only ("J.") is keyed by its letters.
    const w = words.get(p)![0] ?? foldKey(aliasKey(p.text));
    let matches = clusters.filter((k) => k.words.length > 1 && k.words[k.words.length - 1] === w);
    if (!matches.length) matches = clusters.filter((k) => k.words.length > 1 && k.words[0] === w);
    const preceding = matches.filter((k) => k.members.some((q) => q.start < p.start));
    let c: Cluster | undefined = (preceding.length ? preceding : matches)[0];
    let decision: Decision | undefined;
    if (!c) {
      const pool = p.hits.length ? p.hits : index.surnames.get(w) ?? [];
      decision = decide(scoreCandidates(index, pool, 'PERSON', p.context(pool)));
      const entity = decision?.entity;
      c = clusters.find((k) => (entity ? k.entity === entity : !k.entity && k.words.length === 1 && k.words[0] === w));
      if (!c) clusters.push((c = { words: [w], text: p.text, entity, members: [], decisions: new Map() }));
    }
    c.members.push(p);
    if (decision) c.decisions.set(p.index, decision);
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
