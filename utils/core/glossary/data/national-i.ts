import type { GlossaryEntry, Source } from '../types';

/*
 * National I: national policy wording of 2023–2026 that local news drops in passing: the
 * third-plenum and fifteenth-five-year-plan formulas (development and security in “positive
 * interaction”, one reform of education, science and talent, investing in things and in people),
 * the market rules (fair-competition review, the negative list for market access, clearing the
 * arrears owed to firms), the capital-market and finance formulas (the new “nine articles”, long-term
 * money into the stock market, a financial great power), the infrastructure and energy programmes
 * (the national computing-power network, the new energy system, the national carbon market, cutting
 * logistics costs), livelihood reforms (the gradual rise of the retirement age, migrants becoming
 * city residents, the county high-school revival, regular anti-poverty help after the transition
 * period, DRG/DIP hospital payment), Party building in the “three new” sectors, and a few newer words (inbound consumption, 240-hour visa-free transit, the
 * “ticket-stub economy”, “one network for city management”, outstanding engineers, the 2025
 * central urban-work conference). 全域土地综合整治 was written here and in data/jargon-g.ts at the same time; it is
 * kept there.
 *
 * How these terms were chosen: about 45 searches in Chinese of stored public web pages (State
 * Council and ministry briefings as reprinted by news sites, Xinhua and China Daily texts, Guangming,
 * Fujian Daily and Dazhong Daily commentaries, journal abstracts on the third and fourth plenums),
 * none of them a page that the real-news benches measure. Every candidate was checked against the
 * forms the glossary already holds; 投资于人, 东数西算, 全国统一大市场, 新型城镇化, 双碳, 碳排放双控,
 * 统筹发展和安全, 教育强国, 一网通办, 人民城市, 五篇大文章, 耐心资本, 规模性返贫 and 以旧换新 exist and
 * were skipped as terms (some are linked). A term was kept when a page used it in official or news
 * text and a page said what it means; meanings come from the pages cited under each entry, wording
 * is ours.
 *
 * Left out for want of a page read here that explains them: 育儿补贴 (only list pages of local
 * subsidies turned up again), 个人养老金, 配售型保障性住房, 人房地钱要素联动, 稳住楼市股市 and
 * 全链条支持创新药, 药品集采 and 二轮延包 (only spam mirrors or
 * question pages). 赛事经济 and 城市地下管网 were dropped as readable from the
 * words. English is marked official only where a state-media English text gives it.
 *
 * Precision: 县中 (inside 全县中小学, 县中医院) and 清欠 (also said of wage arrears) stand only between
 * quotes. 赋权 (to empower), 过渡期 (any transition period), bare DRG and 两新 (bare, the equipment-renewal
 * and trade-in pair; 两新组织 has its own entry) are not forms here at all.
 */

const WN_ARREARS_2026: Source = {
  url: 'https://article.wn.com/view/WNATeea08049765f110e591f633228406997',
  publisher: 'WN（转载封面新闻）',
  date: '2026-02-10',
};

const YICAI_ARREARS_2025: Source = {
  url: 'https://reportify.ai/news/1197313803214262272',
  publisher: 'reportify.ai（第一财经报道）',
  date: '2025-12-13',
};

const NDA_COMPUTE_2024: Source = {
  url: 'http://handanyage.com/363.html',
  publisher: 'handanyage.com（转载新华社专访国家数据局）',
  date: '2024-01-03',
  note: 'reprint of a Xinhua interview',
};

const QIUSHI_COMPUTE_2024: Source = {
  url: 'http://e-gov.org.cn/article-187972.html',
  publisher: '中国电子政务网（转载《求是》）',
  date: '2024-03-18',
};

const CHINADAILY_COMPUTE_2026: Source = {
  url: 'https://cn.chinadaily.com.cn/a/202605/22/WS6a0fbce1a310942cc49ada41.html',
  publisher: '中国日报网（双语新闻）',
  date: '2026-05-22',
};

const XINHUA_ENERGY_2025: Source = {
  url: 'http://www.wcidea.com/xwzx/gnsz/gdxw/202512/t20251220_2655607.shtml',
  publisher: 'wcidea.com（转载新华社）',
  date: '2025-12-20',
};

const JOURNAL_ENERGY_2025: Source = {
  url: 'https://www.mybook.cyou/MagazineArticle/756019',
  publisher: 'mybook.cyou（转载期刊论文摘要）',
  date: '2025',
};

const GEOZ_ENERGY_2026: Source = {
  url: 'http://geoz.com.cn/article/%E4%B8%AD%E5%9B%BD%E6%96%B0%E5%9E%8B%E8%83%BD%E6%BA%90%E4%BD%93%E7%B3%BB%E6%88%98%E7%95%A5%E5%8D%81%E4%BA%94%E4%BA%94%E8%A7%84%E5%88%92%E4%B8%8B%E7%9A%84%E8%BD%AC%E5%9E%8B%E8%B7%AF%E5%BE%84%E4%B8%8E%E9%87%8D%E7%82%B9%E4%BB%BB%E5%8A%A1',
  publisher: 'geoz.com.cn',
  date: '2026-01-24',
  note: 'summary of a commentary on the fourth plenum',
};

const NEWSWEEK_FAIR_COMPETITION_2024: Source = {
  url: 'http://beiandi.cn/a/show.php?2jFBdSk=o6yV',
  publisher: 'beiandi.cn（转载中国新闻周刊评论）',
  note: 'reprint of a China Newsweek commentary on the 2024 regulation',
};

const JOURNAL_FAIR_COMPETITION: Source = {
  url: 'http://m.zgkjsz.com/page/2021/1122/11400007.shtml',
  publisher: 'zgkjsz.com（转载期刊论文）',
  note: 'journal article on the fair-competition review of consumer vouchers',
};

const SAMR_FAIR_COMPETITION_2025: Source = {
  url: 'http://dongshibiao.com/listing/lawsshow_pi.php?id=15812',
  publisher: 'dongshibiao.com（转载市场监管总局令）',
  date: '2025-02-28',
  note: 'reprint of the implementing measures',
};

const NINE_ARTICLES_2024: Source = {
  url: 'https://bg3.co/a/guo-jiu-tiao-yi-yi-zhong-da-bu-zai-yu-jiu-tiao-er-zai-yu-guo-quan-shang-qian-liang-ci-fa-bu-hou-agu-jun-ying-lai-da-fu-shang-zhang-ci-ci-huo-zhu-tui-shi-chang-zou-chu-man-niu-xiang-jie-1-n-zheng-ce-ti-xi.html',
  publisher: 'bg3.co（转载券商研究文章）',
  note: 'broker research note on the April 2024 opinions',
};

const CICC_LONG_MONEY_2024: Source = {
  url: 'https://aqiusha.com/zh-hk/finance/b4f9fa8a64e394d9cb6a27fe431cfb57.html',
  publisher: '华文世界（转载中金点睛）',
  date: '2024-10-09',
};

const SCHOLARMATE_FINANCE: Source = {
  url: 'https://scholarmate.com/S/2Ibp7O',
  publisher: 'scholarmate.com（期刊文章摘要）',
  note: 'abstract of a journal article on the January 2024 seminar',
};

const SINOCISM_FINANCE_2025: Source = {
  url: 'https://sinocism.notion.site/Accelerating-the-Construction-of-a-Financial-Powerhouse-Studying-and-Implementing-the-Spirit-of-the-2bd84ece41d78068b4d5c28b3365c367',
  publisher: 'Sinocism（人民日报文章及英译）',
  date: '2025-12-03',
  note: 'People’s Daily article with an unofficial English translation',
};

const XIANGCHAO_CULTURE_2023: Source = {
  url: 'http://218.28.6.71:81/Qikan/Article/Detail?id=7111391152',
  publisher: '《湘潮》期刊文章摘要',
  date: '2023-12',
};

const CCTV_CULTURE_2025: Source = {
  url: 'https://big5.cctv.com/gate/big5/news.cctv.com/2025/01/06/ARTISEdIcILYmkvl5sqpKSdN250106.shtml',
  publisher: '央视网',
  date: '2025-01-06',
};

const WANDERCHINA_TRANSIT: Source = {
  url: 'https://wanderchina.guide/zh',
  publisher: 'wanderchina.guide（旅行指南网站）',
  note: 'travel guide summarising the immigration administration’s announcement',
};

const QIKAN_TRANSIT_2025: Source = {
  url: 'https://sdada.dps.qikan.cn/pc/maga/text-read?id=qywm20250744',
  publisher: '期刊文章试读页',
  date: '2025-07',
};

const FX361_SECURITY_2024: Source = {
  url: 'https://fx361.cc/page/2024/1106/24621768.shtml',
  publisher: 'fx361.cc（转载期刊文章）',
  date: '2024-11-06',
};

const PROCURATORATE_SECURITY_2025: Source = {
  url: 'http://www.nmkeerqinyouyizhong.jcy.gov.cn/dwjs/202510/t20251027_7188801.shtml',
  publisher: '科尔沁右翼中旗人民检察院网站（理论文章）',
  date: '2025-10-27',
};

const ZUST_EDU_SCI_TALENT_2025: Source = {
  url: 'https://ghc.zust.edu.cn/info/1022/2053.htm',
  publisher: '浙江科技大学发展规划处（转载期刊文章）',
  date: '2025-07-02',
};

const CAIDING_EDU_SCI_TALENT: Source = {
  url: 'http://xiaofei.caiding5.cn/jijian/12798.html',
  publisher: 'caiding5.cn（转载专家访谈）',
  note: 'interview on the fifteenth five-year-plan proposals',
};

const CNS_LOGISTICS_2024: Source = {
  url: 'http://youdao168.com/?vny97iu38GtNm0YZfolW=6743f675e156e.html',
  publisher: 'youdao168.com（转载中新社电）',
  date: '2024-11-29',
  note: 'reprint of a China News Service dispatch on a page with unrelated advertising',
};

const HUANQIU_LOGISTICS_2026: Source = {
  url: 'https://china.huanqiu.com/article/4QMstIpGHrB',
  publisher: '环球网',
  date: '2026',
};

const STCN_LOGISTICS_2024: Source = {
  url: 'http://vvipvideo.com/article/detail/1430898.html',
  publisher: 'vvipvideo.com（转载证券时报网）',
  date: '2024-11-28',
};

const USTC_EMPOWER_2024: Source = {
  url: 'https://ipri.ustc.edu.cn/2024/0625/c30345a644833/page.htm',
  publisher: '中国科学技术大学知识产权研究院',
  date: '2024-06-25',
};

const CAS_EMPOWER_2021: Source = {
  url: 'https://freewechat.com/a/MzAwMjA5NDUwOA==/2653217764/{{href}}',
  publisher: 'freewechat.com（转载《中国科学院院刊》）',
  date: '2021-05-13',
};

const DIGIPUB_COUNTY_HIGH_2025: Source = {
  url: 'http://m.digipub.cc/dy/article/KDS8L2MK0516DPCK.html?spss=dy_author',
  publisher: 'digipub.cc（转载网易号文章）',
  date: '2025-09',
};

const SDJY_COUNTY_HIGH_2025: Source = {
  url: 'http://sdjyzxk.sdjys.org/mobile.php/News/view/id/2519.html',
  publisher: '《山东教育》中学刊',
  date: '2025-12-22',
};

const CYD_COUNTY_HIGH_2025: Source = {
  url: 'https://reportify.ai/news/1169206284562599936',
  publisher: 'reportify.ai（中国青年报文章摘要）',
  date: '2025-09-26',
};

const ANKADEMI_ONE_NETWORK_2023: Source = {
  url: 'http://www.ankademi.com/aeiNgqcUIB/zgdxy/yw3118/202311/t20231116_522056.html',
  publisher: 'ankademi.com（转载文章）',
  date: '2023-11-16',
};

const EGOVA_ONE_NETWORK_2023: Source = {
  url: 'https://egova.com.cn/news/view?id=571',
  publisher: '数字政通（转载《城市管理与科技》文章）',
  date: '2023',
};

const NEGATIVE_LIST_2025: Source = {
  url: 'http://meilagrina.com/news/show-479790.html',
  publisher: 'meilagrina.com（转载新闻报道）',
  date: '2025-04',
  note: 'reprint of a report on the 2025 edition of the list',
};

const DZRB_NEGATIVE_LIST_2024: Source = {
  url: 'http://123.232.116.197/dzrb/content/20241015/Articel07004MT.htm',
  publisher: '大众日报',
  date: '2024-10-15',
};

const SHZQ_NEGATIVE_LIST: Source = {
  url: 'http://shzq.org/shzq/7278747100124037161.html',
  publisher: 'shzq.org（百科式条目）',
};

const WORLDMETALS_CARBON_2025: Source = {
  url: 'http://worldmetals.com.cn/viscms/bianjituijianxinwen1277/20250401/267235.html',
  publisher: '世界金属导报网',
  date: '2025-04-01',
};

const GMW_INVEST_2026: Source = {
  url: 'https://lilunhao.gmw.cn/2026-01/08/content_38525655.htm',
  publisher: '光明网理论频道',
  date: '2026-01-08',
};

const FJRB_INVEST_2026: Source = {
  url: 'https://fjrb.fjdaily.com/pc/con/202601/13/content_505610.html',
  publisher: '福建日报',
  date: '2026-01-13',
};

const FJLIB_MIGRANTS_2025: Source = {
  url: 'http://fjlib.net/zt/fjstsgjcxx/zbzl/rdzt/202501/t20250121_477427.htm',
  publisher: '福建省图书馆（决策参考）',
  date: '2025-01-21',
};

const ZHAOBIAO_MIGRANTS_2024: Source = {
  url: 'https://news.zhaobiao.cn/bid_v_41794_policy.html',
  publisher: 'zhaobiao.cn（转载《学习与探索》论文摘要）',
  date: '2024',
};

const FX361_ENGINEERS_2024: Source = {
  url: 'https://m.fx361.cc/news/2024/0603/24053197.html',
  publisher: 'fx361.cc（转载期刊文章）',
  date: '2024-06-03',
};

const BYSJY_ENGINEERS_2025: Source = {
  url: 'https://sjzc.bysjy.com.cn/detail/industry?id=668113&type_id=300064',
  publisher: '高校就业网（转载中国研究生招生信息网）',
  date: '2025-08-28',
};

const CE_RETIREMENT_2024: Source = {
  url: 'http://le78.cn/view/ent/202409/14/t20240914_39139288.shtml',
  publisher: 'le78.cn（转载评论文章）',
  date: '2024-09-14',
};

const ABTBUS_RETIREMENT: Source = {
  url: 'https://www.abtbus.com/journal/paperinformation?paperid=106274',
  publisher: '汉斯出版社期刊论文',
};

const CHINADAILY_URBAN_2025: Source = {
  url: 'http://www.ahcounty.com/a/202507/21/WS687dbf3ca310028a84abed19.html',
  publisher: 'ahcounty.com（转载中国日报网双语新闻）',
  date: '2025-07-21',
  note: 'mirror of a China Daily bilingual page',
};

const WN_URBAN_2025: Source = {
  url: 'https://article.wn.com/view/WNAT038b3bf6c5ffe3e2d26a9241159f1745',
  publisher: 'WN（转载新闻报道）',
  date: '2025-07',
};

const REPORTIFY_URBAN_2025: Source = {
  url: 'https://reportify.ai/social-media/697994356880774',
  publisher: 'reportify.ai（21世纪经济报道摘要）',
  date: '2025-07-15',
};

const QINGDAO_TICKET_2025: Source = {
  url: 'http://www.net178.cn/dy/article/K1C0OE1D05148U2B.html?spss=dy_author',
  publisher: 'net178.cn（转载网易号文章）',
  date: '2025',
  note: 'reprint of a Qingdao report on ticket-stub offers',
};

const BANYUETAN_TICKET_2025: Source = {
  url: 'http://news.zhongyi333.com/qianyan/39968.html',
  publisher: 'zhongyi333.com（转载新华社半月谈）',
  date: '2025-03',
};

const NCPSSD_TICKET: Source = {
  url: 'https://ncpssd.cn/topics/getNews?id=11832',
  publisher: '国家哲学社会科学文献中心（转载报纸文章）',
};

const XINHUA_REGULAR_AID_2026: Source = {
  url: 'http://cn.office369.com/news/show-2716746.html',
  publisher: 'office369.com（转载新华社）',
  date: '2026-02-03',
};

const SHIJI_REGULAR_AID_2026: Source = {
  url: 'https://www.wjgs222.cn/page-1848.html',
  publisher: 'wjgs222.cn（转载21世纪经济报道）',
};

const HUMANRIGHTS_TRANSITION_2025: Source = {
  url: 'https://humanrights.cn/2025/03/24/2d312266825b4f14b7379b70b992468c.html',
  publisher: '中国人权网',
  date: '2025-03-24',
};

const BLG_INBOUND_2025: Source = {
  url: 'http://blg686.com/news/article/JU6CO7QP0519DDQ2.html',
  publisher: 'blg686.com（转载新闻报道）',
  date: '2025-04',
  note: 'reprint of a report on the April 2025 tax-refund notice',
};

const CRNTT_INBOUND_2025: Source = {
  url: 'https://hk.crntt.com/doc/1071/4/5/7/107145792.html?coluid=7&kindid=0&docid=107145792&mdate=1123145541',
  publisher: '中评社（转述新华社）',
  date: '2025-11-23',
};

const HUANQIU_INBOUND_2026: Source = {
  url: 'https://news.517lj.net/article/587907.html',
  publisher: '517lj.net（转载环球网）',
  date: '2026',
};

const CNDBA_DRG: Source = {
  url: 'http://www.cndba.cn/dave/article/131722',
  publisher: 'cndba.cn（解读文章）',
};

const RZQ_DRG_2025: Source = {
  url: 'http://www.rongzhiquan.com/zbZcfg/Itemdc7653899cf3290a.html',
  publisher: 'rongzhiquan.com（转载评论文章）',
  date: '2025',
  note: 'commentary on the national healthcare security administration’s interim measures',
};

const HW76_DRG: Source = {
  url: 'https://www.76hw.com/news/yi-liao-ti-xi-yi-bao-drg-yu-dip-zhi-fu-fang-shi-gai-ge-shen-du-jie-xi-xian-shi-tiao-zhan-yu-wei-lai.html',
  publisher: '76hw.com（解读文章）',
};

const GZ_SANXIN_2025: Source = {
  url: 'http://www.gzshgz.gov.cn/llyj/202511/t20251105_88915937.html',
  publisher: '贵州省委社会工作部网站（理论研究）',
  date: '2025-11-05',
};

const HLUNET_SANXIN_2025: Source = {
  url: 'https://www.hlunet.cn/content/646940/96/15014062.html',
  publisher: '红麓（转载《理论视野》）',
  date: '2025',
};

/** National policy wording of 2023–2026: plenum formulas, market rules, finance, infrastructure, livelihood. */
export const NATIONAL_I: readonly GlossaryEntry[] = [
  // ── Plenum and five-year-plan formulas ──
  {
    id: 'gao-zhi-liang-fa-zhan-he-gao-shui-ping-an-quan',
    term: '高质量发展和高水平安全良性互动',
    aliases: ['实现高质量发展和高水平安全良性互动', '统筹高质量发展和高水平安全', '更好统筹高质量发展和高水平安全'],
    scope: 'national',
    period: { from: 2024 },
    category: 'strategy',
    gloss_zh: '发展与安全互相促进：以发展增强安全，以安全保障发展',
    explanation_zh:
      '二十届三中全会决定在国家安全部分写入的要求：既不能为了发展牺牲安全，也不能为了安全停下发展，两者要互相支撑。党的十八大以来的提法从“统筹发展和安全”到“以新安全格局保障新发展格局”，再到这一说法，强调的是两者在更高水平上的相互促进。',
    explanation_en:
      'A requirement written into the national-security part of the 2024 third-plenum decision: growth must not be bought at the cost of security, nor security at the cost of growth, and each should reinforce the other. It continues the line from “coordinating development and security” to “safeguarding the new development pattern with a new security pattern”.',
    english: { text: 'positive interaction between high-quality development and high-level security', official: false },
    gloss_en: 'growth and security reinforcing each other rather than being traded off',
    related: ['tong-chou-fa-zhan-he-an-quan', 'zong-ti-guo-jia-an-quan-guan'],
    sources: [FX361_SECURITY_2024, PROCURATORATE_SECURITY_2025],
    status: 'verified',
  },
  {
    id: 'jiao-yu-ke-ji-ren-cai-yi-ti-gai-ge',
    term: '教育科技人才体制机制一体改革',
    aliases: ['统筹推进教育科技人才体制机制一体改革', '教育科技人才一体发展', '教育科技人才一体统筹推进机制', '教育科技人才一体化发展'],
    scope: 'national',
    period: { from: 2024 },
    category: 'strategy',
    gloss_zh: '把教育、科技、人才三方面的改革放在一起统一设计推进',
    explanation_zh:
      '二十大把教育、科技、人才作为现代化的“基础性、战略性支撑”一起部署，2024年二十届三中全会进一步要求三者的体制机制“一体改革”，让培养人才、搞科研和用人才互相衔接。“十五五”规划建议提出到2030年“教育科技人才一体发展格局基本形成”。',
    explanation_en:
      'The 20th Party Congress treated education, science and technology, and talent as one “foundational, strategic support” of modernisation; the 2024 third plenum asked for their institutions to be reformed as one, so that training people, doing research and employing talent fit together. The fifteenth five-year-plan proposals aim for this integrated pattern to be basically in place.',
    english: { text: 'integrated reform of the systems for education, science and technology, and talent', official: false },
    gloss_en: 'reforming schooling, research and talent policy as one package',
    related: ['jiao-yu-qiang-guo', 'gao-shui-ping-ke-ji-zi-li-zi-qiang'],
    sources: [ZUST_EDU_SCI_TALENT_2025, CAIDING_EDU_SCI_TALENT],
    status: 'verified',
  },
  {
    id: 'tou-zi-yu-wu-he-tou-zi-yu-ren',
    term: '投资于物和投资于人紧密结合',
    aliases: ['投资于物与投资于人紧密结合', '坚持投资于物和投资于人紧密结合', '投资于物和投资于人相结合'],
    scope: 'national',
    period: { from: 2025 },
    category: 'economy',
    gloss_zh: '既投钱建设施、买设备，也投钱提升人的教育、健康和保障',
    explanation_zh:
      '“投资于物”指基础设施、厂房设备等实物投资，见效快；“投资于人”指投向教育、就业、医疗、养老和社会保障，提升人力资本和消费能力，见效慢但持久。二十届四中全会通过的“十五五”规划建议要求两者紧密结合，此前2025年政府工作报告已提出“投资于人”。',
    explanation_en:
      '“Investing in things” means infrastructure, plant and equipment, which pay off quickly; “investing in people” means spending on education, jobs, health care, pensions and social security, which raises human capital and spending power more slowly but lastingly. The fifteenth five-year-plan proposals of the fourth plenum ask for the two to be tightly combined.',
    english: { text: 'closely combining investment in physical assets with investment in people', official: false },
    gloss_en: 'pairing spending on infrastructure and equipment with spending on people',
    related: ['tou-zi-yu-ren', 'shi-wu-wu'],
    sources: [GMW_INVEST_2026, FJRB_INVEST_2026],
    status: 'verified',
  },
  {
    id: 'xi-jin-ping-wen-hua-si-xiang',
    term: '习近平文化思想',
    aliases: [],
    scope: 'national',
    period: { from: 2023 },
    category: 'ideology',
    gloss_zh: '2023年正式提出的习近平关于文化建设的系统论述',
    explanation_zh:
      '2023年10月7日至8日全国宣传思想文化工作会议正式提出和系统阐述，被称为习近平新时代中国特色社会主义思想的“文化篇”，是宣传思想文化工作和建设文化强国的指导思想。此后各级宣传部门的会议和报道常要求“学习贯彻习近平文化思想”。',
    explanation_en:
      'Formally put forward at the national conference on publicity, ideology and culture on 7–8 October 2023 and described as the “culture chapter” of Xi Jinping Thought, it is the guiding theory for propaganda and cultural work and for building a culturally strong country. Meetings and reports since then routinely call for studying and applying it.',
    english: { text: 'Xi Jinping Thought on Culture', official: false },
    gloss_en: 'Xi Jinping’s doctrine on culture and propaganda work, named in 2023',
    related: ['wen-hua-qiang-guo'],
    sources: [XIANGCHAO_CULTURE_2023, CCTV_CULTURE_2025],
    status: 'verified',
  },
  // ── Market rules ──
  {
    id: 'qing-li-tuo-qian-qi-ye-zhang-kuan',
    term: '清理拖欠企业账款',
    aliases: ['解决拖欠企业账款问题', '加紧清理拖欠企业账款', '清理拖欠企业账款行动', '清理拖欠民营企业中小企业账款'],
    quotedOnly: ['清欠'],
    strictlyQuoted: ['清欠'],
    scope: 'national',
    period: { from: 2024 },
    category: 'economy',
    gloss_zh: '督促政府部门和国企还清欠企业（尤其民企）的货款、工程款',
    explanation_zh:
      '一些地方政府、机关和国企拖欠企业的合同款、工程款，拖累民营和中小企业的资金周转。2024年10月中办、国办印发《关于解决拖欠企业账款问题的意见》，2025年政府工作报告把“消化地方政府拖欠企业账款”纳入新增专项债券用途，2026年初国务院常务会议又部署清欠行动，要求清理存量、遏制增量、防止“前清后欠”。',
    explanation_en:
      'Some local governments, agencies and state firms owe companies money for contracts and construction, starving private and small firms of cash. A central opinion of October 2024 set out to solve this, the 2025 government work report let new special-purpose bonds be used to pay such arrears, and a State Council executive meeting in early 2026 ordered a further drive: clear old debts, stop new ones, and prevent paying off only to owe again.',
    english: { text: 'clearing arrears owed to enterprises', official: false },
    gloss_en: 'making governments and state firms pay the bills they owe companies',
    related: ['zhuan-xiang-zhai', 'min-ying-jing-ji-cu-jin-fa'],
    sources: [WN_ARREARS_2026, YICAI_ARREARS_2025],
    status: 'verified',
  },
  {
    id: 'gong-ping-jing-zheng-shen-cha',
    term: '公平竞争审查',
    aliases: ['公平竞争审查制度', '公平竞争审查条例', '公平竞争审查机制'],
    scope: 'national',
    period: { from: 2016 },
    category: 'governance',
    gloss_zh: '政府出台涉企政策前先审查是否排除、限制市场竞争',
    explanation_zh:
      '2016年国务院建立的制度：政府部门起草涉及企业经营的政策（准入、补贴、招商引资、政府采购、招投标等）时，要先审查会不会限制准入退出、妨碍商品和要素流动或偏袒特定企业。2024年国务院公布《公平竞争审查条例》，自同年8月1日起施行，把这项制度上升为行政法规。',
    explanation_en:
      'A system set up by the State Council in 2016: before a government body issues a policy touching business (market entry, subsidies, investment promotion, procurement, tendering), it must check that the policy does not block entry or exit, hinder the flow of goods and inputs, or favour particular firms. A State Council regulation of 2024, in force from 1 August that year, raised the system to the level of administrative law.',
    english: { text: 'fair competition review', official: false },
    gloss_en: 'screening new government policies for harm to market competition',
    related: ['quan-guo-tong-yi-da-shi-chang', 'shi-chang-zhun-ru-fu-mian-qing-dan', 'nei-juan-shi-jing-zheng'],
    sources: [JOURNAL_FAIR_COMPETITION, NEWSWEEK_FAIR_COMPETITION_2024, SAMR_FAIR_COMPETITION_2025],
    status: 'verified',
  },
  {
    id: 'shi-chang-zhun-ru-fu-mian-qing-dan',
    term: '市场准入负面清单',
    aliases: ['市场准入负面清单制度', '全国统一的市场准入负面清单'],
    scope: 'national',
    period: { from: 2018 },
    category: 'governance',
    gloss_zh: '列明禁止或须经许可才能进入的行业，清单之外“非禁即入”',
    explanation_zh:
      '国务院以清单列出境内禁止投资经营或须经许可的行业、领域和业务，清单以外各类经营主体都可依法平等进入。2015年起部分地区试行，2018年起全国统一实行，事项数从2018年版的151项压减到2025年版的106项；2024年中办、国办的意见要求各类准入管理措施“一单列尽”，不得在清单外另设门槛。',
    explanation_en:
      'A State Council list of the industries and businesses that are closed or need a licence; anything not on it is open to every kind of firm on equal terms (“what is not forbidden is allowed”). Piloted from 2015 and nationwide from 2018, it shrank from 151 items in the 2018 edition to 106 in the 2025 edition, and a 2024 central opinion requires all entry restrictions to be on this one list.',
    english: { text: 'negative list for market access', official: false },
    gloss_en: 'the single national list of businesses closed or licensed; all else is open',
    related: ['gong-ping-jing-zheng-shen-cha', 'quan-guo-tong-yi-da-shi-chang', 'jing-ying-zhu-ti'],
    sources: [NEGATIVE_LIST_2025, DZRB_NEGATIVE_LIST_2024, SHZQ_NEGATIVE_LIST],
    status: 'verified',
  },
  // ── Finance and the stock market ──
  {
    id: 'xin-guo-jiu-tiao',
    term: '新国九条',
    aliases: ['国九条'],
    scope: 'national',
    period: { from: 2024 },
    category: 'economy',
    gloss_zh: '2024年4月国务院关于加强资本市场监管、推动其高质量发展的九条意见',
    explanation_zh:
      '指国务院2024年4月12日发布的《关于加强监管防范风险推动资本市场高质量发展的若干意见》，共九部分，是继2004年、2014年之后第三个资本市场“国九条”。基调是“严”：严把上市关、严管上市公司、应退尽退，并推动中长期资金入市，证监会随后出台配套规则，形成“1+N”政策体系。',
    explanation_en:
      'The State Council opinions of 12 April 2024 on strengthening supervision, preventing risk and promoting the high-quality development of the capital market, in nine parts: the third set of “nine articles” after those of 2004 and 2014. The tone is strict listing, strict oversight of listed firms and delisting where due, plus bringing long-term money into the market; the securities regulator added rules under it (“1+N”).',
    english: { text: 'new “nine articles” on the capital market', official: false },
    gloss_en: 'the State Council’s nine-part 2024 charter for tougher stock-market rules',
    items: [
      { zh: '总体要求', en: 'general requirements' },
      { zh: '严把发行上市准入关', en: 'strict gatekeeping of IPOs and listings' },
      { zh: '严格上市公司持续监管', en: 'strict ongoing supervision of listed companies' },
      { zh: '加大退市监管力度', en: 'tougher delisting' },
      { zh: '加强证券基金机构监管，推动行业回归本源、做优做强', en: 'tighter supervision of securities and fund firms' },
      { zh: '加强交易监管，增强资本市场内在稳定性', en: 'tighter trading supervision for a more stable market' },
      { zh: '大力推动中长期资金入市，持续壮大长期投资力量', en: 'bringing medium- and long-term funds into the market' },
      { zh: '进一步全面深化改革开放，更好服务高质量发展', en: 'further reform and opening of the market' },
      { zh: '推动形成促进资本市场高质量发展的合力', en: 'joint efforts for the market’s high-quality development' },
    ],
    related: ['zhong-chang-qi-zi-jin-ru-shi', 'jin-rong-qiang-guo'],
    sources: [NINE_ARTICLES_2024],
    status: 'verified',
  },
  {
    id: 'zhong-chang-qi-zi-jin-ru-shi',
    term: '中长期资金入市',
    aliases: ['推动中长期资金入市', '引导中长期资金入市', '大力引导中长期资金入市'],
    scope: 'national',
    period: { from: 2024 },
    category: 'economy',
    gloss_zh: '引导社保、保险、理财等长期资金更多投资股市',
    explanation_zh:
      '让社保基金、保险资金、养老金、理财和公募基金等能长期持有的资金更多买入股票，改变A股以短线资金为主、波动大的状况，口号是“长钱长投”。2024年9月26日中央政治局会议要求打通这些资金入市的堵点，同日中央金融办、证监会印发《关于推动中长期资金入市的指导意见》。',
    explanation_en:
      'Getting money that can stay invested for years, such as the social security fund, insurance premiums, pension and wealth-management money and mutual funds, to hold more shares, so that China’s stock market is less driven by short-term trading (“long money, long investment”). The Politburo asked on 26 September 2024 to clear the obstacles, and the central financial office and the securities regulator issued guidelines the same day.',
    english: { text: 'bringing medium- and long-term funds into the stock market', official: false },
    gloss_en: 'steering pension, insurance and other patient money into shares',
    related: ['xin-guo-jiu-tiao', 'nai-xin-zi-ben'],
    sources: [CICC_LONG_MONEY_2024, NINE_ARTICLES_2024],
    status: 'verified',
  },
  {
    id: 'jin-rong-qiang-guo',
    term: '金融强国',
    aliases: ['加快建设金融强国', '建设金融强国'],
    scope: 'national',
    period: { from: 2023 },
    category: 'strategy',
    gloss_zh: '2023年中央金融工作会议提出的建设金融强国的长期目标',
    explanation_zh:
      '2023年10月底中央金融工作会议首次明确提出“加快建设金融强国”，2024年1月习近平在省部级主要领导干部专题研讨班上用“六个强大”概括金融强国应具备的关键核心金融要素。二十届四中全会对“十五五”时期建设金融强国作了部署。',
    explanation_en:
      'The goal of becoming a financial great power was first set at the Central Financial Work Conference at the end of October 2023; in January 2024 Xi Jinping summed up its key elements as “six strengths” at a seminar for provincial and ministerial leaders. The fourth plenum laid out tasks for it in the fifteenth five-year-plan period.',
    english: { text: 'financial great power (a strong financial nation)', official: false },
    gloss_en: 'China’s goal of becoming a leading financial power',
    related: ['wu-pian-da-wen-zhang', 'xin-guo-jiu-tiao'],
    sources: [SCHOLARMATE_FINANCE, SINOCISM_FINANCE_2025],
    status: 'partial',
    missing: 'the “six strengths” are named only by their count in the pages read; their wording is not given here',
    missing_zh: '所读页面只提到“六个强大”的数目，具体内容未列出。',
  },
  // ── Infrastructure, energy and climate ──
  {
    id: 'quan-guo-yi-ti-hua-suan-li-wang',
    term: '全国一体化算力网',
    aliases: ['全国一体化算力网络', '加快构建全国一体化算力网', '构建全国一体化算力网'],
    scope: 'national',
    period: { from: 2023 },
    category: 'infrastructure',
    gloss_zh: '把全国各地数据中心的算力连成网、统一调度的数字基础设施',
    explanation_zh:
      '国家数据局的解释是：以信息网络为载体，让全国各类算力资源大规模一体化调度运营的数字基础设施，特点是集约化、一体化、协同化、价值化。2023年12月国家发展改革委、国家数据局等部门印发意见，要求深入实施“东数西算”工程、加快构建这张网，国家枢纽节点之外原则上不再新建大型数据中心。',
    explanation_en:
      'In the national data administration’s words, a digital infrastructure that links the country’s general, AI and supercomputing capacity so that it can be scheduled and run as one. A December 2023 opinion of the planning commission, the data administration and other bodies tied it to the “East Data, West Computing” project and said large new data centres should in principle be built only at the national hub nodes.',
    english: { text: 'national integrated computing power network', official: true },
    gloss_en: 'a nationwide grid that pools and dispatches data-centre computing power',
    related: ['dong-shu-xi-suan', 'shu-zi-zhong-guo'],
    sources: [NDA_COMPUTE_2024, QIUSHI_COMPUTE_2024, CHINADAILY_COMPUTE_2026],
    status: 'verified',
  },
  {
    id: 'xin-xing-neng-yuan-ti-xi',
    term: '新型能源体系',
    aliases: ['加快建设新型能源体系', '规划建设新型能源体系', '加快规划建设新型能源体系'],
    scope: 'national',
    period: { from: 2022 },
    category: 'ecology',
    gloss_zh: '以非化石能源为主、化石能源兜底的清洁低碳安全高效能源体系',
    explanation_zh:
      '党的二十大提出“加快规划建设新型能源体系”，2025年中央经济工作会议和“十五五”规划建议继续部署。按新华社的解读，它是在传统能源体系上逐步建立以非化石能源为供应主体、化石能源为兜底保障、新型电力系统为关键支撑、绿色智慧节约为用能导向的能源体系。',
    explanation_en:
      'Called for by the 20th Party Congress and again by the December 2025 central economic work conference and the fifteenth five-year-plan proposals. As Xinhua explains it, the aim is an energy system supplied mainly by non-fossil sources, with fossil fuels as the backstop, a new-type power grid as the backbone and green, smart and thrifty energy use.',
    english: { text: 'new energy system', official: false },
    gloss_en: 'an energy system led by renewables, with coal and oil as backup',
    related: ['shuang-tan', 'tan-pai-fang-shuang-kong'],
    sources: [XINHUA_ENERGY_2025, JOURNAL_ENERGY_2025, GEOZ_ENERGY_2026],
    status: 'verified',
  },
  {
    id: 'quan-guo-tan-shi-chang',
    term: '全国碳排放权交易市场',
    aliases: ['全国碳市场', '全国碳排放权交易市场扩围'],
    scope: 'national',
    category: 'ecology',
    gloss_zh: '企业按配额排放二氧化碳、可买卖配额的全国性市场',
    explanation_zh:
      '政府给纳入的企业分配碳排放配额，排得少的可以卖出富余配额，超排的要买，用价格推动减排。此前只管控发电行业，约占全国二氧化碳排放的四成；2025年3月生态环境部印发方案，把钢铁、水泥、铝冶炼三个行业纳入，覆盖比例升到六成以上。',
    explanation_en:
      'Covered firms receive emission allowances; those that emit less can sell the surplus and those that emit more must buy, so a price pushes emissions down. It first covered only power generation, about 40% of China’s CO2; a plan of March 2025 added steel, cement and aluminium smelting, taking coverage above 60%.',
    english: { text: 'national carbon emissions trading market', official: false },
    gloss_en: 'China’s national cap-and-trade market for CO2 allowances',
    related: ['shuang-tan', 'tan-pai-fang-shuang-kong'],
    sources: [WORLDMETALS_CARBON_2025],
    status: 'partial',
    missing: 'the year the national market opened is not in the page read',
    missing_zh: '所读页面未给出全国碳市场启动的年份。',
  },
  {
    id: 'jiang-di-quan-she-hui-wu-liu-cheng-ben',
    term: '有效降低全社会物流成本',
    aliases: ['降低全社会物流成本', '全社会物流成本', '有效降低全社会物流成本行动方案'],
    scope: 'national',
    period: { from: 2024 },
    category: 'economy',
    gloss_zh: '让整个经济为运输、仓储等物流花的钱占GDP的比重下降',
    explanation_zh:
      '衡量指标是社会物流总费用与GDP的比率，2012年为18%，2023年降到14.4%，2025年为13.9%。2024年11月中办、国办印发行动方案，提出到2027年力争降到13.5%左右，办法是调结构、促改革、让各环节衔接更顺，而不是压低运价、压缩物流企业利润或物流工人的收入。',
    explanation_en:
      'The yardstick is total logistics spending as a share of GDP: 18% in 2012, 14.4% in 2023 and 13.9% in 2025. An action plan of November 2024 aims for about 13.5% by 2027 through structural change, reform and smoother links between the stages of logistics, explicitly not by squeezing freight rates, logistics firms’ profits or workers’ pay.',
    english: { text: 'effectively reducing logistics costs for the whole economy', official: false },
    gloss_en: 'cutting what the economy spends on moving and storing goods, relative to GDP',
    related: ['quan-guo-tong-yi-da-shi-chang'],
    sources: [CNS_LOGISTICS_2024, STCN_LOGISTICS_2024, HUANQIU_LOGISTICS_2026],
    status: 'verified',
  },
  {
    id: 'yi-wang-tong-guan',
    term: '一网统管',
    aliases: ['城市运行一网统管'],
    scope: 'national',
    period: { from: 2020 },
    category: 'governance',
    gloss_zh: '把城市运行的各类数据和管理系统接到一个平台上统一监测调度',
    explanation_zh:
      '与政务服务“一网通办”并称“两张网”：用物联网、大数据等把城管、交通、应急等系统的信息汇到一个城市运行平台，实时发现问题并派单处置。2020年4月上海首先正式提出，随后写进“十四五”规划纲要，住房城乡建设部部署建设国家、省、市三级城市运行管理服务平台来推行。',
    explanation_en:
      'The twin of “one network for government services”: sensors and data from city management, traffic, emergency and other systems feed a single city-operations platform that spots problems and dispatches crews. Shanghai named it first in April 2020; it then entered the fourteenth five-year plan, and the housing ministry has rolled it out through linked national, provincial and city platforms.',
    english: { text: 'unified management of city operations through one network', official: false },
    gloss_en: 'running a city’s monitoring and response from one digital platform',
    related: ['yi-wang-tong-ban', 'cheng-shi-sheng-ming-xian'],
    sources: [ANKADEMI_ONE_NETWORK_2023, EGOVA_ONE_NETWORK_2023],
    status: 'verified',
  },
  {
    id: 'zhong-yang-cheng-shi-gong-zuo-hui-yi',
    term: '中央城市工作会议',
    aliases: [],
    scope: 'national',
    category: 'planning',
    gloss_zh: '中央专门部署城市工作的最高规格会议，2025年时隔十年再开',
    explanation_zh:
      '2025年7月14日至15日在北京召开，上一次在2015年，再上一次在1978年。会议判断城市发展已从大规模增量扩张转向存量提质增效，提出建设创新、宜居、美丽、韧性、文明、智慧的现代化人民城市，并部署七个方面的重点任务，此后城市更新等工作常以“贯彻中央城市工作会议精神”开头。',
    explanation_en:
      'The top-level meeting on urban affairs, held in Beijing on 14–15 July 2025, the first since 2015 (and before that 1978). It judged that cities have moved from large-scale expansion to improving what already exists, set the goal of innovative, liveable, beautiful, resilient, civilised and smart “modern people’s cities”, and listed seven key tasks.',
    english: { text: 'Central Urban Work Conference', official: true },
    gloss_en: 'the 2025 top-level meeting that reset China’s urban policy',
    related: ['ren-min-cheng-shi', 'cheng-shi-geng-xin', 'xin-xing-cheng-zhen-hua'],
    sources: [CHINADAILY_URBAN_2025, WN_URBAN_2025, REPORTIFY_URBAN_2025],
    status: 'verified',
  },
  // ── Livelihood, education and people ──
  {
    id: 'jian-jin-shi-yan-chi-tui-xiu',
    term: '渐进式延迟法定退休年龄',
    aliases: ['渐进式延迟退休', '延迟法定退休年龄', '延迟退休', '渐进式延迟法定退休年龄改革'],
    scope: 'national',
    period: { from: 2025 },
    category: 'livelihood',
    gloss_zh: '分步慢慢提高法定退休年龄的改革，2025年起实施',
    explanation_zh:
      '此前的法定退休年龄是男职工60岁、女干部55岁、女工人50岁，定于上世纪50年代。二十届三中全会要求“按照自愿、弹性原则”稳妥推进，2024年9月13日全国人大常委会通过实施渐进式延迟法定退休年龄的决定，自2025年1月1日起施行。',
    explanation_en:
      'China’s retirement ages (60 for men, 55 for women in cadre posts, 50 for women workers) dated from the 1950s. The 2024 third plenum asked for a gradual rise “on a voluntary and flexible basis”, and the national legislature’s standing committee adopted the decision on 13 September 2024, in force from 1 January 2025.',
    english: { text: 'gradually raising the statutory retirement age', official: false },
    gloss_en: 'China’s step-by-step rise in the legal retirement age from 2025',
    related: ['yi-lao-yi-xiao'],
    sources: [CE_RETIREMENT_2024, ABTBUS_RETIREMENT],
    status: 'partial',
    missing: 'the new target ages and the pace of the rise are not in the pages read',
    missing_zh: '所读页面未给出调整后的目标退休年龄和每年延迟的节奏。',
  },
  {
    id: 'nong-ye-zhuan-yi-ren-kou-shi-min-hua',
    term: '农业转移人口市民化',
    aliases: ['加快农业转移人口市民化', '推进农业转移人口市民化', '推动农业转移人口市民化'],
    scope: 'national',
    category: 'livelihood',
    gloss_zh: '让进城务工的农村人口及家属真正享有城市居民的同等权益',
    explanation_zh:
      '“农业转移人口”指离开农业、在城镇工作生活的农村户籍人口（主要是农民工）及其随迁家属；“市民化”指他们在户籍、公共服务、住房、社保等方面与城镇居民享有同等待遇并融入城市。它被称为新型城镇化的首要任务，常住人口城镇化率与户籍人口城镇化率之间的差距就反映了这项任务的大小。',
    explanation_en:
      '“Agricultural transfer population” means people with rural household registration who have left farming to live and work in towns, mainly migrant workers, and their families; making them “urban citizens” means giving them the same registration, public services, housing and social security as townspeople. It is called the first task of new-type urbanisation, and the gap between the resident and the registered urbanisation rates measures how much is left to do.',
    english: { text: 'granting urban resident status to people moving from rural to urban areas', official: false },
    gloss_en: 'turning rural migrants in cities into full urban residents with equal rights',
    related: ['xin-xing-cheng-zhen-hua'],
    sources: [FJLIB_MIGRANTS_2025, ZHAOBIAO_MIGRANTS_2024],
    status: 'verified',
  },
  {
    id: 'xian-yu-pu-tong-gao-zhong-zhen-xing',
    term: '县域普通高中振兴',
    aliases: ['县中振兴', '县域普通高中振兴行动计划', '县域普通高中振兴行动'],
    quotedOnly: ['县中'],
    strictlyQuoted: ['县中'],
    scope: 'national',
    period: { from: 2025 },
    category: 'livelihood',
    gloss_zh: '提升县城普通高中（“县中”）办学水平的全国行动',
    explanation_zh:
      '“县中”指县和县级市办的普通高中，近六成普通高中学生在这里读书。2025年9月教育部等六部门印发《县域普通高中振兴行动计划》，提出扩资源、提质量、强保障、优生态、促融通五大任务和八大行动，包括禁止跨区域掐尖招生、禁止抢挖县中优秀校长和教师，目标年份为2030年。',
    explanation_en:
      '“County high schools” are the general senior high schools run by counties and county-level cities, where nearly 60% of China’s high-school students study. A September 2025 action plan by the education ministry and five other bodies sets five tasks and eight actions to 2030, including bans on poaching top pupils across districts and on luring away county schools’ best heads and teachers.',
    english: { text: 'revitalisation of county general high schools', official: false },
    gloss_en: 'the national drive to lift county-run senior high schools',
    related: ['jiao-yu-qiang-guo'],
    sources: [DIGIPUB_COUNTY_HIGH_2025, SDJY_COUNTY_HIGH_2025, CYD_COUNTY_HIGH_2025],
    status: 'verified',
  },
  {
    id: 'chang-tai-hua-bang-fu',
    term: '常态化帮扶',
    aliases: ['常态化精准帮扶', '常态化防止返贫致贫机制', '统筹建立常态化防止返贫致贫机制', '常态化帮扶政策体系'],
    scope: 'national',
    period: { from: 2026 },
    category: 'rural',
    gloss_zh: '脱贫攻坚五年过渡期结束后，把防返贫帮扶变成长期固定制度',
    explanation_zh:
      '2020年脱贫攻坚完成后，对脱贫县设了5年过渡期，保持帮扶政策总体稳定，2025年是最后一年。2026年中央一号文件首次系统部署常态化精准帮扶：继续监测有返贫致贫风险的农户、精准帮扶和退出，并把常态化帮扶纳入乡村振兴战略统筹实施，守住不发生规模性返贫致贫的底线。',
    explanation_en:
      'After poverty eradication was declared complete in 2020, former poor counties got a five-year transition period with support kept stable; 2025 was its last year. The 2026 No. 1 central document set out “regular, targeted assistance” for the first time: households at risk keep being monitored, helped and taken off the list when safe, as a standing part of rural revitalisation.',
    english: { text: 'regular (normalised) assistance against relapse into poverty', official: false },
    gloss_en: 'permanent anti-poverty support replacing the post-2020 transition period',
    related: ['bu-fa-sheng-gui-mo-xing-fan-pin'],
    sources: [XINHUA_REGULAR_AID_2026, SHIJI_REGULAR_AID_2026, HUMANRIGHTS_TRANSITION_2025],
    status: 'verified',
  },
  // ── Science, talent and newer words ──
  {
    id: 'zhi-wu-ke-ji-cheng-guo-fu-quan',
    term: '职务科技成果赋权改革',
    aliases: ['赋予科研人员职务科技成果所有权或长期使用权', '职务科技成果赋权', '科技成果赋权改革'],
    scope: 'national',
    period: { from: 2020 },
    category: 'technology',
    gloss_zh: '把单位的职务科技成果的所有权或长期使用权交给科研人员',
    explanation_zh:
      '高校、科研院所的科研人员在工作中完成的专利等成果原本归单位（即国有），转化时顾虑多。2020年5月科技部等九部门印发试点方案，允许单位把成果所有权赋予完成人（团队）、与其共有，或赋予长期使用权，同年10月确定40家单位试点三年，用以激励科技成果转化。',
    explanation_en:
      'Patents and other results that researchers at universities and institutes produce on the job belonged to the employer, that is to the state, which made commercialising them awkward. A pilot plan of nine ministries in May 2020 let employers give the researchers (co-)ownership or long-term use rights; 40 units were chosen that October for a three-year pilot.',
    english: { text: 'reform granting researchers ownership or long-term use rights over work-related results', official: false },
    gloss_en: 'letting scientists own or long-term use the inventions they make at work',
    related: ['cheng-guo-zhuan-hua'],
    sources: [USTC_EMPOWER_2024, CAS_EMPOWER_2021],
    status: 'verified',
  },
  {
    id: 'zhuo-yue-gong-cheng-shi',
    term: '卓越工程师',
    aliases: ['国家卓越工程师', '国家卓越工程师学院', '卓越工程师培养', '国家卓越工程师团队'],
    scope: 'national',
    category: 'technology',
    gloss_zh: '国家重点培养和表彰的能解决复杂工程难题的高水平工程师',
    explanation_zh:
      '教育部2010年启动“卓越工程师教育培养计划”，2022年起由教育部和国资委牵头建设卓越工程师学院，推动高校与央企联合培养工程硕博士。2024年1月首次以党中央、国务院名义开展“国家工程师奖”表彰，授予81人“国家卓越工程师”称号、50个团队“国家卓越工程师团队”称号。',
    explanation_en:
      'The education ministry began an outstanding-engineer training plan in 2010; since 2022 it and the state-assets commission have set up colleges where universities and central state firms jointly train engineering master’s and doctoral students. In January 2024 the first National Engineer Awards in the name of the Party Centre and State Council named 81 “national outstanding engineers” and 50 teams.',
    english: { text: 'outstanding engineers', official: false },
    gloss_en: 'the state’s programme and title for top engineers',
    related: ['jiao-yu-ke-ji-ren-cai-yi-ti-gai-ge'],
    sources: [FX361_ENGINEERS_2024, BYSJY_ENGINEERS_2025],
    status: 'verified',
  },
  {
    id: 'guo-jing-mian-qian-240',
    term: '240小时过境免签',
    aliases: ['240小时过境免签政策', '过境免签政策', '过境免签'],
    scope: 'national',
    period: { from: 2024 },
    category: 'economy',
    gloss_zh: '外国人经中国转往第三国时，可免签在规定区域停留最多240小时',
    explanation_zh:
      '国家移民管理局2024年12月17日起把过境免签外国人的停留时间由原来的72小时和144小时统一延长为240小时（10天），并增加入境口岸、扩大停留区域。适用于俄罗斯、巴西、英国、美国、加拿大等54国人员，须是从中国过境前往第三国（地区）的旅客，常被地方新闻与入境游、入境消费一起提起。',
    explanation_en:
      'From 17 December 2024 the national immigration administration lengthened the visa-free stay for foreigners transiting China from 72 or 144 hours to a single 240 hours (ten days), added entry ports and widened the areas they may visit. It applies to citizens of 54 countries, among them Russia, Brazil, Britain, the US and Canada, who are passing through China on the way to a third country or region.',
    english: { text: '240-hour visa-free transit', official: false },
    gloss_en: 'up to ten days in China without a visa for travellers in transit',
    related: ['ji-mai-ji-tui'],
    sources: [WANDERCHINA_TRANSIT, QIKAN_TRANSIT_2025],
    status: 'verified',
  },
  {
    id: 'piao-gen-jing-ji',
    term: '票根经济',
    aliases: [],
    scope: 'national',
    period: { from: 2024 },
    category: 'economy',
    gloss_zh: '凭演出、赛事、景区、车票等票根在周边消费享受优惠，带动连锁消费',
    explanation_zh:
      '消费者拿演唱会、球赛、展览的门票或火车票等票务凭证，在景区、酒店、餐饮、商场获得折扣和权益，把一次观演或出行延伸成“吃住行游购娱”的一串消费。2024年以来上海、青岛、洛阳等多地推出这类活动，作为提振消费的办法。',
    explanation_en:
      'Holders of a concert, match or exhibition ticket, or a train ticket, get discounts at nearby sights, hotels, restaurants and shops, so that one show or trip turns into a chain of spending. Shanghai, Qingdao, Luoyang and other cities have run such schemes since 2024 to lift consumption.',
    english: { text: 'ticket-stub economy', official: false },
    gloss_en: 'using event and travel tickets as discount passes to spur spending',
    related: ['shou-fa-jing-ji'],
    sources: [QINGDAO_TICKET_2025, BANYUETAN_TICKET_2025, NCPSSD_TICKET],
    status: 'verified',
  },
  {
    id: 'ru-jing-xiao-fei',
    term: '入境消费',
    aliases: ['扩大入境消费', '拓展入境消费', '促进入境消费'],
    scope: 'national',
    period: { from: 2025 },
    category: 'economy',
    gloss_zh: '境外游客、商务人士来华期间的吃住行游购娱等花费',
    explanation_zh:
      '指境外旅客在中国境内的各类消费，统计上计入旅行服务出口。2024年入境旅客总花费942亿美元，约占GDP的0.5%，而主要国家一般在1%到3%之间，因此被视为提振消费的新增长点；2025年4月商务部等部门发文优化离境退税以扩大入境消费，“十五五”规划建议也提出“拓展入境消费”。',
    explanation_en:
      'Spending by foreign visitors inside China, counted as exports of travel services. Inbound visitors spent 94.2 billion US dollars in 2024, about 0.5% of GDP against 1–3% in major economies, so it is seen as room for growth; an April 2025 notice improved tax refunds for departing visitors to expand it, and the fifteenth five-year-plan proposals call for “expanding inbound consumption”.',
    english: { text: 'inbound consumption', official: false },
    gloss_en: 'what foreign visitors spend in China, promoted as a new source of demand',
    related: ['ji-mai-ji-tui', 'guo-jing-mian-qian-240', 'ti-zhen-xiao-fei-zhuan-xiang-xing-dong'],
    sources: [BLG_INBOUND_2025, CRNTT_INBOUND_2025, HUANQIU_INBOUND_2026],
    status: 'verified',
  },
  {
    id: 'drg-dip-zhi-fu-gai-ge',
    term: 'DRG/DIP支付方式改革',
    aliases: ['按病组和病种分值付费', '按病种分值付费', '按疾病诊断相关分组付费', 'DRG/DIP付费'],
    scope: 'national',
    period: { from: 2019 },
    category: 'livelihood',
    gloss_zh: '医保按病组或病种“打包”付钱给医院，不再按项目实报实销',
    explanation_zh:
      'DRG（疾病诊断相关分组）把诊断、治疗相似、资源消耗相近的住院病例归为一组，按组定额付费；DIP（按病种分值付费）用大数据把“诊断+治疗方式”组合成病种并赋予分值，按分值结算。两者都取代以往做多少检查、开多少药就报多少的按项目付费，医院花得少有结余、超支自担；2019年起试点，目前住院服务按病种付费已基本覆盖全部统筹地区。',
    explanation_en:
      'Under DRG (diagnosis-related groups) similar inpatient cases form a group paid at a fixed rate; under DIP (diagnosis-intervention packets) big data turns each diagnosis-and-treatment combination into a scored case type paid by points. Both replace paying hospitals item by item, so a hospital keeps what it saves and bears any overrun; piloted from 2019, case-based payment now covers inpatient care in essentially all insurance pooling areas.',
    english: { text: 'DRG/DIP payment reform (case-based medical insurance payment)', official: false },
    gloss_en: 'medical insurance paying hospitals a fixed sum per case type instead of per item',
    related: ['san-yi-lian-dong'],
    sources: [CNDBA_DRG, RZQ_DRG_2025, HW76_DRG],
    status: 'verified',
  },
  {
    id: 'san-xin-dang-jian',
    term: '三新党建',
    aliases: ['新经济组织、新社会组织、新就业群体党的建设', '加强新经济组织、新社会组织、新就业群体党的建设'],
    scope: 'national',
    period: { from: 2022 },
    category: 'party-building',
    gloss_zh: '在民企、社会组织和外卖骑手等新就业群体中建党组织、做党建',
    explanation_zh:
      '党的二十大提出“加强新经济组织、新社会组织、新就业群体党的建设”，把过去针对前两类的“两新”党建扩展为“三新”，二十届三中全会又要求探索其有效途径。新就业群体指网约车司机、外卖配送员、快递员、网络主播等依托平台工作的人员，他们流动分散，是这项工作的难点。',
    explanation_en:
      'The 20th Party Congress called for Party building in new economic organisations, new social organisations and new employment groups, widening the older “two new” work to three, and the 2024 third plenum asked for effective ways to do it. The new employment groups are platform workers such as ride-hailing drivers, food and parcel couriers and live-streamers, who are scattered and mobile.',
    english: { text: 'Party building in the “three new” sectors', official: false },
    gloss_en: 'Party organisation among private firms, NGOs and gig workers',
    items: [
      { zh: '新经济组织', en: 'new economic organisations (mainly private firms)' },
      { zh: '新社会组织', en: 'new social organisations' },
      { zh: '新就业群体', en: 'new employment groups (platform and gig workers)' },
    ],
    related: ['liang-xin-zu-zhi', 'xin-jiu-ye-xing-tai'],
    sources: [GZ_SANXIN_2025, HLUNET_SANXIN_2025],
    status: 'verified',
  },
];
