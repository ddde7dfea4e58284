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

/** "one" before these is a pronoun ("one another", "one can argue", "one who"). */
export const PRONOUN_ONE_AFTER: ReadonlySet<string> = new Set([
  'another', 'who', 'that', 'which', 'can', 'could', 'may', 'might', 'must', 'should', 'would',
  'will', 'does', 'did', 'is', 'was', 'has', 'had', 'sees', 'gets', 'feels', 'thinks',
]);
