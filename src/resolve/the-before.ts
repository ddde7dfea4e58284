// Whether the article "the" stands right before a span. Rules that read a capitalised word after it as a common noun
// ("the North", "The Government would study") or a title ("the Chancellor") ask it the same way.
const THE = /(?:^|[^\p{L}])[Tt]he $/u;

/** "the " or "The " ends right at `start`, as a word of its own (not "bathe "). */
export const theBefore = (text: string, start: number): boolean => THE.test(text.slice(Math.max(0, start - 5), start));
