import type { GlossaryEntry } from '../types';

/**
 * The jargon of local reports on grassroots governance, Party work in communities, discipline,
 * rural life and river protection: the names of centres, campaigns and working methods that
 * Hunan and Zhuzhou news use without explaining. Mined from 2019–2026 local articles.
 */
export const JARGON_GOVERNANCE_D: readonly GlossaryEntry[] = [
  {
    id: 'zong-zhi-zhong-xin',
    term: '综治中心',
    aliases: ['社会治安综合治理中心'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '县、乡、村各级受理和调解矛盾纠纷的综合平台',
    explanation_zh:
      '把法院、公安、司法行政、信访、人社等部门的窗口集中到一个大厅，群众遇到邻里、劳资、土地等纠纷可在此一站受理、调解或立案。湖南2023年起在全省开展基层综治中心示范带动建设，据法治日报报道，全省122个县级综治中心已完成规范化建设。',
    explanation_en:
      'A one-stop hall at county, township and village level where courts, police, legal aid, petition offices and labour bureaus sit together, so that people can bring neighbour, wage or land disputes to one place for mediation or a court filing. Hunan began a province-wide drive to build model centres in 2023, and the Legal Daily reported that all 122 county-level centres had since been brought up to standard.',
    english: { text: 'comprehensive governance centre (for settling disputes)', official: false },
    gloss_en: 'a one-stop centre where local disputes are mediated',
    related: ['zui-duo-pao-yi-di', 'feng-qiao-jing-yan', 'ping-an-zhong-guo', 'xue-liang-gong-cheng'],
    sources: [
      { url: 'https://www.hnzf.gov.cn/content/646948/63/14916983.html', publisher: '湖南长安网（转载《长安》杂志2025年第4期）', date: '2025-04-29', note: 'reprint' },
      { url: 'http://www.360elib.com:2027/detail.aspx?NewsCode=NC351&NewsId=74169191&OrgId=001', publisher: '法治日报（数字报库）', note: 'reprint' },
      { url: 'http://xianpinwu.cn/news/szws/2025/0407/508086.html', publisher: '湖南日报（转载页）', date: '2025-04-07', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'zui-duo-pao-yi-di',
    term: '最多跑一地',
    aliases: ['只进一扇门、最多跑一地'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '化解矛盾纠纷最多只需去一个地方',
    explanation_zh:
      '推进综治中心建设时的口号，常与“只进一扇门”连用：调解、法律援助、立案等窗口集中在综治中心，群众不必在多个部门之间来回跑。说法仿照政务服务的“最多跑一次”。',
    explanation_en:
      'A slogan of the drive to build dispute-settlement centres, often paired with “enter only one door”: mediation, legal aid and court filing sit in one centre, so people no longer shuttle between offices. It echoes the government-service slogan “at most one trip”.',
    english: { text: 'at most one place to go', official: false },
    gloss_en: 'settle a dispute by going to one place only',
    related: ['zong-zhi-zhong-xin', 'zui-duo-pao-yi-ci'],
    sources: [
      { url: 'http://www.360elib.com:2027/detail.aspx?NewsCode=NC351&NewsId=74169191&OrgId=001', publisher: '法治日报（数字报库）', note: 'reprint' },
      { url: 'https://www.hunantoday.cn/news/xhn/202506/29770997.html', publisher: '新湖南（湖南法治报）', date: '2025-06-24' },
    ],
    status: 'partial',
    missing: 'who coined the slogan and when is not found; the cited pages show it in Hunan use in 2025',
    missing_zh: '口号由谁、何时提出没有查到；所引报道只见其2025年在湖南的用法。',
  },
  {
    id: 'xue-liang-gong-cheng',
    term: '雪亮工程',
    aliases: ['乡村雪亮工程', '农村雪亮工程', '公共安全视频监控建设联网应用'],
    scope: 'national',
    category: 'security',
    gloss_zh: '公共安全视频监控联网工程，重点在农村',
    explanation_zh:
      '“雪亮工程”是公共安全视频监控建设联网应用的俗称，2018年写入中央一号文件“推进农村雪亮工程建设”。湖南把乡村雪亮工程列为2021年重点民生实事，计划在乡镇、行政村公共区域装10万个摄像头，到11月底建成115749个。',
    explanation_en:
      'The popular name for networked public-security video surveillance; the 2018 No. 1 Central Document called for building it in the countryside. Hunan made the rural programme one of its key livelihood projects for 2021, aiming at 100,000 cameras in the public spaces of townships and villages, and had installed 115,749 by the end of November.',
    english: { text: 'Sharp Eyes project', official: false },
    gloss_en: 'a network of public security cameras, especially in villages',
    related: ['zong-zhi-zhong-xin', 'ping-an-zhong-guo', 'min-sheng-shi-shi'],
    sources: [
      { url: 'http://tremblaysylvain.com/detail/393', publisher: '城铭科技（行业新闻）', date: '2018-03-01' },
      { url: 'http://nmgfzw.cn/show-83970.html', publisher: 'nmgfzw.cn（转载常德市农业农村局网站）', date: '2021-12', note: 'reprint' },
      { url: 'http://kuaixun.guhantai.com/kuaixun/20211211/1110000.html', publisher: '华声在线（转载页，攸县）', date: '2021-12-11', note: 'reprint' },
      { url: 'https://www.kepuhunan.org.cn/sxcz/20018361.shtml', publisher: '湖南科普网（嘉禾县）', date: '2023-11-24' },
    ],
    status: 'verified',
  },
  {
    id: 'chui-shao-bao-dao',
    term: '吹哨报到',
    aliases: ['街乡吹哨、部门报到', '街道吹哨、部门报到'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '街道乡镇“吹哨”召集，有权的部门必须到场解决问题',
    explanation_zh:
      '源于北京平谷区金海湖镇2017年整治盗采金矿：乡镇发现问题却无执法权，于是“吹哨”，区里有执法权的部门必须“报到”。2018年北京把“街乡吹哨、部门报到”作为全市“1号改革课题”推开，各地纷纷借鉴，株洲的基层治理也讲“吹哨有响”。',
    explanation_en:
      'It began in 2017 in Jinhaihu township of Beijing’s Pinggu district, which could spot illegal gold mining but had no power to enforce the law: the township “blew the whistle” and the district’s enforcement departments had to “report for duty”. Beijing made it its No. 1 reform task in 2018, and other places copied it; Zhuzhou speaks of whistles that get an answer.',
    english: { text: 'townships blow the whistle, departments report for duty', official: false },
    gloss_en: 'a township calls, and the departments with power must come',
    related: ['wang-ge-hua-guan-li', 'dang-jian-yin-ling', 'zong-zhi-zhong-xin'],
    sources: [
      { url: 'https://www.beijing.gov.cn/zhengce/zcjd/zcwd/csbd', publisher: '首都之窗（北京市人民政府门户网站）' },
      { url: 'https://news.china.com/focus/jxcsbmbd/news/13002446/20181210/34639892_all.html', publisher: '中华网（转载）', date: '2018-12-10', note: 'reprint' },
      { url: 'https://siliu.net/p/0xqjjwlwdy.html', publisher: 'siliu.net（转载株洲城市基层党建报道）', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'shi-nian-jin-yu',
    term: '十年禁渔',
    aliases: ['长江十年禁渔', '长江禁渔', '禁捕退捕'],
    scope: 'national',
    period: { from: 2020, to: 2030 },
    category: 'ecology',
    gloss_zh: '长江流域重点水域全面禁止捕捞十年',
    explanation_zh:
      '2019年国家决定，从2020年元旦起分步对长江干流、重要支流和通江湖泊全面禁捕十年，渔民交船上岸、转产就业。湖南2020年1月1日起先对45个水生生物保护区禁捕，2021年1月1日起扩大到长江湖南段、洞庭湖和湘资沅澧干流，建档立卡的28588名渔民全部退出。',
    explanation_en:
      'Decided in 2019: from New Year 2020, fishing was banned step by step for ten years in the Yangtze’s main stream, major tributaries and connected lakes, and fishers handed in their boats and took up other work. Hunan closed 45 aquatic reserves on 1 January 2020 and extended the ban on 1 January 2021 to its stretch of the Yangtze, Dongting Lake and the main streams of its four rivers; all 28,588 registered fishers left the water.',
    english: { text: 'ten-year fishing ban on the Yangtze', official: false },
    gloss_en: 'a ten-year ban on fishing in the Yangtze basin',
    related: ['si-qing-si-wu', 'gong-zhua-da-bao-hu', 'chang-jiang-jing-ji-dai', 'yi-hu-si-shui'],
    sources: [
      { url: 'http://hunan.sina.com.cn/news/2022-11-28/detail-imqqsmrp7798496.shtml?from=hunan_ydph', publisher: '新浪湖南（转载华声在线）', date: '2022-11-28', note: 'reprint' },
      { url: 'http://cqcb.com/headline/2019-12-10/2029387_pc.html', publisher: '上游新闻（转载《中国新闻周刊》）', date: '2019-12-10', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'si-qing-si-wu',
    term: '四清四无',
    aliases: [],
    scope: 'hunan',
    category: 'ecology',
    gloss_zh: '禁捕水域的目标：清江清湖清船清网，无渔船无渔民无网具无生产',
    explanation_zh:
      '湖南对长江湖南段、洞庭湖等禁捕水域提出的常态化要求，即江上湖上不留捕捞渔船、渔民、网具和捕捞生产。它是“十年禁渔”执法监管的检验标准。',
    explanation_en:
      'Hunan’s standing target for its no-fishing waters such as its stretch of the Yangtze and Dongting Lake: the rivers, lakes, boats and nets cleared, with no fishing boats, no fishers, no nets and no fishing left. It is the yardstick for enforcing the ten-year fishing ban.',
    english: { text: 'four clears and four noes', official: false },
    gloss_en: 'no boats, fishers, nets or fishing left on banned waters',
    items: [
      { zh: '清江', en: 'rivers cleared' },
      { zh: '清湖', en: 'lakes cleared' },
      { zh: '清船', en: 'boats cleared' },
      { zh: '清网', en: 'nets cleared' },
      { zh: '无渔船', en: 'no fishing boats' },
      { zh: '无渔民', en: 'no fishers' },
      { zh: '无网具', en: 'no nets' },
      { zh: '无生产', en: 'no fishing' },
    ],
    related: ['shi-nian-jin-yu', 'yi-hu-si-shui'],
    sources: [
      { url: 'http://hunan.sina.com.cn/news/2022-11-28/detail-imqqsmrp7798496.shtml?from=hunan_ydph', publisher: '新浪湖南（转载华声在线）', date: '2022-11-28', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'ce-suo-ge-ming',
    term: '厕所革命',
    aliases: ['农村厕所革命'],
    scope: 'national',
    period: { from: 2015 },
    category: 'rural',
    gloss_zh: '改造旱厕、普及卫生厕所的全国行动',
    explanation_zh:
      '2015年起在全国推开，农村是重点：把简陋的旱厕、猪圈厕换成干净的卫生厕所，是农村人居环境整治的一项内容。湘西等地农户因此用上了带冲水的卫生间，也方便了发展乡村旅游。',
    explanation_en:
      'A nationwide drive launched in 2015, with villages as the main target: crude pit and pigsty latrines are replaced by clean sanitary toilets, as part of improving the rural living environment. In western Hunan it gave households flush toilets and made village tourism easier.',
    english: { text: 'toilet revolution', official: false },
    gloss_en: 'replacing pit latrines with sanitary toilets',
    related: ['nong-cun-ren-ju-huan-jing-zheng-zhi', 'xiang-cun-zhen-xing', 'he-mei-xiang-cun'],
    sources: [
      { url: 'http://big5.www.gov.cn/gate/big5/www.gov.cn/xinwen/2019-12/25/content_5463955.htm', publisher: '中国政府网（新华社）', date: '2019-12-25' },
    ],
    status: 'verified',
  },
  {
    id: 'hong-se-wu-ye',
    term: '红色物业',
    aliases: [],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '社区党组织牵头、物业企业参与的小区管理模式',
    explanation_zh:
      '社区党组织、物业服务企业和小区党组织联动，社区“两委”成员与物业负责人交叉任职，共同解决小区管理难题。株洲2022年起推进，到2023年4月创建“红色物业”示范项目10个，组建业主委员会498个。',
    explanation_en:
      'Property management under the lead of the Party: the community Party organisation, the property company and the estate’s Party branch work together, with community committee members and property managers holding posts in each other’s bodies. Zhuzhou took it up from 2022 and by April 2023 had 10 model projects and 498 owners’ committees.',
    english: { text: 'red property management', official: false },
    gloss_en: 'Party-led management of housing estates',
    related: ['dang-jian-yin-ling', 'liang-wei', 'lao-jiu-xiao-qu-gai-zao', 'dang-qun-fu-wu-zhong-xin'],
    sources: [
      { url: 'http://bk.zzlib.net:88/paper/daily/202304/380730.html', publisher: '株洲日报（株洲图书馆数字报）', date: '2023-04' },
      { url: 'http://bid.caigoupt.com/info-260118372.html', publisher: 'caigoupt.com（转载长沙天心区社区报道）', note: 'reprint' },
    ],
    status: 'partial',
    missing: 'where and when the model began is not found; the cross-appointment scheme is described from a Changsha community, not from Zhuzhou',
    missing_zh: '这一模式的起源地和起始时间没有查到；交叉任职等做法取自长沙一个社区的报道，而非株洲。',
  },
  {
    id: 'dang-jian-yin-ling',
    term: '党建引领',
    aliases: ['党建引领基层治理'],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '由党组织牵头带动，尤指带动基层治理',
    explanation_zh:
      '基层新闻里最常见的说法是“党建引领基层治理”：由社区、村的党组织牵头，把居民、物业、驻区单位和志愿者组织起来，把党组织的政治优势、组织优势转化为治理效能。株洲荷塘区阳光里社区由社区党总支牵头开发了服务居民的小程序。',
    explanation_en:
      'Most often met as “Party building leads grassroots governance”: the Party organisation of a community or village takes the lead and organises residents, property firms, local employers and volunteers, turning the Party’s political and organisational strengths into effective governance. In Zhuzhou’s Hetang district a community’s Party branch led the building of a residents’ service app.',
    english: { text: 'Party building leads (grassroots governance)', official: false },
    gloss_en: 'the local Party organisation takes the lead',
    related: ['hong-se-wu-ye', 'wang-ge-hua-guan-li', 'dang-qun-fu-wu-zhong-xin', 'zai-zhi-dang-yuan-jin-she-qu'],
    sources: [
      { url: 'https://www.hxw.gov.cn/content/2026/01/18/14852985.html', publisher: '红星网', date: '2026-01-19' },
    ],
    status: 'verified',
  },
  {
    id: 'zai-zhi-dang-yuan-jin-she-qu',
    term: '在职党员进社区',
    aliases: ['在职党员进小区'],
    scope: 'zhuzhou',
    category: 'party-building',
    gloss_zh: '在职党员到居住地社区、小区报到服务',
    explanation_zh:
      '机关和企事业单位的在职党员回到自己居住的社区报到，参加志愿服务、帮群众办实事。株洲多年开展“在职党员进社区”，后延伸为“在职党员进小区，服务群众办实事”，5000多名在职党员通过“株洲党建”小程序报到。',
    explanation_en:
      'Party members who work in government offices, state firms and institutions register with the community where they live and do volunteer work there. Zhuzhou ran it for years and then took it down to the housing-estate level; more than 5,000 members signed up through a Zhuzhou Party-building mini-app.',
    english: { text: 'working Party members go into communities', official: false },
    gloss_en: 'employed Party members volunteer where they live',
    related: ['dang-jian-yin-ling', 'wo-wei-qun-zhong-ban-shi-shi', 'chui-shao-bao-dao'],
    sources: [
      { url: 'https://siliu.net/p/0xqjjwlwdy.html', publisher: 'siliu.net（转载株洲城市基层党建报道）', note: 'reprint' },
      { url: 'https://www.beijing.gov.cn/zhengce/zcjd/zcwd/csbd', publisher: '首都之窗（北京市人民政府门户网站）' },
    ],
    status: 'partial',
    missing: 'the Zhuzhou figures come from an undated reprint; the year the campaign began is not known',
    missing_zh: '株洲的数字来自一篇未注日期的转载；活动开始的年份不详。',
  },
  {
    id: 'yi-an-cu-gai',
    term: '以案促改',
    aliases: ['以案促改促建促治'],
    scope: 'national',
    category: 'discipline',
    gloss_zh: '借查处的案件推动整改、堵塞漏洞',
    explanation_zh:
      '纪检监察用语：查办案件后，要求发案单位和地方对照案件暴露的问题整改、完善制度、教育干部，常扩展为“以案促改促建促治”。2024年湖南日报评论要求扎实抓好易鹏飞等案件的以案促改工作。',
    explanation_en:
      'A discipline-inspection term: after a case is dealt with, the unit and area where it happened must fix the problems it exposed, tighten rules and educate officials; the longer form adds building and governance. A 2024 Hunan Daily commentary called for this follow-up work on the case of Yi Pengfei and others.',
    english: { text: 'using cases to drive reform', official: false },
    gloss_en: 'fixing the loopholes a corruption case exposed',
    related: ['zheng-feng-su-ji', 'jing-shi-jiao-yu', 'quan-mian-cong-yan-zhi-dang'],
    sources: [
      { url: 'https://epaper.voc.com.cn/hnrb/html/2024-02/02/content_1671103.htm?div=-1', publisher: '湖南日报', date: '2024-02-02' },
    ],
    status: 'partial',
    missing: 'the cited commentary uses the phrase without defining it; what follows a case is described from general usage',
    missing_zh: '所引评论只使用了这一说法而未作解释；案后整改的内容是按一般用法概括的。',
  },
  {
    id: 'zheng-feng-su-ji',
    term: '正风肃纪',
    aliases: ['正风肃纪反腐'],
    scope: 'national',
    category: 'discipline',
    gloss_zh: '整顿作风、严肃纪律',
    explanation_zh:
      '纪检监察工作的概括说法，常与“反腐”连用为“正风肃纪反腐”，即纠治不良作风、执行党纪并查处腐败。湖南日报2024年评论说，上一年全省纪检监察机关“一刻不停正风肃纪反腐”，立案31207件。',
    explanation_en:
      'A summary of discipline-inspection work, often extended with “fight corruption”: correcting bad working habits, enforcing Party discipline and punishing graft. A 2024 Hunan Daily commentary said the province’s inspectors had kept this up without pause the year before, opening 31,207 cases.',
    english: { text: 'rectifying conduct and enforcing discipline', official: false },
    gloss_en: 'cleaning up officials’ conduct and enforcing discipline',
    related: ['si-feng', 'zhong-yang-ba-xiang-gui-ding', 'yi-an-cu-gai', 'jing-shi-jiao-yu'],
    sources: [
      { url: 'https://epaper.voc.com.cn/hnrb/html/2024-02/02/content_1671103.htm?div=-1', publisher: '湖南日报', date: '2024-02-02' },
    ],
    status: 'verified',
  },
  {
    id: 'jing-shi-jiao-yu',
    term: '警示教育',
    aliases: ['警示教育专题片'],
    scope: 'national',
    category: 'discipline',
    gloss_zh: '用反面案例提醒人守规矩，多指对党员干部的廉政教育',
    explanation_zh:
      '泛指用事故、案件等反面例子做的提醒教育（如交通安全警示教育）；政治新闻里多指组织党员干部观看以落马官员案件为素材的专题片等，提醒干部守纪守法。2024年湖南省纪委全会前，与会人员集中观看警示教育专题片《忠诚与背叛——2023湖南正风反腐警示录》，湖南卫视随后播出。',
    explanation_en:
      'Any lesson taught through bad examples such as accidents (road-safety warnings too); in political news it usually means officials watching documentaries built on the cases of disgraced cadres, so that bad examples keep them within the rules. Before Hunan’s provincial discipline commission plenum in 2024, delegates watched such a film on the province’s 2023 cases, which Hunan TV then broadcast.',
    english: { text: 'cautionary education', official: false },
    gloss_en: 'teaching by bad examples, mostly officials through corruption cases',
    related: ['yi-an-cu-gai', 'zheng-feng-su-ji', 'quan-mian-cong-yan-zhi-dang'],
    sources: [
      { url: 'https://epaper.voc.com.cn/hnrb/html/2024-02/02/content_1671103.htm?div=-1', publisher: '湖南日报', date: '2024-02-02' },
    ],
    status: 'verified',
  },
  {
    id: 'xin-shi-dai-wen-ming-shi-jian',
    term: '新时代文明实践',
    aliases: ['新时代文明实践中心', '新时代文明实践所', '新时代文明实践站'],
    scope: 'national',
    category: 'culture',
    gloss_zh: '基层宣传教育和志愿服务的阵地体系',
    explanation_zh:
      '在县设中心、乡镇设所、村和社区设站，以志愿服务为主要形式开展政策宣讲、移风易俗、文体活动等。株洲把“幸福屋场”建设与新时代文明实践工作结合，开展公益活动。',
    explanation_en:
      'A network of centres in counties, institutes in townships and stations in villages and urban communities that spread policy, promote new customs and run cultural activities, mostly through volunteers. Zhuzhou links its “happy hamlet” programme with this work to run public-benefit activities.',
    english: { text: 'civilisation practice in the new era', official: false },
    gloss_en: 'local centres for propaganda, volunteering and culture',
    related: ['xing-fu-wu-chang', 'she-hui-zhu-yi-he-xin-jia-zhi-guan', 'cun-gui-min-yue'],
    sources: [
      { url: 'https://szb.farmer.com.cn/2022/20221203/20221203_008/20221203_008_2.htm', publisher: '农民日报', date: '2022-12-03' },
    ],
    status: 'partial',
    missing: 'the three-level layout (county centre, township institute, village station) and the national start of the programme are recalled, not found in the cited page',
    missing_zh: '县中心、乡镇所、村站的三级布局和全国起始时间是凭记忆写的，所引页面没有提到。',
  },
  {
    id: 'cun-gui-min-yue',
    term: '村规民约',
    aliases: [],
    scope: 'national',
    category: 'rural',
    gloss_zh: '村民共同商定、自我约束的村规',
    explanation_zh:
      '村民共同讨论制定的村庄规矩，涉及公共秩序、环境卫生、红白喜事从简、邻里关系等，是村民自治和移风易俗的抓手。郴州苏仙区堆上村在一百多年的老村规基础上修订新村规，加入文明卫生村建设和村容整治的内容。',
    explanation_en:
      'Rules a village draws up together, covering public order, cleanliness, modest weddings and funerals and relations between neighbours; they are a tool of village self-government and of changing old customs. Duishang village in Chenzhou’s Suxian district revised its century-old rules to add sanitation and village tidying.',
    english: { text: 'village rules and regulations', official: false },
    gloss_en: 'rules a village agrees on for itself',
    related: ['xin-shi-dai-wen-ming-shi-jian', 'wu-chang-hui', 'xiang-cun-zhen-xing'],
    sources: [
      { url: 'https://hn.rednet.cn/content/2019/11/21/6250155.html', publisher: '红网', date: '2019-11-21' },
    ],
    status: 'verified',
  },
  {
    id: 'zhang-zhe-shi-tang',
    term: '长者食堂',
    aliases: ['老年食堂'],
    scope: 'national',
    category: 'livelihood',
    gloss_zh: '社区为老年人开的平价食堂',
    explanation_zh:
      '多由社区提供场地、专业机构或企业运营，政府补贴，给老人供应低盐少油的平价饭菜，优先照顾低保、特困、独居、失能等老人，行动不便的可送餐上门。常被列为社区的民生实事项目，株洲的老旧小区也在争取建设。',
    explanation_en:
      'A subsidised canteen, usually on community premises and run by a firm or service provider, that serves cheap, soft, low-salt meals to older residents, giving priority to the poor, the disabled and those living alone, with delivery for those who cannot come. It is often listed among a community’s livelihood projects; old estates in Zhuzhou are asking for one too.',
    english: { text: 'canteen for the elderly', official: false },
    gloss_en: 'a cheap community canteen for older people',
    reading: 'zhang zhe shi tang',
    related: ['yi-lao-yi-xiao', 'min-sheng-shi-shi', 'lao-jiu-xiao-qu-gai-zao'],
    sources: [
      { url: 'http://www.343836.com/2025/11/13/991466995.html', publisher: '岳阳日报（转载页）', date: '2025-11-13', note: 'reprint' },
      { url: 'https://m.gmw.cn/2025-03/19/content_1303995405.htm', publisher: '光明网（新华网图片报道，湘潭）', date: '2025-03-19' },
      { url: 'http://bk.zzlib.net:88/paper/evening/202309/395437.html', publisher: '株洲晚报（株洲图书馆数字报）', date: '2023-09' },
    ],
    status: 'verified',
  },
  {
    id: 'dang-qun-fu-wu-zhong-xin',
    term: '党群服务中心',
    aliases: ['小区党群服务中心', '社区党群服务中心'],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '村、社区、小区里党员和群众共用的服务与活动场所',
    explanation_zh:
      '把党员教育、居民议事、便民服务、老人活动和孩子课后学习等放在一处，是基层党组织联系群众的阵地，小区里常用物业用房改建。长沙县的村和社区还依托党群服务中心调解矛盾纠纷。',
    explanation_en:
      'A room or building in a village, community or housing estate where Party education, residents’ meetings, everyday services, activities for the elderly and after-school study share one place; it is where the local Party organisation meets residents, and estates often convert property-management rooms for it. In Changsha county villages and communities also use them to mediate disputes.',
    english: { text: 'Party and public service centre', official: false },
    gloss_en: 'a local centre run by the Party for residents',
    related: ['dang-jian-yin-ling', 'hong-se-wu-ye', 'zong-zhi-zhong-xin'],
    sources: [
      { url: 'http://bid.caigoupt.com/info-260118372.html', publisher: 'caigoupt.com（转载长沙天心区社区报道）', note: 'reprint' },
      { url: 'https://xingshashibao.icswb.com/newspaper_article-detail-1529017.html', publisher: '星沙时报' },
    ],
    status: 'verified',
  },
  {
    id: 'he-mei-xiang-cun',
    term: '宜居宜业和美乡村',
    aliases: ['和美乡村', '建设宜居宜业和美乡村'],
    scope: 'national',
    period: { from: 2022 },
    category: 'rural',
    gloss_zh: '宜于居住、宜于就业创业、和谐美好的乡村',
    explanation_zh:
      '党的二十大报告提出“建设宜居宜业和美乡村”，是全面推进乡村振兴中乡村建设的目标。比起此前的“美丽乡村”，它在好看之外还强调能就业、乡风和谐。',
    explanation_en:
      'The goal for rural construction set by the 20th Party Congress report in 2022 as part of rural revitalisation. Compared with the earlier “beautiful villages”, it asks for livelihoods and social harmony as well as good looks.',
    english: { text: 'harmonious and beautiful countryside that is desirable to live and work in', official: false },
    gloss_en: 'villages good to live and work in, harmonious and beautiful',
    related: ['mei-li-xiang-cun', 'xiang-cun-zhen-xing', 'qian-wan-gong-cheng', 'ce-suo-ge-ming'],
    sources: [
      { url: 'https://scholarmate.com/S/S6dGb4', publisher: 'scholarmate.com（期刊文章摘要）', date: '2023' },
    ],
    status: 'partial',
    missing: 'the contrast with “beautiful villages” (jobs and social harmony) is our reading, not found in the cited abstract',
    missing_zh: '与“美丽乡村”相比多出宜业、和美的说法是我们的解读，所引摘要中没有。',
  },
  {
    id: 'ding-ding-zi-jing-shen',
    term: '钉钉子精神',
    aliases: [],
    scope: 'national',
    category: 'ideology',
    gloss_zh: '像钉钉子那样一锤接一锤、抓到底的工作作风',
    explanation_zh:
      '政治讲话中的比喻：钉子不是一锤就能钉好的，要一锤一锤接着敲才能钉实钉牢，意思是认准的事要持续用力、不半途而废。党的二十大报告回顾十年来“以钉钉子精神纠治‘四风’”。',
    explanation_en:
      'A metaphor of political speech: a nail is not driven home with one blow but with blow after blow, so a task once chosen must be pursued steadily to the end. The 20th Party Congress report said the Party had fought the “four bad work styles” in this spirit for ten years.',
    english: { text: 'spirit of driving in a nail', official: false },
    gloss_en: 'keeping at a task, blow by blow, until it is done',
    reading: 'ding ding zi jing shen',
    related: ['si-feng', 'zheng-feng-su-ji'],
    sources: [
      { url: 'https://fx361.cc/page/2023/0515/21848140.shtml', publisher: 'fx361.cc（期刊文章转载）', date: '2023-05-15', note: 'reprint' },
      { url: 'http://hxycjt.com/wenContent.aspx?NewsID=410', publisher: 'hxycjt.com（转载襄阳政府微博评论）', note: 'reprint' },
    ],
    status: 'partial',
    missing: 'when and where Xi Jinping first used the image is not in a cited source',
    missing_zh: '习近平首次使用这一比喻的时间和场合，所引来源没有提到。',
  },
  {
    id: 'wu-chang-hui',
    term: '屋场会',
    aliases: [],
    scope: 'hunan',
    category: 'governance',
    gloss_zh: '在自然村落里干部和村民面对面商议事务的会',
    explanation_zh:
      '“屋场”是湖南对自然村落的叫法。衡阳市衡南县把屋场会做成制度，在群众家门口宣讲政策、听取意见、化解矛盾、商量发展，构建县、乡、屋场三级联动。',
    explanation_en:
      'A 屋场 is a natural hamlet in Hunan usage. Hengnan county in Hengyang made these meetings a system in which officials explain policy, hear opinions, settle quarrels and plan development on villagers’ doorsteps, linked across county, township and hamlet levels.',
    english: { text: 'hamlet meeting', official: false },
    gloss_en: 'a meeting of officials and villagers in the hamlet',
    reading: 'wu chang hui',
    related: ['ba-ba-hui', 'xing-fu-wu-chang', 'cun-gui-min-yue'],
    sources: [
      { url: 'https://www.163.com/dy/article/KKOPD2260521E31Q.html', publisher: '网易号（转载《湖南乡村振兴报告（2025）》）', date: '2025', note: 'reprint' },
    ],
    status: 'verified',
  },

  {
    id: 'jia-ting-yi-sheng-qian-yue-fu-wu',
    term: '家庭医生签约服务',
    aliases: ['家庭医生签约'],
    scope: 'national',
    period: { from: 2016 },
    category: 'livelihood',
    gloss_zh: '居民与基层医生团队签约，获得固定的基本医疗和健康管理',
    explanation_zh:
      '居民与社区卫生服务中心或乡镇卫生院的家庭医生团队签约，由其提供基本医疗和基本公共卫生服务，是分级诊疗的一项保障机制。2009年起探索，2016年全面推开，到2020年基本实现全覆盖，但也有签约率虚高、“只签不约”等问题。',
    explanation_en:
      'Residents sign up with a family-doctor team at a community health centre or township clinic, which then provides basic medical and public-health care; it underpins the tiered health-care system. Tried from 2009 and rolled out nationwide in 2016, it covered nearly everyone by 2020, though critics note inflated sign-up figures and contracts that bring no actual visits.',
    english: { text: 'contracted family doctor services', official: false },
    gloss_en: 'signing up with a local doctor team for routine care',
    related: ['jian-kang-zhong-guo', 'yi-lao-yi-xiao', 'yi-lian-ti'],
    sources: [
      { url: 'http://jizihe.com/page/2023/0407/20627915.shtml', publisher: 'jizihe.com（期刊文章转载）', date: '2023-04-07', note: 'reprint' },
      { url: 'http://zgkjsz.com/page/2022/0913/18933453.shtml', publisher: 'zgkjsz.com（期刊文章转载）', date: '2022-09-13', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'si-yi-liang-gong-kai',
    term: '四议两公开',
    aliases: [],
    scope: 'national',
    category: 'rural',
    gloss_zh: '村里重大事项先经四道商议、再两次公开的决策程序',
    explanation_zh:
      '村级重大事务的决策办法：村党组织提议、村“两委”商议、党员大会审议、村民代表会议决议，然后决议公开、实施结果公开。修路、处置集体土地、发放补贴等事项都要走这个程序，避免少数人说了算。',
    explanation_en:
      'The procedure for major village decisions: the village Party organisation proposes, the two village committees discuss, the Party members’ meeting reviews and the villagers’ representatives decide; then the decision and the result of carrying it out are both made public. Road building, disposal of collective land and payment of subsidies all go through it, so that a few people cannot decide alone.',
    english: { text: 'four deliberations and two disclosures', official: false },
    gloss_en: 'four rounds of discussion and two public notices for village decisions',
    items: [
      { zh: '村党组织提议', en: 'the village Party organisation proposes' },
      { zh: '村“两委”商议', en: 'the two village committees discuss' },
      { zh: '党员大会审议', en: 'the Party members’ meeting reviews' },
      { zh: '村民代表会议决议', en: 'the villagers’ representatives decide' },
      { zh: '决议公开', en: 'the decision is made public' },
      { zh: '实施结果公开', en: 'the result is made public' },
    ],
    related: ['liang-wei', 'cun-gui-min-yue', 'wu-chang-hui'],
    sources: [
      { url: 'https://m.sboyo.com/1/1397053.html', publisher: 'sboyo.com（问答解释页）' },
    ],
    status: 'partial',
    missing: 'the items come from an unofficial explainer page; where and when the method began and which document adopted it are not verified',
    missing_zh: '各项内容取自一个非官方的解释页面；这一办法的起源地、起始时间和采纳它的文件都没有核实。',
  },
  {
    id: 'men-qian-shi-xiao',
    term: '门前十小',
    aliases: ['家前十小', '门前十小工程'],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '湖南在村和社区家门口配齐的十样小型文化设施和队伍',
    explanation_zh:
      '湖南推进城乡公共文化服务的工程，要求在村、社区因地制宜、经济适用地建好十个“小”：小广场、小书屋、小戏台、小讲堂等设施，以及乡风文明理事小组和业余文艺、文旅志愿两支小队伍。它也是评选村（社区）级“最美潇湘文化阵地”的标准，攸县的“门前十小”建设工程入选2024年公示的全省文旅公共服务优秀品牌拟命名名单。',
    explanation_en:
      'A Hunan programme for public culture in villages and urban communities: ten “small” things on the doorstep, built cheaply to suit the place, from a small square, reading room, stage and lecture hall to a civility council and two small teams of amateur performers and culture-and-tourism volunteers. It is the yardstick for village-level “most beautiful Xiaoxiang cultural venues”, and Youxian county’s version was shortlisted in 2024 among the province’s best public-culture brands.',
    english: { text: 'ten small things on the doorstep', official: false },
    gloss_en: 'ten small cultural facilities and teams for every village',
    items: [
      { zh: '小广场', en: 'a small square' },
      { zh: '小书屋', en: 'a small reading room' },
      { zh: '小戏台', en: 'a small stage' },
      { zh: '小讲堂', en: 'a small lecture hall' },
      { zh: '小法制宣传栏', en: 'a small legal-information board' },
      { zh: '小体育健身设施', en: 'a small set of fitness equipment' },
      { zh: '小型数字文化服务设备', en: 'small digital culture equipment' },
      { zh: '乡风文明理事小组', en: 'a small village civility council' },
      { zh: '小业余文艺队伍', en: 'a small amateur performing team' },
      { zh: '小文旅志愿服务队伍', en: 'a small culture-and-tourism volunteer team' },
    ],
    related: ['zui-mei-xiao-xiang-wen-hua-zhen-di', 'xin-shi-dai-wen-ming-shi-jian', 'xing-fu-wu-chang'],
    sources: [
      { url: 'http://bbs.anrenzx.com/archiver/showtopic-11865.aspx', publisher: '安仁县论坛（转载红网报道）', date: '2021-12-24', note: 'reprint' },
      { url: 'http://www.syxwnet.com/p/229593.html', publisher: '邵阳新闻网（转载文旅湖南）', date: '2023-02-19', note: 'reprint' },
      { url: 'https://cstexun.com/article/2463.html', publisher: 'cstexun.com（转载湖南省文化和旅游厅公示）', date: '2024-01-15', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'zui-mei-xiao-xiang-wen-hua-zhen-di',
    term: '最美潇湘文化阵地',
    aliases: [],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '湖南每年评选命名的优秀基层公共文化场所',
    explanation_zh:
      '湖南省文化和旅游厅每年命名20个乡镇（街道）级和50个村（社区）级“最美潇湘文化阵地”。乡镇级的标配包括常设免费服务项目不少于5项、每周免费开放不少于48小时、连续两年以上的特色品牌活动不少于3个；村级要建成“门前十小”。株洲天元区嵩山街道、醴陵市白兔潭镇的综合文化站列入了2021年的拟命名名单。',
    explanation_en:
      'Each year Hunan’s culture and tourism department names 20 township-level and 50 village-level “most beautiful Xiaoxiang cultural venues”. A township venue needs at least five standing free services, at least 48 free opening hours a week and at least three local brand activities held for two years or more; a village venue must have the “ten small things”. Culture stations in Zhuzhou’s Songshan subdistrict and in Baitutan, Liling, were on the 2021 shortlist.',
    english: { text: 'most beautiful Xiaoxiang cultural venue', official: false },
    gloss_en: 'a Hunan award for the best local culture centres',
    related: ['men-qian-shi-xiao', 'xin-shi-dai-wen-ming-shi-jian'],
    sources: [
      { url: 'http://bbs.anrenzx.com/archiver/showtopic-11865.aspx', publisher: '安仁县论坛（转载红网报道）', date: '2021-12-24', note: 'reprint' },
      { url: 'http://www.syxwnet.com/p/229593.html', publisher: '邵阳新闻网（转载文旅湖南）', date: '2023-02-19', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'kong-xin-fang',
    term: '空心房',
    aliases: ['空心房整治'],
    scope: 'hunan',
    category: 'rural',
    gloss_zh: '农村长期闲置、无人居住的旧房',
    explanation_zh:
      '湖南农村常见的说法，指长期闲置、无人居住的房屋，既影响村容村貌，又有安全隐患。各地开展“空心房”整治，拆旧后复垦复绿或建公园、文化广场，衡阳衡山县2019年就拆除了3900余栋。',
    explanation_en:
      'Hunan’s word for rural houses left empty for years: they spoil the look of a village and can be dangerous. Counties run clearance campaigns that pull them down and turn the land back into fields, greenery, parks or village squares; Hengshan county in Hengyang demolished more than 3,900 in 2019.',
    english: { text: 'hollow (abandoned) houses', official: false },
    gloss_en: 'empty, abandoned houses in villages',
    related: ['nong-cun-ren-ju-huan-jing-zheng-zhi', 'mei-li-xiang-cun', 'zeng-jian-gua-gou'],
    sources: [
      { url: 'https://news.sina.com.cn/o/2019-09-23/doc-iicezueu7679138.shtml', publisher: '新浪新闻（转载湖南日报）', date: '2019-09-23', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'guo-kong-duan-mian',
    term: '国控断面',
    aliases: [],
    scope: 'national',
    category: 'ecology',
    gloss_zh: '国家监测网中的河流水质监测点位',
    explanation_zh:
      '“断面”是河流、湖库上固定的水质采样监测点位；由国家监测网考核的叫国控断面，省里的叫省控断面，水质按Ⅰ至劣Ⅴ类评价。株洲2021年的地表水月报列有马家河（霞湾）等6个国控断面。',
    explanation_en:
      'A 断面 is a fixed sampling point on a river, lake or reservoir where water quality is monitored; those in the national network are “nationally controlled”, those in the provincial network provincially controlled, and water is graded from class I to worse than class V. Zhuzhou’s 2021 surface-water bulletin lists six national points such as Majiahe (Xiawan).',
    english: { text: 'national water-quality monitoring section', official: false },
    gloss_en: 'a river monitoring point checked by the national network',
    related: ['he-zhang-zhi', 'wu-ran-fang-zhi-gong-jian-zhan', 'lan-tian-bi-shui-jing-tu'],
    sources: [
      { url: 'http://sthjj.zhuzhou.gov.cn/c7766/20210318/i1673411.html', publisher: '株洲市生态环境局', date: '2021-03-18' },
      { url: 'http://sthjt.hunan.gov.cn/sthjt/xxgk/zdly/hjjc/hjzl/shjzl/dbs/201801/t20180117_4927939.html', publisher: '湖南省生态环境厅', date: '2018-01-17' },
    ],
    status: 'partial',
    missing: 'the cited bulletins use the terms without defining them; the definition of a monitoring section is general knowledge',
    missing_zh: '所引监测报告只使用这些说法而未作定义；“断面”的含义是按一般常识解释的。',
  },
  {
    id: '12345-re-xian',
    term: '12345热线',
    aliases: ['12345政务服务便民热线', '12345市长热线', '市长热线'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '政府统一的非紧急求助、投诉和咨询电话',
    explanation_zh:
      '各地把分散的政务服务热线整合成一个号码12345，受理咨询、求助、投诉和建议，按责转办、限时办结并回访督办。株洲2023年6月印发12345热线全流程闭环工作机制，常规诉求即交即办，复杂问题会商或由市领导交办。',
    explanation_en:
      'Local governments merge their many service lines into one number, 12345, for non-emergency questions, requests for help, complaints and suggestions, which are passed to the responsible office with a deadline and then followed up. In June 2023 Zhuzhou issued a closed-loop procedure for the line: routine calls are assigned at once, while harder cases go to joint consultation or to city leaders.',
    english: { text: '12345 government service hotline', official: false },
    gloss_en: 'the government’s one-number hotline for help and complaints',
    related: ['fang-guan-fu', 'ji-nan-chou-pan', 'zong-zhi-zhong-xin'],
    sources: [
      { url: 'http://www.cisg.org.cn/index.php?c=show&id=940', publisher: '株洲市人民政府12345市长热线服务中心（刊于cisg.org.cn）', date: '2025-12-05' },
      { url: 'https://www.wugang.gov.cn/wugang/wgrxjj/12345_jj.shtml', publisher: '武冈市人民政府' },
    ],
    status: 'verified',
  },
];
