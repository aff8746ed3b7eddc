import type { GlossaryEntry, Source } from '../types';

/*
 * Articles mined for this file (2011–2026 news, plans and guides, read for the terms below):
 *   http://moment.rednet.cn/rednetcms/news/localNews/20150206/35097.html   Red Net on Chaling's political consultative visit
 *   http://m.ilynn.cn/document_detail/47053.html                     Chaling's 14th Five-Year Plan outline (mirror)
 *   http://m.baike.quwen5.cn/item/66327.html                         encyclopedia entry on Chaling (mirror)
 *   http://xxnet.com.cn/szb/tjbpc/201905/23/c32294.html              Tuanjie Bao photo report on Yanling
 *   https://zhuzhou.jiwu.com/news/5679119.html                       summary of Zhuzhou's 14th Five-Year spatial plan
 *   http://www.xlsjt.com.cn/2017/0317/1930.html                      Zhuzhou Daily on the central China garment HQ zone (reprint)
 *   http://news.ctei.cn/apparel/gnfz/201807/t20180727_3766694.htm    Hunan Daily on Zhuzhou's garment investment fair (reprint)
 *   http://shenzhenrexian.net/jujiao/2023/0216/11954.html            Xinhua photo report on Lusong garment makers (mirror)
 *   https://user.guancha.cn/main/content?id=1579032                  Guancha column on the Lusong garment market
 *   http://www.ttmn.com/news/Details/645444?p=3                      feature on the Lusong garment industry
 *   http://xud669.cn/2022/1104/659539.shtml                          essay on Zhuzhou's decade of change (mirror)
 *   https://twgreatdaily.com/3uChAWwBmyVoG_1Z1kow.html               travel column on Zhuzhou
 *   http://www.csnd.net/view/25216.html                              encyclopedia entry on Zhuzhou (mirror)
 *   http://bk.zzlib.net:88/paper/daily/202302/376060.html            Zhuzhou Daily commentary on the 2023 project year
 *   http://bk.zzlib.net:88/paper/daily/202203/335042.html            Zhuzhou Daily column opener, 2022
 *   http://hkcd.com/content_p/2017-04/28/content_43829.html          Hong Kong Commercial Daily on the central Hunan transformation zone
 *   http://shahuhu.net/c18595/20200820/i1579299.html                 Zhuzhou government five-year plan for the zone (mirror)
 *   http://hkcd.com/content_p/2018-07/27/content_61579.html          Hong Kong Commercial Daily on Zhuzhou tourism
 *   http://www.dbrkftl.cn/2951.html                                  three-day Zhuzhou travel guide
 *   http://bk.zzlib.net:88/paper/daily/202003/7956.html              Zhuzhou Daily on the Splendid Xiaoxiang tour routes
 *   http://jiayiwuliou.com/jing/318760.html                          list of Zhuzhou sights
 *   http://24js.cn/84352.html                                        overview of Liling's economy
 *   http://ndbrw.com/shengshishoucang/130016.html                    Q&A on Liling
 *   https://www.hywww.net/yczx/105473.html                           report on a Liling ceramics symposium
 *   http://jxdczy.com/news/zhenxing/201604012485.html                feature on Zhuzhou's old-industrial-base transition (reprint)
 *   http://citydn.cn/p/118260.html                                   Hubei radio report on Zhuzhou's transition (mirror)
 *   http://gxt.hunan.gov.cn/gxt/ztzl/whzjqdy/hdwhzjqdy/202402/t20240201_32641236.html   Hunan industry department on Zhuzhou Cemented Carbide
 *   https://hn.rednet.cn/content/646756/59/13356870.html             Red Net (bilingual) on Zhuzhou's hard metals
 *   https://m.xwboo.com/news/detail-154485.html                      70 years of Zhuzhou Cemented Carbide (reprint)
 *   https://wxq9.com/ws/2254.html                                    feature on Zhuzhou's hard-metal industry
 *   http://cctar.cn/news/2610.html                                   report on Hetang's hard-materials park
 *   https://m.163.com/dy/article/IG2BO4RU0550E7HZ.html               Zhuzhou general aviation and factory 331
 *   https://hnydyl-en.rednet.cn/content/646756/53/13368575.html      Red Net (bilingual) on Zhuzhou's aero-engines
 *   http://m.handmsg.com/page/2021/0926/12467873.shtml               magazine feature on Hunan's aviation industry (mirror)
 *   https://www.zgsxzs.com/index.php/index/gov/detail?id=2731        official introduction to Liling (reprint)
 *   http://rightbeek.com/dailynews/212810.html                       feature on Zhuzhou before the 2022 tourism congress (mirror)
 *   http://www.zjxp.net/content/2021-10/09/content_351739.htm        Zhuzhou Daily on the Shuikou company branch (reprint)
 *   http://bk.zzlib.net:88/paper/evening/201904/77569.html           Zhuzhou Evening News on Shuikou town
 *   https://gaoloumi.cc./forum.php?goto=lastpost&mod=redirect&tid=776467   Zhuzhou news series “ten questions” (forum reprint)
 *   http://www.handmsg.com/page/2014/0807/23883785.shtml             magazine feature on Zhuzhou (mirror)
 *   http://haoli886.com/h/104871/20210601/715327.html                China Today on Zhuzhou's railway industry (mirror)
 *   https://hunan.voc.com.cn/article/202308/202308310656115013.html  Voice of Hunan on Chaling black tea
 *   https://www.puercn.com/s/sanxianghonghongcha/                     tea site on Zhuzhou's 2020 tea-brand promotion
 *   http://www.hkcd.com/content_p/2021-04/20/content_114240.html     Hong Kong Commercial Daily on the 2021 tea-ancestor festival
 *   https://m.fx361.cc/news/2017/1130/2513924.html                   magazine note on the first ART train in Zhuzhou
 *   http://www.takungpao.com.hk/mainland/text/2018/0607/172962.html  Ta Kung Pao on the ART trial line
 *   http://tech.wybstv.com.cn/tech/2023/0630/125995.html             Voice of Hunan on ART lines at home and abroad (reprint)
 *   http://m.42bites.com/show-500-391773-1.html                      bilingual news on ART
 */

const LUSONG_HQ_2017: Source = {
  url: 'http://www.xlsjt.com.cn/2017/0317/1930.html',
  publisher: '株洲日报（转载）',
  date: '2017-03-17',
  note: 'reprint of a Zhuzhou Daily report',
};

const GARMENT_FAIR_2018: Source = { url: 'http://news.ctei.cn/apparel/gnfz/201807/t20180727_3766694.htm', publisher: '中国纺织经济信息网（转载湖南日报）', date: '2018-07-27' };

const ZZ_PLAN_SUMMARY: Source = {
  url: 'https://zhuzhou.jiwu.com/news/5679119.html',
  publisher: '吉屋网株洲站（“一核一圈一廊”规划解读）',
  note: 'weak source: a property portal’s summary of the city plan',
};

const TRANSFORMATION_ZONE_2017: Source = { url: 'http://hkcd.com/content_p/2017-04/28/content_43829.html', publisher: '香港商报网', date: '2017-04-28' };

const PROJECT_YEAR_2023: Source = { url: 'http://bk.zzlib.net:88/paper/daily/202302/376060.html', publisher: '株洲日报', date: '2023-02' };

/** Zhuzhou and county place-brands, titles, zones and campaigns found in news not mined before. */
export const ZHUZHOU_C: readonly GlossaryEntry[] = [
  {
    id: 'xiang-gan-bian-jie-zhong-xin-xian',
    term: '湘赣边界中心县',
    aliases: ['湘赣边中心县'],
    scope: 'zhuzhou',
    category: 'planning',
    gloss_zh: '茶陵县的发展定位：湘赣两省交界地区的中心县',
    explanation_zh:
      '茶陵地处湘赣边界、罗霄山脉西麓，“十三五”时期县里提出“打造茶陵发展升级版、加快建成湘赣边界中心县”。株洲“十四五”规划延续这一定位，要把茶陵建成湘赣边界中心县。',
    explanation_en:
      'Chaling lies on the Hunan–Jiangxi border west of the Luoxiao Mountains; in the 13th Five-Year period the county set itself the goal of an upgraded Chaling and “the central county of the Hunan–Jiangxi border”. Zhuzhou’s 14th Five-Year plan kept that role for it.',
    english: { text: 'central county of the Hunan–Jiangxi border', official: false },
    gloss_en: 'Chaling’s aim to be the hub county of the Hunan–Jiangxi border area',
    related: ['xiang-gan-bian', 'yi-he-yi-quan-yi-lang'],
    sources: [
      { url: 'http://moment.rednet.cn/rednetcms/news/localNews/20150206/35097.html', publisher: '红网茶陵站', date: '2015-02-06' },
      { url: 'http://m.ilynn.cn/document_detail/47053.html', publisher: '茶陵县“十四五”规划纲要（文库转载）', note: 'mirror of the plan text' },
      ZZ_PLAN_SUMMARY,
    ],
    status: 'verified',
  },
  {
    id: 'bei-you-huang-ling-nan-you-yan-ling',
    term: '北有黄陵，南有炎陵',
    aliases: ['北有黄陵南有炎陵'],
    scope: 'zhuzhou',
    period: { from: 1994 },
    category: 'culture',
    gloss_zh: '北方有黄帝陵，南方有炎帝陵：炎陵县的名片',
    explanation_zh:
      '陕西黄陵县有黄帝陵，株洲炎陵县鹿原陂有炎帝陵，两位始祖一北一南。1994年经国务院批准，酃县改名炎陵县，从此有了“北有黄陵，南有炎陵”的说法。',
    explanation_en:
      'The Yellow Emperor’s tomb is at Huangling in Shaanxi and the Flame Emperor’s at Luyuanpo in Zhuzhou’s Yanling county, one ancestor in the north and one in the south. The phrase dates from 1994, when the State Council approved renaming Ling county as Yanling.',
    english: { text: 'Huangling in the north, Yanling in the south', official: false },
    gloss_en: 'the Yellow Emperor’s tomb in the north, the Flame Emperor’s (Yanling) in the south',
    related: ['yan-di-ling'],
    sources: [{ url: 'http://xxnet.com.cn/szb/tjbpc/201905/23/c32294.html', publisher: '团结报', date: '2019-05-23' }],
    status: 'verified',
  },
  {
    id: 'xi-cheng',
    term: '犀城',
    aliases: [],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '茶陵县城的别称，得名于南宋铸造的铁犀',
    explanation_zh: '相传南宋茶陵县令刘子迈铸铁犀镇河妖，这尊铁犀至今立在洣水边，茶陵因此有“犀城”之称。',
    explanation_en:
      'Legend says a Southern Song magistrate of Chaling, Liu Zimai, cast an iron rhinoceros to tame the river demon; the statue still stands by the Mi River, so Chaling is called “Rhino City”.',
    english: { text: 'Rhino City (Chaling)', official: false },
    gloss_en: 'nickname of Chaling, after its Song-dynasty iron rhinoceros',
    related: ['cha-zu-wen-hua'],
    sources: [{ url: 'http://m.baike.quwen5.cn/item/66327.html', publisher: '百科（转载）', note: 'weak source: an encyclopedia mirror' }],
    status: 'partial',
    missing: 'only an encyclopedia mirror was found; no official page on the nickname',
    missing_zh: '只找到百科转载，未见官方说法',
  },
  {
    id: 'zhu-li-rong-cheng',
    term: '株醴融城',
    aliases: ['株醴都市圈'],
    scope: 'zhuzhou',
    period: { from: 2021, to: 2025 },
    category: 'planning',
    gloss_zh: '株洲城区与醴陵市连成一体发展的规划',
    explanation_zh:
      '株洲“十四五”空间格局“一核一圈一廊”中的“一圈”：依托浙赣铁路、沪昆高速、东城大道等通道，把株洲城区和醴陵连成株醴都市圈，支持醴陵做大做强成为“副城”。',
    explanation_en:
      'The “circle” in Zhuzhou’s 14th Five-Year layout: linking the city proper and Liling along the railway, expressways and Dongcheng Avenue into one Zhuzhou–Liling metropolitan area, with Liling grown into a secondary city.',
    english: { text: 'Zhuzhou–Liling integration', official: false },
    gloss_en: 'plan to grow Zhuzhou and Liling together into one urban area',
    related: ['yi-he-yi-quan-yi-lang'],
    sources: [ZZ_PLAN_SUMMARY],
    status: 'verified',
  },
  {
    id: 'san-xiang-di-yi-shang-quan',
    term: '三湘第一商圈',
    aliases: [],
    scope: 'zhuzhou',
    category: 'economy',
    gloss_zh: '株洲芦淞服饰城的美誉：湖南第一大商圈',
    explanation_zh:
      '芦淞服饰市场群从上世纪80年代的马路市场发展而来，2017年已有38个服饰鞋帽专业市场、4000多个品牌和4000多家加工企业，被誉为“三湘第一商圈”。',
    explanation_en:
      'The Lusong garment market cluster grew from 1980s street stalls; by 2017 it had 38 specialist clothing and footwear markets, over 4,000 brands and over 4,000 garment workshops, and is praised as “the first shopping district of Hunan”.',
    english: { text: 'the first shopping district of Hunan', official: false },
    gloss_en: 'nickname of Zhuzhou’s Lusong garment-market district',
    related: ['shi-shang-lu-song', 'zhong-guo-fu-shi-ming-cheng'],
    sources: [LUSONG_HQ_2017],
    status: 'verified',
  },
  {
    id: 'zhong-guo-fu-shi-ming-cheng',
    term: '中国服饰名城',
    aliases: [],
    scope: 'zhuzhou',
    category: 'industry',
    gloss_zh: '株洲芦淞服饰产业获得的全国性称号',
    explanation_zh:
      '株洲以芦淞服饰市场群为核心发展服饰产业，先后获评“中国十大服装批发市场”“中国服饰名城”“中国服装品牌孵化基地”等称号，目标是千亿服饰产业集群。',
    explanation_en:
      'Zhuzhou’s garment trade, centred on the Lusong markets, has won titles such as one of China’s ten top clothing wholesale markets, “famous Chinese garment city” and a clothing-brand incubation base, on the way to a 100-billion-yuan industry.',
    english: { text: 'famous garment city of China', official: false },
    gloss_en: 'national title won by Zhuzhou’s Lusong garment industry',
    related: ['san-xiang-di-yi-shang-quan', 'shi-shang-lu-song'],
    sources: [GARMENT_FAIR_2018],
    status: 'partial',
    missing: 'which body awarded the title and in what year',
    missing_zh: '由哪个机构、哪一年授予未查到',
  },
  {
    id: 'zhong-bu-fu-shi-zong-bu-jing-ji-shi-fan-qu',
    term: '中国（中部）服饰总部经济示范区',
    aliases: ['中部服饰总部经济示范区'],
    scope: 'zhuzhou',
    period: { from: 2017 },
    category: 'industry',
    gloss_zh: '芦淞区规划建设的服饰企业总部集聚区',
    explanation_zh:
      '2017年3月株洲市政府与中国纺织工业联合会、复星集团旗下星泓控股签约共建，位于芦淞区，规划4.9平方公里、总投资约200亿元，意在吸引服饰企业总部、推动株洲服饰产业升级。',
    explanation_en:
      'Agreed in March 2017 between the Zhuzhou government, the China National Textile and Apparel Council and Fosun’s Xinghong Holdings: a 4.9 km² zone in Lusong, with about 20 billion yuan of planned investment, meant to draw garment company headquarters and upgrade the city’s clothing industry.',
    english: { text: 'China (Central) Garment Headquarters Economy Demonstration Zone', official: false },
    gloss_en: 'a zone in Lusong for garment company headquarters (from 2017)',
    related: ['san-xiang-di-yi-shang-quan', 'shi-shang-lu-song'],
    sources: [LUSONG_HQ_2017],
    status: 'verified',
  },
  {
    id: 'ba-ge-xin-jian-zhong-dian-gong-ye-cheng-shi',
    term: '八个新建重点工业城市',
    aliases: [],
    scope: 'zhuzhou',
    category: 'industry',
    gloss_zh: '新中国成立后首批重点建设的八座工业城市，株洲是其中之一',
    explanation_zh:
      '株洲常自称新中国“八个新建重点工业城市之一”：建国初期国家在这里集中投资建厂，创造了新中国工业史上的许多“第一”，株洲也因此成为老工业基地。',
    explanation_en:
      'Zhuzhou often calls itself one of new China’s “eight newly built key industrial cities”: in the early 1950s the state concentrated factory building there, producing many firsts of Chinese industry and making it an old industrial base.',
    english: { text: 'eight newly built key industrial cities', official: false },
    gloss_en: 'the eight industrial cities the early PRC built up first, Zhuzhou among them',
    related: ['lao-gong-ye-ji-di', 'huo-che-tuo-lai-de-cheng-shi'],
    sources: [
      { url: 'http://xud669.cn/2022/1104/659539.shtml', publisher: 'xud669.cn（转载）', date: '2022-11', note: 'mirror of an essay on Zhuzhou' },
      { url: 'http://www.csnd.net/view/25216.html', publisher: '橙山网（百科转载）', date: '2015-03-09', note: 'weak source' },
      { url: 'https://twgreatdaily.com/3uChAWwBmyVoG_1Z1kow.html', publisher: '网友专栏（转载）', date: '2019-07-17', note: 'weak source' },
    ],
    status: 'partial',
    missing: 'the other seven cities and the plan that named them',
    missing_zh: '另外七座城市及出处未查到',
  },
  {
    id: 'zhuzhou-xiang-mu-gong-jian-nian-2023',
    term: '项目攻坚年',
    aliases: ['项目攻坚年活动'],
    scope: 'zhuzhou',
    period: '2023',
    category: 'investment',
    gloss_zh: '株洲2023年的主题“年”活动之一：五大项目攻坚',
    explanation_zh:
      '2023年株洲同时开展“项目攻坚年”和“作风建设年”，“项目攻坚年”重点实施争资引项、项目招引、项目裂变、项目建设、项目管理五大攻坚，开年百余个项目集中开工。',
    explanation_en:
      'In 2023 Zhuzhou ran a “project push year” together with a “work-style year”; the project year focused on five pushes: winning funds and projects, attracting investment, spinning off new projects, construction and project management.',
    english: { text: 'Project Push Year', official: false },
    gloss_en: 'Zhuzhou’s 2023 campaign year of five pushes on investment projects',
    items: [
      { zh: '争资引项', en: 'winning funds and projects from above' },
      { zh: '项目招引', en: 'attracting investment projects' },
      { zh: '项目裂变', en: 'spinning off follow-on projects' },
      { zh: '项目建设', en: 'building projects' },
      { zh: '项目管理', en: 'managing projects' },
    ],
    related: ['san-ge-nian', 'zhong-da-xiang-mu-gong-jian-nian', 'xiang-mu-gong-jian-ti-zhi-nian'],
    sources: [PROJECT_YEAR_2023],
    status: 'verified',
  },
  {
    id: 'hunan-zhong-bu-chan-ye-zhuan-xing-shi-fan-qu',
    term: '湖南中部（株洲-湘潭-娄底）产业转型升级示范区',
    aliases: ['湖南中部产业转型升级示范区', '株洲市产业转型升级示范区'],
    scope: 'zhuzhou',
    period: { from: 2017 },
    category: 'industry',
    gloss_zh: '株洲、湘潭、娄底三市获批的国家老工业城市产业转型升级示范区',
    explanation_zh:
      '2017年4月株洲、湘潭、娄底三市获批全国12个老工业城市和资源型城市产业转型升级示范区之一，总面积2.44万平方公里；布局上株洲打造中国动力谷、湘潭建设智造谷、娄底发展为株潭经济协作区，与长沙麓谷一起形成增长极。',
    explanation_en:
      'In April 2017 Zhuzhou, Xiangtan and Loudi were approved together as one of China’s 12 demonstration zones for transforming old industrial and resource cities, covering 24,400 km²; Zhuzhou builds its Power Valley, Xiangtan its smart-manufacturing valley and Loudi an economic cooperation area.',
    english: { text: 'Central Hunan (Zhuzhou–Xiangtan–Loudi) Industrial Transformation and Upgrading Demonstration Zone', official: false },
    gloss_en: 'national zone (2017) for remaking the old industries of Zhuzhou, Xiangtan and Loudi',
    related: ['lao-gong-ye-ji-di', 'zhong-guo-dong-li-gu', 'liang-gu-yi-qu'],
    sources: [
      TRANSFORMATION_ZONE_2017,
      { url: 'http://shahuhu.net/c18595/20200820/i1579299.html', publisher: '株洲市人民政府（株政发〔2018〕19号，转载）', note: 'mirror of a Zhuzhou government document' },
    ],
    status: 'verified',
  },
  {
    id: 'liang-gu-yi-qu',
    term: '两谷一区',
    aliases: [],
    scope: 'zhuzhou',
    period: { from: 2017 },
    category: 'planning',
    gloss_zh: '湘中转型示范区的布局：株洲动力谷、湘潭智造谷、娄底协作区',
    explanation_zh:
      '湖南中部产业转型升级示范区的空间布局：株洲打造中国动力谷，湘潭建设智造谷，娄底发展为株潭经济协作区，与长沙“麓谷”共同支撑长株潭城市群。',
    explanation_en:
      'The layout of the central Hunan transformation zone: Zhuzhou’s China Power Valley, Xiangtan’s smart-manufacturing valley and Loudi as an economic cooperation area, which with Changsha’s Lugu high-tech zone prop up the Chang-Zhu-Tan city cluster.',
    english: { text: 'two valleys and one area', official: false },
    gloss_en: 'Zhuzhou’s and Xiangtan’s “valleys” and Loudi’s cooperation area (2017)',
    items: [
      { zh: '株洲中国动力谷', en: 'China Power Valley in Zhuzhou' },
      { zh: '湘潭智造谷', en: 'smart-manufacturing valley in Xiangtan' },
      { zh: '娄底株潭经济协作区', en: 'economic cooperation area in Loudi' },
    ],
    related: ['zhong-guo-dong-li-gu'],
    sources: [TRANSFORMATION_ZONE_2017],
    status: 'verified',
  },
  {
    id: 'gu-lv-hong-lan-cheng',
    term: '古、绿、红、蓝、橙',
    aliases: ['古绿红蓝橙'],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '株洲的五色旅游品牌：古色、绿色、红色、蓝色、橙色',
    explanation_zh:
      '株洲把旅游资源归为五种颜色：“古色”是炎帝陵、神农城等始祖文化，“绿色”是神农谷、酒埠江等山水生态，“红色”是茶陵县工农兵政府旧址等革命遗址；“蓝”“橙”大致对应方特等现代游乐和醴陵陶瓷等工业文化。',
    explanation_en:
      'Zhuzhou sorts its tourism into five colours: “ancient” for the Flame Emperor sites, “green” for mountain parks such as Shennong Valley, “red” for revolutionary sites such as the Chaling workers’ and peasants’ government; “blue” and “orange” roughly cover modern theme parks and industrial culture such as Liling ceramics.',
    english: { text: 'ancient, green, red, blue and orange (tourism)', official: false },
    gloss_en: 'Zhuzhou’s five-colour tourism brand',
    related: ['shen-nong-cheng', 'yan-di-ling', 'jin-xiu-xiao-xiang'],
    sources: [
      { url: 'http://hkcd.com/content_p/2018-07/27/content_61579.html', publisher: '香港商报网', date: '2018-07-27' },
      { url: 'http://www.dbrkftl.cn/2951.html', publisher: '旅游攻略（网友）', date: '2024-12-28', note: 'weak source' },
    ],
    status: 'partial',
    missing: 'what exactly “blue” and “orange” stand for; the sources only hint',
    missing_zh: '“蓝色”“橙色”具体指什么，来源只有暗示',
  },
  {
    id: 'zhong-guo-tao-ci-zhi-du',
    term: '中国陶瓷之都',
    aliases: [],
    scope: 'zhuzhou',
    category: 'industry',
    gloss_zh: '醴陵的美誉：中国的陶瓷之都',
    explanation_zh:
      '醴陵制瓷已有近两千年，是釉下五彩瓷的原产地，与景德镇、德化并称三大古“瓷都”，陶瓷产业集群上下游企业1500多家，因此被称为“中国陶瓷之都”。',
    explanation_en:
      'Liling has made ceramics for nearly two thousand years and is the home of underglaze five-colour porcelain; named with Jingdezhen and Dehua among China’s three old porcelain capitals, it has some 1,500 firms along its ceramics chain, hence “China’s ceramics capital”.',
    english: { text: 'China’s ceramics capital (Liling)', official: false },
    gloss_en: 'nickname of Liling as China’s ceramics capital',
    related: ['zhong-guo-tao-ci-gu', 'zhong-guo-tao-ci-li-shi-wen-hua-ming-cheng', 'you-xia-wu-cai-ci'],
    sources: [
      { url: 'http://24js.cn/84352.html', publisher: '24js.cn（醴陵经济介绍）', note: 'weak source' },
      { url: 'http://ndbrw.com/shengshishoucang/130016.html', publisher: 'ndbrw.com（问答，称引醴陵市政府网）', note: 'weak source' },
      { url: 'http://jiayiwuliou.com/jing/318760.html', publisher: 'jiayiwuliou.com（景区介绍）', note: 'weak source' },
      { url: 'https://www.hywww.net/yczx/105473.html', publisher: 'hywww.net（转载）', note: 'reprint of a report on a Liling symposium' },
    ],
    status: 'partial',
    missing: 'whether any body formally granted the title; only descriptive pages use it',
    missing_zh: '是否有机构正式授予这一称号未查到，只见于介绍性文章',
  },
  {
    id: 'zhong-guo-ying-zhi-he-jin-gong-ye-yao-lan',
    term: '中国硬质合金工业的摇篮',
    aliases: ['中国硬质合金的摇篮', '中国硬质合金工业摇篮'],
    scope: 'zhuzhou',
    category: 'industry',
    gloss_zh: '株洲（株硬集团）：新中国硬质合金工业的发源地',
    explanation_zh:
      '硬质合金被称为“工业的牙齿”。“一五”时期国家把发展硬质合金列为156项重点工程之一，1954年在株洲走马塘建厂，造出新中国第一块硬质合金，即今天的株硬集团；株洲由此被称为“中国硬质合金工业的摇篮”，至今是全国最大的硬质合金生产基地。',
    explanation_en:
      'Cemented carbide is called “the teeth of industry”. It was one of the 156 key projects of the first Five-Year Plan: a works built from 1954 at Zoumatang in Zhuzhou (today Zhuzhou Cemented Carbide Group) made new China’s first piece, so Zhuzhou is “the cradle of China’s cemented-carbide industry” and remains the country’s largest producer.',
    english: { text: 'cradle of Chinese cemented carbide', official: true },
    gloss_en: 'Zhuzhou, where China’s cemented-carbide (hard-metal) industry began',
    related: ['shi-jie-ying-zhi-he-jin-zhi-du', 'zhong-guo-dian-li-ji-che-yao-lan'],
    sources: [
      { url: 'http://gxt.hunan.gov.cn/gxt/ztzl/whzjqdy/hdwhzjqdy/202402/t20240201_32641236.html', publisher: '湖南省工业和信息化厅', date: '2024-02-01' },
      { url: 'https://hn.rednet.cn/content/646756/59/13356870.html', publisher: '红网（中英双语）' },
      { url: 'https://m.xwboo.com/news/detail-154485.html', publisher: '东莞市数控刀具行业协会（转载）', date: '2024-10-05', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'shi-jie-ying-zhi-he-jin-zhi-du',
    term: '世界硬质合金之都',
    aliases: ['中国硬质合金之都', '全球硬质合金之都'],
    scope: 'zhuzhou',
    category: 'industry',
    gloss_zh: '株洲硬质合金产业的奋斗目标：做成世界级的硬质合金城',
    explanation_zh:
      '株洲生产全国四成以上的硬质合金，有300多家相关企业，集中在荷塘区；市里规划建设湖南先进硬质材料产业园，冲击千亿产业规模，提出打造“中国硬质合金之都”乃至“世界硬质合金之都”。',
    explanation_en:
      'Zhuzhou makes over 40% of China’s cemented carbide and has some 300 firms in the trade, mostly in Hetang district; with a new advanced hard-materials park it aims at a 100-billion-yuan industry and at becoming “the hard-metal capital” of China and of the world.',
    english: { text: 'world capital of cemented carbide', official: false },
    gloss_en: 'Zhuzhou’s goal of being the world centre of the hard-metal industry',
    related: ['zhong-guo-ying-zhi-he-jin-gong-ye-yao-lan'],
    sources: [
      { url: 'http://gxt.hunan.gov.cn/gxt/ztzl/whzjqdy/hdwhzjqdy/202402/t20240201_32641236.html', publisher: '湖南省工业和信息化厅', date: '2024-02-01' },
      { url: 'http://cctar.cn/news/2610.html', publisher: 'cctar.cn（转载）', note: 'reprint of a report on Hetang district' },
      { url: 'https://wxq9.com/ws/2254.html', publisher: 'wxq9.com（转载）', note: 'reprint of a feature on the industry' },
    ],
    status: 'verified',
  },
  {
    id: 'zhong-guo-zhong-xiao-xing-hang-kong-fa-dong-ji-yao-lan',
    term: '中国中小型航空发动机的摇篮',
    aliases: ['中小型航空发动机的摇篮', '全国航空工业的摇篮'],
    scope: 'zhuzhou',
    period: { from: 1954 },
    category: 'industry',
    gloss_zh: '株洲芦淞（331厂）：新中国第一台航空发动机的诞生地',
    explanation_zh:
      '1951年成立的国营三三一厂是“一五”156个重点项目之一，1954年在株洲芦淞试制成功新中国第一台航空发动机，后来又造出第一台涡桨、涡轴发动机等十多个“第一”，即今中国航发南方工业公司，所以芦淞被称为“中国中小型航空发动机的摇篮”。',
    explanation_en:
      'State factory No. 331, set up in 1951 as one of the 156 key projects of the first Five-Year Plan, built new China’s first aero-engine at Lusong in Zhuzhou in 1954 and later its first turboprop and turboshaft engines; now AECC South Industry, it makes Lusong “the cradle of China’s small and medium aero-engines”.',
    english: { text: 'cradle of China’s small and medium aero-engines', official: false },
    gloss_en: 'Zhuzhou’s Lusong, birthplace of China’s first aero-engine',
    related: ['zhuzhou-hang-kong-cheng'],
    sources: [
      { url: 'https://m.163.com/dy/article/IG2BO4RU0550E7HZ.html', publisher: '网易号（株洲本地媒体：芦淞航空产业介绍）', note: 'self-media article' },
      { url: 'https://hnydyl-en.rednet.cn/content/646756/53/13368575.html', publisher: '红网（中英双语）' },
      { url: 'http://m.handmsg.com/page/2021/0926/12467873.shtml', publisher: '《发明与创新》2021年第25期（转载）', date: '2021-09-26', note: 'mirror' },
    ],
    status: 'verified',
  },
  {
    id: 'min-guo-jiang-jun-xian',
    term: '民国将军县',
    aliases: [],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '醴陵的别称：近代走出大批将军的县',
    explanation_zh:
      '醴陵近代人才辈出，走出李立三、左权、耿飚、宋时轮、程潜、陈明仁等人物和295位国共两党将军，因此被称为“民国将军县”。',
    explanation_en:
      'Liling produced many figures of modern Chinese history, among them Li Lisan, Zuo Quan, Geng Biao, Cheng Qian and Chen Mingren, and 295 generals of the Communist and Nationalist armies, hence “the generals’ county of the Republican era”.',
    english: { text: 'the generals’ county of the Republican era (Liling)', official: false },
    gloss_en: 'nickname of Liling for the many generals it produced',
    related: ['zhong-guo-tao-ci-zhi-du'],
    sources: [
      { url: 'https://www.zgsxzs.com/index.php/index/gov/detail?id=2731', publisher: 'zgsxzs.com（醴陵市情介绍，转载）', note: 'reprint of the official introduction to Liling' },
      { url: 'http://www.tjbcwy.com/wap.aspx?cid=18&nid=14994&sp=14', publisher: '醴陵市（2017瓷博会介绍，转载）', date: '2017-09-24', note: 'mirror of the official introduction to the 2017 expo' },
    ],
    status: 'verified',
  },
  {
    id: 'shen-nong-fu-di',
    term: '神农福地',
    aliases: [],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '株洲的城市称号：炎帝神农氏安寝的福地',
    explanation_zh:
      '炎帝神农氏葬于株洲炎陵县鹿原陂，株洲因而自称“神农福地”，常与“制造名城”“红色热土”连用，宣传这里既有始祖文化、也有工业和红色资源。',
    explanation_en:
      'The Flame Emperor Shennong is said to be buried at Luyuanpo in Zhuzhou’s Yanling county, so Zhuzhou calls itself “Shennong’s blessed land”, often paired with “famous manufacturing city” and “red land” to sell its ancestral culture, industry and revolutionary sites.',
    english: { text: 'the blessed land of Shennong', official: false },
    gloss_en: 'Zhuzhou’s epithet as the resting place of the Flame Emperor Shennong',
    related: ['yan-di-ling', 'shen-nong-cheng', 'pei-yu-zhi-zao-ming-cheng'],
    sources: [
      { url: 'http://rightbeek.com/dailynews/212810.html', publisher: '特讯（转载）', date: '2022-06-08', note: 'mirror of a news feature' },
      { url: 'http://xud669.cn/2022/1104/659539.shtml', publisher: 'xud669.cn（转载）', date: '2022-11', note: 'mirror of an essay on Zhuzhou' },
    ],
    status: 'verified',
  },
  {
    id: 'shui-kou-lian-dui-jian-dang',
    term: '水口连队建党',
    aliases: ['连队建党'],
    scope: 'zhuzhou',
    period: '1927',
    category: 'party-building',
    gloss_zh: '1927年毛泽东在炎陵水口叶家祠首次把党支部建在连队',
    explanation_zh:
      '三湾改编提出“支部建在连上”后，1927年10月15日晚毛泽东在酃县（今炎陵县）水口镇叶家祠主持6名士兵入党宣誓，建立第一个连队党支部，是“支部建在连上”的首次实践；叶家祠2019年列为全国重点文物保护单位。',
    explanation_en:
      'After the Sanwan reorganisation called for party branches at company level, on the night of 15 October 1927 Mao Zedong swore six soldiers into the party at the Ye family temple in Shuikou, in today’s Yanling county, forming the first company branch; the temple became a national heritage site in 2019.',
    english: { text: 'founding the party in a company at Shuikou', official: false },
    gloss_en: 'the first party branch set up in an army company (Yanling, 1927)',
    related: ['yan-di-ling'],
    sources: [
      { url: 'http://www.zjxp.net/content/2021-10/09/content_351739.htm', publisher: '株洲日报（转载）', date: '2021-10-09', note: 'reprint' },
      { url: 'http://bk.zzlib.net:88/paper/evening/201904/77569.html', publisher: '株洲晚报', date: '2019-04' },
    ],
    status: 'verified',
  },
  {
    id: 'huo-che-tou-jing-shen',
    term: '火车头精神',
    aliases: [],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '株洲人引以为傲的城市精神：从无到有、敢为第一',
    explanation_zh:
      '株洲因铁路和电力机车而兴，创造了第一台航空发动机、第一台电力机车等众多新中国工业“第一”，人们把这种白手起家、敢走第一步、一往无前的劲头称为“火车头精神”。',
    explanation_en:
      'Zhuzhou grew with the railway and its locomotive works and produced many firsts of Chinese industry, such as the first aero-engine and the first electric locomotive; the “locomotive spirit” is its name for that drive to build from nothing, take the first step and keep pushing forward.',
    english: { text: 'the locomotive spirit', official: false },
    gloss_en: 'Zhuzhou’s civic spirit of pioneering, named after its locomotives',
    related: ['huo-che-tuo-lai-de-cheng-shi', 'zhong-guo-dian-li-ji-che-zhi-du'],
    sources: [
      { url: 'https://gaoloumi.cc./forum.php?goto=lastpost&mod=redirect&tid=776467', publisher: '株洲网（论坛转载“十问株洲”）', date: '2014', note: 'forum reprint of a Zhuzhou news series' },
      { url: 'http://www.handmsg.com/page/2014/0807/23883785.shtml', publisher: '《中华儿女》2014年第13期（转载）', date: '2014-08-07', note: 'mirror' },
      { url: 'http://haoli886.com/h/104871/20210601/715327.html', publisher: '今日中国（转载）', date: '2021-06-01', note: 'mirror' },
    ],
    status: 'verified',
  },
  {
    id: 'qian-nian-guo-yin-shi-yu-cha-ling',
    term: '千年国饮，始于茶陵',
    aliases: ['千年国饮始于茶陵', '千年茶饮，始于茶陵', '千年茶饮始于茶陵'],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '茶陵的宣传语：中国人饮茶的历史从茶陵开始',
    explanation_zh:
      '传说炎帝神农氏在茶陵云阳山发现茶叶，茶陵也因茶得名，是全国唯一以茶命名的县；当地以这句话推广茶祖文化和茶陵红茶，打造“茶陵红茶”区域公共品牌。',
    explanation_en:
      'Legend says the Flame Emperor Shennong found tea on Yunyang Mountain in Chaling, the only Chinese county named after tea; the slogan “a thousand years of the national drink began in Chaling” promotes its tea-ancestor culture and the Chaling black-tea brand.',
    english: { text: 'a thousand years of the national drink began in Chaling', official: false },
    gloss_en: 'Chaling’s slogan claiming to be where Chinese tea drinking began',
    related: ['cha-zu-wen-hua', 'xi-cheng'],
    sources: [
      { url: 'https://hunan.voc.com.cn/article/202308/202308310656115013.html', publisher: '华声在线', date: '2023-08-31' },
      { url: 'https://www.puercn.com/s/sanxianghonghongcha/', publisher: '茶友网（2020湖南茶博会株洲推介会报道）', date: '2020-09-12' },
    ],
    status: 'verified',
  },
  {
    id: 'zhi-gui',
    term: '智轨',
    aliases: ['智能轨道快运系统', '智轨列车', '智轨电车'],
    scope: 'zhuzhou',
    period: { from: 2017 },
    category: 'technology',
    gloss_zh: '中车株洲所研制的“无轨”胶轮电车，沿路面虚拟轨道行驶',
    explanation_zh:
      '中车株洲所自主研发的城市交通新制式，用车载传感器识别路面的虚拟轨道、胶轮代替钢轮钢轨，造价远低于有轨电车。2017年全球首条智轨示范线在株洲神农大道试运行，此后推广到宜宾、苏州等城市并出口阿联酋、马来西亚。',
    explanation_en:
      'A new kind of urban transit developed by CRRC’s Zhuzhou institute: rubber-tyred trams follow “virtual rails” painted on the road using on-board sensors, at a fraction of the cost of a tramway. The world’s first demonstration line began trials on Shennong Avenue in Zhuzhou in 2017, and the system has since spread to other cities and abroad.',
    english: { text: 'Autonomous rail Rapid Transit (ART)', official: true },
    gloss_en: 'Zhuzhou-made trackless tram that follows virtual rails (ART)',
    related: ['zhong-guo-dong-li-gu', 'zhong-guo-gui-dao-jiao-tong-zhi-du'],
    sources: [
      { url: 'https://m.fx361.cc/news/2017/1130/2513924.html', publisher: '《发明与创新》2017年第11期（据华声在线）', date: '2017-11-30' },
      { url: 'http://www.takungpao.com.hk/mainland/text/2018/0607/172962.html', publisher: '大公网', date: '2018-06-07' },
      { url: 'http://tech.wybstv.com.cn/tech/2023/0630/125995.html', publisher: '华声在线（转载）', date: '2023-06-28', note: 'reprint' },
      { url: 'http://m.42bites.com/show-500-391773-1.html', publisher: '双语新闻（转载）', note: 'bilingual reprint using the English name' },
    ],
    status: 'verified',
  },
];
