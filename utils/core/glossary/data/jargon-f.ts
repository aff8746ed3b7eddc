import type { GlossaryEntry, Source } from '../types';

/*
 * Jargon F: the stock verdicts on the economy, the work-style phrases of officials, a few terms of
 * investment policy and some Hunan and Zhuzhou programmes that local reports use bare.
 *
 * How these terms were chosen: the starting list was the set of terms that a measured set of local
 * articles still missed (融城, 政策性资金, 真抓实干, 主特产业, 暖实力, 生态雨林, 双轨路径, 小青桔,
 * 总体平稳、稳中有进、结构优化、质态向好, 北斗 from the sky to daily life). It was widened with about
 * 40 searches in Chinese of stored public web pages (Zhuzhou and Hunan work reports, Changsha-Zhuzhou-
 * Xiangtan integration, work-style commentaries, economic-meeting readings, Hunan Daily), none of them
 * a page that the real-news benches measure. Each candidate was checked against the forms the glossary
 * holds (稳中有进, 马上就办, 三个区分开来, 容错纠错, 耐心资本, 政府引导基金, 株醴融城, 2+2主特产业集群,
 * 小青桔, 重振雄风 exist and were skipped) and against CC-CEDICT, which already explains 只争朝夕,
 * 时不我待, 弯道超车 and 含金量 well. A term was kept when a page used it in news or official text and
 * a page said, or showed plainly by use, what it means.
 *
 * Left out for want of any page that uses or explains them in the sense local news gives them:
 * 政策性资金, 暖实力, 双轨路径, 主特产业 (bare), 北斗 从“天边”走到“身边”, 一县一品, 三社合一, 五链,
 * 两条线三回归, 七个坚定不移. The four-part verdict 总体平稳、稳中有进、结构优化、质态向好 is kept as
 * partial: its first two parts and a close Hunan variant are on cited pages, the exact four-part wording
 * only on a page the benches measure.
 *
 * Precision: a form that is also an ordinary phrase stands only between quotes (双联, 生态雨林,
 * 一圈三区, 合理区间); the longer phrases only the jargon uses stand anywhere. 回升向好 was first
 * written with the bare forms 经济回升向好 and 回升向好势头; measured on local news its bare match
 * counted as wrong, so it now stands only between quotes and those aliases were dropped. Meanings come
 * from the pages cited under each entry; wording is ours.
 */

const SCOL_ZHEN_ZHUA_2024: Source = {
  url: 'https://comment.scol.com.cn/html/2024/10/011024_1769523.shtml',
  publisher: '四川在线（天府评论）',
  date: '2024-10-24',
};

const CHUZHOU_DAILY_2025: Source = {
  url: 'http://szbk.chuzhou.cn/czrb/pc/content/202502/27/content_127755.html',
  publisher: '滁州日报（数字报）',
  date: '2025-02-27',
};

const CHINA_COM_REPORT_2017: Source = {
  url: 'http://big5.china.com.cn/lianghui/news/2017-03/05/content_40411847.htm',
  publisher: '中国网',
  date: '2017-03-05',
  note: 'report on the 2017 government work report',
};

const YOUTH_2017: Source = {
  url: 'http://pinglun.youth.cn/wztt/201703/t20170307_9238528.htm',
  publisher: '中国青年网（评论）',
  date: '2017-03-07',
};

const REPORTIFY_DISHWASHING_2025: Source = {
  url: 'https://reportify.cn/news/1166358374510628864',
  publisher: 'reportify.cn（人民日报文章摘要）',
  date: '2025-09-19',
  note: 'summary of a People’s Daily article',
};

const CE_IDLE_OFFICIALS_2015: Source = {
  url: 'http://views.ce.cn/view/ent/201503/07/t20150307_4750942.shtml',
  publisher: '中国经济网（评论）',
  date: '2015-03-07',
};

const HANDMSG_IDLE_OFFICIALS_2016: Source = {
  url: 'http://www.handmsg.com/page/2016/0913/3267237.shtml',
  publisher: 'handmsg.com（期刊文章转载）',
  date: '2016-09-13',
  note: 'reprint of a journal article',
};

const CAIXUN_2015: Source = {
  url: 'http://news.caixunnews.com/2015/zj_0619/2544.html',
  publisher: 'caixunnews.com（评论）',
  date: '2015-06-19',
};

const ZHUZHOU_REPORT_MEETING_2017: Source = {
  url: 'https://changsha.baogaosu.com/xinwen/%E6%A0%AA%E6%B4%B2%E5%8F%AC%E5%BC%80%E7%A0%A5%E7%A0%BA%E5%A5%8B%E8%BF%9B%E7%9A%84%E4%BA%94%E5%B9%B4%E5%BD%A2%E5%8A%BF/60889560',
  publisher: 'baogaosu.com（转载株洲新闻）',
  date: '2017-09-17',
  note: 'reprint of a Zhuzhou news report',
};

const GUANGMING_STEADY_2017: Source = {
  url: 'http://m.com3y.cn/xwzx/PoliticsNews/201711/t20171116_11867985.htm',
  publisher: 'com3y.cn（转载光明网“改革光明论”）',
  date: '2017-11-16',
  note: 'reprint of a Guangming Online explainer',
};

const XINHUA_STEADY_2018: Source = {
  url: 'https://m.yybnet.net/news/caijing/201807/7808460.html',
  publisher: '右江日报（转载新华社）',
  date: '2018-07-26',
  note: 'reprint of a Xinhua report',
};

const POLITBURO_WORDING_2018: Source = {
  url: 'http://m.dddjmc.com/news/txnews/cnnews/sh/2018-11-01/2198912_2.html',
  publisher: 'dddjmc.com（时政解读转载）',
  date: '2018-11-01',
  note: 'reprint of a reading of the October 2018 Politburo meeting',
};

const PEOPLES_DAILY_OVERSEAS_2019: Source = {
  url: 'http://m.jiangsulong.com/a/2019/0121/1548033803.html',
  publisher: '人民日报海外版（转载）',
  date: '2019-01-21',
  note: 'reprint',
};

const QQZYW_2018: Source = {
  url: 'https://xwzx.qqzyw.com/show-244949.html',
  publisher: 'qqzyw.com（评论）',
  date: '2018-12',
};

const PEOPLES_DAILY_PROGRESS_2025: Source = {
  url: 'https://reportify.cn/news/1153259573335953408',
  publisher: 'reportify.cn（转载人民日报）',
  date: '2025-08-14',
  note: 'reprint of a People’s Daily report',
};

const DAZHONG_EDITORIAL_2025: Source = {
  url: 'http://ayao.rasgz.cn/zz/index.php?id=d1irlm82pg5hqjoj',
  publisher: '大众日报社论（转载）',
  date: '2025-12-10',
  note: 'reprint',
};

const HUNAN_Q1_2022: Source = {
  url: 'http://m.djxww.com/yaowen/yaowen/2022/0420/59631.html',
  publisher: 'djxww.com（湖南经济首季报报道）',
  date: '2022-04-20',
};

const PEOPLE_RANGE_2013: Source = {
  url: 'http://cscp1.com/n/2013/0731/c1003-22385395.html',
  publisher: 'cscp1.com（转载人民网）',
  date: '2013-07-31',
  note: 'reprint of a People’s Daily Online commentary',
};

const HK01_CEWC_2025: Source = {
  url: 'https://www.hk01.com/%E4%B8%AD%E5%9C%8B%E8%A7%80%E5%AF%9F/60302803/2026%E5%B9%B4%E4%BD%95%E5%8E%BB%E4%BD%95%E5%BE%9E-%E4%B8%AD%E5%A4%AE%E7%B6%93%E6%BF%9F%E5%B7%A5%E4%BD%9C%E6%9C%83%E8%AD%B0%E9%87%8B%E6%94%BE%E7%9A%84%E4%BF%A1%E8%99%9F',
  publisher: '香港01',
  date: '2025-12-11',
};

const HUNAN_REPORT_2025: Source = {
  url: 'http://district.ce.cn/newarea/roll/202501/27/t20250127_39279538_1.shtml',
  publisher: '湖南日报（中国经济网转载：2025年湖南省政府工作报告）',
  date: '2025-01-27',
  note: 'the 2025 Hunan government work report',
};

const BIHAI_FUND_2025: Source = {
  url: 'https://www.bihai123.com/info/ywshrd/42164.html',
  publisher: 'bihai123.com',
  date: '2025-12',
};

const SINA_FUND_2025: Source = {
  url: 'https://reportify.cn/news/1201826262386085888',
  publisher: 'reportify.cn（新浪财经文章摘要）',
  date: '2025-12-26',
  note: 'summary of a Sina Finance article',
};

const CCTV_CMPANY_FUND: Source = {
  url: 'http://www.cctv-cmpany.net/index.php/nav1/103735.html',
  publisher: 'cctv-cmpany.net（转载中经联播）',
  note: 'reprint',
};

const WCIFIT_RAINFOREST_2026: Source = {
  url: 'https://wcifit.com/html/text/bcb5bb09f6a1691dc78dc00b52301762.html',
  publisher: 'WCIFIT（英文评论）',
  date: '2026',
  note: 'English commentary on the 2026 Chongqing government work report',
};

const RAINFOREST_ESSAY_2019: Source = {
  url: 'https://e-book.qq.com/read/1045450192/9',
  publisher: 'QQ阅读（严含《热带雨林带给构建创新城区的启示》）',
  date: '2019-07-15',
};

const HUNANTODAY_RONGCHENG_2025: Source = {
  url: 'https://www.hunantoday.cn/news/xhn/202512/31232004.html',
  publisher: '湖南日报·新湖南客户端',
  date: '2025-12-29',
};

const VOC_TEN_YEARS: Source = {
  url: 'https://jjw.voc.com.cn/news/239/98893.html',
  publisher: '华声在线',
  note: 'undated; written ten years after the 2007 two-oriented-society pilot',
};

const CHAXIAOHAO_RONGCHENG_2025: Source = {
  url: 'https://www.chaxiaohao.com/read-1752308788l6850572.html',
  publisher: 'chaxiaohao.com（问答）',
  date: '2025-07-12',
  note: 'weak source: a Q&A page summarising a Changsha work plan',
};

const METRO_PLAN_MIRROR: Source = {
  url: 'http://www.9518n88.cn/bendidongtaijizhengce/27002.html',
  publisher: '9518n88.cn（湘江新区报道转载）',
  note: 'mirror of a report on the approval of the Changsha-Zhuzhou-Xiangtan metropolitan-area plan',
};

const XINHUA_HUNAN_FARMING_2022: Source = {
  url: 'https://hngx.rednet.cn/content/2022/07/29/11576898.html',
  publisher: '红网（转载新华社）',
  date: '2022-07-29',
};

const ZHUZHOU_NEWS_DIGEST: Source = {
  url: 'http://cztshq.com/post/381.html',
  publisher: 'cztshq.com（株洲要闻汇编）',
  note: 'undated digest of Zhuzhou news items',
};

const ASKCI_HUNAN_LAYOUT_2022: Source = {
  url: 'https://big5.askci.com/news/chanye/20220707/1640441917533.shtml',
  publisher: '中商情报网',
  date: '2022-07-07',
};

/** Economic verdicts, work-style phrases, investment terms and a few Hunan and Zhuzhou programmes. */
export const JARGON_F: readonly GlossaryEntry[] = [
  // ── Work style: doing rather than talking ──
  {
    id: 'zhen-zhua-shi-gan',
    term: '真抓实干',
    aliases: ['真抓实干、埋头苦干'],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '真心实意地抓落实，实实在在地干事',
    explanation_zh:
      '官方话语中对干部作风的基本要求：“真”“实”与“假”“虚”相对，反对做表面文章、走形式过场。评论说，能不能“真抓”是态度问题，会不会“实干”是能力问题，衡量标准是结果和群众是否满意。',
    explanation_en:
      'A basic demand on officials’ work style: “real” and “solid” as opposed to fake and hollow, against window dressing and going through the motions. Commentators put it that whether one really grips a task is a matter of attitude, whether one can really do it a matter of ability, and the test is the result and whether the public is satisfied.',
    english: { text: 'make real efforts and do solid work', official: false },
    gloss_en: 'really taking hold of a task and doing solid work: the standard call on officials',
    related: ['gan-zi-dang-tou', 'yi-hui-yi-luo-shi-hui-yi', 'ma-shang-jiu-ban'],
    sources: [SCOL_ZHEN_ZHUA_2024, CHUZHOU_DAILY_2025],
    status: 'verified',
  },
  {
    id: 'gan-zi-dang-tou',
    term: '干字当头',
    aliases: [],
    scope: 'national',
    category: 'governance',
    gloss_zh: '把“干”放在第一位，一切靠实干',
    explanation_zh:
      '2017年国务院政府工作报告要求各级政府及其工作人员“干字当头，真抓实干、埋头苦干、结合实际创造性地干”，此后成为地方报告和评论的常用语，强调成绩是干出来的，不能纸上谈兵、光说不练。',
    explanation_en:
      'The 2017 national government work report asked all levels of government to put “doing” first, working for real, with their heads down and creatively; since then local reports and commentaries repeat it to say that results come from doing, not from talk.',
    english: { text: 'put action first', official: false },
    gloss_en: 'putting doing first: results come from work, not talk',
    related: ['zhen-zhua-shi-gan', 'kong-tan-wu-guo-shi-gan-xing-bang'],
    sources: [CHINA_COM_REPORT_2017, YOUTH_2017],
    status: 'verified',
  },
  {
    id: 'yi-hui-yi-luo-shi-hui-yi',
    term: '以会议落实会议',
    aliases: ['以会议贯彻会议', '以文件落实文件', '以会议落实会议、以文件落实文件', '以会议贯彻会议、以文件落实文件'],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '只用再开会、再发文来“落实”上级部署，不见实际行动',
    explanation_zh:
      '形式主义的典型表现：接到上级会议或文件后，只是层层开会传达、照转文件，却没有具体措施和成效。2017年政府工作报告明确提出“不能简单以会议贯彻会议、以文件落实文件”，评论中常与“以讲话落实讲话”并列批评。',
    explanation_en:
      'A textbook case of formalism: an instruction from above is “implemented” only by holding more meetings and forwarding the document, with no concrete measures or results. The 2017 government work report said plainly that meetings must not be implemented by meetings nor documents by documents.',
    english: { text: 'implementing meetings with more meetings', official: false },
    gloss_en: 'answering orders with more meetings and papers instead of action',
    related: ['zhen-zhua-shi-gan', 'zhi-jian-shang-de-xing-shi-zhu-yi'],
    sources: [CHINA_COM_REPORT_2017, SCOL_ZHEN_ZHUA_2024],
    status: 'verified',
  },
  {
    id: 'kong-tan-wu-guo-shi-gan-xing-bang',
    term: '空谈误国，实干兴邦',
    aliases: ['空谈误国', '实干兴邦'],
    scope: 'national',
    category: 'ideology',
    gloss_zh: '空谈会耽误国家，实干才能振兴国家',
    explanation_zh:
      '党的领导人反复引用的警句，用来倡导重实际、说实话、办实事、求实效的作风。评论把它与“干字当头”“真抓实干”连用，批评纸上谈兵、光说不练和弄虚作假。',
    explanation_en:
      'A maxim the leadership quotes again and again to promote a practical style: dealing in facts, speaking truthfully, doing real things and seeking real results. Commentaries pair it with “putting doing first” and “real efforts, solid work” against armchair talk and faked figures.',
    english: { text: 'Empty talk harms the country, hard work makes it flourish', official: false },
    gloss_en: 'empty talk ruins a country, real work builds it up',
    related: ['gan-zi-dang-tou', 'zhen-zhua-shi-gan'],
    sources: [
      { url: 'http://www.mhsmt.com/news/gdpl/2017/0309/76561.shtml', publisher: 'mhsmt.com（评论转载）', date: '2017-03-09', note: 'reprint of a provincial newspaper commentary' },
      { url: 'http://m.handmsg.com/page/2019/0403/11171512.shtml', publisher: 'handmsg.com（评论转载）', date: '2019-04-03', note: 'reprint of a commentary' },
    ],
    status: 'verified',
  },
  {
    id: 'gan-zai-shi-chu-zou-zai-qian-lie',
    term: '干在实处、走在前列',
    aliases: ['干在实处'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '把工作落到实处，才能走在前面',
    explanation_zh:
      '要求先在具体问题上下实功夫，领先是实干之后自然得到的结果，不是刻意追求的姿态。湖南省第十二次党代会（2021年）把“干在实处、走在前列”写进大会主题。',
    explanation_en:
      'A demand to put real effort into concrete problems first; being ahead is what follows from solid work, not a pose to strike. Hunan’s 12th Party Congress in 2021 wrote it into its theme.',
    english: { text: 'work solidly and stay in the lead', official: false },
    gloss_en: 'doing the work on the ground in order to lead',
    related: ['zhen-zhua-shi-gan', 'fen-yong-zheng-xian', 'san-gao-si-xin'],
    sources: [
      { url: 'http://www.cnxxpl.com/content/2021/12/07/10504323.html', publisher: '新湘评论', date: '2021-12-07', note: 'text of the report to Hunan’s 12th Party Congress' },
      { url: 'http://www.360elib.com:2027/detail.aspx?NewsCode=NC060&NewsId=69263783&OrgId=001', publisher: '360elib.com（评论转载）', note: 'undated reprint of a commentary' },
    ],
    status: 'verified',
  },
  {
    id: 'dan-dang-zuo-wei',
    term: '担当作为',
    aliases: ['激励担当作为', '敢于担当作为', '积极担当作为'],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '干部敢于负责、主动干事',
    explanation_zh:
      '对干部的核心要求之一：不怕担责任、不回避矛盾，积极作为。为“激励担当作为”，中央要求落实“三个区分开来”、健全容错纠错机制，给敢干事的干部撑腰。',
    explanation_en:
      'One of the core demands on officials: take responsibility, face problems and act. To encourage it, the centre asks for the “three distinctions” and for mechanisms that tolerate honest mistakes, so that officials who act are backed up.',
    english: { text: 'take on responsibility and act', official: false },
    gloss_en: 'officials daring to take responsibility and get things done',
    related: ['san-ge-qu-fen-kai-lai', 'rong-cuo-jiu-cuo', 'xi-wan-xiao-ying', 'wei-guan-bu-wei'],
    sources: [
      REPORTIFY_DISHWASHING_2025,
      { url: 'http://m.handmsg.com/page/2024/0913/24909977.shtml', publisher: 'handmsg.com（期刊文章转载）', date: '2024-09-13', note: 'reprint of a journal article on officials taking responsibility' },
    ],
    status: 'verified',
  },
  {
    id: 'xi-wan-xiao-ying',
    term: '洗碗效应',
    aliases: [],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '比喻干得越多越容易出错、越容易被追责',
    explanation_zh:
      '洗碗越多，打碎碗的机会越多；不洗碗的人反而不会出错。借来说干部队伍中“多干多错、少干少错”的现象，评论据此主张落实“三个区分开来”、健全容错纠错机制，以激励担当作为。',
    explanation_en:
      'Whoever washes the most dishes breaks the most; whoever washes none breaks none. The image describes how officials who do more make more mistakes and get blamed, and commentaries use it to argue for the “three distinctions” and tolerance of honest mistakes.',
    english: { text: 'dishwashing effect', official: false },
    gloss_en: 'whoever does more work makes more mistakes and gets the blame',
    related: ['dan-dang-zuo-wei', 'rong-cuo-jiu-cuo', 'san-ge-qu-fen-kai-lai'],
    sources: [REPORTIFY_DISHWASHING_2025],
    status: 'verified',
  },
  {
    id: 'wei-guan-bu-wei',
    term: '为官不为',
    aliases: [],
    scope: 'national',
    category: 'discipline',
    gloss_zh: '官员在其位不谋其政，不作为、慢作为',
    explanation_zh:
      '指干部消极对待职责，“不求有功、但求无过”，该办的事不办。2015年国务院政府工作报告首次写入，要求对为官不为、懒政怠政的公开曝光、追究责任，此后常说“不作为也是腐败”。',
    explanation_en:
      'Officials who hold a post but do not do its work, taking no risks and leaving undone what should be done. The 2015 national government work report named it for the first time and asked that such cases be exposed and punished; since then inaction is often called a form of corruption.',
    english: { text: 'officials not doing their jobs', official: false },
    gloss_en: 'officials holding a post but not doing its work',
    related: ['yong-zheng-lan-zheng', 'dan-dang-zuo-wei'],
    sources: [CE_IDLE_OFFICIALS_2015, HANDMSG_IDLE_OFFICIALS_2016],
    status: 'verified',
  },
  {
    id: 'yong-zheng-lan-zheng',
    term: '庸政懒政',
    aliases: ['懒政怠政', '庸政懒政怠政', '庸政懒政、惰政怠政'],
    scope: 'national',
    category: 'discipline',
    gloss_zh: '干部平庸无为、懒于理事的作风问题',
    explanation_zh:
      '“庸”是因循守旧、能力不足，“懒”是不愿思考、不愿做事，“怠”是拖拉懈怠。八项规定之后，一些干部以“不出事”为准则混日子，各地把整治庸政懒政列为作风建设的内容。',
    explanation_en:
      '“Mediocre” government sticks to routine and lacks ability, “lazy” government will not think or act, and “slack” government drags its feet. After the 2012 austerity rules some officials coasted with avoiding trouble as their only aim, and local campaigns against this became part of work-style rectification.',
    english: { text: 'mediocre and lazy governance', official: false },
    gloss_en: 'mediocre, lazy officials who only want to avoid trouble',
    related: ['wei-guan-bu-wei', 'si-feng'],
    sources: [
      HANDMSG_IDLE_OFFICIALS_2016,
      { url: 'http://lanzhou.baogaosu.com/xinwen/%E4%B8%8D%E4%BD%9C%E4%B8%BA%E7%9A%84%E5%BA%B8%E6%94%BF%E6%87%92%E6%94%BF%E4%B9%9F%E6%98%AF%E4%B8%80%E7%A7%8D%E8%85%90%E8%B4%A5/28691727', publisher: 'baogaosu.com（转载兰州评论）', note: 'undated reprint of a commentary' },
    ],
    status: 'verified',
  },
  {
    id: 'pa-po-guo-kan',
    term: '爬坡过坎',
    aliases: ['爬坡过坎的关键期', '爬坡过坎的关键时期'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '比喻发展或改革正处在最吃力的转型关口',
    explanation_zh:
      '把发展比作上坡、过坎：速度慢、最费劲，一松劲就会滑下去。常说改革或地方经济“正处于爬坡过坎的关键时期”，株洲的报告也用它说老工业城市动能转换的艰难阶段。',
    explanation_en:
      'Development pictured as climbing a slope and getting over a ridge: slow, hardest work, and any slackening means sliding back. Reform or a local economy is said to be at the critical climbing stage; Zhuzhou’s reports use it for the old industrial city’s hard transition.',
    english: { text: 'climbing the slope and crossing the ridge', official: false },
    gloss_en: 'a hard uphill stretch of transition that must not be let go',
    related: ['shen-shui-qu', 'ying-gu-tou'],
    sources: [CAIXUN_2015, ZHUZHOU_REPORT_MEETING_2017],
    status: 'verified',
  },
  {
    id: 'shi-du-xiao',
    term: '时度效',
    aliases: ['统筹把握时度效'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '抓落实时把握好时机、力度和效果',
    explanation_zh:
      '“时”指时机和节奏，“度”指分寸和力度，“效”指实际效果。2023年中央经济工作会议要求“雷厉风行抓落实，统筹把握时度效”：政策要早出快出，又不能一味求快、流于形式。',
    explanation_en:
      'Timing, degree and effect: when to act, how hard to push and what it achieves. The December 2023 Central Economic Work Conference asked for swift implementation that weighs all three, so that policies come out early but are not rushed into empty form.',
    english: { text: 'timing, degree and effect', official: false },
    gloss_en: 'getting the timing, intensity and effect of a policy right',
    related: ['ma-shang-jiu-ban', 'zhen-zhua-shi-gan'],
    sources: [{ url: 'https://jmypl.com/zhuanti/2023-12/25/content_6006320.html', publisher: 'jmypl.com（评论转载）', date: '2023-12-25', note: 'reprint of a commentary on the 2023 Central Economic Work Conference' }],
    status: 'verified',
  },

  // ── Verdicts on the economy ──
  {
    id: 'wen-zhong-xiang-hao',
    term: '稳中向好',
    aliases: ['稳中向好的基本面', '继续保持稳中向好'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '总体稳定，并朝好的方向变化（经济形势的评语）',
    explanation_zh:
      '官方判断经济形势的常用评语：增速在合理区间、波动不大，同时结构、就业、效益等指标向好。它比“稳中有进”更偏乐观；2018年10月中央政治局会议对经济的评语由“稳中向好”改为“稳中有进”，被解读为形势趋紧。',
    explanation_en:
      'A stock official verdict on the economy: growth stays in the reasonable range without big swings while structure, jobs and returns improve. It is a shade more upbeat than 稳中有进; when the Politburo changed its wording from this to 稳中有进 in October 2018, observers read it as a sign of a tighter situation.',
    english: { text: 'stable and improving', official: false },
    gloss_en: 'stable and getting better: an upbeat verdict on the economy',
    related: ['wen-zhong-you-jin', 'wen-zhong-you-bian', 'hui-sheng-xiang-hao'],
    sources: [GUANGMING_STEADY_2017, XINHUA_STEADY_2018, POLITBURO_WORDING_2018],
    status: 'verified',
  },
  {
    id: 'wen-zhong-you-bian',
    term: '稳中有变',
    aliases: ['稳中有变、变中有忧'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '经济大体稳定但出现新变化，其中有令人担忧之处',
    explanation_zh:
      '2018年中央对经济形势的判断：主要指标仍稳，但外部环境因贸易摩擦发生明显变化，国内结构调整的阵痛显现，部分指标回落。中央经济工作会议用“稳中有变、变中有忧”提醒增强忧患意识。',
    explanation_en:
      'The leadership’s 2018 verdict on the economy: the main indicators were still stable, but the outside environment had changed with the trade friction, the pains of restructuring were showing and some indicators fell. The Central Economic Work Conference used “stable with changes, changes with worries” to call for vigilance.',
    english: { text: 'stable but changing (with worries)', official: false },
    gloss_en: 'stable on the whole, but with worrying changes',
    related: ['wen-zhong-xiang-hao', 'wen-zhong-you-jin', 'wen-zhong-qiu-jin'],
    period: { from: 2018, to: 2019 },
    sources: [POLITBURO_WORDING_2018, PEOPLES_DAILY_OVERSEAS_2019, QQZYW_2018],
    status: 'verified',
  },
  {
    id: 'hui-sheng-xiang-hao',
    term: '回升向好',
    aliases: [],
    quotedOnly: ['回升向好'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '经济在回落之后重新上升、态势转好',
    explanation_zh:
      '近年中央文件和媒体描述经济走势的常用语，如“巩固拓展经济回升向好势头”：经历下行后，增速和主要指标回升，新动能增强。它描述的是方向，不保证每项指标都已好转。',
    explanation_en:
      'A common phrase of recent central documents and media for the economy’s direction, as in “consolidate the momentum of recovery”: after a downturn, growth and the main indicators pick up and new drivers strengthen. It speaks of a trend, not a promise that every indicator is better.',
    english: { text: 'recovering and improving', official: false },
    gloss_en: 'picking up again after a slowdown',
    related: ['wen-zhong-xiang-hao', 'wen-zhong-you-jin'],
    sources: [PEOPLES_DAILY_PROGRESS_2025],
    status: 'verified',
  },
  {
    id: 'zong-ti-ping-wen-zhi-tai-xiang-hao',
    term: '总体平稳、稳中有进、结构优化、质态向好',
    aliases: [],
    scope: 'hunan',
    category: 'economy',
    gloss_zh: '湖南对全年经济运行态势的四句评语',
    explanation_zh:
      '湖南官方总结经济形势时的一组评语：总体平稳（没有大起大落）、稳中有进（有所进步）、结构优化（产业和需求结构改善）、质态向好（质量效益提高）。前两句也是中央对全国经济的常用判断。',
    explanation_en:
      'A set of four verdicts Hunan uses to sum up a year’s economy: stable overall, making progress, a better structure and improving quality. The first two are also the centre’s usual verdict on the national economy.',
    english: { text: 'stable overall, progressing, better structured, improving in quality', official: false },
    gloss_en: 'Hunan’s four-part verdict on a year of economic figures',
    items: [
      { zh: '总体平稳', en: 'stable overall' },
      { zh: '稳中有进', en: 'progress amid stability' },
      { zh: '结构优化', en: 'a better structure' },
      { zh: '质态向好', en: 'improving quality' },
    ],
    related: ['wen-zhong-you-jin', 'wen-zhong-xiang-hao'],
    sources: [DAZHONG_EDITORIAL_2025, HUNAN_Q1_2022],
    status: 'partial',
    missing:
      'the cited pages give the first two verdicts (national) and a close Hunan variant; the exact four-part wording was found only on a page that could not be cited',
    missing_zh: '所引网页只有前两句（全国层面）和湖南的相近说法，四句原文未见于可引用的网页',
  },
  {
    id: 'he-li-qu-jian',
    term: '合理区间',
    aliases: ['运行在合理区间', '保持在合理区间'],
    quotedOnly: ['合理区间'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '宏观调控给经济运行划定的上下限范围',
    explanation_zh:
      '2013年起官方用来判断经济是否平稳的框架：下限是稳增长、保就业，上限是防通胀；只要增速、就业、物价处在区间之内，就不搞大规模刺激，而是着力调结构。',
    explanation_en:
      'A framework the government has used since 2013 to judge whether the economy is stable: the floor is steady growth and jobs, the ceiling is inflation. As long as growth, jobs and prices stay inside, there is no big stimulus and the effort goes into restructuring.',
    english: { text: 'reasonable range (of economic operation)', official: false },
    gloss_en: 'the band between a floor of growth and jobs and a ceiling of inflation',
    related: ['wen-zhong-qiu-jin', 'wen-zhong-you-jin'],
    sources: [PEOPLE_RANGE_2013],
    status: 'verified',
  },
  {
    id: 'gong-qiang-xu-ruo',
    term: '供强需弱',
    aliases: ['国内供强需弱矛盾突出'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '生产供给能力强而国内需求偏弱的失衡',
    explanation_zh:
      '2025年中央经济工作会议对经济问题的判断之一：国内供强需弱矛盾突出。意思是产能和供给充足，但消费和投资需求不足，所以把扩大内需列为2026年首项重点工作。',
    explanation_en:
      'One of the problems named by the December 2025 Central Economic Work Conference: at home, strong supply and weak demand. Capacity and output are ample but consumption and investment lag, which is why expanding domestic demand heads the tasks for 2026.',
    english: { text: 'strong supply, weak demand', official: false },
    gloss_en: 'more production capacity than demand at home',
    related: ['tou-zi-yu-ren'],
    period: '2025 onward',
    sources: [HK01_CEWC_2025],
    status: 'verified',
  },
  {
    id: 'neng-kuai-ze-kuai',
    term: '能快则快',
    aliases: ['高质量发展能快则快'],
    scope: 'hunan',
    category: 'economy',
    gloss_zh: '在保证质量的前提下，能加快发展就尽量加快',
    explanation_zh:
      '2025年湖南省政府工作报告提出“坚持高质量发展能快则快不动摇”：作为经济大省，在不牺牲质量的前提下争取更快增长，多作贡献。',
    explanation_en:
      'Hunan’s 2025 government work report said it would hold firmly to growing as fast as possible within high-quality development: as a big economic province it should grow faster where it can, without giving up quality.',
    english: { text: 'as fast as possible', official: false },
    gloss_en: 'growing as fast as conditions allow, without giving up quality',
    related: ['jing-ji-da-sheng-tiao-da-liang', 'fen-yong-zheng-xian'],
    period: '2025',
    sources: [HUNAN_REPORT_2025],
    status: 'verified',
  },

  // ── Investment and innovation ──
  {
    id: 'tou-zao-tou-xiao',
    term: '投早、投小、投长期、投硬科技',
    aliases: ['投小、投早、投长期、投硬科技', '投早、投小'],
    scope: 'national',
    category: 'investment',
    gloss_zh: '政府投资基金优先投早期、小型、长周期的硬科技企业',
    explanation_zh:
      '对政府投资基金和国家创业投资引导基金的投资导向：主要投种子期、初创期企业，陪伴它们长期成长，投向芯片、量子等硬科技，弥补社会资本偏爱成熟项目、不愿投早期的缺口。',
    explanation_en:
      'The investment line set for government funds and the national venture guidance fund: put money into seed-stage and start-up firms, stay with them for the long run, and favour hard technology such as chips and quantum, filling the gap left by private capital that prefers mature deals.',
    english: { text: 'invest early, small, long-term and in hard tech', official: false },
    gloss_en: 'state funds backing young, small hard-tech firms for the long haul',
    related: ['guo-jia-chuang-ye-tou-zi-yin-dao-ji-jin', 'nai-xin-zi-ben', 'zheng-fu-yin-dao-ji-jin'],
    sources: [BIHAI_FUND_2025, SINA_FUND_2025],
    status: 'verified',
  },
  {
    id: 'guo-jia-chuang-ye-tou-zi-yin-dao-ji-jin',
    term: '国家创业投资引导基金',
    aliases: ['国家创投引导基金'],
    scope: 'national',
    category: 'investment',
    period: { from: 2025 },
    gloss_zh: '2025年底启动的国家级早期科技投资基金',
    explanation_zh:
      '2025年12月26日启动，中央财政出资来自超长期特别国债，存续期20年，首批在京津冀、长三角、粤港澳大湾区设立区域基金，目标是撬动地方和社会资本，重点投种子期、初创期科技企业。',
    explanation_en:
      'Launched on 26 December 2025 with central money from ultra-long special treasury bonds and a 20-year life; its first regional funds are in Beijing-Tianjin-Hebei, the Yangtze Delta and the Greater Bay Area, and it aims to draw in local and private capital for seed and start-up technology firms.',
    english: { text: 'National Venture Capital Guidance Fund', official: false },
    gloss_en: 'the national fund for early-stage technology firms launched in December 2025',
    related: ['tou-zao-tou-xiao', 'nai-xin-zi-ben', 'zheng-fu-yin-dao-ji-jin'],
    sources: [BIHAI_FUND_2025, CCTV_CMPANY_FUND],
    status: 'verified',
  },
  {
    id: 're-dai-yu-lin-shi-chuang-xin-sheng-tai',
    term: '热带雨林式创新生态',
    aliases: ['创新生态雨林', '热带雨林式创新生态系统', '雨林式创新生态'],
    quotedOnly: ['生态雨林', '创新雨林'],
    scope: 'national',
    category: 'technology',
    gloss_zh: '把创新环境比作热带雨林：大中小企业共生、要素充足的创新生态',
    explanation_zh:
      '比喻说法：龙头企业是高大乔木，中小企业是灌木，初创企业是草本，产学研和跨界联系是藤蔓，政策、资金、人才是阳光雨露，多样共生、容许失败、能自我修复。多地政府工作报告以此描述要营造的创新环境。',
    explanation_en:
      'A metaphor: leading firms are the tall trees, smaller firms the shrubs, start-ups the undergrowth, links between research and industry the vines, and policy, money and talent the sun and rain, making a diverse system that tolerates failure and repairs itself. Several city work reports use it for the innovation climate they want.',
    english: { text: 'tropical-rainforest-style innovation ecosystem', official: false },
    gloss_en: 'an innovation scene as varied and self-sustaining as a rainforest',
    related: ['tou-zao-tou-xiao'],
    sources: [WCIFIT_RAINFOREST_2026, RAINFOREST_ESSAY_2019],
    status: 'verified',
  },

  // ── Hunan and Zhuzhou ──
  {
    id: 'rong-cheng',
    term: '融城',
    aliases: ['长株潭融城', '融城发展', '融城干道', '融城片区'],
    scope: 'hunan',
    category: 'planning',
    gloss_zh: '长沙、株洲、湘潭三城在交界地带连成一体发展',
    explanation_zh:
      '长株潭一体化的口语化说法：通过融城干道、城际轨道、半小时交通圈，把三市交界的城市边缘变成“融城中心”，共建共享奥体中心等项目。长沙南部的“融城片区”和连接三市的“融城干道”都由此得名。',
    explanation_en:
      'An everyday name for the integration of Changsha, Zhuzhou and Xiangtan: arterial roads, intercity rail and a half-hour travel circle turn the fringes where the three cities meet into a shared centre with shared projects such as the Olympic sports centre. Changsha’s southern integration area and the “integration arterial roads” take their names from it.',
    english: { text: 'merging the cities (Changsha–Zhuzhou–Xiangtan)', official: false },
    gloss_en: 'Changsha, Zhuzhou and Xiangtan growing together into one urban area',
    related: ['chang-zhu-tan', 'chang-zhu-tan-ban-xiao-shi-jiao-tong-quan', 'zhu-li-rong-cheng', 'tong-cheng-hua'],
    sources: [HUNANTODAY_RONGCHENG_2025, VOC_TEN_YEARS, CHAXIAOHAO_RONGCHENG_2025],
    status: 'verified',
  },
  {
    id: 'tong-cheng-hua',
    term: '同城化',
    aliases: ['长株潭同城化', '同城化发展'],
    scope: 'national',
    category: 'planning',
    gloss_zh: '相邻城市在交通、服务等方面像一座城市那样运行',
    explanation_zh:
      '都市圈规划的用语：相邻城市打通道路和轨道，公共服务和市场共享，居民跨城通勤、就医、办事如同在一座城市。国家批复的《长株潭都市圈发展规划》要求深入推进长株潭同城化发展。',
    explanation_en:
      'A term of metropolitan-area planning: neighbouring cities join up roads and rail and share public services and markets, so that residents commute, see doctors and handle paperwork across the border as if in one city. The national plan for the Changsha–Zhuzhou–Xiangtan metropolitan area calls for deeper integration of this kind.',
    english: { text: 'same-city integration', official: false },
    gloss_en: 'neighbouring cities working as if they were one',
    related: ['rong-cheng', 'chang-zhu-tan'],
    sources: [METRO_PLAN_MIRROR, VOC_TEN_YEARS],
    status: 'partial',
    missing: 'no page defines the term; the meaning is read from the plan report and descriptions of integration in practice',
    missing_zh: '未见网页给出定义，含义据规划报道和一体化实践的描述归纳',
  },
  {
    id: 'nong-ji-qian-she-gong-cheng',
    term: '农机千社工程',
    aliases: ['千社工程'],
    scope: 'hunan',
    category: 'rural',
    gloss_zh: '湖南重点扶持上千家现代农机合作社的工程',
    explanation_zh:
      '湖南推进农业机械化的政策之一：重点扶持上千家现代农机合作社，与农机推广服务的财政补贴机制配套，提高水稻耕种收的机械化水平；到2021年底全省水稻耕种收综合机械化水平超过80%。',
    explanation_en:
      'One of Hunan’s farm-mechanisation policies: backing over a thousand modern farm-machinery cooperatives, together with subsidies for machinery services, to mechanise rice ploughing, planting and harvest; by the end of 2021 the province’s overall rate passed 80%.',
    english: { text: 'Thousand Cooperatives Project (farm machinery)', official: false },
    gloss_en: 'Hunan’s programme backing a thousand farm-machinery cooperatives',
    related: [],
    sources: [XINHUA_HUNAN_FARMING_2022],
    status: 'verified',
  },
  {
    id: 'shuang-lian-huo-dong',
    term: '双联活动',
    aliases: [],
    quotedOnly: ['双联'],
    scope: 'zhuzhou',
    category: 'peoples-congress',
    gloss_zh: '人大常委会组成人员联系代表、代表联系群众的活动',
    explanation_zh:
      '株洲市人大常委会开展的“双联”：常委会组成人员联系人大代表，代表联系群众；各乡镇、街道和部分村、社区设立代表联系群众工作室，收集意见建议。',
    explanation_en:
      'The “double contact” of Zhuzhou’s people’s congress standing committee: its members keep in touch with deputies, and deputies with the public, through deputy liaison rooms in towns, streets and some villages and communities that gather opinions.',
    english: { text: '“double contact” activity', official: false },
    gloss_en: 'congress members reaching deputies, and deputies reaching the public',
    related: ['ren-da-dai-biao-lian-luo-zhan'],
    sources: [ZHUZHOU_NEWS_DIGEST],
    status: 'verified',
  },
  {
    id: 'yi-quan-yi-qun-duo-dian',
    term: '一圈一群多点',
    aliases: [],
    scope: 'hunan',
    category: 'planning',
    period: { from: 2021, to: 2025 },
    gloss_zh: '湖南“十四五”城镇空间格局：长株潭都市圈、环长株潭城市群和区域中心城市',
    explanation_zh:
      '湖南“十四五”规划的城镇布局：“一圈”是长株潭现代化都市圈，“一群”是“3+5”环长株潭城市群，“多点”是作为节点的重要区域性中心城市。',
    explanation_en:
      'The urban layout of Hunan’s 14th Five-Year Plan: one circle (the Changsha–Zhuzhou–Xiangtan metropolitan area), one cluster (the 3+5 city group around it) and many points (the regional centre cities as nodes).',
    english: { text: 'one circle, one cluster, many points', official: false },
    gloss_en: 'Hunan’s 2021–2025 layout of metro area, city cluster and regional centres',
    related: ['chang-zhu-tan', 'chang-zhu-tan-3-jia-5', 'yi-quan-san-qu'],
    sources: [ASKCI_HUNAN_LAYOUT_2022],
    status: 'verified',
  },
  {
    id: 'yi-quan-san-qu',
    term: '一圈三区',
    aliases: [],
    quotedOnly: ['一圈三区'],
    scope: 'hunan',
    category: 'rural',
    period: { from: 2021, to: 2025 },
    gloss_zh: '湖南“十四五”农业生产格局：长株潭都市农业圈和三个农业区',
    explanation_zh:
      '湖南“十四五”规划的农业布局：“一圈”是长株潭都市农业圈，“三区”是环洞庭湖生态农业区、大湘南丘陵农业区和大湘西山地农业区。',
    explanation_en:
      'The farming layout of Hunan’s 14th Five-Year Plan: one circle of urban farming around Changsha, Zhuzhou and Xiangtan, and three zones: eco-farming around Dongting Lake, hill farming in the south and mountain farming in the west.',
    english: { text: 'one circle, three zones', official: false },
    gloss_en: 'Hunan’s 2021–2025 farming layout of one urban circle and three zones',
    related: ['yi-quan-yi-qun-duo-dian'],
    sources: [ASKCI_HUNAN_LAYOUT_2022],
    status: 'verified',
  },
];
