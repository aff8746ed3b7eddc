/**
 * Whether a quoted phrase reads as ordinary words: a dictionary word, or a run of dictionary words
 * of two or more characters each (直播地球, 隐形竞争力), optionally negated (不感冒) or made an agent
 * noun (亲历者). A coinage keeps a part no dictionary knows (林长制, 撤县设市, 参北斗, 半小时交通圈).
 */
export function isOrdinaryPhrase(phrase: string, isWord: (word: string) => boolean): boolean {
  if (isWord(phrase)) return true;
  if (/^[不没很最]/u.test(phrase) && phrase.length >= 3 && splitsIntoWords(phrase.slice(1), isWord)) return true;
  if (phrase.endsWith('者') && phrase.length >= 3 && splitsIntoWords(phrase.slice(0, -1), isWord)) return true;
  return splitsIntoWords(phrase, isWord);
}

/** Whether `phrase` is a sequence of dictionary words of at least two characters (a small DP). */
function splitsIntoWords(phrase: string, isWord: (word: string) => boolean): boolean {
  const reach = new Array<boolean>(phrase.length + 1).fill(false);
  reach[0] = true;
  for (let end = 2; end <= phrase.length; end++) {
    for (let start = end - 2; start >= 0 && !reach[end]; start--) {
      if (reach[start] && isWord(phrase.slice(start, end))) reach[end] = true;
    }
  }
  return reach[phrase.length]!;
}
