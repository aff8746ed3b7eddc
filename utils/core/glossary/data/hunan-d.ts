import type { GlossaryEntry, Source } from '../types';

/*
 * Hunan D: Hunan and Zhuzhou programmes, campaigns and place-brands of recent years that local news
 * names in passing: the science and manufacturing "highland" projects, the drive to keep graduates in
 * the province, Chang-Zhu-Tan integration, Hunan food and tourism brands, the Hunan–Jiangxi border
 * zone, and a few Zhuzhou plan and city-building phrases.
 *
 * How these terms were chosen: about 40 searches in Chinese of stored public web pages (Hunan and
 * Zhuzhou work reports and plans, Hunan Daily, Red Net, Voice of Hunan, Zhuzhou Daily, government
 * sites and their mirrors). A candidate was kept when a page used it in news or official text and a
 * page said, or showed plainly by use, what it means. Each was first checked against the forms the
 * glossary already holds and against CC-CEDICT; these already exist and were skipped: 湘江新区, 五好
 * 园区, 湘商回归, 湘字号, 4×4现代化产业体系, 十大技术攻关项目, 4+4科创工程, 湘江科学城, 长株潭都市圈,
 * 一核一圈一廊, 株醴融城, 中国动力谷, 航空城 and 轨道城 (with 凤凰航空城, 田心轨道城), 清水塘,
 * 炎陵黄桃, 神农城, 湘赣边区域合作示范区, 年轻人友好省份, 湘品出湘, 锦绣潇湘. Pages of the
 * real-news test corpus were not used.
 *
 * Left out: 千村美丽、万村整治, 三干两轨, 三大支撑八项重点, 两创融合 and 名优湘米工程 (no page found
 * that explains them, or only a weak one), 岳麓山工业创新中心 and the single laboratories (names of
 * institutions, and the page read leaves the year unclear), 中三角 and 长江中游城市群 (not Hunan's own).
 *
 * Precision: forms that are numbered or could be read as ordinary words stand only between quotes
 * (七个一, 五大标志性工程, 十同, 味道湖南, 山海, 芒果出海, 湘青创); the longer names only the programmes use stand anywhere.
 * 市域副中心城市 is a general planning phrase; its entry says so and names Zhuzhou's use of it.
 * Meanings come from the pages cited under each entry; wording is ours, and English renderings are
 * our suggestions unless marked official.
 *
 * Pages read for this file (search excerpts):
 *   http://photo.china.com.cn/2018-04/26/content_50965073_12.htm        China.com.cn (Xinhua) on Xi at Yueyang, April 2018
 *   https://m.voc.com.cn/portal/topic/show/tid/206247                    Voice of Hunan topic page on guarding the river
 *   http://zhejiang.baitongwang.com/qinziyou/2025/0307/41709.html        China News on the five landmark projects (reprint)
 *   http://www.xianpinwu.cn/news/cjxx/2025/0416/508568.html              Hunan Daily on the five landmark projects (reprint)
 *   https://hnxs.rednet.cn/content/2021/04/12/9176605.html               Red Net on Hunan's three world-class clusters
 *   http://m.acorahome.com/topic/dj2021/cyxm/jddp/202111/t20211103_21317890.html   Hunan government site on the clusters (mirror)
 *   http://www.china-behrens.com/article/2021/07/271025378177/           Hunan industrial-park plan for 2021–2025 (reprint)
 *   http://www.kjcgjy.com/xinweninfo.aspx?id=28819                       vice-governor's survey of Zhuzhou and Xiangtan, 2026 (reprint)
 *   https://zz.voc.com.cn/view.php?cid=52&tid=24866                      Hunan Daily on the cluster conference in Zhuzhou, 2023
 *   https://news.43u.com.cn/a/1496619.html                               commentary on the 2025 graduates campaign (reprint)
 *   https://www.160book.com/zixun/x0wlP34wV4.html                        Voice of Hunan report on graduates staying (reprint)
 *   http://jiexiok.com/a/1620.html                                       feature on Hunan's student-entrepreneur drive (reprint)
 *   https://m-xhncloud.voc.com.cn/portal/topic/show/tid/77615             Hunan Daily topic page on student entrepreneurship
 *   https://hunan.ifeng.com/c/8hispjxBsCL                                Red Net on the 2025 forum on graduate jobs (reprint)
 *   https://edu.rednet.cn/content/646956/75/15585068.html                Red Net on a year of student entrepreneurship support
 *   http://www.quanheng888.com/news/xhn/202504/28295062.html             New Xiang Review commentary, 2025 (reprint)
 *   http://kjj.zhuzhou.gov.cn/c10920/20250617/i2381896.html              Zhuzhou science bureau on the first 青创有话说, 2025
 *   http://www.senqingzn.com/dy/article/K21BPVLP0550E7HZ.html            reprint of the same Zhuzhou report
 *   http://news.ifeng.com/a/20180420/57728314_0.shtml                    CRI on the sixth minerals and gems fair, 2018
 *   http://g179.cn/News/ExpoNews/12033T22018.html                        expo news on the sixth fair staying in Chenzhou
 *   http://cbzone.cn/news/14102.html                                     China.com.cn on the twelfth fair, 2024 (reprint)
 *   http://m.kaidi2tt.cn/read.asp?id=134                                 notice of the third fair, 2015 (reprint)
 *   http://m.qqaap.cn/index/help/help_details.html?article_id=5010       expo portal on the sixth fair (reprint)
 *   https://big5.askci.com/news/chanye/20220707/1640441917533.shtml      Askci on Hunan's industrial layout, 2022
 *   http://hhtpe.cn/News/Details/16113                                   Hunan Daily series on the 135 project, 2017 (reprint)
 *   http://www.lsxw.gov.cn/Info.aspx?ModelId=1&Id=48067                  Lanshan county news on a 135 project factory
 *   http://celebratlontitlegroup.com/a/xinxigongkai/tongzhigonggao/20220331/262.html   the Chang-Zhu-Tan metropolitan plan notice (reprint)
 *   http://m.kuainv.com.cn/news/show.php?itemid=87686                    the Chang-Zhu-Tan five-year action plan (reprint)
 *   https://tour.rednet.cn/c/2016/08/19/4065139.htm                      Red Net on the Zhang-Ji-Huai tourism alliance, 2016
 *   https://m.voc.com.cn/wxhn/article/202112/202112081647103063.html     Voice of Hunan on the Zhang-Ji-Huai railway, 2021
 *   https://gov.rednet.cn/content/646856/60/14579482.html                Red Net on the 2024 Taste of Hunan food season
 *   https://www.shdbkk.com/html_3/shipu/23509/list/2.html                report on the Hunan-cuisine promotion week (reprint)
 *   http://zz.smehn.cn/Tourism/Detail?id=375&categoryId=0                Zhuzhou news on the red-tourism alliance, 2019 (reprint)
 *   http://m.dingjijiudian.com/jdsk/lyzx/40146.html                      report on the red-tourism alliance launch, 2019 (reprint)
 *   http://www1.cmctc.com/lkzp/1782.html                                 Zhuzhou Daily on the border-zone master plan (reprint)
 *   http://hnzz.wenming.cn/yw/zz/202101/t20210120_6918043.htm            Zhuzhou civilisation site on city building, 2016–2020
 *   https://zhuzhou.jiwu.com/news/5679119.html                           property-news summary of Zhuzhou's 14th five-year layout
 *   http://hagawasou.com/20/nLvrFhj.aspx                                 Hunan science department on culture and technology (reprint)
 *   https://hkcd.com/hkcdweb/content/2024/09/28/content_8659555.html     Hong Kong Commercial Daily on the 2024 plenum press conference
 *   http://www.youxiawucaici.com/a/xinwen/xingyexinwen/583.html          Zhuzhou government item on the Liling ceramics town, 2020 (reprint)
 *   http://www.sharepointconcepts.com/news/xhn/202308/18440285.html      Hunan Daily on the youth league's 湘青创 campaign, 2023 (reprint)
 */

const CHINA_COM_XI_YUEYANG_2018: Source = {
  url: 'http://photo.china.com.cn/2018-04/26/content_50965073_12.htm',
  publisher: '中国网（转载新华网）',
  date: '2018-04-26',
};

const VOC_RIVER_TOPIC: Source = {
  url: 'https://m.voc.com.cn/portal/topic/show/tid/206247',
  publisher: '华声在线（专题）',
};

const CHINANEWS_FIVE_PROJECTS_2025: Source = {
  url: 'http://zhejiang.baitongwang.com/qinziyou/2025/0307/41709.html',
  publisher: 'baitongwang.com（转载中国新闻网）',
  date: '2025-03-07',
  note: 'reprint of a China News Service report',
};

const HNRB_FIVE_PROJECTS_2025: Source = {
  url: 'http://www.xianpinwu.cn/news/cjxx/2025/0416/508568.html',
  publisher: 'xianpinwu.cn（转载湖南日报）',
  date: '2025-04-16',
  note: 'reprint of a Hunan Daily report',
};

const PARK_PLAN_2021: Source = {
  url: 'http://www.china-behrens.com/article/2021/07/271025378177/',
  publisher: 'china-behrens.com（转载湖南省产业园区“十四五”规划）',
  date: '2021-07',
  note: 'reprint of the provincial industrial-park plan',
};

const YU_HONGSHENG_SURVEY_2026: Source = {
  url: 'http://www.kjcgjy.com/xinweninfo.aspx?id=28819',
  publisher: 'kjcgjy.com（转载副省长调研报道）',
  date: '2026-01-23',
  note: 'reprint of a provincial news report',
};

const HNRB_CLUSTERS_2023: Source = {
  url: 'https://zz.voc.com.cn/view.php?cid=52&tid=24866',
  publisher: '华声在线株洲频道（湖南日报）',
  date: '2023-03-23',
};

const GRADUATES_COMMENT_2025: Source = {
  url: 'https://news.43u.com.cn/a/1496619.html',
  publisher: '43u.com.cn（转载评论“兴仁平”）',
  date: '2025-05-09',
  note: 'reprint of a provincial commentary',
};

const STUDENT_STARTUP_FEATURE_2025: Source = {
  url: 'http://jiexiok.com/a/1620.html',
  publisher: 'jiexiok.com（转载报道）',
  note: 'reprint of a feature on Hunan’s student-entrepreneur policy',
};

const HNRB_STARTUP_TOPIC: Source = {
  url: 'https://m-xhncloud.voc.com.cn/portal/topic/show/tid/77615',
  publisher: '湖南日报·新湖南（专题）',
};

const REDNET_STARTUP_FORUM_2025: Source = {
  url: 'https://hunan.ifeng.com/c/8hispjxBsCL',
  publisher: '凤凰网湖南（转载红网）',
  date: '2025-03',
  note: 'reprint of a Red Net report',
};

const REDNET_STARTUP_YEAR: Source = {
  url: 'https://edu.rednet.cn/content/646956/75/15585068.html',
  publisher: '红网（教育频道）',
};

const ZHUZHOU_QINGCHUANG_2025: Source = {
  url: 'http://kjj.zhuzhou.gov.cn/c10920/20250617/i2381896.html',
  publisher: '株洲市科学技术局',
  date: '2025-06-17',
};

const CZT_METRO_PLAN_2022: Source = {
  url: 'http://celebratlontitlegroup.com/a/xinxigongkai/tongzhigonggao/20220331/262.html',
  publisher: 'celebratlontitlegroup.com（转载长株潭都市圈发展规划通知）',
  date: '2022-03-31',
  note: 'reprint of the provincial notice on the metropolitan-area plan',
};

const REDNET_TASTE_2024: Source = {
  url: 'https://gov.rednet.cn/content/646856/60/14579482.html',
  publisher: '红网（政务频道）',
  date: '2024-12-26',
};

const ZHUZHOU_WENMING_2021: Source = {
  url: 'http://hnzz.wenming.cn/yw/zz/202101/t20210120_6918043.htm',
  publisher: '株洲文明网',
  date: '2021-01-20',
};

const JIWU_ZHUZHOU_LAYOUT: Source = {
  url: 'https://zhuzhou.jiwu.com/news/5679119.html',
  publisher: '吉屋网株洲站（“一核一圈一廊”规划解读）',
  note: 'weak source: a property site’s summary of the 14th five-year plan',
};

const CMCTC_BORDER_PLAN: Source = {
  url: 'http://www1.cmctc.com/lkzp/1782.html',
  publisher: 'cmctc.com（转载株洲日报）',
  note: 'reprint of a Zhuzhou Daily report',
};

export const HUNAN_D: readonly GlossaryEntry[] = [
  {
    id: 'bei-shuang-jian-bao-lai-hunan-chuang-ye',
    term: '背双肩包来湖南创业',
    aliases: ['背着双肩包就可以来湖南创业', '背了双肩包就能来湖南创业', '背了双肩包就可以到湖南来创业', '背上双肩包就能来株洲创业'],
    scope: 'hunan',
    period: { from: 2024 },
    category: 'livelihood',
    gloss_zh: '湖南省委邀请全国大学生轻装来湘创业的口号',
    explanation_zh:
      '2024年9月互联网岳麓峰会上，湖南省委书记沈晓明邀请全国乃至全球大学生来湖南创新创业，2025年全国两会期间又说大学生带上好点子、背着双肩包就能来湖南创业。意思是场地、资金、住宿等由当地政策帮忙解决，随后省里出台了支持大学生创业的政策措施；株洲等市也照此说“背上双肩包就能来株洲创业”。',
    explanation_en:
      'At the Yuelu internet summit in September 2024 Hunan’s party secretary Shen Xiaoming invited students from all over to start businesses in Hunan, and at the 2025 National People’s Congress he said a graduate with a good idea could come with nothing but a backpack. The idea is that local policy helps with premises, funding and lodging; a package of support measures followed, and Zhuzhou echoes the phrase for itself.',
    english: { text: 'come to Hunan with just a backpack and start a business', official: false },
    gloss_en: 'Hunan’s invitation to graduates to come and start a business with little more than a backpack',
    related: ['qi-ge-yi-da-xue-sheng-chuang-ye', 'liu-xiang-lai-xiang', 'nian-qing-ren-you-hao-sheng-fen'],
    sources: [
      REDNET_STARTUP_FORUM_2025,
      REDNET_STARTUP_YEAR,
      HNRB_STARTUP_TOPIC,
      { url: 'http://www.quanheng888.com/news/xhn/202504/28295062.html', publisher: 'quanheng888.com（转载新湘评论）', date: '2025-04-07', note: 'reprint of a New Xiang Review commentary' },
      ZHUZHOU_QINGCHUANG_2025,
    ],
    status: 'verified',
  },
  {
    id: 'chang-zhu-tan-shi-tong',
    term: '十同',
    aliases: ['十同行动'],
    quotedOnly: ['十同'],
    scope: 'hunan',
    period: { from: 2022 },
    category: 'planning',
    gloss_zh: '长株潭都市圈规划提出的十个方面“同”的一体化行动',
    explanation_zh:
      '2022年湖南印发的《长株潭都市圈发展规划》要求实施“十同”行动，让长沙、株洲、湘潭三市在规划、设施、城市、市场、产业、生态、创新、开放、平台、服务十个方面一体推进。长株潭一体化发展五年行动计划也列出同样的十项。',
    explanation_en:
      'The Chang-Zhu-Tan metropolitan-area plan Hunan issued in 2022 calls for a “ten togethers” drive: Changsha, Zhuzhou and Xiangtan act as one in planning, infrastructure, city life, markets, industry, ecology, innovation, opening up, platforms and services. The five-year action plan for integration lists the same ten.',
    english: { text: 'the “ten togethers” (Chang-Zhu-Tan integration)', official: false },
    gloss_en: 'the ten fields in which Changsha, Zhuzhou and Xiangtan are to act as one',
    items: [
      { zh: '规划同图', en: 'one map for planning' },
      { zh: '设施同网', en: 'one network of infrastructure' },
      { zh: '三市同城', en: 'three cities living as one' },
      { zh: '市场同治', en: 'one set of market rules' },
      { zh: '产业同兴', en: 'industries that thrive together' },
      { zh: '生态同建', en: 'ecology built together' },
      { zh: '创新同为', en: 'innovation done together' },
      { zh: '开放同步', en: 'opening up in step' },
      { zh: '平台同体', en: 'shared platforms' },
      { zh: '服务同享', en: 'shared public services' },
    ],
    related: ['chang-zhu-tan'],
    sources: [
      CZT_METRO_PLAN_2022,
      { url: 'http://m.kuainv.com.cn/news/show.php?itemid=87686', publisher: 'kuainv.com.cn（转载长株潭一体化发展五年行动计划）', note: 'reprint of the provincial action plan' },
    ],
    status: 'verified',
  },
  {
    id: 'chuang-xin-chuang-ye-135-gong-cheng',
    term: '135工程',
    aliases: ['创新创业135工程'],
    scope: 'hunan',
    period: { from: 2014 },
    category: 'industry',
    gloss_zh: '湖南以建标准厂房为抓手、扶持创新创业园引进企业的工程',
    explanation_zh:
      '2014年湖南省委、省政府提出创新创业“135”工程：重点扶持100个创新创业园，新建3000万平方米标准厂房，引进5000家企业，借厂房承接沿海产业转移、推动园区转型。此后又实施其升级版，县里的标准厂房项目也会标明是全省“135”工程项目。',
    explanation_en:
      'Launched by Hunan in 2014, the “135” project set out to back 100 start-up parks, build 30 million square metres of standard factory space and bring in 5,000 firms, using ready-made buildings to draw industry moving inland from the coast. An upgraded round followed, and county factory projects are often labelled as part of it.',
    english: { text: 'the “135” innovation and entrepreneurship project', official: false },
    gloss_en: 'Hunan’s programme of start-up parks and standard factory buildings launched in 2014',
    items: [
      { zh: '扶持100个创新创业园', en: '1: back 100 start-up parks' },
      { zh: '新建3000万平方米标准厂房', en: '3: build 30 million m² of standard factory space' },
      { zh: '引进5000家企业', en: '5: bring in 5,000 firms' },
    ],
    related: ['biao-zhun-chang-fang', 'wu-hao-yuan-qu'],
    sources: [
      { url: 'http://hhtpe.cn/News/Details/16113', publisher: 'hhtpe.cn（转载湖南日报系列报道）', date: '2017-09-11', note: 'reprint of a Hunan Daily series' },
      PARK_PLAN_2021,
      { url: 'http://www.lsxw.gov.cn/Info.aspx?ModelId=1&Id=48067', publisher: '蓝山县政府网（转载红网）' },
    ],
    status: 'verified',
  },
  {
    id: 'ke-chuang-wu-da-biao-zhi-xing-gong-cheng',
    term: '科技创新五大标志性工程',
    aliases: [],
    quotedOnly: ['五大标志性工程'],
    scope: 'hunan',
    category: 'technology',
    gloss_zh: '湖南建设科技创新高地的五项龙头工程',
    explanation_zh:
      '湖南为打造具有核心竞争力的科技创新高地，确定五大标志性工程统领全局，包括建设湘江科学城、实施“4+4科创工程”、建设长沙全球研发中心城市、推进科技赋能文化产业创新工程。第五项在2025年3月的报道中是长株潭国家自主创新示范区提质升级，在同年4月湖南日报的报道中则是“1+2”国家实验室体系。',
    explanation_en:
      'To build its science and technology “highland”, Hunan runs five flagship projects, among them the Xiangjiang Science City, the “4+4” labs and facilities, Changsha as a global R&D centre city and a programme applying technology to the cultural industries. The fifth is given in one 2025 report as upgrading the Chang-Zhu-Tan innovation demonstration zone and in another as the “1+2” national-laboratory system.',
    english: { text: 'five landmark projects for science and technology innovation', official: false },
    gloss_en: 'Hunan’s five flagship projects for its science and technology highland',
    items: [
      { zh: '湘江科学城', en: 'Xiangjiang Science City' },
      { zh: '4+4科创工程', en: 'the “4+4” labs and major facilities' },
      { zh: '长沙全球研发中心城市', en: 'Changsha as a global R&D centre city' },
      { zh: '科技赋能文化产业创新工程', en: 'technology for the cultural industries' },
    ],
    related: ['san-ge-gao-di', 'xiang-jiang-ke-xue-cheng', 'si-jia-si-ke-chuang', 'quan-qiu-yan-fa-zhong-xin-cheng-shi', 'chang-zhu-tan-zi-chuang-qu'],
    sources: [CHINANEWS_FIVE_PROJECTS_2025, HNRB_FIVE_PROJECTS_2025],
    status: 'partial',
    missing: 'the pages disagree on the fifth project (the Chang-Zhu-Tan innovation zone or the “1+2” national-laboratory system), so only four items are listed',
    missing_zh: '第五项各页面说法不一（长株潭自创区提质升级或“1+2”国家实验室体系），只列出四项',
  },
  {
    id: 'kuang-bo-hui',
    term: '中国（湖南）国际矿物宝石博览会',
    aliases: ['矿博会', '湖南国际矿物宝石博览会'],
    scope: 'hunan',
    period: { from: 2013 },
    category: 'economy',
    gloss_zh: '湖南省主办、在郴州举行的国际矿物宝石展会',
    explanation_zh:
      '简称“矿博会”，2013年起举办，经国务院批准，由湖南省人民政府与国家主管部委主办，展示交易矿物晶体、宝石、化石等，也用于招商。前两届在长沙举办，此后由长沙、郴州轮流承办，从第六届起固定落户“有色金属之乡”郴州。',
    explanation_en:
      'Known as the 矿博会, this fair of mineral crystals, gems and fossils has run since 2013 with State Council approval, hosted by the Hunan government with the national ministry concerned, and doubles as an investment fair. The first two editions were in Changsha, later ones alternated with Chenzhou, and from the sixth it stays in Chenzhou, a centre of non-ferrous mining.',
    english: { text: 'China (Hunan) International Mineral and Gem Expo', official: false },
    gloss_en: 'Hunan’s international minerals and gems fair, held in Chenzhou',
    related: ['zou-bian-wu-da-zhou-zui-mei-you-chen-zhou'],
    sources: [
      { url: 'http://news.ifeng.com/a/20180420/57728314_0.shtml', publisher: '凤凰网（转载国际在线）', date: '2018-04-20' },
      { url: 'http://g179.cn/News/ExpoNews/12033T22018.html', publisher: 'g179.cn（展会新闻）', date: '2018', note: 'weak source: an expo news site' },
      { url: 'http://cbzone.cn/news/14102.html', publisher: 'cbzone.cn（转载中国网）', date: '2024-05-20' },
      { url: 'http://m.kaidi2tt.cn/read.asp?id=134', publisher: 'kaidi2tt.cn（转载第三届矿博会公告）', date: '2015-03-03', note: 'reprint of the fair’s notice' },
      { url: 'http://m.qqaap.cn/index/help/help_details.html?article_id=5010', publisher: 'qqaap.cn（转载中国会展门户）', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'li-yan-xian-yu-jing-ji-zou-lang',
    term: '醴炎县域经济发展走廊',
    aliases: [],
    scope: 'zhuzhou',
    period: { from: 2021 },
    category: 'planning',
    gloss_zh: '株洲“一核一圈一廊”中的“一廊”：串起南部各县的发展走廊',
    explanation_zh:
      '株洲“十四五”空间布局里的“一廊”，以醴茶铁路、106国道和武深高速为轴，以攸县、茶陵、炎陵县城为节点，带动南部县域城乡融合发展。同一布局把攸县定为市域副中心城市，茶陵定为湘赣边界中心县，炎陵定为湘赣边区域旅游中心。',
    explanation_en:
      'The “corridor” of Zhuzhou’s 14th five-year layout runs along the Liling–Chaling railway, National Road 106 and the Wuhan–Shenzhen expressway, with the county towns of You, Chaling and Yanling as its nodes. The same layout makes You county the city’s sub-centre, Chaling the central county of the Hunan–Jiangxi border and Yanling its tourism centre.',
    english: { text: 'Liling–Yanling county economy corridor', official: false },
    gloss_en: 'the development corridor through Zhuzhou’s southern counties, from Liling to Yanling',
    related: ['yi-he-yi-quan-yi-lang', 'shi-yu-fu-zhong-xin-cheng-shi', 'xiang-gan-bian-jie-zhong-xin-xian'],
    sources: [JIWU_ZHUZHOU_LAYOUT],
    status: 'verified',
  },
  {
    id: 'liu-xiang-lai-xiang',
    term: '留湘来湘',
    aliases: [],
    scope: 'hunan',
    category: 'livelihood',
    gloss_zh: '让湖南高校毕业生留在湖南、吸引外省青年来湖南就业创业',
    explanation_zh:
      '湖南人才政策的常用说法：“留湘”指省内高校毕业生留在本省，“来湘”指吸引省外青年来湖南就业创业。2025年的系列行动提出把省内高校毕业生留湘率提高到60%以上，省里还出台了吸引青年人才留湘来湘、建设年轻人友好省份的若干措施。',
    explanation_en:
      'A stock phrase of Hunan’s talent policy: graduates of Hunan universities should stay in the province and young people from elsewhere should come. A 2025 campaign aimed to raise the share of local graduates who stay to over 60%, alongside measures for a province friendly to young people.',
    english: { text: 'stay in Hunan, come to Hunan', official: false },
    gloss_en: 'keeping graduates in Hunan and drawing young people from other provinces',
    related: ['zhi-hui-xiao-xiang-cai-ju-hunan', 'nian-qing-ren-you-hao-sheng-fen', 'bei-shuang-jian-bao-lai-hunan-chuang-ye'],
    sources: [
      GRADUATES_COMMENT_2025,
      { url: 'https://www.160book.com/zixun/x0wlP34wV4.html', publisher: '160book.com（转载华声在线）', date: '2025-05', note: 'reprint of a Voice of Hunan report' },
      REDNET_STARTUP_YEAR,
    ],
    status: 'verified',
  },
  {
    id: 'qi-ge-yi-da-xue-sheng-chuang-ye',
    term: '七个一',
    aliases: ['七个一行动方案'],
    quotedOnly: ['七个一'],
    scope: 'hunan',
    period: { from: 2024 },
    category: 'livelihood',
    gloss_zh: '湖南省委支持大学生创业的七项“一”字举措（具体内容未核实）',
    explanation_zh:
      '2024年9月互联网岳麓峰会上，湖南省委书记沈晓明邀请大学生来湘创业时提出“七个一”举措，省委十二届七次全会作出部署，各市据此制定行动方案。七项各是什么，所读页面没有列出。',
    explanation_en:
      'Hunan’s party secretary announced seven “one” measures for student entrepreneurs when inviting them to the province at the September 2024 Yuelu summit; a provincial plenum then adopted them and cities drew up action plans. The pages read do not list the seven.',
    english: { text: 'the “seven ones” (support for student start-ups)', official: false },
    gloss_en: 'Hunan’s seven measures to support university students who start businesses (items not verified)',
    related: ['bei-shuang-jian-bao-lai-hunan-chuang-ye', 'liu-xiang-lai-xiang'],
    sources: [REDNET_STARTUP_FORUM_2025, HNRB_STARTUP_TOPIC, ZHUZHOU_QINGCHUANG_2025],
    status: 'partial',
    missing: 'what the seven measures are',
    missing_zh: '七项举措的具体内容',
  },
  {
    id: 'qing-chuang-you-hua-shuo',
    term: '青创有话说',
    aliases: [],
    scope: 'zhuzhou',
    period: { from: 2025 },
    category: 'livelihood',
    gloss_zh: '株洲市领导与创业青年面对面交流的活动品牌',
    explanation_zh:
      '2025年6月株洲举办首期“青创有话说”，青年创业者路演项目，市委书记到场对话，创业导师、投资人和市直部门当场回应。这是株洲落实支持大学生创业举措、吸引青年来株创业的平台。',
    explanation_en:
      'First held in June 2025, this Zhuzhou event lets young founders pitch their projects to the city’s party secretary, with mentors, investors and city departments responding on the spot. It is one of Zhuzhou’s ways of putting the province’s student start-up measures into practice.',
    english: { text: 'Young Founders Speak (Zhuzhou forum)', official: false },
    gloss_en: 'Zhuzhou’s forum where young entrepreneurs talk directly with city leaders',
    related: ['qi-ge-yi-da-xue-sheng-chuang-ye', 'qing-nian-you-hao-xing-cheng-shi'],
    sources: [
      ZHUZHOU_QINGCHUANG_2025,
      { url: 'http://www.senqingzn.com/dy/article/K21BPVLP0550E7HZ.html?f=post2020_dy_recommends', publisher: 'senqingzn.com（转载）', note: 'reprint of the same report' },
    ],
    status: 'verified',
  },
  {
    id: 'san-da-shi-jie-ji-chan-ye-ji-qun',
    term: '三大世界级产业集群',
    aliases: [],
    scope: 'hunan',
    period: { from: 2021 },
    category: 'industry',
    gloss_zh: '湖南重点打造的工程机械、轨道交通装备、航空动力三个产业集群',
    explanation_zh:
      '湖南“十四五”规划提出围绕工程机械、轨道交通、航空动力三大产业形成世界级产业集群，也就是“3+3+2”产业体系中的第一个“3”。长沙是工程机械的主要集聚地，株洲是轨道交通装备和中小航空发动机的基地。',
    explanation_en:
      'Hunan’s 14th five-year plan aims to make three industries world-class clusters: construction machinery, rail transit equipment and aviation power, the first “3” of its “3+3+2” industrial scheme. Changsha leads in construction machinery, while Zhuzhou is the base for rail equipment and small and medium aero-engines.',
    english: { text: 'three world-class industrial clusters', official: false },
    gloss_en: 'Hunan’s three flagship clusters: construction machinery, rail equipment and aviation power',
    items: [
      { zh: '工程机械', en: 'construction machinery' },
      { zh: '轨道交通装备', en: 'rail transit equipment' },
      { zh: '航空动力', en: 'aviation power (small and medium aero-engines and aerospace)' },
    ],
    related: ['hunan-3-3-2', 'xian-jin-zhi-zao-ye-ji-qun', 'zhong-guo-dong-li-gu'],
    sources: [
      { url: 'https://hnxs.rednet.cn/content/2021/04/12/9176605.html', publisher: '红网', date: '2021-04-12' },
      { url: 'http://m.acorahome.com/topic/dj2021/cyxm/jddp/202111/t20211103_21317890.html', publisher: 'acorahome.com（湖南省人民政府门户网站镜像）', date: '2021-11-03', note: 'mirror of a Hunan government page' },
      PARK_PLAN_2021,
      { url: 'https://big5.askci.com/news/chanye/20220707/1640441917533.shtml', publisher: '中商情报网', date: '2022-07-07' },
    ],
    status: 'verified',
  },
  {
    id: 'san-zhi-qi-sheng',
    term: '三质齐升',
    aliases: [],
    scope: 'zhuzhou',
    period: { from: 2016, to: 2020 },
    category: 'infrastructure',
    gloss_zh: '株洲城市建设追求的品质、丽质、气质一起提升',
    explanation_zh:
      '株洲总结“十三五”城市建设时的说法：以交通畅通、城市绿荫、旧城提质、碧水蓝天等行动为抓手，让城市的品质、丽质、气质同时提升，老工业城市由此转型为宜居城市。',
    explanation_en:
      'Zhuzhou’s summary of its city building in 2016–2020: campaigns on traffic, tree cover, old-town renewal and clean air and water were to raise the city’s quality, looks and character together, turning an old industrial town into a liveable one.',
    english: { text: 'raising quality, beauty and character together', official: false },
    gloss_en: 'Zhuzhou’s aim of making the city better built, better looking and more distinctive at once',
    items: [
      { zh: '品质', en: 'quality' },
      { zh: '丽质', en: 'beauty' },
      { zh: '气质', en: 'character' },
    ],
    related: ['zhong-guo-lv-shui-qing-shan-dian-fan-cheng-shi', 'yi-huan-shi-yi-she'],
    sources: [ZHUZHOU_WENMING_2021],
    status: 'verified',
  },
  {
    id: 'shi-yu-fu-zhong-xin-cheng-shi',
    term: '市域副中心城市',
    aliases: [],
    scope: 'zhuzhou',
    period: { from: 2021 },
    category: 'planning',
    gloss_zh: '一个市在中心城区之外重点培育的次中心；在株洲指攸县',
    explanation_zh:
      '规划用语，指地级市在中心城区之外着力做大的县城，作为带动周边的第二中心。株洲“十四五”空间布局提出把攸县打造为市域副中心城市。',
    explanation_en:
      'A planning phrase for the county town a prefecture-level city builds up as its second centre outside the main urban area. Zhuzhou’s 14th five-year layout gives this role to You county.',
    english: { text: 'sub-centre city of the municipality', official: false },
    gloss_en: 'the county town a city develops as its second centre; in Zhuzhou, You county',
    related: ['li-yan-xian-yu-jing-ji-zou-lang', 'yi-he-yi-quan-yi-lang', 'you-zhou'],
    sources: [JIWU_ZHUZHOU_LAYOUT],
    status: 'verified',
  },
  {
    id: 'shou-hu-hao-yi-jiang-bi-shui',
    term: '守护好一江碧水',
    aliases: [],
    scope: 'hunan',
    period: { from: 2018 },
    category: 'ecology',
    gloss_zh: '习近平2018年在岳阳考察长江时对湖南的嘱托：保护好长江和洞庭湖的水',
    explanation_zh:
      '2018年4月25日，习近平考察长江岳阳段的君山华龙码头（原非法砂石码头，已整治复绿），勉励当地继续做好长江保护和修复，守护好一江碧水。此后湖南把这句话当作长江、洞庭湖生态保护的政治责任反复提起。',
    explanation_en:
      'On 25 April 2018 Xi Jinping visited the Junshan Hualong wharf on the Yangtze at Yueyang, a former illegal sand-and-gravel quay turned green, and urged locals to keep protecting the river and guard its clear water. Hunan has since cited the phrase as its political duty for the Yangtze and Dongting Lake.',
    english: { text: 'guard the clear waters of the river', official: false },
    gloss_en: 'Xi’s 2018 charge to Hunan to protect the Yangtze and Dongting Lake',
    related: ['gong-zhua-da-bao-hu', 'chang-jiang-jing-ji-dai', 'yi-hao-zhong-dian-gong-cheng'],
    sources: [CHINA_COM_XI_YUEYANG_2018, VOC_RIVER_TOPIC],
    status: 'verified',
  },
  {
    id: 'si-jia-liu-guo-jia-xian-jin-zhi-zao-ye-ji-qun',
    term: '4+6国家先进制造业集群',
    aliases: ['4+6国家先进制造业产业集群'],
    scope: 'hunan',
    period: { from: 2023 },
    category: 'industry',
    gloss_zh: '湖南已有的4个国家先进制造业集群加上争创的6个',
    explanation_zh:
      '2026年湖南把打造“4+6”国家先进制造业产业集群、滚动实施10个千亿级企业、打造北斗规模应用引领区列为先进制造业高地的三大标志性工程。2023年省里的说法是：长沙工程机械、株洲先进轨道交通装备、长沙新一代自主安全计算系统、株洲中小航空发动机4个集群已是国家级，另推先进储能材料、硬质材料及工具、输变电装备、新能源汽车、现代石化、生物医药6个集群争创国家级。',
    explanation_en:
      'In 2026 Hunan listed a “4+6” set of national advanced-manufacturing clusters as one of three landmark projects of its manufacturing highland, beside ten 100-billion-yuan firms and a BeiDou application zone. In 2023 the province named four national clusters (Changsha construction machinery and computing systems, Zhuzhou rail equipment and aero-engines) and six more it wanted raised to national rank, from energy-storage materials to biomedicine.',
    english: { text: '“4+6” national advanced manufacturing clusters', official: false },
    gloss_en: 'Hunan’s four national manufacturing clusters plus six it is pushing for national status',
    related: ['xian-jin-zhi-zao-ye-ji-qun', 'san-da-shi-jie-ji-chan-ye-ji-qun', 'bei-dou-gui-mo-ying-yong', 'yi-shi-yi-te-se'],
    sources: [YU_HONGSHENG_SURVEY_2026, HNRB_CLUSTERS_2023],
    status: 'partial',
    missing: 'no page spells out “4+6”; that the six are the 2023 list of candidate clusters is our reading',
    missing_zh: '没有页面直接说明“4+6”所指，6个为2023年争创名单是本词条的推断',
  },
  {
    id: 'wei-dao-hunan',
    term: '味道湖南',
    aliases: ['味道湖南美食季'],
    quotedOnly: ['味道湖南'],
    scope: 'hunan',
    category: 'economy',
    gloss_zh: '湖南推广湘菜、促进餐饮消费的美食季活动品牌',
    explanation_zh:
      '“味道湖南”美食季围绕强品牌、强产业、强企业，推出美食综艺、吉祥物形象和“湘菜+”新场景，省市联动办各地美食节促销活动。2024年底的年度盛典公布，湘菜产业链年产值已超过6000亿元。',
    explanation_en:
      'The “Taste of Hunan” food season promotes Hunan cuisine through a cooking show, a mascot and new dining formats, with city food festivals run jointly with the province. Its 2024 year-end gala said the Hunan-cuisine chain was worth over 600 billion yuan a year.',
    english: { text: 'Taste of Hunan (food season)', official: false },
    gloss_en: 'Hunan’s food-season brand for promoting its cuisine and restaurant spending',
    related: ['xiang-cai-chu-xiang', 'xiang-pin-chu-xiang'],
    sources: [REDNET_TASTE_2024],
    status: 'verified',
  },
  {
    id: 'xiang-cai-chu-xiang',
    term: '湘菜出湘',
    aliases: ['湘菜出湘出海'],
    scope: 'hunan',
    category: 'economy',
    gloss_zh: '推动湘菜馆和湘菜产业走向省外乃至海外',
    explanation_zh:
      '湖南扶持湘菜产业的口号：让湘菜企业到省外、境外开店扩张，带动湖南食材外销。省里出台财税政策、设湘菜产业发展引导资金，近年又提“出湘出海”，一线城市湘菜门店和境外湘菜馆数量常被用来衡量成效。',
    explanation_en:
      'A slogan of Hunan’s support for its cuisine: Hunan restaurants should expand to other provinces and abroad, pulling Hunan ingredients along. The province has offered tax measures and a guidance fund, lately adding “out of Hunan and overseas”, and counts Hunan restaurants in big cities and abroad as the yardstick.',
    english: { text: 'Hunan cuisine going beyond Hunan', official: false },
    gloss_en: 'spreading Hunan restaurants and food industry to other provinces and abroad',
    related: ['wei-dao-hunan', 'xiang-pin-chu-xiang'],
    sources: [
      { url: 'https://www.shdbkk.com/html_3/shipu/23509/list/2.html', publisher: 'shdbkk.com（转载凤凰网资讯）', note: 'reprint of a report on the Hunan-cuisine promotion week' },
      REDNET_TASTE_2024,
    ],
    status: 'verified',
  },
  {
    id: 'xiang-gan-bian-hong-se-lv-you-gong-tong-ti',
    term: '湘赣边红色文化旅游共同体',
    aliases: [],
    scope: 'hunan',
    period: { from: 2019 },
    category: 'culture',
    gloss_zh: '湘赣两省边界县市联合开发红色旅游的合作组织',
    explanation_zh:
      '2019年6月在长沙成立，成员是湘赣边24个县市区，株洲的醴陵、攸县、茶陵、炎陵都在其中。两省据此共享红色文旅资源、互送客源、联合推介线路，是湘赣边区域合作示范区建设的一项内容。',
    explanation_en:
      'Set up in Changsha in June 2019 by 24 counties and districts on the Hunan–Jiangxi border, including Zhuzhou’s Liling, You, Chaling and Yanling. Members share revolutionary-heritage sites, send visitors to each other and market joint routes, as part of the border cooperation zone.',
    english: { text: 'Hunan–Jiangxi Border Red Culture and Tourism Community', official: false },
    gloss_en: 'the alliance of Hunan–Jiangxi border counties for revolutionary-heritage tourism',
    related: ['xiang-gan-bian', 'yi-he-liang-qu-si-zu-tuan'],
    sources: [
      { url: 'http://zz.smehn.cn/Tourism/Detail?id=375&categoryId=0', publisher: 'zz.smehn.cn（转载株洲新闻网）', date: '2019-07-25' },
      { url: 'http://m.dingjijiudian.com/jdsk/lyzx/40146.html', publisher: 'dingjijiudian.com（旅游资讯转载）', date: '2019-06-28', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'ke-ji-fu-neng-wen-hua-chan-ye',
    term: '科技赋能文化产业创新工程',
    aliases: [],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '湖南用科技推动文化产业的工程，科技创新五大标志性工程之一',
    explanation_zh:
      '湖南科技创新高地五大标志性工程之一，聚焦文化数字化、智能化和文化装备，与中国科学院围绕音视频、数字文博、数智出版联合攻关。已推出的成果包括数字文博大平台“山海”和湖南数字博物馆。',
    explanation_en:
      'One of the five flagship projects of Hunan’s science and technology highland, it applies technology to culture: digitisation, intelligent media and cultural equipment, with joint research with the Chinese Academy of Sciences on audio-video, digital museums and digital publishing. Results include the “Shanhai” digital heritage platform.',
    english: { text: 'project for technology-empowered cultural industries', official: false },
    gloss_en: 'Hunan’s project to drive its cultural industries with technology',
    related: ['ke-chuang-wu-da-biao-zhi-xing-gong-cheng', 'shan-hai-shu-zi-wen-bo', 'ma-lan-shan'],
    sources: [
      CHINANEWS_FIVE_PROJECTS_2025,
      { url: 'http://hagawasou.com/20/nLvrFhj.aspx', publisher: 'hagawasou.com（转载湖南省科技厅发布会报道）', note: 'reprint of a provincial press-conference report' },
    ],
    status: 'verified',
  },
  {
    id: 'li-ling-wu-cai-tao-ci-xiao-zhen',
    term: '醴陵五彩陶瓷小镇',
    aliases: ['五彩陶瓷小镇'],
    scope: 'zhuzhou',
    category: 'industry',
    gloss_zh: '醴陵以陶瓷产业为核心的省级特色产业小镇',
    explanation_zh:
      '紧邻醴陵城区，是湖南省第一批省级特色产业小镇，集中了陶瓷企业、会展中心、陶瓷文化街区和电商园等。2020年入选国家发改委推介的第二轮全国特色小镇典型经验，是当年湖南唯一入选的小镇。',
    explanation_en:
      'A ceramics town next to Liling’s urban area and one of Hunan’s first provincial specialty-industry towns, grouping porcelain firms, an exhibition centre, a ceramics culture street and an e-commerce park. In 2020 it was the only Hunan town among the national examples of good practice promoted by the NDRC.',
    english: { text: 'Liling Wucai Ceramics Town', official: false },
    gloss_en: 'Liling’s ceramics industry town, a national model specialty town',
    related: ['zhong-guo-tao-ci-gu', 'san-da-ci-du'],
    sources: [
      { url: 'http://www.youxiawucaici.com/a/xinwen/xingyexinwen/583.html', publisher: 'youxiawucaici.com（转载株洲市政府要闻）', date: '2020-07-20', note: 'reprint of a Zhuzhou government news item' },
    ],
    status: 'verified',
  },
  {
    id: 'mang-guo-chu-hai',
    term: '芒果出海',
    aliases: [],
    quotedOnly: ['芒果出海'],
    scope: 'hunan',
    period: { from: 2024 },
    category: 'culture',
    gloss_zh: '湖南推动芒果TV等湖南广电内容走向海外的行动',
    explanation_zh:
      '“芒果”指湖南广电旗下的芒果TV。2024年湖南省委全会的发布会上提出实施“芒果出海”行动和芒果TV国际APP“倍增计划”，作为构建湖南特色国际传播体系的举措；不加引号的“芒果出海”也可能只是说芒果这种水果出口。',
    explanation_en:
      '“Mango” stands for Mango TV, the platform of Hunan’s broadcasting group. At a 2024 provincial plenum press conference Hunan announced a “Mango going overseas” drive and a plan to double its international app, as part of building its own international communication; unquoted, the words can simply mean mangoes being exported.',
    english: { text: 'Mango going overseas', official: false },
    gloss_en: 'Hunan’s drive to take Mango TV and its programmes abroad',
    related: ['ma-lan-shan', 'ke-ji-fu-neng-wen-hua-chan-ye'],
    sources: [{ url: 'https://hkcd.com/hkcdweb/content/2024/09/28/content_8659555.html', publisher: '香港商报', date: '2024-09-28' }],
    status: 'verified',
  },
  {
    id: 'shan-hai-shu-zi-wen-bo',
    term: '山海数字文博大平台',
    aliases: ['山海APP'],
    quotedOnly: ['山海'],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '湖南上线的数字文博大平台，名为“山海”',
    explanation_zh:
      '湖南推出的数字文博大平台“山海”，有同名APP，把省内文博资源数字化后集中展示，是科技赋能文化产业创新工程的成果之一。“山海”本是普通词语，只在指这个平台时加引号出现。',
    explanation_en:
      'Shanhai (“mountains and seas”) is Hunan’s digital museum and heritage platform, with an app of the same name, gathering digitised collections for the public. It came out of the province’s programme applying technology to culture; as a plain word 山海 just means mountains and seas.',
    english: { text: 'Shanhai digital heritage platform', official: false },
    gloss_en: 'Hunan’s “Shanhai” digital museum and heritage platform and app',
    related: ['ke-ji-fu-neng-wen-hua-chan-ye'],
    sources: [
      CHINANEWS_FIVE_PROJECTS_2025,
      { url: 'http://hagawasou.com/20/nLvrFhj.aspx', publisher: 'hagawasou.com（转载湖南省科技厅发布会报道）', note: 'reprint of a provincial press-conference report' },
    ],
    status: 'verified',
  },
  {
    id: 'xiang-qing-chuang',
    term: '湘青创',
    aliases: [],
    quotedOnly: ['湘青创'],
    scope: 'hunan',
    period: { from: 2023 },
    category: 'technology',
    gloss_zh: '湖南共青团助力建设全球研发中心城市的青年行动',
    explanation_zh:
      '2023年8月湖南共青团发布实施“湘青创”青春建功行动的若干举措，从支持青年企业家建研发中心、办好“创青春”青年创新创业大赛、引进和服务青年科技人才等方面，动员青年参与长沙全球研发中心城市建设。',
    explanation_en:
      'A campaign the Hunan Communist Youth League launched in August 2023 to rally young people behind Changsha’s bid to be a global R&D centre city, with steps such as backing young entrepreneurs’ research centres, the youth start-up contest and services for young scientists.',
    english: { text: 'Xiang Youth Innovation (youth league campaign)', official: false },
    gloss_en: 'the Hunan youth league’s campaign for young innovators and R&D',
    related: ['quan-qiu-yan-fa-zhong-xin-cheng-shi'],
    sources: [{ url: 'http://www.sharepointconcepts.com/news/xhn/202308/18440285.html', publisher: 'sharepointconcepts.com（转载湖南日报·新湖南）', date: '2023-08-03', note: 'reprint of a Hunan Daily report' }],
    status: 'verified',
  },
  {
    id: 'xiao-he-you-cai-dai',
    term: '小荷优才贷',
    aliases: [],
    scope: 'hunan',
    category: 'economy',
    gloss_zh: '湖南为创业大学生提供的无抵押贷款产品',
    explanation_zh:
      '湖南支持大学生创业的金融措施之一，额度最高100万元、无须抵押，与最高500万元的全额贴息创业贷并列，用来缓解大学生创业初期缺钱的问题。',
    explanation_en:
      'One of Hunan’s loans for student founders: up to one million yuan with no collateral, offered alongside fully interest-subsidised start-up loans of up to five million, to ease the cash shortage of new businesses.',
    english: { text: 'Xiaohe talent loan', official: false },
    gloss_en: 'Hunan’s collateral-free loan of up to one million yuan for student entrepreneurs',
    related: ['bei-shuang-jian-bao-lai-hunan-chuang-ye', 'qi-ge-yi-da-xue-sheng-chuang-ye'],
    sources: [REDNET_STARTUP_YEAR],
    status: 'verified',
  },
  {
    id: 'yi-he-liang-qu-si-zu-tuan',
    term: '一核两区四组团',
    aliases: [],
    scope: 'hunan',
    category: 'planning',
    gloss_zh: '湘赣边区域合作示范区总体方案的空间布局',
    explanation_zh:
      '国家发改委发布的《湘赣边区域合作示范区建设总体方案》所定布局：以井冈山区域为“一核”，以罗霄山、南岭生态涵养区为“两区”，另把两省边界县市分成四个组团，株洲的醴陵与浏阳及萍乡的上栗、湘东等同属一个组团，攸县、茶陵、炎陵与井冈山等同属一个组团。',
    explanation_en:
      'The layout in the national master plan for the Hunan–Jiangxi border cooperation zone: the Jinggangshan area as the core, the Luoxiao and Nanling mountain conservation areas as the two zones, and the border counties grouped into four clusters. Zhuzhou’s Liling shares a cluster with Liuyang and districts of Pingxiang, and You, Chaling and Yanling in the cluster around Jinggangshan.',
    english: { text: 'one core, two zones, four clusters', official: false },
    gloss_en: 'the spatial plan of the Hunan–Jiangxi border cooperation zone',
    items: [
      { zh: '一核：井冈山区域', en: 'one core: the Jinggangshan area' },
      { zh: '两区：罗霄山、南岭生态涵养区', en: 'two zones: the Luoxiao and Nanling conservation areas' },
      { zh: '四组团：边界县市组团', en: 'four clusters of border counties' },
    ],
    related: ['xiang-gan-bian', 'xiang-gan-bian-hong-se-lv-you-gong-tong-ti'],
    sources: [CMCTC_BORDER_PLAN],
    status: 'verified',
  },
  {
    id: 'yi-huan-shi-yi-she',
    term: '一环十一射',
    aliases: [],
    scope: 'zhuzhou',
    period: { from: 2016, to: 2020 },
    category: 'infrastructure',
    gloss_zh: '株洲城区一条环线加十一条放射道路的路网骨架',
    explanation_zh:
      '株洲总结“十三五”交通畅通行动时说，“一环十一射”城区交通路网基本形成，五年新增城区道路300多公里。字面是一条环路加十一条向外放射的干道。',
    explanation_en:
      'Zhuzhou reported in 2021 that its “one ring, eleven radials” urban road network was basically in place after five years of road building. Read literally, it is one ring road with eleven trunk roads running outward.',
    english: { text: 'one ring and eleven radial roads', official: false },
    gloss_en: 'Zhuzhou’s urban road skeleton of a ring road and eleven radial roads',
    related: ['san-zhi-qi-sheng'],
    sources: [ZHUZHOU_WENMING_2021],
    status: 'partial',
    missing: 'which roads make up the ring and the eleven radials; the reading of the name is literal',
    missing_zh: '环线和十一条射线具体指哪些道路，词义按字面理解',
  },
  {
    id: 'yi-shi-yi-te-se',
    term: '一市一特色',
    aliases: [],
    scope: 'hunan',
    period: { from: 2026 },
    category: 'industry',
    gloss_zh: '湖南要求各市州依托自身基础发展一个特色重点产业',
    explanation_zh:
      '2026年初湖南副省长在株洲、湘潭调研先进制造业高地建设时提出，各地要立足产业基础和资源禀赋，抓好“一市一特色”重点产业发展，与“龙头”带动相配合，形成“龙头”+“特色”双轮驱动。',
    explanation_en:
      'Raised by a Hunan vice-governor touring Zhuzhou and Xiangtan in early 2026: each city should grow one signature industry suited to its base and resources, so that big lead firms and local specialities drive manufacturing together.',
    english: { text: 'one signature industry per city', official: false },
    gloss_en: 'Hunan’s call for each city to build up one signature industry',
    related: ['si-jia-liu-guo-jia-xian-jin-zhi-zao-ye-ji-qun', 'yi-xian-yi-te'],
    sources: [YU_HONGSHENG_SURVEY_2026],
    status: 'partial',
    missing: 'which industry each city has been given',
    missing_zh: '各市州的特色产业分别是什么',
  },
  {
    id: 'zhang-ji-huai',
    term: '张吉怀',
    aliases: [],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '张家界、吉首（湘西州）、怀化三地的合称，多指湘西旅游带和张吉怀高铁',
    explanation_zh:
      '取张家界、湘西州首府吉首、怀化三地首字。2016年三地成立张吉怀旅游共同体，联合推介线路和产品；2021年12月张吉怀高铁开通，串起武陵源、芙蓉镇、凤凰古城等景区，被称为“最美高铁”。',
    explanation_en:
      'Short for Zhangjiajie, Jishou (seat of Xiangxi prefecture) and Huaihua in western Hunan. The three formed a tourism alliance in 2016, and the Zhangjiajie–Jishou–Huaihua high-speed railway, opened in December 2021, links Wulingyuan, Furong town and Fenghuang old town.',
    english: { text: 'Zhang-Ji-Huai (Zhangjiajie, Jishou, Huaihua)', official: false },
    gloss_en: 'Zhangjiajie, Jishou and Huaihua together: western Hunan’s tourism belt and its railway',
    related: ['shi-jie-lv-you-mu-di-di', 'jin-xiu-xiao-xiang'],
    sources: [
      { url: 'https://tour.rednet.cn/c/2016/08/19/4065139.htm', publisher: '红网（旅游频道）', date: '2016-08-19' },
      { url: 'https://m.voc.com.cn/wxhn/article/202112/202112081647103063.html', publisher: '华声在线', date: '2021-12-08' },
    ],
    status: 'verified',
  },
  {
    id: 'zhi-hui-xiao-xiang-cai-ju-hunan',
    term: '智汇潇湘 才聚湖南',
    aliases: [],
    scope: 'hunan',
    period: { from: 2025 },
    category: 'livelihood',
    gloss_zh: '湖南2025年促进高校毕业生留湘来湘的系列行动名称',
    explanation_zh:
      '2025年湖南启动“智汇潇湘 才聚湖南”促进高校毕业生留湘来湘系列行动，从产业、政策、生活环境几方面吸引毕业生，目标是省内高校毕业生留湘率提升到60%以上。',
    explanation_en:
      'The name of Hunan’s 2025 campaign to keep its graduates and attract others, combining jobs in its industries, policy support and living conditions, with the goal of over 60% of local graduates staying.',
    english: { text: 'Talent Gathers in Hunan (graduate campaign)', official: false },
    gloss_en: 'Hunan’s 2025 campaign to keep and attract university graduates',
    related: ['liu-xiang-lai-xiang', 'nian-qing-ren-you-hao-sheng-fen'],
    sources: [GRADUATES_COMMENT_2025, STUDENT_STARTUP_FEATURE_2025],
    status: 'verified',
  },
];
