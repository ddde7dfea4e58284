// Context tables for the recognizer: which words before an ambiguous match make it a time
// expression, and which rule families may take which words before them.
import { PERIOD_AFTER, PERIOD_BEFORE, SINGLE_PERIOD_FRACTIONS } from '../../lexicon/period-words.js';
import { AMBIGUOUS_ABBREVIATIONS, QUANTIFIER_MODS, SEASONS } from './vocabulary.js';
import { AMBIGUOUS_MONTHS, MONTH_ALTERNATION, MONTHS, WEEKDAYS } from '../../lexicon/calendar.js';
import { REPORTING_VERBS } from './tense-words.js';
import { CHANGE_VERBS, FRACTION_OF_DETERMINERS, SCALE_WORDS, UNIT_WORDS } from '../../lexicon/number-words.js';

/**
 * "his overnight 105", "the overnight rate", "overnight swap": after "overnight", a score or a loan of the money market, no
 * time; so a kind of stay or visitor ("overnight stays", "overnight hotel guests", "domestic overnight trips").
 */
export const OVERNIGHT_THING_AFTER = /^ (?:\d|(?:interbank |call |policy )?(?:rates?|swaps?|deposits?|lending|borrowing|loans?|money|repos?|funds?|index|indices)\b|(?:hotel |domestic |international )?(?:stays?|guests?|trips?|visitors?|visits?|accommodation|bags?)\b)/i;
/** Months' and weekdays' names with their capital, as patterns ("Sept\\."). */
const capitalised = (k: string) => k[0].toUpperCase() + k.slice(1).replace(/\./g, '\\.');
const CAPITALISED_MONTHS = Object.keys(MONTHS).map(capitalised);
const CAPITALISED_DAY_NAMES = [...CAPITALISED_MONTHS, ...Object.keys(WEEKDAYS).map(capitalised)];
/** "18 on Feb. 1", "18 in March", "20 on Monday": a date of its own right after a figure (a month or weekday written with its capital). */
export const DATED_FIGURE_AFTER = new RegExp(`^ (?:on|in) (?:${CAPITALISED_DAY_NAMES.join('|')})\\b`);
/** "from 7 a.m. on Dec. 17 to 7 a.m.": a figure after a month's name is its day, no minutes of a clock reading. */
export const MONTH_BEFORE = new RegExp(`\\b(?:${MONTH_ALTERNATION})\\.? $`, 'i');
/** "scheduled for April and May have been postponed": after another month and a joiner, "May" is the month, whatever the word after. */
export const MONTH_LISTED_BEFORE = new RegExp(`\\b(?:${CAPITALISED_MONTHS.join('|')})\\.?(?:,|,? and|,? or| to| through| ?[-–]) ?$`);
/** "No. ", "Nos. ", "number ", "#": a sign that what follows is a document's or a thing's number. */
export const NUMBER_SIGN_BEFORE = /(?:\bNos?\.|\bnumber|#) ?$/i;
/** "the months of May and June": a month named right after "of". */
export const MONTHS_NAMED_AFTER = new RegExp(`^ of (?:${MONTH_ALTERNATION})\\b`, 'i');
/** "stopped almost overnight", "became a star virtually overnight": all at once, no night. */
export const SUDDENLY_BEFORE = /\b(?:almost|virtually|practically|nearly|seemingly|literally|all but|as if) $/i;
/** "will not happen overnight", "cannot be ramped up overnight": a change denied its suddenness, no night. */
export const NOT_AT_ONCE_BEFORE = /\b(?:not|n't|cannot|never)\b[^.;!?]{0,30}\b(?:happen|change|come|disappear|vanish|go away|fixed|fix|solved|solve|ramped up|ramp up|built|build|done|turned around|turn around|transformed|transform|end) $/i;

/** "winter wheat", "spring tides", "summer stock": a season before these names a kind of thing, not a time. */
export const SEASON_KIND_AFTER = /^ (?:wheat|barley|oats|rye|canola|rapeseed|crops?|tides?|stock|squash|onions?|rolls?|coats?|clothing|tyres|tires|sports)\b/i;

/** "in the fall", "last spring", "this summer": a season word needs one of these before it (or "and" after a season, below). */
/**
 * "the fall was driven by", "welcomed the fall": "the fall" with no word of time before it is a decline, not autumn ("in
 * the fall", "over the fall", "by the fall of" stay the season; so does one before a term: "the fall semester").
 */
export const FALL_AS_DECLINE_BEFORE = /(?:^|(?<!\b(?:in|during|by|since|until|till|through|throughout|over|into|for|before|after|from|to|this|last|next|early|late|mid|of|and|or) ))\bthe $/i;
export const FALL_TERM_AFTER = /^ (?:semester|term|session|season|quarter|sitting|sittings|campaign|elections?|classes|schedule|lineup|line-up|tv)\b/i;
export const BARE_SEASON_BEFORE: ReadonlySet<string> = new Set(['the', 'this', 'last', 'next', 'in', 'during', 'by', 'since', 'until', 'of', 'early', 'late', 'mid', 'past', 'that', 'and', 'or']);
/** "last spring and summer": "and" or "or" before a season joins it to a season only ("prices rise and fall" is no autumn). */
export const JOINED_NOT_TO_A_SEASON = new RegExp(`(?<!\\b(?:${Object.keys(SEASONS).join('|')})) (?:and|or) $`, 'i');
/** A match that ends in a season's word ("the spring", not "the spring months"). */
export const ENDS_IN_SEASON = new RegExp(`(?:${Object.keys(SEASONS).join('|')})$`, 'i');

/** "an H1 visa", "H2 blockers": "H1" and "H2" without a year that name no half of a year. */
export const NOT_HALF_CODE_AFTER: ReadonlySet<string> = new Set(['visa', 'visas', 'holder', 'holders', 'blocker', 'blockers', 'receptor', 'receptors', 'antagonist', 'antagonists', 'antihistamine', 'antihistamines']);

/** "for years", "within hours": a bare plural unit counts only after one of these. */
export const BARE_UNIT_BEFORE: ReadonlySet<string> = new Set(['for', 'within', 'over', 'lasting', 'lasted', 'lasts', 'not', 'took', 'take', 'takes', 'spent', 'spend', 'after', 'in']);

/** A four-digit number before these is a year whatever comes before it ("exceed 1996 levels", "in 1990 dollars"). */
export const YEAR_BEFORE_NOUNS: ReadonlySet<string> = new Set(['levels', 'level', 'prices', 'dollars', 'figures', 'rates', 'terms', 'standards']);

/** Words a count takes without an -s ("1500 people", "1200 km", "1800 head of cattle"): a number before them is no year. */
export const COUNTED_WITHOUT_S: ReadonlySet<string> = new Set([
  'people', 'police', 'men', 'women', 'children', 'staff', 'personnel', 'cattle', 'sheep', 'head', 'feet', 'yen', 'yuan',
  'km', 'kg', 'ft', 'mm', 'cm', 'm', 'mph', 'kph', 'hp', 'cc', 'mw', 'sq', 'per', 'percent', 'pct', 'metre', 'meter', 'tonne', 'ton',
]);

/** A four-digit number after these is a year even when a noun follows ("the 1988 elections", "its 1990 invasion", "bonds due 2032 rose"). */
export const BARE_YEAR_BEFORE: ReadonlySet<string> = new Set(['in', 'since', 'of', 'by', 'until', 'till', 'from', 'through', 'during', 'before', 'after', 'the', 'early', 'late', 'mid', 'to', 'and', 'or', 'between', 'fiscal', 'year', 'spring', 'summer', 'fall', 'autumn', 'winter', 'circa', 'around', 'due',
  'his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose', 'that', 'this', 'a', 'an']);

/**
 * "a 1987 Chevrolet", "her 1957 Chevy": after these, a year before a maker's name is a model year, part of the name,
 * not a time; not after "the" ("the 1860 Lincoln campaign").
 */
export const MODEL_YEAR_BEFORE: ReadonlySet<string> = new Set(['a', 'an', 'his', 'her', 'their', 'my', 'its', 'our', 'your']);

/** Makers whose products are named by model year (cars, motorcycles, aircraft). */
export const MODEL_YEAR_MAKERS: ReadonlySet<string> = new Set([
  'chevrolet', 'chevy', 'ford', 'buick', 'cadillac', 'pontiac', 'oldsmobile', 'dodge', 'chrysler', 'plymouth', 'jeep', 'lincoln',
  'mercury', 'toyota', 'honda', 'nissan', 'datsun', 'mazda', 'subaru', 'mitsubishi', 'hyundai', 'kia', 'volkswagen', 'vw', 'audi',
  'bmw', 'mercedes', 'mercedes-benz', 'porsche', 'volvo', 'saab', 'jaguar', 'ferrari', 'lamborghini', 'maserati', 'fiat', 'peugeot',
  'renault', 'citroen', 'rolls-royce', 'bentley', 'aston', 'tesla', 'lexus', 'acura', 'infiniti', 'harley-davidson', 'harley',
  'ducati', 'yamaha', 'kawasaki', 'suzuki', 'triumph', 'boeing', 'cessna', 'airbus', 'lockheed', 'mustang', 'corvette', 'camaro',
]);

/** "the Sunday Times", "the Sunday Telegraph": words after a weekday that make it part of a newspaper's name. */
export const NAMES_AFTER_WEEKDAY: ReadonlySet<string> = new Set([
  'Times', 'Telegraph', 'Express', 'Mirror', 'Herald', 'Independent', 'Post', 'Tribune', 'Observer', 'Star', 'Mail', 'Sport', 'People',
  'Business', 'Journal', 'Review', 'Gazette', 'Standard', 'Argus', 'Sun', 'World', 'Age', 'Nation',
]);

/** The same, as the text after a weekday reads: "Sunday Times". */
export const NAME_AFTER_WEEKDAY = new RegExp(`^\\s+(?:${[...NAMES_AFTER_WEEKDAY].join('|')})\\b`);

/** A month name that is also another word ("may", "march"), which a verb's tag or the word after may show. */
export const AMBIGUOUS_MONTH = new RegExp(`^(?:${[...AMBIGUOUS_MONTHS].join('|')})$`, 'i');

/** A weekday's short name that is also a word ("Sun.", "Wed."). */
export const WEEKDAY_WORD_ABBREVIATION = /^(?:sun|sat|wed|mon)\.?$/i;

/** A month's short name without a full stop that is also another word or a name ("Jan", "Mar"). */
export const BARE_SHORT_MONTH = new RegExp(`^(?:${[...AMBIGUOUS_ABBREVIATIONS].filter((k) => k in MONTHS).join('|')})$`, 'i');

/** "Five PM staff": a bare capital "PM" or "AM", more often a title (prime minister) after an hour in words. */
export const CAPITAL_AM_PM = /^(?:AM|PM)$/;

/** Units other than years and longer: half of them after an offset stays a length of time ("a minute and a half later"). */
export const NOT_YEARS_UNIT = /^(?!(?:years?|decades?|centur(?:y|ies))$)/i;

/** Capitalised words before a bare month that still date it ("Last March", "Early May" in a headline). */
export const TIME_WORDS_BEFORE_MONTH: ReadonlySet<string> = new Set(['last', 'next', 'this', 'early', 'late', 'mid', 'since', 'in', 'until', 'by', 'through', 'during', 'from', 'before', 'after']);

/** "on that day", "later that day": a bare "that day" needs one of these before it; "trades made that day" is generic. */
export const THAT_DAY_BEFORE: ReadonlySet<string> = new Set(['on', 'earlier', 'later', 'from', 'until', 'since', 'by', 'of', 'for']);
/** Text before "that day" that ends in no figure: after one ("lost 60% that day", "fell 508 points that day") the day is the story's. */
export const NO_FIGURE_BEFORE = /(?<![\d%]|\bper ?cent|\bpoints?|\bcents?|\bmillion|\bbillion|\btrillion)\s+$/i;
/** "said that May was cold": after a verb of reporting or these, "that" opens a clause, no month or season of the year told. */
export const THAT_CLAUSE_BEFORE: ReadonlySet<string> = new Set([
  ...REPORTING_VERBS, 'saying', 'believed', 'believes', 'thought', 'thinks',
  'knew', 'know', 'knows', 'argued', 'claimed', 'warned', 'insisted', 'hoped', 'feared', 'expected',
  'agreed', 'denied', 'confirmed', 'estimated', 'predicted', 'ruled', 'found', 'showed', 'shows', 'indicated', 'suggested',
  'acknowledged', 'admitted', 'so', 'now', 'fact', 'means', 'meant', 'clear', 'sure', 'likely', 'possible', 'seemed', 'seems', 'such',
]);

/** "a daily newspaper", "its weekly column": a frequency word after these, or before a word of NOUN_LIKE (text/word-classes.ts), is an adjective, not a SET. */
export const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that']);
/** "its first December election", "a second March": after these an ordinal word ranks the month's kind, no day of it ("the first of"). */
export const RANKING_DETERMINERS: ReadonlySet<string> = new Set([...DETERMINERS].filter((w) => w !== 'the'));
/** A possessive right before: "Volkswagen's quarterly profit" qualifies a noun as a determiner does. */
export const POSSESSIVE_BEFORE = /\S['’]s?\s+$/;

/** "May be", "May not": a capitalised "May" before these is the verb at the start of a sentence. */
export const MAY_AS_VERB_BEFORE: ReadonlySet<string> = new Set(['be', 'have', 'not', 'also', 'well', 'never', 'need', 'take', 'make', 'want', 'go', 'seem', 'come', 'help', 'include', 'face', 'still', 'i', 'we', 'you']);

/** "a third-quarter loss", "a year-ago level": a match ending in a hyphenated one of these is an adjective. */
export const HYPHENATED_PERIOD_ENDS: readonly string[] = [
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes',
  'quarter', 'quarters', 'half', 'decade', 'decades', 'century', 'ago', 'earlier', 'end', 'old', 'long',
];

/** Rules whose match in title case inside a sentence is part of a name: "This Week", "USA Today". */
export const TITLE_CASE_SENSITIVE: ReadonlySet<string> = new Set(['anchor_day', 'rel_unit', 'sports_season', 'vague', 'vague_nominal', 'the_unit', 'new_period']);

/**
 * Rules whose part of the day in title case inside a sentence is a show's name: "Late Night With Seth Meyers", "The
 * Tonight Show", "After Midnight" (not "noon Eastern", whose zone is the capitalised word).
 */
export const TITLE_CASE_PART_SENSITIVE: ReadonlySet<string> = new Set(['part_of_day', 'overnight', 'noon']);

/** Rules that name one day, which a clock time or another date beside them joins. */
export const DAY_FAMILY: ReadonlySet<string> = new Set(['weekday', 'weekday_dom', 'nth_weekday', 'month_day', 'month_day_pair', 'day_month_pair', 'month_day_range', 'holiday', 'day_month', 'anchor_day', 'day_of_month']);

export const DURATION_FAMILY: ReadonlySet<string> = new Set(['duration', 'rel_unit_half', 'fraction_of_unit', 'duration_pair', 'unit_long', 'duration_range', 'duration_between', 'rel_duration', 'offset', 'bare_offset', 'bare_units', 'duration_period', 'race_time', 'race_time_units']);
/** "at 8 tonight", "by ten this morning": a bare hour before a part of a named day is a clock reading only after these. */
export const CLOCK_AFTER: ReadonlySet<string> = new Set(['at', 'by', 'until', 'till', 'around', 'about', 'after', 'before', 'from']);
/** An award's category before "of" ("album of the year", "player of the month", "goal of the season"): what follows names the award, no time. */
export const CATEGORY_OF_BEFORE = /\b(?:album|song|record|player|person|woman|man|coach|manager|rookie|goal|team|car|word|book|film|movie|athlete|footballer|sportsperson|sportsman|sportswoman|entertainer|artist|photo|picture|newcomer|breakthrough|driver|rider|cricketer)s? of $/i;
/** "at five to ten", "until twenty to one": a count before "to" and a bare hour is a clock reading only after these ("from five to ten" is a range). */
export const CLOCK_AT: ReadonlySet<string> = new Set(['at', 'until', 'till']);
/** Rules that read a clock hour, which a part of the day after them places ("8 p.m. tonight", "6:30 this evening"). */
export const CLOCK_RULES: ReadonlySet<string> = new Set(['clock_ampm', 'clock_words', 'clock_24h', 'clock_dot', 'clock_wire', 'clock_oclock', 'clock_part', 'noon']);
export const TIME_FAMILY: ReadonlySet<string> = new Set(['clock_ampm', 'clock_words', 'clock_part', 'clock_after_part', 'clock_24h', 'clock_dot', 'clock_wire', 'clock_oclock', 'clock_past', 'clock_past_count', 'noon', 'part_of_day', 'mid_part', 'overnight']);
export const DATE_FAMILY: ReadonlySet<string> = new Set([
  'unit_before', 'nth_unit_of', 'in_the_day', 'nth_week', 'weekday_dom', 'year_season', 'year_pair', 'month_day', 'month_day_pair', 'day_month_pair', 'month_day_range', 'nth_weekday', 'day_month', 'week_of', 'month_year', 'month_relyear', 'rel_month', 'month', 'holiday', 'weekday', 'anchor_day', 'year', 'year_words',
  'decade', 'century', 'season', 'quarter', 'half', 'rel_unit', 'the_unit', 'sports_season', 'the_season', 'that_unit', 'unit_end', 'period_ended',
  'split_year', 'year_span', 'new_period', 'mid_period', 'day_of_month', 'same_time', 'month_span', 'same_period',
  'quarter_code', 'half_code', 'period_code_lead', 'period_code_year', 'fiscal_year_code', 'quarter_month', 'after_next', 'latest_period', 'new_year',
]);

/**
 * "three quarters of the staff" is a fraction: a count of quarters or halves, then "of" and a
 * determiner; "two quarters of growth", "three quarters of the year" stay stretches of time.
 */
export const FRACTION_UNIT = /^(?:quarters?|halves)$/i;
/**
 * Words around quarters or halves that make them a stretch of time: the period words the numbers recognizer reads
 * too, "by" ("delayed by a quarter"; "cut by a quarter" is a change, told apart by CHANGE_BY_BEFORE) and "of"
 * ("two quarters of growth"; "of the vote", "of residents" are shares, FRACTION_OF and SHARE_OF_PLURAL).
 */
export const QUARTERS_OF_TIME_BEFORE: ReadonlySet<string> = new Set([...PERIOD_BEFORE, 'by']);
export const QUARTERS_OF_TIME_AFTER: ReadonlySet<string> = new Set([...PERIOD_AFTER, 'of']);
/** "a quarter of revenue", "half of output": one quarter or half of what is not a time is a share of it. */
export const SINGLE_FRACTION_UNIT = new RegExp(`^(?:${[...SINGLE_PERIOD_FRACTIONS].join('|')})$`, 'i');
export const FRACTION_OF_WORD = /^\s+of\s+\p{Ll}/u;
/** "of residents", "of voters": quarters of a plural are a share of it. */
export const SHARE_OF_PLURAL = /^\s+of\s+\p{Ll}+s\b/u;
export const FRACTION_OF = new RegExp(`^\\s+of\\s+(?:${[...FRACTION_OF_DETERMINERS].join('|')})\\b`, 'i');
/** "a quarter of U.S. parcel volume", "a quarter of Britain's exports": quarters of a name are a share of what it begins. */
export const FRACTION_OF_NAME = /^\s+of\s+\p{Lu}/u;
/** "a quarter point", "three quarters percent": units after a fraction that make it a fraction of them, not a quarter of a year. */
export const FRACTION_OF_OTHER_UNIT: ReadonlySet<string> = new Set([
  'point', 'points', 'percent', 'percentage', 'mile', 'miles', 'inch', 'inches', 'pound', 'pounds', 'cent', 'cents', 'share', 'stake',
]);
/** A change verb, at most two words (an adverb, "down", "up"), then "by" and a qualifier or none: what follows is the size of the change ("shrank by nearly a quarter"). */
export const CHANGE_BY_BEFORE = new RegExp(`\\b(?:${[...CHANGE_VERBS].join('|')})(?:\\s+[a-z]+){0,2}\\s+by\\s+(?:(?:${Object.keys(QUANTIFIER_MODS).join('|')})\\s+)?$`, 'i');

/**
 * "forty-second", "forty second", "the twenty-second day": a tens word joined to "second" is the compound ordinal
 * (42nd), not forty seconds; only after "a" ("a thirty-second spot") is it a length of time.
 */
export const COMPOUND_ORDINAL_SECOND = new RegExp(`(?:^|[^\\w-])(?:${Object.keys(UNIT_WORDS).filter((w) => UNIT_WORDS[w] >= 20).join('|')})[- ]second$`, 'i');
export const DURATION_ADJECTIVE_BEFORE: ReadonlySet<string> = new Set(['a', 'an']);

/** An amount restated in brackets, before or after what it counts: "6 trillion yen ($40 billion) of JGBs a month". */
const RESTATED = '(?:\\s+\\([^()]{1,30}\\))';
/**
 * "$1.76 a year", "700 seats a week", "10,000 units annually", "1.9TWh a day" (a scale or a unit written onto the
 * figure, not an ordinal's letters nor a clock's): "a" and a unit, or a frequency
 * adverb, after an amount (and at most two words it counts, and "of" and two more: "35,000 barrels of crude a day"; and
 * the amount restated in brackets: "12 euros ($12.87) an hour") is the rate of that amount, not a time. A figure
 * that a comma closes is no amount of it ("on July 13, a month after the vote"), and a preposition is no word it
 * counts ("$3.4 trillion over a decade" is spent during one), nor are a clock reading's minutes ("at 16:00 daily").
 */
const SPAN_PREPOSITIONS = ['over', 'in', 'for', 'during', 'within', 'across', 'through', 'throughout', 'after', 'before', 'since'];
const COUNTED_WORD = `(?!(?:${SPAN_PREPOSITIONS.join('|')})\\b)[a-z][\\w-]*`;
export const RATE_BEFORE = new RegExp(`(?:(?<![:\\d])\\d(?:[\\d,.]*\\d)?(?:\\s?%|(?!(?:st|nd|rd|th|s|am|pm|h|hrs|gmt|utc)\\s)[a-z]{1,4}(?=\\s))?|\\b(?:${[...Object.keys(UNIT_WORDS), ...Object.keys(SCALE_WORDS)].join('|')})s?)(?:\\s+${COUNTED_WORD}){0,2}${RESTATED}?(?:\\s+of(?:\\s+${COUNTED_WORD}){1,2})?${RESTATED}?\\s+$`, 'i');

/** "two Mondays in May", "the first three Sundays": a count before a plural weekday makes it days counted, not a SET. */
export const COUNT_BEFORE = new RegExp(`(?:\\d|\\b(?:${[...Object.keys(UNIT_WORDS), 'several', 'few', 'many', 'some', 'both', 'last', 'first', 'next', 'past', 'those', 'these'].join('|')}))\\s+$`, 'i');

/** "months of talks", "decades of war": "of" and a bare noun after a plural unit make it a stretch of that thing ("days of the week" does not). */
export const STRETCH_OF = new RegExp(`^ of (?!(?:${[...DETERMINERS].join('|')})\\b)[a-z]`, 'i');

/** "the morning", "by evening", "until dawn", "at dusk": the words after which a bare part of the day is a time. */
export const BARE_PART_BEFORE: ReadonlySet<string> = new Set(['the', 'by', 'until', 'till', 'before', 'toward', 'towards', 'at']);
/** The parts of the day that after "at" say how rather than when ("works at night"), unlike "at dawn". */
export const DAY_HALVES = /^(?:morning|afternoon|evening|night)s?$/i;

/** "Bloody Sunday", "Good Friday", "Black Monday": words in title case that make a weekday after them the name of a day. */
export const NAMED_DAY_BEFORE = /\b(?:Good|Bloody|Black|Holy|Super|Ash|Palm|Easter|Maundy|Shrove|Cyber|Clean|Lazarus)\s+$/;
/** "the Good Friday agreement", "the Yom Kippur war": after a holiday, the kinds of thing named for the day. */
export const NAMED_FOR_A_DAY = /^ (?:peace )?(?:agreement|accords?|pact|treaty|war|offensive|uprising|rising)\b/i;

/**
 * "in today's world", "today's computers", "the leaders of tomorrow": "today" and "tomorrow" for the
 * present age and the one to come, no day (TimeML leaves them unmarked).
 */
export const AGE_NOUN_AFTER = /^['’]s (?:[a-z]+ )?(?:world|society|societies|economy|markets?|youth|young|children|kids|generation|teenagers|students|families|computers|technology|culture|standards|climate|America|Europe|China|Russia|Britain)\b/;
export const AGE_OF_BEFORE = /\bthe (?:[a-z]+ )?[a-z]+s of $/;

/** "later than usual", "earlier than planned": "than" after an offset makes it a comparison. */
export const COMPARISON_AFTER = /^\s+than\b/i;

/** A period after "earlier" or "later" that makes them a time of their own: "(three weeks) earlier this year". */
export const PERIOD_OF_OFFSET_AFTER = /^ (?:this|that|last|next) (?:year|month|week|season|spring|summer|autumn|fall|winter)\b/i;

/** "only hours after the blast", "days before the vote": an unknown number of the unit before an event it counts from. */
export const UNITS_BEFORE_EVENT = /^ (?:after|before|in the making)\b/i;

/** "over the years", "through the decades": a plural unit with "the" after these is a stretch of time. */
export const THE_UNITS_AFTER = /\b(?:over|through|throughout|during|across)\s+the\s+$/i;

/** "two day", "30 minute": a count other than one before a singular unit is an adjective of the noun after it. */
export const ADJECTIVAL_COUNT = /^(?!(?:an?|one|1)\s)\S+\s(?:year|month|week|day|hour|minute|second|decade|century)$/i;

/**
 * "2.1% more than a year earlier", "1.1 million fewer than a year earlier", "slightly fewer than last year": a comparative
 * after a figure or a word of degree compares figures, not times, and stays out of the time's span.
 */
export const COMPARED_FIGURE_BEFORE = new RegExp(`(?:\\d%?|\\b(?:percent|per cent|points?|${Object.keys(SCALE_WORDS).join('|')}|slightly|much|far|significantly|considerably|somewhat|substantially|marginally|even|still|a bit|a little|a lot))\\s*$`, 'i');
export const COMPARATIVE_QUALIFIERS: ReadonlySet<string> = new Set(['more than', 'fewer than', 'less than']);

/** "for over a year", "lasted under two hours": after these, "over" and "under" before a count mean more or less than. */
export const OVER_AS_MORE_AFTER: ReadonlySet<string> = new Set([
  'for', 'last', 'lasts', 'lasted', 'lasting', 'take', 'takes', 'took', 'taken', 'taking', 'spent', 'spend', 'spends',
  'after', 'in', 'within', 'wait', 'waited', 'waiting', 'served', 'serve', 'serving',
]);


/**
 * Words of a game told in its sentence: "the second half", "the third quarter" there are periods of
 * play, not of a year ("scored twice in the second half", "trailed 52-40 in the third quarter", "the striker was
 * stretchered off in the second half", "held a 32-8 lead going into the last quarter", "the rookie left in the second half
 * with an ankle injury").
 */
export const GAME_WORDS = /\b(?:scored|scoring|score|scores|touchdowns?|strikers?|substitutes?|stretchered|full-?backs?|goalkeepers?|midfielders?|equali[sz]er|sent off|\d{1,2}(?:st|nd|rd|th) minute|halftime|half-time|rebounds|innings|penalty kicks?|free throws?|field goals?|three-pointers?|interceptions?|quarterback|the (?:match|game|contest|bout)|(?:led|trailed|won|lost|beat|leading|trailing|outscored) \d{1,3}-\d{1,3}|\d{1,3}-\d{1,3} (?:lead|deficit|win|victory|loss|defeat)|\d{1,2}:\d\d (?:left|remaining|to play)|(?:scrum|fly)-half|drop goals?|rookies?|head coach|(?:ankle|knee|hamstring|groin|calf|shoulder|foot|hip) injur(?:y|ies)|concussion|Achilles|tendon|ligament|goals?|headers?|penalt(?:y|ies)|the referee|whistle|possession|wickets?|yards|baskets?|dunks?|puck|power ?play|saves|kick-?off|the (?:home|away) (?:side|team))\b/i;
/** The words of a game, each of the article's counted; and how many make it a match report. */
export const GAME_WORDS_ALL = new RegExp(GAME_WORDS.source, 'gi');
export const MATCH_REPORT_WORDS = 3;

/**
 * A century of runs in cricket ("scored a century", "his second Test century", "a century off 98 balls"): a score,
 * not a hundred years nor a century of the calendar; the words of the match around it say so.
 */
export const CRICKET_CENTURY_BEFORE = /\b(?:scor(?:ed|es|ing)|hit|hits|hitting|made|makes|struck|notched|posted|smashed|completed|reached|brought up|maiden|Test|ODI|one-day|unbeaten|double)\s+(?:(?:a|an|his|her|their|the|its)\s+)?(?:[\w-]+\s+)?$/i;
export const CRICKET_WORDS = /\b(?:innings|wickets?|batsm[ae]n|batting|bowl(?:ers?|ed)|overs|not out|off \d+ balls|runs|cricket|Test (?:match|series)|ODI|one-day international)\b/i;
