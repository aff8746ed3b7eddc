import type { GlossaryEntry } from '../types';

/**
 * The long tail of national policy jargon in local news: ecology controls, government-service and
 * regulatory reforms, Party discipline formulas, poverty-relapse monitoring, small-business finance,
 * housing, industry and livelihood programmes. Every term was met in a 2019–2026 page read for this
 * file (none of them one the real-news bench measures); meanings come from the pages cited.
 *
 * Pages read to find terms (besides the sources cited under each entry):
 *   http://e-gov.org.cn/article-178722.html (株洲日报 2021, 放管服 and 五好园区)
 *   https://scholarmate.com/S/O8hHi4 (株洲 营商环境 and private economy)
 *   https://lusongquzhuangbeizhizaochanyeyuanqu.010b.com/info (株洲 环保10条)
 *   http://tp.hkcd.com/content_p/2022-03/25/content_131900.html (湘潭 营商环境)
 *   https://www.npbk.net/news/KrvP6AM3zj.html (华声在线 2025, 株洲 新型技改试点)
 *   https://hnrb.voc.com.cn/article/202112/20211220083222110001.html (湖南日报 2021, 株洲 数字经济)
 *   http://shahuhu.net/c15161/20211119/i1795530.html (株洲 十四五 信息化规划, mirror)
 *   http://xijiangtv.com/subjects/wdzlwdzx/gzlfz/2022-06-29/102005.html (防返贫监测 report)
 *   http://jzmfx.com/huaihua/c135241/202304/e2610237152548d1a17d78a4f72d9cbb.shtml (怀化 2023 policy measures, mirror)
 *   http://www.sxfj.gov.cn/yan_jiu_si_kao/10950533.shtml (三湘风纪网, 娄底 两个责任)
 */
export const NATIONAL_JARGON_F: readonly GlossaryEntry[] = [
  {
    id: 'san-xian-yi-dan',
    term: '三线一单',
    aliases: ['生态环境分区管控'],
    scope: 'national',
    category: 'ecology',
    gloss_zh: '生态保护红线、环境质量底线、资源利用上线和生态环境准入清单',
    explanation_zh:
      '一套环境源头管控制度：先划出生态保护红线、环境质量底线和资源利用上线，再把国土分成若干管控单元，为每个单元列出准入清单，规定哪些项目能来、哪些不能。全国各省已发布成果，地方招商选址和项目环评都要先对照“三线一单”。',
    explanation_en:
      'A system for controlling pollution at the source: draw an ecological red line, a floor for environmental quality and a ceiling on resource use, divide the land into control units, and give each unit a list saying which projects may enter. Every province has published its maps, and local investment siting and environmental reviews check projects against them first.',
    english: { text: 'three lines and one list', official: false },
    gloss_en: 'red line, quality floor, resource ceiling and entry list for projects',
    items: [
      { zh: '生态保护红线', en: 'ecological protection red line' },
      { zh: '环境质量底线', en: 'environmental quality floor' },
      { zh: '资源利用上线', en: 'resource use ceiling' },
      { zh: '生态环境准入清单', en: 'environmental entry list' },
    ],
    related: ['san-qu-san-xian', 'wu-fei-cheng-shi'],
    sources: [
      { url: 'http://m.lw881.com/wenda/152072.html', publisher: 'lw881.com（问答）' },
      { url: 'https://freewechat.com/a/MjM5NDgxMDQ1Ng==/2247513880/2', publisher: '环境保护类公众号（转载期刊文章）', note: 'reprint' },
      { url: 'https://lusongquzhuangbeizhizaochanyeyuanqu.010b.com/info', publisher: '010b招商网（株洲生态环境局“环保10条”报道）' },
    ],
    status: 'verified',
  },
  {
    id: 'wu-fei-cheng-shi',
    term: '无废城市',
    aliases: [],
    scope: 'national',
    period: { from: 2018 },
    category: 'ecology',
    gloss_zh: '把固体废物减到最少、用到最多、处置最安全的城市建设模式',
    explanation_zh:
      '2018年底国务院办公厅印发试点方案，在深圳、绍兴等11个城市和5个特例地区试点；2021年起“十四五”时期推广到100个左右城市。它不是没有垃圾，而是推动固体废物源头减量、资源化利用，最大限度减少填埋。',
    explanation_en:
      'A State Council pilot launched at the end of 2018 in 11 cities such as Shenzhen and Shaoxing plus 5 special areas, extended from 2021 to about 100 cities. It does not mean no waste at all: it means cutting solid waste at the source, recycling as much as possible and landfilling as little as possible.',
    english: { text: 'zero-waste city', official: false },
    gloss_en: 'a city that cuts, recycles and safely disposes of its solid waste',
    related: ['san-xian-yi-dan'],
    sources: [
      { url: 'http://ahscb.com/html/2019-01/22/content_273440.htm', publisher: '安徽市场报（转新华社）', date: '2019-01-22' },
      { url: 'http://hjhx.rcees.ac.cn/article/doi/10.12030/j.cjee.202303051', publisher: '环境工程学报', date: '2023' },
      { url: 'https://lasa.gov.cn/lasa/xzgfxwj/202501/36d81be3c2654fb3bb4c0c82cd415c1b.shtml', publisher: '拉萨市人民政府', date: '2024-12-24' },
    ],
    status: 'verified',
  },
  {
    id: 'neng-hao-shuang-kong',
    term: '能耗双控',
    aliases: ['能源消费总量和强度双控', '能源消费强度和总量双控'],
    scope: 'national',
    period: { from: 2015 },
    category: 'ecology',
    gloss_zh: '同时控制能源消费的总量和单位GDP能耗',
    explanation_zh:
      '2015年党的十八届五中全会提出实行能源消费总量和强度“双控”，指标分解到各地并作为约束性考核。因指标偏刚性，2021年起新增可再生能源和原料用能不再计入总量，并逐步转向“碳排放双控”。',
    explanation_en:
      'From 2015 China capped both total energy use and energy use per unit of GDP, splitting the targets among provinces as binding goals. As the caps proved rigid, new renewable energy and energy used as feedstock were exempted from 2021, and the system is being turned into control of carbon emissions.',
    english: { text: 'dual control of energy consumption', official: false },
    gloss_en: 'caps on both total energy use and energy use per unit of GDP',
    related: ['tan-pai-fang-shuang-kong', 'shuang-tan'],
    sources: [
      { url: 'http://m.krq515.cn/news/hot/7819.html', publisher: 'krq515.cn（能源政策文章转载）', note: 'reprint' },
      { url: 'http://yx822.com/tanzhonghe/2024/0110/103743.html', publisher: 'yx822.com（评论文章转载）', date: '2024-01-10', note: 'reprint' },
      { url: 'https://www.npbk.net/news/KrvP6AM3zj.html', publisher: '华声在线（转载页）', date: '2025-09-07', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'tan-pai-fang-shuang-kong',
    term: '碳排放双控',
    aliases: ['碳排放总量和强度双控', '碳双控'],
    scope: 'national',
    category: 'ecology',
    gloss_zh: '同时控制碳排放总量和单位GDP碳排放',
    explanation_zh:
      '能耗双控的接替制度：不再主要管用了多少能源，而是直接管排放了多少二氧化碳，使用清洁能源因此不受限制。党的二十大提出逐步转向碳排放总量和强度“双控”，2023年7月中央深改委审议通过相关意见。',
    explanation_en:
      'The successor to the energy-use caps: instead of counting how much energy is used, it caps the carbon dioxide emitted, so clean energy is no longer held back. The 20th Party Congress (2022) called for the switch, and the central reform commission adopted guidelines in July 2023.',
    english: { text: 'dual control of carbon emissions', official: false },
    gloss_en: 'caps on both total carbon emissions and emissions per unit of GDP',
    related: ['neng-hao-shuang-kong', 'shuang-tan'],
    sources: [
      { url: 'http://m.krq515.cn/news/hot/7819.html', publisher: 'krq515.cn（能源政策文章转载）', note: 'reprint' },
      { url: 'http://yx822.com/tanzhonghe/2024/0110/103743.html', publisher: 'yx822.com（评论文章转载）', date: '2024-01-10', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'san-zhong-yi-da',
    term: '三重一大',
    aliases: ['三重一大决策制度'],
    scope: 'national',
    period: { from: 1996 },
    category: 'discipline',
    gloss_zh: '重大决策、重要人事、重大项目、大额资金须集体讨论决定',
    explanation_zh:
      '要求党政机关和国有企业对重大事项决策、重要干部任免、重大项目安排和大额资金使用，一律由领导班子集体讨论决定，不能由一把手个人拍板。它最早见于1996年第十四届中央纪委第六次全会公报，是防止权力滥用的基本制度。',
    explanation_en:
      'Party and government bodies and state firms must decide major matters, key appointments, major projects and large sums of money collectively in the leadership group, never by the top official alone. The rule first appeared in the communiqué of the Central Commission for Discipline Inspection’s plenary session in 1996 and is a basic check on abuse of power.',
    english: { text: 'three majors and one large', official: false },
    gloss_en: 'big decisions, appointments, projects and sums must be decided collectively',
    items: [
      { zh: '重大事项决策', en: 'decisions on major matters' },
      { zh: '重要干部任免', en: 'appointment and removal of key officials' },
      { zh: '重大项目安排', en: 'major projects' },
      { zh: '大额资金使用', en: 'use of large sums of money' },
    ],
    related: ['liang-ge-ze-ren', 'quan-mian-cong-yan-zhi-dang'],
    sources: [
      { url: 'http://dachengge.com/?p=1072', publisher: 'dachengge.com（名词解释）' },
      { url: 'http://hunanlong.com/c/11141T2522021.html', publisher: 'hunanlong.com（名词解释）' },
      { url: 'http://scbeichen.com/index.php?c=show&id=3393', publisher: '北辰律师事务所（国企合规文章）' },
    ],
    status: 'verified',
  },
  {
    id: 'liang-ge-ze-ren',
    term: '两个责任',
    aliases: ['主体责任和监督责任', '党委主体责任和纪委监督责任'],
    scope: 'national',
    period: { from: 2013 },
    category: 'discipline',
    gloss_zh: '党风廉政建设中党委负主体责任、纪委负监督责任',
    explanation_zh:
      '党的十八届三中全会提出：落实党风廉政建设责任制，党委负主体责任，纪委负监督责任。反腐不只是纪委的事，党委书记是第一责任人；地方报道常说“压实两个责任”。',
    explanation_en:
      'Set out at the Third Plenum of the 18th Central Committee (2013): for clean government, the Party committee bears the main responsibility and the discipline commission the supervisory one. Fighting corruption is thus not left to the discipline inspectors alone, and the Party secretary is answerable first; local reports speak of “tightening the two responsibilities”.',
    english: { text: 'the two responsibilities', official: false },
    gloss_en: 'Party committees answer for clean government, discipline bodies supervise',
    items: [
      { zh: '党委主体责任', en: 'the Party committee’s main responsibility' },
      { zh: '纪委监督责任', en: 'the discipline commission’s supervisory responsibility' },
    ],
    related: ['yi-gang-shuang-ze', 'quan-mian-cong-yan-zhi-dang'],
    sources: [
      { url: 'https://kuaish.com/1990/14352.html', publisher: 'kuaish.com（期刊文章转载）', note: 'reprint' },
      { url: 'http://huikunshang.com/2016/0823/437783.shtml', publisher: 'huikunshang.com（期刊文章转载）', date: '2016-08-23', note: 'reprint' },
      { url: 'http://www.sxfj.gov.cn/yan_jiu_si_kao/10950533.shtml', publisher: '三湘风纪网（娄底市纪委调研）', date: '2016-10-18' },
    ],
    status: 'verified',
  },
  {
    id: 'yi-gang-shuang-ze',
    term: '一岗双责',
    aliases: [],
    scope: 'national',
    category: 'discipline',
    gloss_zh: '领导干部既管分管业务，也管分管领域的党风廉政',
    explanation_zh:
      '一个岗位、两份责任：领导干部既要抓好分管的业务工作，又要对分管领域的党风廉政建设负责，两者同部署、同检查、同考核。分管领域出了严重违纪问题，分管领导也要被问责。',
    explanation_en:
      'One post, two duties: a leading official runs the work in his or her portfolio and also answers for clean conduct in it, with both planned, checked and assessed together. If serious misconduct happens in the portfolio, the official in charge can be held to account too.',
    english: { text: 'one post, two responsibilities', official: false },
    gloss_en: 'an official answers for both the work and the integrity of his area',
    related: ['liang-ge-ze-ren'],
    sources: [
      { url: 'http://law.hanyi.net/tag_luoshidangfenglianzhengjiansheyigangshuangzezhideshishenme', publisher: 'law.hanyi.net（名词解释）' },
      { url: 'http://www.sxfj.gov.cn/yan_jiu_si_kao/10950533.shtml', publisher: '三湘风纪网（娄底市纪委调研）', date: '2016-10-18' },
    ],
    status: 'verified',
  },
  {
    id: 'shuang-sui-ji-yi-gong-kai',
    term: '双随机、一公开',
    aliases: ['双随机一公开', '双随机抽查'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '随机抽检查对象、随机派检查人员，结果向社会公开',
    explanation_zh:
      '市场监管等部门的日常检查方式：从企业名录中随机抽取被查对象，从执法人员名录中随机选派检查人员，抽查情况和结果及时公开。这样减少人情干扰和对守法企业的打扰，2019年市场监管总局发文在本系统全面推行。',
    explanation_en:
      'How market regulators and other agencies run routine inspections: the firms to be checked are drawn at random from a register, the inspectors are drawn at random from a roster, and the results are published. It keeps favours out of inspections and spares law-abiding firms; the market regulator made it standard across its system in 2019.',
    english: { text: 'two randoms and one disclosure', official: false },
    gloss_en: 'random firms, random inspectors, published results',
    related: ['fang-guan-fu', 'ying-shang-huan-jing'],
    sources: [
      { url: 'https://youjingdian.com/a/726632.html', publisher: 'youjingdian.com（问答）' },
      { url: 'https://www.yunbaogao.cn/rnz/cnck.html', publisher: '云报告（转载市场监管总局通知）', date: '2019-02-12', note: 'reprint' },
      { url: 'http://crsrw.com/falvjiangtang/152432.html', publisher: 'crsrw.com（法律讲堂）' },
    ],
    status: 'verified',
  },
  {
    id: 'mian-shen-ji-xiang',
    term: '免申即享',
    aliases: [],
    scope: 'national',
    category: 'governance',
    gloss_zh: '企业不用申请，符合条件就自动享受惠企政策',
    explanation_zh:
      '兑现惠企政策的方式：对奖补范围明确、审核标准清晰、数据齐全的政策，政府用已掌握的数据比对出符合条件的企业，直接兑现，企业无需申报。难以数据化的政策则实行“快申快享”，简化申请、限时兑现。',
    explanation_en:
      'A way of paying out business subsidies: where the rules and data are clear, the government matches qualifying firms from data it already holds and pays them without any application. Benefits that cannot yet be matched by data go through a fast-track application with a deadline instead.',
    english: { text: 'enjoy without applying', official: false },
    gloss_en: 'qualifying firms get a benefit automatically, without applying',
    related: ['zhi-da-kuai-xiang', 'ying-shang-huan-jing'],
    sources: [
      { url: 'http://sme-s.com/page303?article_id=11407&pagenum=2', publisher: 'sme-s.com（转载省级惠企政策直达快享方案）', date: '2024', note: 'reprint' },
      { url: 'https://www.sc.gov.cn/10462/zfwjts/2025/12/26/d11c7e10ca344fdbaaac036e20445202.shtml', publisher: '四川省人民政府办公厅', date: '2025-12-23' },
    ],
    status: 'verified',
  },
  {
    id: 'zhi-da-kuai-xiang',
    term: '直达快享',
    aliases: ['惠企政策直达快享'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '惠企政策直接送达企业、快速兑现',
    explanation_zh:
      '各地政务服务部门牵头的工作：把惠企政策集中到一个平台，按企业画像主动推送，并通过“免申即享”“快申快享”让补贴和减免尽快到账，避免政策“看得见、拿不到”。',
    explanation_en:
      'Work led by local government-service offices: business-support policies are gathered on one platform, pushed to the firms they fit, and paid quickly through automatic or fast-track payment, so that firms do not see a benefit they can never get.',
    english: { text: 'direct delivery and quick enjoyment of business-support policies', official: false },
    gloss_en: 'business-support policies pushed to firms and paid out fast',
    related: ['mian-shen-ji-xiang'],
    sources: [
      { url: 'https://www.sc.gov.cn/10462/zfwjts/2025/12/26/d11c7e10ca344fdbaaac036e20445202.shtml', publisher: '四川省人民政府办公厅', date: '2025-12-23' },
      { url: 'http://sme-s.com/page303?article_id=11407&pagenum=2', publisher: 'sme-s.com（转载省级惠企政策直达快享方案）', date: '2024', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'fang-fan-pin-jian-ce',
    term: '防止返贫动态监测',
    aliases: ['防止返贫动态监测和帮扶', '防止返贫监测', '防返贫监测', '防返贫动态监测', '防止返贫监测和帮扶'],
    scope: 'national',
    period: { from: 2020 },
    category: 'rural',
    gloss_zh: '持续跟踪易返贫致贫的农户，发现风险及时帮扶',
    explanation_zh:
      '脱贫攻坚结束后的兜底机制：2020年3月建立、2021年中央农村工作领导小组发文健全，对脱贫不稳定户、边缘易致贫户和突发严重困难户三类对象定期排查收入、支出和“两不愁三保障”情况，发现风险就落实产业、就业、低保等帮扶。',
    explanation_en:
      'The safety net after the end of the poverty campaign, set up in March 2020 and strengthened by the central rural work group in 2021: three kinds of households (those barely out of poverty, those on the edge of it, and those hit by sudden hardship) are checked regularly for income, spending and basic needs, and any at risk get help with jobs, farming, or welfare payments.',
    english: { text: 'dynamic monitoring to prevent a return to poverty', official: false },
    gloss_en: 'watching households at risk of falling back into poverty and helping them',
    related: ['liang-bu-chou-san-bao-zhang', 'bu-fa-sheng-gui-mo-xing-fan-pin', 'you-xiao-xian-jie'],
    sources: [
      { url: 'http://m.haohg.cn/zdlyxxgk/shgysyjs/xczxxxgk/zcwj/content/post_4634426.html', publisher: '中央农村工作领导小组文件（转载页）', date: '2021', note: 'reprint' },
      { url: 'http://xijiangtv.com/subjects/wdzlwdzx/gzlfz/2022-06-29/102005.html', publisher: '西江网（地方报道）', date: '2022-06-29' },
      { url: 'http://springy.cn/fanwendaquan/qitafanwen/296785.html', publisher: 'springy.cn（转载乡镇工作方案）', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'liang-bu-chou-san-bao-zhang',
    term: '两不愁三保障',
    aliases: ['两不愁、三保障'],
    scope: 'national',
    category: 'rural',
    gloss_zh: '不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障',
    explanation_zh:
      '脱贫攻坚的基本标准和核心指标：到2020年稳定实现农村贫困人口不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障，饮水安全也要保障。脱贫以后，它仍是防返贫监测排查的主要内容。',
    explanation_en:
      'The basic yardstick of the poverty campaign: by 2020 the rural poor were to have enough food and clothing for sure, plus guaranteed schooling, basic medical care and safe housing (and safe drinking water). After the campaign it remains what relapse monitoring checks first.',
    english: { text: 'two assurances and three guarantees', official: true },
    gloss_en: 'enough food and clothes, plus schooling, medical care and safe housing',
    items: [
      { zh: '不愁吃', en: 'enough to eat' },
      { zh: '不愁穿', en: 'enough to wear' },
      { zh: '义务教育有保障', en: 'compulsory education guaranteed' },
      { zh: '基本医疗有保障', en: 'basic medical care guaranteed' },
      { zh: '住房安全有保障', en: 'safe housing guaranteed' },
    ],
    related: ['fang-fan-pin-jian-ce', 'jing-zhun-fu-pin'],
    sources: [
      { url: 'http://keywords.china.org.cn/2021-01/11/content_77102424.html', publisher: '中国网（中国关键词）', date: '2021-01-11' },
      { url: 'http://www.heng-bang.com/shcs/370838.html', publisher: 'heng-bang.com（名词解释）' },
    ],
    status: 'verified',
  },
  {
    id: 'bu-fa-sheng-gui-mo-xing-fan-pin',
    term: '不发生规模性返贫',
    aliases: ['守住不发生规模性返贫底线', '不发生规模性返贫致贫', '规模性返贫'],
    scope: 'national',
    period: { from: 2021 },
    category: 'rural',
    gloss_zh: '底线要求：不能出现成批的人重新陷入贫困',
    explanation_zh:
      '脱贫攻坚结束后农村工作的底线任务，常说“坚决守住不发生规模性返贫底线”：个别家庭遇到困难可以通过监测帮扶解决，但不能出现一片人成批返贫。各地以防止返贫动态监测和帮扶来落实。',
    explanation_en:
      'The bottom line of rural work since the end of the poverty campaign, usually phrased as “firmly hold the line against large-scale relapse into poverty”: single families in trouble are helped through monitoring, but whole groups must never slide back. Local governments meet it through relapse monitoring and aid.',
    english: { text: 'no large-scale return to poverty', official: false },
    gloss_en: 'the line that no large group may fall back into poverty',
    related: ['fang-fan-pin-jian-ce', 'you-xiao-xian-jie'],
    sources: [
      { url: 'http://springy.cn/fanwendaquan/qitafanwen/296785.html', publisher: 'springy.cn（转载乡镇工作方案）', note: 'reprint' },
      { url: 'http://m.haohg.cn/zdlyxxgk/shgysyjs/xczxxxgk/zcwj/content/post_4634426.html', publisher: '中央农村工作领导小组文件（转载页）', date: '2021', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'san-qu-san-xian',
    term: '三区三线',
    aliases: [],
    scope: 'national',
    category: 'planning',
    gloss_zh: '城镇、农业、生态三类空间及其三条控制线',
    explanation_zh:
      '国土空间规划的核心：把国土分成城镇空间、农业空间和生态空间，并分别划定城镇开发边界、永久基本农田和生态保护红线三条控制线。建设项目选址、用地审批都不能越线。',
    explanation_en:
      'The core of land-use planning: the country is divided into urban, farming and ecological space, with three control lines (the urban development boundary, permanent basic farmland and the ecological red line). Building projects and land approvals may not cross them.',
    english: { text: 'three zones and three lines', official: false },
    gloss_en: 'urban, farm and ecological zones with their three control lines',
    items: [
      { zh: '城镇空间', en: 'urban space' },
      { zh: '农业空间', en: 'agricultural space' },
      { zh: '生态空间', en: 'ecological space' },
      { zh: '城镇开发边界', en: 'urban development boundary' },
      { zh: '永久基本农田', en: 'permanent basic farmland' },
      { zh: '生态保护红线', en: 'ecological protection red line' },
    ],
    related: ['yong-jiu-ji-ben-nong-tian', 'san-xian-yi-dan'],
    sources: [
      { url: 'http://39.103.169.235/p/71c012ba904e', publisher: '简书（转载页）', note: 'reprint' },
      { url: 'http://www.tongxin.yktchina.com/shichang/2023/0213/2323.html', publisher: 'yktchina.com（名词解释）', date: '2023-02-13' },
      { url: 'https://www.023hushi.com/kcb/hzzkcb/83507.html', publisher: '023hushi.com（名词解释）' },
    ],
    status: 'verified',
  },
  {
    id: 'shan-shui-lin-tian-hu-cao-sha',
    term: '山水林田湖草沙',
    aliases: ['山水林田湖草', '山水林田湖'],
    scope: 'national',
    period: { from: 2013 },
    category: 'ecology',
    gloss_zh: '把山、水、林、田、湖、草、沙当作一个生命共同体统一治理',
    explanation_zh:
      '习近平2013年提出“山水林田湖是一个生命共同体”，2017年加入“草”，2021年全国两会上又加一个“沙”字。意思是生态保护修复不能“头痛医头、脚痛医脚”，要统筹各种要素系统治理。',
    explanation_en:
      'Xi Jinping said in 2013 that mountains, waters, forests, farmland and lakes form “a community of life”; grassland was added in 2017 and sand (deserts) in 2021. The point is that ecological repair must treat all these elements together instead of fixing one symptom at a time.',
    english: { text: 'mountains, rivers, forests, farmland, lakes, grasslands and deserts', official: false },
    gloss_en: 'treat mountains, water, forest, farmland, lakes, grass and sand as one system',
    related: ['liang-shan', 'sheng-tai-wen-ming'],
    sources: [
      { url: 'https://scholarmate.com/S/lUo2Xe', publisher: '环境经济（期刊摘要）', date: '2020' },
      { url: 'https://jswmb.cn/article/9025/47944.html', publisher: 'jswmb.cn（评论转载）', note: 'reprint' },
      { url: 'http://stbctb.cnjournals.com/html/2024/4/20240444.htm', publisher: '水土保持通报', date: '2024' },
    ],
    status: 'verified',
  },
  {
    id: 'fei-nong-hua-fei-liang-hua',
    term: '非农化非粮化',
    aliases: ['非农化、非粮化', '耕地非农化', '耕地非粮化', '非粮化'],
    quotedOnly: ['非农化'],
    scope: 'national',
    period: { from: 2020 },
    category: 'rural',
    gloss_zh: '耕地被改作建设用地（非农化）或不再种粮（非粮化）',
    explanation_zh:
      '耕地保护要防的两种情况：“非农化”是把耕地占去盖房、建厂等非农业建设，“非粮化”是耕地改种苗木、果树等非粮作物或挖塘养鱼。2020年国务院办公厅先后发文坚决制止耕地“非农化”、防止耕地“非粮化”。',
    explanation_en:
      'Two things farmland protection guards against: land taken for houses, factories and other building (非农化), and farmland switched from grain to nursery trees, orchards or fish ponds (非粮化). In 2020 the State Council General Office issued one notice against each.',
    english: { text: 'non-agricultural and non-grain use of farmland', official: false },
    gloss_en: 'farmland lost to building, or no longer growing grain',
    related: ['geng-di-bao-hu', 'liang-shi-an-quan', 'yong-jiu-ji-ben-nong-tian'],
    sources: [
      { url: 'http://zgkjsz.com/page/2022/1118/11149702.shtml', publisher: 'zgkjsz.com（期刊文章转载）', note: 'reprint' },
      { url: 'http://www.victorzhang.cn/page/2022/0905/18942452.shtml', publisher: 'victorzhang.cn（期刊文章转载）', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'kua-sheng-tong-ban',
    term: '跨省通办',
    aliases: ['政务服务跨省通办'],
    scope: 'national',
    period: { from: 2020 },
    category: 'governance',
    gloss_zh: '在外省也能就近办理户籍地等外地的政务事项',
    explanation_zh:
      '2020年9月国务院办公厅发文推进：企业和群众办理异地事项，不必回户籍地或注册地，可在所在地窗口或网上办理，方式有全程网办、异地代收代办和多地联办三种。',
    explanation_en:
      'Pushed by a State Council General Office opinion of September 2020: people and firms can handle matters belonging to another province where they are, at a local window or online, instead of travelling back to where they are registered; it works by fully online handling, local windows forwarding the case, or several places handling it jointly.',
    english: { text: 'inter-provincial handling of government services', official: false },
    gloss_en: 'handling another province’s paperwork where you are',
    related: ['yi-wang-tong-ban', 'gao-xiao-ban-cheng-yi-jian-shi'],
    sources: [
      { url: 'https://fx361.cc/page/2023/1211/22747597.shtml', publisher: '行政与法（期刊文章转载）', date: '2023', note: 'reprint' },
      { url: 'http://www.pishu.com.cn/skwx_ps/ps/literature?SiteID=14&ID=14076119', publisher: '皮书数据库（摘要）' },
    ],
    status: 'verified',
  },
  {
    id: 'yi-wang-tong-ban',
    term: '一网通办',
    aliases: ['政务服务一网通办'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '政务服务在一个网上平台统一办理',
    explanation_zh:
      '把各部门分散的办事系统接入一个政务服务平台，统一身份认证、数据共享，群众和企业一次登录就能网上查询、办理、评价各类事项，“让数据多跑路、群众少跑腿”。上海较早以此为品牌，后成为全国数字政府建设的通用说法。',
    explanation_en:
      'Departments’ separate service systems are joined into one online platform with one login and shared data, so that people and firms can look up, file and rate matters in one place: “let data travel, not people”. Shanghai used it early as a brand; it is now the general term of digital-government reform.',
    english: { text: 'one-network handling of government services', official: false },
    gloss_en: 'all government services handled on one online platform',
    related: ['kua-sheng-tong-ban', 'gao-xiao-ban-cheng-yi-jian-shi', 'zui-duo-pao-yi-ci'],
    sources: [
      { url: 'https://www.rmlt.com.cn/2025/1016/741106.shtml', publisher: '人民论坛网', date: '2025-10-16' },
      { url: 'https://www.2sbiao.cn/cms/36905.html', publisher: '2sbiao.cn（评论文章）' },
    ],
    status: 'verified',
  },
  {
    id: 'shou-wei-bu-fa',
    term: '首违不罚',
    aliases: [],
    scope: 'national',
    period: { from: 2021 },
    category: 'rule-of-law',
    gloss_zh: '初次违法、危害轻微并及时改正的，可以不罚款',
    explanation_zh:
      '2021年修订的《行政处罚法》第三十三条规定：初次违法且危害后果轻微并及时改正的，可以不予行政处罚。各地和市场监管、税务等部门据此列出“首违不罚”清单，先教育、约谈，拒不改正再处罚。',
    explanation_en:
      'Article 33 of the Administrative Penalty Law as revised in 2021 says a first offence with slight harm that is promptly corrected may go unpunished. Local governments and agencies such as market regulators and tax offices list such cases, and warn or counsel first, punishing only those who refuse to correct.',
    english: { text: 'no penalty for a first offence', official: false },
    gloss_en: 'no fine for a first, minor, promptly corrected violation',
    related: ['mian-fa-qing-dan', 'ying-shang-huan-jing'],
    sources: [
      { url: 'https://cashclub8.com/newspage/廣州出臺《民營企業首次違法合規免責清單》，為民企減負，促進發展_18417.html', publisher: 'cashclub8.com（转载广州报道）', note: 'reprint' },
      { url: 'https://m.zixin.com.cn/doc/2741108.html', publisher: '西安石油大学学报（论文转载）', note: 'reprint' },
      { url: 'https://chujupifa.com/read/-dy-article-JQUJBU2S055267N6.html', publisher: '华智公考（转载）', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'mian-fa-qing-dan',
    term: '免罚清单',
    aliases: ['轻微违法免罚清单', '不予处罚清单'],
    scope: 'national',
    category: 'rule-of-law',
    gloss_zh: '列明哪些轻微违法可以不予处罚的执法清单',
    explanation_zh:
      '执法部门公布的清单，列出哪些情形属于违法轻微、初次违法等可以不罚或免罚，以规范自由裁量、体现包容审慎监管。株洲生态环境局“环保10条”也有对首次非重大环境违法的免罚清单。',
    explanation_en:
      'A published list in which an enforcement agency says which minor or first-time violations it will not punish, to keep its discretion in check and give firms leeway. Zhuzhou’s environment bureau, for one, lists first, non-serious environmental violations it will not fine.',
    english: { text: 'list of penalty exemptions', official: false },
    gloss_en: 'an agency’s list of minor violations it will not punish',
    related: ['shou-wei-bu-fa'],
    sources: [
      { url: 'https://fx361.cc/page/2023/0429/24605225.shtml', publisher: '学习论坛（期刊文章转载）', date: '2023', note: 'reprint' },
      { url: 'https://lusongquzhuangbeizhizaochanyeyuanqu.010b.com/info', publisher: '010b招商网（株洲生态环境局“环保10条”报道）' },
    ],
    status: 'verified',
  },
];
