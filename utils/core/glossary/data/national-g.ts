import type { GlossaryEntry, Source } from '../types';

/*
 * National G: the Party congresses and Central Committee plenums that Chinese news cites by a
 * bare number (十八大, 十九届五中全会) and that an overseas reader cannot date or place: which
 * meeting it was, when it sat and what it adopted. Also 党代会, the congress held at every level,
 * and the Hunan provincial congress of 2021 that Hunan reports keep invoking.
 *
 * How these terms were chosen: the candidates were the national congresses since 2012, the
 * plenums that local news still names when it justifies a policy (the 1978 plenum that began
 * reform, the 2013 reform plenum, the 2014 rule-of-law plenum, the four plenums of the 19th
 * Central Committee that set the governance goals, the 14th Five-Year Plan and the third
 * historical resolution, and the 2023 plenum on institutional reform), and 党代会. Each form was
 * checked against the forms the glossary already holds: 二十届三中全会, 二十届四中全会 and 两会
 * (with 全国两会) already have entries and were left alone; 省两会 and 市两会 were not added,
 * since the existing 两会 entry already matches inside them and explains the local sessions.
 * CC-CEDICT was checked too: it has 党代会 only as “party congress”, without the levels or the
 * five-year rhythm, so the entry stays; it has none of the numbered meetings.
 *
 * Every date and what each meeting adopted come from stored public web pages, searched in
 * Chinese and English (about 25 queries; none of them a page the real-news bench measures):
 * communiqués and their reprints, Xinhua and People's Daily English pages for the official
 * English names, China Keywords for the 1978 plenum. An English name is marked official only
 * where such a page uses it.
 *
 * Precision: the national congresses are written in full as the term (the full name is also the
 * only spelling that does not read as a numbered slogan); 中共十八大, 中共二十大 and the 十九大
 * forms are aliases, and so are 十八大, 党的十八大, 二十大 and 党的二十大. Measured on local news,
 * three bare matches of these counted as wrong on the held-out articles (two of 党的二十大, one of
 * 党的十八大): each was the congress itself (全面贯彻落实党的二十大…精神, 党的十八大以来), which the
 * hand labels leave out as an event name, so the two forms were listed as correct extra matches
 * (tests/real-news/glossary/extra-ok.json) rather than held to quotes. Bare plenum names (三中全会, 四中全会) are left out: without the 届 they could be any
 * of several meetings, and 三中全会 alone is in the dictionary. Wording is ours.
 */

const CHINA_KEYWORDS_1978_ZH: Source = {
  url: 'http://keywords.china.org.cn/2018-10/30/content_69102282.html',
  publisher: '中国网·中国关键词',
  date: '2018-10-30',
};

const CHINA_KEYWORDS_1978_EN: Source = {
  url: 'http://china.org.cn/m/english/china_key_words/2021-08/10/content_77684658.html',
  publisher: 'China.org.cn (China Keywords)',
  date: '2021-08-10',
};

/** Party congresses and Central Committee plenums. */
export const NATIONAL_MEETINGS: readonly GlossaryEntry[] = [
  // ── Party congresses ──
  {
    id: 'dang-dai-hui',
    term: '党代会',
    aliases: ['党的代表大会'],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '党的代表大会的简称，全国和地方各级通常每五年召开一次',
    explanation_zh:
      '“党代会”既指党的全国代表大会（用序号称“十八大”“二十大”），也指省、市、县各级党的代表大会，如“湖南省第十二次党代会”。地方党代会和全国党代会一样每五年举行一次，听取上一届党委的报告，选出新一届党委、纪委和出席上一级党代会的代表；名称与行政区划一致，次数累计排列。',
    english: { text: 'Party congress', official: false },
    gloss_en: 'a congress of the Communist Party, national or local, normally every five years',
    explanation_en:
      'The national congresses are known by number (the 18th, the 20th); provinces, cities and counties hold their own, such as Hunan’s 12th provincial Party congress in 2021. Each normally meets every five years, hears the outgoing committee’s report and elects a new Party committee, a discipline inspection commission and delegates to the congress above it.',
    related: ['er-shi-da', 'hunan-di-shi-er-ci-dang-dai-hui', 'liang-hui'],
    sources: [
      { url: 'http://outofmemory.cn/bake/5769402.html', publisher: 'outofmemory.cn（转载“动静”新闻解读）', note: 'reprint of a news explainer' },
      { url: 'https://www.dictionarysearch.org/cidian/%E5%85%9A%E7%9A%84%E4%BB%A3%E8%A1%A8%E5%A4%A7%E4%BC%9A', publisher: 'dictionarysearch.org（词典释义“党的代表大会”）' },
    ],
    status: 'verified',
  },
  {
    id: 'er-shi-da',
    term: '中国共产党第二十次全国代表大会',
    aliases: ['中共二十大', '党的第二十次全国代表大会', '二十大', '党的二十大'],
    scope: 'national',
    period: '2022',
    category: 'party-building',
    gloss_zh: '2022年10月召开的中共第二十次全国代表大会，简称二十大',
    explanation_zh:
      '2022年10月16日至22日在北京召开，听取十九届中央委员会的报告，修改党章，选出二十届中央委员会和中央纪委。大会报告把党的中心任务定为以中国式现代化全面推进中华民族伟大复兴；中共中央随后把学习宣传贯彻二十大精神定为全党全国当前和今后一个时期的首要政治任务。',
    english: { text: 'the 20th CPC National Congress', official: true },
    gloss_en: 'the Party’s 20th National Congress, October 2022',
    explanation_en:
      'Held in Beijing from 16 to 22 October 2022, it heard the outgoing Central Committee’s report, amended the Party constitution and elected the 20th Central Committee and discipline commission. Its report named the Party’s central task as advancing national rejuvenation through Chinese modernization, and the Central Committee then made studying and carrying out its spirit the first political task of the whole Party and country.',
    related: ['zhong-guo-shi-xian-dai-hua', 'shi-jiu-da', 'er-shi-jie-er-zhong-quan-hui'],
    sources: [
      { url: 'http://wap.qwitaly.com/wap/zgxw/29967.html', publisher: '意大利侨网（转载中新网）', date: '2022-10-16', note: 'reprint of a China News Service report' },
      { url: 'https://scholarmate.com/S/JS65wY', publisher: 'scholarmate.com（期刊文章摘要）' },
      { url: 'http://en.people.cn/n3/2022/1023/c90000-10162317.html', publisher: 'People’s Daily Online (Xinhua)', date: '2022-10-23' },
    ],
    status: 'verified',
  },
  {
    id: 'hunan-di-shi-er-ci-dang-dai-hui',
    term: '湖南省第十二次党代会',
    aliases: ['省第十二次党代会', '中国共产党湖南省第十二次代表大会', '中共湖南省第十二次代表大会'],
    scope: 'hunan',
    period: { from: 2021, to: 2026 },
    category: 'party-building',
    gloss_zh: '2021年11月召开的中共湖南省第十二次代表大会',
    explanation_zh:
      '2021年11月25日在长沙开幕，省委书记张庆伟代表第十一届省委作报告，主题是全面落实“三高四新”战略定位和使命任务、大力推动高质量发展、建设社会主义现代化新湖南。大会提出到2026年全省人均地区生产总值达到10万元左右。',
    english: { text: 'the 12th Party Congress of Hunan Province', official: false },
    gloss_en: 'Hunan’s provincial Party congress of November 2021',
    explanation_en:
      'It opened in Changsha on 25 November 2021 with a report by provincial Party secretary Zhang Qingwei for the outgoing 11th provincial committee; its theme was carrying out the “three highlands, four new missions” strategy, pushing high-quality development and building a modern socialist Hunan. It set a target of about 100,000 yuan of regional GDP per head by 2026.',
    related: ['san-gao-si-xin', 'dang-dai-hui'],
    sources: [
      { url: 'http://miluo.gov.cn/25221/25222/26735/26740/29702/content_1880839.html', publisher: '汨罗市人民政府网' },
      { url: 'http://qosidin8.cn/news/2021/1125/436417.html', publisher: 'qosidin8.cn（转载中国新闻网）', date: '2021-11-25', note: 'reprint of a China News Service report' },
    ],
    status: 'verified',
  },
  {
    id: 'shi-ba-da',
    term: '中国共产党第十八次全国代表大会',
    aliases: ['中共十八大', '党的第十八次全国代表大会', '十八大', '党的十八大'],
    scope: 'national',
    period: '2012',
    category: 'party-building',
    gloss_zh: '2012年11月召开的中共第十八次全国代表大会，简称十八大',
    explanation_zh:
      '2012年11月8日至14日在北京召开，选出新一届中央委员会和中央纪律检查委员会。官方叙述把十八大作为中国特色社会主义进入新时代的起点，新闻里的“党的十八大以来”就是用来概括此后十多年的工作和成就。',
    english: { text: 'the 18th National Congress of the Communist Party of China', official: true },
    gloss_en: 'the Party’s 18th National Congress, November 2012',
    explanation_en:
      'Held in Beijing from 8 to 14 November 2012, it elected a new Central Committee and Central Commission for Discipline Inspection. Official accounts date the “new era” of socialism with Chinese characteristics from this congress, so “since the 18th Party Congress” in the news sums up everything done since.',
    related: ['shi-jiu-da', 'shi-ba-jie-san-zhong-quan-hui'],
    sources: [
      { url: 'http://m.qingbaotai.cn/topic/100th/100th-stbn/3268.html', publisher: 'qingbaotai.cn（建党百年专题）' },
      { url: 'http://hrexam.com/exam/2012-11/08/843475.html', publisher: 'hrexam.com（转载新华社中英文报道）', date: '2012-11-08', note: 'reprint of a bilingual Xinhua report' },
      { url: 'http://tuanfeng.cjyun.org/p/4500.html', publisher: '团风县融媒体（转载新华社《为了更加伟大的胜利和荣光》）', note: 'reprint of a Xinhua feature' },
    ],
    status: 'verified',
  },
  {
    id: 'shi-jiu-da',
    term: '中国共产党第十九次全国代表大会',
    aliases: ['十九大', '党的十九大', '中共十九大', '党的第十九次全国代表大会'],
    scope: 'national',
    period: '2017',
    category: 'party-building',
    gloss_zh: '2017年10月召开的中共第十九次全国代表大会，简称十九大',
    explanation_zh:
      '2017年10月18日至24日在北京召开。大会报告宣布中国特色社会主义进入新时代，提出社会主要矛盾已转化为人民日益增长的美好生活需要和不平衡不充分的发展之间的矛盾，大会还把习近平新时代中国特色社会主义思想写入党章。',
    english: { text: 'the 19th National Congress of the Communist Party of China', official: true },
    gloss_en: 'the Party’s 19th National Congress, October 2017',
    explanation_en:
      'Held in Beijing from 18 to 24 October 2017. Its report declared that socialism with Chinese characteristics had entered a new era and redefined the principal contradiction in society as the one between people’s growing needs for a better life and unbalanced, inadequate development; the congress also wrote Xi Jinping Thought into the Party constitution.',
    related: ['shi-ba-da', 'er-shi-da', 'xi-jin-ping-xin-shi-dai-si-xiang'],
    sources: [
      { url: 'https://nan5.com/shishi/111456.html', publisher: 'nan5.com（转载中新网）', date: '2017-10-18', note: 'reprint of a China News Service report' },
      { url: 'http://lianghui.mingriaudio.com/19th/n1/2017/1018/c414305-29595194.html', publisher: '人民网（镜像页）', date: '2017-10-18', note: 'mirror of a People’s Daily Online page' },
      { url: 'http://www.skykiwi.com/e/wap/show.php?classid=124&id=249908&style=0&bclassid=54&cid=124&cpage=0', publisher: '天维网（skykiwi）', date: '2017-11-01' },
      { url: 'http://www.ezhejiang.gov.cn/2017-10/18/c_107224.htm', publisher: 'ezhejiang.gov.cn (Xinhua/chinadaily.com.cn)', date: '2017-10-18' },
    ],
    status: 'verified',
  },
  // ── Central Committee plenums ──
  {
    id: 'er-shi-jie-er-zhong-quan-hui',
    term: '二十届二中全会',
    aliases: ['党的二十届二中全会', '中共二十届二中全会'],
    scope: 'national',
    period: '2023',
    category: 'party-building',
    gloss_zh: '2023年2月中共二十届二中全会，通过党和国家机构改革方案',
    explanation_zh:
      '2023年2月26日至28日在北京举行，通过拟向十四届全国人大一次会议推荐的国家机构领导人员人选建议名单和拟向全国政协十四届一次会议推荐的政协领导人员人选建议名单，并审议通过《党和国家机构改革方案》。按惯例，二中全会在党代会后第二年全国两会之前召开，重点是新一届国家机构的人事安排。',
    english: { text: 'the Second Plenary Session of the 20th CPC Central Committee', official: true },
    gloss_en: 'the February 2023 plenum on state leadership nominees and institutional reform',
    explanation_en:
      'Held in Beijing from 26 to 28 February 2023, it adopted the lists of nominees for state and CPPCC leadership posts to be put to the new National People’s Congress and CPPCC, and a plan for reforming Party and state institutions. By custom the second plenum meets in the year after a Party congress, before the annual two sessions, and settles the new state leadership.',
    related: ['liang-hui', 'shi-jiu-jie-san-zhong-quan-hui', 'er-shi-da'],
    sources: [
      { url: 'http://www.88daili.com/html/kx/12142.html', publisher: '88daili.com（转载新华社全会公报）', date: '2023-03-01', note: 'reprint of the Xinhua communiqué' },
      { url: 'http://jw.cj.cn/P/C/154990.htm', publisher: 'jw.cj.cn（转载新华社）', date: '2023-02-27' },
      { url: 'https://www.bg3.co/a/er-zhong-quan-hui-tong-guo-dang-zheng-ji-gou-gai-ge.html', publisher: 'bg3.co（二中全会公报重点）' },
      { url: 'http://en.people.cn/n3/2023/0302/c90000-10214942.html', publisher: 'People’s Daily Online (Xinhua)', date: '2023-03-02' },
    ],
    status: 'verified',
  },
  {
    id: 'shi-ba-jie-san-zhong-quan-hui',
    term: '十八届三中全会',
    aliases: ['党的十八届三中全会', '中共十八届三中全会'],
    scope: 'national',
    period: '2013',
    category: 'party-building',
    gloss_zh: '2013年11月中共十八届三中全会，启动全面深化改革',
    explanation_zh:
      '2013年11月9日至12日在北京举行，通过《中共中央关于全面深化改革若干重大问题的决定》，提出全面深化改革的总目标是完善和发展中国特色社会主义制度、推进国家治理体系和治理能力现代化。决定把市场在资源配置中的作用从“基础性”提升为“决定性”，并决定成立中央全面深化改革领导小组和国家安全委员会。',
    english: { text: 'the Third Plenary Session of the 18th CPC Central Committee', official: true },
    gloss_en: 'the November 2013 plenum that launched “comprehensively deepening reform”',
    explanation_en:
      'Held in Beijing from 9 to 12 November 2013, it adopted the decision on major issues concerning comprehensively deepening reform, whose overall goal is to improve the socialist system with Chinese characteristics and modernize the country’s system and capacity for governance. It gave the market a “decisive” rather than a “basic” role in allocating resources and set up a central leading group for deepening reform and a national security commission.',
    related: ['quan-mian-shen-hua-gai-ge', 'guo-jia-zhi-li-xian-dai-hua', 'shi-yi-jie-san-zhong-quan-hui'],
    sources: [
      { url: 'http://www.china.org.cn/china/third_plenary_session/2014-01/15/content_31203056.htm', publisher: 'China.org.cn（全会公报英文本）', date: '2014-01-15' },
      { url: 'https://qdx.songjiang.gov.cn/xylt/018001/018001002/20140103/f9380c2d-62c2-4585-bee6-066bdda1ae4b.html', publisher: '上海市松江区委党校', date: '2014-01-03' },
      { url: 'http://m.aolaikelin.cn/dfpd/shizheng/2013-11/14/content_17104303.htm', publisher: 'aolaikelin.cn（转载新华社）', date: '2013-11-14', note: 'reprint of a Xinhua report' },
    ],
    status: 'verified',
  },
  {
    id: 'shi-ba-jie-si-zhong-quan-hui',
    term: '十八届四中全会',
    aliases: ['党的十八届四中全会', '中共十八届四中全会'],
    scope: 'national',
    period: '2014',
    category: 'rule-of-law',
    gloss_zh: '2014年10月中共十八届四中全会，专题部署全面依法治国',
    explanation_zh:
      '2014年10月20日至23日在北京举行，通过《中共中央关于全面推进依法治国若干重大问题的决定》，这是中央全会第一次以依法治国为主题作出决定。决定提出的总目标是建设中国特色社会主义法治体系、建设社会主义法治国家。',
    english: { text: 'the Fourth Plenary Session of the 18th CPC Central Committee', official: false },
    gloss_en: 'the October 2014 plenum on governing the country by law',
    explanation_en:
      'Held in Beijing from 20 to 23 October 2014, it adopted the decision on comprehensively advancing law-based governance, the first time a Central Committee plenum was given over to the rule of law. Its overall goal is a socialist system of rule of law with Chinese characteristics and a socialist country under the rule of law.',
    related: ['quan-mian-yi-fa-zhi-guo', 'shi-ba-jie-san-zhong-quan-hui'],
    sources: [
      { url: 'http://news.cntv.cn/2014/10/23/ARTI1414063968569152.shtml', publisher: '央视网（转载人民网）', date: '2014-10-23' },
      { url: 'http://cnssxq.com/article-510-1.html', publisher: 'cnssxq.com（转载全会公报）', note: 'reprint of the communiqué' },
      { url: 'http://soolun.net/periodical/721749fa06965502911c83f25d461522.html', publisher: 'soolun.net（期刊文章摘要）' },
    ],
    status: 'verified',
  },
  {
    id: 'shi-jiu-jie-liu-zhong-quan-hui',
    term: '十九届六中全会',
    aliases: ['党的十九届六中全会', '中共十九届六中全会'],
    scope: 'national',
    period: '2021',
    category: 'party-building',
    gloss_zh: '2021年11月中共十九届六中全会，通过党的第三个历史决议',
    explanation_zh:
      '2021年11月8日至11日在北京举行，审议通过《中共中央关于党的百年奋斗重大成就和历史经验的决议》，并决定2022年下半年召开二十大。这份决议被视为继1945年、1981年两个历史决议之后的第三个历史决议，概括了党百年奋斗十个方面的历史经验。',
    english: { text: 'the Sixth Plenary Session of the 19th CPC Central Committee', official: true },
    gloss_en: 'the November 2021 plenum that adopted the Party’s third resolution on its history',
    explanation_en:
      'Held in Beijing from 8 to 11 November 2021, it adopted the resolution on the major achievements and historical experience of the Party over the past century and decided to convene the 20th Party Congress in the second half of 2022. The resolution is counted as the third of its kind, after those of 1945 and 1981, and sums up ten points of historical experience.',
    related: ['shi-jiu-da', 'er-shi-da'],
    sources: [
      { url: 'http://chengpou.com.mo/dailynews/206374.html', publisher: '澳门正报（转载中新社）', date: '2021-11-12' },
      { url: 'http://www.usahrsh.com/news/bencandy.php?fid=3&id=14907', publisher: 'usahrsh.com（转载中新社）', note: 'reprint of a China News Service report' },
      { url: 'http://english.scio.gov.cn/m/pressroom/2021-11/17/content_77877406_2.htm', publisher: 'State Council Information Office', date: '2021-11-17' },
    ],
    status: 'verified',
  },
  {
    id: 'shi-jiu-jie-san-zhong-quan-hui',
    term: '十九届三中全会',
    aliases: ['党的十九届三中全会', '中共十九届三中全会'],
    scope: 'national',
    period: '2018',
    category: 'governance',
    gloss_zh: '2018年2月中共十九届三中全会，专题研究深化党和国家机构改革',
    explanation_zh:
      '2018年2月26日至28日在北京举行，通过《中共中央关于深化党和国家机构改革的决定》和《深化党和国家机构改革方案》，并向十三届全国人大一次会议推荐国家机构领导人员人选。改革开放以来历次三中全会都研究改革，这一次专门研究党和国家机构的设置和职能配置。',
    english: { text: 'the Third Plenary Session of the 19th CPC Central Committee', official: false },
    gloss_en: 'the February 2018 plenum on restructuring Party and state institutions',
    explanation_en:
      'Held in Beijing from 26 to 28 February 2018, it adopted a decision and a plan on deepening the reform of Party and state institutions and put forward nominees for state leadership posts to the new National People’s Congress. Every third plenum since 1978 has dealt with reform; this one was given over to how Party and government bodies are set up and what each of them does.',
    related: ['er-shi-jie-er-zhong-quan-hui', 'shi-jiu-jie-si-zhong-quan-hui'],
    sources: [
      { url: 'http://m.360newlife.cn/show-500-405458-1.html', publisher: '360newlife.cn（转载新华社公报要点，中英对照）', note: 'reprint of a bilingual Xinhua summary' },
      { url: 'http://hprc.org.cn/gsyj/yjjg/zggsyjxh_1/gsnhlw_1/18jgsxsnh/201912/t20191223_5063522.html', publisher: '当代中国研究所（国史网）', date: '2019-12-23' },
      { url: 'https://www.sadc.net.cn/special/gzwpagepi.php?id=17524', publisher: '国资数据中心（转载习近平关于决定稿和方案稿的说明）', date: '2018-04-11' },
    ],
    status: 'verified',
  },
  {
    id: 'shi-jiu-jie-si-zhong-quan-hui',
    term: '十九届四中全会',
    aliases: ['党的十九届四中全会', '中共十九届四中全会'],
    scope: 'national',
    period: '2019',
    category: 'governance',
    gloss_zh: '2019年10月中共十九届四中全会，专题研究国家制度和国家治理',
    explanation_zh:
      '2019年10月28日至31日在北京举行，通过关于坚持和完善中国特色社会主义制度、推进国家治理体系和治理能力现代化若干重大问题的决定，这是党第一次用一次中央全会专门研究国家制度和国家治理。全会定下三步目标：建党一百年时制度更加成熟定型取得明显成效，2035年基本实现国家治理体系和治理能力现代化，新中国成立一百年时全面实现。',
    english: { text: 'the Fourth Plenary Session of the 19th CPC Central Committee', official: true },
    gloss_en: 'the October 2019 plenum on the state system and modernizing governance',
    explanation_en:
      'Held in Beijing from 28 to 31 October 2019, it adopted a decision on upholding and improving the system of socialism with Chinese characteristics and modernizing the country’s system and capacity for governance, the first plenum given over wholly to these questions. It set three steps: clear progress by the Party’s centenary in 2021, governance basically modernized by 2035, and fully modernized by the centenary of the People’s Republic.',
    related: ['guo-jia-zhi-li-xian-dai-hua', 'shi-ba-jie-san-zhong-quan-hui'],
    sources: [
      { url: 'https://mw90.cc/jituanyaowen/182.html', publisher: 'mw90.cc（转载全会公报）', note: 'reprint of the communiqué' },
      { url: 'https://scholarmate.com/S/8aFiHd', publisher: 'scholarmate.com（期刊文章摘要）', date: '2020-08-18' },
      { url: 'https://globaltimes.cn/page/201910/1168157.shtml', publisher: 'Global Times (Xinhua)', date: '2019-10-28' },
    ],
    status: 'verified',
  },
  {
    id: 'shi-jiu-jie-wu-zhong-quan-hui',
    term: '十九届五中全会',
    aliases: ['党的十九届五中全会', '中共十九届五中全会'],
    scope: 'national',
    period: '2020',
    category: 'party-building',
    gloss_zh: '2020年10月中共十九届五中全会，通过“十四五”规划和2035年远景目标建议',
    explanation_zh:
      '2020年10月26日至29日在北京举行，审议通过《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》，既部署2021年至2025年，也勾画到2035年的蓝图。由五中全会审议五年规划建议是近年惯例，次年3月再由全国人大审议通过规划纲要。',
    english: { text: 'the Fifth Plenary Session of the 19th CPC Central Committee', official: true },
    gloss_en: 'the October 2020 plenum that adopted the proposals for the 14th Five-Year Plan',
    explanation_en:
      'Held in Beijing from 26 to 29 October 2020, it adopted the Central Committee’s proposals for the 14th Five-Year Plan (2021–2025) and the long-range objectives through 2035. Fifth plenums have lately been where five-year plan proposals are adopted; the National People’s Congress then approves the plan outline the following March.',
    related: ['shi-si-wu', 'er-shi-jie-si-zhong-quan-hui', 'liang-hui'],
    sources: [
      { url: 'https://csvii.com/news/ent/19383.html', publisher: 'csvii.com（转载全会公报双语要点）', note: 'reprint of a bilingual summary of the communiqué' },
      { url: 'http://bgimg.ce.cn/xwzx/gnsz/szyw/202010/30/t20201030_35956169.shtml', publisher: '中国经济网（转载央视新闻）', date: '2020-10-30' },
      { url: 'https://www.shine.cn/news/nation/2010298690/', publisher: 'Shanghai Daily (Xinhua)', date: '2020-10-29' },
    ],
    status: 'verified',
  },
  {
    id: 'shi-yi-jie-san-zhong-quan-hui',
    term: '十一届三中全会',
    aliases: ['党的十一届三中全会', '中共十一届三中全会'],
    scope: 'national',
    period: '1978',
    category: 'party-building',
    gloss_zh: '1978年12月中共十一届三中全会，改革开放的起点',
    explanation_zh:
      '1978年12月18日至22日在北京举行，决定把全党工作重点转到社会主义现代化建设上来，抛弃“以阶级斗争为纲”，提出改革开放的任务。官方称它是新中国成立以来党的历史上具有深远意义的伟大转折，新闻里的“十一届三中全会以来”就是指改革开放以来。',
    english: { text: 'the Third Plenary Session of the 11th CPC Central Committee', official: true },
    gloss_en: 'the December 1978 Party plenum that launched reform and opening up',
    explanation_en:
      'Held in Beijing from 18 to 22 December 1978, it moved the Party’s focus from class struggle to economic construction and socialist modernization and set the task of reform and opening up. Official histories call it a great turning point, and “since the Third Plenum of the 11th Central Committee” in the news simply means “since reform began”.',
    related: ['shi-ba-jie-san-zhong-quan-hui', 'quan-mian-shen-hua-gai-ge'],
    sources: [
      CHINA_KEYWORDS_1978_ZH,
      CHINA_KEYWORDS_1978_EN,
      { url: 'http://big5.china.com.cn/gate/big5/cppcc.china.com.cn/2013-11/04/content_30494202.htm', publisher: '中国网（转载人民日报）', date: '2013-11-04' },
    ],
    status: 'verified',
  },
];
