import type { GlossaryEntry, Source } from '../types';

/*
 * Economy F: economic, fiscal, business-environment, industrial, energy and rural-economy jargon
 * that 2023–2026 local news in Zhuzhou, Hunan and elsewhere uses without explaining.
 *
 * How these terms were chosen: a list of about 110 candidates was drawn up (new "economies" such as
 * 平台经济 and 首店经济, industrial-policy labels, business-environment reforms, rural land and
 * collective-economy reforms, energy-transition terms, poverty-relapse funding). Every candidate was
 * checked by a script against the glossary's terms and aliases and against CC-CEDICT; candidates
 * already explained (独角兽企业, 瞪羚企业, 强链补链延链, 专项债, 超长期特别国债, 两重, 首台套,
 * 首批次, 揭榜挂帅, 科技特派员, 新型工业化, 智改数转, 灯塔工厂, 标准地, 项目为王, 以商招商,
 * 耐心资本, 家庭农场, 高标准农田, 土地流转, 村集体经济, 消费帮扶, 防止返贫 …) and dictionary words
 * (消费券, 中试, 撂荒, 政府采购) were dropped. The rest were searched in stored public web pages
 * (about 60 queries in Chinese), after checking that none of the pages used is one the real-news
 * bench measures. A term was kept when at least one page said what it means. Left out because no
 * page read explained them: 稳链固链, 链式发展, 上云用数赋智, 一类事一站办, 招大引强, 转供电,
 * 保交房, 国补, 科技创新券; left out as readable word by word: 共享经济, 民营经济, 离境退税. 土特产 is a
 * dictionary word (local specialty), so its policy sense is matched only between quotes; 村播 and
 * the short form 进出平衡 are quote-only too, since they can sit inside other words or phrases. Meanings
 * come from the pages cited under each entry; wording is ours.
 */

const FUJIAN_INCLUSIVE_REGULATION_2022: Source = {
  url: 'http://m.furenfloor.com.cn/zcjd/bmzcwjjd/202210/t20221009_6012021.htm',
  publisher: '福建省市场监督管理局政策解读（转载）',
  date: '2022-10-09',
  note: 'mirror of a Fujian market-regulation bureau explainer',
};

const GUANGMING_NEW_FARMERS_2022: Source = {
  url: 'https://epaper.gmw.cn/wzb/html/2022-08/24/nw.D110000wzb_20220824_6-01.htm?div=-1',
  publisher: '光明日报文摘报（光明网评论员）',
  date: '2022-08-24',
};

/** Economic, fiscal, industrial and rural-economy jargon of 2023–2026 local news. */
export const ECONOMY_F: readonly GlossaryEntry[] = [
  // ── New "economies" and consumption ──
  {
    id: 'ping-tai-jing-ji',
    term: '平台经济',
    aliases: [],
    scope: 'national',
    category: 'economy',
    gloss_zh: '以互联网平台撮合多方交易为核心的经济形态',
    explanation_zh:
      '指依托电商、外卖、网约车等互联网平台，把买卖双方或多方聚到一起、由平台居中撮合交易并收取费用的经济形态，平台本身一般不生产商品。它有网络效应强、容易形成规模优势的特点，也带来“二选一”、大数据杀熟等垄断问题，2019年国务院办公厅发文要求对其实行包容审慎监管，2021年底中央经济工作会议又强调加强反垄断。',
    explanation_en:
      'Economic activity organised around internet platforms (online shops, food delivery, ride hailing) that bring buyers and sellers together and take a fee without making the goods themselves. Platforms grow fast through network effects but raised monopoly worries such as forcing merchants to choose one platform, so a 2019 State Council paper asked for tolerant but prudent regulation and the December 2021 Central Economic Work Conference stressed anti-monopoly work.',
    english: { text: 'platform economy', official: false },
    gloss_en: 'the economy of internet platforms that match buyers and sellers',
    related: ['bao-rong-shen-shen-jian-guan', 'shu-zi-jing-ji'],
    sources: [
      { url: 'http://527256.com/23559.html', publisher: '527256.com（释义汇编）', note: 'explainer page quoting the definition and the 2020 draft anti-monopoly guideline' },
      { url: 'https://mtiku.zujuan.com/map/question-52812868.shtml', publisher: '组卷网（试题材料）' },
      { url: 'https://www.dyhzdl.cn/k/doc/d30e2c845bcfa1c7aa00b52acfc789eb162d9e6d.html', publisher: '文档文库（中国平台经济发展情况介绍）', date: '2020-11-24' },
      FUJIAN_INCLUSIVE_REGULATION_2022,
    ],
    status: 'verified',
  },
  {
    id: 'zong-bu-jing-ji',
    term: '总部经济',
    aliases: [],
    scope: 'national',
    category: 'investment',
    gloss_zh: '吸引企业总部在本地集聚、借此带动税收和产业的发展方式',
    explanation_zh:
      '城市或园区吸引企业把总部、地区总部或研发、结算、营销等总部职能设在本地，借总部集聚带来税收、就业、消费和上下游配套。上海2002年率先出台鼓励跨国公司设地区总部的政策，之后各地纷纷制定总部企业认定标准和扶持办法，中西部城市更看重本地纳税和带动效应。',
    explanation_en:
      'A city or park draws company headquarters, regional headquarters or head-office functions such as research, settlement and sales, counting on them to bring tax revenue, jobs, spending and supplier clusters. Shanghai issued the first incentives for multinational regional headquarters in 2002, and cities now publish their own criteria for recognised headquarters firms and the support they get.',
    english: { text: 'headquarters economy', official: false },
    gloss_en: 'growth built on attracting company headquarters to a city',
    related: ['zhao-shang-yin-zi', 'lou-yu-jing-ji'],
    sources: [
      { url: 'http://zcyj-sh.com/newsinfo/10945066.html', publisher: '城市创新研究中心（“十五五·新服务”系列）' },
      { url: 'http://www.pishu.com.cn/skwx_ps/ps/literature?ID=1058335&SiteID=14', publisher: '皮书数据库（陈柳钦论文摘要）' },
      { url: 'https://www.jiaxigongsi.com/zhishiku/zhuce/6243.html', publisher: '加喜财税（行业文章）', note: 'business-registration firm’s article comparing local recognition criteria' },
    ],
    status: 'verified',
  },
  {
    id: 'shou-dian-jing-ji',
    term: '首店经济',
    aliases: [],
    scope: 'national',
    period: { from: 2018 },
    category: 'economy',
    gloss_zh: '吸引品牌在本地开第一家店来带动消费的做法',
    explanation_zh:
      '城市或商圈吸引国内外品牌在本地开设全球、全国、全省或全市的第一家门店，以及旗舰店、概念店等新形态门店，借品牌的新鲜感聚人气、促消费。这一说法2018年前后在上海等地兴起，2019年国务院办公厅文件提出吸引知名品牌开首店、首发新品，2020年国家发展改革委等部门提出支持中心城市做强“首店经济”和“首发经济”。',
    explanation_en:
      'A city or shopping district woos brands to open their first store in the world, the country, the province or the city there, or a new flagship or concept store, using the novelty to draw crowds and spending. The phrase took off around 2018 in Shanghai; a 2019 State Council paper asked cities to attract first stores and product launches, and in 2020 the National Development and Reform Commission and other ministries backed first-store and first-launch economies in central cities.',
    english: { text: 'first-store economy', official: false },
    gloss_en: 'drawing brands to open their first local store to boost spending',
    related: ['shou-fa-jing-ji', 'ye-jian-jing-ji'],
    sources: [
      { url: 'https://baike.baidu.hk/item/%E9%A6%96%E5%BA%97%E7%B6%93%E6%BF%9F/23675628', publisher: '百度百科' },
      {
        url: 'https://hk.news.yahoo.com/%E4%B8%8D%E5%B1%80%E9%99%90%E6%96%BC-%E9%A6%96%E5%BA%97-%E9%A6%96%E7%99%BC%E7%B6%93%E6%BF%9F-%E6%88%90%E5%85%A7%E5%9C%B0%E5%9F%8E%E5%B8%82%E6%B6%88%E8%B2%BB%E5%8D%87%E7%B4%9A%E5%BC%95%E6%93%8E-203043551.html',
        publisher: 'Yahoo新闻（香港）',
      },
      { url: 'https://slyday.com/tag/505', publisher: '南方日报（转载）', note: 'reprint of a Nanfang Daily report on first stores in Guangzhou and Shenzhen' },
    ],
    status: 'verified',
  },
  {
    id: 'bing-xue-jing-ji',
    term: '冰雪经济',
    aliases: [],
    scope: 'national',
    category: 'economy',
    gloss_zh: '以冰雪运动带动冰雪旅游、装备和文化的产业链',
    explanation_zh:
      '围绕滑雪、滑冰等冰雪运动形成的旅游、装备制造、文化、培训等一整条产业链。国务院办公厅印发意见，提出以冰雪运动高质量发展激发冰雪经济活力；借北京冬奥会后的热度和室内雪场的兴起，冰雪消费从东北走向南方城市，据2025年的行业报告，全国冰雪产业规模预计当年突破万亿元。',
    explanation_en:
      'The chain of tourism, equipment, culture and training that grows out of skiing, skating and other winter sports. A State Council General Office paper set out to energise it through winter sports, and after the Beijing Winter Olympics indoor ski halls carried the trend from the northeast to southern cities; an industry report expected the sector to pass one trillion yuan in 2025.',
    english: { text: 'ice-and-snow economy', official: false },
    gloss_en: 'the business chain built around winter sports and snow tourism',
    related: ['wen-lv-rong-he'],
    sources: [
      { url: 'http://www.secpartner.com/article/fyqs20250128.html', publisher: 'secpartner.com（转载）', date: '2025-01-28', note: 'reprint of a magazine piece on the State Council General Office opinion' },
      { url: 'http://pinglun.sdnews.com.cn/lj/202512/t20251202_4609733.htm', publisher: '大众网', date: '2025-12-02' },
    ],
    status: 'verified',
  },
  {
    id: 'guo-nei-da-xun-huan',
    term: '国内大循环',
    aliases: ['做强国内大循环'],
    scope: 'national',
    period: { from: 2020 },
    category: 'economy',
    gloss_zh: '生产、流通、分配、消费主要在国内完成的经济循环',
    explanation_zh:
      '指把生产、分配、流通、消费各环节的重心放在国内，发挥超大规模市场和内需潜力，是2020年提出的“以国内大循环为主体、国内国际双循环相互促进”新发展格局的主体部分。2020年7月企业家座谈会和中央政治局会议先后提出这一表述；2025年5月国务院召开做强国内大循环工作推进会，要求用国内循环的稳定性对冲外部不确定性。',
    explanation_en:
      'The domestic loop of production, distribution, circulation and consumption, leaning on China’s huge home market; it is the main part of the “dual circulation” pattern announced in July 2020, in which the domestic loop leads and the international loop supports it. In May 2025 the State Council held a meeting on strengthening the domestic loop to offset uncertainty abroad.',
    english: { text: 'domestic circulation (domestic economic cycle)', official: false },
    gloss_en: 'the home-market loop of production and consumption',
    related: ['xin-fa-zhan-ge-ju'],
    sources: [
      { url: 'http://gdhsly.com/nd.jsp?id=420', publisher: 'gdhsly.com（谈谈国内经济大循环）', date: '2020-11-07' },
      { url: 'https://scholarmate.com/S/8nrHpd', publisher: '科研之友（期刊摘要）' },
      { url: 'http://m.handmsg.com/page/2025/0618/27976756.shtml', publisher: 'handmsg.com（期刊文章转载）', date: '2025-06-18', note: 'reprint of a magazine report on the May 2025 State Council meeting' },
    ],
    status: 'verified',
  },
  {
    id: 'xian-yu-shang-ye-ti-xi',
    term: '县域商业体系',
    aliases: [],
    scope: 'national',
    category: 'rural',
    gloss_zh: '以县城为中心、乡镇为重点、村为基础的农村商贸和物流网络',
    explanation_zh:
      '商务部等部门推动的农村商业建设，把县城商贸中心、乡镇商贸中心和集贸市场、村级便民商店连成网，并建县乡村三级物流配送，让工业品下乡、农产品进城。2023年印发的县域商业三年行动计划提出，到2025年打造约500个县域商业“领跑县”，九成县达到“基本型”以上商业功能，具备条件的地区基本实现村村通快递。',
    explanation_en:
      'The Ministry of Commerce’s drive to build rural retail and logistics as one network: county shopping centres, township markets and village convenience stores, with county–township–village delivery so that manufactured goods reach villages and farm produce reaches towns. The three-year plan of 2023 aims at about 500 model counties, basic commercial functions in nine counties out of ten and parcel delivery to every village where feasible by 2025.',
    english: { text: 'county commercial system', official: false },
    gloss_en: 'the county–township–village network of shops and delivery',
    related: ['xian-yu-jing-ji', 'shu-shang-xing-nong'],
    sources: [
      { url: 'http://mttkb.830036.com/kjkx/2023/0816/87879.html', publisher: '新华社（转载）', date: '2023-08-16', note: 'reprint of a Xinhua report on the three-year action plan' },
      { url: 'http://www.360elib.com:2027/detail.aspx?NewsCode=NC769&NewsId=28085658&OrgId=001', publisher: '成都商报（摘编）' },
      { url: 'http://m.3bf.cc/news/top/school/20220721/2165834.html', publisher: 'm.3bf.cc（转载商务部新闻发布会）', date: '2022-07-21' },
    ],
    status: 'verified',
  },
  {
    id: 'bao-rong-shen-shen-jian-guan',
    term: '包容审慎监管',
    aliases: ['包容审慎'],
    scope: 'national',
    period: { from: 2017 },
    category: 'governance',
    gloss_zh: '对新业态留出发展空间、对轻微初犯给改正机会的监管方式',
    explanation_zh:
      '对新技术、新产业、新业态、新模式不简单禁止也不放任，按其特点制定监管规则、留足发展空间，同时守住质量和安全底线；在执法上常体现为对非故意、轻微且首次的违法行为先教育、给改正机会。2017年政府工作报告提出这一原则，2020年起施行的《优化营商环境条例》把它写入法规。',
    explanation_en:
      'Regulators neither ban nor ignore new technologies, industries and business models: they write rules suited to them, leave room to grow and still guard quality and safety, and in enforcement often let unintentional, minor first offences be corrected instead of fined. The principle appeared in the 2017 government work report and was written into the business-environment regulation in force since 2020.',
    english: { text: 'inclusive and prudent regulation', official: false },
    gloss_en: 'regulation that gives new businesses room and first offenders a chance',
    related: ['shou-wei-bu-fa', 'ying-shang-huan-jing', 'ping-tai-jing-ji'],
    sources: [
      FUJIAN_INCLUSIVE_REGULATION_2022,
      { url: 'https://www.echinagov.com/policy/346621.htm', publisher: '孝感市市场监管领域联席会议办公室（转载）', note: 'reprint of a Xiaogan guideline on the four new economies' },
      { url: 'https://zf.alljournals.cn/view_abstract.aspx?aid=89DFE75DCBE079645B67CC6FF3FEAF5F&pcid=566B96C23CBD22A7705B6E046EC97336', publisher: '期刊论文摘要' },
    ],
    status: 'verified',
  },
  {
    id: 'xin-yong-xiu-fu',
    term: '信用修复',
    aliases: [],
    scope: 'national',
    category: 'governance',
    gloss_zh: '纠正失信行为后申请停止公示不良信用记录',
    explanation_zh:
      '企业或个人改正失信行为、履行处罚等义务并过了最短公示期后，可以向认定部门或“信用中国”网站申请，把行政处罚等失信信息移出公示或终止公示，记录仍留档但不再公开影响招投标和贷款。它被视为让受过处罚的企业尤其是民营企业重新获得信用、避免“一处失信、处处受限”的机制。',
    explanation_en:
      'Once a company or person has corrected a breach, met its obligations such as paying a fine and waited out a minimum display period, they can ask the authority or the national Credit China site to stop publishing the penalty record. The record stays on file but no longer blocks tenders and loans, which is why the mechanism is promoted as a second chance for private firms.',
    english: { text: 'credit repair', official: false },
    gloss_en: 'having a corrected penalty record taken out of public view',
    related: ['min-ying-jing-ji-cu-jin-fa', 'shou-wei-bu-fa'],
    sources: [
      { url: 'http://www.3dwhite.cn/ea1d56e67102.html', publisher: '3dwhite.cn（信用修复服务文章）', date: '2025-11-08', note: 'commercial explainer of the national credit-repair rules' },
      { url: 'http://ctv6w.com/show.asp?id=723', publisher: 'ctv6w.com（期刊论文转载，夏云娇、褚慧）', note: 'reprint of a journal article on credit repair for private firms' },
      { url: 'https://credit.xm.gov.cn/xydt/xmdt/202603/t20260302_2983308.htm', publisher: '信用厦门（厦门市税务局）', date: '2026-03-02' },
    ],
    status: 'verified',
  },
  {
    id: 'zeng-zhi-hua-gai-ge',
    term: '增值化改革',
    aliases: ['政务服务增值化改革'],
    scope: 'national',
    period: { from: 2023 },
    category: 'governance',
    gloss_zh: '政务服务从办事便捷转向为企业提供政策、人才、金融等增值服务',
    explanation_zh:
      '浙江2023年提出的营商环境改革：在审批提速已触到“天花板”之后，政府围绕企业全生命周期和产业链，在基本政务服务之外整合政策、人才、科技、金融、法律等服务，从“做减法”转为“做加法”和“乘法”。2023年4月浙江把它作为营商环境“一号改革工程”的抓手，同年7月印发试点指导意见，在衢州等地先行试点。',
    explanation_en:
      'A business-environment reform Zhejiang launched in 2023: with approvals already about as fast as they can get, government service centres add policy, talent, technology, finance and legal help around a firm’s whole life and its industry chain, moving from cutting steps to adding value. Zhejiang made it the lever of its top reform project in April 2023 and issued pilot guidance that July.',
    english: { text: 'value-added reform (of government services)', official: false },
    gloss_en: 'government services that add help for firms, not just speed',
    related: ['ying-shang-huan-jing', 'fang-guan-fu', 'gao-xiao-ban-cheng-yi-jian-shi'],
    sources: [
      { url: 'https://fx361.cc/page/2024/0730/24719660.shtml', publisher: 'fx361（期刊文章转载）', date: '2024-07-30', note: 'reprint of a magazine article on Zhejiang’s reform' },
      { url: 'https://ga.nanyang.gov.cn/2024/03-11/399496.html', publisher: 'ga.nanyang.gov.cn（转载）', date: '2024-03-11', note: 'reprint of a report on Zhejiang’s reform' },
      { url: 'https://m.fx361.cc/news/2024/0615/24233072.html', publisher: 'fx361（刘祺论文转载）', date: '2024-06-15', note: 'reprint of a journal article' },
    ],
    status: 'verified',
  },
  {
    id: 'yin-shui-hu-dong',
    term: '银税互动',
    aliases: ['税银互动'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '银行凭企业纳税信用发放信用贷款',
    explanation_zh:
      '税务部门把企业的纳税信用等级和缴税信息推送给银行，银行据此向诚信纳税的小微企业发放无抵押的信用贷款，即把“纳税信用”变成“融资信用”。各银行据此推出“云税贷”“税务贷”等产品，用来缓解小微企业融资难。',
    explanation_en:
      'Tax offices pass a firm’s tax-credit rating and payment record to banks, which then lend to honest small taxpayers without collateral, turning a good tax record into borrowing power. Banks sell it under product names such as tax loans, as one answer to small firms’ difficulty in getting credit.',
    english: { text: 'bank–tax interaction (loans based on tax credit)', official: false },
    gloss_en: 'banks lending to small firms on the strength of their tax record',
    related: ['wu-huan-ben-xu-dai'],
    sources: [
      { url: 'https://www.cngy.gov.cn/artic/show/20210608143016611.html', publisher: '广元市人民政府网', date: '2021-06-08' },
      { url: 'http://news.chengdu.cn/2016/0527/1789550.shtml', publisher: '成都全搜索新闻网', date: '2016-05-27' },
      { url: 'https://credit.xm.gov.cn/xydt/xmdt/202603/t20260302_2983308.htm', publisher: '信用厦门（厦门市税务局）', date: '2026-03-02' },
    ],
    status: 'verified',
  },
  {
    id: 'zheng-cai-dai',
    term: '政采贷',
    aliases: ['政府采购合同融资'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '中标政府采购的企业凭采购合同向银行申请无抵押贷款',
    explanation_zh:
      '“政府采购合同融资”的俗称：中标或成交的供应商凭中标通知书或政府采购合同，向合作银行申请信用贷款，银行以政府采购信誉和国库支付作保障，不要抵押、审批快、利率较低，财政付款进入贷款银行账户后先还贷。它主要用来帮需要垫资履约的中小企业解决资金周转。',
    explanation_en:
      'Government-procurement contract financing: a firm that wins a public tender takes the award notice or contract to a partner bank and gets an unsecured loan, quick and relatively cheap, because the state will pay the contract into the lending bank’s account. It is meant for small firms that would otherwise have to advance the money to fulfil the contract.',
    english: { text: 'government procurement loans', official: false },
    gloss_en: 'bank loans secured on a won government contract',
    related: ['yin-shui-hu-dong', 'shou-dai-hu'],
    sources: [
      { url: 'http://jingzhou.cjyun.org/p/364301.html', publisher: '长江云·荆州' },
      { url: 'https://www.10100.com/article/606985', publisher: '10100.com（行业文章）' },
      { url: 'https://yanshi.gov.cn/yanshi/detail/59965.html', publisher: '洛阳市偃师区财政局', date: '2025-02-21' },
      { url: 'https://m.829897.com/html/cznd/2024/IQACILNI_0516/526804.html', publisher: 'm.829897.com（基层动态转载）', date: '2024-05-16', note: 'reprint of a township finance office item' },
    ],
    status: 'verified',
  },
  {
    id: 'shou-dai-hu',
    term: '首贷户',
    aliases: [],
    scope: 'national',
    period: { from: 2020 },
    category: 'economy',
    gloss_zh: '第一次从银行获得贷款的企业或个体户',
    explanation_zh:
      '指在人民银行征信系统中此前没有贷款记录、第一次从银行业金融机构获得贷款的小微企业或个体工商户。2020年起银行业监管部门把首贷户占新增贷款客户的比例列入考核，2021年政府工作报告也提出引导银行持续增加首贷户，各地因此设首贷服务中心、首贷风险补偿资金。',
    explanation_en:
      'A small firm or sole trader getting its first bank loan, with no earlier loan in the central bank’s credit register. Since 2020 bank regulators have scored banks on the share of such first-time borrowers, and the 2021 government work report asked banks to keep adding them, so localities run first-loan service centres and risk-compensation funds.',
    english: { text: 'first-time borrowers', official: false },
    gloss_en: 'a small business taking its first ever bank loan',
    related: ['yin-shui-hu-dong', 'wu-huan-ben-xu-dai', 'zheng-cai-dai'],
    sources: [
      { url: 'https://evenhosting.com/wanboguanwangmanbetx/ncjr/yaowen/2023-09-11/A1694412896668.html', publisher: 'evenhosting.com（郝飞文章转载）', date: '2023-09-11', note: 'reprint of a financial newspaper commentary' },
      { url: 'http://www.cctv-cmpany.net/index.php/nav1/73682.html', publisher: 'cctv-cmpany.net（经济日报报道转载）', note: 'reprint of a 2021 report on first-loan services' },
      { url: 'http://ccv168.com/baike/49839.html', publisher: 'ccv168.com（浙江首贷户报道转载）', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'xian-tou-hou-gu',
    term: '先投后股',
    aliases: [],
    scope: 'national',
    period: { from: 2021 },
    category: 'investment',
    gloss_zh: '财政资金先以项目经费投入科技成果转化，融资时再转为股权',
    explanation_zh:
      '财政资金支持科技成果转化的一种方式：先把钱作为项目经费投给成果转化团队或公司，暂不持股；等项目取得阶段性成果、引入社会资本时，再按当轮估值把前期投入转成股权，项目失败则按约定结项免责或灵活退出。2021年国家发展改革委、科技部的全面创新改革任务中，上海宝山、重庆高新区、浙江龙湾首批揭榜试点，到2025年3月已有18个省市在探索。',
    explanation_en:
      'A way for public money to back lab-to-market projects: it goes in first as project funding without taking shares, and converts to equity at the valuation of the first outside funding round once the project shows results; if the project fails the funding can be closed without blame or exited flexibly. Shanghai’s Baoshan, Chongqing’s high-tech zone and Wenzhou’s Longwan took the first pilots under a 2021 national reform list, and 18 provinces and cities were trying it by March 2025.',
    english: { text: 'invest first, take equity later', official: false },
    gloss_en: 'public funding that turns into shares once a tech project raises capital',
    related: ['bo-tou-jie-he', 'nai-xin-zi-ben', 'cheng-guo-zhuan-hua', 'zheng-fu-yin-dao-ji-jin'],
    sources: [
      { url: 'https://sxkcrt.sstrc.com/f/website/viewArticle?id=1921814314319106048', publisher: 'sxkcrt.sstrc.com（科技成果转化研究文章）' },
      { url: 'http://sdjscqjy.com/article/0687c676c65b402381747462bc0d6c36', publisher: 'sdjscqjy.com（律师实务文章）', date: '2025-08-20' },
      { url: 'http://www.lvpark.cn/show/551.html', publisher: 'lvpark.cn（行业文章）', date: '2026-01-23' },
    ],
    status: 'verified',
  },
  {
    id: 'gu-zi-jing-ji',
    term: '谷子经济',
    aliases: [],
    scope: 'national',
    period: { from: 2024 },
    category: 'economy',
    gloss_zh: '动漫、游戏等二次元版权作品周边商品的消费热潮',
    explanation_zh:
      '“谷子”是英文goods的音译，指从动画、漫画、游戏等版权作品衍生的周边商品，如徽章（“吧唧”）、立牌、卡片、手办，买谷子叫“吃谷”。2024年起谷子经济成为消费和资本市场热词，商场纷纷开设“谷子店”和二次元街区，有数据称当年市场规模达1689亿元。',
    explanation_en:
      '“Guzi” is a transliteration of “goods”: merchandise spun off from anime, comics and games — badges, acrylic stands, cards, figurines — and buying it is called “eating guzi”. From 2024 the trade became a buzzword in retail and on the stock market, with malls opening guzi shops and anime streets; one estimate put the market at 168.9 billion yuan that year.',
    english: { text: 'guzi (anime goods) economy', official: false },
    gloss_en: 'the boom in anime and game merchandise',
    related: ['shou-dian-jing-ji', 'shou-fa-jing-ji'],
    sources: [
      { url: 'https://znh.yzwb.net/zncontent/4514596.html', publisher: '扬子晚报·紫牛新闻' },
      { url: 'https://www.zuowenti.com/news/151862.html', publisher: 'zuowenti.com（转载）', date: '2025-05', note: 'reprint of a news-agency feature on Shanghai’s anime districts' },
      { url: 'http://adddna.com/2013sy/syjdt/wangyoupai/202412/t20241204_15200344.html', publisher: '大众网（转载）', date: '2024-12-04', note: 'reprint' },
    ],
    status: 'verified',
  },
  // ── Industry and technology ──
  {
    id: 'ju-shen-zhi-neng',
    term: '具身智能',
    aliases: [],
    scope: 'national',
    period: { from: 2025 },
    category: 'technology',
    gloss_zh: '有物理身体、能感知环境并动手做事的人工智能',
    explanation_zh:
      '指人工智能借助机器人等物理实体，通过感知、行动和环境反馈来学习和完成任务，而不只在屏幕上处理数据；人形机器人被视为它的主要载体，也包括机器狗、工业机械臂、自动驾驶汽车等。2025年政府工作报告首次写入具身智能，把它列为要培育的未来产业之一，“十五五”规划建议也把它列入重点未来产业。',
    explanation_en:
      'AI with a body: robots and other machines that sense their surroundings, act and learn from the results instead of only processing data on a screen. Humanoid robots are seen as its main form, alongside robot dogs, industrial arms and self-driving cars; the 2025 government work report named it for the first time among future industries to foster, and the proposals for the 15th Five-Year Plan list it again.',
    english: { text: 'embodied intelligence (embodied AI)', official: false },
    gloss_en: 'AI in robots that sense and act in the physical world',
    related: ['wei-lai-chan-ye', 'ren-gong-zhi-neng-jia', 'xin-zhi-sheng-chan-li'],
    sources: [
      { url: 'http://hynpxw.cn/system/2025/03/11/030333399.shtml', publisher: '经济参考报（转载）', date: '2025-03-11', note: 'reprint' },
      { url: 'https://www.gjgxy.cn/shownews.php?id=3666', publisher: 'gjgxy.cn（“十五五”未来产业解读）', date: '2025-11-24' },
      { url: 'https://news.ca168.com/202503/136792.html', publisher: '中国工业报（转载）', date: '2025-03', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'shu-shi-rong-he',
    term: '数实融合',
    aliases: ['数字经济和实体经济深度融合', '数字经济和实体经济融合'],
    scope: 'national',
    period: { from: 2022 },
    category: 'technology',
    gloss_zh: '数字经济与实体经济深度融合',
    explanation_zh:
      '“数字经济和实体经济深度融合”的简称，党的二十大报告提出促进两者深度融合。主要指用数字技术和数据改造农业、制造业和生产性服务业，从少数大企业的数字化改造扩展到包括中小企业在内的全产业链。',
    explanation_en:
      'Short for the deep integration of the digital and the real economy, called for by the 20th Party Congress report in 2022. In practice it means using digital technology and data to remake farming, manufacturing and business services, spreading from a few large firms to whole industry chains including small ones.',
    english: { text: 'integration of the digital and real economies', official: false },
    gloss_en: 'merging digital technology into farming, industry and services',
    related: ['shu-zi-jing-ji', 'shi-ti-jing-ji', 'chan-ye-shu-zi-hua'],
    sources: [
      { url: 'https://www.xinyuwenchuang.cn/doc/84497.html', publisher: 'xinyuwenchuang.cn（文章汇编）' },
      { url: 'https://aisixiang.com/data/139399.html', publisher: '爱思想' },
      { url: 'https://www.dacpa.org.cn/standard/xydt/2133.html', publisher: '中国社会科学报（转载）', date: '2025', note: 'reprint of a Chinese Social Sciences Today report' },
    ],
    status: 'verified',
  },
  {
    id: 'gong-ye-hu-lian-wang',
    term: '工业互联网',
    aliases: [],
    scope: 'national',
    category: 'technology',
    gloss_zh: '把机器、产品、工厂和人连成网、让数据跨企业流动的工业网络',
    explanation_zh:
      '与连接人与人的消费互联网相对，工业互联网把设备、物料、产品和人连起来，支撑生产协同、产品追溯和设备管理。其中的标识解析体系给每个物品一个唯一“身份证”编码，作用类似互联网的域名解析，分根节点、国家顶级节点、二级节点、企业节点和递归节点五层，到2023年已覆盖全国31个省份。',
    explanation_en:
      'Where the consumer internet links people, the industrial internet links machines, materials, products and people so that factories and supply chains can share data, trace products and manage equipment. Its identifier system gives every item a unique code, much as the domain name system does for websites, in five layers from a root to national, secondary and enterprise nodes, and by 2023 it reached all 31 provinces.',
    english: { text: 'industrial internet', official: false },
    gloss_en: 'the network linking machines, products and factories',
    related: ['zhi-gai-shu-zhuan', 'chan-ye-shu-zi-hua', 'shu-shi-rong-he'],
    sources: [
      { url: 'http://www.cdmsw.cn/article-157472-1.html', publisher: 'cdmsw.cn（行业文章）' },
      { url: 'http://jsnews.jschina.com.cn/jsyw/202001/t20200115_2458596.shtml', publisher: '新华报业网', date: '2020-01-15' },
      { url: 'https://jerry.net.cn/hlw/17606.html', publisher: 'jerry.net.cn（释义文章）' },
    ],
    status: 'verified',
  },
  {
    id: 'zhi-neng-gong-chang-ti-du-pei-yu',
    term: '智能工厂梯度培育',
    aliases: ['卓越级智能工厂', '领航级智能工厂', '先进级智能工厂', '基础级智能工厂'],
    scope: 'national',
    period: { from: 2024 },
    category: 'industry',
    gloss_zh: '按基础级、先进级、卓越级、领航级四级培育智能工厂',
    explanation_zh:
      '工业和信息化部等六部门2024年起开展的行动，把智能工厂分四个层级逐级培育：基础级重在数字化改造，先进级重在关键环节集成协同，卓越级探索人工智能等前沿技术应用，领航级探索未来制造模式。2025年底公布首批15家领航级智能工厂，分布在湖南等10个地区。',
    explanation_en:
      'A programme run from 2024 by the Ministry of Industry and Information Technology and five other bodies that grades smart factories on four rungs: basic (digitised), advanced (key processes integrated), excellent (using AI and other frontier technology) and leading (exploring future manufacturing). The first 15 leading-level factories, in ten regions including Hunan, were named at the end of 2025.',
    english: { text: 'tiered cultivation of smart factories', official: false },
    gloss_en: 'the four-level ladder for grading smart factories',
    items: [
      { zh: '基础级智能工厂', en: 'basic-level smart factory' },
      { zh: '先进级智能工厂', en: 'advanced-level smart factory' },
      { zh: '卓越级智能工厂', en: 'excellent-level smart factory' },
      { zh: '领航级智能工厂', en: 'leading-level smart factory' },
    ],
    related: ['deng-ta-gong-chang', 'zhi-gai-shu-zhuan', 'xin-xing-gong-ye-hua'],
    sources: [
      { url: 'https://reportify.cn/news/1140584982956347392', publisher: '中国产业经济信息网（转载）', date: '2025-07-10', note: 'reprint' },
      { url: 'https://www.industrysourcing.cn/article/472640', publisher: '荣格工业资源' },
      { url: 'https://www.ceweekly.cn/cewsel/2026/0202/488688.html', publisher: '中国经济周刊', date: '2026-02-02' },
    ],
    status: 'verified',
  },
  {
    id: 'fu-wu-xing-zhi-zao',
    term: '服务型制造',
    aliases: [],
    scope: 'national',
    period: { from: 2016 },
    category: 'industry',
    gloss_zh: '制造企业从卖产品转向卖“产品加服务”',
    explanation_zh:
      '把研发设计、定制、远程运维、全生命周期管理、总集成总承包等服务嵌入制造业产品的各个环节，让制造企业从单纯卖产品转向提供“产品加服务”的整体解决方案。2016年工业和信息化部等发布发展服务型制造专项行动指南，2025年七部门又印发2025—2028年的深入推动实施方案。',
    explanation_en:
      'Manufacturers build services into their products’ whole life — design, customisation, remote maintenance, lifetime management, turnkey contracting — and sell solutions rather than bare goods. The Ministry of Industry and Information Technology issued an action guide in 2016, and seven ministries followed with a 2025–2028 plan.',
    english: { text: 'service-oriented manufacturing', official: false },
    gloss_en: 'manufacturers selling services along with their products',
    related: ['liang-ye-rong-he'],
    sources: [
      { url: 'https://news.ca168.com/202510/140900.html', publisher: '中国工业报（转载）', date: '2025-10', note: 'reprint of a China Industry News article' },
      { url: 'https://gubaposthk.eastmoney.com/news,cjpl,1609891279.html', publisher: '东方财富网（评论）' },
      { url: 'http://www.handmsg.com/page/2017/1214/2563915.shtml', publisher: 'handmsg.com（期刊文章转载）', date: '2017-12-14', note: 'reprint of a journal article' },
    ],
    status: 'verified',
  },
  {
    id: 'liang-ye-rong-he',
    term: '两业融合',
    aliases: ['先进制造业和现代服务业深度融合', '先进制造业和现代服务业融合'],
    scope: 'national',
    period: { from: 2019 },
    category: 'industry',
    gloss_zh: '先进制造业与现代服务业深度融合',
    explanation_zh:
      '“两业”指先进制造业和现代服务业，融合既指制造企业向研发设计、检验检测、供应链管理、售后服务延伸（制造业服务化），也指服务企业向制造环节延伸（服务业制造化）。2019年中央经济工作会议提出推动两者深度融合，国家发展改革委等部门随后出台实施意见并遴选两批试点，湖北等省也设了试点县、园区和企业。',
    explanation_en:
      'The “two industries” are advanced manufacturing and modern services: factories move into design, testing, supply-chain management and after-sales service, and service firms move into making things. The 2019 Central Economic Work Conference called for their deep integration; the National Development and Reform Commission then issued an implementing opinion and picked two batches of pilots, and provinces such as Hubei named their own.',
    english: { text: 'integration of advanced manufacturing and modern services', official: false },
    gloss_en: 'merging advanced manufacturing with modern services',
    related: ['fu-wu-xing-zhi-zao'],
    sources: [
      { url: 'https://zsrbapp.zsnews.cn/home/content/newsContent/0/713519', publisher: '中山日报', date: '2026-03-16' },
      { url: 'http://m-jingzhou.cjyun.org/p/298878.html', publisher: '长江云·荆州' },
      { url: 'https://reportify.cn/news/1223805330144759808', publisher: '21世纪经济报道（转载）', date: '2026-02-24', note: 'reprint' },
      { url: 'http://m.jizihe.com/page/2021/0720/16293867.shtml', publisher: 'jizihe.com（期刊文章转载）', date: '2021-07-20', note: 'reprint of a journal article' },
    ],
    status: 'verified',
  },
  {
    id: 'gong-ye-mu-ji',
    term: '工业母机',
    aliases: [],
    scope: 'national',
    category: 'industry',
    gloss_zh: '机床：制造机器的机器',
    explanation_zh:
      '对金属加工机床（车床、铣床、磨床、数控机床等）的形象说法，因为机床是制造其他机器的机器，也能制造机床本身。它的精度和水平决定汽车、航空航天等行业零部件能做到多好，因此被当作制造业的基础和“卡脖子”攻关的重点。',
    explanation_en:
      'A figurative name for machine tools — lathes, milling and grinding machines, CNC machines — since they are the machines that make all other machines, including machine tools. Their precision limits what car, aircraft and other makers can produce, so they are treated as the base of manufacturing and a priority for breaking technology bottlenecks.',
    english: { text: 'machine tools (“mother machines of industry”)', official: false },
    gloss_en: 'machine tools, the machines that make machines',
    related: ['xin-xing-gong-ye-hua'],
    sources: [
      { url: 'https://wanbiaoku.com./new/43b32bc7254042a2bfbcff7901d2b5c0', publisher: 'wanbiaoku.com（释义文章）' },
      { url: 'https://scholarmate.com/S/HMzKBn', publisher: '科研之友（期刊摘要）' },
    ],
    status: 'verified',
  },
  {
    id: 'zhuan-li-mi-ji-xing-chan-pin',
    term: '专利密集型产品',
    aliases: [],
    scope: 'national',
    period: { from: 2023 },
    category: 'technology',
    gloss_zh: '市场竞争力主要来自所用专利、经备案认定的产品',
    explanation_zh:
      '指竞争优势主要靠所用专利带来的产品，特征是专利保护强度高、专利价值贡献高、产品竞争力对专利依赖度高。企业在国家专利密集型产品备案认定试点平台备案，国家知识产权局自2023年起逐年组织认定，各地对认定产品给予奖励，用来推动专利转化为产品和产业。',
    explanation_en:
      'A product whose edge in the market comes mainly from the patents it uses, with strong patent protection and heavy reliance on them. Firms register products on a national pilot platform, and since 2023 the intellectual-property administration has certified them each year; local governments reward certified products to push patents into production.',
    english: { text: 'patent-intensive products', official: false },
    gloss_en: 'certified products whose edge rests on their patents',
    related: ['cheng-guo-zhuan-hua'],
    sources: [
      { url: 'https://www.shanghaiip.cn/wasWeb/qt/fbgl/info?id=3577', publisher: '上海知识产权（上海市知识产权局）', date: '2025-07-04' },
      { url: 'https://www.hkcd.com/content_p/2025-07/01/content_188230.html', publisher: '香港商报', date: '2025-07-01' },
      { url: 'https://dzgx.cqsmartpark.cn/announce/show.php?itemid=3211', publisher: '中国专利保护协会（转载）', date: '2024-08-14', note: 'reprint of the association’s 2024 notice' },
    ],
    status: 'verified',
  },
  {
    id: 'zhong-xiao-qi-ye-te-se-chan-ye-ji-qun',
    term: '中小企业特色产业集群',
    aliases: [],
    scope: 'national',
    period: { from: 2022 },
    category: 'industry',
    gloss_zh: '工信部认定的、以县为单位、以中小企业为主体的特色产业集群',
    explanation_zh:
      '定位在县级行政区范围内、以中小企业为主体、主导产业在细分领域全国领先的产业集群，由县级中小企业主管部门申报，经省级推荐后由工业和信息化部认定，有效期三年。2022年9月工信部印发促进办法并开展首次认定，提出“十四五”期间认定约200个，此后按年度继续推荐认定。',
    explanation_en:
      'A county-level cluster of mostly small and medium firms whose main industry ranks near the top of its niche nationally; the county applies, the province recommends and the Ministry of Industry and Information Technology certifies it for three years. The first were named under 2022 rules that aimed at about 200 during the 14th Five-Year Plan, and more are nominated every year.',
    english: { text: 'distinctive industrial clusters of SMEs', official: false },
    gloss_en: 'county clusters of small firms certified by the industry ministry',
    related: ['zhuan-jing-te-xin', 'xian-yu-jing-ji', 'xian-jin-zhi-zao-ye-ji-qun'],
    sources: [
      { url: 'http://www.tyjgjz.com/cn/Instant/local/202301/t20230117_7346856.html', publisher: '人民网-江苏频道（中国西藏网转载）', date: '2023-01-17' },
      { url: 'https://wallstreetcn.com/livenews/2449652', publisher: '华尔街见闻（快讯）' },
      { url: 'http://m.yjbys.cc/news/tuijian/372623.html', publisher: 'yjbys.cc（转载）', note: 'reprint of a report on the 2025 nominations' },
    ],
    status: 'verified',
  },
  {
    id: 'shu-ju-zi-chan-ru-biao',
    term: '数据资产入表',
    aliases: ['数据资源入表'],
    scope: 'national',
    period: { from: 2024 },
    category: 'technology',
    gloss_zh: '企业把数据资源作为资产记入资产负债表',
    explanation_zh:
      '财政部2023年8月发布《企业数据资源相关会计处理暂行规定》，自2024年1月1日起施行，企业可把符合条件的数据资源按无形资产或存货等类别确认入账，不符合确认条件的也要披露。“入表”就是进入资产负债表，被看作推动数据要素市场的重要一步。',
    explanation_en:
      'Under interim accounting rules the Ministry of Finance issued in August 2023, in force from 1 January 2024, firms may book qualifying data resources on the balance sheet as intangible assets or inventory and must disclose those that do not qualify. Getting data “onto the books” is seen as a step toward a market in data as a factor of production.',
    english: { text: 'recognising data assets on the balance sheet', official: false },
    gloss_en: 'booking data as an asset on a company’s balance sheet',
    related: ['shu-ju-yao-su'],
    sources: [
      { url: 'http://m.ahhgcable.com/caijing/2023/0824/0824110031.html', publisher: '人民日报海外版（转载）', date: '2023-08-24', note: 'reprint' },
      { url: 'http://m.jizihe.com/page/2023/1122/22715750.shtml', publisher: '财会月刊（jizihe转载）', date: '2023-11-22', note: 'reprint of a journal article' },
    ],
    status: 'verified',
  },
  // ── Energy transition ──
  {
    id: 'xin-xing-chu-neng',
    term: '新型储能',
    aliases: [],
    scope: 'national',
    period: { from: 2021 },
    category: 'infrastructure',
    gloss_zh: '抽水蓄能以外的电池等储能，用来平衡风电光伏的波动',
    explanation_zh:
      '相对于传统的抽水蓄能，指以锂离子电池为主的电化学储能以及压缩空气、飞轮等新技术储能，用来削峰填谷、平抑风电光伏发电的波动。2021年7月国家发展改革委、国家能源局的指导意见提出到2025年新型储能装机达到3000万千瓦以上，而2021年底只有约576万千瓦。',
    explanation_en:
      'Energy storage other than traditional pumped hydro — above all lithium-ion batteries, plus compressed air, flywheels and other new technologies — used to shift load and smooth out wind and solar output. A July 2021 national guideline set a target of over 30 GW by 2025, against about 5.76 GW at the end of 2021.',
    english: { text: 'new-type energy storage', official: false },
    gloss_en: 'battery and other non-hydro storage for the power grid',
    related: ['xu-ni-dian-chang', 'yuan-wang-he-chu', 'shuang-tan'],
    sources: [
      { url: 'http://www.yzzsnet.com/news/170951.html', publisher: 'yzzsnet.com（转载）', date: '2022-09-14', note: 'reprint of a magazine article on storage investment' },
      { url: 'https://www.wanwend.com/info/2403040182153543', publisher: '光大证券研究报告（转载）', note: 'reprint of a broker’s research excerpt' },
    ],
    status: 'verified',
  },
  {
    id: 'xu-ni-dian-chang',
    term: '虚拟电厂',
    aliases: [],
    scope: 'national',
    category: 'infrastructure',
    gloss_zh: '把分散的光伏、储能、充电桩和可调负荷聚合起来统一调度的平台',
    explanation_zh:
      '不是一座真正的电厂，而是用信息技术把屋顶光伏、储能电池、电动汽车充电桩、空调等可调节负荷聚合起来，像一座电厂一样统一调度，在用电高峰时多发电或少用电，参与电力市场和辅助服务。2025年国家发展改革委发布加快推进虚拟电厂发展的指导意见，提出到2030年全国虚拟电厂调节能力达到5000万千瓦以上。',
    explanation_en:
      'Not a real plant but a software platform that pools rooftop solar, batteries, car chargers and adjustable loads such as air conditioners and dispatches them like one power station, adding supply or cutting demand at peak times and trading in the power market. A 2025 national guideline aims for 50 GW of such adjustable capacity by 2030.',
    english: { text: 'virtual power plant', official: false },
    gloss_en: 'a platform pooling scattered solar, batteries and loads like one plant',
    related: ['xin-xing-chu-neng', 'che-wang-hu-dong', 'yuan-wang-he-chu'],
    sources: [
      { url: 'http://m.qunzh.com/qzxlk/dzxt/2025/202504/202509/t20250904_110496.html', publisher: '群众杂志', date: '2025-09-04' },
      { url: 'https://smartvpp.cn', publisher: 'smartvpp.cn（科普页面）' },
      { url: 'https://itfangan.cn/show-50.html', publisher: 'itfangan.cn（行业文章）' },
    ],
    status: 'verified',
  },
  {
    id: 'yuan-wang-he-chu',
    term: '源网荷储一体化',
    aliases: ['源网荷储'],
    scope: 'national',
    category: 'infrastructure',
    gloss_zh: '电源、电网、负荷、储能统一规划、协同调度',
    explanation_zh:
      '“源网荷储”指电源、电网、负荷（用电方）和储能四个环节。一体化是把四者放在一起规划和调度，让可调负荷和储能跟着新能源出力变化，改变过去“源随荷动”的模式，以便多消纳风电光伏。',
    explanation_en:
      'The four links of a power system — sources, grid, load (users) and storage — planned and dispatched together, so that flexible demand and storage follow the ups and downs of wind and solar instead of generation simply following demand. Projects under this name let more renewable power be used locally.',
    english: { text: 'source–grid–load–storage integration', official: false },
    gloss_en: 'planning generation, grid, demand and storage as one system',
    related: ['xin-xing-chu-neng', 'xu-ni-dian-chang'],
    sources: [
      {
        url: 'https://www.21xqjy.com/archive/yuan-wang-he-chu-yi-ti-hua-xiang-mu-ru-he-po-jie-neng-yuan-zhuan-xing-nan-ti-bing-shi-xian-gao-xiao.html',
        publisher: '21xqjy.com（科普文章）',
      },
      { url: 'http://anbamore.com/pingdaoxinwen/show.php?itemid=13900', publisher: 'anbamore.com（券商研报转载）', note: 'reprint of a broker’s report on storage in the new power system' },
    ],
    status: 'verified',
  },
  {
    id: 'che-wang-hu-dong',
    term: '车网互动',
    aliases: [],
    scope: 'national',
    period: { from: 2024 },
    category: 'infrastructure',
    gloss_zh: '电动汽车有序充电并在高峰时向电网反向送电',
    explanation_zh:
      '指电动汽车与电网之间的双向能量和信息交换，包括低谷时有序充电和高峰时通过双向充电桩把电池里的电反向送回电网（V2G），车主可赚取峰谷电价差。2024年9月国家发展改革委等四部门启动规模化应用试点，2025年4月公布首批9个试点城市和30个项目。',
    explanation_en:
      'Two-way exchange between electric cars and the grid: charging at off-peak times and, through bidirectional chargers, sending power back at peak times (vehicle-to-grid), so owners earn the price gap. Four national agencies launched large-scale pilots in September 2024 and named the first nine cities and 30 projects in April 2025.',
    english: { text: 'vehicle–grid interaction (V2G)', official: false },
    gloss_en: 'electric cars charging off-peak and feeding the grid at peaks',
    related: ['xu-ni-dian-chang', 'xin-xing-chu-neng'],
    sources: [
      { url: 'https://qipei.hczyw.com/zh/2024/0911/33135.html', publisher: 'hczyw.com（汽配资讯）', date: '2024-09-11' },
      { url: 'https://news.huanbohainews.com.cn/2025-08/13/content_50458672.html', publisher: '环渤海新闻网（中国之声、央视新闻）', date: '2025-08-13' },
      { url: 'https://www.goyuanm.com/10125.html', publisher: 'goyuanm.com（转载财联社）', date: '2025-04-02', note: 'reprint of a Cailian Press report' },
    ],
    status: 'verified',
  },
  {
    id: 'lv-zheng',
    term: '绿证',
    aliases: ['绿色电力证书', '可再生能源绿色电力证书'],
    scope: 'national',
    period: { from: 2017 },
    category: 'ecology',
    gloss_zh: '证明1000千瓦时可再生能源电量的电子证书',
    explanation_zh:
      '即可再生能源绿色电力证书，国家对符合条件的可再生能源上网电量核发，1个绿证对应1000千瓦时，是可再生能源电量环境属性的唯一证明和消费绿色电力的凭证，企业可以购买来证明用了绿电。2017年开始试行，2023年8月起核发范围扩大到全部可再生能源电量。',
    explanation_en:
      'A green electricity certificate: one is issued for every 1,000 kWh of qualifying renewable power fed to the grid, and it is the sole proof of that power’s green attribute, which companies buy to show they use green electricity. Trial issuance began in 2017 and since August 2023 it has covered all renewable generation.',
    english: { text: 'green electricity certificate', official: false },
    gloss_en: 'a certificate for each 1,000 kWh of renewable power',
    related: ['shuang-tan', 'tan-pai-fang-shuang-kong'],
    sources: [
      { url: 'http://www.zgjtqx.org.cn/lszhjtfh/20972.html', publisher: '国家能源局（转载）', date: '2023-08-15', note: 'reprint of the National Energy Administration’s notice summary' },
      { url: 'http://chinapower.com.cn/tanzhonghe/dongtai/2021-10-19/108740.html', publisher: '中国电力网', date: '2021-10-19' },
      { url: 'http://chinaden.cn/news_nr.asp?Small_Class=3&id=43192', publisher: '《能源》杂志（转载）', date: '2024-09-19', note: 'reprint' },
    ],
    status: 'verified',
  },
  // ── Land, rural economy and poverty-relapse prevention ──
  {
    id: 'zhai-ji-di-zhi-du-gai-ge',
    term: '宅基地制度改革',
    aliases: ['宅基地三权分置', '宅基地改革'],
    scope: 'national',
    category: 'rural',
    gloss_zh: '农村宅基地所有权、资格权、使用权“三权分置”的改革',
    explanation_zh:
      '农村宅基地原来是集体所有、农户使用的“两权分离”，农户只能自住，不能自由流转。2018年中央一号文件提出探索所有权、资格权、使用权“三权分置”：落实集体所有权，保障农户资格权和房屋财产权，适度放活宅基地和农房使用权，以盘活闲置农房和宅基地。',
    explanation_en:
      'Rural house plots used to be owned by the collective and used by the household for living only. The 2018 No. 1 central document began splitting them into three rights — collective ownership, the household’s entitlement and a use right that can be leased out within limits — so that idle farmhouses and plots can be put to use.',
    english: { text: 'rural homestead reform (separation of three rights)', official: false },
    gloss_en: 'reform splitting rural house plots into three rights',
    related: ['san-quan-fen-zhi', 'ji-ti-jing-ying-xing-jian-she-yong-di-ru-shi'],
    sources: [
      { url: 'https://fx361.cc/page/2018/1203/14810250.shtml', publisher: 'fx361（期刊文章转载，叶剑锋、吴宇哲）', date: '2018-12-03', note: 'reprint of a journal article' },
      { url: 'http://ccdrscu.com/?show=56', publisher: '中国县域发展研究中心（张勇论文转载）', note: 'reprint of a 2020 journal article' },
      { url: 'https://m.fx361.cc/news/2023/0214/19372192.html', publisher: 'fx361（张梦琳论文转载）', date: '2023-02-14', note: 'reprint of a journal article' },
    ],
    status: 'verified',
  },
  {
    id: 'ji-ti-jing-ying-xing-jian-she-yong-di-ru-shi',
    term: '集体经营性建设用地入市',
    aliases: ['集体经营性建设用地'],
    scope: 'national',
    period: { from: 2013 },
    category: 'rural',
    gloss_zh: '农村集体的工商业建设用地不经征收直接出让、出租',
    explanation_zh:
      '过去农村集体建设用地要先被征收为国有土地才能进入市场。2013年十八届三中全会提出让农村集体经营性建设用地与国有土地同等入市、同权同价，经试点后，2020年1月1日起施行的修订后《土地管理法》允许规划为工业、商业等经营性用途的集体建设用地由集体通过出让、出租等方式直接交给单位或个人使用。',
    explanation_en:
      'Village collectives’ land zoned for industry or commerce could once reach the market only after the state requisitioned it. After the 2013 Third Plenum called for equal rights with state land and a period of pilots, the revised Land Administration Law in force since 1 January 2020 lets collectives sell use rights to or lease such land directly.',
    english: { text: 'market entry of collective commercial construction land', official: false },
    gloss_en: 'villages selling or leasing their commercial building land directly',
    related: ['zhai-ji-di-zhi-du-gai-ge', 'cun-ji-ti-jing-ji'],
    sources: [
      { url: 'https://fx361.cc/page/2021/0128/16053159.shtml', publisher: 'fx361（期刊文章转载，董兴佩、王静怡）', date: '2021-01-28', note: 'reprint of a journal article' },
      { url: 'https://m.fx361.cc/news/2020/0714/14555011.html', publisher: 'fx361（期刊文章转载，魏来、黄祥祥）', date: '2020-07-14', note: 'reprint of a journal article' },
      { url: 'http://zgkjsz.com/page/2022/0206/16590191.shtml', publisher: 'zgkjsz.com（期刊文章转载，刘向南、郭锦涛）', date: '2022-02-06', note: 'reprint of a journal article' },
    ],
    status: 'verified',
  },
  {
    id: 'geng-di-jin-chu-ping-heng',
    term: '耕地进出平衡',
    aliases: [],
    quotedOnly: ['进出平衡'],
    scope: 'national',
    period: { from: 2021 },
    category: 'rural',
    gloss_zh: '耕地改作林园草地等，须在年内补回同等数量质量的耕地',
    explanation_zh:
      '2021年自然资源部等三部门严格耕地用途管制的通知规定：除国家安排的生态退耕、灾毁难以复耕等情形外，耕地转为林地、草地、园地等其他农用地或农业设施建设用地的，要在年度内通过把其他农用地整治为耕地等方式，补足同等数量、质量、可长期稳定利用的耕地。它管的是耕地与其他农用地之间的转换，与针对建设占用的“占补平衡”并行。',
    explanation_en:
      'Under 2021 rules on farmland use, cropland turned into forest, grassland, orchards or farm facilities must be replaced within the year by an equal amount of equally good, stable cropland, usually by reclaiming other farm land. It governs shifts between cropland and other farm uses, alongside the older rule that construction projects must replace the cropland they take.',
    english: { text: 'in-and-out balance of cropland', official: false },
    gloss_en: 'cropland turned to other farm uses must be replaced within the year',
    related: ['geng-di-zhan-bu-ping-heng', 'fei-nong-hua-fei-liang-hua', 'shi-ba-yi-mu-geng-di-hong-xian'],
    sources: [
      { url: 'http://pnr.sz.gov.cn/hdjl/ywzsk/tdgll8/content/post_11136652.html', publisher: '深圳市规划和自然资源局', date: '2024-02-05' },
      { url: 'http://old2022.bulletin.cas.cn/publish_article/2020/5/20200513.htm', publisher: '中国科学院院刊（汤怀志等）', date: '2020', note: 'on the older balance rule for construction land' },
    ],
    status: 'verified',
  },
  {
    id: 'nong-min-zhuan-ye-he-zuo-she',
    term: '农民专业合作社',
    aliases: ['农民合作社'],
    scope: 'national',
    category: 'rural',
    gloss_zh: '农户在承包经营基础上自愿联合、民主管理的互助经济组织',
    explanation_zh:
      '《农民专业合作社法》规定的法人组织：在农村家庭承包经营的基础上，农产品生产经营者或农业服务的提供者、利用者自愿联合、民主管理，统一购买农资、销售加工农产品、提供技术和设施服务。成员以农民为主体，入社自愿、退社自由，盈余主要按成员与合作社的交易量返还；2012年底全国已有约68.9万家。',
    explanation_en:
      'A legal-person cooperative under the Farmers’ Specialised Cooperatives Law: households that keep their contracted land join voluntarily and run it democratically to buy inputs, process and sell produce and share technology and equipment. Members are mainly farmers, may leave freely and get surpluses back mainly in proportion to their dealings with the cooperative; there were about 689,000 by the end of 2012.',
    english: { text: 'farmers’ specialised cooperative', official: false },
    gloss_en: 'a farmers’ cooperative registered under its own law',
    related: ['xin-xing-nong-ye-jing-ying-zhu-ti', 'jia-ting-nong-chang', 'gong-si-he-zuo-she-nong-hu'],
    sources: [
      { url: 'https://m.zhangyue.com/readbook/12255120/4.html?p2=104133', publisher: '掌阅（《中华人民共和国农民专业合作社法》文本）' },
      { url: 'http://www.ccfc.zju.edu.cn/2013/1125/c57522a2374750/page.htm', publisher: '浙江大学中国农村发展研究院', date: '2013-11-25' },
    ],
    status: 'verified',
  },
  {
    id: 'nong-ye-she-hui-hua-fu-wu',
    term: '农业社会化服务',
    aliases: ['农业社会化服务体系'],
    scope: 'national',
    category: 'rural',
    gloss_zh: '由合作社、服务公司等替小农户完成耕种收、植保等生产环节',
    explanation_zh:
      '农户把耕地、播种、植保、收割、烘干等一个或多个生产环节，甚至全程，交给合作社、家庭农场或专业服务公司有偿完成，常见形式是“土地托管”和代耕代种。2017年起中央一号文件每年都有部署，目的是在户均耕地很少的“大国小农”格局下，不流转土地也能实现规模化、机械化生产。',
    explanation_en:
      'Farm households pay cooperatives, family farms or service companies to do one or more stages of production — ploughing, sowing, spraying, harvesting, drying — or the whole season, often as “land trusteeship”. Central No. 1 documents have pushed it every year since 2017 as a way to farm at scale without the land changing hands, given that most households work tiny plots.',
    english: { text: 'socialised agricultural services', official: false },
    gloss_en: 'hired services that do farm work for smallholders',
    related: ['xin-xing-nong-ye-jing-ying-zhu-ti', 'tu-di-liu-zhuan', 'nong-min-zhuan-ye-he-zuo-she'],
    sources: [
      { url: 'https://fx361.cc/page/2021/0115/12186928.shtml', publisher: 'fx361（期刊文章转载，钟真等）', date: '2021-01-15', note: 'reprint of a journal article' },
      { url: 'https://m.fx361.cc/news/2020/1218/7352368.html', publisher: 'fx361（管珊论文转载）', date: '2020-12-18', note: 'reprint of a journal article' },
    ],
    status: 'verified',
  },
  {
    id: 'qiang-cun-gong-si',
    term: '强村公司',
    aliases: [],
    scope: 'national',
    category: 'rural',
    gloss_zh: '由村集体经济组织出资、按市场方式经营的公司',
    explanation_zh:
      '由一个或多个村的集体经济组织出资组建、以公司方式市场化运营的企业，统筹各村的土地、资产、产业和劳动力，承接农机服务、品牌包装等业务，收益用来壮大村集体经济。它先在浙江、江苏、山东等沿海省份兴起，重庆万州等地也有多村联合组建的例子。',
    explanation_en:
      'A company owned by one or several villages’ collective economic organisations and run on market lines, pooling the villages’ land, assets, industries and labour to offer farm-machinery services, packaging and branding, with profits going to the village collectives. It spread first in Zhejiang, Jiangsu and Shandong; elsewhere, for example in Chongqing’s Wanzhou, several villages have set one up together.',
    english: { text: 'village-strengthening company', official: false },
    gloss_en: 'a company owned by village collectives to earn income for them',
    related: ['cun-ji-ti-jing-ji', 'bo-ruo-cun'],
    sources: [
      { url: 'https://www.mybook.cyou/MagazineArticle/736605', publisher: '安徽农业科学（王升、应瑶论文转载）', date: '2024', note: 'reprint of a journal article' },
      { url: 'https://wanzhou.cbg.cn/a/2025/04/10/ea260cd746e442379a804468db098b4e.html', publisher: '万州网（重庆广电）', date: '2025-04-10' },
    ],
    status: 'verified',
  },
  {
    id: 'xin-nong-ren',
    term: '新农人',
    aliases: [],
    scope: 'national',
    category: 'rural',
    gloss_zh: '带着新技术、新经营方式回到或进入农村务农创业的人',
    explanation_zh:
      '多指从城市回流农村、或大学毕业后返乡的青年，他们用电商、直播、品牌运营和新技术从事农业生产经营，不同于传统农民，也不同于经培训认定的新型职业农民。这一说法最早见于媒体，学界尚无统一定义；农业农村部2022年的数据显示全国各类返乡入乡创业人员已超过1100万。',
    explanation_en:
      'Usually young people who move from the city to the countryside or return home after college and farm or start rural businesses with e-commerce, live streaming, branding and new technology — unlike traditional farmers or certified new professional farmers. The term comes from the media and has no settled definition; official 2022 figures counted over 11 million people who had returned or moved to the countryside to start businesses.',
    english: { text: 'new farmers', official: false },
    gloss_en: 'young returnees farming with e-commerce and new technology',
    related: ['xin-xing-nong-ye-jing-ying-zhu-ti', 'shu-shang-xing-nong'],
    sources: [
      { url: 'https://gyxww.net/view/10756.html', publisher: 'gyxww.net（王丹评论转载）', note: 'reprint of a newspaper commentary' },
      GUANGMING_NEW_FARMERS_2022,
      { url: 'http://91fabiao.com/zazhi/1289004.html', publisher: '91fabiao.com（期刊文章转载，刘凯铭、李期）', date: '2024-04-24', note: 'reprint of a journal article' },
    ],
    status: 'verified',
  },
  {
    id: 'xiang-cun-gong-jiang',
    term: '乡村工匠',
    aliases: [],
    scope: 'national',
    period: { from: 2022 },
    category: 'rural',
    gloss_zh: '经认定、扎根农村的传统技艺和手工业技能人才',
    explanation_zh:
      '指扎根农村、掌握剪纸、刺绣、陶瓷等传统技艺或特色种养等乡村技能的人才，是乡村人才振兴的一类。2022年国家乡村振兴局等八部门发文推进乡村工匠培育，2023年启动“双百双千”工程，力争到2025年底在全国认定百名乡村工匠大师、千名名师，并设大师传习所和名师工作室，各省也认定省级名师。',
    explanation_en:
      'Rural craftspeople with traditional or local skills — paper cutting, embroidery, pottery, specialty farming — recognised as part of the drive to build rural talent. After a 2022 guideline from eight national bodies, a 2023 programme set out to certify 100 national master craftsmen and 1,000 masters by the end of 2025, each with a workshop, and provinces certify their own.',
    english: { text: 'rural craftsmen', official: false },
    gloss_en: 'certified rural craftspeople with traditional skills',
    related: ['xiang-cun-zhen-xing'],
    sources: [
      { url: 'http://lushixian.gov.cn/3472/616525056/1160860.html', publisher: '卢氏县人民政府（转发农业农村部等七部门通知）', date: '2023-08-08' },
      { url: 'http://idudrop.com/zwzx/ssyw/202503/t20250318_2114445.shtml', publisher: '晋城新闻网（转载）', date: '2025-03-18', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'jiu-ye-bang-fu-che-jian',
    term: '就业帮扶车间',
    aliases: ['帮扶车间'],
    scope: 'national',
    period: { from: 2021 },
    category: 'rural',
    gloss_zh: '脱贫攻坚后由扶贫车间转来的、吸纳脱贫人口就近就业的车间',
    explanation_zh:
      '脱贫攻坚结束后，各地把扶贫车间转型认定为就业帮扶车间或乡村就业工厂，继续让脱贫人口和防止返贫监测对象在家门口就业。认定条件各地不一，如广西柳江要求厂房式、居家式、种养式等各类车间吸纳或带动5名以上脱贫人口，并为他们买意外伤害保险。',
    explanation_en:
      'After the anti-poverty campaign ended, the old poverty-relief workshops were re-certified as job-assistance workshops or rural employment factories that keep hiring people lifted out of poverty, and those watched for relapse, close to home. Criteria vary by place; one county in Guangxi requires each workshop, whether a factory floor, home piecework or a farm base, to employ or support at least five such people and insure them.',
    english: { text: 'job-assistance workshop', official: false },
    gloss_en: 'village workshop employing people lifted out of poverty',
    related: ['fu-pin-che-jian', 'fang-fan-pin-jian-ce', 'you-xiao-xian-jie'],
    sources: [
      { url: 'http://liujiang.gov.cn/wsbs/ggfw/rlzy/zsk/t19700101_3570844.shtml', publisher: '柳州市柳江区人民政府' },
      { url: 'http://www.yjxww.com/news/kuaixun/20210702/55815.html', publisher: '星岛中文网（转载）', date: '2021-07-02', note: 'reprint of a Lanzhou report' },
      { url: 'http://farm.00-net.com/news/3n/2022-01-21/336874.html', publisher: '农民日报（转载）', date: '2022-01-21', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'xian-jie-zi-jin',
    term: '衔接资金',
    aliases: ['衔接推进乡村振兴补助资金', '中央财政衔接推进乡村振兴补助资金'],
    scope: 'national',
    period: { from: 2021 },
    category: 'rural',
    gloss_zh: '过渡期用于巩固脱贫成果、衔接乡村振兴的财政补助资金',
    explanation_zh:
      '“衔接推进乡村振兴补助资金”的简称，是脱贫攻坚结束后过渡期内各级财政用于巩固拓展脱贫攻坚成果同乡村振兴有效衔接的专项资金，重点支持防止返贫监测对象和脱贫户发展生产、增加收入，并向国家乡村振兴重点帮扶县倾斜。2023年中央一号文件要求把中央衔接资金用于产业发展的比重提高到60%以上。',
    explanation_en:
      'Short for the subsidy funds for linking poverty-alleviation gains with rural revitalisation: the main budget money, central and local, for the transition years after the anti-poverty campaign, spent chiefly on helping lifted-out households and those watched for relapse to raise their incomes, with extra for key assisted counties. The 2023 No. 1 central document asked that over 60% of the central funds go to industry.',
    english: { text: 'linkage funds (for rural revitalisation)', official: false },
    gloss_en: 'budget funds that keep poverty gains from slipping',
    related: ['you-xiao-xian-jie', 'fang-fan-pin-jian-ce', 'xiang-cun-zhen-xing'],
    sources: [
      { url: 'http://ytlch.com/frontend/web/site/list-info/2188', publisher: '中国政府网（转载）', note: 'reprint of a gov.cn summary of the six-department guideline' },
      { url: 'http://www.handmsg.com/page/2024/0115/23459152.shtml', publisher: 'handmsg.com（期刊文章转载）', date: '2024-01-15', note: 'reprint of a journal article' },
      { url: 'https://szkjd.com/companynews/2006.html', publisher: '江门市财政局、江门市乡村振兴局（转载）', note: 'reprint of a city regulation on the funds' },
    ],
    status: 'verified',
  },
  {
    id: 'tu-te-chan',
    term: '土特产',
    aliases: ['土特产文章'],
    quotedOnly: ['土特产'],
    scope: 'national',
    period: { from: 2022 },
    category: 'rural',
    gloss_zh: '立足乡土资源、突出特色、做成产业的乡村特色产业',
    explanation_zh:
      '本义是地方特产，政策里常加引号：2022年底中央农村工作会议提出要“做好‘土特产’文章”，此后连年写入中央一号文件。“土”指立足一方水土的乡土资源，“特”指突出地域特色、形成独特竞争力，“产”指按产业规律延长产业链、形成产业，用来带动农民增收。',
    explanation_en:
      'Literally “local specialties”, but in quotes it is the rural-industry slogan from the end-2022 Central Rural Work Conference, repeated in later No. 1 documents: build on local resources (tu), make them distinctive (te) and grow them into full industry chains (chan) that raise farmers’ incomes.',
    english: { text: '“local specialties” (rural specialty industries)', official: false },
    gloss_en: 'the slogan of turning local specialties into rural industries',
    related: ['yi-cun-yi-pin', 'xiang-cun-zhen-xing', 'jing-shen-jia-gong'],
    sources: [
      { url: 'https://td.fyun.cc/detail/13e92e542f58a4369058f29b32d2eda2f70b719b.html', publisher: '光明日报（转载）', date: '2023-01-30', note: 'reprint of a Guangming Daily commentary' },
      { url: 'https://m.86917.com/news/21338.html', publisher: 'm.86917.com（转载）', date: '2024-05-31', note: 'reprint of a report on the 2024 No. 1 document' },
      { url: 'http://m.qunzh.com/qzxlk/jczx/2026/202602/202601/t20260123_111957.html', publisher: '群众杂志', date: '2026-01-23' },
    ],
    status: 'verified',
  },
  {
    id: 'lin-xia-jing-ji',
    term: '林下经济',
    aliases: [],
    scope: 'national',
    period: { from: 2007 },
    category: 'rural',
    gloss_zh: '利用林地在树下种植、养殖和发展森林旅游',
    explanation_zh:
      '在不砍树的前提下，利用林地和林荫开展林下种植（中药材、食用菌等）、林下养殖、林下采集加工和森林景观利用（森林康养、旅游），让林区农民增收。2007年温家宝首次提出这一概念，2012年国务院办公厅印发加快林下经济发展的意见，2021年中央一号文件又把它列入乡村振兴产业。',
    explanation_en:
      'Making money from woodland without felling it: growing medicinal herbs or mushrooms under the trees, raising poultry there, gathering and processing forest products, and forest tourism and wellness. Premier Wen Jiabao first used the phrase in 2007, a State Council General Office opinion followed in 2012, and the 2021 No. 1 document listed it among rural-revitalisation industries.',
    english: { text: 'under-forest economy', official: false },
    gloss_en: 'earning from farming, herding and tourism under forest cover',
    related: ['ting-yuan-jing-ji', 'liang-shan'],
    sources: [
      { url: 'https://m.fx361.cc/news/2024/0229/23784137.html', publisher: 'fx361（期刊文章转载，吴一凡等）', date: '2024-02-29', note: 'reprint of a journal article' },
      { url: 'http://www.99woaini.com/sslw/scx/8012.html', publisher: '99woaini.com（期刊文章转载）', note: 'reprint of a journal article' },
    ],
    status: 'verified',
  },
  {
    id: 'ting-yuan-jing-ji',
    term: '庭院经济',
    aliases: [],
    scope: 'national',
    period: { from: 2022 },
    category: 'rural',
    gloss_zh: '农户利用自家院落和房前屋后搞种养、加工和服务的小规模经营',
    explanation_zh:
      '农户以自家住宅院落和房前屋后为空间、以家庭为单位，发展特色种植、养殖、手工、民宿农家乐、小商店等小规模经营。概念由经济学家于光远1984年提出；2022年农业农村部、国家乡村振兴局发文鼓励脱贫地区发展，2023年首次写入中央一号文件，2024年一号文件又把它列为农民增收的普遍途径。',
    explanation_en:
      'Small family businesses run in and around the farmhouse yard: specialty crops, livestock, handicrafts, homestays and farm restaurants, small shops. The economist Yu Guangyuan coined the term in 1984; a 2022 guideline encouraged it in formerly poor areas, the 2023 No. 1 document mentioned it for the first time and the 2024 one made it a general way to raise farm incomes.',
    english: { text: 'courtyard economy', official: false },
    gloss_en: 'small family businesses run in and around the farmhouse yard',
    related: ['lin-xia-jing-ji', 'you-xiao-xian-jie'],
    sources: [
      { url: 'http://ngx.179c.com/p1277.html', publisher: 'ngx.179c.com（农参，转载）', date: '2023', note: 'reprint of an article on the 2023 No. 1 document' },
      { url: 'https://www.fensifuwu.com/economics/3bb375fe3ff14c664afdcc3eeb2fa2e2.html', publisher: 'fensifuwu.com（刘天放评论转载）', note: 'reprint of a newspaper commentary' },
      { url: 'https://chujupifa.com/read/-dy-article-JS204KGT055040N3.html', publisher: '潮新闻（转载）', date: '2024', note: 'reprint of a Zhejiang Daily group report' },
    ],
    status: 'verified',
  },
  {
    id: 'xiang-cun-ceo',
    term: '乡村CEO',
    aliases: ['乡村职业经理人', '农村集体经济经理人', '农村职业经理人'],
    scope: 'national',
    category: 'rural',
    gloss_zh: '村集体聘来市场化经营集体资产和产业的职业经理人',
    explanation_zh:
      '村集体经济组织聘请的职业经理人，用市场经验整合村里的土地、闲置资产和特色产品，做品牌、直播、文旅等经营，让集体资产增值、村民增收，浙江杭州余杭永安村是常被提到的例子。2025年7月人力资源社会保障部等部门把“农村集体经济经理人”列为新职业，即受集体经济组织委托从事资源发包、物业出租、居间服务、经营性财产参股等活动的人员。',
    explanation_en:
      'A professional manager hired by a village collective to run its land, idle property and local products on market lines — branding, live-stream sales, tourism — so that collective assets earn more and villagers gain; Yong’an village in Hangzhou’s Yuhang is the best-known case. In July 2025 the human-resources ministry listed “rural collective economy manager” as a new occupation: someone entrusted by a collective to let out resources and property, broker deals and hold stakes for it.',
    english: { text: 'village CEO (rural collective economy manager)', official: false },
    gloss_en: 'a hired manager running a village’s collective business',
    related: ['qiang-cun-gong-si', 'cun-ji-ti-jing-ji', 'xin-nong-ren'],
    sources: [
      { url: 'https://www.top168.com/news/show-542316.html', publisher: '中国新闻周刊（转载）', date: '2025-08-22', note: 'reprint' },
      { url: 'https://www.yuhaojiang.com/redian/1410034.html', publisher: 'yuhaojiang.com（转载）', note: 'reprint of an interview with Li Xiaoyun on the name' },
      { url: 'https://m.timesface.cn/page152.html?article_id=44502&pagenum=4', publisher: 'timesface.cn（转载）', note: 'reprint of a report on Yong’an village’s managers' },
    ],
    status: 'verified',
  },
  {
    id: 'cun-bo',
    term: '村播',
    aliases: [],
    quotedOnly: ['村播'],
    scope: 'national',
    category: 'rural',
    gloss_zh: '农民和返乡青年在村里直播卖农产品、展示乡村生活',
    explanation_zh:
      '农民、返乡创业者或合作社借直播平台展示乡村风光和生活、销售本地农产品和手工艺品的直播电商形式，既指这种直播活动，也指做直播的农村主播。直播平台因此被称作农民增收的“新农具”，研究者认为关键在培养农村电商人才、补齐农村基础设施短板。',
    explanation_en:
      'Live-stream selling from the countryside: farmers, returnees or cooperatives show village life and sell local produce and crafts online; the word means both the activity and the rural hosts. Streaming apps are called the farmers’ new tool, and studies say success depends on training rural e-commerce talent and improving village infrastructure.',
    english: { text: 'village live-streaming', official: false },
    gloss_en: 'villagers live-streaming to sell farm produce',
    related: ['xin-nong-ren', 'shu-shang-xing-nong'],
    sources: [
      { url: 'https://www.hanspub.org/journal/paperinformation?paperid=116722', publisher: '汉斯出版社（期刊论文）' },
      { url: 'https://www.hanspub.org/journal/paperinformation?paperid=114447', publisher: '汉斯出版社（期刊论文）' },
    ],
    status: 'verified',
  },
];
