// The words of a patronymic in Arabic names, "son of" and "daughter of": "Sultan bin Salem al-Habsi", "Qaboos bin
// Said". A title's word right before one is the given name it also is ("Sultan", "Emir"), never a title: a title
// stands before a name, not before "bin".
export const PATRONYMIC_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'bint', 'binti']);
/** The Arabic article as names write it before their family name or hyphened to it: "Al Khalifa", "al-Saud", "el-Sisi". */
export const ARABIC_ARTICLES: readonly string[] = ['al', 'el'];
