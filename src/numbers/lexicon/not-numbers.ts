// Contexts where a numeral names or codes something instead of counting it.

/** A number right after one of these is a code, a law section or a name part ("section 5", "Flight 800"). */
export const CODE_INTRODUCERS: ReadonlySet<string> = new Set([
  'section', 'sections', 'article', 'articles', 'clause', 'paragraph', 'chapter', 'resolution',
  'amendment', 'rule', 'no', 'no.', 'nos', 'nos.', 'number', 'num', '#', 'flight', 'route',
  'highway', 'interstate', 'room', 'page', 'pages', 'p.', 'pp.', 'item', 'version', 'model',
  'type', 'class', 'category', 'level', 'phase', 'stage', 'grade', 'channel', 'bus', 'gate',
  'platform', 'unit', 'apartment', 'suite', 'box', 'code', 'vol', 'vol.', 'volume', 'ward',
  'district', 'precinct', 'lot', 'exit', 'track', 'line', 'title', 'h.r.', 'h.res.', 's.',
  'resolutions', 'row', 'seat', 'division', 'group', 'table', 'figure', 'fig.', 'step', 'tier',
  'rooms', 'flights', 'routes', 'items', 'gates', 'platforms', 'seats', 'rows', 'channels', 'exits', 'tables', 'figures',
  'block', 'building', 'floor', 'sector', 'zone', 'lane', 'hall', 'cell', 'bed', 'bay', 'berth', 'dock', 'pier', 'hangar',
  'ext', 'ext.', 'extension', 'isbn', 'pin', 'zip', 'postcode', 'serial', 'docket', 'ref', 'ref.',
  'series', 'season', 'seasons', 'episode', 'episodes', 'scene', 'runway', 'runways', 'terminal', 'pump', 'reactor', 'reactors',
]);

/**
 * Nouns a number is hyphened into to name a kind of thing, counting none: "10 3-pointers", "a two-seater", "an
 * 18-wheeler", "a 3-iron", "a one-hitter".
 */
export const HYPHENED_KIND_NOUNS: ReadonlySet<string> = new Set([
  'pointer', 'pointers', 'seater', 'seaters', 'wheeler', 'wheelers', 'liner', 'liners', 'iron', 'irons', 'hitter', 'hitters',
  'footer', 'footers', 'decker', 'deckers', 'master', 'masters',
]);

/** Number words that are also a particle of a family's name, written in lower case ("Erik ten Hag"). */
export const NAME_PARTICLE_NUMBERS: ReadonlySet<string> = new Set(['ten']);

/** The words after a number (and its hyphen) that make it part of a unit's name: "$7,550 per forty-foot equivalent unit". */
export const UNITS_NAMED_BY_A_NUMBER: ReadonlySet<string> = new Set(['foot equivalent unit', 'foot equivalent units']);

/** Plurals of a tally that a figure after a name counts, where the figure would otherwise be part of the name: "Williams 149 points", "Ruutel 68 votes". */
export const TALLY_NOUNS: ReadonlySet<string> = new Set([
  'points', 'votes', 'runs', 'goals', 'wickets', 'seats', 'caps', 'tries', 'wins', 'titles', 'medals', 'laps', 'strokes', 'shots', 'birdies',
]);

/** Labels of a table's rows whose figure counts, where a figure after a capitalised word is otherwise part of a name: "Total 326". */
export const TABLE_LABELS: ReadonlySet<string> = new Set(['total', 'totals', 'subtotal', 'extras', 'average', 'aggregate']);

/** Marks of a batsman's dismissal on a cricket scorecard, before the bowler's name: "lbw b Mushtaq Ahmed 54", "c Saeed Anwar b Waqar Younis 12". */
export const DISMISSAL_MARKS: ReadonlySet<string> = new Set(['b', 'c', 'st', 'lbw']);

/** Introducers of a code that are also verbs of counting: "the crowd, said to number 6,000" counts. */
export const COUNTING_VERB_INTRODUCERS: ReadonlySet<string> = new Set(['number']);

/**
 * Words after which a run of digit groups is a phone number, as a news agency's sign-off or a contact line
 * writes it ("-- Wellington newsroom 64 4 4734 746", "Hong Kong News Room (852) 2843 6368", "Tel 44 161 542 7706").
 */
export const PHONE_INTRODUCERS: ReadonlySet<string> = new Set([
  'newsroom', 'desk', 'bureau', 'editorial', 'room', 'tel', 'tel.', 'tel:', 'telephone', 'phone', 'fax', 'ph', 'ph.', 'hotline', 'mobile', 'cell',
]);

/** Words that join a second code to a first ("rooms 101 and 102", "sections 3, 4 or 5"). */
export const CODE_JOINERS: ReadonlySet<string> = new Set(['and', 'or', ',', '&', 'to', '-', '–']);

/** "one" after these is a pronoun ("this one urging", "no one", "a new one"), not a count. */
export const PRONOUN_ONE_BEFORE: ReadonlySet<string> = new Set([
  'this', 'that', 'the', 'no', 'each', 'every', 'any', 'which', 'a', 'another', 'other',
  'last', 'next', 'first', 'new', 'old', 'big', 'little', 'good', 'bad', 'same', 'right', 'wrong',
  'such', 'latest', 'previous', 'former', 'latter', 'better', 'best', 'important', 'major',
]);

/** "one" before these counts ("one of them", "one in ten", "one or two"), whatever their part of speech. */
export const COUNTING_ONE_AFTER: ReadonlySet<string> = new Set(['of', 'in', 'out', 'or', 'to']);

/** "one" before these is a pronoun ("one another", "one can argue", "one who"); not "was", which news writes of a count ("one was killed"). */
export const PRONOUN_ONE_AFTER: ReadonlySet<string> = new Set([
  'another', 'who', 'that', 'which', 'can', 'could', 'may', 'might', 'must', 'should', 'would',
  'will', 'does', 'did', 'is', 'has', 'had', 'sees', 'gets', 'feels', 'thinks',
  'wonders', 'hopes', 'imagines', 'suspects', 'knows', 'assumes', 'realises', 'realizes', 'senses', 'learns',
]);

/**
 * Numbers that in news name a thing more often than they count: emergency telephone numbers ("a 911
 * call", "dialled 999") and airliner models ("the 747 landed", "a 737 jet"). They name only where no
 * plural noun follows to be counted ("the 747 passengers").
 */
export const NAMING_NUMBERS: ReadonlySet<string> = new Set([
  '911', '999', '112',
  '707', '717', '727', '737', '747', '757', '767', '777', '787',
]);

/** The emergency telephone numbers of NAMING_NUMBERS, and the plurals of their service that they name ("911 calls"). */
export const EMERGENCY_NUMBERS: ReadonlySet<string> = new Set(['911', '999', '112']);
export const EMERGENCY_SERVICE_NOUNS: ReadonlySet<string> = new Set(['calls', 'callers', 'operators', 'dispatchers', 'centers', 'centres', 'services', 'lines']);

/** Before a naming number, these make it the name: "called 911", "dial 999", "unable to reach 911", "the 747", "its 787". */
export const NAMING_NUMBER_BEFORE: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'calling', 'dial', 'dials', 'dialed', 'dialled', 'dialing', 'dialling', 'reach', 'reached', 'reaching', 'text', 'texted',
  'a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that',
]);

/** After a house number and a capitalised name, these make an address ("221 Baker Street", "1600 Pennsylvania Avenue"). */
export const STREET_WORDS: ReadonlySet<string> = new Set([
  'street', 'st', 'st.', 'avenue', 'ave', 'ave.', 'road', 'rd', 'rd.', 'boulevard', 'blvd', 'blvd.', 'lane', 'drive', 'dr.', 'place',
  'square', 'way', 'court', 'terrace', 'crescent', 'highway', 'parkway',
]);

/**
 * Fixed phrases in which a number word counts or ranks nothing, written as the text writes them (a space,
 * or a hyphen against both words): a title or compound ("the first lady", "First Minister", "first-time
 * buyers", "second-hand", "a third-party app", "zero-tolerance"), where no series places "first", and
 * idioms ("came to naught", "at one point", "one way or another"). By ANNOTATION.md, words that are not
 * quantities are not numbers; "the first time" still ranks and "zero people" counts.
 */
export const NUMBER_IDIOMS: ReadonlySet<string> = new Set([
  'first lady', 'first ladies', 'first gentleman', 'second lady', 'second gentleman', 'first minister', 'first ministers',
  'first lieutenant', 'second lieutenant', 'first mate', 'first officer', 'first officers', 'first aid', 'first-aid', 'first responder', 'first responders',
  'first-time', 'first-timer', 'first-timers', 'first-hand', 'second-hand', 'first-rate', 'second-rate', 'third-rate', 'first-class', 'second-class',
  'second-guess', 'second-guessed', 'second-guessing', 'second-guesses', 'second nature', 'second thoughts', 'sixth sense',
  'fifth column', 'third party', 'third parties', 'third-party', 'second fiddle',
  // South Asia's police complaint ("a first information report", the FIR)
  'first information report', 'first information reports',
  // a chain's name
  'seven-eleven',
  'zero-tolerance', 'zero tolerance', 'zero-sum', 'zero-hour', 'zero-hours', 'zero-emission', 'zero-emissions',
  'net zero', 'net-zero', 'ground zero', 'patient zero',
  'to naught', 'to nought', 'for naught', 'for nought',
  'one-to-one', 'one-on-one', 'at one point', 'one way or another', 'one last time', 'for one thing', 'two-way', 'one-way',
  'the eleventh hour', 'eleventh-hour', 'at the eleventh hour', 'seventh heaven', 'third wheel', 'third degree', 'the third degree',
  // "a" or "an" before a unit, in an idiom of size: "won by a mile", "would not budge an inch"
  'by a mile', 'budge an inch', 'give an inch', 'move an inch', 'yield an inch', 'cede an inch',
]);

/**
 * Names of software and standards that a decimal after them versions ("Python 3.11", "Bluetooth 5.3",
 * "Ubuntu 22.04"), where another capitalised word before a decimal may head a row of figures ("Sales 9.06").
 */
export const VERSIONED_NAMES: ReadonlySet<string> = new Set([
  'python', 'java', 'javascript', 'typescript', 'perl', 'php', 'ruby', 'kotlin', 'scala',
  'windows', 'android', 'ios', 'ipados', 'macos', 'watchos', 'linux', 'ubuntu', 'debian', 'fedora',
  'chrome', 'firefox', 'safari', 'excel', 'photoshop', 'bluetooth', 'usb', 'html', 'http', 'wi-fi', 'wifi', 'gpt',
]);

/**
 * Words that a number follows across a hyphen and still counts, where digits after a word and a hyphen are
 * otherwise part of a code ("COVID-19"): the name of a scale ("a magnitude-7.8 quake", as "a magnitude 7.8
 * quake") or of a rank ("a top-10 finish", "a top-three team", as "the top 10"), or the bound of an age group
 * ("the over-65s", "an under-21 side"). The word stays out of the span.
 */
export const WORDS_BEFORE_HYPHENED_NUMBERS: ReadonlySet<string> = new Set(['magnitude', 'top', 'over', 'under']);

/**
 * Words that join two numbers by hyphens into a tally or a ratio, each end a count ("7-for-12", "a 2-to-1
 * margin", "3-of-4"), where digits after a word and a hyphen are otherwise part of a code ("COVID-19").
 */
export const TALLY_JOINERS: ReadonlySet<string> = new Set(['for', 'to', 'of', 'in']);

/** Nouns written against the digits they count, which make no code of them: "a 25bp cut" (basis points, counted as "25 basis points" is), "the over-65s" (people of that age), "a 320pp book" (pages). */
export const ATTACHED_COUNT_NOUNS: ReadonlySet<string> = new Set(['bp', 'bps', 's', 'pp']);

/**
 * Capitalised words that make the ordinal in digits before them part of a name: a military unit ("the 3rd Infantry
 * Division", "the 101st Airborne"), a court ("the 2nd Circuit") or a constitutional amendment ("the 14th Amendment").
 */
export const ORDINAL_NAME_HEADS: ReadonlySet<string> = new Set([
  'division', 'airborne', 'battalion', 'regiment', 'brigade', 'army', 'fleet', 'corps', 'infantry', 'armored', 'armoured', 'cavalry',
  'marines', 'marine', 'squadron', 'wing', 'circuit', 'amendment', 'dynasty', 'precinct', 'district', 'congressional', 'panzer', 'artillery',
  'mechanized', 'mechanised', 'commando', 'guards', 'rifles', 'hussars', 'lancers', 'parachute', 'airlift', 'mountain',
]);
