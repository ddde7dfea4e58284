// A lawmaker's party and state after the name, as the American press writes them ("Sen. Bernie Sanders,
// I-Vt.", "Rep. Nancy Pelosi (D-Calif.)", "R-Texas"): the state is a place, the party's letter is no part of
// it. The model reads "I-Vt" or "D-Calif" as one place, or a piece of "D-N.Y." ("Y.") as an organization: the
// state is proposed as a GPE, sure as a cue, and whatever the model read across the letter and the state goes.
// The states are the press abbreviations of lexicon/place-cues.json (regionsAfter) and the states' names.
// So is a state's name before a word for a party's members, as the press names a lawmaker by both ("the Iowa
// Republican who heads the panel", "a Massachusetts Democrat"; CoNLL: "California" LOC, "Republican" MISC): the model
// reads the two as one people's, organization's or person's name; the state is proposed as a GPE and the word as a
// NORP (lexicon/place-cues.json, partyMembers), and the model's span across the two goes.
import type { Candidate } from '../document.js';
import { US_STATES } from '../lexicon/us-states.js';
import { candidate } from './candidates.js';
import { HONORIFIC_CONFIDENCE } from './people.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import cues from './lexicon/place-cues.json' with { type: 'json' };
import { longestFirst } from './word-patterns.js';

const STATES = longestFirst([...cues.regionsAfter.filter((s) => s.endsWith('.')), ...US_STATES]);
/** The party's letter and the state, after a comma or an opening bracket. */
const PARTY_STATE = new RegExp(`(?<=(?:, |\\())[DRI]-(${STATES})(?![\\p{L}\\p{M}])`, 'gu');

export function partyStates(text: string, candidates: Candidate[]): Candidate[] {
  // Most articles hold no such pair: one search for the letter and its hyphen first.
  if (!/[,(] ?[DRI]-\p{Lu}/u.test(text)) return candidates;
  const states: Candidate[] = [];
  for (const m of text.matchAll(PARTY_STATE)) {
    const start = m.index + 2;
    states.push(candidate(start, start + m[1].length, 'GPE', 'rules', HONORIFIC_CONFIDENCE));
  }
  if (!states.length) return candidates;
  // A model's span across the letter and the state, or inside the pair, is dropped; the state stands for it.
  const across = (c: Candidate) => states.some((s) => c.source === 'model' && c.start < s.end && c.end > s.start - 2 && !(c.start === s.start && c.end === s.end));
  return [...candidates.filter((c) => !across(c)), ...states];
}

/** A state's name and a word for a party's members, not the start of a longer name ("Iowa Republican Party"). */
const STATE_MEMBER = new RegExp(`(?<![\\p{L}\\p{M}.-])(${longestFirst(US_STATES)}) (${cues.partyMembers.join('|')})(?![\\p{L}\\p{M}-]| \\p{Lu})`, 'gu');

export function stateMembers(text: string, candidates: Candidate[]): Candidate[] {
  // Most articles name no party's member after a state: one search for the words first.
  if (!/ (?:Republican|Democrat)/.test(text)) return candidates;
  const pairs: { start: number; end: number; proposed: Candidate[] }[] = [];
  for (const m of text.matchAll(STATE_MEMBER)) {
    const member = m.index + m[1].length + 1;
    pairs.push({ start: m.index, end: member + m[2].length, proposed: [
      candidate(m.index, m.index + m[1].length, 'GPE', 'rules', HONORIFIC_CONFIDENCE),
      candidate(member, member + m[2].length, 'NORP', 'rules', HONORIFIC_CONFIDENCE),
    ] });
  }
  if (!pairs.length) return candidates;
  const across = (c: Candidate) => pairs.some((p) => c.source === 'model' && c.start <= p.start && c.end >= p.end);
  return [...candidates.filter((c) => !across(c)), ...pairs.flatMap((p) => p.proposed)];
}
