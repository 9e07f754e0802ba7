/** Words too common to say anything about what people wrote, in the survey languages. */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he ' +
    'her his i if in into is it its ' +
    'just me my no not of on or our out so than that the their them then there they ' +
    'this to too up us very was we ' +
    'were what when which who will with would you your all any get got also more much ' +
    'some one were about because ' +
    'el la los las un una unos unas y o de del al en que es por para con no se lo le ' +
    'les su sus mi mis me muy mas más ' +
    'pero como fue ser son esta este esto está están hay yo ya tan sin sobre entre ' +
    'cuando también nos ni'
  ).split(' '),
);

const WORD = /[\p{L}][\p{L}\p{M}'\u2019-]*/gu;

export interface WordCount {
  word: string;
  count: number;
}

/** Counts each word once per answer, so one long answer cannot dominate the list. */
export function frequentWords(
  texts: Iterable<string>,
  limit = 20,
  minLength = 3,
): WordCount[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const match of text.toLocaleLowerCase().matchAll(WORD)) {
      const word = match[0].replace(/['\u2019-]+$/u, '');
      if (word.length < minLength || STOP_WORDS.has(word) || seen.has(word)) continue;
      seen.add(word);
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([word, count]) => ({ word, count }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word))
    .slice(0, limit);
}
