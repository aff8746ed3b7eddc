import type { GlossaryEntry } from '../types';

/**
 * More jargon of local economic news, mined from 2021–2026 Zhuzhou and Hunan reports: park and
 * investment-promotion talk, enterprise tiers, public funds and local finance, and the vocabulary
 * of the business-environment drive. Mostly used nationwide; Hunan-only terms say so in scope.
 */
export const JARGON_ECONOMY_C: readonly GlossaryEntry[] = [
  {
    id: 'san-bao',
    term: '三保',
    aliases: ['基层三保', '保基本民生、保工资、保运转', '保工资、保运转、保基本民生'],
    quotedOnly: ['三保'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '基层财政必须优先保障的三类支出：基本民生、工资、机关运转',
    explanation_zh:
      '即保基本民生、保工资、保运转，是县乡财政支出排在最前面的部分，由各级政府分级负责，中央转移支付是重要财力来源。中央经济工作会议多次要求“兜牢基层三保底线”，地方财政吃紧时新闻常提到它。',
    english: { text: 'the "three guarantees" of grassroots finance', official: false },
    gloss_en: 'the three spending duties local budgets must cover first: basic welfare, salaries, running costs',
    explanation_en:
      'County and township budgets must first pay for basic public services, the wages of public employees and the day-to-day running of offices. The duty is shared across levels of government, with central transfers as a main source of money. Central economic work conferences keep asking localities to "hold the bottom line" of the three guarantees, a phrase that turns up whenever local finances are tight.',
    items: [
      { zh: '保基本民生', en: 'guarantee basic living needs' },
      { zh: '保工资', en: 'guarantee salaries' },
      { zh: '保运转', en: 'guarantee the running of government' },
    ],
    related: ['guo-jin-ri-zi', 'yi-ban-gong-gong-yu-suan-shou-ru', 'hua-zhai'],
    sources: [
      { url: 'http://paper.ce.cn/pc/content/202402/01/content_288913.html', publisher: '经济日报', date: '2024-02-01' },
      {
        url: 'https://reportify.ai/news/1200397238937980928',
        publisher: 'reportify.ai（转载经济日报“中经评论”）',
        date: '2025-12-22',
        note: 'reprint',
      },
    ],
    status: 'verified',
  },
  {
    id: 'guo-jin-ri-zi',
    term: '党政机关过紧日子',
    aliases: ['政府过紧日子'],
    quotedOnly: ['过紧日子'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '政府压缩一般性开支、把钱省给民生和发展的财政要求',
    explanation_zh:
      '要求机关精简会议、差旅、办公等一般性支出，省下的钱优先用于“三保”等刚性支出或发展项目。湖南组建金芙蓉基金时，也把党政机关过紧日子列为筹资办法之一。',
    english: { text: 'government agencies tightening their belts', official: false },
    gloss_en: 'a standing order for government offices to cut routine spending',
    explanation_en:
      'Offices are told to trim meetings, travel and other routine spending so that the savings go first to essential outlays such as the "three guarantees" or to development projects. When Hunan set up its Golden Hibiscus fund, belt-tightening by party and government offices was named as one way to pay for it.',
    related: ['san-bao', 'jin-fu-rong-ji-jin'],
    sources: [
      {
        url: 'https://shanxishangren.com/b2b/news/show.php?itemid=27820',
        publisher: 'shanxishangren.com（转载省级财政部门消息）',
        note: 'reprint',
      },
      {
        url: 'https://ucmanga.com/a/li-zheng-3nian-gui-mo-da-3000yi-yuan-hu-nan-zu-jian-jin-fu-rong-ji-jin-fa-zhan-nai-xin-zi-ben.html',
        publisher: 'ucmanga.com（转载科创板日报）',
        date: '2024-09',
        note: 'reprint',
      },
    ],
    status: 'partial',
    missing: 'when and by whom the requirement was first set is not in the cited pages; the 10% cut is one province\'s figure',
    missing_zh: '所引页面未说明这一要求由谁、在何时首次提出；压减10%只是某省的做法',
  },
  {
    id: 'sao-ma-ru-qi',
    term: '扫码入企',
    aliases: ['扫码入企制度'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '执法人员进企业检查前须扫码登记、全程留痕的制度',
    explanation_zh:
      '检查人员到企业后先扫企业的监督码，上传检查依据、内容和人员，企业事后可以评价，以此减少随意检查和重复检查。湖南用“湖南省行政检查码”（湖南营商码）推行，长沙县物流行业是全省县级试点。',
    english: { text: 'scan-to-enter inspections', official: false },
    gloss_en: 'inspectors must scan a code and log every inspection visit to a company',
    explanation_en:
      'Before inspecting a company, officials scan its supervision code and upload the legal basis, the purpose and who is inspecting; the firm can rate the visit afterwards. The aim is fewer arbitrary and duplicated inspections. Hunan runs it through a provincial inspection code, with the logistics trade of Changsha County as the county-level pilot.',
    related: ['zong-he-cha-yi-ci', 'ying-shang-huan-jing'],
    sources: [
      { url: 'http://www.legaldaily.com.cn/City_Management/content/2025-08/15/content_9238314.html', publisher: '法治日报（法制网）', date: '2025-08-15' },
      { url: 'https://pf.rednet.cn/m/content/646954/74/15391418.html', publisher: '红网', date: '2025' },
      { url: 'https://sf.sz.gov.cn/gfxwjcx/gfxwjjd/content/post_12382710.html', publisher: '深圳市司法局（政策解读）' },
    ],
    status: 'verified',
  },
  {
    id: 'zong-he-cha-yi-ci',
    term: '综合查一次',
    aliases: [],
    scope: 'national',
    category: 'governance',
    gloss_zh: '把多个部门对同一企业的检查合并为一次联合检查',
    explanation_zh:
      '过去各部门分头进企业、频次高、标准不一，改为跨部门联合检查，“进一次门、查多项事”。常与“扫码入企”一起出现在优化营商环境的报道里。',
    english: { text: 'one combined inspection', official: false },
    gloss_en: 'several agencies inspect a company together in one visit instead of separately',
    explanation_en:
      'Instead of each agency visiting a firm on its own schedule and standards, inspections are bundled into one joint visit that checks many things at once. It usually appears next to "scan-to-enter" in reports on the business environment.',
    related: ['sao-ma-ru-qi', 'ying-shang-huan-jing'],
    sources: [
      { url: 'http://www.legaldaily.com.cn/City_Management/content/2025-08/15/content_9238314.html', publisher: '法治日报（法制网）', date: '2025-08-15' },
      { url: 'https://www.gdzf.org.cn/xbsy/gddt/content/post_181122.html', publisher: '广东政法网' },
    ],
    status: 'partial',
    missing: 'the cited pages name the practice and describe joint inspections, but no single page defines 综合查一次 itself',
    missing_zh: '所引页面提到这一做法并描述了联合检查，但没有直接界定“综合查一次”',
  },
  {
    id: 'teng-long-huan-niao',
    term: '腾笼换鸟',
    aliases: [],
    scope: 'national',
    category: 'industry',
    gloss_zh: '清退低效、闲置企业，把腾出的土地厂房留给更好的项目',
    explanation_zh:
      '字面是“腾出笼子换新鸟”。园区清理停产、未投产或低效占地的企业，收回土地和厂房，再招引效益更高的企业入驻。',
    english: { text: 'emptying the cage to change the birds', official: false },
    gloss_en: 'clearing out idle or inefficient firms to free land for better ones',
    explanation_en:
      'Literally "empty the cage and bring in new birds". Parks take back land and buildings from firms that have stopped production, never started, or use land poorly, and offer them to more productive investors.',
    related: ['jiang-shi-qi-ye', 'mu-jun-shui-shou', 'biao-zhun-chang-fang'],
    sources: [
      {
        url: 'http://xiaofei.tzxwc.com/redian/53490.html',
        publisher: 'tzxwc.com（转载东方财富）',
        date: '2022-06-08',
        note: 'reprint',
      },
    ],
    status: 'verified',
  },
  {
    id: 'jiang-shi-qi-ye',
    term: '僵尸企业',
    aliases: [],
    scope: 'national',
    category: 'economy',
    gloss_zh: '已无经营能力、靠贷款或补贴维持的企业',
    explanation_zh:
      '这类企业长期亏损、资不抵债，却靠银行续贷或政府补贴“僵而不死”，占着土地、资金和劳动力。2015年底中央经济工作会议部署去产能后，处置僵尸企业成为供给侧结构性改革的重点。',
    english: { text: 'zombie enterprise', official: false },
    gloss_en: 'a firm kept alive only by loans or subsidies',
    explanation_en:
      'Such firms lose money for years and cannot pay their debts, yet survive on rolled-over bank loans or government subsidies while holding on to land, capital and labour. After the central economic work conference at the end of 2015 made cutting overcapacity a priority, disposing of zombie firms became a core task of supply-side reform.',
    related: ['teng-long-huan-niao', 'gong-ji-ce-jie-gou-xing-gai-ge'],
    sources: [
      { url: 'http://www.victorzhang.cn/page/2018/0328/3307051.shtml', publisher: 'victorzhang.cn（转载《会计之友》论文）', date: '2018', note: 'reprint' },
      { url: 'http://xiaofei.tzxwc.com/redian/53490.html', publisher: 'tzxwc.com（转载东方财富）', date: '2022-06-08', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'lou-yu-jing-ji',
    term: '楼宇经济',
    aliases: [],
    scope: 'national',
    category: 'economy',
    gloss_zh: '以写字楼为载体、靠入驻企业创造税收的城区经济',
    explanation_zh:
      '城区土地少，就把总部、金融、商务服务等企业引进写字楼，“向空中要财富”。新闻常以年税收过亿元的“亿元楼宇”数量衡量成绩。',
    english: { text: 'office-building economy', official: false },
    gloss_en: 'growing a district\'s economy and taxes through firms housed in office towers',
    explanation_en:
      'With little land left, urban districts fill office towers with headquarters, finance and business-service firms and count the taxes they pay. Reports often measure success by the number of buildings paying more than 100 million yuan in tax a year.',
    related: ['mu-jun-shui-shou'],
    sources: [
      { url: 'http://www.bocomtrust.com/content/2021/01/28/11479795.html', publisher: 'bocomtrust.com（转载湖南日报长沙天心区报道）', date: '2021-01-28', note: 'reprint' },
      { url: 'http://218.28.6.71:81/Qikan/Article/Detail?id=21464245', publisher: '《宁波经济（财经视点）》2006年第3期（摘要）' },
    ],
    status: 'verified',
  },
  {
    id: 'biao-zhun-chang-fang',
    term: '标准厂房',
    aliases: ['标准化厂房'],
    scope: 'national',
    category: 'investment',
    gloss_zh: '园区统一建好、供企业租用或购买的通用厂房',
    explanation_zh:
      '园区或平台公司先按通用规格建厂房，企业签约后可直接入驻投产，省去拿地自建的时间。株洲高新区招商报道里常说“消化存量标准厂房”，即把空置厂房租售出去。',
    english: { text: 'standard factory buildings', official: false },
    gloss_en: 'ready-built general-purpose factory space that parks rent or sell to firms',
    explanation_en:
      'A park or its development company builds factory space to a common design in advance, so a firm that signs up can move in and start production without buying land and building its own. Zhuzhou reports speak of "absorbing the stock of standard factory space", meaning leasing or selling empty buildings.',
    related: ['teng-long-huan-niao', 'zhao-shang-yin-zi', 'gao-xin-qu'],
    sources: [
      { url: 'https://epaper.voc.com.cn/hnrb/html/2022-07/30/content_1588585.htm?div=-1', publisher: '湖南日报', date: '2022-07-30' },
      { url: 'http://www.zhaoshang800.com/news/n-1132.html', publisher: '中工招商网（转载株洲日报）', date: '2014-06-01', note: 'reprint' },
    ],
    status: 'partial',
    missing: 'the cited pages use the term but do not define what makes factory space "standard"',
    missing_zh: '所引页面使用了这一说法，但没有说明“标准”厂房的具体含义',
  },
  {
    id: 'shuang-guo-ban',
    term: '双过半',
    aliases: ['时间过半、任务过半', '时间过半任务过半'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '到年中时，全年任务完成过半',
    explanation_zh:
      '即“时间过半、任务过半”：上半年结束时，投资、项目等年度指标完成一半以上。年中总结时常说某项工作“实现双过半”。',
    english: { text: 'half the year, half the target', official: false },
    gloss_en: 'more than half the year\'s targets met by mid-year',
    explanation_en:
      'Short for "half the time gone, half the task done": by the end of June, at least half of the annual targets for investment, projects and the like have been reached. Mid-year reports often claim a piece of work has "achieved the double half".',
    related: ['zhong-da-xiang-mu-gong-jian-nian'],
    sources: [
      { url: 'http://zhuzhou.021cf.cn/index.php/post/6239.html', publisher: '021cf.cn（转载株洲重大招商项目签约报道）', date: '2021-07', note: 'reprint' },
      { url: 'http://www.zshjjh.com/show/43_669940_1.html', publisher: 'zshjjh.com（转载株洲市项目办通报）', note: 'reprint' },
    ],
    status: 'partial',
    missing: 'no single cited page equates 双过半 with 时间过半、任务过半; one uses the short form, the other the long one',
    missing_zh: '所引页面没有一处直接说明“双过半”即“时间过半、任务过半”，简称和全称分别见于两篇报道',
  },
  {
    id: 'ke-ji-xing-zhong-xiao-qi-ye',
    term: '科技型中小企业',
    aliases: [],
    scope: 'national',
    category: 'technology',
    gloss_zh: '经科技部门评价入库的研发型中小企业',
    explanation_zh:
      '企业按科技部的评价办法自评，省、市科技部门审核后公示入库，可享研发费用加计扣除等政策。地方常把入库数量和高新技术企业、专精特新企业一起列为培育指标，湖南2024年第三批就公示了一万多家。',
    english: { text: 'technology-based small and medium-sized enterprise', official: false },
    gloss_en: 'a small or mid-sized firm registered by the science authorities as research-based',
    explanation_en:
      'Firms assess themselves under the Ministry of Science and Technology\'s rules; after provincial and city review they are listed in a register and qualify for benefits such as extra tax deductions for research spending. Localities count registered firms as a target alongside high-tech and "specialised and sophisticated" firms; Hunan\'s third batch of 2024 alone listed over ten thousand.',
    related: ['gao-xin-ji-shu-qi-ye', 'zhuan-jing-te-xin'],
    sources: [
      { url: 'http://wlfzbkd.cn/page116?article_id=403', publisher: 'wlfzbkd.cn（转载湖南省2024年第三批拟入库名单公示）', date: '2024-10', note: 'reprint' },
    ],
    status: 'partial',
    missing: 'the evaluation criteria and the tax benefits are not in the cited page',
    missing_zh: '所引页面没有评价标准和税收优惠的内容',
  },
  {
    id: 'xin-xing-ji-shu-gai-zao-shi-dian',
    term: '制造业新型技术改造城市试点',
    aliases: ['国家制造业新型技术改造城市试点', '新型技术改造城市试点', '制造业新型技术改造试点城市', '新型技术改造试点城市'],
    scope: 'national',
    category: 'industry',
    gloss_zh: '国家支持部分城市集中推动工厂数字化、绿色化改造的试点',
    explanation_zh:
      '入选城市推广数字技术、绿色技术和新产品，带动规上工业企业技改。株洲2025年5月入选第二批，是长沙之后湖南第二个，计划3年推动600家规上工业企业数字化改造。',
    english: { text: 'pilot city for new-type technological upgrading of manufacturing', official: false },
    gloss_en: 'a national pilot in which chosen cities upgrade factories with digital and green technology',
    explanation_en:
      'Selected cities push digital and green technologies and new products into their factories, paying for upgrades at the larger industrial firms. Zhuzhou joined the second batch in May 2025, after Changsha the second Hunan city, and plans to digitise 600 such firms within three years.',
    related: ['gui-shang-gong-ye-qi-ye', 'xin-xing-gong-ye-hua'],
    sources: [
      { url: 'https://www.npbk.net/news/KrvP6AM3zj.html', publisher: 'npbk.net（转载华声在线）', date: '2025-09-07', note: 'reprint' },
    ],
    status: 'partial',
    missing: 'the ministries running the pilot and the first batch are not named in the cited page',
    missing_zh: '所引页面没有写明试点由哪些部委组织及第一批名单',
  },
  {
    id: 'liang-shang-san-hua',
    term: '两上三化',
    aliases: [],
    scope: 'hunan',
    category: 'industry',
    gloss_zh: '湖南推动中小企业“上云、上平台”的数字化行动',
    explanation_zh:
      '湖南在全国较早推行中小企业“两上三化”行动计划，两上指上云、上平台，到2021年约38万户中小企业上云、1.6万户上平台。',
    english: { text: '"two ups, three transformations"', official: false },
    gloss_en: 'Hunan\'s programme moving small firms onto cloud services and industrial platforms',
    explanation_en:
      'Hunan was early in the country to run this action plan for small and medium-sized firms. The "two ups" are moving onto the cloud and onto industrial internet platforms; by 2021 some 383,000 firms had done the first and 16,500 the second.',
    related: ['xin-xing-gong-ye-hua'],
    sources: [
      { url: 'https://www.chinathinktanks.org.cn/content/detail?id=ru2ls010', publisher: '中国智库网（湖南制造业数字化转型研究）', date: '2021' },
    ],
    status: 'partial',
    missing: 'the three "transformations" (三化) are not listed in the cited page',
    missing_zh: '所引页面没有列出“三化”具体指什么',
  },
  {
    id: 'san-lv',
    term: '三率',
    aliases: ['履约率、开工率、资金到位率'],
    quotedOnly: ['三率'],
    scope: 'hunan',
    category: 'investment',
    gloss_zh: '考核招商签约项目的履约率、开工率和资金到位率',
    explanation_zh:
      '签了约的项目是否兑现、是否开工、资金是否到位，三项合起来排名。株洲报道说省级签约项目“三率”综合排名居全省前列。',
    english: { text: 'the "three rates" of signed projects', official: false },
    gloss_en: 'how many signed investment projects are honoured, started and funded',
    explanation_en:
      'Signed investment deals are scored on three rates: contracts honoured, construction started and money actually arrived. Zhuzhou reports that its provincially signed projects ranked near the top of Hunan on the combined three rates.',
    items: [
      { zh: '履约率', en: 'rate of contracts honoured' },
      { zh: '开工率', en: 'rate of projects started' },
      { zh: '资金到位率', en: 'rate of funds actually in place' },
    ],
    related: ['xiang-mu-lv-yue-lv', 'zhao-shang-yin-zi', 'san-lei-500-qiang'],
    sources: [
      { url: 'http://zhuzhou.021cf.cn/index.php/post/57.html', publisher: '021cf.cn（转载株洲新闻网）', date: '2024-03-01', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'gu-ding-zi-chan-tou-zi-qiang-du',
    term: '固定资产投资强度',
    aliases: [],
    scope: 'national',
    category: 'investment',
    gloss_zh: '项目每亩用地上的固定资产投资额',
    explanation_zh:
      '以“万元/亩”计，和亩均税收一起衡量一个项目用地是否集约。株洲签约报道称项目投资强度最高达每亩800万元。',
    english: { text: 'fixed-asset investment intensity', official: false },
    gloss_en: 'how much fixed-asset investment a project puts on each mu of land',
    explanation_en:
      'Measured in ten-thousand yuan per mu, it is used with tax per mu to judge whether a project uses land efficiently. A Zhuzhou signing report said its best projects reached 8 million yuan per mu.',
    related: ['mu-jun-shui-shou', 'zhao-shang-yin-zi'],
    sources: [
      { url: 'http://zhuzhou.021cf.cn/index.php/post/6239.html', publisher: '021cf.cn（转载株洲重大招商项目签约报道）', date: '2021-07', note: 'reprint' },
    ],
    status: 'partial',
    missing: 'the minimum intensity required for industrial land is not in the cited page',
    missing_zh: '所引页面没有工业用地投资强度的最低标准',
  },
  {
    id: 'liang-ge-jian-kang',
    term: '两个健康',
    aliases: ['非公有制经济健康发展和非公有制经济人士健康成长'],
    quotedOnly: ['两个健康'],
    scope: 'national',
    category: 'united-front',
    gloss_zh: '促进非公有制经济健康发展和非公有制经济人士健康成长',
    explanation_zh:
      '十九大报告把两者并提，之后成为民营经济统战工作的主题：既帮民营企业发展，也引导民营企业家在政治上、经营上走正路。工商联、统战部的报道和民营经济政策里常用。',
    english: { text: 'the "two healthies"', official: false },
    gloss_en: 'healthy growth of the private economy and of private entrepreneurs',
    explanation_en:
      'The 19th Party Congress report paired the two goals, and they became the theme of the party\'s united-front work with private business: help private firms grow and guide their owners to conduct themselves and their businesses properly. The phrase is common in news from federations of industry and commerce and in private-economy policy.',
    items: [
      { zh: '非公有制经济健康发展', en: 'healthy development of the non-public economy' },
      { zh: '非公有制经济人士健康成长', en: 'healthy growth of people in the non-public economy' },
    ],
    related: ['liang-ge-hao-bu-dong-yao', 'qin-qing-zheng-shang-guan-xi', 'min-ying-jing-ji-cu-jin-fa'],
    sources: [
      { url: 'http://big5.china.com.cn/opinion/think/2022-05/24/content_78234046.htm', publisher: '中国网（转载经济参考报）', date: '2022-05-24', note: 'reprint' },
      { url: 'http://tao8090.com/?id=19223', publisher: 'tao8090.com（转载学习时报）', date: '2025-07-25', note: 'reprint' },
      { url: 'http://www.cnr.cn/newscenter/native/city/20201201/t20201201_525347980.shtml', publisher: '央广网', date: '2020-12-01' },
    ],
    status: 'verified',
  },
  {
    id: 'liang-ji-zhuan-xiang',
    term: '两机专项',
    aliases: ['两机重大专项', '航空发动机和燃气轮机重大专项', '航空发动机及燃气轮机国家科技重大专项'],
    scope: 'national',
    category: 'industry',
    gloss_zh: '航空发动机和燃气轮机国家科技重大专项',
    explanation_zh:
      '“两机”指航空发动机和燃气轮机。株洲是中小型航空发动机基地，2016年这一专项的重点工程落户芦淞，带动航空零部件企业集聚。',
    english: { text: 'the aero-engine and gas-turbine major project', official: false },
    gloss_en: 'China\'s national science megaproject for aircraft engines and gas turbines',
    explanation_en:
      'The "two machines" are aircraft engines and gas turbines. Zhuzhou is a base for small and mid-sized aero-engines, and in 2016 a key project of the programme was placed in Lusong district, drawing aviation parts makers there.',
    related: ['zhuzhou-hang-kong-cheng', 'zhong-guo-dong-li-gu'],
    sources: [
      { url: 'https://m.163.com/dy/article/IG2BO4RU0550E7HZ.html', publisher: '网易号（株洲本地媒体：芦淞航空产业介绍）' },
      { url: 'http://zhuzhou.021cf.cn/index.php/post/57.html', publisher: '021cf.cn（转载株洲新闻网）', date: '2024-03-01', note: 'reprint' },
    ],
    status: 'partial',
    missing: 'no cited page spells out that 两机 stands for the aero-engine and gas-turbine project; the two pages use the short and the long name separately',
    missing_zh: '所引页面没有直接写明“两机”就是航空发动机和燃气轮机专项，简称和全称分见两页',
  },
  {
    id: 'jin-fu-rong-ji-jin',
    term: '金芙蓉基金',
    aliases: ['金芙蓉投资基金', '湖南省金芙蓉投资基金'],
    scope: 'hunan',
    period: { from: 2024 },
    category: 'investment',
    gloss_zh: '湖南省2024年组建、目标规模3000亿元的政府投资基金群',
    explanation_zh:
      '整合省、市、县财政和国企基金，计划约3年内省财政出资约240亿元、省属国企约800亿元，撬动社会资本达到3000亿元。分产业引导、科技创新、基础设施、社会发展和其他五类，科技创新类容亏率最高50%。',
    english: { text: 'Golden Hibiscus Investment Fund', official: false },
    gloss_en: 'Hunan\'s 300-billion-yuan family of government investment funds, set up in 2024',
    explanation_en:
      'It pools provincial, city and county budget money and state-firm funds: over about three years the province plans to put in some 24 billion yuan and its state firms about 80 billion, drawing in private capital to reach 300 billion. There are five kinds of sub-fund (industry guidance, tech innovation, infrastructure, social development, other), and the tech funds may tolerate losses of up to 50%.',
    related: ['zheng-fu-yin-dao-ji-jin', 'nai-xin-zi-ben', 'si-cheng-si'],
    sources: [
      { url: 'https://moment.rednet.cn/content/646843/96/14237030.html', publisher: '红网', date: '2024-09-04' },
      {
        url: 'https://ucmanga.com/a/li-zheng-3nian-gui-mo-da-3000yi-yuan-hu-nan-zu-jian-jin-fu-rong-ji-jin-fa-zhan-nai-xin-zi-ben.html',
        publisher: 'ucmanga.com（转载科创板日报）',
        date: '2024-09',
        note: 'reprint',
      },
    ],
    status: 'verified',
  },
  {
    id: 'zheng-fu-yin-dao-ji-jin',
    term: '政府引导基金',
    aliases: ['政府投资基金', '产业引导基金', '政府产业引导基金'],
    scope: 'national',
    category: 'investment',
    gloss_zh: '政府出资、吸引社会资本共同投资产业和科技的基金',
    explanation_zh:
      '政府用财政资金做出资人（LP），通过母子基金撬动社会资本，投向本地想发展的产业和早期科技企业。2025年国务院办公厅“1号文”要求它不以招商为目的、鼓励降低返投比例，并作为长期耐心资本运作。',
    english: { text: 'government guidance fund', official: false },
    gloss_en: 'a state-funded investment fund that draws in private capital for chosen industries',
    explanation_en:
      'Government money acts as a limited partner and, through funds of funds, draws private capital into the industries and early-stage tech firms a locality wants. A 2025 State Council circular told such funds not to be used as investment-attraction bait, encouraged lower local-reinvestment quotas, and asked them to act as long-term patient capital.',
    related: ['nai-xin-zi-ben', 'jin-fu-rong-ji-jin', 'zhao-shang-yin-zi'],
    sources: [
      {
        url: 'https://reportify.cn/tags/concept?tagValue=%E6%94%BF%E5%BA%9C%E6%8A%95%E8%B5%84%E5%9F%BA%E9%87%91%E9%AB%98%E8%B4%A8%E9%87%8F%E5%8F%91%E5%B1%95',
        publisher: 'reportify.cn（转载21世纪经济报道）',
        date: '2026-01-10',
        note: 'reprint',
      },
      { url: 'https://lieyunpro.com/archives/493039', publisher: '猎云网（转载投资界）', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'nai-xin-zi-ben',
    term: '耐心资本',
    aliases: [],
    scope: 'national',
    category: 'investment',
    gloss_zh: '能长期持有、容忍风险、陪科技企业成长的资本',
    explanation_zh:
      '硬科技从研发到产业化周期长，普通基金七八年就要退出。各地政府投资基金把存续期延长到15至20年并设容亏率，以“耐心资本”支持新质生产力。',
    english: { text: 'patient capital', official: false },
    gloss_en: 'long-term, risk-tolerant investment that stays with tech firms as they grow',
    explanation_en:
      'Hard technology takes years to move from research to industry, while ordinary venture funds must exit within seven or eight years. Government funds are therefore lengthening their lives to 15–20 years and accepting set loss rates, branding this "patient capital" for new quality productive forces.',
    related: ['zheng-fu-yin-dao-ji-jin', 'jin-fu-rong-ji-jin', 'xin-zhi-sheng-chan-li'],
    sources: [
      { url: 'https://wallstreetcn.com/livenews/2846829', publisher: '华尔街见闻（转载证券日报）', note: 'reprint' },
      { url: 'http://www.cectop.cn/news/view_web?id=772947285', publisher: 'cectop.cn', date: '2025-08-21' },
      { url: 'https://www.thecapital.com.cn/newsDetail/118618', publisher: '融中财经', date: '2025-07' },
    ],
    status: 'verified',
  },
  {
    id: 'zheng-zhao-fen-li',
    term: '证照分离',
    aliases: ['证照分离改革'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '营业执照和经营许可证分开办理的商事制度改革',
    explanation_zh:
      '领了营业执照即可从事一般经营，特殊行业再办许可；涉企经营许可事项按直接取消审批、审批改为备案、实行告知承诺、优化审批服务四种方式分类改革。湖南2021年起在全省推开。',
    english: { text: 'separating operating permits from business licences', official: false },
    gloss_en: 'a reform letting firms start trading with just a business licence',
    explanation_en:
      'A business licence alone now allows ordinary trading; only special lines of business need a separate permit. Permit requirements were sorted four ways: scrapped, turned into simple filing, replaced by a signed pledge, or kept with faster service. Hunan extended the reform province-wide from 2021.',
    related: ['gao-zhi-cheng-nuo-zhi', 'fang-guan-fu', 'ying-shang-huan-jing'],
    sources: [
      { url: 'https://zhjsw.cn/news/show-27465.html', publisher: '中华建设网' },
      { url: 'http://xzsp.yiyang.gov.cn/14076/content_1509341.html', publisher: '益阳市行政审批服务局（转发湘政办发〔2021〕45号）', date: '2021-08-28' },
    ],
    status: 'verified',
  },
  {
    id: 'gao-zhi-cheng-nuo-zhi',
    term: '告知承诺制',
    aliases: ['涉企经营许可事项告知承诺制', '证明事项告知承诺制'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '申请人书面承诺符合条件即可办证、事后再核查的审批方式',
    explanation_zh:
      '政府一次告知许可条件，申请人书面承诺符合条件即可办理，不再逐项提交证明，虚假承诺要担责并记入信用。湖南2021年印发实施方案全面推行。',
    english: { text: 'notification-and-commitment system', official: false },
    gloss_en: 'get a permit by signing a pledge that you meet the conditions; checks come later',
    explanation_en:
      'Officials state the conditions once; an applicant who pledges in writing to meet them can be approved without collecting every certificate, and checks follow afterwards. A false pledge brings penalties and a credit mark. Hunan issued a plan in 2021 to apply it across the province.',
    related: ['zheng-zhao-fen-li', 'fang-guan-fu'],
    sources: [
      { url: 'http://cbe.ccpitcsc.org/article_view.aspx?id=2939', publisher: 'cbe.ccpitcsc.org（转发湘政办发〔2021〕25号）', date: '2021-06-24', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'yi-shang-zhao-shang',
    term: '以商招商',
    aliases: [],
    scope: 'national',
    category: 'investment',
    gloss_zh: '请已落户的企业、商会牵线引来更多投资者',
    explanation_zh:
      '靠已投资企业的口碑、上下游关系和商会网络引荐新项目，是招商引资的常见办法之一，常与驻点招商、链式招商并列。',
    english: { text: 'using investors to attract investors', official: false },
    gloss_en: 'getting firms already in place to bring in new investors',
    explanation_en:
      'Local officials rely on firms that have already invested, their suppliers and customers, and chambers of commerce to introduce new projects. It is one of the standard methods listed beside stationed and chain-based investment promotion.',
    related: ['zhao-shang-yin-zi', 'lian-shi-zhao-shang', 'xiang-shang-hui-gui'],
    sources: [
      {
        url: 'https://changsha.baogaosu.com/xinwen/%E6%B9%98%E8%A5%BF%E7%BB%8F%E5%BC%80%E5%8C%BA%E6%B8%AF%E6%B4%BD%E5%91%A8%E7%AD%BE%E7%BA%A6%E5%BC%95%E8%B5%84/33931479',
        publisher: 'baogaosu.com（转载湖南省商务公众信息网）',
        date: '2015-06-08',
        note: 'reprint',
      },
    ],
    status: 'partial',
    missing: 'the cited page lists the method but does not explain how it works',
    missing_zh: '所引页面只列出这一做法，没有解释具体怎么做',
  },

  {
    id: 'wan-jia-min-qi-ping-ying-shang-huan-jing',
    term: '万家民营企业评营商环境',
    aliases: ['万家民企评营商环境'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '全国工商联每年组织上万家民营企业给各地营商环境打分',
    explanation_zh:
      '根据民营企业问卷和官方数据加权算出省份、城市排名，湖南和长沙多次进入前十。地方常把名次当作营商环境成绩引用。',
    english: { text: 'Ten Thousand Private Enterprises Rate the Business Environment', official: false },
    gloss_en: 'an annual survey in which private firms rate regional business environments',
    explanation_en:
      'The All-China Federation of Industry and Commerce weights questionnaires from private firms with official data to rank provinces and cities; Hunan and Changsha have repeatedly made the top ten. Local governments cite their place as proof of a good business environment.',
    related: ['ying-shang-huan-jing', 'liang-ge-jian-kang'],
    sources: [
      { url: 'https://epaper.voc.com.cn/sxdsb/html/2021-11/02/content_1546573.htm?div=-1', publisher: '三湘都市报', date: '2021-11-02' },
      { url: 'https://cs.rednet.cn/m/content/2022/11/04/12012892.html', publisher: '红网（转载长沙发布）', date: '2022-11-04', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'qi-ye-fu-wu-nian',
    term: '企业服务年',
    aliases: ['企业服务年行动'],
    quotedOnly: ['企业服务年'],
    scope: 'hunan',
    period: '2026',
    category: 'economy',
    gloss_zh: '湖南把2026年定为以服务民营企业为主题的年度活动',
    explanation_zh:
      '湖南2026年“新春第一会”聚焦民营经济，把这一年定为“企业服务年”，各市州随后召开推进大会，如怀化此前两年的开年大会分别聚焦招商引资和项目建设，2026年转向服务企业。',
    english: { text: 'Year of Enterprise Services', official: false },
    gloss_en: 'Hunan\'s 2026 campaign theme: serving private businesses',
    explanation_en:
      'Hunan\'s first meeting after the 2026 Spring Festival focused on the private economy and named the year the "Year of Enterprise Services"; cities then held their own launch meetings. Huaihua, for one, had given its opening meetings of the two previous years to investment attraction and project construction.',
    related: ['xin-chun-di-yi-hui', 'ying-shang-huan-jing', 'min-ying-jing-ji-cu-jin-fa'],
    sources: [
      { url: 'http://www.echinagov.com/news/368091.htm', publisher: '中国电子政务网（湖南民营经济报道，转载）', date: '2026-03', note: 'reprint' },
      {
        url: 'http://jylkja.com/huaihua/c200023/202603/3d53e27b814a4fe8acc7acf1211a7058.shtml?moban=zzzt',
        publisher: 'jylkja.com（转载怀化日报）',
        date: '2026-03-02',
        note: 'reprint',
      },
    ],
    status: 'partial',
    missing: 'the concrete measures of the campaign are not in the cited pages',
    missing_zh: '所引页面没有这一活动的具体举措',
  },
  {
    id: 'bo-li-men',
    term: '玻璃门、弹簧门、旋转门',
    aliases: [],
    quotedOnly: ['玻璃门', '弹簧门'],
    // 玻璃门: a glass door.
    strictlyQuoted: ['玻璃门'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '比喻民营企业进入市场时遇到的各种隐性障碍',
    explanation_zh:
      '玻璃门指看似放开、实则进不去；弹簧门指刚放进去又被政策弹回来；旋转门指进门后手续繁杂、转一圈又被挡在外面。新闻说“破除玻璃门、旋转门”，就是要清除这类隐性准入壁垒。',
    english: { text: '"glass doors, spring doors and revolving doors"', official: false },
    gloss_en: 'metaphors for hidden barriers that keep private firms out of a market',
    explanation_en:
      'A glass door looks open but cannot be passed; a spring door lets a firm in and then pushes it back out as rules tighten; a revolving door lets it in only to spin it out again through red tape. Pledges to "break the glass and revolving doors" mean removing such hidden entry barriers.',
    items: [
      { zh: '玻璃门', en: 'glass door: access that looks open but is not' },
      { zh: '弹簧门', en: 'spring door: entry soon reversed' },
      { zh: '旋转门', en: 'revolving door: entry defeated by red tape' },
    ],
    related: ['liang-ge-jian-kang', 'ying-shang-huan-jing', 'min-ying-jing-ji-cu-jin-fa'],
    sources: [
      { url: 'http://zjrb.zjol.com.cn/html/2016-06/08/content_2978574.htm?div=-1', publisher: '浙江日报（名词解释）', date: '2016-06-08' },
      { url: 'http://www.entrepreneurdaily.cn/2025-06-18/1/2439308.html', publisher: '中华工商时报', date: '2025-06-18' },
    ],
    status: 'verified',
  },
  {
    id: 'bo-gai-tou',
    term: '拨改投',
    aliases: ['资金变基金'],
    scope: 'national',
    category: 'investment',
    gloss_zh: '把财政无偿拨款改为以基金股权投资的方式使用',
    explanation_zh:
      '过去财政资金多以补助、奖励直接拨给企业，现在改为投入政府投资基金、以入股方式支持，钱可回收再用。湖南组建金芙蓉基金时提出加大“拨改投”力度、推动“资金变基金”。',
    english: { text: 'from grants to investment', official: false },
    gloss_en: 'turning government grants into equity investments made through funds',
    explanation_en:
      'Instead of handing firms subsidies and awards, governments put the money into investment funds that take stakes, so it can be recovered and reused. Hunan promised more of this, and "turning funds into fund investments", when it set up the Golden Hibiscus fund.',
    related: ['jin-fu-rong-ji-jin', 'zheng-fu-yin-dao-ji-jin'],
    sources: [
      {
        url: 'https://ucmanga.com/a/li-zheng-3nian-gui-mo-da-3000yi-yuan-hu-nan-zu-jian-jin-fu-rong-ji-jin-fa-zhan-nai-xin-zi-ben.html',
        publisher: 'ucmanga.com（转载科创板日报）',
        date: '2024-09',
        note: 'reprint',
      },
    ],
    status: 'partial',
    missing: 'the cited page uses both phrases without defining them; the contrast with grants is our reading',
    missing_zh: '所引页面使用了这两个说法但没有下定义，与无偿拨款的对比是我们的解读',
  },
  {
    id: 'rong-kui-lv',
    term: '容亏率',
    aliases: [],
    scope: 'national',
    category: 'investment',
    gloss_zh: '政府投资基金事先允许的亏损比例',
    explanation_zh:
      '早期科技投资失败多，基金设定一定的亏损容忍度，在此范围内亏钱不追责。湖南金芙蓉基金的科技创新类容亏率最高可达50%。',
    english: { text: 'loss-tolerance rate', official: false },
    gloss_en: 'the share of losses a government fund is allowed in advance',
    explanation_en:
      'Early-stage tech bets often fail, so a fund is given a loss rate within which its managers are not blamed. Hunan\'s Golden Hibiscus tech funds may tolerate losses of up to 50%.',
    related: ['jin-fu-rong-ji-jin', 'nai-xin-zi-ben', 'rong-cuo-jiu-cuo'],
    sources: [
      {
        url: 'https://ucmanga.com/a/li-zheng-3nian-gui-mo-da-3000yi-yuan-hu-nan-zu-jian-jin-fu-rong-ji-jin-fa-zhan-nai-xin-zi-ben.html',
        publisher: 'ucmanga.com（转载科创板日报）',
        date: '2024-09',
        note: 'reprint',
      },
      { url: 'http://www.cectop.cn/news/view_web?id=772947285', publisher: 'cectop.cn', date: '2025-08-21' },
    ],
    status: 'verified',
  },
  {
    id: 'fan-tou-bi-li',
    term: '返投比例',
    aliases: [],
    scope: 'national',
    category: 'investment',
    gloss_zh: '地方政府要求基金投回本地的资金比例',
    explanation_zh:
      '地方出资参股基金时，常要求基金投到本地项目的金额达到出资额的一定倍数，实际成了招商手段。2025年国办“1号文”鼓励降低或取消返投比例。',
    english: { text: 'local reinvestment ratio', official: false },
    gloss_en: 'how much of a fund a local government requires to be invested back locally',
    explanation_en:
      'When a locality puts money into a fund, it often demands that the fund invest a multiple of that sum in local projects, turning the fund into an investment-attraction tool. A 2025 State Council circular encouraged lowering or scrapping such ratios.',
    related: ['zheng-fu-yin-dao-ji-jin', 'zhao-shang-yin-zi'],
    sources: [
      {
        url: 'https://reportify.cn/tags/concept?tagValue=%E6%94%BF%E5%BA%9C%E6%8A%95%E8%B5%84%E5%9F%BA%E9%87%91%E9%AB%98%E8%B4%A8%E9%87%8F%E5%8F%91%E5%B1%95',
        publisher: 'reportify.cn（转载21世纪经济报道）',
        date: '2026-01-10',
        note: 'reprint',
      },
      { url: 'http://gjgxy.cn/shownews.php?id=3479', publisher: 'gjgxy.cn（转载《产融生态圈》）', date: '2025-06-19', note: 'reprint' },
    ],
    status: 'partial',
    missing: 'typical ratios (1.2 to 2 times) come from a secondary page whose attribution to a 2015 rule is not confirmed',
    missing_zh: '常见的1.2至2倍返投要求出自一篇转载文章，其所称的2015年文件依据未经核实',
  },
  {
    id: 'yi-tou-dai-zhao',
    term: '以投带招',
    aliases: ['以投带招、以招促投'],
    scope: 'national',
    category: 'investment',
    gloss_zh: '用政府基金入股企业来吸引项目落户，即基金招商',
    explanation_zh:
      '政府基金先投资企业，带动企业把项目或总部落到本地；招来的项目再成为基金投资对象，所谓“以投带招、以招促投、招投联动”。湖南金芙蓉基金把它列为支持“4×4”产业体系的办法。',
    english: { text: 'using investment to attract investment', official: false },
    gloss_en: 'attracting projects by having a government fund invest in the firm',
    explanation_en:
      'A government fund takes a stake in a firm, and the firm in turn brings a project or headquarters to the locality; projects won this way become fund targets again. Hunan\'s Golden Hibiscus fund lists this as a way to build its "4×4" industrial system.',
    related: ['zheng-fu-yin-dao-ji-jin', 'zhao-shang-yin-zi', 'fan-tou-bi-li', 'si-cheng-si'],
    sources: [
      { url: 'https://yaliqi.com/new/640430912911183872', publisher: 'yaliqi.com（转载潇湘晨报）', date: '2024-09-04', note: 'reprint' },
    ],
    status: 'partial',
    missing: 'the cited page uses the phrase without explaining the mechanism',
    missing_zh: '所引页面使用了这一说法，但没有解释具体机制',
  },
];
