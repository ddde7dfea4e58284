// Reads a time expression's text into a frame: the rule matches inside it, then the words
// before the first match (qualifiers, positions, "the") that the left extensions know.
import { findMatches, leftExtension, type RuleMatch } from './grammar.js';
import { readExtension, readMatch, type Frame } from './frame.js';

export function frameOfMatches(text: string, matches: RuleMatch[], from = 0): Frame {
  const frame: Frame = {};
  for (const m of matches) readMatch(frame, m);
  let start = matches.length ? matches[0].start : text.length;
  for (let ext = leftExtension(text, start, () => true); ext && ext.start >= from; ext = leftExtension(text, start, () => true)) {
    readExtension(frame, ext);
    start = ext.start;
  }
  return frame;
}

/**
 * The frame of an expression given as text ("the summer of 1988"), or null when no rule fits.
 * `following`: the text after it, which some rules look at ("the year" in "the year ended June 30").
 */
export function parseTimex(text: string, following = ''): Frame | null {
  const all = findMatches(text + following, (m) => m.end <= text.length);
  if (all.length === 0) return null;
  // "earlier" in "earlier this month" is a position, not a vague reference of its own.
  const specific = all.filter((m) => !m.rule.id.startsWith('vague'));
  return frameOfMatches(text, specific.length ? specific : all);
}
