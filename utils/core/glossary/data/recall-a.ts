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
];
