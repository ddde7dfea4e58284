// The tense around a time expression, read from the words of its sentence, so that "Thursday"
// in "met on Thursday" is the one before the article and in "will meet on Thursday" the one after.
import type { Doc, Token } from '../document.js';
import { isCalendarWord, MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import { CHANGE_VERBS } from '../lexicon/number-words.js';
import { PERCENT_PHRASES, PERCENT_SIGNS } from '../numbers/lexicon/percent.js';
import { tokenAt } from '../text/token-at.js';
import { NOMINAL } from '../text/word-classes.js';
import { DETERMINERS } from './rules/contexts.js';
import type { Tense } from './resolve.js';
import {
  COUNT_OPENERS, EFFECT_INFINITIVES, EFFECT_PREPOSITIONS, FORECAST_WORDS, TARGET_NOUNS, TARGET_SETTLED, PAST_NEGATED, REACHING_BACK, TAKING_EFFECT,
  ARRANGED_FOR, ARRANGED_IN_MONTH, OBJECT_PRONOUNS, DECLARING_VERBS, OBSERVANCE_NOUNS, ON_COURSE, SUBORDINATORS, ATTRIBUTION_VERBS, AUXILIARIES, AWAITING, CLAUSE_OPENERS, CONDITION_OPENERS, CONJUNCTIONS, CONTRACT_NOUNS, COPULAS, DEADLINE_GIVERS, DEADLINE_WORDS, EXPECTATION_VERBS, FIGURE_MARKS, FIGURE_MARK_QUALIFIERS, CLOSING_DIRECTIONS, CLOSING_VERBS, FUTURE_MARKERS, FUTURE_MODALS, LIKELIHOOD_MODALS, FUTURES_EXCHANGES, GIVES_A_DAY, HABITUAL_WORDS, INCIDENT_NOUNS, MARKET_CLOSES, LOOK_AHEAD_BEFORE_TO, LOOK_AHEAD_PHRASES, MODAL_LOOKS_BACK_BEFORE, MODAL_NEGATIONS, MODALS,
  NOT_TRADED_AFTER, OBJECT_CONTROL_VERBS, COMPARED_AHEAD, CUSTOM_WORDS, PASSIVE_AUXILIARIES, PAST_BE, PAST_FORMS, PICKED_SIDES, PLAN_WORDS, PAST_MODALS, SEQUENCE_PARTICIPLES, PAST_PERFECT, PERFECT_AUXILIARIES, PLAN_PARTICIPLES, POSSESSIVES, PRESENT_BE, ARRANGING_PARTICIPLES, RELATIVE_CLAUSE_OPENERS, RELATIVE_PRONOUNS, REPORTING_VERBS,
  BASELINE_PHRASES, CALENDAR_VERBS, FIXTURE_VERBS, VOTE_NOUNS, IN_FORCE, PROSPECT_LINKS, PROSPECT_NOUNS, PAST_STATES, EXTENSION_NOUNS, KEPT_PARTICIPLES, RESCHEDULED_TO, RESCHEDULING_VERBS, DATE_MOVING_VERBS, CLOSING_UNTIL, FOLLOWED_CHANGE, RELEASE_VERBS, RELEASED_FIGURES, RESULTS_NOUNS, STATISTICS_NOUNS, SAME_PAST_AND_PRESENT, SETTING_VERBS, SCHEDULED_PRESENTS, SUBJECT_VERBS_AFTER, MOVE_PARTICLES, SINGULAR_PRONOUNS, SIDE_WORDS, SPAN_PARTICIPLES, STATIVE_PRESENTS, TRADED_GOODS, WAITED_UNTIL, DRAWING_NEAR, ADJECTIVE_VERBS,
} from './rules/tense-words.js';

/**
 * Phrases of the word tables looked up by two words, at every token of a sentence: the words are joined into a new
 * string (which the Set then hashes) only when the first starts a phrase and the second ends one, as few pairs do.
 */
class WordPairs {
  private readonly firsts = new Set<string>();
  private readonly seconds = new Set<string>();
  constructor(private readonly phrases: ReadonlySet<string>) {
    for (const p of phrases) {
      for (let at = p.indexOf(' '); at >= 0; at = p.indexOf(' ', at + 1)) {
        this.firsts.add(p.slice(0, at));
        this.seconds.add(p.slice(at + 1));
      }
    }
  }

  has(first: string, second: string): boolean {
    return this.firsts.has(first) && this.seconds.has(second) && this.phrases.has(`${first} ${second}`);
  }
}
const BASELINE_PAIRS = new WordPairs(BASELINE_PHRASES);
const LOOK_AHEAD_PAIRS = new WordPairs(LOOK_AHEAD_PHRASES);
const IN_FORCE_PAIRS = new WordPairs(IN_FORCE);
const ON_COURSE_PAIRS = new WordPairs(ON_COURSE);

/**
 * The tense of the verb nearest to [start, end) in its sentence. A reporting verb ("said"; "confirmed" after the
 * expression and a verb before it) counts only when it is next to the expression ("said Thursday") or no other verb
 * has a tense.
 * `namesADay`: the expression is a day ("Friday", "Jan. 5"), whose possessive may be a subject.
 */
export function tenseAround(doc: Doc, start: number, end: number, namesADay = false): Tense | null {
  const tense = tenseOfSentence(doc, start, end, namesADay);
  return tense === 'FUTURE' && periodOfResults(doc, tokenAt(doc.tokens, start), end) ? null : tense;
}

/** The tense the sentence's words give the expression (tenseAround, before a period of results is read). */
function tenseOfSentence(doc: Doc, start: number, end: number, namesADay: boolean): Tense | null {
  const tokens = doc.tokens;
  let at = tokenAt(tokens, start);
  if (at === tokens.length) return null;
  const sentence = tokens[at].sentence;
  const first = at;
  const side = sideOf(doc, start, end);
  if (side) return side;
  // "postponed until Monday", "adjourned to Tuesday": the day a thing was put off to is to come;
  // so is the day of what is "ahead of" or "in the run-up to" (the day it is written from is before it).
  const before = (k: number) => (tokens[first - k]?.sentence === sentence ? tokens[first - k].text.toLowerCase() : '');
  // "closed on Monday and Tuesday under a holiday decreed": a day joined to a day before it shares its tense.
  if (PAIRED_BY.has(before(1)) && isCalendarWord(WEEKDAYS, before(2)) && isCalendarWord(WEEKDAYS, tokens[first].text)) {
    return tenseOfSentence(doc, tokens[first - 2].start, tokens[first - 2].end, namesADay);
  }
  // "report on Tuesday morning, followed by Bank of America on Wednesday": what a participle of sequence adds after a
  // comma takes the tense of the phrase of a preposition the comma closes ("on [Tuesday morning]").
  const comma = sequenceCommaBefore(tokens, first);
  const phrase = comma > 0 ? phraseClosedBy(tokens, comma) : -1;
  if (phrase >= 0) return tenseOfSentence(doc, tokens[phrase].start, tokens[comma - 1].end, namesADay);
  // (but "The deadline was pushed to Feb. 10", a move told in the passive of the past, to a day of a month: the nearest
  // such day, which may have gone by)
  if (RESCHEDULED_TO.has(before(1)) && putOffBefore(tokens, first - 1, namesADay || dayAfter(tokens, tokenAt(tokens, end), sentence))) {
    return namesAMonth(doc.text.slice(start, end)) && movedInThePast(tokens, first - 1) ? null : 'FUTURE';
  }
  // "moved the deadline from April 15 to July 15": the day a day is moved to is to come, and the day it is moved from
  // the one nearest the DCT, whatever the verb's tense.
  const moved = movedDay(tokens, first, tokenAt(tokens, end) - 1, sentence);
  if (moved) return moved === 'to' ? 'FUTURE' : null;
  // "issued a blizzard warning from 7 p.m. Friday until 1 p.m. Sunday": the day a stretch imposed or put off opens with
  // is to come, as the day it closes with is.
  if (before(1) === 'from' && namesADay && RESCHEDULED_TO.has(tokens[tokenAt(tokens, end)]?.text.toLowerCase() ?? '') && putOffBefore(tokens, first - 1, true)) return 'FUTURE';
  // "a flexible extension of the Brexit deadline to October 31", "extended the filing deadline to Friday".
  if (before(1) === 'to' && before(2) === 'deadline' && extensionBefore(tokens, first - 2)) return 'FUTURE';
  // "The Bureau of Meteorology forecast a top of 44 degrees ... on Saturday", "have warned of another round of rain
  // Wednesday": the day of what is forecast or warned of lies ahead.
  if (namesADay && forecastBefore(tokens, first)) return 'FUTURE';
  // "cutting its one-year rate by 0.2 points, effective from Thursday": the day a change takes effect lies ahead, unless
  // told so in the past ("which was effective from Monday").
  const effective = TAKING_EFFECT.has(before(1)) ? 1 : EFFECT_PREPOSITIONS.has(before(1)) && TAKING_EFFECT.has(before(2)) ? 2 : 0;
  if (effective && !PAST_BE.has(before(effective + 1))) return 'FUTURE';
  // "has set a target of 85% by Oct. 1": a goal's day lies ahead of its setting.
  if (before(1) === 'by' && targetBefore(tokens, first - 1)) return 'FUTURE';
  // "signed a seven-day ceasefire, to take effect on Monday": so does the day an infinitive of taking effect names.
  if (EFFECT_PREPOSITIONS.has(before(1)) && EFFECT_INFINITIVES.some((words) => words.every((w, k) => before(k + 2) === w) && !PAST_BE.has(before(words.length + 2)))) return 'FUTURE';
  // "retroactive to March 17", "backdated to January": the day a thing reaches back to has gone by.
  if (before(1) === 'to' && REACHING_BACK.has(before(2))) return 'PAST';
  if (DECLARING_VERBS.has(before(1)) && observanceAfter(tokens, end, sentence)) return 'FUTURE';
  // "said he would not be free until Monday", "would not be finished before August": what will not happen until a day
  // waits for one to come (a refusal told after the fact, "could not be reached Monday", has no "until").
  if ((WAITED_UNTIL.has(before(1)) || before(1) === 'before') && notUntil(tokens, first)) return 'FUTURE';
  // "ahead of the vote on Monday", "to prepare for his Jan. 20 inauguration".
  const skip = before(1) === 'the' || POSSESSIVES.has(before(1)) ? 1 : 0;
  if (LOOK_AHEAD_PAIRS.has(before(skip + 2), before(skip + 1)) || AWAITING.has(before(skip + 1))) return 'FUTURE';
  // "ahead of publication on Sunday", "ahead of local elections on November 24", "preparations for the launch of the
  // euro on January 1", "ahead of the COP30 summit in Belem, Brazil, in November": the day or month of what is ahead,
  // named by up to five words that are no verb, and before "in" by names and commas besides (not "ahead of schedule",
  // a comparison).
  if (before(1) === 'on' || before(1) === 'in') {
    const overNames = before(1) === 'in';
    for (let k = 3, words = 0; words < 5 && !VERB_TAGS.has(tokens[first - k + 1]?.pos ?? 'VERB'); k++) {
      if ((LOOK_AHEAD_PAIRS.has(before(k + 1), before(k)) && !COMPARED_AHEAD.has(before(k - 1))) || AWAITING.has(before(k))) return 'FUTURE';
      const stepped = tokens[first - k + 1];
      if (!(overNames && (stepped?.pos === 'PROPN' || stepped?.pos === 'PUNCT'))) words++;
    }
  }
  let last = at;
  while (last + 1 < tokens.length && tokens[last + 1].start < end) last++;
  if (namesADay && possessiveAt(tokens, end) && presentAfterPossessive(tokens, last + 2, sentence)) return 'PRESENT';
  // (a weekday with its part of the day too, "on Thursday night", or after its clock time, "at 5 p.m. on Wednesday")
  const weekday = doc.text.slice(start, end).split(/\s+/).some((w) => isCalendarWord(WEEKDAYS, w));
  // "Speaking to reporters on Tuesday, Smith said the plan would be ready": a day in the clause of a participle that opens
  // the sentence is as past as the main clause's verb after the comma, whatever the clause that verb reports says.
  at = reachBack(tokens, first);
  const opened = tenseAfterOpeningPhrase(tokens, at, first, last, sentence);
  // (a clock time's day is the story's, which a past does not move: "At around 4:30 a.m., Yoon announced")
  if (opened && !(opened === 'PAST' && CLOCK.test(doc.text.slice(start, end)))) return opened;
  const main = participleMainVerb(tokens, at, first, last, sentence);
  if (main >= 0 && tenseOfToken(tokens, main, false, main - last, tokens[last + 1], weekday) === 'PAST') return 'PAST';
  let best: { tense: Tense; distance: number } | null = null;
  let reported: Tense | null = null;
  let reportedPastComma = false;
  let clauseVerbBefore = false;
  let relativeVerbBefore = false;
  const qualifiesNoun = NOUN_TAG_AFTER.has(tokens[last + 1]?.pos ?? '') && tokens[last + 1]?.sentence === sentence;
  // "Scientists say Monday was the hottest day": a day right after a reporting verb and before a verb of its own is the
  // reported clause's subject, which that verb places, not the day of the saying.
  const subjectOfReport = SUBJECT_VERBS_AFTER.has(tokens[last + 1]?.text.toLowerCase() ?? '') && tokens[last + 1]?.sentence === sentence;
  // ("On Monday", "In October": a preposition may open the sentence before it)
  const opensSentence = tokens[first - 1]?.sentence !== sentence || (tokens[first - 1].pos === 'ADP' && tokens[first - 2]?.sentence !== sentence);
  const aside = asideBefore(tokens, at, first);
  const to = reachOn(tokens, last);
  // The sentence read without its aside, where a verb before the aside places the day after it as if the aside were
  // not there ("faces a vote of no confidence, tabled by the opposition last week, on Thursday"): its tokens, from
  // `viewStart` on, built only when such a verb is asked about.
  let withoutAside: Token[] | undefined;
  const viewStart = aside ? Math.max(0, sentenceFirst(tokens, at) - VIEW_CONTEXT) : 0;
  const asideLength = aside ? aside.to - aside.from + 2 : 0;
  const tenseBeyondAside = (i: number, distance: number) => {
    withoutAside ??= [...tokens.slice(viewStart, aside!.from - 1), ...tokens.slice(aside!.to + 1, to + VIEW_CONTEXT)];
    return tenseOfToken(withoutAside, i - viewStart, true, distance - asideLength, wordAfter, weekday);
  };
  // "Asked how long the restrictions would last, an official told reporters at 8 p.m. Tuesday": a clause a comma closes
  // before the expression's reporting verb holds no verb of the expression's; not where a comma follows that verb ("will
  // not return, the agency said on Saturday, leaving them in orbit until February" is told in the participle's clause),
  // nor inside a quotation, whose verbs are weighed apart below.
  const reportingBefore = reportingVerbBefore(tokens, at, first);
  const clauseBeforeReporting = reportingBefore >= 0 && !oneBetween(tokens, reportingBefore, first, CLAUSE_MARKS);
  // The word after the expression past its adverbs: "Irish voters on Sunday overwhelmingly [backed]" is no "voters" verb.
  let afterAdverbs = last + 1;
  while (tokens[afterAdverbs]?.pos === 'ADV' && tokens[afterAdverbs].sentence === sentence) afterAdverbs++;
  const wordAfter = tokens[afterAdverbs];
  // A verb across a quotation mark from the expression speaks in another voice ("'... we would be fishing mackerel,' said
  // Kristjansson at the annual meeting in March"): it places the expression only when no verb on its side does.
  const quotes = quoteMarksUpTo(tokens, at, to);
  const quotesAtExpression = quotes[first - at];
  let acrossQuote: { tense: Tense; distance: number } | null = null;
  // "Belgium, whose country holds the presidency until the end of June, said": inside a relative clause set off by
  // commas, only the clause's own verbs place the expression.
  const clause = relativeClauseAround(tokens, first, last, sentence);
  const [from, until] = clause ? [Math.max(at, clause.from), Math.min(to, clause.to)] : [at, to];
  for (let i = from; i <= until; i++) {
    if (i >= first && i <= last) continue;
    if (aside && i >= aside.from && i <= aside.to) continue;
    if (clauseBeforeReporting && i < reportingBefore && oneBetween(tokens, i, reportingBefore, CLAUSE_MARKS) && quotes[i - at] === quotes[reportingBefore - at]) continue;
    const distance = i < first ? first - i : i - last;
    const tense = tenseOfToken(tokens, i, i < first, distance, wordAfter, weekday)
      ?? (aside && i < aside.from - 1 ? tenseBeyondAside(i, distance) : null);
    if (!tense) continue;
    if ((quotes[i - at] - quotesAtExpression) % 2 !== 0) {
      if (!acrossQuote || distance < acrossQuote.distance) acrossQuote = { tense, distance };
      continue;
    }
    // "said Thursday", "said on Thursday", "said in a letter to staff on Monday", "said on a call Thursday night": the
    // verb next to the day, or before it with only phrases of prepositions between, governs it.
    const next = i < first && distance >= 2 && (tokens[first - 1].text.toLowerCase() === 'on' || (namesADay && tokens[i + 1]?.pos === 'ADP'))
      && onlyPhrasesBetween(tokens, i, first - 1);
    // "told staff in June that ...", "told a provincial conference in January that ...", "told deputies during Friday's
    // debate that ...": a reporting verb, its object and "in" or "during" before the date govern it as "said in June" does.
    const objectBetween = i < first && distance >= 3 && distance <= OBJECT_REACH && OBJECT_THEN_DATE.has(tokens[first - 1].text.toLowerCase()) && objectPhrase(tokens, i + 1, first - 1);
    // Not one right before an expression that qualifies a noun: "said second-half profit growth would slow" opens
    // the clause reported, whose own verb governs it.
    const word = tokens[i].text.toLowerCase();
    // A verb of attribution after the expression reports when a verb before it has already placed it.
    const reporting = REPORTING_VERBS.has(word) || (best !== null && i > last && ATTRIBUTION_VERBS.has(word));
    // "On Monday he announced he would run": after a day that opens the sentence, the verb of its subject is its own.
    // (and the first verb after a long subject of names: "On Sunday, Binance Chief Executive Changpeng Zhao said")
    const ownVerbAfterOpening = i > last && opensSentence && (distance <= OPENING_VERB_REACH || (distance <= OPENING_SUBJECT_REACH && namesOnlyBetween(tokens, last + 1, i)));
    if (reporting && !ownVerbAfterOpening && ((distance > 1 && !next && !objectBetween) || (distance === 1 && i < first && (qualifiesNoun || subjectOfReport)))) {
      if (reported === null) reportedPastComma = i > last && oneBetween(tokens, last, i, CLAUSE_MARKS);
      reported ??= tense;
      // "told a conference in Riyadh in April, adding that the government would adjust": the reporting verb's clause
      // holds the date, and a clause after it is another's.
      if (i < first && !oneBetween(tokens, i, first, CLAUSE_WORDS)) clauseVerbBefore = true;
      continue;
    }
    // "said on a call Thursday that deliveries will rise", "told a conference in January that it would": the day closes
    // the reporting clause, and the verbs of the clause "that" opens after it are the report's.
    if (reporting && (next || objectBetween) && tokens[last + 1]?.text.toLowerCase() === 'that') return tense;
    // "would hold an election on Dec. 28, the first since the army seized power", "was expected to become a hurricane by
    // Sunday as it crawled toward Jamaica": once a verb of the expression's own clause stands before it, a verb past a
    // comma or a subordinating word after it is another clause's.
    // So is a verb after "and": "cut its rate on October 23 and is expected to cut again" coordinates a second predicate;
    // and one after "after": "will pay more from April after councillors voted".
    if (i > last && clauseVerbBefore && oneBetween(tokens, last, i, LATER_CLAUSE_BREAKS)) continue;
    // "Passengers whose flights were cancelled on Friday are entitled to refunds": a verb right after the expression,
    // once the verb of a relative clause that holds it stands before it, is the verb of the subject the clause qualifies
    // (not after a participle's: "ballots received by Saturday would still be counted").
    if (i === afterAdverbs && relativeVerbBefore) continue;
    if (i < first && !oneBetween(tokens, i, first, CLAUSE_WORDS)) {
      clauseVerbBefore = true;
      relativeVerbBefore = relativeClauseOpens(tokens, at, i) || participleOfNoun(tokens, i, first);
    }
    if (!best || distance < best.distance) best = { tense, distance };
  }
  // "Egypt has enough reserves to last until mid-November, the government said": a reporting verb past a comma does not
  // move to the past what its clause tells in the present.
  const presentReported = reportedPastComma && presentBeOrHaveBetween(tokens, from, first);
  return best?.tense ?? (presentReported ? null : reported) ?? acrossQuote?.tense ?? null;
}

/** Whether a present "be" or "have" stands as a verb from token `from` to before `first`. */
function presentBeOrHaveBetween(tokens: Token[], from: number, first: number): boolean {
  for (let k = from; k < first; k++) if (VERB_TAGS.has(tokens[k].pos) && PRESENT_BE_OR_HAVE.has(tokens[k].text.toLowerCase())) return true;
  return false;
}
const PRESENT_BE_OR_HAVE: ReadonlySet<string> = new Set([...PRESENT_BE, ...PERFECT_AUXILIARIES]);

/**
 * The token range of a relative clause set off by commas that holds tokens `first`..`last` (", whose country holds the
 * presidency until the end of June,"): from its pronoun to before its closing comma, with no comma between; or null.
 */
function relativeClauseAround(tokens: Token[], first: number, last: number, sentence: number): { from: number; to: number } | null {
  let open = first - 1;
  while (open > 0 && tokens[open].sentence === sentence && tokens[open].text !== ',') open--;
  if (tokens[open]?.text !== ',' || tokens[open].sentence !== sentence || !NON_RESTRICTIVE.has(tokens[open + 1]?.text.toLowerCase() ?? '')) return null;
  let close = last + 1;
  while (close < tokens.length && tokens[close].sentence === sentence && tokens[close].text !== ',') close++;
  return tokens[close]?.text === ',' && tokens[close].sentence === sentence ? { from: open + 1, to: close - 1 } : null;
}

/** The first token of the sentence that holds token k. */
function sentenceFirst(tokens: Token[], k: number): number {
  while (k > 0 && tokens[k - 1].sentence === tokens[k].sentence) k--;
  return k;
}
/** How many tokens beyond its sentence a sentence read apart keeps, for the words next to its first and last. */
const VIEW_CONTEXT = 3;

/** The last reporting verb ("told", "said") from token `from` to before `first`, as the tagger reads it; or -1. */
function reportingVerbBefore(tokens: Token[], from: number, first: number): number {
  for (let k = first - 1; k >= from; k--) if (VERB_TAGS.has(tokens[k].pos) && REPORTING_VERBS.has(tokens[k].text.toLowerCase())) return k;
  return -1;
}

/** The quotation marks a token is after, counted from token `from` to token `to`: one count a token, in order. */
function quoteMarksUpTo(tokens: Token[], from: number, to: number): Int32Array {
  const counts = new Int32Array(to - from + 1);
  let n = 0;
  for (let i = from; i <= to; i++) {
    counts[i - from] = n;
    if (QUOTATION_MARKS.has(tokens[i].text)) n++;
  }
  return counts;
}

/** The marks that open or close a quotation (not the apostrophe, which is also a possessive's). */
const QUOTATION_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '«', '»', '``', "''"]);

/**
 * The main clause's verb after a participle's clause that opens the sentence at token `opening` (reachBack's) and holds
 * tokens `first`..`last` ("Speaking at a rally on Monday night, [the] [senator] said"): the first verb after the clause's
 * comma, past its subject; or -1.
 */
function participleMainVerb(tokens: Token[], opening: number, first: number, last: number, sentence: number): number {
  if (opening === first || tokens[opening].sentence !== sentence || tokens[opening].pos !== 'VERB' || !PARTICIPLE_ENDING.test(tokens[opening].text)) return -1;
  for (let k = opening + 1; k < first; k++) if (tokens[k].text === ',') return -1;
  let comma = last + 1;
  while (comma - last <= PARTICIPLE_CLAUSE_REACH && tokens[comma]?.sentence === sentence && tokens[comma].text !== ',') comma++;
  if (tokens[comma]?.text !== ',' || tokens[comma].sentence !== sentence) return -1;
  return verbAfterSubject(tokens, comma, sentence);
}

/** The first verb after the comma at `comma`, past the main clause's subject ("[, Pete] [Sampras] meets"); or -1. */
function verbAfterSubject(tokens: Token[], comma: number, sentence: number): number {
  for (let k = comma + 1; k - comma <= SUBJECT_REACH && tokens[k]?.sentence === sentence; k++) {
    // "In March, the CITES secretariat gave": a word in capitals in prose is a name, whatever the tagger says.
    if (inCapitalsInProse(tokens, k) || joinsName(tokens, k)) continue;
    if (VERB_TAGS.has(tokens[k].pos)) return k;
    if (!NOUN_PHRASE_TAGS.has(tokens[k].pos) && tokens[k].pos !== 'PRON' && tokens[k].text !== '.') return -1;
  }
  return -1;
}

/** Whether token k joins the words of a name, between two proper nouns: "of" in "Bank of England", "&" in "Procter & Gamble". */
function joinsName(tokens: Token[], k: number): boolean {
  return (tokens[k].pos === 'ADP' || tokens[k].pos === 'CCONJ') && tokens[k - 1]?.pos === 'PROPN' && tokens[k + 1]?.pos === 'PROPN';
}

/** Whether the relative pronoun at k follows a singular common noun, maybe after a comma ("the storm, which"). */
function singularAntecedent(tokens: Token[], k: number): boolean {
  const noun = tokens[k - 1]?.text === ',' ? tokens[k - 2] : tokens[k - 1];
  return !!noun && noun.pos === 'NOUN' && /^[a-z]+$/.test(noun.text) && !noun.text.endsWith('s');
}

/**
 * "On Sunday evening, Pete Sampras meets Carlos Moya", "In the men's final on Sunday, Sampras meets Moya": a day in a
 * phrase that opens the sentence, before its comma, is the coming one when the main clause's verb is a plain present,
 * and a past one when it is a past ("In August, the company announced it would cut 15,000 jobs").
 */
function tenseAfterOpeningPhrase(tokens: Token[], opening: number, first: number, last: number, sentence: number): Tense | null {
  if (tokens[last + 1]?.text !== ',' || (opening < first && tokens[opening].pos !== 'ADP')) return null;
  for (let k = opening + 1; k < first; k++) if (!NOUN_PHRASE_TAGS.has(tokens[k].pos) && tokens[k].pos !== 'ADP' && tokens[k].pos !== 'PART') return null;
  const verb = verbAfterSubject(tokens, last + 1, sentence);
  if (verb < 0 || tokens[verb].pos !== 'VERB') return null;
  const word = tokens[verb].text.toLowerCase();
  if (!/^[a-z]+$/.test(word) || word.endsWith('ing') || SAME_PAST_AND_PRESENT.has(word)) return null;
  return pastSpelling(word) ? 'PAST' : 'PRESENT';
}
/**
 * The comma before ", followed by" (or "preceded by") whose phrase holds the token `first`, with no verb or other mark
 * between, and a word before the comma; or -1.
 */
function sequenceCommaBefore(tokens: Token[], first: number): number {
  const sentence = tokens[first].sentence;
  for (let k = first - 1; k >= 2 && first - k <= SEQUENCE_REACH && tokens[k].sentence === sentence; k--) {
    const word = tokens[k].text.toLowerCase();
    if (SEQUENCE_PARTICIPLES.has(word)) {
      return tokens[k - 1].text === ',' && tokens[k + 1]?.text.toLowerCase() === 'by' && tokens[k - 2].pos !== 'PUNCT' ? k - 1 : -1;
    }
    if (VERB_TAGS.has(tokens[k].pos) || tokens[k].pos === 'PUNCT') return -1;
  }
  return -1;
}
/** Where the phrase of a preposition that the comma at `comma` closes begins, after its preposition, or -1 (not "spread black pod disease,"). */
function phraseClosedBy(tokens: Token[], comma: number): number {
  for (let k = comma - 1; k >= comma - PHRASE_BEFORE_COMMA && k >= 1; k--) if (tokens[k - 1].pos === 'ADP') return k;
  return -1;
}
/** How many words a phrase of sequence may hold before its day ("followed by Bank of America and Morgan Stanley on"). */
const SEQUENCE_REACH = 10;
/** How many words the phrase a comma closes is read back over to its preposition ("on Tuesday morning,"). */
const PHRASE_BEFORE_COMMA = 3;
/** The words that join two days into a pair ("Monday and Tuesday", "Saturday or Sunday"). */
const PAIRED_BY: ReadonlySet<string> = new Set(['and', 'or']);
/** A clock time in an expression: "4:30 a.m.", "noon", "0800 GMT". */
const CLOCK = /\d\s*(?:a\.?m\b|p\.?m\b)|\d:\d\d|\bnoon\b|\bmidnight\b|\bGMT\b/i;
/** A participle in -ing, the verb of a clause that opens a sentence ("Speaking", "Addressing"). */
const PARTICIPLE_ENDING = /^\p{L}{3,}ing$/u;
/** Most tokens a participle's clause holds after the expression before its comma, and a main clause's subject before its verb. */
const PARTICIPLE_CLAUSE_REACH = 8;
const SUBJECT_REACH = 6;

/** The parts of speech of a reporting verb's object's head before "in" and a date ("told staff", "told reporters", "told him"). */
const OBJECT_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);
/** How far before a date a reporting verb with its object and "in" stands ("told a provincial party conference in"). */
const OBJECT_REACH = 6;
/** Whether tokens `from`..`to` (exclusive) are a noun phrase that ends in its head: "staff", "a provincial conference". */
function objectPhrase(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!NOUN_PHRASE_TAGS.has(tokens[k].pos) && tokens[k].pos !== 'PRON') return false;
  return OBJECT_TAGS.has(tokens[to - 1]?.pos ?? '');
}

/** How far after a day that opens its sentence the verb of the sentence's subject stands ("On Monday he announced"). */
const OPENING_VERB_REACH = 3;
/** How far it stands after a subject of names and titles alone. */
const OPENING_SUBJECT_REACH = 10;

/** Whether tokens from..to-1 are a comma and a subject of names (and titles, determiners) alone: no verb, no clause. */
function namesOnlyBetween(tokens: Token[], from: number, to: number): boolean {
  if (tokens[from]?.text !== ',') return false;
  for (let k = from + 1; k < to; k++) if (!SUBJECT_OF_NAMES.has(tokens[k].pos)) return false;
  return true;
}
const SUBJECT_OF_NAMES: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'DET', 'ADJ']);

/** The marks that end a clause, and the words that open a clause of its own between a reporting verb and a day ("said that", "said the vote, which"). */
const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', ';', ':']);
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whose', 'where', 'when', ...CLAUSE_MARKS]);
/** What ends a clause after the expression: its marks, the words that open a clause of their own ("as it crawled"), and the conjunctions of a second predicate. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([...CLAUSE_MARKS, ...SUBORDINATORS, 'and', 'but']);
/**
 * Those, the prepositions that open a clause of a time of its own ("will pay more from April after councillors voted"),
 * and the relative words ("signed a memorandum in January that would give Ethiopia a port").
 */
const LATER_CLAUSE_BREAKS: ReadonlySet<string> = new Set([...CLAUSE_BREAKS, 'after', 'before', 'once', 'that', 'which', 'who', 'whose']);

/**
 * Whether a clause ends between offsets `end` and `start`: a mark, a word that opens a clause of its own or a second
 * predicate's conjunction stands between them ("the 1995 profit rose, and on March 5").
 */
export function clauseBreakBetween(doc: Doc, end: number, start: number): boolean {
  return oneBetween(doc.tokens, tokenAt(doc.tokens, end) - 1, tokenAt(doc.tokens, start), CLAUSE_ENDS);
}
const CLAUSE_ENDS: ReadonlySet<string> = new Set([...CLAUSE_BREAKS, ...CLAUSE_WORDS]);

/**
 * Whether a clause with a verb of its own opens between offsets `end` and `start`: "and", "but" or a subordinator and a
 * verb after it ("arrested at 6 a.m. and has appeared in court every day"; not "at 7 a.m. and the last around midnight").
 */
export function clauseOfItsOwnBetween(doc: Doc, end: number, start: number): boolean {
  const tokens = doc.tokens;
  const to = tokenAt(tokens, start);
  for (let k = tokenAt(tokens, end); k < to; k++) {
    const word = tokens[k].text.toLowerCase();
    if (!(word === 'and' || word === 'but' || SUBORDINATORS.includes(word))) continue;
    for (let j = k + 1; j < to; j++) if (VERB_TAGS.has(tokens[j].pos)) return true;
  }
  return false;
}

/** Whether one of `words` (lower case) stands strictly between tokens `from` and `to`. */
function oneBetween(tokens: Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let k = from + 1; k < to; k++) if (words.has(tokens[k].text.toLowerCase())) return true;
  return false;
}
/**
 * Whether a relative clause opens right after a noun ("floods that", "passengers whose") before token `to`, back to token
 * `from` and not past a comma ("said Tuesday night that they would ..., and that mail ballots received" opens none).
 */
function relativeClauseOpens(tokens: Token[], from: number, to: number): boolean {
  for (let k = to - 1; k >= Math.max(from, 1) && tokens[k].text !== ','; k--) {
    if (RELATIVE_CLAUSE_OPENERS.has(tokens[k].text.toLowerCase()) && NOMINAL.has(tokens[k - 1].pos)) return true;
  }
  return false;
}

/**
 * Whether token k is a participle right after its noun, which opens a relative clause with no pronoun ("A package unveiled
 * in mid-December would add", "a bill approved by the lower house in May would ban"); not one a deadline follows, whose
 * day the verb after may look ahead to ("ballots received by Saturday would still be counted").
 */
function participleOfNoun(tokens: Token[], k: number, first: number): boolean {
  return tokens[k].pos === 'VERB' && pastSpelling(tokens[k].text.toLowerCase()) && NOMINAL.has(tokens[k - 1]?.pos ?? '')
    && !DEADLINE_WORDS.has(tokens[first - 1]?.text.toLowerCase() ?? '');
}
/** Whether the noun phrase right before token k opens with "with" ("with [the play-in tournament] held"). */
function withPhraseBefore(tokens: Token[], k: number): boolean {
  if (!NOMINAL.has(tokens[k - 1]?.pos ?? '')) return false;
  for (let j = k - 1; j >= 0 && j >= k - WITH_PHRASE_REACH && tokens[j].sentence === tokens[k].sentence; j--) {
    if (tokens[j].text.toLowerCase() === 'with') return true;
    // (a compound's words and hyphens too: "the play-in tournament")
    if (!NOUN_PHRASE_TAGS.has(tokens[j].pos) && tokens[j].text !== '-' && tokens[j - 1]?.text !== '-') return false;
  }
  return false;
}
/** Most tokens between "with" and the participle after its noun phrase. */
const WITH_PHRASE_REACH = 6;

/** Most tokens a verb's phrases of prepositions hold before the day ("in a letter to employees"). */
const PHRASES_REACH = 8;

/** Whether the tokens strictly between `verb` and `on` are no verb and open no clause: phrases of prepositions only. */
function onlyPhrasesBetween(tokens: Token[], verb: number, on: number): boolean {
  if (on - verb - 1 > PHRASES_REACH) return false;
  for (let k = verb + 1; k < on; k++) {
    if ((VERB_TAGS.has(tokens[k].pos) && !headOfPhrase(tokens, k)) || CLAUSE_WORDS.has(tokens[k].text.toLowerCase())) return false;
  }
  return true;
}

/**
 * "in a video address on Wednesday": a word the tagger read as a verb after an article, or after an article and a
 * noun or adjective, is the phrase's noun, unless it is spelt as a past or a participle ("the company released").
 */
function headOfPhrase(tokens: Token[], k: number): boolean {
  const word = tokens[k].text.toLowerCase();
  if (pastSpelling(word) || word.endsWith('ing')) return false;
  const prev = tokens[k - 1];
  return prev?.pos === 'DET' || ((prev?.pos === 'NOUN' || prev?.pos === 'ADJ') && tokens[k - 2]?.pos === 'DET');
}

/** Parts of speech of a word after an expression that it qualifies ("second-half profit", "third-quarter results"). */
const NOUN_TAG_AFTER: ReadonlySet<string> = new Set(['NOUN']);

/**
 * How many tokens of its sentence either way are read for an expression. Farther words govern nothing near
 * it, and a "sentence" a feed runs on without a stop (a table, thousands of tokens) must not be read whole
 * for each of its expressions: that grew with the square of its length.
 */
const SENTENCE_REACH = 60;

/** The first token of token i's sentence, or the token SENTENCE_REACH before i if the sentence starts earlier. */
function reachBack(tokens: Token[], i: number): number {
  let k = i;
  while (k > 0 && i - k < SENTENCE_REACH && tokens[k - 1].sentence === tokens[i].sentence) k--;
  return k;
}

/** The last token of token i's sentence, or the token SENTENCE_REACH after i if the sentence ends later. */
function reachOn(tokens: Token[], i: number): number {
  let k = i;
  while (k + 1 < tokens.length && k - i < SENTENCE_REACH && tokens[k + 1].sentence === tokens[i].sentence) k++;
  return k;
}

/**
 * "The sale, which had been expected, is part of a program to pay down the loan by February": a
 * relative clause set off by commas before the expression, after which the main clause resumes with its
 * verb or the expression's preposition, describes its noun, and its verb does not place the date (the sentence's own
 * verbs do); so does a participle's ("The moratorium, renewed every two years since it began, expires ... from March 26";
 * "will publish its merit lists, including the names of students who achieved Band 6, on Friday"), and a noun's in
 * apposition before the expression's preposition. The
 * token range of the last such clause that closes before `first`, or null.
 */
function asideBefore(tokens: Token[], from: number, first: number): { from: number; to: number } | null {
  let found: { from: number; to: number } | null = null;
  for (let i = from; i + 1 < first; i++) {
    if (tokens[i].text !== ',') continue;
    const opener = tokens[i + 1].text.toLowerCase();
    const clause = NON_RESTRICTIVE.has(opener) || pastParticipleAt(tokens, i + 1) || presentParticipleAt(tokens, i + 1);
    if (!clause && opener !== 'the') continue;
    let j = i + 2;
    while (j < first && tokens[j].text !== ',') j++;
    // The main clause resumes with its verb after the closing comma (not a list: ", who stepped down as chairman, president and
    // ..."), or with the expression's preposition ("will release its figures, considered more precise, in November"; not an
    // expression in apposition, ", which will be held on September 26, the same day as"). A noun in apposition with "the"
    // is an aside only before the expression's preposition ("will speak at Pointe du Hoc, the cliffs scaled by Army
    // Rangers, on Friday afternoon").
    const resumesWithExpression = j + 2 === first && tokens[j + 1].pos === 'ADP';
    const resumes = clause ? VERB_TAGS.has(tokens[j + 1]?.pos ?? '') || resumesWithExpression : resumesWithExpression;
    if (j < first && resumes) found = { from: i + 1, to: j };
  }
  return found;
}
/**
 * Whether the expression at offset `at` stands in an aside set off by commas that closes before the one at `start`
 * ("Figma, founded in 2012, had 1,300 employees at the end of the third quarter"): it tells of its noun, not of the
 * sentence's time.
 */
export function inAsideBefore(doc: Doc, at: number, start: number): boolean {
  const tokens = doc.tokens;
  const first = tokenAt(tokens, start);
  const aside = asideBefore(tokens, sentenceFirst(tokens, first), first);
  const told = tokenAt(tokens, at);
  return !!aside && told >= aside.from && told <= aside.to;
}

/** Whether token k is a verb in -ing, as the tagger reads it ("including", "citing"). */
function presentParticipleAt(tokens: Token[], k: number): boolean {
  return tokens[k]?.pos === 'VERB' && PARTICIPLE_ENDING.test(tokens[k].text);
}
/** Whether token k is a verb spelt as a past or a participle, as the tagger reads it ("renewed"). */
function pastParticipleAt(tokens: Token[], k: number): boolean {
  return tokens[k]?.pos === 'VERB' && pastSpelling(tokens[k].text.toLowerCase());
}
/** Whether a word (lower case) is spelt as a past or a participle: one of the past forms, or in -ed ("need" is not). */
function pastSpelling(word: string): boolean {
  // (with a prefix's hyphen: "re-signed", "co-founded")
  return PAST_FORMS.has(word) || (/^(?:[a-z]+-)?[a-z]{2,}ed$/.test(word) && !word.endsWith('eed'));
}
/** The pronouns that open a relative clause set off by commas ("that" opens none). */
const NON_RESTRICTIVE: ReadonlySet<string> = new Set(['which', 'who', 'whose', 'whom']);

/**
 * "Friday's deadline looms", "as Sunday's vote approaches": a possessive day names the subject of
 * the verb after its noun, and a verb of drawing near there speaks of a day to come. Other presents
 * do not ("Monday's ruling means", "Tuesday's vote is a test": the results of a day gone or to come).
 * `k` is the first word after the "'s"; the noun phrase is up to three words, the verb the word right
 * after it, which the tagger may take for a plural noun ("approaches").
 */
function presentAfterPossessive(tokens: Token[], k: number, sentence: number): boolean {
  for (let j = k + 1; j <= k + 3 && POSSESSIVE_NOUN_TAGS.has(tokens[j - 1]?.pos ?? ''); j++) {
    const verb = tokens[j];
    if (!verb || verb.sentence !== sentence) return false;
    if (DRAWING_NEAR.has(verb.text.toLowerCase())) return true;
    if (!POSSESSIVE_NOUN_TAGS.has(verb.pos)) return false;
  }
  return false;
}
/** Parts of speech of the words of a possessive day's noun phrase ("Friday's final deadline"). */
const POSSESSIVE_NOUN_TAGS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'PROPN']);

/** Whether the expression ending at `end` is a possessive ("Monday's blast"). */
const possessiveAt = (tokens: Token[], end: number) => /^['’]s$/.test(tokens[tokenAt(tokens, end)]?.text ?? '');

/** A month's name alone, capitalised ("May", "Dec."): what a contract is for. */
const MONTH_ONLY = /^[A-Z][a-z]+\.?$/;

/**
 * "have stumbled since the start of the year", "taking their decline since the start of the year to 14%": a stretch
 * from "since" reaches the present, unless a past perfect near it holds it to the time told ("had doubled since").
 */
export function sinceToNow(doc: Doc, start: number): boolean {
  const tokens = doc.tokens;
  const first = tokenAt(tokens, start);
  if (first === tokens.length || tokens[first - 1]?.text.toLowerCase() !== 'since') return false;
  // Its verb before it, or after it where the clause opens with it ("Since the start of the year, they had doubled").
  for (let i = Math.max(0, first - 10); i < tokens.length && i <= first + 10; i++) {
    if (tokens[i].sentence === tokens[first].sentence && tokens[i].text.toLowerCase() === PAST_PERFECT) return false;
  }
  return true;
}

/**
 * "will report first-half results on Nov. 22", "results for the first half", "slower than in the first half": a
 * half or quarter whose figures are told ahead, or compared with, is placed by the calendar alone (the one
 * nearest); told in the past ("second-half profit rose") it is behind.
 */
function periodOfResults(doc: Doc, first: number, end: number): boolean {
  const tokens = doc.tokens;
  // Named by its number: "the quarter" alone is the one told before ("posted lower earnings for the quarter").
  if (!/\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:half|quarter)$/i.test(doc.text.slice(tokens[first].start, end))) return false;
  const sentence = tokens[first].sentence;
  const word = (k: number) => (tokens[k]?.sentence === sentence ? tokens[k].text.toLowerCase() : '');
  const the = word(first) === 'the' ? 0 : word(first - 1) === 'the' ? 1 : 0;
  const before = word(first - 1 - the);
  return RESULTS_NOUNS.has(word(tokenAt(tokens, end))) || (before === 'for' && RESULTS_NOUNS.has(word(first - 2 - the)))
    // "may be slower in the third quarter than in the first half": the period compared with is one known.
    || before === 'than' || (before === 'in' && word(first - 2 - the) === 'than');
}

/**
 * The side of the DCT the words next to the expression fix outright, or null: "since Oct. 23" and
 * "the Oct. 23 killing", "Monday's bombing" (an incident is reported after it happens) are past, and
 * "for May delivery" (a market trades for a month to come) and "takes effect May 1" (a present of what is scheduled) ahead.
 */
export function sideOf(doc: Doc, start: number, end: number): Tense | null {
  const tokens = doc.tokens;
  const first = tokenAt(tokens, start);
  if (first === tokens.length) return null;
  const before = wordBefore(doc, first, SIDE_WORDS);
  if (before) return before;
  const phrase = phraseBefore(tokens, first);
  if (phrase) return phrase;
  if (namesAMonth(doc.text.slice(start, end)) && (pastVerbBefore(tokens, first) || releasedFor(tokens, first))) return 'PAST';
  if (contractMonth(doc, first, end) || (holdsAMonth(doc.text.slice(start, end)) && (scheduledBefore(tokens, first) || arrangedBefore(tokens, first)))
    || inForceUntil(tokens, first)) return 'FUTURE';
  // "The semifinals are July 19-20", "The final is on May 3": a date a present "be" gives as a thing's day is to come.
  const be = ['on', 'in'].includes(tokens[first - 1]?.text.toLowerCase() ?? '') ? first - 2 : first - 1;
  if (namesAMonth(doc.text.slice(start, end)) && tokens[be]?.sentence === tokens[first].sentence && GIVES_A_DAY.has(tokens[be].text.toLowerCase())) return 'FUTURE';
  const next = nounAfter(tokens, end);
  const noun = tokens[next];
  if (!noun || noun.sentence !== tokens[first].sentence) return null;
  const word = noun.text.toLowerCase();
  if (INCIDENT_NOUNS.has(word) || (namesAMonth(doc.text.slice(start, end)) && (STATISTICS_NOUNS.has(word) || releasedAfter(tokens, first, next)))) return 'PAST';
  // "February's bloody army revolt": a possessive's incident may come after two words that qualify it.
  if (!possessiveAt(tokens, end)) return null;
  if (MARKET_CLOSES.has(word)) return 'PAST';
  for (let k = next + 1; k <= next + 2 && tokens[k]?.sentence === noun.sentence && INCIDENT_MODIFIER_TAGS.has(tokens[k - 1].pos); k++) {
    if (INCIDENT_NOUNS.has(tokens[k].text.toLowerCase())) return 'PAST';
  }
  return null;
}
/**
 * Whether a present of what is scheduled stands right before the date, maybe with "on" between ("takes effect on May 1");
 * not an infinitive ("had been due to expire"), which a plan told in any tense holds.
 */
function scheduledBefore(tokens: Token[], first: number): boolean {
  const sentence = tokens[first].sentence;
  const at = tokens[first - 1]?.text.toLowerCase() === 'on' ? first - 2 : first - 1;
  let phrase = '';
  for (let k = at; k >= 0 && k > at - 3 && tokens[k].sentence === sentence; k--) {
    phrase = phrase ? `${tokens[k].text.toLowerCase()} ${phrase}` : tokens[k].text.toLowerCase();
    if (SCHEDULED_PRESENTS.has(phrase)) return tokens[k - 1]?.text.toLowerCase() !== 'to';
  }
  return false;
}

/**
 * "a general election set for April 12", "set a new election for March 5": an arrangement's word before "for" puts
 * the date ahead of the telling, unless a past "be", a perfect or an adverb tells of an arrangement since undone
 * ("was scheduled for", "had been set for", "originally set for").
 */
function arrangedBefore(tokens: Token[], first: number): boolean {
  const sentence = tokens[first].sentence;
  const word = (k: number) => (k >= 0 && tokens[k].sentence === sentence ? tokens[k].text.toLowerCase() : '');
  if (word(first - 1) !== ARRANGED_FOR || !ARRANGED_IN_MONTH.has(word(first - 2))) return false;
  return !PAST_STATES.has(word(first - 3)) && word(first - 3) !== PAST_PERFECT && tokens[first - 3]?.pos !== 'ADV';
}

/** How far back in its clause a comparison's baseline or a prospect's noun governs the expression. */
const PHRASE_REACH = 8;

/**
 * The side a comparison's baseline ("up from four in March") or a prospect's odds ("a 60% chance of a cut in
 * September") fixes for the expression after it in its clause, or null: a verb or a comma between ends the search, the
 * verb giving its own side where it has one ("follows").
 */
function phraseBefore(tokens: Token[], first: number): Tense | null {
  const sentence = tokens[first].sentence;
  for (let k = first - 1; k >= 1 && k >= first - PHRASE_REACH && tokens[k].sentence === sentence; k--) {
    const word = tokens[k].text.toLowerCase();
    // (however the tagger reads the change: "after a 1% jump in July", a verb to it)
    if (k === first - 2 && CHANGE_VERBS.has(word) && changeFollowed(tokens, k)) return 'PAST';
    // "The guideline follows the WHO's decision in September": a verb that sides the expression does so over its object;
    // with none, the date is its own ("the Paralympics follow from Oct. 18"), and so with a place's phrase in its stead
    // ("the peace prize will follow in Oslo on Friday").
    if ((VERB_TAGS.has(tokens[k].pos) && !PROSPECT_NOUNS.has(word)) || word === ',') {
      return Object.hasOwn(SIDE_WORDS, word) && tokens[k + 1]?.pos !== 'ADP' && nounBetween(tokens, k, first) ? SIDE_WORDS[word] : null;
    }
    // (not the particle of a verb's: "will step down from his post on June 25")
    if (BASELINE_PHRASES.has(word) || (BASELINE_PAIRS.has(tokens[k - 1].text.toLowerCase(), word) && !VERB_TAGS.has(tokens[k - 2]?.pos))) return 'PAST';
    if (PROSPECT_NOUNS.has(word) && PROSPECT_LINKS.has(tokens[k + 1]?.text.toLowerCase() ?? '')) return 'FUTURE';
  }
  return null;
}

/** Whether the change noun at k is by a figure, after "after" or "following": "after a 1% [jump]", "following a 3.2 percent [rise]". */
function changeFollowed(tokens: Token[], k: number): boolean {
  let figure = false;
  for (let j = k - 1; j >= 0 && k - j <= CHANGE_REACH && tokens[j].sentence === tokens[k].sentence; j--) {
    if (tokens[j].pos === 'NUM') figure = true;
    else if (FOLLOWED_CHANGE.has(tokens[j].text.toLowerCase())) return figure;
    else if (!CHANGE_PHRASE_TAGS.has(tokens[j].pos)) return false;
  }
  return false;
}
/** What stands between "after" and a change by a figure: "a 1% [jump]", "an upwardly revised 0.5 percent [rise]". */
const CHANGE_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'NUM', 'SYM', 'NOUN', 'ADJ', 'ADV', 'PUNCT']);
const CHANGE_REACH = 6;

/** Whether a noun, a name or a pronoun other than a date's stands strictly between tokens `from` and `to`. */
function nounBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    if (SUBJECT_TAGS.has(tokens[k].pos) && !namesAMonth(tokens[k].text) && !isCalendarWord(WEEKDAYS, tokens[k].text)) return true;
  }
  return false;
}

/** A word that opens with a capital: a name. */
/** A side's name after a fixture's verb, with its "the" if it has one: "host Manchester United", "host the Minnesota Timberwolves". */
function opponentAfter(tokens: Token[], i: number): boolean {
  // "travel to Middlesbrough", "open at Manchester United": the ground or the side after the preposition.
  const k = OPPONENT_PREPOSITIONS.has(tokens[i + 1]?.text ?? '') ? i + 2 : i + 1;
  return startsCapital(tokens[k]?.text) || (tokens[k]?.text === 'the' && startsCapital(tokens[k + 1]?.text));
}

const OPPONENT_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'at', 'against']);

/**
 * Whether "had been" and a participle of arranging stand within a few words before token `first`, over "on", "until",
 * "for" or an infinitive only ("had been due to return on Monday"), and "not" after "had"; not right after "in".
 */
function arrangedInPastPerfect(tokens: Token[], first: number): boolean {
  const sentence = tokens[first].sentence;
  // (not the time of the arranging: "a target date that had been set in March")
  if (tokens[first - 1]?.text.toLowerCase() === 'in') return false;
  for (let k = first - 1; k >= 2 && first - k <= ARRANGED_REACH && tokens[k].sentence === sentence; k--) {
    const word = tokens[k].text.toLowerCase();
    if (ARRANGING_PARTICIPLES.has(word)) {
      const been = tokens[k - 1].text.toLowerCase() === 'been';
      const had = tokens[k - 2].text.toLowerCase() === 'had' || (tokens[k - 2].text.toLowerCase() === 'not' && tokens[k - 3]?.text.toLowerCase() === 'had');
      return been && had;
    }
    if (tokens[k].pos === 'PUNCT' || (VERB_TAGS.has(tokens[k].pos) && tokens[k - 1]?.text.toLowerCase() !== 'to')) return false;
  }
  return false;
}
/** The most words between "had been due" and its day ("had been due to return on"). */
const ARRANGED_REACH = 5;

/**
 * Whether the comma at `comma` closes what is set off after a name that opens its sentence ("Arsenal, runners-up in each
 * of the past three seasons,"): an opening comma within a few words before it, right after that name.
 */
function apposedOpeningName(tokens: Token[], comma: number): boolean {
  const sentence = tokens[comma].sentence;
  for (let k = comma - 2; k > 0 && comma - k <= APPOSITION_REACH && tokens[k].sentence === sentence; k--) {
    if (tokens[k].text !== ',') continue;
    // (the name's words capitalised, whatever the tagger read them as: "Manchester City"; a name is a few words long)
    let name = k - 1;
    while (name > 0 && k - name <= NAME_WORDS && startsCapital(tokens[name - 1].text) && tokens[name - 1].sentence === sentence) name--;
    return startsCapital(tokens[k - 1].text) && (name === 0 || tokens[name - 1].sentence !== sentence);
  }
  return false;
}
/** The most words between the commas that set off what is said of a name, and the most words of that name. */
const APPOSITION_REACH = 16;
const NAME_WORDS = 5;

function startsCapital(word: string | undefined): boolean {
  return word !== undefined && /^\p{Lu}/u.test(word);
}

/** Whether a state in force stands right before the date's "until", and no past "be" before it ("in effect until Friday"). */
function inForceUntil(tokens: Token[], first: number): boolean {
  const sentence = tokens[first].sentence;
  const word = (k: number) => (k >= 0 && tokens[k].sentence === sentence ? tokens[k].text.toLowerCase() : '');
  return WAITED_UNTIL.has(word(first - 1)) && IN_FORCE_PAIRS.has(word(first - 3), word(first - 2)) && !PAST_STATES.has(word(first - 4));
}

/** Whether "would not" or "will not" stands before the word at `first` in its sentence, with no other verb's modal between. */
function notUntil(tokens: Token[], first: number): boolean {
  const sentence = tokens[first].sentence;
  for (let k = first - 2; k >= 1 && tokens[k].sentence === sentence && first - k <= NOT_UNTIL_REACH; k--) {
    const modal = tokens[k - 1].text.toLowerCase();
    if (MODAL_NEGATIONS.has(tokens[k].text.toLowerCase()) && (FUTURE_MODALS.has(modal) || (LIKELIHOOD_MODALS.has(modal) && untilAt(tokens, first)))) return true;
  }
  return false;
}
/** Whether the word right before the expression at token `first` ("until [the summer]") is "until" or "till". */
function untilAt(tokens: Token[], first: number): boolean {
  return WAITED_UNTIL.has(tokens[first - 1]?.text.toLowerCase() ?? '');
}
/**
 * "adjourned until Friday", "remanded in custody until Friday", "suspended trading in its shares until Monday": a verb
 * of putting off before the "until" (or "through") at `to`, with at most a few words that are no verb and no
 * punctuation between where the expression names a day (`ofADay`); right before a "to" ("adjourned to Tuesday", not
 * "extended his condolences to Friday's victims") or a clock time's "until". So is a closing's verb before its "until"
 * or "through" ("cancelled all flights until Friday"), but after a past "be".
 */
function putOffBefore(tokens: Token[], to: number, ofADay: boolean): boolean {
  const sentence = tokens[to].sentence;
  // Over words only to a day's "until": "suspended check-in from 2 p.m. until 6 p.m." is a stretch of one day.
  const until = tokens[to].text.toLowerCase();
  const reach = (WAITED_UNTIL.has(until) || until === 'through' || until === 'from') && ofADay ? PUT_OFF_REACH : 1;
  // (words, not a compound's hyphens: "suspended some high-speed trains until")
  for (let k = to - 1, words = 1; k >= 0 && words <= reach && tokens[k].sentence === sentence; k--) {
    const word = tokens[k].text.toLowerCase();
    // (over the particle of a move: "has been pushed back to October", "brought forward to Monday")
    if (MOVE_PARTICLES.has(word) && k === to - 1) continue;
    // (not one denied in the past: "did not adjourn until 11pm" tells when the sitting ended)
    if (RESCHEDULING_VERBS.has(word)) return !negatedInThePast(tokens, k);
    if (CLOSING_UNTIL.has(word) && until !== 'to') return !PAST_BE.has(tokens[k - 1]?.text.toLowerCase() ?? '');
    // "ordered Khodorkovsky held until Dec. 30": what is ordered kept so is the order's object, not a verb of its own.
    const kept = KEPT_PARTICIPLES.has(word) && !PAST_BE.has(tokens[k - 1]?.text.toLowerCase() ?? '');
    // "extended distance learning through Friday", "on orange alert for flooding through Friday": a compound's last noun
    // or a gerund after a preposition, which the tagger read as a verb, is part of the object.
    // So is a participle in -ing after a noun, a clause about it ("a warning for wind covering parts of south Wales").
    const noun = nounAfterSingular(tokens, k) || ((PREPOSITION_TAGS.has(tokens[k - 1]?.pos ?? '') || tokens[k - 1]?.pos === 'NOUN') && word.endsWith('ing'));
    if ((VERB_TAGS.has(tokens[k].pos) && !kept && !noun) || (tokens[k].pos === 'PUNCT' && !hyphenedToPrevious(tokens, k + 1))) return false;
    if (tokens[k].pos !== 'PUNCT') words++;
  }
  return false;
}
/**
 * Whether a word of forecasting or warning ("forecast", "warned of") stands before the day at `first` with its object
 * between, no verb or clause mark in it (not "forecast on Saturday", the day it was told; not "had forecast").
 */
function forecastBefore(tokens: Token[], first: number): boolean {
  const sentence = tokens[first].sentence;
  for (let k = first - 1; k >= 0 && first - k <= FORECAST_REACH && tokens[k].sentence === sentence; k--) {
    const word = tokens[k].text.toLowerCase();
    if (FORECAST_WORDS.has(word)) {
      const object = tokens[k + 1]?.text.toLowerCase() ?? '';
      return first - k >= 3 && object !== 'on' && object !== 'that' && tokens[k - 1]?.text.toLowerCase() !== 'had';
    }
    if (VERB_TAGS.has(tokens[k].pos) || tokens[k].pos === 'PUNCT' || tokens[k].pos === 'SCONJ') return false;
  }
  return false;
}
/** How many words before a day its forecast may stand: "forecast a top of 44 degrees in Nowra and 47 in Penrith on Saturday". */
const FORECAST_REACH = 14;

/** Whether the verb at `k` is denied by a past auxiliary: "did not adjourn", "didn't close", "was not postponed". */
function negatedInThePast(tokens: Token[], k: number): boolean {
  const not = tokens[k - 1]?.text.toLowerCase() ?? '';
  return (not === 'not' || not === "n't" || not === 'n’t') && PAST_NEGATED.has(tokens[k - 2]?.text.toLowerCase() ?? '');
}
/** A verb of putting off right before token `to`, in the passive of the past: "was pushed to", "had been postponed until". */
function movedInThePast(tokens: Token[], to: number): boolean {
  const particle = MOVE_PARTICLES.has(tokens[to - 1]?.text.toLowerCase() ?? '') ? 1 : 0;
  const verb = tokens[to - 1 - particle];
  if (!verb || !RESCHEDULING_VERBS.has(verb.text.toLowerCase())) return false;
  // (over adverbs: "was later pushed to")
  let k = to - 2 - particle;
  while (tokens[k]?.pos === 'ADV' && tokens[k].sentence === verb.sentence) k--;
  const be = tokens[k]?.text.toLowerCase() ?? '';
  return PAST_BE.has(be) || (be === 'been' && tokens[k - 1]?.text.toLowerCase() === 'had');
}
/**
 * Whether tokens `first`..`last` are the day a verb moves a day from, or the day it moves it to: "[moved] the deadline
 * from [April 15] to [July 15]", with up to MOVED_OBJECT_WORDS words of its object between the verb and "from"; or null.
 */
function movedDay(tokens: Token[], first: number, last: number, sentence: number): 'from' | 'to' | null {
  const word = (k: number) => (tokens[k]?.sentence === sentence ? tokens[k].text.toLowerCase() : '');
  let from = -1;
  let side: 'from' | 'to' | null = null;
  if (word(first - 1) === 'from' && MOVED_TO.has(word(last + 1))) [from, side] = [first - 1, 'from'];
  else if (MOVED_TO.has(word(first - 1))) {
    for (let k = first - 2; k >= first - 2 - MOVED_DAY_WORDS && k >= 0; k--) {
      if (word(k) === 'from') { [from, side] = [k, 'to']; break; }
      if (tokens[k].sentence !== sentence || VERB_TAGS.has(tokens[k].pos)) break;
    }
  }
  if (from < 0) return null;
  for (let k = from - 1, words = 0; k >= 0 && words <= MOVED_OBJECT_WORDS && tokens[k].sentence === sentence; k--, words++) {
    if (DATE_MOVING_VERBS.has(word(k))) return side;
    if (VERB_TAGS.has(tokens[k].pos) || tokens[k].pos === 'PUNCT') return null;
  }
  return null;
}
const MOVED_TO: ReadonlySet<string> = new Set(['to', 'until']);
/** How many words the day moved from may take ("Sunday, Nov. 3"), and its object before "from" ("the vote on the new budget"). */
const MOVED_DAY_WORDS = 5;
const MOVED_OBJECT_WORDS = 6;

/** Whether a deadline's putting off is told in the few words before its word at `at` ("an extension of the deadline"). */
function extensionBefore(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - EXTENSION_REACH && tokens[k].sentence === tokens[at].sentence; k--) {
    const word = tokens[k].text.toLowerCase();
    if (EXTENSION_NOUNS.has(word) || RESCHEDULING_VERBS.has(word)) return true;
  }
  return false;
}
/** How many words back from "deadline" its extension may be told ("a flexible extension of the Brexit deadline"). */
const EXTENSION_REACH = 6;

/** Whether a weekday follows token k, maybe after "on" ("until 5 a.m. on Thursday"). */
function dayAfter(tokens: Token[], k: number, sentence: number): boolean {
  const at = tokens[k]?.text.toLowerCase() === 'on' ? k + 1 : k;
  return tokens[at]?.sentence === sentence && isCalendarWord(WEEKDAYS, tokens[at].text);
}
/**
 * Whether the word at i ends a compound noun opened by "a" after a verb that does not report ("expect a rate cut",
 * "follows a half-point increase"): up to four words of a noun, an adjective or a figure, hyphened or not, between.
 */
function endsObjectCompound(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > i - 5 && tokens[k] && (COMPOUND_TAGS.has(tokens[k].pos) || tokens[k].text === '-')) k--;
  const verb = tokens[k - 1];
  return INDEFINITES.has(tokens[k]?.text.toLowerCase() ?? '') && !!verb && verb.sentence === tokens[i].sentence
    && VERB_TAGS.has(verb.pos) && !REPORTING_VERBS.has(verb.text.toLowerCase());
}
const INDEFINITES: ReadonlySet<string> = new Set(['a', 'an']);
const COMPOUND_TAGS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'NUM']);

/**
 * How many words back from its "until" a verb of putting off may be ("imposed a curfew in the Western Province from noon
 * until", "has issued an orange level 8 warning for disruptive rain over the Cape Metro and Cape Winelands from").
 */
const PUT_OFF_REACH = 18;
/** The tags of a preposition, which the tagger gives some ("for") as a subordinator's. */
const PREPOSITION_TAGS: ReadonlySet<string> = new Set(['ADP', 'SCONJ']);

/** How many words back a "would not" may govern an "until". */
const NOT_UNTIL_REACH = 12;

/** Parts of speech of the words between a possessive day and its incident ("Monday's deadly car bombing"). */
const INCIDENT_MODIFIER_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NOUN']);

/** Most words of a market's place between a contract's month and its good ("July Kansas City wheat"), each capitalised. */
const PLACE_WORDS_BEFORE_GOOD = 3;

/**
 * A month a market trades for lies ahead: "for May delivery", "December Euromark futures" (a contract
 * noun right after it or after one more word), "October crude", "December T-bonds" (a traded good there), "December COMEX", "CBOT January" (next to an exchange),
 * and "16.75 for December, 19.50 for March" in a sentence that names the contracts.
 */
function contractMonth(doc: Doc, first: number, end: number): boolean {
  const tokens = doc.tokens;
  if (!MONTH_ONLY.test(doc.text.slice(tokens[first].start, end)) || possessiveAt(tokens, end)) return false;
  const next = tokenAt(tokens, end);
  const sentence = tokens[first].sentence;
  const contract = (t: Token | undefined) => Boolean(t && t.sentence === sentence && t.pos !== 'VERB' && CONTRACT_NOUNS.has(t.text.toLowerCase()));
  if (contract(tokens[next]) || contract(tokens[next + 1])) return true;
  const traded = (t: Token | undefined) => Boolean(t && t.sentence === sentence && t.pos !== 'VERB' && TRADED_GOODS.has(t.text.toLowerCase()));
  // The next word read whole, hyphens and all: the tokenizer splits "T-bonds".
  // Not a compound the good opens ("the July gold medal winner").
  const [wordAfter, secondAfter] = (/^\s+([A-Za-z][A-Za-z-]*)(?:\s+([A-Za-z]+))?/.exec(doc.text.slice(end, end + 40)) ?? []).slice(1).map((w) => w?.toLowerCase());
  if (wordAfter && TRADED_GOODS.has(wordAfter) && !NOT_TRADED_AFTER.has(secondAfter ?? '')) return true;
  if (tokens[next]?.pos !== 'VERB' && traded(tokens[next + 1]) && !NOT_TRADED_AFTER.has(tokens[next + 2]?.text.toLowerCase() ?? '')) return true;
  // "July Kansas City wheat futures", "March New York cocoa": the market's place named between the month and its good.
  let k = next;
  while (k < next + PLACE_WORDS_BEFORE_GOOD && TITLE_CASE_WORD.test(tokens[k]?.text ?? '') && tokens[k].sentence === sentence) k++;
  if (k > next && (traded(tokens[k]) || contract(tokens[k])) && !NOT_TRADED_AFTER.has(tokens[k + 1]?.text.toLowerCase() ?? '')) return true;
  const exchange = (t: Token | undefined) => Boolean(t && t.sentence === sentence && FUTURES_EXCHANGES.has(t.text.toLowerCase()));
  if (exchange(tokens[first - 1]) || exchange(tokens[next])) return true;
  if (tokens[first - 1]?.text.toLowerCase() !== 'for') return false;
  for (let i = reachBack(tokens, first); i <= reachOn(tokens, first); i++) if (contract(tokens[i])) return true;
  return false;
}

/**
 * "Jordan retired in January", "the ban was lifted on March 3": a past verb right before the "in" or "on"
 * of a date did what it tells on that date, which so lies behind, however far (a past verb further off may
 * report a date to come: "told of a cutback in September"). Not a participle after a present or a future
 * ("are expected in January", "will be completed in May"), nor one of expectation or plan but after its pronoun, nor
 * a condition ("would act if it won power on July 4").
 */
function pastVerbBefore(tokens: Token[], first: number): boolean {
  const prep = tokens[first - 1];
  const at = first - 2 - objectBefore(tokens, first - 2);
  const verb = tokens[at];
  if (!prep || !verb || verb.sentence !== tokens[first].sentence || !PAST_DATE_PREPOSITIONS.has(prep.text.toLowerCase())) return false;
  const word = verb.text.toLowerCase();
  // The word before the verb: its subject, where the tagger may take a past for an adjective ("Jordan retired
  // in January"), or its auxiliary, which must not be a present or a future ("are expected", "will be completed").
  const previous = tokens[at - 1];
  const tagged = verb.pos === 'VERB' || (verb.pos === 'ADJ' && SUBJECT_TAGS.has(previous?.pos ?? '') && previous?.sentence === verb.sentence);
  // A verb of expectation looks ahead but after its pronoun subject, its object told before it: "worse than the loss it
  // projected in February".
  const expectedBySubject = EXPECTATION_VERBS.has(word) && previous?.pos === 'PRON';
  if (!tagged || !(PAST_FORMS.has(word) || /^[a-z]{2,}ed$/.test(word)) || (EXPECTATION_VERBS.has(word) && !expectedBySubject) || PLAN_PARTICIPLES.has(word)
    || conditionalPast(tokens, at)) return false;
  // (past an adverb: "will be formally opened in August")
  const aux = (previous?.pos === 'ADV' ? tokens[at - 2] : previous)?.text.toLowerCase() ?? '';
  // (nor a participle after a conjunction of condition: "Once completed in March, the bridge will")
  return !PRESENT_BE.has(aux) && !FUTURE_MARKERS.has(aux) && aux !== 'be' && aux !== 'to' && !MODALS.has(aux) && !CONDITION_OPENERS.has(previous?.text.toLowerCase() ?? '');
}
/**
 * How many tokens ending at `last` are a verb's short object, a pronoun, a name of up to three words or a common noun's
 * phrase ("charged [him] in August", "fired [John Smith] on Friday", "sold [the house] in January"), or a figure's
 * change ("rose [5%] in January"), or 0: the verb then still stands right before the date.
 */
function objectBefore(tokens: Token[], last: number): number {
  if (OBJECT_PRONOUNS.has(tokens[last]?.text.toLowerCase() ?? '')) return 1;
  let n = 0;
  while (n < 3 && tokens[last - n]?.pos === 'PROPN' && tokens[last - n].sentence === tokens[last].sentence) n++;
  if (n > 0) return n < 3 || tokens[last - n]?.pos !== 'PROPN' ? n : 0;
  return commonObject(tokens, last);
}

/**
 * The length of a common noun's phrase ending at token `last` and opened by its determiner ("the house" of "sold the
 * house in January", "a new stone", "its two plants") or its verb ("office" of "took office"), or of a percentage
 * ("5%"); 0 for none.
 */
function commonObject(tokens: Token[], last: number): number {
  const percent = percentEnding(tokens, last);
  if (percent) return percent;
  if (tokens[last]?.pos !== 'NOUN') return 0;
  const sentence = tokens[last].sentence;
  for (let n = 1; n <= COMMON_OBJECT_REACH; n++) {
    const t = tokens[last - n];
    if (!t || t.sentence !== sentence) return 0;
    if (t.pos === 'DET' || POSSESSIVES.has(t.text.toLowerCase())) return n + 1;
    // A bare noun right after its verb: "took [office] in October", "raised [rates] in March".
    if (n === 1 && t.pos === 'VERB') return 1;
    if (!COMMON_OBJECT_TAGS.has(t.pos)) return 0;
  }
  return 0;
}
/**
 * Whether the verb at `i` opens a condition after "if" (its subject between them) that a modal ("would", "could") or an
 * infinitive earlier in the sentence hangs on: "said it would act if it won power on July 4", "threatened to add
 * another 50% if Beijing did not withdraw its retaliation by Tuesday".
 */
function conditionalPast(tokens: Token[], i: number): boolean {
  const sentence = tokens[i].sentence;
  const at = [1, 2, 3].map((d) => i - d).find((k) => tokens[k]?.sentence === sentence && tokens[k].text.toLowerCase() === 'if');
  // (a past perfect is a condition the past failed: "could have stopped the attack in May if it had followed the advice")
  if (at === undefined || tokens.slice(at + 1, i + 1).some((t) => t.text.toLowerCase() === 'had')) return false;
  for (let k = at - 1; k >= 0 && tokens[k].sentence === sentence; k--) {
    if (MODALS.has(tokens[k].text.toLowerCase()) || (tokens[k].text.toLowerCase() === 'to' && tokens[k + 1]?.pos === 'VERB')) return true;
  }
  return false;
}
/** The words between a common object's determiner and its head: adjectives, figures and nouns of a compound. */
const COMMON_OBJECT_TAGS: ReadonlySet<string> = new Set(['ADJ', 'NUM', 'NOUN']);
const COMMON_OBJECT_REACH = 4;
/** The length of a percentage ending at token `last` ("5%", "5 per cent"), the numbers' own signs; 0 for none. */
function percentEnding(tokens: Token[], last: number): number {
  const word = tokens[last]?.text.toLowerCase() ?? '';
  if (PERCENT_SIGNS.has(word)) return tokens[last - 1]?.pos === 'NUM' ? 2 : 0;
  const phrase = `${tokens[last - 1]?.text.toLowerCase()} ${word}`;
  return PERCENT_PHRASES.has(phrase) && tokens[last - 2]?.pos === 'NUM' ? 3 : 0;
}
/** Whether an expression opens with a month's name ("January", "Dec. 25"): not a holiday, whose day the tables place. */
const namesAMonth = (text: string) => MONTHS[/^[A-Za-z]+/.exec(text)?.[0].toLowerCase() ?? ''] !== undefined;
/** Whether any of a date's words names a month ("the 1st of May", "1 May"). */
const holdsAMonth = (text: string) => (text.match(/[A-Za-z]+/g) ?? []).some((w) => MONTHS[w.toLowerCase()] !== undefined);
/** The prepositions of a date a past verb right before places behind. */
const PAST_DATE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on']);

/**
 * Whether the words around a day show it was told days ahead of it, not on its eve: a word of
 * planning or a reported future before it in its sentence ("plans to vote Tuesday", "said the vote
 * would be held Tuesday"), or a possessive after it ("Tuesday's talks will"), the name of an event
 * known ahead.
 */
export function toldAhead(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  const first = tokenAt(tokens, start);
  if (possessiveAt(tokens, end)) return true;
  if (first === tokens.length) return false;
  for (let i = reachBack(tokens, first); i < first; i++) if (PLAN_WORDS.has(tokens[i].text.toLowerCase())) return true;
  return false;
}

/**
 * Whether a noun follows the expression in its sentence ("overnight losses"): the expression is its adjective. With
 * `orName`, a name's word too ("the 1997 Tour").
 */
export function beforeNoun(doc: Doc, end: number, orName = false): boolean {
  const tokens = doc.tokens;
  const next = tokens[tokenAt(tokens, end)];
  const last = tokens[tokenAt(tokens, end) - 1];
  return Boolean(next && last && next.sentence === last.sentence && (next.pos === 'NOUN' || (orName && next.pos === 'PROPN')));
}

/**
 * Whether a day only marks a figure that something is measured from ("down 0.20 from Thursday's settlement price",
 * "the July 30 low", "Wednesday's close") or a market's close on it ("the S&P 500 ended Wednesday up 0.4%"): the
 * story does not move to that day, so a part of the day or a clock time told after it ("in late afternoon", "by 0330
 * GMT") is still the day of the story.
 */
export function marksAFigure(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  const first = tokenAt(tokens, start);
  const last = tokens[tokenAt(tokens, end) - 1];
  const noun = tokens[nounAfter(tokens, end)];
  if (!last) return false;
  if (noun && noun.sentence === last.sentence && FIGURE_MARKS.has(noun.text.toLowerCase())) return true;
  // "at Friday's afternoon fixing", "Thursday's late close": a part of the day or a qualifier before the mark.
  const further = tokens[nounAfter(tokens, end) + 1];
  if (noun && further && further.sentence === last.sentence && FIGURE_MARK_QUALIFIERS.has(noun.text.toLowerCase()) && FIGURE_MARKS.has(further.text.toLowerCase())) return true;
  // "to 7.12 percent from 7.03 percent on Thursday": the day of the figure a change is measured from.
  if (figureMeasuredFrom(tokens, tokens[first - 1]?.text.toLowerCase() === 'on' ? first - 2 : first - 1, last.sentence)) return true;
  // "after Thursday's election, King Charles received Starmer at 12:20 p.m.": a vote's day, in the possessive, is the day
  // of what the story reports the results of, not a day it moves to.
  if (noun && noun.sentence === last.sentence && possessiveAt(tokens, end) && VOTE_NOUNS.has(noun.text.toLowerCase())) return true;
  const before = tokens[first - 1];
  const after = tokens[tokenAt(tokens, end)];
  return Boolean(before && after && before.sentence === last.sentence && after.sentence === last.sentence
    && CLOSING_VERBS.has(before.text.toLowerCase()) && CLOSING_DIRECTIONS.has(after.text.toLowerCase()));
}

/**
 * Whether a month's day is written before a noun, not in the possessive: the name of what happened on it ("the Jan. 6
 * riot", "the Sept. 11 attacks"), not a day the story moves to; a clock time told after it ("began at 9 p.m.") is not on it.
 */
export function namesAnEvent(doc: Doc, end: number): boolean {
  return !possessiveAt(doc.tokens, end) && beforeNoun(doc, end);
}

/** The prepositions between a reporting verb's object and the date of its telling. */
const OBJECT_THEN_DATE: ReadonlySet<string> = new Set(['in', 'during']);

/** Whether the words ending at token k are a figure after a word a change is measured from ("from 7.03 percent"), in the sentence. */
function figureMeasuredFrom(tokens: Token[], k: number, sentence: number): boolean {
  let figure = false;
  for (let j = k; j >= 0 && j > k - FIGURE_REACH && tokens[j].sentence === sentence; j--) {
    const word = tokens[j].text.toLowerCase();
    if (/\d/.test(word)) figure = true;
    else if (MEASURED_FROM.has(word)) return figure;
    else if (!FIGURE_WORDS.has(word)) return false;
  }
  return false;
}
/** Words between "from" and the day that only write the figure: its number, unit and currency ("from $324.50", "from 7.03 percent"). */
const FIGURE_WORDS: ReadonlySet<string> = new Set(['$', '%', 'percent', 'pct', 'points', 'point', 'cents', 'cent', 'a', 'an', 'ounce', 'barrel', 'tonne', 'yen', 'marks', 'francs', 'pounds', 'dollars', 'per', 'dollar', ',', '.', '-', '/']);
const MEASURED_FROM: ReadonlySet<string> = new Set(['from', 'against', 'versus', 'vs', 'vs.']);
const FIGURE_REACH = 8;

/** "its pending home sales index for September": a month after "for" and the figures released (RELEASED_FIGURES). */
function releasedFor(tokens: Token[], first: number): boolean {
  const [noun, forWord] = [tokens[first - 2], tokens[first - 1]];
  return !!noun && forWord.text.toLowerCase() === 'for' && noun.sentence === forWord.sentence && RELEASED_FIGURES.has(noun.text.toLowerCase())
    && releaseVerbBefore(tokens, first - 2);
}

/**
 * "will publish September home sales", "will report February sales of existing homes", "to release May supply and demand
 * data": the figures a month gives, at word k or after a word or two that qualify them (two joined by "and"), the head
 * of their phrase (not "the March sales event"), released.
 */
function releasedAfter(tokens: Token[], first: number, k: number): boolean {
  for (let j = k, words = 0; words <= 2 && tokens[j]?.sentence === tokens[k].sentence; j++) {
    if (tokens[j].text === 'and' && j > k && j < k + 3 && tokens[j - 1].pos === 'NOUN') continue;
    if (!FIGURES_PHRASE_TAGS.has(tokens[j].pos)) break;
    words++;
    if (RELEASED_FIGURES.has(tokens[j].text.toLowerCase())) return tokens[j + 1]?.pos !== 'NOUN' && releaseVerbBefore(tokens, first);
  }
  return false;
}
/** Parts of speech of the words that qualify figures ("pending" may read as a verb). */
const FIGURES_PHRASE_TAGS: ReadonlySet<string> = new Set(['NOUN', 'ADJ', 'VERB']);

/** A verb of release (RELEASE_VERBS) a few words before token k, in its sentence: figures released, not expected. */
function releaseVerbBefore(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= k - RELEASE_VERB_REACH && tokens[j]?.sentence === tokens[k].sentence; j--) if (RELEASE_VERBS.has(tokens[j].text.toLowerCase())) return true;
  return false;
}
/** Words a verb of release may stand before the figures it releases ("will release its pending home sales index for"). */
const RELEASE_VERB_REACH = 6;

/** The token after an expression that ends at `end`, past its possessive ("Monday's [bombing]", "Thursday's [close]"). */
function nounAfter(tokens: Token[], end: number): number {
  const next = tokenAt(tokens, end);
  return possessiveAt(tokens, end) ? next + 1 : next;
}

/** Whether the sentence of the word at `start` tells what happens as a rule: a word of frequency ("usually", "often"). */
export function habitualSentence(doc: Doc, start: number): boolean {
  const tokens = doc.tokens;
  const at = tokenAt(tokens, start);
  if (at === tokens.length) return false;
  for (let k = reachBack(tokens, at); k <= reachOn(tokens, at); k++) if (HABITUAL_WORDS.has(tokens[k].text.toLowerCase())) return true;
  return false;
}

/** How far before a month a word of custom stands in its clause ("typically introduces its foldable phones in July"). */
const CUSTOM_REACH = 10;

/**
 * Whether a word of a custom stands before the month or weekday at `start` in its clause ("The season typically runs
 * from May to October", "normally hosts 3,000 worshippers for Friday prayers"; not "have burned since January, ... the
 * season, which typically runs", nor "never recovered after March", a past "never" and "often" also tell of, nor a
 * verb's manner, "operate normally from Saturday").
 */
export function customBefore(doc: Doc, start: number): boolean {
  const tokens = doc.tokens;
  const at = tokenAt(tokens, start);
  for (let k = at - 1; k >= 0 && k >= at - CUSTOM_REACH && tokens[k].sentence === tokens[at]?.sentence && !CLAUSE_MARKS.has(tokens[k].text); k--) {
    // (not one that tells a verb's manner: "expected to operate normally from Saturday")
    if (CUSTOM_WORDS.has(tokens[k].text.toLowerCase()) && tokens[k - 1]?.pos !== 'VERB') return true;
  }
  return false;
}

/**
 * Whether the expression is the day of a report: "newspapers reported on Friday", "the board said Friday", "according to
 * unofficial results early Wednesday".
 */
export function dayOfReport(doc: Doc, start: number): boolean {
  const tokens = doc.tokens;
  const first = tokenAt(tokens, start);
  const verb = tokens[first - 1]?.text.toLowerCase() === 'on' ? first - 2 : first - 1;
  if (tokens[verb] && tokens[verb].sentence === tokens[first]?.sentence && REPORTING_VERBS.has(tokens[verb].text.toLowerCase())) return true;
  // "according to" and the source it names, nothing else, before the day.
  let k = first - 1;
  while (k > first - 6 && k >= 1 && NOUN_PHRASE_TAGS.has(tokens[k].pos)) k--;
  return k < first - 1 && k >= 1 && tokens[k].sentence === tokens[first]?.sentence && tokens[k].text.toLowerCase() === 'to'
    && tokens[k - 1].text.toLowerCase() === 'according';
}

/**
 * Whether a day is told as background to the story: in a past clause "which" or "who" opens after a comma ("the
 * intervention, which began on Aug. 14"), or in a past perfect ("had first touched that level on March 16").
 */
export function toldAsBackground(doc: Doc, start: number): boolean {
  const tokens = doc.tokens;
  const first = tokenAt(tokens, start);
  const sentence = tokens[first]?.sentence;
  for (let k = first - 1; k >= 1 && k >= first - BACKGROUND_REACH && tokens[k].sentence === sentence; k--) {
    const word = tokens[k].text.toLowerCase();
    if (BACKGROUND_PRONOUNS.has(word)) return tokens[k - 1].text === ',' && pastVerbAfter(tokens, k, first);
    if (word === PAST_PERFECT) {
      let v = k + 1;
      // "had first touched", "had been given": adverbs and the passive's "been" before the participle.
      while (tokens[v]?.pos === 'ADV' || tokens[v]?.text.toLowerCase() === 'been') v++;
      return v < first && tokens[v].pos === 'VERB' && pastSpelling(tokens[v].text.toLowerCase());
    }
    if ((CLAUSE_BOUNDARY_TAGS.has(tokens[k].pos) && word !== 'that') || word === ',') return false;
  }
  return false;
}
/** Whether the first verb between tokens `k` and `first` is in the past ("which began", "who was arrested"; not "which starts"). */
function pastVerbAfter(tokens: Token[], k: number, first: number): boolean {
  for (let v = k + 1; v < first; v++) {
    if (tokens[v].pos !== 'VERB' && tokens[v].pos !== 'AUX') continue;
    const word = tokens[v].text.toLowerCase();
    return PAST_BE.has(word) || word === PAST_PERFECT || pastSpelling(word);
  }
  return false;
}
/**
 * Whether "a" follows the day and a noun of an observance comes within a few words ("a day of national mourning"), or
 * days in the plural ("Thursday and Friday public holidays").
 */
function observanceAfter(tokens: Token[], end: number, sentence: number): boolean {
  let next = tokenAt(tokens, end);
  // "declared Thursday and Friday public holidays": two days made days of observance, in the plural without "a"
  if (tokens[next]?.text.toLowerCase() === 'and' && isCalendarWord(WEEKDAYS, tokens[next + 1]?.text ?? '')) next += 2;
  const plural = tokens[next]?.text.toLowerCase() !== 'a';
  if (!plural) next += 1;
  for (let k = next; k < next + OBSERVANCE_REACH && tokens[k]?.sentence === sentence; k++) {
    const word = tokens[k].text.toLowerCase();
    if (OBSERVANCE_NOUNS.has(word) || (plural && word.endsWith('s') && OBSERVANCE_NOUNS.has(word.slice(0, -1)))) return true;
  }
  return false;
}
const OBSERVANCE_REACH = 4;

/** How many tokens before a day the pronoun or the "had" of its clause may stand. */
const BACKGROUND_REACH = 8;
/** Relative pronouns that open an aside after a comma. */
const BACKGROUND_PRONOUNS: ReadonlySet<string> = new Set(['which', 'who']);

/**
 * Whether the expression is the day a plan was set for, told with a past "be" right before its participle ("Sentencing
 * was set for Sept. 11"; not "The vote, originally set for March 5, was delayed", which tells it undone), with the
 * verb and its object ("Judge Kaplan set sentencing for March 28", "scheduled a hearing for June 3"), or in the past
 * perfect of what was then changed ("which had been due on Thursday"): the nearest such day, ahead or behind.
 */
export function setInThePast(doc: Doc, start: number): boolean {
  const tokens = doc.tokens;
  const first = tokenAt(tokens, start);
  const word = (k: number) => (tokens[k]?.sentence === tokens[first]?.sentence ? tokens[k].text.toLowerCase() : '');
  // "which had been due on Thursday, until Jan. 31", "had been scheduled to begin Thursday", "It had been due to expire
  // Friday evening": what had been arranged for a day before it was put off or brought forward.
  if (first < tokens.length && arrangedInPastPerfect(tokens, first)) return true;
  if (word(first - 1) !== ARRANGED_FOR) return false;
  if (PLAN_PARTICIPLES.has(word(first - 2)) && PAST_BE.has(word(first - 3))) return true;
  // (the object may be a gerund the tagger reads as a verb: "set sentencing for")
  for (let k = first - 2; k >= first - 1 - SET_OBJECT_REACH && (OBJECT_WORD_TAGS.has(tokens[k]?.pos ?? '') || /^[a-z]{3,}ing$/.test(tokens[k]?.text ?? '')); k--) {
    if (SETTING_VERBS.has(word(k - 1))) return true;
  }
  return false;
}
/** How many words the object of a verb that sets a day may take ("set a new trial date for"). */
const SET_OBJECT_REACH = 4;
const OBJECT_WORD_TAGS: ReadonlySet<string> = new Set(['NOUN', 'DET', 'ADJ']);

/**
 * Whether the expression is a day something is arranged for: "a strike called for Friday" (not "for Friday's attack"); a
 * month (`month`) only after a word of an arrangement ("the first cut for September"; not "sales for September").
 */
export function arrangedFor(doc: Doc, start: number, end: number, month = false): boolean {
  const first = tokenAt(doc.tokens, start);
  const before = doc.tokens[first - 1];
  if (!before || before.sentence !== doc.tokens[first]?.sentence || before.text.toLowerCase() !== ARRANGED_FOR || possessiveAt(doc.tokens, end)) return false;
  return !month || ARRANGED_IN_MONTH.has(doc.tokens[first - 2]?.text.toLowerCase() ?? '');
}

/**
 * Whether the word before the expression makes it a deadline: "by Tuesday", "until Friday"; not
 * "before Friday's purchases", where the word governs the noun the possessive date qualifies.
 */
export function deadlineBefore(doc: Doc, start: number, end: number): boolean {
  const first = tokenAt(doc.tokens, start);
  const before = doc.tokens[first - 1];
  if (possessiveAt(doc.tokens, end)) return false;
  return Boolean(before && before.sentence === doc.tokens[first]?.sentence && DEADLINE_WORDS.has(before.text.toLowerCase()));
}

/**
 * Whether a goal's noun stands a few words before "by" (at `by`) in its clause, not told as met or missed: "set a target of
 * 85% by Oct. 1", "the bloc's goal of 90% storage by Nov. 1".
 */
function targetBefore(tokens: Token[], by: number): boolean {
  const sentence = tokens[by].sentence;
  // (past a list of goals, "a target of 85% by Oct. 1 and 95% by Nov. 1", but no verb: "the target was dropped by May")
  for (let k = by - 1; k >= 0 && k >= by - TARGET_REACH && tokens[k].sentence === sentence && tokens[k].pos !== 'PUNCT' && tokens[k].pos !== 'VERB' && tokens[k].pos !== 'AUX'; k--) {
    if (!TARGET_NOUNS.has(tokens[k].text.toLowerCase())) continue;
    for (let j = k - 1; j >= 0 && j >= k - SETTLED_REACH && tokens[j].sentence === sentence; j--) if (TARGET_SETTLED.has(tokens[j].text.toLowerCase())) return false;
    return true;
  }
  return false;
}
const TARGET_REACH = 10;
const SETTLED_REACH = 4;

/**
 * Whether a deadline is one given to act by, which lies ahead whatever the tense of the giving: a verb of giving a few
 * words before it and "to" and a verb after it ("gave civilians until Saturday to leave", "has until Friday to reply").
 */
export function ultimatum(doc: Doc, start: number, end: number): boolean {
  const tokens = doc.tokens;
  const first = tokenAt(tokens, start);
  const after = tokenAt(tokens, end);
  const sentence = tokens[first]?.sentence;
  if (tokens[after]?.text.toLowerCase() !== 'to' || tokens[after + 1]?.sentence !== sentence || tokens[after + 1]?.pos !== 'VERB') return false;
  for (let k = first - 2; k >= 0 && k >= first - 1 - ULTIMATUM_REACH && tokens[k].sentence === sentence; k--) {
    if (DEADLINE_GIVERS.has(tokens[k].text.toLowerCase())) return true;
  }
  return false;
}
const ULTIMATUM_REACH = 5;

/** The tense `table` gives the word before token `first` (past its determiner or possessor), in the same sentence. */
function wordBefore(doc: Doc, first: number, table: Readonly<Record<string, Tense>>): Tense | null {
  const tokens = doc.tokens;
  // "since the start", "since their January debut", "since the company's March listing"
  let before = first - 1;
  if (/^['’]s$/.test(tokens[before]?.text ?? '') && tokens[before - 1]?.pos === 'NOUN') before -= 2;
  const word = tokens[before]?.text.toLowerCase() ?? '';
  if (word === 'the' || (before === first - 1 && POSSESSIVES.has(word))) before--;
  return tokens[before]?.sentence === tokens[first].sentence ? table[tokens[before].text.toLowerCase()] ?? null : null;
}

/**
 * `before`: the token comes before the expression, where an infinitive governs it; `distance`: in
 * tokens from it (within five, a present-tense verb governs it: "meet separately Monday").
 */
function tenseOfToken(tokens: Token[], i: number, before: boolean, distance: number, following?: Token, weekday = false): Tense | null {
  const near = distance <= 5;
  const word = tokens[i].text.toLowerCase();
  const prev = tokens[i - 1]?.text.toLowerCase() ?? '';
  const prev2 = tokens[i - 2]?.text.toLowerCase() ?? '';
  const next = tokens[i + 1]?.text.toLowerCase() ?? '';
  const pos = tokens[i].pos;
  // A relative pronoun as written: "the WHO in January" names an organization.
  const afterPronoun = RELATIVE_PRONOUNS.has(tokens[i - 1]?.text ?? '');
  // "revenue for the quarter ending in January, compared with $61 billion": what opens a baseline after the expression
  // is no verb of its clause.
  if (!before && BASELINE_PAIRS.has(word, next)) return null;
  // "The season ends on April 13, with the play-in tournament held from April 15 to 18": a participle after its noun in a
  // phrase "with" opens tells no time of its own; the clause's verb does (but one of expectation or plan looks ahead: "with
  // a decision expected before the end of the year").
  if (before && pos === 'VERB' && pastSpelling(word) && !EXPECTATION_VERBS.has(word) && !PLAN_PARTICIPLES.has(word) && withPhraseBefore(tokens, i)) return null;
  // "If approved by voters on Nov. 8, the measure would fund", "Once completed in March, the bridge will carry": a participle
  // right after a conjunction of condition opens a clause with no verb of its own, whose tense the clause after it tells.
  if (before && pos === 'VERB' && !word.endsWith('ing') && CONDITION_OPENERS.has(prev)) return mainVerbAfter(tokens, i);
  if (MODALS.has(word) && !NOMINAL.has(pos)) {
    // "would have gone" looks back; "would have an MRI on Monday" holds an object, and "would" looks ahead.
    if (next === MODAL_LOOKS_BACK_BEFORE && !DETERMINERS.has(tokens[i + 2]?.text.toLowerCase() ?? '')) return 'PAST';
    if (MODAL_NEGATIONS.has(next)) return PAST_MODALS.has(word) ? 'PAST' : null;
  }
  // "The budget was due April 1": a day something was due by, told in the past, lies on neither side of the DCT by its
  // tense ("was due to fly on Friday" keeps the infinitive's look ahead).
  if (word === 'due' && PAST_BE.has(prev) && next !== 'to') return null;
  // "workers aged 55 to 60 will": "aged" before an age tells one, no past.
  if (word === 'aged' && tokens[i + 1]?.pos === 'NUM') return null;
  if (FUTURE_MARKERS.has(word) && !NOMINAL.has(pos) && (word !== 'going' || next === 'to')) return lookingAhead(tokens, i);
  // "Output rose on higher refinery runs in February": a word in -s the tagger read as a verb, at the end of a phrase of a
  // preposition after its clause's verb, is that phrase's plural noun.
  if (pos === 'VERB' && /^[a-z]{2,}[^s']s$/.test(word) && tokens[i - 1]?.pos === 'NOUN' && nounOfPhraseAfterVerb(tokens, i)) return null;
  // "betting on a rate cut in October", "another 25 basis point cut in June": a word the tagger read as a verb, spelt
  // alike in the past and the present, after a noun that a determiner, a figure or a possessive opens and before no
  // object, is the head of that noun phrase (not one in -s: "the market closes at 4 p.m.").
  if (pos === 'VERB' && SAME_PAST_AND_PRESENT.has(word) && compoundHead(tokens, i)) return null;
  if (planInPresent(tokens, i) || headlinePlan(tokens, i)) return 'FUTURE';
  // "on Saturday, followed by the burial in the afternoon": a participle of sequence after a comma tells no time of its
  // own; what it adds follows the clause's (not "The record, ratified by World Athletics in February, would stand").
  if (prev === ',' && next === 'by' && SEQUENCE_PARTICIPLES.has(word)) return null;
  // "sent a column of steam and ash some 10 kilometers into the sky on Sunday afternoon": a word the tagger read as a verb
  // in its plain form, joined by "and" or "or" to a noun before it and followed by no object of its own, is a second noun.
  if (pos === 'VERB' && /^[a-z]+$/.test(word) && !/(?:ed|s|ing)$/.test(word) && !PAST_FORMS.has(word) && (prev === 'and' || prev === 'or')
    && tokens[i - 2]?.pos === 'NOUN' && !OBJECT_OPENERS.has(tokens[i + 1]?.pos ?? '')) return null;
  // "talks that end Friday": right after a relative pronoun and right before the day, a word is its
  // clause's verb whatever the tagger says, present when it has no past or participle ending; but not a preposition
  // ("the court, which on Friday ordered his release": the verb after the day tells the tense).
  if (before && distance === 1 && afterPronoun && pos !== 'ADP' && /^[a-z]+$/.test(word) && !/(?:ed|ing)$/.test(word) && !PAST_FORMS.has(word)) {
    // "The storm, which hit early Saturday": a verb spelt alike in the past, after a singular noun's pronoun, is past
    // (its present would be "hits").
    return SAME_PAST_AND_PRESENT.has(word) && singularAntecedent(tokens, i - 1) ? 'PAST' : 'PRESENT';
  }
  // "The prime minister, who returns from Tokyo on Sunday, faces": a word in -s right after a relative pronoun is
  // its clause's present verb, however far before the day (within five words, or with no comma between: "Gukesh, who
  // plays China's Ding Liren for the world title in Singapore in November, and ...").
  if (before && (near || !oneBetween(tokens, i, i + distance, CLAUSE_MARKS)) && afterPronoun && /^[a-z]{2,}[^s']s$/.test(word) && !PAST_FORMS.has(word)) return 'PRESENT';
  // "The House votes Thursday on the bill": a word in -s between its subject and the day, tagged a noun, is
  // a present verb, unless a verb follows the day ("U.S. officials Monday said": the noun's subject).
  // Not the object of a verb before it ("Gore won the Iowa caucuses Monday"), unless that verb reports. "The
  // president travels to Ohio on Friday": it reaches a weekday alone over its object and a place (a month may be
  // the noun's: "Ford sales in July") when its subject opens the clause.
  if (before && (distance === 1 ? !objectOfVerb(tokens, i) : weekday && plainStretchTo(tokens, i, distance, FAR_PRESENT_WEEKDAY) && subjectOpensClause(tokens, i))
    && pos === 'NOUN' && /^[a-z]{3,}[^s']s$/.test(word) && namedSubjectBefore(tokens, i) && !VERB_TAGS.has(following?.pos ?? '')) return 'PRESENT';
  // "on course for a shutdown when funding lapses at 12:01 a.m. on Sunday", "before the truce expires Friday": so is one
  // right after a subordinate clause's opening word and its subject of a word or two.
  if (before && weekday && pos === 'NOUN' && /^[a-z]{3,}[^s']s$/.test(word) && !PAST_FORMS.has(word) && subordinateSubjectBefore(tokens, i)
    && plainStretchTo(tokens, i, distance, FAR_PRESENT_WEEKDAY)) return 'PRESENT';
  // "The game launches on Thursday": so is one after its subject in a sentence with no word read as a verb or spelt as a
  // past at all, whose verb it must be (not a headline's noun, "Results on Thursday").
  if (before && weekday && pos === 'NOUN' && /^[a-z]{3,}[^s']s$/.test(word) && !PAST_FORMS.has(word) && tokens[i - 1]?.sentence === tokens[i].sentence
    && (SUBJECT_TAGS.has(tokens[i - 1].pos) || tokens[i - 1].pos === 'ADJ') && !verbInSentence(tokens, i)
    && plainStretchTo(tokens, i, distance, FAR_PRESENT_WEEKDAY)) return 'PRESENT';
  // "Arsenal host Manchester United on Sunday": a club's name with a plural verb, as British news writes a side, where
  // the tagger read a fixture's verb as a noun; the fixture lies ahead.
  if (before && weekday && pos === 'NOUN' && FIXTURE_VERBS.has(word) && tokens[i - 1]?.pos === 'PROPN' && opponentAfter(tokens, i)
    && plainStretchTo(tokens, i, distance, FAR_PRESENT_WEEKDAY) && subjectOpensClause(tokens, i)) return 'PRESENT';
  // So after the club's name and what is set off by commas after it, whatever the tagger read the verb as ("Arsenal,
  // runners-up in each of the past three seasons, open at Manchester United on Sunday", "Manchester City, who finished
  // third, visit Wolverhampton Wanderers on Saturday evening").
  if (before && weekday && FIXTURE_VERBS.has(word) && prev === ',' && opponentAfter(tokens, i) && plainStretchTo(tokens, i, distance, FAR_PRESENT_WEEKDAY)
    && apposedOpeningName(tokens, i - 1)) return 'PRESENT';
  // "Microsoft and Meta report quarterly earnings on Wednesday", "Fiscal 2023 ends on Saturday": companies' and
  // calendars' plain present, likewise read as a noun.
  if (before && weekday && pos === 'NOUN' && CALENDAR_VERBS.has(word.replace(/s$/, '')) && namedSubjectBefore(tokens, i)
    && plainStretchTo(tokens, i, distance, FAR_PRESENT_WEEKDAY) && subjectOpensClause(tokens, i)) return 'PRESENT';
  // "Polls open at 7 a.m. Tuesday", "Markets close early Friday": after a plural subject, a word the tagger
  // takes for an adjective is the present verb it is spelt as.
  if (before && near && (pos === 'ADJ' || pos === 'ADV') && ADJECTIVE_VERBS.has(word) && SUBJECT_TAGS.has(tokens[i - 1]?.pos ?? '') && /[^s]s$/.test(prev)) return 'PRESENT';
  // "reported revenue of $46.7 billion, and forecast third-quarter sales": a verb of expectation the tagger read as a
  // noun after a conjunction still looks ahead to what comes right after it.
  // So does one right before the expression that qualifies a noun ("the chipmaker forecast third-quarter revenue").
  if (before && distance === 1 && EXPECTATION_VERBS.has(word) && (CONJUNCTIONS.has(prev) || NOUN_TAG_AFTER.has(following?.pos ?? ''))) return 'FUTURE';
  // So does one right after a relative pronoun, whatever the tagger read ("an economist at Wells Fargo, who forecast
  // inflation of about 7% by December").
  if (before && afterPronoun && EXPECTATION_VERBS.has(word) && !oneBetween(tokens, i, i + distance, CLAUSE_MARKS)) return 'FUTURE';
  // "Rightmove forecast in December that prices would fall": one right after its subject's name, before a preposition, the
  // date and the "that" of what was expected, tells when it was expected.
  if (before && distance === 2 && pos === 'NOUN' && EXPECTATION_VERBS.has(word) && tokens[i - 1]?.pos === 'PROPN' && tokens[i + 1]?.pos === 'ADP'
    && following?.text.toLowerCase() === 'that') return 'PAST';
  // A word hyphened to the one before or after is part of a compound ("a gravity-assist flyby", "closed-door talks"),
  // however the tagger read it, and a capitalised one after another in a sentence of prose is part of a name ("the
  // Digital Markets Act in April").
  // "after neither won a majority": a past form the tagger read as a noun ("won", a currency) before a determiner is
  // the verb of its clause; the currency takes none after it. So is one right after a figure ("bonds due 2032 rose").
  const pastBeforeObject = pos === 'NOUN' && PAST_FORMS.has(word) && (DETERMINERS.has(next) || tokens[i - 1]?.pos === 'NUM');
  if ((pos !== 'VERB' && pos !== 'AUX' && !pastBeforeObject) || hyphenedToPrevious(tokens, i) || hyphenedToNext(tokens, i) || partOfName(tokens, i)) return null;
  // "Analysts expect a rate cut in July", "forecast a half-point increase": after a verb's "a" and a noun, a word the
  // tagger read as a verb ends the object's compound noun (a reported clause may open with "a": "said a jury found").
  if (tokens[i - 1]?.pos === 'NOUN' && endsObjectCompound(tokens, i)) return null;
  // "with his win over Musetti on Thursday": after a possessive the word is a noun, whatever the tagger says ("her"
  // may be an object: "saw her win on Sunday").
  if (POSSESSIVES.has(prev) && prev !== 'her') return null;
  // "is set for Thursday", "are slated to": a plan told in the present.
  if (PLAN_PARTICIPLES.has(word) && PRESENT_BE.has(prev)) return 'FUTURE';
  // "Election day is Nov. 7", "Friday is the deadline": a day that is the subject of a present "be" is the coming one.
  if (!before && distance === 1 && (word === 'is' || word === 'are')) return 'PRESENT';
  // "A donor conference in London on Thursday hopes to raise $9 billion": the present verb of the noun the day belongs to.
  if (!before && distance === 1 && pos === 'VERB' && /^[a-z]{3,}[^s']s$/.test(word) && !PAST_FORMS.has(word) && dayOfNounBefore(tokens, i)) return 'PRESENT';
  // "rose less than expected in February", "held rates as forecast on Wednesday": an expectation compared with is no
  // verb of the sentence's.
  if (EXPECTATION_VERBS.has(word) && (prev === 'than' || prev === 'as')) return null;
  // "forecast", past or present as written, is an expectation's either way.
  const pastForm = pastSpelling(word) || EXPECTATION_VERBS.has(word);
  // "Receipts on Tuesday were expected to total 5,000 head": a day before what was expected of it is to come.
  if (!before && PAST_BE.has(word) && EXPECTATION_VERBS.has(next) && tokens[i + 2]?.text.toLowerCase() === 'to') return 'FUTURE';
  if (pastForm) {
    // "would bring in a bill if it won power on July 4": a past after "if" under "would" or "to" is a condition, no past.
    if (conditionalPast(tokens, i)) return null;
    // "will be held", "will be formally opened": a participle after a form of "be" (and an adverb) takes the tense of
    // that auxiliary; after "remain" or "stay" ("will remain closed") it is an adjective; so is one between a
    // preposition, an article or a figure and its noun ("data on removed accounts", "670,000 furloughed federal workers").
    // "Moody's said", "Lloyd's cut": the 's of a name is the name's own, no "is".
    // "an extraordinary session to be convened Tuesday": a passive infinitive after its noun tells what is yet to be done.
    // (after its noun's comma too: "Another case, to be argued on Wednesday, asks")
    if (before && prev === 'be' && prev2 === 'to' && (NOMINAL.has(tokens[i - 3]?.pos ?? '') || tokens[i - 3]?.text === ',')) return 'FUTURE';
    const auxiliary = tokens[i - 1]?.pos === 'ADV' ? prev2 : prev === "'s" && tokens[i - 2]?.pos === 'PROPN' ? '' : prev;
    if (PASSIVE_AUXILIARIES.has(auxiliary) || COPULAS.has(auxiliary) || (prev === 'not' && PASSIVE_AUXILIARIES.has(prev2))) return null;
    // (not right after a day's figure, which is no count of the noun: "a report on Nov. 2 raised questions")
    if (ATTRIBUTIVE_BEFORE.has(tokens[i - 1]?.pos ?? '') && ATTRIBUTIVE_AFTER.has(tokens[i + 1]?.pos ?? '') && pastSpelling(word) && (before || distance > 1)) return null;
    // So is one between a main verb and its object's noun: "will publish updated positioning data on Tuesday".
    if (tokens[i - 1]?.pos === 'VERB' && !AUXILIARIES.has(prev) && tokens[i + 1]?.pos === 'NOUN' && pastSpelling(word)) return null;
    // "said it expected a loss in the third quarter": what was expected or forecast lies ahead
    // (unless it hangs on a past perfect: "had expected a profit in May").
    // But a date between the verb's preposition and the clause "that" opens is when it was expected ("predicted in April
    // that growth would slow"; not "expected in December to close the deal").
    if (before && EXPECTATION_VERBS.has(word) && !(distance === 2 && tokens[i + 1]?.pos === 'ADP' && following?.text.toLowerCase() === 'that')) return lookingAhead(tokens, i);
    return 'PAST';
  }
  // "The government cut the tax from Sept. 22", "the storm hit on Friday": a verb spelt alike in past and present has
  // no -s after a singular subject, so it is the past.
  // So after a relative pronoun of a singular noun: "the Straits Times Index, which hit a record high in March".
  const antecedent = afterPronoun ? tokens[i - 2]?.text === ',' ? tokens[i - 3] : tokens[i - 2] : undefined;
  if (SAME_PAST_AND_PRESENT.has(word) && (singularSubject(tokens[i - 1]) || companyNameBefore(tokens, i) || singularSubject(antecedent))) return 'PAST';
  // "set to resume Monday", "plans to visit": an infinitive looks ahead when what governs it does.
  // (split by an adverb too: "the youngest to ever sweep the categories ... on Sunday night")
  const to = prev === 'to' ? i - 1 : prev2 === 'to' && tokens[i - 1]?.pos === 'ADV' ? i - 2 : -1;
  if (to >= 0 && pos === 'VERB') {
    const g = governorOf(tokens, to);
    const governor = tokens[g];
    // "named the squad to face Wales on Saturday": a side picked for a game is picked ahead of it.
    // "remained on track to list its shares in February": a course held toward a thing lies ahead of it.
    if (before && ON_COURSE_PAIRS.has(tokens[to - 2]?.text.toLowerCase() ?? '', tokens[to - 1]?.text.toLowerCase() ?? '')) return 'FUTURE';
    const ahead = governor && ((LOOK_AHEAD_BEFORE_TO.has(governor.text.toLowerCase()) && (!NOMINAL.has(governor.pos) || afterSubject(tokens, g)))
      // Right after its determiner: "the first team to win the title on Sunday" is no side picked.
      || (governor.pos === 'NOUN' && PICKED_SIDES.has(governor.text.toLowerCase()) && DETERMINERS.has(tokens[g - 1]?.text.toLowerCase() ?? '')));
    return before && ahead ? lookingAhead(tokens, g) : null;
  }
  // "The minister, speaking Tuesday, said...": a participle opening a clause of its own reports what was done.
  // Not a participle that places a span ("fares rise, starting Monday"), which says nothing of the tense.
  // Unless the clause it opens goes on in the future: "Clinton, arriving Sunday for a visit, will meet the king".
  if (before && distance === 1 && pos === 'VERB' && word.endsWith('ing') && CLAUSE_OPENERS.has(prev) && !SPAN_PARTICIPLES.has(word)) {
    return mainVerbAfter(tokens, i) === 'FUTURE' ? 'FUTURE' : 'PAST';
  }
  // "prices have come down from mid-October": a perfect looks back, whatever the participle's spelling.
  if (pos === 'VERB' && PERFECT_AUXILIARIES.has(prev)) return 'PAST';
  // "The stadium has two nights, on 9 and 10 December": "has" before its object, no participle, is the verb of the present.
  if (before && pos === 'AUX' && PERFECT_AUXILIARIES.has(word) && HAS_OBJECT_OPENERS.has(tokens[i + 1]?.pos ?? '')) return 'PRESENT';
  // "meets Monday", "voters go to the polls on Sunday": a present-tense verb before a day speaks of the coming one.
  // Not a word after a preposition, an article or a figure, which the tagger may call a verb ("for comment
  // on Monday", "after a 0.5% jump in January"); but a day's figure ends a date, after which the verb goes on ("an
  // election set for April 12 takes office").
  const nounSlot = (NOUN_SLOT_BEFORE.has(tokens[i - 1]?.pos ?? '') && !dayOfMonthAt(tokens, i - 1)) || afterArticle(tokens, i);
  // "was seen Friday", "was last seen on Friday", "will resume in October", "did not return messages Thursday": the
  // auxiliary or modal, not the verb after it, carries the tense.
  // "Sotheby's holds its sale Wednesday": the 's of a name before a verb's present in -s is the name's own, no "is".
  const head = tokens[i - 1]?.pos === 'ADV' || (MODAL_NEGATIONS.has(prev) && pastSpelling(prev2)) ? prev2
    : prev === "'s" && tokens[i - 2]?.pos === 'PROPN' && /^[a-z]{2,}[^s']s$/.test(word) ? '' : prev;
  // "Libyans are decorating the square for celebrations on Sunday": a present progressive before a day, with
  // no other verb between, speaks of what is being readied for it; not of an incident ("are investigating
  // the crash on Sunday").
  if (before && GIVES_A_DAY.has(head) && pos === 'VERB' && word.endsWith('ing') && (near || plainStretchTo(tokens, i, distance))
    && !incidentBetween(tokens, i, distance)) return 'PRESENT';
  if (AUXILIARIES.has(head) || FUTURE_MARKERS.has(head)) return null;
  // Nor a word right after a verb, its complement ("took hold at 6 p.m.").
  if (before && (near || plainStretchTo(tokens, i, distance, weekday ? FAR_PRESENT_WEEKDAY : FAR_PRESENT)) && pos === 'VERB' && !nounSlot && tokens[i - 1]?.pos !== 'VERB' && !word.endsWith('ing') && !SAME_PAST_AND_PRESENT.has(word) && !STATIVE_PRESENTS.has(word)
    && !nounAfterSingular(tokens, i) && !inObjectPhrase(tokens, i)) return 'PRESENT';
  // "The vote is on Tuesday", "He is due in court on Wednesday": a present "be" just before a day.
  if (before && near && PRESENT_BE.has(word)) return 'PRESENT';
  return null;
}

/** What opens the object of a main verb "has": a determiner, a figure, an adjective or a noun. */
const HAS_OBJECT_OPENERS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN']);

/** Whether the day right before token i follows "on" and a noun ("a conference in London on Thursday"). */
function dayOfNounBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && tokens[k].sentence === tokens[i].sentence && tokens[k].text.toLowerCase() !== 'on' && i - k <= DAY_WORDS) k--;
  return tokens[k]?.text.toLowerCase() === 'on' && (tokens[k - 1]?.pos === 'NOUN' || tokens[k - 1]?.pos === 'PROPN');
}
/** The most words a day right before a verb may have ("Thursday", "Feb. 4"). */
const DAY_WORDS = 3;

/** Parts of speech around a participle that qualifies the noun after it: before it, and after it. */
const ATTRIBUTIVE_BEFORE: ReadonlySet<string> = new Set(['ADP', 'DET', 'NUM']);
const ATTRIBUTIVE_AFTER: ReadonlySet<string> = new Set(['NOUN', 'ADJ']);

/** Whether token k is a day's figure after a month's name ("April 12"). */
function dayOfMonthAt(tokens: Token[], k: number): boolean {
  return tokens[k]?.pos === 'NUM' && /^\d{1,2}$/.test(tokens[k].text) && namesAMonth(tokens[k - 1]?.text ?? '');
}

/** A singular subject right before a verb: a noun or a name not in -s, or "he", "she", "it". */
function singularSubject(token: Token | undefined): boolean {
  if (!token) return false;
  const word = token.text.toLowerCase();
  return ((token.pos === 'NOUN' || token.pos === 'PROPN') && /\p{L}$/u.test(word) && !word.endsWith('s')) || SINGULAR_PRONOUNS.has(word);
}

/**
 * A name of several capitalised words ending in -s right before the verb ("Moody's Ratings cut", "General Motors
 * cut"): a company's, one subject, which a present verb would follow with its -s.
 */
function companyNameBefore(tokens: Token[], i: number): boolean {
  const last = tokens[i - 1];
  const before = tokens[i - 2];
  return last?.pos === 'PROPN' && /^\p{Lu}\p{Ll}+s$/u.test(last.text) && (before?.pos === 'PROPN' || before?.pos === 'PART')
    && before.sentence === last.sentence;
}

const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}/u;
const ACRONYM_WORD = /^\p{Lu}{2,}$/u;

/** Whether token k is a word in capitals in a sentence with words in lower case: an acronym, not a headline's verb. */
function inCapitalsInProse(tokens: Token[], k: number): boolean {
  if (!ACRONYM_WORD.test(tokens[k].text)) return false;
  const sentence = tokens[k].sentence;
  for (let j = k - 1; j >= 0 && tokens[j].sentence === sentence; j--) if (LOWER_CASE_WORD.test(tokens[j].text)) return true;
  for (let j = k + 1; j < tokens.length && tokens[j].sentence === sentence; j++) if (LOWER_CASE_WORD.test(tokens[j].text)) return true;
  return false;
}
const LOWER_CASE_WORD = /^\p{Ll}/u;

/**
 * Whether token i, capitalised, follows a capitalised word of its sentence that holds a verb in lower case, or is written
 * in capitals there: a word of a name the tagger read as a verb ("Digital Markets [Act]", "the [CITES] secretariat
 * gave"), not a headline's verb ("Stocks Fell on Monday", "STOCKS FALL").
 */
function partOfName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (inCapitalsInProse(tokens, i)) return true;
  if (!TITLE_CASE_WORD.test(t.text) || i === 0 || tokens[i - 1].sentence !== t.sentence || !TITLE_CASE_WORD.test(tokens[i - 1].text)) return false;
  for (let k = reachBack(tokens, i); k <= reachOn(tokens, i); k++) {
    if (VERB_TAGS.has(tokens[k].pos) && LOWER_CASE_WORD.test(tokens[k].text)) return true;
  }
  return false;
}

/** Whether token i is written against a hyphen written against the token before it ("gravity-assist"). */
function hyphenedToPrevious(tokens: Token[], i: number): boolean {
  const hyphen = tokens[i - 1];
  return i > 1 && hyphen.text === '-' && hyphen.end === tokens[i].start && tokens[i - 2].end === hyphen.start;
}

/**
 * Whether a present "be" at token i tells a plan or a likelihood: "is expected to", "are likely to", "are due to"; "is
 * to visit", "are to be handed over" (not "is to blame").
 */
function planInPresent(tokens: Token[], i: number): boolean {
  if (!PRESENT_BE.has(tokens[i].text.toLowerCase())) return false;
  const next = tokens[i + 1]?.text.toLowerCase() ?? '';
  const after = tokens[i + 2];
  if (next === 'to') return !!after && VERB_TAGS.has(after.pos) && after.text !== 'blame';
  return LOOK_AHEAD_BEFORE_TO.has(next) && after?.text.toLowerCase() === 'to';
}

/**
 * Whether token i is the "to" of a headline's plan ("Lufthansa to cancel most flights as ground staff strike on
 * Wednesday", "FAA to cut flights from Friday"): right after its subject's noun, before a verb, with no verb before it, in
 * a sentence that ends without a mark of its end, as a headline's line does (a headline drops the "is" of "is to").
 */
function headlinePlan(tokens: Token[], i: number): boolean {
  if (tokens[i].text.toLowerCase() !== 'to' || !NOMINAL.has(tokens[i - 1]?.pos ?? '') || !VERB_TAGS.has(tokens[i + 1]?.pos ?? '')) return false;
  const sentence = tokens[i].sentence;
  // (a headline is short: a longer line is read no further, so no sentence is walked for each of its words)
  for (let k = i - 1; tokens[k]?.sentence === sentence; k--) if (i - k > HEADLINE_WORDS || VERB_TAGS.has(tokens[k].pos)) return false;
  let end = i + 1;
  while (tokens[end + 1]?.sentence === sentence) if (++end - i > HEADLINE_WORDS) return false;
  return !SENTENCE_ENDS.has(tokens[end].text);
}
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', '."', '.”', '…']);
/** The most words on either side of a headline's "to". */
const HEADLINE_WORDS = 30;

/** Whether token i opens a compound by a hyphen to the word after it ("closed-door consultations", "long-awaited"). */
function hyphenedToNext(tokens: Token[], i: number): boolean {
  const hyphen = tokens[i + 1];
  return !!hyphen && !!tokens[i + 2] && hyphen.text === '-' && hyphen.start === tokens[i].end && tokens[i + 2].start === hyphen.end;
}

/** The farthest a present verb reaches a day over its object and a place ("meet Fenerbahce in the Champions League on Wednesday"). */
const FAR_PRESENT = 8;
/** The same for a weekday, which a present verb places ahead over a longer object ("faces a key meeting of the ethics panel on
 * Thursday"); a month that far is as often a figure's ("follows BP's $48 billion purchase of Amoco in August"). */
const FAR_PRESENT_WEEKDAY = 13;

/**
 * Whether the words between a verb at i and a day `distance` words on hold no other verb, no comma and no "and" of a
 * second clause; a compound's last noun the tagger read as a verb is none ("plays in the third-place match on Saturday").
 */
function plainStretchTo(tokens: Token[], i: number, distance: number, reach = FAR_PRESENT): boolean {
  let words = 0;
  for (let k = i + 1; k < i + distance; k++) {
    // "meet in three one-day internationals, starting at Old Trafford on Thursday": a participle that places a span
    // goes on with its verb's clause.
    if (tokens[k].text === ',' && SPAN_PARTICIPLES.has(tokens[k + 1]?.text.toLowerCase() ?? '')) { k++; continue; }
    if ((VERB_TAGS.has(tokens[k].pos) && !nounAfterSingular(tokens, k)) || tokens[k].pos === 'CCONJ' || tokens[k].text === ',') return false;
    // "Security forces shot protesters in Lagos on Tuesday": a past form right after the word in -s, whatever the
    // tagger read, is the verb that word is the subject of.
    if (k === i + 1 && (PAST_FORMS.has(tokens[k].text.toLowerCase()) || /^[a-z]{2,}ed$/.test(tokens[k].text))) return false;
    // (words, not a compound's hyphens: "the Italian Cup quarter-finals"; no further than the reach)
    if (tokens[k].pos !== 'PUNCT' && ++words >= reach) return false;
  }
  return true;
}

/** Whether an incident is named between a verb at i and a day `distance` words on ("investigating the crash on Sunday"). */
function incidentBetween(tokens: Token[], i: number, distance: number): boolean {
  for (let k = i + 1; k < i + distance; k++) if (INCIDENT_NOUNS.has(tokens[k].text.toLowerCase())) return true;
  return false;
}

/**
 * "hit his 62nd home run Tuesday": a plain form right after a singular noun cannot be its present
 * verb (that would be "runs"), so it is the end of a compound noun the tagger took for a verb.
 */
function nounAfterSingular(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const word = tokens[i].text.toLowerCase();
  return Boolean(prev && prev.pos === 'NOUN' && /^[a-z]+$/.test(word) && !word.endsWith('s') && /^[a-z]+$/.test(prev.text)
    && !prev.text.endsWith('s') && !PLURAL_NOUNS.has(prev.text));
}
/**
 * "spotted at a PrettyLittleThing launch on Sunday", "flew in from her Eras Tour stop in Tokyo on Saturday", "had 24
 * home runs by the end of May": a word the tagger read as a verb after a preposition and its article or possessive, or
 * after a verb and a figure, with only names, nouns or adjectives between, is the head of that object (not after a
 * word that opens a clause: "as the team plays").
 */
function inObjectPhrase(tokens: Token[], i: number): boolean {
  // (a present in -s right after a plural name is that name's verb: "at the Paris Games ends on Sunday")
  if (/^[a-z]{2,}[^s']s$/.test(tokens[i].text) && /\p{Ll}s$/u.test(tokens[i - 1]?.text ?? '')) return false;
  let k = i - 1;
  // (a hyphen written between two words is inside a compound: "the All-Star break")
  while (k > i - 6 && k >= 1) {
    if (tokens[k].text === '-' && tokens[k].start === tokens[k - 1].end && tokens[k].end === tokens[k + 1].start) k -= 2;
    else if (PHRASE_MODIFIER_TAGS.has(tokens[k].pos)) k--;
    else break;
  }
  if (k === i - 1 || k < 1) return false;
  const before = tokens[k - 1];
  if (before.sentence !== tokens[i].sentence) return false;
  if (tokens[k].pos === 'NUM') return VERB_TAGS.has(before.pos);
  return OPENS_OBJECT.has(tokens[k].text.toLowerCase()) && before.pos === 'ADP' && !CLAUSE_OPENING_PREPOSITIONS.has(before.text.toLowerCase());
}
const PHRASE_MODIFIER_TAGS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'ADV']);
/**
 * "struck the north tower at 8:46 a.m.": a word the tagger read as a verb after an article and only words that qualify
 * it (read as adjectives or adverbs) is a noun; a noun between ("the team plays") may be its subject. So is one after a
 * possessive, with or without such words ("off its northeast coast on Friday").
 */
function afterArticle(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > i - 4 && k >= 0 && QUALIFIER_TAGS.has(tokens[k].pos)) k--;
  if (k < 0 || tokens[k].sentence !== tokens[i].sentence) return false;
  const word = tokens[k].text.toLowerCase();
  // "her" may be an object ("saw her win on Sunday").
  return (k < i - 1 && ARTICLES.has(word)) || (POSSESSIVES.has(word) && word !== 'her');
}
const QUALIFIER_TAGS: ReadonlySet<string> = new Set(['ADJ', 'ADV']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/** An article or a possessive that opens a preposition's object. */
const OPENS_OBJECT: ReadonlySet<string> = new Set(['a', 'an', 'the', ...POSSESSIVES]);
/** Prepositions that may open a clause of their own ("after the team plays on Sunday"). */
const CLAUSE_OPENING_PREPOSITIONS: ReadonlySet<string> = new Set([...SUBORDINATORS, 'after', 'before', 'since', 'till', 'once', 'than', 'if']);

/** Plurals without an -s, which take a plain verb ("police close the road Monday"). */
const PLURAL_NOUNS: ReadonlySet<string> = new Set(['people', 'police', 'men', 'women', 'children', 'staff', 'cattle', 'clergy', 'personnel']);

/**
 * The tense of the clause a participle at `k` interrupts when it looks ahead, read from the first verb
 * after the comma that closes it ("Clinton, arriving Sunday, will meet": FUTURE), or null.
 */
function mainVerbAfter(tokens: Token[], k: number): Tense | null {
  const sentence = tokens[k].sentence;
  let j = k + 1;
  while (j < tokens.length && j <= k + CLAUSE_REACH && tokens[j].sentence === sentence && tokens[j].text !== ',') j++;
  for (j++; j < tokens.length && j <= k + 2 * CLAUSE_REACH && tokens[j].sentence === sentence; j++) {
    const word = tokens[j].text.toLowerCase();
    if (FUTURE_MARKERS.has(word) && VERB_TAGS.has(tokens[j].pos)) return lookingAhead(tokens, j);
    if (planInPresent(tokens, j)) return 'FUTURE';
    if (VERB_TAGS.has(tokens[j].pos)) return null;
  }
  return null;
}
/** How many words a participle's clause may hold before the comma that closes it. */
const CLAUSE_REACH = 12;

/**
 * The word an infinitive's "to" (at `k`) hangs on: the word before it, or, past a phrase of time
 * or place ("agreed on Monday to resume", "decided at its meeting Tuesday to raise"), the verb
 * before that phrase, when the phrase opens with a preposition or a day and holds no verb; past its object, a verb
 * of asking or ordering ("asked investors to send their views by Wednesday").
 */
function governorOf(tokens: Token[], k: number): number {
  const sentence = tokens[k].sentence;
  for (let j = k - 1; j >= 0 && j >= k - GOVERNOR_REACH && tokens[j].sentence === sentence; j--) {
    const t = tokens[j];
    const asking = OBJECT_CONTROL_VERBS.has(t.text.toLowerCase());
    if (t.pos === 'VERB') return j < k - 1 && (tokens[j + 1].pos === 'ADP' || tokens[j + 1].pos === 'PROPN' || asking) ? j : k - 1;
    // (a compound's hyphen inside the object: "urged residents in high-risk areas to leave")
    if (!PHRASE_TAGS.has(t.pos) && !(t.text === '-' && hyphenedToPrevious(tokens, j + 1))) break;
  }
  return k - 1;
}
/** How many words back a verb may govern an infinitive across a phrase of time or place. */
const GOVERNOR_REACH = 8;
/** Parts of speech of the words of such a phrase. */
const PHRASE_TAGS: ReadonlySet<string> = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ']);

/**
 * Whether the word at `k`, tagged a noun, follows its subject and so is a verb: "Israel plans to",
 * "the government plans to"; not "protests against plans to", "its plans to". Or a second verb of its subject:
 * "signed a declaration on Sunday and plans to", a conjunction after a verb's phrase that ends in no common noun
 * ("approved the budget and plans to" may join two nouns).
 */
function afterSubject(tokens: Token[], k: number): boolean {
  const subject = tokens[k - 1];
  if (!subject || subject.sentence !== tokens[k].sentence) return false;
  if (CONJUNCTIONS.has(subject.text.toLowerCase())) return secondPredicate(tokens, k - 1);
  return SUBJECT_TAGS.has(subject.pos) && !POSSESSIVES.has(subject.text.toLowerCase());
}
/** Whether the conjunction at `k` closes a verb's phrase of the same sentence whose last word is no common noun or adjective. */
function secondPredicate(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before || before.sentence !== tokens[k].sentence || before.pos === 'NOUN' || before.pos === 'ADJ') return false;
  for (let v = k - 1, from = reachBack(tokens, k); v >= from; v--) if (tokens[v].pos === 'VERB') return true;
  return false;
}
/** A name ("Clinton heads"), or a noun after an article ("The premier heads"), right before the word at `k`. */
function namedSubjectBefore(tokens: Token[], k: number): boolean {
  const subject = tokens[k - 1];
  if (!subject || subject.sentence !== tokens[k].sentence) return false;
  // (a name may end in a number: "Fiscal 2023 ends on Saturday")
  const named = subject.pos === 'PROPN' || (subject.pos === 'NUM' && tokens[k - 2]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[k - 2].text));
  return named || (subject.pos === 'NOUN' && tokens[k - 2]?.pos === 'DET' && tokens[k - 2].sentence === tokens[k].sentence);
}

/**
 * Whether the words before the one at `k` are a subject of a word or two ("funding", "the truce") right after the word
 * that opens a subordinate clause ("when", "before").
 */
function subordinateSubjectBefore(tokens: Token[], k: number): boolean {
  let j = k - 1;
  if (!SUBJECT_WORD_TAGS.has(tokens[j]?.pos ?? '')) return false;
  if (DETERMINERS.has(tokens[j - 1]?.text.toLowerCase() ?? '')) j--;
  const opener = tokens[j - 1];
  return opener !== undefined && opener.sentence === tokens[k].sentence && CLAUSE_OPENING_PREPOSITIONS.has(opener.text.toLowerCase());
}
/**
 * Tags that open a verb's object or complement ("and buy bonds", "and win it"); no determiner, which also opens a figure
 * ("steam and ash some 10 kilometers").
 */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'ADJ']);
/** The tags of a one-word subject, a gerund among them ("when funding lapses"). */
const SUBJECT_WORD_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'VERB']);
/**
 * Whether the words before the one at `k` are a subject that opens its clause ("The president travels", "Rangers
 * meet"), not the object of a verb or a preposition ("killed four Moslem guerrillas", "to Rwandan authorities").
 */
function subjectOpensClause(tokens: Token[], k: number): boolean {
  const sentence = tokens[k].sentence;
  const j = beforeNounPhrase(tokens, k);
  // No verb before it in the sentence but one that reports ("Officials said the president travels"): after
  // another the words are its object, however listed ("met Egyptian, Qatari and Turkish mediators").
  for (let v = j, from = reachBack(tokens, k); v >= from; v--) {
    if (VERB_TAGS.has(tokens[v].pos) && !REPORTING_VERBS.has(tokens[v].text.toLowerCase())) return false;
  }
  // (but a reporting verb's object that a figure or a word of count opens is no clause's subject: "Ontario reported new
  // Covid cases on Wednesday", "reported 500 COVID-19 cases")
  return j < 0 || tokens[j].sentence !== sentence || CLAUSE_BOUNDARY_TAGS.has(tokens[j].pos)
    || (REPORTING_VERBS.has(tokens[j].text.toLowerCase()) && !countedObjectAt(tokens, j + 1));
}
/** Whether a noun phrase opens at token k with a figure or a word that counts what it names ("500", "new", "more"). */
function countedObjectAt(tokens: Token[], k: number): boolean {
  return tokens[k]?.pos === 'NUM' || COUNT_OPENERS.has(tokens[k]?.text.toLowerCase() ?? '');
}
const CLAUSE_BOUNDARY_TAGS: ReadonlySet<string> = new Set(['PUNCT', 'CCONJ', 'SCONJ']);
/** Token k follows a noun that a determiner, a figure or a possessive opens, and no object follows it ("a rate cut in"). */
function compoundHead(tokens: Token[], k: number): boolean {
  const noun = tokens[k - 1];
  if (noun?.pos !== 'NOUN' || noun.sentence !== tokens[k].sentence || !OPENS_COMPOUND_AFTER.has(tokens[k + 1]?.pos ?? 'PUNCT')) return false;
  let j = k - 2;
  // (over the compound's other nouns: "another 25 basis point cut")
  while (tokens[j]?.pos === 'NOUN' && k - j <= COMPOUND_NOUNS) j--;
  const opener = tokens[j];
  return Boolean(opener && opener.sentence === noun.sentence && (COMPOUND_OPENERS.has(opener.pos) || POSSESSIVES.has(opener.text.toLowerCase())));
}
/** What opens such a noun phrase (a determiner or a figure), what may follow its head (a preposition or a stop), and how many nouns it may hold. */
const COMPOUND_OPENERS: ReadonlySet<string> = new Set(['DET', 'NUM']);
const OPENS_COMPOUND_AFTER: ReadonlySet<string> = new Set(['ADP', 'PUNCT']);
const COMPOUND_NOUNS = 4;
/** Token k ends a phrase of a preposition and nouns ("on higher refinery runs") that follows a verb of its clause. */
function nounOfPhraseAfterVerb(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && k - j <= SENTENCE_REACH && tokens[j].sentence === tokens[k].sentence && (tokens[j].pos === 'NOUN' || tokens[j].pos === 'ADJ')) j--;
  if (tokens[j]?.pos !== 'ADP' || tokens[j].sentence !== tokens[k].sentence) return false;
  for (let v = j - 1; v >= 0 && j - v <= SENTENCE_REACH && tokens[v].sentence === tokens[k].sentence; v--) {
    if (CLAUSE_BOUNDARY_TAGS.has(tokens[v].pos)) return false;
    if (tokens[v].pos === 'VERB') return true;
  }
  return false;
}
/** Whether the sentence of token k holds a word read as a verb or spelt as a past ("Security forces shot protesters"). */
function verbInSentence(tokens: Token[], k: number): boolean {
  const sentence = tokens[k].sentence;
  // (not a noun in -eed: "speed limit")
  const verb = (t: Token) => VERB_TAGS.has(t.pos) || PAST_FORMS.has(t.text.toLowerCase()) || /^[a-z]{2,}[^e]ed$/.test(t.text);
  for (let j = k - 1; j >= 0 && tokens[j].sentence === sentence; j--) if (verb(tokens[j])) return true;
  for (let j = k + 1; j < tokens.length && tokens[j].sentence === sentence; j++) if (verb(tokens[j])) return true;
  return false;
}
/** The noun phrase that ends at `k` follows a verb of its sentence that does not report: it is that verb's object. */
function objectOfVerb(tokens: Token[], k: number): boolean {
  const verb = tokens[beforeNounPhrase(tokens, k)];
  return Boolean(verb && verb.sentence === tokens[k].sentence && verb.pos === 'VERB' && !REPORTING_VERBS.has(verb.text.toLowerCase()));
}
/** The token before the noun phrase whose head is at `k` (-1 at the text's start; it may lie in the sentence before). */
function beforeNounPhrase(tokens: Token[], k: number): number {
  let j = k - 1;
  while (j >= 0 && k - j <= SENTENCE_REACH && tokens[j].sentence === tokens[k].sentence && NOUN_PHRASE_TAGS.has(tokens[j].pos)) j--;
  return j;
}
/** Parts of speech inside a noun phrase before its head. */
const NOUN_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM']);
/** Parts of speech of a verb. */
const VERB_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX']);
/** Parts of speech of a subject. */
const SUBJECT_TAGS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'PRON']);

/** Parts of speech of a word used as a name or a thing: "plans" in "protests against plans to cut". */
/** Parts of speech after which a word is a noun whatever its tag (a figure's: "a 0.5% jump"). */
const NOUN_SLOT_BEFORE: ReadonlySet<string> = new Set(['ADP', 'SCONJ', 'DET', 'NUM', 'SYM']);

/** FUTURE, unless the word at `i` hangs on a past perfect ("had been scheduled", "had planned"): then PAST. */
function lookingAhead(tokens: Token[], i: number): Tense {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const t = tokens[j];
    if (t.text.toLowerCase() === PAST_PERFECT) return 'PAST';
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART') break;
  }
  return 'FUTURE';
}
