/**
 * Words ZhuDu must read and cut right whatever the general dictionary says: Zhuzhou and Hunan places
 * (a gazetteer), and the policy phrases of local news whose polyphones pinyin-pro gets wrong out of
 * context (应急处突 is chǔ, not chù; 引调水 is diào, not tiáo).
 *
 * `pinyin` has one syllable per character. `name` is the romanised proper name a reader meets on maps
 * and signs (Zhūzhōu, Yōu Xiàn), shown in the tooltip beside the syllables.
 */
export interface LexiconEntry {
  word: string;
  pinyin: string;
  name?: string;
}

export const LEXICON: readonly LexiconEntry[] = [
  // Zhuzhou city, its districts, counties and county-level cities.
  { word: '株洲', pinyin: 'zhū zhōu', name: 'Zhūzhōu' },
  { word: '株洲市', pinyin: 'zhū zhōu shì', name: 'Zhūzhōu Shì' },
  { word: '渌口', pinyin: 'lù kǒu', name: 'Lùkǒu' },
  { word: '渌口区', pinyin: 'lù kǒu qū', name: 'Lùkǒu Qū' },
  { word: '攸县', pinyin: 'yōu xiàn', name: 'Yōu Xiàn' },
  { word: '醴陵', pinyin: 'lǐ líng', name: 'Lǐlíng' },
  { word: '茶陵', pinyin: 'chá líng', name: 'Chálíng' },
  { word: '茶陵县', pinyin: 'chá líng xiàn', name: 'Chálíng Xiàn' },
  { word: '炎陵', pinyin: 'yán líng', name: 'Yánlíng' },
  { word: '炎陵县', pinyin: 'yán líng xiàn', name: 'Yánlíng Xiàn' },
  { word: '芦淞', pinyin: 'lú sōng', name: 'Lúsōng' },
  { word: '芦淞区', pinyin: 'lú sōng qū', name: 'Lúsōng Qū' },
  { word: '荷塘', pinyin: 'hé táng', name: 'Hétáng' },
  { word: '荷塘区', pinyin: 'hé táng qū', name: 'Hétáng Qū' },
  { word: '石峰', pinyin: 'shí fēng', name: 'Shífēng' },
  { word: '石峰区', pinyin: 'shí fēng qū', name: 'Shífēng Qū' },
  { word: '天元', pinyin: 'tiān yuán', name: 'Tiānyuán' },
  { word: '天元区', pinyin: 'tiān yuán qū', name: 'Tiānyuán Qū' },
  // Towns, landmarks and institutions of Zhuzhou that local news names. (Left out: names that are
  // also everyday words or straddle them: 白关 in 明白关键, 十都 in 五十都不到.)
  { word: '株洲高新区', pinyin: 'zhū zhōu gāo xīn qū', name: 'Zhūzhōu Gāoxīnqū' },
  { word: '神农城', pinyin: 'shén nóng chéng', name: 'Shénnóngchéng' },
  { word: '炎帝陵', pinyin: 'yán dì líng', name: 'Yándìlíng' },
  { word: '渌江书院', pinyin: 'lù jiāng shū yuàn', name: 'Lùjiāng Shūyuàn' },
  { word: '酒埠江', pinyin: 'jiǔ bù jiāng', name: 'Jiǔbùjiāng' },
  { word: '洣水', pinyin: 'mǐ shuǐ', name: 'Mǐ Shuǐ' },
  { word: '云阳山', pinyin: 'yún yáng shān', name: 'Yúnyáng Shān' },
  { word: '朱亭', pinyin: 'zhū tíng', name: 'Zhūtíng' },
  { word: '淦田', pinyin: 'gàn tián', name: 'Gàntián' },
  { word: '仙庾', pinyin: 'xiān yǔ', name: 'Xiānyǔ' },
  { word: '雷打石', pinyin: 'léi dǎ shí', name: 'Léidǎshí' },
  { word: '田心', pinyin: 'tián xīn', name: 'Tiánxīn' },
  { word: '清水塘', pinyin: 'qīng shuǐ táng', name: 'Qīngshuǐtáng' },
  { word: '栗雨', pinyin: 'lì yǔ', name: 'Lìyǔ' },
  { word: '龙头铺', pinyin: 'lóng tóu pù', name: 'Lóngtóupù' },
  // Hunan and the neighbours that local news names most.
  { word: '长株潭', pinyin: 'cháng zhū tán', name: 'Cháng-Zhū-Tán' },
  { word: '长沙', pinyin: 'cháng shā', name: 'Chángshā' },
  { word: '湘潭', pinyin: 'xiāng tán', name: 'Xiāngtán' },
  { word: '湖南', pinyin: 'hú nán', name: 'Húnán' },
  { word: '湘江', pinyin: 'xiāng jiāng', name: 'Xiāng Jiāng' },
  { word: '衡阳', pinyin: 'héng yáng', name: 'Héngyáng' },
  { word: '岳阳', pinyin: 'yuè yáng', name: 'Yuèyáng' },
  { word: '常德', pinyin: 'cháng dé', name: 'Chángdé' },
  { word: '郴州', pinyin: 'chēn zhōu', name: 'Chēnzhōu' },
  { word: '邵阳', pinyin: 'shào yáng', name: 'Shàoyáng' },
  { word: '益阳', pinyin: 'yì yáng', name: 'Yìyáng' },
  { word: '娄底', pinyin: 'lóu dǐ', name: 'Lóudǐ' },
  { word: '怀化', pinyin: 'huái huà', name: 'Huáihuà' },
  { word: '永州', pinyin: 'yǒng zhōu', name: 'Yǒngzhōu' },
  { word: '张家界', pinyin: 'zhāng jiā jiè', name: 'Zhāngjiājiè' },
  { word: '湘西', pinyin: 'xiāng xī', name: 'Xiāngxī' },
  { word: '浏阳', pinyin: 'liú yáng', name: 'Liúyáng' },
  { word: '韶山', pinyin: 'sháo shān', name: 'Sháoshān' },
  { word: '耒阳', pinyin: 'lěi yáng', name: 'Lěiyáng' },
  { word: '汨罗', pinyin: 'mì luó', name: 'Mìluó' },
  { word: '洞庭湖', pinyin: 'dòng tíng hú', name: 'Dòngtíng Hú' },
  { word: '岳麓山', pinyin: 'yuè lù shān', name: 'Yuèlù Shān' },
  { word: '渌江', pinyin: 'lù jiāng', name: 'Lù Jiāng' },
  { word: '洮水', pinyin: 'táo shuǐ', name: 'Táoshuǐ' },
  { word: '桃源洞', pinyin: 'táo yuán dòng', name: 'Táoyuándòng' },
  // Papers and sites.
  { word: '株洲日报', pinyin: 'zhū zhōu rì bào' },
  { word: '株洲新闻网', pinyin: 'zhū zhōu xīn wén wǎng' },
  // Policy phrases whose polyphone is read wrong out of context.
  { word: '应急处突', pinyin: 'yìng jí chǔ tū' },
  { word: '处突', pinyin: 'chǔ tū' },
  { word: '引调水', pinyin: 'yǐn diào shuǐ' },
  { word: '引洮润株', pinyin: 'yǐn táo rùn zhū' },
];

const BY_WORD = new Map(LEXICON.map((entry) => [entry.word, entry]));

export function lexiconEntry(word: string): LexiconEntry | undefined {
  return BY_WORD.get(word);
}

/** Longest lexicon word, in characters; bounds the forward match in segmentation. */
export const LEXICON_MAX_LENGTH = Math.max(...LEXICON.map((entry) => entry.word.length));
