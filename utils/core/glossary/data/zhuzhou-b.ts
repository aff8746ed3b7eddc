import type { GlossaryEntry, Source } from '../types';

/** Xinhua-style report on the 2025 Yanling yellow-peach season, as mirrored; the wording matches China News Service. */
const PEACH_2025: Source = {
  url: 'https://8c3y.hznaoa.cn/wf73/2025-07-23/4948797',
  publisher: '中国新闻网（转载）',
  date: '2025-07-23',
  note: 'mirror of a China News Service report',
};

const PEACH_HISTORY: Source = { url: 'http://leniwan.com/techan/7759', publisher: 'leniwan.com（特产介绍）', note: 'weak source' };

/** A 163.com column on Zhuzhou's railway-made history. */
const RAIL_CITY_163: Source = {
  url: 'https://www.163.com/dy/article/II5UL6E90524CPSF.html',
  publisher: '网易号',
  note: 'self-media article',
};

/** Mayor Chen Huiqing's signed article of March 2025 on the year's plans. */
const MAYOR_2025: Source = {
  url: 'http://www.xxnet.com.cn/szb/tjbpc/202503/08/content_154673.html',
  publisher: 'xxnet.com.cn 数字报（陈恢清署名文章）',
  date: '2025-03-08',
};

/** Hunan Daily interview with Mayor Chen Huiqing, February 2026, on the provincial industry department's site. */
const MAYOR_2026: Source = {
  url: 'http://gxt.hunan.gov.cn/gxt/ztzl/2026hnlh/dbsy25p/202602/t20260206_33912185.html',
  publisher: '湖南省工业和信息化厅（湖南日报专访）',
  date: '2026-02-06',
};

const YOUXIAN_2024: Source = {
  url: 'https://app.hnwindow.net/portal/article/index/id/32661.html',
  publisher: 'hnwindow.net（攸县2024年政府工作报告摘登）',
  date: '2024',
};

const RAIL_EXPO_2025: Source = { url: 'https://news.cri.cn/n/20251107/7d7fa687-792e-8494-1843-b2595801b653.html', publisher: '国际在线', date: '2025-11-07' };

const RAIL_EXPO_2023: Source = {
  url: 'http://www.xiaolijiang.cn/Post/8dbf713b610ea85',
  publisher: 'xiaolijiang.cn（转载）',
  date: '2023-12',
  note: 'reprint of an official introduction to the 2023 expo',
};

const LILING_VOC: Source = { url: 'http://xczx.voc.com.cn/article/202111/202111171726053241.html', publisher: '华声在线', date: '2021-11-17' };

/** Zhuzhou place-brands, nicknames and local products, and the programmes of its districts and counties. */
export const ZHUZHOU_BRANDS: readonly GlossaryEntry[] = [
  {
    id: 'huo-che-tuo-lai-de-cheng-shi',
    term: '火车拖来的城市',
    aliases: ['火车拉来的城市', '被火车拖来的城市'],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '株洲的别称：因铁路交汇而兴起的城市',
    explanation_zh:
      '株洲原是湘江边的小镇，1905年后株萍铁路、粤汉铁路相继修到这里，京广、沪昆（浙赣）等干线交汇，工厂和移民随铁路而来。新中国成立后它又成为首批重点建设的工业城市，于是被称为“火车拖（拉）来的城市”。',
    explanation_en:
      'Zhuzhou was a small town on the Xiang River until railways reached it after 1905 and main lines such as Beijing–Guangzhou and Shanghai–Kunming came to cross there, bringing factories and migrants. After 1949 it became one of the first industrial cities built by the state, hence the nickname “the city the train pulled in”.',
    english: { text: 'the city brought by the railway', official: false },
    gloss_en: 'nickname of Zhuzhou: a town that grew into a city because railways met there',
    related: ['nan-zhu-bei-zheng', 'zhong-guo-dian-li-ji-che-yao-lan', 'lao-gong-ye-ji-di'],
    sources: [
      RAIL_CITY_163,
      { url: 'https://m.sboyo.com/1/981590.html', publisher: 'sboyo.com（网友投稿）', note: 'weak source' },
      { url: 'http://m.yingdongcun.com/lvyouwenda/384208.html', publisher: 'yingdongcun.com（旅游问答）', note: 'weak source' },
    ],
    status: 'partial',
    missing: 'who coined the nickname and when; only self-media pages were found',
  },
  {
    id: 'nan-zhu-bei-zheng',
    term: '南株北郑',
    aliases: ['北郑南株'],
    scope: 'zhuzhou',
    category: 'infrastructure',
    gloss_zh: '南有株洲、北有郑州：两座全国最重要的铁路枢纽',
    explanation_zh:
      '株洲是京广、沪昆两大干线交会处，株洲北站是长江以南最大的铁路编组站，所以与北方的郑州并称。高铁时代以后这一说法多用来怀旧。',
    explanation_en:
      'Zhuzhou is where the Beijing–Guangzhou and Shanghai–Kunming trunk lines cross, and Zhuzhou North is the largest marshalling yard south of the Yangtze, so it is paired with Zhengzhou in the north. Since the high-speed era the phrase is mostly used with nostalgia.',
    english: { text: 'Zhuzhou in the south, Zhengzhou in the north', official: false },
    gloss_en: 'Zhuzhou and Zhengzhou as China’s two great railway junctions',
    related: ['huo-che-tuo-lai-de-cheng-shi'],
    sources: [
      { url: 'https://zhenguoke.com/read/-dy-article-JMLJQ2IT0521AAG2.html', publisher: '网易号（转载）', note: 'mirror of a self-media article' },
      {
        url: 'https://yzif.com/%e5%85%b3%e4%ba%8e%e6%a0%aa%e6%b4%b2%e4%bd%a0%e5%8d%b0%e8%b1%a1%e6%9c%80%e6%b7%b1%e7%9a%84%e6%98%af%e4%bb%80%e4%b9%88%e6%a0%aa%e6%b4%b2%e6%9c%80%e8%ae%a9%e6%a0%aa%e6%b4%b2%e4%ba%ba%e9%aa%84%e5%82%b2',
        publisher: 'yzif.com（问答）',
        note: 'weak source',
      },
    ],
    status: 'verified',
  },
  {
    id: 'zhong-guo-dian-li-ji-che-yao-lan',
    term: '中国电力机车的摇篮',
    aliases: ['电力机车的摇篮', '中国电力机车摇篮'],
    scope: 'zhuzhou',
    category: 'industry',
    gloss_zh: '株洲田心：中国电力机车的诞生地',
    explanation_zh:
      '1936年在株洲田心建起粤汉铁路株洲总机厂，新中国成立后改为株洲铁路工厂，后来造出中国第一台电力机车，即今天的中车株洲电力机车公司。“摇篮”指的就是田心这片厂区。',
    explanation_en:
      'In 1936 a railway works for the Guangzhou–Hankou line was built at Tianxin in Zhuzhou; after 1949 it became the Zhuzhou railway factory and later built China’s first electric locomotive, today CRRC Zhuzhou Electric Locomotive. The “cradle” is this Tianxin works.',
    english: { text: 'the cradle of China’s electric locomotives', official: false },
    gloss_en: 'Tianxin in Zhuzhou, where China’s electric locomotives were born',
    related: ['huo-che-tuo-lai-de-cheng-shi', 'zhong-guo-dong-li-gu', 'yi-bei-ka-fei-de-shi-jian'],
    sources: [
      { url: 'https://www.zixundingzhi.com/nanchezhuji/4adbac406fb3c7a5.html', publisher: 'zixundingzhi.com（转载）', note: 'reprint of a newspaper feature on Tianxin' },
    ],
    status: 'verified',
  },
  {
    id: 'yi-bei-ka-fei-de-shi-jian',
    term: '一杯咖啡的时间',
    aliases: [],
    quotedOnly: ['一杯咖啡的时间'],
    scope: 'zhuzhou',
    category: 'industry',
    gloss_zh: '株洲轨道交通产业链之密的说法：一杯咖啡工夫就能配齐机车零部件',
    explanation_zh:
      '株洲宣传轨道交通产业集群时常说：在田心周边几平方公里内，一杯咖啡的时间就能集齐一台电力机车的上万个零部件。它夸的是配套企业聚集、本地配套率高。',
    explanation_en:
      'A line of Zhuzhou’s rail-industry promotion: within a few square kilometres around Tianxin, the tens of thousands of parts of an electric locomotive can be gathered in the time it takes to drink a coffee. It boasts how densely the suppliers are clustered.',
    english: { text: 'in the time it takes to drink a coffee', official: false },
    gloss_en: 'a boast that every locomotive part can be sourced nearby within minutes',
    related: ['zhong-guo-dian-li-ji-che-yao-lan', 'zhong-guo-dong-li-gu'],
    sources: [
      { url: 'http://www.hljmybxf.com/products/392.html', publisher: 'hljmybxf.com（转载）', date: '2024-04-19', note: 'garbled reprint of a news feature on CRRC Zhuzhou industrial tourism' },
    ],
    status: 'partial',
    missing: 'the only copy found is a garbled reprint; the 5 km² figure is not in it',
  },
  {
    id: 'zhong-guo-you-zhi-huang-tao-zhi-xiang',
    term: '中国优质黄桃之乡',
    aliases: [],
    scope: 'zhuzhou',
    period: { from: 2011 },
    category: 'rural',
    gloss_zh: '炎陵县2011年获得的称号，因炎陵黄桃而得',
    explanation_zh: '炎陵县2011年被评为“中国优质黄桃之乡”，当地宣传称它是全国唯一获此称号的县。黄桃已是炎陵的农业主导产业。',
    explanation_en:
      'Yanling County was named “China’s home of quality yellow peaches” in 2011, and local promotion says it is the only county with that title. Yellow peaches are now Yanling’s leading farm industry.',
    english: { text: 'Home of Quality Yellow Peaches in China', official: false },
    gloss_en: 'honorary title of Yanling County for its yellow peaches',
    related: ['yan-ling-huang-tao'],
    sources: [PEACH_2025, PEACH_HISTORY],
    status: 'partial',
    missing: 'which body awarded the title',
  },
  {
    id: 'yan-ling-huang-tao',
    term: '炎陵黄桃',
    aliases: [],
    scope: 'zhuzhou',
    category: 'rural',
    gloss_zh: '炎陵县山区种植的黄桃，国家地理标志产品',
    explanation_zh:
      '1987年从上海农科院引进锦绣黄桃，在海拔三四百米以上的山区种植，2016年注册为国家地理标志证明商标。2025年种植约9.5万亩，全产业链产值约35亿元（2024年），每年7月下旬上市。',
    explanation_en:
      'The Jinxiu yellow peach was brought from the Shanghai Academy of Agricultural Sciences in 1987 and grown in Yanling’s mountains; it became a registered geographical-indication trademark in 2016. In 2025 about 95,000 mu were planted, and the whole chain was worth about ¥3.5 billion in 2024.',
    english: { text: 'Yanling yellow peach', official: false },
    gloss_en: 'yellow peaches from Yanling County, a protected local brand',
    related: ['zhong-guo-you-zhi-huang-tao-zhi-xiang'],
    sources: [PEACH_2025, PEACH_HISTORY],
    status: 'verified',
  },
  {
    id: 'you-xia-wu-cai-ci',
    term: '釉下五彩瓷',
    aliases: ['醴陵釉下五彩瓷', '釉下五彩'],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '醴陵首创的釉下多色彩绘瓷器',
    explanation_zh:
      '清末（1906年前后）熊希龄等在醴陵办瓷业学堂和公司，创出颜色画在釉下的五彩瓷，1915年获巴拿马万国博览会金奖，被誉为“东方陶瓷艺术的高峰”。后来又用作国家宴会瓷和礼品瓷，醴陵瓷因此有“国瓷”之称。',
    explanation_en:
      'Around 1906 Xiong Xiling and others set up a porcelain school and company in Liling and created porcelain painted in several colours under the glaze. It won a gold medal at the 1915 Panama–Pacific Exposition and later served as state banquet and gift porcelain, which is why Liling porcelain is called “national porcelain”.',
    english: { text: 'Liling underglaze polychrome porcelain', official: false },
    gloss_en: 'Liling’s famous porcelain with colours painted under the glaze',
    related: ['mao-ci'],
    sources: [LILING_VOC, { url: 'https://www.ppdoc.com/periodical/4eeada3b5cfdd9a2a3afaf9062ea19e9.html', publisher: 'ppdoc.com（期刊摘录）' }],
    status: 'verified',
  },
  {
    id: 'mao-ci',
    term: '毛瓷',
    aliases: [],
    scope: 'zhuzhou',
    period: '1974',
    category: 'culture',
    gloss_zh: '醴陵1974年为毛泽东烧制的专用瓷器',
    explanation_zh:
      '1974年醴陵群力瓷厂试制成功釉下五彩薄胎餐具（如四季花碗），专供毛泽东晚年使用，被称为“毛瓷”。今天醴陵宣传陶瓷时常提起它。',
    explanation_en:
      'In 1974 Liling’s Qunli porcelain factory produced thin-bodied underglaze tableware, such as bowls with flowers of the four seasons, for Mao Zedong’s personal use. Liling still cites this “Mao porcelain” when promoting its ceramics.',
    english: { text: 'Mao porcelain', official: false },
    gloss_en: 'porcelain made in Liling in 1974 for Mao Zedong',
    related: ['you-xia-wu-cai-ci'],
    sources: [
      { url: 'http://www.zdwx.com/news/show_4370075.html', publisher: 'zdwx.com', note: 'weak source' },
      { url: 'http://www.it214.net/c7453168.aspx', publisher: 'it214.net', note: 'weak source' },
    ],
    status: 'partial',
    missing: 'only secondary pages found; no official or museum source',
  },
  {
    id: 'zhong-guo-you-cha-zhi-xiang',
    term: '中国油茶之乡',
    aliases: [],
    scope: 'zhuzhou',
    category: 'rural',
    gloss_zh: '攸县的称号，油茶是当地重要产业（别处也有县用此称号）',
    explanation_zh:
      '株洲新闻里指攸县：全县油茶林约51万亩，2025年第二届湖南油茶节在攸县举办。醴陵和渌口（原株洲县）也以油茶出名，外省外市也有县用同一称号（如永州祁阳）。',
    explanation_en:
      'In Zhuzhou news this means Youxian County, with about 510,000 mu of oil-tea camellia forest; the second Hunan Oil-Tea Festival was held there in 2025. Liling and Lukou are also known for oil-tea, and counties elsewhere (such as Qiyang in Yongzhou) use the same title.',
    english: { text: 'Home of Oil-Tea Camellia in China', official: false },
    gloss_en: 'title of Youxian County for its camellia-oil industry',
    related: ['tian-xia-you-cha-ban-zai-xiang'],
    sources: [
      { url: 'http://bk.zzlib.net:88/gov/govwork/2015/12/204672.html', publisher: '攸县公众信息网（株洲图书馆转载）', date: '2015-12' },
      { url: 'https://cctv-company.video/nav2/102300.html', publisher: '中经联播', date: '2025-10-26' },
    ],
    status: 'partial',
    missing: 'which body awarded the title to Youxian, and when',
  },
  {
    id: 'cha-zu-wen-hua',
    term: '茶祖文化',
    aliases: ['中华茶祖'],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '茶陵以“茶祖”炎帝神农为名片的茶文化',
    explanation_zh:
      '传说神农尝百草而发现茶，被尊为“茶祖”，又传炎帝葬于“茶乡之尾”，茶陵县因此得名，是全国唯一以“茶”命名的县。茶陵提出“复兴茶祖文化、发展茶叶产业、振兴茶陵经济”。',
    explanation_en:
      'Legend says Shennong discovered tea while tasting herbs, so he is honoured as the “ancestor of tea”, and that he was buried at the end of the “tea country”, which gave Chaling (the only Chinese county named after tea) its name. Chaling aims to revive this culture, grow its tea industry and lift its economy.',
    english: { text: 'the culture of the Tea Ancestor', official: false },
    gloss_en: 'Chaling’s tea culture built on Shennong as the legendary first tea drinker',
    related: ['yan-di-ling'],
    sources: [
      { url: 'https://www.soulun.net/periodical/4298a6b6d77c83102fb6f200e3df81e4.html', publisher: 'soulun.net（期刊摘录）' },
      { url: 'http://dadaojiayuan.com/cha/27835.html', publisher: 'dadaojiayuan.com', note: 'weak source' },
    ],
    status: 'verified',
  },
  {
    id: 'shen-nong-cheng',
    term: '神农城',
    aliases: [],
    scope: 'zhuzhou',
    period: { from: 2009 },
    category: 'culture',
    gloss_zh: '株洲河西以炎帝神农文化为主题的城市新区和景区',
    explanation_zh:
      '由原炎帝广场和天台公园改扩建，2009年底动工，2010年国庆神农广场开放，核心区约1620亩，有神农像、神农塔、神农湖、神农大剧院等。它取名于葬在株洲炎陵的炎帝神农氏。',
    explanation_en:
      'Built from 2009 on the old Yandi Square and Tiantai Park in Tianyuan District; the square opened in October 2010, and the core area of about 1,620 mu holds a Shennong statue, tower, lake and grand theatre. It is named after the legendary Emperor Yan (Shennong), whose tomb is in Zhuzhou’s Yanling County.',
    english: { text: 'Shennong City', official: false },
    gloss_en: 'a park and city quarter in Zhuzhou themed on the legendary Emperor Yan',
    related: ['yan-di-ling'],
    sources: [
      { url: 'http://bbs.changzhutan.com/thread-28019-1-1.html', publisher: '长沙晚报（论坛转载）', date: '2010-10-04', note: 'forum reprint' },
      { url: 'http://nonggengtian.cn/landscape/29/yandiguangchang.html', publisher: 'nonggengtian.cn（景区介绍）', note: 'weak source' },
    ],
    status: 'verified',
  },
  {
    id: 'xiang-jiang-feng-guang-dai',
    term: '湘江风光带',
    aliases: ['株洲湘江风光带'],
    scope: 'zhuzhou',
    period: { from: 2010 },
    category: 'ecology',
    gloss_zh: '株洲沿湘江两岸的防洪、道路和休闲景观带',
    explanation_zh:
      '正式名称是株洲沿江防洪景观道路工程，全长约33公里，集防洪、道路、旅游休闲于一体，河西城区段2010年开放，曾被规划为“东方莱茵河”。长沙、湘潭也各有湘江风光带。',
    explanation_en:
      'Officially a riverside flood-defence and scenic road project, about 33 km long, combining flood control, roads and leisure; the west-bank city section opened in 2010 and was planned as an “oriental Rhine”. Changsha and Xiangtan have their own Xiang River scenic belts too.',
    english: { text: 'the Xiang River scenic belt', official: false },
    gloss_en: 'Zhuzhou’s riverside parks and promenade along the Xiang River',
    related: ['shen-nong-cheng'],
    sources: [
      { url: 'https://godloveme.cn/yy/av9eeaenead29y9t9et.html', publisher: 'godloveme.cn（转载）', date: '2025-05-21', note: 'weak source' },
      { url: 'https://hunan.voc.com.cn/news/201802/25954317.html', publisher: '华声在线（来源株洲新闻网）', date: '2018-02-11' },
    ],
    status: 'verified',
  },
  {
    id: 'yan-di-ling',
    term: '炎帝陵',
    aliases: ['炎帝陵祭典'],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '炎陵县鹿原陂的炎帝神农氏陵墓，海内外华人寻根祭祖之地',
    explanation_zh:
      '位于炎陵县城西约19公里的鹿原陂，相传为炎帝神农氏安寝之地，是全国重点文物保护单位和海峡两岸交流基地，“炎帝陵祭典”是首批国家级非物质文化遗产。县名酃县也因它在1994年改为炎陵县。',
    explanation_en:
      'At Luyuanpo, about 19 km west of Yanling’s county town, held to be the resting place of Emperor Yan (Shennong); it is a nationally protected monument and a cross-Strait exchange base, and its memorial ceremony is national intangible heritage. Ling County was renamed Yanling after it in 1994.',
    english: { text: 'Mausoleum of Emperor Yan', official: false },
    gloss_en: 'the tomb of the legendary Emperor Yan in Zhuzhou’s Yanling County',
    related: ['shen-nong-cheng', 'cha-zu-wen-hua'],
    sources: [
      { url: 'http://ischool.net.cn/local/guntu/201306/t20130619_4338338.htm', publisher: '中国新闻社（转载）', date: '2013-06-18', note: 'mirror of a China News Service report' },
      { url: 'http://wiki.thedays.cn/html/fd9e1b5c30e63b53cf3246ff72a69921.html', publisher: 'thedays.cn（百科）', note: 'weak source; the 1994 renaming' },
    ],
    status: 'verified',
  },
  {
    id: 'lao-gong-ye-ji-di',
    term: '老工业基地',
    aliases: [],
    scope: 'national',
    category: 'industry',
    gloss_zh: '计划经济时期国家重点建设、如今需要转型的工业城市',
    explanation_zh:
      '指新中国成立后国家集中投资建成的工业城市，如东北各城市和株洲。株洲是首批重点建设的八个工业城市之一，“一五”时期156项重点工程中有4项在株洲，诞生过电力机车、航空发动机等300多项“全国第一”。',
    explanation_en:
      'Industrial cities built with concentrated state investment after 1949, such as those of the north-east and Zhuzhou. Zhuzhou was among the first eight key industrial cities, received four of the 156 key projects of the first Five-Year Plan, and claims over 300 national firsts, such as the first electric locomotive and aero-engine.',
    english: { text: 'old industrial base', official: false },
    gloss_en: 'a city built up by state industry in the planned economy, now restructuring',
    related: ['huo-che-tuo-lai-de-cheng-shi', 'qing-shui-tang'],
    sources: [RAIL_CITY_163, { url: 'http://www.csnd.net/view/25216.html', publisher: '橙山网（百科）', date: '2015-03-09', note: 'weak source' }],
    status: 'partial',
    missing: 'the national list of old industrial bases and the policy that defines them',
  },
  {
    id: 'chuang-xin-cheng-guo-zhuan-hua-nian',
    term: '创新成果转化年',
    aliases: [],
    scope: 'zhuzhou',
    period: '2025',
    category: 'technology',
    gloss_zh: '株洲2025年“三个年”活动之一：推动科研成果落地转化',
    explanation_zh: '2025年2月5日株洲“新春第一会”动员的三个主题年之一，重点是把研究所和高校的成果在本地转化成产品和产业，发挥“厂所结合”的优势。',
    explanation_en:
      'One of the three theme years Zhuzhou launched at its “first meeting of the new spring” on 5 February 2025. It focuses on turning research from institutes and universities into local products and industries, using the city’s factory-institute ties.',
    english: { text: 'Year of Converting Innovation Results', official: false },
    gloss_en: 'Zhuzhou’s 2025 campaign to turn research into products',
    related: ['san-ge-nian', 'chang-suo-jie-he', 'xin-chun-di-yi-hui'],
    sources: [MAYOR_2025],
    status: 'verified',
  },
  {
    id: 'xiang-mu-gong-jian-ti-zhi-nian',
    term: '项目攻坚提质年',
    aliases: [],
    scope: 'zhuzhou',
    period: '2025',
    category: 'investment',
    gloss_zh: '株洲2025年“三个年”活动之一：大抓项目建设',
    explanation_zh: '2025年“三个年”之一，要求“大抓项目”：加快重大项目开工、建设和投产，提高项目质量；同月株洲178个项目集中开竣工。',
    explanation_en:
      'One of Zhuzhou’s three theme years of 2025, calling for a big push on projects: start, build and commission major projects faster and raise their quality. That same month 178 projects started or were completed on one day.',
    english: { text: 'Year of Tackling Projects and Raising Quality', official: false },
    gloss_en: 'Zhuzhou’s 2025 campaign to push investment projects',
    related: ['san-ge-nian', 'zhong-da-xiang-mu-ji-zhong-kai-jun-gong'],
    sources: [MAYOR_2025],
    status: 'verified',
  },
  {
    id: 'dui-wai-kai-fang-ti-xiao-nian',
    term: '对外开放提效年',
    aliases: [],
    scope: 'zhuzhou',
    period: '2025',
    category: 'economy',
    gloss_zh: '株洲2025年“三个年”活动之一：提高对外开放实效',
    explanation_zh: '2025年“三个年”之一，要求“大抓开放”，抓手包括中非易货贸易中心、中非经贸陆港等平台和外出招商推介。',
    explanation_en:
      'One of Zhuzhou’s three theme years of 2025, calling for a big push on opening-up, through platforms such as the China–Africa barter trade centre and inland port and through investment roadshows.',
    english: { text: 'Year of More Effective Opening-up', official: false },
    gloss_en: 'Zhuzhou’s 2025 campaign to get more out of foreign trade and investment',
    related: ['san-ge-nian', 'zhong-fei-yi-huo'],
    sources: [MAYOR_2025],
    status: 'verified',
  },
  {
    id: 'gui-bo-hui',
    term: '中国国际轨道交通和装备制造产业博览会',
    aliases: ['轨博会'],
    scope: 'zhuzhou',
    category: 'industry',
    gloss_zh: '在株洲举办的国家级国际轨道交通装备展会',
    explanation_zh:
      '由中国贸促会和湖南省政府共同打造，称是我国轨道交通装备领域唯一的国家级国际性专业展会；2023年、2025年在株洲国际会展中心举办，到2025年已办三届。2017、2018年曾有同简称的湖南轨博会在长沙举办。',
    explanation_en:
      'Run jointly by the China Council for the Promotion of International Trade and the Hunan government, and billed as the only national-level international trade fair for rail equipment. It was held at the Zhuzhou International Convention Centre in 2023 and 2025, three editions in all by 2025; an earlier Hunan rail expo with the same short name was held in Changsha in 2017 and 2018.',
    english: { text: 'China International Rail Transit and Equipment Manufacturing Industry Expo', official: false },
    gloss_en: 'the national rail-equipment trade fair held in Zhuzhou',
    related: ['zhong-guo-gui-dao-jiao-tong-zhi-du', 'zhong-guo-dian-li-ji-che-zhi-du'],
    sources: [RAIL_EXPO_2025, RAIL_EXPO_2023, { url: 'https://hunan.voc.com.cn/mobile/article/202312/202312110717516109.html', publisher: '华声在线', date: '2023-12-11' }],
    status: 'verified',
  },
  {
    id: 'zhong-guo-dian-li-ji-che-zhi-du',
    term: '中国电力机车之都',
    aliases: ['电力机车之都'],
    scope: 'zhuzhou',
    category: 'industry',
    gloss_zh: '株洲的美誉：中国电力机车的主要研制基地',
    explanation_zh: '株洲田心诞生了中国第一台电力机车，中车株机等企业使株洲成为全国最大的电力机车研制基地，产品出口100多个国家和地区，因此有此称号。',
    explanation_en:
      'China’s first electric locomotive was built at Tianxin in Zhuzhou, and firms such as CRRC Zhuzhou Locomotive have made the city the country’s largest maker of electric locomotives, exporting to over 100 countries and regions.',
    english: { text: 'China’s capital of electric locomotives', official: false },
    gloss_en: 'Zhuzhou’s title as China’s electric-locomotive capital',
    related: ['zhong-guo-dian-li-ji-che-yao-lan', 'zhong-guo-gui-dao-jiao-tong-zhi-du'],
    sources: [RAIL_EXPO_2023],
    status: 'partial',
    missing: 'whether any body awarded the title; the only source is a reprint',
  },
  {
    id: 'zhong-guo-gui-dao-jiao-tong-zhi-du',
    term: '中国轨道交通之都',
    aliases: ['轨道交通之都'],
    scope: 'zhuzhou',
    category: 'industry',
    gloss_zh: '株洲的城市名片：全国规模最大的轨道交通装备产业集群',
    explanation_zh:
      '株洲拥有全国规模最大、链条最完整的轨道交通装备产业集群，号称“全球最大轨道交通装备研制基地”，是全国唯一的轨道交通装备战略性新兴产业集聚发展试点城市。2025年轨博会开幕报道就称株洲为“中国轨道交通之都”。',
    explanation_en:
      'Zhuzhou has China’s largest and most complete cluster of rail-equipment industries, bills itself the world’s largest rail-equipment base, and is the only national pilot city for this strategic industry. Reports on the 2025 rail expo called it China’s rail-transit capital.',
    english: { text: 'China’s capital of rail transit', official: false },
    gloss_en: 'Zhuzhou’s brand as the centre of China’s rail-equipment industry',
    related: ['gui-bo-hui', 'zhong-guo-dian-li-ji-che-zhi-du', 'zhong-guo-dong-li-gu'],
    sources: [RAIL_EXPO_2025],
    status: 'verified',
  },
  {
    id: 'cun-dian-gong-zhi',
    term: '村电共治',
    aliases: [],
    scope: 'zhuzhou',
    category: 'rural',
    gloss_zh: '供电公司与村委会共同治理农村电网、服务村民的做法',
    explanation_zh:
      '国网株洲供电部门与村集体签协议，一起规划和改造台区线路、迁移挡路电杆、解决低电压等问题，即“村电共治·便民服务”。2023年株洲政府工作报告说“村电共治”经验全国推介。',
    explanation_en:
      'State Grid’s Zhuzhou branches sign agreements with villages to plan and rebuild local distribution lines together, move poles that block roads and fix low voltage, under the name “village and power co-governance, convenient service”. Zhuzhou’s 2023 government work report says the practice was promoted nationwide.',
    english: { text: 'village–grid co-governance', official: false },
    gloss_en: 'villages and the power company jointly running and improving the rural grid',
    related: ['xiang-cun-zhen-xing'],
    sources: [
      { url: 'https://nextvapk.com/www/nd/yxfw/20220923/168401.html', publisher: '红网（转载）', date: '2022-09-23', note: 'mirror of a Rednet report' },
      { url: 'http://bk.zzlib.net:88/paper/daily/202301/377441.html', publisher: '株洲日报（2023年株洲市政府工作报告）', date: '2023-01' },
    ],
    status: 'partial',
    missing: 'when and by whom the practice was started, and which body promoted it nationwide',
  },
  {
    id: 'you-xian-san-da-hui-zhan',
    term: '三大会战',
    aliases: ['攸县三大会战'],
    quotedOnly: ['三大会战'],
    scope: 'zhuzhou',
    period: '2024',
    category: 'governance',
    gloss_zh: '攸县2024年部署的三场“会战”（内容未核实）',
    explanation_zh: '攸县2024年政府工作报告写道“着力打造‘三个高地’、推进‘三大会战’、开展‘六大行动’”。三场会战各是什么，本条来源没有列出。',
    explanation_en:
      'Youxian County’s 2024 government work report speaks of building the three highlands, pushing the “three great campaigns” and running the “six actions”. Our source does not say what the three campaigns are.',
    english: { text: 'the three great campaigns (Youxian)', official: false },
    gloss_en: 'three big work campaigns of Youxian County in 2024 (not verified)',
    related: ['you-xian-liu-da-xing-dong', 'san-ge-gao-di'],
    sources: [YOUXIAN_2024],
    status: 'unverified',
    missing: 'what the three campaigns are',
  },
  {
    id: 'you-xian-liu-da-xing-dong',
    term: '六大行动',
    aliases: ['攸县六大行动'],
    quotedOnly: ['六大行动'],
    scope: 'zhuzhou',
    period: '2024',
    category: 'governance',
    gloss_zh: '攸县2024年开展的六项行动（内容未核实；别处也有同名提法）',
    explanation_zh: '攸县2024年政府工作报告与“三大会战”并提的六项行动。“六大行动”是各地常用的提法，单独出现时未必指攸县。',
    explanation_en:
      'Six actions named next to the three great campaigns in Youxian County’s 2024 government work report. “Six actions” is a common formula elsewhere too, so on its own it need not mean Youxian’s.',
    english: { text: 'the six actions (Youxian)', official: false },
    gloss_en: 'six programmes of Youxian County in 2024 (not verified)',
    related: ['you-xian-san-da-hui-zhan'],
    sources: [YOUXIAN_2024],
    status: 'unverified',
    missing: 'what the six actions are',
  },
  {
    id: 'yi-gang-yi-yuan-yi-qu-yi-zhong-xin',
    term: '一港一园一区一中心',
    aliases: [],
    scope: 'zhuzhou',
    period: { from: 2026 },
    category: 'economy',
    gloss_zh: '株洲“十五五”要建设的四个对外开放平台（具体所指未核实）',
    explanation_zh: '2026年2月市长陈恢清提出加快建设制造强市、科创中城和“一港一园一区一中心”开放平台。港、园、区、中心各指什么，来源没有说明。',
    explanation_en:
      'In February 2026 mayor Chen Huiqing called for building a manufacturing powerhouse, a sci-tech city and the “one port, one park, one zone, one centre” opening-up platforms. The source does not say which port, park, zone and centre are meant.',
    english: { text: 'one port, one park, one zone, one centre', official: false },
    gloss_en: 'four opening-up platforms Zhuzhou plans to build (details not verified)',
    related: ['ke-chuang-zhong-cheng', 'si-ge-pai-tou-bing', 'zhong-fei-yi-huo'],
    sources: [MAYOR_2026],
    status: 'unverified',
    missing: 'which port, park, zone and centre are meant',
  },
  {
    id: 'ke-chuang-zhong-cheng',
    term: '科创中城',
    aliases: [],
    scope: 'zhuzhou',
    period: { from: 2026 },
    category: 'technology',
    gloss_zh: '株洲“十五五”提出的城市定位：科技创新型的中心城市（字面）',
    explanation_zh: '2026年2月市长陈恢清把“制造强市、科创中城”并提，作为建设“三个高地”的依托。“中城”的确切含义（中部城市还是中心城市）来源没有解释。',
    explanation_en:
      'In February 2026 mayor Chen Huiqing paired “manufacturing powerhouse” with “sci-tech central city” as the basis for building the three highlands. The source does not explain whether “central” means central China or a central city.',
    english: { text: 'sci-tech innovation city', official: false },
    gloss_en: 'Zhuzhou’s aim to be a city of science and innovation (literal reading)',
    related: ['yi-gang-yi-yuan-yi-qu-yi-zhong-xin', 'san-ge-gao-di'],
    sources: [MAYOR_2026],
    status: 'unverified',
    missing: 'an official definition of the phrase',
  },
  {
    id: 'yi-qu-san-yuan',
    term: '一区三园',
    aliases: [],
    quotedOnly: ['一区三园'],
    scope: 'zhuzhou',
    category: 'industry',
    gloss_zh: '株洲高新区的布局：一个高新区下辖三个园区',
    explanation_zh: '株洲高新区1992年成立、同年获批国家级，实行“一区三园”格局，下辖河西示范园、田心片区、董家塅片区。别的开发区也常用“一区×园”的说法。',
    explanation_en:
      'Zhuzhou High-tech Zone, founded and made national-level in 1992, is organised as one zone with three parks: the Hexi demonstration park, Tianxin and Dongjiaduan. Other development zones use similar “one zone, N parks” formulas.',
    english: { text: 'one zone, three parks', official: false },
    gloss_en: 'Zhuzhou High-tech Zone’s layout of one zone and three parks',
    items: [
      { zh: '河西示范园', en: 'Hexi demonstration park' },
      { zh: '田心片区', en: 'Tianxin area' },
      { zh: '董家塅片区', en: 'Dongjiaduan area' },
    ],
    related: ['gao-xin-qu', 'er-jia-er'],
    sources: [{ url: 'https://zz.rednet.cn/content/646842/58/14181494.html', publisher: '红网株洲站', date: '2024-08-14' }],
    status: 'verified',
  },
  {
    id: 'zhong-hua-shi-ci-zhi-xiang',
    term: '中华诗词之乡',
    aliases: [],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '茶陵的称号，因明代“茶陵诗派”等诗词传统',
    explanation_zh: '株洲新闻里指茶陵：以明代李东阳为首的“茶陵诗派”在文学史上很有名，当地素有“一州形胜雄三楚，四相文章冠两朝”的美誉。全国也有其他县市获得同名称号。',
    explanation_en:
      'In Zhuzhou news this is Chaling, known for the Ming-dynasty Chaling school of poetry led by Li Dongyang. Other places in China hold the same title too.',
    english: { text: 'Home of Chinese Poetry', official: false },
    gloss_en: 'Chaling County’s title for its tradition of classical poetry',
    related: ['cha-zu-wen-hua'],
    sources: [{ url: 'http://bk.zzlib.net:88/paper/daily/202309/394540.html', publisher: '株洲日报（株洲图书馆数字报）', date: '2023-09' }],
    status: 'partial',
    missing: 'which body awarded the title, and when',
  },
  {
    id: 'lao-shu-fa-xin-ya',
    term: '老树发新芽',
    aliases: [],
    quotedOnly: ['老树发新芽'],
    scope: 'national',
    category: 'industry',
    gloss_zh: '比喻传统产业经改造升级重新焕发活力',
    explanation_zh: '政策报道里常用的比喻：老产业用新技术、新模式改造后重获增长。株洲市长2026年用它说服饰、陶瓷、烟花鞭炮等传统产业的升级。',
    explanation_en:
      'A common metaphor in policy reporting: an old industry regains growth after being upgraded with new technology or business models. Zhuzhou’s mayor used it in 2026 for upgrading clothing, ceramics and fireworks.',
    english: { text: 'old trees sprouting new shoots', official: false },
    gloss_en: 'traditional industries revived by upgrading',
    related: ['you-lao-xin-zi-hao'],
    sources: [MAYOR_2026],
    status: 'verified',
  },
  {
    id: 'jian-ning-yi-zhan',
    term: '建宁驿站',
    aliases: [],
    scope: 'zhuzhou',
    category: 'livelihood',
    gloss_zh: '株洲遍布城区的公共厕所兼便民服务站',
    explanation_zh: '株洲古称建宁，“建宁驿站”是市区的公厕品牌，分布密集、干净敞亮，有的还设图书角、卖零食，被网友称为“厕所界爱马仕”。',
    explanation_en:
      'Jianning is an old name of Zhuzhou; Jianning Stations are the city’s public toilets, dense, clean and bright, some with a reading corner and snacks for sale. Netizens call them the Hermès of toilets.',
    english: { text: 'Jianning Station (public toilet)', official: false },
    gloss_en: 'Zhuzhou’s branded public toilets and service points',
    related: ['xing-fu-zhuzhou'],
    sources: [{ url: 'https://c.m.163.com/news/a/JTLLR4H3052482RT.html', publisher: '网易新闻', note: 'travel feature' }],
    status: 'partial',
    missing: 'when the brand started and how many stations there are',
  },
];
