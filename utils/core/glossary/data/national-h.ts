import type { GlossaryEntry, Source } from '../types';

/*
 * National H: national policy jargon of 2024–2026 that local news repeats after the central
 * meetings: the counter-cyclical toolbox and the 2024 package of extra measures, the housing
 * formulas (止跌回稳, 保交房, the financing “white list”, buying unsold homes for social housing,
 * the house “pension”), the 2025–2026 targets on consumption, the free preschool year, the
 * weight-management year, the rules on inspections of firms, green power over a direct line,
 * resilient cities and a few set phrases of the December meetings (民生为大, 时时放心不下).
 *
 * How these terms were chosen: about 30 searches in Chinese of stored public web pages (readings
 * of the 2025 and 2026 government work reports, the December 2024 and 2025 Politburo and central
 * economic-work meetings, the 15th five-year-plan proposals, the 2025 central urban-work meeting,
 * State Council documents and their press briefings, Hunan and Xinhua commentaries), none of them
 * a page that the real-news benches measure. Every candidate was checked against the forms the
 * glossary already holds (两重, 两新, 投资于人, 内卷式竞争, 全国统一大市场, 人工智能+, 数据要素×,
 * 首发经济, 冰雪经济, 银发经济, 低空经济, 一老一小, 紧密型县域医共体, 保交楼, 好房子, 人民城市,
 * 城市生命线, 扫码入企, 零碳园区, 更加积极的财政政策, 适度宽松的货币政策 exist and were skipped)
 * and against CC-CEDICT. A term was kept when a page used it in official or news text and a page
 * said what it means; meanings come from the pages cited under each entry, wording is ours.
 *
 * Left out for want of a page read here that explains them: 育儿补贴 (the national child-rearing
 * subsidy; only list pages of unrelated local subsidies turned up), 二轮延包, 稳住楼市股市,
 * 信访工作法治化, 普惠托育, 家庭养老床位. 生育友好型社会 and 房地产发展新模式 were found only in
 * passing. English is marked official only where a state-media English text gives it.
 *
 * Precision: forms that are also ordinary phrases stand only between quotes: 止跌回稳 (said of
 * share prices too) and 增量政策 (any new policy). 白名单 (any whitelist) is not a form here at all;
 * only 房地产融资白名单 and the long name of the financing mechanism are.
 */

const HK01_POLITBURO_2025: Source = {
  url: 'https://www.hk01.com/%E4%B8%AD%E5%9C%8B%E8%A7%80%E5%AF%9F/60301846/%E6%94%BF%E6%B2%BB%E5%B1%80%E5%AE%9A%E8%AA%BF2026%E5%B9%B4%E4%B8%AD%E5%9C%8B%E7%B6%93%E6%BF%9F-%E6%B1%BA%E7%AD%96%E5%B1%A4%E7%9A%84%E4%BF%A1%E5%BF%83%E5%92%8C%E9%95%B7%E6%9C%9F%E4%B8%BB%E7%BE%A9%E5%8F%96%E5%90%91',
  publisher: '香港01',
  date: '2025-12-09',
};

const UDN_POLITBURO_2025: Source = {
  url: 'https://udn.com/news/story/7331/9189489',
  publisher: '联合新闻网（转述新华社）',
  date: '2025-12-08',
};

const TAIXING_CYCLE_2022: Source = {
  url: 'http://ssg.taixing.cn/html/xietongyuren/jiaxiaoluntan/2022/1104/2030.html',
  publisher: 'ssg.taixing.cn（泰兴 学校网站文章）',
  date: '2022-11-04',
};

const TIBET_PACKAGE_2024: Source = {
  url: 'http://tibet.cn/cn/jszg/202410/t20241016_7700803.html',
  publisher: '中国西藏网（评论）',
  date: '2024-10-16',
};

const CHINA_COM_POLITBURO_2024: Source = {
  url: 'https://kan.china.com/article/5119736.html',
  publisher: '中华网（转述新华社）',
  date: '2024-09-26',
};

const DZRB_CONSUMPTION_2025: Source = {
  url: 'https://dzrb.dzng.com/general/0/NEWS2997612PMCQXRFPNHFNZ',
  publisher: '大众日报（学有道）',
  date: '2025-12-23',
};

const WEIYANGX_TOOL_2025: Source = {
  url: 'https://www.weiyangx.com/453075.html',
  publisher: '未央网',
};

const SEC_DAILY_WHITELIST_2025: Source = {
  url: 'https://reportify.ai/news/1168134690935279616',
  publisher: 'reportify.ai（证券日报文章摘要）',
  date: '2025-09-23',
  note: 'English summary of a Securities Daily article',
};

/** National jargon of 2024–2026: macro policy, housing, consumption, livelihood, regulation, ecology, cities. */
export const NATIONAL_H: readonly GlossaryEntry[] = [
  // ── Macro policy ──
  {
    id: 'ni-zhou-qi-tiao-jie',
    term: '逆周期调节',
    aliases: ['超常规逆周期调节', '加强超常规逆周期调节'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '经济冷时加力刺激、热时收紧，用政策抵消经济周期的起伏',
    explanation_zh:
      '宏观调控用语：经济下行时用积极的财政政策和宽松的货币政策扩大需求，过热时反过来收紧，让增长不大起大落。2024年9月中央政治局会议要求加大财政货币政策逆周期调节力度，同年12月的政治局会议首次提出“加强超常规逆周期调节”，意味着刺激力度超出常规。',
    explanation_en:
      'A macro-management term: when the economy slows, expansionary fiscal and monetary policy props up demand, and when it overheats policy is tightened, so that growth does not swing wildly. The September 2024 Politburo meeting asked for stronger counter-cyclical fiscal and monetary action, and the December 2024 meeting first called for “extraordinary” counter-cyclical adjustment, signalling stimulus beyond the usual scale.',
    english: { text: 'counter-cyclical adjustment', official: false },
    gloss_en: 'leaning against the business cycle: stimulus in a slump, restraint in a boom',
    related: ['kua-zhou-qi-tiao-jie', 'yi-lan-zi-zeng-liang-zheng-ce', 'geng-jia-ji-ji-de-cai-zheng-zheng-ce', 'shi-du-kuan-song-de-huo-bi-zheng-ce'],
    sources: [TAIXING_CYCLE_2022, HK01_POLITBURO_2025, CHINA_COM_POLITBURO_2024],
    status: 'verified',
  },
  {
    id: 'kua-zhou-qi-tiao-jie',
    term: '跨周期调节',
    aliases: [],
    scope: 'national',
    category: 'economy',
    gloss_zh: '着眼于较长时期而不只是眼前一个周期的宏观调控',
    explanation_zh:
      '与“逆周期调节”配套的说法：不只盯着当下的冷热来加减力度，而是把短期稳增长和中长期防风险、调结构放在一起权衡，避免今天的刺激留下明天的隐患。文件里常写作“加大逆周期和跨周期调节力度”。',
    explanation_en:
      'The companion of counter-cyclical adjustment: instead of reacting only to the current slump or boom, policy weighs short-term growth against longer-term risk control and structural change, so that today’s stimulus does not plant tomorrow’s problems. Documents often pair the two: “step up counter-cyclical and cross-cyclical adjustment”.',
    english: { text: 'cross-cyclical adjustment', official: false },
    gloss_en: 'macro policy planned across cycles, weighing today’s growth against later risks',
    related: ['ni-zhou-qi-tiao-jie'],
    sources: [TAIXING_CYCLE_2022, UDN_POLITBURO_2025],
    status: 'partial',
    missing: 'the page read ties the term to balancing risk control and growth but does not define it; “planned across cycles” is the common reading, not quoted from a page',
    missing_zh: '所读页面把这一说法与兼顾防风险和稳增长联系起来，但未下定义；“着眼较长时期”是通行理解，并非引自页面。',
  },
  {
    id: 'yi-lan-zi-zeng-liang-zheng-ce',
    term: '一揽子增量政策',
    aliases: ['存量政策和增量政策'],
    quotedOnly: ['增量政策'],
    scope: 'national',
    period: { from: 2024 },
    category: 'economy',
    gloss_zh: '2024年9月底起推出的一整套新加码的稳经济措施',
    explanation_zh:
      '“增量”指在已出台政策（存量政策）之外新加的措施。2024年9月26日中央政治局会议作出部署、9月29日国务院常务会议研究落实，随后各部委分头发布，内容包括金融政策逆周期调节和提振资本市场、加大财政逆周期调节、助企帮扶、推动房地产市场止跌回稳等方面。',
    explanation_en:
      '“Incremental” means measures added on top of those already in force (the “stock” policies). The package was set by the Politburo on 26 September 2024, detailed by the State Council executive meeting on 29 September and then announced ministry by ministry: monetary easing and support for the stock market, stronger fiscal action, help for firms and halting the fall of the housing market.',
    english: { text: 'package of incremental policies', official: false },
    gloss_en: 'the set of extra stimulus measures launched from late September 2024',
    related: ['ni-zhou-qi-tiao-jie', 'zhi-die-hui-wen'],
    sources: [TIBET_PACKAGE_2024, CHINA_COM_POLITBURO_2024],
    status: 'verified',
  },
  {
    id: 'hong-guan-zheng-ce-qu-xiang-yi-zhi-xing',
    term: '宏观政策取向一致性',
    aliases: ['增强宏观政策取向一致性', '宏观政策取向一致性评估'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '让各部门、各领域的政策朝同一方向用力，避免互相抵消',
    explanation_zh:
      '要求财政、货币、就业、产业、区域、环保、监管等政策在目标、方向、节奏和工具上协调一致，避免各自合理、叠加起来却相互掣肘的“合成谬误”。2024年底中央经济工作会议提出把经济政策和非经济性政策统一纳入宏观政策取向一致性评估。',
    explanation_en:
      'A demand that fiscal, monetary, employment, industrial, regional, environmental and regulatory policies agree in goals, direction, timing and tools, so that measures each sensible on their own do not cancel each other out. The December 2024 central economic work conference said that non-economic policies, too, must be assessed for consistency with macro policy.',
    english: { text: 'consistency of macro policy orientation', official: false },
    gloss_en: 'making all policies pull the same way instead of against each other',
    related: ['ni-zhou-qi-tiao-jie'],
    sources: [
      { url: 'http://views.ce.cn/view/ent/202501/07/t20250107_39258151.shtml', publisher: '中国经济网（评论）', date: '2025-01-07' },
      { url: 'http://rmlt.com.cn/2024/1230/720374.shtml', publisher: '人民论坛网', date: '2024-12-30' },
      { url: 'http://www.xingshizhengce.com/xsbgt/2025/05/26/detail_202505266855262.html', publisher: '时事报告（形势政策网）', date: '2025-05-26' },
    ],
    status: 'verified',
  },
  {
    id: 'tong-chou-guo-ji-jing-mao-dou-zheng',
    term: '统筹国内经济工作和国际经贸斗争',
    aliases: ['更好统筹国内经济工作和国际经贸斗争', '国际经贸斗争'],
    scope: 'national',
    period: { from: 2025 },
    category: 'strategy',
    gloss_zh: '把国内稳经济和对外贸易摩擦中的应对放在一起谋划',
    explanation_zh:
      '2025年美国发起关税战后出现的提法：4月25日中央政治局会议提出统筹国内经济工作和国际经贸斗争，要求做足预案、以高质量发展的确定性应对外部变化的不确定性。同年12月部署2026年经济工作时再次写入。',
    explanation_en:
      'A formula that appeared after the United States started a tariff war in 2025: the Politburo meeting of 25 April asked to plan domestic economic work together with the “struggle” over international trade, to prepare fallback plans and to meet external uncertainty with steady development at home. It was repeated when the 2026 economic work was set in December.',
    english: { text: 'coordinating domestic economic work with international economic and trade struggle', official: false },
    gloss_en: 'planning the home economy together with the fight over trade and tariffs',
    related: ['nei-xu-zhu-dao'],
    sources: [HK01_POLITBURO_2025, { url: 'https://udn.com/news/story/7333/9189855', publisher: '联合新闻网（转述新华社）', date: '2025-12-08' }],
    status: 'verified',
  },
  {
    id: 'xin-xing-zheng-ce-xing-jin-rong-gong-ju',
    term: '新型政策性金融工具',
    aliases: [],
    scope: 'national',
    period: { from: 2025 },
    category: 'investment',
    gloss_zh: '由三家政策性银行出资、专门补充重点项目资本金的5000亿元资金',
    explanation_zh:
      '2025年4月中央政治局会议提出设立，9月底国家开发银行、农业发展银行、进出口银行分别设立专门公司开始投放，总规模5000亿元，全部用于补充项目资本金，以股权投资或股东借款方式进入，最多占项目资本金的一半。资金投向数字经济、人工智能、低空经济、城市更新、交通、能源、农业农村等领域，意在让缺资本金的项目拿到银行贷款、尽快开工。',
    explanation_en:
      'Proposed by the Politburo in April 2025 and launched at the end of September, when China Development Bank, the Agricultural Development Bank and the Export-Import Bank each set up a company for it: 500 billion yuan used only as project equity, entering as equity or shareholder loans and covering at most half of a project’s capital. It goes to the digital economy, AI, the low-altitude economy, urban renewal, transport, energy, farming and similar fields, so that projects short of equity can get bank loans and start work.',
    english: { text: 'new policy-based financial instruments', official: false },
    gloss_en: 'a 500-billion-yuan fund from the policy banks that supplies equity to key projects',
    related: ['chao-chang-qi-te-bie-guo-zhai', 'zhuan-xiang-zhai', 'ni-zhou-qi-tiao-jie'],
    sources: [
      WEIYANGX_TOOL_2025,
      { url: 'https://reportify.cn/news/1173976741555867648', publisher: 'reportify.cn（21世纪经济报道文章摘要）', date: '2025-10-10', note: 'summary of a 21st Century Business Herald article' },
      { url: 'https://www.etnet.com.hk/www/tc/stocks/ah_news_detail.php?newsid=ETN350822843', publisher: '经济通', date: '2025-08-22' },
    ],
    status: 'verified',
  },
  // ── Demand and consumption ──
  {
    id: 'nei-xu-zhu-dao',
    term: '内需主导',
    aliases: ['坚持内需主导'],
    scope: 'national',
    period: { from: 2025 },
    category: 'economy',
    gloss_zh: '以国内需求而不是出口作为拉动经济的主力',
    explanation_zh:
      '2025年12月中央政治局会议和中央经济工作会议部署2026年工作时，把“坚持内需主导，建设强大国内市场”列为重点任务的第一条，并对提振消费作出安排。它与“十五五”规划建议提出的居民消费率明显提高、内需成为增长主动力一脉相承。',
    explanation_en:
      'When the Politburo and the central economic work conference set the tasks for 2026 in December 2025, “domestic demand in the lead, building a strong domestic market” came first, with measures to lift consumption. It follows the 15th five-year-plan proposals, which want household consumption to rise markedly and domestic demand to become the main engine of growth.',
    english: { text: 'domestic demand as the main driver', official: false },
    gloss_en: 'making home demand, not exports, the main engine of growth',
    related: ['ju-min-xiao-fei-lv', 'kuo-da-nei-xu', 'ti-zhen-xiao-fei-zhuan-xiang-xing-dong'],
    sources: [DZRB_CONSUMPTION_2025, UDN_POLITBURO_2025],
    status: 'verified',
  },
  {
    id: 'ju-min-xiao-fei-lv',
    term: '居民消费率',
    aliases: ['居民消费率明显提高'],
    scope: 'national',
    period: { from: 2025 },
    category: 'economy',
    gloss_zh: '居民最终消费支出占国内生产总值的比重',
    explanation_zh:
      '衡量消费对经济拉动作用的指标，中国近年大体在39%上下，低于发达国家和中等收入国家的平均水平。“十五五”规划建议首次把“居民消费率明显提高”写进五年规划的主要目标。',
    explanation_en:
      'The share of household final consumption in GDP, a gauge of how much consumption drives the economy; in China it has hovered around 39 per cent in recent years, below rich countries and the middle-income average. The 15th five-year-plan proposals were the first to make a “marked rise” in it a main target of a five-year plan.',
    english: { text: 'household consumption rate', official: false },
    gloss_en: 'household consumption as a share of GDP, a 2026–2030 target',
    related: ['nei-xu-zhu-dao', 'fu-wu-xiao-fei-xin-zeng-zhang-dian'],
    sources: [
      { url: 'http://www.caixinfo.net/2025/1121/20480.shtml', publisher: 'caixinfo.net（评论）', date: '2025-11-21' },
      DZRB_CONSUMPTION_2025,
    ],
    status: 'verified',
  },
  {
    id: 'fu-wu-xiao-fei-xin-zeng-zhang-dian',
    term: '服务消费新增长点',
    aliases: ['培育服务消费新增长点', '加快培育服务消费新增长点'],
    scope: 'national',
    period: { from: 2025 },
    category: 'economy',
    gloss_zh: '国家重点扶持、有望快速扩大的服务类消费领域',
    explanation_zh:
      '居民消费正从买商品转向买服务，政策随之把旅游、家政、养老、演出赛事等服务消费当作扩大内需的抓手。2025年9月商务部等部门出台扩大服务消费的措施，2026年1月国务院办公厅印发《加快培育服务消费新增长点工作方案》，列出交通、家政、网络视听、旅居、汽车后市场、入境消费六大重点领域。',
    explanation_en:
      'As households shift from buying goods to buying services, policy treats services such as travel, housekeeping, elderly care and shows or sports events as a lever for domestic demand. Measures to expand service consumption came out in September 2025, and in January 2026 the State Council General Office issued a work plan naming six key fields: transport, housekeeping, online audio-visual services, long-stay travel, car aftermarket services and spending by inbound visitors.',
    english: { text: 'new growth areas of service consumption', official: false },
    gloss_en: 'service sectors (travel, care, housekeeping, events) pushed to lift spending',
    related: ['ju-min-xiao-fei-lv', 'ti-zhen-xiao-fei-zhuan-xiang-xing-dong', 'ji-mai-ji-tui'],
    sources: [
      { url: 'https://reportify.cn/news/1214373726381019136', publisher: 'reportify.cn（每日经济新闻文章摘要）', date: '2026-01-29' },
      { url: 'https://reportify.ai/news/1214579421038645248', publisher: 'reportify.ai（金融界文章摘要）', date: '2026-01-30' },
      { url: 'http://www.huashangw.com/news/show-790881.html', publisher: '华商网（转载时代周报）' },
    ],
    status: 'verified',
  },
  {
    id: 'ji-mai-ji-tui',
    term: '即买即退',
    aliases: ['离境退税即买即退'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '境外旅客在商店买完东西当场就能领到退税款',
    explanation_zh:
      '离境退税的便利措施：境外旅客在试点商店购买退税物品，签协议并办理信用卡预授权后，当场领取与退税款等额的人民币，离境时经海关验核即可，不必再到口岸排队。它先在北京、上海、广州、杭州、成都、深圳等地试点，是扩大入境消费的举措。',
    explanation_en:
      'A convenience in the tax refund for departing visitors: a foreign visitor who buys eligible goods in a participating shop signs an agreement, gives a credit-card pre-authorisation and receives the refund in yuan on the spot, and customs checks the goods on departure. It was piloted in Beijing, Shanghai, Guangzhou, Hangzhou, Chengdu and Shenzhen to encourage spending by inbound visitors.',
    english: { text: 'instant tax refund at the point of purchase', official: false },
    gloss_en: 'a departure tax refund paid to foreign shoppers right in the shop',
    related: ['fu-wu-xiao-fei-xin-zeng-zhang-dian'],
    sources: [
      { url: 'https://www.zjhewei.com/hlj/c116413/202506/c00_31847342.shtml', publisher: 'zjhewei.com（转载税务问答）', date: '2025-06', note: 'reprint of a tax authority Q&A' },
      { url: 'https://www.baogao.com/chanjing/9ad5193b-62d4-4a61-8c84-cf50f1bdd566.html', publisher: '中国报告大厅（深圳启动报道）' },
    ],
    status: 'verified',
  },
  // ── Housing ──
  {
    id: 'zhi-die-hui-wen',
    term: '止跌回稳',
    aliases: ['房地产市场止跌回稳', '促进房地产市场止跌回稳', '推动房地产市场止跌回稳', '楼市止跌回稳'],
    quotedOnly: ['止跌回稳'],
    scope: 'national',
    period: { from: 2024 },
    category: 'economy',
    gloss_zh: '让持续下跌的房地产市场停止下跌、重新稳定',
    explanation_zh:
      '2024年9月26日中央政治局会议首次提出“促进房地产市场止跌回稳”，随后成为一揽子增量政策的一部分，2025年政府工作报告继续作为房地产工作的目标。2026年的政府工作报告改提“着力稳定房地产市场”，政策重心从短期止跌转向长期稳定。',
    explanation_en:
      'First set by the Politburo on 26 September 2024 (“promote the housing market to stop falling and stabilise”), it became part of that autumn’s stimulus package and remained the housing goal of the 2025 government work report. The 2026 report switched to “strive to stabilise the housing market”, moving from halting the fall to lasting stability.',
    english: { text: 'stop declining and stabilise (of the housing market)', official: false },
    gloss_en: 'halting the fall of the property market and steadying it',
    related: ['yi-lan-zi-zeng-liang-zheng-ce', 'bao-jiao-fang', 'shou-gou-cun-liang-shang-pin-fang', 'hao-fang-zi'],
    sources: [
      CHINA_COM_POLITBURO_2024,
      { url: 'https://udn.com/news/story/7333/8948259', publisher: '联合新闻网（转述新华社）', date: '2025-08-19' },
      { url: 'https://newsbanana.me/?p=63373', publisher: 'newsbanana.me', note: 'summary of the 2026 government work report on housing' },
    ],
    status: 'verified',
  },
  {
    id: 'bao-jiao-fang',
    term: '保交房',
    aliases: ['保交房攻坚战'],
    scope: 'national',
    period: { from: 2024 },
    category: 'livelihood',
    gloss_zh: '确保已售出的商品房按合同交到购房人手里',
    explanation_zh:
      '“保交楼”在2024年的延续：购房人已经付了钱，就应按合同拿到房子。住房城乡建设部2024年8月介绍，按合同约定当年年底前应交付396万套住房，各地以此为目标推进。',
    explanation_en:
      'The 2024 successor of “guaranteeing delivery of buildings”: buyers who have paid should get their homes as the contract says. The housing ministry said in August 2024 that 3.96 million homes were due for delivery by the end of that year under their contracts.',
    english: { text: 'guaranteeing delivery of homes', official: false },
    gloss_en: 'making sure pre-sold homes are actually handed over to buyers',
    related: ['bao-jiao-lou', 'rong-zi-xie-tiao-ji-zhi', 'zhi-die-hui-wen'],
    sources: [{ url: 'https://21jingji.com/article/20240823/herald/c0bafe088006ceaa29807db3dbc66ced.html', publisher: '21世纪经济报道', date: '2024-08-23' }],
    status: 'verified',
  },
  {
    id: 'rong-zi-xie-tiao-ji-zhi',
    term: '城市房地产融资协调机制',
    aliases: ['房地产融资协调机制', '房地产融资白名单', '房地产项目白名单'],
    scope: 'national',
    period: { from: 2024 },
    category: 'economy',
    gloss_zh: '城市政府挑出合格楼盘列入“白名单”，推给银行放贷',
    explanation_zh:
      '2024年1月部署的机制：各城市牵头筛选可以给予融资支持的房地产项目，形成“白名单”推送给商业银行，由银行审批放贷，保障在建住房建成交付。它以项目而不是开发企业为对象，把项目风险与企业风险隔开；到2025年9月，“白名单”项目贷款已超过7万亿元。',
    explanation_en:
      'A mechanism set up in January 2024: each city picks housing projects that deserve financing, puts them on a “white list” and passes it to commercial banks, which approve loans so that homes under construction get finished and delivered. It looks at projects, not developers, keeping a project apart from its firm’s troubles; by September 2025 loans to white-listed projects exceeded 7 trillion yuan.',
    english: { text: 'urban real-estate financing coordination mechanism (“white list”)', official: false },
    gloss_en: 'city “white lists” of housing projects that banks are asked to lend to',
    related: ['bao-jiao-fang', 'bao-jiao-lou'],
    sources: [
      { url: 'http://m.kikiandgina.com/2024/yaowen_0221/525491.html', publisher: 'kikiandgina.com（转载新闻）', date: '2024-02-21', note: 'reprint of a news report on the housing ministry meeting' },
      SEC_DAILY_WHITELIST_2025,
    ],
    status: 'verified',
  },
  {
    id: 'shou-gou-cun-liang-shang-pin-fang',
    term: '收购存量商品房',
    aliases: ['收购存量商品房用作保障性住房', '收购存量商品房用于保障性住房', '专项债券收购存量商品房'],
    scope: 'national',
    period: { from: 2024 },
    category: 'livelihood',
    gloss_zh: '地方政府用专项债把卖不掉的新房买下来改作保障性住房',
    explanation_zh:
      '为消化房地产库存，财政部2024年10月提出用好专项债券收购存量商品房用于保障性住房，2024年12月国务院办公厅文件明确允许。通常由地方国企作实施主体，用专项债和银行贷款买下空置新房，改作保障性租赁住房或配售型保障房。',
    explanation_en:
      'To clear unsold housing, the Finance Ministry proposed in October 2024 that local special-purpose bonds be used to buy existing unsold homes for social housing, and a State Council General Office document of December 2024 allowed it. Local state firms usually buy the empty flats with bond money and bank loans and turn them into subsidised rental or sale housing.',
    english: { text: 'purchase of unsold commercial housing (for social housing)', official: false },
    gloss_en: 'local governments buying up unsold new homes to use as social housing',
    related: ['zhuan-xiang-zhai', 'zhi-die-hui-wen', 'fang-piao'],
    sources: [
      { url: 'http://hczsbj.com/page49?article_id=2287', publisher: 'hczsbj.com（案例分析文章）' },
      { url: 'https://www.163.com/dy/article/KIML37KQ05384BVH.html', publisher: '网易号文章' },
    ],
    status: 'verified',
  },
  {
    id: 'fang-wu-yang-lao-jin',
    term: '房屋养老金',
    aliases: ['房屋养老金制度'],
    scope: 'national',
    period: { from: 2022 },
    category: 'livelihood',
    gloss_zh: '为房屋日后的维修和改造预先筹集的资金制度',
    explanation_zh:
      '2022年长沙居民自建房倒塌事故后，住房城乡建设部提出研究建立房屋体检、房屋养老金和房屋保险三项制度，构建房屋全生命周期安全管理。2024年8月住建部介绍上海等22个城市正在试点；它要解决的是老房子维修钱从哪里来，并不是给住户发养老钱。',
    explanation_en:
      'After a self-built residential building collapsed in Changsha in 2022, the housing ministry proposed three systems for the safety of a building over its whole life: periodic inspection, a “pension” for the house and house insurance. In August 2024 it said 22 cities including Shanghai were piloting them; the “pension” pays for repairs of ageing buildings, not money for the residents.',
    english: { text: 'housing pension (building maintenance fund)', official: false },
    gloss_en: 'a fund saved up for the repair of ageing buildings, not a pension for people',
    related: ['hao-fang-zi', 'cheng-shi-geng-xin'],
    sources: [
      { url: 'http://51haodu.com/t/SzZRQ2hFcktOZQ==', publisher: '51haodu.com（评论文章）' },
      { url: 'http://zpjd.icmzone.com/show.php?itemid=77009', publisher: 'icmzone.com（评论文章转载）', note: 'reprint' },
    ],
    status: 'verified',
  },
  // ── Livelihood and health ──
  {
    id: 'min-sheng-wei-da',
    term: '民生为大',
    aliases: ['坚持民生为大'],
    scope: 'national',
    period: { from: 2025 },
    category: 'livelihood',
    gloss_zh: '把改善百姓生活放在最重要的位置',
    explanation_zh:
      '中央经济工作会议把“坚持民生为大，努力为人民群众多办实事”列为2026年经济工作的重点任务之一，涉及稳就业、教育、医疗、养老、生育和住房等。评论说，越是经济承压，越要兜住民生底线、稳住预期。',
    explanation_en:
      'The central economic work conference made “livelihood comes first, do more practical things for the people” one of the key tasks for 2026, covering jobs, education, health care, elderly care, childbirth and housing. Commentaries add that the harder the economy is pressed, the more the safety net must hold.',
    english: { text: 'putting people’s livelihood first', official: false },
    gloss_en: 'the well-being of ordinary people as the top priority',
    related: ['min-sheng-shi-shi', 'nei-xu-zhu-dao', 'tou-zi-yu-ren'],
    sources: [
      { url: 'http://news.hgjy100.com/caijing/83954.html', publisher: 'hgjy100.com（转载北京日报客户端）', note: 'reprint of a Beijing Daily commentary' },
      { url: 'https://www.shjjjc.gov.cn/shsjjjcw/ywyla/content/b3bad89a-965e-4dad-bca6-c925771c0027.html', publisher: '上海市纪委监委网站' },
    ],
    status: 'verified',
  },
  {
    id: 'mian-fei-xue-qian-jiao-yu',
    term: '免费学前教育',
    aliases: ['逐步推行免费学前教育', '免保育教育费'],
    scope: 'national',
    period: { from: 2025 },
    category: 'livelihood',
    gloss_zh: '幼儿园从大班起逐步免收保育教育费',
    explanation_zh:
      '国务院办公厅《关于逐步推行免费学前教育的意见》规定，从2025年秋季学期起免除公办幼儿园学前一年在园儿童的保育教育费，民办园参照减免，伙食费、住宿费等不在其内。资金由中央和地方共同负担，首个学期约惠及1200万名幼儿，此后视财力逐步扩大。',
    explanation_en:
      'A State Council General Office opinion abolished, from the autumn term of 2025, the childcare-and-education fee for children in their last year at public kindergartens, with private ones cutting fees to match; meals and boarding are not covered. Central and local budgets share the cost; about 12 million children benefited in the first term, and coverage is to widen as finances allow.',
    english: { text: 'free preschool education', official: false },
    gloss_en: 'kindergarten fees waived, starting with the final year in 2025',
    related: ['tou-zi-yu-ren', 'yi-lao-yi-xiao'],
    sources: [
      { url: 'https://www.ettoday.net/news/20250807/3010744.htm', publisher: 'ETtoday新闻云', date: '2025-08-07' },
      { url: 'https://hk.crntt.com/doc/1071/0/4/3/107104346.html?coluid=7&kindid=0&docid=107104346&mdate=0807160829', publisher: '中评社（转述新华社）', date: '2025-08-07' },
      { url: 'https://ciefr.pku.edu.cn/cbw/kyjb/847af209692648d284f092ea78d8f7fe.htm', publisher: '北京大学中国教育财政科学研究所', date: '2025' },
    ],
    status: 'verified',
  },
  {
    id: 'ti-zhong-guan-li-nian',
    term: '体重管理年',
    aliases: ['体重管理年活动'],
    scope: 'national',
    period: { from: 2024 },
    category: 'livelihood',
    gloss_zh: '国家卫生健康委牵头、为期约三年的防控超重肥胖行动',
    explanation_zh:
      '国家卫生健康委等16个部门2024年6月印发《“体重管理年”活动实施方案》，自2024年起用三年左右时间营造体重管理的支持性环境，预防和控制超重肥胖，把慢性病防治关口前移。口号是“健康体重，一起行动”，2025年全国两会上国家卫生健康委主任再次强调，网上戏称“国家喊你减肥”。',
    explanation_en:
      'Launched in June 2024 by the National Health Commission and 15 other bodies, the campaign runs about three years to build an environment that helps people keep a healthy weight, to prevent overweight and obesity and so to head off chronic disease early. Its slogan is “healthy weight, act together”; when the health minister stressed it again at the 2025 sessions, netizens joked that “the state is telling you to lose weight”.',
    english: { text: 'Weight Management Year', official: false },
    gloss_en: 'a three-year national campaign against overweight and obesity',
    related: ['jian-kang-zhong-guo'],
    sources: [
      { url: 'http://www.jxbjpxh.com/showitem.php?id=3260', publisher: '江西省营养保健食品化妆品协会（转载通知全文）', date: '2025-01-21', note: 'reprint of the 2024 notice' },
      { url: 'https://toutiao.com/topic/7480741350699304995', publisher: '今日头条话题页' },
    ],
    status: 'verified',
  },
  {
    id: 'jie-su-ji-ban',
    term: '接诉即办',
    aliases: [],
    scope: 'national',
    period: { from: 2019 },
    category: 'governance',
    gloss_zh: '群众一打热线反映问题，政府部门立即接单办理',
    explanation_zh:
      '源自北京：2018年11月北京市委提出“民有所呼、我有所应”的接诉即办理念，2019年起以12345市民服务热线为主渠道，把市民诉求派给街道乡镇和部门限时办理、回访评价。此后各地推广，地方新闻常用来报道热线诉求的办理。',
    explanation_en:
      'Born in Beijing: in November 2018 the city Party committee proposed that every public call be answered and acted on, and from 2019 the 12345 citizen hotline became the main channel, with complaints dispatched to street offices and departments, handled within a deadline and followed by a call-back rating. Other places copied it, and local news uses the phrase for reports on hotline cases.',
    english: { text: 'immediate response to public complaints', official: false },
    gloss_en: 'acting at once on complaints phoned in to the 12345 hotline',
    related: ['12345-re-xian'],
    sources: [
      { url: 'https://m.zhangyue.com/readbook/12890828/10.html?p2=104025', publisher: '掌阅（接诉即办研究著作）' },
      { url: 'http://www.resvibrant.com/government/20251201/7c11a16462564133b4662d3dc03fe4b5/c.html', publisher: 'resvibrant.com（转载新华网、人民日报）', date: '2025-12-01', note: 'mirror of a People’s Daily report on Xinhuanet' },
    ],
    status: 'verified',
  },
  // ── Safety, regulation and business environment ──
  {
    id: 'shi-shi-fang-xin-bu-xia',
    term: '时时放心不下',
    aliases: ['以时时放心不下的责任感'],
    scope: 'national',
    category: 'security',
    gloss_zh: '对安全隐患始终放心不下、一刻不敢松懈的责任感',
    explanation_zh:
      '安全生产的常用要求，原话是“以‘时时放心不下’的责任感抓好安全生产”：把风险查在前、把漏洞补在前，反对隐患排查走过场、整改只在纸面上。2025年12月中央政治局会议再次用它要求防范遏制重特大事故。',
    explanation_en:
      'A stock demand in work safety, in full “grasp work safety with the sense of responsibility of never being at ease”: find risks and close gaps before accidents, not hazard checks for show or corrections only on paper. The Politburo used it again in December 2025 when it called for preventing major accidents.',
    english: { text: 'a sense of responsibility that never rests easy', official: false },
    gloss_en: 'never feeling at ease about safety risks',
    related: ['an-quan-sheng-chan-zhi-ben-gong-jian', 'ren-xing-cheng-shi'],
    sources: [
      { url: 'http://news.lnd.com.cn/system/2023/04/21/030401150.shtml', publisher: '北国网（转载新华时评）', date: '2023-04-21' },
      UDN_POLITBURO_2025,
    ],
    status: 'verified',
  },
  {
    id: 'she-qi-xing-zheng-jian-cha',
    term: '涉企行政检查',
    aliases: ['严格规范涉企行政检查', '规范涉企行政检查'],
    scope: 'national',
    period: { from: 2025 },
    category: 'rule-of-law',
    gloss_zh: '政府部门对企业的上门检查，2025年起被严格限制',
    explanation_zh:
      '针对检查事项多、频次高、随意性大和以观摩督导等名义变相检查的问题，国务院办公厅2025年1月发布《关于严格规范涉企行政检查的意见》，规定只有法定执法主体才能检查，提出“五个严禁”“八个不得”。各部门要公布检查事项和对同一企业的年度频次上限，能合并的不重复查，能书面核查的不进企业。',
    explanation_en:
      'Against inspections that were too many, too frequent, arbitrary or disguised as “visits” and “supervision”, a State Council General Office opinion published in January 2025 allows only lawful enforcement bodies to inspect firms and lays down five bans and eight prohibitions. Departments must publish what they inspect and a yearly cap per firm, merge visits where possible and check on paper instead of on site when they can.',
    english: { text: 'administrative inspections of enterprises', official: false },
    gloss_en: 'official on-site inspections of firms, curbed by 2025 rules',
    related: ['sao-ma-ru-qi', 'ying-shang-huan-jing', 'chuan-tou-shi-jian-guan'],
    sources: [
      { url: 'https://news.voc.com.cn/article/202501/20250103170515877071.html', publisher: '华声在线', date: '2025-01-03' },
      { url: 'https://weekly.caixin.com/2025-01-11/102278016.html', publisher: '财新周刊', date: '2025-01-11' },
      { url: 'http://www.xjrq.gov.cn/rqxrmzf/c108774/202505/6171af9f5dad4536a6b2dd1c5b0ce6ff.shtml', publisher: '若羌县人民政府网站', date: '2025-05' },
    ],
    status: 'verified',
  },
  {
    id: 'chuan-tou-shi-jian-guan',
    term: '穿透式监管',
    aliases: [],
    scope: 'national',
    period: { from: 2016 },
    category: 'governance',
    gloss_zh: '穿过层层包装，查清资金和业务真实来源与去向的监管',
    explanation_zh:
      '2016年10月国务院办公厅在互联网金融风险专项整治方案中首次提出，本义是向上穿透查清最终投资者、向下穿透查清底层资产，按“实质重于形式”定性监管。近年这一理念扩展到国资监管等领域，要求对国有企业各层级、各环节实现全覆盖的监督。',
    explanation_en:
      'First named in an October 2016 State Council plan against internet-finance risks: look through nested products upward to the real investors and downward to the underlying assets, and regulate by substance rather than form. The idea has since spread to other fields such as the supervision of state assets, where it means oversight reaching every level and link of state firms.',
    english: { text: 'look-through supervision', official: false },
    gloss_en: 'supervision that sees through layers to the real money and business',
    related: ['she-qi-xing-zheng-jian-cha', 'wu-pian-da-wen-zhang'],
    sources: [
      { url: 'http://hk1.crntt.com/doc/7_0_106807854_2_1109081507.html', publisher: '中评社' },
      { url: 'http://m.122re.com/industry-news/dx-58983.html', publisher: '122re.com（谈数据）', date: '2025-12-23' },
      { url: 'http://big5.news.cn/gate/big5/jjckb.xinhuanet.com/20251126/553ea47f7e384372a4f9774f47f02c7e/c.html', publisher: '经济参考报', date: '2025-11-26' },
    ],
    status: 'verified',
  },
  // ── Ecology and energy ──
  {
    id: 'lv-dian-zhi-lian',
    term: '绿电直连',
    aliases: [],
    scope: 'national',
    period: { from: 2025 },
    category: 'ecology',
    gloss_zh: '风电、光伏通过专线直接给单一用户供电',
    explanation_zh:
      '国家发展改革委、国家能源局2025年5月印发通知，把绿电直连定义为风电、太阳能发电等新能源通过直连线路向单一电力用户供电、供电量可以清楚物理溯源的模式，分并网型和离网型。它既帮助新能源就近消纳，也让出口企业能证明用的是绿电，应对国外碳足迹要求。',
    explanation_en:
      'A notice of the NDRC and the National Energy Administration in May 2025 defines it as wind, solar and other new energy supplying a single user over a dedicated line, so that the power can be traced physically to its source; projects may or may not connect to the public grid. It helps renewable power be used near where it is made and lets exporters prove they use green power against carbon-footprint rules abroad.',
    english: { text: 'direct green power supply', official: false },
    gloss_en: 'wind or solar plants feeding a user directly over a private line',
    related: ['ling-tan-yuan-qu', 'shuang-tan', 'tan-pai-fang-shuang-kong'],
    sources: [
      { url: 'https://m.bjx.com.cn/mnews/20250605/1444944.shtml', publisher: '北极星电力网', date: '2025-06-05' },
      { url: 'http://www.szlukin.com/news/show.php?itemid=20225', publisher: 'szlukin.com（转载行业报道）', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'yi-zhu-dai-su',
    term: '以竹代塑',
    aliases: [],
    scope: 'national',
    period: { from: 2022 },
    category: 'ecology',
    gloss_zh: '用竹子和竹基材料替代塑料制品',
    explanation_zh:
      '2022年11月中国政府与国际竹藤组织在第二届世界竹藤大会上共同发布“以竹代塑”倡议，推动用速生、可降解的竹产品替代难降解的塑料制品，国家林草局随后启动制订行动计划。竹资源丰富的地方借此发展竹制餐具、包装、建材等产业。',
    explanation_en:
      'In November 2022 the Chinese government and the International Bamboo and Rattan Organisation launched the “bamboo as a substitute for plastic” initiative at the second World Bamboo and Rattan Congress, promoting fast-growing, biodegradable bamboo products in place of plastics that hardly degrade; the forestry administration then began an action plan. Places rich in bamboo use it to build industries in bamboo tableware, packaging and building materials.',
    english: { text: 'Bamboo as a Substitute for Plastic', official: false },
    gloss_en: 'replacing plastic products with bamboo ones',
    related: ['wu-fei-cheng-shi', 'shuang-tan'],
    sources: [{ url: 'http://m.sduseo.com/cs/2022/1108/49132.html', publisher: 'sduseo.com（转载新闻）', date: '2022-11-08', note: 'reprint of a news report on the initiative' }],
    status: 'partial',
    missing: 'only the 2022 initiative is on a page read here; the later national three-year action plan was seen only on spam mirrors and is not cited',
    missing_zh: '此处所读页面只证实了2022年的倡议；其后的国家三年行动计划只见于垃圾转载页，未予引用。',
  },
  // ── Cities ──
  {
    id: 'ren-xing-cheng-shi',
    term: '韧性城市',
    aliases: ['韧性安全城市'],
    scope: 'national',
    period: { from: 2020 },
    category: 'infrastructure',
    gloss_zh: '遇到灾害和事故时扛得住、恢复得快的城市',
    explanation_zh:
      '指城市在自然灾害、事故灾难等冲击下能承受压力、迅速应急、及时恢复核心功能，并在一次次应对中增强抗风险能力。“十四五”规划建议首次提出建设韧性城市，2024年12月中办国办印发推进新型城市基础设施建设打造韧性城市的意见，2025年住建部等九部门出台三年行动方案，重点之一是城市生命线安全工程。',
    explanation_en:
      'A city that can take the strain of natural disasters and accidents, respond quickly, restore its core functions and grow stronger with each crisis. The 14th five-year-plan proposals first called for such cities; a December 2024 guideline of the Party and State Council general offices links them to new urban infrastructure, and a 2025 three-year action plan of nine ministries puts safety projects for urban lifelines first.',
    english: { text: 'resilient city', official: true },
    gloss_en: 'a city built to withstand and bounce back from disasters',
    related: ['cheng-shi-sheng-ming-xian', 'xian-dai-hua-ren-min-cheng-shi', 'shi-shi-fang-xin-bu-xia'],
    sources: [
      { url: 'https://reportify.cn/news/1177224602817007616', publisher: 'reportify.cn（央视新闻客户端摘要）', date: '2025-10-19' },
      { url: 'http://im88.cn/a/202412/10/WS67579ff4a310b59111da7e29.html', publisher: 'im88.cn（转载中国日报双语新闻）', date: '2024-12-10', note: 'mirror of a China Daily bilingual item; gives the English' },
    ],
    status: 'verified',
  },
  {
    id: 'xian-dai-hua-ren-min-cheng-shi',
    term: '现代化人民城市',
    aliases: ['创新、宜居、美丽、韧性、文明、智慧的现代化人民城市'],
    scope: 'national',
    period: { from: 2025 },
    category: 'planning',
    gloss_zh: '2025年中央城市工作会议提出的城市建设目标',
    explanation_zh:
      '2025年7月中央城市工作会议时隔十年召开，提出以建设创新、宜居、美丽、韧性、文明、智慧的现代化人民城市为目标。会议判断城市发展已从大规模增量扩张转向以存量提质增效为主，要求城市工作更注重以人为本、集约高效和治理投入。',
    explanation_en:
      'The central urban work conference, held in July 2025 for the first time in ten years, set the goal of modern people’s cities that are innovative, liveable, beautiful, resilient, civilised and smart. It judged that cities have moved from large-scale expansion to improving what already exists, and asked urban work to put people first, use land and money efficiently and invest more in governance.',
    english: { text: 'modern cities of the people', official: true },
    gloss_en: 'the six-part goal for Chinese cities set by the 2025 urban work conference',
    items: [
      { zh: '创新', en: 'innovative' },
      { zh: '宜居', en: 'desirable to live in' },
      { zh: '美丽', en: 'beautiful' },
      { zh: '韧性', en: 'resilient' },
      { zh: '文明', en: 'culturally advanced' },
      { zh: '智慧', en: 'smart' },
    ],
    related: ['ren-min-cheng-shi', 'ren-xing-cheng-shi', 'cheng-shi-geng-xin'],
    sources: [
      { url: 'http://www.ahcounty.com/a/202507/21/WS687dbf3ca310028a84abed19.html', publisher: 'ahcounty.com（转载中国日报网双语新闻）', date: '2025-07-21', note: 'mirror of a China Daily bilingual item; gives the English' },
      { url: 'http://blog.meiducn.com/article/9535705.shtml', publisher: 'meiducn.com（转载会议解读）', note: 'reprint of a reading of the conference' },
    ],
    status: 'verified',
  },
];
