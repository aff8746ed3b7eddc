import type { GlossaryEntry } from '../types';

/**
 * The long tail of national policy jargon in local news: ecology controls, government-service and
 * regulatory reforms, Party discipline formulas, poverty-relapse monitoring, small-business finance,
 * housing, industry, technology and livelihood programmes. Each term was met in 2019–2026 pages read
 * for this file (none of them a page the real-news bench measures) and was missing from the glossary;
 * meanings come from the pages cited under each entry, wording is ours.
 *
 * Local and national news pages read to find the terms, besides the sources cited under the entries:
 *   http://e-gov.org.cn/article-178722.html (株洲日报 2021, 放管服 and 五好园区)
 *   https://scholarmate.com/S/O8hHi4 (株洲, 营商环境 and the private economy)
 *   http://tp.hkcd.com/content_p/2022-03/25/content_131900.html (湘潭, 营商环境)
 *   http://shahuhu.net/c15161/20211119/i1795530.html (株洲 十四五 信息化规划, mirror)
 *   http://jzmfx.com/huaihua/c135241/202304/e2610237152548d1a17d78a4f72d9cbb.shtml (怀化 2023 measures, mirror)
 *   https://www.zgxcfx.com/sannonglunjian/121234.html (湖南 乡村振兴 report)
 *   http://www.rockyplay.com/news/gongsidongtai/4605.html (湖南乡村振兴报告 2025, abstract)
 *   https://hkgstv.com/cms/xiangcunzhenxing/5174.html (湖南 乡村振兴 model villages)
 *   https://www.rmlt.com.cn/2025/1119/742953.shtml (湘江新区 grassroots governance)
 *   http://zhuzhou.021cf.cn/index.php/post/57.html (株洲 2024 investment signing, reprint)
 *   http://gxt.hunan.gov.cn/gxt/xxgk_71033/gzdt/dfgz/202205/t20220524_24628571.html (株洲 3+3+2 推介会)
 *   https://zz.rednet.cn/m/content/2021/07/30/9720637.html (株洲 projects signed in Shenzhen)
 *   http://m.yktchina.com/zx/2023/0704/80664.html (清水塘 investment fair, reprint)
 *   http://m.fyjddog.com/news/xhn/202509/30410542.html (株洲日报 2025, 民生 projects, reprint)
 *   https://ppfocus.com/0/tra960dfd.html (华声在线 2020, 株洲 文明城市, reprint)
 *   http://m.enchipsemi.cn/news/mt/300711.html (株洲 community reports, reprint)
 *   https://wap.hlunet.cn/nograb/646046/68/15715323.html (湖南 2026 government work report, reprint)
 *   http://district.ce.cn/newarea/roll/202501/27/t20250127_39279538_1.shtml (湖南 2025 government work report)
 *   https://wap.clnews.cn/content/2013/08/02/6564009.html (茶陵, 株洲日报 2013)
 *   http://sthjj.zhuzhou.gov.cn/c7658/20231122/i2130430.html (茶陵 生态文明 award)
 *   https://www.seridoat.com/article/hu-nan-sheng-wei-jia-qiang-she-hui-zhi-li-de-yi-jian.html
 *   https://staging.reportify.cn/tags/concept?tagValue=IP%E7%BB%8F%E6%B5%8E%E4%B8%8E%E6%96%87%E5%8C%96%E6%B6%88%E8%B4%B9%E8%9E%8D%E5%90%88 (经济观察报 2025)
 *   https://chinajob.mohrss.gov.cn/c/2025-09-28/452790.shtml, https://www.0391fc.com/news/djtj/minsheng/39241.html (零工市场 reports)
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
      { url: 'https://www.npbk.net/news/KrvP6AM3zj.html', publisher: 'npbk.net（转载华声在线）', date: '2025-09-07', note: 'reprint' },
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
      '把各部门分散的办事系统接入一个政务服务平台，统一身份认证、数据共享，群众和企业一次登录就能网上查询、办理、评价各类事项，“让数据多跑路、群众少跑腿”。上海的“一网通办”是常被引用的例子，如今它是全国数字政府建设的通用说法。',
    explanation_en:
      'Departments’ separate service systems are joined into one online platform with one login and shared data, so that people and firms can look up, file and rate matters in one place: “let data travel, not people”. Shanghai’s platform is the usual example, and the phrase is now the general term of digital-government reform.',
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
  {
    id: 'hao-fang-zi',
    term: '好房子',
    aliases: [],
    quotedOnly: ['好房子'],
    // 好房子: bare 好房子 is any "good house".
    strictlyQuoted: ['好房子'],
    scope: 'national',
    period: { from: 2023 },
    category: 'livelihood',
    gloss_zh: '安全、舒适、绿色、智慧的高品质住房',
    explanation_zh:
      '住房城乡建设部部长倪虹2023年提出，住房要从“有没有”转向“好不好”；2025年写入政府工作报告：建设安全、舒适、绿色、智慧的“好房子”。具体做法包括提高住宅层高标准、解决隔音和渗漏等问题、推广全屋智能，保障性住房要先建成“好房子”。',
    explanation_en:
      'Raised in 2023 by housing minister Ni Hong, who said housing must move from “having one” to “having a good one”, and written into the 2025 government work report as safe, comfortable, green and smart homes. It means higher ceilings in the housing code, fixes for noise and leaks, smart home systems, and social housing built to the standard first.',
    english: { text: 'good homes', official: false },
    gloss_en: 'safe, comfortable, green and smart homes: the housing quality goal',
    related: ['cheng-shi-geng-xin', 'lao-jiu-xiao-qu-gai-zao'],
    sources: [
      { url: 'http://alighting.cn/news/20250310/176948.htm', publisher: '阿拉丁照明网（转载全国两会记者会报道）', date: '2025-03-10', note: 'reprint' },
      { url: 'http://meinengkg.com/20616-641667.shtml', publisher: 'meinengkg.com（转载两会报道）', date: '2025', note: 'reprint' },
      { url: 'http://www.w9nmc.cn/html/yj/20241017/141007.html', publisher: 'w9nmc.cn（转载国新办发布会报道）', date: '2024-10-17', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'fang-piao',
    term: '房票',
    aliases: ['房票安置'],
    quotedOnly: ['房票'],
    scope: 'national',
    category: 'livelihood',
    gloss_zh: '征收拆迁时发给居民、用来抵扣购房款的凭证',
    explanation_zh:
      '征收补偿的一种方式：政府不直接建安置房，而是按补偿金额给被征收人开具“房票”，居民持票在指定范围内自选商品房，票面金额抵扣房款。棚户区改造中已有采用，近年多地还用它消化商品房库存、推动住房“以旧换新”。',
    explanation_en:
      'A form of compensation when homes are expropriated: instead of building resettlement flats, the government issues a voucher worth the compensation, and the household uses it to buy a commercial flat of its choice. It was used in shantytown renovation and has lately also served to sell unsold housing and to trade old homes for new.',
    english: { text: 'housing voucher (for resettlement)', official: false },
    gloss_en: 'a voucher given to relocated households to buy a flat',
    related: ['peng-hu-qu-gai-zao', 'cheng-zhong-cun-gai-zao', 'yi-jiu-huan-xin'],
    sources: [
      { url: 'https://fx361.cc/page/2018/0319/13750724.shtml', publisher: '安庆市住建委（期刊文章转载）', date: '2018', note: 'reprint' },
      { url: 'https://new.qq.com/rain/a/20240815A0711B00', publisher: '腾讯新闻（成都房票报道）', date: '2024-08-15' },
    ],
    status: 'verified',
  },
  {
    id: 'bao-jiao-lou',
    term: '保交楼',
    aliases: ['保交楼、稳民生'],
    scope: 'national',
    period: { from: 2022 },
    category: 'livelihood',
    gloss_zh: '确保已售期房按时建成交付给购房人',
    explanation_zh:
      '房企资金链断裂、预售楼盘停工后提出的任务：地方政府设立纾困资金、监管预售款，推动停工项目复工，把房子交到已付款的购房人手里。中央政治局会议提出后，各地把它作为重点工作，常与“稳民生”连用。',
    explanation_en:
      'The task set after developers ran out of money and pre-sold projects stalled: local governments set up rescue funds, lock pre-sale money in supervised accounts and restart sites so that buyers who have paid get their flats. Once the Politburo raised it, it became a priority everywhere, often paired with “stabilising livelihoods”.',
    english: { text: 'guarantee the delivery of homes', official: false },
    gloss_en: 'make sure pre-sold flats are finished and handed over',
    related: ['fang-zhu-bu-chao', 'fang-fan-hua-jie-zhong-da-feng-xian'],
    sources: [
      { url: 'http://m.1.net.cn/t63796.html', publisher: '1.net.cn（房地产报道）' },
    ],
    status: 'partial',
    missing: 'the date of the Politburo meeting that first named it is not in the cited page',
    missing_zh: '首次提出它的政治局会议日期，所引页面没有写明。',
  },
  {
    id: 'deng-ling-qi-ye',
    term: '瞪羚企业',
    aliases: [],
    scope: 'national',
    category: 'industry',
    gloss_zh: '过了创业期后高速成长的创新型企业',
    explanation_zh:
      '借用硅谷的说法：个头不大、跑得快、跳得高的企业，即跨过创业初期后以超常速度成长、创新能力强的企业，被视为独角兽企业的“预备队”。2025年政府工作报告提出支持独角兽企业、瞪羚企业发展。',
    explanation_en:
      'A Silicon Valley image for small firms that run fast and jump high: companies past the start-up stage that grow unusually quickly and innovate strongly, seen as the reserve from which unicorns come. The 2025 government work report promised support for unicorn and gazelle firms.',
    english: { text: 'gazelle company', official: false },
    gloss_en: 'a fast-growing innovative firm past the start-up stage',
    related: ['du-jiao-shou-qi-ye', 'zhuan-jing-te-xin', 'gao-xin-ji-shu-qi-ye'],
    sources: [
      { url: 'https://www.takungpao.com/news/232108/2025/0311/1067254.html', publisher: '大公网', date: '2025-03-11' },
      { url: 'http://crsrw.com/qiyezixunchaxun/22145.html', publisher: 'crsrw.com（问答）' },
    ],
    status: 'verified',
  },
  {
    id: 'du-jiao-shou-qi-ye',
    term: '独角兽企业',
    aliases: [],
    scope: 'national',
    category: 'industry',
    gloss_zh: '估值超过10亿美元的未上市创业企业',
    explanation_zh:
      '创业投资界的说法，指成立时间不长、估值超过10亿美元而尚未上市的创业企业；瞪羚企业被看作它的“预备队”。2025年政府工作报告提出支持独角兽企业、瞪羚企业发展，地方也常以培育独角兽为目标。',
    explanation_en:
      'A venture-capital term for a young, unlisted start-up valued at over one billion US dollars; gazelle firms are seen as the pool it grows from. The 2025 government work report promised support for unicorns and gazelles, and local governments often aim to breed them.',
    english: { text: 'unicorn company', official: false },
    gloss_en: 'an unlisted start-up valued at over a billion US dollars',
    related: ['deng-ling-qi-ye', 'zhuan-jing-te-xin'],
    sources: [
      { url: 'https://www.takungpao.com/news/232108/2025/0311/1067254.html', publisher: '大公网', date: '2025-03-11' },
      { url: 'http://crsrw.com/qiyezixunchaxun/22145.html', publisher: 'crsrw.com（问答）' },
    ],
    status: 'partial',
    missing: 'the one-billion-dollar threshold is the usual venture-capital definition; the cited pages mention unicorns without stating it',
    missing_zh: '估值10亿美元的门槛是创投界通行定义，所引页面提到独角兽企业但没有写明这一标准。',
  },
  {
    id: 'gong-ye-shang-lou',
    term: '工业上楼',
    aliases: [],
    scope: 'national',
    category: 'industry',
    gloss_zh: '把生产线搬进多层、高层厂房，节约工业用地',
    explanation_zh:
      '土地紧缺的城市把轻型、低污染的制造环节放进多层或高层厂房，“上下楼就是上下游”。它源于香港、新加坡，深圳2022年提出“工业上楼”厂房建设计划，随后苏州、杭州、合肥等多地跟进。',
    explanation_en:
      'Where land is short, light and clean manufacturing moves into multi-storey or high-rise factory buildings, so that “upstairs and downstairs are upstream and downstream”. The idea came from Hong Kong and Singapore; Shenzhen launched a programme in 2022 and Suzhou, Hangzhou, Hefei and others followed.',
    english: { text: 'industry moving upstairs (high-rise factories)', official: false },
    gloss_en: 'factories stacked in multi-storey buildings to save land',
    related: ['biao-zhun-chang-fang', 'mu-jun-xiao-yi'],
    sources: [
      { url: 'http://www.nssti.org.cn/zszq/info_itemid_3118.html', publisher: '南山科技事务所（深圳）', date: '2023' },
      { url: 'https://414w.com/read/397385.html', publisher: '414w.com（行业文章）' },
      { url: 'http://www.mingyi021.com/photo/2023-02/22/c_1129387871.htm', publisher: '新华社图片（转载页）', date: '2023-02-22', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'biao-zhun-di',
    term: '标准地',
    aliases: ['标准地出让', '工业用地标准地'],
    quotedOnly: ['标准地'],
    // 标准地: also the adverb "in the standard way" (标准地完成).
    strictlyQuoted: ['标准地'],
    scope: 'national',
    category: 'investment',
    gloss_zh: '先定好投资、产出、能耗等标准再出让的工业用地',
    explanation_zh:
      '工业用地出让改革：政府事先做好区域评估，为地块定好投资强度、亩均税收、能耗、环保等控制指标，企业拿地时承诺达标，之后按承诺监管，即“事先作评估、事前定标准、事中作承诺、事后强监管”。企业拿地后审批大为简化。',
    explanation_en:
      'A reform of industrial land sales: the government assesses an area in advance and fixes each plot’s required investment, tax per mu, energy use and environmental limits; the buyer pledges to meet them and is checked against the pledge later. Approvals after the sale become much simpler.',
    english: { text: 'standard land (industrial plots sold with preset criteria)', official: false },
    gloss_en: 'industrial land sold with investment and output standards set in advance',
    related: ['mu-jun-xiao-yi', 'mu-jun-shui-shou', 'gu-ding-zi-chan-tou-zi-qiang-du'],
    sources: [
      { url: 'http://qsjy4131.com/policy/info/1518', publisher: '鄂尔多斯市人民政府办公室文件（转载页）', date: '2022-10-08', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'zhi-gai-shu-zhuan',
    term: '智改数转网联',
    aliases: ['智改数转', '智能化改造数字化转型网络化联接', '智能化改造、数字化转型和网络化联接'],
    scope: 'national',
    category: 'industry',
    gloss_zh: '制造业智能化改造、数字化转型、网络化联接',
    explanation_zh:
      '推动制造企业用智能装备改造生产线、用数字技术改造研发管理、用工业互联网把企业和产业链连起来。江苏等地先推行“智改数转”，2023年底工信部等八部门在加快传统制造业转型升级的意见中要求大力推进企业“智改数转网联”。',
    explanation_en:
      'Getting manufacturers to refit lines with smart equipment, digitise design and management, and connect firms and supply chains over the industrial internet. Jiangsu and other provinces used the shorter form first; at the end of 2023 eight ministries led by the industry ministry called for it nationwide in their guideline on upgrading traditional manufacturing.',
    english: { text: 'smart upgrading, digital transformation and network connection', official: false },
    gloss_en: 'making factories smart, digital and networked',
    related: ['xin-xing-gong-ye-hua', 'xin-xing-ji-shu-gai-zao-shi-dian', 'shu-zi-jing-ji'],
    sources: [
      { url: 'http://skio.cc/news/3127', publisher: 'skio.cc（转载工信部等八部门意见报道）', date: '2023-12-28', note: 'reprint' },
      { url: 'http://203.86.80.142/mobile/_470527/_1577340/_1577444/7376882/index.html', publisher: '工信部发布会报道（转载页）', note: 'reprint' },
      { url: 'https://www.yancheng.gov.cn/art/2025/3/21/art_45548_10999.html', publisher: '盐城市人民政府办公室', date: '2025-02-22' },
    ],
    status: 'verified',
  },
  {
    id: 'wen-gang-fan-huan',
    term: '稳岗返还',
    aliases: ['失业保险稳岗返还'],
    scope: 'national',
    category: 'livelihood',
    gloss_zh: '不裁员或少裁员的企业可拿回部分失业保险费',
    explanation_zh:
      '失业保险基金对稳定岗位企业的补贴：上年度未裁员或裁员率不高于全国城镇调查失业率控制目标的参保企业，可按上年实缴失业保险费的一定比例返还，通常大型企业30%、中小微企业60%，2022年曾阶段性提高到50%和最高90%。',
    explanation_en:
      'A payment from the unemployment insurance fund to firms that keep jobs: an insured firm that laid off nobody last year, or no more than the national unemployment target rate, gets back part of the premiums it paid, usually 30% for large firms and 60% for small ones (temporarily raised to 50% and up to 90% in 2022).',
    english: { text: 'job-retention refund of unemployment insurance', official: false },
    gloss_en: 'unemployment premiums refunded to firms that keep their staff',
    related: ['si-wen', 'liu-wen'],
    sources: [
      { url: 'http://www.xiaoyi.gov.cn/xxgk/fdzdgknr/rdzcjc/wgjy_67119/202207/t20220711_1671091.shtml', publisher: '孝义市人民政府', date: '2022-07-11' },
      { url: 'http://www.smx.gov.cn/7804/2025/12/2184124.html', publisher: '三门峡市人社局', date: '2025-12-15' },
      { url: 'https://www.haicang.gov.cn/hdjl/cjwt/bmfl/czj/46670/202311/t20231123_1026236.htm', publisher: '厦门市海沧区人民政府', date: '2023-11-23' },
    ],
    status: 'verified',
  },
  {
    id: 'wu-huan-ben-xu-dai',
    term: '无还本续贷',
    aliases: [],
    scope: 'national',
    category: 'economy',
    gloss_zh: '贷款到期不必先还本金，银行直接续贷',
    explanation_zh:
      '针对小微企业“先还后贷”要筹过桥资金的难处：贷款到期仍有融资需求、经营正常的企业，银行可不要求先归还本金，直接办理续贷。据报道，2025年金融监管总局等部门把适用范围扩大到所有小微企业，并阶段性扩大到中型企业。',
    explanation_en:
      'Meant to spare small firms the costly bridge loans they needed to repay a loan before getting a new one: a sound firm that still needs credit when its loan falls due can have it renewed without first repaying the principal. Reports say regulators extended this in 2025 to all small and micro firms and, for a period, to medium-sized ones.',
    english: { text: 'loan renewal without repayment of principal', official: false },
    gloss_en: 'renewing a business loan without first repaying the principal',
    related: ['wu-pian-da-wen-zhang'],
    sources: [
      { url: 'http://www.andaike.cn/industry/151.html', publisher: 'andaike.cn（行业文章）', date: '2025' },
      { url: 'https://yanxiaoye.cn/post/%E7%A0%B4%E8%A7%A3%E4%BC%81%E4%B8%9A%E8%9E%8D%E8%B5%84%E9%9A%BE%E9%A2%98%EF%BC%8C%E6%97%A0%E8%BF%98%E6%9C%AC%E7%BB%AD%E8%B4%B7%E4%B8%8E%E5%BE%AA%E7%8E%AF%E8%B4%B7%E6%AC%BE%E7%9A%84%E5%8F%8C%E8%BD%AE%E9%A9%B1%E5%8A%A8.html', publisher: 'yanxiaoye.cn（评论文章）' },
    ],
    status: 'partial',
    missing: 'the 2025 extension is known only from a trade website, not from the regulators’ own notice',
    missing_zh: '2025年扩大适用范围一事只见于行业网站，没有查到监管部门原文。',
  },
  {
    id: 'yi-ke-zhong-bian-min-sheng-huo-quan',
    term: '一刻钟便民生活圈',
    aliases: ['城市一刻钟便民生活圈', '便民生活圈'],
    scope: 'national',
    period: { from: 2021 },
    category: 'livelihood',
    gloss_zh: '居民步行15分钟内能满足日常购物和服务需求的社区商圈',
    explanation_zh:
      '商务部2021年起推动的试点：以社区居民为对象、服务半径步行15分钟左右，在“家门口”配齐超市、菜场、餐饮、家政、快递、维修，在“家周边”发展文化、健身、康养等。截至2025年底试点地区已建成8132个，目标到2030年建成1万个。',
    explanation_en:
      'A Ministry of Commerce pilot since 2021: within about a fifteen-minute walk of home, residents should find groceries, food, housekeeping, parcel and repair services at the door and culture, fitness and care nearby. Pilot areas had built 8,132 such circles by the end of 2025, with 10,000 planned by 2030.',
    english: { text: '15-minute convenient living circle', official: false },
    gloss_en: 'daily shops and services within a fifteen-minute walk',
    related: ['wan-zheng-she-qu', 'yi-lao-yi-xiao'],
    sources: [
      { url: 'https://www.imsilkroad.com/news/p/462729.html', publisher: '新华丝路（新华社）', date: '2021-09-03' },
      { url: 'http://m.shushuxiu.com/news/guonei/2026-01-20/1839585.html', publisher: '人民日报（转载）', date: '2026-01-20', note: 'reprint' },
      { url: 'https://vg988.com/j202307/27163.html', publisher: '中新网（转载）', date: '2023-07', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'kou-dai-gong-yuan',
    term: '口袋公园',
    aliases: [],
    scope: 'national',
    period: { from: 2022 },
    category: 'livelihood',
    gloss_zh: '利用边角地建的小型街头公园',
    explanation_zh:
      '面向公众开放、规模较小、形状多样的公园绿地，面积一般在400至10000平方米，多利用拆违地、边角地、闲置地“见缝插绿”。住房城乡建设部2022年发文推动，当年全国建设不少于1000个。',
    explanation_en:
      'Small, odd-shaped public green spaces of about 400 to 10,000 square metres, often squeezed into demolished lots, corners and idle plots. The housing ministry launched a national push in 2022, asking for at least 1,000 that year.',
    english: { text: 'pocket park', official: false },
    gloss_en: 'a small park built in a leftover corner of the city',
    related: ['cheng-shi-geng-xin', 'wan-zheng-she-qu'],
    sources: [
      { url: 'http://sdenews.com/html/2022/8/337477.shtml', publisher: '山东商报（转新华社）', date: '2022-08' },
      { url: 'http://m.chahao8.com/news/caijing/2022081243156.html', publisher: '人民日报（转载）', date: '2022-08-12', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'cheng-shi-sheng-ming-xian',
    term: '城市生命线',
    aliases: ['城市生命线安全工程', '城市生命线工程'],
    scope: 'national',
    category: 'infrastructure',
    gloss_zh: '燃气、供水、排水、桥梁等维系城市运行的基础设施及其安全监测',
    explanation_zh:
      '指燃气、供水、排水、供电、桥梁、管廊等一旦出事就会危及全城的基础设施。“城市生命线安全工程”给这些设施装传感器、建监测中心，实时预警泄漏、塌陷等风险；合肥的做法被称为“合肥模式”并在多地推广。',
    explanation_en:
      'Gas, water, drainage, power, bridges and utility tunnels: the infrastructure whose failure endangers a whole city. The “lifeline safety project” fits them with sensors and a monitoring centre that warns of leaks, collapses and other risks; Hefei’s version has been copied elsewhere.',
    english: { text: 'urban lifeline (safety project)', official: false },
    gloss_en: 'a city’s vital pipes and bridges, and the system that monitors them',
    related: ['cheng-shi-geng-xin', 'ping-ji-liang-yong', 'cheng-shi-ti-jian'],
    sources: [
      { url: 'http://m.one-tool.net/xingye/2022/0623/73316.html', publisher: '铜陵日报（转载）', date: '2022-06-23', note: 'reprint' },
      { url: 'https://dxguanxian.org/index.php/news/showNews/nid/5979.shtml', publisher: 'dxguanxian.org（政策梳理）' },
    ],
    status: 'verified',
  },
  {
    id: 'chang-hu-xian',
    term: '长护险',
    aliases: ['长期护理保险'],
    scope: 'national',
    period: { from: 2016 },
    category: 'livelihood',
    reading: 'chang hu xian',
    gloss_zh: '为失能人员的长期护理费用提供补偿的社会保险',
    explanation_zh:
      '长期护理保险的简称：因年老、疾病等失去生活自理能力的参保人，在家或在护理机构接受长期护理，由保险支付一部分护理费用。2016年人社部在15个城市试点，之后逐步扩大。',
    explanation_en:
      'Short for long-term care insurance: when an insured person can no longer look after themselves because of age or illness, it pays part of the cost of long-term care at home or in an institution. The social-security ministry piloted it in 15 cities in 2016 and has widened it since.',
    english: { text: 'long-term care insurance', official: false },
    gloss_en: 'insurance that pays for the care of people who cannot look after themselves',
    related: ['yi-lao-yi-xiao', 'yin-fa-jing-ji'],
    sources: [
      { url: 'https://m.fx361.cc/news/2024/0201/23193398.html', publisher: '期刊文章（转载页）', date: '2024-02-01', note: 'reprint' },
      { url: 'https://fx361.cc/page/2018/1023/20093096.shtml', publisher: '期刊文章（转载页）', date: '2018', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'xin-xing-cheng-zhen-hua',
    term: '新型城镇化',
    aliases: ['以人为核心的新型城镇化', '新型城镇化建设'],
    scope: 'national',
    period: { from: 2012 },
    category: 'strategy',
    gloss_zh: '以人为核心、重质量的城镇化，重点让农民工真正成为市民',
    explanation_zh:
      '党的十八大以来的城镇化方针：不再只追求城市扩张和人口数量，而以人为核心、重在质量，核心是“农业转移人口市民化”，让进城农民及其家属在户籍、社保、教育、住房上享有和城镇居民同等的权益。国家先后制定了2014—2020年规划和“十四五”实施方案。',
    explanation_en:
      'The urbanisation policy since the 18th Party Congress (2012): instead of merely enlarging cities and counting heads, it is centred on people and on quality, above all on turning rural migrants into full urban residents with the same household registration, social insurance, schooling and housing rights. National plans cover 2014–2020 and 2021–2025.',
    english: { text: 'new-type urbanisation', official: true },
    gloss_en: 'people-centred urbanisation that makes rural migrants full city residents',
    related: ['xian-yu-jing-ji', 'cheng-shi-geng-xin', 'xiang-cun-zhen-xing'],
    sources: [
      { url: 'http://fjlib.net/zt/fjstsgjcxx/zbzl/rdzt/202501/t20250121_477427.htm', publisher: '福建省图书馆（决策参考）', date: '2025-01-21' },
      { url: 'http://taokecoco.com/page/2023/1106/22782698.shtml', publisher: '内江师范学院学报（论文转载）', date: '2023', note: 'reprint' },
      { url: 'https://fx361.cc/page/2017/1113/20637434.shtml', publisher: '上海城市规划（论文转载）', date: '2017', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'xin-jiu-ye-xing-tai',
    term: '新就业形态',
    aliases: ['新就业形态劳动者'],
    scope: 'national',
    period: { from: 2015 },
    category: 'livelihood',
    gloss_zh: '依托互联网平台的新型就业，如外卖骑手、网约车司机、快递员',
    explanation_zh:
      '指依托互联网平台、用工关系不同于传统雇佣的就业，典型是外卖骑手、网约车司机、网约货车司机和快递员，常与“灵活就业”并提。中央文件首次使用这一说法是党的十八届五中全会公报；近年政策重点是这些劳动者的工伤、社保和劳动权益保障。',
    explanation_en:
      'Work found through internet platforms under arrangements unlike ordinary employment: food couriers, ride-hailing and van drivers, parcel couriers, usually mentioned together with “flexible employment”. The term first appeared in the communiqué of the Fifth Plenum of the 18th Central Committee (2015); policy now focuses on these workers’ injury insurance, social insurance and rights.',
    english: { text: 'new forms of employment', official: false },
    gloss_en: 'platform work such as food delivery and ride-hailing',
    related: ['ling-gong-shi-chang', 'si-wen'],
    sources: [
      { url: 'http://www.taokecoco.com/page/2024/0113/22976727.shtml', publisher: '北京劳动保障职业学院学报（论文转载）', date: '2023', note: 'reprint' },
      { url: 'https://weekly.caixin.com/2025-08-16/102352604.html', publisher: '财新周刊', date: '2025-08-16' },
    ],
    status: 'verified',
  },
  {
    id: 'ling-gong-shi-chang',
    term: '零工市场',
    aliases: [],
    scope: 'national',
    period: { from: 2021 },
    category: 'livelihood',
    gloss_zh: '政府搭建、撮合打零工者与用工方的求职场所',
    explanation_zh:
      '2021年政府工作报告提出支持劳动力市场、人才市场、零工市场建设。各地人社部门把过去零工在路边“蹲活”的“马路市场”规范为线下零工市场、零工驿站和线上小程序，免费发布日结、短期岗位并撮合对接，还设政策咨询和劳动维权窗口。',
    explanation_en:
      'The 2021 government work report called for building labour, talent and gig markets. Local labour bureaus have replaced the roadside spots where casual workers waited for jobs with gig-market halls, small “gig stations” and mini-programs that list day-rate and short jobs for free, match workers with employers and offer advice and help with disputes.',
    english: { text: 'gig job market', official: false },
    gloss_en: 'a public place or platform matching casual workers with day jobs',
    related: ['xin-jiu-ye-xing-tai'],
    sources: [
      { url: 'http://zgkjsz.com/page/2023/0120/15274690.shtml', publisher: '期刊论文（转载页）', date: '2023', note: 'reprint' },
      { url: 'https://xinwen.bjd.com.cn/content/s671f804ae4b0f72813bd4b91.html', publisher: '北京日报客户端', date: '2024-10-28' },
      { url: 'http://hxnews.com/news/fj/mn/xm/202405/11/2162196.shtml', publisher: '厦门晚报（海峡网）', date: '2024-05-11' },
    ],
    status: 'verified',
  },
  {
    id: 'wu-ji-shu-ji',
    term: '五级书记抓乡村振兴',
    aliases: ['五级书记一起抓', '省市县乡村五级书记抓乡村振兴'],
    scope: 'national',
    category: 'rural',
    gloss_zh: '省、市、县、乡、村五级党委书记都对乡村振兴负责',
    explanation_zh:
      '脱贫攻坚时实行省市县乡村五级书记一起抓，乡村振兴沿用这一机制。2022年中办、国办印发《乡村振兴责任制实施办法》，规定省级总负责、市级上下衔接、县级是“一线指挥部”、乡镇把乡村振兴作为中心任务、村党组织统一领导村级工作；市一级常说“四级书记抓”。',
    explanation_en:
      'The poverty campaign made the Party secretaries of province, city, county, township and village jointly answerable, and rural revitalisation kept the arrangement. A 2022 central regulation on responsibility for rural revitalisation gives the province overall charge, makes the county the “front-line headquarters” and the township’s central task, and puts the village Party branch in charge at the bottom; a city counts its own four levels.',
    english: { text: 'Party secretaries at five levels take charge of rural revitalisation', official: false },
    gloss_en: 'Party secretaries from province down to village all answer for rural revival',
    items: [
      { zh: '省委书记', en: 'provincial Party secretary' },
      { zh: '市委书记', en: 'city Party secretary' },
      { zh: '县委书记', en: 'county Party secretary' },
      { zh: '乡镇党委书记', en: 'township Party secretary' },
      { zh: '村党组织书记', en: 'village Party secretary' },
    ],
    related: ['xiang-cun-zhen-xing', 'you-xiao-xian-jie'],
    sources: [
      { url: 'http://xczxj.sc.gov.cn/scfpkfj/zcjd/2022/12/15/b49cd7fc99be4f4083994d02021cba67.shtml', publisher: '四川省乡村振兴局（转载央视新闻）', date: '2022-12-15', note: 'reprint' },
      { url: 'https://abook.qq.com/read/1047548986/9', publisher: 'QQ阅读（图书导读）', date: '2023' },
      { url: 'https://bzx1688.com/g/247512.html', publisher: 'bzx1688.com（转载湖南日报株洲报道）', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'gong-jian-gong-zhi-gong-xiang',
    term: '共建共治共享',
    aliases: ['共建共治共享的社会治理格局', '共建共治共享社会治理格局'],
    scope: 'national',
    period: { from: 2017 },
    category: 'governance',
    gloss_zh: '社会治理由多方共同参与建设、共同治理、共同享有成果',
    explanation_zh:
      '党的十九大提出“打造共建共治共享的社会治理格局”：“共建”指党委、政府、社会组织和群众等多元主体一起参与，“共治”指运用多种手段共同治理，“共享”指治理成果由全体人民享有。它接续了十八届五中全会“共建共享”的提法。',
    explanation_en:
      'The 19th Party Congress (2017) called for “a pattern of social governance built, run and shared by all”: Party committees, government, social organisations and the public take part together, govern together with many tools, and all enjoy the results. It extended the earlier formula “built and shared by all” of 2015.',
    english: { text: 'joint contribution, joint governance and shared benefits', official: false },
    gloss_en: 'society governed jointly by all, with the benefits shared by all',
    related: ['she-hui-zhi-li-gong-tong-ti', 'feng-qiao-jing-yan', 'guo-jia-zhi-li-xian-dai-hua'],
    sources: [
      { url: 'http://www.handmsg.com/page/2018/0910/10682867.shtml', publisher: '期刊文章（转载页）', date: '2018', note: 'reprint' },
      { url: 'https://m.fx361.cc/news/2019/0909/5515712.html', publisher: '法制与社会（论文转载）', date: '2019', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'she-hui-zhi-li-gong-tong-ti',
    term: '社会治理共同体',
    aliases: ['基层治理共同体', '人人有责、人人尽责、人人享有的社会治理共同体'],
    scope: 'national',
    period: { from: 2019 },
    category: 'governance',
    gloss_zh: '人人有责、人人尽责、人人享有的社会治理共同体',
    explanation_zh:
      '党的十九届四中全会（2019年）提出建设“人人有责、人人尽责、人人享有的社会治理共同体”，被视为共建共治共享格局的目标。落到基层，就是党组织领导下，政府、物业、业委会、社会组织和居民共同管好社区、村庄的事。',
    explanation_en:
      'The Fourth Plenum of the 19th Central Committee (2019) called for a social-governance community in which “everyone is responsible, everyone does their part and everyone benefits”, the aim of the jointly-built-and-shared pattern. At the grassroots it means that, under the Party organisation, government, property managers, owners’ committees, social groups and residents run a community or village together.',
    english: { text: 'community of social governance', official: false },
    gloss_en: 'a community where everyone shares the work and benefits of governance',
    related: ['gong-jian-gong-zhi-gong-xiang', 'dang-jian-yin-ling', 'wang-ge-hua-guan-li'],
    sources: [
      { url: 'http://m.handmsg.com/page/2020/0426/17638102.shtml', publisher: '期刊文章（转载页）', date: '2020', note: 'reprint' },
      { url: 'http://m.zgkjsz.com/page/2020/0806/7746748.shtml', publisher: '期刊文章（转载页）', date: '2020', note: 'reprint' },
      { url: 'https://www.policew.com/jiceng/154.html', publisher: 'policew.com（湖南基层治理综述）' },
    ],
    status: 'verified',
  },
  {
    id: 'xiao-fei-bang-fu',
    term: '消费帮扶',
    aliases: ['消费扶贫'],
    scope: 'national',
    category: 'rural',
    gloss_zh: '通过购买脱贫地区的农产品和服务帮助农民增收',
    explanation_zh:
      '社会各界通过消费来自贫困（脱贫）地区和人口的产品与服务，帮助他们增收，是社会力量参与扶贫的重要途径。常见做法是机关和单位食堂定向采购、展销会、设消费帮扶专区专柜和“832平台”采购；脱贫攻坚时叫“消费扶贫”，之后称“消费帮扶”。',
    explanation_en:
      'Helping poor (now formerly poor) areas and people earn more by buying their products and services: a main way for society to join poverty relief. Government and work canteens buy from them, fairs and special counters sell their goods, and public bodies order through the “832 platform”; during the poverty campaign it was called consumption poverty relief.',
    english: { text: 'consumption assistance (buying from poor areas)', official: false },
    gloss_en: 'helping poor areas by buying their farm products',
    related: ['ba-san-er-ping-tai', 'you-xiao-xian-jie', 'jing-zhun-fu-pin'],
    sources: [
      { url: 'http://m.fjxmems.com/news/zhoukou/sh/2020-08-18/301781.html', publisher: '周口广播电视台（转载页）', date: '2020-08-18', note: 'reprint' },
      { url: 'http://www.ahnews.com.cn/toutiao1/pc/con/2020-09/07/570_245499.html', publisher: '安徽新闻网（转央视网）', date: '2020-09-07' },
      { url: 'https://bzx1688.com/g/247512.html', publisher: 'bzx1688.com（转载湖南日报株洲报道）', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'ba-san-er-ping-tai',
    term: '832平台',
    aliases: ['扶贫832平台'],
    scope: 'national',
    period: { from: 2020 },
    category: 'rural',
    gloss_zh: '财政部等建立、向832个脱贫县采购农副产品的网上销售平台',
    explanation_zh:
      '全称脱贫地区农副产品网络销售平台，由财政部、原国务院扶贫办和全国供销合作总社共同组建，预算单位通过政府采购在平台上购买原832个国家级贫困县的农副产品，名字即由此而来。它是消费帮扶的主要渠道之一。',
    explanation_en:
      'The online marketplace for farm products from poverty-hit areas, set up by the Ministry of Finance, the former poverty relief office and the supply and marketing cooperatives federation. Public bodies use government procurement on it to buy from the 832 former national poverty counties, hence the name; it is a main channel of consumption assistance.',
    english: { text: '832 platform', official: false },
    gloss_en: 'the online market where public bodies buy from the 832 former poor counties',
    related: ['xiao-fei-bang-fu'],
    sources: [
      { url: 'http://www.ahnews.com.cn/toutiao1/pc/con/2020-09/07/570_245499.html', publisher: '安徽新闻网（转央视网）', date: '2020-09-07' },
      { url: 'https://kuzhiba.com/shenghuo/89w84.html', publisher: 'kuzhiba.com（名词解释，832个国家扶贫工作重点县）' },
    ],
    status: 'verified',
  },
  {
    id: 'hong-bai-li-shi-hui',
    term: '红白理事会',
    aliases: ['红白喜事理事会', '红白事理事会'],
    scope: 'national',
    category: 'rural',
    gloss_zh: '村里监督婚丧事简办、限制高价彩礼的村民自治组织',
    explanation_zh:
      '由老党员、退休干部、德高望重的村民等组成的村级自治组织，按村规民约给婚事（红事）、丧事（白事）定标准：彩礼上限、酒席桌数、礼金数额等，并上门劝导、监督执行。它是各地推进移风易俗、整治高价彩礼和大操大办的主要抓手。',
    explanation_en:
      'A village self-governing body of veteran Party members, retired cadres and respected villagers that sets limits for weddings (red events) and funerals (white events) under the village rules, such as caps on bride prices, banquet tables and gift money, and persuades families to keep them. It is the main tool against lavish ceremonies and high bride prices.',
    english: { text: 'weddings and funerals council', official: false },
    gloss_en: 'a village council that keeps weddings and funerals modest',
    related: ['cun-gui-min-yue', 'xin-shi-dai-wen-ming-shi-jian'],
    sources: [
      { url: 'http://rmjtxw.com/news/hhb/47598.html', publisher: 'rmjtxw.com（转载漳县报道）', note: 'reprint' },
      { url: 'http://wmsx.sxkjnews.com/wmsx/show.php?itemid=3277', publisher: '文明山西（临县报道）' },
      { url: 'http://iongco87.cn/zixun/dalian/2018/0428/22211.html', publisher: 'iongco87.cn（转载邢台报道）', date: '2018-04-28', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'xin-chuang',
    term: '信创',
    aliases: ['信息技术应用创新', '信创产业', '党政信创'],
    quotedOnly: ['信创'],
    scope: 'national',
    category: 'technology',
    gloss_zh: '信息技术应用创新，即用国产芯片、系统和软件替代外国产品',
    explanation_zh:
      '全称信息技术应用创新，核心是用国产芯片、操作系统、数据库、中间件和应用软件构建自主可控的信息系统，替代国外产品。先在党政机关试点推广，再按“2+8+N”扩展到金融、电信、电力、交通、教育、医疗等行业。',
    explanation_en:
      'Short for “information technology application innovation”: building information systems on Chinese chips, operating systems, databases and software in place of foreign ones. It started in Party and government offices and is spreading, in the “2+8+N” scheme, to finance, telecoms, power, transport, education, health and other sectors.',
    english: { text: 'IT application innovation (domestic IT substitution)', official: false },
    gloss_en: 'replacing foreign IT with Chinese chips, systems and software',
    related: ['ka-bo-zi', 'shu-zi-jing-ji', 'gao-shui-ping-ke-ji-zi-li-zi-qiang'],
    sources: [
      { url: 'http://pss.clicksun.cn/mis/bbs/showbbs.asp?id=24281', publisher: '点晴OA（科普文章）' },
      { url: 'https://chinapp.net.cn/pinpaidongtai/2025/0102/11753.html', publisher: 'chinapp.net.cn（行业综述）', date: '2025-01-02' },
      { url: 'http://saintdeem.com/solveinfo_17.html', publisher: 'saintdeem.com（企业介绍）' },
    ],
    status: 'verified',
  },
  {
    id: 'che-lu-yun-yi-ti-hua',
    term: '车路云一体化',
    aliases: ['车路云一体化应用试点'],
    scope: 'national',
    period: { from: 2024 },
    category: 'technology',
    gloss_zh: '聪明的车、智慧的路和云平台协同的智能网联汽车体系',
    explanation_zh:
      '把智能网联汽车、装有感知设备的道路和云控平台连成一体，让车辆与道路、云端实时交换信息，支撑自动驾驶和智慧交通。2024年7月工信部等五部门公布首批20个“车路云一体化”应用试点城市，湖南长沙在列。',
    explanation_en:
      'Linking connected cars, roads fitted with sensors and cloud control platforms so that vehicles, roads and the cloud share information in real time, as a basis for self-driving and smart traffic. In July 2024 five ministries named the first 20 pilot cities, Changsha among them.',
    english: { text: 'vehicle-road-cloud integration', official: false },
    gloss_en: 'smart cars, smart roads and cloud platforms working as one system',
    related: ['xin-ji-jian', 'di-kong-jing-ji'],
    sources: [
      { url: 'https://www.cinn.cn/p/308200.html', publisher: '中国工业新闻网', date: '2024-07-04' },
      { url: 'https://tengtv.com/news/202407/149011.html', publisher: 'tengtv.com（转载杭州报道）', date: '2024-07', note: 'reprint' },
      { url: 'http://awingyg.com/20240503/1347892.aspx', publisher: 'awingyg.com（转载试点名单）', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'xiao-wei-quan-li-qing-dan',
    term: '小微权力清单',
    aliases: ['村级小微权力清单', '村级小微权力清单制度', '小微权力清单制度'],
    scope: 'national',
    category: 'discipline',
    gloss_zh: '列明村干部能管哪些事、按什么流程办的清单',
    explanation_zh:
      '把村级组织和村干部手中的“小微权力”（重大事项决策、工程招投标、资产资源处置、财务开支、低保救助等）逐项列清单、画流程图并公开，让村民看图办事、监督用权，防止基层“微腐败”。2018年中央一号文件要求推行这一制度。',
    explanation_en:
      'The small powers of village bodies and cadres (major decisions, project tenders, disposal of collective assets, spending, welfare approvals) are listed one by one, each with a published flowchart, so that villagers know how things are done and can watch how power is used. The 2018 No. 1 Central Document called for it everywhere to curb petty corruption.',
    english: { text: 'list of village-level petty powers', official: false },
    gloss_en: 'a public list of what village officials may decide, and how',
    related: ['si-yi-liang-gong-kai', 'qun-zhong-shen-bian-bu-zheng-zhi-feng', 'san-zi'],
    sources: [
      { url: 'http://www.handmsg.com/page/2023/0925/22846368.shtml', publisher: '期刊文章（转载页）', date: '2023', note: 'reprint' },
      { url: 'http://ynjjjc.gov.cn/html/2017/tiewanfanfu_0201/25720.html', publisher: '云南省纪委监委网站（镇雄县报道）', date: '2017-02-01' },
      { url: 'http://www.angelworld.net.cn/staticpages/20220613/newgx62a69c49-20788623.shtml', publisher: 'angelworld.net.cn（转载扶绥县报道）', date: '2022-06-13', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'ji-fen-zhi',
    term: '乡村治理积分制',
    aliases: ['积分超市'],
    quotedOnly: ['积分制'],
    // 积分制: any points scheme (会员积分制).
    strictlyQuoted: ['积分制'],
    scope: 'national',
    period: { from: 2020 },
    category: 'rural',
    gloss_zh: '村民参与公共事务、遵守村规可得积分，积分可换物品或荣誉',
    explanation_zh:
      '把村民参与环境整治、志愿服务、遵守村规民约等行为量化打分，积分可在“积分超市”兑换生活用品或用于评先评优，以此调动村民参与村里事务。2020年7月中央农办、农业农村部发文推广，并公布湖南津市、新化等8个典型案例。',
    explanation_en:
      'Villagers earn points for joining clean-ups, volunteering and keeping the village rules, and trade them for goods in a “points shop” or count them toward honours, which draws them into village affairs. The central rural work office and the agriculture ministry promoted it nationwide in July 2020 and named eight model cases, including Jinshi and Xinhua in Hunan.',
    english: { text: 'points system for rural governance', official: false },
    gloss_en: 'villagers earn points for civic deeds and swap them for goods',
    related: ['cun-gui-min-yue', 'hong-bai-li-shi-hui'],
    sources: [
      { url: 'https://m.fx361.cc/news/2023/0920/22675246.html', publisher: '期刊文章（转载页）', date: '2023', note: 'reprint' },
      { url: 'http://jizihe.com/page/2022/0824/16543558.shtml', publisher: '期刊文章（转载页）', date: '2022', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'ke-ji-te-pai-yuan',
    term: '科技特派员',
    aliases: ['农村科技特派员', '科技特派员制度'],
    scope: 'national',
    period: { from: 1999 },
    category: 'rural',
    gloss_zh: '从高校、科研院所等选派下乡、为农业农村提供技术服务的专业人员',
    explanation_zh:
      '1999年福建南平首创，选派科技人员常驻农村推广技术、发展产业，“做给农民看，领着农民干，带着农民赚”；2002年科技部总结推广，2016年国务院办公厅发文深入推行。他们通过项目支持、技术入股、技术承包等方式服务农业，是乡村振兴的科技力量。',
    explanation_en:
      'Begun in Nanping, Fujian, in 1999: scientists and technicians are sent to live in the countryside to spread techniques and build local industries, “showing farmers, working with farmers and earning with farmers”. The science ministry spread the model from 2002 and the State Council General Office extended it in 2016; they work through projects, technology stakes and service contracts.',
    english: { text: 'science and technology commissioner', official: false },
    gloss_en: 'an expert sent to villages to help farmers with technology',
    related: ['xiang-cun-zhen-xing', 'nong-ye-qiang-guo', 'zhu-cun-di-yi-shu-ji'],
    sources: [
      { url: 'http://m.handmsg.com/page/2022/0222/14263330.shtml', publisher: '期刊文章（转载页）', date: '2022', note: 'reprint' },
      { url: 'https://www.ppdoc.com/periodical/ecc7cc15aa33b00c4f7042c2d952b545.html', publisher: '期刊文章（摘要页）' },
      { url: 'https://fx361.cc/page/2021/1020/13894274.shtml', publisher: '期刊文章（转载页）', date: '2021', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'she-qu-qian-ru-shi-yang-lao',
    term: '社区嵌入式养老',
    aliases: ['嵌入式养老'],
    scope: 'national',
    category: 'livelihood',
    gloss_zh: '在社区里嵌入小型养老设施，让老人在家门口养老',
    explanation_zh:
      '在社区内利用闲置设施建小规模养老机构，提供全托、日托、助餐、康复护理等服务，让老人不离开熟悉的社区就能得到照料。它起于2013年上海闵行区颛桥镇的“迷你”养老院，后被多地借鉴。',
    explanation_en:
      'Small care facilities are fitted into idle space inside a neighbourhood, offering residential and day care, meals and rehabilitation so that old people are looked after without leaving familiar surroundings. It began in 2013 with a “mini” care home in Zhuanqiao township, Minhang district, Shanghai, and has been copied widely.',
    english: { text: 'community-embedded elderly care', official: false },
    gloss_en: 'small care homes placed inside neighbourhoods',
    related: ['yi-lao-yi-xiao', 'zhang-zhe-shi-tang', 'chang-hu-xian', 'yin-fa-jing-ji'],
    sources: [
      { url: 'http://www.shuoweicard.cn/a/houpuguandian/713.html', publisher: 'shuoweicard.cn（养老行业文章）' },
      { url: 'http://www.syq.gov.cn/sitesources/syq/page_pc/sygz/sqyl/article091406fc5aff44a19eb8e5fdd7b9416e.html', publisher: '焦作市山阳区民政局', date: '2020-07-31' },
    ],
    status: 'verified',
  },
  {
    id: 'deng-ta-gong-chang',
    term: '灯塔工厂',
    aliases: ['全球灯塔工厂'],
    scope: 'national',
    period: { from: 2018 },
    category: 'industry',
    gloss_zh: '世界经济论坛评选的全球智能制造标杆工厂',
    explanation_zh:
      '世界经济论坛自2018年起评选，表彰大规模应用人工智能、物联网、数字孪生等技术、在效率和可持续等方面领先的工厂，被视为智能制造的“灯塔”。中国是数量最多的国家，2026年1月总数突破100家；三一重工、宁德时代等在列。',
    explanation_en:
      'Chosen by the World Economic Forum since 2018: factories that apply AI, the internet of things, digital twins and similar technology at scale and lead in efficiency or sustainability, as beacons of smart manufacturing. China has the most, passing 100 in January 2026; Sany Heavy Industry and CATL are among them.',
    english: { text: 'lighthouse factory', official: false },
    gloss_en: 'a World Economic Forum model of advanced smart manufacturing',
    related: ['zhi-gai-shu-zhuan', 'xin-xing-gong-ye-hua'],
    sources: [
      { url: 'https://dinovaliano.com/news/chanye/20210928/1508421605350.shtml', publisher: '中商情报网（转载页）', date: '2021-09-28', note: 'reprint' },
      { url: 'https://news.cnyes.com/news/id/6315024', publisher: '钜亨网', date: '2026-01-19' },
      { url: 'https://jxxfw.com/periodical/5d92a60b5f7316d07ec8fb092cc7d02f.html', publisher: '期刊文章（摘要页）' },
    ],
    status: 'verified',
  },
  {
    id: 'shuang-jian',
    term: '双减',
    aliases: ['减轻义务教育阶段学生作业负担和校外培训负担'],
    quotedOnly: ['双减'],
    scope: 'national',
    period: { from: 2021 },
    category: 'livelihood',
    gloss_zh: '减轻中小学生过重的作业负担和校外培训负担',
    explanation_zh:
      '2021年中办、国办印发意见，要求减轻义务教育阶段学生的作业负担和校外培训负担，目标是学生负担、家庭教育支出和家长精力负担1年内有效减轻、3年内成效显著。学校随之压减作业、开展课后服务，学科类校外培训受到严格规范。',
    explanation_en:
      'A 2021 central guideline to lighten both homework and private tutoring for pupils in compulsory education, aiming to ease pupils’ load, family spending and parents’ effort noticeably within one year and substantially within three. Schools cut homework and added after-school care, and subject tutoring was tightly restricted.',
    english: { text: 'double reduction', official: false },
    gloss_en: 'less homework and less private tutoring for schoolchildren',
    items: [
      { zh: '减轻作业负担', en: 'lighter homework' },
      { zh: '减轻校外培训负担', en: 'less off-campus tutoring' },
    ],
    related: ['jiao-yu-qiang-guo'],
    sources: [
      { url: 'https://scholarmate.com/S/LbUiZj', publisher: '期刊文章（摘要页）', date: '2021' },
      { url: 'https://miaoshengapp.cn/yxgl/76970.html', publisher: 'miaoshengapp.cn（评论文章）' },
    ],
    status: 'verified',
  },
  {
    id: 'liang-ai-shai-cha',
    term: '两癌筛查',
    aliases: ['两癌免费筛查', '妇女两癌筛查'],
    scope: 'national',
    category: 'livelihood',
    gloss_zh: '为适龄妇女免费检查宫颈癌和乳腺癌',
    explanation_zh:
      '由卫生健康部门和妇联推动的公共卫生项目，主要为35至64岁农村妇女、城镇低保妇女免费做宫颈癌和乳腺癌检查，以便早发现、早治疗。不少省份把它列为年度重点民生实事。',
    explanation_en:
      'A public health programme run by the health authorities and the Women’s Federation: free screening for cervical and breast cancer, mainly for rural and low-income urban women aged 35 to 64, so that cancers are found and treated early. Many provinces list it among their key livelihood projects of the year.',
    english: { text: 'screening for the two cancers (cervical and breast)', official: false },
    gloss_en: 'free cervical and breast cancer checks for women',
    items: [
      { zh: '宫颈癌', en: 'cervical cancer' },
      { zh: '乳腺癌', en: 'breast cancer' },
    ],
    related: ['min-sheng-shi-shi', 'jian-kang-zhong-guo'],
    sources: [
      { url: 'https://epaper.neamco.com/gmrb/html/2014-12/26/nw.D110000gmrb_20141226_3-10.htm?div=-1', publisher: '光明日报（数字报转载页）', date: '2014-12-26', note: 'reprint' },
      { url: 'http://adibba.com/html/2022/news/3/311559.html', publisher: 'adibba.com（转载新华社）', date: '2022-03-08', note: 'reprint' },
      { url: 'http://m.jxyuer.com/news/jiaodian/167471.html', publisher: 'jxyuer.com（地方通知）' },
    ],
    status: 'verified',
  },
  {
    id: 'you-shi-hao-shang-liang',
    term: '有事好商量',
    aliases: ['有事好商量协商议事室', '有事好商量，众人的事情由众人商量'],
    quotedOnly: ['有事好商量'],
    // 有事好商量: an everyday saying before it names the consultation platform.
    strictlyQuoted: ['有事好商量'],
    scope: 'national',
    category: 'united-front',
    gloss_zh: '协商民主的口号：众人的事情由众人商量',
    explanation_zh:
      '出自习近平的话“有事好商量，众人的事情由众人商量，是人民民主的真谛”。各地政协以此为名搭建协商平台，如江苏在镇村建“有事好商量”协商议事室，让委员、部门和群众当面商量身边的事。',
    explanation_en:
      'From Xi Jinping’s words that “talking things over, with the people’s affairs discussed by the people, is the essence of people’s democracy”. Local political consultative conferences name consultation forums after it; Jiangsu, for example, set up “let’s talk it over” rooms in townships and villages where members, officials and residents discuss local matters face to face.',
    english: { text: 'let’s talk things over', official: false },
    gloss_en: 'public matters are discussed by the public: a consultation slogan',
    related: ['quan-guo-cheng-ren-min-min-zhu', 'can-zheng-yi-zheng'],
    sources: [
      { url: 'https://scholarmate.com/S/bveW8A', publisher: '期刊文章（摘要页，浙江“请你来协商”）' },
      { url: 'http://www.cailiaogou.net/archives/2282', publisher: 'cailiaogou.net（转载南通市政协讲话）', date: '2020-04-17', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'shu-zi-chan-ye-hua',
    term: '数字产业化',
    aliases: [],
    scope: 'national',
    category: 'technology',
    gloss_zh: '数字技术本身形成的产业，即数字经济的核心产业',
    explanation_zh:
      '指提供数字技术、产品、服务、基础设施和解决方案的产业，以及完全依赖数字技术和数据要素的经济活动，如电子信息制造、软件、互联网和人工智能，是数字经济的核心产业。它常与“产业数字化”成对出现。',
    explanation_en:
      'The industries that supply digital technology, products, services, infrastructure and solutions, plus activities that depend entirely on digital technology and data, such as electronics, software, the internet and AI: the core of the digital economy. It is usually paired with 产业数字化, the digitisation of other industries.',
    english: { text: 'digital industrialisation', official: false },
    gloss_en: 'the digital technology industries themselves',
    related: ['chan-ye-shu-zi-hua', 'shu-zi-jing-ji', 'shu-ju-yao-su'],
    sources: [
      { url: 'https://qylg188.com/22524.html', publisher: '经济日报（转载页）', date: '2023-09-08', note: 'reprint' },
      { url: 'https://hnrb.voc.com.cn/article/202112/20211220083222110001.html', publisher: '湖南日报', date: '2021-12-19' },
    ],
    status: 'verified',
  },
  {
    id: 'chan-ye-shu-zi-hua',
    term: '产业数字化',
    aliases: [],
    scope: 'national',
    category: 'technology',
    gloss_zh: '传统产业用数字技术和数据改造升级',
    explanation_zh:
      '指在数字技术支撑下、以数据为关键要素，对农业、工业、服务业等产业链上下游进行数字化升级、转型和再造，如智能工厂、智慧农业。它在我国数字经济中占比最大，常与“数字产业化”并提。',
    explanation_en:
      'Upgrading and remaking farming, industry, services and their supply chains with digital technology, using data as a key input, as in smart factories or smart farming. It makes up most of China’s digital economy and is usually paired with 数字产业化, the digital industries themselves.',
    english: { text: 'industrial digitalisation', official: false },
    gloss_en: 'traditional industries upgraded with digital technology',
    related: ['shu-zi-chan-ye-hua', 'zhi-gai-shu-zhuan', 'shu-zi-jing-ji'],
    sources: [
      { url: 'https://qylg188.com/22524.html', publisher: '经济日报（转载页）', date: '2023-09-08', note: 'reprint' },
      { url: 'https://hnrb.voc.com.cn/article/202112/20211220083222110001.html', publisher: '湖南日报', date: '2021-12-19' },
    ],
    status: 'verified',
  },
  {
    id: 'san-yi-lian-dong',
    term: '三医联动',
    aliases: ['三医协同', '医保、医疗、医药协同发展和治理', '三医协同发展和治理'],
    scope: 'national',
    category: 'livelihood',
    gloss_zh: '医疗、医保、医药三方面改革协同推进',
    explanation_zh:
      '医改的方法：医疗服务、医疗保障和药品供应三方面改革一起推，而不是各管一块。福建三明市以“三医联动”改革药品采购和公立医院而闻名；党的二十大报告提出“促进医保、医疗、医药协同发展和治理”。',
    explanation_en:
      'The method of health reform: change medical services, medical insurance and the drug supply together instead of separately. Sanming in Fujian became famous for reforming drug purchasing and public hospitals this way, and the 20th Party Congress report called for coordinated development and governance of insurance, care and medicines.',
    english: { text: 'coordinated reform of medical services, insurance and medicines', official: false },
    gloss_en: 'reforming hospitals, health insurance and drugs together',
    related: ['yi-lian-ti', 'jian-kang-zhong-guo'],
    sources: [
      { url: 'https://fx361.cc/page/2015/0311/16118836.shtml', publisher: '中国卫生政策研究（论文转载）', date: '2015', note: 'reprint' },
      { url: 'http://journal.healthpolicy.cn/html/20230901.htm', publisher: '中国卫生政策研究', date: '2023' },
      { url: 'https://reportify.cn/news/1169446027665739776', publisher: 'reportify.cn（转载新华社）', date: '2025-09-27', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'zhong-yang-xun-shi',
    term: '中央巡视',
    aliases: ['中央巡视组', '省委巡视', '省委巡视组', '巡视整改', '政治巡视'],
    scope: 'national',
    category: 'discipline',
    gloss_zh: '党中央和省委派巡视组对下级党组织进行的政治监督',
    explanation_zh:
      '党中央和省级党委按轮次派出巡视组，进驻省区市、部委、央企、高校等单位，检查党的路线方针政策落实、全面从严治党和腐败问题，结束后向被巡视单位反馈意见并移交问题线索；被巡视单位须限期整改并报告，称“巡视整改”。十八大后巡视被定位为党内监督利器，十九大提出深化政治巡视；市县一级的同类工作叫“巡察”。',
    explanation_en:
      'The Party centre and provincial Party committees send inspection teams, round by round, into provinces, ministries, state firms, universities and other bodies to check how Party policy is carried out, discipline and corruption; afterwards the teams report their findings to the unit and pass on leads, and the unit must rectify and report back within a deadline. After 2012 inspection became a main weapon of intra-Party supervision; the city and county equivalent is called 巡察.',
    english: { text: 'central inspection tour', official: false },
    gloss_en: 'an inspection of Party bodies by teams sent from the centre or a province',
    related: ['xun-cha', 'ti-ji-xun-cha', 'quan-mian-cong-yan-zhi-dang'],
    sources: [
      { url: 'https://scholarmate.com/S/7BFzU2', publisher: '期刊文章（摘要页）', date: '2018' },
      { url: 'http://fc807.cn/ReadNews.asp?NewsID=9803', publisher: 'fc807.cn（转载中央巡视反馈报道）', note: 'reprint' },
      { url: 'http://www.xmdkfw.com/news/20200129/84670.html', publisher: '期刊论文（转载页）', date: '2017', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'heng-xiang-sheng-tai-bu-chang',
    term: '横向生态保护补偿',
    aliases: ['横向生态补偿', '流域横向生态保护补偿', '流域上下游横向生态保护补偿', '上下游横向生态补偿'],
    scope: 'national',
    category: 'ecology',
    gloss_zh: '同一流域上下游地区之间按水质互相补偿的机制',
    explanation_zh:
      '流域上下游的地方政府签协议，以交界断面水质为准“对赌”：上游来水达标，下游付补偿给上游；不达标，上游补偿下游。2019年7月江西、湖南签订《渌水流域横向生态保护补偿协议》，以萍乡与醴陵交界的金鱼石断面为准，之后又签了第二轮。',
    explanation_en:
      'Governments upstream and downstream on a river sign a deal based on water quality at the border section: if the water flowing down meets the target, the downstream side pays the upstream side; if not, the upstream side pays. In July 2019 Jiangxi and Hunan signed one for the Lu River, judged at the Jinyushi section where Pingxiang meets Liling, and later renewed it.',
    english: { text: 'horizontal (inter-regional) ecological compensation', official: false },
    gloss_en: 'upstream and downstream regions pay each other according to water quality',
    related: ['guo-kong-duan-mian', 'he-zhang-zhi', 'xiang-gan-bian'],
    sources: [
      { url: 'http://www.ahhrtd.cn/detail.aspx?id=32997&itemid=1', publisher: 'ahhrtd.cn（转载江西媒体报道）', note: 'reprint' },
      { url: 'http://m.fyrmtzx.cn/p/147269.html', publisher: '光明日报（转载页）', date: '2022-05-06', note: 'reprint' },
      { url: 'http://www.cs0799.com/portal.php?aid=132413&mod=view', publisher: '萍乡城事网（转载江西新闻联播）', date: '2024-10-07', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'sheng-tai-chan-pin-jia-zhi-shi-xian',
    term: '生态产品价值实现',
    aliases: ['生态产品价值实现机制'],
    scope: 'national',
    period: { from: 2021 },
    category: 'ecology',
    gloss_zh: '把良好生态带来的产品和服务转化为经济收益',
    explanation_zh:
      '生态产品指生态系统提供的物质产品、调节服务（如水源涵养）和文化服务（如游憩）。“价值实现”就是通过核算、交易、生态补偿、发展生态产业等途径，把这些价值变成收入，是“绿水青山”转化为“金山银山”的关键路径；2021年4月中办、国办印发了建立健全这一机制的意见。',
    explanation_en:
      'Ecological products are the goods, regulating services (such as water retention) and cultural services (such as recreation) that ecosystems provide. Realising their value means turning them into income through accounting, trading, compensation and green industries: the main route for turning “green mountains” into “gold mountains”. A central guideline on building the mechanism was issued in April 2021.',
    english: { text: 'realising the value of ecological products', official: false },
    gloss_en: 'turning a good environment into income',
    related: ['liang-shan', 'heng-xiang-sheng-tai-bu-chang', 'gep'],
    sources: [
      { url: 'http://zghjgl.ijournal.cn/html/zghjgl/2021/4/20210401.htm', publisher: '中国环境管理', date: '2021' },
      { url: 'http://zghjgl.ijournal.cn/html/zghjgl/2022/3/20220306.htm', publisher: '中国环境管理', date: '2022' },
    ],
    status: 'verified',
  },
  {
    id: 'gep',
    term: '生态系统生产总值',
    aliases: ['GEP', 'GEP核算', '生态产品总值'],
    scope: 'national',
    category: 'ecology',
    gloss_zh: '生态系统为人类提供的产品和服务的总价值，类似“绿色GDP”',
    explanation_zh:
      '英文缩写GEP，2013年由欧阳志云等学者提出，指生态系统为人类提供的物质产品、调节服务和文化服务价值的总和。各地在省、市、县乃至村一级开展GEP核算，用来衡量生态保护成效、支撑生态补偿和生态产品价值实现。',
    explanation_en:
      'Gross ecosystem product (GEP), proposed by Ouyang Zhiyun and colleagues in 2013: the total value of the goods, regulating services and cultural services that ecosystems give people. Provinces, cities, counties and even villages now compute it to measure conservation results and to underpin ecological compensation and the realisation of ecological value.',
    english: { text: 'gross ecosystem product (GEP)', official: false },
    gloss_en: 'the total value of what nature provides, a “green GDP”',
    related: ['sheng-tai-chan-pin-jia-zhi-shi-xian', 'liang-shan'],
    sources: [
      { url: 'https://www.ecologica.cn/html/2023/1/stxb202201050039.htm', publisher: '生态学报', date: '2023' },
      { url: 'http://www.ecologica.cn/stxb/ch/html/2021/14/stxb202008032025.htm', publisher: '生态学报', date: '2021' },
    ],
    status: 'verified',
  },
  {
    id: 'fen-ji-zhen-liao',
    term: '分级诊疗',
    aliases: ['分级诊疗制度'],
    scope: 'national',
    period: { from: 2015 },
    category: 'livelihood',
    gloss_zh: '按病情轻重由不同级别医院分工诊治：小病在基层，大病进医院',
    explanation_zh:
      '按疾病轻重缓急和治疗难易，由基层医疗机构、二级和三级医院分工承担诊治，通过基层首诊、双向转诊、急慢分治、上下联动，形成“小病在社区，大病进医院，康复回社区”的就医格局。2015年国务院办公厅发文推进，医联体、医共体是主要抓手。',
    explanation_en:
      'Patients are treated at the level that fits their illness: primary clinics, secondary and tertiary hospitals share the work through first contact at the grassroots, two-way referral, separate handling of acute and chronic cases, and coordination between levels, so that “minor illness stays in the community, serious illness goes to hospital, recovery returns to the community”. The State Council General Office launched it in 2015; medical alliances are its main tool.',
    english: { text: 'tiered diagnosis and treatment', official: false },
    gloss_en: 'minor illness treated locally, serious illness in big hospitals',
    items: [
      { zh: '基层首诊', en: 'first contact at primary care' },
      { zh: '双向转诊', en: 'two-way referral' },
      { zh: '急慢分治', en: 'acute and chronic cases handled separately' },
      { zh: '上下联动', en: 'coordination between levels' },
    ],
    related: ['yi-lian-ti', 'san-yi-lian-dong', 'jia-ting-yi-sheng-qian-yue-fu-wu'],
    sources: [
      { url: 'https://scholarmate.com/S/IQyK3u', publisher: '期刊文章（摘要页）' },
      { url: 'https://www.67gu.com/qitaxiangguan/823405.html', publisher: '中国卫生政策研究（论文转载）', note: 'reprint' },
      { url: 'https://hntzhjy.com/article/category/hyzx?page=2', publisher: 'hntzhjy.com（转载国办发〔2015〕70号）', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'fu-pin-che-jian',
    term: '扶贫车间',
    aliases: ['就业扶贫车间'],
    scope: 'national',
    category: 'rural',
    gloss_zh: '建在村里或安置点的小工厂，让农民在家门口就业',
    explanation_zh:
      '脱贫攻坚中推广的做法：引导服装、食品、家具、手工等劳动密集型企业把车间开到村里或易地搬迁安置点，吸纳因照顾老人孩子不能外出的农民、搬迁群众就近务工，“就业一人，脱贫一户”。湖南新田等地推行“企业+车间+贫困户”模式。',
    explanation_en:
      'A practice of the poverty campaign: garment, food, furniture and handicraft firms open workshops in villages or resettlement sites so that people who cannot leave home, often because they look after children or the elderly, can work nearby: “one person employed, one household out of poverty”. Xintian county in Hunan ran a “company + workshop + poor household” model.',
    english: { text: 'poverty-alleviation workshop', official: false },
    gloss_en: 'a village workshop giving local jobs to poor households',
    related: ['yi-di-fu-pin-ban-qian', 'jing-zhun-fu-pin', 'you-xiao-xian-jie'],
    sources: [
      { url: 'http://cqkp.cqnews.net/html/2018-05/15/content_44309962.htm', publisher: '华龙网（转新华社图片稿）', date: '2018-05-15' },
      { url: 'http://big5.china.com.cn/gate/big5/news.china.com.cn/2018-08/10/content_58356591.htm', publisher: '中国网（转新华社，湖南新田）', date: '2018-08-10' },
      { url: 'https://m.yybnet.net/news/china/202012/11087956.html', publisher: '安徽工人日报（转新华社）', date: '2020-12-12' },
    ],
    status: 'verified',
  },
  {
    id: 'yi-di-fu-pin-ban-qian',
    term: '易地扶贫搬迁',
    aliases: ['易地扶贫搬迁后续扶持', '易地搬迁后续扶持'],
    scope: 'national',
    category: 'rural',
    gloss_zh: '把住在“一方水土养不起一方人”地方的贫困人口搬到条件较好的地方',
    explanation_zh:
      '对居住在生存条件恶劣、就地脱贫难的地方的贫困人口整体搬迁安置，是脱贫攻坚的关键举措之一；2016年以来全国完成约870万建档立卡贫困人口的搬迁。脱贫后工作重点转向“后续扶持”，确保搬迁群众“稳得住、有就业、逐步能致富”。',
    explanation_en:
      'Moving poor people out of places “where the land cannot feed its people” to better-placed sites: one of the key measures of the poverty campaign, which resettled about 8.7 million registered poor people from 2016. Since then the focus has been “follow-up support”, so that the resettled stay, find work and gradually prosper.',
    english: { text: 'poverty-alleviation relocation', official: false },
    gloss_en: 'moving poor villagers from barren places to better-placed settlements',
    related: ['fu-pin-che-jian', 'jing-zhun-fu-pin', 'you-xiao-xian-jie'],
    sources: [
      { url: 'https://hafu1.com/html/wsbscjwt201804t20180413_1590941.html', publisher: '国家发展改革委《中国的易地扶贫搬迁政策》（转载页）', date: '2018-03', note: 'reprint' },
      { url: 'https://qjcypt.com/post/41167.html', publisher: 'qjcypt.com（转载全国后续扶持现场会报道）', note: 'reprint' },
      { url: 'https://m.fx361.cc/news/2021/0911/8837180.html', publisher: '江苏农业科学（论文转载）', date: '2021', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'yu-lu-ji-hua',
    term: '雨露计划',
    aliases: [],
    scope: 'national',
    category: 'rural',
    gloss_zh: '资助脱贫家庭子女读职业院校的教育帮扶项目',
    explanation_zh:
      '原国务院扶贫办主导的教育帮扶项目，为脱贫家庭（含防返贫监测对象家庭）中读中职、高职的学生发放补助，提升他们的就业创业能力，帮助家庭稳定增收；补助标准各地不一。',
    explanation_en:
      'An education aid programme begun by the former poverty relief office: students from formerly poor households (including those under relapse monitoring) who attend secondary or higher vocational schools get a grant, to improve their job prospects and their families’ income; amounts vary by province.',
    english: { text: 'Rain and Dew Programme', official: false },
    gloss_en: 'grants for children of poor families at vocational schools',
    related: ['fang-fan-pin-jian-ce', 'you-xiao-xian-jie'],
    sources: [
      { url: 'https://www.eqwz.net/t/环境保护.html', publisher: '大理融媒（转载政策解读）', note: 'reprint' },
      { url: 'https://www.fudaoke.com/exam/2919612.html', publisher: 'fudaoke.com（问答）' },
    ],
    status: 'verified',
  },
];
