import type { GlossaryEntry } from '../types';

/**
 * Everyday jargon of economic and rural news that real articles use without explaining. Chosen after
 * the real-news bench showed these terms missed; every fact comes from the pages cited, none from the
 * articles the bench measures.
 */
export const RECALL_JARGON: readonly GlossaryEntry[] = [
  {
    id: 'shi-ti-jing-ji',
    term: '实体经济',
    aliases: ['实体经济根基'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '生产和流通实物与服务的经济，以制造业为主体，相对于金融等“虚拟经济”',
    explanation_zh:
      '指农业、工业、建筑、交通、商贸等直接创造产品和服务的活动，与金融、房地产等虚拟经济相对。党中央反复强调把经济的着力点放在实体经济上；二十届四中全会把“巩固壮大实体经济根基”列为“十五五”首项任务。',
    explanation_en:
      'Farming, industry, construction, transport, trade and other activities that make goods and services, as opposed to the “virtual economy” of finance and property. The leadership keeps saying growth must rest on it; the Fourth Plenum of the 20th Central Committee (October 2025) put strengthening its foundations first among the tasks for 2026–2030.',
    english: { text: 'the real economy', official: true },
    gloss_en: 'the economy of making and selling real goods and services, manufacturing first',
    related: ['shi-wu-wu'],
    sources: [
      { url: 'http://ayao.rasgz.cn/zz/index.php?id=9wxenaig6nix1j', publisher: '天眼新闻（转载）', date: '2025-10-24', note: 'reprint' },
      { url: 'http://jizihe.com/page/2019/1118/6084317.shtml', publisher: '原磊（期刊论文转载）', date: '2019' },
      { url: 'https://app.bjtitle.com/8816/newshow.php?did=357616606653247&newsid=6385278&typeid=96', publisher: '人民日报（转载）', date: '2023-08-01', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'wen-zhong-you-jin',
    term: '稳中有进',
    aliases: [],
    scope: 'national',
    category: 'economy',
    gloss_zh: '总体稳定，并有所进步（描述经济运行的结果）',
    explanation_zh:
      '国家统计局和各地发布经济数据时的常用评语，如“总体平稳、稳中有进”：主要指标没有大起大落，积极变化在增多。它说的是结果，和作为工作方针的“稳中求进”不同。',
    explanation_en:
      'A stock verdict when the statistics bureau or a local government reports economic data, as in “stable overall, with progress”: the main indicators did not swing, and positive changes are increasing. It describes results, unlike 稳中求进, which is the working guideline.',
    english: { text: 'stable with progress', official: false },
    gloss_en: 'stable overall and improving: a standard verdict on economic figures',
    related: ['wen-zhong-qiu-jin'],
    sources: [
      { url: 'http://xmwb.xinmin.cn/html/2016-10/19/content_13_1.htm', publisher: '新民晚报', date: '2016-10-19' },
      { url: 'http://www.gelinjiaju.com.cn/show-61-29286-1.html', publisher: '国家统计局发布会报道（转载）', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'guo-jia-5a-ji-jing-qu',
    term: '国家5A级旅游景区',
    aliases: ['5A级景区', '5A级旅游景区', 'AAAAA级景区', 'AAAAA级旅游景区', '国家AAAAA级旅游景区'],
    scope: 'national',
    category: 'culture',
    gloss_zh: '国家旅游景区质量等级中的最高一级',
    explanation_zh:
      '国家标准把旅游景区质量分为A至AAAAA五级，5A级由文化和旅游部组织评定，是最高等级；截至2025年3月全国共358家。株洲的炎帝陵景区是湖南的5A级景区之一。',
    explanation_en:
      'A national standard grades tourist sites from A to AAAAA; the top grade, 5A, is awarded by the Ministry of Culture and Tourism, and there were 358 such sites in China by March 2025. Zhuzhou’s Yandi Mausoleum is one of Hunan’s.',
    english: { text: 'national 5A-level tourist attraction', official: false },
    gloss_en: 'a tourist site of the top national grade (AAAAA)',
    related: ['yan-di-ling'],
    sources: [
      { url: 'https://www.15386.cn/post/86069.html', publisher: '旅荐网', date: '2026-01-25' },
      { url: 'https://csvii.com/news/travel/21407.html', publisher: 'csvii.com', date: '2020-12' },
    ],
    status: 'verified',
  },
  {
    id: 'zhi-hui-nong-ye',
    term: '智慧农业',
    aliases: [],
    scope: 'national',
    category: 'rural',
    gloss_zh: '用物联网、大数据、智能装备等数字技术经营的农业',
    explanation_zh:
      '把传感、数据分析和智能农机用于种养、管理和销售，做到信息感知数字化、决策科学化、投入精准化；常与“数字乡村”一起写进政府工作报告。',
    explanation_en:
      'Farming run with sensors, data analysis and smart machinery, so that field information is digital, decisions are data-driven and inputs are applied precisely; government work reports often pair it with “digital villages”.',
    english: { text: 'smart agriculture', official: false },
    gloss_en: 'farming with sensors, data and smart machines',
    related: [],
    sources: [
      { url: 'https://m.fx361.cc/news/2024/0418/23536189.html', publisher: '科技智囊', date: '2024-03' },
      { url: 'http://sogx.cn/wap/news/detail/is_app/1/id/142840', publisher: '湘潭市农业农村局（转载）', date: '2021-07-14', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'qian-hang-bai-ye',
    term: '千行百业',
    aliases: [],
    scope: 'national',
    category: 'economy',
    gloss_zh: '各行各业',
    explanation_zh: '“各行各业”的文件、新闻说法，常见于“赋能千行百业”，指把人工智能、北斗等新技术推广到各个行业。',
    explanation_en:
      'Officialese for “every trade and industry”, most often in “empower every industry”, meaning spreading a new technology such as AI or BeiDou across all sectors.',
    english: { text: 'all industries', official: false },
    gloss_en: 'every trade and industry',
    related: ['bei-dou-jia'],
    sources: [{ url: 'http://www.slrbs.com/cj/jjgc/2025-06-01/1702095.html', publisher: '经济日报（转载）', date: '2025-06-01', note: 'reprint' }],
    status: 'partial',
    missing: 'the cited page uses the phrase without defining it; the gloss is its literal meaning',
  },
  {
    id: 'yi-ban-gong-gong-yu-suan-shou-ru',
    term: '一般公共预算收入',
    aliases: [],
    scope: 'national',
    category: 'economy',
    gloss_zh: '政府主要预算账本里的收入：税收加非税收入',
    explanation_zh:
      '政府预算分几本账，一般公共预算是最主要的一本，收入由增值税、企业所得税等税收和非税收入组成，与政府性基金预算分开统计。地方报告常用它的总额、增速和税收占比衡量财力。',
    explanation_en:
      'Government budgets are kept in several accounts; the general public budget is the main one. Its revenue is taxes such as VAT and corporate income tax plus non-tax income, counted apart from the government-fund budget. Local reports use its total, growth and tax share to show fiscal strength.',
    english: { text: 'general public budget revenue', official: true },
    gloss_en: 'a government’s main budget revenue: taxes plus non-tax income',
    related: [],
    sources: [
      { url: 'https://cz.tj.gov.cn/zwgk_53713/zfxxgk/fdzdgknr_x/tjxx/202408/t20240801_6689272.html', publisher: '天津市财政局', date: '2024-08' },
      { url: 'https://czj.changde.gov.cn/zwgk//public/6617354/8259416.html', publisher: '常德市财政局' },
    ],
    status: 'verified',
  },
  {
    id: 'dang-ke',
    term: '党课',
    aliases: ['专题党课', '讲党课'],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '给党员上的政治理论和党性教育课',
    explanation_zh:
      '党员教育的基本形式，属于“三会一课”制度中的“一课”：党组织书记每年至少给支部党员讲一次，领导干部也常到联系的基层支部讲“专题党课”。',
    explanation_en:
      'The basic form of political education for Party members and the “one lecture” of the 三会一课 system: a Party secretary must give at least one a year to the branch, and senior officials often give a themed lecture at a grassroots branch they are paired with.',
    english: { text: 'Party lecture', official: false },
    gloss_en: 'a political-education lecture for Communist Party members',
    related: ['san-hui-yi-ke'],
    sources: [
      { url: 'http://jizihe.com/page/2019/0103/11178278.shtml', publisher: '钟萍（期刊文章转载）', date: '2019' },
      { url: 'http://www.marblefield.com/2024/04/25/ARTI1714033138542248.shtml', publisher: '宁津县党员教育报道（转载）', date: '2024-04-25', note: 'reprint' },
      { url: 'https://www.syhmjs.com/periodical/7a826d7870cd009f14055d5fbf4f5f34.html', publisher: '四川党的建设（转载）', date: '2021', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'guo-zi-guo-qi-gai-ge',
    term: '国资国企改革',
    aliases: ['国企改革', '国企改革三年行动', '国企改革深化提升行动', '国有企业改革深化提升行动'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '国有资产管理和国有企业的改革',
    explanation_zh:
      '围绕国有资本布局、公司治理和经营机制的改革。2020—2022年实施“国企改革三年行动”，之后接着实施“国有企业改革深化提升行动”，重点是增强国企核心功能、提升核心竞争力，主体任务计划在2025年底前完成。地方也改革本级国资和融资平台。',
    explanation_en:
      'Reform of how state capital is deployed and how state firms are governed and run. A three-year action ran from 2020 to 2022, followed by a “deepening and upgrading” action focused on strengthening state firms’ core functions and competitiveness, with its main tasks due by the end of 2025. Local governments reform their own state assets and companies too.',
    english: { text: 'reform of state-owned assets and enterprises', official: false },
    gloss_en: 'reform of state-owned assets and state-owned companies',
    related: ['shi-ti-jing-ji'],
    sources: [
      { url: 'http://www.tianjinyan.com/listing/newsshow.php?id=1847742', publisher: '国新办发布会报道（转载）', date: '2025-09-17', note: 'reprint' },
      { url: 'https://sadc.net.cn/listing/newsshow.php?id=14896', publisher: '国企改革三年行动报道（转载）', date: '2022', note: 'reprint' },
    ],
    status: 'partial',
    missing: 'what local (city) state-asset reform covers is not in the cited pages',
  },
  {
    id: 'mei-li-xiang-cun',
    term: '美丽乡村',
    aliases: ['美丽乡村建设', '美丽乡村示范村'],
    scope: 'national',
    category: 'rural',
    gloss_zh: '生态好、村容整洁、设施和服务完善的乡村建设目标',
    explanation_zh: '乡村振兴中的村庄建设要求：治理污染和垃圾、美化村容、完善道路供水等设施和公共服务，同时发展特色农业和乡村旅游。各地评选“美丽乡村示范村”。',
    explanation_en:
      'A village-building goal within rural revitalisation: clean up pollution and rubbish, tidy and green the village, improve roads, water and public services, and grow specialty farming and rural tourism. Provinces and cities name model “beautiful villages”.',
    english: { text: 'beautiful countryside', official: false },
    gloss_en: 'clean, tidy, well-served villages: a rural-building goal',
    related: ['xiang-cun-zhen-xing'],
    sources: [
      { url: 'http://newtohg.com/jiao/442709.html', publisher: 'newtohg.com（问答）' },
      { url: 'http://sogx.cn/wap/news/detail/is_app/1/id/142840', publisher: '湘潭市农业农村局（转载）', date: '2021-07-14', note: 'reprint' },
    ],
    status: 'partial',
    missing: 'the national programme’s origin, year and official criteria are not in the cited pages (the first is a Q&A page); the model-village titles are recalled',
  },
  {
    id: 'chan-ye-lian-gong-ying-lian',
    term: '产业链供应链',
    aliases: ['产业链供应链韧性', '产业链供应链韧性和安全水平', '产业链供应链安全稳定'],
    scope: 'national',
    category: 'industry',
    gloss_zh: '从原料、零部件到成品和销售的整条生产与供货链',
    explanation_zh:
      '产业链指生产上互相关联的企业组成的链条，供应链指从采购到把产品送到用户的网络，文件常连用。2020年中央经济工作会议提出增强其“自主可控能力”，二十大报告要求“着力提升产业链供应链韧性和安全水平”，即不被卡脖子、不断供。',
    explanation_en:
      'The industrial chain is the set of firms linked in production, the supply chain the network from buying inputs to delivering products; documents pair them. The 2020 Central Economic Work Conference called for more self-reliant chains, and the 20th Party Congress report (2022) for more resilient and secure ones, i.e. not choked by foreign bans or broken supplies.',
    english: { text: 'industrial and supply chains', official: true },
    gloss_en: 'industrial and supply chains, and keeping them resilient and secure',
    related: ['shi-ti-jing-ji'],
    sources: [
      { url: 'https://www.zhikujie.cn/2021/03/22/5556.html', publisher: '人民日报（转载）', date: '2021-03-22', note: 'reprint' },
      { url: 'http://www.dooland.com/magazine/article_1123664.html', publisher: '国企管理', date: '2023-01' },
    ],
    status: 'verified',
  },
  {
    id: 'yi-xian-yi-te',
    term: '一县一特',
    aliases: [],
    scope: 'hunan',
    period: { from: 2018 },
    category: 'rural',
    gloss_zh: '湖南每个县重点扶持一种特色农业产业和品牌',
    explanation_zh:
      '湖南从2018年起实施“一县一特”，每个县主要支持一个特色农业产业，避免各县同质化竞争；省里评选发布“一县一特”优秀农产品品牌，安化黑茶、南县小龙虾、炎陵黄桃等在列。',
    explanation_en:
      'Since 2018 Hunan has had each county back mainly one specialty farm industry, so that counties do not all compete with the same products; the province names outstanding “one county, one specialty” brands such as Anhua dark tea, Nanxian crayfish and Yanling yellow peaches.',
    english: { text: 'one county, one specialty', official: false },
    gloss_en: 'Hunan’s policy of one flagship farm industry per county',
    related: ['yan-ling-huang-tao'],
    sources: [{ url: 'https://www.hunanheicha.com/news/1853.html', publisher: '湖南省人民政府门户网站（转载）', note: 'reprint' }],
    status: 'verified',
  },
  {
    id: 'e-vtol',
    term: '电动垂直起降飞行器',
    aliases: ['eVTOL', '电动垂直起降航空器'],
    scope: 'national',
    category: 'technology',
    gloss_zh: '靠电力驱动、能像直升机一样垂直起降的新型飞行器',
    explanation_zh:
      '英文缩写eVTOL，俗称“空中出租车”“飞行汽车”，噪声低、零排放，是低空经济的重点产品，用于城市通勤、观光、物流和急救；载人运营需先取得适航证。',
    explanation_en:
      'Abbreviated eVTOL and nicknamed “air taxis” or “flying cars”: quiet, zero-emission aircraft at the centre of the low-altitude economy, meant for city commuting, sightseeing, freight and medical rescue; carrying passengers requires airworthiness certification first.',
    english: { text: 'electric vertical take-off and landing aircraft (eVTOL)', official: false },
    gloss_en: 'an electric aircraft that takes off and lands vertically, an “air taxi”',
    related: ['di-kong-jing-ji'],
    sources: [
      { url: 'http://m.jizihe.com/page/2024/0301/25794023.shtml', publisher: '期刊文章（转载）', date: '2024' },
      {
        url: 'https://www.stheadline.com/zh-hans/realtime-china/3542665/%E6%B1%BD%E8%BD%A6%E9%A3%9E%E6%9C%BA%E4%BA%8C%E5%90%88%E4%B8%80-%E5%85%A8%E5%9B%BD%E9%A6%96%E6%AC%BE%E8%88%AA%E5%A4%A9%E9%80%A0%E7%94%B5%E5%8A%A8%E5%9E%82%E7%9B%B4%E8%B5%B7%E9%99%8D%E9%A3%9E%E8%A1%8C%E5%99%A8%E9%A6%96%E9%A3%9E%E6%88%90%E5%8A%9F%E6%9C%89%E7%89%87',
        publisher: '星岛头条',
        date: '2026-02',
      },
    ],
    status: 'verified',
  },
  {
    id: 'tiao-qu-kuo-qu',
    term: '调区扩区',
    aliases: ['扩区调位'],
    scope: 'national',
    category: 'planning',
    gloss_zh: '调整开发区、园区的范围和面积（多为扩大）',
    explanation_zh: '开发区的四至范围和规划面积由省政府等批准，园区缺地或要换主导产业时申请调整、扩大，获批后按新的区块和面积建设。',
    explanation_en:
      'An economic zone’s boundaries and planned area are approved by the provincial government or higher; when a zone runs short of land or changes its lead industries it applies to adjust and usually enlarge them, then builds within the newly approved blocks.',
    english: { text: 'adjusting and expanding a zone’s boundaries', official: false },
    gloss_en: 'redrawing (usually enlarging) an industrial zone’s approved area',
    related: ['jing-kai-qu'],
    sources: [
      { url: 'http://cnews.chinadaily.com.cn/2015-04/14/content_20429112.htm', publisher: '四川新闻网（中国日报网转载）', date: '2015-04-13' },
      { url: 'http://news.sina.com.cn/o/2010-09-01/042218048518s.shtml', publisher: '新浪新闻（转载）', date: '2010-09-01' },
    ],
    status: 'partial',
    missing: 'the cited pages say 扩区调位 and 扩区; the word order 调区扩区 is not in them',
  },
  {
    id: 'pan-huo-cun-liang-zi-chan',
    term: '盘活存量资产',
    aliases: ['盘活存量', '盘活存量资产扩大有效投资'],
    scope: 'national',
    period: { from: 2022 },
    category: 'investment',
    gloss_zh: '把闲置、低效的已有资产重新用起来，回收资金投新项目',
    explanation_zh:
      '2022年5月国务院办公厅印发《关于进一步盘活存量资产扩大有效投资的意见》：对道路、水利、厂房、空地等已建成的存量资产，通过转让、租赁、引入社会资本等方式盘活，回收的资金优先投入新项目，也用来降低政府和国企的债务风险。',
    explanation_en:
      'Under a State Council General Office opinion of May 2022, existing assets such as roads, water works, factory buildings and idle land are revived by sale, lease or bringing in private capital; the money recovered goes first into new projects and also helps cut government and state-firm debt risk.',
    english: { text: 'revitalise existing assets', official: false },
    gloss_en: 'put idle or under-used public assets back to work and reinvest the proceeds',
    related: ['guo-zi-guo-qi-gai-ge'],
    sources: [
      { url: 'http://m.jifa88.com/series/shisiwu.html?page=1', publisher: '国务院办公厅意见报道（转载）', date: '2022-05', note: 'reprint' },
      { url: 'https://www.wuhu.gov.cn/openness/public/6596211/39875263.html', publisher: '芜湖市人民政府办公室', date: '2025-03-18' },
    ],
    status: 'verified',
  },
  {
    id: 'zhu-cun-bang-fu',
    term: '驻村帮扶',
    aliases: ['驻村干部', '驻村帮扶干部'],
    scope: 'national',
    period: { from: 2013 },
    category: 'rural',
    gloss_zh: '机关派干部长期住在村里帮助发展和治理',
    explanation_zh:
      '党政机关和国企选派干部吃住在村，帮村里发展产业、落实项目、加强基层组织。2013年中办、国办文件要求健全干部驻村帮扶机制，2015年所有贫困村实现全覆盖；脱贫后继续向重点乡村选派第一书记和工作队。',
    explanation_en:
      'Party and government bodies and state firms send officials to live in a village and help it develop industries, carry out projects and strengthen its Party branch. A 2013 central document called for the mechanism, every poor village had such officials by 2015, and after poverty was declared ended first secretaries and work teams are still sent to priority villages.',
    english: { text: 'village-based assistance by stationed officials', official: false },
    gloss_en: 'officials sent to live in a village and help it',
    related: ['zhu-cun-di-yi-shu-ji', 'zhu-cun-gong-zuo-dui', 'jing-zhun-fu-pin'],
    sources: [
      { url: 'http://www.banyuetan.org/fpdxal/detail/20210423/1000200033138961619163923485320836_1.html', publisher: '半月谈', date: '2021-04-23' },
      { url: 'http://www.qikan.com.cn/article/ngxb20250206.html', publisher: '龙源期刊网（期刊文章）', date: '2025' },
    ],
    status: 'verified',
  },
  {
    id: 'kai-jun-gong',
    term: '开竣工',
    aliases: ['集中开竣工'],
    scope: 'national',
    category: 'investment',
    gloss_zh: '项目开工和竣工的合称',
    explanation_zh:
      '“开工”是动工建设，“竣工”是建成完工。省、市常在同一天举行“重大项目集中开竣工”活动，分会场同步开工一批项目、宣布一批项目完工，并公布项目个数和总投资，以显示投资势头。',
    explanation_en:
      'Short for starting construction (开工) and completing it (竣工). Provinces and cities often hold a joint ceremony on one day, in several venues at once, where one batch of major projects breaks ground and another is declared finished, and announce how many projects and how much investment are involved.',
    english: { text: 'construction start and completion', official: false },
    gloss_en: 'projects starting and finishing construction',
    related: ['zhong-da-xiang-mu-ji-zhong-kai-jun-gong'],
    sources: [
      { url: 'https://www.imsilkroad.com/news/p/429509.html', publisher: '新华社（新华丝路转载）', date: '2020-09-30', note: 'reprint' },
      { url: 'http://m.yidech.com/article/202412/20241226121403549889.html', publisher: '华声在线（转载）', date: '2024-12-26', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'ben-di-pei-tao-lv',
    term: '本地配套率',
    aliases: [],
    scope: 'national',
    category: 'industry',
    gloss_zh: '一种产品的零部件由本地企业供应的比例',
    explanation_zh:
      '衡量产业链是否在当地扎根的指标：整机厂所需的零部件、材料和服务有多少由本地配套企业提供。湖南的电力机车本地配套率曾达九成，株洲常用它说明轨道交通产业集群之完整。',
    explanation_en:
      'A measure of how rooted an industrial chain is: the share of the parts, materials and services a final assembler needs that local suppliers provide. Hunan once put the figure at 90 % for electric locomotives, and Zhuzhou cites it to show how complete its rail-equipment cluster is.',
    english: { text: 'local supply rate', official: false },
    gloss_en: 'the share of parts a product’s makers buy from local suppliers',
    related: ['yi-bei-ka-fei-de-shi-jian', 'chan-ye-lian-gong-ying-lian'],
    sources: [
      { url: 'http://www.blackcollegiateintl.com/xw/hn/sh/78628.sHtml', publisher: '湖南轨道交通产业对接会报道（转载）', note: 'mirror; undated' },
      { url: 'https://www.chaxiaohao.com/read-1752171565l6592441.html', publisher: 'chaxiaohao.com（问答）', date: '2025-07-11' },
    ],
    status: 'partial',
    missing: 'no cited page defines the ratio; the meaning is taken from how the pages use it, and the first page is an undated mirror',
  },
  {
    id: 'ba-ba-hui',
    term: '坝坝会',
    aliases: ['院坝会'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '在村里空地、院坝上开的露天群众会',
    explanation_zh:
      '源自四川、重庆一带的说法：村干部把村民召集到空坝子上，当面商量村里的公共事务，如环境整治、修路，让群众自己拿主意。湖北、湖南等地类似的做法叫“屋场会”。',
    explanation_en:
      'A term from Sichuan and Chongqing: village officials gather villagers on an open yard to talk through public matters face to face, such as cleaning up the village or building a road, and let them decide. A similar practice in Hubei and Hunan is called a 屋场会 (hamlet meeting).',
    english: { text: 'open-air village meeting', official: false },
    gloss_en: 'an open-air meeting where villagers discuss village affairs',
    related: [],
    sources: [{ url: 'https://aisixiang.com/data/126588.html', publisher: '贺雪峰（爱思想）', date: '2022-05' }],
    status: 'partial',
    missing: 'the cited page describes 坝坝会 in Pengzhou (Sichuan) and 屋场会 in Tongcheng (Hubei), not in Hunan; the form 院坝会 and the Sichuan–Chongqing origin are recalled',
  },
];
