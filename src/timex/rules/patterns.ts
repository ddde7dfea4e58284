// The rule table (HeidelTime style): each rule is a regular expression written with {SLOTS} that
// grammar.ts fills from vocabulary.ts. Named groups carry the pieces the resolver reads; a rule
// knows nothing about the document date. Rules are tried together and the longest match wins;
// `priority` breaks ties between matches of the same length.

import type { Frame } from '../frame.js';
import { NOUN_LIKE } from '../../text/word-classes.js';
import {
  AGE_NOUN_AFTER, AGE_OF_BEFORE, WEEKDAY_WORD_ABBREVIATION, AMBIGUOUS_MONTH, NOT_HALF_CODE_AFTER, BARE_PART_BEFORE, BARE_SEASON_BEFORE, BARE_YEAR_BEFORE, FALL_AS_DECLINE_BEFORE, FALL_TERM_AFTER, BARE_SHORT_MONTH, CAPITAL_AM_PM, CATEGORY_OF_BEFORE, CHANGE_BY_BEFORE, CLOCK_AFTER, CLOCK_AT, MONTH_BEFORE, MONTH_LISTED_BEFORE, MONTHS_NAMED_AFTER, RANKING_DETERMINERS, NUMBER_SIGN_BEFORE, COMPARISON_AFTER, PERIOD_OF_OFFSET_AFTER, COMPOUND_ORDINAL_SECOND, COUNT_BEFORE, CRICKET_CENTURY_BEFORE, CRICKET_WORDS, DAY_HALVES, DETERMINERS, DURATION_ADJECTIVE_BEFORE,
  FRACTION_OF, FRACTION_OF_NAME, JOINED_NOT_TO_A_SEASON, NOT_AT_ONCE_BEFORE, SUDDENLY_BEFORE, DATED_FIGURE_AFTER, ENDS_IN_SEASON, FRACTION_OF_OTHER_UNIT, FRACTION_UNIT, GAME_WORDS, GAME_WORDS_ALL, MATCH_REPORT_WORDS, MAY_AS_VERB_BEFORE, NAMED_DAY_BEFORE, NAMED_FOR_A_DAY, NAME_AFTER_WEEKDAY, NOT_YEARS_UNIT, OVERNIGHT_THING_AFTER, POSSESSIVE_BEFORE, QUARTERS_OF_TIME_AFTER, QUARTERS_OF_TIME_BEFORE, RATE_BEFORE, SEASON_KIND_AFTER, SHARE_OF_PLURAL, SINGLE_FRACTION_UNIT, FRACTION_OF_WORD, THAT_CLAUSE_BEFORE, THAT_DAY_BEFORE, NO_FIGURE_BEFORE,
} from './contexts.js';
import { POSSESSIVES } from './tense-words.js';
import { DAYS_OF_POSITIONS } from './vocabulary.js';
import { PERIOD_AFTER_OF } from '../../lexicon/period-words.js';
import { ERAS } from '../../lexicon/calendar.js';
import { ORDINAL_WORDS } from '../../lexicon/number-words.js';

/** Parts of speech and words the rules' contexts name. */
/** After "minutes", the meeting they are the record of: " of today's meeting", " of the Fed's March meeting". */
const MEETING_RECORD_AFTER = /^ of [^.;:!?]{0,40}?\bmeetings?\b/i;
/** After a shift, what makes it one that recurs: " each year". */
const RECURRING_AFTER = /^ (?:each|every) (?:year|month|week|day)\b/i;
/** After a ranked period, what makes it a count of a run: "the third quarter in a row", "the fifth month running". */
const IN_A_ROW_AFTER = /^ (?:in a row|running|on the trot)\b/i;
/** An ordinal past the first right before a plural unit, which it ranks: "the fourth and fifth days". */
const RANKED_BEFORE = new RegExp(`\\b(?:${Object.keys(ORDINAL_WORDS).filter((w) => w !== 'first').join('|')}|\\d+(?:st|nd|rd|th))\\s+$`, 'i');
/** Words before "minutes" that make it a length still ("within minutes of the meeting ending"). */
const LENGTH_BEFORE_MINUTES: ReadonlySet<string> = new Set(['within', 'in', 'for', 'after', 'few', 'several', 'just', 'only', 'final', 'last', 'first', 'closing', 'opening']);
const VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);
const NOUN_TAG: ReadonlySet<string> = new Set(['NOUN']);
const ADJECTIVE_TAG: ReadonlySet<string> = new Set(['ADJ']);
const THE: ReadonlySet<string> = new Set(['the']);
const OF: ReadonlySet<string> = new Set(['of']);
const AT: ReadonlySet<string> = new Set(['at']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
const NEXT_OR_LAST = /^(?:next|last|previous|following)$/i;
/** An era's letters other than in capitals ("an ad", "ce"): no era (the rules match without case). */
const NOT_ERA = new RegExp(`^(?!(?:${ERAS.map((era) => era.replace(/\./g, '\\.')).join('|')})$)`);

export interface TimexRule {
  id: string;
  pattern: string;
  /** Base confidence of a candidate found by this rule. */
  confidence: number;
  priority?: number;
  /** The amount a match implies when it writes none: "year-ago" one year, "years ago" an unknown number. */
  amount?: number | 'X';
  /** What every match says beyond its groups: "on the 15th." a day of the month the text is in, "this time last year" the DCT's day. */
  says?: Readonly<Pick<Frame, 'dayOfMonth' | 'sameDay' | 'wholeUnit' | 'unit' | 'rel' | 'dir' | 'closing'>>;
  /** A match refers back to a date earlier in the text: "the year" (that year), "year-ago" (before that period). */
  anaphoric?: boolean;
  /**
   * A match that holds two expressions ("May 3 and 4"): it is cut before the second group, which
   * takes the first's place in the other's reading (the second date is "May 4").
   */
  split?: [string, string];
  /** The words one of which must come right before a match (lower case): "on the 15th.", "on weekends". */
  after?: readonly string[];
  /**
   * A leading "the" belongs to the match: always (true), or when one of these groups matched ("the
   * 1988 period", "the previous Friday"; not "the 1988" nor "the Friday"). Other rules name a day,
   * month or year, not a period, and take none.
   */
  article?: true | readonly string[];
  /** Contexts in which a match is no time expression ("the March of Dimes"): any one of them rejects it. */
  unless?: readonly Unless[];
}

/**
 * One context that rejects a match, read by one check in recognize.ts: every field given must hold.
 * Text around the match is read up to 40 characters either side; words are compared in lower case.
 */
export interface Unless {
  /** Groups that matched (true), did not (false), or matched words the pattern fits. */
  groups?: Readonly<Record<string, boolean | RegExp>>;
  /** The matched text. */
  text?: RegExp;
  /** The text right before the match (the pattern ends with `$`), and right after it (starts with `^`). */
  textBefore?: RegExp;
  textAfter?: RegExp;
  /** ... unless this precedes it: "prices may rise" rejects, "in April and May have" does not. */
  textBeforeNot?: RegExp;
  /** ... unless this follows it: "a quarter of the" rejects, "a quarter of the year" does not. */
  textAfterNot?: RegExp;
  /** The word right before the match is one of these, or is none of these. */
  wordBefore?: ReadonlySet<string>;
  wordBeforeNot?: ReadonlySet<string>;
  /** The word right after the match is one of these, or is none of these. */
  wordAfter?: ReadonlySet<string>;
  wordAfterNot?: ReadonlySet<string>;
  /** Part of speech of the match's first word, of the word before it, of the word after it. */
  pos?: ReadonlySet<string>;
  posBefore?: ReadonlySet<string>;
  posAfter?: ReadonlySet<string>;
  /** The match's sentence (as far as 150 characters either side) holds words the pattern fits. */
  sentence?: RegExp;
  /** The match opens its sentence (true) or does not (false). */
  sentenceInitial?: boolean;
  /** The whole article holds at least this many matches of a pattern (global): a match report's words. */
  article?: { words: RegExp; atLeast: number };
  /** This group's word is in title case and not the first of its sentence: part of a name ("Friday Night Lights"). */
  titleCase?: string;
}

/** After "one-day", what makes it cricket's game: "one-day series", "the four-nation one-day tournament", "one-day cricket". */
const ONE_DAY_CRICKET_AFTER = /^ (?:internationals?|series|tournaments?|triangular|cup|squad|side|team|cricket|format|final|specialists?|captain|debut)\b/i;

/** After the days of a fixture list: "v Kent", "First test", "Second one-day international". */
const FIXTURE_AFTER = /^ (?:v|vs\.?|(?:First|Second|Third|Fourth|Fifth|Sixth) [a-z])/;

/** "on a weekly basis": the noun after a frequency adjective that makes it a recurrence. */
const BASIS_AFTER = /^ basis\b/i;

/** "version 2.13.2000": numbers with full stops after the word for a release are its number, no date. */
const VERSION_BEFORE = /\b(?:version|release|v)\.?\s*$/i;

/** A place in a race's standings, before "at" and the gap to the leader ("Olano third at 3:40"). */
const STANDING = '(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d{1,3}(?:st|nd|rd|th))';
/** The words a race's time follows where its figures could be a clock's: "finished in", "the mark of", "faster than", "under". */
const AFTER_RACE_WORD = '(?<=\\b(?:in|of|than|under) )';
/** A single quote that closes a quotation later in the text after a match: a word or a stop, the quote, then a space or a stop. */
const QUOTE_CLOSES_AFTER = /^[^'’\n]*?[\w.,!?][’'](?=\s|$|[.,;:])/;

/** Holidays whose names are also surnames in the news ("Taha Yassin Ramadan"). */
const SURNAME_HOLIDAYS = /^(?:rama[dz]an|eid)$/i;

/**
 * "following February's revolt", "fell following Monday's vote": "following" with no determiner before it is the
 * preposition "after", and the month or day after it is the one the possessive names ("the following January" counts on).
 */
const FOLLOWING_AS_PREPOSITION: Unless = { groups: { rel: /^following$/i }, wordBeforeNot: DETERMINERS };
/** The same inside a rule that reads the day alone without it: "following" only after a determiner. */
const FOLLOWING_AFTER_DETERMINER = `(?<=\\b(?:${[...DETERMINERS].join('|')}) )following`;
/** "coming" before a length of time only after "the" ("over the coming two weeks", not the verb of "saw this coming two weeks ago"). */
const COMING_AFTER_THE = '(?<=\\bthe )coming';

export const RULES: TimexRule[] = [
  // Clock times: "7:15 p.m.", "5 p.m. EST", "10 o'clock", "noon"
  { id: 'clock_ampm', confidence: 0.95, pattern: "(?<hour>1[0-2]|0?[1-9])(?:[:.](?<minute>[0-5]\\d)(?::(?<second>[0-5]\\d))?)? ?(?<ampm>a\\.m\\.?|p\\.m\\.?|am|pm)(?: (?<tz>{TZ}))?" },
  // "from 3 to 5 p.m.", "between 11 and 1 pm", "at 7 or 8 p.m.": the hour that opens a range or a choice of hours takes
  // its half of the day from the one that closes it (the same, unless it is the later number: "from 9 until 5 p.m." opens
  // at nine in the morning).
  { id: 'clock_range_open', confidence: 0.9, pattern: "(?<=\\b(?:from|between|at|around|about) )(?<hour>1[0-2]|0?[1-9])(?:[:.](?<minute>[0-5]\\d))?(?= ?(?:to|and|until|till|through|[-–]|(?<=\\b(?:at|around|about) \\S+ )or) ?(?<hourto>1[0-2]|0?[1-9])(?:[:.][0-5]\\d)? ?(?<ampmto>a\\.m\\.?|p\\.m\\.?|am|pm)\\b)" },
  // "seven p.m.", "seven thirty p.m.", "ten-fifteen a.m.": a clock time in words.
  { id: 'clock_words', confidence: 0.9, pattern: "(?<hour>{HOURWORD})(?:[ -](?<minw>{MINUTEWORD}))? (?<ampm>a\\.m\\.?|p\\.m\\.?|am|pm)(?: (?<tz>{TZ}))?",
    unless: [
      // "Five PM staff": after an hour in words, a bare capital "PM" or "AM" is more often a title (prime minister).
      { groups: { ampm: CAPITAL_AM_PM } },
    ] },
  { id: 'clock_24h', confidence: 0.8, pattern: "(?<hour>[01]?\\d|2[0-3]):(?<minute>[0-5]\\d)(?::(?<second>[0-5]\\d))?(?: (?<tz>{TZ}))?",
    unless: [
      // "a field goal with 1:52 left", "scored 4:27 into the third period": a game's clock, no time of day.
      { textAfter: /^ (?:left|remaining|to play|to go|into (?:the |overtime\b|extra time\b))/ },
    ] },
  // "14.30 GMT", "09.00 local time", "from 08.30 to 17.00": a 24-hour clock written with a stop, as British and European
  // copy writes it; told from a price or a decimal ("closed at 14.30") by a zone after it, or by a leading zero after a
  // clock's preposition (or of the range's first clock, "08.30 to 17.00"); surer than the decimal the numbers read in it.
  { id: 'clock_dot', confidence: 0.92, pattern: "(?<![\\d.,])(?<hour>[01]?\\d|2[0-3])\\.(?<minute>[0-5]\\d)(?![.,]?\\d)(?: (?<tz>{TZ})|(?<=\\b(?:at|from|until|till|to|by|before|after|between|and|around|about) 0\\d\\.\\d\\d|\\b0\\d\\.[0-5]\\d ?(?:to|and|until|till|[-–]) ?\\d\\d\\.\\d\\d))" },
  // A race's time or gap in units written short, as AFP and Reuters sport copy writes them: "1min 34sec", "55min 33sec",
  // "2hr 15min 25sec", "1h 32m 10s", "9.58sec". One unit alone only as a word ("9.58sec", "55min"), not a letter ("100m"
  // is metres, "the 5s and 10s" fives and tens): recognize checks.
  { id: 'race_time_units', confidence: 0.85, priority: 2,
    pattern: "(?<![:.\\d])(?=\\d{1,3}(?:\\.\\d{1,3})? ?(?:hrs?|h|mins?|m|secs?|s)\\b)(?:(?<uh>\\d{1,2}) ?(?:hrs?|h) (?=\\d))?(?:(?<um>\\d{1,3}) ?(?<umw>mins?|m)\\b(?: (?=\\d))?)?(?:(?<us>\\d{1,2}(?:\\.\\d{1,3})?) ?(?<usw>secs?|s)\\b)?" },
  // A race's or a lap's time: "won in 2:01:39", "clocked 2:05.85", "1:24.128", "averaged 4:34 per mile", a rider's gap
  // "4:37 behind", "leads Virenque by 2:38", "Olano third at 3:40": hours, minutes and seconds of a length of time, not a
  // clock reading (one with seconds is told after "at", with a.m. or a zone, or in two figures of the hour: "15:23:24",
  // "05:46:23"; but after "in", "of", "than", "under" two figures of the hour are an ultramarathon's, "finished in
  // 15:13:28", and minutes no clock has a split's, "halfway in 60:22").
  { id: 'race_time', confidence: 0.85, priority: 2,
    pattern: `(?<![:.\\d])(?:(?<laph>[1-9]|${AFTER_RACE_WORD}[1-4]\\d):(?<lapm>[0-5]\\d):(?<laps>[0-5]\\d(?:\\.\\d{1,3})?)|${AFTER_RACE_WORD}(?<lapm3>2[4-9]|[3-9]\\d):(?<laps3>[0-5]\\d)|(?<lapm2>\\d{1,2}):(?<laps2>[0-5]\\d\\.\\d{1,3}|[0-5]\\d(?= (?:(?:per|a) (?:kilometre|kilometer|km|mile|lap)|behind|adrift|back)\\b)|(?<=(?:\\b(?:leads?|led|leading|ahead|clear|trails?|trailed|trailing)\\b[^.;\\n]{0,40}? by |\\b${STANDING},? at )\\d{1,2}:)[0-5]\\d))(?![\\d:])`,
    unless: [
      // (but "Olano third at 3:40": a place in the standings, and the gap to the leader; "the record stands at 2:01:39")
      { textBefore: new RegExp(`(?<!\\b(?:${STANDING}|stands|stood),? )\\bat (?:about |around )?$`) },
      { textAfter: /^ ?(?:a\.m\b|p\.m\b|am\b|pm\b|[A-Z]{2,4}T\b|GMT\b|UTC\b|local time\b)/ },
    ] },
  // "0100 GMT"; "1500 hrs", "at 0400 hours" (a military clock: "hours" after four figures that read as one only
  // after "at" or with a leading zero; "1500 hours of community service" is a duration); "at 1300 London time", a city's
  // time (the city a place's mention, out of the span, as TIME_ZONES says) after a clock's preposition; and a clock's
  // four figures with a leading zero after one, which no count or year has, before a day or a clause's end ("from 0500
  // on June 10", "opens at 0800.").
  { id: 'clock_wire', confidence: 0.9, pattern: "(?<hh>[01]\\d|2[0-3])(?<mm>[0-5]\\d)(?: (?:(?<tz>{TZ})|hrs\\b|(?<=(?:\\bat |\\b0)\\d{3,4} )hours\\b)(?: (?<tz2>{TZ}))?|(?<=\\b(?:at|by|from|until|before|after|around) \\d{4})(?= (?:[A-Z][a-z]+ ){1,2}time\\b)|(?<=\\b(?:at|by|from|until|till|to|before|after|around) 0\\d{3})(?= on\\b| (?:and|to|until|till) 0\\d{3}\\b|[.,;)]))" },
  { id: 'clock_oclock', confidence: 0.9, pattern: "(?<hour>1[0-2]|0?[1-9]|{HOURWORD}) o'clock",
    unless: [
      // "Twelve O'Clock High": a clock time in title case is a title.
      { text: /O['’]Clock/ },
    ] },
  // "10 in the morning", "3:15 in the afternoon", "11 o'clock at night": the part of day says a.m. or p.m.; so does the
  // part of a named day right after a bare hour, "at 8 tonight", "by ten tomorrow morning" (after "at" or the like,
  // CLOCK_AFTER in contexts.ts), which a merge then joins to it.
  { id: 'clock_part', confidence: 0.9, priority: 1, pattern: "(?<hour>1[0-2]|0?[1-9]|{HOURWORD})(?:[:.](?<minute>[0-5]\\d)| o'clock)?(?: (?:in the|at) (?<dayhalf>morning|afternoon|evening|night)|(?= (?:tonight|(?:this|that) (?:morning|afternoon|evening)|that night|(?:tomorrow|yesterday) (?:morning|afternoon|evening|night)|last night)\\b))",
    unless: [
      // "10 tonight" only after "at" or the like; "3 in the morning raid": a part of day that modifies a noun.
      { groups: { dayhalf: false }, wordBeforeNot: CLOCK_AFTER },
      { groups: { dayhalf: true }, posAfter: NOUN_TAG },
    ] },
  // "Friday evening at 7", "tonight at 8 o'clock": a bare hour after a part of the day and "at", which says a.m. or
  // p.m.; the day is the one the narrative reached (TimeML leaves "at" out, so these are two expressions).
  { id: 'clock_after_part', confidence: 0.95, priority: 1, pattern: "(?<=\\b(?<dayhalf>morning|afternoon|evening|night|tonight) (?:at|@) (?:(?:about|around|approximately) )?)(?<hour>1[0-2]|0?[1-9]|{HOURWORD})(?:[:.](?<minute>[0-5]\\d)| o'clock)?",
    unless: [
      // "spent the night at 3 hotels", "met that morning at 10 Downing Street": a count or a number of a name.
      { posAfter: NOUN_LIKE },
      { textAfter: /^ [A-Z][a-z]/ },
    ] },
  // "midnight Friday" is the end of Friday (T24:00, ISO 8601's end of a day, as TimeBank's "midnight Friday"); "shortly
  // after midnight on Tuesday" is the first hour of the day, whose start ISO writes T00:00 ("went on past midnight" its end).
  // ("12 noon", "12 midnight": the hour written before the word is part of it)
  { id: 'noon', confidence: 0.9, pattern: "(?<=\\bafter )(?<daystart>midnight)|(?:12 )?(?<part>noon|midnight|midday)(?: (?<tz>{TZ}))?" },
  // "half past nine", "a quarter to midnight", "20 minutes past 3 p.m.": minutes counted from an hour (a digit hour only with a.m./p.m.).
  { id: 'clock_past', confidence: 0.85, priority: 2, pattern: "(?<offmin>(?:a )?quarter|half|{NUM} minutes?) (?<offdir>past|after|to|before) (?:(?<hour>{HOURWORD})(?: (?<ampm>a\\.m\\.?|p\\.m\\.?|am|pm))?|(?<hour2>1[0-2]|0?[1-9]) ?(?<ampm2>a\\.m\\.?|p\\.m\\.?|am|pm)|(?<offpart>noon|midnight))",
    unless: [{ groups: { ampm: CAPITAL_AM_PM } }] },
  // "ten past six", "20 past 3 p.m.", "five to midnight": a count of minutes without the word. Before a bare hour a count
  // is a clock reading only after a clock word ("at ten past six"), and before "to" only after "at", "until" or "till":
  // "won three to one", "from five to ten" and "by five to ten" are ranges and scores.
  { id: 'clock_past_count', confidence: 0.85, priority: 2, pattern: "(?<offmin>[1-5]\\d|0?[1-9]|{MINUTEWORD}|{HOURWORD}) (?<offdir>past|after|to|before) (?:(?<hour>{HOURWORD})(?: (?<ampm>a\\.m\\.?|p\\.m\\.?|am|pm))?|(?<hour2>1[0-2]|0?[1-9]) ?(?<ampm2>a\\.m\\.?|p\\.m\\.?|am|pm)|(?<offpart>noon|midnight))",
    unless: [
      { groups: { ampm: CAPITAL_AM_PM } },
      { groups: { hour: true, ampm: false, offdir: /^(?:past|after)$/i }, wordBeforeNot: CLOCK_AFTER },
      { groups: { hour: true, ampm: false, offdir: /^(?:to|before)$/i }, wordBeforeNot: CLOCK_AT },
      // "tested positive for COVID-19 after 6pm": figures hyphened to a word are part of its name, no minutes.
      { textBefore: /\w-$/ },
      // (so before a digit hour: "from 3 to 5 p.m." is a range of hours, not 4:57)
      { groups: { hour2: true, offdir: /^(?:to|before)$/i }, wordBeforeNot: CLOCK_AT },
      { textBefore: MONTH_BEFORE },
      // "at ten past six people": a count of a noun.
      { posAfter: NOUN_LIKE },
    ] },

  // Calendar dates: "Friday, Oct. 13, 1989", "15 November 2019", "12/20/2019", "2019-12-20"
  { id: 'month_day', confidence: 0.95, priority: 2, pattern: "(?:(?:(?:this coming|this|next|last|coming) )?(?<weekday>{WEEKDAY}),? )?(?<month>{MONTH}) (?:the (?=\\d\\d?(?:st|nd|rd|th)\\b))?(?<day>{DAYNUM}|{DAYORD})(?:(?:,| of|,? in)? (?<year>{YEAR}))?",
    unless: [
      // "Jan 3 people": a short month name without a full stop that is also a name, before a count of a noun.
      { groups: { month: BARE_SHORT_MONTH, year: false }, posAfter: NOUN_LIKE },
      // "the May Fourth Movement": a day spelt in capitals before a capitalised word is part of a name.
      { groups: { day: /^[A-Z][a-z]/, year: false }, textAfter: /^ [A-Z][a-z]/ },
    ] },
  // "the 20th of this month": of a month named relative to now. "The" opens the date before an ordinal or "of" ("the 3rd
  // of May"); before a bare day and a month it is the noun's after them ("the 3 May election").
  { id: 'day_month', confidence: 0.95, priority: 2, pattern: "(?:(?<weekday>{WEEKDAY}),? )?(?:the (?!\\d\\d? (?!of\\b)))?(?<day>{DAYNUM}|{DAYORD}) (?:(?:of )?(?<month>{MONTH})(?:,? (?<year>{YEAR}))?|of (?:the )?(?<monthrel>this|next|last|current|previous|coming) month)",
    unless: [
      // "Britain will hold its first December general election": an ordinal word after a determiner ranks, no day.
      { groups: { day: /^[a-z]+$/i, year: false }, text: /^[a-z]+ [A-Z]/i, wordBefore: RANKING_DETERMINERS },
    ] },
  // "Tuesday the 18th", "Friday 13th": a day of the month named with its weekday (the month is the one where they meet);
  // an ordinal word only at the end of a clause ("on Tuesday the third."; not "Tuesday the third round"), a figure not before a
  // noun ("on Friday, the 25th day of protests" is a rank).
  { id: 'weekday_dom', confidence: 0.85, priority: 1, pattern: "(?<weekday>{WEEKDAY}),? (?:the )?(?<day>(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)(?! (?!(?:at|in|on|when|and|as|to|for|with|after|before|from|until|or|but|of)\\b)[a-z])|{DAYORD}(?=[,.;:!?)]|$))" },
  // "May 3 and 4", "Dec. 14 to 16", "Dec. 14-16": two dates sharing a month, read as two expressions (see `split`).
  { id: 'month_day_pair', confidence: 0.95, priority: 3, split: ['day', 'day2'], pattern: "(?<month>{MONTH}) (?<day>{DAYNUM})(?: (?:and|or|&|to|through|until|till) | ?[-–] ?)(?<day2>{DAYNUM})(?:,? (?<year>{YEAR}))?",
    unless: [
      // "on May 3 and 4 people died": a number that counts the noun after it; not after a determiner, where the
      // dates name what follows ("the June 3-4 summit", "its Dec. 14-16 meeting").
      // A fixture list's "June 14-16 v Kent", "June 5-9 First test" are dates of what the line names.
      { groups: { year: false }, posAfter: NOUN_LIKE, wordBeforeNot: DETERMINERS, textAfterNot: FIXTURE_AFTER },
      // "from 20 on Jan. 1 and 18 on Feb. 1": a figure that a date of its own follows is no second day of the first.
      { groups: { year: false }, textAfter: DATED_FIGURE_AFTER },
    ] },
  // "walkouts on July 20, 22 and 29": the later days of a list of days of one month after commas, each a date of that month
  // (the first is `month_day`); the list ends with "and" or "or" and a day, which no count of a noun can stand for.
  { id: 'month_day_list', confidence: 0.9, priority: 3, pattern: "(?<=\\b(?<month>{MONTH}) {DAYNUM}(?:(?:, {DAYNUM})*, |(?:, {DAYNUM})+,? (?:and|or) ))(?<day>{DAYNUM})(?:(?=(?:, {DAYNUM})*,? (?:and|or) {DAYNUM}\\b)|(?<=(?:and|or) \\d{1,2})(?! ?[A-Za-z]))(?:,? (?<year>{YEAR}))?" },
  // "3 and 4 May", "10 to 14 March": the same, with the day first.
  { id: 'day_month_pair', confidence: 0.95, priority: 3, split: ['day', 'day2'], pattern: "(?<day>{DAYNUM})(?: (?:and|or|&|to|through|until|till) | ?[-–] ?)(?<day2>{DAYNUM}) (?:of )?(?<month>{MONTH})(?:,? (?<year>{YEAR}))?" },
  // "31-Oct-1974", "31/Oct/1974": a day, a month's name and a year joined by hyphens or slashes, as forms and logs write them.
  { id: 'day_month_joined', confidence: 0.95, priority: 2, pattern: "(?<day>{DAYNUM})[-/](?<month>{MONTH})[-/](?<year>{YEARDIGITS})" },
  // "Oct. 30-Nov. 2", "June 28 to July 3": two dates of two months.
  { id: 'month_day_range', confidence: 0.95, priority: 3, split: ['day', 'month2'], pattern: "(?<month>{MONTH}) (?<day>{DAYNUM})(?: (?:to|through|until|till|and) | ?[-–] ?)(?<month2>{MONTH}) (?<day2>{DAYNUM})(?:,? (?<year>{YEAR}))?" },
  // "the 2024-25 tax year", "the 2022/23 season", "2019-2020": a year and the next one written as one period (a fiscal,
  // tax, school or sports year that straddles two): one expression, valued as the year it opens in; "the 2024-25 fiscal
  // year", "the 2024-25 academic year" and "the 2026/27 marketing year" with their article, as "the 1999 fiscal year";
  // so "the fiscal year 2021/22", "fiscal 2020-21", "FY2019-20", as South Asia's press writes them.
  { id: 'split_year', article: ['fiscal', 'fiscal3', 'namedyear'], confidence: 0.85, priority: 2, pattern: "(?:(?<fiscal>fiscal|financial)(?: year)? |(?<fiscal2>FY) ?)?(?<year>(?:1[5-9]|20)\\d\\d) ?[-–/] ?(?<nextyear>(?:1[5-9]|20)?\\d\\d)(?![-–/]?\\d)(?: (?<fiscal3>fiscal|financial) year| (?<namedyear>academic|school|marketing|crop) year)?" },
  // "the 1992-95 war", "in 2018-22": a year and a later one, the second in two digits; two expressions.
  { id: 'year_span', confidence: 0.85, priority: 1, split: ['year', 'year2'], pattern: "(?<year>(?<century>1[5-9]|20)(?<yy>\\d\\d)) ?[-–/] ?(?<year2>\\d\\d)" },
  // "1996-2000": two years, each an expression of its own.
  { id: 'year_pair', confidence: 0.85, priority: 1, split: ['year', 'year2'], pattern: "(?<year>{YEARDIGITS}) ?[-–] ?(?<year2>{YEARDIGITS})" },
  // "the first Monday of October", "the last Friday in May 2020": the nth weekday of a month.
  // "the first Monday of next month", "... of the month": of a month named relative to now.
  { id: 'nth_weekday', confidence: 0.9, priority: 3, pattern: "(?:the )?(?<nth>{ORDWORD}|last) (?<weekday>{WEEKDAY}) (?:of|in) (?:(?<month>{MONTH})(?:,? (?<year>{YEAR}))?|(?:the )?(?<monthrel>this|next|last|current|previous|coming) month|the (?<thismonth>month))" },
  // "on the 15th.", "on the first,": a day of the month the text is in (the word before: `after`; the stop after: the pattern).
  { id: 'day_of_month', says: { dayOfMonth: true }, confidence: 0.7, after: ['on'], pattern: "(?<the>the) (?<day>(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)|{DAYORD})(?=\\s*(?:[,.;:!?)]|$))" },
  // "the first week of October", "the last week in March 2020": ISO weeks belong to the month of their Thursday.
  // "the last day of March", "the first day of April 2020": a day counted in a month.
  { id: 'nth_week', confidence: 0.85, priority: 3, pattern: "(?:the )?(?<nthweek>{ORDWORD}|last|final) (?<nthunit>week|day|weekend) (?:of|in) (?<month>{MONTH})(?:,? (?<year>{YEAR}))?" },
  { id: 'numeric_mdy', confidence: 0.9, pattern: "(?<month>1[0-2]|0?[1-9])/(?<day>3[01]|[12]\\d|0?[1-9])/(?<year>\\d{4}|\\d\\d)" },
  // "16/11/1999", "31.10.1974": a day first, as British and European copy writes it, where the first number cannot be a
  // month; "10.31.1974" with full stops is read month first when only that reading is a date.
  { id: 'numeric_dmy', confidence: 0.9, pattern: "(?<day>3[01]|1[3-9]|2\\d)[/.](?<month>1[0-2]|0?[1-9])[/.](?<year>(?:1[89]|20)\\d\\d)\\b",
    unless: [{ textBefore: VERSION_BEFORE }] },
  { id: 'numeric_mdy_dots', confidence: 0.85, pattern: "(?<month>1[0-2]|0?[1-9])\\.(?<day>3[01]|1[3-9]|2\\d)\\.(?<year>(?:1[89]|20)\\d\\d)\\b",
    unless: [{ textBefore: VERSION_BEFORE }] },
  { id: 'iso_date', confidence: 0.95, pattern: "(?<year>(?:1[89]|20)\\d\\d)-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\\d|3[01])" },
  { id: 'month_year', confidence: 0.95, priority: 1, pattern: "(?<month>{MONTH}),? (?:of )?(?<year>{YEAR})(?: (?<openend>{OPENEND}))?" },
  // "April 22 next year", and "22 April next year" as British copy writes it.
  { id: 'month_relyear', confidence: 0.9, priority: 1, pattern: "(?:(?<dayfirst>{DAYNUM}|{DAYORD}) (?:of )?)?(?<month>{MONTH})(?: (?<day>{DAYNUM}|{DAYORD}))? (?:of )?(?<yearrel>last|next|this) year" },
  { id: 'rel_month', article: ['rel'], confidence: 0.9, priority: 1, pattern: "(?<rel>{REL}) (?<month>{MONTH})",
    unless: [FOLLOWING_AS_PREPOSITION] },
  // "the April-June quarter", "the January-June period", "the April-to-June period": the months of a calendar quarter or half year, one
  // expression of that quarter or half (other spans of months are two expressions, by the `month` rule).
  { id: 'month_span', article: true, confidence: 0.9, priority: 3, pattern: "(?<spanfrom>{MONTH})(?: ?[-–] ?|-to-| to )(?<spanto>{MONTH}) (?:quarter|period|half)(?: of (?<year>{YEAR})|,? (?<year2>{YEAR}))?" },
  // A month; "January-October", "Jan.-March 1999": two months, each an expression of its own, the second
  // in the first's year or the one after (`range2` marks it, see frame.ts).
  // "from January to April", "between March and May", "the October-to-December rains": the same two expressions; and
  // "November and December 1995", two months that share the year written after the second, as "January to June 2024" do
  // (and "in February and again in June 2022").
  { id: 'month', confidence: 0.85, split: ['month', 'month2'], pattern: "(?<month>{MONTH})(?:(?<range2> ?[-–] ?|-to-| (?<=\\b(?:from|between) {MONTH} )(?:to|through|until|till|and) | (?:and|or|to|through) (?={MONTH},? {YEAR})| and (?:again |also )?in (?={MONTH},? {YEAR}))(?<rangeto>(?<month2>{MONTH}))(?:,? (?<year>{YEAR}))?)?",
    unless: [
      // "we march 3 miles", "prices may rise": the verb.
      { groups: { month: AMBIGUOUS_MONTH }, pos: VERB_TAGS, textBeforeNot: MONTH_LISTED_BEFORE },
      { groups: { month: /^may$/i }, wordAfter: MAY_AS_VERB_BEFORE, textBeforeNot: MONTH_LISTED_BEFORE },
      // "the March of Dimes": a month followed by "of" and a name is part of that name; so is one before a day spelt
      // in capitals and a name ("the May Fourth Movement").
      { textAfter: /^ of [A-Z]/ },
      { textAfter: /^ [A-Z][a-z]+(?:st|nd|rd|th) [A-Z][a-z]/ },
      // "Jan 3 people": a short name without a full stop ("Jan", "Mar") is a month only with its day.
      { groups: { month: BARE_SHORT_MONTH } },
      // "the Federation of Belgian Enterprises (FEB)": a short name in capitals alone in brackets is a name's initials.
      { text: /^[A-Z]{3,4}$/, textBefore: /\($/, textAfter: /^\)/ },
    ] },
  // "Christmas Eve", "Easter week", "the Labor Day weekend", "the Memorial Day holiday weekend", "Halloween night";
  // "last year's Easter", "2024's Thanksgiving weekend": the holiday of that year, as "last year's July".
  { id: 'holiday', article: ['weekof', 'weekend'], confidence: 0.85, priority: 1, pattern: "(?:(?<rel>last|next|this) |(?<yearrel2>this|last|next) year['’]s |(?<year2>{YEARDIGITS})['’]s )?(?<holiday>{HOLIDAY})(?: (?<weekof>week)| (?:(?:holiday|long|three-day) )?(?<weekend>weekend)| (?<part>{PART}))?(?:,? (?<year>{YEAR})|(?: of)? (?<yearrel>last|next|this) year)?",
    unless: [
      // "the Yom Kippur War", "Christmas Island", "the Easter Rising": a holiday before a capitalised word is part of a name.
      { textAfter: /^ [A-Z][a-z]/ },
      // "the Good Friday agreement", "the Yom Kippur war": so is one before the kind of thing it names.
      { textAfter: NAMED_FOR_A_DAY },
      // "in a new year": in lower case, a year (the New Year is the day).
      { groups: { holiday: /^new year$/ } },
      // "a thanksgiving service at St Paul's": in lower case before a rite, the giving of thanks, no day.
      { text: /^thanksgiving$/, textAfter: /^ (?:service|mass|prayers?|ceremony|ceremonies|liturgy|offering|hymn)\b/ },
      // "Vice President Taha Yassin Ramadan", "Ramadan said": a holiday that is also a surname, after a name or before a verb of saying.
      { groups: { holiday: SURNAME_HOLIDAYS }, textBefore: /[A-Z][a-z]+ $/ },
      { groups: { holiday: SURNAME_HOLIDAYS }, textBefore: /\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Capt|Sgt|Prof|Sheikh|Judge)\.? $/ },
      { groups: { holiday: SURNAME_HOLIDAYS }, textAfter: /^ (?:said|says|told|added|asked)\b/ },
    ] },
  // "the week of June 12", "the week of Christmas": the week that holds the day.
  { id: 'week_of', confidence: 0.9, priority: 2, pattern: "(?<weekof>the week of) (?:(?<month>{MONTH}) (?<day>{DAYNUM}|{DAYORD})(?:,? (?<year>{YEAR}))?|(?<holiday>{HOLIDAY}))" },
  // "the Saturday before Orthodox Easter", "the day after Thanksgiving", "the week before Eid", "the weekend after Christmas":
  // a day, week or weekend next to a holiday's day.
  { id: 'around_holiday', confidence: 0.9, priority: 2, pattern: "the (?<around>day|week|weekend|{WEEKDAY}) (?<arounddir>before|after) (?<holiday>{HOLIDAY})(?:,? (?<year>{YEAR}))?" },
  // "the weekend of Aug. 12-14", "the weekend of June 4": the weekend that holds the day (or the days).
  { id: 'weekend_of', confidence: 0.9, priority: 2, pattern: "(?<weekend>the weekend of) (?<month>{MONTH}) (?<day>{DAYNUM}|{DAYORD})(?:[-–]{DAYNUM})?(?:,? (?<year>{YEAR}))?" },

  // Weekdays and parts of days: "last Friday", "Thursday evening", "this morning", "last night"
  // "Wednesday of next week", "Friday next week": inside a week named relative to now.
  // "following" counts on only after a determiner ("the following Monday"); "fell following Monday's vote" is "after".
  { id: 'weekday', article: ['rel'], confidence: 0.9, pattern: `(?:(?<rel>(?!following\\b){REL}|${FOLLOWING_AFTER_DETERMINER}) )?(?<weekday>{WEEKDAY})(?: (?<part>{PART})|,? (?:of )?(?<weekrel>last|next|this) week)?`,
    unless: [
      // "Friday Night Lights": a part of the day in title case inside a sentence is part of a name.
      { titleCase: 'part' },
      // "the Sunday Times": a weekday before a newspaper's name is part of it.
      { groups: { part: false }, textAfter: NAME_AFTER_WEEKDAY },
      // "Bloody Sunday", "the Good Friday agreement": a weekday in the name of a day (the holidays are a rule of their own).
      { textBefore: NAMED_DAY_BEFORE },
      // "Clouds covered the Sun.": a weekday's abbreviation that is also a word, after a determiner, is the word.
      { groups: { weekday: WEEKDAY_WORD_ABBREVIATION }, wordBefore: DETERMINERS },
    ] },
  { id: 'part_of_day', article: true, confidence: 0.85, pattern: "(?:(?<rel>this|last|next|previous|preceding|following|yesterday|tomorrow|today|early|late) )?(?<part>{PART})",
    unless: [
      // "in the morning", "by evening", "at dawn"; not "morning" alone nor "the morning of" (a rule of its own) nor
      // "the morning raid", nor "at night" (which says how, not when: "works at night").
      { groups: { rel: false }, wordBeforeNot: BARE_PART_BEFORE },
      { groups: { rel: false, part: DAY_HALVES }, wordBefore: AT },
      // "the Evening Standard", "told the Dawn": a bare part of the day in title case inside a sentence is a name.
      { groups: { rel: false }, titleCase: 'part' },
      { groups: { rel: false }, wordAfter: OF },
      { groups: { rel: false }, posAfter: NOUN_TAG },
      // "its next evening sale", "Christie's next evening sale": after a possessive, the part and its word qualify a noun.
      { groups: { rel: NEXT_OR_LAST }, posAfter: NOUN_TAG, wordBefore: POSSESSIVES },
      { groups: { rel: NEXT_OR_LAST }, posAfter: NOUN_TAG, textBefore: POSSESSIVE_BEFORE },
    ] },
  // "the opening ceremony the evening before", "leaked the night before": the part of the day before (or after) the day told
  // (not "the night before the vote", whose day is named after it).
  { id: 'part_before', confidence: 0.7, pattern: "(?<the>the) (?<part>morning|afternoon|evening|night) (?<relafter>before|after)(?! (?:the|a|an|his|her|its|their|this|that|[A-Z0-9]))" },
  { id: 'mid_part', confidence: 0.85, pattern: "(?<part>mid-?\\s?afternoon|mid-?\\s?morning)" },
  { id: 'overnight', confidence: 0.8, pattern: "(?<part>overnight|tonight)",
    unless: [
      // "his overnight 105", "the overnight rate", "overnight swap": a score carried from the day before or a loan for one night.
      { groups: { part: /^overnight$/i }, textAfter: OVERNIGHT_THING_AFTER },
      { groups: { part: /^overnight$/i }, textBefore: SUDDENLY_BEFORE },
      { groups: { part: /^overnight$/i }, textBefore: NOT_AT_ONCE_BEFORE },
    ] },
  { id: 'anchor_day', confidence: 0.95, pattern: "(?<anchor>(?:the )?day (?:after tomorrow|before yesterday)|today|yesterday|tomorrow)(?:(?:'s)? (?<part>{PART}))?",
    unless: [
      // "in today's world", "the leaders of tomorrow": the present age and the one to come.
      { groups: { part: false, anchor: /^(?:today|tomorrow)$/i }, textAfter: AGE_NOUN_AFTER },
      { groups: { part: false, anchor: /^tomorrow$/i }, textBefore: AGE_OF_BEFORE },
    ] },

  // Years, decades, centuries: "1988", "fiscal 1989", "the year 2000", "nineteen ninety-six", "the 1980s"
  // "calendar 1998", "the 1999 fiscal year": a year named with its kind of year is one expression of it.
  { id: 'year', article: ['period'], confidence: 0.85, pattern: "(?:(?<fiscal>{FISCAL})(?: year)? |(?<fiscal2>FY) ?|(?:the )?year |(?<calendar>calendar) (?:year )?)?(?<year>{YEARDIGITS})(?: (?<period>period|quarter|(?<fiscal3>{FISCAL}) year|(?<calendar2>calendar) year)| (?<openend>{OPENEND}))?",
    unless: [
      // "the 1998-2000 period": the second year of a range is an expression of its own (the `year_pair` rule), not "2000 period".
      { groups: { period: true }, textBefore: /\d ?[-–] ?$/ },
      // "Order No. 1920", "Resolution number 2334": a number after its sign names a document, no year.
      { textBefore: NUMBER_SIGN_BEFORE },
    ] },
  // "in '86", "the '98 season": a year in two figures after an apostrophe (not a decade, "the '80s"; not a quotation
  // in single quotes that opens with a number: "'98 percent of us agree'", "'20 people were killed,' police said").
  { id: 'year_short', confidence: 0.8, pattern: "(?<=(?:^|[\\s(])|\\b)(?<year>['’]\\d\\d)(?![\\d'’]|s\\b|\\s*(?:percent|per cent|%))",
    unless: [{ textBefore: /\w$/ }, { textAfter: QUOTE_CLOSES_AFTER }] },
  // "nineteen ninety-six" is a year wherever it stands; "two thousand and five" is one only where a bare year in
  // figures would be (after a word that takes a year, no noun after it: "in two thousand and five", "the year two
  // thousand"; not "two thousand and five entries", "Two thousand people came", "the town has two thousand").
  { id: 'year_words', confidence: 0.85, pattern: "(?:(?<fiscal>{FISCAL})(?: year)? |(?<yearword>(?:the )?year) )?(?<yearw>{YEARWORDS})",
    unless: [
      { groups: { fiscal: false, yearword: false, yearw: /thousand/i }, wordBeforeNot: BARE_YEAR_BEFORE },
      { groups: { fiscal: false, yearword: false, yearw: /thousand/i }, posAfter: NOUN_LIKE },
    ] },
  { id: 'decade', article: true, confidence: 0.9, pattern: "(?<decade>(?:1[5-9]|20)\\d0)'?s|'(?<decadeshort>\\d0)'?s|(?<decadew>{DECADEWORD})",
    unless: [{ groups: { decadew: true }, wordBeforeNot: THE }] },
  // "246 BC", "79 AD", "AD 122", "9600 BCE": a year of an era, in figures of any length (the era says it is a year).
  { id: 'era_year', confidence: 0.9, priority: 2, pattern: "(?<eraad>AD|A\\.D\\.) (?<adyear>\\d{1,4})(?![\\d,.]\\d)|(?<erayear>\\d{1,2},\\d{3}|\\d{1,5}) ?(?<era>{ERA})",
    unless: [{ groups: { eraad: NOT_ERA } }, { groups: { era: NOT_ERA } }] },
  { id: 'century', article: true, confidence: 0.9, pattern: "(?:(?<century>\\d{1,2})(?:st|nd|rd|th)[- ]century|(?<centuryw>{ORDWORD})[- ]century)(?: (?<era>{ERA}))?",
    unless: [
      { groups: { era: NOT_ERA } },
      // "his second century of the series", "a 12th Test century": an ordinal of centuries of runs in cricket.
      { textBefore: /\b(?:his|her|their|a|an)\s+$/i, sentence: CRICKET_WORDS },
      { groups: { centuryw: /^(?:first|second|third|fourth|fifth)$/i }, textBefore: CRICKET_CENTURY_BEFORE },
    ] },

  // Seasons and business periods: "the summer of 1988", "last fall", "the third quarter", "fiscal 1989"
  // "this year's summer", "last year's spring" (TimeML's example of one expression): the season of that year.
  // "compared to last year's July": the month of that year, the same way.
  { id: 'year_season', confidence: 0.85, priority: 1, pattern: "(?<yearrel>this|last|next) year['’]s (?:(?<season>{SEASON})|(?<month>{MONTH}))" },
  // "the winter of 1998-99": a winter runs into the next year and is written with the year it begins in. "The summer
  // months" are the season.
  { id: 'season', article: true, confidence: 0.85, pattern: "(?:(?<rel>{REL}) )?(?<season>{SEASON})(?: months\\b)?(?:,? (?:of )?(?<year>{YEAR})(?:(?<=winter,? (?:of )?\\d{4})[-–/](?:\\d\\d|\\d{4}))?)?",
    unless: [
      // "in the fall", "last spring": not "fall" the verb, nor "the spring of" water.
      { groups: { rel: false, year: false }, wordBeforeNot: BARE_SEASON_BEFORE },
      { groups: { rel: false, year: false, season: /^fall$/i }, textBefore: FALL_AS_DECLINE_BEFORE, textAfterNot: FALL_TERM_AFTER },
      { groups: { rel: false, year: false }, textBefore: JOINED_NOT_TO_A_SEASON },
      { groups: { rel: false, year: false }, wordAfter: OF, text: ENDS_IN_SEASON },
      // "the Summer Olympics": a season in title case inside a sentence is part of a name.
      { groups: { rel: false, year: false }, titleCase: 'season' },
      { groups: { year: false }, textAfter: SEASON_KIND_AFTER },
    ] },
  { id: 'quarter', article: true, confidence: 0.9, priority: 1, pattern: "(?:(?<fiscal>{FISCAL})[- ])?(?:(?<year>{YEARDIGITS})(?:'s)? )?(?:(?<yearrel>this|last|next) year's |(?<rel>{REL}) )?(?:(?<fiscal2>{FISCAL})[- ])?(?:(?<quarter>first|second|third|fourth|1st|2nd|3rd|4th)|(?<lastquarter>last|final)(?=[- ]quarter,? (?:of )?{YEAR}))[- ](?:{FISCAL}[- ])?(?:quarters?|qtrs?\\.?)(?:,? (?:of )?(?:{FISCAL} )?(?<year2>{YEAR})| of (?:the )?(?:(?<yearrel2>this|last|next|current|previous) )?(?:{FISCAL} )?year)?(?=(?:,? (?:which |that )?(?<qendverb>ended|ending|ends) (?<qendmonth>{MONTH}) (?<qendday>{DAYNUM})\\b)?)",
    unless: [
      // "trailed 52-40 in the third quarter": a quarter of a game, when no year is named.
      { groups: { year: false, year2: false, yearrel: false, yearrel2: false, fiscal: false, fiscal2: false, rel: false }, sentence: GAME_WORDS },
      // "profit rose for the third quarter in a row": a count of quarters, no one of them.
      { groups: { year: false, year2: false, yearrel: false, yearrel2: false, fiscal: false, fiscal2: false, rel: false }, textAfter: IN_A_ROW_AFTER },
    ] },
  { id: 'half', article: true, confidence: 0.8, pattern: "(?:(?<fiscal>{FISCAL})[- ])?(?:(?<year>{YEARDIGITS})(?:'s)? )?(?<half>first|second|last|latter)[- ]half(?<halfyear>[- ]year)?(?:,? (?:of )?(?:{FISCAL} )?(?<year2>{YEAR})| of (?:the )?(?:(?<yearrel2>this|last|next|current|previous) )?(?:{FISCAL} )?(?<ofyear>year))?",
    unless: [
      // "the first half year" is the year's first half; "the last half year" the six months up to now (a duration).
      { groups: { halfyear: true, half: /^last$/i } },
      // "scored twice in the second half": a half of a game, when no year is named; and so in a match report, whatever
      // its sentence says ("Dortmund had the better of the first half").
      { groups: { fiscal: false, year: false, year2: false, ofyear: false, halfyear: false }, sentence: GAME_WORDS },
      { groups: { fiscal: false, year: false, year2: false, ofyear: false, halfyear: false }, article: { words: GAME_WORDS_ALL, atLeast: MATCH_REPORT_WORDS } },
      // "sold the second half of the collection": a half of what "of" names, when that is no year.
      { groups: { year: false, year2: false, ofyear: false, halfyear: false }, textAfter: /^ of\b/ },
    ] },
  // "Q3", "Q3 2025", "Q1 FY25", "Q4'24"; "3Q25", "1H20": a quarter or half written as analysts' shorthand.
  // "the June quarter", "the December half", "the December quarter of 2022": a quarter or half of a year named by the
  // month it ends in, as Australian and Asian business copy writes it; joined by a hyphen before a noun, without "the"
  // ("March-quarter output", "its September-quarter report").
  { id: 'quarter_month', confidence: 0.85, priority: 2, pattern: "(?:(?<the>the) )?(?<qmonth>march|mar\\.|june|september|sept\\.|sep\\.|december|dec\\.)(?:-|(?<=\\bthe [a-z.]+) )(?<qunit>quarter|half)(?:,? (?:of )?(?<year>{YEARDIGITS}))?" },
  { id: 'quarter_code', confidence: 0.85, pattern: "Q(?<quarter>[1-4])(?:(?: |-)(?:(?<fiscal>FY) ?)?(?<year>{YEARDIGITS})| ?(?:(?<fiscal2>FY) ?['’]?|['’])(?<year2>\\d\\d))?" },
  { id: 'half_code', confidence: 0.85, pattern: "H(?<halfn>[12])(?:(?: |-)(?:(?<fiscal>FY) ?)?(?<year>{YEARDIGITS})| ?(?:(?<fiscal2>FY) ?['’]?|['’])(?<year2>\\d\\d))?",
    unless: [
      // "an H1 visa", "H2 blockers": no half of a year (with a year it always is one).
      { groups: { year: false, year2: false }, wordBefore: ARTICLES },
      { groups: { year: false, year2: false }, wordAfter: NOT_HALF_CODE_AFTER },
    ] },
  { id: 'period_code_lead', confidence: 0.85, pattern: "(?:(?<quarter>[1-4])Q|(?<halfn>[12])H) ?(?:(?<fiscal>FY) ?)?['’]?(?<year>\\d\\d|{YEARDIGITS})" },
  // "2018Q4", "2025 H1": the year first.
  { id: 'period_code_year', confidence: 0.85, pattern: "(?<year>{YEARDIGITS}) ?(?:Q(?<quarter>[1-4])|H(?<halfn>[12]))" },
  // "FY25", "FY'24": a fiscal year in two figures ("FY2025" is the `year` rule's).
  { id: 'fiscal_year_code', confidence: 0.85, pattern: "(?<fiscal>FY) ?['’]?(?<year>\\d\\d)" },

  // Relative to the document date: "last year", "next month", "this week", "year-end", "year-ago"
  { id: 'rel_unit', article: true, confidence: 0.9, pattern: "(?<rel>{REL}) (?:{FISCAL} )?(?<unit>{CALUNIT})(?: or so)?",
    unless: [
      // "on Monday's last day", "the last day of the test": the final day of something, not yesterday.
      { groups: { rel: /^last$/i, unit: /^day$/i } },
      // "a 32-8 lead going into the last quarter": the final period of a game, not the quarter before.
      { groups: { rel: /^(?:last|final)$/i, unit: /^(?:quarter|half)$/i }, sentence: GAME_WORDS },
      FOLLOWING_AS_PREPOSITION,
    ] },
  // "this season", "last season's champion", "the previous season": a season of play, which sports news counts as
  // its year (TIMEX3 has no value for a season of play): the one going on at the DCT, and the one before or after
  // it by the calendar year it began in ("last season" in August 1996 is 1995, for a league playing 1995-96 or 1995).
  { id: 'sports_season', says: { unit: 'Y' }, article: true, confidence: 0.8, pattern: "(?<rel>this|last|next|current|previous|coming|following|past) (?:sporting |racing |playing )?season(?![- ]?(?:s\\b|long|ticket))" },
  // "the best of the season", "his 20th goal of the season": the season going on at the DCT, whatever season was told
  // before ("escaped relegation last season, have won their first three games of the season").
  { id: 'the_season', says: { unit: 'Y', rel: 0 }, confidence: 0.6, pattern: "(?<=\\b(?:of|in|for) )(?<the>the) season(?![- ]?(?:s\\b|long))",
    unless: [
      // "in the season opener", "the season ticket": a season before a noun names a thing of it.
      { posAfter: NOUN_TAG },
    ] },
  // "this holiday weekend", "the long weekend": a weekend named by what it holds (a rule of its own, so that the
  // trigger index does not try the unit rules after every "the l..." and "the t...").
  { id: 'named_weekend', article: true, confidence: 0.9, pattern: "(?:(?<rel>{REL}) )?(?:holiday|long|three-day) (?<unit>weekend)" },
  // "the week after next", "Friday after next": two on from now; so "Thursday week", as British and Australian copy writes
  // the Thursday a week after the coming one (only before a stop or a word of a clause: not "the Monday week of talks").
  { id: 'after_next', confidence: 0.9, priority: 2, pattern: "(?:(?<the>the) (?<unit>week|weekend|month|year)|(?<weekday>{WEEKDAY})) (?:(?<afternext>after next|(?<=\\b(?:on|by|from|until) \\w+ )week(?=[.,;:)]|$| (?:at|when|and|or|but|to|in|with)\\b))|(?<beforelast>before last))" },
  // "this time last year", "the same time a year ago": the DCT's day a year back (or on).
  // "up 5 percent over the same period last year", "the corresponding quarter a year earlier", "the quarter a year ago", "last year's quarter": the period the
  // story reports on, a year back (as "year-ago"); without one told, last year.
  { id: 'same_period', says: { unit: 'Y', dir: { sign: -1, anaphoric: true, comparison: true } }, amount: 1, confidence: 0.85, priority: 3, pattern: "(?<the>the) (?:(?:(?:same|corresponding|comparable) )?(?<samegrain>period|quarter|month)|(?:same|corresponding|comparable) (?<samegrainh>half|day)) (?:(?:of|in) )?(?:last year|a year (?:ago|earlier|before)|the (?:previous|preceding|prior) year|the year (?:before|earlier))|last year['’]s (?:(?:same|corresponding|comparable) )?(?<samegrain2>period|quarter|half|month)\\b" },
  // "the same month of 1998", "the corresponding period in 1997": the period the story reports on, in that year.
  { id: 'same_period_year', says: { unit: 'Y', dir: { sign: -1, anaphoric: true, comparison: true } }, amount: 1, confidence: 0.85, priority: 3, pattern: "(?<the>the) (?:same|corresponding|comparable) (?<samegrain>period|quarter|half|month) (?:of|in) (?<year>{YEARDIGITS})" },
  { id: 'same_time', says: { sameDay: true }, confidence: 0.85, priority: 2, pattern: "(?:this|the same) time (?:(?:during|of|in) )?(?:(?<yearrel>last|next) year|(?:a|one) year (?<sameago>ago|earlier|before))" },
  // "January of that year", "Jan. 28 of that year": the month or day of the year told before.
  { id: 'month_of_that_year', confidence: 0.85, priority: 2, pattern: "(?<month>{MONTH})(?: (?<day>{DAYNUM}|{DAYORD}))? of (?<that>that|the same) year" },
  // "That December", "that fall": the month or season of the year told before; "at 3:05 p.m. that Wednesday": the
  // weekday of the week told before.
  { id: 'that_period', confidence: 0.7, priority: 1, pattern: "(?<that>that) (?:(?<month>{MONTH})|(?<season>{SEASON})|(?<weekday>{WEEKDAY}))(?! \\d)",
    unless: [
      { wordBefore: THAT_CLAUSE_BEFORE },
      // "said outside court that Friday's decision was a win": "that" opens the clause the weekday's noun is the subject of.
      { groups: { weekday: true }, textAfter: /^['’]s\b/ },
    ] },
  // "that year", "that same day", "that night": the period of the date told before.
  { id: 'that_unit', confidence: 0.6, pattern: "(?<that>that(?: same| very)?|the same|the very) (?:(?<unit>{CALUNIT}|time)|(?<part>morning|afternoon|evening|night))",
    unless: [
      // "on that day", "That day, police...", "lost 60% that day": not "to make that day special" (a day named by what follows).
      { groups: { that: /^that$/i, unit: /^day$/i }, wordBeforeNot: THAT_DAY_BEFORE, sentenceInitial: false, textBefore: NO_FIGURE_BEFORE },
    ] },
  // "the year ended March 31": a stretch of time that the following date closes ("the quarter ended Sept. 30", "the
  // quarter that ends in late July": that quarter).
  // "the year to April", "the quarter to June": a period up to a month, as British and Asian wire copy writes it;
  // "the week ending June 12", "the week to Friday", "the week to 5 June": the calendar week that holds the day.
  { id: 'period_ended', confidence: 0.7, priority: 1, pattern: "(?<the>the) (?:(?<fiscal>{FISCAL}) )?(?<unit>year|quarter|month|week|months|weeks|years)(?= (?:that )?(?:(?<ended>ended|ending|ends|to end)\\b(?: (?:(?:(?:in|on) )?(?:(?:late|early|mid)[- ])?(?<endmonth>{MONTH})(?!\\w)(?: (?<endday>{DAYNUM}))?|(?:on )?(?<endweekday>{WEEKDAY})\\b))?|(?<ended2>to|through) (?:(?<endmonth2>{MONTH})(?: (?<endday2>{DAYNUM}))?|(?<endday3>{DAYNUM}) (?<endmonth3>{MONTH})|(?<endweekday2>{WEEKDAY}))\\b))" },
  // "the latest period": the quarter a business story reports on, as "the latest quarter" (the last to end before
  // the DCT; reading it from the quarter told before it does worse, as "a year ago" comes between them).
  { id: 'latest_period', says: { unit: 'Q' }, confidence: 0.7, priority: 2, pattern: "(?<the>the) (?<rel>latest) (?:{FISCAL} )?period" },
  // "later in the day", "earlier in the day": the day the narrative reached (or the DCT).
  { id: 'in_the_day', confidence: 0.6, anaphoric: true, pattern: "(?<=\\b(?:earlier|later|early|late) in )(?<the>the) (?<unit>day)" },
  // "Stocks ended the year higher", "closed the week": the period just closing at the DCT (the one before, early in a new one).
  { id: 'closed_unit', says: { closing: true }, confidence: 0.6, priority: 1, pattern: "(?<=\\b(?:ended|closed|finished) )(?<the>the) (?<unit>year|quarter|month|week)\\b" },
  // "in 2019, the last year before the pandemic", "2022, the latest year for which figures are available": set off after a
  // year, the year told (not the one before the DCT).
  { id: 'year_apposed', confidence: 0.8, priority: 2, anaphoric: true, pattern: "(?<=\\d{4}, )(?<the>the) (?:last|latest|final|first) (?<unit>year)(?= (?:before|after|for which|in which|on record|of)\\b)" },
  // "the whole year of 1996": a year named after it is that year.
  // Not an award's ("album of the year", "player of the month"): CATEGORY_OF_BEFORE.
  { id: 'the_unit', confidence: 0.5, anaphoric: true, pattern: "(?<the>the) (?:full |entire |whole )?(?:(?<fiscal>{FISCAL}) )?(?<unit>year|quarter|week|weekend|month|decade|century)(?:(?<=year) of (?<year>{YEARDIGITS}))?",
    unless: [{ textBefore: CATEGORY_OF_BEFORE }] },
  { id: 'unit_ago', article: true, confidence: 0.85, amount: 1, anaphoric: true, pattern: "(?:(?:comparable|corresponding) )?(?<unit>year|month|quarter|week)[- ](?<dir>ago|earlier)(?: (?:{QORD} )?(?:period|(?<samegrain3>quarter)|levels?))?",
    // "a year earlier than first proposed": a comparison, no date; "$8 per person per month earlier this year": a rate's
    // unit before "earlier this year", no offset.
    unless: [{ textAfter: COMPARISON_AFTER }, { textBefore: /\bper $/i }, { groups: { dir: /^earlier$/i }, textAfter: PERIOD_OF_OFFSET_AFTER }] },
  // "the prior-year quarter", "the prior-year period": the year-ago one, only before the period's noun.
  { id: 'prior_unit', article: true, confidence: 0.85, amount: 1, anaphoric: true, pattern: "(?<dir>prior)-(?<unit>year) (?:period|(?<samegrain3>quarter))\\b" },
  { id: 'unit_end', article: true, confidence: 0.85, pattern: "(?<unit>year|month|quarter|week)(?:'s)?[- ](?<unitpos>end)" },
  // "by midyear", "a midweek meeting": the middle of the DCT's year or week (mod MID), as "year-end" is its end.
  { id: 'unit_mid', confidence: 0.85, pattern: "(?<unitmid>mid)-?(?<unit>year|month|week)\\b" },

  // Offsets: "five weeks ago", "a day earlier", "about a week later", "two years from now"; "30 years ago today" the DCT's day then;
  // "up from $188 million a year before." (before a stop or a comma only: "a year before the vote" is a length and a preposition)
  { id: 'offset', confidence: 0.9, priority: 1, pattern: "(?<amount>{AMOUNT})(?<andhalf> and a half)?(?: or so)? (?:(?:{UNITADJ}) )?(?<unit>{UNIT})(?<unithalf> and a half)?(?: or so)? (?<dir>ago|earlier|later|from now|from today|hence|on(?=[.;]|,(?! \\S+ \\S+ off\\b))|before(?=[.;,]))(?:(?<=ago) (?<grain>today|this week|this month))?",
    unless: [
      // "two weeks later than usual": a comparison, in which the amount is a length of time (the `duration` rule).
      { textAfter: COMPARISON_AFTER },
      // "the holy month arrives about 11 days earlier each year": a shift that recurs, by a length of time.
      { textAfter: RECURRING_AFTER },
      // "a strike for about three weeks earlier this year": the length, and "earlier this year" a time of its own.
      { groups: { dir: /^(?:earlier|later)$/i }, textAfter: PERIOD_OF_OFFSET_AFTER },
      // "a year and a half ago" is a month; "a minute and a half later" stays a length of time.
      { groups: { andhalf: true, unit: NOT_YEARS_UNIT } },
      { groups: { unithalf: true, unit: NOT_YEARS_UNIT } },
    ] },
  // "two or three years ago", "a week or two from now": a choice of offsets names no one time, only its side of now (as
  // TimeBank reads "in a year or two" FUTURE_REF).
  { id: 'offset_choice', confidence: 0.85, priority: 2, pattern: "(?:{NUM} or {NUM} (?:{PLURALUNIT})|(?:an?|{NUM}) (?:{UNIT}) or {NUM}) (?<choicedir>ago|from now)" },
  // "today is the eighth day of the blockade", "it's the second day of": the DCT's period, told in the present.
  { id: 'nth_unit_of', confidence: 0.7, pattern: "(?<=\\b(?:today is|it is|it's|it’s|this is) )the (?<nthof>{ORDWORD}|\\d+(?:st|nd|rd|th)) (?<unit>day|week|month|year)(?= of )" },
  // "he had left the day before", "the week after": a unit back or on from the date told before (not "the day before the vote").
  { id: 'unit_before', says: { wholeUnit: true }, confidence: 0.7, amount: 1, pattern: "the (?<unit>day|week|month|year) (?<dir>before|after)(?! (?:the|a|an|his|her|its|their|this|that|[A-Z0-9]))" },
  { id: 'bare_offset', confidence: 0.6, amount: 'X', pattern: "(?<unit>years|months|weeks|days|decades|hours|minutes) (?<dir>ago|earlier|later)",
    unless: [{ textAfter: COMPARISON_AFTER }, { textAfter: RECURRING_AFTER }, { groups: { dir: /^(?:earlier|later)$/i }, textAfter: PERIOD_OF_OFFSET_AFTER }] },

  // Durations: "three years", "the past five weeks", "a five-year term", "several months"
  // "killed following a week of fighting": "following" counts on only after a determiner ("the following two weeks").
  { id: 'duration', article: true, confidence: 0.85, pattern: `(?:{NOTVERBLAST}(?<rel>(?!(?:following|coming)\\b){DURREL}|${FOLLOWING_AFTER_DETERMINER}|${COMING_AFTER_THE}) (?!an? ))?(?<amount>{AMOUNT})(?:(?:(?<andhalf> and a half)|(?<andfrac> and (?:a|one|three)[- ]quarters?)| or (?:{NUM}))? (?:(?:{UNITADJ}) )?|(?<andhalf2>-and-a-half)?[- ]|-)(?<unit>{UNIT})(?:(?<unithalf> and a half)|(?<unitfrac> and (?:a|one|three) quarters?(?! of\\b)))?(?:-long)?(?:(?<orso> or so)| or (?:two|three)|(?<orbound> or (?:more|longer|less|fewer|shorter))(?! than\\b))?`,
    unless: [
      // "scored a century", "a century in the second innings": runs in cricket, no length of time.
      { groups: { unit: /^century$/i }, textBefore: CRICKET_CENTURY_BEFORE },
      { groups: { unit: /^century$/i }, sentence: CRICKET_WORDS },
      // "the one-day series", "a one-day international": cricket's limited-overs game, no length of time.
      { text: /^one-day$/i, textAfter: ONE_DAY_CRICKET_AFTER },
      // "the first half", "the second half": a half of a year (the `half` rule), not half a unit.
      { groups: { amount: /^half$/i, rel: /^(?:first|second)$/i } },
      // "quarter" without "a" counts only after a relation word ("the past quarter century"; not "its quarter-century low").
      { groups: { amount: /^quarter$/i, rel: false } },
      { groups: { amount: /^an?$/i, unit: /^seconds?$/i } },
      // "a week-long festival": the article belongs to the noun; "week-long" is a rule of its own.
      { groups: { amount: /^an?$/i }, text: /-long$/i },
      { text: COMPOUND_ORDINAL_SECOND, wordBeforeNot: DURATION_ADJECTIVE_BEFORE },
      // "15 zero-day vulnerabilities": a flaw unknown to its maker, no length of time.
      { text: /^zero-day$/i },
      // "Feb. 10 second round": a day's figure right after a month is its day, and the singular unit another word.
      { groups: { amount: /^\d\d?$/, unit: /^(?:second|minute|hour|day|week|month|year)$/i }, textBefore: MONTH_BEFORE },
      // "$1.76 a year": an amount per unit of time is a rate, which TIMEX3 leaves unmarked as it does speeds; so is one
      // hyphened to it ("$200 million-a-year", "a once-a-year event").
      { groups: { amount: /^an?$/i, rel: false }, textBefore: RATE_BEFORE },
      { groups: { amount: /^an?$/i, rel: false }, textBefore: /\w-$/ },
      // "three-quarters" is a fraction; "output fell by a quarter" the size of a change; "a quarter of the vote" a share.
      { text: /-quarters?$/i },
      { groups: { unit: FRACTION_UNIT }, textBefore: CHANGE_BY_BEFORE },
      { groups: { unit: FRACTION_UNIT }, textAfter: FRACTION_OF, textAfterNot: PERIOD_AFTER_OF },
      // "a quarter of revenue": one quarter of a thing ("two quarters of growth" stay time)
      { groups: { unit: SINGLE_FRACTION_UNIT }, textAfter: FRACTION_OF_WORD, textAfterNot: PERIOD_AFTER_OF },
      // "about a quarter of U.S. parcel volume": a share of what a name begins.
      { groups: { unit: FRACTION_UNIT }, textAfter: FRACTION_OF_NAME },
      // "rates rose a quarter point", "a half mile": a fraction of another unit.
      { groups: { unit: FRACTION_UNIT }, wordAfter: FRACTION_OF_OTHER_UNIT },
      // "Three quarters said no", "three quarters of residents": quarters with no word of a period around them are a
      // share ("for three quarters", "the past two quarters", "three quarters in a row", "delayed by a quarter", "two
      // quarters of growth" are stretches of time).
      { groups: { unit: FRACTION_UNIT, rel: false }, wordBeforeNot: QUARTERS_OF_TIME_BEFORE, wordAfterNot: QUARTERS_OF_TIME_AFTER },
      { groups: { unit: FRACTION_UNIT, rel: false }, textAfter: SHARE_OF_PLURAL },
    ] },
  // "a three-year period", "a one-year term": an adjective of length before a noun of time is one expression with
  // it and its article (TimeML's extent; "a two-year contract" leaves the noun out, the `duration` rule).
  { id: 'duration_period', confidence: 0.85, priority: 1, pattern: "(?:(?:an?|the) )?(?<amount>{NUM})-(?<unit>{UNIT}) (?:period|term|span|stretch|window|interval|time frame|timeframe)\\b" },
  // "a quarter of an hour", "three-quarters of an hour", "a quarter of a century": a fraction of one unit.
  { id: 'fraction_of_unit', confidence: 0.85, priority: 1, pattern: "(?<frac>(?:a|one|three)[- ]quarters?|half) of an? (?<unit>hour|day|week|month|year|decade|century)" },
  // "within the next fortnight", "over the past fortnight": two weeks from or to now, a duration (not "the last fortnight
  // of March").
  { id: 'fortnight_stretch', confidence: 0.8, priority: 1, amount: 1, pattern: "(?:the (?:next|coming|past|last|previous|following) )(?<unit>fortnight)(?! of\\b)" },
  // "spend $1 billion over the next decade": after a word of extent, the coming ten years, a duration (as "over the past
  // decade" is), not the calendar decade after this one.
  { id: 'stretch_ahead', confidence: 0.8, priority: 1, pattern: "(?<=\\b(?:over|for|within|during|throughout) )(?<the>the) (?:next|coming) (?<unit>decade|century)(?<stretchahead>)" },
  // "the new millennium", "the new century": the one whose start is nearest the DCT (in 1999 the coming one, in 2000 this one).
  // "the next millennium", "this millennium": TIMEX3 writes a millennium by its first digit ("2" for 2000-2999).
  { id: 'new_period', article: true, confidence: 0.8, pattern: "(?:(?<the>the) (?<newperiod>new)|(?<rel>next|this|last|past|coming|current|previous)) (?<unit>millennium|century|decade)" },
  // "by mid-century", "mid-decade": the middle of the century or decade the story is in (its "mid-" a mod read left);
  // not a style ("mid-century modern").
  { id: 'mid_period', says: { rel: 0 }, confidence: 0.8, pattern: "(?<=\\bmid-)(?<unit>century|decade)(?![- ]?(?:old|long|modern|style|design)\\b)" },
  // "in the new year": the year whose start lies nearest the DCT (in November the next one); not "the New Year", the holiday.
  { id: 'new_year', confidence: 0.8, pattern: "(?<the>the) (?<newperiod>new) (?<unit>year)(?!['’]s)",
    unless: [{ text: /New Year/ }] },
  // "10 years and eight months", "2 years, 3 months", "2 years 3 months": one duration of two units; "2 hours, 9 minutes and
  // 56 seconds", "95 hours 57 minutes 16 seconds" of three.
  { id: 'duration_pair', confidence: 0.9, priority: 1, pattern: "(?<amount>{NUM}|an?) (?<unit>{UNIT})(?<joined>,? and|,|) (?<amount2>{NUM}|an?) (?<unit2>{UNIT})(?:(?:,? and|,)? (?<amount3>{NUM}) (?<unit3>{UNIT}))?",
    unless: [
      // "open 24 hours a day", "three times a week": "a" unit right after another without "and" is a rate, not a second length.
      { groups: { amount2: /^an?$/i, joined: /^$/ } },
      // "at 12 to 15 months and a second dose": "a second" before a noun is the ordinal ("an hour and a second later" stays).
      { groups: { amount2: /^an?$/i, unit2: /^second$/i, amount3: false }, textAfter: /^ (?!(?:later|ago|earlier|before|after|longer|faster|slower|or|and)\b)[a-z]/ },
      // "an hour and a quarter", "a day and three quarters": a quarter of the unit before, no three months (the `duration` rule).
      { groups: { unit: /^(?!years?$)/i, amount2: /^(?:an?|one|three)$/i, unit2: /^quarters?$/i } },
      // "sentences of eight years and seven years": one unit twice is two lengths.
      { text: /\b(year|month|week|day|hour|minute|second|decade|quarter)s?\b.*\b\1s?\b/i },
      // "between six months and three years": a smaller unit before a larger is the two ends of a range, no one length.
      // (nor the rate of an amount and a length after it: "A$19.84 an hour four years ago"; nor a share and a length, "up from
      // roughly a quarter five years ago")
      { text: /\b(?:(?:months?|quarters?)\b.*\b(?:years?|decades?)|weeks?\b.*\b(?:months?|years?|decades?)|days?\b.*\b(?:weeks?|months?|years?|decades?)|hours?\b.*\b(?:days?|weeks?|months?|years?|decades?)|minutes?\b.*\b(?:hours?|days?|weeks?|months?|years?)|seconds?\b.*\b(?:minutes?|hours?|days?|weeks?|months?|years?))\b/i },
    ] },
  // "a full-day walkout", "a whole-week strike": one day or week, as "a one-day walkout" is.
  // "the past year and a half", "over the next month and a half": a length of one unit and a half back or ahead.
  { id: 'rel_unit_half', article: true, confidence: 0.9, priority: 1, amount: 1, pattern: "{NOTVERBLAST}(?<rel>{DURREL}) (?<unit>{CALUNIT})(?<unithalf> and a half)" },
  { id: 'full_unit', confidence: 0.85, amount: 1, pattern: "(?:full|whole)-(?<unit>day|week)\\b" },
  // "a decade-long war", "week-long talks", "a yearlong inquiry", "months-long protests": an adjective of one (or some) unit.
  { id: 'unit_long', confidence: 0.85, amount: 1, pattern: "(?<unit>{CALUNIT}|hour|minute)[- ]?long|(?<unitp>{PLURALUNIT})[- ]long" },
  // "three to five years", "10-12 days", "three- to four-day breaks", "seven- and 30-year bonds": two lengths of time, the
  // first in the unit of the second (as TimeBank marks a range).
  { id: 'duration_range', article: true, confidence: 0.8, split: ['amount', 'amount2'], pattern: "(?<amount>{NUM})(?: to |-|- (?:to|and|or) )(?<amount2>{NUM})(?: |(?<=- (?:to|and|or) [^ ]+)-)(?<unit>{UNIT})" },
  // "between four and 14 days": two lengths, as "four to 14 days" are.
  { id: 'duration_between', confidence: 0.8, split: ['amount', 'amount2'], pattern: "(?<=\\bbetween )(?<amount>{NUM}) and (?<amount2>{NUM}) (?<unit>{UNIT})" },
  // "the past two to three years": one stretch back from now.
  { id: 'duration_range_rel', article: true, confidence: 0.8, priority: 1, pattern: "{NOTVERBLAST}(?<rel>{DURREL}) (?<amount>{NUM})(?: to |-)(?<amount2>{NUM}) (?<unit>{UNIT})" },
  { id: 'rel_duration', article: true, confidence: 0.7, pattern: "{NOTVERBLAST}(?<rel>{DURREL}) (?<unitp>{PLURALUNIT})" },
  { id: 'bare_units', article: true, confidence: 0.5, pattern: "(?<unitp>{PLURALUNIT})(?: (?:or|and|to) {PLURALUNIT})?",
    // "shares fell 1% after hours", "in after-hours trading": the market's close, no length of time.
    unless: [
      { groups: { unitp: /^hours$/i }, textBefore: /\bafter[ -]$/i, textAfterNot: /^ of\b/ },
      // "the minutes of today's meeting", "minutes of the Fed's March meeting": a meeting's record, no length of time.
      { groups: { unitp: /^minutes$/i }, textAfter: MEETING_RECORD_AFTER, wordBeforeNot: LENGTH_BEFORE_MINUTES },
      // "the fourth and fifth days of action": days an ordinal ranks, no length of time.
      { textBefore: RANKED_BEFORE },
      // "in the months of May and June": the months are the dates named after them.
      { groups: { unitp: /^months$/i }, textAfter: MONTHS_NAMED_AFTER },
    ] },

  // Vague references and frequencies: "recently", "now", "the future", "every year", "daily"
  // "now", "recently"; "recent weeks", "the coming months", "the days ahead": a stretch back or ahead from now, which
  // OntoNotes marks as DATE too and TimeML, as TIMEX2 does, as a duration of an unknown number of the unit (PXW).
  { id: 'vague', confidence: 0.8, priority: 1, pattern: "(?<vague>{VAGUE})|(?:recent|past|previous|(?:the )?coming|future) (?<stretch>days|weeks|months|quarters|years|decades)|the (?<stretch2>days|weeks|months|quarters|years|decades) ahead",
    unless: [
      // "the future designation of": a vague word before a noun modifies it; "the future of the company" is its fate.
      { groups: { vague: /^the future$/i }, posAfter: NOUN_LIKE },
      { groups: { vague: /^the future$/i }, wordAfter: OF },
      // "buy now, pay later", a kind of credit: no time of the story.
      { groups: { vague: /^now$/i }, textBefore: /\bbuy[ -]$/i },
      // "as recently as Sunday": the day after it is the time told.
      { groups: { vague: /^recently$/i }, textBefore: /\bas $/i, textAfter: /^ as\b/i },
    ] },
  { id: 'vague_nominal', confidence: 0.4, priority: 1, pattern: "(?<vague>{VAGUENOMINAL})" },
  // "for a while", "for some time": a length of time, of no known unit.
  { id: 'vague_length', confidence: 0.75, pattern: "(?<=\\bfor )(?<vague>{VAGUELENGTH})" },
  { id: 'vague_other', confidence: 0.3, pattern: "(?<vague>{VAGUEOTHER})" },
  { id: 'modal_future', confidence: 0.8, priority: 2, pattern: "(?<vague>{MODALFUTURE})",
    // "limit watering to one day a week": how many days of each week, no day to come.
    unless: [{ textAfter: /^ (?:a|an|per|each|every) (?:week|fortnight|month|year)\b/i }] },
  // "every Monday", "each summer", "every Saturday morning", "every evening": TIMEX3 SETs (XXXX-WXX-6TMO, XXXX-SU, XXXX-XX-XXTEV);
  // "every few years" recurs at an unknown number of the unit (PXY).
  // ("every five or six years", "every two to three weeks": the lesser count, as a range of lengths gives its first)
  { id: 'set', confidence: 0.85, pattern: "(?<setq>every|each) (?:(?<amount>{NUM}|other|second(?= (?:{WEEKDAY}|{UNIT})\\b)|half(?= hour\\b)|few|several|couple of)(?: (?:or|to) {NUM})? )?(?:(?:single )?(?<unit>{UNIT})|(?<weekday>{WEEKDAY})(?: (?<part>{PART}))?|(?<month>{MONTH})(?: (?<day>{DAYNUM})(?!\\d))?|(?<season>{SEASON})|(?<setpart>{PART}))",
    unless: [
      // "every Winter Olympics", "each Summer Games": a capitalised season before a capitalised word opens a name.
      { groups: { season: /^[A-Z]/ }, textAfter: /^ [A-Z]/ },
      // "every second or third day": an ordinal of a count of days, no set of seconds.
      { groups: { unit: /^second$/i }, textAfter: /^ or \w+ (?:day|week|month|year|night)s?\b/i },
    ] },
  // "the first Friday of every month", "the last Tuesday of each month": a day of every month, a monthly set; "the 12th of
  // every month" that day of every month (XXXX-XX-12, as TimeBank gives "each July" XXXX-07).
  { id: 'set_nth_weekday', confidence: 0.85, priority: 3, pattern: "(?:the )?(?:(?:{ORDWORD}|last) {WEEKDAY}|(?<monthday>{DAYORD}|(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th))) of (?<setq>every|each) (?<unit>month)" },
  // ("every first Friday of the month")
  { id: 'set_every_nth_weekday', confidence: 0.85, priority: 3, pattern: "(?<setq>every|each) (?:{ORDWORD}|last) {WEEKDAY} of the (?<unit>month)" },
  // "every Monday and Thursday": both recur.
  { id: 'set_pair', confidence: 0.85, priority: 2, split: ['weekday', 'weekday2'], pattern: "(?<setq>every|each) (?<weekday>{WEEKDAY}),? (?:and|or|&) (?<weekday2>{WEEKDAY})(?: (?<part>{PART}))?" },
  // "every May and November": both months recur (a yearly set each).
  { id: 'set_month_pair', confidence: 0.85, priority: 2, split: ['month', 'month2'], pattern: "(?<setq>every|each) (?<month>{MONTH}),? (?:and|or|&) (?<month2>{MONTH})\\b" },
  // "twice a week", "three times a year": a SET of the unit (TIMEX3 P1W; how often is its freq, not its value).
  // "twice weekly", "three times daily": the same, with the adverb of frequency.
  // Not "from 7.3 times a year earlier": there "a year earlier" is the date and the times a ratio.
  // "seven days a week", "six days per week": how many days of each week, no length of seven days.
  { id: 'set_times', confidence: 0.85, priority: 1, pattern: "(?<freq>once|twice|thrice|{NUM} times|{NUM} days(?= (?:a|per|each) week\\b)) (?:(?:a|an|per|each) (?<unit>{UNIT})(?! (?:earlier|ago|later|before|previously)\\b)|(?<setadv>{SETADV}))" },
  { id: 'set_adverb', confidence: 0.8, pattern: "(?<setadv>{SETADV})",
    unless: [
      // "10,000 units annually": a rate; "quarterly dividend", "a daily newspaper": frequency adjectives
      // ("on a weekly basis" still recurs).
      { textBefore: RATE_BEFORE },
      // "the Beijing Youth Daily": a frequency in capitals inside a sentence names a paper.
      { groups: { setadv: /^[A-Z]/ }, sentenceInitial: false },
      // "Dawn, a Pakistani daily, reported": a newspaper, named after an article and a word that qualifies it.
      { groups: { setadv: /^(?:daily|weekly)$/i }, textBefore: /\b(?:a|an|the)\s+[\w-]+\s+$/i, textAfterNot: BASIS_AFTER },
      { posAfter: NOUN_LIKE, textAfterNot: BASIS_AFTER },
      { wordBefore: DETERMINERS, textAfterNot: BASIS_AFTER },
      { textBefore: POSSESSIVE_BEFORE, textAfterNot: BASIS_AFTER },
      { posBefore: ADJECTIVE_TAG },
    ] },
  // "on Mondays", "Tuesday nights", "Sunday mornings": a weekday in the plural recurs (TIMEX3 XXXX-WXX-2TNI).
  { id: 'weekday_set', confidence: 0.8, priority: 1, pattern: "(?<weekday>{WEEKDAY})(?:(?<plural>s)(?: (?<part>{PARTS}))?| (?<setpart>{PARTS}))",
    unless: [
      // "three Mondays", "the last Fridays": counted days, not a recurrence.
      { groups: { plural: true }, textBefore: COUNT_BEFORE },
    ] },
  // "on weekends", "during weekends": every weekend (TIMEX3 XXXX-WXX-WE), after these words only (not "three weekends", "the weekends of May").
  { id: 'weekend_set', confidence: 0.8, after: ['on', 'at', 'during', 'most', 'some'], pattern: "(?<weekends>weekends)" },
  // "two Thursdays ago", "three Fridays from now": the nth such weekday before or after the DCT.
  { id: 'weekday_offset', confidence: 0.85, priority: 2, pattern: "(?<amount>{NUM}|an?) (?<weekday>{WEEKDAY})s (?<dir>ago|back|from now|hence)" },
  // "talks held Tuesday-Wednesday": two days, each an expression of its own, the second after the first (a range).
  { id: 'weekday_pair', confidence: 0.9, priority: 2, split: ['weekday', 'weekday2'], pattern: "(?<weekday>{WEEKDAY}) ?[-–] ?(?<weekday2>{WEEKDAY})" },
  // "on Monday and Tuesday nights": both recur, each read with the plural that follows the second.
  { id: 'weekday_set_pair', confidence: 0.8, priority: 2, split: ['weekday', 'weekday2'], pattern: "(?<weekday>{WEEKDAY}) (?:and|or|&) (?<weekday2>{WEEKDAY})(?:(?<plural>s)(?: (?<part>{PARTS}))?| (?<setpart>{PARTS}))" },
];

/**
 * Words before a match that belong in the TimeML span: approximators, positions in a period,
 * "earlier"/"later" before a day, and a leading "the". Tried repeatedly, nearest first.
 */
export const LEFT_EXTENSIONS: { id: string; pattern: string }[] = [
  { id: 'position_of', pattern: "(?<mod>(?:the |an? )?(?:very )?(?:beginning|start|middle|end|close|early part|latter part|later part|first half|second half|last half|dawn|turn|rest|remainder|bulk|balance|part|good part|most|spring|summer|fall|autumn|winter) of )(?:the )?" },
  // "the first ten days of October", "the final days of 2019", "the first two weeks of May": the opening or closing days of
  // a period, the period with its position (DAYS_OF_POSITIONS), no stretch of days apart from it.
  { id: 'days_of', pattern: `(?<mod>(?:the )?(?:${Object.keys(DAYS_OF_POSITIONS).join('|')})(?: (?:few|several|\\d{1,2}|two|three|four|five|six|seven|eight|nine|ten))? (?:days|weeks) of )(?:the )?` },
  // "the mid-to-late 1990s", "early-to-mid 1999": a span of positions, one expression without a mod (TimeML has none for it).
  { id: 'position', pattern: "(?<mod>(?:early|mid)[- ]to[- ](?:mid|late)|early|mid|late|earlier|later|end(?=-))(?:-| )" },
  // "the morning of March 3", "the night of Dec. 24": a part of the day named after it (a TIME).
  { id: 'part_of', pattern: "(?<partof>(?:the )?(?:morning|afternoon|evening|night|(?:early|small|wee) hours) of )" },
  { id: 'qualifier', pattern: "(?<qual>{QUALIFIER}) " },
  // "lasted over a week", "under two years": before a count, "over" and "under" say more or less than.
  { id: 'over_count', pattern: "(?<qual>over|under) " },
  { id: 'article', pattern: "(?<the>the) " },
];
