// A movement or a group named after the day of its founding event: "the June 5 Movement", "the April 6 Youth
// Movement", "the March 23 Movement". The time recognizer reads the month's day as a date and the model leaves the
// head alone; after "the" or an owner's possessive, the day, the capitalised words after it and a movement's head are
// one organization. The heads are data (the namedAfterDay role in src/lexicon/organization-heads.json).
import type { Candidate } from '../document.js';
import { candidate } from './candidates.js';
import { NAMED_AFTER_DAY_HEADS } from '../lexicon/organization-heads.js';
import { MONTH } from './datelines.js';

/** A month's name and a day, all of a date's span: "June 5". */
const MONTH_DAY = new RegExp(`^${MONTH} \\d{1,2}$`, 'u');
/** One to three capitalised words right after the day: " Youth Movement". */
const NAME_AFTER = /^ ((?:\p{Lu}[\p{L}-]+ ){0,2}\p{Lu}[\p{L}-]+)(?![\p{L}\p{N}-])/u;
/** A name's article or its owner's possessive before the day: "the June 5 Movement", "Egypt's April 6 Youth Movement" (not "on June 5 Group leaders met"). */
const NAMED_BEFORE = /(?:\bthe|['’]s) $/i;
/** As sure as a name read by its head. */
const CONFIDENCE = 0.9;

/** Mentions (sorted by start) with a month's day that opens an organization's name read as the organization, whole. */
export function datedOrganizations(text: string, mentions: Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  const taken: [number, number][] = [];
  mentions.forEach((m, k) => {
    if (m.type !== 'DATE' || !MONTH_DAY.test(text.slice(m.start, m.end)) || !NAMED_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start))) return;
    const after = NAME_AFTER.exec(text.slice(m.end, m.end + 60));
    if (!after || !NAMED_AFTER_DAY_HEADS.has(after[1].slice(after[1].lastIndexOf(' ') + 1).toLowerCase())) return;
    const end = m.end + after[0].length;
    (out ??= [...mentions])[k] = candidate(m.start, end, 'ORG', 'rules', CONFIDENCE);
    taken.push([m.end, end]);
  });
  if (!out) return mentions;
  // What was read inside the name after the day ("[Youth] Movement") is part of it now.
  return out.filter((m) => !taken.some(([from, to]) => m.start >= from && m.end <= to));
}
