// Chooses among registry entries sharing an alias, and keeps the scores so a curator can see why (Amazon the
// company or the river; Paris in France or in Texas; Washington the city, the state or the person).
// A candidate's score is its prior (from the registry, or derived by the import from population or
// sitelinks) × how well its type fits the mention's label × the evidence of the article, multiplied in as
// exp(sum of weights): each weight is roughly the log of how much likelier the candidate makes what the
// article says. Evidence that all candidates share cancels out.
import type { Label, LinkCandidate } from '../document.js';
import { PLACE_LABELS } from '../document.js';
import type { AliasHit, RegistryIndex } from '../registry/alias-index.js';
import { priorOf, type RegistryEntry } from '../registry/schema.js';
import { isUsState } from './qualifier.js';

/** Place-like labels a metonymic mention may cross between ("Iran" as ORG means its government). */
const NEAR_TYPES: ReadonlyArray<ReadonlySet<Label>> = [
  PLACE_LABELS,
  new Set<Label>(['ORG', 'GPE', 'FAC', 'LOC', 'NORP']),
];

/**
 * How well an entry's type fits the mention's label: 1 same, 0.5 across the metonymy group (the label is
 * itself a guess, often the registry's own, so the article's evidence may overrule it), 0 never (a PERSON is
 * only a PERSON).
 */
function typeFit(mention: Label, entry: Label): number {
  if (mention === entry) return 1;
  if (NEAR_TYPES[0].has(mention) && NEAR_TYPES[0].has(entry)) return 1;
  if (NEAR_TYPES[1].has(mention) && NEAR_TYPES[1].has(entry)) return 0.5;
  return 0;
}

/** Kinds of neighbour: a company beside companies, a river beside countries and cities. */
function typeGroup(type: Label): string {
  return type === 'GPE' || type === 'LOC' || type === 'FAC' ? 'place' : type;
}

/** Log-weights of the evidence. */
const WEIGHT = {
  /** The alias's entity is named unambiguously elsewhere in the article. */
  self: 1.1,
  /** "Iran's Foreign Ministry": the word before the mention names the entry or what it is part of. */
  qualifier: 1.6,
  /** A part of the entry is named (Seattle for Washington state, Brazzaville for the Republic of the Congo), ÷ depth. */
  part: 1.6,
  /** What the entry is part of is named (a city beside its country), ÷ depth. */
  whole: 1.1,
  /** Something sharing a whole with the entry is named (Tyler beside Paris, Texas), ÷ (steps between them − 1). */
  kin: 0.7,
  /** Another part of the body the entry is part of is named (the Texas House beside a bare "Senate"): a sibling. */
  sibling: 2.2,
  /** The share of the article's linked mentions of the entry's kind (companies, places, people). */
  kind: 0.7,
  /** The title before a person's name is one of the entry's. */
  title: 0.7,
  /** The entry is part of what the article's dateline place is part of (its country). */
  filedFrom: 0.7,
};
/** No evidence makes a candidate more than e^4 ≈ 55 times likelier. */
const MAX_EVIDENCE = 4;
/** How far up partOf chains are followed. */
const MAX_DEPTH = 6;

/** What the article around a mention says, for context. */
export interface LinkContext {
  /** Entity named right before the mention ("Iran’s Foreign Ministry", "Iranian judiciary"). */
  qualifier?: string;
  /** Registry entities already linked in the article, with their mention counts. */
  linked: Map<string, number>;
  /**
   * Registry people the article names that are part of a country or a body, with their mention counts: what they are
   * part of tells a namesake apart as a linked place's would ("Anthony Albanese ... the Senate"), but they are no
   * neighbours of a kind.
   */
  people?: Map<string, number>;
  /** Title recorded on the mention ("Secretary of State"). */
  title?: string;
  /** The state written after a place's name ("Georgetown, Kentucky"), and its country: no place elsewhere is meant. */
  stateAfter?: { state: string; country: string };
  /** A state's office after a place's name ("New York governor"): of a state and a city that share it, the state is meant. */
  stateOffice?: boolean;
  /** "the state Senate": a body of a country's state, not the country's own of that name. */
  ofAState?: boolean;
  /** What the place of the article's dateline is part of: a shared name's entry there is likelier ("Foreign Ministry" in a story from Tehran). */
  filedFrom?: Set<string>;
  /** The place named right after the mention and "in", where the body sits ("the state Senate in Albany"), and what it is part of. */
  seat?: string[];
  /** Registry entities linked in the mention's own sentence ("In Washington, National Security Council spokesman"). */
  nearby?: readonly string[];
  /** The article's year: a shared name's entry whose years (RegistryEntry.years) miss it is unlikely. */
  year?: number;
}

/** The entry and what it is part of, nearest first. */
export function chainOf(index: RegistryIndex, id: string): string[] {
  const chain = [id];
  let up = index.entries.get(id)?.partOf;
  while (up && chain.length <= MAX_DEPTH && !chain.includes(up)) {
    chain.push(up);
    up = index.entries.get(up)?.partOf;
  }
  return chain;
}

/**
 * The linked entities' partOf chains and kinds, worked out once per article (per `linked` map) and again
 * when an entity is added to it (entities are only ever added, so its size tells). Their counts change
 * as the article is read, so they are read from the map at each use, not kept here.
 */
interface Neighbours {
  size: number;
  chains: { id: string; chain: string[]; group: string }[];
}
const neighboursCache = new WeakMap<Map<string, number>, Neighbours>();

function neighboursOf(index: RegistryIndex, linked: Map<string, number>): Neighbours {
  const cached = neighboursCache.get(linked);
  if (cached && cached.size === linked.size) return cached;
  const chains = [...linked.keys()].flatMap((id) => {
    const entry = index.entries.get(id);
    return entry ? [{ id, chain: chainOf(index, id), group: typeGroup(entry.type) }] : [];
  });
  const neighbours = { size: linked.size, chains };
  neighboursCache.set(linked, neighbours);
  return neighbours;
}

/** What the entities an article names tell of an entry through partOf: a second mention of one adds half as much again, a third nothing more. */
function relationsTo(index: RegistryIndex, counts: Map<string, number>, own: Map<string, number>, shared: Set<string>, rivals: Set<string>): number {
  let e = 0;
  for (const n of neighboursOf(index, counts).chains) if (!rivals.has(n.id)) e += relation(index, own, n.chain, shared) * (counts.get(n.id)! > 1 ? 1.5 : 1);
  return e;
}

/**
 * How an entry relates to another linked entity through partOf: the weight of that as evidence, 0 for none.
 * Wholes every candidate is part of tell nothing (Seattle and Washington, D.C. share the United States, as
 * Washington state does), so they are not counted.
 */
function relation(index: RegistryIndex, own: Map<string, number>, other: string[], shared: Set<string>): number {
  let best = 0;
  for (let j = 0; j < other.length; j++) {
    const i = own.get(other[j]);
    if (i === undefined || shared.has(other[j])) continue;
    const w = i === 0 ? WEIGHT.part / j : j === 0 ? WEIGHT.whole / i : siblings(index, i, j, other[j]) ? WEIGHT.sibling : WEIGHT.kin / (i + j - 1);
    best = Math.max(best, w);
  }
  return best;
}

/** Two parts of one body that is no place (two chambers of a legislature), not two parts of one country or city. */
function siblings(index: RegistryIndex, i: number, j: number, whole: string): boolean {
  const type = index.entries.get(whole)?.type;
  return i === 1 && j === 1 && type !== undefined && !PLACE_LABELS.has(type);
}

function evidence(index: RegistryIndex, entry: RegistryEntry, ctx: LinkContext, rivals: Set<string>, shared: Set<string>): number {
  let e = 0;
  const chain = chainOf(index, entry.id);
  if (ctx.qualifier && chain.includes(ctx.qualifier)) e += WEIGHT.qualifier;
  if (ctx.linked.has(entry.id)) e += WEIGHT.self;
  // The seat after "in" counts as a qualifier before would, less the further up its chain the entry's meets it ("the
  // state Senate in Albany": New York's, whose state is Albany's; Florida's meets it only at the country).
  if (ctx.seat) {
    const up = ctx.seat.findIndex((id) => chain.includes(id));
    if (up >= 0) e += WEIGHT.qualifier / Math.max(1, up);
  }
  // A person of the entry named in the mention's sentence ("Senate Republican leader Mitch McConnell said the Senate").
  if (ctx.nearby?.some((id) => id !== entry.id && index.entries.get(id)?.type === 'PERSON' && chainOf(index, id).includes(entry.id))) e += WEIGHT.part;
  if (ctx.title && entry.titles?.some((t) => t.toLowerCase() === ctx.title!.toLowerCase())) e += WEIGHT.title;
  const own = new Map(chain.map((id, depth) => [id, depth]));
  const group = typeGroup(entry.type);
  let mentions = 0;
  let sameKind = 0;
  for (const n of neighboursOf(index, ctx.linked).chains) {
    if (rivals.has(n.id)) continue;
    const count = ctx.linked.get(n.id)!;
    mentions += count;
    if (n.group === group) sameKind += count;
  }
  if (mentions) e += WEIGHT.kind * (sameKind / mentions);
  e += relationsTo(index, ctx.linked, own, shared, rivals);
  if (ctx.people) e += relationsTo(index, ctx.people, own, shared, rivals);
  // Counted past the cap: an article full of two countries' names may bring both rivals to it.
  const filed = ctx.filedFrom?.size && chain.some((id) => ctx.filedFrom!.has(id) && !shared.has(id)) ? WEIGHT.filedFrom : 0;
  return Math.min(MAX_EVIDENCE, e) + filed;
}

/**
 * Whether the qualifier before the name says it belongs elsewhere: an organization that is part of a place,
 * and a place before it whose chain meets the entry's nowhere ("Kenya's" before the United States' National
 * Security Council; not "Washington's" before the Federal Reserve: both are the United States'). Only a
 * place denies: an organization before the name is as often a dateline's agency ("(Reuters) - NASA").
 */
function deniedByQualifier(index: RegistryIndex, entry: RegistryEntry, qualifier: string | undefined): boolean {
  if (!qualifier || entry.type !== 'ORG' || !entry.partOf || index.entries.get(qualifier)?.type !== 'GPE') return false;
  const chain = chainOf(index, entry.id);
  // An organization whose chain names no place (Zara, part of Inditex) is nobody's else: "Spain's Zara" fits it.
  if (!chain.some((id) => { const type = index.entries.get(id)?.type; return id !== entry.id && type !== undefined && PLACE_LABELS.has(type); })) return false;
  const own = new Set(chain);
  return !chainOf(index, qualifier).some((id) => own.has(id));
}

/**
 * Whether an organization of one country, of a name other countries' bodies share ("Defence Ministry", "House of
 * Representatives", "Conservatives"), is ruled out by an article filed from another country that names the first
 * neither in the mention's sentence nor more often than its own: "the Defence Ministry" of a story from Seoul is South
 * Korea's, which the registry may lack, not Iran's; "the Supreme Court said" in a story from Tegucigalpa that names the
 * United States elsewhere is not the U.S. court, but "Republican leaders in the Senate" is the U.S. Senate. So is the
 * one body the registry holds of a name it gives as its country's ("Central Election Commission" in a story from
 * Belgrade is not Russia's).
 */
function deniedByDateline(index: RegistryIndex, entry: RegistryEntry, hit: AliasHit, ctx: LinkContext, rivals: Set<string>): boolean {
  if (entry.type !== 'ORG' || !ctx.filedFrom?.size || (rivals.size < 2 && !genericForm(index, entry, hit))) return false;
  const own = countryOf(index, chainOf(index, entry.id));
  const filed = countryOf(index, [...ctx.filedFrom]);
  if (own === undefined || filed === undefined || own === filed) return false;
  if (ctx.nearby?.some((id) => id !== entry.id && chainOf(index, id).includes(own))) return false;
  // The names of each country the article links, counted each time (not the entry itself, linked by a first pass that
  // read no dateline).
  let ownNames = 0;
  let filedNames = 0;
  for (const n of neighboursOf(index, ctx.linked).chains) {
    if (n.id === entry.id) continue;
    const times = ctx.linked.get(n.id) ?? 1;
    if (n.chain.includes(own)) ownNames += times;
    if (n.chain.includes(filed)) filedNames += times;
  }
  return ownNames <= filedNames;
}

const genericForms = new WeakMap<RegistryEntry, Set<string>>();

/**
 * Whether the form an organization was found by is its country's body's name without the country, which other
 * countries' bodies bear too, whether the registry holds them or not: "Central Election Commission" of an entry also
 * called "... of Russia", "National Intelligence Service" (and "NIS") of one also called "South Korean ...". A name
 * only one body bears ("Bundesbank", "BBC") is none.
 */
function genericForm(index: RegistryIndex, entry: RegistryEntry, hit: AliasHit): boolean {
  let forms = genericForms.get(entry);
  if (!forms) {
    forms = new Set();
    const country = countryOf(index, chainOf(index, entry.id));
    const place = country === undefined ? undefined : index.entries.get(country);
    if (place) {
      const names = [place.name, ...(place.aliases ?? [])].map(fold);
      const qualifiers = [...names, ...(place.demonyms ?? []).map(fold)];
      const own = [entry.name, ...(entry.aliases ?? [])].map(fold);
      for (const form of own) {
        for (const q of qualifiers) if (form.startsWith(`${q} `)) forms.add(form.slice(q.length + 1));
        for (const n of names) for (const tail of [` of ${n}`, ` of the ${n}`, ` (${n})`]) if (form.endsWith(tail)) forms.add(form.slice(0, -tail.length));
      }
      // A generic name's acronym is generic too.
      if (forms.has(fold(entry.name))) for (const a of entry.acronyms ?? []) forms.add(fold(a));
    }
    genericForms.set(entry, forms);
  }
  return forms.has(fold(hit.form));
}
const fold = (name: string) => name.toLowerCase();

/** Whether the first place an organization is part of is its country, no state or city of it ("United States Senate"). */
function ofTheCountryItself(index: RegistryIndex, entry: RegistryEntry): boolean {
  const chain = chainOf(index, entry.id);
  const place = chain.slice(1).find((id) => index.entries.get(id)?.type === 'GPE');
  return place !== undefined && place === countryOf(index, chain);
}

/** The outermost place of a partOf chain (nearest first): the country. */
export function countryOf(index: RegistryIndex, chain: string[]): string | undefined {
  for (let k = chain.length - 1; k >= 0; k--) if (index.entries.get(chain[k])?.type === 'GPE') return chain[k];
  return undefined;
}

/**
 * Whether a place's partOf chain puts it outside the state written after it: not in the state's country, or in some
 * other part of it ("Portland" of Oregon before ", Maine"). A town the registry places in the country alone may be in it.
 */
function outsideState(chain: string[], { state, country, namesake }: { state: string; country: string; namesake?: string }): boolean {
  return !chain.includes(state) && (!chain.includes(country) || chain[1] !== country) && !(namesake && chain.includes(namesake));
}

/** The wholes all candidates are part of. */
function sharedWholes(index: RegistryIndex, rivals: Set<string>): Set<string> {
  let shared: Set<string> | undefined;
  for (const id of rivals) {
    const wholes = chainOf(index, id).slice(1);
    shared = shared ? new Set(wholes.filter((w) => shared!.has(w))) : new Set(wholes);
  }
  return shared ?? new Set();
}

/** How much less likely an entry is when the article's year lies outside its years, by more than a year's slack. */
const OUT_OF_YEARS = 0.05;
const YEARS_SLACK = 1;

function timeFit(entry: RegistryEntry, year: number | undefined): number {
  if (!entry.years || year === undefined) return 1;
  const [first, last] = entry.years;
  return year < first - YEARS_SLACK || (last !== undefined && year > last + YEARS_SLACK) ? OUT_OF_YEARS : 1;
}

/** Scored candidates, best first, normalised to sum to 1; empty when no entry fits the mention's label. */
export function scoreCandidates(index: RegistryIndex, hits: AliasHit[], label: Label, ctx: LinkContext): LinkCandidate[] {
  if (!hits.length) return []; // most names are in no registry: nothing to build
  const raw = new Map<string, number>();
  const rivals = new Set(hits.map((h) => h.id));
  const shared = rivals.size > 1 ? sharedWholes(index, rivals) : new Set<string>();
  // Of a state and a city sharing a name before a state's office, only the state.
  const stateOnly = ctx.stateOffice === true && hits.some((h) => { const e = index.entries.get(h.id); return e !== undefined && isUsState(e); });
  for (const h of hits) {
    const entry = index.entries.get(h.id);
    if (!entry) continue;
    const fit = typeFit(label, entry.type);
    if (fit === 0 || deniedByQualifier(index, entry, ctx.qualifier) || deniedByDateline(index, entry, h, ctx, rivals)) continue;
    if (ctx.stateAfter && PLACE_LABELS.has(entry.type) && outsideState(chainOf(index, entry.id), ctx.stateAfter)) continue;
    if (stateOnly && PLACE_LABELS.has(entry.type) && !isUsState(entry)) continue;
    if (ctx.ofAState && (entry.type === 'ORG' || entry.type === 'FAC') && ofTheCountryItself(index, entry)) continue;
    const base = priorOf(entry) * fit * (h.kind === 'surname' ? 0.6 : 1) * (rivals.size > 1 ? timeFit(entry, ctx.year) : 1);
    const s = rivals.size > 1 ? base * Math.exp(evidence(index, entry, ctx, rivals, shared)) : base;
    raw.set(h.id, Math.max(raw.get(h.id) ?? 0, s));
  }
  const total = [...raw.values()].reduce((a, b) => a + b, 0);
  return [...raw.entries()]
    .map(([id, s]) => ({ id, score: Math.round((s / total) * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** What link settles for one mention: the entity, and the candidates when there was a choice. */
export interface Decision {
  entity: string;
  candidates?: LinkCandidate[];
}

export function decide(candidates: LinkCandidate[]): Decision | undefined {
  // Entries nothing in the article tells apart are none of them: "the Assembly" of a story from Andhra Pradesh is not
  // whichever of five US states' assemblies comes first.
  if (!candidates.length || (candidates.length > 1 && candidates[0].score === candidates[1].score)) return undefined;
  return { entity: candidates[0].id, candidates: candidates.length > 1 ? candidates : undefined };
}
