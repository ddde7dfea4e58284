// Head words of institutions named after a person or another body: "Francis Crick Institute", "Nelson
// Mandela Foundation", "Novo Nordisk Foundation". The name before the head is someone else's, so resolve
// takes a person the model stopped before the head into the institution, and link never takes the shorter
// name for the institution's ("Novo Nordisk" is not its foundation).
export const NAMED_AFTER_HEADS: ReadonlySet<string> = new Set([
  'institute', 'foundation', 'center', 'centre', 'school', 'college', 'university', 'museum', 'hospital', 'library',
  'trust', 'fund', 'society', 'institution', 'academy',
]);
