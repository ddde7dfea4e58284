// Stage logic "link": gives every named mention an entity id (registry entry or nil:), records the candidates of
// ambiguous aliases and titles before people, and lists each entity once per article in doc.entities.
// Within the article, acronyms defined in the text and partial names of people bind to their full forms.
import { NAME_LABELS, type Doc, type Entity, type Mention } from '../document.js';
import { lookupAlias, type AliasHit, type RegistryIndex } from '../registry/alias-index.js';
import { aliasKey, foldKey, normalizeName, stripLeadingThe, stripPossessive } from '../registry/normalize.js';
import { findAcronymDefinitions } from './acronym-definitions.js';
import { nilId } from './nil.js';
import { linkPeople } from './person-clusters.js';
import { withoutInitials } from './person-names.js';
import { qualifierBefore } from './qualifier.js';
import { decide, scoreCandidates, type Decision, type LinkContext } from './score-candidates.js';
import { leadingTitle, titleBefore } from '../registry/titles.js';

function spanText(doc: Doc, m: Mention): string {
  return stripPossessive(doc.text.slice(m.start, m.end));
}

/** Registry hits for a mention's text; people are also tried without their initials ("Donald J. Trump"). */
function hitsOf(index: RegistryIndex, text: string, person: boolean): AliasHit[] {
  const hits = lookupAlias(index, text);
  if (hits.length || !person) return hits;
  const bare = withoutInitials(text).join(' ');
  return bare !== normalizeName(text) ? lookupAlias(index, bare) : hits;
}

/** Keeps a title out of a PERSON span and records it ("Secretary of State Mike Pompeo" → "Mike Pompeo"). */
function recordTitle(doc: Doc, m: Mention, index: RegistryIndex): void {
  const inside = leadingTitle(doc.text.slice(m.start, m.end), index);
  if (inside) m.start += inside.cut;
  const title = inside?.title ?? titleBefore(doc.text, m.start, index);
  if (title) m.attrs = { ...m.attrs, title };
}

export function linkMentions(doc: Doc, index: RegistryIndex): Doc {
  const mentions: Mention[] = doc.mentions.map((m) => ({ ...m, attrs: m.attrs ? { ...m.attrs } : undefined }));
  const work: Doc = { ...doc, mentions };
  const order = mentions.map((_, i) => i).sort((a, b) => mentions[a].start - mentions[b].start);
  const named = order.filter((i) => NAME_LABELS.has(mentions[i].type));
  for (const i of named) if (mentions[i].type === 'PERSON') recordTitle(work, mentions[i], index);

  const texts = new Map(named.map((i) => [i, spanText(work, mentions[i])]));
  const hits = new Map(named.map((i) => [i, hitsOf(index, texts.get(i)!, mentions[i].type === 'PERSON')]));
  const decisions = new Map<number, Decision>();
  const nilNames = new Map<string, string>();
  const linked = new Map<string, number>();
  const bump = (id: string) => linked.set(id, (linked.get(id) ?? 0) + 1);

  // Acronyms defined in the text are settled last, from their long form.
  const definitions = findAcronymDefinitions(work.text, order.map((i) => mentions[i]));
  const definedBy = (i: number): number | undefined => {
    const k = definitions.get(normalizeName(texts.get(i)!));
    return k === undefined || mentions[i].type === 'PERSON' ? undefined : order[k];
  };
  const others = named.filter((i) => mentions[i].type !== 'PERSON' && definedBy(i) === undefined);

  // First pass: aliases with one fitting entry give the article's context.
  for (const i of others) {
    const c = scoreCandidates(index, hits.get(i)!, mentions[i].type, { linked: new Map() });
    if (c.length === 1) bump(c[0].id);
  }

  // Context is read only when an alias has more than one entry.
  const ctxOf = (i: number, h: AliasHit[]): LinkContext => (new Set(h.map((x) => x.id)).size < 2 ? { linked } : {
    linked, title: mentions[i].attrs?.title, qualifier: qualifierBefore(work.text, mentions[i].start, index),
  });
  const people = named.filter((i) => mentions[i].type === 'PERSON').map((i) => ({
    index: i, start: mentions[i].start, text: texts.get(i)!, hits: hits.get(i)!, context: (h: AliasHit[]) => ctxOf(i, h),
  }));
  for (const [i, d] of linkPeople(people, index)) {
    decisions.set(i, d);
    if (!index.entries.has(d.entity) && !nilNames.has(d.entity)) nilNames.set(d.entity, d.name);
  }

  // Everything else: registry by type, prior and context; else a fuller name of the same type in the
  // article that this one begins ("Acme" after "Acme Holdings"); else nil.
  const unknown: number[] = [];
  for (const i of others) {
    const decision = decide(scoreCandidates(index, hits.get(i)!, mentions[i].type, ctxOf(i, hits.get(i)!)));
    if (decision) decisions.set(i, decision);
    else unknown.push(i);
  }
  const wordsOf = new Map(others.map((i) => [i, foldKey(aliasKey(texts.get(i)!)).split(' ')]));
  for (const i of unknown) {
    const m = mentions[i];
    const words = wordsOf.get(i)!;
    const fuller = others
      .filter((j) => mentions[j].type === m.type && wordsOf.get(j)!.length > words.length && words.every((w, k) => wordsOf.get(j)![k] === w))
      .sort((a, b) => wordsOf.get(b)!.length - wordsOf.get(a)!.length)[0];
    const id = fuller !== undefined && decisions.has(fuller) ? decisions.get(fuller)!.entity : nilId(m.type, texts.get(fuller ?? i)!);
    if (!nilNames.has(id)) nilNames.set(id, stripLeadingThe(texts.get(fuller ?? i)!));
    decisions.set(i, { entity: id });
  }
  for (const i of named) {
    const long = definedBy(i);
    if (long === undefined) continue;
    const d = decisions.get(long);
    decisions.set(i, { entity: d ? d.entity : nilId(mentions[i].type, texts.get(i)!) });
  }

  const entities = new Map<string, Entity>();
  for (const i of named) {
    const m = mentions[i];
    const d = decisions.get(i)!;
    m.entity = d.entity;
    if (d.candidates) m.linkCandidates = d.candidates;
    else delete m.linkCandidates;
    let e = entities.get(d.entity);
    if (!e) {
      const entry = index.entries.get(d.entity);
      e = {
        id: d.entity, type: entry?.type ?? m.type, name: entry?.name ?? nilNames.get(d.entity) ?? texts.get(i)!,
        inRegistry: !!entry, mentions: [],
      };
      if (entry?.wikidata) e.wikidata = entry.wikidata;
      if (entry?.description) e.description = entry.description;
      entities.set(d.entity, e);
    }
    e.mentions.push(i);
  }
  return { ...work, entities: [...entities.values()] };
}
