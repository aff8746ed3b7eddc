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
  publisher: '红网（文旅频道）',
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

const CORRUPTION_2025: Source = { url: 'https://luomani.cn/post/8008.html', publisher: '转载（湖南省纪委全会报道）', note: 'reprint of a report on the January 2025 Hunan discipline plenum' };

const XIANGXI_CLEAN_2024: Source = { url: 'https://epaper.voc.com.cn/hnrb/html/2024-09/24/content_1704335.htm?div=-1', publisher: '湖南日报', date: '2024-09-24' };

const HNRB_ZZ_HIGHTECH_2024: Source = { url: 'https://hnrb.voc.com.cn/hnrb_epaper/html/2024-10/22/content_1707981.htm?div=-1', publisher: '湖南日报', date: '2024-10-22' };

const HUNAN_DEPUTY_STATIONS_2026: Source = {
  url: 'https://us.usy7.cc/usyoFlLe4/qvRU2_7349647.doc',
  publisher: '中国新闻网（转载）',
  date: '2026-02-02',
  note: 'mirror of a China News Service report on the Hunan people’s congress',
};

const HUNAN_CPPCC_2026: Source = {
  url: 'https://us.usy7.cc/usy0131jAGGA1Z.csv',
  publisher: '中国新闻网（转载）',
  date: '2026-02-01',
  note: 'mirror of a China News Service report on the Hunan CPPCC',
};

const POVERTY_KEYWORDS: Source = {
  url: 'http://m.keyanhelp.cn/english/china_key_words/2021-01/12/content_77106196.html',
  publisher: '中国关键词（转载）',
  date: '2021-01-12',
  note: 'mirror of the bilingual China Keywords series',
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
    related: ['san-gao-si-xin', 'xiang-shang-hui-gui', 'jing-ying-zhu-ti', 'zheng-xie-wei-yuan-gong-zuo-shi', 'hunan-wei-jian-yi'],
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
    missing: 'when the slogan was first used was not found',
    missing_zh: '口号何时提出未查到。',
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
    related: ['ge-ming-lao-qu', 'hong-se-ji-yin'],
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
    // 邻长: mostly the tail of 毗邻长沙, 相邻长株潭.
    strictlyQuoted: ['邻长'],
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
  // pages: 2
  {
    id: 'xia-ji-gong-shi',
    term: '夏季攻势',
    aliases: ['污染防治攻坚战夏季攻势', '招商夏季攻势'],
    quotedOnly: ['夏季攻势'],
    scope: 'hunan',
    period: { from: 2018 },
    category: 'ecology',
    gloss_zh: '湖南每年夏天集中完成一批污染治理任务的攻坚行动',
    explanation_zh:
      '湖南连续多年实施污染防治攻坚战“夏季攻势”，每年列出一批整治任务限期完成，已累计完成上万项。株洲高新区等地也借用这个说法，把夏天集中外出招商称为招商“夏季攻势”。',
    explanation_en:
      'Every year Hunan runs a summer offensive in its battle against pollution, listing clean-up tasks to finish by a deadline; over ten thousand have been completed. Places such as the Zhuzhou high-tech zone borrow the term for a summer drive to win investment.',
    english: { text: 'summer offensive', official: false },
    gloss_en: 'Hunan’s yearly summer push on pollution clean-up tasks',
    related: ['wu-ran-fang-zhi-gong-jian-zhan'],
    sources: [
      { url: 'https://xiydc.com/mv/gukp358434.html', publisher: '中国新闻网（转载）', date: '2024-04-24', note: 'mirror of a China News Service report on Hunan water quality' },
      { url: 'https://epaper.voc.com.cn/hnrb/html/2022-07/30/content_1588585.htm?div=-1', publisher: '湖南日报', date: '2022-07-30' },
    ],
    status: 'partial',
    missing: 'the year the pollution summer offensive began is inferred from “seven years in a row” in a 2024 report',
    missing_zh: '污染防治“夏季攻势”的起始年份是从2024年报道中“连续七年”推算的',
  },
  // pages: 2
  {
    id: 'hunan-wei-jian-yi',
    term: '微建议',
    aliases: [],
    scope: 'hunan',
    period: { from: 2017 },
    category: 'united-front',
    gloss_zh: '湖南政协委员通过“政协云”就身边具体问题提出的简短建议',
    explanation_zh:
      '“微建议”是湖南各级政协委员针对群众关心的具体问题，通过湖南政协云随手提交、转交有关单位办理的意见建议，2017年随政协云上线。它与微协商、微监督联动，常用来解决井盖、路灯、停车之类的“急难愁盼”。',
    explanation_en:
      'Micro-suggestions are short proposals that Hunan CPPCC members at every level file through the CPPCC Cloud app on specific local problems, which are passed to the agency concerned; they began with the app in 2017. With micro-consultation and micro-oversight they fix things like missing manhole covers, dead streetlights and parking.',
    english: { text: 'micro-suggestion', official: false },
    gloss_en: 'a short suggestion a CPPCC member files through Hunan’s CPPCC app',
    related: ['hunan-zheng-xie-1453', 'zheng-xie-wei-yuan-gong-zuo-shi', 'can-zheng-yi-zheng'],
    sources: [
      { url: 'http://m.mkcnfr.com/c/2017-12-11/1895753.shtml', publisher: '人民政协报（转载）', date: '2017-12-11', note: 'mirror of a CPPCC Daily report' },
      { url: 'http://xiangshengnet.com/info/33497.html?cid=108', publisher: '湖南政协新闻网', date: '2023-02-24' },
      HUNAN_CPPCC_2026,
    ],
    status: 'verified',
  },
  // pages: 3
  {
    id: 'zheng-xie-wei-yuan-gong-zuo-shi',
    term: '政协委员工作室',
    aliases: ['委员工作室'],
    scope: 'hunan',
    category: 'united-front',
    gloss_zh: '政协委员联系群众、开展调研协商的固定场所',
    explanation_zh:
      '委员工作室是政协委员在社区、园区或行业设立的履职阵地，线下接待群众，线上通过政协云联系，围绕民生和专项课题调研、协商、监督。湖南省政协把它列为重点打造的工作品牌之一，岳阳、株洲等地都有主题工作室。',
    explanation_en:
      'A members’ studio is a base that CPPCC members set up in a community, park or trade to meet people in person and online through the CPPCC Cloud app, and to study, consult on and monitor local issues. The Hunan CPPCC counts the studios among its main work brands, and Yueyang, Zhuzhou and other cities run themed ones.',
    english: { text: 'CPPCC members’ studio', official: false },
    gloss_en: 'a base where CPPCC members meet the public and study local issues',
    related: ['hunan-zheng-xie-1453', 'hunan-wei-jian-yi', 'can-zheng-yi-zheng', 'min-zhu-jian-du'],
    sources: [
      HUNAN_CPPCC_1453,
      { url: 'http://xywbxg.com/20/30576687.html', publisher: '中国新闻网（转载）', note: 'mirror of a China News Service report from the Hunan CPPCC session' },
      { url: 'https://zz.rednet.cn/content/646743/59/13056314.html', publisher: '红网株洲站' },
      { url: 'http://ajj.yueyang.gov.cn/zwdt/content_2269506.html', publisher: '岳阳市政协常委会工作报告（岳阳市政府网）', date: '2024-12-22' },
    ],
    status: 'verified',
  },
  // pages: 4
  {
    id: 'ren-da-dai-biao-lian-luo-zhan',
    term: '人大代表联络站',
    aliases: ['代表联络站', '人大代表联络点'],
    scope: 'national',
    category: 'peoples-congress',
    gloss_zh: '人大代表闭会期间接待和联系群众的站点',
    explanation_zh:
      '代表联络站是人大代表在闭会期间履职、联系群众的平台，各级代表编组进站，定期接待选民，收集意见交有关部门办理，被称为“民意窗”“连心桥”。湖南要求站点“建管用”并重，并把原有6700多个站精简到4400多个。',
    explanation_en:
      'Liaison stations are where people’s congress deputies work between sessions: deputies of all levels are assigned to a station, meet constituents on set days and pass their complaints to the agencies concerned. Hunan asks that stations be well built, managed and actually used, and merged its 6,700 stations into about 4,400.',
    english: { text: 'people’s congress deputies’ liaison station', official: false },
    gloss_en: 'a station where congress deputies meet constituents between sessions',
    related: ['ji-ceng-li-fa-lian-xi-dian', 'quan-guo-cheng-ren-min-min-zhu'],
    sources: [
      HUNAN_DEPUTY_STATIONS_2026,
      { url: 'http://www.yongxing.gov.cn/index.php/content/11865845', publisher: '永兴县融媒体中心（湖南日报）' },
      { url: 'https://m.wnwk.com/docdown/2398130.html', publisher: '调研报告（文库）', note: 'weak source: a research report on Changsha stations in a document library' },
    ],
    status: 'verified',
  },
  // pages: 2
  {
    id: 'ji-ceng-li-fa-lian-xi-dian',
    term: '基层立法联系点',
    aliases: ['基层立法联系点制度'],
    scope: 'national',
    period: { from: 2015 },
    category: 'peoples-congress',
    gloss_zh: '立法机关在基层设立、直接听取群众对法律草案意见的联系点',
    explanation_zh:
      '十八届四中全会要求建立基层立法联系点制度，2015年全国人大常委会法工委确定首批四个国家级联系点，法律草案可直接听取基层意见。2019年习近平在上海虹桥的联系点提出“人民民主是一种全过程的民主”，此后各省市也纷纷设点。',
    explanation_en:
      'The 2014 plenum on the rule of law called for grassroots legislative contact points, and in 2015 the NPC’s legislative affairs commission named the first four national ones, where draft laws go straight to local residents for comment. At the Hongqiao point in Shanghai in 2019 Xi Jinping first spoke of “whole-process democracy”, and provinces and cities have since set up their own points.',
    english: { text: 'grassroots legislative contact point', official: false },
    gloss_en: 'a local post where residents comment directly on draft laws',
    related: ['quan-guo-cheng-ren-min-min-zhu', 'ren-da-dai-biao-lian-luo-zhan'],
    sources: [
      { url: 'https://cqrd.gov.cn/article?id=389362109550661', publisher: '重庆市人大（论文集萃）', date: '2023-02-24' },
      { url: 'http://www.npc.gov.cn/npc/c2597/zgrmdbdhzdllyjh/zgrmdbdhzdllyjh002/202312/t20231206_433295.html', publisher: '中国人大网', date: '2023-12-06' },
      HUNAN_DEPUTY_STATIONS_2026,
    ],
    status: 'verified',
  },
  // pages: 2
  {
    id: 'wei-yuan-tong-dao',
    term: '委员通道',
    aliases: [],
    scope: 'national',
    period: { from: 2018 },
    category: 'united-front',
    gloss_zh: '政协大会期间委员在固定通道集中接受记者采访的环节',
    explanation_zh:
      '“委员通道”始于2018年全国政协会议，委员在人民大会堂中央大厅北侧的通道上回答中外记者提问，与“代表通道”“部长通道”合称两会“三大通道”。湖南等地方政协大会也仿照设立，并现场直播。',
    explanation_en:
      'The members’ passage began at the 2018 national CPPCC session: members stop in a corridor of the Great Hall of the People to answer Chinese and foreign reporters, one of the three “passages” of the Two Sessions with those for deputies and ministers. Provincial sessions, Hunan’s among them, now hold and broadcast their own.',
    english: { text: 'members’ passage (press interviews)', official: false },
    gloss_en: 'the press-interview corridor for CPPCC members at a session',
    related: ['zheng-xie-wei-yuan-gong-zuo-shi', 'hunan-wei-jian-yi'],
    sources: [
      { url: 'http://www.aibeitai.com/aibeitai/3103112217163325698.html', publisher: '百科（转载）', note: 'weak source: an encyclopedia-style page' },
      { url: 'http://ep.ycwb.com/epaper/xkb/html/2024-03/05/node_1504.htm', publisher: '新快报（新华社）', date: '2024-03-05' },
      HUNAN_CPPCC_2026,
    ],
    status: 'verified',
  },
  // pages: 2
  {
    id: 'li-lun-xue-xi-zhong-xin-zu',
    term: '理论学习中心组',
    aliases: ['党委理论学习中心组', '党组理论学习中心组', '党委中心组', '党组中心组'],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '党委（党组）领导班子集体学习理论的组织形式',
    explanation_zh:
      '党委（党组）理论学习中心组由领导班子成员组成，按《中国共产党党委（党组）理论学习中心组学习规则》定期集体学习、研讨交流和调研，被称为领导干部理论学习的“龙头工程”。新闻里常见“中心组（扩大）学习会”，即吸收更多干部列席。',
    explanation_en:
      'A theory study group is the leadership team of a Party committee or leading Party group studying together under a set of central rules: collective sessions, discussions and research trips, called the flagship of cadres’ theoretical study. An “enlarged” session in the news means more officials sat in.',
    english: { text: 'theory study group (of a Party committee)', official: false },
    gloss_en: 'a Party committee’s leaders studying theory together as a group',
    related: ['di-yi-yi-ti'],
    sources: [
      { url: 'http://www.mdleader.cn/Index/ViewNews/?NewsID=20818104522', publisher: '湖南在线（转载）', date: '2020-08-18' },
      { url: 'https://hn.rednet.cn/c/2014/09/27/4190092.htm', publisher: '湖南日报（红网）', date: '2014-09-27' },
    ],
    status: 'verified',
  },
  // pages: 2
  {
    id: 'guo-jia-wei-sheng-cheng-shi',
    term: '国家卫生城市',
    aliases: ['全国卫生城市', '国家卫生城市（区）'],
    scope: 'national',
    period: { from: 1990 },
    category: 'livelihood',
    gloss_zh: '全国爱国卫生运动委员会评选命名的城市卫生荣誉',
    explanation_zh:
      '国家卫生城市由全国爱卫会组织评审命名，从1990年开始，按周期评审、暗访和复审，被称为城市卫生管理的最高荣誉。株洲等城市把它和全国文明城市一起当作城市名片，“创卫”就是创建国家卫生城市。',
    explanation_en:
      'The National Health City title is awarded by the national Patriotic Health Campaign Committee, first in 1990; cities are assessed in cycles with unannounced inspections and re-checks, and it counts as the top honour for urban sanitation. Cities such as Zhuzhou display it beside the National Civilised City title.',
    english: { text: 'National Health City', official: false },
    gloss_en: 'the national title for urban sanitation and public health',
    related: ['quan-guo-wen-ming-cheng-shi'],
    sources: [
      { url: 'https://www.zhputi.com/article/2767205', publisher: '百科（转载）', date: '2021-07-25', note: 'weak source: an encyclopedia mirror' },
      { url: 'http://www.brokeneckkustoms.com/system/2021/02/07/032506260.shtml', publisher: '全国爱卫会决定（转载）', date: '2021-02-07', note: 'reprint of the committee’s 2021 naming decision' },
      { url: 'http://hn.people.com.cn/n2/2021/0603/c336521-34760459.html', publisher: '人民网湖南频道', date: '2021-06-03' },
    ],
    status: 'verified',
  },
  // pages: 2
  {
    id: 'quan-guo-wen-ming-cun-zhen',
    term: '全国文明村镇',
    aliases: ['全国文明村', '全国文明乡镇'],
    scope: 'national',
    category: 'culture',
    gloss_zh: '全国精神文明建设表彰中授予村镇的荣誉',
    explanation_zh:
      '全国文明村镇与全国文明城市、文明单位、文明家庭、文明校园一起在全国精神文明建设表彰中评选，已获称号的要定期复查。乡村报道常以“全国文明村”作为村庄的名片。',
    explanation_en:
      'The title of national civilised village or town is given at the national commendations for spiritual civilisation, together with civilised cities, workplaces, families and campuses, and holders are re-checked. Rural reports often introduce a village by this title.',
    english: { text: 'National Civilised Village or Town', official: false },
    gloss_en: 'national civility title for a village or town',
    related: ['quan-guo-wen-ming-cheng-shi', 'xin-shi-dai-wen-ming-shi-jian'],
    sources: [
      { url: 'http://www.senqingzn.com/dy/article/K0QALVHF05346936.html?f=post2020_dy_recommends', publisher: '株洲日报（网易号转载）', date: '2025-05', note: 'reprint of a Zhuzhou report on keeping the civilised city title' },
      { url: 'http://m.haoxunlei.com/content/2022/05/30/11472557.html', publisher: '湖南日报（转载）', date: '2022-05-30' },
    ],
    status: 'partial',
    missing: 'the body that awards the title and how often it is awarded are not stated in the pages read',
    missing_zh: '所读报道未写明评选机构和评选周期',
  },
  // pages: 2
  {
    id: 'zhong-guo-hao-ren-bang',
    term: '中国好人榜',
    aliases: ['中国好人'],
    scope: 'national',
    category: 'culture',
    gloss_zh: '表彰凡人善举的全国榜单，省市还有“湖南好人”“株洲好人”',
    explanation_zh:
      '“中国好人”是通过全国榜单推出的身边好人，事迹多是见义勇为、助人为乐、敬业奉献之类；省、市层层仿照，有“湖南好人”“株洲好人”。地方常以上榜人数展示文明城市建设成绩，并出台礼遇帮扶办法。',
    explanation_en:
      '“Good people of China” are ordinary people named on a national list for deeds such as brave rescues, helping others or devotion to work; provinces and cities keep their own lists, such as “good people of Hunan” and “of Zhuzhou”. Cities cite how many made the list as proof of civic progress and give them honours and help.',
    english: { text: 'Good People of China list', official: false },
    gloss_en: 'a national list honouring ordinary people for good deeds',
    related: ['dao-de-mo-fan', 'quan-guo-wen-ming-cheng-shi'],
    sources: [
      { url: 'http://www.senqingzn.com/dy/article/K0QALVHF05346936.html?f=post2020_dy_recommends', publisher: '株洲日报（网易号转载）', date: '2025-05', note: 'reprint of a Zhuzhou report' },
      { url: 'http://domestic.xhyb.net.cn/news/domestic/2021/1212/164567.html', publisher: '转载（株洲文明城市报道）', date: '2021-12-12' },
    ],
    status: 'partial',
    missing: 'who compiles the national list and how often it appears are not stated in the pages read',
    missing_zh: '所读报道未写明全国榜单的发布机构和发布频率',
  },
  // pages: 2
  {
    id: 'dao-de-mo-fan',
    term: '道德模范',
    aliases: ['全国道德模范'],
    scope: 'national',
    category: 'culture',
    gloss_zh: '按届评选表彰的品德榜样，如敬业奉献模范',
    explanation_zh:
      '道德模范按届评选，有全国、省、市各级，分见义勇为、敬业奉献等类别，如株洲夏昭炎获评第七届全国道德模范、黄诗燕被追授第八届全国敬业奉献模范。地方报道把道德模范、“中国好人”并列为文明培育的成果。',
    explanation_en:
      'Moral models are chosen in numbered rounds at national, provincial and city level, in categories such as bravery and devotion to work: Zhuzhou’s Xia Zhaoyan was a seventh-round national moral model, and the late Yanling Party secretary Huang Shiyan was named a model of devotion in the eighth. Local reports list them with the Good People of China as fruits of civic education.',
    english: { text: 'moral model', official: false },
    gloss_en: 'an officially honoured role model of good conduct',
    related: ['zhong-guo-hao-ren-bang'],
    sources: [
      { url: 'http://domestic.xhyb.net.cn/news/domestic/2021/1212/164567.html', publisher: '转载（株洲文明城市报道）', date: '2021-12-12' },
      { url: 'http://www.senqingzn.com/dy/article/K0QALVHF05346936.html?f=post2020_dy_recommends', publisher: '株洲日报（网易号转载）', date: '2025-05', note: 'reprint of a Zhuzhou report' },
    ],
    status: 'partial',
    missing: 'the full list of categories and how often national rounds are held are not stated in the pages read',
    missing_zh: '所读报道未列全评选类别，也未写明全国评选的周期',
  },
  // pages: 3
  {
    id: 'shi-san-wu',
    term: '十三五',
    aliases: ['十三五规划', '十三五时期'],
    scope: 'national',
    period: { from: 2016, to: 2020 },
    category: 'planning',
    gloss_zh: '第十三个五年规划时期（2016—2020年）',
    explanation_zh:
      '“十三五”指国民经济和社会发展第十三个五年规划及其覆盖的2016—2020年。地方报告回顾成绩时常说“十三五”期间如何，再接着谈“十四五”。',
    explanation_en:
      'The 13th Five-Year Plan for economic and social development and the years it covered, 2016 to 2020. Local reports look back on what was done “during the 13th Five-Year period” before turning to the 14th.',
    english: { text: '13th Five-Year Plan (2016–2020)', official: true },
    gloss_en: 'the 13th Five-Year Plan period, 2016 to 2020',
    related: ['shi-si-wu', 'shi-wu-wu', 'quan-mian-jian-cheng-xiao-kang-she-hui'],
    sources: [
      { url: 'http://hnzz.wenming.cn/yw/zz/202101/t20210120_6918043.htm', publisher: '株洲文明网', date: '2021-01-20' },
      { url: 'https://yueyang.gov.cn/55570/55571/55573/content_2040030.html', publisher: '岳阳市政府工作报告', date: '2021-01-19' },
    ],
    status: 'verified',
  },
  // pages: 4
  {
    id: 'jian-dang-li-ka',
    term: '建档立卡',
    aliases: ['建档立卡贫困户', '建档立卡户', '建档立卡贫困人口'],
    scope: 'national',
    period: { from: 2014 },
    category: 'rural',
    gloss_zh: '给贫困户、贫困村建立电子档案，作为精准扶贫的依据',
    explanation_zh:
      '2014年起全国逐村逐户识别贫困人口，为贫困户、贫困村、贫困县建立电子信息档案，向贫困户发放《扶贫手册》，据此精准帮扶和动态管理。脱贫攻坚报道里的“建档立卡贫困人口”就是这份名册上的人。',
    explanation_en:
      'From 2014 China identified the poor village by village and household by household and filed them in an electronic register, giving each poor household a poverty-relief handbook; help and exits were managed from the register. “Registered poor population” in poverty-alleviation reports means the people on this register.',
    english: { text: 'poverty registration', official: true },
    gloss_en: 'the register of poor households that guided targeted poverty relief',
    related: ['jing-zhun-fu-pin', 'tuo-pin-zhai-mao', 'zhu-cun-gong-zuo-dui'],
    sources: [
      POVERTY_KEYWORDS,
      { url: 'https://zz.rednet.cn/m/content/2021/10/24/10324804.html', publisher: '红网株洲站', date: '2021-07-01' },
      { url: 'https://jxxfw.com/periodical/dbb1a1fbf56ced003bc01b1ec12150d1.html', publisher: '期刊论文（摘录）', note: 'abstract of a paper on poverty relief in Chaling' },
    ],
    status: 'verified',
  },
  // pages: 2
  {
    id: 'tuo-pin-zhai-mao',
    term: '脱贫摘帽',
    aliases: ['摘掉贫困帽子'],
    scope: 'national',
    period: '2016–2020',
    category: 'rural',
    gloss_zh: '贫困县（村、户）达标退出贫困序列，摘掉“贫困帽子”',
    explanation_zh:
      '“摘帽”指贫困县经县申请、市初审、省评估验收后退出贫困县名单，也用于贫困村、贫困户退出。2020年11月全国832个贫困县全部摘帽，岳阳平江县就是其中之一。',
    explanation_en:
      'To “take off the hat” is for a poor county to leave the official list after its own application, a city review and a provincial inspection; the phrase is also used for villages and households. All 832 poor counties had left the list by November 2020, Pingjiang in Yueyang among them.',
    english: { text: 'shake off poverty and leave the poor-county list', official: false },
    gloss_en: 'a poor county (village, household) officially leaving poverty',
    related: ['jian-dang-li-ka', 'jing-zhun-fu-pin', 'you-xiao-xian-jie'],
    sources: [
      { url: 'https://zhwiki.oracleblog.org/wiki/%E8%B4%AB%E5%9B%B0%E5%8E%BF', publisher: '维基百科（镜像）', note: 'weak source: a Wikipedia mirror' },
      { url: 'https://yueyang.gov.cn/55570/55571/55573/content_2040030.html', publisher: '岳阳市政府工作报告', date: '2021-01-19' },
      { url: 'http://www.dadingjx.com/news/wendayingxiao/2022/1115/12012.html', publisher: '问答（转载）', note: 'weak source: a Q&A page on county exit procedure' },
    ],
    status: 'verified',
  },
  // pages: 2
  {
    id: 'hong-se-ji-yin',
    term: '红色基因',
    aliases: ['传承红色基因'],
    scope: 'national',
    category: 'ideology',
    gloss_zh: '党在革命年代形成、要代代相传的理想信念和精神传统',
    explanation_zh:
      '“红色基因”比喻中国共产党在长期革命斗争中形成的理想信念、爱国主义和革命英雄主义精神。习近平多次强调“共和国是红色的，不能淡化这个颜色”，要求传承红色基因，地方报道常与红色旅游、革命老区并提。',
    explanation_en:
      'The “red gene” is the Party’s metaphor for the ideals, patriotism and revolutionary heroism formed in its long revolutionary struggle. Xi Jinping has often said the republic is red and that colour must not fade, calling for the red gene to be handed down; local reports pair it with red tourism and old revolutionary base areas.',
    english: { text: 'red gene(s)', official: false },
    gloss_en: 'the revolutionary tradition the Party says must be passed on',
    related: ['ge-ming-lao-qu', 'ban-tiao-bei-zi'],
    sources: [
      { url: 'http://news.hebei.com.cn/system/2021/06/28/100705911.shtml', publisher: '央视网（河北新闻网转载）', date: '2021-06-28' },
      { url: 'http://218.28.6.71:81/Qikan/Article/Detail?id=7108518837', publisher: '江苏航运职业技术学院学报（摘要）', date: '2022' },
    ],
    status: 'verified',
  },
  // pages: 2
  {
    id: 'chan-cheng-rong-he',
    term: '产城融合',
    aliases: ['产城融合发展'],
    scope: 'national',
    category: 'planning',
    gloss_zh: '产业园区与城市功能融为一体，避免“有城无产”或“有产无城”',
    explanation_zh:
      '产城融合针对开发区只有厂房、新区只有楼盘的“产城分离”，要求园区配齐居住、商业和公共服务，城市新区要有产业支撑，让产业和人口一起聚集。2015年国家发展改革委选了一批省级开发区做产城融合示范。',
    explanation_en:
      'Integrating industry and city answers the split between parks with only factories and new districts with only flats: parks should add housing, shops and public services, and new districts should have industry, so that jobs and people gather together. In 2015 the National Development and Reform Commission chose provincial development zones to pilot it.',
    english: { text: 'industry–city integration', official: false },
    gloss_en: 'growing industrial parks and city functions together',
    related: ['chang-zhu-tan'],
    sources: [
      { url: 'https://fx361.cc/page/2020/0109/14450219.shtml', publisher: '期刊文章（fx361转载）', date: '2020-01-09' },
      { url: 'https://m.fx361.cc/news/2014/0620/2958565.html', publisher: '期刊文章（fx361转载）', date: '2014-06-20' },
      { url: 'https://zhuzhou.jiwu.com/news/5679119.html', publisher: '吉屋网株洲站（“一核一圈一廊”规划解读）', note: 'weak source: a property portal’s summary of the city plan' },
    ],
    status: 'verified',
  },
  // pages: 3
  {
    id: 'gao-duan-hua-zhi-neng-hua-lv-se-hua',
    term: '高端化、智能化、绿色化',
    aliases: ['高端化智能化绿色化', '高端化、智能化、绿色化发展'],
    scope: 'national',
    category: 'industry',
    gloss_zh: '制造业转型升级的三个方向：向高端、智能、绿色发展',
    explanation_zh:
      '这是推进新型工业化、改造制造业的常用提法：高端化是向价值链高端走，智能化是数字化、智能化改造，绿色化是节能降碳。湖南“十四五”产业规划加上“融合化”，株洲高新区等园区也以此为转型方向。',
    explanation_en:
      'The standard formula for upgrading manufacturing under new industrialisation: move up the value chain, digitise and automate, and cut energy use and carbon. Hunan’s 14th Five-Year industry plan adds integration as a fourth, and parks such as the Zhuzhou high-tech zone adopt it as their direction.',
    english: { text: 'high-end, smart and green development', official: false },
    gloss_en: 'the three directions for upgrading manufacturing',
    items: [
      { zh: '高端化', en: 'high-end' },
      { zh: '智能化', en: 'smart' },
      { zh: '绿色化', en: 'green' },
    ],
    related: ['xin-xing-gong-ye-hua', 'xian-dai-hua-chan-ye-ti-xi', 'xin-zhi-sheng-chan-li'],
    sources: [
      { url: 'https://hn.rednet.cn/content/646848/90/13711726.html', publisher: '红网', date: '2024-04-08' },
      { url: 'http://hn.news.cn/2023-04/07/c_1129500694.htm', publisher: '湖南日报（新华网湖南频道）', date: '2023-04-07' },
      { url: 'https://big5.askci.com/news/chanye/20220707/1640441917533.shtml', publisher: '中商情报网', date: '2022-07-07' },
    ],
    status: 'verified',
  },
  // pages: 2
  {
    id: 'qi-ye-quan-sheng-ming-zhou-qi',
    term: '企业全生命周期',
    aliases: ['企业全生命周期服务', '项目全生命周期服务', '企业（项目）全生命周期'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '从开办、建设到运营、退出，政府服务覆盖企业的每个阶段',
    explanation_zh:
      '营商环境和园区服务常说覆盖“企业全生命周期”：从企业开办、项目落地建设到成熟运营乃至注销，每个阶段都有对应的审批和服务。株洲高新区据此建立企业（项目）全生命周期服务体系，营商环境评价也按这些环节打分。',
    explanation_en:
      'Business-environment and park services promise to cover a firm’s whole life cycle: registration, building the project, running it and eventually closing, each with its own approvals and help. The Zhuzhou high-tech zone built a life-cycle service system on this idea, and business-environment ratings score each stage.',
    english: { text: 'full life cycle of an enterprise', official: false },
    gloss_en: 'government service for every stage of a firm, from start-up to exit',
    related: ['ying-shang-huan-jing', 'gong-zuo-zhuan-ban'],
    sources: [
      HNRB_ZZ_HIGHTECH_2024,
      { url: 'https://zz.rednet.cn/content/2020/10/21/8533560.html', publisher: '红网株洲站', date: '2020-10-21' },
      { url: 'http://epaper.legaldaily.com.cn/fzrb/content/20220806/Articel01010GN.htm', publisher: '法治日报', date: '2022-08-06' },
    ],
    status: 'verified',
  },
  // pages: 2
  {
    id: 'gong-si-he-zuo-she-nong-hu',
    term: '公司+合作社+农户',
    aliases: ['公司加合作社加农户'],
    scope: 'national',
    category: 'rural',
    gloss_zh: '企业、合作社与农户联结经营的乡村产业模式',
    explanation_zh:
      '乡村产业报道中常见的联农带农模式：企业负责加工和销售，合作社组织生产，农户种养并分享收益，驻村工作队常借它引进龙头企业、延长产业链。类似的还有“公司+农户”“公司+基地+农户”。',
    explanation_en:
      'A common model for linking farmers to markets: a company processes and sells, a cooperative organises production and households farm and share the income. Village work teams use it to bring in a lead company and lengthen the value chain; variants include company-plus-household and company-plus-base-plus-household.',
    english: { text: 'company + cooperative + farm households', official: false },
    gloss_en: 'a company, a cooperative and households farming together',
    related: ['cun-ji-ti-jing-ji', 'zhu-cun-gong-zuo-dui', 'xiang-cun-zhen-xing'],
    sources: [
      { url: 'https://hkgstv.com/cms/xiangcunzhenxing/5174.html', publisher: 'hkgstv（湖南乡村振兴报道）' },
      { url: 'http://www.guolishuhua.com/redian/2023/0120/11201.html', publisher: '转载（邵阳武冈驻村帮扶报道）', date: '2023-01-20' },
    ],
    status: 'verified',
  },
  // pages: 2
  {
    id: 'hou-dun-dan-wei',
    term: '后盾单位',
    aliases: ['驻村后盾单位', '帮扶后盾单位'],
    scope: 'national',
    category: 'rural',
    gloss_zh: '派出驻村工作队并为其提供资金和资源的机关或企业',
    explanation_zh:
      '机关、高校、国企等单位向乡村派驻工作队，这个派出单位就是工作队的后盾单位，要为所驻村争取项目、拿出帮扶资金，单位领导也要到村指导。',
    explanation_en:
      'When a government office, university or state firm sends a work team to a village, it becomes the team’s backing unit: it finds projects and money for the village, and its leaders come to guide the work.',
    english: { text: 'backing unit (of a village work team)', official: false },
    gloss_en: 'the agency that sends and funds a village work team',
    related: ['zhu-cun-gong-zuo-dui', 'xiang-cun-zhen-xing'],
    sources: [
      { url: 'http://www.guolishuhua.com/redian/2023/0120/11201.html', publisher: '转载（邵阳武冈驻村帮扶报道）', date: '2023-01-20' },
      { url: 'http://www.bnqcw.com/hunan/flxw/dj/20250704/t20250704_527243985.shtml', publisher: '转载（湖南科技大学驻村报道）', date: '2025-07-04' },
    ],
    status: 'partial',
    missing: 'no page defines the term; the meaning is read from reports of work teams and the funds their units provide',
    missing_zh: '没有查到专门的定义，含义是从驻村工作队及其派出单位出资帮扶的报道中读出的',
  },
  // pages: 2
  {
    id: 'xiao-yuan-can',
    term: '校园餐',
    aliases: ['校园餐专项整治'],
    scope: 'national',
    period: { from: 2024 },
    category: 'discipline',
    gloss_zh: '中小学食堂和供餐，近年群众身边腐败整治的重点',
    explanation_zh:
      '“校园餐”指中小学食堂、校外供餐及膳食经费，2024年以来被列为整治群众身边不正之风和腐败问题的重点专项，纪委监委督促审计资金、检查食堂和供餐企业、查处克扣侵占。',
    explanation_en:
      'School meals, covering school canteens, outside caterers and meal funds, have since 2024 been a focus of the campaign against petty corruption that touches ordinary people: discipline bodies audit the funds, inspect canteens and suppliers and punish skimming.',
    english: { text: 'school meals (anti-graft focus)', official: false },
    gloss_en: 'school canteens and meal funds, a target of the anti-graft drive',
    related: ['qun-zhong-shen-bian-bu-zheng-zhi-feng', 'san-zi'],
    sources: [
      XIANGXI_CLEAN_2024,
      { url: 'https://reportify.cn/news/1209855119856898048', publisher: '湖北日报（摘要）', note: 'summary of a report on Hubei’s 2025 campaign' },
      CORRUPTION_2025,
    ],
    status: 'verified',
  },
  // pages: 2
  {
    id: 'guo-jia-zhan-lve-fu-di',
    term: '国家战略腹地',
    aliases: ['国家战略腹地建设'],
    scope: 'national',
    period: { from: 2023 },
    category: 'strategy',
    gloss_zh: '能在危机时支撑沿海前沿的中西部战略后方',
    explanation_zh:
      '2023年底中央经济工作会议首次提出加强国家战略腹地建设，二十届三中全会要求“建设国家战略腹地和关键产业备份”。它指交通、产业和人口条件较好的中西部内陆地区，作为沿海的战略后方，湖南也在争取承担这一角色。',
    explanation_en:
      'The Central Economic Work Conference of December 2023 first called for building the national strategic hinterland, and the 2024 Third Plenum paired it with backups for key industries. It means inland central and western regions with good transport, industry and population that can serve as a strategic rear for the coast, a role Hunan is bidding for.',
    english: { text: 'national strategic hinterland', official: false },
    gloss_en: 'inland regions built up as the country’s strategic rear',
    related: ['guan-jian-chan-ye-bei-fen', 'zhong-bu-di-qu-jue-qi'],
    sources: [
      { url: 'http://qks.cqu.edu.cn/html/cqdxskcn/2024/4/20240403.htm', publisher: '重庆大学学报（社会科学版）', date: '2024' },
      { url: 'https://www.cssn.cn/skgz/bwyc/202512/t20251209_5954697.shtml', publisher: '中国社会科学网', date: '2025-12-09' },
      HUNAN_CPPCC_2026,
    ],
    status: 'verified',
  },
  // pages: 2
  {
    id: 'guan-jian-chan-ye-bei-fen',
    term: '关键产业备份',
    aliases: ['产业备份基地', '关键产业备份基地'],
    scope: 'national',
    period: { from: 2024 },
    category: 'industry',
    gloss_zh: '在内陆为关键产业建第二套产能，防断链',
    explanation_zh:
      '二十届三中全会提出建设国家战略腹地和关键产业备份，即在中西部内陆为关键产业、产业链布局备份产能，一旦沿海受冲击也能保供。湖南政协和民主党派建议湖南争取成为中部地区关键产业备份基地。',
    explanation_en:
      'The 2024 Third Plenum called for backups of key industries alongside the strategic hinterland: duplicate capacity for crucial industries and supply chains inland, so supply holds if the coast is disrupted. Hunan’s CPPCC and democratic parties urge the province to become a backup base for central China.',
    english: { text: 'backup of key industries', official: false },
    gloss_en: 'duplicate inland capacity for crucial industries',
    related: ['guo-jia-zhan-lve-fu-di', 'si-cheng-si', 'chan-ye-lian-gong-ying-lian'],
    sources: [
      { url: 'https://hunantoday.cn/news/xhn/202501/21647042.html', publisher: '湖南日报·新湖南客户端', date: '2025-01-14' },
      { url: 'http://qks.cqu.edu.cn/html/cqdxskcn/2024/4/20240403.htm', publisher: '重庆大学学报（社会科学版）', date: '2024' },
      { url: 'https://wanbiaoku.com/new/e049516538b21e0747ed63ad5e002906', publisher: '转载（湖南产业链报道）' },
    ],
    status: 'verified',
  },
  // pages: 2
  {
    id: 'yi-wen-su-lv-yi-lv-zhang-wen',
    term: '以文塑旅、以旅彰文',
    aliases: ['以文塑旅以旅彰文', '以文塑旅', '以文促旅、以旅彰文', '以文促旅以旅彰文'],
    scope: 'national',
    period: { from: 2020 },
    category: 'culture',
    gloss_zh: '用文化塑造旅游，用旅游彰显文化',
    explanation_zh:
      '2020年9月习近平在教育文化卫生体育领域专家代表座谈会上说，文化产业和旅游产业密不可分，要坚持以文塑旅、以旅彰文，推动文化和旅游融合发展。湖南第三届旅发大会的主题就是“以文塑旅，擦亮湖南历史文化名片”。',
    explanation_en:
      'In September 2020 Xi Jinping told a symposium of experts that the culture and tourism industries are inseparable and that culture should shape tourism while tourism showcases culture. Hunan’s third tourism conference took “shape tourism with culture” as its theme.',
    english: { text: 'shape tourism with culture and showcase culture through tourism', official: false },
    gloss_en: 'let culture shape tourism and tourism show off culture',
    related: ['wen-lv-rong-he', 'hu-nan-lv-you-fa-zhan-da-hui'],
    sources: [
      { url: 'http://big5.cctv.com/gate/big5/news.cctv.com/2025/03/21/ARTIWi6ofXACKGOlFvniezxt250321.shtml', publisher: '央视网', date: '2025-03-21' },
      HENGYANG_CONFERENCE_2024,
    ],
    status: 'verified',
  },
  // pages: 3
  {
    id: 'zhong-guo-lv-shui-qing-shan-dian-fan-cheng-shi',
    term: '中国绿水青山典范城市',
    aliases: ['中国绿水青山典范城'],
    scope: 'zhuzhou',
    category: 'ecology',
    gloss_zh: '株洲治理污染后获得的生态称号',
    explanation_zh:
      '株洲搬迁清水塘老工业区、关停上千家污染企业，湘江株洲段水质稳定在Ⅱ类，2020年获评“中国绿水青山典范城”。本地报道常用它形容老工业城市“脱下黑衣裳、穿上生态装”。',
    explanation_en:
      'After relocating the Qingshuitang old industrial zone and closing over a thousand polluting firms, with the Xiang River at Zhuzhou holding Class II water, the city was named a model city of green mountains and clear waters in 2020. Local reports use the title to describe the old industrial city changing out of its black coat into green.',
    english: { text: 'China’s model city of clear waters and green mountains', official: false },
    gloss_en: 'Zhuzhou’s green title after its pollution clean-up',
    related: ['qing-shui-tang', 'liang-shan', 'zhong-guo-dong-li-gu'],
    sources: [
      { url: 'https://yangtze.silkroadinfo.org.cn/2021/1117/c1973a114102/page.htm', publisher: '人民网（转载）', date: '2021-11-17' },
      { url: 'http://www.cnr.cn/newscenter/native/city/20201201/t20201201_525347980.shtml', publisher: '央广网', date: '2020-12-01' },
      { url: 'http://hnzz.wenming.cn/yw/zz/202101/t20210120_6918043.htm', publisher: '株洲文明网', date: '2021-01-20' },
    ],
    status: 'partial',
    missing: 'which organisation conferred the title is not stated in the pages read',
    missing_zh: '所读报道未写明该称号的评选机构',
  },
  // pages: 3
  {
    id: 'ke-chuang-ji-jin-gang',
    term: '科创基金港',
    aliases: ['株洲科创基金港'],
    scope: 'zhuzhou',
    period: { from: 2024 },
    category: 'investment',
    gloss_zh: '株洲把各类产业基金和金融机构聚在一起投科技企业的平台',
    explanation_zh:
      '株洲2024年筹建科创基金港，获工商银行株洲分行200亿元授信，推动政府、金融机构和企业对接，并配套“先投后股”办法支持成果转化；北斗产业基金等也经由它设立。',
    explanation_en:
      'Zhuzhou set up its science and innovation fund harbour in 2024 with a 20-billion-yuan credit line from the local ICBC branch, bringing government, lenders and firms together and adding an invest-first, equity-later scheme for turning research into products; funds such as the Beidou industry fund were set up through it.',
    english: { text: 'Zhuzhou science and innovation fund harbour', official: false },
    gloss_en: 'Zhuzhou’s hub of funds and banks investing in tech firms',
    related: ['zheng-fu-yin-dao-ji-jin', 'bei-dou-gui-mo-ying-yong', 'kai-fang-xing-gao-xiao-xing-zhuan-ye-xing-you-hao-xing'],
    sources: [
      HNRB_ZZ_HIGHTECH_2024,
      { url: 'https://m.voc.com.cn/xhn/news/202412/21550157.html', publisher: '湖南日报', date: '2024-12-26' },
      { url: 'http://m.zuixun.com.cn/nd.jsp?groupId=86&id=13207&mid=5', publisher: '转载（湖南北斗产业新闻通气会报道）', date: '2025' },
    ],
    status: 'verified',
  },
  // pages: 2
  {
    id: 'kai-fang-xing-gao-xiao-xing-zhuan-ye-xing-you-hao-xing',
    term: '开放型、高效型、专业型、友好型',
    aliases: ['开放型高效型专业型友好型'],
    scope: 'zhuzhou',
    category: 'industry',
    gloss_zh: '株洲高新区提出要打造的四种产业生态',
    explanation_zh:
      '株洲高新区制定产业生态实施意见，提出全面打造“开放型、高效型、专业型、友好型”产业生态，把园区从管理型转向服务型，建立企业全生命周期服务、共享仪器平台和科创基金港。',
    explanation_en:
      'The Zhuzhou high-tech zone’s plan for its industrial ecosystem calls it open, efficient, professional and friendly: the zone turns from managing firms to serving them, with life-cycle services for each firm, shared lab equipment and the fund harbour.',
    english: { text: 'open, efficient, professional and friendly (industrial ecosystem)', official: false },
    gloss_en: 'the four qualities Zhuzhou’s high-tech zone wants its industry ecosystem to have',
    items: [
      { zh: '开放型', en: 'open' },
      { zh: '高效型', en: 'efficient' },
      { zh: '专业型', en: 'professional' },
      { zh: '友好型', en: 'friendly' },
    ],
    related: ['ke-chuang-ji-jin-gang', 'qi-ye-quan-sheng-ming-zhou-qi', 'zhuan-jing-te-xin'],
    sources: [HNRB_ZZ_HIGHTECH_2024, { url: 'https://hn.rednet.cn/content/646848/90/13711726.html', publisher: '红网', date: '2024-04-08' }],
    status: 'verified',
  },
  // pages: 1
  {
    id: 'zhu-shi-hao-shang-liang',
    term: '株事好商量',
    aliases: [],
    scope: 'zhuzhou',
    period: { from: 2022 },
    category: 'united-front',
    gloss_zh: '株洲市政协就本地民生事项组织协商的履职平台',
    explanation_zh:
      '“株事好商量”是株洲市政协在全省政协系统率先打造的协商履职平台，名字化用“有事好商量”，把“株”嵌入“诸事”之音。它获评湖南市县政协工作创新案例一等奖和株洲市2022年度十大改革典型案例。',
    explanation_en:
      'Zhuzhou’s CPPCC set up this consultation platform, the first of its kind in Hunan’s CPPCC system; the name plays on “there is nothing we cannot talk over”, with Zhu standing for Zhuzhou. It won a provincial award for innovative CPPCC work and was one of Zhuzhou’s ten model reforms of 2022.',
    english: { text: 'Zhuzhou matters, talked over together', official: false },
    gloss_en: 'Zhuzhou CPPCC’s platform for consulting on local issues',
    related: ['zheng-xie-wei-yuan-gong-zuo-shi', 'can-zheng-yi-zheng', 'you-shi-hao-shang-liang'],
    sources: [{ url: 'http://www.hnzzzx.gov.cn/c7867/20170512/i505551.html', publisher: '政协株洲市委员会', date: '2024-01-24' }],
    status: 'partial',
    missing: 'how the consultation sessions are run (topics, participants, frequency) is not described in the page read',
    missing_zh: '所读页面未介绍协商活动的具体做法（议题、参加者、频次）',
  },
  // pages: 3
  {
    id: 'yue-yang-1376',
    term: '1376总体思路',
    aliases: [],
    quotedOnly: ['1376'],
    scope: 'hunan',
    period: { from: 2021 },
    category: 'strategy',
    gloss_zh: '岳阳市委在“十四五”时期坚持的发展总体思路',
    explanation_zh:
      '“1376”是岳阳市委提出并在“十四五”时期一直坚持的总体思路，市、县两级的报告、全会文件和政协工作都以它为纲。数字各代表什么，所读页面没有展开。',
    explanation_en:
      'The “1376” overall approach is the formula Yueyang’s Party committee set and kept through the 14th Five-Year period; city and county reports, plenum documents and the city CPPCC all cite it as their frame. What each digit stands for is not spelled out in the pages read.',
    english: { text: 'Yueyang’s “1376” overall approach', official: false },
    gloss_en: 'Yueyang Party committee’s numbered overall approach for 2021–2025',
    related: ['sheng-yu-fu-zhong-xin-cheng-shi', 'san-gao-si-xin'],
    sources: [
      { url: 'https://yueyang.gov.cn/zwdt/content_2337220.html', publisher: '岳阳日报（岳阳市政府网）', date: '2025-12-16' },
      { url: 'https://yyx.gov.cn/37583/38124/content_2350997.html', publisher: '中共岳阳县委全会建议（岳阳县政府网）', date: '2025-12-10' },
      { url: 'http://ajj.yueyang.gov.cn/zwdt/content_2269506.html', publisher: '岳阳市政协常委会工作报告（岳阳市政府网）', date: '2024-12-22' },
    ],
    status: 'partial',
    missing: 'the meaning of the digits 1, 3, 7 and 6 was not found; the pages only cite the formula',
    missing_zh: '“1、3、7、6”各指什么未查到，所读页面只引用了这一提法',
  },
  // pages: 2
  {
    id: 'jian-guan-yong',
    term: '建管用',
    aliases: [],
    quotedOnly: ['建管用'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '建好、管好、用好：对设施或平台从建设到管理、使用的全程要求',
    explanation_zh:
      '“建管用”要求一项设施或平台不只建起来，还要管得规范、用得经常。本地新闻里多指人大代表联络站：湖南要求代表联络站高标准建设、规范化管理、常态化使用，推动“建管用”提质增效。',
    explanation_en:
      'Build, manage, use: a facility or platform must not only be built but run properly and used regularly. In local news it usually refers to people’s congress liaison stations, which Hunan wants built to a high standard, managed by the rules and used as a matter of routine.',
    english: { text: 'build, manage and use', official: false },
    gloss_en: 'build it, run it and actually use it (often of deputies’ liaison stations)',
    related: ['ren-da-dai-biao-lian-luo-zhan'],
    sources: [
      HUNAN_DEPUTY_STATIONS_2026,
      { url: 'https://www.lilingnews.com/content/646946/62/14739329.html', publisher: '醴陵新闻网', date: '2025-02-27' },
    ],
    status: 'verified',
  },
];
