// Mentions grown after resolve has chosen them: over the words a pattern reads right after a name ("[Bear
// Stearns] & Co Inc", "[iPhone] 17 Pro"), or into the next mention ("[Miami] [Open]", "[Rami] [al-Saadani]").
import type { Candidate, Label } from '../document.js';
import { NAME_LABELS } from '../document.js';
import { Containers } from './containers.js';
import { mapEach, mapMany } from './map-many.js';

/** How far after a name the words it takes in may reach. */
const REACH = 40;

/**
 * The mentions (sorted by start) that `applies` picks, each taken over what `after` reads right after it
 * (anchored, on the text from its end), retyped `type` if given; what was read inside those words is dropped.
 * Words a number or a date runs on from ("iPhone [3 years ago]", "S&P 500 [4%]") are not taken: no value is cut.
 */
export function takeInAfter(text: string, mentions: Candidate[], after: RegExp, applies: (m: Candidate) => boolean, type?: Label): Candidate[] {
  const added: { start: number; end: number }[] = [];
  const out = mapEach(mentions, (m, k) => {
    if (!applies(m)) return m;
    const words = after.exec(text.slice(m.end, m.end + REACH));
    if (!words) return m;
    const end = m.end + words[0].length;
    for (let j = k + 1; j < mentions.length && mentions[j].start < end; j++) if (mentions[j].end > end && !NAME_LABELS.has(mentions[j].type)) return m;
    added.push({ start: m.end, end });
    return { ...m, end, type: type ?? m.type };
  });
  if (!added.length) return out;
  const inside = new Containers(added);
  return out.filter((m) => !inside.holds(m));
}

/**
 * The mentions (sorted by start) with each mention k of `joined` taken into mention k + 1, which starts
 * where k does and takes the kind joined gives (its own where that is undefined).
 */
export function joinToNext(mentions: Candidate[], joined: ReadonlyMap<number, Label | undefined>): Candidate[] {
  if (!joined.size) return mentions;
  return mapMany(mentions, (m, k) => (joined.has(k) ? []
    : joined.has(k - 1) ? [{ ...m, start: mentions[k - 1].start, type: joined.get(k - 1) ?? m.type }] : [m]));
}

/**
 * The mentions (sorted by start) with each one written right before the next, one space between, taken into the next
 * where `joins` says the two are one name ("[Miami] [Open]", "[Newark] [Liberty International Airport]"); the next
 * keeps its kind.
 */
export function joinWhereAdjacent(text: string, mentions: Candidate[], joins: (first: Candidate, second: Candidate) => boolean): Candidate[] {
  const joined = new Map<number, undefined>();
  for (let k = 0; k + 1 < mentions.length; k++) {
    const [first, second] = [mentions[k], mentions[k + 1]];
    if (second.start === first.end + 1 && text.charCodeAt(first.end) === 32 && joins(first, second)) joined.set(k, undefined);
  }
  return joinToNext(mentions, joined);
}
