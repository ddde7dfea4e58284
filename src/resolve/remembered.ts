// A function of a text alone (a token's cues before a person's name), remembered across articles: rules ask it of
// many tokens, and the same texts come back within an article and from one article to the next.
// Nothing but the text decides an answer, so what earlier articles asked changes none. A table that grows
// large is emptied rather than kept growing.

const MAX_REMEMBERED = 100_000;

export function remembered<T>(f: (text: string) => T): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      if (answers.size >= MAX_REMEMBERED) answers.clear();
      answers.set(text, (answer = f(text)));
    }
    return answer;
  };
}
