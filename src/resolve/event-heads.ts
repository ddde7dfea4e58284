// A word that names the kind of an event right before a name ("Hurricane Milton", "Operation Iron Shield")
// makes the word and the name one EVENT, as sure as an honorific makes a person: the model reads a storm's
// name as the person or place it is also the name of; one sense per name carries it to the name met alone
// ("Milton made landfall"). And a place right before an event that opens with a competition's word is part of
// it ("[Miami] [Open]", "[Boston] [Marathon]"), and so is a people's adjective before a national one ("[Spanish]
// [Grand Prix]"). A competition's name of its own ("Grand Prix") is one EVENT wherever it stands. The words are data
// (lexicon/event-heads.json).
import type { Candidate } from '../document.js';
import { NAME_LABELS, PLACE_LABELS } from '../document.js';
import { Containers } from './containers.js';
import { joinWhereAdjacent } from './extend-mentions.js';
import { HONORIFIC_CONFIDENCE } from './people.js';
import { cutBeforeNames } from './run-together.js';
import { isWhiteSpace } from './white-space.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import heads from './lexicon/event-heads.json' with { type: 'json' };
import { mapEach } from './map-many.js';
import { candidatesOfShape, longestFirst } from './word-patterns.js';

/** White space within a paragraph: a blank line parts a headline's last word from the dateline ("win over Storm", "SYDNEY"). */
const SPACE = '(?:[^\\S\\n]+|[^\\S\\n]*\\n[^\\S\\n]*)';
const words = heads.before.map((w) => w.replace(/ /g, SPACE)).join('|');
/** The kind word inside the model's span: "[Typhoon Haiyan]". */
const OPENS_WITH = new RegExp(`^(?:${words})${SPACE}\\p{Lu}`, 'u');
/** The kind word right before it: "Hurricane [Milton]". */
const BEFORE = new RegExp(`(?<!\\p{L})(?:${words})${SPACE}$`, 'u');
/** The kind word and the name after it, for the name alone. */
const KIND_AND_NAME = new RegExp(`^(?:${words})${SPACE}(\\p{Lu}.*)$`, 'u');
/** How far before the name the kind word may reach. */
const REACH = 24;
/** The letters the kind words open and end with: a name that neither opens with one nor follows one after a space needs no match. */
const FIRST_LETTERS = new Set(heads.before.map((w) => w.charCodeAt(0)));
const LAST_LETTERS = new Set(heads.before.map((w) => w.charCodeAt(w.length - 1)));

/** Whether the text before `start` is white space after a letter a kind word ends with (what BEFORE needs). */
function mayFollowKind(text: string, start: number): boolean {
  let j = start;
  while (j > 0 && isWhiteSpace(text.charCodeAt(j - 1))) j--;
  return j < start && j > 0 && LAST_LETTERS.has(text.charCodeAt(j - 1));
}

export function eventsByHead(text: string, candidates: Candidate[]): Candidate[] {
  return mapEach(candidates, (c) => {
    if (c.source !== 'model' || !NAME_LABELS.has(c.type)) return c;
    const opens = FIRST_LETTERS.has(text.charCodeAt(c.start)) && OPENS_WITH.test(text.slice(c.start, c.end));
    const before = opens || !mayFollowKind(text, c.start) ? null : BEFORE.exec(text.slice(Math.max(0, c.start - REACH), c.start));
    if (!opens && !before) return c;
    const event = { ...c, type: 'EVENT' as const, confidence: Math.max(c.confidence, HONORIFIC_CONFIDENCE) };
    return before ? { ...event, start: c.start - before[0].length } : event;
  });
}

const WHOLE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${longestFirst(heads.whole)})(?![\\p{L}\\p{M}])`, 'gu');

/**
 * Events named by words of their own ("Grand Prix"), as sure as a name after an honorific, and the candidates with
 * what the model ran into such a name cut off ("[Las Vegas Grand] Prix" → "Las Vegas").
 */
export function wholeEvents(text: string, candidates: Candidate[]): { events: Candidate[]; candidates: Candidate[] } {
  const found = candidatesOfShape(text, WHOLE, 'EVENT', HONORIFIC_CONFIDENCE);
  if (!found.length) return { events: found, candidates };
  // Not where the model read a longer event around it ("[IAAF Grand Prix] Final").
  const longerEvents = new Containers(candidates.filter((c) => c.type === 'EVENT'));
  const events = found.filter((e) => !longerEvents.holds(e));
  // (the events by start, as found)
  return { events, candidates: cutBeforeNames(text, candidates, events, () => true) };
}

/** The name of an event after its kind word ("Milton" of "Hurricane Milton"), or undefined. */
export function nameAfterKind(span: string): string | undefined {
  return KIND_AND_NAME.exec(span)?.[1];
}

/** An event's span that opens with a competition's word: "Open", "Marathon". */
const OPENS_COMPETITION = new RegExp(`^(?:${heads.after.join('|')})(?![\\p{L}\\p{M}])`, 'u');
/** An event's span that opens with a competition's word a people's adjective may open: "Grand Prix". */
const OPENS_NATIONAL_COMPETITION = new RegExp(`^(?:${heads.afterPeople.join('|')})(?![\\p{L}\\p{M}])`, 'u');

/** Mentions (sorted by start) with a place or a people's adjective right before a competition taken into it: "Miami Open", "Spanish Grand Prix". */
export function placesOfEvents(text: string, mentions: Candidate[]): Candidate[] {
  return joinWhereAdjacent(text, mentions, (place, event) => {
    const opener = PLACE_LABELS.has(place.type) ? OPENS_COMPETITION : place.type === 'NORP' ? OPENS_NATIONAL_COMPETITION : undefined;
    return opener !== undefined && event.type === 'EVENT' && opener.test(text.slice(event.start, event.end));
  });
}
