import type { GlossaryEntry, Source } from '../types';

/*
 * Jargon H: economic and industrial working vocabulary of 2023–2026 Chinese news that the
 * characters do not give away: finance for firms (投贷联动, 信易贷, 知识产权质押融资, 政府性融资担保,
 * 转型金融, 碳减排支持工具, the 专精特新 board of regional equity markets), technology and innovation
 * policy (技术经理人, 新型研发机构, 科技成果先使用后付费, 两化融合, 产业大脑, 未来工厂), the digital
 * economy (公共数据授权运营, 智算中心), energy and carbon (用能权交易, 碳普惠, CCER, 光储充一体化)
 * and trade and consumption (内外贸一体化, 外贸综合服务企业, 即时零售).
 *
 * How these terms were chosen: about 30 candidates on the theme were first checked against the forms
 * the glossary holds; these exist and were skipped: 链主, 链长制, 专精特新, 小巨人, 单项冠军, 飞地,
 * 标准厂房, 腾笼换鸟, 工业上楼, 零碳园区, 绿电直连, 虚拟电厂, 源网荷储, 数据要素, 东数西算, 算力券,
 * 创新积分, 首贷, 银税互动, 市场采购, 首发经济, 低空经济, 总部经济, 楼宇经济, 工业互联网, 出海, 新三样,
 * 两业融合, 创新联合体, 概念验证, 隐形冠军, 梯度培育, 首台套, 首版次, 拨投结合, 海外仓, 即买即退,
 * 谷子经济, 县域商业, 带方案出让, 拿地即开工, 区域评估, 数据资产入表, 政采贷, 数实融合, 工业母机,
 * 绿证, 新型储能. 资本招商 (and 以投带引) was left out as the same idea as the 以投带招 entry. The rest
 * were searched in stored public web pages (about 30 queries in Chinese: official notices, state
 * media and their reprints, journal articles, explainers), none of them a page that the real-news
 * benches measure. A term was kept when a page used it in news or official text and a page said, or
 * showed plainly by use, what it means.
 *
 * Left out because no page read used or explained them: 带土移植, 先租后让, 规升股 and 股上市, 隔墙售电,
 * 批零住餐, 每万人口高价值发明专利拥有量, 同线同标同质; 拎包入驻 (拎包入住) because bare it is
 * mostly the estate-agent phrase for a furnished flat, so a match in ordinary text would usually be
 * wrong.
 *
 * Precision: every form here is a long fixed phrase that ordinary text does not contain by chance.
 * Exceptions: 先使用后付费, which shops and services also say of paying after use, so alone it
 * stands only between quotes (科技成果先使用后付费 and 专利先使用后付费 stand anywhere); and 未来工厂,
 * which bare is just "the factory ... in future", so it too stands only between quotes.
 * The short form 光储充 counts bare only where it cuts no word (not in 阳光储…). 两化 and 智算
 * alone are not forms. Meanings come from the pages cited under each entry; wording is ours, and every
 * English rendering is our suggestion.
 */

const CHINEP_TOUDAI_2016: Source = {
  url: 'http://chinep.net/news/show.php?itemid=3136',
  publisher: 'chinep.net（新闻转载）',
  note: 'news of China Development Bank’s first investment-plus-loan deal under the 2016 pilot',
};

const FUJIAN_WAIZONGFU_2025: Source = {
  url: 'http://swt.fujian.gov.cn/xxgk/zfxxgkzl/zc/xzgfxwj/202512/t20251225_7060450.htm',
  publisher: '福建省商务厅',
  date: '2025-12-19',
};

/** Economic and industrial jargon of 2023–2026 news: firm finance, innovation, data, carbon, trade. */
export const JARGON_H: readonly GlossaryEntry[] = [
  // ── Finance for firms ──
  {
    id: 'tou-dai-lian-dong',
    term: '投贷联动',
    aliases: [],
    scope: 'national',
    period: { from: 2016 },
    category: 'economy',
    gloss_zh: '银行把股权投资和贷款捆在一起支持科技企业',
    explanation_zh:
      '指银行在给科技型企业放贷的同时，通过自己的投资子公司或合作的创投、股权投资机构入股这家企业，用投资收益弥补贷款可能的损失，以解决轻资产、缺抵押的科创企业借不到钱的问题。2016年它写入政府工作报告，同年银监会、科技部、人民银行出台指导意见启动试点，国家开发银行是首批试点银行之一。',
    explanation_en:
      'A bank lends to a technology firm while it, through an investment subsidiary or a partner venture fund, also takes an equity stake, so that gains on the shares can offset losses on the loans. It is meant for young firms with patents but no collateral; it entered the 2016 government work report, and a pilot launched that year under a guideline of the banking regulator, the science ministry and the central bank.',
    english: { text: 'investment-loan linkage', official: false },
    gloss_en: 'bank lending combined with an equity stake in a tech firm',
    related: ['ke-ji-xing-zhong-xiao-qi-ye', 'zhi-shi-chan-quan-zhi-ya-rong-zi'],
    sources: [
      CHINEP_TOUDAI_2016,
      {
        url: 'http://www.victorzhang.cn/page/2016/0413/21310672.shtml',
        publisher: 'victorzhang.cn（缪锦春，南京大学商学院，期刊文章转载）',
        date: '2016-04-13',
        note: 'mirror of a journal article; says the term entered the 2016 government work report',
      },
      { url: 'https://www.drhy88.cn/n/686.html', publisher: 'drhy88.cn（解读文章）', note: 'explainer on equity-plus-debt financing of tech firms' },
    ],
    status: 'verified',
  },
  {
    id: 'xin-yi-dai',
    term: '信易贷',
    aliases: [],
    scope: 'national',
    category: 'economy',
    gloss_zh: '凭企业信用信息向中小微企业放贷的融资服务平台',
    explanation_zh:
      '指依托公共信用信息，让银行据此给缺少抵押物的中小微企业发放纯信用、线上审批的贷款，由国家公共信用信息中心指导、各地建设“信易贷”平台作为银企对接入口。上海的平台2020年开通，入驻银行38家，累计授信近4000亿元。',
    explanation_en:
      'Lending to small firms on the strength of their credit records: public credit information lets banks grant unsecured loans approved online, and local "credit-easy loan" platforms, guided by the National Public Credit Information Center, match firms with banks. Shanghai\'s platform, opened in 2020, had 38 banks and close to 400 billion yuan of credit granted.',
    english: { text: 'credit-based lending platform (Xinyidai)', official: false },
    gloss_en: 'loans to small firms on the basis of their public credit record',
    related: ['yin-shui-hu-dong'],
    sources: [
      {
        url: 'https://ddcredit.dandong.gov.cn/zh/News_40670.html',
        publisher: '信用丹东（丹东市信用网站，转载上海信易贷平台案例）',
        note: 'case of the Shanghai platform on a city credit website',
      },
    ],
    status: 'verified',
  },
  {
    id: 'zhi-shi-chan-quan-zhi-ya-rong-zi',
    term: '知识产权质押融资',
    aliases: ['知识产权质押贷款', '专利权质押融资'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '企业拿专利、商标等知识产权作质押向银行借款',
    explanation_zh:
      '指企业把合法持有且仍有效的专利权、注册商标权、著作权等经评估后出质，向银行等金融机构取得贷款，主要帮助有技术却缺少厂房、设备等抵押物的科技型中小企业。国家知识产权局2009年开始试点，到2018年全国质押融资金额从约75亿元增至885亿元。',
    explanation_en:
      'A firm pledges valued patents, trademarks or copyrights to a bank as security for a loan, which helps technology firms that own know-how but little property to mortgage. The patent office began pilots in 2009, and yearly pledge financing grew from about 7.5 billion yuan then to 88.5 billion in 2018.',
    english: { text: 'intellectual-property pledge financing', official: false },
    gloss_en: 'borrowing against patents and trademarks',
    related: ['tou-dai-lian-dong', 'ke-ji-xing-zhong-xiao-qi-ye'],
    sources: [
      { url: 'https://cnipol.com/Index/show/catid/37/id/1513.html', publisher: 'cnipol.com（崔宏轶等，深圳大学，期刊文章）' },
      { url: 'http://www.jizihe.com/page/2016/0813/18730327.shtml', publisher: 'jizihe.com（马伟阳，河南理工大学，期刊文章转载）', date: '2016-08-13' },
      { url: 'https://m.fx361.cc/news/2023/0218/23517609.html', publisher: 'fx361.cc（黄若虹、钟止潇，《区域金融研究》）', date: '2023-02-18' },
    ],
    status: 'verified',
  },
  {
    id: 'zheng-fu-xing-rong-zi-dan-bao',
    term: '政府性融资担保',
    aliases: [],
    scope: 'national',
    period: { from: 2019 },
    category: 'economy',
    gloss_zh: '政府出资的担保机构低费率为小微企业和三农贷款作保',
    explanation_zh:
      '指由政府出资设立的融资担保、再担保机构，为缺少抵押、信用记录不足的小微企业和“三农”主体向银行借款提供担保，收取较低的担保费。2019年国务院办公厅发文要求其“聚焦主业、降费让利”，甘肃等省随后规定单户500万元及以下的担保费率原则上不超过1%。',
    explanation_en:
      'Guarantee and re-guarantee companies funded by governments that stand surety for bank loans to small firms and farm businesses lacking collateral, charging low fees. A 2019 State Council office paper told them to stick to this business and cut fees, and provinces such as Gansu then capped the fee at 1% for guarantees of up to 5 million yuan.',
    english: { text: 'government-backed financing guarantee', official: false },
    gloss_en: 'state-funded guarantees that help small firms get bank loans',
    related: ['ying-ji-zhuan-dai', 'wu-huan-ben-xu-dai'],
    sources: [
      { url: 'https://scholarmate.com/S/ZR5UTr', publisher: 'scholarmate.com（期刊文章摘要）', note: 'abstract quoting the 2019 State Council office guideline (国办发〔2019〕6号)' },
      { url: 'http://www.qqx123.com/read68989.html', publisher: 'qqx123.com（转载中国甘肃网）', date: '2019-07-24', note: 'reprint of a report on the Gansu implementing opinions' },
      { url: 'https://jxj.yaan.gov.cn/xinwen/show/8fb052c8-34bb-4338-8b1f-1e951aeab4fd.html', publisher: '雅安市经济和信息化局' },
    ],
    status: 'verified',
  },
  {
    id: 'zhuan-jing-te-xin-zhuan-ban',
    term: '专精特新专板',
    aliases: ['区域性股权市场专精特新专板'],
    scope: 'national',
    period: { from: 2022 },
    category: 'economy',
    gloss_zh: '地方股权交易中心为专精特新中小企业开设的挂牌板块',
    explanation_zh:
      '指省级区域性股权市场（股权交易中心）专门为“专精特新”中小企业开设的板块，为挂牌企业提供股权融资、债券和信贷对接及上市前规范培育，被称为企业上市的“苗圃”。2022年11月证监会办公厅、工信部办公厅联合发文推动建设，建设方案分批报证监会备案，湖南股权交易所在第二批名单中。',
    explanation_en:
      'A board opened by a provincial regional equity market for small "specialised, refined, distinctive and innovative" firms, offering equity and loan matching and grooming for a later stock listing. A joint guideline of the securities regulator and the industry ministry in November 2022 set it up, and plans were filed in batches, Hunan\'s equity exchange in the second.',
    english: { text: 'specialised-and-innovative board of regional equity markets', official: false },
    gloss_en: 'a regional equity-market board for specialised and innovative small firms',
    related: ['zhuan-jing-te-xin'],
    sources: [
      {
        url: 'http://imasd-velecdom.com/prestashop/show.aspx?dwWx=ZS.html',
        publisher: 'imasd-velecdom.com（转载中新社）',
        note: 'weak host: a reprint of a China News Service report on the second list filed with the securities regulator',
      },
      { url: 'https://reportify.ai/news/1187952196969435136', publisher: 'reportify.ai（证券日报摘要）', date: '2025-11-17' },
    ],
    status: 'verified',
  },
  {
    id: 'zhuan-xing-jin-rong',
    term: '转型金融',
    aliases: [],
    scope: 'national',
    category: 'economy',
    gloss_zh: '为高碳行业向低碳转型提供的融资',
    explanation_zh:
      '指为钢铁、煤电、化工等高排放、难减排的行业和企业向低碳、零碳转型提供资金的金融服务，支持的是有明确转型路径和减排效果的“棕色”活动，以补足只投“纯绿”项目的绿色金融。中国人民银行牵头制定的《G20转型金融框架》于2022年11月发布。',
    explanation_en:
      'Finance for high-emitting industries such as steel, coal power and chemicals as they move towards low or zero carbon, covering "brown" activities with a clear transition path that green finance, aimed at purely green projects, leaves out. The G20 Transition Finance Framework, drafted under the lead of the People\'s Bank of China, was released in November 2022.',
    english: { text: 'transition finance', official: false },
    gloss_en: 'finance for carbon-heavy industries that are cutting emissions',
    related: ['tan-jian-pai-zhi-chi-gong-ju', 'shuang-tan', 'wu-pian-da-wen-zhang'],
    sources: [
      { url: 'https://www.shcqhb.com/news/gongsixinwen/3106.html', publisher: 'shcqhb.com（文章转载）', date: '2025-06-09', note: 'reprint of an article on transition finance' },
      { url: 'https://yangtze.silkroadinfo.org.cn/2024/1218/c72a4313878/page.htm', publisher: 'yangtze.silkroadinfo.org.cn（李海棠等，上海社会科学院）', date: '2024-12-18' },
    ],
    status: 'verified',
  },
  {
    id: 'tan-jian-pai-zhi-chi-gong-ju',
    term: '碳减排支持工具',
    aliases: [],
    scope: 'national',
    period: { from: 2021 },
    category: 'economy',
    gloss_zh: '人民银行为银行的碳减排贷款提供低息再贷款的工具',
    explanation_zh:
      '中国人民银行2021年11月推出的结构性货币政策工具：银行先向清洁能源、节能环保、碳减排技术等领域的企业发放碳减排贷款，人民银行再按贷款本金的60%、以1.75%的利率向银行提供资金，即“先贷后借”。2026年1月其支持范围扩大到节能改造、绿色升级、能源绿色低碳转型等项目，按季操作，全年不超过8000亿元。',
    explanation_en:
      'A targeted central-bank tool launched in November 2021: banks first lend to firms in clean energy, energy saving and carbon-cutting technology, then the People\'s Bank refinances 60% of the principal at 1.75%. In January 2026 it was widened to energy-saving retrofits and other projects that cut emissions directly, with quarterly operations of up to 800 billion yuan a year.',
    english: { text: 'carbon emission reduction facility', official: false },
    gloss_en: 'cheap central-bank funding for banks’ low-carbon loans',
    related: ['zhuan-xing-jin-rong', 'shuang-tan'],
    sources: [
      { url: 'http://www.wumasheying.com/news/zhxw/2021/1109/206397.shtml', publisher: 'wumasheying.com（转载新华社）', date: '2021-11-09', note: 'reprint of the Xinhua report of 8 November 2021' },
      { url: 'https://news.solarbe.com/202111/09/346217.html', publisher: '索比光伏网（转载中国人民银行）', date: '2021-11-09' },
      { url: 'http://cn.office369.com/news/show-2680832.html', publisher: 'office369.com（转载中国人民银行网站）', date: '2026-01-15' },
    ],
    status: 'verified',
  },
  // ── Technology and innovation ──
  {
    id: 'ji-shu-jing-li-ren',
    term: '技术经理人',
    aliases: ['技术经纪人'],
    scope: 'national',
    category: 'technology',
    gloss_zh: '专门促成科技成果转化的中介专业人员',
    explanation_zh:
      '指在科技成果转移转化中从事成果挖掘、培育、孵化、评价、推广和交易，并提供金融、法律、知识产权等配套服务的专业人员，被比作连接实验室和企业的“科技红娘”，亦称技术经纪人。2022年它作为新职业列入《中华人民共和国职业分类大典》，二十届三中全会《决定》提出加强技术经理人队伍建设。',
    explanation_en:
      'A professional who finds research results with market value and carries them to firms, handling evaluation, deals and the related finance, legal and IP services; the press calls them matchmakers between lab and industry. The job entered China\'s official occupation catalogue in 2022, and the 2024 Third Plenum decision asked for more of them.',
    english: { text: 'technology manager (technology transfer professional)', official: false },
    gloss_en: 'a broker who turns research results into products',
    related: ['xin-xing-yan-fa-ji-gou', 'ke-ji-cheng-guo-xian-shi-yong-hou-fu-fei', 'gai-nian-yan-zheng-zhong-xin'],
    sources: [
      { url: 'https://peopleweekly.cn/html/2024/kexue_0422/205289.html', publisher: '人民周刊网', date: '2024-04-22' },
      { url: 'https://kjj.xinxiang.gov.cn/news/29_10117', publisher: '新乡市科学技术局（转载科技日报）' },
      { url: 'http://www.xibujuece.com/2026/0113/343328.html', publisher: '西部决策网', date: '2026-01-13' },
    ],
    status: 'verified',
  },
  {
    id: 'xin-xing-yan-fa-ji-gou',
    term: '新型研发机构',
    aliases: [],
    scope: 'national',
    category: 'technology',
    gloss_zh: '投资多元、市场化运行的独立研发机构',
    explanation_zh:
      '科技部2019年的指导意见把它界定为聚焦科技创新需求、主要从事科学研究、技术创新和研发服务，投资主体多元化、管理制度现代化、运行机制市场化、用人机制灵活的独立法人机构，可登记为民办非企业单位、事业单位或企业。它常由地方政府与高校、院所或企业共建，集研发、孵化和投资于一身，1996年成立的深圳清华大学研究院被视为早期代表。',
    explanation_en:
      'An independent research body, as a 2019 science-ministry guideline defines it, with several investors and market-style management, doing research, technology development and R&D services; it may be registered as a non-profit, a public institution or a company. Local governments often set them up with universities or firms to combine research, incubation and investment, the Shenzhen Tsinghua research institute of 1996 being an early one.',
    english: { text: 'new-type R&D institution', official: false },
    gloss_en: 'a market-run research institute outside the old university and academy system',
    related: ['ji-shu-jing-li-ren', 'gai-nian-yan-zheng-zhong-xin'],
    sources: [
      { url: 'http://m.handmsg.com/page/2021/0713/21415091.shtml', publisher: 'handmsg.com（周君璧等，中国科学院科技战略咨询研究院，期刊文章转载）', date: '2021-07-13' },
      { url: 'http://opt.cas.cn/gb2019/xwzx/zcdhyxxyd/201908/t20190829_5375842.html', publisher: '中国科学院光电技术研究所网站（政策解读转载）', date: '2019-08-29' },
    ],
    status: 'verified',
  },
  {
    id: 'ke-ji-cheng-guo-xian-shi-yong-hou-fu-fei',
    term: '科技成果先使用后付费',
    aliases: ['专利先使用后付费'],
    quotedOnly: ['先使用后付费'],
    scope: 'national',
    category: 'technology',
    gloss_zh: '高校院所把专利先许可企业免费试用、见效后再收费',
    explanation_zh:
      '指高校、科研机构把专利等科技成果许可给中小微企业时，先让企业免费使用一段时间（如一年），企业再按转化实施效果支付许可费，以减轻企业前期负担、缩短谈判周期。北京中关村2022年开展这项改革试点，北京信息科技大学等单位公开发布了一批可“先使用后付费”的专利。',
    explanation_en:
      'Universities and research institutes license a patent to a small firm that may use it free for a period, often a year, and then pay according to results, which cuts the firm\'s upfront cost and the long haggling. Zhongguancun in Beijing piloted it in 2022, with universities publishing lists of patents offered on these terms.',
    english: { text: 'use first, pay later (for research results)', official: false },
    gloss_en: 'firms try a university patent free and pay once it earns',
    related: ['ji-shu-jing-li-ren'],
    sources: [
      { url: 'http://bj.gqsoso.com/beijing/20221116/365723.html', publisher: 'gqsoso.com（北京新闻转载）', date: '2022-11-16', note: 'reprint of a Beijing report on a Capital Normal University licence' },
      { url: 'https://www.nikki-club.com/news/332197.htm', publisher: 'nikki-club.com（新闻转载）', note: 'reprint of a report on the Zhongguancun pilot' },
    ],
    status: 'verified',
  },
  {
    id: 'liang-hua-rong-he',
    term: '两化融合',
    aliases: ['两化深度融合', '信息化和工业化深度融合', '信息化和工业化融合'],
    scope: 'national',
    category: 'industry',
    gloss_zh: '信息化与工业化深度融合',
    explanation_zh:
      '“两化”指信息化和工业化，两化融合即把信息技术用到工业研发设计、生产制造、经营管理和营销各环节，以信息化带动工业化、以工业化促进信息化。工信部推行企业“两化融合管理体系贯标”；《“十四五”信息化和工业化深度融合发展规划》提出到2025年全国两化融合发展指数达到105。',
    explanation_en:
      'The "two integrations": bringing information technology into every stage of industry, from design and production to management and sales, so that each drives the other. The industry ministry runs a certification of firms\' integration management systems, and its 2021–2025 plan set a national integration index target of 105.',
    english: { text: 'integration of informatisation and industrialisation', official: false },
    gloss_en: 'merging IT with industrial production and management',
    related: ['gong-ye-hu-lian-wang', 'shu-zi-jing-ji'],
    sources: [
      { url: 'http://www.yaepu.cn/sidxm', publisher: 'yaepu.cn（释义）', note: 'weak source: an explainer page' },
      { url: 'https://www.cititic.com/news/mm/1671820-20211213.htm', publisher: 'cititic.com（转载上海证券报）', date: '2021-12-13' },
      { url: 'https://aijiuku.com/news/1217.html', publisher: 'aijiuku.com（转述工信部规划）', note: 'summary of the 14th five-year integration plan' },
    ],
    status: 'verified',
  },
  {
    id: 'chan-ye-da-nao',
    term: '产业大脑',
    aliases: ['产业大脑+未来工厂'],
    scope: 'national',
    period: { from: 2021 },
    category: 'industry',
    gloss_zh: '汇集一个行业数据和工具、为企业提供数字化服务的平台',
    explanation_zh:
      '浙江2021年在数字化改革中首创的说法：按细分行业建设数字化平台，汇集政府、企业、行业数据，把工艺技术、经营管理和行业知识做成可调用的“组件”，供行业内企业尤其是中小企业使用，与“未来工厂”合称“产业大脑+未来工厂”。到2022年底浙江已建细分行业产业大脑96个，“支持重点行业建设产业大脑”后来写入工信部等八部门关于传统制造业转型升级的指导意见。',
    explanation_en:
      'A term Zhejiang coined in 2021: a digital platform for one branch of industry that pools government, company and sector data and offers process know-how, management tools and industry models as reusable components for the firms in that branch, especially small ones. Paired with "future factories", it had reached 96 branch platforms by the end of 2022, and a guideline of the industry ministry and seven other departments later backed building them in key industries.',
    english: { text: 'industry brain', official: false },
    gloss_en: 'a shared data and tools platform for one industry',
    related: ['wei-lai-gong-chang', 'gong-ye-hu-lian-wang', 'zhi-gai-shu-zhuan'],
    sources: [
      { url: 'https://product.dzsc.com/news/2024-09-30/242955.html', publisher: 'dzsc.com（产业大脑建设经验转载）', date: '2024-09-30' },
      { url: 'http://www.handmsg.com/page/2022/0402/10224840.shtml', publisher: 'handmsg.com（王静等，期刊文章转载）', date: '2022-04-02' },
      {
        url: 'http://xn--wlqw5ebvdg6der9a.xn--czru2d/diguo/show.php?c=6yye.html',
        publisher: '转载中新网乌镇报道',
        note: 'weak host: a reprint of a China News Service report giving the 2022 count',
      },
    ],
    status: 'verified',
  },
  {
    id: 'wei-lai-gong-chang',
    term: '未来工厂',
    aliases: [],
    quotedOnly: ['未来工厂'],
    scope: 'national',
    category: 'industry',
    gloss_zh: '浙江推行的高度数字化、智能化的标杆工厂',
    explanation_zh:
      '浙江在数字经济“一号工程”中提出的标杆工厂，指广泛应用数字孪生、物联网、大数据、人工智能、工业互联网等技术，实现数字化设计、智能化生产、智慧化管理、绿色化制造等、效益大幅提升的现代化工厂。它与“产业大脑”一起被视为浙江数字经济系统的核心架构。',
    explanation_en:
      'Zhejiang\'s model factories under its digital-economy programme: plants that use digital twins, the internet of things, big data, AI and industrial internet for digital design, intelligent production, smart management and green manufacturing. Together with the "industry brain" it is the core of Zhejiang\'s digital-economy design.',
    english: { text: 'future factory', official: false },
    gloss_en: 'a highly digitised model factory promoted in Zhejiang',
    related: ['chan-ye-da-nao', 'zhi-gai-shu-zhuan'],
    sources: [
      { url: 'http://www.handmsg.com/page/2022/0216/17390085.shtml', publisher: 'handmsg.com（黎晓春，期刊文章转载）', date: '2022-02-16' },
      { url: 'http://218.28.6.71:81/Qikan/Article/Detail?id=7108036667', publisher: '《信息化建设》2022年第6期（摘要）' },
      { url: 'http://www.handmsg.com/page/2022/0402/10224840.shtml', publisher: 'handmsg.com（王静等，期刊文章转载）', date: '2022-04-02' },
    ],
    status: 'verified',
  },
  // ── Digital economy ──
  {
    id: 'gong-gong-shu-ju-shou-quan-yun-ying',
    term: '公共数据授权运营',
    aliases: ['公共数据资源授权运营', '政府数据授权运营'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '政府把公共数据授权给特定机构加工开发并提供产品',
    explanation_zh:
      '指公共数据管理部门依法把公共数据资源授权给特定的数据运营机构，由其加工处理、挖掘价值，做成数据产品和服务提供给社会，与免费的数据开放不同，授权运营一般是有偿的。“十四五”规划纲要提出开展政府数据授权运营试点，2024年10月中央发布加快公共数据资源开发利用的意见，国家数据局随后就授权运营实施规范征求意见。',
    explanation_en:
      'A public-data authority licenses a designated operator to process government-held data and sell the resulting data products and services; unlike free open data, this is usually paid. The 14th Five-Year Plan called for pilots, and an October 2024 central opinion on using public data resources was followed by draft rules from the National Data Administration.',
    english: { text: 'authorised operation of public data', official: false },
    gloss_en: 'licensing a company to turn government data into paid products',
    related: ['shu-ju-yao-su'],
    sources: [
      { url: 'http://www.handmsg.com/page/2023/0718/22300428.shtml', publisher: 'handmsg.com（单沁彤等，期刊文章转载）', date: '2023-07-18' },
      { url: 'http://www.victorzhang.cn/page/2024/0119/23445105.shtml', publisher: 'victorzhang.cn（邓唐皓，湖南师范大学，期刊文章转载）', date: '2024-01-19' },
      { url: 'http://jumbocn.com/industry/details?id=1034', publisher: '济邦咨询（政策解析）' },
    ],
    status: 'verified',
  },
  {
    id: 'zhi-suan-zhong-xin',
    term: '智算中心',
    aliases: ['智能计算中心', '人工智能计算中心'],
    scope: 'national',
    category: 'technology',
    gloss_zh: '为人工智能大模型训练和推理提供算力的数据中心',
    explanation_zh:
      '全称智能计算中心，指以大量GPU等加速芯片提供“智能算力”、专门用于人工智能大模型训练与推理的数据中心，建设和用电成本远高于传统数据中心。2022年《“十四五”数字经济发展规划》提出推动其有序发展，此后各地纷纷建设，至2024年6月已建和在建的超过250个，也出现了部分利用率低、算力闲置的问题。',
    explanation_en:
      'Short for "intelligent computing centre": a data centre packed with GPUs or similar chips that provides AI computing power for training and running large models, far costlier to build and run than an ordinary data centre. The 2022 digital-economy plan called for them, and by mid-2024 over 250 were built or under construction, some standing partly idle.',
    english: { text: 'AI computing centre', official: false },
    gloss_en: 'a data centre for training and running AI models',
    related: ['dong-shu-xi-suan', 'suan-li-quan'],
    sources: [
      {
        url: 'https://www.hulusaas.com/article?articleId=6808fe42a2c0e443c838aff2&resourceId=6808fbcbe478a528a0ecaf6f&resourceType=1',
        publisher: 'hulusaas.com（转载《财经》，周源）',
        date: '2025-04',
      },
      { url: 'http://www.cptsky.cn/cn/show.php?itemid=1085', publisher: 'cptsky.cn（新闻转载）', date: '2022-05' },
    ],
    status: 'verified',
  },
  // ── Energy and carbon ──
  {
    id: 'yong-neng-quan-jiao-yi',
    term: '用能权交易',
    aliases: ['用能权有偿使用和交易'],
    scope: 'national',
    category: 'ecology',
    gloss_zh: '企业之间买卖政府分配的能源消费指标',
    explanation_zh:
      '全称用能权有偿使用和交易制度：政府按能源消费总量控制目标给用能单位分配初始用能指标，配额内以免费为主，超出部分有偿使用，企业之间可在市场上转让富余的指标。它2015年首次写入《生态文明体制改革总体方案》，2016年在四个省份试点，是能耗“双控”的市场化配套手段。',
    explanation_en:
      'Energy-use rights trading: the government hands energy users an initial quota of energy consumption under an overall cap, use within the quota being mostly free and use beyond it paid for, and firms may sell spare quota to others. It was first proposed in a 2015 reform plan, piloted in four provinces from 2016, and serves the caps on energy use.',
    english: { text: 'energy-use rights trading', official: false },
    gloss_en: 'trading quotas for how much energy a firm may use',
    related: ['neng-hao-shuang-kong', 'tan-pai-fang-shuang-kong'],
    sources: [
      { url: 'https://fx361.cc/page/2023/0513/22290687.shtml', publisher: 'fx361.cc（邢焕美，北京节能环保中心）', date: '2023-05-13' },
      { url: 'http://zgkjsz.com/page/2021/1117/11495657.shtml', publisher: 'zgkjsz.com（杨顺顺，湖南省社会科学院，期刊文章转载）', date: '2021-11-17' },
    ],
    status: 'verified',
  },
  {
    id: 'tan-pu-hui',
    term: '碳普惠',
    aliases: ['碳普惠机制', '碳普惠制'],
    scope: 'national',
    category: 'ecology',
    gloss_zh: '把个人低碳行为记成减排量并给予奖励的机制',
    explanation_zh:
      '指把公众乘公交地铁、垃圾分类等绿色行为在数字平台上量化为减排量，记入个人账本，再由政府、企业给予积分兑换、优惠等奖励，以激励居民和小微企业参与减碳。2022年以来多地出台碳普惠方案，超过三分之二已发布碳达峰实施方案的省份把它写入方案。',
    explanation_en:
      'A scheme that turns people\'s green habits, such as taking the metro or sorting rubbish, into recorded emission cuts on a digital platform and rewards them with points, discounts or other benefits from government and business. Many provinces have adopted such schemes since 2022, most of them naming it in their carbon-peaking plans.',
    english: { text: 'carbon inclusion scheme', official: false },
    gloss_en: 'rewarding individuals for recorded low-carbon behaviour',
    related: ['shuang-tan'],
    sources: [
      { url: 'https://www.sxllnews.cn/xyllrb/pad/con/202503/21/c214211.html', publisher: '吕梁日报（转载人民日报）', date: '2025-03-21' },
      { url: 'http://zghjgl.ijournal.cn/html/zghjgl/2023/5/20230505.htm', publisher: '《中国环境管理》2023年第5期' },
    ],
    status: 'verified',
  },
  {
    id: 'he-zheng-zi-yuan-jian-pai-liang',
    term: '国家核证自愿减排量',
    aliases: ['核证自愿减排量', 'CCER'],
    scope: 'national',
    category: 'ecology',
    gloss_zh: '经国家登记、可出售用于抵销碳排放的自愿减排量',
    explanation_zh:
      '简称CCER，指可再生能源、林业碳汇、甲烷利用等项目经量化核证、在国家温室气体自愿减排交易注册登记系统登记的减排量，可卖给控排企业抵销其部分碳排放配额。该机制2012年建立、2015年开始交易，2017年暂停新项目备案，2024年1月22日全国温室气体自愿减排交易市场重新启动。',
    explanation_en:
      'China Certified Emission Reductions: cuts in greenhouse gases from projects such as renewable power, forest carbon sinks or methane capture, verified and entered in the national registry, which capped emitters can buy to offset part of their emissions. The scheme began in 2012, traded from 2015, stopped registering new projects in 2017 and reopened as a national market on 22 January 2024.',
    english: { text: 'China Certified Emission Reduction (CCER)', official: false },
    gloss_en: 'verified voluntary emission cuts sold as carbon offsets',
    related: ['lv-zheng', 'tan-pu-hui', 'shuang-tan'],
    sources: [
      { url: 'https://www.ditan.com/carbon/ccer/8214.html', publisher: '低碳网（绿研所，李昱璇）', date: '2025-08-25' },
      { url: 'https://www.ntdysy.com/contents/276/25.html', publisher: 'ntdysy.com（释义）', date: '2021-08-24', note: 'weak source: a definition page' },
    ],
    status: 'verified',
  },
  {
    id: 'guang-chu-chong-yi-ti-hua',
    term: '光储充一体化',
    aliases: [],
    quotedOnly: ['光储充'],
    scope: 'national',
    category: 'infrastructure',
    gloss_zh: '光伏发电、储能和充电桩合在一起的充电站',
    explanation_zh:
      '“光储充”是光伏、储能、充电的缩写，光储充一体化电站把光伏板、储能电池和充电桩集成在一起：白天光伏发电供充电，余电存进电池，夜间低谷电价时储能、用电高峰时放电，起到削峰填谷、减轻电网负荷的作用。2020年国务院《新能源汽车产业发展规划（2021—2035年）》鼓励建设“光储充放”多功能综合一体站。',
    explanation_en:
      'Short for solar, storage and charging: a charging station that combines rooftop solar panels, a battery bank and car chargers, using solar power for charging, storing the surplus and cheap night-time grid power, and discharging at peak hours to ease the load on the grid. The State Council\'s 2021–2035 new-energy-vehicle plan, issued in 2020, encouraged such combined stations.',
    english: { text: 'integrated solar-storage-charging station', official: false },
    gloss_en: 'a car-charging station with its own solar panels and batteries',
    related: ['xin-xing-chu-neng'],
    sources: [
      { url: 'https://www.escn.com.cn/news/show-2094265.html', publisher: '中国储能网' },
      { url: 'http://chinasmartgrid.com.cn/news/20241022/657079.shtml', publisher: '北极星智能电网在线', date: '2024-10-22' },
    ],
    status: 'verified',
  },
  // ── Trade and consumption ──
  {
    id: 'nei-wai-mao-yi-ti-hua',
    term: '内外贸一体化',
    aliases: ['内外贸一体化发展'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '让企业在国内外两个市场之间顺畅转换经营',
    explanation_zh:
      '指国内贸易与对外贸易联动发展，在标准认证、生产、订单、物流、报关退税和资金管理等环节打通衔接，使企业的产品能在国内外市场间自由转换，例如外贸企业“出口转内销”。2025年7月中央财经委员会第六次会议要求着力推动内外贸一体化发展、畅通出口转内销路径，国家已在部分地区开展试点。',
    explanation_en:
      'Linking domestic and foreign trade so that standards, certification, orders, logistics, customs and payments let a firm move its goods between home and export markets, for example exporters selling at home. A July 2025 meeting of the Central Financial and Economic Affairs Commission called for it and for easing the switch from export to domestic sales, after pilots in selected regions.',
    english: { text: 'integration of domestic and foreign trade', official: false },
    gloss_en: 'letting firms switch easily between home and export markets',
    related: ['wai-mao-zong-he-fu-wu-qi-ye', 'kua-jing-dian-shang'],
    sources: [{ url: 'https://www.rmlt.com.cn/2025/0821/738154.shtml', publisher: '人民论坛网', date: '2025-08-21' }],
    status: 'verified',
  },
  {
    id: 'wai-mao-zong-he-fu-wu-qi-ye',
    term: '外贸综合服务企业',
    aliases: ['外综服企业', '外综服'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '代中小企业办理报关、物流、退税、结算等外贸手续的服务企业',
    explanation_zh:
      '简称外综服企业，指具备对外贸易经营者身份、受国内外客户委托，依托综合服务信息平台代为办理报关报检、物流、退税、结算、信用保险等业务并协助融资的代理服务企业，帮助缺少外贸人手的中小企业出口。福建省商务厅2025年12月印发办法评选省级外综服企业，并要求构建省市县梯度培育体系。',
    explanation_en:
      'A registered trading firm that, on commission, handles customs declarations, shipping, export-tax rebates, settlement and credit insurance for other exporters through an online service platform, and helps them raise finance; small manufacturers use it instead of an export department. Fujian\'s commerce department issued rules in December 2025 for naming provincial ones.',
    english: { text: 'comprehensive foreign-trade service enterprise', official: false },
    gloss_en: 'a firm that does customs, shipping and tax rebates for small exporters',
    related: ['nei-wai-mao-yi-ti-hua', 'kua-jing-dian-shang'],
    sources: [FUJIAN_WAIZONGFU_2025],
    status: 'verified',
  },
  {
    id: 'ji-shi-ling-shou',
    term: '即时零售',
    aliases: [],
    scope: 'national',
    category: 'economy',
    gloss_zh: '线上下单、附近门店或前置仓约半小时送到的零售',
    explanation_zh:
      '指消费者在外卖、电商平台下单后，由附近三至五公里内的门店或前置仓发货，约30分钟至2小时送达的零售方式，商品已从生鲜、药品扩展到手机、美妆、家电等几乎全品类。2025年阿里、美团、京东围绕它展开补贴大战，三家单季烧钱合计超过760亿元。',
    explanation_en:
      'Retail in which an order placed on a delivery or shopping app is filled from a nearby shop or small warehouse within about three to five kilometres and arrives in roughly half an hour to two hours, now for almost any goods, not just groceries and medicine. In 2025 Alibaba, Meituan and JD fought a subsidy war over it, spending over 76 billion yuan between them in one quarter.',
    english: { text: 'instant retail', official: false },
    gloss_en: 'app orders delivered from nearby stores within the hour',
    related: [],
    sources: [
      { url: 'https://www.jiemian.com/article/13729848.html', publisher: '界面新闻（营销刘亮亮）', note: 'written after the third-quarter 2025 reports' },
      { url: 'https://www.7ca.cn/a/185511.shtml', publisher: '7ca.cn（行业文章）', note: 'weak source: an industry article' },
    ],
    status: 'verified',
  },
];
