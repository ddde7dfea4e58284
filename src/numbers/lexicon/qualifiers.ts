// Words before a number that qualify it and stay out of its span ("as many as 1,000").
// Matched longest first, against the lower-cased words right before the numeral.

export const QUALIFIERS: readonly string[] = [
  'approximately', 'about', 'around', 'roughly', 'nearly', 'almost', 'some', 'circa', 'ca.',
  'at least', 'at most', 'more than', 'less than', 'fewer than', 'greater than', 'no more than', 'not more than', 'not less than',
  'no fewer than', 'no less than', 'over', 'under', 'above', 'below', 'up to', 'upwards of',
  'upward of', 'in excess of', 'as many as', 'as much as', 'as few as', 'as little as',
  'close to', 'just over', 'just under', 'well over', 'well under', 'just', 'only', 'exactly',
  'precisely', 'estimated', 'additional', 'another', 'further', 'many', 'a mere', 'a total of',
  'a record', 'between', 'an average of',
  'an estimated', 'slightly more than', 'slightly less than', 'slightly over', 'slightly under', 'a little more than',
  'a little over', 'a little under', 'little more than', 'a maximum of', 'a minimum of', 'well above', 'well below',
  'an extra', 'fully', 'barely', 'nearly all', 'the better part of',
];

/** Qualifiers of size that make a lone "half" a share of what the clause names: "fewer than half were full", "roughly half said". */
export const HALF_SHARE_QUALIFIERS: ReadonlySet<string> = new Set([
  'about', 'around', 'roughly', 'nearly', 'almost', 'approximately', 'more than', 'less than', 'fewer than', 'over', 'under',
  'just over', 'just under', 'well over', 'well under', 'close to', 'at least', 'slightly more than', 'slightly less than', 'barely',
]);

/**
 * Verbs of spreading whose "over" before a count of stages says across, no bound: "held over seven phases", "split over
 * three rounds" (but "held over 500 meetings" is more than 500).
 */
export const VERBS_OF_SPREAD: ReadonlySet<string> = new Set([
  'held', 'hold', 'holds', 'spread', 'spreads', 'staggered', 'conducted', 'split', 'divided', 'stretched', 'spanned', 'phased',
]);
export const STAGES_SPREAD_OVER: ReadonlySet<string> = new Set([
  'phases', 'stages', 'rounds', 'sessions', 'legs', 'parts', 'installments', 'instalments', 'tranches', 'days', 'weeks', 'months', 'years',
]);

/** Verbs whose "up" before "to" says which way a figure went, no bound: "ticked up to 3.9%", "was revised up to 0.8%". */
export const VERBS_OF_UP: ReadonlySet<string> = new Set([
  'revised', 'revise', 'revises', 'ticked', 'ticks', 'tick', 'edged', 'edges', 'edge', 'inched', 'inches', 'crept', 'creeps',
  'nudged', 'nudges', 'moved', 'moves', 'bumped', 'bumps', 'ratcheted', 'marked', 'shot', 'shoots', 'jumped', 'jumps', 'climbed', 'went',
  'go', 'goes', 'gone', 'going',
]);

/** Verbs whose "over" before a count of times is their particle, no bound: "the jackpot had rolled over 25 times". */
export const VERBS_OF_ROLLING: ReadonlySet<string> = new Set(['rolled', 'roll', 'rolls', 'rolling']);

/** Words that join the two ends of a range, which share one measure: "175 million to 180 million Canadian dollars". */
export const RANGE_JOINERS: ReadonlySet<string> = new Set(['to', 'or', 'and', '-', '–']);

/** Words that join the sides of a measurement, which share its unit: "10 by 12 feet", "3 x 4 metres". */
export const DIMENSION_JOINERS: ReadonlySet<string> = new Set(['by', 'x', '×']);

/** Qualifiers written after the number ("1,000 or more"). */
export const TRAILING_QUALIFIERS: readonly string[] = ['or more', 'or so', 'or less', 'or fewer', 'plus', 'or thereabouts', 'or above', 'or over', 'and up'];

/** Qualifiers joined to the number by a hyphen ("1,000-plus workers", "40-odd people"), which the counted noun follows. */
export const HYPHENED_TRAILING_QUALIFIERS: ReadonlySet<string> = new Set(['plus', 'odd']);

/** Words before a range whose ends may come in either order: "between 4.75 and 3.13 million" starts at 4.75 million. */
export const EITHER_WAY_RANGES: ReadonlySet<string> = new Set(['between']);

/** Words for an end of a ranking that make a fraction word after "the" and them a share: "the top fifth", "the bottom tenth". */
export const RANKING_ENDS: ReadonlySet<string> = new Set(['top', 'bottom', 'upper', 'lower']);
