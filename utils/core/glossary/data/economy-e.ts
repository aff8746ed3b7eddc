import type { GlossaryEntry, Source } from '../types';

/*
 * How these terms were chosen: about 40 searches of stored public web pages (Chinese queries with
 * 株洲 / 湖南 and national ones) on industry and parks, investment drives, state-owned enterprise
 * reform, fiscal and debt management, land and housing, courts, procuratorates and public security,
 * Party discipline, people's congress and CPPCC work and the rural economy. No page the real-news
 * bench measures was read. From the pages that came back (mostly 2020–2026), the jargon local news uses
 * without explaining was listed; every phrase was checked against the glossary and CC-CEDICT, and
 * phrases already explained, dictionary words, names of bodies and places, and phrases a reader can
 * take apart word by word were dropped. Kept first were phrases seen on two or more of those pages
 * (四不两直, 一案双查, 三项制度改革, 任期制和契约化管理, 诉源治理, 票决制, 府院联动 …); a few
 * Zhuzhou and Hunan programme names seen on fewer pages (季度攻势, 委员有话说, 湘企出海) are kept
 * because local reports name them bare. Each term was then searched once more for what it means;
 * the pages read for that are the entry's sources. Wording is ours.
 *
 * Pages read while listing terms, besides the sources under the entries:
 *   https://cs.rednet.cn/m/content/646956/64/15557168.html (长沙 SOE reform, 2025)
 *   https://hb.cri.cn/n/20220914/3ebd5f0d-bd41-190a-1d78-86289990f4bb.html (湖北 SOE reform, 2022)
 *   http://www.henxinsuye.cn/doc_30170167.html (城投 financing after the debt package)
 *   http://www.ldgdb.com/Html/2019-12-05/2294.html (娄底 platform companies)
 *   http://wmtv.cn/zdzl/6803.html (湖南 discipline inspectors, spot checks)
 *   https://www.hunantoday.cn/news/xhn/202512/31079704.html (湘潭县 court service stations, 2025)
 *   https://xt.rednet.cn/content/2020/07/08/7604420.html (湘潭 Party branches)
 *   https://zz.rednet.cn/content/2022/04/19/11135578.html (株洲 CPPCC 株事好商量 hall)
 *   http://www.hnzzzx.gov.cn/c7868/20210310/i1670349.html (株洲 CPPCC three-level consultation)
 *   http://zhuzhou.021cf.cn/index.php/post/57.html, http://zhuzhou.021cf.cn/index.php/post/6239.html (株洲 signing ceremonies, reprints)
 *   http://www.hbxysc.com/html/articles6282018-1172434.html (株洲县 investment drive, 2018)
 *   https://fx361.cc/page/2023/1228/22921247.shtml (湖南 village collective income, 2023)
 *   https://hn.rednet.cn/content/646748/68/12592970.html (资兴 procuratorate, 2023)
 *   https://www.hunantoday.cn/news/xhn/202512/31252969.html (浏阳 bankruptcy restructuring, 2025)
 *   https://eievle.com/ad20/id/7302033.html (湖南法院简报 2023: 株洲 courts and the business environment, reprint)
 *   http://hnlpgd.com/equipment/389.html (郴州 idle land, reprint)
 *   http://edu.people.com.cn/n1/2020/0103/c1053-31534186.html (株洲经开区 Party-building alliance, 2020)
 *   http://le78.cn/view/ent/202409/26/t20240926_39151528.shtml (abandoned farmland, 2024, reprint)
 *   https://www.ctmanga.com/a/zhu-zhou-shi-guo-zi-wei-zhu-ren-song-yu-jia-jian-bing-zhong-huan-xin-ti-zhi-wei-zhi-zao-ming-cheng-gong-xian-guo-zi-dan-dang.html (株洲 state assets commission interview, 2025, reprint)
 *   http://minqi.cn/jujiao/2023/0331/18325.html (株洲 SOE investor roadshow, 2023, reprint)
 */

const HUNAN_DISCIPLINE_2015: Source = {
  url: 'http://covid-19.chinadaily.com.cn/hqgj/jryw/2015-11-24/content_14353359.html',
  publisher: '中国日报网（湖南纪检报道）',
  date: '2015-11-24',
};

const THREE_SYSTEMS_2025: Source = { url: 'https://www.vaic.cc/guandian/2025-09-22/956.html', publisher: '华博咨询', date: '2025-09-22' };

const THREE_SYSTEMS_DZW: Source = { url: 'https://hb.dzwww.com/p/8265388.html', publisher: '大众日报客户端' };

const THREE_SYSTEMS_JLUN: Source = {
  url: 'http://www.jlun.net/bencandy/view.html?fid=19&id=9536',
  publisher: '嘉伦咨询（管理前沿）',
  note: 'consultancy article; date not shown, written during the 2023–2025 deepening action',
};

const HUNAN_SASAC_2021: Source = { url: 'http://aibagu.com/html/202103/92617.html', publisher: '爱扒股（转载湖南省国资委会议报道）', date: '2021-03', note: 'reprint' };

const CHANGSHA_SOE_2025: Source = { url: 'https://cs.rednet.cn/m/content/646956/64/15557168.html', publisher: '红网长沙站', date: '2025' };

const SUYUAN_2022: Source = { url: 'http://www.zwxww.net/html/202209/01/198881.shtml', publisher: '中外新闻网（署名文章）', date: '2022-09-01' };

const HUNAN_COURTS_2021: Source = { url: 'http://fzzx.org.cn/show-358961.html', publisher: '法治资讯网（转湖南法院网）', date: '2021-03-16', note: 'reprint of a Hunan High Court report' };

const HUNAN_LAND_REFORM_2023: Source = {
  url: 'https://hunan.voc.com.cn/article/202301/20230103153816326681.html',
  publisher: '华声在线（新华全媒+）',
  date: '2023-01-03',
};

const ZHEJIANG_PROCURATORATE_2025: Source = { url: 'http://zjrb.zjol.com.cn/html/2025-01/10/content_3796609.htm?div=-1', publisher: '浙江日报', date: '2025-01-10' };

const CCTV_SOE_2022: Source = {
  url: 'http://e.payele.com/s/sdata/wikipedia.php?id=12634',
  publisher: '央视（国资数据中心转载）',
  date: '2022-03-03',
  note: 'reprint of a CCTV report',
};

const ZHUZHOU_HIGHTECH_2022: Source = { url: 'https://epaper.voc.com.cn/hnrb/html/2022-07/30/content_1588585.htm?div=-1', publisher: '湖南日报', date: '2022-07-30' };

const ZHUZHOU_CPPCC: Source = { url: 'http://www.hnzzzx.gov.cn/c7867/20170512/i505551.html', publisher: '政协株洲市委员会', date: '2024-01-24' };

const PUFA_8_ZZRB: Source = { url: 'https://dzb.zzrbnews.com/news/9001.html', publisher: '地方日报数字报（转新华社）', note: 'front page of a local daily carrying a Xinhua report' };

const PUFA_8_TENGZHOU: Source = { url: 'http://ssfj.zaozhuang.gov.cn/ztzl/zxzt/fzsf/202201/t20220111_1376788.html', publisher: '枣庄市司法局（滕州市司法局稿）', date: '2022-01-11' };

export const ECONOMY_E: readonly GlossaryEntry[] = [
  {
    id: 'si-bu-liang-zhi',
    term: '四不两直',
    aliases: [],
    scope: 'national',
    category: 'discipline',
    gloss_zh: '不打招呼、直奔现场的突击检查方式',
    explanation_zh:
      '指检查时不发通知、不打招呼、不听汇报、不用陪同接待，直奔基层、直插现场。它最早是安全生产监管部门的暗查暗访制度，现在纪委查“四风”、督查组检查工作都常用，目的是看到没有准备过的真实情况。',
    english: { text: 'four noes and two directs', official: false },
    gloss_en: 'unannounced inspections that go straight to the site',
    explanation_en:
      'Inspectors send no notice, give no warning, hear no briefing and accept no escort, and go straight to the grassroots and the site. It began as the work-safety regulator’s system of unannounced checks and is now used by discipline inspectors and government inspection teams, so that they see conditions nobody has prepared for them.',
    items: [
      { zh: '不发通知', en: 'no notice' },
      { zh: '不打招呼', en: 'no warning' },
      { zh: '不听汇报', en: 'no briefing' },
      { zh: '不用陪同接待', en: 'no escort or reception' },
      { zh: '直奔基层', en: 'straight to the grassroots' },
      { zh: '直插现场', en: 'straight to the site' },
    ],
    related: ['si-feng'],
    sources: [
      { url: 'http://m.hubeilong.com/c/0P620X3232023.html', publisher: 'hubeilong.com（问答）' },
      { url: 'https://www.whjxw.cn/bzawd/202510/680723.html', publisher: 'whjxw.cn（转网易问答）', date: '2025-10-05' },
      { url: 'http://wmtv.cn/zdzl/6803.html', publisher: 'wmtv.cn（湖南省纪委监委春节专项检查报道）', note: 'report on Hunan discipline inspectors using the method; year not shown' },
    ],
    status: 'verified',
  },
  {
    id: 'yi-an-shuang-cha',
    term: '一案双查',
    aliases: [],
    scope: 'national',
    period: { from: 2014 },
    category: 'discipline',
    gloss_zh: '查处一起案件时，既追究当事人，也追究相关领导的责任',
    explanation_zh:
      '十八届中央纪委三次全会提出，对发生重大腐败案件和不正之风长期蔓延的地方、部门和单位，在追究当事人责任的同时倒查党委主体责任和纪委监督责任。后来《监督执纪工作规则》也把它用于纪检监察干部办案出错的情形。',
    english: { text: 'one case, two investigations', official: false },
    gloss_en: 'each misconduct case also checks the responsible leaders',
    explanation_en:
      'Set out at the third plenary session of the 18th Central Commission for Discipline Inspection (2014): where a serious corruption case or long-running misconduct occurs, besides punishing those directly involved, investigators trace back whether the Party committee and the discipline commission failed in their duties. The discipline commissions’ working rules later applied it to inspectors who mishandle cases as well.',
    related: ['yi-an-cu-gai'],
    sources: [
      { url: 'http://www.71.cn/2014/1231/794740.shtml', publisher: '中国共产党新闻网71.cn（转中国纪检监察报）', date: '2014-12-31' },
      { url: 'http://fzzx.org.cn/show-366793.html', publisher: '法治资讯网（转甘肃纪检监察网，《监督执纪工作规则》释义）', date: '2021-03-16' },
      HUNAN_DISCIPLINE_2015,
    ],
    status: 'verified',
  },
  {
    id: 'san-xiang-zhi-du-gai-ge',
    term: '三项制度改革',
    aliases: [],
    quotedOnly: ['三项制度'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '国有企业人事、用工、分配三项内部制度的市场化改革',
    explanation_zh:
      '指国有企业干部人事、劳动用工、收入分配三项制度的改革，目标是破除“铁饭碗、铁交椅、铁工资”，做到管理人员能上能下、员工能进能出、收入能增能减。它在2020—2022年国企改革三年行动中被列为核心任务，并在此后的深化提升行动中继续推进。',
    english: { text: 'reform of the three systems', official: false },
    gloss_en: 'market-style reform of SOE personnel, hiring and pay systems',
    explanation_en:
      'Reform of three internal systems of state-owned enterprises: the appointment of managers, the hiring of staff and the distribution of pay. It aims to end jobs, posts and wages held for life, so that managers can be moved down, staff can leave and pay can fall. It was the core task of the 2020–2022 three-year SOE reform action and continues in the later deepening action.',
    items: [
      { zh: '干部人事制度', en: 'manager appointment system' },
      { zh: '劳动用工制度', en: 'staff hiring system' },
      { zh: '收入分配制度', en: 'pay distribution system' },
    ],
    related: ['san-neng-ji-zhi', 'ren-qi-zhi-he-qi-yue-hua-guan-li', 'guo-zi-guo-qi-gai-ge'],
    sources: [THREE_SYSTEMS_2025, THREE_SYSTEMS_DZW, THREE_SYSTEMS_JLUN, HUNAN_SASAC_2021],
    status: 'verified',
  },
  {
    id: 'san-neng-ji-zhi',
    term: '三能机制',
    aliases: ['管理人员能上能下、员工能进能出、收入能增能减'],
    quotedOnly: ['三能'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '国企管理人员能上能下、员工能进能出、收入能增能减',
    explanation_zh:
      '国企三项制度改革要达到的状态：管理人员按业绩可升可降，员工可进可出，收入随业绩可增可减。国企改革三年行动把它作为三项制度改革的核心标志，报道常把它对应为“帽子、位子、票子”。',
    english: { text: 'three abilities mechanism', official: false },
    gloss_en: 'SOE managers can be demoted, staff can leave, pay can fall',
    explanation_en:
      'The state that the three-systems reform of state-owned enterprises aims for: managers can move up or down on merit, staff can be hired or let go, and pay can rise or fall with performance. The 2020–2022 three-year SOE reform action made it the mark of a finished personnel reform.',
    items: [
      { zh: '管理人员能上能下', en: 'managers can move up or down' },
      { zh: '员工能进能出', en: 'staff can come and go' },
      { zh: '收入能增能减', en: 'pay can rise or fall' },
    ],
    related: ['san-xiang-zhi-du-gai-ge', 'mo-deng-tiao-zheng'],
    sources: [THREE_SYSTEMS_2025, THREE_SYSTEMS_DZW],
    status: 'verified',
  },
  {
    id: 'ren-qi-zhi-he-qi-yue-hua-guan-li',
    term: '任期制和契约化管理',
    aliases: ['经理层成员任期制和契约化管理', '经理层任期制和契约化管理', '任期制契约化管理'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '国企经理层按固定任期和书面契约考核、定薪、去留',
    explanation_zh:
      '国有企业对总经理、副总经理等经理层成员实行固定任期，签订岗位聘任协议和年度、任期经营业绩责任书，按考核结果兑现薪酬、决定续聘或解聘。它是国企改革三年行动的重点任务，湖南省国资委2021年也把它列入十项重点任务。',
    english: { text: 'tenure system and contractual management of managers', official: false },
    gloss_en: 'SOE managers serve fixed terms under performance contracts',
    explanation_en:
      'State-owned enterprises give their general managers and deputies fixed terms, sign appointment agreements and yearly and term performance contracts with them, and pay, renew or dismiss them according to the results. It was a key task of the three-year SOE reform action and one of the ten tasks Hunan’s state assets commission set for 2021.',
    related: ['san-xiang-zhi-du-gai-ge', 'mo-deng-tiao-zheng'],
    sources: [
      { url: 'https://mip.book118.com/html/2021/0613/6041005132003200.shtm', publisher: '原创力文档（企业实施办法范本）', date: '2021-06', note: 'a company’s implementing rules shared on a document site' },
      { url: 'https://shu.mwkj.net/wxz2021/156/files/basic-html/page304.html', publisher: '《混合所有制改革法律法规政策汇编》（电子书）' },
      HUNAN_SASAC_2021,
    ],
    status: 'verified',
  },
  {
    id: 'mo-deng-tiao-zheng',
    term: '末等调整和不胜任退出',
    aliases: ['末等调整', '末等调整和不胜任退出制度'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '国企考核排末位者调整岗位，不胜任者退出',
    explanation_zh:
      '国企三项制度改革中的刚性做法：考核排在末等的管理人员要被调整岗位，经考核不能胜任的要退出岗位或解聘。国企改革深化提升行动要求把这类制度推广到二三级子企业，长沙湘江集团2020年以来已有900余人次经历末等调整。',
    english: { text: 'adjustment of the lowest-ranked and exit of the unfit', official: false },
    gloss_en: 'bottom-ranked SOE staff are moved, unfit ones removed',
    explanation_en:
      'A hard rule of the state-owned enterprise personnel reform: managers ranked last in appraisals are moved to other posts, and those found unfit leave their posts or are dismissed. The 2023–2025 deepening action asked for it to reach second- and third-tier subsidiaries.',
    related: ['san-xiang-zhi-du-gai-ge', 'san-neng-ji-zhi', 'ren-qi-zhi-he-qi-yue-hua-guan-li'],
    sources: [THREE_SYSTEMS_JLUN, CHANGSHA_SOE_2025],
    status: 'verified',
  },
  {
    id: 'yi-li-wu-lv',
    term: '一利五率',
    aliases: ['两利四率'],
    scope: 'national',
    period: { from: 2023 },
    category: 'economy',
    gloss_zh: '国资委考核国企的利润总额和五项比率指标',
    explanation_zh:
      '国务院国资委从2023年起用来考核中央企业的主要经营指标：一项利润总额，加资产负债率、净资产收益率、研发经费投入强度、全员劳动生产率、营业现金比率五个比率，总要求是“一增一稳四提升”。它取代了此前的“两利四率”，2025年用营业收现率替换了营业现金比率，地方国资委也照此考核。',
    english: { text: 'one profit and five ratios', official: false },
    gloss_en: 'total profit plus five ratios used to rate state firms',
    explanation_en:
      'From 2023 the central state assets commission rates central SOEs on total profit plus five ratios: debt to assets, return on equity, R&D intensity, labour productivity and operating cash ratio, asking that profit grow, debt stay stable and the other four rise. It replaced the earlier “two profits and four ratios”; in 2025 the cash ratio was replaced by the ratio of cash collected to revenue, and local commissions use the same set.',
    items: [
      { zh: '利润总额', en: 'total profit' },
      { zh: '资产负债率', en: 'debt-to-asset ratio' },
      { zh: '净资产收益率', en: 'return on equity' },
      { zh: '研发经费投入强度', en: 'R&D spending intensity' },
      { zh: '全员劳动生产率', en: 'labour productivity' },
      { zh: '营业现金比率', en: 'operating cash ratio' },
    ],
    related: ['guo-zi-guo-qi-gai-ge'],
    sources: [
      {
        url: 'https://cidian.kuaisou.com/%E5%9B%BD%E8%B5%84%E5%A7%94%E4%B8%80%E5%88%A9%E4%BA%94%E7%8E%87%E6%8C%87%E6%A0%87',
        publisher: '快搜词典（汇集国资委会议报道）',
        note: 'a search-engine page quoting reports of the central state assets commission meetings',
      },
    ],
    status: 'verified',
  },
  {
    id: 'liang-fei-liang-zi',
    term: '两非两资',
    aliases: [],
    scope: 'national',
    category: 'economy',
    gloss_zh: '国企要剥离的非主业、非优势业务和低效、无效资产',
    explanation_zh:
      '“两非”指非主业、非优势业务，“两资”指低效资产、无效资产，国企改革要求把它们剥离清退，把国有资本集中到主责主业。到2022年3月，央企和地方国企的清退完成率已超过85%，2025年国资委仍把它列为重点。',
    english: { text: 'two non- businesses and two kinds of assets', official: false },
    gloss_en: 'non-core businesses and low-yield assets SOEs must shed',
    explanation_en:
      'Non-core and uncompetitive businesses, and low-yield and useless assets, which state-owned enterprises are told to sell off or close so that state capital goes to their main business. By March 2022 over 85% had been cleared, and the state assets commission still listed the task in 2025.',
    items: [
      { zh: '非主业', en: 'non-core business' },
      { zh: '非优势业务', en: 'uncompetitive business' },
      { zh: '低效资产', en: 'low-yield assets' },
      { zh: '无效资产', en: 'useless assets' },
    ],
    related: ['guo-zi-guo-qi-gai-ge'],
    sources: [{ url: 'https://www.chinatimes.net.cn/article/145281.html', publisher: '华夏时报', date: '2025' }, CCTV_SOE_2022],
    status: 'verified',
  },
  {
    id: 'rong-zi-ping-tai-tui-chu',
    term: '融资平台退出',
    aliases: ['退出融资平台', '融资平台出清'],
    scope: 'national',
    period: { from: 2023 },
    category: 'economy',
    gloss_zh: '地方融资平台剥离政府融资功能、转为普通国企',
    explanation_zh:
      '化解地方债务的一环：城投等融资平台清零隐性债务、不再替政府融资，转型为自主经营、自负盈亏的市场化企业，再申请退出平台名单。2024年的相关通知要求在2027年6月底前完成，2025年中央政治局会议提出“有力有序有效推进地方融资平台出清”。',
    english: { text: 'exit of local financing platforms', official: false },
    gloss_en: 'local government financing vehicles becoming ordinary companies',
    explanation_en:
      'Part of resolving local government debt: city investment companies and other financing vehicles clear their hidden debt, stop borrowing for the government and become companies that run and answer for themselves, then leave the platform list. A 2024 notice set the end of June 2027 as the deadline, and the Politburo called in July 2025 for the platforms to be cleared out.',
    related: ['rong-zi-ping-tai', 'hua-zhai', 'yin-xing-zhai-wu'],
    sources: [
      { url: 'https://gubaposthk.eastmoney.com/news,cjpl,1624074089.html', publisher: '东方财富网（转载国家金融监督管理总局潍坊监管分局课题组文章）', date: '2025', note: 'reprint' },
      { url: 'http://www.ldgdb.com/Html/2019-12-05/2294.html', publisher: '娄底广播电视报网', date: '2019-12-05' },
    ],
    status: 'verified',
  },
  {
    id: 'ling-ji-yu-suan',
    term: '零基预算改革',
    aliases: ['零基预算', '深化零基预算改革'],
    scope: 'national',
    period: { from: 2024 },
    category: 'economy',
    gloss_zh: '每年从零审核支出、打破“基数加增长”的预算编法',
    explanation_zh:
      '编预算时不再以上年支出为基数逐年加码，而是每个项目从零论证要不要花、花多少，低效无效的支出予以清理。党的二十届三中全会提出深化零基预算改革，湖南2024年11月起在省市县三级全面推开，不搞试点。',
    english: { text: 'zero-based budgeting reform', official: false },
    gloss_en: 'budgets rebuilt from zero each year instead of last year’s base',
    explanation_en:
      'Budgets are no longer last year’s spending plus an increase: every item must justify from zero whether and how much to spend, and low-value spending is cut. The Party’s third plenum of 2024 called for deepening it, and from November 2024 Hunan applied it at province, city and county level at once, without pilots.',
    related: ['guo-jin-ri-zi'],
    sources: [
      { url: 'https://www.zgcznet.com/pub/cjzzs/zdct/202601/20260104/j_2026010416161700017675147107408671.html', publisher: '中国财政杂志社', date: '2026-01-04' },
      { url: 'http://www.1000cx.com/szjj/detail/20251020/1000200033135991760942453537848767_1.html', publisher: '半月谈（转载）', date: '2025-10-20', note: 'reprint' },
      { url: 'https://reportify.ai/news/1201107013862559744', publisher: 'reportify（人民日报报道摘要）', date: '2025-12-23', note: 'English summary of a People’s Daily report' },
    ],
    status: 'verified',
  },
  {
    id: 'yi-fu-yi-wei-liang-yuan',
    term: '一府一委两院',
    aliases: ['一府两院'],
    scope: 'national',
    category: 'peoples-congress',
    gloss_zh: '人大监督的政府、监察委员会、法院和检察院',
    explanation_zh:
      '由人大产生、对人大负责、受人大监督的四个国家机关：人民政府、监察委员会、人民法院、人民检察院。2018年设立监察委员会之前的说法是“一府两院”，人大常委会听取它们的工作报告、开展满意度测评时常这样统称。',
    english: { text: 'the government, the supervisory commission, the court and the procuratorate', official: false },
    gloss_en: 'the government, supervisory commission, court and procuratorate',
    explanation_en:
      'The four state bodies that a people’s congress elects and oversees: the people’s government, the supervisory commission, the people’s court and the people’s procuratorate. Before supervisory commissions were set up in 2018 the phrase named only the government, the court and the procuratorate.',
    items: [
      { zh: '人民政府', en: 'people’s government' },
      { zh: '监察委员会', en: 'supervisory commission' },
      { zh: '人民法院', en: 'people’s court' },
      { zh: '人民检察院', en: 'people’s procuratorate' },
    ],
    related: ['quan-guo-cheng-ren-min-min-zhu'],
    sources: [
      { url: 'http://www.npc.gov.cn/c2/kgfb/202601/t20260121_451255.html', publisher: '中国人大网', date: '2026-01-21' },
      { url: 'http://www.qzrd.gov.cn/yjts/202510/t20251016_3218862.htm', publisher: '泉州人大网', date: '2025-10-16' },
      { url: 'https://www.ncrd.gov.cn/index.php?m=content&c=index&a=show&catid=14&id=459', publisher: '南充人大网', date: '2022-09-03' },
    ],
    status: 'verified',
  },
  {
    id: 'min-sheng-shi-shi-piao-jue-zhi',
    term: '民生实事项目人大代表票决制',
    aliases: ['民生实事票决制', '民生实事项目代表票决制', '人大代表票决民生实事'],
    quotedOnly: ['票决制'],
    scope: 'national',
    category: 'peoples-congress',
    gloss_zh: '由人大代表投票决定当年办哪些民生实事',
    explanation_zh:
      '政府广泛征集民生实事候选项目，在人代会上由人大代表投票选定，再由政府实施、人大监督、年底评议。株洲2019年在湖南率先开展，县乡两级已全覆盖，2021年票决产生县级项目82个、乡级项目208个。',
    english: { text: 'people’s deputies voting on livelihood projects', official: false },
    gloss_en: 'deputies vote on which livelihood projects get done',
    explanation_en:
      'The government collects candidate projects for the year’s livelihood programme, people’s congress deputies vote on them, the government carries out the chosen ones and the congress oversees them. Zhuzhou was first in Hunan to use it, from 2019, and covers every county and township; in 2021 the vote chose 82 county and 208 township projects.',
    related: ['min-sheng-shi-shi', 'quan-guo-cheng-ren-min-min-zhu', 'ren-da-dai-biao-lian-luo-zhan'],
    sources: [
      { url: 'http://218.28.6.71:81/Qikan/Article/Detail?id=7106863444', publisher: '《人民之友》（期刊库摘要）', date: '2022' },
      { url: 'https://hnrb.hunantoday.cn/hnrb_epaper/html/2024-03/12/content_1675904.htm?div=-1', publisher: '湖南日报', date: '2024-03-12' },
      { url: 'https://rdzd.henanrd.gov.cn/2023/07-21/183489.html', publisher: '河南人大制度理论研究会', date: '2023-07-21' },
    ],
    status: 'verified',
  },
  {
    id: 'wei-yuan-you-hua-shuo',
    term: '委员有话说',
    aliases: [],
    scope: 'zhuzhou',
    period: { from: 2022 },
    category: 'united-front',
    gloss_zh: '株洲市政协就专题请委员发言、部门当场回应的民主监督活动',
    explanation_zh:
      '株洲市政协打造的履职平台之一，与“株事好商量”等并列：围绕一个专题，政协委员先调研，再在活动上发言提意见，相关部门负责人当场逐一回应。例如2025年第一期围绕招商引资项目履约开展专题民主监督。',
    english: { text: 'Members Have Their Say', official: false },
    gloss_en: 'Zhuzhou CPPCC sessions where members question departments',
    explanation_en:
      'One of the platforms the Zhuzhou CPPCC set up, alongside its consultation halls: members study one topic, speak on it at a session, and the heads of the departments concerned answer on the spot. The first session of 2025 was democratic oversight of whether signed investment projects were being carried out.',
    related: ['zhu-shi-hao-shang-liang', 'zheng-xie-wei-yuan-gong-zuo-shi'],
    sources: [ZHUZHOU_CPPCC, { url: 'http://www.xiangshengnet.com/info/48543.html?cid=3', publisher: '湖南政协新闻网（湘声报）', date: '2025-09-19' }],
    status: 'partial',
    missing: 'the year the platform started is not given; 2022 is inferred from the CPPCC term that set it up',
    missing_zh: '所引页面没有写明开始年份，2022年是根据创设它的十届市政协的履职时间推断的。',
  },
  {
    id: 'su-yuan-zhi-li',
    term: '诉源治理',
    aliases: ['诉源治理机制'],
    scope: 'national',
    period: { from: 2019 },
    category: 'rule-of-law',
    gloss_zh: '从源头预防和化解纠纷，减少打官司',
    explanation_zh:
      '把非诉讼纠纷解决机制挺在前面，通过调解、诉调对接等办法在纠纷进入法院之前就化解它，从源头上减少诉讼增量。它由成都法院2016年首先提出，2019年写入最高人民法院第五个五年改革纲要，湖南法院设有数百个诉源治理工作站。',
    english: { text: 'governance at the source of litigation', official: false },
    gloss_en: 'settling disputes early so fewer reach the courts',
    explanation_en:
      'Putting non-litigation ways of settling disputes first — mediation, court-linked mediation and the like — so that conflicts are resolved before they become lawsuits. Chengdu courts coined it in 2016, the Supreme People’s Court’s fifth five-year reform outline made it national in 2019, and Hunan’s courts run hundreds of workstations for it.',
    related: ['liang-ge-yi-zhan-shi', 'feng-qiao-jing-yan', 'zong-zhi-zhong-xin'],
    sources: [SUYUAN_2022, { url: 'http://m.zgkjsz.com/page/2024/0106/22933554.shtml', publisher: '期刊文章（中国科技纵横网转载）', date: '2024-01-06' }, HUNAN_COURTS_2021],
    status: 'verified',
  },
  {
    id: 'liang-ge-yi-zhan-shi',
    term: '两个一站式',
    aliases: [],
    scope: 'national',
    period: { from: 2019 },
    category: 'rule-of-law',
    gloss_zh: '法院的一站式多元解纷机制和一站式诉讼服务中心',
    explanation_zh:
      '2019年最高人民法院提出建设一站式多元解纷机制和一站式诉讼服务中心：纠纷在一处就能选择调解、速裁或审判，立案、咨询、交费等诉讼事务在一处办完。湖南高院2020年出台实施意见，全省法院把它与诉源治理一起推进。',
    english: { text: 'the two one-stops', official: false },
    gloss_en: 'courts’ one-stop dispute resolution and one-stop litigation service',
    explanation_en:
      'Set by the Supreme People’s Court in 2019: a one-stop mechanism where a dispute can go to mediation, fast-track or full trial, and a one-stop service centre where filing, enquiries and fees are handled in one place. Hunan’s High Court issued its implementing opinions in 2020.',
    items: [
      { zh: '一站式多元解纷机制', en: 'one-stop multiple dispute resolution' },
      { zh: '一站式诉讼服务中心', en: 'one-stop litigation service centre' },
    ],
    related: ['su-yuan-zhi-li'],
    sources: [
      { url: 'http://www.bjpress.cn/zhengcezx/123762.html', publisher: 'bjpress.cn（转湖南省高级人民法院文件）', date: '2020-04-20' },
      HUNAN_COURTS_2021,
      SUYUAN_2022,
    ],
    status: 'verified',
  },
  {
    id: 'si-da-jian-cha',
    term: '四大检察',
    aliases: [],
    scope: 'national',
    category: 'rule-of-law',
    gloss_zh: '检察院的刑事、民事、行政、公益诉讼四类检察工作',
    explanation_zh:
      '检察机关的四大职能板块：刑事检察、民事检察、行政检察和公益诉讼检察。报道中“融合四大检察”“四大检察涉企案件”就是指这四类业务一起发力。',
    english: { text: 'the four procuratorial functions', official: false },
    gloss_en: 'criminal, civil, administrative and public-interest procuratorial work',
    explanation_en:
      'The four fields of procuratorial work: criminal, civil, administrative and public-interest litigation. Reports that speak of combining the four mean using all of them together on one problem.',
    items: [
      { zh: '刑事检察', en: 'criminal procuratorial work' },
      { zh: '民事检察', en: 'civil procuratorial work' },
      { zh: '行政检察', en: 'administrative procuratorial work' },
      { zh: '公益诉讼检察', en: 'public-interest litigation' },
    ],
    related: ['jian-cha-hu-qi'],
    sources: [ZHEJIANG_PROCURATORATE_2025, { url: 'https://fx361.cc/page/2024/1125/24729529.shtml', publisher: '期刊文章（fx361转载）', date: '2024-11-25' }],
    status: 'verified',
  },
  {
    id: 'jian-cha-hu-qi',
    term: '检察护企',
    aliases: ['检察护企专项行动'],
    scope: 'national',
    period: { from: 2024 },
    category: 'rule-of-law',
    gloss_zh: '检察机关依法保护企业、优化营商环境的专项行动',
    explanation_zh:
      '最高人民检察院2024年2月至12月开展的专项行动，列出14项重点措施，包括严惩破坏公平竞争和民企内部腐败的犯罪、清理久拖不决的涉企“挂案”、监督涉企违法查封扣押冻结等。此后各地检察院继续以这个名义办理涉企案件。',
    english: { text: 'procuratorial protection of enterprises', official: false },
    gloss_en: 'prosecutors’ campaign to protect businesses',
    explanation_en:
      'A campaign the Supreme People’s Procuratorate ran from February to December 2024 with 14 measures: punishing crimes against fair competition and corruption inside private firms, clearing long-stalled cases hanging over companies, checking unlawful seizures and freezes of company property and more. Local procuratorates still report cases under this name.',
    related: ['si-da-jian-cha', 'ying-shang-huan-jing'],
    sources: [
      { url: 'http://yzdb.cn/html/202422895980.html', publisher: 'yzdb.cn（转最高检消息）', date: '2024-02' },
      { url: 'https://www.tellerreport.com/news/2024-02-25-the-supreme-people-s-procuratorate-launched-the-%22procuratorial-protection-of-enterprises%22-special-action-to-clarify-14-key-work-measures.ByDpENdh6.html', publisher: 'Teller Report（译中国新闻网）', date: '2024-02-25' },
      { url: 'http://sxzf.gov.cn/html/13/144073.html', publisher: 'sxzf.gov.cn（转最高检通报）', date: '2024' },
    ],
    status: 'verified',
  },
  {
    id: 'feng-qiao-shi-gong-an-pai-chu-suo',
    term: '枫桥式公安派出所',
    aliases: ['枫桥式派出所'],
    scope: 'national',
    period: { from: 2019 },
    category: 'security',
    gloss_zh: '公安部命名的践行“枫桥经验”的先进派出所',
    explanation_zh:
      '公安机关坚持和发展“枫桥经验”的载体：派出所依靠群众把矛盾纠纷化解在基层，做到矛盾不上交。2019年公安部评选命名首批100个“枫桥式公安派出所”，此后各地掀起创建热潮。',
    english: { text: 'Fengqiao-style police station', official: false },
    gloss_en: 'model police station that settles disputes locally',
    explanation_en:
      'A police station recognised for following the Fengqiao experience: working with residents to settle disputes and conflicts locally rather than passing them upward. The Ministry of Public Security named the first 100 in 2019, and stations everywhere have since competed for the title.',
    related: ['feng-qiao-jing-yan', 'zong-zhi-zhong-xin'],
    sources: [
      { url: 'https://m.fx361.cc/news/2021/0228/18037647.html', publisher: '期刊文章（fx361转载）', date: '2021-02-28' },
      { url: 'http://211.103.209.164/news/show.aspx?id=9963', publisher: '中国人民公安大学出版社', date: '2024-08-02' },
    ],
    status: 'verified',
  },
  {
    id: 'fu-yuan-lian-dong',
    term: '府院联动',
    aliases: ['府院联动机制', '府院协调联动机制'],
    scope: 'national',
    category: 'rule-of-law',
    gloss_zh: '政府与法院协同处理企业破产等问题的机制',
    explanation_zh:
      '在地方党委统一领导下，政府各部门和法院建立协调机制，法院主导司法程序，政府负责职工安置、资产处置、税费、信用修复、注销登记等行政事务，多用于企业破产。它起于地方实践，2025年公布的企业破产法修订草案拟要求县级以上政府建立破产工作协调机制，株洲攸县等地也用它服务园区企业。',
    english: { text: 'government–court coordination', official: false },
    gloss_en: 'local government and courts working together, mainly on bankruptcies',
    explanation_en:
      'A standing arrangement in which the local government’s departments and the court work together under the Party committee: the court runs the legal procedure while the government handles workers, asset sales, taxes, credit repair and deregistration, mostly in company bankruptcies. It grew out of local practice, and a 2025 draft revision of the bankruptcy law would require governments at county level and above to set up such a mechanism.',
    related: ['ying-shang-huan-jing'],
    sources: [
      { url: 'http://zgkjsz.com/page/2023/0105/14209620.shtml', publisher: '期刊文章（中国科技纵横网转载）', date: '2023-01-05' },
      { url: 'https://www.pufalianzheng.com/9149.html', publisher: '普法廉政网（转湖南法治报）', date: '2025-11-27', note: 'reprint of a Hunan Legal Daily report from You county, Zhuzhou' },
      { url: 'http://m.zichanjie.com/article/986959.html', publisher: '资产界（转中国破产法论坛）', date: '2025' },
    ],
    status: 'verified',
  },
  {
    id: 'ba-wu-pu-fa',
    term: '八五普法',
    aliases: ['八五普法规划'],
    scope: 'national',
    period: { from: 2021, to: 2025 },
    category: 'rule-of-law',
    gloss_zh: '2021—2025年第八个五年全民法治宣传教育',
    explanation_zh:
      '中宣部、司法部制定、中共中央国务院转发的第八个五年法治宣传教育规划（2021—2025年），重点宣传习近平法治思想、宪法、民法典等，以国家工作人员和青少年为重点对象。全民普法每五年一个规划，“六五”“七五”普法分别指2011—2015年、2016—2020年的规划。',
    english: { text: 'the eighth five-year legal awareness campaign', official: false },
    gloss_en: 'China’s 2021–2025 plan for teaching the public the law',
    explanation_en:
      'The eighth five-year plan (2021–2025) for legal publicity and education, drawn up by the Party’s publicity department and the Ministry of Justice, focusing on Xi Jinping’s thought on the rule of law, the constitution and the civil code, and aimed above all at civil servants and young people. Such plans run in five-year rounds: the sixth covered 2011–2015 and the seventh 2016–2020.',
    related: ['shui-zhi-fa-shui-pu-fa', 'quan-mian-yi-fa-zhi-guo'],
    sources: [PUFA_8_ZZRB, PUFA_8_TENGZHOU, { url: 'http://caministries.org/xwzx/zwyw/202111/t20211116_3130144.html', publisher: '中卫日报（转载页）', date: '2021-11-16', note: 'reprint' }, { url: 'http://www.96sk.com/post/41178.html', publisher: '96sk.com（六五、七五普法综述）' }],
    status: 'verified',
  },
  {
    id: 'shui-zhi-fa-shui-pu-fa',
    term: '谁执法谁普法',
    aliases: ['谁执法谁普法普法责任制'],
    scope: 'national',
    category: 'rule-of-law',
    gloss_zh: '执法部门负责向群众宣讲自己所执行的法律',
    explanation_zh:
      '普法责任制的核心要求：哪个部门执法，就由哪个部门在执法、司法和法律服务过程中向当事人和公众讲解相关法律，而不是只靠司法行政部门宣传。它在“七五”普法期间普遍推行，“八五”普法规划要求继续落实。',
    english: { text: 'whoever enforces the law teaches it', official: false },
    gloss_en: 'each enforcement agency must explain the laws it enforces',
    explanation_en:
      'The core of the responsibility system for legal publicity: the agency that enforces a law must explain it to the people it deals with and to the public while it enforces it, instead of leaving legal education to the justice bureaus. It spread during the 2016–2020 legal publicity plan, and the 2021–2025 plan keeps it.',
    related: ['ba-wu-pu-fa'],
    sources: [{ url: 'http://fjnews.fjsen.com/2021-09/03/content_30833494.htm', publisher: '东南网（福建“八五”普法规划）', date: '2021-09-03' }, PUFA_8_TENGZHOU],
    status: 'verified',
  },
  {
    id: 'rong-que-shou-li',
    term: '容缺受理',
    aliases: ['容缺办理', '容缺审批'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '次要材料暂缺也先受理审批，事后限期补齐',
    explanation_zh:
      '办理审批时，只要基本条件具备、主要材料齐全，缺少的次要材料可由申请人书面承诺限期补交，审批部门先受理、先审查，补齐后再发证照。湖南园区用它配合带方案出让土地，推动产业项目“拿地即开工”。',
    english: { text: 'acceptance with documents pending', official: false },
    gloss_en: 'applications accepted before minor papers are supplied',
    explanation_en:
      'If an applicant meets the basic conditions and has the main documents, an approval office accepts and examines the case while minor documents are still missing, on a written promise to supply them by a deadline; the permit is issued once they arrive. Hunan’s industrial parks use it, with land sold together with approved designs, so that projects can start building as soon as they get their land.',
    related: ['na-di-ji-kai-gong', 'gao-zhi-cheng-nuo-zhi', 'fang-guan-fu'],
    sources: [
      { url: 'http://xzspj.xa.gov.cn/zwgk/zcjd/zcjd/64a4f814f8fd1c1a7034a157.html', publisher: '西安市行政审批服务局' },
      { url: 'http://www.zjzjxh.com/front/news/3/18/2c903feb6a357922016a4e1346a5000a', publisher: 'zjzjxh.com（台州市住建局报道）', date: '2019-04-24' },
      HUNAN_LAND_REFORM_2023,
    ],
    status: 'verified',
  },
  {
    id: 'na-di-ji-kai-gong',
    term: '拿地即开工',
    aliases: [],
    scope: 'national',
    category: 'investment',
    gloss_zh: '项目一拿到土地就能动工建设',
    explanation_zh:
      '把规划设计、施工许可等审批提前到拿地之前或与拿地同步办理，例如带规划设计方案出让土地、施工图容缺受理，使企业取得土地后马上开工。湖南多地园区在2023年开年抢抓产业项目时这样做。',
    english: { text: 'start building as soon as land is acquired', official: false },
    gloss_en: 'construction starting the day a project gets its land',
    explanation_en:
      'Planning, design and building approvals are handled before or together with the land sale — land sold with its design already approved, drawings accepted with documents pending — so that a company can start building the moment it has the land. Parks across Hunan did this to rush industrial projects at the start of 2023.',
    related: ['rong-que-shou-li', 'biao-zhun-di'],
    sources: [HUNAN_LAND_REFORM_2023],
    status: 'verified',
  },
  {
    id: 'pi-er-wei-gong',
    term: '批而未供',
    aliases: ['批而未供土地'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '已批准为建设用地、却迟迟没有供给项目的土地',
    explanation_zh:
      '指已经批准转为建设用地、但还没有通过出让或划拨供给具体项目的土地，是土地资源闲置的一种。湖南2020年清理出首批批而未供土地涉及331个项目、约2.66万亩，其中株洲36个，相关用地批准文件被认定无效。',
    english: { text: 'approved but not supplied', official: false },
    gloss_en: 'land approved for building but never handed to a project',
    explanation_en:
      'Land whose conversion to construction use has been approved but which has not yet been sold or allocated to any project, one form of idle land. In 2020 Hunan’s first clean-up voided the approvals for 331 such projects covering about 26,600 mu, 36 of them in Zhuzhou.',
    related: ['biao-zhun-di'],
    sources: [{ url: 'https://www.xiaoxiangtoutiao.com/a/dianjingzixun/caishui/2020/0513/4372.html', publisher: '潇湘头条', date: '2020-05-13' }],
    status: 'partial',
    missing: 'no official definition was read; the meaning is taken from how the Hunan clean-up report uses the phrase',
    missing_zh: '没有读到官方定义，含义依据湖南清理报道中的用法归纳。',
  },
  {
    id: 'san-bian-gai-ge',
    term: '三变改革',
    aliases: ['农村三变改革', '资源变资产、资金变股金、农民变股东'],
    quotedOnly: ['三变'],
    scope: 'national',
    period: { from: 2014 },
    category: 'rural',
    gloss_zh: '农村资源变资产、资金变股金、农民变股东的改革',
    explanation_zh:
      '把农村的土地、林地等资源折价入股变成资产，把投向农村的财政资金量化为村集体或农户的股金，让农民以承包地经营权等入股成为股东，按股分红。它发端于2014年贵州六盘水，2017年起写入中央一号文件并在各地推广。',
    english: { text: 'the three changes reform', official: false },
    gloss_en: 'turning rural resources, funds and farmers into assets, shares and shareholders',
    explanation_en:
      'Village land and forests are valued and invested as assets, state money sent to villages is counted as shares held by the village or households, and farmers invest their land-use rights to become shareholders who draw dividends. It began in Liupanshui, Guizhou, in 2014 and has been in the central No. 1 document and spread nationwide since 2017.',
    items: [
      { zh: '资源变资产', en: 'resources into assets' },
      { zh: '资金变股金', en: 'funds into shares' },
      { zh: '农民变股东', en: 'farmers into shareholders' },
    ],
    related: ['cun-ji-ti-jing-ji', 'san-zi', 'xiang-cun-zhen-xing'],
    sources: [
      { url: 'http://japanese.china.org.cn/jp/china_key_words/2022-01/05/content_77935027.htm', publisher: '中国网（中国关键词）', date: '2022-01-05' },
      { url: 'http://llyj.net/xueshu/show-31446.html', publisher: '理论研究网（学术文章）' },
      { url: 'https://aipiwu.com/article/90817.html', publisher: 'aipiwu.com（转中央农办调研报告）', note: 'reprint of a central rural work office survey' },
    ],
    status: 'verified',
  },
  {
    id: 'xiang-mu-wei-wang',
    term: '项目为王',
    aliases: ['项目为王、项目为大、项目为先'],
    scope: 'national',
    category: 'investment',
    gloss_zh: '把抓项目当作发展经济的头等大事',
    explanation_zh:
      '地方抓经济的口号，意思是一切工作围绕招商引资和项目建设展开，以项目投资、开工、投产的进度衡量发展。长沙县等地常与“项目为大、项目为先”连用，并配合“项目建设年”“项目攻坚年”之类的年度活动。',
    english: { text: 'projects are king', official: false },
    gloss_en: 'putting investment projects above everything else',
    explanation_en:
      'A local slogan meaning that all economic work revolves around winning investment and building projects, and progress is measured by how fast projects are invested in, started and put into production. Places such as Changsha county pair it with yearly drives like a “project construction year”.',
    related: ['zhao-shang-yin-zi', 'zhuzhou-xiang-mu-gong-jian-nian-2023'],
    sources: [{ url: 'http://changkuchuzu.com/index.php/post/12908.html', publisher: 'changkuchuzu.com（长沙县项目建设报道转载）', note: 'reprint; date not shown' }],
    status: 'partial',
    missing: 'who coined it and since when is not found; one reprint only',
    missing_zh: '没有查到谁最先提出、从何时起使用，只有一篇转载报道。',
  },
  {
    id: 'ji-du-gong-shi',
    term: '季度攻势',
    aliases: ['招商季度攻势'],
    quotedOnly: ['季度攻势'],
    scope: 'zhuzhou',
    period: { from: 2022 },
    category: 'investment',
    gloss_zh: '株洲高新区按季度派小分队集中外出招商的活动',
    explanation_zh:
      '株洲高新区（天元区）以“引项目、去存量、炼队伍”为目的、按季节开展的系列招商活动，“夏季攻势”即其中之一。2022年夏季攻势派出83名招商人员分12支小分队南下大湾区，签约41个项目，消化存量标准厂房30万平方米。',
    english: { text: 'quarterly offensive', official: false },
    gloss_en: 'Zhuzhou high-tech zone’s season-by-season investment drives',
    explanation_en:
      'A series of seasonal investment drives run by the Zhuzhou high-tech zone (Tianyuan district) to win projects, fill empty factory space and train its staff; the summer offensive is one of them. In 2022 the summer round sent 83 people in 12 teams to the Greater Bay Area and signed 41 projects, filling 300,000 square metres of ready-built factories.',
    related: ['xia-ji-gong-shi', 'zhao-shang-yin-zi', 'xiang-shang-hui-gui'],
    sources: [ZHUZHOU_HIGHTECH_2022, { url: 'https://m-xhncloud.voc.com.cn/portal/news/show?id=4507250', publisher: '新湖南（湖南日报）', date: '2022-07-30' }],
    status: 'verified',
  },
  {
    id: 'xiang-qi-chu-hai',
    term: '湘企出海',
    aliases: ['湘企出海+'],
    scope: 'hunan',
    category: 'investment',
    gloss_zh: '湖南企业到海外投资、承包工程和开拓市场',
    explanation_zh:
      '湖南对本省企业“走出去”的说法，包括境外投资、对外承包工程和开拓海外市场。湖南建有“湘企出海+”综合服务平台，为企业国际化经营提供公益服务。',
    english: { text: 'Hunan enterprises going overseas', official: false },
    gloss_en: 'Hunan companies investing and building abroad',
    explanation_en:
      'Hunan’s name for its companies going abroad: investing overseas, contracting foreign construction projects and opening foreign markets. The province runs a “Hunan enterprises going overseas+” service platform, a public service for firms operating internationally.',
    related: ['xiang-shang-hui-gui'],
    sources: [
      { url: 'https://hn.rednet.cn/m/content/2021/02/20/9009396.html', publisher: '红网', date: '2021-02-20' },
      { url: 'http://111.203.215.41/index.php?C=BSVZ.html', publisher: '中国新闻网（转载）', date: '2023-12-25', note: 'mirror of a China News Service report' },
    ],
    status: 'verified',
  },
  {
    id: 'wu-hua-zhi-bu',
    term: '党支部五化建设',
    aliases: ['五化支部', '支部五化建设', '基层党支部五化建设'],
    scope: 'hunan',
    period: { from: 2017 },
    category: 'party-building',
    gloss_zh: '湖南推行的党支部标准化规范化建设，共五个“化”',
    explanation_zh:
      '湖南2017年全省组织部长会议提出、2018年省委组织部发文推进的党支部建设标准：支部设置标准化、组织生活正常化、管理服务精细化、工作制度体系化、阵地建设规范化。各市县按村、社区、机关、企业、学校等类别细化标准，评定示范点或星级支部。',
    english: { text: 'the five standards for Party branches', official: false },
    gloss_en: 'Hunan’s five-point standard for building Party branches',
    explanation_en:
      'A standard for Party branches that Hunan set out in 2017 and the provincial organisation department pushed from 2018: standard structure, regular branch meetings, careful management and service, a complete set of rules, and proper premises. Cities and counties turn it into detailed checklists for villages, communities, offices, companies and schools and rate branches against them.',
    items: [
      { zh: '支部设置标准化', en: 'standard branch structure' },
      { zh: '组织生活正常化', en: 'regular organisational life' },
      { zh: '管理服务精细化', en: 'careful management and service' },
      { zh: '工作制度体系化', en: 'a complete set of working rules' },
      { zh: '阵地建设规范化', en: 'proper activity premises' },
    ],
    related: ['san-hui-yi-ke'],
    sources: [
      { url: 'https://yixianlou.com/46622.html', publisher: '新华网（转载）', date: '2017-06-07', note: 'reprint of a Xinhua report from Shaoshan' },
      { url: 'https://p2.ttnews.xyz/a/5e5e9f46dc9b5e0170ea6b23?lang=zh-hant', publisher: '新湖南（转载）', note: 'reprint of a report from Xiangxi citing the 2018 provincial document' },
      { url: 'https://yz.rednet.cn/content/2019/03/25/5256093.html', publisher: '红网（转湖南日报）', date: '2019-03-25' },
      { url: 'https://xt.rednet.cn/content/2020/07/08/7604420.html', publisher: '红网湘潭站', date: '2020-07-08' },
    ],
    status: 'verified',
  },
  {
    id: 'di-xiao-yong-di-zai-kai-fa',
    term: '低效用地再开发',
    aliases: ['城镇低效用地再开发', '盘活低效用地'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '把闲置或产出很低的建设用地收回、改造后重新利用',
    explanation_zh:
      '对停产企业厂区、利用率低的老工业用地等进行收回、分割转让、合作开发或“工业上楼”改造，把它们重新用于新项目，向存量要空间。株洲市资规局曾公布一批典型案例，全市超过1000亩低效用地被重新利用。',
    english: { text: 'redevelopment of inefficiently used land', official: false },
    gloss_en: 'reviving idle or low-output building land for new projects',
    explanation_en:
      'Idle factory sites and old industrial land that produce little are taken back, split up, developed jointly or rebuilt as multi-storey factories and handed to new projects, so that growth comes from land already built on. Zhuzhou’s natural resources bureau has published model cases, with more than 1,000 mu put back to use.',
    related: ['mu-jun-xiao-yi', 'pi-er-wei-gong', 'teng-long-huan-niao'],
    sources: [
      { url: 'http://www.zzgxxc.cn/content/14831500', publisher: '株洲新闻网（知株侠）', note: 'date not shown' },
      { url: 'https://www.icswb.com/newspaper_article-detail-1826405.html', publisher: '长沙晚报', note: 'date not shown; after May 2024' },
      { url: 'http://www.cs0799.com/portal.php?mod=view&aid=53863', publisher: '萍乡城事网（萍乡市自然资源和规划局稿）', date: '2021-04-01' },
    ],
    status: 'verified',
  },
  {
    id: 'zhi-zhuan-po',
    term: '执转破',
    aliases: ['执行转破产'],
    scope: 'national',
    category: 'rule-of-law',
    gloss_zh: '把执行不了的企业案件转入破产程序，让“僵尸企业”退出',
    explanation_zh:
      '被执行企业没有财产可供执行、已资不抵债时，法院把这些执行案件移送破产审查，通过破产清算或重整一次性了结，让“僵尸企业”有序退出市场。它被看作解决执行难的“最后一公里”，也是法院“办理破产”营商环境指标的重点。',
    english: { text: 'from enforcement to bankruptcy', official: false },
    gloss_en: 'moving unenforceable cases against a firm into bankruptcy',
    explanation_en:
      'When a company that owes court judgments has nothing left to seize and its debts exceed its assets, the court sends the enforcement cases to bankruptcy review, so that liquidation or restructuring settles them all at once and the zombie company leaves the market. Courts treat it as the last step in solving hard-to-enforce judgments.',
    related: ['fu-yuan-lian-dong', 'jiang-shi-qi-ye', 'ying-shang-huan-jing'],
    sources: [
      { url: 'http://www.360elib.com:2027/detail.aspx?NewsCode=NC347&NewsId=42800312&OrgId=001', publisher: '人民法院报（电子报）', note: 'year not shown; written under the 2024 court indicator system' },
      { url: 'https://chinacourt.org/article/detail/2024/10/id/8154192.shtml', publisher: '中国法院网', date: '2024-10-16' },
      { url: 'http://m.all-bahamas.com/news/18547.html', publisher: '辽宁长安网（转载）', date: '2018', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'wei-fu-bai',
    term: '微腐败',
    aliases: [],
    scope: 'national',
    period: { from: 2016 },
    category: 'discipline',
    gloss_zh: '基层干部在群众身边的小额贪腐和吃拿卡要',
    explanation_zh:
      '指村干部等基层人员利用手中的小权力侵占集体“三资”、截留惠农补贴、吃拿卡要等行为，金额不大但群众感受最直接。习近平2016年在十八届中央纪委六次全会上提出“微腐败”也可能成为“大祸害”，此后纪委持续整治，2025年中办国办修订了农村基层干部廉洁履职规定。',
    english: { text: 'petty corruption', official: false },
    gloss_en: 'small-scale graft by village and grassroots officials',
    explanation_en:
      'Village cadres and other grassroots officials using their small powers to take collective assets, skim farm subsidies or demand favours: small sums that people feel most directly. Xi Jinping warned in 2016 that petty corruption can become a great evil, discipline commissions have targeted it since, and rules on village officials’ integrity were revised in 2025.',
    related: ['qun-zhong-shen-bian-bu-zheng-zhi-feng', 'san-zi', 'xiao-wei-quan-li-qing-dan'],
    sources: [
      { url: 'http://m.zgkjsz.com/page/2024/0321/23130155.shtml', publisher: '期刊文章（中国科技纵横网转载）', date: '2024-03-21' },
      { url: 'https://zh.wenxuecity.com/news/2025/05/10/126158319.html', publisher: '文学城（转中国新闻周刊）', date: '2025-05-10', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'shu-shang-xing-nong',
    term: '数商兴农',
    aliases: ['数商兴农工程'],
    scope: 'national',
    period: { from: 2022 },
    category: 'rural',
    gloss_zh: '用数字商务和农村电商带动农业农村发展',
    explanation_zh:
      '“发展数字商务振兴农业”的简称，是农村电商的升级说法：完善农村网络、物流和电商服务，让农产品更多通过网络出村进城。2022年首次写入中央文件，郴州苏仙等湖南县区把它作为乡村振兴的抓手。',
    english: { text: 'digital commerce for agriculture', official: false },
    gloss_en: 'using online commerce to lift farming and villages',
    explanation_en:
      'Short for developing digital commerce to revive agriculture, an upgraded name for rural e-commerce: better networks, logistics and online-selling services so that more farm produce is sold online from villages to cities. It first appeared in a central document in 2022, and Hunan districts such as Suxian in Chenzhou use it in rural revitalisation.',
    related: ['xiang-cun-zhen-xing'],
    sources: [
      { url: 'http://m.handmsg.com/page/2025/0101/25201186.shtml', publisher: '期刊文章（中共郴州市苏仙区委党校作者，转载）', date: '2025-01-01' },
      { url: 'http://quble.net/snzc/hnjc/265872.shtml', publisher: 'quble.net（山西乡村e镇报道转载）', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'duan-ka-xing-dong',
    term: '断卡行动',
    aliases: [],
    quotedOnly: ['断卡'],
    scope: 'national',
    period: { from: 2020 },
    category: 'security',
    gloss_zh: '斩断电话卡、银行卡非法买卖链条的全国打击行动',
    explanation_zh:
      '2020年10月10日国务院打击治理电信网络新型违法犯罪工作部际联席会议决定在全国开展的行动，严厉打击非法开办、出租、出借、出售电话卡和银行卡（“两卡”）供诈骗分子使用的行为。被认定出租出借出售“两卡”的人会受到限制开户等惩戒，各地公安至今仍以这个名义开展集中收网。',
    english: { text: 'card-cutting operation', official: false },
    gloss_en: 'nationwide crackdown on selling phone and bank cards to fraudsters',
    explanation_en:
      'A nationwide operation decided on 10 October 2020 by the State Council’s inter-ministerial meeting on telecom and online fraud, against opening, renting out, lending or selling phone cards and bank accounts for fraudsters to use. People found to have done so face penalties such as limits on opening accounts, and police still run round-ups under this name.',
    related: ['liang-ka'],
    sources: [
      { url: 'https://jianpian.cn/a/18i98tt4', publisher: '美篇（农行网点科普）', date: '2022-06-14' },
      { url: 'http://husay.cn/c/091310010R022.html', publisher: 'husay.cn（问答）' },
      { url: 'https://www.hujibbs.com/forum.php?mod=viewthread&tid=49501', publisher: 'hujibbs.com（转载五部门通告）', note: 'forum repost of the 2020 notice' },
    ],
    status: 'verified',
  },
  {
    id: 'liang-ka',
    term: '两卡',
    aliases: ['涉诈两卡'],
    quotedOnly: ['两卡'],
    scope: 'national',
    period: { from: 2020 },
    category: 'security',
    gloss_zh: '被诈骗分子利用的电话卡和银行卡',
    explanation_zh:
      '反诈语境里的“两卡”指电话卡（含虚拟运营商卡、物联网卡）和银行卡（含对公账户和支付宝、微信等支付账户）。非法开办、出租、出借、出售“两卡”是电信网络诈骗的重要源头，是“断卡”行动和湖南各地反诈整治的重点。',
    english: { text: 'the two cards', official: false },
    gloss_en: 'phone cards and bank accounts misused for fraud',
    explanation_en:
      'In anti-fraud work, phone cards (including virtual-operator and IoT cards) and bank cards (including company accounts and payment accounts such as Alipay and WeChat). Opening, renting out or selling them for fraudsters is a main source of telecom fraud and the target of the card-cutting operation and of Hunan’s anti-fraud drives.',
    items: [
      { zh: '电话卡', en: 'phone cards' },
      { zh: '银行卡', en: 'bank cards and accounts' },
    ],
    related: ['duan-ka-xing-dong'],
    sources: [
      { url: 'https://gudianfeng.com/new/zs81495.html', publisher: 'gudianfeng.com（科普）' },
      { url: 'http://news.cpd.com.cn/n12021581/n12021599/202112/t20211215_1006485.html', publisher: '中国警察网（转新华社）', date: '2021-12-15' },
      { url: 'https://moment.rednet.cn/pc/content/2022/09/25/11868095.html', publisher: '红网时刻', date: '2022-09-25' },
    ],
    status: 'verified',
  },
  {
    id: 'liang-jiang-liang-sheng',
    term: '两降两升',
    aliases: [],
    scope: 'national',
    category: 'security',
    gloss_zh: '反诈目标：发案数和损失降，破案数和抓获人数升',
    explanation_zh:
      '打击治理电信网络诈骗的考核目标：诈骗发案数、群众损失数同比下降，破案数、抓获犯罪嫌疑人数同比上升。湖南省政府2022年向省人大常委会报告全省反诈实现“两降两升”，岳阳等市也按此部署。',
    english: { text: 'two falls and two rises', official: false },
    gloss_en: 'fewer fraud cases and losses, more cases solved and arrests',
    explanation_en:
      'The yardstick for fighting telecom and online fraud: the number of cases and the money lost fall year on year, while cases solved and suspects caught rise. Hunan’s government told the provincial congress in 2022 that it had achieved this, and cities such as Yueyang set their targets the same way.',
    items: [
      { zh: '发案数下降', en: 'fewer cases' },
      { zh: '损失数下降', en: 'smaller losses' },
      { zh: '破案数上升', en: 'more cases solved' },
      { zh: '抓获人数上升', en: 'more suspects caught' },
    ],
    related: ['liang-ka', 'duan-ka-xing-dong'],
    sources: [
      { url: 'https://moment.rednet.cn/pc/content/2022/09/25/11868095.html', publisher: '红网时刻', date: '2022-09-25' },
      { url: 'https://avhs.cc/zwdt/content_2321727.html', publisher: '岳阳日报（转载页）', date: '2025-10-17', note: 'reprint' },
    ],
    status: 'partial',
    missing: 'who first set this target is not found; the pages read are Hunan reports, and the phrase is also used for other crimes',
    missing_zh: '没有查到最早由谁提出，所读页面都是湖南的报道，这个说法也用于其他犯罪的考核。',
  },
  {
    id: 'wan-qi-xing-wan-cun',
    term: '万企兴万村',
    aliases: ['万企兴万村行动', '万企帮万村'],
    scope: 'national',
    period: { from: 2021 },
    category: 'rural',
    gloss_zh: '组织民营企业和商会结对村庄、投资兴村的行动',
    explanation_zh:
      '全国工商联等部门组织的行动，脱贫攻坚时期叫“万企帮万村”，2021年起随着转向乡村振兴升级为“万企兴万村”。民营企业和商会与村庄结对，投资产业项目、吸纳村民就业、壮大村集体经济，湖南各市工商联把它纳入乡村振兴工作和绩效考核。',
    english: { text: 'ten thousand enterprises revitalising ten thousand villages', official: false },
    gloss_en: 'private firms paired with villages to invest in them',
    explanation_en:
      'A drive run by the All-China Federation of Industry and Commerce and others. Called “ten thousand firms helping ten thousand villages” during the poverty campaign, it was renamed in 2021 when the focus turned to rural revitalisation. Private companies and chambers of commerce pair with villages, invest in local industries, hire villagers and build up village collective income.',
    related: ['xiang-cun-zhen-xing', 'cun-ji-ti-jing-ji', 'xiang-shang-hui-gui'],
    sources: [
      { url: 'https://hn.rednet.cn/m/content/2021/05/20/9385468.html', publisher: '红网', date: '2021-05-20' },
      { url: 'http://www.yiyang.gov.cn/yysfpw/7039/7050/content_1630033.html', publisher: '益阳市人民政府网（转中华工商网）', date: '2022-07-25' },
      { url: 'https://hn.rednet.cn/m/content/646942/61/15232305.html', publisher: '红网（衡阳）', note: 'date not shown; 2025 or later' },
    ],
    status: 'verified',
  },
  {
    id: 'zhuan-ti-xun-wen',
    term: '专题询问',
    aliases: [],
    scope: 'national',
    period: { from: 2010 },
    category: 'peoples-congress',
    gloss_zh: '人大常委会围绕专题当面提问、政府等机关负责人现场作答的监督方式',
    explanation_zh:
      '人大常委会组成人员围绕一个重大问题，在会议上向政府、法院、检察院等机关负责人当面提问，被询问机关当场答复，常结合听取工作报告或执法检查进行。全国人大常委会2010年6月首次开展，2021—2022年写入全国人大议事规则和地方组织法，地方人大普遍采用并常作直播。',
    english: { text: 'special-topic inquiry', official: false },
    gloss_en: 'congress members question officials face to face on one topic',
    explanation_en:
      'Members of a people’s congress standing committee put questions on one major issue to the heads of the government, court, procuratorate or their departments at a session, and get answers on the spot, usually alongside a work report or a law-enforcement inspection. The national standing committee first held one in June 2010; it entered the rules of procedure and the local organisation law in 2021–2022 and is widely used, often broadcast live, by local congresses.',
    related: ['yi-fu-yi-wei-liang-yuan', 'quan-guo-cheng-ren-min-min-zhu'],
    sources: [
      { url: 'http://djzncl.com/html/2024/lnyj_1113/24258.html', publisher: '《人大研究》（转载）', date: '2024-11-13', note: 'reprint' },
      { url: 'https://fx361.cc/page/2024/0413/23454343.shtml', publisher: '期刊文章（fx361转载）', date: '2024-04-13' },
      { url: 'http://rddy.org.cn/show-29195.html', publisher: '人大代表网', note: 'date not shown; after 2022' },
    ],
    status: 'verified',
  },
];
