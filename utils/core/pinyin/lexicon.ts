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
  gloss?: string;
}

export const LEXICON: readonly LexiconEntry[] = [
  // Zhuzhou city, its districts, counties and county-level cities.
  { word: '株洲', pinyin: 'zhū zhōu', name: 'Zhūzhōu', gloss: 'Zhuzhou, a city in Hunan' },
  { word: '株洲市', pinyin: 'zhū zhōu shì', name: 'Zhūzhōu Shì', gloss: 'Zhuzhou City' },
  { word: '渌口', pinyin: 'lù kǒu', name: 'Lùkǒu', gloss: 'Lukou, a district of Zhuzhou' },
  { word: '渌口区', pinyin: 'lù kǒu qū', name: 'Lùkǒu Qū', gloss: 'Lukou District, Zhuzhou' },
  { word: '攸县', pinyin: 'yōu xiàn', name: 'Yōu Xiàn', gloss: 'You County, Zhuzhou' },
  { word: '醴陵', pinyin: 'lǐ líng', name: 'Lǐlíng', gloss: 'Liling, a county-level city of Zhuzhou' },
  { word: '茶陵', pinyin: 'chá líng', name: 'Chálíng', gloss: 'Chaling County, Zhuzhou' },
  { word: '茶陵县', pinyin: 'chá líng xiàn', name: 'Chálíng Xiàn', gloss: 'Chaling County, Zhuzhou' },
  { word: '炎陵', pinyin: 'yán líng', name: 'Yánlíng', gloss: 'Yanling County, Zhuzhou' },
  { word: '炎陵县', pinyin: 'yán líng xiàn', name: 'Yánlíng Xiàn', gloss: 'Yanling County, Zhuzhou' },
  { word: '芦淞', pinyin: 'lú sōng', name: 'Lúsōng', gloss: 'Lusong, a district of Zhuzhou' },
  { word: '芦淞区', pinyin: 'lú sōng qū', name: 'Lúsōng Qū', gloss: 'Lusong District, Zhuzhou' },
  { word: '荷塘', pinyin: 'hé táng', name: 'Hétáng', gloss: 'Hetang, a district of Zhuzhou' },
  { word: '荷塘区', pinyin: 'hé táng qū', name: 'Hétáng Qū', gloss: 'Hetang District, Zhuzhou' },
  { word: '石峰', pinyin: 'shí fēng', name: 'Shífēng', gloss: 'Shifeng, a district of Zhuzhou' },
  { word: '石峰区', pinyin: 'shí fēng qū', name: 'Shífēng Qū', gloss: 'Shifeng District, Zhuzhou' },
  { word: '天元', pinyin: 'tiān yuán', name: 'Tiānyuán', gloss: 'Tianyuan, a district of Zhuzhou' },
  { word: '天元区', pinyin: 'tiān yuán qū', name: 'Tiānyuán Qū', gloss: 'Tianyuan District, Zhuzhou' },
  // Hunan and the neighbours that local news names most.
  { word: '长株潭', pinyin: 'cháng zhū tán', name: 'Cháng-Zhū-Tán', gloss: 'Changsha–Zhuzhou–Xiangtan city cluster' },
  { word: '长沙', pinyin: 'cháng shā', name: 'Chángshā', gloss: 'Changsha, capital of Hunan' },
  { word: '湘潭', pinyin: 'xiāng tán', name: 'Xiāngtán', gloss: 'Xiangtan, a city in Hunan' },
  { word: '湖南', pinyin: 'hú nán', name: 'Húnán', gloss: 'Hunan Province' },
  { word: '湘江', pinyin: 'xiāng jiāng', name: 'Xiāng Jiāng', gloss: 'the Xiang River' },
  { word: '渌江', pinyin: 'lù jiāng', name: 'Lù Jiāng', gloss: 'the Lu River' },
  { word: '洮水', pinyin: 'táo shuǐ', name: 'Táoshuǐ', gloss: 'Taoshui (reservoir in Chaling, source of 引洮润株)' },
  { word: '桃源洞', pinyin: 'táo yuán dòng', name: 'Táoyuándòng', gloss: 'Taoyuandong nature reserve, Yanling' },
  // Papers and sites.
  { word: '株洲日报', pinyin: 'zhū zhōu rì bào', gloss: 'Zhuzhou Daily' },
  { word: '株洲新闻网', pinyin: 'zhū zhōu xīn wén wǎng', gloss: 'Zhuzhou News (zznews.gov.cn)' },
  // Policy phrases whose polyphone is read wrong out of context.
  { word: '应急处突', pinyin: 'yìng jí chǔ tū', gloss: 'emergency response and handling of sudden incidents' },
  { word: '处突', pinyin: 'chǔ tū', gloss: 'handling sudden incidents' },
  { word: '引调水', pinyin: 'yǐn diào shuǐ', gloss: 'water diversion' },
  { word: '引洮润株', pinyin: 'yǐn táo rùn zhū', gloss: 'Taoshui-to-Zhuzhou water diversion project' },
];

const BY_WORD = new Map(LEXICON.map((entry) => [entry.word, entry]));

export function lexiconEntry(word: string): LexiconEntry | undefined {
  return BY_WORD.get(word);
}

/** Longest lexicon word, in characters; bounds the forward match in segmentation. */
export const LEXICON_MAX_LENGTH = Math.max(...LEXICON.map((entry) => entry.word.length));
