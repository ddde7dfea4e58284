// Abbreviated titles the press writes before a name with a full stop ("the Rev. Paul Ouderkirk", "Maj. Gen. John
// Smith", "Adm. Mike Mullen"): the stop is the abbreviation's, never a sentence's end, where a capitalised word follows.
// Not "Jr." or "St.", which also close sentences ("Martin Luther King Jr. He", "on Main St. It").
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Rev', 'Msgr', 'Prof', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt', 'Sgt', 'Cpl', 'Pvt', 'Adm',
  'Cmdr', 'Brig', 'Gov', 'Sen', 'Rep', 'Reps', 'Sens', 'Atty', 'Supt', 'Insp', 'Det', 'Fr', 'Hon',
]);
