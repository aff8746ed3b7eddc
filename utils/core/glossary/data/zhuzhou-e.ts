import type { GlossaryEntry, Source } from '../types';

/*
 * How the terms were chosen: development slogans, planning layouts, new districts, parks,
 * industry labels and policy packages of Zhuzhou's counties and districts (Lukou, Liling, You,
 * Chaling, Yanling, Lusong, Hetang, Tianyuan), plus a few Hunan provincial programmes that
 * Zhuzhou news cites (business environment, the 2024 implementation incentives, the ceramics
 * layout, the Hunan–Jiangxi border tourism card, the private-economy policy review). Each was
 * found with Chinese searches of stored news and government pages, kept only where a page uses
 * it and a page says or plainly shows what it means, and checked against the glossary first.
 * Plain place, park and firm names (the Baiguan apparel park, first written, was taken out as a park's
 * name) and forms already covered (一主一特, 花炮十条, 环保10条, 企业服务年,
 * 一核两区四组团) were left out; so were slogans whose members no page spelled out (一区五园,
 * 一叶两茶, 两江四岸, 六个一, 十个坚决). Pages of the real-news test corpus were not used.
 *
 * Pages read for this file (search excerpts):
 *   https://gcs66.com/document_detail/145607.html                  Lukou district 14th Five-Year Plan outline (mirror)
 *   https://ttnews.xyz/a/5b31133f872ef803fa4ebcd3                  feature on Zhuzhou county waiting to join the city (reprint)
 *   https://zz.rednet.cn/content/2019/12/10/6310261.html           Red Net on the Nanzhou eco-city start-up park, 2019
 *   https://zz.rednet.cn/content/20180105/146187.html              Red Net on a deputy's proposal for Nanzhou new area, 2018
 *   https://zhuzhou.jiwu.com/news/5679119.html                     property-site summary of Zhuzhou's one core, one circle, one corridor
 *   http://www.360doc.com/content/17/0712/01/41047_670685494.shtml report on Tianyi Science City, 2017 (reprint)
 *   http://moment.rednet.cn/rednetcms/news/localNews/20150616/156707.html   Zhuzhou Daily on Yanling's one belt, eight bases, 2015
 *   http://changsha.baogaosu.com/xinwen/%E8%AF%84%E8%8E%B7%E4%B8%AD%E5%9B%BD%E6%9C%80%E7%BE%8E%E6%96%87%E5%8C%96%E7%94%9F%E6%80%81%E6%97%85%E6%B8%B8%E5%90%8D%E5%8E%BF/27397336/   Hunan Daily on Yanling's tourism titles, 2014 (reprint)
 *   http://www.hnyanling.gov.cn/c14958/20210624/i1719281.html      Yanling county on its eco-civilisation drive, 2021
 *   https://wap.clnews.cn/content/2013/08/02/6564009.html          Zhuzhou Daily on Chaling's industrial and urban layout, 2013
 *   http://www.mjmjm.com/view-66924-1.html                         Sanxiang City Express on Liling's three hundred-billion projects (reprint)
 *   https://glqswzzw.com/html/c203720180411i660015.html            provincial research visit on Liling ceramics, 2018 (mirror)
 *   http://www.hnzzzx.gov.cn/c7869/20240125/i2157614.html          Zhuzhou CPPCC on its apparel-industry survey, 2024
 *   http://www.ttmn.com/news/Details/645444?p=3                    trade-press article on Lusong's apparel market
 *   http://bk.zzlib.net:88/paper/evening/202109/319264.html        Zhuzhou Evening News on Jinshan new town, 2021
 *   http://www.hetang.gov.cn/c11738/20180921/i762706.html          Hetang district's reprint of a 2017 Zhuzhou Daily project feature
 *   http://moment.rednet.cn/rednetcms/news/localNews/20150225/43876.html    Red Net on You county's 2015 government work report
 *   http://epaper.legaldaily.com.cn/fzrb/content/20220806/Articel01010GN.htm   Legal Daily on Hunan's business-environment record, 2022
 *   https://m-xhncloud.voc.com.cn/portal/news/show?id=4531499      the same report on the Xinhunan cloud
 *   http://kksjwx4.cn/hnszf/xxgk/wjk/szfbgt/202501/t20250119_33568844.html   Hunan government notice praising 2024 implementation (mirror)
 *   http://gxt.hunan.gov.cn/gxt/xxgk_71033/jyta/rd/202207/t20220718_27559867.html   Hunan industry department's reply on Liling ceramics, 2022
 *   https://hnrb.voc.com.cn/hnrb_epaper/html/2021-01/15/content_1497727.htm?div=-1   Hunan Daily on the Hunan–Jiangxi border rural meeting, 2021
 *   http://www.echinagov.com/news/368091.htm                       report on Hunan's private-economy policy, 2026
 */

const LUKOU_PLAN: Source = {
  url: 'https://gcs66.com/document_detail/145607.html',
  publisher: '株洲市渌口区国民经济和社会发展第十四个五年规划纲要（文库转载）',
  note: 'mirror of the plan text',
};

const ZHUZHOU_LAYOUT: Source = {
  url: 'https://zhuzhou.jiwu.com/news/5679119.html',
  publisher: '吉屋网株洲站（“一核一圈一廊”规划解读）',
  note: 'weak source: a property site summarising the city plan',
};

const LILING_PROJECTS: Source = {
  url: 'http://www.mjmjm.com/view-66924-1.html',
  publisher: '三湘都市报（转载）',
  note: 'reprint of a Sanxiang City Express report; the page gives no date',
};

const CHALING_LAYOUT_2013: Source = {
  url: 'https://wap.clnews.cn/content/2013/08/02/6564009.html',
  publisher: '株洲日报（茶陵新闻网转载）',
  date: '2013-08-02',
};

const YANLING_BELT_2015: Source = {
  url: 'http://moment.rednet.cn/rednetcms/news/localNews/20150616/156707.html',
  publisher: '株洲日报（红网转载）',
  date: '2015-06-16',
};

const YOU_REPORT_2015: Source = {
  url: 'http://moment.rednet.cn/rednetcms/news/localNews/20150225/43876.html',
  publisher: '红网（攸县新闻网）',
  date: '2015-02-25',
};

const HUNAN_BUSINESS_2022: Source = {
  url: 'http://epaper.legaldaily.com.cn/fzrb/content/20220806/Articel01010GN.htm',
  publisher: '法治日报',
  date: '2022-08-06',
};

const HUNAN_PRIVATE_ECONOMY_2026: Source = {
  url: 'http://www.echinagov.com/news/368091.htm',
  publisher: '中国电子政务网（湖南民营经济报道，转载）',
  date: '2026-03',
};

const BORDER_RURAL_2021: Source = {
  url: 'https://hnrb.voc.com.cn/hnrb_epaper/html/2021-01/15/content_1497727.htm?div=-1',
  publisher: '湖南日报',
  date: '2021-01-15',
  page: '第1版',
};

/** Slogans, layouts, new districts, parks and labels of Zhuzhou's counties, and Hunan programmes its news cites. */
export const ZHUZHOU_E: readonly GlossaryEntry[] = [
  {
    id: 'lu-kou-quan-mian-rong-cheng',
    term: '全面融城、全面发展',
    aliases: ['全面融城全面发展'],
    scope: 'zhuzhou',
    category: 'planning',
    gloss_zh: '渌口区（原株洲县）融入株洲主城、全域一起发展的工作思路',
    explanation_zh:
      '2018年12月株洲县撤县设区，挂牌为渌口区，成为株洲城区的一部分。“十三五”以来区委、区政府一直围绕“全面融城、全面发展”抓工作，“十四五”被定为深入实施这一思路的关键期。',
    explanation_en:
      'Zhuzhou county became Lukou district of Zhuzhou city in December 2018. Since the 13th Five-Year Plan period its leaders have worked to the line “merge fully into the city, develop in full”, and the 14th plan calls the years to 2025 the key stage for it.',
    english: { text: 'merge fully into the city, develop in full', official: false },
    gloss_en: 'Lukou district’s line of joining Zhuzhou’s main city while developing the whole district',
    related: ['lu-xiang', 'lu-kou-nan-zhou-xin-qu'],
    sources: [LUKOU_PLAN],
    status: 'verified',
  },
  {
    id: 'lu-kou-wu-feng-rong-cheng',
    term: '无缝融城',
    aliases: [],
    quotedOnly: ['无缝融城'],
    scope: 'zhuzhou',
    period: { from: 2012, to: 2018 },
    category: 'planning',
    gloss_zh: '株洲县撤县设区前与株洲城区连成一体的目标',
    explanation_zh:
      '从2012年起，“无缝融城”年年写进株洲县政府工作报告：株洲城区要向南拓展，株洲县则主动对接、争取“进城”。2018年株洲县撤县设区为渌口区，融城目标落地。',
    explanation_en:
      'From 2012 the phrase “seamless merging with the city” appeared every year in Zhuzhou county’s government work report: the city needed room to grow south, and the county sought to become part of it. The county became Lukou district of the city in 2018.',
    english: { text: 'seamless merging with the city', official: false },
    gloss_en: 'Zhuzhou county’s aim, before 2018, of growing into one with Zhuzhou city',
    related: ['lu-kou-quan-mian-rong-cheng', 'lu-xiang'],
    sources: [
      { url: 'https://ttnews.xyz/a/5b31133f872ef803fa4ebcd3', publisher: '大城向南，株洲县静待“进城”（转载）', note: 'reprint of a Zhuzhou press feature, written before the 2018 change; undated page' },
      LUKOU_PLAN,
    ],
    status: 'verified',
  },
  {
    id: 'lu-kou-nan-zhou-xin-qu',
    term: '南洲新区',
    aliases: ['南洲生态新城'],
    scope: 'zhuzhou',
    category: 'planning',
    gloss_zh: '渌口区湘江边的新城区，株洲城区向南拓展的载体',
    explanation_zh:
      '南洲新区在渌口镇以南，又称南洲生态新城，规划有“两镇、三片区”，2019年创新创业产业园在此开工。株洲市“一核一圈一廊”布局把它与天易科技城、枫溪生态城并列为湘江南向增长极，重在承接产业转移。',
    explanation_en:
      'Nanzhou new area, also called Nanzhou eco-city, lies south of Lukou town and is planned as “two towns and three zones”; its start-up industrial park broke ground in 2019. Zhuzhou’s city plan counts it, with Tianyi Science City and Fengxi eco-city, as the southward growth pole along the Xiang river, meant to take in industry moving inland.',
    english: { text: 'Nanzhou New Area', official: false },
    gloss_en: 'new district of Lukou on the Xiang river, where Zhuzhou city grows south',
    related: ['lu-kou-quan-mian-rong-cheng', 'tian-yi-ke-ji-cheng', 'yi-he-yi-quan-yi-lang'],
    sources: [
      { url: 'https://zz.rednet.cn/content/2019/12/10/6310261.html', publisher: '红网时刻株洲', date: '2019-12-10' },
      { url: 'https://zz.rednet.cn/content/20180105/146187.html', publisher: '株洲新闻网（红网转载）', date: '2018-01-05' },
      ZHUZHOU_LAYOUT,
    ],
    status: 'verified',
  },
  {
    id: 'tian-yi-ke-ji-cheng',
    term: '天易科技城',
    aliases: [],
    scope: 'zhuzhou',
    period: { from: 2014 },
    category: 'planning',
    gloss_zh: '天元区南部规划的新城，株洲河西第四个新城',
    explanation_zh:
      '2011年原株洲县雷打石镇、三门镇划归天元区，新辖区规划为天易科技城，是河西继栗雨、新马、武广之后的第四个新城。2014年规划方案定其面积237平方公里、定位城乡统筹示范区，自主创业园2015年动工。',
    explanation_en:
      'When two towns of old Zhuzhou county passed to Tianyuan district in 2011, the new land was planned as Tianyi Science City, the fourth new town west of the Xiang after Liyu, Xinma and Wuguang. The 2014 plan gave it 237 square kilometres as a model of joint urban–rural development, and its first start-up park broke ground in 2015.',
    english: { text: 'Tianyi Science City', official: false },
    gloss_en: 'new town planned in southern Tianyuan district, Zhuzhou’s fourth west of the river',
    related: ['lu-kou-nan-zhou-xin-qu', 'yi-he-yi-quan-yi-lang', 'tian-yuan-gu-zhong-zhi-gu'],
    sources: [
      { url: 'http://www.360doc.com/content/17/0712/01/41047_670685494.shtml', publisher: '360doc（株洲城区南拓报道转载）', date: '2017-07-12', note: 'reprint' },
      ZHUZHOU_LAYOUT,
    ],
    status: 'verified',
  },
  {
    id: 'yan-ling-yi-dai-ba-ji-di',
    term: '一带八基地',
    aliases: [],
    quotedOnly: ['一带八基地'],
    scope: 'zhuzhou',
    period: { from: 2011 },
    category: 'rural',
    gloss_zh: '炎陵县2011年起的生态特色农业布局：一条风光带加八个产业基地',
    explanation_zh:
      '炎陵是山区农业县，2011年经专家论证提出建设“一带八基地”生态特色农业：“一带”是生态休闲农业风光带，“八基地”是特色水果、有机茶叶、无公害蔬菜、笋竹、油茶、酃县白鹅、花卉苗木、药材八大产业。',
    explanation_en:
      'In 2011 mountainous Yanling county set out an eco-farming plan of one belt and eight bases: a scenic leisure-farming belt plus eight industries, namely fruit, organic tea, clean vegetables, bamboo shoots, oil-tea, Lingxian white geese, flowers and seedlings, and medicinal herbs.',
    english: { text: 'one belt, eight bases (Yanling)', official: false },
    gloss_en: 'Yanling’s eco-farming layout: a leisure-farming belt and eight produce bases',
    items: [
      { zh: '生态休闲农业风光带', en: 'a scenic leisure-farming belt' },
      { zh: '特色水果', en: 'speciality fruit' },
      { zh: '有机茶叶', en: 'organic tea' },
      { zh: '无公害蔬菜', en: 'pollution-free vegetables' },
      { zh: '笋竹', en: 'bamboo and bamboo shoots' },
      { zh: '油茶', en: 'oil-tea camellia' },
      { zh: '酃县白鹅', en: 'Lingxian white geese' },
      { zh: '花卉苗木', en: 'flowers and nursery stock' },
      { zh: '药材', en: 'medicinal herbs' },
    ],
    related: ['yan-ling-huang-tao', 'yan-ling-si-xian-zhan-lve'],
    sources: [YANLING_BELT_2015],
    status: 'verified',
  },
  {
    id: 'yan-ling-si-xian-zhan-lve',
    term: '生态立县、旅游活县、人才兴县、文化强县',
    aliases: ['生态立县旅游活县人才兴县文化强县'],
    scope: 'zhuzhou',
    category: 'strategy',
    gloss_zh: '炎陵县的四句话发展战略，生态和旅游居前',
    explanation_zh:
      '炎陵县确立“生态立县、旅游活县、人才兴县、文化强县”发展战略，并把“旅游升温”列为全县“四大战役”之首；2014年炎陵获评“中国最美文化生态旅游名县”。2021年县里仍称始终坚持“生态立县”不放松。',
    explanation_en:
      'Yanling county’s four-part strategy is to found the county on ecology, enliven it with tourism, build it with talent and strengthen it with culture, with a tourism push first among its “four campaigns”; in 2014 it was named one of China’s most beautiful eco-tourism counties. In 2021 the county still said it held to “ecology first”.',
    english: { text: 'ecology as foundation, tourism for vitality, talent for growth, culture for strength', official: false },
    gloss_en: 'Yanling county’s four-line strategy led by ecology and tourism',
    related: ['yan-ling-yi-dai-ba-ji-di', 'yan-ling-san-da-sheng-tai-chan-ye', 'ya-zhou-di-yi-yang-ba'],
    sources: [
      {
        url: 'http://changsha.baogaosu.com/xinwen/%E8%AF%84%E8%8E%B7%E4%B8%AD%E5%9B%BD%E6%9C%80%E7%BE%8E%E6%96%87%E5%8C%96%E7%94%9F%E6%80%81%E6%97%85%E6%B8%B8%E5%90%8D%E5%8E%BF/27397336/',
        publisher: '湖南日报（转载）',
        date: '2014-12-12',
        note: 'reprint of a Hunan Daily report',
      },
      { url: 'http://www.hnyanling.gov.cn/c14958/20210624/i1719281.html', publisher: '炎陵县人民政府网', date: '2021-06-22' },
    ],
    status: 'verified',
  },
  {
    id: 'yan-ling-san-da-sheng-tai-chan-ye',
    term: '三大生态产业',
    aliases: [],
    quotedOnly: ['三大生态产业'],
    scope: 'zhuzhou',
    period: { from: 2021 },
    category: 'ecology',
    gloss_zh: '炎陵县着力发展的文旅康养、生态工业、特色农业',
    explanation_zh:
      '炎陵县2021年部署创建生态文明建设示范县时，要求坚持绿色引领，着力发展“文旅康养、生态工业、特色农业”三大生态产业，靠保护和利用好生态优势带动发展。',
    explanation_en:
      'When Yanling county set out in 2021 to become a model county for ecological civilisation, it named three green industries to grow on the back of its clean environment: tourism with health and elderly care, clean industry, and speciality farming.',
    english: { text: 'three ecological industries (Yanling)', official: false },
    gloss_en: 'Yanling’s three green industries: tourism and wellness, clean industry, speciality farming',
    items: [
      { zh: '文旅康养', en: 'culture, tourism, health and elderly care' },
      { zh: '生态工业', en: 'ecological (clean) industry' },
      { zh: '特色农业', en: 'speciality farming' },
    ],
    related: ['yan-ling-si-xian-zhan-lve'],
    sources: [{ url: 'http://www.hnyanling.gov.cn/c14958/20210624/i1719281.html', publisher: '炎陵县人民政府网', date: '2021-06-22' }],
    status: 'verified',
  },
  {
    id: 'cha-ling-yi-cheng-wu-qu',
    term: '一城五区',
    aliases: [],
    quotedOnly: ['一城五区'],
    scope: 'zhuzhou',
    period: { from: 2013 },
    category: 'planning',
    gloss_zh: '茶陵县城的扩展框架：以县城为中心建五个城市新区',
    explanation_zh:
      '2013年茶陵以建成“湘赣边界中心县”为目标，拉开“一水两岸、一城五区”的城市框架：以县城为中心、洣水为中轴，建设工业、南站、河东、云阳、利民五个城市新区。同时布局的还有“一区五园”工业格局。',
    explanation_en:
      'In 2013, aiming to become the central county of the Hunan–Jiangxi border, Chaling laid out its town as “one river, two banks; one city, five districts”: around the old county town and along the Mi river it began five new districts, named Industrial, South Station, Hedong, Yunyang and Limin. An industrial layout of “one zone, five parks” went with it.',
    english: { text: 'one city, five districts (Chaling)', official: false },
    gloss_en: 'Chaling’s plan for its county town and five new urban districts',
    items: [
      { zh: '工业新区', en: 'the industrial new district' },
      { zh: '南站新区', en: 'the South Station new district' },
      { zh: '河东新区', en: 'the Hedong (east bank) new district' },
      { zh: '云阳新区', en: 'the Yunyang new district' },
      { zh: '利民新区', en: 'the Limin new district' },
    ],
    related: ['xiang-gan-bian-jie-zhong-xin-xian', 'xi-cheng'],
    sources: [CHALING_LAYOUT_2013],
    status: 'verified',
  },
  {
    id: 'li-ling-san-yi-ge-ju',
    term: '三一格局',
    aliases: [],
    quotedOnly: ['三一格局'],
    scope: 'zhuzhou',
    category: 'planning',
    gloss_zh: '醴陵市城乡布局的三个“一”：一城三片区、一心六组团、一环三纵横',
    explanation_zh:
      '醴陵提出“三一格局”发展理念，即“一城三片区”“一心六组团”“一环三纵横”：城区重点提质老城区、升级经开区、开发示范区；市域打造东部花炮、东南部玻璃、南部服饰、西部现代农业、西北部长株潭产业转移承接地、北部旅游六个集镇组团。',
    explanation_en:
      'Liling’s “three ones” layout is one city with three zones, one centre with six clusters, and one ring with three cross axes: in town it upgrades the old city, the development zone and the model zone, and across the county it builds six clusters for fireworks (east), glass (south-east), clothing (south), modern farming (west), industry moving in from Changsha–Zhuzhou–Xiangtan (north-west) and tourism (north).',
    english: { text: 'the “three ones” layout (Liling)', official: false },
    gloss_en: 'Liling’s three-part urban and county layout',
    items: [
      { zh: '一城三片区', en: 'one city, three zones' },
      { zh: '一心六组团', en: 'one centre, six town clusters' },
      { zh: '一环三纵横', en: 'one ring, three cross axes' },
    ],
    related: ['li-ling-lu-jiang-xin-qu', 'li-ling-ci-cheng-gu-yun'],
    sources: [LILING_PROJECTS],
    status: 'partial',
    missing:
      'the page does not say which three zones make up the city, nor what the ring and the three cross axes are (we read them as roads); the year is not given',
    missing_zh: '页面未写明“三片区”具体所指和“一环三纵横”的内容（本词条理解为路网），也未注明年份',
  },
  {
    id: 'li-ling-lu-jiang-xin-qu',
    term: '渌江新区',
    aliases: [],
    scope: 'zhuzhou',
    category: 'planning',
    gloss_zh: '醴陵沿渌江向东开发的新城区',
    explanation_zh:
      '渌江新区是醴陵按“一城三片区”顶层设计和“溯江而上，向东发展”思路启动的新城，规划23平方公里，范围包括长庆示范区、国瓷街道和沩山镇的部分区域，是醴陵三个百亿工程之一。',
    explanation_en:
      'Lujiang New Area is the new town Liling began under its “one city, three zones” plan and its motto of growing upriver to the east. It covers 23 square kilometres, taking in parts of the Changqing model zone, Guoci subdistrict and Weishan town, and is one of Liling’s three ten-billion-yuan projects.',
    english: { text: 'Lujiang New Area (Liling)', official: false },
    gloss_en: 'Liling’s new town built east along the Lu river',
    related: ['li-ling-san-yi-ge-ju', 'li-ling-ci-cheng-gu-yun'],
    sources: [LILING_PROJECTS],
    status: 'verified',
  },
  {
    id: 'li-ling-ci-cheng-gu-yun',
    term: '瓷城古韵',
    aliases: [],
    quotedOnly: ['瓷城古韵'],
    scope: 'zhuzhou',
    category: 'infrastructure',
    gloss_zh: '醴陵投资百亿的城市提质项目群，与陶瓷博览园、渌江新区并列',
    explanation_zh:
      '醴陵启动陶瓷博览园、“瓷城古韵”、渌江新区三个百亿工程，要建以现代陶瓷产业文明为特征的历史文化名城。“瓷城古韵”投资133.1亿元，含市民休闲、文化旅游、海绵城市建设、便民服务、物流中心五大工程共15个子项目。',
    explanation_en:
      'Liling launched three projects of over ten billion yuan each, a ceramics expo park, “old charm of the porcelain city” and the Lujiang new area, to make it a historic city marked by its modern ceramics industry. “Old charm of the porcelain city” costs 13.31 billion yuan across 15 sub-projects in five groups: leisure, culture and tourism, sponge-city works, public services and a logistics centre.',
    english: { text: 'old charm of the porcelain city (Liling project)', official: false },
    gloss_en: 'Liling’s ten-billion-yuan bundle of town-upgrading projects',
    related: ['li-ling-lu-jiang-xin-qu', 'li-ling-san-yi-ge-ju', 'zhong-guo-tao-ci-gu'],
    sources: [LILING_PROJECTS],
    status: 'verified',
  },
  {
    id: 'li-ling-pian-qu-gong-jian-nian',
    term: '片区攻坚年',
    aliases: [],
    quotedOnly: ['片区攻坚年'],
    scope: 'zhuzhou',
    category: 'planning',
    gloss_zh: '醴陵集中开发新片区的年度主题活动',
    explanation_zh:
      '醴陵在“十三五”开局时开展“片区攻坚年”活动，全面铺开渌江新区建设，推动六大集镇组团启动开发，并策划实施一批重大项目。',
    explanation_en:
      'At the start of the 13th Five-Year Plan period Liling ran a “year of tackling the zones”, starting full work on the Lujiang new area, opening up its six town clusters and lining up a batch of major projects.',
    english: { text: 'year of tackling the zones (Liling)', official: false },
    gloss_en: 'Liling’s one-year drive to develop its new zones',
    related: ['li-ling-lu-jiang-xin-qu', 'li-ling-san-yi-ge-ju'],
    sources: [LILING_PROJECTS],
    status: 'partial',
    missing: 'the page is undated; that the year was 2016 is inferred from its mention of the 13th Five-Year Plan',
    missing_zh: '页面没有日期，年份是据文中“十三五”推断的',
  },
  {
    id: 'li-ling-tao-ci-shi-tiao',
    term: '陶瓷十条',
    aliases: [],
    quotedOnly: ['陶瓷十条'],
    scope: 'zhuzhou',
    category: 'industry',
    gloss_zh: '醴陵扶持陶瓷产业的十条政策',
    explanation_zh:
      '醴陵把陶瓷产业当作传统产业、支柱产业和富民产业，出台了扶持陶瓷产业的“陶瓷十条”，2018年已是修订版。当时市里表示继续落实修订后的“陶瓷十条”，抓智能制造、品牌宣传和要素保障。',
    explanation_en:
      'Liling, which treats ceramics as its traditional, pillar and people-enriching industry, issued ten measures to support it, already in a revised form by 2018. That year the city said it would keep applying them while pushing smart manufacturing, branding and supplies of land and funds.',
    english: { text: 'ten ceramics measures (Liling)', official: false },
    gloss_en: 'Liling’s ten policy measures for its ceramics industry',
    related: ['hua-pao-shi-tiao', 'zhong-guo-tao-ci-zhi-du', 'zhong-guo-tao-ci-gu'],
    sources: [
      {
        url: 'https://glqswzzw.com/html/c203720180411i660015.html',
        publisher: '醴陵市政府工作动态（转载）',
        date: '2018-04-11',
        note: 'mirror of a Liling government news item',
      },
    ],
    status: 'partial',
    missing: 'the ten measures, the year they were first issued and what the revision changed were not found',
    missing_zh: '十条的具体内容、首次出台年份和修订内容均未查到',
  },
  {
    id: 'lu-song-yi-tian-xia-fu',
    term: '芦淞衣、天下服',
    aliases: ['芦淞衣天下服'],
    scope: 'zhuzhou',
    category: 'industry',
    gloss_zh: '芦淞服饰走向全国全球的宣传语',
    explanation_zh:
      '芦淞是株洲千亿服饰产业的核心区。2024年株洲市政协调研服饰产业时提出，要一体推进区域、产业、企业三级品牌，让更多服饰企业走出湖南、走出国门，让“芦淞衣、天下服”享誉国内外。',
    explanation_en:
      'Lusong is the heart of Zhuzhou’s hundred-billion-yuan apparel industry. In a 2024 survey of the trade, the city’s political consultative conference urged regional, industry and company brands so that more firms sell beyond Hunan and abroad and “Lusong clothes” dress the whole world.',
    english: { text: 'Lusong clothes for all the world', official: false },
    gloss_en: 'slogan for Lusong-made clothing selling across China and abroad',
    related: ['shi-shang-lu-song', 'zhong-guo-fu-shi-ming-cheng', 'san-xiang-di-yi-shang-quan'],
    sources: [{ url: 'http://www.hnzzzx.gov.cn/c7869/20240125/i2157614.html', publisher: '株洲市政协', date: '2024-01-25' }],
    status: 'verified',
  },
  {
    id: 'zhong-nan-fu-zhuang-shi-chang-di-yi-jie',
    term: '中国（中南）服装市场第一街',
    aliases: [],
    scope: 'zhuzhou',
    category: 'industry',
    gloss_zh: '行业协会授予株洲芦淞服饰步行街的称号',
    explanation_zh:
      '为推动服装市场带动生产，中国纺织工业协会流通分会把株洲芦淞服饰步行街命名为“中国（中南）服装市场第一街”。株洲希望借市场与产业互促，成为全国有影响的服饰生产和销售基地。',
    explanation_en:
      'The distribution branch of the China textile industry association named Zhuzhou’s Lusong clothing pedestrian street “the first street of clothing markets in central-south China”, to help the market pull local production along. Zhuzhou hopes the two together make it a national base for making and selling clothes.',
    english: { text: 'first street of clothing markets in central-south China', official: false },
    gloss_en: 'title given to Lusong’s clothing pedestrian street by a textile trade body',
    related: ['san-xiang-di-yi-shang-quan', 'shi-shang-lu-song'],
    sources: [{ url: 'http://www.ttmn.com/news/Details/645444?p=3', publisher: '纺织服装行业网站', note: 'trade-press article; undated page' }],
    status: 'partial',
    missing: 'the year the title was given is not stated',
    missing_zh: '称号授予年份未写明',
  },
  {
    id: 'he-tang-zhong-guo-jin-gu',
    term: '中国金谷',
    aliases: [],
    quotedOnly: ['中国金谷'],
    scope: 'zhuzhou',
    category: 'industry',
    gloss_zh: '荷塘区金山新城依托硬质合金产业打造的有色金属新材料基地',
    explanation_zh:
      '金山新城在株洲荷塘区，规划之初就以产城一体为定位，要依托亚洲第一的硬质合金产业，打造集有色金属新材料研发、交易、物流、会展于一体的“中国金谷”；2017年已有41家企业建成投产。',
    explanation_en:
      'Jinshan new town in Zhuzhou’s Hetang district was planned to mix industry and housing, and to build on Asia’s largest hard-alloy industry a “China Metals Valley” for research, trading, logistics and fairs in non-ferrous new materials; 41 firms were producing there by 2017.',
    english: { text: 'China Metals Valley', official: false },
    gloss_en: 'Hetang district’s planned hub for hard alloys and other non-ferrous materials',
    related: ['shi-jie-ying-zhi-he-jin-zhi-du', 'zhong-guo-ying-zhi-he-jin-gong-ye-yao-lan', 'he-tang-shi-li-huo-li-yi-ju'],
    sources: [{ url: 'http://bk.zzlib.net:88/paper/evening/202109/319264.html', publisher: '株洲晚报', date: '2021-09', note: 'a promotional feature' }],
    status: 'verified',
  },
  {
    id: 'he-tang-shi-li-huo-li-yi-ju',
    term: '实力荷塘、活力荷塘、宜居荷塘',
    aliases: ['实力荷塘活力荷塘宜居荷塘'],
    scope: 'zhuzhou',
    period: { from: 2016 },
    category: 'planning',
    gloss_zh: '荷塘区2016年提出的五年目标：经济实力、发展活力、宜居环境',
    explanation_zh:
      '2016年荷塘区党代会期间，新一届领导班子提出今后五年以五大片区为主阵地，建设实力荷塘、活力荷塘、宜居荷塘。2017年区里据此集中攻坚136个重点项目，金山新城产城示范区是工业龙头。',
    explanation_en:
      'At Hetang district’s 2016 party congress the new leadership set a five-year goal of a strong, lively and liveable Hetang, built in five key zones. In 2017 the district pushed 136 key projects under it, with Jinshan new town as its industrial lead.',
    english: { text: 'a strong, lively and liveable Hetang', official: false },
    gloss_en: 'Hetang district’s five-year goal from 2016',
    related: ['he-tang-zhong-guo-jin-gu'],
    sources: [
      {
        url: 'http://www.hetang.gov.cn/c11738/20180921/i762706.html',
        publisher: '荷塘区人民政府网（转载株洲日报）',
        date: '2017-03-01',
        note: 'the district’s reprint of a Zhuzhou Daily feature',
      },
    ],
    status: 'verified',
  },
  {
    id: 'you-xian-cheng-xiang-tong-zhi',
    term: '城乡同治',
    aliases: [],
    quotedOnly: ['城乡同治'],
    scope: 'zhuzhou',
    category: 'governance',
    gloss_zh: '攸县把城区和乡村环境一起整治的做法',
    explanation_zh:
      '攸县的城乡环境治理做法，把县城、集镇和农村的环境放在一起治理。2015年攸县政府工作报告把“深化城乡同治，持续改善城乡环境”写进美丽乡村建设，同时要求巩固全国卫生县城创建成果。',
    explanation_en:
      'You county’s practice of cleaning up town and countryside together. Its 2015 government work report listed deepening this joint upkeep, to keep improving the environment in town and village, under building beautiful villages.',
    english: { text: 'joint upkeep of town and country (You county)', official: false },
    gloss_en: 'You county’s joint clean-up of town and countryside',
    related: ['you-xian-mei-li-cheng-qu'],
    sources: [YOU_REPORT_2015],
    status: 'partial',
    missing: 'no page read says when the practice began or what it covers; the reading as joint environmental upkeep is from how the report uses it',
    missing_zh: '未读到说明其起始年份和具体内容的页面，“城乡环境一起治理”是据报告用法理解的',
  },
  {
    id: 'you-xian-mei-li-cheng-qu',
    term: '魅力城区、特色城镇、美丽乡村',
    aliases: ['魅力城区特色城镇美丽乡村'],
    scope: 'zhuzhou',
    period: '2015',
    category: 'planning',
    gloss_zh: '攸县2015年城乡统筹的三个层次：县城、集镇、乡村',
    explanation_zh:
      '2015年攸县政府工作报告把城乡发展分成三层：魅力城区指县城扩容提质、开发东城新区；特色城镇指皇图岭商贸重镇、网岭工业强镇等各有分工的中心镇；美丽乡村指村庄规划全覆盖和人居环境整治。',
    explanation_en:
      'You county’s 2015 government work report split its town-and-country plan into three tiers: an attractive county town, enlarged and upgraded with an eastern new district; distinctive towns each with a role, such as Huangtuling for trade and Wangling for industry; and beautiful villages, all with village plans and cleaner surroundings.',
    english: { text: 'attractive town, distinctive towns, beautiful villages', official: false },
    gloss_en: 'You county’s three tiers of urban and rural development in 2015',
    items: [
      { zh: '魅力城区', en: 'an attractive county town' },
      { zh: '特色城镇', en: 'distinctive market towns' },
      { zh: '美丽乡村', en: 'beautiful villages' },
    ],
    related: ['you-xian-cheng-xiang-tong-zhi'],
    sources: [YOU_REPORT_2015],
    status: 'verified',
  },
  {
    id: 'hunan-ying-shang-yi-pin-pai',
    term: '一品牌、一生态、一领先、一首创',
    aliases: ['一品牌一生态一领先一首创'],
    scope: 'hunan',
    period: '2022',
    category: 'governance',
    gloss_zh: '湖南总结的优化营商环境四条经验',
    explanation_zh:
      '2022年湖南省长在“中国这十年·湖南”发布会上概括：一品牌是“一件事一次办”政务服务品牌；一生态是培育、保护、净化市场生态；一领先是市县营商环境评价全覆盖并纳入真抓实干督查激励；一首创是率先推出支持民营经济的“一榜一奖一中心，一册一办一平台”。',
    explanation_en:
      'In 2022 Hunan’s governor summed up the province’s business-environment record in four points: one brand, the “one visit for one matter” service; one ecosystem, a cleaner and protected market; one lead, rating every city and county’s business climate and tying it to rewards; and one first, a package of rankings, awards, centres, handbooks, offices and platforms for private firms.',
    english: { text: 'one brand, one ecosystem, one lead, one first', official: false },
    gloss_en: 'Hunan’s four-point summary of how it improved the business climate',
    items: [
      { zh: '一品牌', en: 'one brand: the “one visit for one matter” service' },
      { zh: '一生态', en: 'one ecosystem: a protected, cleaner market' },
      { zh: '一领先', en: 'one lead: business-climate ratings of every city and county' },
      { zh: '一首创', en: 'one first: a support package for private firms' },
    ],
    related: ['yi-jian-shi-yi-ci-ban'],
    sources: [
      HUNAN_BUSINESS_2022,
      { url: 'https://m-xhncloud.voc.com.cn/portal/news/show?id=4531499', publisher: '新湖南云（转载法治日报）', date: '2022-08-06' },
    ],
    status: 'verified',
  },
  {
    id: 'hunan-da-zhua-luo-shi-er-shi-tiao',
    term: '大抓落实工作激励措施二十条',
    aliases: [],
    scope: 'hunan',
    period: '2024',
    category: 'governance',
    gloss_zh: '湖南省2024年奖励市县抓落实的二十条措施',
    explanation_zh:
      '湖南省政府办公厅2024年印发《关于实施2024年大抓落实工作激励措施二十条的通知》，对落实成效明显的地区予以激励。2025年1月省政府通报表扬了成效明显的市县，名单第一类是实施产业培塑行动、建设“4×4”现代化产业体系等。',
    explanation_en:
      'In 2024 Hunan’s government office issued twenty incentive measures to reward places that carried out policy well. In January 2025 it published the cities and counties it praised under them, the first group for industrial work such as building the “4×4” modern industrial system.',
    english: { text: 'twenty incentive measures for getting things done (2024)', official: false },
    gloss_en: 'Hunan’s 2024 package of twenty rewards for cities and counties that deliver',
    related: ['si-cheng-si', 'qi-da-gong-jian'],
    sources: [
      {
        url: 'http://kksjwx4.cn/hnszf/xxgk/wjk/szfbgt/202501/t20250119_33568844.html',
        publisher: '湖南省人民政府办公厅（湘政办发〔2025〕1号通报，转载）',
        date: '2025-01-19',
        note: 'mirror of a Hunan government notice dated 2025-01-14',
      },
    ],
    status: 'partial',
    missing: 'the twenty measures themselves and the form of the rewards were not read',
    missing_zh: '二十条的具体内容和激励方式未读到',
  },
  {
    id: 'hunan-san-di-yi-lian',
    term: '三地一链',
    aliases: [],
    quotedOnly: ['三地一链'],
    scope: 'hunan',
    category: 'industry',
    gloss_zh: '湖南先进陶瓷产业的布局：长沙、株洲、娄底三地连成一条产业链',
    explanation_zh:
      '湖南省工信厅编制先进陶瓷产业链三年行动计划（2020—2022），全省先进陶瓷产业在长沙、株洲、娄底形成“三地一链”布局，并向专业园区集聚；醴陵陶瓷是株洲这一环的重点。',
    explanation_en:
      'Under Hunan’s three-year plan for advanced ceramics (2020–2022), the industry is laid out as three places and one chain, Changsha, Zhuzhou and Loudi, gathering into specialist parks; Liling’s ceramics are the core of Zhuzhou’s part.',
    english: { text: 'three places, one chain (advanced ceramics)', official: false },
    gloss_en: 'Hunan’s advanced-ceramics layout across Changsha, Zhuzhou and Loudi',
    items: [
      { zh: '长沙', en: 'Changsha' },
      { zh: '株洲', en: 'Zhuzhou' },
      { zh: '娄底', en: 'Loudi' },
      { zh: '先进陶瓷产业链', en: 'one advanced-ceramics industrial chain' },
    ],
    related: ['zhong-guo-tao-ci-zhi-du', 'li-ling-tao-ci-shi-tiao'],
    sources: [
      {
        url: 'http://gxt.hunan.gov.cn/gxt/xxgk_71033/jyta/rd/202207/t20220718_27559867.html',
        publisher: '湖南省工业和信息化厅（建议答复）',
        date: '2022-07-18',
      },
    ],
    status: 'verified',
  },
  {
    id: 'xiang-gan-chu-xin-yuan',
    term: '初心源',
    aliases: [],
    quotedOnly: ['初心源'],
    scope: 'hunan',
    period: { from: 2021 },
    category: 'culture',
    gloss_zh: '湘赣边县市联合发行的红色文旅一卡通品牌',
    explanation_zh:
      '2021年1月湘赣两省浏阳、醴陵、平江、上栗等8个县市区在浏阳商定共建“湘赣红”农产品品牌，并发行推广“初心源”文旅一卡通，报道称双方“共同寻找初心源”。',
    explanation_en:
      'In January 2021 eight border counties of Hunan and Jiangxi, Liling among them, agreed in Liuyang to share the “Xiang-Gan Red” farm-produce brand and to issue a joint “Source of the Original Aspiration” culture-and-tourism card.',
    english: { text: 'Source of the Original Aspiration (tourism card)', official: false },
    gloss_en: 'a shared culture-and-tourism card of the Hunan–Jiangxi border counties',
    related: ['xiang-gan-hong', 'xiang-gan-bian', 'xiang-gan-bian-hong-se-lv-you-gong-tong-ti'],
    sources: [BORDER_RURAL_2021],
    status: 'partial',
    missing: 'what the card gives its holders and which sites accept it were not found',
    missing_zh: '一卡通的优惠内容和适用景区未查到',
  },
  {
    id: 'hunan-san-ge-yi-zhi',
    term: '三个一致',
    aliases: [],
    quotedOnly: ['三个一致'],
    scope: 'hunan',
    period: { from: 2025 },
    category: 'governance',
    gloss_zh: '湖南清理涉民企政策时决定废止与否的三条标准',
    explanation_zh:
      '湖南征求1500多家民企意见、全面清理现行政策，制定涉民企发展政策清单；废止政策时严格遵循与国家规定一致、与最新要求一致、与新发展形势一致的“三个一致”原则。',
    explanation_en:
      'When Hunan reviewed its policies affecting private firms after consulting over 1,500 of them, it judged each rule by three tests before scrapping or keeping it: agreement with national rules, with the latest requirements and with new economic conditions.',
    english: { text: 'the three consistencies', official: false },
    gloss_en: 'Hunan’s three tests in clearing out policies that affect private firms',
    items: [
      { zh: '与国家规定一致', en: 'consistent with national rules' },
      { zh: '与最新要求一致', en: 'consistent with the latest requirements' },
      { zh: '与新发展形势一致', en: 'consistent with new economic conditions' },
    ],
    related: ['qi-ye-fu-wu-nian'],
    sources: [HUNAN_PRIVATE_ECONOMY_2026],
    status: 'verified',
  },
];
