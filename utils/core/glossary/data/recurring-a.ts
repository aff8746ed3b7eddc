import type { GlossaryEntry, Source } from '../types';

/*
 * How these terms were chosen: by document frequency, not by mining one article at a time.
 * About 60 searches of stored public web pages (Chinese queries on Zhuzhou, Hunan and local-news
 * topics, 2012–2026: industry and parks, investment drives, rural revitalisation, livelihood,
 * urban renewal, Party building, the CPPCC and people's congresses, education, health, transport,
 * culture and tourism, ecology, grassroots governance, the business environment, discipline,
 * flood control) gave 205 distinct pages after the pages the real-news bench measures were left
 * out. For every page the quoted phrases and policy jargon were listed; each phrase was then
 * counted by the number of distinct pages using it, and phrases the glossary already explains,
 * CC-CEDICT words and names of organisations, places and events were dropped. What remained was
 * read by eye, most frequent first, and kept when an overseas reader would need it explained.
 * The comment above each entry gives the number of the 205 pages on which one of its forms was
 * noted (a lower bound: phrases were listed by reading, not by a full-text count); two terms
 * noted once (清廉湖南, 株事好商量) are kept as standing programme names of the province and of
 * Zhuzhou's CPPCC.
 * Most terms were then searched once more to find what they mean, and the pages read for that
 * are the entry's sources. Wording is ours.
 */

const RENMIN_TIANXIN_2023: Source = {
  url: 'http://paper.people.com.cn/rmrb/html/2023-12/15/nw.D110000renmrb_20231215_6-11.htm',
  publisher: '人民日报',
  date: '2023-12-15',
};

const HUNAN_CPPCC_1453: Source = {
  url: 'https://hn.rednet.cn/m/content/646755/98/13232259.html',
  publisher: '红网（湖南政协新闻）',
  date: '2023',
};

const TOURISM_CONFERENCE_2022: Source = {
  url: 'http://cixi.17car.com.cn/cixi/2022/1119/325226.html',
  publisher: '红网（转载）',
  date: '2022-11-19',
  note: 'reprint of a Red Net report on the first Hunan tourism development conference',
};

const TOURISM_CONFERENCE_2025: Source = {
  url: 'https://tour.rednet.cn/m/content/646943/56/15276870.html',
  publisher: '红网',
  date: '2025-09-12',
};

const HENGYANG_CONFERENCE_2024: Source = {
  url: 'http://gubaf10.eastmoney.com/news,cjpl,1428056807.html',
  publisher: '中国新闻网（东方财富转载）',
  date: '2024-05-20',
  note: 'reprint of a China News Service report',
};

const CLEAN_HUNAN: Source = {
  url: 'http://aysgsl.com/index.php/newsinfo/1289.html',
  publisher: '湖南日报（转载）',
  note: 'reprint of a Hunan Daily report on the Clean Hunan assessment; date not shown',
};




const HUNAN_DEPUTY_STATIONS_2026: Source = {
  url: 'https://us.usy7.cc/usyoFlLe4/qvRU2_7349647.doc',
  publisher: '中国新闻网（转载）',
  date: '2026-02-02',
  note: 'mirror of a China News Service report on the Hunan people’s congress',
};



/** Recurring policy terms of local Hunan and Zhuzhou news, chosen by how many pages use them. */
export const RECURRING_A: readonly GlossaryEntry[] = [
  // pages: 10
  {
    id: 'hu-nan-lv-you-fa-zhan-da-hui',
    term: '湖南旅游发展大会',
    aliases: ['旅发大会', '省旅发大会', '湖南旅发大会', '湖南省旅游发展大会', '省旅游发展大会'],
    scope: 'hunan',
    period: { from: 2022 },
    category: 'culture',
    gloss_zh: '湖南省委、省政府主办，每年由一个市州承办的全省旅游盛会',
    explanation_zh:
      '湖南从2022年起每年举办全省旅游发展大会，由市州竞争申办，主体活动一般是开幕式暨文化旅游推介会、文旅项目观摩和旅游产业发展推进会。首届在张家界，其后郴州、衡阳、岳阳、怀化、湘潭相继承办，自2025年起每年办两届；一些市县也仿照举办本级的“旅发大会”。',
    explanation_en:
      'Since 2022 Hunan has held a province-wide tourism development conference every year, hosted by a city that bids for it; the core events are an opening show with a tourism promotion, tours of new tourism projects and a meeting on the industry. Zhangjiajie hosted the first, followed by Chenzhou, Hengyang, Yueyang, Huaihua and Xiangtan, and from 2025 there are two a year; some cities and counties hold their own smaller versions.',
    english: { text: 'Hunan Tourism Development Conference', official: false },
    gloss_en: 'Hunan’s yearly tourism conference, hosted in turn by its cities',
    related: ['ban-yi-ci-hui-xing-yi-zuo-cheng', 'shi-jie-lv-you-mu-di-di', 'quan-yu-lv-you', 'wen-lv-rong-he'],
    sources: [
      TOURISM_CONFERENCE_2022,
      HENGYANG_CONFERENCE_2024,
      { url: 'http://szyanying.com/a/352.html', publisher: '澎湃新闻（转载）', date: '2025-05-25', note: 'reprint of a Paper report on the fourth conference' },
      TOURISM_CONFERENCE_2025,
      { url: 'https://reportify.ai/news/1218816315813400576', publisher: '三湘都市报（新浪财经转载）', date: '2026-02-10' },
    ],
    status: 'verified',
  },
  // pages: 2
  {
    id: 'ban-yi-ci-hui-xing-yi-zuo-cheng',
    term: '办一次会、兴一座城',
    aliases: ['办一次会兴一座城'],
    scope: 'hunan',
    period: { from: 2022 },
    category: 'culture',
    gloss_zh: '湖南旅发大会的口号：借办一次大会带动承办城市的建设',
    explanation_zh:
      '湖南决定每年举办旅游发展大会时提出，要“办一次会、兴一座城”，让承办城市借大会集中建设文旅项目、整治街巷和城市风貌。2025年的大会又提出“办会兴城、办会兴业、办会惠民”。',
    explanation_en:
      'When Hunan decided to hold a tourism conference every year it set this aim: the host city should use the event to build tourism projects and tidy its streets and townscape. The 2025 conference restated it as hosting the conference to lift the city, its businesses and its residents.',
    english: { text: 'host one conference, revive one city', official: false },
    gloss_en: 'use each tourism conference to upgrade the city that hosts it',
    related: ['hu-nan-lv-you-fa-zhan-da-hui'],
    sources: [
      TOURISM_CONFERENCE_2022,
      { url: 'http://hnbadao.com/hkcdweb/content/2022/08/24/content_1360496.html', publisher: '香港商报（转载）', date: '2022-08-24', note: 'mirror of a Hong Kong Commercial Daily report' },
      TOURISM_CONFERENCE_2025,
    ],
    status: 'verified',
  },
  // pages: 5
  {
    id: 'sheng-yu-fu-zhong-xin-cheng-shi',
    term: '省域副中心城市',
    aliases: [],
    scope: 'hunan',
    period: { from: 2021 },
    category: 'planning',
    gloss_zh: '省内仅次于省会的区域中心城市，湖南指岳阳和衡阳',
    explanation_zh:
      '湖南省委关于“十四五”规划的建议提出构建“一核两副三带四区”区域格局，其中“两副”就是建设岳阳、衡阳两个省域副中心城市，支持岳阳建长江经济带绿色发展示范区、衡阳建现代产业强市。两市的报告和规划常以“加快省域副中心城市建设”为目标。',
    explanation_en:
      'Hunan’s proposal for the 14th Five-Year Plan laid out a regional pattern of “one core, two sub-centres, three belts and four zones”; the two sub-centres are Yueyang and Hengyang, the cities meant to rank next to Changsha. Their reports and plans often state the goal of building themselves up as provincial sub-centre cities.',
    english: { text: 'provincial sub-centre city', official: false },
    gloss_en: 'a second-tier regional hub of the province: in Hunan, Yueyang and Hengyang',
    related: ['chang-zhu-tan', 'shi-si-wu'],
    sources: [
      { url: 'https://www.thepaper.cn/newsDetail_forward_10374047?commTag=true', publisher: '澎湃新闻', date: '2020-12-12' },
      { url: 'https://hy.rednet.cn/m/content/2020/12/22/8741714.html', publisher: '红网衡阳站', date: '2020-12-22' },
      { url: 'https://yueyang.gov.cn/zwdt/content_2337220.html', publisher: '岳阳日报（岳阳市政府网）', date: '2025-12-16' },
    ],
    status: 'verified',
  },
  // pages: 4
  {
    id: 'hunan-zheng-xie-1453',
    term: '1453',
    aliases: ['1453履职总要求', '1453履职实践', '1453履职重点'],
    quotedOnly: ['1453'],
    scope: 'hunan',
    period: { from: 2023 },
    category: 'united-front',
    gloss_zh: '十三届湖南省政协的履职总要求：一条主线、四项重点、五个品牌、三项机制',
    explanation_zh:
      '“1”是省委确定的主题主线——锚定“三高四新”美好蓝图、加快推动高质量发展；“4”是助推省政府的四项重点工作：营商环境优化、湘商回归、经营主体培育和科技创新。“5”指持续打造的五个政协工作品牌（如政协云、委员工作室），“3”指三项服务保障机制。',
    explanation_en:
      'The 1 is the main line set by the provincial Party committee: keep to the “three highlands, four new” blueprint and speed up high-quality growth; the 4 are four government priorities the CPPCC backs: the business environment, bringing Hunan entrepreneurs home, growing market entities and technology. The 5 are five CPPCC work brands (such as the CPPCC Cloud and members’ studios) and the 3 are three support mechanisms.',
    english: { text: 'the “1453” duty guideline of the Hunan CPPCC', official: false },
    gloss_en: 'Hunan CPPCC’s work formula: one main line, four priorities, five brands, three mechanisms',
    related: ['san-gao-si-xin', 'xiang-shang-hui-gui', 'jing-ying-zhu-ti'],
    sources: [
      HUNAN_CPPCC_1453,
      { url: 'http://www.cppcc.gov.cn/zxww/2023/11/14/ARTI1699924036844114.shtml', publisher: '人民政协报', date: '2023-11-14' },
      { url: 'https://www.farmer.com.cn/2025/01/12/99974325.html', publisher: '农民日报', date: '2025-01-12' },
    ],
    status: 'partial',
    missing: 'the full names of the five work brands and the three support mechanisms were not found; only some brands are named in the reports read',
    missing_zh: '五个工作品牌和三项服务保障机制的完整名称未查到，所读报道只点到部分品牌',
  },
  // pages: 3
  {
    id: 'shen-zai-hu-nan-ban-shi-bu-nan',
    term: '身在湖南、办事不难',
    aliases: ['身在湖南办事不难'],
    scope: 'hunan',
    category: 'governance',
    gloss_zh: '湖南政务服务的口号：在湖南办事不犯难',
    explanation_zh:
      '湖南以“一件事一次办”“高效办成一件事”和“湘易办”平台等改革为抓手，提出让企业和群众“身在湖南、办事不难”，并要求这句话“一竿到底、直达基层”。政府报告和企业座谈常用它衡量营商环境。',
    explanation_en:
      'Hunan uses reforms such as “get one thing done in one visit”, “get one thing done efficiently” and the Xiangyiban app to promise firms and residents that being in Hunan means getting things done without trouble, down to the lowest level. Government reports and business forums use the phrase as a yardstick for the business environment.',
    english: { text: 'in Hunan, getting things done is not hard', official: false },
    gloss_en: 'Hunan’s promise that dealing with government is easy',
    related: ['yi-jian-shi-yi-ci-ban', 'gao-xiao-ban-cheng-yi-jian-shi', 'xiang-yi-ban', 'ying-shang-huan-jing'],
    sources: [
      { url: 'http://m.acorahome.com/topic/yjsycb/wdbsgs/202203/t20220328_22724308.html', publisher: '湖南省政府门户网站（转载）', date: '2022-03-28', note: 'mirror of a Hunan government portal series' },
      { url: 'https://tunbaike.com/news/yXGgqpZ1z4.html', publisher: '新湖南客户端（转载）', date: '2025-03-18' },
      { url: 'http://www.y2576.cn/news/202601/31296269.html', publisher: '湖南日报（转载）', date: '2026-01', note: 'mirror of a Hunan Daily report on the 2025 livelihood projects' },
    ],
    status: 'verified',
  },
  // pages: 2
  {
    id: 'xiang-yi-ban',
    term: '湘易办',
    aliases: ['湘易办APP', '湘易办政务版'],
    scope: 'hunan',
    category: 'governance',
    gloss_zh: '湖南省统一的移动政务服务平台',
    explanation_zh:
      '“湘易办”是湖南企业、群众和公务人员“掌上办事”的总入口，被称为优化营商环境的总平台、数字政府建设的总引擎；政务版供机关内部办文办会。多项“高效办成一件事”事项已接入。',
    explanation_en:
      'Xiangyiban is Hunan’s single mobile entry for firms, residents and civil servants to handle government business; officials call it the main platform for the business environment and the engine of digital government, and a civil-service edition handles internal paperwork. Many “get one thing done efficiently” services now run through it.',
    english: { text: 'Xiangyiban (Hunan government services app)', official: false },
    gloss_en: 'Hunan’s province-wide government services app',
    related: ['gao-xiao-ban-cheng-yi-jian-shi', 'shen-zai-hu-nan-ban-shi-bu-nan', 'yi-jian-shi-yi-ci-ban'],
    sources: [
      { url: 'https://admin.shaoyang.gov.cn/shaoyang/zdmsss1/202307/89857b10d5e2480db04aab3d3e0f00ea.shtml', publisher: '邵阳市人民政府', date: '2023-07' },
      { url: 'https://tunbaike.com/news/yXGgqpZ1z4.html', publisher: '新湖南客户端（转载）', date: '2025-03-18' },
      { url: 'http://www.y2576.cn/news/202601/31296269.html', publisher: '湖南日报（转载）', date: '2026-01', note: 'mirror of a Hunan Daily report' },
    ],
    status: 'verified',
  },
  // pages: 2
  {
    id: 'shi-jie-lv-you-mu-di-di',
    term: '世界旅游目的地',
    aliases: ['世界知名旅游目的地'],
    scope: 'hunan',
    period: { from: 2021 },
    category: 'culture',
    gloss_zh: '湖南把自己建成世界级旅游目的地的目标',
    explanation_zh:
      '湖南省第十二次党代会提出实施全域旅游战略、建设世界知名旅游目的地，此后旅游发展大会等工作都以“加快建设世界旅游目的地”为方向，与文化强省并提。',
    explanation_en:
      'Hunan’s 12th Party congress called for an all-area tourism strategy and for making the province a world-famous tourist destination; since then the yearly tourism conferences and related work have aimed at this, alongside becoming a strong cultural province.',
    english: { text: 'world tourist destination', official: false },
    gloss_en: 'Hunan’s goal of becoming a world-class tourist destination',
    related: ['hu-nan-lv-you-fa-zhan-da-hui', 'quan-yu-lv-you', 'wen-lv-rong-he'],
    sources: [
      { url: 'https://fx361.cc/page/2022/0530/22024215.shtml', publisher: '期刊文章（fx361转载）', date: '2022-05-30' },
      TOURISM_CONFERENCE_2022,
      TOURISM_CONFERENCE_2025,
    ],
    status: 'verified',
  },
  // pages: 3
  {
    id: 'san-xiang-si-shui-xiang-yue-hu-nan',
    term: '三湘四水·相约湖南',
    aliases: ['三湘四水相约湖南'],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '湖南的旅游宣传口号和品牌',
    explanation_zh:
      '“三湘四水·相约湖南”是湖南的旅游品牌口号，旅发大会承办城市常把它和本地口号连用，如衡阳的“三湘四水 相约湖南；寿比南山 雁鸣衡阳”。',
    explanation_en:
      '“Meet in Hunan, land of the three Xiang and four rivers” is the province’s tourism slogan; cities hosting the tourism conference pair it with their own line, as Hengyang did with one about Mount Heng and its wild geese.',
    english: { text: 'Three Xiang, Four Rivers: Meet in Hunan', official: false },
    gloss_en: 'Hunan’s tourism slogan',
    related: ['san-xiang-si-shui', 'hu-nan-lv-you-fa-zhan-da-hui'],
    sources: [HENGYANG_CONFERENCE_2024, { url: 'https://xxonl.com/?p=3781', publisher: '转载（湖南旅发大会新闻发布会报道）', date: '2024-05-19' }, TOURISM_CONFERENCE_2025],
    status: 'verified',
  },
  // pages: 3
  {
    id: 'zhi-zao-li-shi-wen-lv-xing-cheng',
    term: '制造立市、文旅兴城',
    aliases: ['制造立市文旅兴城'],
    scope: 'hunan',
    category: 'strategy',
    gloss_zh: '衡阳市的发展战略：靠制造业立市，靠文旅振兴城市',
    explanation_zh:
      '衡阳“十四五”以来实施“制造立市、文旅兴城”发展战略，一边做大制造业，一边借南岳衡山、湖湘文化和承办省旅发大会发展文旅，并计划在“十五五”继续推进。',
    explanation_en:
      'Since the 14th Five-Year period Hengyang has pursued this strategy: build the city on manufacturing and revive it through culture and tourism, drawing on Mount Heng, Huxiang culture and its turn hosting the provincial tourism conference. The city plans to keep it through the 15th Five-Year period.',
    english: { text: 'manufacturing to found the city, culture and tourism to make it thrive', official: false },
    gloss_en: 'Hengyang’s strategy: a manufacturing base plus culture and tourism',
    related: ['sheng-yu-fu-zhong-xin-cheng-shi', 'hu-nan-lv-you-fa-zhan-da-hui', 'heng-yang-qun-zhong'],
    sources: [
      { url: 'https://hytyzx.gov.cn:443/xwzx/ywbd/bd/296384.htm', publisher: '衡阳市委统战部（掌上衡阳）', date: '2024-12-10' },
      { url: 'http://cn.office369.com/news/show-2599286.html', publisher: '衡阳发布（转载）', date: '2025-12-08' },
      { url: 'https://www.163.com/dy/article/KDOU13B905561281.html', publisher: '网易号（规划方案文章）', note: 'weak source: a self-media planning essay' },
    ],
    status: 'verified',
  },
  // pages: 2
  {
    id: 'heng-yang-qun-zhong',
    term: '衡阳群众',
    aliases: ['衡阳群众志愿者'],
    quotedOnly: ['衡阳群众'],
    scope: 'hunan',
    period: { from: 2019 },
    category: 'governance',
    gloss_zh: '衡阳市的群防群治志愿者品牌，身穿红马甲',
    explanation_zh:
      '衡阳把各类志愿者、社区网格员等统一注册为“衡阳群众”，穿红马甲劝导文明、调解纠纷、巡逻守护平安，还可提供治安线索，人数过百万。名字呼应北京的“朝阳群众”，有“北有朝阳群众，南有衡阳群众”之说。',
    explanation_en:
      'Hengyang registers its volunteers, community grid workers and others under one brand, the Hengyang Masses; in red vests they promote civility, settle disputes, patrol and pass tips to the police, and number over a million. The name echoes Beijing’s “Chaoyang masses”, the famous citizen informants.',
    english: { text: 'Hengyang Masses (volunteer brand)', official: false },
    gloss_en: 'Hengyang’s red-vested volunteers for civility and public safety',
    related: ['wang-ge-hua-guan-li', 'xin-shi-dai-wen-ming-shi-jian'],
    sources: [
      { url: 'https://news.china.com/social/1007/20201201/39025699.html', publisher: '人民日报（中华网转载）', date: '2020-12-01' },
      { url: 'http://m.studyofnet.com/422175509.html', publisher: '耒阳新闻（转载）', note: 'reprint of a Leiyang report' },
      { url: 'https://hengyang.baojie1680.com/news/11762.html', publisher: '转载（衡阳珠晖区报道）', date: '2020-06-02' },
    ],
    status: 'verified',
  },
  // pages: 2
  {
    id: 'zou-bian-wu-da-zhou-zui-mei-you-chen-zhou',
    term: '走遍五大洲，最美有郴州',
    aliases: ['走遍五大洲最美有郴州'],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '郴州的城市旅游口号',
    explanation_zh: '郴州的旅游宣传口号，意思是走遍世界，最美的还是郴州；市领导推介东江湖、莽山、沙洲村等景点时常用，郴州也承办了第二届湖南旅发大会。',
    explanation_en:
      'Chenzhou’s tourism slogan: travel all five continents and Chenzhou is still the most beautiful. City leaders use it when promoting Dongjiang Lake, Mangshan and Shazhou village; Chenzhou hosted the second Hunan tourism conference.',
    english: { text: 'travel five continents, Chenzhou is the most beautiful', official: false },
    gloss_en: 'Chenzhou’s tourism slogan',
    related: ['ban-tiao-bei-zi', 'hu-nan-lv-you-fa-zhan-da-hui'],
    sources: [
      { url: 'https://fx361.cc/page/2022/0530/22024215.shtml', publisher: '期刊文章（fx361转载）', date: '2022-05-30' },
      { url: 'https://m.xinb2b.cn/sport/bhc469277.html', publisher: '转载（郴州文旅报道）', date: '2024-11-05' },
    ],
    status: 'partial',
    missing: 'not a numbered slogan: 五大洲 means the five continents of the world, so there are no items to list; when the slogan was first used was not found',
    missing_zh: '这不是编号口号：“五大洲”指世界各大洲，没有可列的条目；口号何时提出未查到',
  },
  // pages: 2
  {
    id: 'ban-tiao-bei-zi',
    term: '半条被子',
    aliases: ['半条被子的温暖', '半条被子的故事'],
    quotedOnly: ['半条被子'],
    scope: 'hunan',
    period: { from: 2016 },
    category: 'culture',
    gloss_zh: '红军女战士把仅有的被子剪下一半留给汝城老乡的故事',
    explanation_zh:
      '1934年11月，三名女红军借宿郴州汝城县沙洲村徐解秀家，离开时把仅有的一条被子剪下一半留给她。习近平2016年在纪念红军长征胜利80周年大会上讲述这个故事，2020年到沙洲村考察，此后沙洲村成为红色旅游和党性教育地。',
    explanation_en:
      'In November 1934 three women of the Red Army stayed with Xu Jiexiu in Shazhou village, Rucheng county (Chenzhou), and on leaving cut their only quilt in two and gave her half. Xi Jinping told the story at the 80th anniversary of the Long March in 2016 and visited the village in 2020; it is now a red-tourism and Party-education site.',
    english: { text: 'half a quilt', official: false },
    gloss_en: 'the Red Army story of half a quilt left with a Rucheng villager',
    related: ['ge-ming-lao-qu'],
    sources: [
      { url: 'https://fx361.cc/page/2022/0530/22024215.shtml', publisher: '期刊文章（fx361转载）', date: '2022-05-30' },
      { url: 'https://m.xinb2b.cn/sport/bhc469277.html', publisher: '转载（郴州文旅报道）', date: '2024-11-05' },
    ],
    status: 'verified',
  },
  // pages: 2
  {
    id: 'dang-jian-ju-he-li',
    term: '党建聚合力',
    aliases: ['党建聚合力工程'],
    scope: 'hunan',
    period: { from: 2021 },
    category: 'party-building',
    gloss_zh: '长沙以党建引领城市基层治理的工程',
    explanation_zh:
      '长沙自2021年起实施“党建聚合力”工程，推进城市基层党建引领基层治理，如天心区为快递外卖小哥建“红色之家”、推行片长组长邻长“三长制”、以党建联结医疗集团下沉社区。',
    explanation_en:
      'Since 2021 Changsha has run this programme of urban grassroots Party building that leads local governance: Tianxin district, for one, opened “red homes” for couriers and delivery riders, set up the three-head system of area, group and neighbour heads and sent hospital doctors into communities.',
    english: { text: 'Party-building cohesion project (Changsha)', official: false },
    gloss_en: 'Changsha’s programme of Party-led community governance',
    related: ['dang-jian-yin-ling', 'san-zhang-zhi'],
    sources: [RENMIN_TIANXIN_2023, { url: 'https://reportify.ai/tags/concept?tagValue=%E5%85%9A%E5%BB%BA%E8%81%9A%E5%90%88%E5%8A%9B', publisher: '长沙晚报（摘要）', date: '2025-07-01', note: 'English summary of a Changsha Evening News report' }],
    status: 'verified',
  },
  // pages: 2
  {
    id: 'san-zhang-zhi',
    term: '三长制',
    aliases: ['片组邻三长制'],
    quotedOnly: ['邻长'],
    scope: 'hunan',
    category: 'governance',
    gloss_zh: '片长、组长、邻长分层联系群众的基层治理办法',
    explanation_zh:
      '长沙天心区推行片、组、邻“三长制”：村（社区）干部任片长，村（居）民小组长任组长，村（居）民代表任邻长，分层联系住户、摸排问题、反映诉求。湖南人大也组织“人大代表+邻长”进站履职。',
    explanation_en:
      'Changsha’s Tianxin district introduced three tiers of heads: village or community cadres act as area heads, residents’ group leaders as group heads and residents’ representatives as neighbour heads, each keeping in touch with households, finding problems and passing on complaints. Hunan’s congress also has deputies and neighbour heads meet the public together.',
    english: { text: 'three-head system (area, group and neighbour heads)', official: false },
    gloss_en: 'area, group and neighbour heads who keep in touch with households',
    items: [
      { zh: '片长', en: 'area head' },
      { zh: '组长', en: 'group head' },
      { zh: '邻长', en: 'neighbour head' },
    ],
    related: ['dang-jian-ju-he-li', 'wang-ge-hua-guan-li'],
    sources: [RENMIN_TIANXIN_2023, HUNAN_DEPUTY_STATIONS_2026],
    status: 'verified',
  },
  // pages: 1
  {
    id: 'qing-lian-hu-nan',
    term: '清廉湖南',
    aliases: ['清廉湖南建设'],
    scope: 'hunan',
    category: 'discipline',
    gloss_zh: '湖南的廉政建设总工程，分为清廉乡村、清廉医院等单元',
    explanation_zh:
      '清廉湖南建设的目标是干部清正、政府清廉、政治清明、社会清朗，强调“四责协同”，并建立考核体系，对市州和省直单位分类考核。各地再细分为清廉乡村、清廉医院、清廉大厅等“清廉单元”。',
    explanation_en:
      'Hunan’s clean-government drive aims at upright cadres, clean government, clean politics and a wholesome society, with four kinds of responsibility working together and an assessment of cities and provincial bodies that counts in their annual performance reviews. Localities break it into “clean units” such as clean villages, clean hospitals and clean service halls.',
    english: { text: 'Clean Hunan', official: false },
    gloss_en: 'Hunan’s integrity drive, broken into clean villages, hospitals and halls',
    related: ['zi-wo-ge-ming', 'si-feng', 'qun-zhong-shen-bian-bu-zheng-zhi-feng'],
    sources: [CLEAN_HUNAN, { url: 'https://jiuhua.rednet.cn/m/content/646656/99/12123641.html', publisher: '九华新闻网（红网）', date: '2022-12-07' }],
    status: 'verified',
  },
];
