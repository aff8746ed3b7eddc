import type { GlossaryEntry, Source } from '../types';

/*
 * Jargon G: the working vocabulary of local government and local news that the characters do not
 * give away: statistics shorthand (固投, 纳统, 经济普查), investment and project campaigns (三个一批,
 * 项目拉练, 百日攻坚, 包保, 自审自发, EOD模式, 应急转贷), land and rural terms (小田并大田, 全域土地
 * 综合整治, 两违, 一肩挑), Party-building routines (主题党日, 民主生活会, 组织生活会, 抓基层党建述职
 * 评议考核) and discipline wording (双开, 政务处分, 诫勉谈话, 留置措施, 四风隐形变异, 三公经费), with a
 * few older fixtures of reports on state firms and safety (三供一业, 挂牌督办).
 *
 * How these terms were chosen: about 45 searches in Chinese of stored public web pages (local
 * government and discipline-commission sites, local dailies and their reprints, statistics bureaus,
 * explainers and journal articles), none of them a page that the real-news benches measure. Each
 * candidate was first checked against the forms the glossary holds; these exist and were skipped:
 * 规上/规模工业 (规模以上工业企业), 小进规 and 升规入统, 社零, 亩均论英雄, 化债, 专项债, 无还本续贷
 * (for 过桥资金), 集中开工, 调度会, 挂图作战, 比学赶超, 赛马, 红脸出汗, 四种形态, 一案双查, 三会一课,
 * 两委, 在职党员进社区, 撂荒, 低效用地再开发, 标准地, 保障性租赁住房, 一把手工程, 基金招商. A term
 * was kept when a page used it in news or official text and a page said, or showed plainly by use,
 * what it means.
 *
 * Left out: 规工 and 税占比 (no page found using them), 研发投入强度 (only a video title), 务虚会
 * (only question-and-answer pages, and CC-CEDICT explains 务虚), 新乡贤 (only journal articles, no
 * news or official use in the pages read), 弹性年期出让 and 增存挂钩 (a bare glossary page or nothing),
 * 特殊再融资债券 (no page found), 房地一体 (nothing on point), 七个一批 (one county page only; it is
 * named inside 三个一批 instead).
 *
 * Precision: short forms that are also ordinary words, or that sit inside other words, stand only
 * between quotes or, as coinages, bare only where they cut no word of the text (固投, 纳统, 包保, 包联).
 * 双开 (a double door, a two-door fridge) needs quotes always. Numbered forms (三个一批, 两违, 五经普,
 * 一肩挑, which bare is also the idiom "to shoulder alone") stand only between quotes; the longer forms
 * only the jargon uses stand anywhere. 拉练 alone is a military field exercise and 述职评议 alone is also what people's
 * congresses do to officials, so neither is a form here; 留置 alone is a lien in civil law, so only
 * 留置措施 and 监察留置 are. Meanings come from the pages cited under each entry; wording is ours,
 * and every English rendering is our suggestion.
 */

const REPORTIFY_ZHUZHOU_2025: Source = {
  url: 'https://reportify.cn/news/1139569232170848256',
  publisher: 'reportify.cn（搜狐财经文章摘要）',
  date: '2025-07-07',
  note: 'summary of an article on Zhuzhou manufacturing; uses 固投 and 固定资产投资 for the same share',
};

const WEIHAI_NATONG: Source = {
  url: 'https://fensifuwu.com/economics/eb05268b961d04246743108a1d960dfc.html',
  publisher: 'fensifuwu.com（转载威海广播电视台消息）',
  note: 'reprint of a Wendeng district statistics-bureau report',
};

const TIANYUAN_RUKU: Source = {
  url: 'http://www.tianyuan.gov.cn/c25154/20210904/i1759673.html',
  publisher: '株洲市天元区人民政府网',
  note: 'district statistics bureau on bringing newly producing firms into the industrial statistics',
};

const ZHWIKI_SHUANGKAI: Source = {
  url: 'https://zhwiki.oracleblog.org/wiki/%E5%8F%8C%E5%BC%80',
  publisher: 'zhwiki.oracleblog.org（中文维基百科镜像）',
  note: 'mirror of the Chinese Wikipedia article',
};

const SHUANGKAI_EXPLAINER_2019: Source = {
  url: 'http://www.1918artspace.com/wd/guona/2019/0714/1746.html',
  publisher: '1918artspace.com（时政解读转载）',
  date: '2019-07-14',
  note: 'reprint of an explainer on CCDI notices',
};

const ZHENGWU_CHUFEN_LAW: Source = {
  url: 'http://www.360docs.net/doc/740b00c3fbd6195f312b3169a45177232e60e48c.html',
  publisher: '360docs.net（《公职人员政务处分法》解读转载）',
  note: 'reprint of an article-by-article reading of the 2020 law',
};

const FX361_ZHENGWU_2020: Source = {
  url: 'https://fx361.cc/page/2020/1227/13561277.shtml',
  publisher: 'fx361.cc（王军仁，中国纪检监察学院）',
  date: '2020-12-27',
};

const TJJW_JIEMIAN_2019: Source = {
  url: 'http://www.tjjw.gov.cn/html/news/2019/0819/60386.html',
  publisher: '天津市纪委监委网站',
  date: '2019-08-19',
};

const MEIZHOU_JIEMIAN_2019: Source = {
  url: 'https://jw.meizhou.gov.cn/xwxc/zhyw/t20190820_3416.htm',
  publisher: '梅州市纪委监委网站（转载中国纪检监察杂志）',
  date: '2019-08-20',
};

const WEINAN_JIEMIAN_2024: Source = {
  url: 'http://bbs.weinanzx.com/archiver/showtopic-11489.aspx',
  publisher: 'bbs.weinanzx.com（转载中国纪检监察杂志调查）',
  date: '2024-10-21',
  note: 'forum reprint of the magazine survey on warning talks',
};

const ZHCNG_JIEMIAN_2025: Source = {
  url: 'https://www.zhcng.com/shubk/202506/188894.html',
  publisher: 'zhcng.com（释义）',
  date: '2025-06',
  note: 'weak source: an explainer page',
};

const SHIDIAN_SANGONG_2022: Source = {
  url: 'https://shidian.gov.cn/info/4857/234863.htm',
  publisher: '施甸县人民政府网',
  date: '2022-04-08',
};

const HUANGGANG_LALIAN_2021: Source = {
  url: 'http://huanggang.cjyun.org/p/346803.html',
  publisher: '黄冈网（长江云）',
  date: '2021-07',
};

const WMJY_LALIAN_SPEECH: Source = {
  url: 'http://www.wmjy.cn/wmfw/Class7/Class7P/7936.html',
  publisher: '文墨精要（讲话稿）',
  note: 'text of a district leader’s speech at a project tour, undated',
};

const FX361_YIJIANTIAO_2021: Source = {
  url: 'https://fx361.cc/page/2021/1228/13605138.shtml',
  publisher: 'fx361.cc（王群，重庆市委党校）',
  date: '2021-12-28',
  note: 'journal article quoting the Party’s rural work regulations',
};

const FX361_YIJIANTIAO_2020: Source = {
  url: 'https://fx361.cc/page/2020/1128/7270821.shtml',
  publisher: 'fx361.cc（董敬畏，《中州学刊》2020年第9期）',
  date: '2020-11-28',
};

const FSGJJ_ZHUTI_DANGRI_2016: Source = {
  url: 'http://fsgjj.org.cn/xxjyzl/537.jhtml',
  publisher: 'fsgjj.org.cn（机关党总支通知）',
  date: '2016-06-13',
};

const JENDOW_ZHUTI_DANGRI: Source = {
  url: 'https://jendow.com.tw/wiki/%E6%94%AF%E9%83%A8%E4%B8%BB%E9%A1%8C%E9%BB%A8%E6%97%A5',
  publisher: 'jendow.com.tw（百科）',
};

const LISHUI_EOD_2024: Source = {
  url: 'http://hb.lishui.gov.cn/art/2024/7/15/art_1229248040_58929123.html',
  publisher: '丽水市生态环境局',
  date: '2024-07-15',
};

const EOD_SEVEN_YEARS_2025: Source = {
  url: 'http://www.senqingzn.com/dy/article/JVNJGMJD0514BE2Q.html?f=post2020_dy_recommends',
  publisher: 'senqingzn.com（杂志文章转载）',
  date: '2025',
  note: 'reprint of a magazine article on the 2025 notice that ended the central EOD project library',
};

const CHUTIAN_ZHUANDAI_2023: Source = {
  url: 'http://analyticsrevealed.com/content/show?catid=330047&newsid=934684',
  publisher: 'analyticsrevealed.com（转载楚天都市报）',
  date: '2023-07-12',
  note: 'reprint',
};

const CHANGSHA_ZHUANDAI_2025: Source = {
  url: 'https://hunan.010b.com/info/detail/158814.html',
  publisher: 'hunan.010b.com（长沙招商信息）',
  date: '2025-09-09',
};

const HUAIBEI_GUOQIAO_2019: Source = {
  url: 'https://czj.huaibei.gov.cn/ztzl/czjrgl/18452191.html',
  publisher: '淮北市财政局',
  date: '2019',
};

const HENAN_SANGEYIPI_2023: Source = {
  url: 'https://www.hntv.tv/rhh-5369486336/article/1/1619321558547259393?v=1.0',
  publisher: '河南广播电视台（大象新闻）',
  date: '2023-01',
};

const SHANXI_SANGEYIPI_2023: Source = {
  url: 'https://www.gc77.cn/gangcai/322613.html',
  publisher: 'gc77.cn（山西开发区活动报道转载）',
  date: '2023-12',
  note: 'reprint',
};

const RONGAN_QIGEYIPI_2025: Source = {
  url: 'http://www.rongan.gov.cn/sjzt/jczt/zthd/zfgjj/zsk/202507/t20250711_3644687.shtml',
  publisher: '融安县人民政府网（融安县投资促进中心）',
  date: '2025-07-11',
};

const SHIYAN_JINGPU_2023: Source = {
  url: 'http://tjj.shiyan.gov.cn/tjjxxgk/sfgwgkml/gzdt/202312/t20231214_4369461.shtml',
  publisher: '十堰市统计局',
  date: '2023-12-14',
};

const JINGPU_NEWS_MIRROR: Source = {
  url: 'http://admin.richbox.biz:80/bjcs3.aspx?4bJ=u.html',
  publisher: 'richbox.biz（新闻转载）',
  note: 'mirror of a January 2024 news report on the start of census registration',
};

const WLHT_GUAPAI_2025: Source = {
  url: 'http://www.wlht.gov.cn/wlht/2025-12/04/article_2025120415032870595.html',
  publisher: '乌兰浩特市人民政府网（转发兴安盟挂牌督办办法）',
  date: '2025-12-04',
};

const QILU_GUAPAI_2012: Source = {
  url: 'http://m.ahappybud.com/Article/Detail_4577_13_20_4_31.html',
  publisher: 'ahappybud.com（转载齐鲁晚报）',
  date: '2012-09-17',
  note: 'reprint',
};

const TONGHUA_BAOBAO_2025: Source = {
  url: 'http://bbs.5imtv.com/jxfw/202507/273624.html',
  publisher: '5imtv.com（转载通化市人民政府通知）',
  date: '2025-04-05',
  note: 'reprint of a city government notice',
};

const HANBIN_BAOLIAN_2021: Source = {
  url: 'https://www.hanbin.gov.cn/Content-2321670.html',
  publisher: '安康市汉滨区人民政府网',
  date: '2021-10-15',
};

const HUBEI_DAILY_XIAOTIAN_2024: Source = {
  url: 'https://epaper.hubeidaily.net/pc/content/202405/12/content_273302.html',
  publisher: '湖北日报',
  date: '2024-05-12',
};

const HUNAN_XIAOTIAN_2023: Source = {
  url: 'http://zihua.ozhou.com.cn/zixun/2023/0909/14555.html',
  publisher: 'ozhou.com.cn（湖南“小田”改“大田”报道转载）',
  date: '2023-09-09',
  note: 'reprint',
};

const CNR_SANGONG_2018: Source = {
  url: 'http://m.cnr.cn/news/20180416/t20180416_524199792.html',
  publisher: '央广网',
  date: '2018-04-16',
};

const TUKE8_SANGONG: Source = {
  url: 'https://tuke8.com/article/8f134226l0.html',
  publisher: 'tuke8.com（问答）',
  note: 'weak source: a Q&A page summarising the 2016 guideline',
};

const XUANJIANGJIA_SHENGHUOHUI_2018: Source = {
  url: 'http://71.cn/2018/0904/1015786.shtml',
  publisher: '宣讲家网',
  date: '2018-09-04',
};

const SHENGHUOHUI_REPORT_2016: Source = {
  url: 'https://m.78911.com.cn/CaiLiaoSuCai/725165.html',
  publisher: '78911.com.cn（新闻转载）',
  note: 'reprint of a 2016 report on the two kinds of meeting',
};

const SIFENG_HIDDEN_REPRINT: Source = {
  url: 'http://www.cctv-cmpany.net/nav4/15631.html',
  publisher: 'cctv-cmpany.net（新闻转载）',
  note: 'reprint of a report on hidden forms of the four bad work styles',
};

const CRNTT_BANYAN: Source = {
  url: 'https://gb.crntt.com/doc/211_9912_105107033_2_0617103725.html',
  publisher: '中评网（转载）',
  note: 'reprint of a report on officials’ disguised banquets and gift money',
};

const DAGONG_ZISHEN_2025: Source = {
  url: 'https://qrbk.net/news/qzWV6GaWRl.html',
  publisher: 'qrbk.net（转载大公国际研报）',
  date: '2025',
  note: 'reprint of a rating agency’s note on Hunan’s March 2025 plan',
};

const DUDUZHE_LIUZHI: Source = {
  url: 'https://duduzhe.cn/fbc27C2pWVAFdA1c.html',
  publisher: 'duduzhe.cn（监察法条文摘录）',
  note: 'excerpt of the articles of the Supervision Law on detention',
};

const FX361_LIUZHI_2023: Source = {
  url: 'https://m.fx361.cc/news/2023/0105/14178820.html',
  publisher: 'fx361.cc（戴志华，《湖北警官学院学报》2022年第2期）',
  date: '2023-01-05',
};

const FX361_LIUZHI_2021: Source = {
  url: 'https://fx361.cc/page/2021/0120/7489503.shtml',
  publisher: 'fx361.cc（何静，监察留置的制约）',
  date: '2021-01-20',
};

const RHHZ_LIUZHI_2025: Source = {
  url: 'http://html.rhhz.net/ZGHYDXXBSHKXB/html/20250408.htm',
  publisher: '中国海洋大学学报（社会科学版）2025年第4期',
  date: '2025',
  note: 'article on detention after the revision of the Supervision Law',
};

const DATONG_SHUZHI_2016: Source = {
  url: 'http://www.dtxfw.gov.cn/dtq/VanguardPictures/info.aspx?itemid=45736',
  publisher: '淮南市大通区先锋网',
  date: '2016-01-25',
};

const TOUTIAO_SHUZHI: Source = {
  url: 'https://toutiao.com/topic/7481454108676524047',
  publisher: '今日头条（话题页，酒泉、江西述职评议报道摘录）',
  note: 'topic page quoting local reports',
};

const CS0799_LIANGWEI: Source = {
  url: 'http://www.cs0799.com/portal.php?aid=15378&mod=view',
  publisher: 'cs0799.com（白源街道消息）',
  note: 'local news item on a demolition',
};

const CHINAOFFSHORE_LIANGWEI_2025: Source = {
  url: 'https://www.chinaoffshore.com.cn/zxuwd/202509/1506046.html',
  publisher: 'chinaoffshore.com.cn（问答）',
  date: '2025-09-21',
  note: 'weak source: a Q&A page',
};

const MINXI_BAIRI_2022: Source = {
  url: 'http://www.mxrb.cn/dzb/mxrb/2022-08/13/content_103264.html',
  publisher: '闽西日报',
  date: '2022-08-13',
};

const QINGYUAN_BAIRI_2013: Source = {
  url: 'http://qynews.zjol.com.cn/qynews/system/2013/10/09/017045998.shtml',
  publisher: '庆元新闻网',
  date: '2013-10-09',
};

const GUANGAN_DAGAN_REPRINT: Source = {
  url: 'http://www.hbxmad.com/newdetail-574806.html',
  publisher: 'hbxmad.com（广安“决战四季度、大干一百天”报道转载）',
  note: 'reprint',
};

const NONGYETIANXIA_QUANYU_2025: Source = {
  url: 'https://www.nongyetianxia.cn/news/show-549.html',
  publisher: '农业天下网',
  date: '2025',
};

const HUBEI_QUANYU_REPRINT: Source = {
  url: 'https://iqzss.com/archiver/tid-6460.html',
  publisher: 'iqzss.com（转载湖北日报）',
  note: 'reprint of a Hubei Daily report on the national pilot list',
};

/** Local-government and local-news jargon: statistics, projects, land, Party routines and discipline. */
export const JARGON_G: readonly GlossaryEntry[] = [
  // ── Statistics shorthand ──
  {
    id: 'gu-tou',
    term: '固投',
    aliases: [],
    // 固投 sits inside 巩固投入 and 稳固投资; bare it counts only where it cuts no word.
    quotedOnly: ['固投'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '“固定资产投资”的简称',
    explanation_zh:
      '统计公报和地方经济新闻里常把固定资产投资缩成“固投”，例如说工业投资“占固投比重”提高了多少个百分点。它衡量一地建设项目、厂房设备等投资的规模和增速，是地方考核项目建设的主要指标之一。',
    explanation_en:
      'Statistical bulletins and local economic news shorten fixed-asset investment to these two characters, as when industrial investment is said to have raised its "share of fixed investment" by so many points. It measures how much a place spends on construction projects, plant and equipment, and it is one of the main figures by which project work is judged locally.',
    english: { text: 'fixed-asset investment (abbreviation)', official: false },
    gloss_en: 'short for fixed-asset investment',
    related: ['gu-ding-zi-chan-tou-zi-qiang-du', 'na-tong', 'xiang-mu-wei-wang'],
    sources: [REPORTIFY_ZHUZHOU_2025],
    status: 'verified',
  },
  {
    id: 'na-tong',
    term: '纳统',
    aliases: ['入库纳统', '纳统入库'],
    // 纳统 sits inside 采纳统一; bare it counts only where it cuts no word.
    quotedOnly: ['纳统'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '“纳入统计”的简称：项目或企业进入统计部门的直报名录',
    explanation_zh:
      '一个投资项目或一家企业达到标准、经统计部门审核“入库”后，才按月联网直报数据，其投资额或产值才算进当地的统计数字。地方统计部门因此督促在建项目“应纳尽纳”，也核查新增纳统项目是否真开工、真达标。',
    explanation_en:
      'Only after an investment project or a firm meets the thresholds and is admitted to the statistics bureau’s register does it report figures online every month, and only then do its investment or output count in the local statistics. Local bureaus therefore push for every eligible project to be brought in, and check that newly registered projects have really started and really qualify.',
    english: { text: 'brought into the official statistics', official: false },
    gloss_en: 'entered in the statistics register, so that its figures count locally',
    related: ['gu-tou', 'xiao-jin-gui', 'si-shang-qi-ye'],
    sources: [WEIHAI_NATONG, TIANYUAN_RUKU],
    status: 'verified',
  },
  {
    id: 'quan-guo-jing-ji-pu-cha',
    term: '全国经济普查',
    aliases: ['经济普查', '第五次全国经济普查'],
    // 五经普 is a numbered form and contains 五经 (the Five Classics): only between quotes.
    quotedOnly: ['五经普'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '每五年一次、摸清第二和第三产业家底的全国普查',
    explanation_zh:
      '经济普查与人口普查、农业普查并列为三大周期性国情调查，在尾数逢3、逢8的年份进行，普查员逐一登记第二、第三产业的法人单位、产业活动单位和个体经营户。第五次全国经济普查（简称“五经普”）的现场登记于2024年1月1日启动，首次统筹开展投入产出调查。',
    explanation_en:
      'The economic census is one of three periodic national censuses, with the population and agricultural ones; it is held in years ending in 3 and 8, and enumerators register every legal entity, establishment and sampled household business in industry, construction and services. Field registration for the fifth census began on 1 January 2024 and for the first time included an input-output survey.',
    english: { text: 'national economic census', official: false },
    gloss_en: 'the five-yearly census of industry and services',
    related: ['na-tong', 'si-shang-qi-ye'],
    sources: [SHIYAN_JINGPU_2023, JINGPU_NEWS_MIRROR],
    status: 'verified',
  },

  // ── Projects and investment campaigns ──
  {
    id: 'san-ge-yi-pi',
    term: '三个一批',
    aliases: ['签约一批、开工一批、投产一批'],
    quotedOnly: ['三个一批'],
    scope: 'national',
    category: 'investment',
    gloss_zh: '项目集中签约一批、开工一批、投产一批的滚动活动',
    explanation_zh:
      '一些省份定期在各地同步举行的项目活动：同一天集中签约一批新项目、开工一批、投产一批，并按期次滚动推进，用来营造抓项目的声势。有的地方把项目周期扩展为谋划、洽谈、签约、开工、建设、投产、达产“七个一批”。',
    explanation_en:
      'A recurring project event that some provinces hold simultaneously across their cities: on one day a batch of new projects is signed, another breaks ground and another starts production, numbered round after round to keep up momentum. Some places stretch it to seven batches covering the whole project cycle, from planning and talks to full output.',
    english: { text: 'sign, start and commission a batch each', official: false },
    gloss_en: 'the rolling event that signs, starts and opens batches of projects',
    items: [
      { zh: '签约一批', en: 'sign a batch of projects' },
      { zh: '开工一批', en: 'start building a batch' },
      { zh: '投产一批', en: 'put a batch into production' },
    ],
    related: ['zhong-da-xiang-mu-ji-zhong-kai-jun-gong', 'xiang-mu-wei-wang', 'xiang-mu-la-lian'],
    sources: [HENAN_SANGEYIPI_2023, SHANXI_SANGEYIPI_2023, RONGAN_QIGEYIPI_2025],
    status: 'verified',
  },
  {
    id: 'xiang-mu-la-lian',
    term: '项目拉练',
    aliases: ['重点项目拉练', '重点项目建设拉练', '项目拉练检查', '重点项目观摩拉练', '项目观摩拉练'],
    scope: 'national',
    category: 'investment',
    gloss_zh: '领导带队逐县逐园区实地看项目、比进度的巡回检查',
    explanation_zh:
      '“拉练”本是部队的野外行军训练，地方借来指党政主要领导带着县市区和部门负责人，用一两天时间轮流到各地看重点项目、听汇报、现场点评甚至打分。常见做法是每季度或半年一次，只看新开工、新投产的产业项目，以此营造比学赶超的氛围、考察干部抓项目的状态。',
    explanation_en:
      'Borrowed from the army’s word for a field march, it is a tour on which the top local leaders take county and department heads around the area for a day or two to inspect key projects, hear reports and comment or even score on the spot. It is often held every quarter or half-year and shows only newly started or newly producing industrial projects, to spur competition and to see how hard officials are pushing projects.',
    english: { text: 'project inspection tour', official: false },
    gloss_en: 'a leaders’ tour of project sites to compare progress',
    related: ['san-ge-yi-pi', 'diao-du-hui', 'xiang-mu-wei-wang'],
    sources: [HUANGGANG_LALIAN_2021, WMJY_LALIAN_SPEECH],
    status: 'verified',
  },
  {
    id: 'bai-ri-gong-jian',
    term: '百日攻坚',
    aliases: ['百日攻坚行动', '百日攻坚战', '百日冲刺行动', '大干一百天'],
    scope: 'national',
    category: 'investment',
    gloss_zh: '用约一百天集中突击、冲刺年度目标的专项行动',
    explanation_zh:
      '地方常在下半年或第四季度发起“百日攻坚”，把开工、竣工、完成投资等年度任务排成清单，领导挂钩、专班推进，集中一百天左右突击完成。口号常与“决战四季度、大干一百天”连用，针对的多是进度落后的项目和年度指标。',
    explanation_en:
      'Localities often launch a hundred-day push in the second half or the last quarter, listing the year’s targets for project starts, completions and investment and assigning leaders and task forces to finish them in about a hundred days. The slogan is often paired with "win the fourth quarter, work hard for a hundred days" and aims at lagging projects and annual figures.',
    english: { text: 'hundred-day push', official: false },
    gloss_en: 'a hundred-day campaign to hit the year’s targets',
    related: ['shuang-guo-ban', 'gua-tu-zuo-zhan', 'gong-zuo-zhuan-ban'],
    sources: [MINXI_BAIRI_2022, QINGYUAN_BAIRI_2013, GUANGAN_DAGAN_REPRINT],
    status: 'verified',
  },
  {
    id: 'bao-bao-ze-ren-zhi',
    term: '包保责任制',
    aliases: ['领导包保', '包保领导', '包保责任'],
    quotedOnly: ['包保', '包联'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '指定领导或部门对口负责某地、某项目或某企业，直到办成',
    explanation_zh:
      '“包保”即包干负责、保证完成：按分工把县区、园区、重点项目或企业分给各位领导和部门，由其定期上门、协调难题、跟踪进度，工作不力要被问责。有的地方叫“包联”，意思相近。',
    explanation_en:
      'The term means taking charge of something and guaranteeing the result: counties, parks, key projects or firms are divided among leaders and departments, who visit regularly, sort out problems and track progress, and are held to account if the work lags. Some places call the same arrangement "contact and take charge".',
    english: { text: 'responsibility-assignment system', official: false },
    gloss_en: 'each leader answers for an assigned place, project or firm',
    related: ['gong-zuo-zhuan-ban', 'zhao-shang-yin-zi', 'lian-zhang-zhi'],
    sources: [TONGHUA_BAOBAO_2025, HANBIN_BAOLIAN_2021],
    status: 'verified',
  },
  {
    id: 'zhuan-xiang-zhai-zi-shen-zi-fa',
    term: '专项债券自审自发',
    aliases: ['自审自发', '自审自发试点', '专项债自审自发'],
    scope: 'national',
    category: 'investment',
    period: { from: 2025 },
    gloss_zh: '试点省份自行审核专项债项目并自主发行',
    explanation_zh:
      '2024年底国务院办公厅优化专项债管理，下放审核权限，在部分省份试点由省里自己审核项目清单、自己组织发行，不再逐个报国家审核。湖南于2025年3月率先印发省级“自审自发”试点方案，以“三方联审”“四库管理”等机制把关项目。',
    explanation_en:
      'In late 2024 the State Council’s general office reformed special-purpose bonds and delegated approval: in pilot provinces the province itself vets the list of projects and arranges issuance instead of sending each project up for national review. Hunan issued the first provincial pilot plan in March 2025, using what it calls three-party joint review and four-pool management.',
    english: { text: 'self-review and self-issuance of special bonds', official: false },
    gloss_en: 'provinces vetting and issuing their own special-bond projects',
    related: ['zhuan-xiang-zhai', 'hua-zhai', 'yin-xing-zhai-wu'],
    sources: [DAGONG_ZISHEN_2025],
    status: 'verified',
  },
  {
    id: 'eod-mo-shi',
    term: 'EOD模式',
    aliases: ['生态环境导向的开发模式', '生态环境导向的开发', 'EOD项目'],
    scope: 'national',
    category: 'investment',
    period: { from: 2020 },
    gloss_zh: '把生态治理项目和有收益的产业项目捆绑开发的模式',
    explanation_zh:
      '生态环境导向的开发：把公益性强、没有收益的治污、修复工程，与附近能赚钱的文旅、农业等产业项目打包，一体化实施，用产业收益反哺治理投入。2020年起国家分批选定试点，2025年生态环境部不再统一入库推送，改由地方和市场自主运作。',
    explanation_en:
      'Eco-environment-oriented development bundles pollution control or restoration works, which earn nothing, with nearby profitable projects such as tourism or farming, carries them out as one package and lets the income pay back the clean-up. National pilots were chosen in batches from 2020; in 2025 the environment ministry stopped running a central project library, leaving it to localities and the market.',
    english: { text: 'eco-environment-oriented development (EOD) model', official: false },
    gloss_en: 'green clean-up projects financed by bundled money-making ones',
    related: ['sheng-tai-chan-pin-jia-zhi-shi-xian', 'zhuan-xiang-zhai'],
    sources: [LISHUI_EOD_2024, EOD_SEVEN_YEARS_2025],
    status: 'verified',
  },
  {
    id: 'ying-ji-zhuan-dai',
    term: '应急转贷',
    aliases: ['应急转贷资金', '转贷引导基金', '续贷过桥资金', '应急周转资金'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '政府设资金池，替企业短期垫付到期贷款以便续贷',
    explanation_zh:
      '中小企业贷款到期、一时还不上本金时，由政府出资设立的转贷资金或基金短期借钱给企业先还旧贷，银行续贷放款后再收回，费用低于市场上的过桥借款。湖北设有省级应急转贷纾困基金，长沙也设立了中小企业转贷引导基金。',
    explanation_en:
      'When a small firm’s loan falls due and it cannot repay the principal at once, a government-funded bridging pool lends it the money for a few days to clear the old loan and is repaid when the bank lends again, at a cost below market bridging loans. Hubei runs a provincial emergency fund of this kind and Changsha has set up a bridging fund for small firms.',
    english: { text: 'emergency loan bridging', official: false },
    gloss_en: 'public bridging money that lets firms roll over bank loans',
    related: ['wu-huan-ben-xu-dai'],
    sources: [CHUTIAN_ZHUANDAI_2023, CHANGSHA_ZHUANDAI_2025, HUAIBEI_GUOQIAO_2019],
    status: 'verified',
  },

  // ── Land, rural affairs and urban management ──
  {
    id: 'xiao-tian-bing-da-tian',
    term: '小田并大田',
    aliases: ['小田变大田', '小田改大田'],
    scope: 'national',
    category: 'rural',
    gloss_zh: '把零碎的小块田合并、平整成便于机耕的大块田',
    explanation_zh:
      '丘陵山区田块细碎，机器下不了田，农民不愿种，撂荒随之增多；通过土地平整、结合高标准农田建设，把“巴掌田”连成大田，再统一流转给合作社或种粮大户经营。湖南2011年起开展“小田”改“大田”示范，湖北2023年选10个县市区试点“小田并大田”。',
    explanation_en:
      'In hilly areas fields are so small that machines cannot work them and farmers let them go idle; levelling and merging them, together with high-standard farmland works, turns patches into large fields that are then leased as a whole to a co-operative or a large grain grower. Hunan began demonstration plots in 2011, and Hubei chose ten counties as pilots in 2023.',
    english: { text: 'merging small fields into large ones', official: false },
    gloss_en: 'joining scattered small plots into large fields machines can farm',
    related: ['gao-biao-zhun-nong-tian', 'tu-di-liu-zhuan', 'quan-yu-tu-di-zong-he-zheng-zhi'],
    sources: [HUBEI_DAILY_XIAOTIAN_2024, HUNAN_XIAOTIAN_2023],
    status: 'verified',
  },
  {
    id: 'quan-yu-tu-di-zong-he-zheng-zhi',
    term: '全域土地综合整治',
    aliases: ['全域国土综合整治', '全域土地综合整治试点'],
    scope: 'national',
    category: 'rural',
    period: { from: 2019 },
    gloss_zh: '以乡镇为单元整体整理农地、建设用地并修复生态',
    explanation_zh:
      '以乡镇为基本单元，统筹开展农用地整理、闲置低效建设用地整理和乡村生态保护修复，解决耕地碎片化和用地散乱等问题。自然资源部2019年启动试点，2024年由试点转向全面推进。',
    explanation_en:
      'Taking a township as the unit, it combines consolidation of farmland, clean-up of idle or inefficient building land and rural ecological restoration, to end fragmented fields and scattered land use. The natural resources ministry began pilots in 2019 and moved to general rollout in 2024.',
    english: { text: 'comprehensive land consolidation across a whole area', official: false },
    gloss_en: 'township-wide consolidation of farmland, building land and ecology',
    related: ['xiao-tian-bing-da-tian', 'zeng-jian-gua-gou', 'geng-di-bao-hu', 'qian-wan-gong-cheng'],
    sources: [NONGYETIANXIA_QUANYU_2025, HUBEI_QUANYU_REPRINT],
    status: 'verified',
  },
  {
    id: 'liang-wei-jian-zhu',
    term: '两违',
    aliases: ['两违建筑', '两违整治', '两违行为', '打击两违'],
    quotedOnly: ['两违'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '违法用地和违法建设的合称',
    explanation_zh:
      '“两违”指未经批准占用土地和未取得或违反建设工程规划许可擅自建房这两类行为。基层城管和街道乡镇常开展“两违”整治，对新增违建“露头就打”、依法拆除。',
    explanation_en:
      'The two violations are occupying land without approval and building without, or against, a construction planning permit. Street and township offices and urban-management teams run campaigns against them and tear down new illegal buildings as soon as they appear.',
    english: { text: 'the two violations: illegal land use and illegal building', official: false },
    gloss_en: 'illegal land use and illegal construction',
    items: [
      { zh: '违法用地', en: 'illegal land use' },
      { zh: '违法建设', en: 'illegal construction' },
    ],
    related: ['geng-di-bao-hu', 'wang-ge-hua-guan-li'],
    sources: [CS0799_LIANGWEI, CHINAOFFSHORE_LIANGWEI_2025],
    status: 'verified',
  },
  {
    id: 'yi-jian-tiao',
    term: '一肩挑',
    aliases: ['书记、主任一肩挑', '村党组织书记、村委会主任一肩挑'],
    // 一肩挑 bare is the idiom "to shoulder alone" (一肩挑起重任); as a numbered form it needs quotes.
    quotedOnly: ['一肩挑'],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '村党组织书记同时担任村委会主任等村级职务',
    explanation_zh:
      '村党组织书记通过法定程序兼任村民委员会主任，2018年后还兼任村集体经济组织、合作经济组织负责人。它原是化解村“两委”矛盾的地方做法，《中国共产党农村工作条例》将其写入，如今在村级换届中全面推行。',
    explanation_en:
      'The village Party secretary is also elected head of the villagers’ committee and, since 2018, head of the village collective and co-operative economic bodies as well. It began as a local fix for friction between the two village committees, was written into the Party’s rules on rural work and is now applied across the board at village elections.',
    english: { text: 'one person holding both village posts', official: false },
    gloss_en: 'the village Party secretary also serving as village head',
    related: ['liang-wei', 'cun-ji-ti-jing-ji', 'zhu-cun-di-yi-shu-ji'],
    sources: [FX361_YIJIANTIAO_2021, FX361_YIJIANTIAO_2020],
    status: 'verified',
  },

  // ── Party-building routines ──
  {
    id: 'zhu-ti-dang-ri',
    term: '主题党日',
    aliases: ['支部主题党日', '主题党日活动', '支部主题党日活动'],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '党支部每月固定一天、围绕一个主题开展的组织生活',
    explanation_zh:
      '党支部每月相对固定一天，定一个主题，组织党员集中学习、听党课、交党费、民主议事或做志愿服务。这一做法在2016年“两学一做”学习教育中推开，要求突出政治性，不能办成茶话会或游玩活动。',
    explanation_en:
      'On a fixed day each month a Party branch gathers its members around a set theme to study, hear a Party lecture, pay dues, discuss branch affairs or do volunteer work. The practice spread during the 2016 study campaign, with the rule that it must stay political and not turn into a tea party or an outing.',
    english: { text: 'themed Party day', official: false },
    gloss_en: 'a Party branch’s fixed monthly day of themed activities',
    related: ['san-hui-yi-ke', 'dang-ke', 'zu-zhi-sheng-huo-hui'],
    sources: [FSGJJ_ZHUTI_DANGRI_2016, JENDOW_ZHUTI_DANGRI],
    status: 'verified',
  },
  {
    id: 'min-zhu-sheng-huo-hui',
    term: '民主生活会',
    aliases: ['专题民主生活会'],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '县以上领导班子每年召开的批评与自我批评会议',
    explanation_zh:
      '县以上党和国家机关的党员领导干部以班子为单位，一般每年第四季度开一次，对照要求查找自身问题、相互批评，依靠班子自身力量解决矛盾。它与党支部全体党员参加的“组织生活会”不同。',
    explanation_en:
      'Leading Party members in Party and state bodies at county level and above meet as a leadership team, usually once a year in the fourth quarter, to examine their own faults against set requirements and criticise one another, settling problems within the team. It differs from the branch meeting that all members attend.',
    english: { text: 'democratic life meeting', official: false },
    gloss_en: 'leaders’ yearly self-criticism meeting',
    related: ['zu-zhi-sheng-huo-hui', 'san-hui-yi-ke', 'quan-mian-cong-yan-zhi-dang'],
    sources: [XUANJIANGJIA_SHENGHUOHUI_2018, SHENGHUOHUI_REPORT_2016],
    status: 'verified',
  },
  {
    id: 'zu-zhi-sheng-huo-hui',
    term: '组织生活会',
    aliases: ['专题组织生活会'],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '党支部或党小组全体党员参加的批评与自我批评会议',
    explanation_zh:
      '党支部或党小组以交流思想、总结经验教训、开展批评与自我批评为中心内容的会议，一般每季度或半年一次，全体党员参加，领导干部以普通党员身份参加所在支部的会。',
    explanation_en:
      'A meeting of a Party branch or group at which all members exchange views, sum up lessons and criticise themselves and one another, usually every quarter or half-year; leading officials attend in their own branch as ordinary members.',
    english: { text: 'Party branch organisational life meeting', official: false },
    gloss_en: 'a branch meeting of all members for self-criticism',
    related: ['min-zhu-sheng-huo-hui', 'zhu-ti-dang-ri', 'san-hui-yi-ke'],
    sources: [XUANJIANGJIA_SHENGHUOHUI_2018, SHENGHUOHUI_REPORT_2016],
    status: 'verified',
  },
  {
    id: 'dang-jian-shu-zhi-ping-yi',
    term: '抓基层党建述职评议考核',
    aliases: [
      '抓基层党建工作述职评议考核',
      '书记抓基层党建述职评议考核',
      '基层党建述职评议考核',
      '基层党建述职评议',
      '党建述职评议考核',
      '抓基层党建工作述职评议',
    ],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '各级党组织书记每年当众汇报抓党建成绩并接受打分',
    explanation_zh:
      '每年年底，县乡村等各级党组织书记向上级党委逐一述职，讲抓基层党建的成绩、问题和整改，上级领导当场点评，参会的代表、委员和党员群众投票测评，结果通报并作为考核依据。这是各级书记作为党建“第一责任人”的“年终大考”。',
    explanation_en:
      'At the end of each year Party secretaries at every level, down to townships and villages, report one by one to the committee above on their Party-building work, problems and corrections; leaders comment on the spot, delegates, members and residents vote on them, and the results are circulated and used in appraisals. It is the year-end exam of each secretary as first responsible person for Party building.',
    english: { text: 'annual review of secretaries’ Party-building reports', official: false },
    gloss_en: 'Party secretaries’ year-end Party-building report and rating',
    related: ['quan-mian-cong-yan-zhi-dang', 'ruan-ruo-huan-san', 'min-zhu-sheng-huo-hui'],
    sources: [DATONG_SHUZHI_2016, TOUTIAO_SHUZHI],
    status: 'verified',
  },

  // ── Discipline wording ──
  {
    id: 'shuang-kai',
    term: '双开',
    aliases: ['开除党籍和公职', '被双开'],
    // 双开 bare: a double door or a two-door fridge (双开门冰箱).
    quotedOnly: ['双开'],
    strictlyQuoted: ['双开'],
    scope: 'national',
    category: 'discipline',
    gloss_zh: '开除党籍、开除公职两项最重处分一并给予',
    explanation_zh:
      '对担任公职的党员同时给予开除党籍（五种党纪处分中最重的一种）和开除公职（政务处分中最重的一种），常见于严重违纪违法、移送司法的官员通报。只开除党籍的俗称“单开”。',
    explanation_en:
      'A Party member holding public office receives both the heaviest Party penalty, expulsion from the Party, and the heaviest administrative sanction, dismissal from public employment; notices of officials handed to prosecutors for serious violations usually say so. Expulsion from the Party alone is called a "single expulsion".',
    english: { text: 'double expulsion (from the Party and from public office)', official: false },
    gloss_en: 'expelled from the Party and dismissed from public office',
    items: [
      { zh: '开除党籍', en: 'expulsion from the Party' },
      { zh: '开除公职', en: 'dismissal from public office' },
    ],
    related: ['zheng-wu-chu-fen', 'si-zhong-xing-tai', 'liu-zhi-cuo-shi'],
    sources: [ZHWIKI_SHUANGKAI, SHUANGKAI_EXPLAINER_2019],
    status: 'verified',
  },
  {
    id: 'zheng-wu-chu-fen',
    term: '政务处分',
    aliases: ['党纪政务处分'],
    scope: 'national',
    category: 'discipline',
    period: { from: 2018 },
    gloss_zh: '监察机关对违法公职人员给予的处分',
    explanation_zh:
      '监察体制改革后，由监察机关依法对违法的公职人员作出警告、记过、记大过、降级、撤职、开除六种处分，取代过去的“政纪处分”。2020年通过的《公职人员政务处分法》对此作了系统规定；通报中常与党纪处分合称“党纪政务处分”。',
    explanation_en:
      'Since the supervision reform, the supervisory commissions impose six sanctions on public employees who break the law (warning, demerit, major demerit, demotion, removal from post and dismissal), replacing the old administrative disciplinary sanctions. A 2020 law set out the system, and notices often pair it with Party discipline.',
    english: { text: 'governmental sanction', official: false },
    gloss_en: 'a sanction the supervisory commission imposes on a public employee',
    related: ['shuang-kai', 'jie-mian-tan-hua', 'si-zhong-xing-tai'],
    sources: [ZHENGWU_CHUFEN_LAW, FX361_ZHENGWU_2020],
    status: 'verified',
  },
  {
    id: 'jie-mian-tan-hua',
    term: '诫勉谈话',
    aliases: ['诫勉'],
    scope: 'national',
    category: 'discipline',
    gloss_zh: '对有苗头性问题或轻微违纪的干部进行的告诫谈话',
    explanation_zh:
      '针对党员干部苗头性、倾向性问题或轻微违纪行为的一种处置方式，不算纪律处分，但会记录在案，影响考核和任用。“诫”是严肃警示，“勉”是勉励改正，常被看作运用监督执纪“第一种形态”的手段。',
    explanation_en:
      'A formal warning talk for officials with early signs of trouble or minor breaches of discipline; it is not a disciplinary penalty, but it goes on file and counts in appraisals and promotions. It combines a stern warning with encouragement to reform, and is seen as a tool of the first, mildest of the four forms of discipline.',
    english: { text: 'admonishment talk', official: false },
    gloss_en: 'a recorded warning talk short of a penalty',
    related: ['si-zhong-xing-tai', 'zheng-wu-chu-fen'],
    sources: [TJJW_JIEMIAN_2019, MEIZHOU_JIEMIAN_2019, WEINAN_JIEMIAN_2024, ZHCNG_JIEMIAN_2025],
    status: 'verified',
  },
  {
    id: 'liu-zhi-cuo-shi',
    term: '留置措施',
    aliases: ['监察留置', '采取留置措施'],
    scope: 'national',
    category: 'discipline',
    period: { from: 2018 },
    gloss_zh: '监察机关在调查中限制被调查人人身自由的措施',
    explanation_zh:
      '2018年《监察法》设立，取代纪委过去的“双规”，是监察调查中唯一限制人身自由的措施，用于严重职务违法或职务犯罪。须经监察机关领导集体研究决定，设区的市级以下报上一级批准；原定期限不超过三个月、可延长一次，2024年修改《监察法》时对期限作了调整。',
    explanation_en:
      'Created by the 2018 Supervision Law to replace the old Party detention practice, it is the only measure in a supervisory investigation that restricts personal liberty, used for serious official misconduct or crime. It needs a collective decision of the commission’s leaders, approval from the level above for city commissions and below, and was first limited to three months, extendable once; the 2024 revision of the law adjusted these limits.',
    english: { text: 'detention (in a supervisory investigation)', official: false },
    gloss_en: 'detention of a suspect by the supervisory commission',
    related: ['shuang-kai', 'zheng-wu-chu-fen'],
    sources: [DUDUZHE_LIUZHI, FX361_LIUZHI_2023, FX361_LIUZHI_2021, RHHZ_LIUZHI_2025],
    status: 'verified',
  },
  {
    id: 'si-feng-yin-xing-bian-yi',
    term: '四风隐形变异',
    aliases: ['隐形变异四风', '四风问题隐形变异', '隐形变异的四风'],
    // 隐形变异 is two ordinary words; bare it names nothing.
    quotedOnly: ['隐形变异'],
    scope: 'national',
    category: 'discipline',
    gloss_zh: '改头换面、躲避检查的公款吃喝送礼等作风问题',
    explanation_zh:
      '在八项规定高压下，一些“四风”问题换了更隐蔽的形式：公款吃喝躲进“家庭餐厅”、单位食堂、农家乐，礼金改成电子红包、购物卡，酒席分批办、错峰办。纪检机关把查处这类隐形变异问题作为纠“四风”的重点。',
    explanation_en:
      'Under the pressure of the eight-point rules some of the four bad work styles went underground: banquets at public expense moved into private "home restaurants", canteens and farm-stay inns, gifts became electronic red envelopes and shopping cards, and family banquets were split up or held off-peak. Discipline bodies make such disguised cases a priority.',
    english: { text: 'hidden and mutated forms of the four bad work styles', official: false },
    gloss_en: 'the four bad work styles in disguise',
    related: ['si-feng', 'zhong-yang-ba-xiang-gui-ding', 'san-gong-jing-fei'],
    sources: [SIFENG_HIDDEN_REPRINT, CRNTT_BANYAN],
    status: 'verified',
  },
  {
    id: 'san-gong-jing-fei',
    term: '三公经费',
    aliases: [],
    scope: 'national',
    category: 'governance',
    gloss_zh: '因公出国（境）、公务用车、公务接待三项开支',
    explanation_zh:
      '指单位用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费、公务接待费三项支出。各部门在预算和决算中把这三项单独列出并向社会公开。',
    explanation_en:
      'The three official outlays paid from budget funds: travel abroad on official business, buying and running official cars, and official hospitality. Departments list them separately in their budgets and final accounts and publish them.',
    english: { text: 'the three public expenses', official: false },
    gloss_en: 'official spending on trips abroad, cars and hospitality',
    related: ['guo-jin-ri-zi', 'zhong-yang-ba-xiang-gui-ding', 'si-feng'],
    sources: [SHIDIAN_SANGONG_2022],
    status: 'verified',
  },

  // ── State firms and safety ──
  {
    id: 'san-gong-yi-ye',
    term: '三供一业',
    aliases: ['三供一业分离移交'],
    scope: 'national',
    category: 'economy',
    period: { from: 2016, to: 2019 },
    gloss_zh: '国企职工家属区的供水、供电、供热（供气）和物业管理',
    explanation_zh:
      '国有企业过去自办职工家属区的水、电、暖（气）和物业，这是“企业办社会”的包袱。2016年起全国推进分离移交，设施维修改造后分户设表，交给专业单位社会化管理，2018年底基本完成，2019年起企业不再承担相关费用。',
    explanation_en:
      'State firms used to run the water, power, heating or gas and property management of their workers’ housing estates, one of the social burdens they carried. From 2016 these were handed over nationwide: facilities were repaired, meters fitted for each household and the services passed to specialist operators, largely done by the end of 2018, after which firms paid nothing more for them.',
    english: { text: 'three supplies and one service (of SOE housing estates)', official: false },
    gloss_en: 'water, power, heat and property services of state-firm estates',
    reading: 'san gong yi ye',
    related: ['guo-zi-guo-qi-gai-ge', 'lao-gong-ye-ji-di', 'lao-jiu-xiao-qu-gai-zao'],
    sources: [CNR_SANGONG_2018, TUKE8_SANGONG],
    status: 'verified',
  },
  {
    id: 'gua-pai-du-ban',
    term: '挂牌督办',
    aliases: ['挂牌督办制度'],
    scope: 'national',
    category: 'security',
    gloss_zh: '上级公开挂牌、限期督促整改重大问题，整改后摘牌销号',
    explanation_zh:
      '对危害大、整改难的重大事故隐患或突出问题，由政府或安委会等上级公开“挂牌”，下达限期整改指令，期间一般要停产停用，验收合格后才“摘牌销号”并向社会公布。',
    explanation_en:
      'For a serious hazard or problem that is dangerous and hard to fix, the government or its safety committee publicly "hangs a plaque" on it and orders correction by a deadline, usually with production stopped meanwhile; only after inspection is the plaque taken down and the case closed, again in public.',
    english: { text: 'listed supervision', official: false },
    gloss_en: 'a public order to fix a serious hazard by a deadline',
    related: ['shuang-chong-yu-fang-ji-zhi', 'san-guan-san-bi-xu'],
    sources: [WLHT_GUAPAI_2025, QILU_GUAPAI_2012],
    status: 'verified',
  },
];
