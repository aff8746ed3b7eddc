import type { GlossaryEntry, Source } from '../types';

/*
 * National J: national wording of 2023–2026 on society and livelihood that local news uses without
 * explaining it: schools and teachers (the “educator spirit”, the science-education “addition” to
 * “double reduction”, the school–family–society “education alliance”, the teacher-training
 * programme for poorer regions), health and medical insurance (the medical-insurance wallet,
 * national regional medical centres, flying inspections of the insurance fund), population and
 * children (high-quality population development, child-friendly cities, children left without
 * carers in fact), jobs (the employment-first strategy, the Spring Breeze job fairs, the Warm Spring
 * service for migrant workers), ecology (central environmental inspections, new pollutants, cutting
 * pollution and carbon together, the Three-North shelterbelt battles, happy rivers and lakes, the
 * national ecology day) and reading (a “book-fragrant society”).
 *
 * How these terms were chosen: about 30 searches in Chinese of stored public web pages (ministry
 * notices as reprinted by other sites, Xinhua, People’s Daily, China Youth Daily and China Daily
 * texts, government and university pages, journal abstracts), none of them a page that the
 * real-news benches measure. Every candidate was checked against the forms the glossary already
 * holds; 房屋养老金, 15分钟健身圈, 双减, 大思政课, 一老一小, 生育友好型社会, 河长制, 医保码, 全国文明城市
 * and 紧密型县域医共体 exist and were skipped as terms (some are linked). A term was kept when a page
 * used it in official or news text and a page said what it means; meanings come from the pages
 * cited under each entry, wording is ours.
 *
 * Left out for want of a page read here that explains them: 医疗卫生强基工程, 门诊共济, 百日千万招聘,
 * 职普融通 (pages use it without saying what it is), 全国文明典范城市 and 惠民保 (only pages on
 * other names). 小眼镜 and 小胖墩 were dropped as ordinary words for short-sighted and chubby children.
 * English is marked official only where a state-media English text gives it.
 *
 * Precision: bare 三北 (three northern regions), 幸福河 (also a river name), 飞行检查 (any unannounced
 * inspection, of food or drugs too) and 就业优先 alone are not forms here.
 */

const DM188_WALLET_2026: Source = {
  url: 'https://m.188dm.com/news/19395.html',
  publisher: '188dm.com（解读文章）',
  date: '2026-01-12',
  note: 'explainer on the national healthcare security administration’s January 2026 notice',
};

const JSJK_WALLET: Source = {
  url: 'https://m.jiusongjiankang.com/health/news/5135608.html',
  publisher: 'jiusongjiankang.com（健康资讯）',
};

const RMLT_EDUCATOR_2024: Source = {
  url: 'http://www.rmlt.com.cn/2024/0429/701513.shtml',
  publisher: '人民论坛网',
  date: '2024-04-29',
};

const ABTBUS_EDUCATOR_2024: Source = {
  url: 'https://www.abtbus.com/journal/paperinformation?paperid=100837',
  publisher: '汉斯出版社《社会科学前沿》论文',
  date: '2024-11',
};

const GUOQI_POLLUTANTS_2022: Source = {
  url: 'http://guoqi.org/listing/lawsshow_pi.php?id=3045',
  publisher: 'guoqi.org（转载国务院办公厅通知）',
  date: '2022-05-24',
  note: 'reprint of the opening of the State Council general office notice',
};

const SSF_POLLUTANTS_2022: Source = {
  url: 'http://ssffurnace.cn/news2_2022_1162.html',
  publisher: 'ssffurnace.cn（转载新闻报道）',
  date: '2022-10-15',
  note: 'reprint of a report on the action plan on a page with unrelated advertising',
};

const TSKM_POLLUTANTS_2022: Source = {
  url: 'http://tskunmao.com/pages/article/view/id/232056?page=150',
  publisher: 'tskunmao.com（转载生态环境部会议报道）',
  date: '2022-11',
};

const JYB_ALLIANCE_2026: Source = {
  url: 'http://www.jyb.cn/rmtzgjyb/202601/t20260104_2111433075.html',
  publisher: '中国教育新闻网（中国教育报）',
  date: '2026-01-04',
};

const CENTANET_ALLIANCE_2025: Source = {
  url: 'https://centanetco.com/html/manbetxwanbo/gongsixinwen/6505.html',
  publisher: 'centanetco.com（转载评论文章）',
  date: '2025-04-08',
  note: 'reprint of a commentary on the 2024 work plan on an unrelated site',
};

const CNCMRN_SPRING_BREEZE_2019: Source = {
  url: 'http://cncmrn.com/cms/2019/03/26/c630ec5789.shtml',
  publisher: 'cncmrn.com（新闻报道）',
  date: '2019-03-26',
};

const HENAN_SPRING_2026: Source = {
  url: 'http://www.risen-fashion.com/index/news/detials/id/75.html',
  publisher: 'risen-fashion.com（转载河南“春暖农民工”服务行动介绍）',
  date: '2026-02',
};

const GMW_WARM_SPRING_2026: Source = {
  url: 'https://article.wn.com/view/WNAT3f2fa9c92dc0fcb78cce98d2d0f97619',
  publisher: 'WN（转载光明网评论）',
  date: '2026-01-26',
};

const SCHOLARMATE_INSPECTION: Source = {
  url: 'https://scholarmate.com/S/Rnx5Pm',
  publisher: 'scholarmate.com（期刊文章摘要）',
  note: 'abstract of a journal article on the first two rounds',
};

const CDRB_INSPECTION_2023: Source = {
  url: 'https://www.cdrb.com.cn/epaper/cdrbpc/202311/22/c123767.html',
  publisher: '成都日报',
  date: '2023-11-22',
};

const BAILIQIN_INSPECTION_2018: Source = {
  url: 'http://m.bailiqin.com/news/show-124815.html',
  publisher: 'bailiqin.com（转载新闻报道）',
  date: '2018-01',
  note: 'reprint of a report at the end of the first round',
};

const AIMEIXIN_SANBEI_2024: Source = {
  url: 'http://aimeixin.net/cjzs/223010.html',
  publisher: 'aimeixin.net（转载《绿色中国》报道）',
  date: '2024-05-21',
  note: 'reprint on a page with unrelated advertising',
};

const RMRB_SANBEI_2024: Source = {
  url: 'http://58.221.163.238:8082/w.php?CJvhP=m.html',
  publisher: '转载《人民日报》（2024年6月6日第10版）',
  date: '2024-06-06',
  note: 'reprint of a People’s Daily article',
};

const XELY_SANBEI: Source = {
  url: 'http://www.xely.cn/guonei/p/1677573.html',
  publisher: 'xely.cn（转载新闻报道）',
  note: 'reprint of a report on the Otindag sandy land on a page with unrelated advertising',
};

const DINGDANG_POLLUTION_CARBON_2022: Source = {
  url: 'http://3g.dingdang-w.com/category/202206/20/55975.html',
  publisher: 'dingdang-w.com（转载生态环境部等七部门通知）',
  date: '2022-06',
  note: 'reprint of the seven-department notice',
};

const SANMING_POLLUTION_CARBON_2022: Source = {
  url: 'http://shb.sm.gov.cn/zwxx/dqhjgl/202301/t20230103_1867946.htm',
  publisher: '三明市生态环境局',
  date: '2023-01-03',
};

const PLANNING_CHILD_FRIENDLY_2021: Source = {
  url: 'https://www.planning.org.cn/news/view?id=11912',
  publisher: '中国城市规划网（转载国家发展改革委文件）',
  date: '2021-10-15',
};

const RMRB_CHILD_FRIENDLY_2021: Source = {
  url: 'http://songdawu.com/n2/2021/1016/c186331-34959199.html',
  publisher: 'songdawu.com（转载人民网—人民日报）',
  date: '2021-10-16',
  note: 'mirror of a People’s Daily report on a page with unrelated advertising',
};

const JIEMIAN_CHILD_FRIENDLY_2021: Source = {
  url: 'https://www.jiemian.com/article/6703770.html',
  publisher: '界面新闻',
  date: '2021-10-15',
};

const WANBAO_MEDICAL_CENTRE: Source = {
  url: 'http://www.beijingwanbaoa.com/wbjj/16980.html',
  publisher: 'beijingwanbaoa.com（转载西海都市报、北京晚报）',
  note: 'reprint with figures dropped, on a page with unrelated advertising',
};

const BENJUZI_MEDICAL_CENTRE_2023: Source = {
  url: 'http://benjuzi.cn/caijing/2023/0620/062023_180404.html',
  publisher: 'benjuzi.cn（转载新闻报道）',
  date: '2023-06-20',
};

const GXKJT_ECOLOGY_DAY: Source = {
  url: 'http://kjt.gxzf.gov.cn/zthd/aqscfzjzxc/t16974573.shtml',
  publisher: '广西壮族自治区科学技术厅',
};

const HUANGSHAN_ECOLOGY_DAY_2025: Source = {
  url: 'https://swj.huangshan.gov.cn/zxzx/tpxw/9292512.html',
  publisher: '黄山市水利局',
  date: '2025-08',
};

const NINGXIANG_ECOLOGY_DAY_2024: Source = {
  url: 'http://m.neauxyourrole.com/a/jijin/2024/2024081679029.html',
  publisher: 'neauxyourrole.com（转载宁乡环保志愿活动报道）',
  date: '2024-08-16',
};

const XINHUA_HAPPY_RIVERS_2025: Source = {
  url: 'https://gzjmsqm.com/xinwen/guoneixinwen/113500.html',
  publisher: 'gzjmsqm.com（转载新华社）',
  date: '2025-01-22',
};

const CYD_HAPPY_RIVERS_2026: Source = {
  url: 'https://cj.sina.com.cn/articles/view/1726918143/66eeadff02001rrcg',
  publisher: '新浪财经（转载中国青年报）',
  date: '2026-01-04',
};

const CHINADAILY_POPULATION_2023: Source = {
  url: 'http://m.moviead.com.cn/news/show.php?itemid=17273',
  publisher: 'moviead.com.cn（转载中国日报网双语新闻）',
  date: '2023-05',
  note: 'mirror of a China Daily bilingual page',
};

const FX361_POPULATION_2024: Source = {
  url: 'https://fx361.cc/page/2024/0112/22865352.shtml',
  publisher: 'fx361.cc（转载期刊访谈）',
  date: '2024-01-12',
};

const CNA_POPULATION_2023: Source = {
  url: 'https://info.51.ca/articles/1207916?wyacs=info-article-item-bt-related',
  publisher: '51.ca（转载中央社电）',
  date: '2023-05-05',
};

const EOL_SCIENCE_ADDITION_2023: Source = {
  url: 'http://yhtest.cn/zhengce/wenjian/202305/t20230529_2417719.shtml',
  publisher: 'yhtest.cn（转载中国教育在线所载教育部等十八部门意见）',
  date: '2023-05-29',
  note: 'mirror of the opinions as published by China Education Online',
};

const MOE_SCIENCE_ADDITION_2025: Source = {
  url: 'http://m.beautiful-landscapes.com/jyb_xxgk/xxgk_jyta/jianguansi/202501/t20250113_1175485.html',
  publisher: 'beautiful-landscapes.com（转载教育部建议答复）',
  date: '2025-01-13',
  note: 'mirror of an education ministry reply to a deputy’s proposal',
};

const GD_UNSUPPORTED_CHILDREN_2019: Source = {
  url: 'http://sourcecodebean.com/xxgk/zzjg/zfjg/qysmzj/xzzf/qzqd/content/post_956905.html',
  publisher: 'sourcecodebean.com（转载广东省民政厅等实施意见）',
  date: '2019-12-20',
  note: 'mirror of a Guangdong implementing document citing 民发〔2019〕62号',
};

const OUKU_UNSUPPORTED_CHILDREN_2019: Source = {
  url: 'https://www.oukutuan.com/m/view.php?aid=322612',
  publisher: 'oukutuan.com（新闻整理）',
  date: '2019-12-26',
};

const JX_UNSUPPORTED_CHILDREN: Source = {
  url: 'https://wap.265xx.com/w427/299471.html',
  publisher: '265xx.com（转载江西省民政厅理论研究文章）',
};

const NDRC_EMPLOYMENT_FIRST: Source = {
  url: 'https://www.zhonghongwang.com/show-254-449056-1.html',
  publisher: '中红网（转载国家发展改革委就业收入分配和消费司文章）',
  date: '2025',
  note: 'article on the fifteenth five-year-plan proposals',
};

const FISHAI_EMPLOYMENT_FIRST: Source = {
  url: 'http://news.fishai.com.cn/news/920985',
  publisher: 'fishai.com.cn（新闻摘要）',
  note: 'summary of the central opinions on the employment-first strategy',
};

const GOVREPORT_EMPLOYMENT_2019: Source = {
  url: 'http://36jing.com/j3_14928_0.html',
  publisher: '36jing.com（转载政府工作报告摘录）',
  date: '2019-03-05',
};

const CCTV_YOUSHI_2021: Source = {
  url: 'https://nanmuxuan.com/zh-hk/classic/vaquxthekcd.html',
  publisher: '楠木轩（转载央视网消息）',
  date: '2021',
};

const KMU_YOUSHI: Source = {
  url: 'https://bkzs.kmu.edu.cn/contents/14/95.html',
  publisher: '昆明医科大学本科招生网',
};

const YUXINQX_YOUSHI_2025: Source = {
  url: 'http://www.yuxinqx.com/jy/detail/20251107/1000200033136041762480744939152743_1.html',
  publisher: 'yuxinqx.com（转载新闻报道）',
  date: '2025-11-07',
};

const ZHENGUOKE_FLYING_2025: Source = {
  url: 'https://zhenguoke.com/read/-dy-article-JREP2FVD0545DUU0.html',
  publisher: 'zhenguoke.com（转载网易号文章）',
  date: '2025-03',
};

const JSJK_FLYING_2025: Source = {
  url: 'https://m.jiusongjiankang.com/health/news/6169269.html',
  publisher: 'jiusongjiankang.com（健康资讯）',
  date: '2025',
};

const GUANCHA_READING_2025: Source = {
  url: 'https://www.guancha.cn/culture/2025_12_16_800634.shtml',
  publisher: '观察者网（转载新华社）',
  date: '2025-12-16',
};

const NATIONALREADING_2025: Source = {
  url: 'https://www.nationalreading.gov.cn/wzzt/qmydcjtlxcjd/mtgz/202512/t20251223_943331.html',
  publisher: '全民阅读网（国家新闻出版署主办）',
  date: '2025-12-23',
};

const CHINADAILY_READING_2025: Source = {
  url: 'http://m.rampole.com/news/show.php?itemid=28796',
  publisher: 'rampole.com（转载中国日报网双语新闻）',
  date: '2025-12-17',
  note: 'mirror of a China Daily bilingual page',
};

/** National wording of 2023–2026 on schools, health insurance, children, jobs, ecology and reading. */
export const NATIONAL_J: readonly GlossaryEntry[] = [
  // ── Schools and teachers ──
  {
    id: 'jiao-yu-jia-jing-shen',
    term: '教育家精神',
    aliases: ['中国特有的教育家精神', '弘扬教育家精神', '大力弘扬教育家精神'],
    scope: 'national',
    period: { from: 2023 },
    category: 'culture',
    gloss_zh: '2023年教师节前提出、号召广大教师弘扬的六个方面的教师精神',
    explanation_zh:
      '2023年9月9日习近平在致全国优秀教师代表的信中首次提出“中国特有的教育家精神”，从理想信念、道德情操、育人智慧、躬耕态度、仁爱之心、弘道追求六个方面概括。2024年8月中共中央、国务院印发关于弘扬教育家精神、加强新时代高素质专业化教师队伍建设的意见。',
    explanation_en:
      'Xi Jinping first named “the educator spirit unique to China” in a letter to model teachers on 9 September 2023, summed up in six aspects: ideals, moral integrity, teaching wisdom, diligence, a caring heart and a mission to spread the Way. An August 2024 opinion of the Party centre and the State Council on building a high-quality teaching force is named after it.',
    english: { text: 'the educator spirit', official: false },
    gloss_en: 'the six-part ideal of the teacher set out in September 2023',
    items: [
      { zh: '心有大我、至诚报国的理想信念', en: 'ideals: a devotion to the greater good and to the country' },
      { zh: '言为士则、行为世范的道德情操', en: 'moral integrity: words and deeds that set an example' },
      { zh: '启智润心、因材施教的育人智慧', en: 'teaching wisdom: opening minds and teaching each pupil as fits' },
      { zh: '勤学笃行、求是创新的躬耕态度', en: 'diligence: steady study, practice and innovation' },
      { zh: '乐教爱生、甘于奉献的仁爱之心', en: 'a caring heart: loving teaching and pupils, giving freely' },
      { zh: '胸怀天下、以文化人的弘道追求', en: 'a mission: a world view and educating through culture' },
    ],
    related: ['jiao-yu-qiang-guo'],
    sources: [RMLT_EDUCATOR_2024, ABTBUS_EDUCATOR_2024],
    status: 'verified',
  },
  {
    id: 'ke-xue-jiao-yu-jia-fa',
    term: '科学教育加法',
    aliases: ['做好科学教育加法', '在教育双减中做好科学教育加法'],
    scope: 'national',
    period: { from: 2023 },
    category: 'livelihood',
    gloss_zh: '在“双减”减负的同时加强中小学科学教育',
    explanation_zh:
      '2023年2月习近平在中央政治局集体学习时提出，要在教育“双减”中做好科学教育加法，激发青少年的好奇心、想象力和探求欲。同年5月教育部等十八部门印发关于加强新时代中小学科学教育工作的意见作出系统部署，其中包括逐步实现每所小学至少有一名具有理工类硕士学位的科学教师。',
    explanation_en:
      'In February 2023 Xi Jinping told a Politburo study session that, while “double reduction” cuts pupils’ homework and tutoring load, schools should “add” science education to spark curiosity and imagination. Opinions of eighteen bodies led by the education ministry in May 2023 set out the work, including the aim of at least one science teacher with a science or engineering master’s degree in every primary school.',
    english: { text: 'doing an “addition” in science education', official: false },
    gloss_en: 'more science teaching alongside the cut in school burdens',
    related: ['shuang-jian'],
    sources: [EOL_SCIENCE_ADDITION_2023, MOE_SCIENCE_ADDITION_2025],
    status: 'verified',
  },
  {
    id: 'jiao-lian-ti',
    term: '教联体',
    aliases: ['家校社协同育人教联体', '家校社协同育人教联体工作方案'],
    scope: 'national',
    period: { from: 2024 },
    category: 'livelihood',
    gloss_zh: '以学校为中心、把家庭和社会各方联结起来共同育人的区域协作机制',
    explanation_zh:
      '“教联体”全称家校社协同育人“教联体”，是以中小学生健康快乐成长为目标、以学校为圆心、以区域为主体、以资源为纽带，促进家庭、学校、社会有效协同的一种工作方式。2024年11月教育部等十七部门印发工作方案，要求2025年50%的县、2027年所有县建立“教联体”。',
    explanation_en:
      'The “education alliance” links schools, families, community offices, government departments and other local bodies to look after pupils’ health, safety and growth, with the school at the centre and the county or district as the unit. A work plan of seventeen bodies led by the education ministry in November 2024 asked half of all counties to set one up by 2025 and every county by 2027.',
    english: { text: 'school–family–society education alliance', official: false },
    gloss_en: 'a local alliance of schools, families and public bodies for raising children',
    related: ['shuang-jian'],
    sources: [JYB_ALLIANCE_2026, CENTANET_ALLIANCE_2025],
    status: 'verified',
  },
  {
    id: 'you-shi-ji-hua',
    term: '优师计划',
    aliases: ['中西部欠发达地区优秀教师定向培养计划', '国家优师专项', '地方优师专项', '优师专项'],
    scope: 'national',
    period: { from: 2021 },
    category: 'livelihood',
    gloss_zh: '为中西部脱贫县和边境县定向培养中小学教师的师范生计划',
    explanation_zh:
      '全称“中西部欠发达地区优秀教师定向培养计划”，2021年由教育部等九部门启动，每年为832个脱贫县和中西部陆地边境县的中小学定向培养约1万名师范生，毕业后回到这些县任教。国家优师专项由6所教育部直属师范大学承担，地方优师专项由中西部省份的本科师范院校承担。',
    explanation_en:
      'Launched in 2021 by the education ministry and eight other bodies, the programme trains about 10,000 student teachers a year on contract for schools in the 832 counties lifted out of poverty and in the land-border counties of central and western China, where they go to teach after graduating. The national track is run by six normal universities under the ministry, the local track by provincial teacher-training colleges.',
    english: { text: 'Excellent Teacher Training Programme for underdeveloped central and western regions', official: false },
    gloss_en: 'contract teacher training for poor and border counties',
    related: ['xian-yu-pu-tong-gao-zhong-zhen-xing'],
    sources: [CCTV_YOUSHI_2021, KMU_YOUSHI, YUXINQX_YOUSHI_2025],
    status: 'verified',
  },
  // ── Health and medical insurance ──
  {
    id: 'yi-bao-qian-bao',
    term: '医保钱包',
    aliases: ['医保个人账户跨省共济', '职工医保个人账户跨省共济', '医保钱包跨省共济'],
    scope: 'national',
    category: 'livelihood',
    gloss_zh: '可把职工医保个人账户的钱跨省转给家人使用的线上账户',
    explanation_zh:
      '“医保钱包”是国家医保服务平台APP中的功能：职工医保参保人开通后，可把个人账户里的余额转给也已开通医保钱包的近亲属，用来支付其医药费用或缴纳居民医保费，从而实现个人账户跨省“家庭共济”。2026年1月国家医保局通知把共济对象扩大到全部近亲属，当时已有30个省份和新疆生产建设兵团的337个地区开通。',
    explanation_en:
      'A function of the national medical-insurance app: an employee-insurance member can move money from the personal account of their health insurance to a close relative who has also opened a wallet, even in another province, to pay medical bills or the relative’s resident-insurance premium. A January 2026 notice widened the circle to all close relatives; by then 337 areas in 30 provinces and the Xinjiang Production and Construction Corps had opened it.',
    english: { text: 'medical insurance wallet', official: false },
    gloss_en: 'an app account for sharing medical-insurance savings with family across provinces',
    related: ['yi-bao-dian-zi-ping-zheng'],
    sources: [DM188_WALLET_2026, JSJK_WALLET],
    status: 'verified',
  },
  {
    id: 'guo-jia-qu-yu-yi-liao-zhong-xin',
    term: '国家区域医疗中心',
    aliases: ['国家区域医疗中心建设项目', '国家区域医疗中心建设'],
    scope: 'national',
    category: 'livelihood',
    gloss_zh: '把北京、上海等地名医院的分院建到医疗薄弱省份的国家工程',
    explanation_zh:
      '为推动优质医疗资源扩容下沉和区域均衡布局，国家从北京、上海、广东等医疗资源富集地区遴选高水平医院，到医疗资源相对薄弱的省份建设分支机构，中央财政对每个项目给予不超过5亿元的补助。目标是让群众看大病、重病不出省，建设项目已覆盖除北京、上海、天津以外的所有省份。',
    explanation_en:
      'To spread high-quality care, leading hospitals from resource-rich places such as Beijing, Shanghai and Guangdong are chosen to build branches in provinces with weaker medical services, with central subsidies of up to 500 million yuan per project. The aim is that patients with serious illnesses need not leave their province; projects now cover every province except Beijing, Shanghai and Tianjin.',
    english: { text: 'national regional medical centre', official: false },
    gloss_en: 'branches of top hospitals built in provinces with weaker care',
    related: ['jian-kang-zhong-guo', 'jin-mi-xing-xian-yu-yi-gong-ti'],
    sources: [WANBAO_MEDICAL_CENTRE, BENJUZI_MEDICAL_CENTRE_2023],
    status: 'verified',
  },
  {
    id: 'yi-bao-ji-jin-fei-xing-jian-cha',
    term: '医保基金飞行检查',
    aliases: ['医保飞检', '医保基金飞检', '全国医保飞检'],
    scope: 'national',
    category: 'livelihood',
    gloss_zh: '医保部门不打招呼、直奔现场查医院药店骗保的突击检查',
    explanation_zh:
      '“飞行检查”指事先不通知、直接到现场的突击检查；医保飞检由国家和省级医保部门组织，跨地区交叉检查定点医院和药店，重点查虚假住院、分解收费、串换药品、冒名就医等欺诈骗保行为。近年来飞检依托大数据和药品追溯码先锁定异常结算记录再去现场，查实的机构会被追回资金、暂停或解除医保协议并移送公安、纪检。',
    explanation_en:
      '“Flying” inspections are unannounced on-site checks; for the medical-insurance fund they are organised by national and provincial insurance bureaus, often with inspectors from other regions, and look for fake admissions, split billing, swapped drugs and use of other people’s cards. Newer rounds use big data and drug traceability codes to pick suspect claims first; offenders repay the money, lose their insurance contracts and may be passed to police or discipline bodies.',
    english: { text: 'flying (unannounced) inspections of the medical insurance fund', official: false },
    gloss_en: 'surprise checks of hospitals and pharmacies for insurance fraud',
    related: ['drg-dip-zhi-fu-gai-ge'],
    sources: [ZHENGUOKE_FLYING_2025, JSJK_FLYING_2025],
    status: 'verified',
  },
  // ── Population, children and jobs ──
  {
    id: 'ren-kou-gao-zhi-liang-fa-zhan',
    term: '人口高质量发展',
    aliases: ['以人口高质量发展支撑中国式现代化', '推动人口高质量发展', '促进人口高质量发展'],
    scope: 'national',
    period: { from: 2023 },
    category: 'livelihood',
    gloss_zh: '面对少子化老龄化，把人口工作重点转向提高整体素质的方针',
    explanation_zh:
      '2023年5月5日二十届中央财经委员会第一次会议提出“以人口高质量发展支撑中国式现代化”，指出人口发展呈现少子化、老龄化、区域人口增减分化的趋势。要求着力提高人口整体素质，努力保持适度生育水平和人口规模，塑造素质优良、总量充裕、结构优化、分布合理的现代化人力资源，并发展普惠托育、建设生育友好型社会、积极应对人口老龄化。',
    explanation_en:
      'Set out at the first meeting of the 20th Central Financial and Economic Affairs Commission on 5 May 2023, against falling births, ageing and some regions shrinking while others grow. It shifts the goal from numbers to the quality of the population: better health and education, a suitable birth rate and population size, affordable childcare, a birth-friendly society and an active response to ageing.',
    english: { text: 'high-quality population development', official: true },
    gloss_en: 'population policy aimed at quality as births fall and people age',
    related: ['yi-lao-yi-xiao'],
    sources: [CHINADAILY_POPULATION_2023, FX361_POPULATION_2024, CNA_POPULATION_2023],
    status: 'verified',
  },
  {
    id: 'er-tong-you-hao-cheng-shi',
    term: '儿童友好城市',
    aliases: ['儿童友好城市建设', '国家儿童友好城市', '儿童友好城市建设试点'],
    scope: 'national',
    period: { from: 2021 },
    category: 'livelihood',
    gloss_zh: '在政策、服务和城市空间上照顾儿童需要的城市建设',
    explanation_zh:
      '“儿童友好”指为儿童成长提供适宜的条件、环境和服务，保障其生存权、发展权、受保护权和参与权。2021年10月国家发展改革委会同22个部门印发指导意见，从社会政策、公共服务、权利保障、成长空间、发展环境5个方面提出24条举措，到2025年开展100个试点，到2035年约100个城市被命名为国家儿童友好城市。',
    explanation_en:
      '“Child-friendly” means giving children suitable conditions, surroundings and services and protecting their rights to survival, development, protection and participation. Guidelines of the planning commission and 22 other bodies in October 2021 set 24 measures in five areas, 100 pilot cities by 2025 and about 100 cities named national child-friendly cities by 2035.',
    english: { text: 'child-friendly city', official: false },
    gloss_en: 'cities built and run with children’s needs in mind',
    related: ['yi-lao-yi-xiao'],
    sources: [PLANNING_CHILD_FRIENDLY_2021, RMRB_CHILD_FRIENDLY_2021, JIEMIAN_CHILD_FRIENDLY_2021],
    status: 'verified',
  },
  {
    id: 'shi-shi-wu-ren-fu-yang-er-tong',
    term: '事实无人抚养儿童',
    aliases: ['事实孤儿', '事实无人抚养儿童保障'],
    scope: 'national',
    period: { from: 2019 },
    category: 'livelihood',
    gloss_zh: '父母在世却事实上无法抚养、参照孤儿给予保障的儿童',
    explanation_zh:
      '指父母双方均重残、重病、服刑在押、强制隔离戒毒、被限制人身自由或失联，或一方死亡、失踪而另一方属于上述情形的未满18周岁儿童，俗称“事实孤儿”。2019年民政部等12部门印发关于进一步加强事实无人抚养儿童保障工作的意见，自2020年1月1日起把他们全面纳入保障。',
    explanation_en:
      'Children under 18 whose parents are both severely disabled, seriously ill, in prison or compulsory drug rehabilitation, otherwise deprived of liberty or out of contact, or where one parent is dead or missing and the other is in such a situation; they are often called “de facto orphans”. Under 2019 opinions of the civil affairs ministry and eleven other bodies they have been brought into state protection since 1 January 2020.',
    english: { text: 'children without de facto parental care (de facto orphans)', official: false },
    gloss_en: 'children whose living parents cannot care for them, helped like orphans',
    related: [],
    sources: [GD_UNSUPPORTED_CHILDREN_2019, OUKU_UNSUPPORTED_CHILDREN_2019, JX_UNSUPPORTED_CHILDREN],
    status: 'verified',
  },
  {
    id: 'jiu-ye-you-xian-zhan-lue',
    term: '就业优先战略',
    aliases: ['实施就业优先战略', '深入实施就业优先战略', '就业优先政策', '强化就业优先政策'],
    scope: 'national',
    category: 'livelihood',
    gloss_zh: '把促进就业放在经济社会发展优先位置的国家战略',
    explanation_zh:
      '2019年政府工作报告首次把就业优先政策置于宏观政策层面；中共中央、国务院关于实施就业优先战略促进高质量充分就业的意见，以强化就业优先政策为抓手、以不发生规模性失业风险为底线，部署支持企业稳岗扩岗、促进高校毕业生等青年就业等24条举措。“十五五”规划建议把促进高质量充分就业列为民生领域首要任务，要求深入实施就业优先战略、构建就业友好型发展方式。',
    explanation_en:
      'The 2019 government work report first raised the employment-first policy to the level of macro policy; later central opinions on the employment-first strategy set 24 measures, such as support for firms that keep and add jobs and help for graduates, with no large-scale unemployment as the bottom line. The proposals for the fifteenth five-year plan make high-quality, full employment the first livelihood task.',
    english: { text: 'employment-first strategy', official: false },
    gloss_en: 'the national strategy of putting jobs first',
    related: ['ling-gong-shi-chang', 'xin-jiu-ye-xing-tai'],
    sources: [NDRC_EMPLOYMENT_FIRST, FISHAI_EMPLOYMENT_FIRST, GOVREPORT_EMPLOYMENT_2019],
    status: 'partial',
    missing: 'The date of the central opinions on the employment-first strategy was not on a page read here.',
    missing_zh: '中共中央、国务院关于实施就业优先战略意见的印发日期未在所读页面中核实。',
  },
  {
    id: 'chun-feng-xing-dong',
    term: '春风行动',
    aliases: ['春风行动暨就业援助月', '春风行动暨就业援助季'],
    scope: 'national',
    category: 'livelihood',
    gloss_zh: '每年春节前后为农民工等组织招聘和就业服务的专项活动',
    explanation_zh:
      '“春风行动”是人社部门的就业服务专项活动品牌，由人力资源社会保障部会同有关部门和群团组织每年春节前后开展，2019年已是连续第15年。各地借返乡务工人员集中出行、换岗的时机，举办线上线下招聘会、推送岗位信息、组织劳务输出和技能培训，重点服务农村劳动力和有用工需求的企业。',
    explanation_en:
      'The “Spring Breeze” campaign is the human-resources ministry’s yearly job-service drive around the Spring Festival, run with other departments and mass organisations; 2019 was its fifteenth year. Local offices hold job fairs online and on site, push vacancies, organise labour transfer and training, mainly for rural workers and firms that need staff.',
    english: { text: 'Spring Breeze campaign', official: false },
    gloss_en: 'the yearly Spring Festival job-fair campaign for rural workers',
    related: ['chun-nuan-nong-min-gong', 'ling-gong-shi-chang'],
    sources: [CNCMRN_SPRING_BREEZE_2019, HENAN_SPRING_2026],
    status: 'verified',
  },
  {
    id: 'chun-nuan-nong-min-gong',
    term: '春暖农民工服务行动',
    aliases: ['春暖农民工', '春暖农民工行动'],
    scope: 'national',
    category: 'livelihood',
    gloss_zh: '春节前后为农民工返乡返岗提供出行、招聘、维权等服务的行动',
    explanation_zh:
      '人力资源社会保障部等部门在春节前后农民工集中出行、换岗时开展的服务行动，2026年由11个部门在安徽亳州启动。内容包括组织“点对点”返岗专车专列、专场招聘和技能培训、走访慰问，以及治理欠薪、打击虚假招聘等权益保障。',
    explanation_en:
      'A service drive by the human-resources ministry and other departments when migrant workers travel home and change jobs around the Spring Festival; the 2026 round was launched by eleven bodies in Bozhou, Anhui. It includes door-to-door buses and trains back to work, job fairs, training, visits, and action on unpaid wages and fake job offers.',
    english: { text: 'Warm Spring service campaign for migrant workers', official: false },
    gloss_en: 'Spring Festival travel, job and rights services for migrant workers',
    related: ['chun-feng-xing-dong'],
    sources: [GMW_WARM_SPRING_2026, HENAN_SPRING_2026],
    status: 'partial',
    missing: 'The year the campaign began was not on a page read here.',
    missing_zh: '该行动始于哪一年未在所读页面中核实。',
  },
  // ── Ecology and environment ──
  {
    id: 'zhong-yang-sheng-tai-huan-jing-bao-hu-du-cha',
    term: '中央生态环境保护督察',
    aliases: ['中央生态环保督察', '中央环保督察', '中央生态环境保护督察组', '第三轮中央生态环境保护督察'],
    scope: 'national',
    period: { from: 2016 },
    category: 'ecology',
    gloss_zh: '中央派督察组进驻各省检查生态环保责任落实的制度',
    explanation_zh:
      '2015年中央深改组审议通过环境保护督察方案，同年底在河北试点，2016年7月正式启动，2017年实现31个省份全覆盖，2018年更名为中央生态环保督察并开展“回头看”。督察组进驻省份和央企约一个月，受理群众举报，重点查党委政府“党政同责”“一岗双责”落实情况；2023年11月第三轮首批进驻福建、河南、海南、甘肃、青海。',
    explanation_en:
      'Central inspection teams are stationed in a province or central state firm for about a month to check how Party and government leaders carry out environmental duties, taking complaints from the public. Approved in 2015, piloted in Hebei and launched in July 2016, it covered all 31 provinces by 2017, took its present name in 2018, and began its third round in November 2023 with Fujian, Henan, Hainan, Gansu and Qinghai.',
    english: { text: 'central ecological and environmental protection inspection', official: false },
    gloss_en: 'central teams sent to provinces to inspect environmental duties',
    related: ['wu-ran-fang-zhi-gong-jian-zhan', 'mei-li-zhong-guo'],
    sources: [SCHOLARMATE_INSPECTION, CDRB_INSPECTION_2023, BAILIQIN_INSPECTION_2018],
    status: 'verified',
  },
  {
    id: 'xin-wu-ran-wu-zhi-li',
    term: '新污染物治理',
    aliases: ['新污染物治理行动方案', '开展新污染物治理', '加强新污染物治理'],
    scope: 'national',
    period: { from: 2022 },
    category: 'ecology',
    gloss_zh: '对抗生素、内分泌干扰物、微塑料等新型有害化学物质的治理',
    explanation_zh:
      '“新污染物”指具有生物毒性、环境持久性、生物累积性等特征，可能对生态或健康造成危害的化学物质，主要包括持久性有机污染物、内分泌干扰物、抗生素、微塑料等，有毒有害化学物质的生产和使用是主要来源。2022年5月国务院办公厅印发新污染物治理行动方案，党的二十大报告提出“开展新污染物治理”。',
    explanation_en:
      '“New pollutants” are chemicals that are toxic, persistent and build up in living things, such as persistent organic pollutants, endocrine disruptors, antibiotics and microplastics, coming mainly from making and using hazardous chemicals. The State Council issued an action plan in May 2022, and the 20th Party Congress report listed their control as a task.',
    english: { text: 'control of new pollutants', official: false },
    gloss_en: 'control of emerging chemical pollutants such as antibiotics and microplastics',
    related: ['wu-ran-fang-zhi-gong-jian-zhan'],
    sources: [GUOQI_POLLUTANTS_2022, SSF_POLLUTANTS_2022, TSKM_POLLUTANTS_2022],
    status: 'verified',
  },
  {
    id: 'jian-wu-jiang-tan-xie-tong-zeng-xiao',
    term: '减污降碳协同增效',
    aliases: ['减污降碳', '协同推进减污降碳', '减污降碳协同增效实施方案'],
    scope: 'national',
    period: { from: 2022 },
    category: 'ecology',
    gloss_zh: '把治理污染和减少碳排放放在一起谋划推进、相互增效',
    explanation_zh:
      '2022年生态环境部等七部门印发减污降碳协同增效实施方案，要求对污染防治和碳减排一体谋划、一体部署、一体推进、一体考核，坚持降碳、减污、扩绿、增长协同推进。目标是到2025年形成减污降碳协同推进的工作格局，到2030年协同能力显著提升、助力实现碳达峰。',
    explanation_en:
      'A 2022 plan of the ecology ministry and six other bodies asks that pollution control and carbon cuts be planned, carried out and assessed together, alongside greening and growth, so that each helps the other. Joint working was to be in place by 2025, with much stronger results by 2030 to help carbon emissions peak.',
    english: { text: 'synergy in reducing pollution and carbon emissions', official: false },
    gloss_en: 'cutting pollution and carbon emissions together',
    related: ['shuang-tan', 'wu-ran-fang-zhi-gong-jian-zhan'],
    sources: [DINGDANG_POLLUTION_CARBON_2022, SANMING_POLLUTION_CARBON_2022],
    status: 'verified',
  },
  {
    id: 'san-bei-gong-cheng',
    term: '三北工程',
    aliases: ['三北工程攻坚战', '三北防护林体系建设工程', '三北防护林工程', '打好三北工程攻坚战'],
    scope: 'national',
    category: 'ecology',
    gloss_zh: '西北、华北、东北防风固沙的大型防护林工程及其攻坚战',
    explanation_zh:
      '“三北”工程即西北、华北、东北的防护林体系建设工程，已建设四十多年，现为六期。2023年下半年起全面打响“三北”工程攻坚战，分为黄河“几字弯”攻坚战，科尔沁、浑善达克两大沙地歼灭战，河西走廊—塔克拉玛干沙漠边缘阻击战三大标志性战役，2024年起还有超长期特别国债支持。',
    explanation_en:
      'The Three-North Shelterbelt programme has planted forests and grass against sand in China’s northwest, north and northeast for over forty years and is in its sixth phase. A campaign launched in the second half of 2023 has three signature battles: the Yellow River’s great bend, the Horqin and Otindag sandy lands, and the edges of the Hexi Corridor and the Taklimakan Desert; since 2024 it also draws on ultra-long special treasury bonds.',
    english: { text: 'Three-North Shelterbelt programme', official: false },
    gloss_en: 'the great northern shelterbelt against sand and its battles',
    related: ['shan-shui-lin-tian-hu-cao-sha', 'liang-zhong'],
    sources: [AIMEIXIN_SANBEI_2024, RMRB_SANBEI_2024, XELY_SANBEI],
    status: 'verified',
  },
  {
    id: 'xing-fu-he-hu',
    term: '幸福河湖',
    aliases: ['幸福河湖建设', '全面推进幸福河湖建设', '建设幸福河湖'],
    scope: 'national',
    period: { from: 2022 },
    category: 'ecology',
    gloss_zh: '安全、健康、美丽、惠民的河湖治理目标',
    explanation_zh:
      '水利部以河湖长制为抓手推进的河湖治理目标，2022年起与财政部支持幸福河湖建设项目。2025年1月水利部等六部门印发全面推进幸福河湖建设的意见，从河湖安全、健康生命、清洁美丽、生态产品价值转化、江河文化5个方面部署，目标到2035年基本建成“河安湖晏、水清鱼跃、岸绿景美、宜居宜业、人水和谐”的幸福河湖。',
    explanation_en:
      'A goal for rivers and lakes pursued through the river and lake chief system; the water and finance ministries have funded “happy river” projects since 2022. January 2025 opinions of six bodies led by the water ministry cover flood safety, healthy ecology, clean and attractive banks, turning ecology into income and river culture, aiming for safe, clean and liveable rivers and lakes by 2035.',
    english: { text: 'happy rivers and lakes', official: false },
    gloss_en: 'rivers and lakes made safe, clean and pleasant to live by',
    related: ['he-zhang-zhi'],
    sources: [XINHUA_HAPPY_RIVERS_2025, CYD_HAPPY_RIVERS_2026],
    status: 'verified',
  },
  {
    id: 'quan-guo-sheng-tai-ri',
    term: '全国生态日',
    aliases: [],
    scope: 'national',
    period: { from: 2023 },
    category: 'ecology',
    gloss_zh: '每年8月15日，宣传生态文明的法定纪念日',
    explanation_zh:
      '2023年6月28日十四届全国人大常委会第三次会议决定将8月15日设立为全国生态日，国家通过多种形式开展生态文明宣传教育。选这一天是因为2005年8月15日“绿水青山就是金山银山”理念首次提出，各地当天举办主题宣传和志愿活动。',
    explanation_en:
      'On 28 June 2023 the NPC Standing Committee made 15 August National Ecology Day, for publicity and education on ecological civilisation. The date marks 15 August 2005, when the idea that “clear waters and green mountains are mountains of gold and silver” was first put forward; local governments hold themed events and volunteer activities.',
    english: { text: 'National Ecology Day', official: false },
    gloss_en: '15 August, China’s day for ecological publicity',
    related: ['liang-shan', 'sheng-tai-wen-ming'],
    sources: [GXKJT_ECOLOGY_DAY, HUANGSHAN_ECOLOGY_DAY_2025, NINGXIANG_ECOLOGY_DAY_2024],
    status: 'verified',
  },
  // ── Culture ──
  {
    id: 'shu-xiang-she-hui',
    term: '书香社会',
    aliases: ['建设书香社会', '书香社会建设', '推进书香社会建设'],
    scope: 'national',
    category: 'culture',
    gloss_zh: '人人爱读书、读好书、善读书的社会，全民阅读的目标',
    explanation_zh:
      '全民阅读工作的目标说法，指形成全社会爱读书、读好书、善读书的浓厚氛围。2025年12月公布的《全民阅读促进条例》自2026年2月1日起施行，以促进全民阅读、推进书香社会建设为宗旨，规定每年4月第四周为全民阅读活动周，并支持实体书店和公共阅读空间。',
    explanation_en:
      'The stated goal of the national reading campaign: a society where people love reading, read good books and read well. The Regulation to Promote Public Reading, published in December 2025 and in force from 1 February 2026, names it as its aim, makes the fourth week of April a national reading week and supports bookshops and public reading spaces.',
    english: { text: 'a reading society (“book-fragrant society”)', official: false },
    gloss_en: 'a society where reading is widespread, the goal of the reading campaign',
    related: ['wen-hua-qiang-guo'],
    sources: [GUANCHA_READING_2025, NATIONALREADING_2025, CHINADAILY_READING_2025],
    status: 'verified',
  },
];
