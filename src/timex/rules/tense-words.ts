// Small lexicon for reading tense: markers of the future, irregular past forms, the auxiliaries
// a passive participle leans on, and reporting verbs (whose tense says when it was said, not
// when it happened).
import type { Tense } from '../resolve.js';

/** Words that look ahead as verbs or adjectives ("will", "is scheduled"), not as nouns ("against plans to"). */
export const FUTURE_MARKERS: ReadonlySet<string> = new Set([
  'will', 'would', "'ll", 'shall', 'wo', 'going', 'upcoming', 'scheduled', 'planned', 'plans', 'expects', 'expect', 'due',
  // "a deal could come Monday", "should finish by Friday", "might vote Tuesday": a modal looks ahead too.
  'could', 'should', 'might', 'may', 'must',
]);

/**
 * After a modal, "have" looks back ("could have happened Friday"); so does a negated past modal
 * ("could not be reached Monday", "would not comment Friday": a refusal told after the fact), while
 * another negated modal ("may not vote Tuesday") leaves the tense to the rest of the sentence.
 */
export const MODAL_LOOKS_BACK_BEFORE = 'have';
export const MODAL_NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never']);
export const MODALS: ReadonlySet<string> = new Set(['would', 'could', 'should', 'might', 'may', 'must']);
export const PAST_MODALS: ReadonlySet<string> = new Set(['would', 'could']);

/** A side picked for a game: an infinitive after one looks ahead ("announced the team to play Ireland on Saturday"). */
export const PICKED_SIDES: ReadonlySet<string> = new Set(['team', 'squad', 'side', 'line-up', 'lineup', 'xi', 'eleven', 'crew']);

/** "asked investors to send their views by Wednesday": verbs of asking or ordering, whose object stands before the "to". */
export const OBJECT_CONTROL_VERBS: ReadonlySet<string> = new Set(['asked', 'urged', 'ordered', 'told', 'invited', 'advised', 'instructed', 'encouraged', 'allowed']);

/**
 * Verbs and adjectives whose infinitive looks ahead: "set to resume Monday", "agreed to meet in
 * March". Any other "to" + verb ("continuing to try", "for Sun to meet demand") has no tense of its own.
 */
export const LOOK_AHEAD_BEFORE_TO: ReadonlySet<string> = new Set([
  'set', 'due', 'scheduled', 'slated', 'expected', 'expects', 'expect', 'planned', 'plans', 'plan', 'planning',
  'agreed', 'agree', 'agrees', 'decided', 'decides', 'hopes', 'hope', 'hoping', 'hoped', 'intends', 'intend', 'intended',
  'wants', 'want', 'wanted', 'aims', 'aim', 'aimed', 'seeks', 'seek', 'sought', 'vowed', 'vows', 'promised', 'promises',
  'pledged', 'pledges', 'threatened', 'threatens', 'poised', 'likely', 'ready', 'prepared', 'preparing', 'going', 'about',
  'able', 'willing', 'asked', 'urged', 'invited', 'ordered', 'told', 'bound', 'supposed', 'needs', 'need', 'has', 'have',
  'offered', 'proposed', 'proposes', 'certain', 'sure', 'unlikely', 'determined', 'eager', 'anxious',
  // "The storm is forecast to reach Fujian on Friday": what a forecast or a projection says is to come.
  'forecast', 'predicted', 'projected', 'tipped',
  // "was appointed to head the cabinet until March 1": an office given is held from then on.
  'appointed', 'named', 'chosen', 'elected', 'tapped', 'nominated', 'picked',
  // "the minister is to visit Kabul on Sunday": a present "be" before an infinitive tells a plan.
  'is', 'are', 'am',
]);

/** The pronouns that stand as a verb's object, between a past verb and its date: "charged [him] in August". */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me']);

/** "had been scheduled to expire Friday": a plan told in the past perfect was for a day already gone. */
export const PAST_PERFECT = 'had';

/** Words just before a date that put it on one side of the DCT whatever the verb: "since Oct. 23" and what a move "follows" are past; "effective Feb. 1", the day a change announced ahead takes effect, to come. */
export const SIDE_WORDS: Readonly<Record<string, Tense>> = { since: 'PAST', follows: 'PAST', follow: 'PAST', effective: 'FUTURE', starting: 'FUTURE', beginning: 'FUTURE' };

/**
 * "up from four in March", "versus 2.8% in the March projections": a figure compared with is one told before; so is a
 * closing price ("a premium of 33% to the closing price on Friday", in a story of what a buyer will pay).
 */
export const BASELINE_PHRASES: ReadonlySet<string> = new Set(['up from', 'down from', 'compared with', 'compared to', 'versus', 'vs', 'vs.', 'closing price', 'closing prices']);
/** "a 0.2% decline after a 1% jump in July": the words that put a change by a figure before another (lexicon CHANGE_VERBS). */
export const FOLLOWED_CHANGE: ReadonlySet<string> = new Set(['after', 'following']);
/** "a 60% chance of a cut in September", "bets on a hike in July": what is given odds is to come. */
export const PROSPECT_NOUNS: ReadonlySet<string> = new Set(['chance', 'chances', 'odds', 'probability', 'likelihood', 'bets', 'prospect', 'prospects']);
export const PROSPECT_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'that']);

/**
 * What a market trades for a month to come: a month right before one ("crude for May delivery", "the
 * December contract", "March futures") lies ahead of the trade, whatever the verb ("settled at $28").
 */
export const CONTRACT_NOUNS: ReadonlySet<string> = new Set(['delivery', 'contract', 'contracts', 'futures', 'options', 'expiry', 'expiration', 'shipment', 'vols', 'positions']);
/**
 * What markets trade by contract month: a month right before one, or before one more word ("October crude",
 * "December T-bonds", "March Eurodollars", "September heating oil", "the December calendar spread"), is the
 * contract's month, ahead of the trade. Only next to the month: "crude output fell in December" is no contract;
 * words with other senses ("oil", "gas", "lead") are left out ("the October oil shock").
 */
export const TRADED_GOODS: ReadonlySet<string> = new Set([
  'crude', 'heating', 'gasoline', 'unleaded', 'gasoil', 'naphtha', 'propane', 'brent', 'wti',
  'bonds', 'bond', 't-bonds', 'notes', 't-notes', 'bills', 't-bills', 'eurodollars', 'eurodollar', 'euromarks', 'euromark',
  'bund', 'bunds', 'gilt', 'gilts', 'btp', 'btps', 'pibor', 'euroyen', 'short-sterling',
  'gold', 'silver', 'platinum', 'palladium', 'copper', 'aluminium', 'aluminum', 'zinc', 'nickel',
  'cotton', 'wheat', 'corn', 'soybeans', 'soymeal', 'soyoil', 'oats', 'barley', 'canola', 'rapeseed', 'sugar', 'coffee',
  'cocoa', 'cattle', 'hogs', 'bellies', 'feeders', 'lumber', 'rubber', 'robusta', 'arabica', 'spread', 'spreads',
]);
/** What a company reports for a half or quarter ("first-half results", "results for the first half"): the period is the calendar's nearest. */
export const RESULTS_NOUNS: ReadonlySet<string> = new Set(['results', 'earnings', 'figures', 'accounts', 'profit', 'profits', 'loss', 'losses', 'report', 'statement']);
/** Words after a traded good that make it another thing ("gold medal", "cotton harvest"): a month before it is no contract's. */
export const NOT_TRADED_AFTER: ReadonlySet<string> = new Set(['medal', 'medals', 'medallist', 'medalist', 'mine', 'mines', 'rush', 'standard', 'harvest', 'crop', 'crops', 'exports', 'imports', 'output', 'production']);
/** Words of what happens as a rule: a season in a sentence with one, which does not look ahead, is any year's ("usually rise in the winter"). */
export const HABITUAL_WORDS: ReadonlySet<string> = new Set(['usually', 'often', 'frequently', 'always', 'generally', 'typically', 'normally', 'traditionally', 'regularly', 'seldom', 'rarely', 'never']);
/** The words of a custom kept every year, which make a month without a year any year's ("typically runs from June to September"). */
export const CUSTOM_WORDS: ReadonlySet<string> = new Set(['usually', 'typically', 'normally', 'traditionally', 'regularly', 'customarily']);
/** Marks of a market a figure is measured from: a day right before one ("Thursday's settlement", "the July 30 low") is no day the story moves to. */
export const FIGURE_MARKS: ReadonlySet<string> = new Set([
  'settlement', 'settle', 'close', 'closing', 'finish', 'low', 'lows', 'high', 'highs', 'level', 'levels', 'fixing', 'fix',
]);
/** Words between a day in the possessive and a mark of a figure ("Friday's afternoon fixing", "Thursday's late close"). */
export const FIGURE_MARK_QUALIFIERS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'late', 'early', 'final', 'official', 'opening']);
/** A vote's nouns: the day of one in the possessive ("Thursday's election") is no day a story of its results moves to. */
export const VOTE_NOUNS: ReadonlySet<string> = new Set(['election', 'elections', 'vote', 'poll', 'polls', 'ballot', 'referendum', 'runoff', 'primary', 'primaries', 'caucuses']);
/** A market's verbs of closing and the directions after the day they close on ("ended Wednesday up 0.4%"): that day marks a figure. */
export const CLOSING_VERBS: ReadonlySet<string> = new Set(['ended', 'closed', 'finished', 'settled']);
export const CLOSING_DIRECTIONS: ReadonlySet<string> = new Set(['up', 'down', 'higher', 'lower', 'flat', 'unchanged', 'at']);
/** Futures exchanges: a month right before or after one is a contract month ("December COMEX settled", "over CBOT January"). */
export const FUTURES_EXCHANGES: ReadonlySet<string> = new Set(['comex', 'cbot', 'cbt', 'nymex', 'lme', 'liffe', 'matif', 'simex', 'cme', 'ipe', 'kcbt', 'mgex', 'tocom', 'sfe']);

/** "a premium to Friday's closing price", "from Friday's close": a price the market has set, after a day's possessive, is past. */
export const MARKET_CLOSES: ReadonlySet<string> = new Set(['close', 'closing']);
/**
 * Incidents, which the news reports only once they have happened: a date right before one ("the
 * Oct. 23 killing", "Monday's blast") is past, whatever the verb. Scheduled events ("vote",
 * "summit", "deadline") are not here: they may lie either side.
 */
export const INCIDENT_NOUNS: ReadonlySet<string> = new Set([
  'killing', 'killings', 'slaying', 'slayings', 'murder', 'murders', 'assassination', 'death', 'deaths', 'shooting', 'shootings',
  'bombing', 'bombings', 'attack', 'attacks', 'explosion', 'explosions', 'blast', 'blasts', 'crash', 'crashes', 'collapse',
  'massacre', 'riot', 'riots', 'rioting', 'coup', 'earthquake', 'quake', 'fire', 'arrest', 'arrests', 'raid', 'raids', 'ambush',
  'invasion', 'uprising', 'flood', 'flooding', 'disaster', 'accident', 'incident', 'kidnapping', 'abduction', 'hijacking',
  'derailment', 'outbreak', 'resignation', 'ouster', 'defeat', 'landslide', 'storm', 'tornado', 'crackdown', 'clashes', 'escape',
  'robbery', 'robberies', 'heist', 'theft', 'thefts', 'burglary', 'stabbing', 'stabbings', 'sinking', 'eruption',
  'revolt', 'mutiny', 'rebellion', 'putsch', 'floods', 'fires', 'wildfire', 'wildfires', 'storms', 'quakes', 'earthquakes', 'tornadoes',
  'landslides', 'eruptions',
  // An accord named by its day was signed on it ("the May 20 accord said").
  'accord', 'agreement', 'pact', 'treaty',
]);

/**
 * Figures a statistics office publishes for a month once it has ended: a month's name right before one ("August retail
 * sales", "the July payrolls") is the one last gone, whatever the verb of their release ("will publish August retail sales").
 */
export const STATISTICS_NOUNS: ReadonlySet<string> = new Set([
  'payrolls', 'inflation', 'cpi', 'ppi', 'gdp', 'pmi', 'pmis', 'retail', 'unemployment', 'jobless', 'jobs', 'industrial', 'factory',
]);
/**
 * The figures a release gives for a month, whatever they count: the head of a noun phrase after the month ("September
 * home sales", "its March index", "February sales of existing homes"; not "the March sales event"), or before "for" and
 * the month after a verb of release ("will release its pending home sales index for September").
 */
export const RELEASED_FIGURES: ReadonlySet<string> = new Set(['sales', 'index', 'data', 'figures', 'statistics', 'exports', 'imports', 'numbers']);
/** Verbs of a release of figures. */
export const RELEASE_VERBS: ReadonlySet<string> = new Set([
  'release', 'releases', 'released', 'releasing', 'publish', 'publishes', 'published', 'publishing', 'report', 'reports', 'reported', 'reporting',
]);

/**
 * "postponed until Monday", "put off until Friday", "adjourned to Tuesday", "remanded in custody until Friday",
 * "suspended until Monday": what is put off, held or stopped for a while is so until a time to come; and what is
 * imposed, issued or declared for a while ("imposed a curfew until 5 a.m. on Thursday", "issued a red alert till
 * Wednesday").
 */
export const RESCHEDULED_TO: ReadonlySet<string> = new Set(['until', 'till', 'to', 'through']);
/**
 * Verbs of a closing or a state that lasts, before the "until" or "through" of its end: "cancelled all flights until
 * Friday", "closed its theme parks through Friday", "kept 37 departments on alert through Friday" (the end ahead, but
 * after a past "be": "schools were closed until Friday").
 */
export const CLOSING_UNTIL: ReadonlySet<string> = new Set([
  'closed', 'close', 'closes', 'shut', 'shuts', 'cancelled', 'canceled', 'cancel', 'cancels', 'grounded', 'halted', 'halt', 'halts',
  'kept', 'keep', 'keeps',
]);
export const RESCHEDULING_VERBS: ReadonlySet<string> = new Set([
  'postponed', 'postpone', 'postpones', 'delayed', 'delay', 'delays', 'adjourned', 'adjourn', 'adjourns', 'deferred', 'defer',
  'rescheduled', 'reschedule', 'moved', 'pushed', 'recessed', 'recess', 'remanded', 'remand', 'suspended', 'suspend', 'suspends',
  'extended', 'extend', 'extends', 'off', 'imposed', 'imposes', 'issued', 'declared', 'ordered',
]);

/** "moved the deadline from April 15 to July 15", "postponed the final from May 30 to June 27": the verbs that move a day to another. */
export const DATE_MOVING_VERBS: ReadonlySet<string> = new Set([
  'postponed', 'postpone', 'postpones', 'delayed', 'delay', 'delays', 'deferred', 'defer', 'defers', 'rescheduled', 'reschedule',
  'reschedules', 'moved', 'move', 'moves', 'pushed', 'push', 'pushes', 'brought', 'bring', 'brings', 'extended', 'extend', 'extends',
]);

/** The particle between a verb of moving a day and its "to": "pushed back to", "brought forward to". */
export const MOVE_PARTICLES: ReadonlySet<string> = new Set(['back', 'forward']);

/** Verbs of a clause whose subject is the day before them ("Monday was the hottest day", "Friday will mark"). */
export const SUBJECT_VERBS_AFTER: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'will', 'would', 'has', 'had', 'marked', 'marks']);

/** "Judge Kaplan set sentencing for March 28", "scheduled a hearing for June 3": the verbs that set a day for their object. */
export const SETTING_VERBS: ReadonlySet<string> = new Set(['set', 'scheduled', 'rescheduled', 'fixed']);

/** "an extension of the deadline to October 31": the nouns of putting a deadline off. */
export const EXTENSION_NOUNS: ReadonlySet<string> = new Set(['extension', 'extensions', 'postponement', 'delay', 'deferral', 'adjournment']);

/** "ordered him held until Dec. 30", "ordered the border kept closed until Monday": what an order keeps so, after its object. */
export const KEPT_PARTICIPLES: ReadonlySet<string> = new Set(['held', 'kept', 'detained', 'jailed', 'confined', 'closed', 'shut']);

/**
 * "declared Friday a day of national mourning", "declared Monday a national holiday": a day made a day of observance is
 * declared ahead of it. The verbs, and the nouns of the observance within a few words after the day's "a".
 */
export const DECLARING_VERBS: ReadonlySet<string> = new Set(['declared', 'declares', 'declare', 'proclaimed', 'proclaims', 'designated', 'named', 'made']);
export const OBSERVANCE_NOUNS: ReadonlySet<string> = new Set(['holiday', 'mourning', 'observance', 'strike', 'rest', 'non-working', 'working']);

/** "would not be free until Monday", "won't decide till Friday", "cannot lay off workers until Sept. 30": the modals of a future a negation puts off to a day, and its words. */
export const FUTURE_MODALS: ReadonlySet<string> = new Set(['would', 'will', 'wo', 'shall', 'can', 'ca', 'must']);
export const WAITED_UNTIL: ReadonlySet<string> = new Set(['until', 'till']);
/** "may not be fully restored until the summer": a modal of likelihood, denied before "until", waits for a time to come as "will not" does. */
export const LIKELIHOOD_MODALS: ReadonlySet<string> = new Set(['may', 'might']);

/** "ahead of Sunday's election", "in the run-up to the Nov. 3 vote": two words before a date that is written about before it comes. */
export const LOOK_AHEAD_PHRASES: ReadonlySet<string> = new Set(['ahead of', 'run-up to', 'runup to', 'advance of', 'preparation for', 'preparations for', 'countdown to', 'waiting for', 'wait for', 'waited for',
  'prepare for', 'prepares for', 'preparing for', 'prepared for',
  // "a dividend payable on Nov. 3 to shareholders of record on Oct. 20": the days of a dividend declared are to come.
  'payable on', 'record on']);
/** What "ahead of" compares with rather than waits for: "opened ahead of schedule in March". */
export const COMPARED_AHEAD: ReadonlySet<string> = new Set(['schedule', 'time', 'expectations', 'estimates', 'forecasts', 'target', 'targets', 'plan', 'rivals', 'peers']);
/**
 * "markets awaited Friday's jobs data", "awaiting Monday's verdict": the day waited for is to come, whatever the tense;
 * so is the day a dividend is "payable".
 */
export const AWAITING: ReadonlySet<string> = new Set(['await', 'awaits', 'awaited', 'awaiting', 'payable']);

/** "a general strike called for Friday", "talks set for Nov. 14": a day after this word is one something is arranged for, ahead. */
export const ARRANGED_FOR = 'for';

/**
 * "the first rate cut for September", "talks scheduled for October": a month after "for" is one something is arranged
 * for only after one of these words (not "sales for September", "the record for March").
 */
export const ARRANGED_IN_MONTH: ReadonlySet<string> = new Set([
  'scheduled', 'slated', 'planned', 'set', 'due', 'expected', 'penciled', 'pencilled', 'earmarked', 'called', 'targeted',
  'cut', 'hike', 'move', 'meeting', 'vote', 'election', 'elections', 'referendum', 'summit', 'talks', 'launch', 'hearing',
  'trial', 'strike', 'rally', 'visit', 'debut', 'deadline', 'ceremony', 'conference',
]);

/**
 * "takes effect Jan. 1", "comes into force on 1 May", "expires March 31": a present of what is scheduled puts the date
 * after it ahead of the telling, however far (a law's date is often most of a year away).
 */
export const SCHEDULED_PRESENTS: ReadonlySet<string> = new Set([
  'takes effect', 'take effect', 'comes into force', 'come into force', 'comes into effect', 'come into effect',
  'goes into effect', 'go into effect', 'enters into force', 'enter into force', 'kicks in', 'kick in', 'expires', 'expire', 'lapses',
]);

/** "Arsenal host Chelsea on Sunday", "Liverpool visit Everton", "Ajax travel to Groningen": the verbs of a fixture, which the tagger reads as nouns after a club's name. */
export const FIXTURE_VERBS: ReadonlySet<string> = new Set(['host', 'visit', 'face', 'meet', 'play', 'welcome', 'entertain', 'travel', 'open']);
/** "Microsoft and Meta report quarterly earnings on Wednesday", "The Games end on Sunday": what companies and events do on a day of their calendar, a plain present the tagger reads as a noun after their names. */
export const CALENDAR_VERBS: ReadonlySet<string> = new Set(['report', 'release', 'publish', 'announce', 'unveil', 'end', 'start', 'begin', 'resume', 'finish', 'conclude']);

/** "would act by Tuesday", "open until Friday": words that make the date after them a deadline. */
export const DEADLINE_WORDS: ReadonlySet<string> = new Set(['by', 'until', 'till', 'through', 'before']);
/** Nouns of a goal whose day after "by" lies ahead: "set a target of 85% by Oct. 1". */
export const TARGET_NOUNS: ReadonlySet<string> = new Set(['target', 'targets', 'goal', 'goals', 'objective', 'objectives']);
/** Verbs that tell a goal's day as gone by: "missed its target of 80% by Nov. 1". */
export const TARGET_SETTLED: ReadonlySet<string> = new Set(['missed', 'met', 'hit', 'reached', 'achieved', 'exceeded', 'beat', 'surpassed', 'fell']);
/** Verbs that give someone a deadline to act by ("gave civilians until Saturday to leave", "has until Friday to reply"). */
export const DEADLINE_GIVERS: ReadonlySet<string> = new Set(['gave', 'give', 'gives', 'given', 'giving', 'granted', 'grant', 'has', 'have', 'set', 'extended', 'allowed']);

/**
 * "plans to hold elections on Tuesday", "are scheduled to meet Tuesday", "said the vote would be held
 * Tuesday": a plan, or a future reported after the fact, is made ahead of its day, not on the eve of it,
 * so the day before the DCT is no reading of it (a plain "will" may be: see weekdayDate in resolve.ts).
 */
export const PLAN_WORDS: ReadonlySet<string> = new Set([
  'plan', 'plans', 'planned', 'planning', 'scheduled', 'slated', 'due', 'expected', 'expects', 'intends', 'intend', 'intended',
  'agreed', 'decided', 'aims', 'hopes', 'promised', 'pledged', 'vowed', 'proposed', 'would',
]);

/** "will remain closed until Monday": a participle after these is an adjective, with no tense of its own. */
export const COPULAS: ReadonlySet<string> = new Set(['remain', 'remains', 'stay', 'stays', 'become', 'becomes', 'seem', 'seems', 'appear', 'appears', 'get', 'gets']);

/** "The minister, speaking Tuesday, said": a participle after these opens a clause that reports what was done. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([',', '(', '—', '–', '--']);
/** Conjunctions of condition a participle may follow with no subject or verb of its own ("if approved", "once completed"). */
export const CONDITION_OPENERS: ReadonlySet<string> = new Set(['if', 'once', 'unless', 'whether']);
/**
 * Verbs that place what a noun names in its own time, in a relative clause after it ("the 2025 Atlantic season, which runs
 * from June 1"), unlike another act on it ("its 2027 budget, which the minister aims to take to cabinet by July").
 */
export const PLACING_VERBS: readonly string[] = [
  'run', 'runs', 'ran', 'last', 'lasts', 'lasted', 'open', 'opens', 'opened', 'start', 'starts', 'started', 'begin', 'begins',
  'began', 'end', 'ends', 'ended', 'finish', 'finishes', 'finished', 'close', 'closes', 'closed', 'kick off', 'kicks off',
  'take place', 'takes place', 'took place', 'be held', 'is held', 'was held', 'be played', 'is played', 'was played',
  'be staged', 'is staged', 'was staged',
];
/** Participles that place a span in time rather than report an act: "fares rise 5 percent, starting Monday". */
export const SPAN_PARTICIPLES: ReadonlySet<string> = new Set(['starting', 'beginning', 'ending', 'lasting', 'running', 'continuing', 'including', 'following', 'effective']);

/** "have come", "has grown": a participle after these is a present perfect, which tells of what is past. */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['have', 'has', "'ve"]);

/**
 * "was seen Friday", "were taken away on Monday", "did meet": a verb after these (or after these and
 * an adverb, "was last seen") is a participle or bare form whose tense is the auxiliary's.
 */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'be', 'been', 'being', 'is', 'are', 'am', 'was', 'were', "'s", "'re", 'has', 'have', 'had', "'ve", "'d", 'do', 'does', 'did',
]);

export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'am', "'s", "'re", 'to', 'will', 'would']);

export const REPORTING_VERBS: ReadonlySet<string> = new Set(['said', 'told', 'reported', 'added', 'noted', 'stated', 'announced', 'explained', 'wrote', 'says', 'say']);

/**
 * Verbs that report as "said" does when they come after the expression and its own clause's verb ("will deliver
 * the budget on 26 November, the Treasury confirmed"), but are as often the event a fronted date is the day of
 * ("Over the weekend, officials confirmed reports").
 */
export const ATTRIBUTION_VERBS: ReadonlySet<string> = new Set(['confirmed', 'confirms', 'claimed', 'insisted', 'argued', 'acknowledged', 'admitted', 'revealed', 'disclosed', 'warned']);

/** "had been due on Thursday", "had been scheduled to begin Thursday": what a day had been arranged for. */
export const ARRANGING_PARTICIPLES: ReadonlySet<string> = new Set(['due', 'scheduled', 'slated', 'set', 'planned', 'expected']);

/** "on Sept. 15, followed by Singapore a week later": participles that put what they add in order with the clause's time. */
export const SEQUENCE_PARTICIPLES: ReadonlySet<string> = new Set(['followed', 'preceded']);

export const PAST_FORMS: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', 'said', 'went', 'came', 'made', 'took', 'told', 'gave', 'got', 'began', 'saw', 'left',
  'held', 'fell', 'rose', 'found', 'sent', 'won', 'lost', 'paid', 'sold', 'bought', 'brought', 'thought', 'spoke',
  'wrote', 'ran', 'met', 'became', 'kept', 'led', 'stood', 'knew', 'grew', 'built', 'felt', 'meant', 'drew', 'chose',
  'broke', 'spent', 'struck', 'threw', 'flew', 'fought', 'caught', 'taught', 'sought', 'hung', 'shot', 'slid', 'swept',
  'woke', 'wore', 'withdrew', 'overtook', 'forgot', 'understood', 'undertook', 'began', 'sank', 'sang', 'rang', 'drove',
  'arose', 'ate', 'froze', 'hid', 'bore', 'beat', 'bit', 'dealt', 'dug', 'fed', 'fled', 'forbade', 'forgave', 'heard',
  'laid', 'lay', 'lit', 'meant', 'rode', 'sat', 'shook', 'shone', 'slept', 'spun', 'stole', 'stuck', 'stung', 'swore',
  'swam', 'tore', 'wept', 'wound', 'sprang', 'shrank', 'strove', 'strode', 'swung', 'clung', 'slung', 'stank', 'wrung',
  'underwent', 'overcame', 'oversaw', 'foresaw', 'mistook', 'misled', 'rebuilt', 'rewrote', 'withheld', 'upheld',
  'withstood', 'bled', 'bred', 'crept', 'knelt', 'leapt', 'lent', 'sped', 'wove', 'awoke', 'forsook', 'outgrew',
  'blew', 'dove', 'drank', 'bent', 'spat', 'burnt', 'learnt', 'dreamt', 'slew', 'strung', 'trod', 'overthrew', 'overran',
  'outran', 'retook', 'resold', 'overheard', 'foretold', 'befell', 'mislaid', 'outdid', 'redid', 'undid',
  // "-eed" past forms, which the "-ed" ending leaves out because of "need", "proceed", "succeed"
  'agreed', 'disagreed', 'freed', 'decreed', 'guaranteed', 'refereed',
  // Participles in -n ("a poll taken Friday", "the speech given Monday"): what was done, as the "-ed" ones.
  'taken', 'given', 'seen', 'shown', 'known', 'written', 'spoken', 'chosen', 'driven', 'broken', 'stolen', 'begun',
  'flown', 'grown', 'drawn', 'thrown', 'beaten', 'fallen', 'hidden', 'risen', 'shaken', 'sworn', 'torn', 'worn',
  'withdrawn', 'undertaken', 'overtaken', 'forgiven', 'arisen', 'sown', 'overthrown',
]);

/** Subjects in the singular that a verb in the present takes an -s after: "it cut" is the past. */
export const SINGULAR_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'it']);
/** Verbs whose past is spelt as their present ("the storm hit on Friday"): no tense of their own. */
export const SAME_PAST_AND_PRESENT: ReadonlySet<string> = new Set([
  'hit', 'put', 'set', 'cut', 'let', 'quit', 'shut', 'cost', 'hurt', 'spread', 'burst', 'cast', 'broadcast', 'bet',
  'split', 'shed', 'upset', 'read', 'thrust', 'forecast', 'bid', 'rid', 'slit',
]);

/**
 * Present verbs that describe what a report or a figure holds rather than an event to come: "the
 * report covers January", "the figure compares with May" say nothing of the date's side.
 */
export const STATIVE_PRESENTS: ReadonlySet<string> = new Set([
  'covers', 'cover', 'includes', 'include', 'compares', 'compare', 'reflects', 'reflect', 'shows', 'show', 'represents',
  'represent', 'contains', 'contain', 'spans', 'span', 'exceeds', 'exceed', 'matches', 'match', 'equals', 'equal', 'remains', 'remain',
  // "It follows a half-point increase in July": what a thing comes after is behind it.
  'follows', 'follow', 'echoes', 'echo', 'mirrors', 'mirror',
]);

/** Verbs spelt as adjectives, which the tagger may take for them after a subject ("Polls open", "Markets close"). */
export const ADJECTIVE_VERBS: ReadonlySet<string> = new Set(['open', 'close', 'shut', 'clear']);

/** Verbs of drawing near: after a possessive day and its noun ("Friday's deadline looms") the day lies ahead. */
export const DRAWING_NEAR: ReadonlySet<string> = new Set([
  'looms', 'loom', 'approaches', 'approach', 'nears', 'near', 'beckons', 'beckon', 'awaits', 'await', 'draws', 'draw',
]);

/** Present forms of "be": just before a day ("The vote is on Tuesday") they look ahead. */
export const PRESENT_BE: ReadonlySet<string> = new Set(['is', 'are', "'s", "'re"]);
/** A present "be" right before a month's date gives a thing's day, to come ("The final is on July 27"); spelt out, as "'s" there is a possessive ("Iran's March elections"). */
export const GIVES_A_DAY: ReadonlySet<string> = new Set(['is', 'are']);
/** The past of "be": "Receipts on Tuesday were expected to total". */
export const PAST_BE: ReadonlySet<string> = new Set(['was', 'were']);

/**
 * "warnings in effect until 6 p.m. Friday", "the curfew remains in place until Monday": a state that holds until the date
 * puts the date ahead, unless a past "be" tells of it ("was in force until May", "had remained in place").
 */
export const IN_FORCE: ReadonlySet<string> = new Set(['in effect', 'in place', 'in force']);
export const PAST_STATES: ReadonlySet<string> = new Set([...PAST_BE, 'been', 'remained', 'stayed']);

/** After a present "be", these tell a plan: "is set for Thursday", "are slated to", "is expected on Friday". */
export const PLAN_PARTICIPLES: ReadonlySet<string> = new Set(['set', 'slated', 'expected']);

/** Conjunctions that join a second verb to its subject ("reported …, and forecast"). */
export const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but']);

/** Pronouns that open a relative clause: the word right after one is that clause's verb ("talks that end Friday"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who']);
/** The words that open a relative clause, "whose" and "whom" too (which a noun or a subject follows, no verb). */
export const RELATIVE_CLAUSE_OPENERS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, 'whose', 'whom']);

/** Possessives, after which a word of planning is a noun ("its plans to expand"); after another subject it is a verb ("Israel plans to"). */
export const POSSESSIVES: ReadonlySet<string> = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);

/** Words that open a clause of their own after a date: its verb is no verb of the date's clause ("by Sunday as it crawled"). */
export const SUBORDINATORS: readonly string[] = ['as', 'while', 'because', 'when', 'although', 'though', 'whereas', 'until', 'unless'];

/** Nouns of a course held toward a goal, after their preposition, before an infinitive: "on track to list in February". */
export const ON_COURSE: ReadonlySet<string> = new Set(['on track', 'on course', 'on pace']);

/** Past forms whose object lies ahead of them: "expected a loss in the third quarter", "forecast growth in 1999". */
export const EXPECTATION_VERBS: ReadonlySet<string> = new Set([
  'expected', 'forecast', 'forecasted', 'predicted', 'projected', 'anticipated', 'planned', 'scheduled', 'promised', 'targeted', 'signaled', 'signalled',
]);

/** Words of forecasting or warning: the day of what they tell of lies ahead ("forecast a top of 44 degrees on Saturday"). */
export const FORECAST_WORDS: ReadonlySet<string> = new Set(['forecast', 'forecasts', 'forecasted', 'predicted', 'predicts', 'warned', 'warns', 'warning', 'warnings']);

/** Auxiliaries that deny a verb in the past: "did not adjourn until 11pm" tells when the sitting ended. */
export const PAST_NEGATED: ReadonlySet<string> = new Set(['did', 'was', 'were', 'had']);

/** Words before "to" and a day that the day lies behind: "retroactive to March 17", "backdated to January". */
export const REACHING_BACK: ReadonlySet<string> = new Set(['retroactive', 'retroactively', 'backdated']);

/** Words that open a noun phrase of a count, a reporting verb's object, no clause's subject: "reported new Covid cases". */
export const COUNT_OPENERS: ReadonlySet<string> = new Set(['new', 'more', 'fewer', 'further', 'additional', 'record']);

/** A word that a change takes effect by, and the prepositions after it: "effective from Thursday", "effective Monday", "effective until Sept. 15". */
export const TAKING_EFFECT: ReadonlySet<string> = new Set(['effective']);
export const EFFECT_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'on', 'at', 'until', 'through']);
/** The infinitives a change takes effect by, read back from their last word: "a ceasefire, to take effect on Monday". */
export const EFFECT_INFINITIVES: readonly (readonly string[])[] = [
  ['effect', 'take', 'to'], ['force', 'into', 'come', 'to'], ['effect', 'into', 'come', 'to'], ['effect', 'into', 'go', 'to'],
  ['force', 'into', 'enter', 'to'], ['force', 'into', 'go', 'to'],
];
