/**
 * Sentences that cannot open a summary: they lean on the sentence before them (该区…, 此外…, 其中…), or they are
 * not a sentence's beginning at all (a clause starting with a comma or a closing quote).
 */

/** Words that point back to something said before: the summary would leave the reader asking "which?". */
const POINTS_BACK = /^(?:该|此|其|这|那|上述|前述|以上|他们|他|她|它|对此|为此|因此|因而|所以|但是|但|而且|而|并且|并|同时|此外|另外|另一方面|与此同时|其中|其次|再次|最后|然而|不过|于是|随后|之后|此后|然后|也|还|又|都|即|则)/u;
/** Words that start with 这/此/其/该 but do not point back (这里 does, 其实 does not). */
const NOT_POINTING = /^(?:其实|其他|其它|此次|此前|这次|这是|同时期|并购|也门|还原|又称|都市|即将|即便|则|而今|但凡)/u;
/**
 * An item of a list (1、… / 二是… / （三）…): it belongs to the sentence that opened the list, and a later item
 * read alone (4、锅里加入冷水…) is a step without its recipe.
 */
const LIST_ITEM = /^(?:\d{1,2}[、．]|\d{1,2}\.(?!\d)|[一二三四五六七八九十]{1,2}是|[（(][一二三四五六七八九十\d]{1,2}[）)])/u;
/** Marks that only follow something: a sentence starting with one of them is the tail of another. */
const TAIL_START = /^[，,、；;：:。！？!?”’」』）)》】…—-]/u;

/** True when the sentence is an item of a list (see LIST_ITEM). */
export function listItem(sentence: string): boolean {
  return LIST_ITEM.test(sentence.replace(/^[\s\u3000]+/, ''));
}

/**
 * True when the whole sentence is an aside in brackets, such as an editor's note
 * (（原题为《…》）, （记者 王某）): it says nothing about the article's news.
 */
export function bracketedAside(sentence: string): boolean {
  return /^[（(【［[][^）)】］\]]*[）)】］\]][。！？；.!?;]?$/u.test(sentence.trim());
}

/**
 * True when the sentence only says who attended (市政协主席聂方红出席。, 省领导刘红兵参加。): news reports end
 * with such lines, and in a summary they take the room of what happened.
 *
 * @example attendanceLine('株洲市委副书记、市长陈恢清出席签约仪式。') → true
 * @example attendanceLine('市长出席会议并讲话，要求加快项目建设。') → false
 */
export function attendanceLine(sentence: string): boolean {
  return /^[^。！？!?；;]{2,80}?(?:出席|参加|陪同)(?:了)?(?:[^，,。；;]{0,6}(?:仪式|会议|活动))?[。！!]?$/u.test(sentence.trim());
}

/**
 * True when a sentence cannot stand first in a summary.
 *
 * @example danglingOpening('此外，还将建设3个园区。') → true
 * @example danglingOpening('此次活动共签约11个项目。') → false
 */
export function danglingOpening(sentence: string): boolean {
  const text = sentence.replace(/^[\s\u3000]+/, '');
  if (!text) return true;
  if (TAIL_START.test(text) || listItem(text)) return true;
  // 该区 / 该市 stand for a place named earlier: they need it in the summary too, unless a name follows.
  if (/^该(?:区|市|县|镇|村|公司|项目|企业|局|院|校)/u.test(text)) return true;
  return POINTS_BACK.test(text) && !NOT_POINTING.test(text);
}
