// normalizeTimexes: the TIMEX3 value, type and mod of every DATE/TIME mention. A mention the
// time recognizer proposed carries the frame it read (attrs.timexFrame), which is only resolved
// here: against the document date, the tense of its sentence and what the text told before it
// (the last calendar date, for "a year earlier"; the last day, for "at 10 p.m." or "the next
// morning"). A mention another recognizer proposed is read once from its text. One pass in text
// order, so the work grows with the number of mentions, not with its square.
import type { Doc, Mention } from '../document.js';
import { TIME_LABELS } from '../document.js';
import { addDays, formatDay, formatWeek, parseYmd, weekdayOf, weekdayOnOrBefore, type Ymd } from './calendar.js';
import type { Frame } from './frame.js';
import { parseTimex } from './parse.js';
import { isAnaphoric, labelOf, resolveFrame, type ResolveContext, type Resolved } from './resolve.js';
import { arrangedFor, beforeNoun, clauseBreakBetween, clauseOfItsOwnBetween, customBefore, dayOfReport, deadlineBefore, habitualSentence, inAsideBefore, marksAFigure, namesAnEvent, setInThePast, sideOf, sinceToNow, tenseAround, toldAhead, toldAsBackground, ultimatum } from './tense.js';
import { PLACING_VERBS } from './rules/tense-words.js';
import { ELECTION_WORDS, INDEPENDENCE_DAYS, UNIVERSAL_ZONES, US_PLACES } from './rules/vocabulary.js';
import { WEEKDAY_ALTERNATION } from '../lexicon/calendar.js';
import { SCALE_WORDS, SPACED_SCALE_SUFFIXES } from '../lexicon/number-words.js';

/** A date the text has told: where it was, its value, and whether it is the day of a report ("said on Friday"). */
interface Told { start: number; value: string; report?: boolean; }

/**
 * `mentions` (the document's by default) with every DATE/TIME mention given its value. `country`: the name of the country
 * the article is of (its dateline's), asked only for a holiday each nation keeps on its own day ("Independence Day").
 */
export function normalizeTimexes(doc: Doc, mentions: Mention[] = doc.mentions, country: () => string | undefined = () => undefined): Mention[] {
  const published = parseYmd(doc.article?.published);
  /** What the text's dates count from: the publication date, or the day of the story's dateline once it is read. */
  let dct = published;
  const sentenceStarts = (doc.sentences ?? []).map((s) => s.start);
  // (found once, when a time of day first asks)
  let paragraphBreaks: number[] | undefined;
  const breakSince = (from: number, to: number) => breakBetween((paragraphBreaks ??= breaksOf(doc.text)), from, to);
  /** Calendar dates read off their own words (not "a day earlier"): what anaphora counts from. */
  const references: Told[] = [];
  /**
   * The same without the years things were founded in ("established in 1988", "since its inception in 1974"): what a
   * bare period and a figure's baseline count from, which tell of the story's own periods ("That year", "the following
   * year" count from the founding too).
   */
  const storyReferences: Told[] = [];
  /** The last day the narrative reached, however it was named. */
  let narrativeDay: Ymd | null = null;
  /** Where the narrative reached that day, and whether the text named its year ("Jan. 17, 1991"). */
  let narrativeAt = 0;
  let narrativeYearNamed = false;
  /** Whether the narrative's day was told by a date that set the scene of its sentence ("On the evening of May 25, 2020, ..."). */
  let narrativeScene = false;
  /** Whether a clock time or a part of the day was told on the narrative's day. */
  let narrativeClock = false;
  /** Whether the day the narrative reached was told in its evening or night. */
  let narrativeNight = false;
  /** Whether that day was the day of a report ("officials said Wednesday"). */
  let narrativeReport = false;
  /** The last day the narrative reached on or before the DCT: what a past told after a day to come refers to. */
  let pastNarrativeDay: Ymd | null = null;
  let pastNarrativeAt = 0;
  /** The first day the narrative reached near the DCT, the story's own: where a clock time goes back to after background. */
  let leadDay: Ymd | null = null;
  /** The last day told in each part of the day (by TIMEX3 code, a clock time by its hour): what "the same morning" is. */
  const dayOfPart = new Map<string, Ymd>();
  const framed = mentions.map((m) => (TIME_LABELS.has(m.type) ? frameOf(doc, m) : null));
  /** Where the clock time joined to a day starts, by the day's index ("at 5 p.m. on Friday"): the two share a tense. */
  const clockBefore = new Map<number, number>();
  /** The value each mention was given, by index, for the day a range opens with. */
  const resolvedValues: (string | undefined)[] = [];
  /** The last day the text told with its year ("May 13 next year"), and where it starts. */
  let yearToldDay: { value: string; start: number } | null = null;
  /** Where the text last told a day within a week of the DCT, its present: a story's past ends there. */
  let presentAt = -1;
  /** The last year told before a noun ("the 1997 Tour"), and where it ends. */
  let nounYear: { year: number; end: number } | null = null;
  /** The year of a date that sets the scene of its sentence ("In 2016, ...", "in the spring of 2023, when ..."), and where it ends. */
  let sceneYear: { year: number; end: number; quoted: boolean } | null = null;
  /** The last day told in a sentence about an election. */
  let electionDay: string | null = null;
  /** The decade told last, until a date is told after it. */
  let decade: string | null = null;
  /**
   * The last month told with its year as the time of what its clause tells ("found the steps in November 1922"; not a
   * noun's, "the August 1988 cease-fire", nor the end of a period, "the 18 months to January 2001"), and where.
   */
  let monthTold: { value: string; start: number } | null = null;
  /** The day each weekday told plainly was last given ("on Thursday"), by the weekday's number. */
  const weekdayTold = new Map<number, string>();
  /** The last clock time told, and where: an hour before dawn told after an evening's is past midnight. */
  let lastClock: { value: string; at: number } | null = null;
  const out: Mention[] = [];

  /** Where the last time expression starts: whether the last date told is the last time expression. */
  let lastTimeAt = -1;
  /** The day the last time expression counted from a day told, if it did ("Aug. 6, 1945. Three days later"), else null. */
  let lastCountedDay: string | null = null;
  mentions.forEach((m, i) => {
    out.push(normalizeOne(m, i));
    if (!framed[i]) return;
    lastTimeAt = m.start;
    const value = out[i].value;
    lastCountedDay = isAnaphoric(framed[i]!) && typeof value === 'string' && DAY_VALUE.test(value) ? value : null;
  });
  return datedHolidays(doc, out, framed, sentenceStarts, dct);

  /** The text from `from` to the end of the sentence of `m`, within SENTENCE_REACH characters of it (a sentence may be a whole page). */
  function around(from: number, m: Mention): string {
    return doc.text.slice(Math.max(from, m.start - SENTENCE_REACH), Math.min(sentenceEnd(doc, sentenceStarts, m.end), m.end + SENTENCE_REACH));
  }

  /**
   * The day a weekday before mention k opens a range with ("from 2 a.m. on Wednesday until [6 p.m.] on Friday"): the clock
   * time's day, and the day it is joined to, come after it.
   */
  function rangeOpenedBy(k: number): Ymd | null {
    let j = k - 1;
    // (past the range's last clock time before its reading in brackets: "on Saturday until midnight (2100 GMT) on Sunday")
    while (j > 0 && framed[j] && clockAlone(framed[j]!) && BRACKET_BETWEEN.test(doc.text.slice(mentions[j].end, mentions[j + 1].start))) j--;
    return j >= 0 && framed[j]?.weekday !== undefined && RANGE_BETWEEN.test(doc.text.slice(mentions[j].end, mentions[j + 1].start))
      ? parseYmd(resolvedValues[j]) : null;
  }

  /**
   * "reviewed twice a year, in April and October", "Each year, work pauses between July and September": a month a yearly
   * set before it in its clause tells of (no other time between, no clause with a verb of its own).
   */
  function yearlySetBefore(i: number): boolean {
    let k = i - 1;
    // (past the months listed before it: "in April and [October]")
    while (k >= 0 && framed[k] && monthAlone(framed[k]!) && MONTH_LIST_BETWEEN.test(doc.text.slice(mentions[k].end, mentions[k + 1].start))) k--;
    if (k < 0 || out[k]?.attrs?.timex?.type !== 'SET' || resolvedValues[k] !== 'P1Y' || mentions[k].sentence !== mentions[i].sentence) return false;
    return SET_THEN_MONTH.test(doc.text.slice(mentions[k].end, mentions[k + 1].start)) || !clauseOfItsOwnBetween(doc, mentions[k].end, mentions[k + 1].start);
  }

  /**
   * What a mention counts from: a bare period ("the financial year") or an offset in a sentence of figures ("fell to 19 per
   * cent from 22 per cent a year earlier") counts from the story's own dates, not from the year a thing was founded in.
   */
  function toldOf(frame: Frame, m: Mention): Told[] {
    // (most articles tell no founding year: the one list serves)
    if (storyReferences.length === references.length) return references;
    const bare = frame.the && frame.relWord === undefined && !frame.anaphoric;
    // (a year is no figure: "Pennyfold launched in 2018 and obtained a licence 18 months later" counts from the founding)
    const before = doc.text.slice(sentenceStart(sentenceStarts, m.start), m.start).replace(YEAR_WORDS, '');
    return (bare || frame.dir !== undefined) && FIGURE.test(before) ? storyReferences : references;
  }

  /**
   * "recalled the 2024 Mustang Mach-E in June", "file their 2023 income tax returns by April 30": a year before a product's
   * name (a model year) or a tax year's noun names a thing, not the time its clause's dates lie in.
   */
  function yearOfAThing(i: number): boolean {
    const next = mentions[i + 1];
    if (next && NAMED_THINGS.has(next.type) && /^\s*$/.test(doc.text.slice(mentions[i].end, next.start))) return true;
    return TAX_YEAR_AFTER.test(doc.text.slice(mentions[i].end, mentions[i].end + CONTEXT_AFTER));
  }

  function normalizeOne(m: Mention, i: number): Mention {
    const read = framed[i];
    if (!read) return m;
    const own = read.byNation ? ofNation(read, doc.text, m.start, country) : read;
    // "on Dec. 31 that year", "between March and June of that year": a month (and its day) that the words after it put in
    // the year told before is that year's.
    const frame = own.month !== undefined && own.year === undefined && !own.anaphoric && THAT_YEAR_AFTER.test(doc.text.slice(m.end, m.end + 40)) ? { ...own, anaphoric: true } : own;
    // The tense is read from the sentence's words only if the frame asks (a year or a duration never
    // does), once: tenseAround walks the whole sentence.
    const tense = once(() => (doc.tokens?.length ? tenseAround(doc, from, m.end, namesADay(frame)) : null));
    const from = clockBefore.get(i) ?? m.start;
    // Two days joined by "and": a list's ("closed on Wednesday and Thursday"), or a range's after "between".
    const listed = i > 0 && LIST_BETWEEN.test(doc.text.slice(mentions[i - 1].end, m.start));
    const between = listed && BETWEEN_BEFORE.test(doc.text.slice(Math.max(0, mentions[i - 1].start - 8), mentions[i - 1].start));
    // The value of the mention before, when the two make a range ("Thursday night into Friday", "from 10 p.m. to 5 a.m.",
    // "between noon and 6 p.m.").
    const closesRange = i > 0 && (between || RANGE_BETWEEN.test(doc.text.slice(mentions[i - 1].end, m.start)));
    const rangeOpen = closesRange ? resolvedValues[i - 1] : undefined;
    const joined = dayJoined(doc, mentions, framed, i, dct, rangeOpenedBy(i));
    // (a day joined to the clock time a deadline's word stands before shares it: "until midnight on Wednesday")
    const deadline = doc.tokens?.length ? deadlineBefore(doc, m.start, m.end) || (clockBefore.has(i) && deadlineBefore(doc, clockBefore.get(i)!, m.end)) : false;
    if (joined && !clockBefore.has(joined.index)) clockBefore.set(joined.index, m.start);
    // (the readings only some frames ask for are functions, not getters: V8 keeps an object literal with getters as a
    // dictionary of properties, slow to make and to read, for every mention)
    const toldFrom = toldOf(frame, m);
    const ctx: ResolveContext = {
      dct,
      tense,
      side: doc.tokens?.length ? sideOf(doc, m.start, m.end) : null,
      sinceToNow: doc.tokens?.length ? sinceToNow(doc, m.start) : false,
      deadline,
      ultimatum: deadline && namesADay(frame) && ultimatum(doc, m.start, m.end),
      arranged: doc.tokens?.length && (namesADay(frame) || monthAlone(frame)) ? arrangedFor(doc, m.start, m.end, monthAlone(frame)) : false,
      setInThePast: doc.tokens?.length && namesADay(frame) ? setInThePast(doc, m.start) : false,
      // The adjective of the noun after it: "overnight losses", and a day before a noun in lower case that names an event
      // ("the November 17 run-off"; not a table's "May 17 v Northampton").
      adjective: doc.tokens?.length && (frame.overnight || (frame.month !== undefined && frame.day !== undefined && frame.year === undefined && NOUN_WORD_AFTER.test(doc.text.slice(m.end, m.end + 6))))
        ? beforeNoun(doc, m.end) : false,
      // "born on a Sunday", "one Monday in May": a day named after "a" or "one" is no day of the calendar (but "set a
      // Friday deadline" names the day of the deadline).
      // So is a weekday a word of custom tells of in its clause ("normally hosts 3,000 worshippers for Friday prayers").
      indefinite: (namesADay(frame) && INDEFINITE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 14), m.start)) && !(doc.tokens?.length && beforeNoun(doc, m.end)))
        || (frame.weekday !== undefined && frame.month === undefined && frame.rel === undefined && Boolean(doc.tokens?.length) && customBefore(doc, m.start)),
      toldAhead: once(() => (doc.tokens?.length ? toldAhead(doc, m.start, m.end) : false)),
      reference: toldFrom.at(-1)?.value ?? null,
      lastDayTold: () => lastToldFrom(references, 0, DAY_VALUE),
      localReference: lastFrom(toldFrom, comparisonStart(sentenceStarts, m.start)),
      localMonthTold: monthTold && monthTold.start >= comparisonStart(sentenceStarts, m.start) ? monthTold.value : null,
      sentenceReference: lastFrom(references, sentenceStart(sentenceStarts, m.start)),
      // (not the end of a range it opens, "from June 1 to Nov. 30", which the range's own reading places)
      scheduleFrom: () => {
        const told = references.at(-1);
        if (!told || told.start < sentenceStart(sentenceStarts, m.start) || closesRange) return null;
        return !ORDER_BACK.test(doc.text.slice(told.start, m.start)) ? told.value : null;
      },
      leadsInTo: () => {
        const told = references.at(-1);
        const inSentence = told && told.start >= sentenceStart(sentenceStarts, m.start) && !closesRange;
        return inSentence && LEADS_IN_BETWEEN.test(doc.text.slice(told.start, m.start)) ? told.value : null;
      },
      // (not one in an aside about a noun: "Figma, founded in 2012, had 1,300 employees at the end of the third quarter")
      partReference: () => {
        const told = storyReferences.at(-1);
        return told && told.start >= sentenceStart(sentenceStarts, m.start) && !(doc.tokens?.length && inAsideBefore(doc, told.start, m.start)) ? told.value : null;
      },
      // (or the day counted from it: "on Aug. 6, 1945. Three days later, ... Japan surrendered on Aug. 15")
      toldLastReference: references.at(-1)?.start === lastTimeAt ? references.at(-1)!.value : lastCountedDay,
      localClock: lastClock && lastClock.at >= comparisonStart(sentenceStarts, m.start) ? lastClock.value : null,
      quoted: (frame.anchor === 0 || frame.rel === 0) && insideQuotation(doc.text, sentenceStart(sentenceStarts, m.start), m.start),
      // ("$5 in the third quarter, up from $4 a year ago" compares; "Oil fell in June. He said a year ago he could not
      // have imagined it" does not)
      figures: () => FIGURE.test(doc.text.slice(sentenceStart(sentenceStarts, m.start), m.start)),
      localPeriod: () => lastToldFrom(references, comparisonStart(sentenceStarts, m.start), PERIOD_SHAPE),
      sentencePeriod: () => lastToldFrom(references, sentenceStart(sentenceStarts, m.start), PERIOD_SHAPE),
      lastQuarterTold: () => lastToldFrom(references, 0, QUARTER_VALUE),
      narrativeDay: () => {
        // "The rupee was at 88.77 per dollar at 0615 GMT": a wire's clock time in universal time, in a paragraph after
        // the one that told the day, is the time of writing, on the DCT's day; so is the time of a market's price in
        // one ("TC Energy shares rose 0.6% to C$61.72 in Toronto by midday").
        if ((frame.hour !== undefined || (frame.part !== undefined && frame.weekday === undefined && !isAnaphoric(frame)))
          && (UNIVERSAL_TIME.test(doc.text.slice(m.start, m.end)) || marketPrice(doc.text, sentenceStart(sentenceStarts, m.start), m.start))
          && breakSince(narrativeAt, m.start)) return null;
        // "Barr told Congress on Sunday. ... The inquiry, which began on May 17, 2017, ... The letter reached Capitol Hill at
        // about 3:35 p.m.": past a day of background far from the DCT, a clock time is on the day the story opened with (not
        // "overnight", which is the night before the DCT the wire tells of).
        // "Costello unveiled the budget on Tuesday night. The fiscal year began on July 1. The dollar was at 79.10 at 8 p.m.":
        // a day weeks from the DCT told in the sentence before holds no clock time of the story's own week.
        // But within the paragraph of a day that set the scene of a story retold ("On the evening of May 25, 2020, officers
        // were called ... At about 8:20 p.m."), or of the day "that day" and "the next day" count from ("was shot on July
        // 8, 2022 ... He died at 5:03 p.m. that day"), what is told is on that day, however far back.
        const inParagraph = narrativeDay !== null && !breakSince(narrativeAt, m.start);
        const retold = inParagraph && (narrativeScene || isAnaphoric(frame));
        const farBefore = !retold && frame.hour !== undefined && clockAlone(frame) && narrativeDay && leadDay && dct && withinDays(leadDay, dct, WEEK_DAYS)
          && !withinDays(narrativeDay, dct, WEEK_DAYS) && narrativeAt < sentenceStart(sentenceStarts, m.start);
        const day = farBefore ? leadDay : narrativeDay && (retold || nearDct(narrativeDay, dct, narrativeYearNamed, isAnaphoric(frame)) || narrativeAt >= comparisonStart(sentenceStarts, m.start))
          ? narrativeDay : isAnaphoric(frame) || frame.overnight ? null : leadDay;
        // "He will appear in court on Monday. Police said the suspect was arrested at 3 a.m.": a past told after a day to
        // come goes back to the last day the narrative reached before the DCT. A time of day told sentences after that day
        // is on the story's own day ("Shares closed higher on Wednesday. ... The bank cut rates on November 6. ... will
        // release its review on December 19. ... The dollar was at 79.45 at 4.30 p.m."); not "that night" or "overnight".
        if (day && dct && formatDay(day) > formatDay(dct) && ctx.tense() === 'PAST') {
          const timeOfDay = (frame.hour !== undefined || frame.part !== undefined) && !isAnaphoric(frame) && !frame.overnight;
          const local = pastNarrativeAt >= comparisonStart(sentenceStarts, m.start);
          return !timeOfDay || local || !leadDay || formatDay(leadDay) > formatDay(dct) ? pastNarrativeDay : leadDay;
        }
        return day;
      },
      localNarrativeDay: () => (narrativeAt >= comparisonStart(sentenceStarts, m.start) ? ctx.narrativeDay!() : null),
      narrativeAtNight: () => narrativeNight,
      // "The blast, at 10:30 a.m. Friday, ... He will appear in court on Monday. The embassy, hit the same morning, ...":
      // the same part of a day told before, whatever the tense.
      joinedDay: joined?.day ?? (frame.samePart && frame.part ? dayOfPart.get(frame.part) ?? null : null),
      rangeFrom: frame.weekday !== undefined && framed[i - 1]?.weekday !== undefined ? parseYmd(rangeOpen ?? (listed && between ? resolvedValues[i - 1] : undefined))
        : frame.weekday !== undefined && clockBefore.has(i) ? rangeOpenedBy(i - 1) : null,
      reportOf: monthAlone(frame) && REPORT_AFTER.test(doc.text.slice(m.end, m.end + 48)),
      apposedTo: frame.weekday !== undefined && i > 0 && APPOSED_BETWEEN.test(doc.text.slice(mentions[i - 1].end, m.start)) ? parseYmd(resolvedValues[i - 1]?.slice(0, 10)) : null,
      listedWith: frame.weekday !== undefined && framed[i - 1]?.weekday !== undefined && listed && !between ? parseYmd(resolvedValues[i - 1]) : null,
      usPlace: frame.localElection ? US_PLACES.test(around(comparisonStart(sentenceStarts, m.start), m)) || US_PLACES.test(datelinePlace(doc.text)) : false,
      electionDay,
      yearToldDay: yearToldDay?.value ?? null,
      // ("LUXOR — ... on Nov. 4, 1922, ... On Nov. 26, Carter peered"; not after the story came back to its present: "on Jan. 24,
      // 2023 ... At 4 p.m. today ... reports results on Feb. 5")
      storyPastDay: yearToldDay && yearToldDay.start > presentAt ? yearToldDay.value : null,
      yearToldInSentence: yearToldDay && yearToldDay.start >= sentenceStart(sentenceStarts, m.start) ? yearToldDay.value : null,
      // (a scene set inside a quotation ends with it: '"Ten years ago, nobody imagined ...," said X at the meeting in March')
      sceneYear: sceneYear && sceneYear.end >= sentenceStart(sentenceStarts, m.start) && sceneYear.year !== dct?.y
        && (!sceneYear.quoted || insideQuotation(doc.text, sentenceStart(sentenceStarts, m.start), m.start)) ? sceneYear.year : null,
      // (and in a relative clause of that noun: "the 2025 Atlantic season, which runs from June 1 to Nov. 30")
      clauseYear: nounYear && frame.month !== undefined && frame.year === undefined && nounYear.end >= sentenceStart(sentenceStarts, m.start)
        && (!clauseBreakBetween(doc, nounYear.end, m.start) || RELATIVE_OF_NOUN.test(doc.text.slice(nounYear.end, m.start))) ? nounYear.year : null,
      habitual: Boolean(doc.tokens?.length) && (frame.season !== undefined ? habitualSentence(doc, m.start)
        : monthAlone(frame) && (customBefore(doc, m.start) || yearlySetBefore(i) || TYPICAL_BEFORE.test(doc.text.slice(Math.max(0, m.start - 14), m.start)))),
      decade,
      namesEvent: () => frame.month !== undefined && frame.day !== undefined && frame.year === undefined && Boolean(doc.tokens?.length) && namesAnEvent(doc, m.end),
    };
    let resolved = resolveFrame(frame, ctx);
    if (!resolved) return m;
    // "the Saturday before Orthodox Easter": the day, week or weekend next to the holiday's day.
    const holiday = frame.around && resolved.type === 'DATE' && DAY_VALUE.test(resolved.value) ? parseYmd(resolved.value) : null;
    if (holiday) resolved = { ...resolved, value: nextTo(holiday, frame.around!) };
    // "daily at 9 a.m.", "from 9 a.m. to 3 p.m. every day": a clock time told beside a set, or closing a range whose
    // opening one is, is the set's time of day, on no one day; and so is the time that opens its range.
    // (noon and midnight are clock times too: "the last around midnight")
    const ofSet = (frame.hour !== undefined || CLOCK_PART.test(frame.part ?? '')) && clockAlone(frame) && resolved.type === 'TIME'
      ? setBeside(doc, mentions, framed, i) ?? (rangeOpen?.startsWith('XXXX-') && framed[i - 1]?.hour !== undefined ? rangeOpen.slice(0, rangeOpen.indexOf('T')) : null)
        ?? habitualClock(doc, mentions, framed, i) : null;
    if (ofSet) {
      resolved = { ...resolved, value: ofSet + resolved.value.slice(resolved.value.indexOf('T')) };
      if (rangeOpen && framed[i - 1]?.hour !== undefined && clockAlone(framed[i - 1]!) && !rangeOpen.startsWith('XXXX-')) {
        const opening = ofSet + rangeOpen.slice(rangeOpen.indexOf('T'));
        out[i - 1] = { ...out[i - 1], value: opening };
        resolvedValues[i - 1] = opening;
      }
    }
    // "loaned for a year, newspapers reported on Friday. He was hurt in a crash the following year": a past counted
    // on from a report's day would lie ahead of the DCT; it counts from the date of the story told before the report.
    const story = isAnaphoric(frame) && references.at(-1)?.report ? [...references].reverse().find((r) => !r.report) : undefined;
    if (story && dct && resolved.value > formatDay(dct) && ctx.tense() === 'PAST') resolved = resolveFrame(frame, { ...ctx, reference: story.value, localReference: null }) ?? resolved;
    // "March 1-2", "September 3 and 4": a day written after a date of its month is in that date's year, read there.
    const pairedWith = sameMonthPair(doc, mentions, framed, i) ? resolvedValues[i - 1] : undefined;
    if (pairedWith && resolved.type === 'DATE' && DAY_VALUE.test(pairedWith) && DAY_VALUE.test(resolved.value)) {
      resolved = { ...resolved, value: pairedWith.slice(0, 8) + resolved.value.slice(8) };
    }
    // "did not rule out action in July and August": a month listed right after another is in its year, or in the next
    // where it comes earlier in the calendar ("in December or January"); so in a list of commas ("in January, February, April").
    const listedAfter = i > 0 && monthAlone(frame) && framed[i - 1] && monthAlone(framed[i - 1]!) && MONTH_LIST_BETWEEN.test(doc.text.slice(mentions[i - 1].end, m.start))
      ? MONTH_VALUE.exec(resolvedValues[i - 1] ?? '') : null;
    if (listedAfter && resolved.type === 'DATE' && MONTH_VALUE.test(resolved.value)) {
      const year = +listedAfter[1] + (frame.month! < framed[i - 1]!.month! ? 1 : 0);
      resolved = { ...resolved, value: `${String(year).padStart(4, '0')}${resolved.value.slice(4)}` };
    }
    // "on a Tuesday or Wednesday": a weekday listed after any such day is any such day too.
    if (i > 0 && frame.weekday !== undefined && frame.rel === undefined && framed[i - 1]?.weekday !== undefined && resolvedValues[i - 1]?.startsWith('XXXX-WXX-')
      && LIST_BETWEEN.test(doc.text.slice(mentions[i - 1].end, m.start)) && resolved.type === 'DATE') {
      resolved = { ...resolved, value: `XXXX-WXX-${frame.weekday}` };
    }
    // "On May 30, the final Sunday of the regular session": a weekday set after a day and a comma, the day's own, restates it.
    const restated = i > 0 && frame.weekday !== undefined && frame.month === undefined && frame.day === undefined && frame.hour === undefined
      && APPOSED_WEEKDAY_BETWEEN.test(doc.text.slice(mentions[i - 1].end, m.start)) ? parseYmd(resolvedValues[i - 1]) : null;
    if (restated && DAY_VALUE.test(resolvedValues[i - 1] ?? '') && weekdayOf(restated) === frame.weekday && resolved.type === 'DATE') {
      resolved = { ...resolved, value: formatDay(restated) };
    }
    // "from 10 p.m. to 5 a.m.": a clock time that closes a range on the day of the one that opens it, and is earlier, is on the next day.
    const opened = frame.hour !== undefined && framed[i - 1]?.hour !== undefined ? rangeOpen : undefined;
    // But "from 7 a.m. until midday on Thursday", "between midnight and 8am", "between noon and 6 p.m. on Wednesday": a clock
    // time with no day of its own that opens a range is on the day of the one that closes it, a midnight the one that day
    // starts with.
    const before = framed[i - 1];
    const openedAlone = rangeOpen && before && CLOCK_VALUE.test(rangeOpen) && clockAlone(before) && resolved.type === 'TIME' && DAY_VALUE.test(resolved.value.slice(0, 10))
      && (joined || rangeOpen.slice(0, 10) === resolved.value.slice(0, 10));
    if (openedAlone && (rangeOpen.endsWith('T24:00') || rangeOpen.slice(0, 10) !== resolved.value.slice(0, 10))) {
      const clock = rangeOpen.slice(10).replace('T24:00', 'T00:00');
      // "from 10 p.m. to 5 a.m. on Saturday": an hour later than the closing one is the evening before.
      const start = (clock > resolved.value.slice(10) ? shiftedDay(resolved.value, -1) : resolved.value).slice(0, 10) + clock;
      out[i - 1] = { ...out[i - 1], value: start };
      resolvedValues[i - 1] = start;
    } else if (opened && resolved.type === 'TIME' && opened.slice(0, 10) === resolved.value.slice(0, 10) && resolved.value < opened) {
      const day = parseYmd(resolved.value);
      if (day) resolved = { ...resolved, value: formatDay(addDays(day, 1)) + resolved.value.slice(10) };
    }
    // "8:20 p.m. (0120 GMT)": the same moment in another zone, a day apart where only that puts the two within the
    // world's zones of each other. A wire's day is universal time's: a local time read on the DCT (the story told it no
    // day of its own) is the evening before the DCT's early hours in GMT; one on a day the story told moves the other.
    // (past the name of the place whose time the first is: "9:45pm Khartoum time (19:45 GMT)")
    let first = i - 1;
    while (first > 0 && !framed[first] && mentions[first].sentence === m.sentence) first--;
    const converted = frame.hour !== undefined && framed[first]?.hour !== undefined && CONVERSION_BETWEEN.test(doc.text.slice(mentions[first].end, m.start)) ? resolvedValues[first] : undefined;
    // (a reading in brackets that names no day of its own inside them, "(2358 GMT on Tuesday)", is on the first's, whatever
    // the verbs around it say)
    const ownDay = joined !== null && !doc.text.slice(m.end, mentions[joined.index].start).includes(')');
    if (converted && resolved.type === 'TIME' && clockAlone(frame) && !ownDay && DAY_TIME.test(converted) && DAY_TIME.test(resolved.value)) {
      resolved = { ...resolved, value: converted.slice(0, 10) + resolved.value.slice(10) };
    }
    const shift = converted && resolved.type === 'TIME' && converted.slice(0, 10) === resolved.value.slice(0, 10) ? zoneShift(converted, resolved.value) : 0;
    // "12:45 a.m. (1645 GMT Monday)": the reading in brackets that names its own day places the first.
    if (shift && ((dct && converted!.slice(0, 10) === formatDay(dct)) || !clockAlone(frame))) {
      const moved = shiftedDay(converted!, -shift);
      out[first] = { ...out[first], value: moved };
      resolvedValues[first] = moved;
    } else if (shift) resolved = { ...resolved, value: shiftedDay(resolved.value, shift) };
    // "The vote ran past 10 p.m. ... Just after 1 a.m., lawmakers", told in the sentence after: an hour before dawn with no
    // day of its own, after an evening's on the same day, is after that midnight.
    // Not one paired with the clock time before it ("between midnight and 2 a.m."), which the range's rules place.
    else if (lastClock && !rangeOpen && !PAIR_BETWEEN.test(doc.text.slice(mentions[i - 1]?.end ?? m.start, m.start)) && frame.hour !== undefined && frame.hour < DAWN_HOUR && !joined && clockAlone(frame)
      && resolved.type === 'TIME' && lastClock.at >= comparisonStart(sentenceStarts, m.start) && lastClock.value.slice(0, 10) === resolved.value.slice(0, 10) && hourOf(lastClock.value) >= EVENING_HOUR) {
      resolved = { ...resolved, value: shiftedDay(resolved.value, 1) };
    }
    // "Trading halted at 2:36 p.m. ... When it resumed at 3:06": an hour read without a.m. or p.m. after an afternoon's
    // on the same day, told in its sentence or the one before, is the afternoon's too where that keeps the story's order.
    else if (lastClock && frame.bareHour && frame.hour !== undefined && !joined && clockAlone(frame) && resolved.type === 'TIME'
      && lastClock.at >= comparisonStart(sentenceStarts, m.start) && lastClock.value.slice(0, 10) === resolved.value.slice(0, 10)
      && hourOf(lastClock.value) >= NOON_HOUR && frame.hour + NOON_HOUR >= hourOf(lastClock.value)) {
      resolved = { ...resolved, value: resolved.value.replace(/T\d\d/, `T${String(frame.hour + NOON_HOUR).padStart(2, '0')}`) };
    }
    // "lifted off this afternoon at 2:19": an hour without a.m. or p.m. right after a part of the day past noon is in it.
    const partBefore = i > 0 && frame.bareHour && frame.hour !== undefined && frame.hour < NOON_HOUR && clockAlone(frame) && resolved.type === 'TIME'
      && AT_AFTER_PART.test(doc.text.slice(mentions[i - 1].end, m.start)) ? /T(AF|EV|NI)$/.exec(resolvedValues[i - 1] ?? '') : null;
    // (an afternoon's hours are the first after noon, an evening's or a night's the later: "tonight at 1" is no 13:00)
    const inPart = partBefore && frame.hour !== undefined && (partBefore[1] === 'AF' ? frame.hour <= LAST_AFTERNOON_HOUR : frame.hour >= FIRST_EVENING_HOUR);
    if (inPart && frame.hour !== undefined && resolvedValues[i - 1]!.slice(0, 10) === resolved.value.slice(0, 10)) {
      resolved = { ...resolved, value: resolved.value.replace(/T\d\d/, `T${String(frame.hour + NOON_HOUR).padStart(2, '0')}`) };
    }
    // "on January 7 at 11 a.m.": a clock time right after a day is on that day, however the sentence's verbs read.
    const dayBefore = i > 0 && frame.hour !== undefined && clockAlone(frame) && resolved.type === 'TIME' && DAY_TIME.test(resolved.value)
      && AT_AFTER_DAY.test(doc.text.slice(mentions[i - 1].end, m.start)) ? resolvedValues[i - 1] : undefined;
    if (dayBefore && DAY_VALUE.test(dayBefore)) resolved = { ...resolved, value: dayBefore + resolved.value.slice(10) };
    // "from June 1 to Nov. 30": a range of days is placed by the day it ends on, the first day the latest before it; so is
    // a range of weekdays whose last is placed in a week ("Tuesday through Thursday last week").
    const opener = !rangeOpen ? null : rangeOfDays(framed[i - 1], frame) ? startBefore(rangeOpen, resolved.value)
      : rangeOfWeekdays(framed[i - 1], frame) ? weekdayBefore(framed[i - 1]!.weekday!, resolved.value) : null;
    if (opener) {
      out[i - 1] = { ...out[i - 1], value: opener };
      resolvedValues[i - 1] = opener;
      const told = references.at(-1);
      if (told?.start === mentions[i - 1].start) told.value = opener;
    }
    // "arrested four days later, on May 29", "Two years earlier, in June 2021,", "held 10 days later, on Sunday, Dec. 15":
    // an offset the date in apposition after it names is that date (the date the text gives, not the one counted from
    // the day before).
    // "will return next year from Aug. 21 to 23": a day of a month told right after a year told by its relation to the DCT
    // is in that year (not a month after a period the story tells of: "the start of the season in September").
    const yearJustBefore = i > 0 && frame.month !== undefined && frame.day !== undefined && frame.year === undefined
      && framed[i - 1]?.year === undefined && (framed[i - 1]?.rel !== undefined || framed[i - 1]?.relWord !== undefined)
      && YEAR_VALUE.test(resolvedValues[i - 1] ?? '') && YEAR_THEN_DAY_BETWEEN.test(doc.text.slice(mentions[i - 1].end, m.start));
    if (yearJustBefore && resolved.type === 'DATE' && PERIOD_VALUE.test(resolved.value)) resolved = { ...resolved, value: resolvedValues[i - 1]! + resolved.value.slice(4) };
    const offsetBefore = i > 0 && framed[i - 1]?.dir?.anaphoric && OFFSET_APPOSED_BETWEEN.test(doc.text.slice(mentions[i - 1].end, m.start));
    if (offsetBefore && resolved.type === 'DATE' && PERIOD_VALUE.test(resolved.value)) {
      // (a date without its year is in the year the offset reaches: "A month later, on Dec. 12" after "Nov. 11, 2022")
      const counted = /^\d{4}/.exec(resolvedValues[i - 1] ?? '')?.[0];
      if (frame.year === undefined && counted) resolved = { ...resolved, value: counted + resolved.value.slice(4) };
      out[i - 1] = { ...out[i - 1], value: resolved.value };
      resolvedValues[i - 1] = resolved.value;
    }
    // "was opened on Feb. 16, 1923, almost three months later.", "reverted it at 05:27 UTC, 78 minutes later": an offset in
    // apposition after a date restates that date (it counts from an earlier one, which the date already gives).
    const restates = i > 0 && frame.dir?.anaphoric && out[i - 1].type === resolved.type && RESTATED_BETWEEN.test(doc.text.slice(mentions[i - 1].end, m.start))
      && !COMPARED_AFTER.test(doc.text.slice(m.end, m.end + 6)) && /^\d{4}/.test(resolvedValues[i - 1] ?? '');
    if (restates) resolved = { ...resolved, value: resolvedValues[i - 1]! };
    // "Hertz won approval on Thursday. Thursday's approval means ...": a weekday's possessive after the same weekday told
    // plainly names what happened on the day told, whatever the verb after it.
    const plainWeekday = frame.weekday !== undefined && frame.rel === undefined && frame.relWord === undefined && frame.weekShift === undefined;
    const toldBefore = plainWeekday && resolved.type === 'DATE' && POSSESSIVE_AFTER.test(doc.text.slice(m.end, m.end + 3)) ? weekdayTold.get(frame.weekday!) : undefined;
    if (toldBefore) resolved = { ...resolved, value: toldBefore };
    if (plainWeekday && resolved.type === 'DATE' && DAY_VALUE.test(resolved.value)) weekdayTold.set(frame.weekday!, resolved.value);
    resolvedValues[i] = resolved.value;
    // A midnight that ends a day ("at midnight on Monday") is as late as an evening: "12:45 a.m." after it is the next day's.
    if (resolved.type === 'TIME' && (frame.hour !== undefined || resolved.value.endsWith('T24:00')) && !converted) lastClock = { value: resolved.value, at: m.start };
    if (!frame.localElection && /^\d{4}-\d\d-\d\d$/.test(resolved.value) && ELECTION_WORDS.test(around(sentenceStart(sentenceStarts, m.start), m))) electionDay = resolved.value;
    const dateline = resolved.type === 'DATE' && isDateline(doc.text, m);
    if (dct === published && dateline) dct = datelineDay(resolved.value, published) ?? dct;
    if (resolved.type === 'DATE' || resolved.type === 'TIME') {
      const report = Boolean(doc.tokens?.length) && dayOfReport(doc, m.start);
      // (a baseline counted back from the story's period is no period it goes on about: "up 206% from a year ago and up
      // 34% from the previous quarter" counts both from the quarter reported)
      const baseline = (frame.dir !== undefined && BASELINE_BEFORE.test(doc.text.slice(Math.max(0, m.start - 16), m.start)))
        // nor is a date compared with, after another date or a figure ("fell 2% in April from March, after rising 1% the
        // previous month", "rose 38% from 2022"), unless a range's end follows it
        || ((i > 0 && FROM_BETWEEN.test(doc.text.slice(mentions[i - 1].end, m.start)) || FIGURE_FROM_BEFORE.test(doc.text.slice(Math.max(0, m.start - 24), m.start))
          // (or the period of a figure compared with: "fell to $4.3 billion from $5.1 billion in the first quarter")
          || FIGURE_COMPARED_IN_BEFORE.test(doc.text.slice(Math.max(0, m.start - FIGURE_COMPARED_REACH), m.start)))
          && !(i + 1 < mentions.length && RANGE_BETWEEN.test(doc.text.slice(m.end, mentions[i + 1].start))));
      // (nor is a record's benchmark: "the highest since the third quarter of 2018. Sales grew from the previous quarter")
      const benchmark = SINCE_AT_END.test(doc.text.slice(Math.max(0, m.start - SINCE_THE.length), m.start))
        && BENCHMARK_BEFORE.test(doc.text.slice(Math.max(0, m.start - BENCHMARK_REACH), m.start));
      const conversion = frame.anchor === 0 && CONVERSION_AFTER.test(doc.text.slice(m.end, m.end + 24));
      // ("Revenue in the quarter rose ... For the full year", "Sales in the quarter rose 3%. In the same period a year
      // earlier": a bare "the quarter", and a bare "the year" that restates the period told nearby, tell the period the
      // story reports on, for what comes sentences later)
      const restated = frame.the && frame.relWord === undefined && frame.rel === undefined && PERIOD_SHAPE.test(resolved.value)
        && (frame.unit === 'Q' || (frame.unit === 'Y' && (ctx.localPeriod?.() ?? '-').startsWith(resolved.value)));
      // (nor is the day a stretch to now opens with: "have worked weekends since New Year's Eve ... for the rest of the month")
      const toNow = ctx.sinceToNow === true;
      if ((!isAnaphoric(frame) || restated) && !baseline && !benchmark && !conversion && !toNow && /^(?:BC)?\d{4}/.test(resolved.value)) {
        const told = { start: m.start, value: resolved.value, report };
        references.push(told);
        if (!(frame.year !== undefined && frame.month === undefined && FOUNDED_BEFORE.test(doc.text.slice(Math.max(0, m.start - FOUNDED_REACH), m.start)))) storyReferences.push(told);
        decade = null;
      }
      if (!isAnaphoric(frame) && /^\d{3}$/.test(resolved.value)) decade = resolved.value;
      if (frame.year !== undefined && MONTH_VALUE.test(resolved.value) && MONTH_TOLD_BEFORE.test(doc.text.slice(Math.max(0, m.start - 8), m.start))
        && !(doc.tokens?.length && beforeNoun(doc, m.end))) monthTold = { value: resolved.value, start: m.start };
      const day = parseYmd(resolved.value);
      if (day && (frame.year !== undefined || frame.yearShift !== undefined)) yearToldDay = { value: resolved.value, start: m.start };
      if (day && dct && withinDays(day, dct, WEEK_DAYS)) presentAt = m.start;
      if (/^\d{4}$/.test(doc.text.slice(m.start, m.end)) && /^\d{4}$/.test(resolved.value) && doc.tokens?.length && beforeNoun(doc, m.end, true) && !yearOfAThing(i)) {
        nounYear = { year: +resolved.value, end: m.end };
      }
      // (a year told outright, "In 2016,", or counted from the DCT or from the story's own where it opens the sentence, "Last
      // year,", "That year,", "Two years later,", or by a month counted so, "Last June,"; not a month without one, nor "last
      // year when they host Spain on September 28")
      const opening = sentenceStart(sentenceStarts, m.start);
      const counted = /^\d{4}$/.test(resolved.value) || (frame.month !== undefined && frame.rel !== undefined && /^\d{4}-\d\d$/.test(resolved.value));
      const opens = counted && m.start - opening < SCENE_BEFORE_REACH && OPENING_AND_COMMA.test(doc.text.slice(opening, m.end + 1));
      if ((frame.year !== undefined || opens) && /^\d{4}/.test(resolved.value) && (!isAnaphoric(frame) || opens) && setsTheScene(doc.text, opening, m)) {
        sceneYear = { year: +resolved.value.slice(0, 4), end: m.end, quoted: insideQuotation(doc.text, opening, m.start) };
      }
      // "from Thursday's settlement price": a day that marks a figure is no day the narrative reached, nor one that names an
      // event ("the Jan. 6 riot"). Nor is the day of a report told right after the day of what it reports ("struck before
      // dawn Tuesday, officials said Wednesday. The quake hit at 3:02 a.m."): the story stays on the event's day.
      const reportAfterEvent = report && narrativeDay !== null && !narrativeReport && narrativeAt >= comparisonStart(sentenceStarts, m.start);
      const monthDay = frame.day !== undefined && frame.month !== undefined && frame.weekday === undefined;
      // A dateline's day is the DCT, no day the story reached ("overnight" after it is the night before it).
      // Nor is the day that ends a period of accounts ("the six months to September 30, 1995", "the year ended March 31"),
      // nor one a year or months back from a day told ("unchanged from a year earlier"), which compares a figure.
      // Nor the day a period to now opens with ("rates have stayed there since January 31").
      const periodEnd = monthDay && PERIOD_END_BEFORE.test(doc.text.slice(Math.max(0, m.start - 40), m.start));
      const periodStart = SINCE_BEFORE.test(doc.text.slice(Math.max(0, m.start - SINCE_REACH), m.start));
      // Nor a night that spans two days ("heavy snow overnight"): "between midnight and 8am" after it is no morning of its first.
      const spansTwo = frame.overnight === true;
      const comparedBack = isAnaphoric(frame) && (frame.unit === 'Y' || frame.unit === 'M' || frame.unit === 'Q');
      // Nor, once the story has a day, another told as background ("the intervention, which began on Aug. 14", "had first
      // touched that level on March 16"): a clock time after it is still on the story's day.
      const background = narrativeDay !== null && day !== null && !(leadDay && formatDay(leadDay) === formatDay(day)) && Boolean(doc.tokens?.length) && toldAsBackground(doc, m.start);
      const reached = day && !dateline && !reportAfterEvent && !periodEnd && !periodStart && !spansTwo && !comparedBack && !background && !(doc.tokens?.length && (marksAFigure(doc, m.start, m.end) || (monthDay && namesAnEvent(doc, m.end)))) ? day : null;
      if (reached) {
        // (the same day told again, "May 25, 2020, a Memorial Day Monday", keeps the scene it set)
        const again = narrativeDay !== null && formatDay(narrativeDay) === formatDay(reached);
        narrativeYearNamed = (again && narrativeYearNamed) || frame.year !== undefined;
        narrativeClock = (again && narrativeClock) || resolved.type === 'TIME';
        narrativeNight = resolved.type === 'TIME' && LATE_IN_DAY.test(resolved.value);
        // (so does a day told with its year and a time of day, in either order: "died at 8:50 p.m. on Dec. 5, 2013", "on the
        // night of June 7, 2021. Murdaugh called 911 at 10:07 p.m.")
        narrativeScene = (again && narrativeScene) || (frame.year !== undefined && setsTheScene(doc.text, sentenceStart(sentenceStarts, m.start), m))
          || (narrativeYearNamed && narrativeClock);
        narrativeDay = reached;
        narrativeAt = m.start;
        narrativeReport = report;
      }
      if (reached && dct && formatDay(reached) <= formatDay(dct)) { pastNarrativeDay = reached; pastNarrativeAt = m.start; }
      if (reached && !leadDay && nearDct(reached, dct, frame.year !== undefined, false)) leadDay = reached;
      const part = day && resolved.type === 'TIME' ? partOfTime(resolved.value) : null;
      if (part) dayOfPart.set(part, day!);
    }
    return withValue(m, resolved);
  }
}

/** `read`, worked out at the first call only. */
function once<T>(read: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = read();
      done = true;
    }
    return value;
  };
}

/**
 * Whether a day the narrative reached is near enough the DCT for a clock time or "the next morning"
 * told sentences later to fall on it: "The Gulf War began on Jan. 17, 1991. ... a car bomb exploded at
 * 3 p.m." is today's news after a line of background. A day told in the sentence or the one before
 * counts always. One without a year ("The ferry sank on Jan. 3.") the text places near the DCT itself:
 * what counts on from it ("the next morning") falls after it however far back; a clock time or a night
 * of no day only within two months ("Murtaza Bhutto, shot dead on September 20" in a story of
 * December: "attacks overnight" are the DCT's).
 */
function nearDct(day: Ymd, dct: Ymd | null, yearNamed: boolean, countsOn: boolean): boolean {
  if (!yearNamed && countsOn) return true;
  return !dct || withinDays(day, dct, yearNamed ? NARRATIVE_REACH_DAYS : UNDATED_REACH_DAYS);
}

/** Whether a quotation opened before `at` in its sentence, from `from`, is still open there. */
function insideQuotation(text: string, from: number, at: number): boolean {
  let open = false;
  for (let i = from; i < at; i++) {
    const c = text[i];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}

function withinDays(day: Ymd, other: Ymd, days: number): boolean {
  return Math.abs(Date.UTC(day.y, day.m - 1, day.d) - Date.UTC(other.y, other.m - 1, other.d)) <= days * 86400000;
}
/** A time of a day's evening or night, whose midnight after it ends the day (not "2 a.m.", already past it). */
const LATE_IN_DAY = /T(?:EV|NI|1[89]:|2\d:)/;

/** The part of the day a TIMEX3 time value falls in ("1998-08-07T10:30" → MO, "...TNI" → NI), or null. */
function partOfTime(value: string): string | null {
  const code = /T(MO|AF|EV|NI)$/.exec(value);
  if (code) return code[1];
  const hour = /T(\d\d):/.exec(value);
  if (!hour) return null;
  const h = +hour[1];
  return h < 5 ? 'NI' : h < 12 ? 'MO' : h < 18 ? 'AF' : h < 21 ? 'EV' : 'NI';
}

/** A clock time's zone that wires give markets' and news' times in. */
const UNIVERSAL_TIME = new RegExp(`\\b(?:${UNIVERSAL_ZONES.join('|')})\\b`);

/** "($42 million at today's rates)", "in today's dollars": a present that converts a figure, no time of the story it tells. */
const CONVERSION_AFTER = /^['’]s (?:exchange )?(?:rates?|prices|money|dollars|terms|values?)\b/;
/** The word before a figure's baseline: "up 5% from a year ago", "higher than a year earlier", "compared with". */
const BASELINE_BEFORE = /\b(?:from|than|over|versus|vs\.?|with|against) $/i;
/** A superlative and "since" before a date: the record it is measured against ("its worst day since March 2020"). */
const BENCHMARK_BEFORE = /\b(?:highest|lowest|biggest|largest|smallest|worst|best|strongest|weakest|first|fastest|slowest|sharpest|steepest|deepest|longest|shortest|hottest|warmest|coldest|wettest|driest|busiest|fewest|most|least|cheapest|widest|narrowest|heaviest)\b[^.;!?]*\bsince (?:at least )?(?:the )?$/i;
const BENCHMARK_REACH = 60;
/** How BENCHMARK_BEFORE ends, tried first on the last few characters: its superlatives are looked for at every one of sixty. */
const SINCE_AT_END = /since (?:at least )?(?:the )?$/i;
const SINCE_THE = 'since at least the ';
const FROM_BETWEEN = /^\s+from\s+$/i;
/**
 * A market's price or its move told before a time of day in its sentence: "shares rose 0.6% to C$61.72", "the rupee was
 * at 83.1"; not "crude" that names a ship's or a pipe's load ("the crude tanker was hit at 3:12 a.m.").
 */
const MARKET_PRICE = /\b(?:shares|stocks|index|rupee|dollar|yen|euro|yuan|ringgit|rupiah|peso|lira|rand|bonds?|yields?|futures|crude(?! (?:oil )?(?:tankers?|carriers?|terminals?|pipelines?|cargo(?:es)?|shipments?|spills?)\b))\b[^.]*\d/i;
/** Where the text's paragraph breaks ("\n\n") are, in order. */
function breaksOf(text: string): number[] {
  const at: number[] = [];
  for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 1)) at.push(i);
  return at;
}

/** Whether a paragraph break lies between offsets `from` and `to`: a search, not a slice of what lies between. */
function breakBetween(breaks: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < breaks.length && breaks[lo] + 1 < to;
}

/** How far before a time of day its market's price may be told (a bound, so that a sentence without a stop stays linear). */
const MARKET_PRICE_REACH = 200;
/** Whether the sentence from `sentenceFrom` tells a market's price before `at`. */
function marketPrice(text: string, sentenceFrom: number, at: number): boolean {
  return MARKET_PRICE.test(text.slice(Math.max(sentenceFrom, at - MARKET_PRICE_REACH), at));
}
/** A figure or a word of change: a sentence that compares amounts. */
const FIGURE = /\d|\b(?:percent|cents?|points?|million|billion|up|down|rose|fell|from|than|compared|versus|higher|lower)\b/i;
/** The words that end a figure: "percent", "cents", "points" and the scales ("million", "bn"). */
const FIGURE_ENDS = ['percent', 'per cent', 'cents?', 'points?', ...Object.keys(SCALE_WORDS), ...SPACED_SCALE_SUFFIXES].join('|');
const FIGURE_FROM_BEFORE = new RegExp(`(?:\\d%?|\\b(?:${FIGURE_ENDS}))\\s+from\\s+$`, 'i');
/** A figure compared with and the preposition of its period: "from $5.1 billion in ", "compared with 2.1% during ". */
const FIGURE_COMPARED_IN_BEFORE = new RegExp(`\\b(?:from|than|versus|vs\\.?|compared (?:with|to))\\s+\\S{0,4}\\d[\\d.,]*(?:\\s*(?:%|${FIGURE_ENDS}))?\\s+(?:in|during|for)\\s+$`, 'i');
const FIGURE_COMPARED_REACH = 64;
/** The words before a day that closes a period of accounts: "the six months to", "the year ended", "quarter ending", "quarter, which ended on". */
const PERIOD_END_BEFORE = /\b(?:months?|years?|quarters?|half|weeks?|period)(?:,? (?:which|that))?(?: just)? (?:to|ended|ending|ends|through)(?: on)?\s+$/i;
/**
 * The words before a day that opens a period to now: "where it has been since January 31", "since Sunday", or the
 * clause "since" opens ("the daily protest since it began 37 days ago").
 */
const SINCE_BEFORE = /\bsince\b[^,.;:()\n]*$/i;
/** How far back (in characters) the "since" of a period's first day is looked for. */
const SINCE_REACH = 60;
/** A word in lower case of three letters or more right after an expression: the noun a day may name an event of. */
const NOUN_WORD_AFTER = /^ \p{Ll}{3}/u;
/** What stands between a part of the day and a clock time in it: "this afternoon at 2:19". */
const AT_AFTER_PART = /^,? at (?:about |around )?$/;
/**
 * What stands between a day and a clock time on it: "January 7 at 11 a.m.", "Friday, at 9 p.m.", and a clause of "when"
 * that tells what happened that day ("on Aug. 7, when he tweeted at 12:48 p.m.").
 */
const AT_AFTER_DAY = /^,? at $|^,? when [^.;,!?]{1,60} at (?:about |around )?$/;
/** A time value with its day: "1997-01-07T11:00". */
const DAY_TIME = /^\d{4}-\d\d-\d\dT/;
/** A place's time after a clock reading, its words: "New York time", "Khartoum time". */
const PLACE_TIME_WORDS = String.raw`(?:\p{Lu}[\p{L}\p{M}'’-]*\s){1,3}time`;
/** Only an opening bracket between two clock readings, the second the first's in brackets. */
const BRACKET_BETWEEN = /^\s*\(\s*$/;
/**
 * An opening bracket, after a place's time if any, between a clock time and the same moment in another zone: "8:20
 * p.m. (0120 GMT)", "9:45pm Khartoum time (19:45 GMT)".
 */
const CONVERSION_BETWEEN = new RegExp(`^(?: ${PLACE_TIME_WORDS})?\\s*\\(\\s*$`, 'u');
/**
 * Hours before which a clock time without a day, told after an evening's, is past midnight; from which one is an
 * evening's; and from which one is an afternoon's, after which an hour read without a.m. or p.m. is one too.
 */
const DAWN_HOUR = 6;
const EVENING_HOUR = 18;
const NOON_HOUR = 12;
/** The hours read without a.m. or p.m. that "this afternoon" (up to 6) and "tonight" (from 5) hold. */
const LAST_AFTERNOON_HOUR = 6;
const FIRST_EVENING_HOUR = 5;
/** No two zones of the world are more than fourteen hours apart. */
const MAX_ZONE_HOURS = 14;

/** A TIMEX3 value that ends in a clock reading ("2024-06-07T09:00", "T24:00" of a midnight, "T12:00" of noon). */
const CLOCK_VALUE = /T\d\d:\d\d$/;
/** Whether a frame reads a clock time and no day ("1 a.m.", not "1 a.m. Wednesday" or "tomorrow at 1 a.m."). */
const clockAlone = (f: Frame) => f.weekday === undefined && f.day === undefined && f.month === undefined && f.year === undefined
  && f.anchor === undefined && f.rel === undefined && f.relWord === undefined && !f.sameDay;

/** How far from a holiday a date of its sentence may lie and still place it. */
const HOLIDAY_DATE_CHARS = 120;
/** How many days from the holiday, in the date's year, the date may lie: a week's school recess around Passover. */
const HOLIDAY_DATE_DAYS = 10;
/** How many days from the calendar's reckoning a day the text gives a holiday may lie: a moon sighted late, a day moved. */
const HOLIDAY_SAME_DAYS = 3;
/** What says the date after a holiday is its day: "Lunar New Year falls on Tuesday, Feb. 17", "Eid al-Fitr, expected around March 20". */
const HOLIDAY_DATE_BETWEEN = /^,?\s+(?:(?:which|when)\s+(?:[\p{L}'’]+\s+){0,4}|(?:falls?|fell|is|was|begins?|began|starts?|started|(?:is\s+)?expected)\s+)?(?:on|around|in)?\s*$/iu;

/**
 * Holidays told beside a day of their sentence, in that day's year: "a recess from April 2 through April 10, covering
 * Passover and Good Friday" in a story of the year before, "Lunar New Year falls on Tuesday, Feb. 17". Where the text
 * says the day is the holiday's, the text's day is its (a moon sighted a day later than the calendar's reckoning).
 */
function datedHolidays(doc: Doc, out: Mention[], framed: (Frame | null)[], sentenceStarts: number[], dct: Ymd | null): Mention[] {
  for (let i = 0; i < out.length; i++) {
    const frame = framed[i];
    if (!frame?.holiday || frame.year !== undefined || frame.yearShift !== undefined || frame.rel !== undefined || typeof out[i].value !== 'string' || !DAY_VALUE.test(out[i].value as string)) continue;
    const sentence = sentenceIndex(sentenceStarts, out[i].start);
    // The nearest day told in the sentence by its date or its weekday, either side.
    let best = -1;
    const isDay = (k: number) => framed[k] && !framed[k]!.holiday && (framed[k]!.day !== undefined || framed[k]!.weekday !== undefined)
      && typeof out[k].value === 'string' && DAY_VALUE.test(out[k].value as string) && sentenceIndex(sentenceStarts, out[k].start) === sentence;
    for (let k = i - 1; k >= 0 && out[k].start >= out[i].start - HOLIDAY_DATE_CHARS; k--) if (isDay(k)) { best = k; break; }
    for (let k = i + 1; k < out.length && out[k].start <= out[i].start + HOLIDAY_DATE_CHARS; k++) {
      if (isDay(k)) { if (best < 0 || out[k].start - out[i].start < out[i].start - out[best].start) best = k; break; }
    }
    if (best < 0) continue;
    const day = out[best].value as string;
    const inYear = resolveFrame({ ...frame, year: +day.slice(0, 4) }, { dct, tense: () => null, reference: null });
    const own = parseYmd(inYear?.value.slice(0, 10));
    const told = parseYmd(day);
    if (!inYear || !own || !told || !withinDays(own, told, HOLIDAY_DATE_DAYS)) continue;
    const equated = best > i && withinDays(own, told, HOLIDAY_SAME_DAYS) && HOLIDAY_DATE_BETWEEN.test(doc.text.slice(out[i].end, out[best].start));
    // (a weekday, placed by the DCT and no scene, gives no year: "Two years later, on the Sunday after Thanksgiving")
    if (framed[best]!.month === undefined && !(equated && day.slice(0, 4) === (out[i].value as string).slice(0, 4))) continue;
    const value = equated ? day : inYear.value;
    if (value !== out[i].value) out[i] = { ...out[i], value };
  }
  return out;
}

/** Between a set and the clock time after it: "daily at 9 a.m.", "every morning, at 6", "on Saturdays until 8:30 p.m.". */
const SET_THEN_CLOCK = /^,?\s+(?:at|from|until|between)\s+$/i;
/** Between a clock time and the set after it: "at 8 a.m. every weekday", "until 11 p.m. daily", "until 9:45 p.m. on Fridays". */
const CLOCK_THEN_SET = /^,?\s+(?:on\s+)?$/i;
/** A kind of day, any of which it may be: "weekday", "weekend", "working day". */
const GENERAL_DAY = '(?:weekday|weeknight|weekend|(?:working|business|school) day)';
/**
 * Days of the week in general after a clock time: "until 7 p.m. on weekdays", "to 11 p.m., seven days a week", "to 5pm
 * every weekday", "8 p.m. EST, Monday through Friday".
 */
const RECURRING_DAYS_AFTER = new RegExp(`^,?\\s+(?:(?:on\\s+)?${GENERAL_DAY}s|(?:every|each)\\s+${GENERAL_DAY}|seven days a week|(?:${WEEKDAY_ALTERNATION})s?\\s*(?:to|through|thru|-|–)\\s*(?:${WEEKDAY_ALTERNATION})s?)\\b`, 'i');
/** The same before a clock time: "in session every weekday from 9 a.m.", "on weekdays between 8 and 10 a.m.". */
const RECURRING_DAYS_BEFORE = new RegExp(`\\b(?:(?:every|each)\\s+${GENERAL_DAY}|on\\s+${GENERAL_DAY}s)\\s*,?\\s+(?:at|from|between|until)\\s+$`, 'i');
/** Between two clock times of a list: "at 4am, 7am, 10am and 1pm daily". */
const CLOCK_LIST_BETWEEN = /^,?\s+(?:and\s+)?$/i;

/**
 * The day of a set told right beside the clock time of mention i ("XXXX-XX-XX", "XXXX-WXX-1" of "each Monday"), or null:
 * a set as its frame reads it ("every morning", "each Monday", "daily", "nightly").
 */
function setBeside(doc: Doc, mentions: Mention[], framed: (Frame | null)[], i: number): string | null {
  const recurs = (k: number) => framed[k]?.every === true || framed[k]?.setValue !== undefined;
  const setDay = (k: number) => (framed[k]?.weekday !== undefined ? `XXXX-WXX-${framed[k]!.weekday}` : 'XXXX-XX-XX');
  if (i > 0 && recurs(i - 1) && SET_THEN_CLOCK.test(doc.text.slice(mentions[i - 1].end, mentions[i].start))) return setDay(i - 1);
  // (the last of a list of clock times stands for them all: "at 4am, 7am, 10am and 1pm daily")
  let last = i;
  while (last + 1 < mentions.length && framed[last + 1]?.hour !== undefined && CLOCK_LIST_BETWEEN.test(doc.text.slice(mentions[last].end, mentions[last + 1].start))) last++;
  if (last + 1 < mentions.length && recurs(last + 1) && CLOCK_THEN_SET.test(doc.text.slice(mentions[last].end, mentions[last + 1].start))) return setDay(last + 1);
  // ("until 7 p.m. on weekdays", "to 11 p.m., seven days a week": days no set mention names, any of which it is)
  if (RECURRING_DAYS_AFTER.test(doc.text.slice(mentions[last].end, mentions[last].end + 40))
    || RECURRING_DAYS_BEFORE.test(doc.text.slice(Math.max(0, mentions[i].start - 40), mentions[i].start))) return 'XXXX-XX-XX';
  return null;
}

/** The day (a weekday's, or the next), week or weekend before or after `day`: a weekend before a Sunday is the one before its Saturday. */
function nextTo(day: Ymd, { unit, dir }: NonNullable<Frame['around']>): string {
  if (unit === 'D') return formatDay(addDays(day, dir));
  if (unit === 'W') return formatWeek(addDays(day, 7 * dir));
  const weekday = unit === 'WE' ? SATURDAY : unit;
  let t = addDays(day, unit === 'WE' && dir < 0 ? -2 : dir);
  while (weekdayOf(t) !== weekday) t = addDays(t, dir);
  return unit === 'WE' ? `${formatWeek(t)}-WE` : formatDay(t);
}
const SATURDAY = 6;
/** A part of the day that is a clock time: noon's and midnight's ("T12:00", "T24:00"), not "TEV". */
const CLOCK_PART = /^T\d\d:/;

/**
 * "Counting usually begins at 7pm", "appointments, which normally start at 8:15 a.m.": a clock time told as a rule (a word
 * of frequency in its sentence, or a set of days in its clause) in a sentence that names no day is on no one day.
 */
function habitualClock(doc: Doc, mentions: Mention[], framed: (Frame | null)[], i: number): string | null {
  const m = mentions[i];
  // The sentence's mentions only: a long article's clock times do not each read all its mentions.
  let [from, to] = [i, i];
  while (from > 0 && mentions[from - 1].sentence === m.sentence) from--;
  while (to + 1 < mentions.length && mentions[to + 1].sentence === m.sentence) to++;
  // (a set of days in its clause: "40 times a day, with the first showing at 7 a.m. and the last around midnight";
  // "every Saturday this month from 10 a.m. to 2 p.m.", on that weekday where it is the sentence's one set; not one of
  // a clause of its own, "arrested at 6 a.m. and has appeared in court every day since")
  const sets = new Set<string>();
  let named = false;
  for (let k = from; k <= to; k++) {
    const f = framed[k];
    if (!f) continue;
    if (!f.every && f.setValue === undefined && dayOf(f)) named = true;
    const days = recurringDays(f);
    if (days && (!doc.tokens?.length || !clauseOfItsOwnBetween(doc, Math.min(m.end, mentions[k].end), Math.max(m.start, mentions[k].start)))) sets.add(days);
  }
  if (named || (!sets.size && !(doc.tokens?.length && habitualSentence(doc, m.start)))) return null;
  return sets.size === 1 ? [...sets][0] : 'XXXX-XX-XX';
}
/**
 * The days of a set of days told as such ("each day", "every evening", "40 times a day", "every six hours", "on weekends":
 * XXXX-XX-XX; "every Saturday": that weekday), or null (not the adverb "daily", often a thing's manner).
 */
function recurringDays(f: Frame): string | null {
  // (a weekend's days, which no TIMEX3 value writes with a clock time, any day)
  if (f.setValue?.startsWith('XXXX-WXX-')) return f.setValue.endsWith('WE') ? 'XXXX-XX-XX' : f.setValue;
  if (f.every !== true) return null;
  return f.weekday !== undefined ? `XXXX-WXX-${f.weekday}` : f.unit === 'D' || f.unit === 'H' || f.part !== undefined ? 'XXXX-XX-XX' : null;
}
/** A frame that reads a day of its own: a weekday, a day of a month, "yesterday", a holiday. */
const dayOf = (f: Frame) => f.weekday !== undefined || f.day !== undefined || f.anchor !== undefined || f.holiday === true || f.nthWeekday !== undefined;

const hourOf = (value: string) => Number(/T(\d\d):/.exec(value)?.[1] ?? -1);

/** The days `other` (a time on the day of `first`) is a day apart from it: only that puts it within the zones' reach of `first`. */
function zoneShift(first: string, other: string): number {
  const [ha, hb] = [hourOf(first), hourOf(other)];
  if (ha < 0 || hb < 0) return 0;
  return hb - ha < -MAX_ZONE_HOURS ? 1 : hb - ha > MAX_ZONE_HOURS ? -1 : 0;
}

/** A time value moved by whole days. */
function shiftedDay(value: string, days: number): string {
  const day = parseYmd(value);
  return day ? formatDay(addDays(day, days)) + value.slice(10) : value;
}

/** The nation's name or adjective right before "Independence Day", with its 's and an ordinal: "Indonesia's 79th ". */
const NATION_BEFORE = /(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)(?:['’]s)? (?:\d{1,3}(?:st|nd|rd|th) )?$/u;

/**
 * "Indonesia's 79th Independence Day": the day of the nation named before it, not the United States' July 4; with none
 * named, the day of the article's country ("the Independence Day holiday" in a story from Jerusalem).
 */
function ofNation(frame: Frame, text: string, start: number, country: () => string | undefined): Frame {
  const nation = NATION_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  const named = nation ? INDEPENDENCE_DAYS[nation[1].toLowerCase()] ?? INDEPENDENCE_DAYS[nation[1].slice(nation[1].indexOf(' ') + 1).toLowerCase()] : undefined;
  const day = named ?? INDEPENDENCE_DAYS[country()?.toLowerCase() ?? ''];
  if (!day) return frame;
  return 'month' in day ? { ...frame, month: undefined, day: undefined, hebrew: day } : { ...frame, month: day[0], day: day[1] };
}

/** How far from the DCT a day may be and still anchor what is told sentences after it. */
const NARRATIVE_REACH_DAYS = 31;
/** The story's own week: a day told in it is the news, one further back background. */
const WEEK_DAYS = 7;
const UNDATED_REACH_DAYS = 62;

/**
 * Two days of the year that open and close a range ("from June 1 to Nov. 30"), the first without a year of its own, or
 * with the one it shares with the second ("Dec. 28 to Jan. 3, 2025", where the year is written once, after the end).
 */
function rangeOfDays(first: Frame | null, second: Frame): boolean {
  const day = (f: Frame | null) => f?.month !== undefined && f.day !== undefined && f.hour === undefined;
  return day(first) && day(second) && (first!.year === undefined || first!.year === second.year) && first!.yearShift === undefined;
}

/** A bare weekday before a weekday told with its week: "Monday to Wednesday next week", "from Tuesday to Thursday of last week". */
function rangeOfWeekdays(first: Frame | null, second: Frame): boolean {
  const bare = first?.weekday !== undefined && first.month === undefined && first.hour === undefined
    && first.rel === undefined && first.relWord === undefined && first.weekShift === undefined;
  return bare && second.weekday !== undefined && second.hour === undefined
    && (second.rel !== undefined || second.relWord !== undefined || second.weekShift !== undefined);
}

/** The latest day on or before `end` (a day) that falls on `weekday`, or null when `end` is no day. */
function weekdayBefore(weekday: number, end: string): string | null {
  const e = DAY_VALUE.test(end) ? parseYmd(end) : null;
  return e ? formatDay(weekdayOnOrBefore(e, weekday)) : null;
}

/** The value `start` (a day) takes to be the latest such day on or before `end`, or null when it already is. */
function startBefore(start: string, end: string): string | null {
  const [s, e] = [parseYmd(start), parseYmd(end)];
  if (!s || !e) return null;
  const y = s.m * 100 + s.d <= e.m * 100 + e.d ? e.y : e.y - 1;
  return y === s.y ? null : `${String(y).padStart(4, '0')}${start.slice(4)}`;
}

function withValue(m: Mention, r: Resolved): Mention {
  const timex = r.mod ? { type: r.type, mod: r.mod } : { type: r.type };
  // Resolved in context, "an hour later" is a time of day, which out of context it was not.
  const type = TIME_LABELS.has(m.type) ? labelOf(r) : m.type;
  return { ...m, type, value: r.value, attrs: { ...m.attrs, timex } };
}

/**
 * The year of the expression before, right after a month or after the month that closes its range: " that year", ", of
 * the same year", " and June of that year", "-Aug. 3 of that year".
 */
const THAT_YEAR_AFTER = /^(?:(?: and| to| through| until| ?[-–]) ?\p{Lu}\p{Ll}+\.?(?: \d\d?)?)?,? (?:of )?(?:that|the same) year\b/u;
/** Between a yearly set and the month it tells of: "in" (", in April"). */
const SET_THEN_MONTH = /^,? in $/;
/** A possessive's ending right after a day: "Thursday's approval". */
const POSSESSIVE_AFTER = /^['’]s\b/;

/** A weekday, or a month and its day: what a strike or a vote may be called for ("for Friday", "for Nov. 14"). */
const namesADay = (f: Frame) => f.weekday !== undefined || (f.month !== undefined && f.day !== undefined);
/** A month named alone, with no day or year: "for September". */
const monthAlone = (f: Frame) => f.month !== undefined && f.day === undefined && f.year === undefined && f.rel === undefined;

/** The frame the recognizer read, or, for a span another recognizer proposed, its text read now. */
function frameOf(doc: Doc, m: Mention): Frame | null {
  const carried = m.attrs?.timexFrame as Frame | undefined;
  return carried ?? parseTimex(doc.text.slice(m.start, m.end), doc.text.slice(m.end, m.end + 40));
}

/**
 * "at 10 p.m. on March 3", "at 3 a.m. local time (0100 GMT) on Sunday", "at 5 p.m. New York time on June 27":
 * a clock time and the day right after it, joined by "on" or by a clock reading in brackets or after a slash, are one
 * moment, so the time (and the other reading) takes that day rather than the one told before it.
 */
function dayJoined(doc: Doc, mentions: Mention[], framed: (Frame | null)[], i: number, dct: Ymd | null, rangeFrom: Ymd | null): { day: Ymd; index: number } | null {
  const frame = framed[i];
  if (!frame || frame.hour === undefined && frame.part === undefined) return null;
  let k = i + 1;
  // Past the place whose time it is ("at 5 p.m. [New York] time on June 27": the place stays a name of its own)...
  let end = mentions[i].end;
  const zone = PLACE_TIME.exec(doc.text.slice(end, end + 40));
  if (zone) {
    end += zone[0].length;
    while (k < mentions.length && mentions[k].end <= end) k++;
  }
  // ... and the clock readings in the brackets that open right after.
  while (k < mentions.length && mentions[k].start - end <= BRACKET_CHARS && /^\s*\([^()]*$/.test(doc.text.slice(end, mentions[k].start))) k++;
  // ... or the other zone's reading after a slash ("at 8 p.m. ET/5 p.m. PT on Monday").
  while (k < mentions.length && /^\s*\/\s*$/.test(doc.text.slice(end, mentions[k].start))) end = mentions[k++].end;
  const next = mentions[k];
  const nextFrame = framed[k];
  if (!next || !nextFrame || isAnaphoric(nextFrame) || next.start - end > 2 * BRACKET_CHARS) return null;
  const between = doc.text.slice(end, next.start);
  const unbracketed = between.replace(/^\s*[^()]*\)/, ' ').replace(new RegExp(`\\([^()]{0,${BRACKET_CHARS}}\\)`), ' ');
  // (or the noun the clock time qualifies and "on": "set a 2 p.m. deadline on Monday"; or a comma and "on": "close early at
  // 1 p.m. EST, on Tuesday, Dec. 24")
  if (!/^,?\s+(?:on\s+)?$/i.test(unbracketed) && !/^\s+\p{Ll}+\s+on\s+$/u.test(unbracketed)) return null;
  // (a day right after a place's time is joined without "on" too: "at 4 p.m. New York time Wednesday")
  if (unbracketed === between && !/\bon\s+$/i.test(between) && !(zone && between.trim() === '')) return null;
  // The verb that governs the clock time governs its day: "expires at 5 p.m. on Friday".
  const tense = once(() => (doc.tokens?.length ? tenseAround(doc, mentions[i].start, next.end, true) : null));
  // (and what its own words say of it: "is due at 11 a.m. on Thursday" is ahead, as "due on Thursday" is)
  const ahead = once(() => (doc.tokens?.length ? toldAhead(doc, next.start, next.end) : false));
  // (and a deadline given to act by, "have until midnight on Wednesday to register", lies ahead whatever the tense)
  const given = Boolean(doc.tokens?.length) && deadlineBefore(doc, mentions[i].start, mentions[i].end) && ultimatum(doc, mentions[i].start, next.end);
  const r = resolveFrame(nextFrame, { dct, tense, reference: null, rangeFrom, toldAhead: ahead, deadline: given, ultimatum: given });
  // (a day with its part, "on Sunday evening", is the day too)
  const day = r && DAY_AND_PART_VALUE.test(r.value) ? parseYmd(r.value.slice(0, 10)) : null;
  return day ? { day, index: k } : null;
}

/**
 * "BEIJING, Jan. 5 (Xinhua) --", "WASHINGTON, March 3 --": the date of a dateline, which opens the
 * story's first lines after a place in capitals and before the agency or the dash; or a line of its own,
 * a place in capitals and the date ("SOFIA 1997-01-11").
 */
function isDateline(text: string, m: Mention): boolean {
  if (m.start > DATELINE_REACH) return false;
  const line = text.slice(text.lastIndexOf('\n', m.start - 1) + 1, m.start);
  const after = text.slice(m.end, m.end + 40);
  return (DATELINE_BEFORE.test(line) && DATELINE_AFTER.test(after)) || (DATELINE_LINE_BEFORE.test(line) && LINE_END.test(after));
}
/** The place of the story's dateline ("WASHINGTON", "MIAMI (AP)"), or "" when it opens with none. */
function datelinePlace(text: string): string {
  const line = DATELINE_OPENING.exec(text.slice(0, DATELINE_REACH));
  return line?.[1] ?? '';
}

/** The place of a dateline, in capitals, with its country or state ("ADDIS ABABA, Ethiopia,"). */
const DATELINE_PLACE = "[A-Z][A-Z.'’ -]+(?:,\\s*[A-Z][A-Za-z.'’ -]+)?";
const DATELINE_BEFORE = new RegExp(`^\\s*${DATELINE_PLACE},\\s*$`);
/** A dateline's place at the story's start, before its date, its agency or its dash. */
const DATELINE_OPENING = new RegExp(`^\\s*(${DATELINE_PLACE})(?:,|\\s*\\(|\\s*--)`);
/** A dateline's place on a line of its own before its date ("SOFIA 1997-01-11"), and the line's end after the date. */
const DATELINE_LINE_BEFORE = new RegExp(`^\\s*${DATELINE_PLACE}\\s+$`);
const LINE_END = /^[ \t]*(?:\n|$)/;
/** What closes a dateline after its date: the agency in brackets, or the dash. */
const DATELINE_AFTER = /^(?:,?\s*\d{4})?\s*(?:\([A-Za-z. -]{2,20}\)\s*)?(?:--|—|–|_|-(?=\s))/;
/** How far into a story its dateline may be. */
const DATELINE_REACH = 300;

/**
 * The day a story's dateline gives, when it is a day near the publication date and not that date:
 * a story filed on Jan. 5 and published on Jan. 6 tells "Monday" from Jan. 5, where it was written.
 * A story with no publication date counts from its dateline's day when that names its year.
 */
function datelineDay(value: string, published: Ymd | null): Ymd | null {
  const day = parseYmd(value);
  if (!day || !/^\d{4}-\d\d-\d\d$/.test(value)) return null;
  if (!published) return day;
  const gap = Math.abs(Date.UTC(day.y, day.m - 1, day.d) - Date.UTC(published.y, published.m - 1, published.d)) / 86400000;
  return gap > 0 && gap <= DATELINE_GAP_DAYS ? day : null;
}
/** How far from the publication date a dateline's day may be and still be where the story is told from. */
const DATELINE_GAP_DAYS = 31;

/**
 * "Thursday night into Friday morning", "Monday to Wednesday", "from 10 p.m. to 5 a.m.": what joins two
 * weekdays or clock times of a range, the second after the first (a weekday only after a weekday: not
 * "from Sept. 14 to Thursday", which reaches from further back).
 */
const RANGE_BETWEEN = /^\.?\s*(?:to|through|thru|into|until|till|-|–)\s*$/i;

/** A day of a date's month written after it alone, joined to it: "March 1-2", "Sept. 3 and 4", "May 12 to 14", "July 20, 22 and 29". */
function sameMonthPair(doc: Doc, mentions: Mention[], framed: (Frame | null)[], i: number): boolean {
  const [first, second] = [framed[i - 1], framed[i]];
  return Boolean(i > 0 && first && second && first.day !== undefined && second.day !== undefined && first.month === second.month
    && second.year === undefined && /^\d{1,2}$/.test(doc.text.slice(mentions[i].start, mentions[i].end))
    && PAIR_BETWEEN.test(doc.text.slice(mentions[i - 1].end, mentions[i].start)));
}
const PAIR_BETWEEN = /^\s*(?:,\s*(?:(?:and|or|&)\s+)?|and|or|&|to|through|thru|until|till|-|–)\s*$/i;
/** What joins the days of a list: "Wednesday and Thursday", "Friday or Saturday". */
const LIST_BETWEEN = /^,?\s*(?:and|or|&)\s*$/i;
/** Between two months of a list: a comma, "and", "or" or both. */
const MONTH_LIST_BETWEEN = /^(?:,\s*(?:(?:and|or|&)\s+)?|\s*(?:and|or|&)\s*)$/i;
/** Between a day and a weekday that restates it: "May 30, the final Sunday", "June 2, a Monday". */
const APPOSED_WEEKDAY_BETWEEN = /^, (?:the|a) (?:[a-z]+ )?$/;
const BETWEEN_BEFORE = /\bbetween $/i;
/** A TIMEX3 value that names a day ("2012-01-29"), and one that may add a part of it ("2012-01-29TEV"). */
const DAY = String.raw`\d{4}-\d\d-\d\d`;
const DAY_VALUE = new RegExp(`^${DAY}$`);
/** A TIMEX3 value that names a month of a year ("2022-07"), its year captured. */
const MONTH_VALUE = /^(\d{4})-\d\d$/;
/** The words before a month that make it the time of what its clause tells: "found the steps in November 1922". */
const MONTH_TOLD_BEFORE = /\b(?:in|during)\s+$/i;
const DAY_AND_PART_VALUE = new RegExp(`^${DAY}(?:T[A-Z]{2})?$`);
/**
 * The names after a year that make it a model's year, no time a clause's dates lie in ("the 2024 Mustang Mach-E"); not an
 * organization's, which the model gives an event's name too ("the 2023 Festival would take place from March 14-17").
 */
const NAMED_THINGS: ReadonlySet<string> = new Set(['PRODUCT']);
/** A tax year's noun after a year ("2023 income tax returns"), whose dates fall in the year after. */
const TAX_YEAR_AFTER = /^ (?:(?:federal |state |personal )?income )?tax(?:es)?\b|^ (?:tax )?returns?\b/i;
/** How far after a year its tax year's noun is read. */
const CONTEXT_AFTER = 24;
/**
 * After a year: its noun's words, a relative pronoun and a verb that places what the noun names in its own time (tense-words'
 * PLACING_VERBS: "runs", "opens", "will finish"), up to the date, with no mark of another clause.
 */
const RELATIVE_OF_NOUN = new RegExp(`^(?: [\\p{L}-]+){1,4},? (?:which|that) (?:will |is to )?(?:${PLACING_VERBS.join('|')})\\b[^,.;:!?]*$`, 'u');
/** Words between two dates that tell of the later-written one as coming first (a dividend's holders "of record" before its payment). */
const ORDER_BACK = /\b(?:after|since|following|of record)\b/i;
/** Words between a day told and a later-written one that leads in to it: a dividend's record day before its payment. */
const LEADS_IN_BETWEEN = /\bof record\b/i;
/** The figures of a month's report after its name, past up to two words: "May's labour force survey", "September figures", "October's consumer price index". */
const REPORT_AFTER = /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}(?:figures|data|numbers|report|survey|reading|statistics|print|payrolls|index|indices)\b/iu;
/** Between a date and the weekday that says which day of the week it was: "June 5, a Monday", "May 25, 2020, a Memorial Day Monday". */
const APPOSED_BETWEEN = /^,\s+an?\s+(?:\p{Lu}[\p{L}'’]*\s+){0,2}$/u;
/** A year's value alone: "2020". */
const YEAR_VALUE = /^\d{4}$/;
/** Between a year told without its digits and a day of a month in it: "next year from Aug. 21", "next year, on March 5". */
const YEAR_THEN_DAY_BETWEEN = /^,? (?:from|on|in|between|starting|beginning) $/;
/** A comma and "on" or "in" between an offset and the date that names it: "four days later, on May 29". */
const OFFSET_APPOSED_BETWEEN = /^,\s+(?:on|in)\s+$/;
/** Between a date and an offset that restates it: "on Feb. 16, 1923, almost three months later". */
const RESTATED_BETWEEN = /^,\s+$/;
/** After an offset, what makes it a comparison rather than a date: "two days later than planned". */
const COMPARED_AFTER = /^\s+than\b/;
/** A TIMEX3 value of a year, a month or a day ("2021", "2021-06", "2020-05-29"). */
const PERIOD_VALUE = /^\d{4}(?:-\d\d(?:-\d\d)?)?$/;
/** Words after "a" that make what follows any one of its kind: "a typical February", "a normal Saturday". */
const ORDINARY = 'normal|typical|usual|ordinary|average';
/** The words before a month that make it any such month: "in a typical February". */
const TYPICAL_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:an?|any) (?:${ORDINARY}) $`, 'iu');
/** The words before a day that make it any such day: "on a Friday", "one Monday", "on a normal Saturday". */
const INDEFINITE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:an?|one|any)(?: (?:${ORDINARY}|busy|quiet|given|single))? $`, 'iu');

/** A place's time after a clock reading: " New York time", " Moscow time". */
const PLACE_TIME = new RegExp(`^ ${PLACE_TIME_WORDS}(?![\\p{L}\\p{N}])`, 'u');

/** How long a reading in brackets between a clock time and its day may be: "(0100 GMT)". */
const BRACKET_CHARS = 40;

/** Index of the sentence holding `offset` (-1 before the first). */
function sentenceIndex(starts: number[], offset: number): number {
  let k = -1;
  for (let lo = 0, hi = starts.length - 1; lo <= hi;) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) { k = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return k;
}

/** Start of the sentence holding `offset`. */
const sentenceStart = (starts: number[], offset: number) => starts[sentenceIndex(starts, offset)] ?? 0;

/** End of the sentence holding `offset` (the start of the next). */
const sentenceEnd = (doc: Doc, starts: number[], offset: number) => starts[sentenceIndex(starts, offset) + 1] ?? doc.text.length;

/** Start of the sentence before the one holding `offset`: the span a comparison looks back over. */
function comparisonStart(starts: number[], offset: number): number {
  const k = sentenceIndex(starts, offset);
  return k < 0 ? offset : starts[Math.max(0, k - 1)];
}

/** How far around an expression its sentence is read for words of place or of an election. */
const SENTENCE_REACH = 400;

/** The last value told from `from` on of a shape: a period (a year, half, quarter or month), or a day without a clock time. */
function lastToldFrom(told: readonly Told[], from: number, shape: RegExp): string | null {
  for (let k = told.length - 1; k >= 0 && told[k].start >= from; k--) if (shape.test(told[k].value)) return told[k].value;
  return null;
}
/** The words before the year a thing was founded in: "established in 1988", "since its inception in 1974", "founded 2012". */
const FOUNDED_BEFORE = /\b(?:founded|established|set up|created|formed|incorporated|inception|launched)(?: in)? $/i;
const FOUNDED_REACH = 20;
/** A year written out, which is no figure of a sentence's. */
const YEAR_WORDS = /\b(?:1[5-9]|20)\d\d\b/g;
/** A year, half, quarter or month, not a day. */
const PERIOD_SHAPE = /^\d{4}(?:-(?:Q[1-4]|H[12]|\d\d))?$/;
const QUARTER_VALUE = /^\d{4}-Q[1-4]$/;

function lastFrom(told: Told[], from: number): string | null {
  const last = told.at(-1);
  return last && last.start >= from ? last.value : null;
}

/** What may stand before a date that opens its sentence: a quotation mark, a preposition ("In 2016,", "Back in May 2019,"). */
const SCENE_OPENING = /^[\s"“'‘]*(?:(?:back|early|late|later|earlier)\s+)?(?:(?:in|during|on|by|at)\s+)?$/i;
/** Before a year set off by commas after the sentence's subject: "His first attempt at pension reform, in 2019, prompted". */
const SCENE_APPOSITIVE_BEFORE = /^[^,]{1,80},\s+(?:in|during)\s+$/i;
/** The most characters before a date that sets its scene: a subject and a comma ("His first attempt at reform, in "). */
const SCENE_BEFORE_REACH = 100;
/** A sentence that opens with its date and a comma: "Last year, the company unveiled ...", "Two years later, ...". */
const OPENING_AND_COMMA = /^[\s"“'‘]*\S+(?:\s+\S+){0,2},$/;
/** A comma after a date that opens its sentence. */
const SCENE_AFTER = /^\s*,/;
/** "In" alone before a date that opens its sentence with no comma after it ("In 1970 in Mexico he led"). */
const IN_OPENING = /^[\s"“'‘]*in\s+$/i;
/** "In" after a comma and "and" or "but", or a semicolon: a date that opens a clause of its own. */
const IN_CLAUSE_OPENING = /(?:,\s*(?:and|but)|;)\s+in\s+$/i;
/** What opens the clause right after such a date: a preposition, a determiner, a pronoun or a name (not "In 2019 dollars"). */
const CLAUSE_AFTER = /^\s+(?:(?:in|on|at|the|a|an|he|she|it|they|we|his|her|its|their)\s|\p{Lu})/u;
/** A "when" after a date, that opens a clause of what happened then. */
const WHEN_AFTER = /^,?\s+when\b/;

/**
 * Whether a date sets the scene of its sentence, whose days and months without a year then lie in its year: it opens
 * the sentence before a comma ("In 2016, a fire that began on May 1 ..."), or after "in" before its clause ("In 1970 in
 * Mexico he led the team ... on June 21"; or a clause after ", and"), or follows its subject between commas ("His
 * first attempt, in 2019, prompted a strike that began on Dec. 5"), or a "when" clause follows it ("shaken in the spring
 * of 2023, when Silicon Valley Bank collapsed on March 10").
 */
function setsTheScene(text: string, sentenceFrom: number, m: Mention): boolean {
  const after = text.slice(m.end, m.end + 8);
  if (WHEN_AFTER.test(after)) return true;
  // ("In 2021 fewer adults returned, and in 2022 an outbreak killed fish in May": so does one after "in" that opens a
  // clause after a comma and "and" or "but", or a semicolon)
  if (IN_CLAUSE_OPENING.test(text.slice(Math.max(sentenceFrom, m.start - 12), m.start)) && CLAUSE_AFTER.test(after)) return true;
  // (what may stand before the date is short: a long sentence is not sliced for each of its dates)
  if (m.start - sentenceFrom > SCENE_BEFORE_REACH) return false;
  const before = text.slice(sentenceFrom, m.start);
  if (!SCENE_AFTER.test(after)) return IN_OPENING.test(before) && CLAUSE_AFTER.test(after);
  return SCENE_OPENING.test(before) || SCENE_APPOSITIVE_BEFORE.test(before);
}
