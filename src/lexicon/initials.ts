// Small words a name's initials leave out: "Organisation for Security and Cooperation in Europe" is OSCE,
// "Coalition for Open Rivers" COR. Read by every rule that takes an abbreviation for its name's.
export const SKIPPED_BY_INITIALS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'de', 'du', 'des', 'la', 'le', 'del', 'y', 'et', '&']);
