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
  // Towns, landmarks and institutions of Zhuzhou that local news names. (Left out: names that are
  // also everyday words or straddle them: 白关 in 明白关键, 十都 in 五十都不到.)
  { word: '株洲高新区', pinyin: 'zhū zhōu gāo xīn qū', name: 'Zhūzhōu Gāoxīnqū', gloss: 'Zhuzhou High-tech Zone' },
  { word: '神农城', pinyin: 'shén nóng chéng', name: 'Shénnóngchéng', gloss: 'Shennong City, a park and landmark in Tianyuan, Zhuzhou' },
  { word: '炎帝陵', pinyin: 'yán dì líng', name: 'Yándìlíng', gloss: 'Mausoleum of the Yan Emperor, Yanling County' },
  { word: '渌江书院', pinyin: 'lù jiāng shū yuàn', name: 'Lùjiāng Shūyuàn', gloss: 'Lujiang Academy, Liling' },
  { word: '酒埠江', pinyin: 'jiǔ bù jiāng', name: 'Jiǔbùjiāng', gloss: 'Jiubujiang, a town and reservoir in You County' },
  { word: '洣水', pinyin: 'mǐ shuǐ', name: 'Mǐ Shuǐ', gloss: 'the Mi River, through Yanling, Chaling and You County' },
  { word: '云阳山', pinyin: 'yún yáng shān', name: 'Yúnyáng Shān', gloss: 'Mount Yunyang, Chaling County' },
  { word: '朱亭', pinyin: 'zhū tíng', name: 'Zhūtíng', gloss: 'Zhuting, a town in Lukou District' },
  { word: '淦田', pinyin: 'gàn tián', name: 'Gàntián', gloss: 'Gantian, a town in Lukou District' },
  { word: '仙庾', pinyin: 'xiān yǔ', name: 'Xiānyǔ', gloss: 'Xianyu, a town in Hetang District' },
  { word: '雷打石', pinyin: 'léi dǎ shí', name: 'Léidǎshí', gloss: 'Leidashi, a town in Tianyuan District' },
  { word: '田心', pinyin: 'tián xīn', name: 'Tiánxīn', gloss: 'Tianxin, Shifeng District, home of the CRRC locomotive works' },
  { word: '清水塘', pinyin: 'qīng shuǐ táng', name: 'Qīngshuǐtáng', gloss: 'Qingshuitang, a former industrial zone in Shifeng District' },
  { word: '栗雨', pinyin: 'lì yǔ', name: 'Lìyǔ', gloss: 'Liyu, a subdistrict of Tianyuan District' },
  { word: '龙头铺', pinyin: 'lóng tóu pù', name: 'Lóngtóupù', gloss: 'Longtoupu, a place in Zhuzhou (铺 pù, "post station")' },
  // Hunan and the neighbours that local news names most.
  { word: '长株潭', pinyin: 'cháng zhū tán', name: 'Cháng-Zhū-Tán', gloss: 'Changsha–Zhuzhou–Xiangtan city cluster' },
  { word: '长沙', pinyin: 'cháng shā', name: 'Chángshā', gloss: 'Changsha, capital of Hunan' },
  { word: '湘潭', pinyin: 'xiāng tán', name: 'Xiāngtán', gloss: 'Xiangtan, a city in Hunan' },
  { word: '湖南', pinyin: 'hú nán', name: 'Húnán', gloss: 'Hunan Province' },
  { word: '湘江', pinyin: 'xiāng jiāng', name: 'Xiāng Jiāng', gloss: 'the Xiang River' },
  { word: '衡阳', pinyin: 'héng yáng', name: 'Héngyáng', gloss: 'Hengyang, a city in Hunan' },
  { word: '岳阳', pinyin: 'yuè yáng', name: 'Yuèyáng', gloss: 'Yueyang, a city in Hunan' },
  { word: '常德', pinyin: 'cháng dé', name: 'Chángdé', gloss: 'Changde, a city in Hunan' },
  { word: '郴州', pinyin: 'chēn zhōu', name: 'Chēnzhōu', gloss: 'Chenzhou, a city in Hunan' },
  { word: '邵阳', pinyin: 'shào yáng', name: 'Shàoyáng', gloss: 'Shaoyang, a city in Hunan' },
  { word: '益阳', pinyin: 'yì yáng', name: 'Yìyáng', gloss: 'Yiyang, a city in Hunan' },
  { word: '娄底', pinyin: 'lóu dǐ', name: 'Lóudǐ', gloss: 'Loudi, a city in Hunan' },
  { word: '怀化', pinyin: 'huái huà', name: 'Huáihuà', gloss: 'Huaihua, a city in Hunan' },
  { word: '永州', pinyin: 'yǒng zhōu', name: 'Yǒngzhōu', gloss: 'Yongzhou, a city in Hunan' },
  { word: '张家界', pinyin: 'zhāng jiā jiè', name: 'Zhāngjiājiè', gloss: 'Zhangjiajie, a city in Hunan' },
  { word: '湘西', pinyin: 'xiāng xī', name: 'Xiāngxī', gloss: 'Xiangxi, western Hunan (an autonomous prefecture)' },
  { word: '浏阳', pinyin: 'liú yáng', name: 'Liúyáng', gloss: 'Liuyang, a county-level city of Changsha' },
  { word: '韶山', pinyin: 'sháo shān', name: 'Sháoshān', gloss: 'Shaoshan, Xiangtan; Mao Zedong\'s birthplace' },
  { word: '耒阳', pinyin: 'lěi yáng', name: 'Lěiyáng', gloss: 'Leiyang, a county-level city of Hengyang' },
  { word: '汨罗', pinyin: 'mì luó', name: 'Mìluó', gloss: 'Miluo, a county-level city of Yueyang' },
  { word: '洞庭湖', pinyin: 'dòng tíng hú', name: 'Dòngtíng Hú', gloss: 'Dongting Lake' },
  { word: '岳麓山', pinyin: 'yuè lù shān', name: 'Yuèlù Shān', gloss: 'Mount Yuelu, Changsha' },
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
