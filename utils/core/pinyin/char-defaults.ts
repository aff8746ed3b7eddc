/**
 * Readings that replace pinyin-pro's first reading for a character standing alone (in no dictionary
 * word and chosen by no rule). Words keep their own readings: the word data is pruned against this
 * table, so 蛤蟆 stays há ma although 蛤 alone is gé.
 *
 * Chosen from the CPP dev split (`bench/pinyin.bench.ts --suggest-defaults`: the reading gold data
 * gives a character alone at least 2 more times than the current one), kept only where the reading
 * is also the right one to guess in modern prose or the character's standard reading. Rejected:
 * 抡 lún (lūn "swing" is the everyday verb), 崴 wēi (wǎi "sprain"), 覃 tán and 裨 pí (too close to
 * call), 蕃 bō (fān in 二蕃), 调 diào (tiáo "adjust" is as common alone).
 */
export const CHAR_DEFAULTS: Readonly<Record<string, string>> = {
  // Everyday use alone differs from the character table's first reading.
  只: 'zhǐ', // "only"; the measure word (一只) is a context rule
  应: 'yīng', // "should" (应做好); yìng in words (应用, 回应) and "in answer to" (a context rule)
  量: 'liàng', // amount (量足, 计算量); the verb "measure" lives in words (测量)
  供: 'gōng', // supply (供…使用); gòng in words (供奉, 口供)
  什: 'shí', // 什么 is a word; alone it is "ten" or a transliteration (希什曼)
  咳: 'ké', // cough; hāi is an interjection
  哟: 'yo', // sentence particle
  藏: 'zàng', // alone mostly Tibet (入藏, 援藏, 川藏); the verb "hide" (藏在, 藏着) is a context rule
  // Alone these are mostly names, places or transliterations, which read this way.
  燕: 'yān', // the state of Yan and the surname; the bird is 燕子
  肖: 'xiāo', // the surname (for 萧) and transliterations (肖邦); 肖像 is a word
  媛: 'yuán', // given names (王媛); 名媛 is a word
  牟: 'móu', // the surname; 牟利 is a word
  帖: 'tiě', // 帖木儿, 请帖; 帖子 is a word
  喇: 'lǎ', // 喇嘛, 喀喇沁
  塞: 'sài', // transliterations (圣何塞); 堵塞 sè, 塞进 sāi are words
  阆: 'làng', // 阆中
  莞: 'guǎn', // 东莞; 莞尔 is a word
  莘: 'xīn', // 莘庄; 莘莘 is a word
  垛: 'duǒ', // place names and battlements (城垛)
  峒: 'tóng', // 崆峒
  閤: 'gé',
  剡: 'shàn', // 剡溪
  阙: 'què', // palace gate towers (宫阙); 阙如 is a word
  // Technical and classical uses that dominate the rest.
  蛤: 'gé', // clams (蛤蜊, 海扇蛤科); 蛤蟆 is a word
  姥: 'mǔ', // 天姥山, 斗姥; 姥姥 is a word
  哩: 'lǐ', // the mile (英哩)
  攒: 'cuán', // 攒尖 roofs; 攒钱 is a word
  圩: 'wéi', // polders (圩区) and the places named after them
  蠡: 'lǐ', // 范蠡, 彭蠡, 蠡县
  毂: 'gǔ',
  钌: 'liǎo', // ruthenium
  锔: 'jú', // curium
  蹶: 'jué', // stumble; juě only in 尥蹶子
  徼: 'jiào', // frontier (边徼); jiǎo is 徼幸, a word
  嬛: 'huán', // 甄嬛
};

/** The table as one stable string; the generated word data records the table it was pruned for. */
export function charDefaultsFingerprint(): string {
  return Object.keys(CHAR_DEFAULTS)
    .sort()
    .map((char) => char + CHAR_DEFAULTS[char])
    .join(' ');
}
