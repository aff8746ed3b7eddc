import type { GlossaryEntry, Source } from '../types';

/** People's Daily / Xinhua report of the 2007 approval, as mirrored. */
const LIANGXING_2007: Source = {
  url: 'http://whmsebhyy.com/china/dfjj/20071217/06484298239.shtml',
  publisher: '人民日报（新浪转载）',
  date: '2007-12-17',
  note: 'mirror of a People’s Daily report',
};

const FTZ_2020: Source = { url: 'https://huitong-wap.rednet.cn/content/2020/09/22/8323120.html', publisher: '华声在线（湖南日报）', date: '2020-09-22' };

const YUELU_2021: Source = { url: 'http://opinion.voc.com.cn/article/202104/202104152357598211.html', publisher: '华声在线', date: '2021-04-15' };

const GREEN_HEART_2025: Source = {
  url: 'https://daydaynews.cc/zh-tw/international/3984666.html',
  publisher: '湖南日报（转载）',
  date: '2025-04-08',
  note: 'reprint of a Hunan Daily report',
};

const HN_REPORT_2024: Source = { url: 'http://hnstb.gov.cn/zhyw/9084.html', publisher: '湖南省人民政府（2024年省政府工作报告，转载）', date: '2024-02-18' };

const HN_REPORT_2025: Source = {
  url: 'http://district.ce.cn/newarea/roll/202501/27/t20250127_39279538_1.shtml',
  publisher: '湖南日报（中国经济网转载：2025年湖南省政府工作报告）',
  date: '2025-01-27',
};

const HN_REPORT_2026: Source = { url: 'https://wap.hlunet.cn/nograb/646046/68/15715323.html', publisher: '湖南日报（2026年湖南省政府工作报告，转载）', date: '2026-02-03' };

const STDAILY_2025: Source = { url: 'https://www.stdaily.com/web/gdxw/2025-01/14/content_286079.html', publisher: '科技日报', date: '2025-01-14' };

/** Hunan provincial programmes, place-brands and slogans, including those of other Hunan cities. */
export const HUNAN_PROGRAMMES: readonly GlossaryEntry[] = [
  {
    id: 'liang-xing-she-hui',
    term: '两型社会',
    aliases: ['两型社会建设', '长株潭两型社会试验区'],
    quotedOnly: ['两型'],
    scope: 'hunan',
    period: { from: 2007 },
    category: 'ecology',
    gloss_zh: '资源节约型、环境友好型社会；长株潭是国家级“两型”改革试验区',
    explanation_zh:
      '2007年12月经国务院同意，国家发改委批准武汉城市圈和长株潭城市群为全国资源节约型和环境友好型社会建设综合配套改革试验区。此后十多年湖南新闻里常见“两型”城市、“两型”产业、“两型办”等说法。',
    explanation_en:
      'In December 2007, with State Council approval, the NDRC made the Wuhan city circle and the Chang-Zhu-Tan city cluster national comprehensive reform pilot zones for a resource-saving and environment-friendly society. For years after, Hunan news spoke of “two-oriented” cities, industries and offices.',
    english: { text: 'resource-saving and environment-friendly society', official: false },
    gloss_en: 'a society that saves resources and protects the environment; Chang-Zhu-Tan was a national pilot zone for it',
    related: ['chang-zhu-tan', 'chang-zhu-tan-sheng-tai-lv-xin'],
    sources: [LIANGXING_2007, { url: 'https://m.fx361.cc/news/2016/0315/18761830.html', publisher: '湖南财政经济学院学报（fx361转载）', date: '2016-03-15' }],
    status: 'verified',
  },
  {
    id: 'chang-zhu-tan-sheng-tai-lv-xin',
    term: '长株潭生态绿心',
    aliases: ['长株潭城市群生态绿心', '生态绿心', '长株潭之肺'],
    quotedOnly: ['绿心'],
    scope: 'hunan',
    category: 'ecology',
    gloss_zh: '长沙、株洲、湘潭三市交界处受法律保护的大片绿地',
    explanation_zh:
      '三市交汇处约520多平方公里的低山丘陵区，2013年起受《湖南省长株潭城市群生态绿心地区保护条例》保护，区内禁止工业项目。2025年4月印发的规划称它是世界面积最大的城市群绿心，要建成“长株潭中央客厅”。',
    explanation_en:
      'About 520-odd square kilometres of low hills where the three cities meet, protected since 2013 by a provincial regulation that bans industrial projects there. A plan issued in April 2025 calls it the largest green heart of any city cluster in the world and wants to make it the cluster’s “central living room”.',
    english: { text: 'the Chang-Zhu-Tan ecological green heart', official: false },
    gloss_en: 'the protected green zone in the middle of Changsha, Zhuzhou and Xiangtan',
    related: ['chang-zhu-tan', 'liang-xing-she-hui'],
    sources: [
      GREEN_HEART_2025,
      { url: 'http://www.changzhutan.com/czt-bbsthread-29689-0.html', publisher: '株洲日报（长株潭网转载）', date: '2013-02-28' },
    ],
    status: 'verified',
  },
  {
    id: 'wu-hao-yuan-qu',
    term: '五好园区',
    aliases: [],
    scope: 'hunan',
    category: 'industry',
    gloss_zh: '湖南要求产业园区创建的“五好”标准（五项内容未核实）',
    explanation_zh: '湖南省工信厅等部门要求省级及以上产业园区“积极创建‘五好’园区”，以此推动园区高质量发展，株洲等地的园区新闻常用。“五好”具体是哪五项，本条来源没有列出。',
    explanation_en:
      'Hunan’s industry department and others urge provincial-level and higher industrial parks to become “five-good” parks as a way of raising park quality, a phrase common in Zhuzhou park news. Our source does not list the five criteria.',
    english: { text: '“five-good” industrial parks', official: false },
    gloss_en: 'Hunan’s label for industrial parks meeting five standards',
    related: ['gao-xin-qu'],
    sources: [
      {
        url: 'http://sykjcx.cn/News/Details/91673',
        publisher: '湖南省工业和信息化厅（转载）',
        date: '2021-07-12',
        note: 'reprint of a provincial notice',
      },
    ],
    status: 'partial',
    missing: 'the five criteria and the document that set them',
  },
  {
    id: 'hunan-zi-mao-qu',
    term: '中国（湖南）自由贸易试验区',
    aliases: ['湖南自贸试验区', '湖南自贸区'],
    scope: 'hunan',
    period: { from: 2020 },
    category: 'economy',
    gloss_zh: '2020年获批的湖南自由贸易试验区，含长沙、岳阳、郴州三个片区',
    explanation_zh:
      '2020年9月21日总体方案公布，面积119.76平方公里，分长沙、岳阳、郴州三个片区。定位是世界级先进制造业集群、联通长江经济带和粤港澳大湾区的投资贸易走廊、中非经贸深度合作先行区和内陆开放新高地。',
    explanation_en:
      'Its master plan was published on 21 September 2020: 119.76 square kilometres in three areas, Changsha, Yueyang and Chenzhou. It is meant to host world-class manufacturing clusters, link the Yangtze belt with the Greater Bay Area, pioneer China–Africa trade and serve as an inland opening-up highland.',
    english: { text: 'China (Hunan) Pilot Free Trade Zone', official: false },
    gloss_en: 'Hunan’s free trade zone, approved in 2020',
    related: ['san-ge-gao-di', 'zhong-fei-yi-huo'],
    sources: [FTZ_2020],
    status: 'verified',
  },
  {
    id: 'yue-lu-feng-hui',
    term: '互联网岳麓峰会',
    aliases: ['岳麓峰会', '互联网岳麓大会'],
    scope: 'hunan',
    period: { from: 2014 },
    category: 'technology',
    gloss_zh: '长沙每年举办的互联网产业大会，2025年起称岳麓大会',
    explanation_zh:
      '2014年由湘籍互联网企业家在岳麓书院发起，从几百人的论坛发展成万人参加的年度盛会，被称为“春有岳麓，冬有乌镇”。2025年的一届改称互联网岳麓大会。',
    explanation_en:
      'Started in 2014 by Hunan-born internet entrepreneurs at Yuelu Academy, it grew from a forum of a few hundred people into a yearly event of tens of thousands, billed as Hunan’s spring counterpart to the Wuzhen conference. The 2025 edition was renamed the Yuelu Internet Conference.',
    english: { text: 'the Yuelu Internet Summit', official: false },
    gloss_en: 'Changsha’s yearly internet-industry summit',
    related: ['yi-dong-hu-lian-wang-di-wu-cheng'],
    sources: [
      YUELU_2021,
      { url: 'http://www.3dgm.cn/news/145BD5E548BB4C72', publisher: '3dgm.cn（转载）', note: 'reprint; source for the 2025 renaming' },
    ],
    status: 'verified',
  },
  {
    id: 'yi-dong-hu-lian-wang-di-wu-cheng',
    term: '移动互联网第五城',
    aliases: [],
    scope: 'hunan',
    category: 'technology',
    gloss_zh: '长沙的城市名片：全国移动互联网产业第五城',
    explanation_zh: '长沙用来宣传互联网产业的说法：2014年岳麓峰会起步时长沙互联网企业不足500家，到2021年已超过3万家、产值上千亿元，综合指数列中部第一、全国第六。',
    explanation_en:
      'Changsha’s boast about its internet industry: when the Yuelu summit began in 2014 the city had fewer than 500 internet firms, and by 2021 it had over 30,000 with output above ¥100 billion. Its index ranked first in central China and sixth nationally.',
    english: { text: 'China’s fifth city of the mobile internet', official: false },
    gloss_en: 'Changsha’s claim to be China’s number-five mobile-internet city',
    related: ['yue-lu-feng-hui', 'qiang-sheng-hui'],
    sources: [YUELU_2021],
    status: 'partial',
    missing: 'which ranking, if any, put Changsha fifth',
  },
  {
    id: 'tian-xia-you-cha-ban-zai-xiang',
    term: '天下油茶半在湘',
    aliases: [],
    scope: 'hunan',
    category: 'rural',
    gloss_zh: '湖南油茶在全国占近一半的说法',
    explanation_zh: '湖南是全国最大的油茶产区，油茶林面积和茶油产量都居全国第一，常说占全国的“半壁江山”。株洲的攸县、醴陵、渌口都以油茶出名。',
    explanation_en:
      'Hunan is China’s largest oil-tea camellia producer, first in both forest area and oil output, often said to hold “half the country”. Zhuzhou’s Youxian, Liling and Lukou are all known for it.',
    english: { text: 'half of China’s oil-tea is in Hunan', official: false },
    gloss_en: 'a saying that Hunan grows half of China’s camellia oil',
    related: ['zhong-guo-you-cha-zhi-xiang'],
    sources: [
      { url: 'https://scholarmate.com/S/PtQQ7S', publisher: 'scholarmate.com（期刊摘要）' },
      { url: 'http://ehwe.cn/exhibit/699307.html', publisher: 'ehwe.cn（问答）', date: '2023-01-08', note: 'weak source' },
    ],
    status: 'partial',
    missing: 'the saying itself was not found in a source, only the shares (about 40 % of output, half of the forest area); the exact figures vary by source',
  },
  {
    id: 'xiang-gan-bian',
    term: '湘赣边区域合作示范区',
    aliases: ['湘赣边区域合作', '湘赣边'],
    scope: 'hunan',
    period: { from: 2021 },
    category: 'strategy',
    gloss_zh: '湖南江西交界24个县市区的国家级合作示范区',
    explanation_zh:
      '2021年10月国家发改委印发《湘赣边区域合作示范区建设总体方案》，使它上升为国家战略，范围是两省交界的24个县市区，面积约5.05万平方公里。湖南部分有浏阳、平江等10个县市，其中醴陵、攸县、茶陵、炎陵属株洲。',
    explanation_en:
      'In October 2021 the NDRC issued the master plan for this zone, making it a national strategy; it covers 24 counties and districts on the Hunan–Jiangxi border, about 50,500 square kilometres. Ten of them are in Hunan, including Zhuzhou’s Liling, Youxian, Chaling and Yanling.',
    english: { text: 'Hunan–Jiangxi Border Regional Cooperation Demonstration Zone', official: false },
    gloss_en: 'a joint development zone of old revolutionary counties on the Hunan–Jiangxi border',
    related: ['chang-zhu-tan'],
    sources: [
      { url: 'https://m.jxnews.com.cn/px/system/2024/09/29/020650535.shtml', publisher: '江西日报（中国江西网）', date: '2024-09-29' },
      { url: 'http://www.acorahome.com/hnszf/xxgk/jd/mt/202007/t20200729_13111801.html', publisher: '湖南省人民政府门户网站（转载）', date: '2020-07-29', note: 'mirror of the Hunan provincial portal' },
    ],
    status: 'verified',
  },
  {
    id: 'si-xin-shi-ming',
    term: '四新使命',
    aliases: [],
    quotedOnly: ['四新'],
    scope: 'hunan',
    period: { from: 2020 },
    category: 'strategy',
    gloss_zh: '习近平2020年交给湖南的四项新使命，即“三高四新”的“四新”',
    explanation_zh: '2020年9月习近平考察湖南时提出，与“三个高地”合称“三高四新”。四项都以“新”字收尾：新路子、新作为、新担当、新篇章。',
    explanation_en:
      'Set by Xi Jinping on his September 2020 visit to Hunan and paired with the three highlands as “三高四新”. Each of the four ends in “new”: a new path, new contributions, new responsibilities and a new chapter.',
    english: { text: 'the four new missions', official: false },
    gloss_en: 'the four “new” tasks Xi Jinping gave Hunan in 2020',
    items: [
      { zh: '在高质量发展上闯出新路子', en: 'blaze a new path in high-quality development' },
      { zh: '在构建新发展格局中展现新作为', en: 'make new contributions to the new development pattern' },
      { zh: '在推动中部地区崛起和长江经济带发展中彰显新担当', en: 'take on new responsibilities in the rise of central China and the Yangtze economic belt' },
      { zh: '奋力谱写新时代坚持和发展中国特色社会主义的湖南新篇章', en: 'write a new Hunan chapter of socialism with Chinese characteristics in the new era' },
    ],
    related: ['san-gao-si-xin', 'san-ge-gao-di'],
    sources: [YUELU_2021],
    status: 'verified',
  },
  {
    id: 'chuang-xin-yin-ling-kai-fang-jue-qi',
    term: '创新引领开放崛起战略',
    aliases: ['创新引领开放崛起', '创新引领、开放崛起'],
    scope: 'hunan',
    category: 'strategy',
    gloss_zh: '“三高四新”之前湖南的全省发展战略',
    explanation_zh: '2018—2019年前后湖南新闻常把“一带一部”定位和“创新引领开放崛起”战略并提，株洲当时也称在这一战略带动下建设“中国动力谷”。2020年底起全省总战略改为“三高四新”。',
    explanation_en:
      'Around 2018–2019 Hunan news often paired the “one belt, one junction” positioning with the strategy of “innovation-led rise through opening-up”, and Zhuzhou built its China Power Valley under it. From late 2020 the province’s overall strategy became 三高四新.',
    english: { text: 'the strategy of innovation-led development and rise through opening-up', official: false },
    gloss_en: 'Hunan’s overall strategy before 三高四新: innovate and open up to rise',
    related: ['yi-dai-yi-bu', 'san-gao-si-xin', 'zhong-guo-dong-li-gu'],
    sources: [
      { url: 'https://cs.rednet.cn/content/2019/04/03/5296683.html', publisher: '湖南日报评论员（红网）', date: '2019-04-03' },
      { url: 'http://keji.rednet.cn/c/2018/07/09/4674054.htm', publisher: '红网', date: '2018-07-09' },
    ],
    status: 'partial',
    missing: 'when and at which meeting the strategy was adopted',
  },
  {
    id: 'chang-zhu-tan-ban-xiao-shi-jiao-tong-quan',
    term: '长株潭半小时交通圈',
    aliases: [],
    scope: 'hunan',
    category: 'infrastructure',
    gloss_zh: '长沙、株洲、湘潭之间半小时内可达的交通网',
    explanation_zh: '长株潭一体化的交通目标。2023年6月长株潭城际轨道西环线开通并与长沙地铁3号线贯通，湘潭到长沙通勤约24分钟，媒体称“半小时交通圈”已经形成。',
    explanation_en:
      'The transport goal of Chang-Zhu-Tan integration. After the western intercity rail loop opened in June 2023 and linked with Changsha Metro Line 3, commuting from Xiangtan to Changsha took about 24 minutes, and media said the half-hour circle had been formed.',
    english: { text: 'Chang-Zhu-Tan half-hour transport circle', official: false },
    gloss_en: 'the goal of travelling between the three cities in half an hour',
    related: ['chang-zhu-tan'],
    sources: [{ url: 'http://czt.org.cn/xiangtan/view/0R0BR024.html', publisher: '红网（长株潭网转载）', date: '2024' }],
    status: 'verified',
  },
  {
    id: 'zhong-guo-shi-xian-dai-hua-hunan-pian-zhang',
    term: '中国式现代化湖南篇章',
    aliases: ['谱写中国式现代化湖南篇章', '中国式现代化湖南新篇章'],
    scope: 'hunan',
    period: { from: 2023 },
    category: 'strategy',
    gloss_zh: '湖南在中国式现代化中要写好的本省一章，即全省奋斗方向',
    explanation_zh:
      '湖南官方文件把“谱写中国式现代化湖南篇章”定为奋斗方向，与“三个高地”主攻方向、“奋勇争先”努力方向并列。2024年省政府工作报告用的是“全面建设中国式现代化湖南新篇章”。',
    explanation_en:
      'Hunan’s documents make “writing the Hunan chapter of Chinese modernization” the province’s goal, next to the three highlands as the main thrust and “strive to be first” as the spirit. The 2024 government work report spoke of building a “new Hunan chapter”.',
    english: { text: 'the Hunan chapter of Chinese modernization', official: false },
    gloss_en: 'Hunan’s part in the national goal of Chinese-style modernization',
    related: ['zhong-guo-shi-xian-dai-hua', 'fen-yong-zheng-xian', 'san-ge-gao-di'],
    sources: [HN_REPORT_2025, HN_REPORT_2024],
    status: 'verified',
  },
  {
    id: 'fen-yong-zheng-xian',
    term: '奋勇争先',
    aliases: [],
    quotedOnly: ['奋勇争先'],
    scope: 'hunan',
    period: { from: 2024 },
    category: 'strategy',
    gloss_zh: '湖南的“努力方向”：在中部崛起和长江经济带发展中奋勇争先',
    explanation_zh:
      '本是常用成语，加引号时在湖南新闻里指省里的“努力方向”：发挥“一带一部”区位优势，在推动中部地区崛起和长江经济带高质量发展中走在前列。2025年省政府工作报告把它与“三个高地”“湖南篇章”并列。',
    explanation_en:
      'An everyday idiom, but in quotes in Hunan news it is the province’s stated “direction of effort”: use its location between coast and interior to lead in the rise of central China and the Yangtze economic belt. The 2025 work report lists it with the three highlands and the Hunan chapter.',
    english: { text: 'strive to be first', official: false },
    gloss_en: 'Hunan’s aim to lead central China and the Yangtze belt (when quoted)',
    related: ['zhong-guo-shi-xian-dai-hua-hunan-pian-zhang', 'yi-dai-yi-bu'],
    sources: [HN_REPORT_2025],
    status: 'partial',
    missing: 'where the phrase was first set for Hunan (reportedly Xi Jinping’s 2024 visit; not in our source)',
  },
  {
    id: 'wu-zhong-bai-xiang',
    term: '五重百项',
    aliases: [],
    scope: 'hunan',
    period: '2025',
    category: 'investment',
    gloss_zh: '湖南2025年用来承接国家政策资金的任务清单（含义未核实）',
    explanation_zh: '2026年湖南省政府工作报告说，2025年“以‘五重百项’任务清单承接国家利好政策”，争取到中央转移支付和超长期特别国债等资金。五个“重”和一百项各指什么，来源没有说明。',
    explanation_en:
      'Hunan’s 2026 government work report says that in 2025 the province used a “five key, hundred items” task list to take up favourable national policies and win central transfers and ultra-long special treasury bonds. The source does not say what the five and the hundred are.',
    english: { text: 'the “five key, hundred items” task list', official: false },
    gloss_en: 'Hunan’s 2025 checklist for winning national policy funds (not verified)',
    related: ['liang-zhong', 'qi-da-gong-jian'],
    sources: [HN_REPORT_2026],
    status: 'unverified',
    missing: 'what the five and the hundred items are',
  },
  {
    id: 'quan-qiu-yan-fa-zhong-xin-cheng-shi',
    term: '全球研发中心城市',
    aliases: ['长沙全球研发中心城市'],
    scope: 'hunan',
    period: { from: 2023 },
    category: 'technology',
    gloss_zh: '长沙要建成的全球研发中心城市，湖南省重点支持',
    explanation_zh: '湖南支持长沙吸引企业研发总部和研发机构落户，2024年新增研发机构1178家；2025年省政府工作报告继续把它和湘江科学城列为科技创新重点。',
    explanation_en:
      'Hunan backs Changsha in attracting corporate R&D headquarters and research institutions, with 1,178 new ones added in 2024; the 2025 government work report again lists it with the Xiangjiang Science City among its innovation priorities.',
    english: { text: 'global R&D centre city', official: false },
    gloss_en: 'Changsha’s goal of becoming a global research-and-development hub',
    related: ['xiang-jiang-ke-xue-cheng', 'qiang-sheng-hui'],
    sources: [STDAILY_2025],
    status: 'partial',
    missing: 'when the goal was set and its official targets',
  },
  {
    id: 'xiang-jiang-ke-xue-cheng',
    term: '湘江科学城',
    aliases: [],
    scope: 'hunan',
    period: { from: 2025 },
    category: 'technology',
    gloss_zh: '湖南支持长沙建设的科学城',
    explanation_zh: '2025年湖南省政府工作报告提出继续支持长沙建设全球研发中心城市和湘江科学城，以提升原始创新能力。科学城的范围和规划来源没有说明。',
    explanation_en:
      'Hunan’s 2025 government work report pledges continued support for Changsha’s global R&D centre city and the Xiangjiang Science City to strengthen original innovation. The source does not give the science city’s area or plan.',
    english: { text: 'Xiangjiang Science City', official: false },
    gloss_en: 'a science city Hunan is building in Changsha',
    related: ['quan-qiu-yan-fa-zhong-xin-cheng-shi'],
    sources: [STDAILY_2025],
    status: 'partial',
    missing: 'its location, area and founding plan',
  },
  {
    id: 'zhong-dian-chan-ye-lian-bei-zeng-ji-hua',
    term: '重点产业链倍增计划',
    aliases: ['重点产业倍增计划'],
    scope: 'hunan',
    category: 'industry',
    gloss_zh: '湖南推动13条重点产业链规模翻番的计划',
    explanation_zh: '2025年湖南省政府工作报告提出聚焦“4×4”现代化产业体系，深入推进13条重点产业链倍增计划。13条链的名单本条来源没有列出。',
    explanation_en:
      'Hunan’s 2025 government work report, built around the 4×4 modern industry system, pledges to push on with plans to double 13 key industry chains. Our source does not list the 13 chains.',
    english: { text: 'doubling plan for key industry chains', official: false },
    gloss_en: 'Hunan’s plan to double the size of 13 key industry chains',
    related: ['si-cheng-si', 'lian-zhang-zhi'],
    sources: [STDAILY_2025],
    status: 'partial',
    missing: 'the list of the 13 chains and the plan’s years',
  },
  {
    id: 'hu-xiang-gong-jiang',
    term: '湖湘工匠',
    aliases: [],
    scope: 'hunan',
    category: 'livelihood',
    gloss_zh: '湖南省表彰高技能工人的荣誉称号和品牌',
    explanation_zh: '湖南以“湖湘工匠”为主题开展职业技能竞赛和评选，有“湖湘杰出工匠”“湖湘工匠”“湖湘工匠年度人物”等层级。2016年的全省“十行状元、百优工匠”竞赛就以打造“湖湘工匠”为主题。',
    explanation_en:
      'Hunan runs skills contests and awards under the “Hunan craftsman” banner, with levels such as outstanding Hunan craftsman, Hunan craftsman and craftsman of the year. The 2016 provincial contest for “top of ten trades, hundred best craftsmen” was held under this theme.',
    english: { text: 'Hunan craftsman', official: false },
    gloss_en: 'Hunan’s honour for highly skilled workers',
    related: ['zhuzhou-gong-jiang'],
    sources: [
      { url: 'http://www.ddhhyd.com/bb/201610/t20161014_2877341.htm', publisher: '株洲文明网（转载）', date: '2016-10-14', note: 'mirror of a Zhuzhou civilisation-office report' },
      { url: 'https://gh.rednet.cn/content/646854/62/14399318.html', publisher: '湖南工人报（红网）', date: '2024-10-28' },
    ],
    status: 'partial',
    missing: 'when the title was created and its selection rules',
  },
];
