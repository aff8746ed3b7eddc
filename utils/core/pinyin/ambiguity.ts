/**
 * Characters whose reading, when no word or rule settles it, is a real choice in modern prose, and
 * the readings in play. The character table lists more (和 has five, 约 has yāo, 仅 has jìn), but a
 * reader needs to see only the ones a sentence could plausibly mean, so the tooltip's `polyphones`
 * lists these and nothing else. Left out on purpose: characters whose other readings live only
 * inside words (和 huò, 要 yāo, 了 liǎo, 更 gēng, 好 hào, 中 zhòng, 将 jiàng …): standing alone they
 * are as good as settled.
 *
 * The word data keeps every reasonably common word holding one of these characters, so such a
 * character standing alone really is outside any word the dictionary knows.
 */
export const LIVE_READINGS: Readonly<Record<string, readonly string[]>> = {
  // Function words and the polyphones of news prose.
  为: ['wèi', 'wéi'],
  地: ['dì', 'de'],
  得: ['dé', 'de', 'děi'],
  着: ['zhe', 'zháo', 'zhuó'],
  干: ['gān', 'gàn'],
  处: ['chù', 'chǔ'],
  长: ['cháng', 'zhǎng'],
  调: ['tiáo', 'diào'],
  率: ['lǜ', 'shuài'],
  行: ['xíng', 'háng'],
  重: ['zhòng', 'chóng'],
  还: ['hái', 'huán'],
  只: ['zhǐ', 'zhī'],
  量: ['liàng', 'liáng'],
  应: ['yīng', 'yìng'],
  当: ['dāng', 'dàng'],
  教: ['jiào', 'jiāo'],
  差: ['chà', 'chā', 'chāi'],
  数: ['shù', 'shǔ'],
  种: ['zhǒng', 'zhòng'],
  乐: ['lè', 'yuè'],
  朝: ['cháo', 'zhāo'],
  相: ['xiāng', 'xiàng'],
  传: ['chuán', 'zhuàn'],
  转: ['zhuǎn', 'zhuàn'],
  空: ['kōng', 'kòng'],
  难: ['nán', 'nàn'],
  背: ['bèi', 'bēi'],
  冲: ['chōng', 'chòng'],
  系: ['xì', 'jì'],
  盛: ['shèng', 'chéng'],
  尽: ['jìn', 'jǐn'],
  载: ['zài', 'zǎi'],
  假: ['jiǎ', 'jià'],
  散: ['sàn', 'sǎn'],
  藏: ['cáng', 'zàng'],
  薄: ['báo', 'bó'],
  削: ['xiāo', 'xuē'],
  血: ['xuè', 'xiě'],
  露: ['lù', 'lòu'],
  缝: ['féng', 'fèng'],
  钉: ['dīng', 'dìng'],
  铺: ['pū', 'pù'],
  卷: ['juǎn', 'juàn'],
  扎: ['zhā', 'zā'],
  // Surnames with their own reading (a name the byline rules did not catch).
  曾: ['céng', 'zēng'],
  单: ['dān', 'shàn'],
  华: ['huá', 'huà'],
  仇: ['chóu', 'qiú'],
  查: ['chá', 'zhā'],
  解: ['jiě', 'xiè'],
};

/** Characters the word data must cover with their words (see scripts/build-pinyin-data.ts). */
export const LIVE_CHARS = Object.keys(LIVE_READINGS).sort().join('');

const LIVE = new Map(Object.entries(LIVE_READINGS));

/** The other readings in play for `char` read as `reading`; empty for characters not listed. */
export function liveAlternatives(char: string, reading: string): string[] {
  const readings = LIVE.get(char);
  return readings ? readings.filter((other) => other !== reading) : [];
}
