import type { GlossaryEntry, Source } from '../types';

/*
 * How these terms were chosen: searches of stored public web pages (Chinese queries, with 株洲 /
 * 湖南 and without) on science and technology talent policy, the digital economy, the open economy
 * (China–Europe trains, cross-border e-commerce, market-procurement trade, China–Africa trade, which
 * Hunan hosts through the China-Africa Economic and Trade Expo) and new industries (new energy,
 * hydrogen, computing power). No page the real-news bench measures was read. From the pages that came
 * back (mostly 2020–2026) the jargon reports use without explaining was listed, and every phrase was
 * checked against the glossary and CC-CEDICT: phrases already explained (低空经济, 揭榜挂帅, 首台套,
 * 中非经贸博览会, 东数西算 …), dictionary words, names of bodies, labs and events, and phrases a
 * reader can take apart word by word were dropped. Kept were programme names and shorthand whose
 * meaning a learner cannot guess (科技副总, 算力券, 拨投结合, 集并运输, 风光储氢 …) and the trade
 * channels and platforms Hunan and Zhuzhou news names bare (湘粤非铁海联运, 非洲非资源性产品集散交易
 * 加工中心). 中非合作八大行动 is kept also because without it the matcher read its tail as Hunan's own
 * 八大行动. Meanings come from the pages listed under each entry; wording is ours.
 *
 * Pages read while listing terms, besides the sources under the entries:
 *   http://0731snyw.com/forum.php?mod=viewthread&ordertype=1&tid=28965 (forum repost of a Xinhua report on the first 湖南自贸专列)
 *   https://reportify.cn/news/1139569232170848256 (株洲 advanced manufacturing, 2025, summary)
 *   http://news.fjsen.com/2023-02/15/content_31249309_5.htm (株洲 new materials, 2023)
 *   https://www.paxyq.com/t/jie-mi-hu-nan-ke-ji-ren-cai-xin-dong-xiang-hui-yi-shi-fang-na-xie-guan-jian-xin-hao.html (湖南 talent meeting, undated)
 *   https://m.todayonhistory.com/know/59911.html, http://m.zgkjsz.com/page/2024/1006/24676970.shtml (2024 FOCAC summit)
 *   https://hn.rednet.cn/content/2021/11/10/10383695.html (高桥大市场, bilingual, 2021)
 *   https://www.sophlive.com/Home/Article/Detail/259 (cross-border e-commerce, law firm, 2022)
 *   http://www.sxhctv.com/show.asp?id=7386 (成都 科技副总, 2025)
 *   https://qklzz.com/?p=18087 (成都 计算券)
 *   https://www.yumaochuhai.com/article-652791.html (湖南 open economy review, 2023)
 *   http://sharepointconcepts.com/news/xhn/202408/20568037.html (新湘评论 on Hunan's low-altitude economy, 2024, reprint)
 *   http://gzw.zhuzhou.gov.cn/c8250/20250613/i2380222.html is also where 湘粤非陆港 appears; it is left to the existing 中非易货贸易中心 entry
 */

const CHENZHOU_TRAIN: Source = { url: 'https://c.m.163.com/news/a/G4B2MS6U05349WD0.html', publisher: '网易新闻（郴州首趟中欧班列报道）' };

const CHANGSHA_TRAIN: Source = { url: 'https://ddsjmt.com/yaowen/3763.html', publisher: '当代商报', note: 'half-year figures for 中欧班列(长沙); year not shown' };

const ZHUZHOU_LAND_PORT_2025: Source = { url: 'http://gzw.zhuzhou.gov.cn/c8250/20250613/i2380222.html', publisher: '株洲市国资委（转新闻联播稿）', date: '2025-06-12' };

const HUNAN_AFRICA_2020: Source = { url: 'http://gongjinglin.cn/article/29123.html', publisher: 'gongjinglin.cn（转中新社）', date: '2020-08-18', note: 'reprint of a China News Service report' };

const HUNAN_AFRICA_REDNET_2020: Source = { url: 'https://hn.rednet.cn/content/2020/08/19/8191881.html', publisher: '红网（转中国日报网）', date: '2020-08-19' };

const HNRB_EXPO_2021: Source = { url: 'https://hnrb.voc.com.cn/hnrb_epaper/html/2021-09/04/content_1537705.htm?div=-1', publisher: '湖南日报', date: '2021-09-04' };

const XINHUA_TALENT_2025: Source = { url: 'http://www.hn.xinhuanet.com/20250920/3ba82f4a14264fe38b506d70fdeb461e/c.html', publisher: '新华网湖南频道', date: '2025-09-20' };

const ZZRB_NEW_ENERGY_2024: Source = { url: 'http://bk.zzlib.net:88/paper/daily/202402/410537.html', publisher: '株洲日报（株洲图书馆数字报）', date: '2024-02' };

const ZZRB_NEW_ENERGY_2023: Source = { url: 'http://bk.zzlib.net:88/paper/daily/202308/389311.html', publisher: '株洲日报（株洲图书馆数字报）', date: '2023-08' };

const CZT_NEW_ENERGY_2025: Source = { url: 'http://m.xbjpep.com/html/2025-12/1042367.html', publisher: 'xbjpep.com（长株潭新能源产业链推介会报道）', date: '2025-12', note: 'reprint' };

const PINGXIANG_ENCLAVE_2025: Source = {
  url: 'https://reportify.cn/tags/concept?tagValue=%E9%A3%9E%E5%9C%B0%E6%A8%A1%E5%BC%8F',
  publisher: 'reportify.cn（摘转科技日报《湘赣联动上演成果转化“双城记”》）',
  date: '2025-09-29',
  note: 'summary page quoting a Science and Technology Daily report',
};

const XIANGXI_STATIONS_2025: Source = { url: 'http://www.xpkj666.com/news/content/2025-07/05/content_325130.html', publisher: 'xpkj666.com（转湘西网）', date: '2025-07-05', note: 'reprint of a 湘西网 report' };

const GAOQIAO_2024: Source = { url: 'https://icms.icswb.com/h/105703/20241008/892503.html', publisher: '长沙晚报（双语）', date: '2024-10-08' };

export const INNOVATION_A: readonly GlossaryEntry[] = [
  {
    id: 'zhong-ou-ban-lie',
    term: '中欧班列',
    aliases: [],
    scope: 'national',
    category: 'infrastructure',
    gloss_zh: '按固定车次和线路往返中国与欧洲的集装箱国际铁路货运班列',
    explanation_zh:
      '指按固定车次、线路等条件开行，往来于中国与欧洲以及“一带一路”沿线国家的集装箱国际铁路联运班列。湖南的班列从长沙、郴州等地始发，经二连浩特、满洲里等口岸出境，去往明斯克、马拉舍维奇等枢纽，比海运到欧洲快二十多天。',
    english: { text: 'China–Europe Railway Express', official: true },
    gloss_en: 'scheduled container freight trains between China and Europe',
    explanation_en:
      'Container freight trains running on fixed schedules and routes between China and Europe and other Belt and Road countries. Hunan’s trains leave from Changsha, Chenzhou and other cities, cross the border at ports such as Erenhot or Manzhouli and reach hubs like Minsk or Małaszewicze, some twenty days faster than shipping to Europe by sea.',
    related: ['ji-bing-yun-shu', 'yi-dai-yi-lu', 'kua-jing-dian-shang'],
    sources: [CHENZHOU_TRAIN, CHANGSHA_TRAIN],
    status: 'verified',
  },
  {
    id: 'ji-bing-yun-shu',
    term: '集并运输',
    aliases: [],
    scope: 'national',
    category: 'infrastructure',
    gloss_zh: '在始发站就按境外列车编组凑齐同一到站货物的班列组织方式',
    explanation_zh:
      '国内货运列车的编组标准比境外小，过去班列到了口岸要等凑够集装箱才能继续开行。集并运输由铁路部门在始发站直接组织符合境外装车数量、到站相同的货源，到口岸直接换装，可省下三到五天的口岸作业时间。',
    english: { text: 'consolidated train loading', official: false },
    gloss_en: 'filling a freight train to foreign train size at its starting station',
    explanation_en:
      'Chinese freight trains are made up of fewer containers than trains abroad, so China–Europe trains used to wait at the border until enough containers for one destination were gathered. Under consolidated loading the railway gathers a full foreign-size load for one destination already at the starting station, so the train is transferred at the border at once, saving three to five days.',
    related: ['zhong-ou-ban-lie'],
    sources: [CHANGSHA_TRAIN],
    status: 'verified',
  },
  {
    id: 'kua-jing-dian-shang',
    term: '跨境电商',
    aliases: ['跨境电子商务'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '通过网络平台把商品卖到境外或从境外买进的外贸方式',
    explanation_zh:
      '即跨境电子商务：经营者通过互联网平台或自建网站向境外消费者销售商品和服务，或从境外进口，受电子商务法和海关跨境零售进出口监管规定约束。按物流可分为直邮、海外仓和平台物流仓等模式，是地方新闻里常说的外贸新业态之一。',
    english: { text: 'cross-border e-commerce', official: true },
    gloss_en: 'selling goods across borders through online platforms',
    explanation_en:
      'Cross-border e-commerce: firms sell goods and services to buyers abroad, or import from abroad, through online platforms or their own websites, under the E-Commerce Law and customs rules for cross-border retail. By how goods are shipped it splits into direct mail, overseas warehouses and platform warehouses; local news counts it among the new forms of foreign trade.',
    related: ['kua-jing-dian-shang-zong-shi-qu', 'shi-chang-cai-gou-mao-yi'],
    sources: [{ url: 'https://www.sophlive.com/Home/Article/Detail/259', publisher: '金杜研究院（转载）', date: '2022-08-15' }],
    status: 'verified',
  },
  {
    id: 'kua-jing-dian-shang-zong-shi-qu',
    term: '跨境电商综试区',
    aliases: ['跨境电子商务综合试验区', '跨境电商综合试验区'],
    scope: 'national',
    period: { from: 2015 },
    category: 'economy',
    gloss_zh: '国务院批准、先行试验跨境电商政策的城市或地区',
    explanation_zh:
      '由国务院批复设立，以“中国（城市或地区名）跨境电子商务综合试验区”命名，所在省份制定实施方案，在政策、资金、平台、税收等方面给予支持。2015年杭州成为第一个，此后多轮扩围，到2025年已超过160个，湖南的邵阳在2025年获批。',
    english: { text: 'comprehensive pilot zone for cross-border e-commerce', official: false },
    gloss_en: 'a city approved to pilot cross-border e-commerce policies',
    explanation_en:
      'A city or area approved by the State Council to try out policies for cross-border e-commerce, named “China (place) Cross-border E-commerce Comprehensive Pilot Zone”, with the province drawing up the plan and support in policy, funding, platforms and tax. Hangzhou was the first in 2015; after several rounds there were more than 160 by 2025, when Shaoyang in Hunan was added.',
    related: ['kua-jing-dian-shang', 'zi-mao-shi-yan-qu'],
    sources: [{ url: 'http://www.kksjwx4.cn/topic/dzls/szdzls/202504/t20250427_33655745.html', publisher: 'kksjwx4.cn（转载湖南媒体报道）', date: '2025-04-27', note: 'reprint' }],
    status: 'verified',
  },
  {
    id: 'shi-chang-cai-gou-mao-yi',
    term: '市场采购贸易',
    aliases: ['市场采购贸易方式', '市场采购贸易方式试点'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '在认定的大市场里小批量采购、就地报关出口的外贸方式',
    explanation_zh:
      '指符合条件的经营者在商务主管等部门认定的市场集聚区内采购商品，单票报关货值在15万美元以下，并在采购地办理出口通关的贸易方式，方便小商户做外贸。湖南长沙的高桥大市场是国家级试点市场，出口额一度居中西部试点市场首位。',
    english: { text: 'market procurement trade', official: false },
    gloss_en: 'small-batch export straight from an approved wholesale market',
    explanation_en:
      'A way of exporting in which traders buy goods inside a market area approved by the commerce authorities, in consignments worth up to 150,000 US dollars each, and clear customs where they bought them, which lets small merchants export. Changsha’s Gaoqiao Grand Market is a national pilot and at one point led the pilot markets of central and western China in exports.',
    related: ['kua-jing-dian-shang', 'fei-zhou-fei-zi-yuan-xing-chan-pin'],
    sources: [
      { url: 'http://www.djt5.com/2019-07/23/content_22531290.htm', publisher: '东南网（转福建日报）', date: '2019-07-23' },
      { url: 'http://te-ch.tech/news/show-42485.html', publisher: 'te-ch.tech（转湖南日报）', note: 'reprint of a Hunan Daily report on the 中非经贸孵化园, 2021' },
      GAOQIAO_2024,
    ],
    status: 'verified',
  },
  {
    id: 'xiang-yue-fei-tie-hai-lian-yun',
    term: '湘粤非铁海联运',
    aliases: ['湘粤非铁海联运通道', '湘粤非通道'],
    scope: 'zhuzhou',
    period: { from: 2021 },
    category: 'infrastructure',
    gloss_zh: '株洲经广州港转海运到非洲的铁路加海运通道',
    explanation_zh:
      '2021年开通、由株洲城发集团下属湘粤非公司运营的铁海联运通道：货物在株洲装上班列，运到广州南沙等港口再装船发往非洲和其他地区。它被称为全国首个以非洲为特色的铁海联运通道，醴陵陶瓷、工程机械、汽车配件等由此出口，也是湖南与非洲陆海空物流体系的一环。',
    english: { text: 'Hunan–Guangdong–Africa rail-sea route', official: false },
    gloss_en: 'Zhuzhou’s rail-to-port-to-ship freight route to Africa',
    explanation_en:
      'A rail-and-sea freight route opened in 2021 and run by a subsidiary of Zhuzhou’s city development group: goods are loaded onto trains in Zhuzhou, carried to ports such as Nansha in Guangzhou and shipped on to Africa and elsewhere. Billed as China’s first rail-sea route built around Africa, it carries Liling ceramics, construction machinery and car parts, and is one link in Hunan’s land, sea and air logistics to Africa.',
    related: ['zhong-fei-yi-huo', 'liu-wei-yi-ti-wu-liu-ti-xi', 'zhong-fei-jing-mao-bo-lan-hui'],
    sources: [ZHUZHOU_LAND_PORT_2025, HUNAN_AFRICA_2020],
    status: 'verified',
  },
  {
    id: 'liu-wei-yi-ti-wu-liu-ti-xi',
    term: '六位一体物流体系',
    aliases: [],
    scope: 'zhuzhou',
    period: '2025',
    category: 'infrastructure',
    gloss_zh: '株洲打造对非陆港时提出要构建的六方面物流体系',
    explanation_zh:
      '株洲在2024年底提出打造“中非经贸陆港”后，号召“加快构建‘六位一体’物流体系，着力打造湘粤非陆港”，以湘粤非铁海联运等通道为骨干。所读报道没有列出“六位”各指什么。',
    english: { text: 'six-in-one logistics system', official: false },
    gloss_en: 'Zhuzhou’s planned six-part logistics system for its Africa land port',
    explanation_en:
      'After Zhuzhou proposed its China–Africa land port at the end of 2024, the city called for building a “six-in-one” logistics system and a Hunan–Guangdong–Africa land port, with the rail-sea route as its backbone. The report read does not say what the six parts are.',
    related: ['xiang-yue-fei-tie-hai-lian-yun', 'zhong-fei-yi-huo'],
    sources: [ZHUZHOU_LAND_PORT_2025],
    status: 'partial',
    missing: 'The six parts of the system are not named in the report read.',
    missing_zh: '所读报道没有列出“六位”分别是什么。',
  },
  {
    id: 'fei-zhou-fei-zi-yuan-xing-chan-pin',
    term: '非洲非资源性产品集散交易加工中心',
    aliases: ['非洲非资源型产品集散交易加工中心'],
    scope: 'hunan',
    period: { from: 2020 },
    category: 'economy',
    gloss_zh: '湖南要建成的非洲咖啡、可可、坚果等非矿产商品进口集散加工基地',
    explanation_zh:
      '湖南落实中非合作“八大行动”、打造中非地方经贸合作新高地的主要任务之一：把非洲的咖啡、可可、腰果、干辣椒等非资源性产品集中进口到湖南，在这里交易、加工，再分销到全国。2020年非洲可可中国营销中心和非洲咖啡街在长沙高桥大市场开业，是首批子中心。',
    english: { text: 'distribution, trading and processing centre for African non-resource products', official: false },
    gloss_en: 'Hunan’s hub for importing and processing African farm goods',
    explanation_en:
      'One of Hunan’s main tasks as a base for local-level China–Africa trade: bringing African products other than minerals and fuels, such as coffee, cocoa, cashews and dried chillies, into Hunan to be traded, processed and sold across China. The first sub-centres, a cocoa marketing centre and an African coffee street, opened at Changsha’s Gaoqiao Grand Market in 2020.',
    related: ['zhong-fei-he-zuo-ba-da-xing-dong', 'zhong-fei-jing-mao-shen-du-he-zuo-xian-xing-qu', 'zhong-fei-jing-mao-bo-lan-hui'],
    sources: [HUNAN_AFRICA_2020, HUNAN_AFRICA_REDNET_2020, HNRB_EXPO_2021],
    status: 'verified',
  },
  {
    id: 'zhong-fei-he-zuo-ba-da-xing-dong',
    term: '中非合作八大行动',
    aliases: [],
    scope: 'national',
    category: 'strategy',
    gloss_zh: '中非合作论坛提出的八项对非合作举措，不是湖南的“八大行动”',
    explanation_zh:
      '中国在中非合作论坛框架下宣布的八个方面对非合作举措，扩大进口非洲商品特别是非资源类产品是其中的重要内容。湖南为落实它出台了专门意见，把打造非洲非资源性产品集散交易加工中心列为主要任务，并依托中非经贸博览会和中非经贸深度合作先行区扩大自非进口。',
    english: { text: 'eight major initiatives of China–Africa cooperation', official: false },
    gloss_en: 'eight China–Africa cooperation initiatives under FOCAC',
    explanation_en:
      'Eight areas of cooperation with Africa that China announced under the Forum on China-Africa Cooperation; importing more African goods, especially non-resource products, is an important part. Hunan issued its own opinions on carrying them out, with an import hub for African non-resource products as a main task and its expo and pilot zone as platforms; it is not the same as Hunan’s own “eight actions”.',
    related: ['shi-da-huo-ban-xing-dong', 'fei-zhou-fei-zi-yuan-xing-chan-pin', 'ba-da-xing-dong'],
    sources: [HNRB_EXPO_2021, HUNAN_AFRICA_2020],
    status: 'partial',
    missing: 'The eight initiatives and the year they were announced are not listed in the pages read.',
    missing_zh: '所读页面没有列出八项行动的名称和提出年份。',
  },
  {
    id: 'shi-da-huo-ban-xing-dong',
    term: '十大伙伴行动',
    aliases: ['中非携手推进现代化十大伙伴行动', '十大现代化伙伴行动'],
    scope: 'national',
    period: { from: 2024 },
    category: 'strategy',
    gloss_zh: '2024年中非合作论坛北京峰会宣布的十项对非合作行动',
    explanation_zh:
      '2024年9月中非合作论坛北京峰会上，中方宣布同非洲实施“中非携手推进现代化十大伙伴行动”，内容涉及贸易繁荣、产业链合作、互联互通、卫生健康等领域，如给予最不发达非洲国家零关税待遇、建设中非经贸深度合作先行区。2025年在长沙举办的第四届中非经贸博览会就围绕落实这十大行动安排活动。',
    english: { text: 'ten partnership actions for modernization', official: false },
    gloss_en: 'ten China–Africa actions announced at the 2024 FOCAC summit',
    explanation_en:
      'At the September 2024 Beijing summit of the Forum on China-Africa Cooperation, China announced ten partnership actions with Africa for modernization, covering trade, industrial chains, connectivity, health and more, such as zero tariffs for the least developed African countries and the China–Africa pilot zone in Hunan. The fourth China-Africa Economic and Trade Expo in Changsha in 2025 built its programme around them.',
    related: ['zhong-fei-he-zuo-ba-da-xing-dong', 'zhong-fei-jing-mao-bo-lan-hui'],
    sources: [
      { url: 'https://m.todayonhistory.com/know/59911.html', publisher: 'todayonhistory.com（问答）', note: 'Q&A summary; lists four of the ten areas' },
      { url: 'http://m.zgkjsz.com/page/2024/1006/24676970.shtml', publisher: 'zgkjsz.com（转中国新闻周刊）', date: '2024-10-06', note: 'reprint' },
      { url: 'https://xingshashibao.icswb.com/h/101691/20250609/732992.html', publisher: '星沙时报', date: '2025-06-09' },
    ],
    status: 'partial',
    missing: 'Only some of the ten actions are named in the pages read; the official list of ten is not verified.',
    missing_zh: '所读页面只提到其中几项，十项行动的正式名称未核实。',
  },
  {
    id: 'feng-guang-chu-qing',
    term: '风光储氢',
    aliases: ['风、光、储、氢'],
    scope: 'zhuzhou',
    category: 'industry',
    gloss_zh: '风电、光伏、储能、氢能四个新能源板块的合称',
    explanation_zh:
      '株洲新闻里对电力新能源与装备制造（含汽车）产业链中风电、光伏、储能、氢能几个板块的简称；这条产业链2023年规模过千亿，是株洲第三个千亿产业。株洲高新区在长株潭新能源招商中也以“风、光、储、氢”多元能源装备为定位。',
    english: { text: 'wind, solar, storage and hydrogen', official: false },
    gloss_en: 'wind power, solar power, energy storage and hydrogen',
    explanation_en:
      'Zhuzhou shorthand for the wind, solar, energy-storage and hydrogen parts of its power, new-energy and equipment (including cars) industrial chain, which passed 100 billion yuan in 2023 as the city’s third such industry. The Zhuzhou high-tech zone markets itself to investors on equipment for these four kinds of energy.',
    items: [
      { zh: '风电', en: 'wind power' },
      { zh: '光伏', en: 'solar power' },
      { zh: '储能', en: 'energy storage' },
      { zh: '氢能', en: 'hydrogen energy' },
    ],
    related: ['qian-yi-chan-ye', 'xin-neng-yuan-qi-che', 'shuang-tan'],
    sources: [ZZRB_NEW_ENERGY_2024, ZZRB_NEW_ENERGY_2023, CZT_NEW_ENERGY_2025],
    status: 'verified',
  },
  {
    id: 'shuang-gao-dui-jie',
    term: '双高对接',
    aliases: ['双高对接机制'],
    scope: 'hunan',
    category: 'technology',
    gloss_zh: '湖南让高新区、高新技术企业与高校对接转化科技成果的机制',
    explanation_zh:
      '湖南与加快高校科技成果转化20条措施一道建立的机制：“双高”指高新区（高新技术企业）和高校，两方对接，让高校的科研成果更快落到园区和企业里转化。',
    english: { text: 'high-tech zone and university matching', official: false },
    gloss_en: 'matching high-tech zones and firms with universities',
    explanation_en:
      'A Hunan mechanism set up alongside its 20 measures to speed up the commercial use of university research: the two “highs” are high-tech zones (and high-tech enterprises) on one side and higher-education institutions on the other, paired so that university results are put to use in parks and companies.',
    related: ['cheng-guo-zhuan-hua', 'gao-xin-qu', 'gao-xin-ji-shu-qi-ye'],
    sources: [XINHUA_TALENT_2025],
    status: 'verified',
  },
  {
    id: 'nian-qing-ren-you-hao-sheng-fen',
    term: '年轻人友好省份',
    aliases: [],
    scope: 'hunan',
    category: 'livelihood',
    gloss_zh: '湖南要建成对年轻人友好的省份，以吸引青年人才',
    explanation_zh:
      '湖南为激发青年人才创新创业活力提出的目标，已发布18条具体措施推进建设，和引进高层次科技人才的政策一起被当作人才“磁吸力”的一部分。',
    english: { text: 'youth-friendly province', official: false },
    gloss_en: 'Hunan’s aim to be a province friendly to young people',
    explanation_en:
      'A Hunan goal meant to spur young people to innovate and start businesses there, pursued through 18 specific measures and presented alongside its drive to attract senior scientists and engineers.',
    related: ['shuang-gao-dui-jie'],
    sources: [XINHUA_TALENT_2025],
    status: 'partial',
    missing: 'The 18 measures and the year the goal was set are not in the page read.',
    missing_zh: '所读页面没有列出18条措施的内容和提出年份。',
  },
  {
    id: 'ke-ji-fu-zong',
    term: '科技副总',
    aliases: [],
    quotedOnly: ['科技副总'],
    // 科技副总: cuts company titles: 某某科技副总经理.
    strictlyQuoted: ['科技副总'],
    scope: 'national',
    category: 'technology',
    gloss_zh: '从高校和科研院所选派到企业任副总、帮企业攻关的科技人员',
    explanation_zh:
      '多个省市推行的做法：从高校、科研院所选聘高层次科技人才到企业担任“科技副总”，帮助企业制定创新规划、联合攻关关键技术难题、促成科研成果在企业转化，并牵线共建创新平台。河南计划三年选聘约3000名，安徽、山西、成都等地也在实施。',
    english: { text: 'science-and-technology vice president', official: false },
    gloss_en: 'a university scientist posted to a firm as its technology deputy head',
    explanation_en:
      'A scheme run by many provinces and cities: senior researchers from universities and institutes are appointed to companies as “technology vice presidents” to help plan innovation, tackle key technical problems together and bring research results into production. Henan plans about 3,000 over three years; Anhui, Shanxi and Chengdu run similar schemes.',
    related: ['ke-ji-te-pai-yuan', 'cheng-guo-zhuan-hua', 'chan-jiao-rong-he'],
    sources: [
      { url: 'http://ha.xinhuanet.com/20250209/10e22766d7ff435483186a99e40350fc/c.html', publisher: '新华网河南频道（转河南日报）', date: '2025-02-09' },
      { url: 'http://news.cjn.cn/zjjjdpd/yw_20048/202407/t4952746.htm', publisher: '长江网（转安庆市人民政府网站）', date: '2024-07-24' },
      { url: 'https://wxredian.com/art?id=cd748ac207bd5c8134bc5e006dd4a5f4', publisher: 'wxredian.com（转长治日报）', date: '2024-11-14' },
    ],
    status: 'verified',
  },
  {
    id: 'suan-li-quan',
    term: '算力券',
    aliases: [],
    scope: 'national',
    category: 'technology',
    gloss_zh: '政府免费发给企业、用来抵扣算力费用的补贴凭证',
    explanation_zh:
      '地方政府向使用算力的企业、科研机构、创客免费发放的权益凭证，可按算力合同费用的一定比例（常见不超过30%）抵扣，帮助中小企业降低使用智算、超算资源的成本。国家数据局等部门的文件鼓励地方探索发放数据券、算法券和算力券。',
    english: { text: 'computing-power voucher', official: false },
    gloss_en: 'a government voucher that pays part of a firm’s computing bill',
    explanation_en:
      'A free voucher that local governments give to companies, research bodies and start-up makers who buy computing power, covering part of the contract cost (often up to 30%) so that small firms can afford AI and supercomputing resources. National data-bureau guidance encourages localities to try data, algorithm and computing vouchers.',
    related: ['shu-ju-yao-su', 'ren-gong-zhi-neng-jia', 'dong-shu-xi-suan'],
    sources: [
      { url: 'https://www3.lf.gov.cn/Item/139657.aspx', publisher: '廊坊市人民政府（人工智能算力券实施细则）' },
      { url: 'http://m.3121000.com/news/detail/103869.html', publisher: '智慧城市网（转数据要素社）', date: '2025-05-20' },
      { url: 'https://bobomg.com/a/hang-zhou-kuo-rong-suan-li-quan-fa-fang-mei-nian-suan-li-quan-zong-e-ti-sheng-zhi-2-5yi-yuan.html', publisher: 'bobomg.com（杭州算力券报道转载）', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'fei-di-yan-fa',
    term: '飞地研发',
    aliases: ['飞地科创中心'],
    scope: 'national',
    category: 'technology',
    gloss_zh: '在科教资源密集的大城市设研发点、成果回本地转化的做法',
    explanation_zh:
      '一种“飞地”模式：人才和创新资源较少的地方到科教资源密集的城市设立研发中心（飞地科创中心），在那里攻关和中试，成熟后把项目拿回本地产业化，即“研发在外地、转化在本地”。湘赣边的萍乡就在长沙设了这样的中心。',
    english: { text: 'enclave R&D', official: false },
    gloss_en: 'doing research in a big city and producing at home',
    explanation_en:
      'A form of “enclave” cooperation: a place short of talent sets up a research centre in a city rich in universities and researchers, develops and pilot-tests technology there and brings the mature projects home to manufacture, research away and production at home. Pingxiang in Jiangxi, for example, runs such a centre in Changsha.',
    related: ['fei-di-jing-ji', 'cheng-guo-zhuan-hua'],
    sources: [PINGXIANG_ENCLAVE_2025],
    status: 'verified',
  },
  {
    id: 'bo-tou-jie-he',
    term: '拨投结合',
    aliases: [],
    scope: 'national',
    category: 'technology',
    gloss_zh: '先拨款支持科研项目，项目成熟后把拨款转为投资的做法',
    explanation_zh:
      '财政支持科技项目的一种方式：把原本无偿拨付的支持资金转为对项目的投资，用投资回报反哺科研，增强科研机构自我“造血”能力，形成“科研—转化—产业—反哺科研”的循环。',
    english: { text: 'grants combined with investment', official: false },
    gloss_en: 'research grants later turned into equity in the project',
    explanation_en:
      'A way of funding research with public money: support that would have been a plain grant is turned into an investment in the project, so that returns flow back into research and the institute can sustain itself.',
    related: ['bo-gai-tou', 'fei-di-yan-fa', 'zheng-fu-yin-dao-ji-jin'],
    sources: [PINGXIANG_ENCLAVE_2025],
    status: 'partial',
    missing: 'Only one local use (Pingxiang) was read; the national origin and exact rules are not verified.',
    missing_zh: '只读到萍乡一地的用法，全国层面的来源和具体规则未核实。',
  },
  {
    id: 'bo-shi-chuang-xin-zhan',
    term: '博士创新站',
    aliases: [],
    scope: 'hunan',
    category: 'technology',
    gloss_zh: '企事业单位与博士团队长期合作的科技创新服务平台',
    explanation_zh:
      '湖南省科协和省科技厅认定的科技创新服务载体：以企事业单位和进站博士团队为主体，按单位的创新需求长期合作，以产学研合作为纽带，让单位和博士团队共同成长。2025年全省新认定100家。',
    english: { text: 'doctoral innovation station', official: false },
    gloss_en: 'a long-term partnership post for a PhD team in a company',
    explanation_en:
      'A platform recognised by the Hunan Association for Science and Technology and the provincial science department: a company or institution and a team led by a PhD work together over the long term on the unit’s innovation needs, as a form of industry–university cooperation. The province recognised 100 new ones in 2025.',
    related: ['zhuan-jia-gong-zuo-zhan', 'yuan-shi-gong-zuo-zhan'],
    sources: [XIANGXI_STATIONS_2025],
    status: 'verified',
  },
  {
    id: 'zhuan-jia-gong-zuo-zhan',
    term: '专家工作站',
    aliases: [],
    scope: 'hunan',
    category: 'technology',
    gloss_zh: '以高层次专家及其团队为核心、设在本省单位的科技创新平台',
    explanation_zh:
      '湖南省科协和省科技厅认定的科技创新平台：以国内外高层次人才专家及其团队为核心并实际参与，依托在湘单位组建，开展新技术联合研发、科技成果转化和创新团队培养。2025年全省新认定60家。',
    english: { text: 'expert workstation', official: false },
    gloss_en: 'a research post set up in a Hunan unit around a senior expert',
    explanation_en:
      'A platform recognised by the Hunan Association for Science and Technology and the provincial science department, built in a Hunan company or institution around a senior domestic or foreign expert and team who take real part, for joint development, putting research to use and training innovation teams. Sixty new ones were recognised in 2025.',
    related: ['bo-shi-chuang-xin-zhan', 'yuan-shi-gong-zuo-zhan'],
    sources: [XIANGXI_STATIONS_2025],
    status: 'verified',
  },
  {
    id: 'shou-pi-ci-xin-cai-liao',
    term: '首批次新材料',
    aliases: ['首批次重点新材料', '重点新材料首批次'],
    quotedOnly: ['首批次'],
    // 首批次: "the first batch" of anything.
    strictlyQuoted: ['首批次'],
    scope: 'national',
    category: 'industry',
    gloss_zh: '刚研制出来、还没打开市场的新材料产品，可获认定和奖励',
    explanation_zh:
      '指企业自主研制、性能有技术领先优势但尚未取得较大市场业绩的新材料产品。首批次产品量小价高，用户不愿先用，政府因此认定并给予应用奖励或保费补助；湖南2014年在全国率先出台首批次应用奖励政策，2025年修订为认定管理办法。',
    english: { text: 'first-batch new materials', official: false },
    gloss_en: 'a newly developed material product supported until it finds buyers',
    explanation_en:
      'A new material a company has developed itself, technically ahead but not yet widely sold. First batches are small and dear and buyers hesitate to go first, so governments certify them and pay rewards or insurance-premium subsidies for their use; Hunan issued China’s first reward policy for them in 2014 and revised it into certification rules in 2025.',
    related: ['shou-tai-tao', 'shou-ban-ci-ruan-jian', 'san-shou'],
    sources: [
      { url: 'http://gxt.hunan.gov.cn/gxt/xxgk_71033/zcfg/zcjd/202507/t20250731_33754525.html', publisher: '湖南省工业和信息化厅', date: '2025-07-31' },
      { url: 'https://zjgzzp.com/xinwendongtai/fengjingtuji/11075.html', publisher: 'zjgzzp.com（转湘潭市工业和信息化局通知）', date: '2024-09-01', note: 'reprint of a Xiangtan notice on a commercial site' },
    ],
    status: 'verified',
  },
  {
    id: 'shou-ban-ci-ruan-jian',
    term: '首版次软件',
    aliases: ['首版次软件产品', '首版次高端软件', '首版次'],
    scope: 'national',
    category: 'industry',
    gloss_zh: '功能有较大突破、首次销售的自主软件产品，可获认定和奖励',
    explanation_zh:
      '指企业自主或合作开发、功能或性能有较大突破、拥有自主知识产权、尚未取得重大市场业绩而首次销售的同名同版本软件产品，不含自用软件和为用户定制的软件。湖南省每年组织认定，范围包括基础软件、工业软件、新兴领域软件、行业应用软件、信息安全软件和嵌入式软件。',
    english: { text: 'first-version software', official: false },
    gloss_en: 'a new home-grown software product certified for support',
    explanation_en:
      'A software product, developed by a company alone or with partners, that makes a real advance in function or performance, owns its intellectual property and is on sale for the first time under that name and version without yet a strong sales record; software for own use or made to order does not count. Hunan certifies such products every year, from operating systems and industrial software to embedded software.',
    related: ['shou-pi-ci-xin-cai-liao', 'shou-tai-tao', 'san-shou'],
    sources: [
      { url: 'http://www.qzbhyy.com/ware/215547907.html', publisher: 'qzbhyy.com（转湖南省2023年度首版次软件产品认定通知）', date: '2023', note: 'repost of the notice' },
      { url: 'https://zjgzzp.com/xinwendongtai/fengjingtuji/11075.html', publisher: 'zjgzzp.com（转湘潭市工业和信息化局通知）', date: '2024-09-01', note: 'reprint of a Xiangtan notice on a commercial site' },
    ],
    status: 'verified',
  },
  {
    id: 'san-shou',
    term: '三首',
    aliases: ['三首产品'],
    quotedOnly: ['三首'],
    scope: 'national',
    category: 'industry',
    gloss_zh: '首台套装备、首批次新材料、首版次软件三类创新产品的合称',
    explanation_zh:
      '把首台（套）重大技术装备、首批次新材料、首版次软件三类刚研制出来的创新产品合称“三首”产品，政府对它们统一组织认定、奖励和推广使用。',
    english: { text: 'the three firsts', official: false },
    gloss_en: 'first sets of equipment, first batches of materials, first versions of software',
    explanation_en:
      'A collective name for three kinds of newly developed products that governments certify, reward and help sell together: the first set of major equipment, the first batch of a new material and the first version of a software product.',
    items: [
      { zh: '首台（套）重大技术装备', en: 'first set of major equipment' },
      { zh: '首批次新材料', en: 'first batch of new materials' },
      { zh: '首版次软件', en: 'first version of software' },
    ],
    related: ['shou-tai-tao', 'shou-pi-ci-xin-cai-liao', 'shou-ban-ci-ruan-jian', 'wu-shou'],
    sources: [{ url: 'https://zjgzzp.com/xinwendongtai/fengjingtuji/11075.html', publisher: 'zjgzzp.com（转湘潭市工业和信息化局通知）', date: '2024-09-01', note: 'reprint of a Xiangtan notice on a commercial site' }],
    status: 'verified',
  },
  {
    id: 'wu-shou',
    term: '五首',
    aliases: ['五首产品'],
    quotedOnly: ['五首'],
    scope: 'hunan',
    category: 'industry',
    gloss_zh: '湖南奖励的五类“首次”创新产品：装备、材料、软件、芯片、元器件',
    explanation_zh:
      '湖南在“三首”之外加上首轮次工程流片芯片和首套件基础电子元器件，合称“五首”产品。省里每年发布方向指南，对达到国内先进或首创、市场前景好的产品给予售后或研发奖励和保费补助，单个产品奖励不超过100万元。',
    english: { text: 'the five firsts', official: false },
    gloss_en: 'Hunan’s five kinds of first-of-a-kind products it rewards',
    explanation_en:
      'Hunan adds first-run engineering chips and first sets of basic electronic components to the three firsts, making five kinds of new products. Each year the province publishes a guide and gives sales or R&D rewards and insurance subsidies, up to one million yuan a product, to those judged first or advanced in China with good market prospects.',
    items: [
      { zh: '首台套技术设备', en: 'first set of technical equipment' },
      { zh: '首批次新材料', en: 'first batch of new materials' },
      { zh: '首版次高端软件', en: 'first version of high-end software' },
      { zh: '首轮次工程流片芯片', en: 'first engineering run of a chip' },
      { zh: '首套件基础电子元器件', en: 'first set of basic electronic components' },
    ],
    related: ['san-shou', 'shou-tai-tao'],
    sources: [{ url: 'http://gardinfamily.com/display/2498221.html', publisher: 'gardinfamily.com（咨询机构转载湖南政策）', date: '2023-11-28', note: 'consultancy repost quoting the provincial policy' }],
    status: 'verified',
  },
  {
    id: 'hai-wai-cang',
    term: '海外仓',
    aliases: [],
    scope: 'national',
    category: 'economy',
    gloss_zh: '企业设在境外、先批量备货再按订单就地发货的仓库',
    explanation_zh:
      '企业按一般贸易方式把商品批量出口到境外的仓库，接到订单后再从当地仓库送到买家手中。它缩短了跨境电商的配送时间，被看作保障跨境物流供应链稳定的新型基础设施。',
    english: { text: 'overseas warehouse', official: false },
    gloss_en: 'a warehouse abroad stocked in advance for online orders',
    explanation_en:
      'A warehouse abroad to which a company exports goods in bulk as ordinary trade, then delivers to local buyers from it as orders come in. It shortens delivery for cross-border e-commerce and is treated as new infrastructure for stable cross-border supply chains.',
    related: ['kua-jing-dian-shang'],
    sources: [{ url: 'https://scholarmate.com/S/ZNUeMd', publisher: 'scholarmate.com（期刊文章摘要）', note: 'abstract of a journal article citing 2021 figures' }],
    status: 'verified',
  },
  {
    id: 'chuang-xin-ji-fen-zhi',
    term: '创新积分制',
    aliases: ['企业创新积分制'],
    scope: 'national',
    period: { from: 2020 },
    category: 'technology',
    gloss_zh: '按数据给企业创新能力打分，引导贷款和政策投向高分企业',
    explanation_zh:
      '科技部火炬中心推行的做法：从科技、税务、市场监管等部门直接抓取数据，给科技企业的创新能力量化打分，再据此精准推送政策，引导银行发放“创新积分贷”。2020年12月在13个国家高新区首批试点，2024年8月扩展到全国试行。',
    english: { text: 'innovation points system', official: false },
    gloss_en: 'scoring firms’ innovation from official data to steer loans and support',
    explanation_en:
      'A scheme of the science ministry’s Torch Centre: data drawn directly from the science, tax and market regulators give each technology company a score for its innovation, which then guides policy support and bank “innovation points loans”. It began as a pilot in 13 national high-tech zones in December 2020 and was extended to the whole country on a trial basis in August 2024.',
    related: ['gao-xin-qu', 'ke-ji-xing-zhong-xiao-qi-ye'],
    sources: [
      { url: 'https://workercn.cn/papers/grrb/2024/11/25/4/news-1.html', publisher: '工人日报', date: '2024-11-25' },
      { url: 'http://www.slrbs.com/news/guonei/2025-03-21/1615840.html', publisher: 'slrbs.com（转人民日报）', date: '2025-03-21' },
    ],
    status: 'verified',
  },
  {
    id: 'gai-nian-yan-zheng-zhong-xin',
    term: '概念验证中心',
    aliases: [],
    scope: 'national',
    category: 'technology',
    gloss_zh: '在实验室成果和产品开发之间检验技术和商业可行性的平台',
    explanation_zh:
      '为早期科研成果做“从0到1”验证的机构：看一项技术能不能做、值不值得做，提供资金、测试、样机和商业化辅导，被称为成果转化的“最初一公里”。国家2017年在技术转移体系方案中首次提出，二十届三中全会和2025年政府工作报告都要求加快建设概念验证、中试验证平台。',
    english: { text: 'proof-of-concept centre', official: false },
    gloss_en: 'a platform that tests whether lab results can become products',
    explanation_en:
      'A body that tests early research results from zero to one, asking whether a technology can be made and is worth making, with funding, testing, prototypes and business advice; it is called the first mile of turning research into products. A 2017 national plan on technology transfer first named it, and both the 2024 Third Plenum decision and the 2025 government work report call for more proof-of-concept and pilot-testing platforms.',
    related: ['cheng-guo-zhuan-hua', 'xin-zhi-sheng-chan-li'],
    sources: [
      { url: 'http://www.nssti.cn/zszq/info_itemid_3493.html', publisher: 'nssti.cn（科技服务机构）', date: '2025-03' },
      { url: 'https://www.10100.com/article/69887576', publisher: '10100.com（转载评论）', date: '2025-03', note: 'reprint' },
      { url: 'https://casgenfire.com/application/article?id=621', publisher: '中科智汇工场', date: '2024-10-10' },
    ],
    status: 'verified',
  },
  {
    id: 'ling-tan-yuan-qu',
    term: '零碳园区',
    aliases: ['国家级零碳园区'],
    scope: 'national',
    period: { from: 2025 },
    category: 'ecology',
    gloss_zh: '二氧化碳排放降到近零、具备进一步达到净零条件的产业园区',
    explanation_zh:
      '指通过规划设计、技术和管理，使园区生产生活的二氧化碳排放降至近零，并具备进一步达到净零条件的园区。2025年7月国家发展改革委等三部门发文启动建设，要求以绿电直供等方式大幅提高非化石能源比重；同年12月公布首批52个国家级零碳园区建设名单。',
    english: { text: 'zero-carbon industrial park', official: false },
    gloss_en: 'an industrial park with near-zero carbon emissions',
    explanation_en:
      'An industrial park whose carbon dioxide emissions from production and daily life are cut to near zero through planning, technology and management, ready to reach net zero. Three national agencies led by the NDRC launched the programme in July 2025, relying on direct supply of green power among other means, and named the first 52 national zero-carbon parks that December.',
    related: ['shuang-tan', 'lv-se-yuan-qu', 'feng-guang-chu-qing'],
    sources: [
      { url: 'https://zxpx.org.cn/contents/29/6995.html', publisher: '中建政研（解读国家发展改革委通知）', date: '2025-07-10' },
      { url: 'https://epaper.gmw.cn/gmrb/html/2025-12/27/nw.D110000gmrb_20251227_3-04.htm', publisher: '光明日报', date: '2025-12-27', page: '第4版' },
    ],
    status: 'verified',
  },
  {
    id: 'di-kong-kong-yu-guan-li-gai-ge-shi-dian',
    term: '低空空域管理改革试点',
    aliases: ['全域低空空域管理改革试点', '低空空域管理改革试点拓展', '全域低空飞行试点'],
    scope: 'hunan',
    period: { from: 2020 },
    category: 'infrastructure',
    gloss_zh: '湖南作为全国首个全省域开放3000米以下低空空域的改革试点',
    explanation_zh:
      '湖南的试点实施方案于2020年9月获批，是全国第一个全省域低空开放的试点省份：在3000米以下空域建立军民协同、灵活转换的使用机制，用北斗、5G等新技术补齐通航飞行监管设施，并设长沙飞行服务站为全省通航飞行提供服务。它被看作湖南发展通用航空和低空经济的先手条件。',
    english: { text: 'pilot reform of low-altitude airspace management', official: false },
    gloss_en: 'Hunan’s province-wide trial opening airspace below 3,000 m',
    explanation_en:
      'Hunan’s plan, approved in September 2020, made it the first province to open low-altitude airspace across its whole territory: airspace below 3,000 metres is shared flexibly between military and civil users, supervision gaps are filled with BeiDou, 5G and other technology, and a Changsha flight service station serves general aviation across the province. It is seen as Hunan’s head start in general aviation and the low-altitude economy.',
    related: ['di-kong-jing-ji', 'tong-yong-hang-kong', 'gan-zhi-tong', 'tian-di-ren-he'],
    sources: [
      { url: 'https://hn.rednet.cn/content/2020/12/11/8698366.html', publisher: '红网', date: '2020-12-11' },
      { url: 'https://sino-light-aircraft.com/?p=1751', publisher: 'sino-light-aircraft.com（转湖南省政府新闻发布会内容）', note: 'industry site summarising the provincial briefings; year not shown' },
    ],
    status: 'verified',
  },
  {
    id: 'gan-zhi-tong',
    term: '干支通',
    aliases: ['干、支、通', '干线、支线、通用'],
    scope: 'hunan',
    period: { from: 2020 },
    category: 'infrastructure',
    gloss_zh: '干线、支线、通用航空三类航线互相串飞的航路网络',
    explanation_zh:
      '湖南低空空域改革要构建的“干、支、通”无障碍串飞航路航线网络：干线航空、支线航空和通用航空的航线纵横贯通、全省成网，飞机可以在三者之间串飞。',
    english: { text: 'trunk, regional and general aviation network', official: false },
    gloss_en: 'linking trunk, regional and general-aviation routes into one network',
    explanation_en:
      'The route network Hunan’s low-altitude airspace reform aims to build: trunk airline, regional airline and general-aviation routes joined into one province-wide web so that aircraft can fly across all three without obstacles.',
    items: [
      { zh: '干线', en: 'trunk routes' },
      { zh: '支线', en: 'regional routes' },
      { zh: '通用', en: 'general aviation' },
    ],
    related: ['di-kong-kong-yu-guan-li-gai-ge-shi-dian', 'tong-yong-hang-kong'],
    sources: [{ url: 'https://hn.rednet.cn/content/2020/12/11/8698366.html', publisher: '红网', date: '2020-12-11' }],
    status: 'verified',
  },
  {
    id: 'tian-di-ren-he',
    term: '天地人和',
    aliases: [],
    quotedOnly: ['天地人和'],
    // 天地人和: a set phrase (harmony of heaven, earth and people) before it is a brand.
    strictlyQuoted: ['天地人和'],
    scope: 'hunan',
    period: { from: 2020 },
    category: 'infrastructure',
    gloss_zh: '湖南通航发展模式：建天网、地网、人网三张网',
    explanation_zh:
      '湖南省通用航空发展有限公司提出的通航发展模式：搭建低空协同运行管理的“天网”，建设通用机场等基础设施的“地网”，构建通航飞行服务的“人网”，三网融合带动通航制造、飞行服务等产业。',
    english: { text: 'sky, ground and people in harmony', official: false },
    gloss_en: 'Hunan’s general-aviation model of three networks: sky, ground and service',
    explanation_en:
      'The model for general aviation put forward by Hunan’s provincial general-aviation company: a “sky network” for coordinated low-altitude traffic management, a “ground network” of airports and other facilities, and a “people network” of flight services, merged to drive aircraft manufacturing and flight services.',
    items: [
      { zh: '天网', en: 'sky network: low-altitude traffic management' },
      { zh: '地网', en: 'ground network: general-aviation facilities' },
      { zh: '人网', en: 'people network: flight services' },
    ],
    related: ['di-kong-kong-yu-guan-li-gai-ge-shi-dian', 'tong-yong-ji-chang'],
    sources: [{ url: 'https://hn.rednet.cn/content/2020/12/11/8698366.html', publisher: '红网', date: '2020-12-11' }],
    status: 'verified',
  },
  {
    id: 'po-ling-bei-zeng',
    term: '破零倍增',
    aliases: ['外贸破零倍增'],
    scope: 'hunan',
    category: 'economy',
    gloss_zh: '让没做过外贸的企业实现进出口，有外贸的企业进出口翻番',
    explanation_zh:
      '湖南商务部门推动外贸增长的工作：帮助从未有过进出口的企业实现第一笔进出口（破零），推动已有外贸的企业进出口额倍增。2019年上半年全省破零企业超过800家、倍增企业超过600家，新增进出口额约占全省总额两成。',
    english: { text: 'first trade and doubling', official: false },
    gloss_en: 'getting firms to export for the first time and doubling others’ trade',
    explanation_en:
      'A Hunan commerce drive to grow foreign trade: helping firms that have never imported or exported make their first deal (“breaking zero”) and pushing firms that already trade to double their volume. In the first half of 2019 over 800 firms broke zero and over 600 doubled, adding about a fifth of the province’s trade.',
    related: ['kua-jing-dian-shang', 'xiang-qi-chu-hai'],
    sources: [
      { url: 'http://epaper.voc.com.cn/sxdsb/html/2019-07/16/content_1400607.htm?div=-1', publisher: '三湘都市报', date: '2019-07-16' },
      { url: 'http://hn.news.cn/20230907/f6f69e33e2b64b88a5941958fb5e2f23/c.html', publisher: '新华网湖南频道（转湖南日报）', date: '2023-09-07' },
    ],
    status: 'partial',
    missing: 'The year the drive began and the exact test for “doubling” are not in the pages read.',
    missing_zh: '所读页面没有说明这项工作的起始年份和“倍增”的具体认定标准。',
  },
  {
    id: 'huo-ju-ji-hua',
    term: '火炬计划',
    aliases: ['中国火炬计划'],
    scope: 'national',
    category: 'technology',
    gloss_zh: '国家推动高新技术成果商品化、产业化的长期计划',
    explanation_zh:
      '由火炬高技术产业开发中心（1989年成立，原属科技部，2023年机构改革后划归工业和信息化部）实施的国家计划，推动高新技术成果商品化、产业化，统筹国家高新区、科技企业孵化器和众创空间等创新创业载体。高新区和孵化器门口常见的火炬标志即来自它。',
    english: { text: 'Torch Program', official: true },
    gloss_en: 'China’s long-running programme to commercialise high technology',
    explanation_en:
      'A national programme run by the Torch High Technology Industry Development Center (set up in 1989 under the science ministry and moved to the industry ministry in the 2023 reorganisation) to turn high-tech results into products and industries; it oversees national high-tech zones, incubators and maker spaces. The torch logo at high-tech zones and incubators comes from it.',
    related: ['gao-xin-qu', 'chuang-xin-ji-fen-zhi', 'gao-xin-ji-shu-qi-ye'],
    sources: [
      { url: 'https://www.1681989.com/tgyx/767717.html', publisher: '1681989.com（火炬中心介绍）', note: 'secondary summary page, 2025' },
      { url: 'https://fx361.cc/page/2017/0929/13555254.shtml', publisher: '中国科技财富（科技日报副社长房汉廷文）', date: '2017-09-29' },
    ],
    status: 'partial',
    missing: 'The year the Torch Program itself was launched is not in the pages read.',
    missing_zh: '所读页面没有写明火炬计划本身的启动年份。',
  },
];
