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
];
