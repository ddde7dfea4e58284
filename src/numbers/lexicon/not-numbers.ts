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

/** Before a naming number, these make it the name: "called 911", "dial 999", "the 747", "its 787". */
export const NAMING_NUMBER_BEFORE: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'calling', 'dial', 'dials', 'dialed', 'dialled', 'dialing', 'dialling',
  'a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that',
]);

/** After a house number and a capitalised name, these make an address ("221 Baker Street", "1600 Pennsylvania Avenue"). */
export const STREET_WORDS: ReadonlySet<string> = new Set([
  'street', 'st', 'st.', 'avenue', 'ave', 'ave.', 'road', 'rd', 'rd.', 'boulevard', 'blvd', 'blvd.', 'lane', 'drive', 'dr.', 'place',
  'square', 'way', 'court', 'terrace', 'crescent', 'highway', 'parkway',
]);
