import type { GlossaryEntry, Source } from '../types';

/*
 * Society: education, health and medical insurance, elderly care and civil affairs, culture and
 * sport, transport and urban management, emergency management and work safety.
 *
 * How these terms were chosen: a list of about 90 candidates was drawn up from what local Zhuzhou
 * and Hunan news says about schools, hospitals, care homes, village culture, roads, city streets
 * and safety campaigns (county-run teachers, medical communities, village galas, coach and tanker
 * monitoring, fire checks of small premises…). Each candidate was checked against the glossary
 * and CC-CEDICT by a script; those already explained, ordinary dictionary words, names of
 * organisations, places and events, and phrases a learner can read word by word were dropped.
 * The rest were searched in stored public web pages (about 75 queries in Chinese, national and
 * Hunan/Zhuzhou, none of them a page the real-news bench measures). A term was kept when the
 * pages showed it recurring in news or government text and at least one page said what it
 * means; candidates whose meaning no page gave (两定机构, 家庭养老床位, 15分钟健康圈, 五大中心,
 * 育儿补贴, 普惠托育, 路长制, 研学旅行…) were left out; 预警叫应 is kept as partial, since no
 * page read explains its steps or Hunan's “631” version. Meanings come from the pages cited
 * under each entry; wording is ours.
 */

const HUNAN_JTT_LIANGKE_2021: Source = {
  url: 'http://jtt.hunan.gov.cn/jtt/jjzdgz/aqsc/hmd/202111/t20211109_21027506.html',
  publisher: '湖南省交通运输厅',
  date: '2021-11-09',
};

const COUNTY_MEDICAL_2022: Source = {
  url: 'https://m.fx361.cc/news/2022/0301/18710637.html',
  publisher: '成都行政学院学报（fx361转载）',
  date: '2022-03-01',
  note: 'reprint of a journal article on tight county medical communities',
};

/** Education, health, care, culture, transport and safety jargon of local news. */
export const SOCIETY_A: readonly GlossaryEntry[] = [
  // ── Education ──
  {
    id: 'xian-guan-xiao-pin',
    term: '县管校聘',
    aliases: ['县管校聘管理改革'],
    scope: 'national',
    period: { from: 2014 },
    category: 'livelihood',
    gloss_zh: '义务教育教师由县统一管理、由学校按岗竞聘使用',
    explanation_zh:
      '2014年教育部等部门关于推进县域内义务教育学校校长教师交流轮岗的意见首次提出“县管校聘”：教师由县级教育部门统筹管理，学校按岗位聘用，打破教师“一校定终身”，推动城镇教师到乡村和薄弱学校交流。2015、2017年教育部先后确定示范区，“十四五”规划纲要要求推进这一改革；株洲渌口区2025年推行后，教师通过竞聘跨校任教、“走教”。',
    explanation_en:
      'First named in a 2014 Ministry of Education paper on rotating principals and teachers within a county: the county education bureau manages teachers as one pool and schools hire them into posts, so a teacher no longer stays at one school for life and town teachers can be moved to rural and weaker schools. Pilot districts followed in 2015 and 2017 and the 14th Five-Year Plan outline calls for the reform; in Zhuzhou’s Lukou District, which adopted it in 2025, teachers now compete for posts and some teach at two schools.',
    english: { text: 'county management, school hiring (of teachers)', official: false },
    gloss_en: 'teachers belong to a county pool and are hired into posts by schools',
    related: ['ji-tuan-hua-ban-xue', 'te-gang-ji-hua', 'yin-ling-jiang-xue-ji-hua'],
    sources: [
      { url: 'https://m.fx361.cc/news/2022/0929/18943080.html', publisher: '教育与经济（fx361转载）', date: '2022-09-29', note: 'reprint of a journal article' },
      { url: 'http://jizihe.com/page/2022/0317/18905348.shtml', publisher: 'jizihe.com（期刊文章转载）', date: '2022-03-17', note: 'reprint of a journal article' },
      { url: 'https://edu.rednet.cn/content/646045/99/15599323.html', publisher: '红网', date: '2026-01-07' },
    ],
    status: 'verified',
  },
  {
    id: 'ji-tuan-hua-ban-xue',
    term: '集团化办学',
    aliases: ['教育集团化'],
    scope: 'national',
    category: 'livelihood',
    gloss_zh: '以一所优质学校为龙头，联合多所学校组成教育集团共同办学',
    explanation_zh:
      '以一所名校为龙头，把地域相近、水平不一的若干学校组成教育联合体，统筹师资、课程和管理，共同发展。它是推动义务教育从基本均衡走向优质均衡、让薄弱学校分享名校资源的常用办法，也有人批评它稀释了优质资源。',
    explanation_en:
      'A well-regarded school leads a group of nearby schools of uneven quality, sharing teachers, curricula and management so that the weaker ones improve. It is a common way to move compulsory education from basic to high-quality balance, though critics say it spreads the good school’s resources too thin.',
    english: { text: 'group-based school running', official: false },
    gloss_en: 'a strong school leads a group of weaker schools run together',
    related: ['xian-guan-xiao-pin'],
    sources: [
      { url: 'https://scholarmate.com/S/gLvyvb', publisher: '科研之友（期刊摘要）' },
      { url: 'https://scholarmate.com/S/lNwmgc', publisher: '科研之友（期刊摘要）' },
      { url: 'http://zgkjsz.com/page/2022/1130/20699394.shtml', publisher: 'zgkjsz.com（期刊文章转载）', date: '2022-11-30', note: 'reprint of a journal article' },
    ],
    status: 'verified',
  },
  {
    id: 'fu-rong-xue-xiao',
    term: '芙蓉学校',
    aliases: [],
    scope: 'hunan',
    period: { from: 2017 },
    category: 'livelihood',
    gloss_zh: '湖南在贫困县新建、主要招收农村和贫困家庭孩子的义务教育学校',
    explanation_zh:
      '2017年湖南启动芙蓉学校建设，先支持武陵山、罗霄山片区等40个贫困县建43所，2019年又增建57所乡镇芙蓉学校，共100所，以寄宿制义务教育学校为主，主要面向农村和贫困家庭招生。学校统一命名、统一标准，配有体育馆、运动场、各类专业教室和教师周转房。',
    explanation_en:
      'Launched in 2017, the programme built 100 state boarding schools for compulsory education: first 43 in 40 poor counties of the Wuling and Luoxiao mountain areas, then 57 more in townships from 2019. They share one name and one standard, with sports halls, specialist classrooms and staff housing, and take mainly rural children and children of poor families.',
    english: { text: 'Furong (Hibiscus) Schools', official: false },
    gloss_en: 'Hunan’s new boarding schools for children of poor counties',
    related: ['jian-dang-li-ka', 'jing-zhun-fu-pin'],
    sources: [
      { url: 'http://hunan.gov.cn/hnszf/xxgk/tjzw/tjzc/202001/t20200115_11155176.html', publisher: '湖南省人民政府门户网站', date: '2020-01-15' },
      { url: 'https://www.fx361.cc/page/2020/0605/7038600.shtml', publisher: '科教新报（fx361转载）', date: '2020-06-05', note: 'reprint' },
      { url: 'https://hunan.voc.com.cn/mobile/article/202012/202012070819515149.html', publisher: '华声在线', date: '2020-12-07' },
      { url: 'https://mowenys.com/jiaoyu/20180524/19399.html', publisher: '转载（湖南省政府新闻发布会报道）', date: '2018-05-24', note: 'mirror of a report on a Hunan government press conference' },
    ],
    status: 'verified',
  },
  {
    id: 'gong-min-tong-zhao',
    term: '公民同招',
    aliases: [],
    scope: 'national',
    period: { from: 2018 },
    category: 'livelihood',
    gloss_zh: '公办学校与民办学校同步报名、同步录取',
    explanation_zh:
      '义务教育阶段的公办和民办学校同步登记报名、同步招生录取、同步注册学籍，民办学校不得考试选拔，报名超过计划的实行电脑随机录取。上海2018年率先实行，2019年中共中央、国务院关于义务教育质量的意见把它定为全国政策，用来遏制民办学校“掐尖招生”和择校热。',
    explanation_en:
      'State and private schools in compulsory education register, admit and enrol pupils on the same timetable; private schools may not test applicants and must hold a computer lottery when oversubscribed. Shanghai began it in 2018 and a 2019 central document on compulsory education made it national policy, to stop private schools creaming off the best pupils.',
    english: { text: 'simultaneous enrolment of public and private schools', official: false },
    gloss_en: 'public and private schools enrol together, by lottery if full',
    related: ['shuang-jian'],
    sources: [
      { url: 'http://sscp.cssn.cn/xkpd/jyx_20174/202109/t20210910_5358500.html', publisher: '中国社会科学网', date: '2021-09-10' },
      { url: 'https://comemg.com/a/xin-zheng-gong-ban-xue-xiao-min-ban-xue-xiao-tong-bu-zhao-sheng-dao-di-you-shi-yao-ying-xiang.html', publisher: '报纸报道（转载）', note: 'reprint of a 2020 newspaper report; paper and date not shown' },
      { url: 'https://legal-theory.org/?mod=info&act=view&id=26019', publisher: '东方法学（法学理论网转载）', date: '2021-08-25' },
    ],
    status: 'verified',
  },
  {
    id: 'yin-ling-jiang-xue-ji-hua',
    term: '银龄讲学计划',
    aliases: [],
    scope: 'national',
    period: { from: 2018 },
    category: 'livelihood',
    gloss_zh: '招募退休优秀教师到农村学校讲学的国家计划',
    explanation_zh:
      '2018年教育部、财政部印发实施方案，面向社会招募退休校长、教研员、特级教师和高级教师，到农村义务教育学校任教讲学，首期计划到2020年招募1万人。2023年又扩展为《国家银龄教师行动计划》，已累计招募2万余名中小学退休教师。',
    explanation_en:
      'Since 2018 the Ministry of Education and the Ministry of Finance have recruited retired principals, teaching researchers and senior teachers to teach in rural schools, aiming at 10,000 by 2020. In 2023 it grew into a national action plan for retired teachers, and more than 20,000 have taken part.',
    english: { text: 'Silver-Age Teaching Programme', official: false },
    gloss_en: 'retired teachers sent to teach in rural schools',
    related: ['xian-guan-xiao-pin', 'yin-fa-jing-ji'],
    sources: [
      { url: 'http://www.fan-ex.com/shiping/jysp/2038712.html', publisher: '泉州晚报（转载）', date: '2018-07-30', note: 'mirror of a Minnan Net reprint' },
      { url: 'http://nyncw.cq.gov.cn/zwxx_161/ywxx/202502/t20250218_14316198_wap.html', publisher: '重庆市农业农村委员会', date: '2025-02-18' },
      { url: 'https://yybnet.net/news/china/201909/9599712.html', publisher: '中新社（转载）', date: '2019-09', note: 'mirror of a China News Service photo report' },
    ],
    status: 'verified',
  },
  {
    id: 'da-si-zheng-ke',
    term: '大思政课',
    aliases: [],
    scope: 'national',
    period: { from: 2021 },
    category: 'ideology',
    gloss_zh: '把学校思政课同社会实践和现实生活结合起来的育人格局',
    explanation_zh:
      '2021年3月习近平看望全国政协医药卫生界、教育界委员时说，“大思政课”我们要善用之，一定要跟现实结合起来。2022年7月教育部等十部门印发全面推进“大思政课”建设的工作方案，要求把思政小课堂同社会大课堂结合，建设实践教学基地。',
    explanation_en:
      'In March 2021 Xi Jinping said the “big ideological and political course” should be used well and tied to real life, and in July 2022 ten ministries issued a plan to build it. Schools link classroom political education with a “big social classroom” of visits, practice bases and current events.',
    english: { text: 'the big ideological and political course', official: false },
    gloss_en: 'political education that takes the classroom out into society',
    related: [],
    sources: [
      { url: 'http://www.bjcipt.com/Item/32137.aspx', publisher: '教学与研究（转载）', date: '2023', note: 'reprint of a journal article' },
      { url: 'https://m.fx361.cc/news/2024/0704/24476793.html', publisher: 'fx361（期刊文章转载）', date: '2024-07-04', note: 'reprint of a journal article' },
      { url: 'http://www.pishu.com.cn/skwx_ps/ps/literature?ID=16351962&SiteID=14', publisher: '皮书数据库（摘要）' },
    ],
    status: 'verified',
  },
  {
    id: 'fa-zhi-fu-xiao-zhang',
    term: '法治副校长',
    aliases: [],
    scope: 'national',
    category: 'rule-of-law',
    gloss_zh: '由政法机关人员在中小学兼任的副校长',
    explanation_zh:
      '由法院、检察院、公安机关或司法行政部门推荐或委派，经教育部门或学校聘任，在中小学兼任副校长，协助开展法治教育、学生保护、安全管理和预防犯罪等工作。教育部《中小学法治副校长聘任与管理办法》自2022年5月1日施行，要求每所中小学至少配备1名，优先配给偏远、农村和薄弱学校。',
    explanation_en:
      'A judge, prosecutor, police officer or justice official appointed as a part-time vice-principal of a primary or secondary school, helping with legal education, pupil protection, safety and crime prevention. Ministry of Education rules in force from 1 May 2022 require at least one in every school, remote, rural and weak schools first.',
    english: { text: 'vice-principal for the rule of law', official: false },
    gloss_en: 'a judge, prosecutor or police officer serving as a school’s part-time vice-principal',
    related: [],
    sources: [
      { url: 'http://news.fjsen.com/wap/2022-02/17/content_30962566.htm', publisher: '中国新闻网（东南网转载）', date: '2022-02-17' },
      { url: 'https://fx361.cc/page/2022/0516/11863631.shtml', publisher: 'fx361（期刊文章转载）', date: '2022-05-16', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'te-gang-ji-hua',
    term: '特岗计划',
    aliases: ['特岗教师', '农村义务教育阶段学校教师特设岗位计划'],
    scope: 'national',
    period: { from: 2006 },
    category: 'livelihood',
    gloss_zh: '中央财政出钱招聘高校毕业生到农村学校任教的特设岗位计划',
    explanation_zh:
      '全称“农村义务教育阶段学校教师特设岗位计划”，2006年由教育部等四部门启动，中央财政设专项资金支付工资，公开招聘高校毕业生到中西部县以下农村学校任教，聘期一般3年。被招聘者称“特岗教师”，这一计划已成为农村学校补充教师的主要渠道之一。',
    explanation_en:
      'Started in 2006 by four central agencies, the plan pays college graduates from a central fund to teach, usually for three years, in rural schools below county level in central and western China. Those hired are called special-post teachers, and the plan has become a main way of staffing rural schools.',
    english: { text: 'Special Post Plan for rural teachers', official: false },
    gloss_en: 'centrally paid posts for graduates teaching in rural schools',
    related: ['xian-guan-xiao-pin', 'gong-fei-ding-xiang-shi-fan-sheng'],
    sources: [
      { url: 'https://twwiki.net/wiki/kvo3eyj8706g0ym.html', publisher: '台湾Wiki（百科镜像）', note: 'mirror of an encyclopedia article' },
      { url: 'http://wap.manyoumao.com/zige/2462900.html', publisher: 'manyoumao.com（问答）' },
    ],
    status: 'verified',
  },
  {
    id: 'kong-chuo-bao-xue',
    term: '控辍保学',
    aliases: [],
    scope: 'national',
    category: 'livelihood',
    gloss_zh: '控制学生辍学，保证适龄儿童少年都完成义务教育',
    explanation_zh:
      '即控制中小学生辍学、保障适龄儿童少年接受义务教育，是巩固九年义务教育的基础工作。它也被当作阻断贫困代际传递的教育扶贫措施，政策大致经历了“多点发力”“全面部署”“集中攻坚”三个阶段。',
    explanation_en:
      'Keeping pupils from dropping out and making sure every child of school age completes compulsory education. It is basic work for nine-year schooling and also a poverty-relief measure, meant to stop poverty passing to the next generation, and has moved from scattered efforts to a concentrated national push.',
    english: { text: 'controlling dropouts to keep children in school', official: false },
    gloss_en: 'keep pupils from dropping out of compulsory schooling',
    related: ['liang-bu-chou-san-bao-zhang', 'jing-zhun-fu-pin'],
    sources: [
      { url: 'https://freewechat.com/a/MzI2MDYwNjE4Mg==/2247484989/1', publisher: '教育与经济（公众号转载）', date: '2022-06-09', note: 'reprint of a journal article' },
    ],
    status: 'verified',
  },
  {
    id: 'gong-fei-ding-xiang-shi-fan-sheng',
    term: '公费定向师范生',
    aliases: ['农村小学教师公费定向培养计划'],
    scope: 'hunan',
    period: { from: 2006 },
    category: 'livelihood',
    gloss_zh: '湖南公费培养、毕业后回农村小学任教的师范生',
    explanation_zh:
      '湖南从2006年起由师范学校招收优秀初中毕业生，为乡镇以下农村小学定向培养五年制专科教师，后又增加高中起点本科层次和农村小学男教师专项。学生在校期间的学费、住宿费等由省财政承担，毕业后按协议回定向县市区的农村小学任教，本科层次不少于8年，专科层次不少于5年。',
    explanation_en:
      'Since 2006 Hunan has trained teachers for village primary schools at public expense: first five-year college courses for pupils leaving junior high, later four-year degrees for high-school graduates and a scheme for male teachers. The province pays tuition and board, and graduates must teach in the rural schools of the county that sponsored them, at least eight years for degree holders and five for the others.',
    english: { text: 'publicly funded, locally committed student teachers', official: false },
    gloss_en: 'student teachers trained free in return for years in village schools',
    related: ['te-gang-ji-hua'],
    sources: [
      { url: 'https://soolun.net/periodical/2cc0fffc36868541b27a1a9f2e5db69a.html', publisher: 'soolun.net（期刊摘要）' },
      { url: 'http://gzmpin.com/zwgkyd/2016zsxx/201606/b08f29fdce764985951c7aa8d10c240a.shtml', publisher: '长沙晚报（转载）', date: '2016-06-01', note: 'mirror of a Changsha Evening News report' },
      { url: 'http://jizihe.com/page/2016/0929/8998869.shtml', publisher: 'jizihe.com（转载）', date: '2016-09-29', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'ti-jiao-rong-he',
    term: '体教融合',
    aliases: [],
    scope: 'national',
    period: { from: 2020 },
    category: 'culture',
    gloss_zh: '体育和教育部门合力促进青少年体育与健康',
    explanation_zh:
      '2020年4月中央全面深化改革委员会审议通过、同年9月国家体育总局和教育部印发《关于深化体教融合促进青少年健康发展的意见》，要求树立健康第一的教育理念，让文化学习和体育锻炼协调发展。它包括加强学校体育、完善青少年体育赛事体系、改进体育后备人才培养，是对过去“体教结合”的深化。',
    explanation_en:
      'A 2020 policy, approved by the central reform commission in April and issued by the sports administration and the Ministry of Education in September, that puts health first and asks schools and sports bodies to work together. It means more school sport, a fuller youth competition system and better training of young athletes who also study, deepening the older approach of merely combining the two sectors.',
    english: { text: 'integration of sports and education', official: false },
    gloss_en: 'schools and sports bodies working together on youth sport and health',
    related: ['shi-wu-fen-zhong-jian-shen-quan', 'jian-kang-zhong-guo'],
    sources: [
      { url: 'https://m.fx361.cc/news/2021/0609/11497682.html', publisher: '沈阳体育学院学报（fx361转载）', date: '2021-06-09', note: 'reprint of a journal article' },
      { url: 'https://m.fx361.cc/news/2020/1217/7350349.html', publisher: '体育学刊（fx361转载）', date: '2020-12-17', note: 'reprint of a journal article' },
      { url: 'https://m.fx361.cc/news/2021/0120/11531550.html', publisher: '体育科学（fx361转载）', date: '2021-01-20', note: 'reprint of a journal article' },
    ],
    status: 'verified',
  },
  {
    id: 'wu-xiang-guan-li',
    term: '五项管理',
    aliases: [],
    scope: 'national',
    period: { from: 2021 },
    category: 'livelihood',
    gloss_zh: '中小学生作业、睡眠、手机、读物和体质管理',
    explanation_zh:
      '2021年1至4月教育部先后印发文件，对中小学生的手机、睡眠、读物、作业和体质管理作出规定，合称“五项管理”。例如学生手机原则上不得带入校园，小学生每天睡眠应达10小时、初中生9小时、高中生8小时，小学一二年级不布置书面家庭作业，与“双减”一起推进。',
    explanation_en:
      'Five sets of rules the Ministry of Education issued between January and April 2021 on pupils’ mobile phones, sleep, reading matter, homework and physical fitness. For example, phones are in principle kept out of school, primary pupils should sleep 10 hours a day, junior secondary pupils 9 and senior secondary pupils 8, and the first two primary grades get no written homework; the rules go together with the double reduction policy.',
    english: { text: 'the five areas of management', official: false },
    gloss_en: 'rules on pupils’ homework, sleep, phones, reading and fitness',
    items: [
      { zh: '作业管理', en: 'homework' },
      { zh: '睡眠管理', en: 'sleep' },
      { zh: '手机管理', en: 'mobile phones' },
      { zh: '读物管理', en: 'reading matter' },
      { zh: '体质管理', en: 'physical fitness' },
    ],
    related: ['shuang-jian'],
    sources: [
      { url: 'http://www.tsqs.gov.cn/info/5624/53342.htm', publisher: '地方教育局（政府网站）', date: '2021-07-19' },
      { url: 'https://www.nongjiao.com/news/read-19213.html', publisher: '农交网', date: '2021-09-08' },
      { url: 'http://www.wlisports.com/nd.jsp?id=68&fromMid=574', publisher: '转载（教育部介绍“五项管理”）', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'qiang-ji-ji-hua',
    term: '强基计划',
    aliases: [],
    scope: 'national',
    period: { from: 2020 },
    category: 'livelihood',
    gloss_zh: '一流高校选拔培养基础学科拔尖学生的招生改革',
    explanation_zh:
      '即基础学科招生改革试点，教育部2020年1月印发意见，自2020年起在部分一流大学建设高校实施，同时不再组织高校自主招生。重点在数学、物理、化学、生物及历史、哲学、古文字学等专业招生，录取以高考成绩为主、占比不低于85%，2022年试点高校增至39所，湖南大学名列其中。',
    explanation_en:
      'The pilot admissions reform for basic disciplines announced by the Ministry of Education in January 2020, which replaced the old independent admissions of universities. Selected top universities recruit students for mathematics, physics, chemistry, biology, history, philosophy, ancient scripts and similar fields, with the national exam score counting for at least 85 per cent; in 2022 there were 39 such universities, Hunan University among them.',
    english: { text: 'Strengthening Basic Disciplines Plan', official: false },
    gloss_en: 'top universities’ special admissions for maths, science and humanities talent',
    related: ['jiao-yu-qiang-guo'],
    sources: [
      { url: 'https://fx361.cc/page/2020/0413/6566033.shtml', publisher: 'fx361（期刊文章转载）', date: '2020-04-13', note: 'reprint' },
      { url: 'https://m.gengsan.com/gaokao/news41109781201.html', publisher: '转载（2023年强基计划报道）', date: '2023', note: 'reprint' },
      { url: 'https://m.163.com/news/article/I35JQSLQ05561LGU.html', publisher: '网易号（转载）', date: '2023' },
    ],
    status: 'verified',
  },
  // ── Health and medical insurance ──
  {
    id: 'jin-mi-xing-xian-yu-yi-gong-ti',
    term: '紧密型县域医共体',
    aliases: ['紧密型医共体', '县域医共体', '紧密型县域医疗卫生共同体', '县域医疗卫生共同体', '县域医疗共同体'],
    scope: 'national',
    period: { from: 2019 },
    category: 'livelihood',
    gloss_zh: '县级医院牵头、县乡村医疗机构统一管理的医疗共同体',
    explanation_zh:
      '2017年国办推进医联体建设时提出在县域组建医疗共同体，2019年国家卫生健康委等发文推进“紧密型”县域医共体：以县级医院为龙头，把乡镇卫生院、村卫生室纳入一体，人财物统一管理、分工协作、信息共享。目标常概括为“县级强、乡级活、村级稳、上下联、信息通”，让多数病在县内看好。',
    explanation_en:
      'A 2017 State Council office paper on medical alliances asked counties to form medical communities, and from 2019 the national health commission pushed “tight” ones: the county hospital leads, and township health centres and village clinics join it under one management of staff, money and equipment. The stated goal is strong county hospitals, lively township centres and stable village clinics linked by shared information, so that most illnesses are treated inside the county.',
    english: { text: 'tight county medical community', official: false },
    gloss_en: 'county hospital, township centres and village clinics run as one',
    related: ['yi-lian-ti', 'fen-ji-zhen-liao', 'qian-xian-gong-cheng', 'san-yi-lian-dong'],
    sources: [
      COUNTY_MEDICAL_2022,
      { url: 'https://www.hainanzhou.gov.cn/zwgk/fdzdgknr/zcwj/content_400010889', publisher: '海南州人民政府', date: '2024-10-31' },
      { url: 'http://www.9155743.cn/cbcfd/35542.html', publisher: '央视网（转载）', note: 'mirror of a CCTV report on Changxing, Zhejiang' },
    ],
    status: 'verified',
  },
  {
    id: 'qian-xian-gong-cheng',
    term: '千县工程',
    aliases: [],
    scope: 'national',
    category: 'livelihood',
    gloss_zh: '推动至少1000家县医院达到三级医院服务能力的国家工程',
    explanation_zh:
      '国家卫生健康委推动的县医院能力提升工程，支持优质医疗资源向县域下沉，补齐县医院医疗服务和管理能力短板，发挥县医院在县域医疗服务体系中的龙头作用。目标是到2025年全国至少1000家县医院达到三级医院医疗服务能力水平，为一般病在市县解决打下基础。',
    explanation_en:
      'A National Health Commission project to strengthen county hospitals, sending better resources down and filling gaps in their services and management so that they can lead the county health system. The target was that by 2025 at least 1,000 county hospitals would work at the level of a tertiary hospital, so that ordinary illnesses are treated within the city or county.',
    english: { text: 'Thousand Counties Project', official: false },
    gloss_en: 'raising 1,000 county hospitals to tertiary-hospital standard',
    related: ['jin-mi-xing-xian-yu-yi-gong-ti', 'fen-ji-zhen-liao'],
    sources: [{ url: 'http://epaper.tyrbw.com/tyrb/html/2022-04/23/content_1_86360.htm', publisher: '太原日报', date: '2022-04-23' }],
    status: 'verified',
  },
  {
    id: 'yi-bao-dian-zi-ping-zheng',
    term: '医保电子凭证',
    aliases: ['医保码'],
    scope: 'national',
    category: 'livelihood',
    gloss_zh: '国家医保信息平台为参保人生成的手机医保身份码',
    explanation_zh:
      '由国家医保信息平台统一签发、全国通用的医保线上身份凭证，俗称“医保码”。参保人在国家医保服务平台App、微信或支付宝中激活后，可凭二维码挂号、就医购药结算、查询账户和办理异地就医备案，不必带实体卡。',
    explanation_en:
      'A nationwide digital medical-insurance identity issued by the national medical security information platform, usually called the medical insurance code. After activating it in the national app, WeChat or Alipay, insured people show a QR code to register, pay at hospitals and pharmacies, check their account and file for treatment in another place, without the physical card.',
    english: { text: 'medical insurance e-certificate (medical insurance code)', official: false },
    gloss_en: 'the phone QR code that stands in for the medical insurance card',
    related: ['san-yi-lian-dong'],
    sources: [
      { url: 'https://ttdh.cn/czyb-5', publisher: '常州医保（公众号转载）' },
      { url: 'https://m.jiusongjiankang.com/health/news/4731507.html', publisher: '久松健康网' },
    ],
    status: 'verified',
  },
  {
    id: 'shi-wu-fen-zhong-jian-shen-quan',
    term: '15分钟健身圈',
    aliases: ['城市社区15分钟健身圈'],
    scope: 'national',
    category: 'culture',
    gloss_zh: '居民步行或骑行15分钟内就能到达健身场地',
    explanation_zh:
      '《体育发展“十三五”规划》提出的城市社区健身设施目标：居民从住处步行或骑行15分钟以内就能到达健身场所。国家国民体质监测中心调查称到2020年已初步形成，目标到2025年城乡社区全覆盖，各地以体育公园、健身步道和开放学校场地来实现。',
    explanation_en:
      'A target from the 13th Five-Year sports plan: every resident should reach a place to exercise within 15 minutes on foot or by bicycle. A national fitness survey found it largely in place by 2020 for about 80 per cent of adults, and the goal was full coverage of urban and rural communities by 2025, met with sports parks, fitness trails and school grounds opened to the public.',
    english: { text: '15-minute fitness circle', official: false },
    gloss_en: 'a place to exercise within 15 minutes of every home',
    related: ['ti-jiao-rong-he', 'yi-ke-zhong-bian-min-sheng-huo-quan'],
    sources: [
      { url: 'https://www.zhenm.com/tiyuzixun/1082.html', publisher: '中国新闻网（转载）', note: 'mirror of a China News Service report for National Fitness Day' },
      { url: 'http://jinshu.feizhou.com.cn/jj/2023/0808/5038.html', publisher: '央视新闻客户端（转载）', date: '2023-08-08', note: 'mirror' },
    ],
    status: 'verified',
  },
  // ── Elderly care and civil affairs ──
  {
    id: 'shi-jian-yin-hang',
    term: '时间银行',
    aliases: [],
    scope: 'national',
    category: 'livelihood',
    gloss_zh: '存下志愿服务时长、日后换取同等服务的互助养老办法',
    explanation_zh:
      '志愿者把服务老人的时长记入“时间银行”，自己年老或需要时再兑换同等时长的服务或物品，即“年轻存时间，年老享服务”。这一做法源自日本和美国，上世纪90年代传入中国，现被作为社区和农村互助养老的一种模式推广。',
    explanation_en:
      'Volunteers bank the hours they spend helping older people and later draw the same amount of care or goods when they are old or in need: save time while young, receive care when old. The idea came from Japan and the United States, reached China in the 1990s and is now promoted as a form of mutual-aid elderly care in communities and villages.',
    english: { text: 'time bank', official: false },
    gloss_en: 'bank volunteer hours now, draw care in old age',
    related: ['yi-lao-yi-xiao', 'she-qu-qian-ru-shi-yang-lao', 'yin-fa-jing-ji'],
    sources: [
      { url: 'https://freewechat.com/a/Mzg5Mjc3NzQzMA==/2247505020/1', publisher: '浙江宣传（公众号转载）', date: '2023-03-31' },
      { url: 'https://m.fx361.cc/news/2022/0324/19457251.html', publisher: '理论探索（fx361转载）', date: '2022-03-24', note: 'reprint of a journal article' },
      { url: 'http://www.lanzhouxuekan.com/index.php?c=show&id=1251', publisher: '兰州学刊' },
    ],
    status: 'verified',
  },
  {
    id: 'wu-she-lian-dong',
    term: '五社联动',
    aliases: [],
    scope: 'national',
    period: { from: 2021 },
    category: 'governance',
    gloss_zh: '社区、社会组织、社工、社区志愿者和社会慈善资源联动',
    explanation_zh:
      '2021年7月中共中央、国务院关于加强基层治理体系和治理能力现代化建设的意见提出，创新社区与社会组织、社会工作者、社区志愿者、社会慈善资源的联动机制，简称“五社联动”。它由此前社区、社会组织、社会工作“三社联动”扩充而来，新冠疫情防控中志愿者和慈善力量的作用促成了这一扩充。',
    explanation_en:
      'A 2021 central document on grassroots governance asked communities to work together with social organisations, professional social workers, community volunteers and charitable resources. It extends the earlier “three-society linkage” of community, social organisations and social workers, adding the volunteers and charity that proved their worth during COVID-19 control.',
    english: { text: 'five-society linkage', official: false },
    gloss_en: 'community, NGOs, social workers, volunteers and charity working as one',
    items: [
      { zh: '社区', en: 'the community' },
      { zh: '社会组织', en: 'social organisations' },
      { zh: '社会工作者', en: 'social workers' },
      { zh: '社区志愿者', en: 'community volunteers' },
      { zh: '社会慈善资源', en: 'charitable resources' },
    ],
    related: ['gong-jian-gong-zhi-gong-xiang', 'she-hui-zhi-li-gong-tong-ti', 'he-ji-hua'],
    sources: [
      { url: 'https://fx361.cc/page/2023/0105/14221845.shtml', publisher: '河南社会科学（fx361转载）', date: '2023-01-05', note: 'reprint of a journal article' },
      { url: 'https://freewechat.com/a/MjM5NDM4MjM4OA==/2650263633/1', publisher: '社会工作类公众号（转载）', note: 'reprint' },
      { url: 'https://c.m.163.com/news/a/JFP2MLS10525PS8H.html', publisher: '网易号（转载）' },
    ],
    status: 'verified',
  },
  {
    id: 'he-ji-hua',
    term: '禾计划',
    aliases: ['湖南社工禾计划', '社工禾计划'],
    quotedOnly: ['禾计划'],
    scope: 'hunan',
    period: { from: 2018 },
    category: 'governance',
    gloss_zh: '湖南在每个乡镇（街道）建社工站、由社工承接基层民政服务的项目',
    explanation_zh:
      '湖南2018年5月启动“禾计划”，通过政府购买服务在乡镇（街道）建设社会工作服务站、配备社工，用专业方法提升基层民政经办能力。到2019年底全省1900多个乡镇（街道）社工站全覆盖，社工主要开展社会救助、留守儿童关爱、老年人和残疾人服务等工作。',
    explanation_en:
      'Launched in May 2018, the Seedling Plan buys services from social work agencies to set up a social work station with professional staff in every township and urban street, strengthening local civil-affairs work. By the end of 2019 all of Hunan’s roughly 1,940 townships and streets had one; the social workers help with welfare assistance, left-behind children, older people and the disabled.',
    english: { text: 'the He (Seedling) Plan', official: false },
    gloss_en: 'Hunan’s social work station in every township',
    related: ['wu-she-lian-dong', 'er-tong-zhu-ren'],
    sources: [
      { url: 'https://jxxfw.com/periodical/c510ddabb1d15e75ff7932f41a7b2ccf.html', publisher: 'jxxfw.com（期刊摘要）' },
      { url: 'https://scholarmate.com/S/Df0bAt', publisher: '科研之友（期刊摘要）' },
      { url: 'https://yz.rednet.cn/m/content/2022/03/11/11000480.html', publisher: '红网永州站', date: '2022-03-11' },
    ],
    status: 'verified',
  },
  {
    id: 'er-tong-zhu-ren',
    term: '儿童主任',
    aliases: [],
    scope: 'national',
    period: { from: 2019 },
    category: 'livelihood',
    gloss_zh: '村（社区）负责留守儿童和困境儿童关爱服务的专人',
    explanation_zh:
      '2010年民政部和联合国儿童基金会在部分村试点，每村设一名专职人员把儿童福利政策送到有需要的家庭；2019年民政部等十部门的意见要求村（居）一级普遍设立儿童主任，负责留守儿童和困境儿童的关爱服务。全国已有66.7万名儿童主任，基本覆盖所有村和社区。',
    explanation_en:
      'Piloted from 2010 by the Ministry of Civil Affairs and UNICEF in some villages, the post became general after a 2019 paper by ten agencies: every village or community names a children’s officer who looks after left-behind and vulnerable children and links them to welfare. About 667,000 of them now cover nearly every village and community.',
    english: { text: 'village children’s officer', official: false },
    gloss_en: 'the village or community worker in charge of vulnerable children',
    related: ['he-ji-hua', 'yi-lao-yi-xiao'],
    sources: [
      { url: 'http://www.91wct.cn/edu/news/2881644.html', publisher: '人民日报（闽南网转载）', date: '2024-01-17', note: 'mirror of a Minnan Net reprint' },
      { url: 'https://fx361.cc/page/2020/1016/17766890.shtml', publisher: 'fx361（期刊文章转载）', date: '2020-10-16', note: 'reprint of a journal article' },
    ],
    status: 'verified',
  },
  {
    id: 'can-ji-ren-liang-xiang-bu-tie',
    term: '残疾人两项补贴',
    aliases: [],
    quotedOnly: ['两项补贴'],
    scope: 'national',
    category: 'livelihood',
    gloss_zh: '困难残疾人生活补贴和重度残疾人护理补贴',
    explanation_zh:
      '困难残疾人生活补贴主要补助低保家庭等困难残疾人因残疾产生的额外生活支出；重度残疾人护理补贴主要补助残疾等级为一、二级且需要长期照护的重度残疾人的照护支出。补贴标准由各地按经济水平和财力确定，部分地区扩大了发放范围。',
    explanation_en:
      'Two disability allowances: a living allowance for disabled people in hardship, mainly in minimum-income households, to cover the extra costs of disability; and a care allowance for people with grade one or two disabilities who need long-term care. Local governments set the amounts, and some widen who qualifies.',
    english: { text: 'the two disability allowances', official: false },
    gloss_en: 'living and care allowances for disabled people',
    items: [
      { zh: '困难残疾人生活补贴', en: 'living allowance for disabled people in hardship' },
      { zh: '重度残疾人护理补贴', en: 'care allowance for severely disabled people' },
    ],
    related: [],
    sources: [{ url: 'https://ylbk.net/changshi/v0GBO3dQEK.html', publisher: 'ylbk.net（常识）' }],
    status: 'verified',
  },
  {
    id: 'shi-lao-hua-gai-zao',
    term: '适老化改造',
    aliases: [],
    scope: 'national',
    category: 'livelihood',
    gloss_zh: '按老年人需要改造住房和设施，使起居更安全方便',
    explanation_zh:
      '按老年人身体机能的变化改造居住环境和设施，如加装扶手、改善如厕洗澡设施、配置辅具，让老人能在熟悉的家中安全独立生活。各地常把困难老年人家庭适老化改造列为民生实事，优先解决如厕洗澡、起居行走等最迫切的需求。',
    explanation_en:
      'Adapting homes and facilities to older people’s declining abilities, with grab bars, safer toilets and showers and aids for daily living, so that they can go on living safely in familiar homes. Local governments often list it among their yearly livelihood projects for poor older households, starting with toileting, bathing, getting up and walking.',
    english: { text: 'age-friendly renovation', official: false },
    gloss_en: 'adapting old people’s homes for safety and ease',
    related: ['yi-lao-yi-xiao', 'she-qu-qian-ru-shi-yang-lao', 'lao-jiu-xiao-qu-gai-zao'],
    sources: [
      { url: 'https://m.wenke99.com/p-9696282.html', publisher: '文客久久（某市实施方案文本）', date: '2021' },
      { url: 'https://fx361.cc/page/2022/0429/11454968.shtml', publisher: 'fx361（期刊文章转载）', date: '2022-04-29', note: 'reprint of a journal article' },
    ],
    status: 'verified',
  },
  {
    id: 'yi-yang-jie-he',
    term: '医养结合',
    aliases: [],
    scope: 'national',
    period: { from: 2013 },
    category: 'livelihood',
    gloss_zh: '把医疗卫生服务和养老服务结合起来',
    explanation_zh:
      '把医疗卫生资源和养老服务整合起来，推动医疗机构与养老机构合作，为老年人提供生活照料、慢病管理、康复护理等连续服务。2013年国务院关于加快发展养老服务业的意见提出推动医养融合，“十四五”规划纲要又要求构建医养康养相结合的养老服务体系。',
    explanation_en:
      'Joining medical care with elderly care: hospitals and clinics work with care homes and community services so that older people get continuous help with daily life, chronic disease, rehabilitation and nursing. A 2013 State Council paper on elderly services called for it, and the 14th Five-Year Plan outline asks for an elderly care system that combines medical care, care and healthy ageing.',
    english: { text: 'integrating medical care and elderly care', official: false },
    gloss_en: 'care homes and medical services joined up for older people',
    related: ['she-qu-qian-ru-shi-yang-lao', 'chang-hu-xian', 'yi-lao-yi-xiao', 'shi-lao-hua-gai-zao'],
    sources: [
      { url: 'https://fx361.cc/page/2022/0805/11665645.shtml', publisher: '老龄科学研究（fx361转载）', date: '2022-08-05', note: 'reprint of a journal article' },
      { url: 'http://www.gf999901.com/2025/0605/731892.shtml', publisher: '转载（社区医养结合研究）', date: '2025-06-05', note: 'mirror of a journal article' },
      { url: 'http://www.taokecoco.com/page/2019/1008/5708194.shtml', publisher: '天津行政学院学报（转载）', date: '2019-10-08', note: 'mirror of a journal article' },
    ],
    status: 'verified',
  },
  {
    id: 'hun-su-gai-ge',
    term: '婚俗改革',
    aliases: [],
    scope: 'national',
    period: { from: 2018 },
    category: 'governance',
    gloss_zh: '整治天价彩礼、大操大办、低俗婚闹等婚嫁陋习的改革',
    explanation_zh:
      '民政部2018年要求全面推进婚俗改革、倡导简约适当的婚俗礼仪，2020年印发开展婚俗改革试点工作的指导意见，重点整治天价彩礼、铺张浪费、低俗婚闹和随礼攀比。2021年起民政部陆续确认全国婚俗改革实验区，期限3年，湖南常德澧县为首批中的全省唯一一个，各地推行婚前辅导、集体婚礼、彩礼倡导标准等做法。',
    explanation_en:
      'Since 2018 the Ministry of Civil Affairs has pushed to simplify weddings, and a 2020 guideline targets sky-high bride prices, lavish banquets, vulgar wedding pranks and competitive gift money. From 2021 it has named national pilot zones for three years each, Li County in Changde the only one in Hunan’s first batch, which use pre-marriage counselling, group weddings and suggested caps on bride prices.',
    english: { text: 'marriage customs reform', official: false },
    gloss_en: 'curbing huge bride prices and lavish weddings',
    related: ['hong-bai-li-shi-hui', 'cun-gui-min-yue', 'zhong-yang-yi-hao-wen-jian'],
    sources: [
      { url: 'https://m.fx361.cc/news/2021/0527/8386020.html', publisher: 'fx361（转载）', date: '2021-05-27', note: 'reprint' },
      { url: 'https://m.news.shi-fen.com/china/202208/50-1382014.html', publisher: '澎湃新闻（转载）', date: '2022-08', note: 'mirror of a Paper report' },
      { url: 'https://m.fengone.com/news/a/20230420/633245.html', publisher: '今日女报／凤网', date: '2023-04-20' },
    ],
    status: 'verified',
  },
  // ── Culture and sport ──
  {
    id: 'song-xi-xia-xiang',
    term: '送戏下乡',
    aliases: ['送戏曲下乡', '送戏进万村', '送戏进万乡'],
    scope: 'national',
    category: 'culture',
    gloss_zh: '专业剧团到乡村为群众免费演出的文化惠民活动',
    explanation_zh:
      '由政府出资或购买服务，组织专业院团和文艺团队到乡镇、村和社区为群众免费演出花鼓戏、地方戏和歌舞小品等，让农民在家门口看戏。湖南各地以“送戏下乡”“送戏进万村（乡）”等名义常年开展，株洲也组织送戏进茶陵、攸县的村庄，被当作打通公共文化服务“最后一公里”的办法。',
    explanation_en:
      'Government-funded free shows taken by professional troupes and arts groups to townships, villages and communities: local opera such as Hunan’s flower-drum opera, songs, dances and sketches. Hunan’s counties run it all year, Zhuzhou among them with shows in villages of Chaling and You counties, as a way of bringing public culture the last mile.',
    english: { text: 'sending opera to the countryside', official: false },
    gloss_en: 'free shows by professional troupes in villages',
    related: ['zui-mei-xiao-xiang-wen-hua-zhen-di', 'xin-shi-dai-wen-ming-shi-jian', 'cun-wan'],
    sources: [
      { url: 'http://w.lydt.org.cn/show-7900.html', publisher: '湖南省文化和旅游厅（转载）', date: '2021-03-26', note: 'mirror of a Hunan culture department report' },
      { url: 'https://www.hnswtzb.org/content/2018/11/23/6284407.html', publisher: '三湘统战网', date: '2018-11-23' },
      { url: 'https://chinaxiaokang.com/xianyu/xianyuxiuxian/2023/1207/1475689.html', publisher: '人民网（中国小康网转载）', date: '2023-12-07' },
      { url: 'http://ningxialong.com/c/061K519112022.html', publisher: '央广网（转载）', note: 'mirror of a CNR report on Loudi' },
    ],
    status: 'verified',
  },
  {
    id: 'cun-wan',
    term: '村晚',
    aliases: ['乡村春晚', '四季村晚'],
    quotedOnly: ['村晚'],
    scope: 'national',
    category: 'culture',
    gloss_zh: '村民自编自导自演的乡村联欢晚会',
    explanation_zh:
      '即乡村春晚，村民自编自导、自演自赏的乡村文艺晚会，起源于1981年浙江丽水月山村的“月山春晚”。文化和旅游部门自2016年起每年组织“乡村春晚”示范展示，2023年起又开展春夏秋冬的“四季村晚”，2025年全国春节“村晚”主场活动在湖南岳阳县张谷英村举行。',
    explanation_en:
      'Village galas written, directed and performed by villagers themselves, first held in 1981 in Yueshan village in Lishui, Zhejiang. Since 2016 the culture authorities have showcased them nationwide every Spring Festival and since 2023 in all four seasons; the main national Spring Festival village gala of 2025 was held in Zhangguying village in Yueyang County, Hunan.',
    english: { text: 'village gala', official: false },
    gloss_en: 'a villagers’ own Spring Festival show',
    related: ['song-xi-xia-xiang', 'cun-ba'],
    sources: [
      { url: 'http://416w.cn/2025/0128/1254367.shtml', publisher: '转载（2025年全国春节“村晚”报道）', date: '2025-01-28', note: 'mirror of a report on the 2025 national gala in Yueyang' },
      { url: 'http://dentistinlewisvilletx.com/p/490894.html', publisher: '转载（文化和旅游部“四季村晚”报道）', note: 'mirror of a 2023 report' },
      { url: 'http://www.pnqzdj.com/content/2024-02/01/content_3219226.htm', publisher: '南通网（转载）', date: '2024-02-01', note: 'mirror' },
    ],
    status: 'verified',
  },
  {
    id: 'cun-ba',
    term: '村BA',
    aliases: [],
    scope: 'national',
    period: { from: 2022 },
    category: 'culture',
    gloss_zh: '网友对乡村篮球赛的戏称，源自贵州台盘村',
    explanation_zh:
      '贵州台江县台盘村每年“六月六”吃新节举办村民自发组织的篮球赛，2022年夏天因现场火爆在网上走红，被网友仿照NBA、CBA称为“村BA”。此后“村BA”泛指各地的乡村篮球赛，带动了一批“村”字头的文体活动。',
    explanation_en:
      'A village basketball tournament held every year at the Miao new-rice festival in Taipan village, Taijiang County, Guizhou, went viral in summer 2022 and was nicknamed “Village BA” after the NBA and CBA. The name now covers village basketball everywhere, and it set off a wave of similar village sports events.',
    english: { text: 'Village BA (village basketball)', official: false },
    gloss_en: 'village basketball tournaments, named after the NBA and CBA',
    related: ['chang-ba', 'xiang-chao', 'cun-wan'],
    sources: [
      { url: 'https://1689878.com/saiche/116915.html', publisher: '极目新闻（转载）', date: '2022', note: 'mirror of a Jimu News report' },
      { url: 'http://jilu.china.com.cn/2025-03/25/content_43062746.htm', publisher: '中国网', date: '2025-03-25' },
      { url: 'https://news.china.com/domesticzq/13004215/20220821/43196853_2.html', publisher: '中华网', date: '2022-08-21' },
    ],
    status: 'verified',
  },
  {
    id: 'nong-jia-shu-wu',
    term: '农家书屋',
    aliases: ['数字农家书屋'],
    scope: 'national',
    category: 'culture',
    gloss_zh: '建在村里、供村民免费读书借书的公益书屋',
    explanation_zh:
      '设在村里的公共阅读场所，由政府配送图书报刊，村民免费阅览借阅，常与新时代文明实践站、县图书馆和文化馆分馆共建共用。湖南2023年起建设百家特色农家书屋、升级数字农家书屋，每年举办“新时代乡村阅读季”；株洲荷塘区仙庾岭村农家书屋2023年入选全国“最美农家书屋”。',
    explanation_en:
      'A public reading room in a village, stocked by the government with books and periodicals that villagers read and borrow for free, often shared with the civilisation practice station and branches of the county library and cultural centre. Since 2023 Hunan has built a hundred featured village libraries, upgraded the digital version and run a yearly rural reading season; the one in Xianyuling village in Zhuzhou’s Hetang District was named one of the country’s most beautiful in 2023.',
    english: { text: 'village library (farmers’ bookhouse)', official: false },
    gloss_en: 'a free reading room in every village',
    related: ['xin-shi-dai-wen-ming-shi-jian', 'zui-mei-xiao-xiang-wen-hua-zhen-di', 'san-guan-yi-zhan'],
    sources: [
      { url: 'https://hunantoday.cn/news/xhn/202411/21296447.html', publisher: '湖南日报·新湖南', date: '2024-11-12' },
      { url: 'http://v7zt3g.cn/jujiao/2023/0426/21628.html', publisher: '株洲日报（转载）', date: '2023-04-26', note: 'mirror of a Zhuzhou Daily report' },
      { url: 'https://yyx.gov.cn/37584/38152/61876/61877/content_2123199.html', publisher: '岳阳县人民政府' },
    ],
    status: 'verified',
  },
  {
    id: 'san-guan-yi-zhan',
    term: '三馆一站',
    aliases: [],
    scope: 'national',
    period: { from: 2011 },
    category: 'culture',
    gloss_zh: '美术馆、公共图书馆、文化馆和乡镇综合文化站',
    explanation_zh:
      '指美术馆、公共图书馆、文化馆和乡镇（街道）综合文化站这几类公共文化设施。2011年起财政部、文化部推进其免费开放，到2012年底公共空间全部免费进入、基本服务项目免费提供，中央把免费开放经费列入制度性预算；加上博物馆又称“四馆一站”。',
    explanation_en:
      'The public art gallery, public library, cultural centre and township cultural station. From 2011 the finance and culture ministries made them free to enter, with their basic services free by the end of 2012 and the cost written into the central budget; with museums added they are called the “four venues and one station”.',
    english: { text: 'three venues and one station', official: false },
    gloss_en: 'art gallery, library, cultural centre and township cultural station',
    items: [
      { zh: '美术馆', en: 'art gallery' },
      { zh: '公共图书馆', en: 'public library' },
      { zh: '文化馆', en: 'cultural centre' },
      { zh: '乡镇（街道）综合文化站', en: 'township cultural station' },
    ],
    related: ['nong-jia-shu-wu', 'wen-hua-qiang-guo'],
    sources: [
      { url: 'http://www.xn--fiq4eu8y4oryrq92d93e75tri6b.cn/news_cont.asp?id=272', publisher: '新华网（转载）', date: '2012-06-27', note: 'mirror of a Xinhua photo report' },
      { url: 'https://ihuawen.com/article/index/id/41335/cid/45', publisher: '华闻（转载）' },
      { url: 'http://jcwswz.com/Article.asp?id=323', publisher: '转载（湖北“三馆一站”免费开放报道）', date: '2011-12-03' },
    ],
    status: 'verified',
  },
  // ── Transport and urban management ──
  {
    id: 'liang-ke-yi-wei',
    term: '两客一危',
    aliases: [],
    scope: 'national',
    category: 'security',
    gloss_zh: '旅游客车、包车客车、三类以上班线客车和危险货物运输车',
    explanation_zh:
      '道路运输安全监管的重点车辆：“两客”指旅游客车、包车客车和三类以上班线客车，“一危”指危险货物运输车辆。这些车辆须接入联网联控和智能监控系统，交通部门据此查处超速、疲劳驾驶、客车凌晨2时至5时违规运行等行为，湖南还按市州、县市区排名发布红黑榜。',
    explanation_en:
      'The vehicles road-transport safety watches most closely: the “two coaches” are tour and charter coaches and scheduled long-distance coaches of class three and above, and the “one hazard” is trucks carrying dangerous goods. They must be tracked by networked and camera monitoring, which catches speeding, fatigued driving and coaches running between 2 and 5 a.m.; Hunan ranks its cities and counties on red and black lists.',
    english: { text: 'two kinds of coach and one hazard', official: false },
    gloss_en: 'coaches and dangerous-goods trucks under special safety watch',
    items: [
      { zh: '旅游客车、包车客车', en: 'tour and charter coaches' },
      { zh: '三类以上班线客车', en: 'scheduled coaches of class three and above' },
      { zh: '危险货物运输车辆', en: 'dangerous-goods trucks' },
    ],
    related: ['si-hao-nong-cun-lu', 'ke-huo-you-rong-he', 'an-quan-sheng-chan-zhi-ben-gong-jian'],
    sources: [
      HUNAN_JTT_LIANGKE_2021,
      { url: 'http://bcjhc.cn/html/gundong/20171125/675822.htm', publisher: '楚天都市报（转载）', date: '2017-11-25', note: 'mirror' },
      { url: 'http://www.zznx.com.cn/zxuwd/202508/587876.html', publisher: 'zznx.com.cn（问答）', date: '2025-08' },
    ],
    status: 'verified',
  },
  {
    id: 'yi-kui-yi-dai',
    term: '一盔一带',
    aliases: [],
    scope: 'national',
    period: { from: 2020 },
    category: 'security',
    gloss_zh: '骑摩托车、电动自行车戴头盔，乘汽车系安全带',
    explanation_zh:
      '2020年6月1日起公安部交通管理局在全国开展“一盔一带”安全守护行动：“一盔”指摩托车、电动自行车骑乘人员佩戴安全头盔，“一带”指汽车驾乘人员使用安全带。交管部门宣传引导并依法查纠，理由是正确使用头盔和安全带可把交通事故死亡风险降低六到七成。',
    explanation_en:
      'A campaign the traffic police launched nationwide on 1 June 2020: a helmet for everyone riding a motorcycle or electric bike, a seat belt for everyone in a car. Police promote and enforce both, citing studies that they cut the risk of dying in a crash by 60 to 70 per cent.',
    english: { text: 'one helmet, one belt', official: false },
    gloss_en: 'helmets on bikes, seat belts in cars',
    items: [
      { zh: '安全头盔', en: 'a helmet for motorcycle and e-bike riders' },
      { zh: '安全带', en: 'a seat belt in cars' },
    ],
    related: ['liang-ke-yi-wei'],
    sources: [
      { url: 'https://meipian.cn/4qb7iyww', publisher: '美篇（幼儿园家长信）' },
      { url: 'https://www.donghaicihui.com/news/gyxm/117214.shtml', publisher: '上海东海慈慧公益基金会' },
      { url: 'https://m.how234.com/eamycrdzrc.html', publisher: 'how234.com（问答）' },
    ],
    status: 'verified',
  },
  {
    id: 'cheng-xiang-ke-yun-yi-ti-hua',
    term: '城乡客运一体化',
    aliases: ['城乡公交一体化', '城乡客运公交一体化'],
    scope: 'national',
    category: 'infrastructure',
    gloss_zh: '把城市公交和农村客运统筹经营，让村里也通公交',
    explanation_zh:
      '把城市公交和农村客运班线统一规划、集约经营，通过回购整合班线、公交化改造和新能源车辆，让乡镇和建制村通上安全便宜的公交化客车。湖南按“集约经营、统筹规划、乡村全通、价格惠民”的标准命名城乡客运一体化示范县，株洲茶陵县2020年纳入第二批创建。',
    explanation_en:
      'Planning city buses and rural coach lines as one network run by fewer operators, buying back and merging old routes and turning them into bus-style services with new-energy vehicles, so that townships and villages get safe and cheap buses. Hunan names model counties that meet four tests (consolidated operation, unified planning, service to every village and low fares); Zhuzhou’s Chaling County joined the second group of candidates in 2020.',
    english: { text: 'urban-rural passenger transport integration', official: false },
    gloss_en: 'city buses and rural coaches merged so villages get buses',
    related: ['si-hao-nong-cun-lu', 'ke-huo-you-rong-he', 'jiao-tong-qiang-guo'],
    sources: [
      { url: 'https://bjxaab.com/jtj/6534/6543/6547/content_2027028', publisher: '湖南省交通运输厅（转载）', date: '2023-01-05', note: 'mirror of the list of the second group of model counties' },
      { url: 'https://zstlac.com/www/c15126/20230223/i2008314', publisher: '株洲日报（转载）', date: '2023-02-23', note: 'mirror' },
      { url: 'http://www.czfxy.com/a/chenzhouxinwen/2021/0115/315580.html', publisher: '湖南日报（转载）', date: '2021-01-14', note: 'mirror' },
    ],
    status: 'verified',
  },
  {
    id: 'qi-er-yi-gong-zuo-fa',
    term: '721工作法',
    aliases: [],
    scope: 'national',
    category: 'governance',
    gloss_zh: '城管问题七成靠服务、两成靠管理、一成靠执法解决',
    explanation_zh:
      '城市管理中提倡的工作方法：争取70%的问题用服务手段解决，20%用管理手段解决，10%用执法手段解决，把被动执法变为主动服务。城管部门整治占道经营、流动摊贩时常以此缓和与商贩的矛盾。',
    explanation_en:
      'A method for urban management officers: solve 70 per cent of problems by serving people, 20 per cent by managing and only 10 per cent by enforcing the law, turning reactive enforcement into active service. City management bureaus cite it when dealing with street vendors and shops spilling onto pavements, to ease their long conflict with hawkers.',
    english: { text: 'the 7-2-1 method', official: false },
    gloss_en: 'urban management: 70% service, 20% management, 10% enforcement',
    items: [
      { zh: '服务解决七成问题', en: '70 per cent of problems solved by service' },
      { zh: '管理解决两成问题', en: '20 per cent by management' },
      { zh: '执法解决一成问题', en: '10 per cent by law enforcement' },
    ],
    related: ['men-qian-san-bao', 'quan-guo-wen-ming-cheng-shi'],
    sources: [
      { url: 'http://m.familyfirstlifeofaustin.com/pwblog/blog-htm-do-showone-uid-986-type-blog-itemid-433338.html', publisher: '评论（转载）', note: 'mirror of a commentary on Tongzhou, Beijing, citing the Beijing Youth Daily' },
      { url: 'https://www.renrendoc.com/paper/508020222.html', publisher: '人人文库（城市管理721工作方案）' },
    ],
    status: 'verified',
  },
  {
    id: 'men-qian-san-bao',
    term: '门前三包',
    aliases: [],
    scope: 'national',
    category: 'governance',
    gloss_zh: '临街单位和商户负责门前卫生、秩序和绿化的责任制',
    explanation_zh:
      '临街的单位、门店和住户对门前一定区域承担市容环境责任，通常概括为包卫生、包秩序、包绿化：门前干净无垃圾，不乱摆摊、不占道经营、不乱堆乱放，爱护门前树木绿地；有的地方表述为包市容、包环境卫生、包设施和绿地。这一制度可追溯到20世纪70年代，是卫生城市、文明城市创建的常用抓手。',
    explanation_en:
      'Shops, offices and households facing the street answer for the stretch in front of their doors, usually summed up as keeping it clean, keeping it orderly (no stalls, goods or trading spilling onto the pavement) and looking after its trees and greenery. The practice goes back to the 1970s and is a standard tool in campaigns for hygienic and civilised city titles.',
    english: { text: 'three responsibilities in front of the door', official: false },
    gloss_en: 'street-front shops keep their frontage clean, orderly and green',
    items: [
      { zh: '包卫生', en: 'keep it clean' },
      { zh: '包秩序', en: 'keep it orderly' },
      { zh: '包绿化', en: 'look after the greenery' },
    ],
    related: ['quan-guo-wen-ming-cheng-shi', 'guo-jia-wei-sheng-cheng-shi', 'qi-er-yi-gong-zuo-fa'],
    sources: [
      { url: 'https://m.tianqiyubao2.com/news/view-1704940', publisher: 'tianqiyubao2.com（问答）' },
      { url: 'http://www.chinadatahd.com/article-4670-1.html', publisher: 'chinadatahd.com（转载）' },
      { url: 'https://3dmxku.com/daquan/zonghe/1556415.html', publisher: '3dmxku.com（问答）' },
    ],
    status: 'verified',
  },
  // ── Emergency management and work safety ──
  {
    id: 'san-guan-san-bi-xu',
    term: '三管三必须',
    aliases: [],
    scope: 'national',
    category: 'security',
    gloss_zh: '管行业、管业务、管生产经营都必须管安全',
    explanation_zh:
      '安全生产的责任原则：管行业必须管安全、管业务必须管安全、管生产经营必须管安全，行业主管部门、业务部门和企业都要对各自范围内的安全负责，不能把安全只推给安全监管部门。这一要求2013年提出，现写入《安全生产法》第三条。',
    explanation_en:
      'The rule that whoever oversees a sector, a line of business or a production operation also answers for its safety: industry regulators, functional departments and firms are each responsible in their own sphere, instead of leaving safety to the safety regulator alone. Put forward in 2013, it is now written into Article 3 of the Work Safety Law.',
    english: { text: 'three “manage” and three “musts”', official: false },
    gloss_en: 'whoever runs a sector, business or operation must also run its safety',
    items: [
      { zh: '管行业必须管安全', en: 'oversee a sector, oversee its safety' },
      { zh: '管业务必须管安全', en: 'oversee a line of business, oversee its safety' },
      { zh: '管生产经营必须管安全', en: 'run production, run its safety' },
    ],
    related: ['dang-zheng-tong-ze', 'yi-gang-shuang-ze', 'an-quan-sheng-chan-zhi-ben-gong-jian'],
    sources: [
      { url: 'http://ahjjxx.com/item/2022/0904/7885.html', publisher: 'ahjjxx.com（问答）', date: '2022-09-04' },
      { url: 'http://www.wenanbuluoba.cn/beishangwenan/27304.html', publisher: 'wenanbuluoba.cn（问答）' },
      { url: 'https://yebaike.com/24/202110/3391195.html', publisher: '业百科', date: '2021-10' },
    ],
    status: 'verified',
  },
  {
    id: 'dang-zheng-tong-ze',
    term: '党政同责',
    aliases: ['党政同责、一岗双责、齐抓共管、失职追责', '党政同责一岗双责齐抓共管失职追责', '党政同责、一岗双责、齐抓共管', '党政同责一岗双责齐抓共管'],
    scope: 'national',
    category: 'security',
    gloss_zh: '党委和政府对本地安全生产共同负领导责任',
    explanation_zh:
      '安全生产责任体系的核心要求：各级党委和政府对本地区安全生产共同负领导责任，主要负责人是第一责任人，出了问题同时问责。它常与“一岗双责、齐抓共管、失职追责”连用：领导干部在分管业务中同时管安全，党政部门共同抓，失职者追究责任。',
    explanation_en:
      'Party committees and governments share leadership responsibility for work safety in their area, their heads are the first to answer for it, and both are held to account after an accident. It usually comes in a longer formula: each leader also handles safety in the work they oversee, all departments act together, and those who fail in their duty are punished.',
    english: { text: 'equal responsibility of Party and government', official: false },
    gloss_en: 'Party and government leaders answer jointly for work safety',
    related: ['yi-gang-shuang-ze', 'san-guan-san-bi-xu', 'an-quan-sheng-chan-zhi-ben-gong-jian'],
    sources: [
      { url: 'https://www.pyxww.com/ztlm/wlaqz/2022-08-25/84271.html', publisher: '濮阳县新闻网', date: '2022-08-25' },
      { url: 'https://xiexiebang.com/a11/2019051323/a749ef06420fba95.html', publisher: '写写帮文库（四川省规定解读）', date: '2019-05-13' },
    ],
    status: 'verified',
  },
  {
    id: 'da-fei-zhi-wei',
    term: '打非治违',
    aliases: [],
    scope: 'national',
    period: { from: 2012 },
    category: 'security',
    gloss_zh: '打击非法违法生产经营建设、治理纠正违规违章行为',
    explanation_zh:
      '安全生产专项行动的用语，即打击非法违法生产经营建设行为、治理纠正违规违章行为。2012年国务院办公厅部署在所有行业领域开展“打非治违”专项行动，重点是煤矿、非煤矿山、交通、建筑施工、消防、危险化学品、烟花爆竹等高危行业中无证、超许可范围生产和关闭取缔后擅自生产等行为。',
    explanation_en:
      'Short for cracking down on illegal production, business and construction and correcting breaches of safety rules. The State Council office launched a campaign under this name across all sectors in 2012, aimed above all at mines, transport, construction, fire safety, hazardous chemicals and fireworks: working without a licence or beyond it, or reopening after being shut down.',
    english: { text: 'fighting illegal operations and correcting violations', official: false },
    gloss_en: 'crackdown on unlicensed and rule-breaking production',
    related: ['an-quan-sheng-chan-zhi-ben-gong-jian', 'san-guan-san-bi-xu'],
    sources: [
      { url: 'http://lywb.lyd.com.cn/html/2012-04/18/content_831149.htm', publisher: '洛阳晚报', date: '2012-04-18' },
      { url: 'http://m.jinzhi.cc/htm/11146.html', publisher: '转载（住建部打击非法违法建筑施工行为报道）', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'shuang-chong-yu-fang-ji-zhi',
    term: '双重预防机制',
    aliases: ['双重预防体系', '双预防机制'],
    scope: 'national',
    category: 'security',
    gloss_zh: '安全风险分级管控和隐患排查治理两道防线',
    explanation_zh:
      '由安全风险分级管控和隐患排查治理组成的事故预防机制：先辨识风险，按重大、较大、一般、低四级分级管控，再排查管控中出现的漏洞和失效环节，把隐患消灭在事故之前。政府把企业建立这一机制的情况纳入安全生产考核。',
    explanation_en:
      'A two-layer system for preventing accidents: first identify risks and control them by grade (major, large, ordinary, low), then look for gaps where the controls fail and fix these hazards before they cause an accident. Governments check whether firms have built it in their work-safety assessments.',
    english: { text: 'dual prevention mechanism', official: false },
    gloss_en: 'grade the risks, then hunt and fix the hazards',
    items: [
      { zh: '安全风险分级管控', en: 'graded control of safety risks' },
      { zh: '隐患排查治理', en: 'finding and fixing hazards' },
    ],
    related: ['san-guan-san-bi-xu', 'an-quan-sheng-chan-zhi-ben-gong-jian'],
    sources: [
      { url: 'https://66.wendadaohang.com/zd/Uixv9v2pDnUisDpDiD.html', publisher: 'wendadaohang.com（问答）' },
      { url: 'https://www.qx47.com/zhishi/3/283743.html', publisher: 'qx47.com（问答）', date: '2022-12-22' },
      { url: 'http://nlcha.com/news2266365', publisher: 'nlcha.com（转载）' },
    ],
    status: 'verified',
    reading: 'shuang chong yu fang ji zhi',
  },
  {
    id: 'jiu-xiao-chang-suo',
    term: '九小场所',
    aliases: [],
    scope: 'national',
    category: 'security',
    gloss_zh: '消防安全检查整治的九类小型场所',
    explanation_zh:
      '指小商场、小学校（幼儿园）、小医院、小餐饮场所、小旅馆、小歌舞娱乐场所、小网吧、小美容洗浴场所和小生产加工企业。这些场所人员密集、安全措施常不到位，一旦起火容易群死群伤，是基层消防检查和整治的重点；有的地方改列“十小场所”。',
    explanation_en:
      'Nine kinds of small premises: shops, schools and kindergartens, clinics, eateries, hostels, karaoke and dance venues, internet cafés, beauty and bathing parlours, and workshops. They are crowded and often lax about fire safety, so a fire can kill many, and they are the main target of local fire inspections; some places use a list of ten instead.',
    english: { text: 'nine kinds of small premises', official: false },
    gloss_en: 'small shops, eateries, hostels and the like under fire inspection',
    items: [
      { zh: '小商场', en: 'small shops' },
      { zh: '小学校（幼儿园）', en: 'small schools and kindergartens' },
      { zh: '小医院', en: 'small clinics' },
      { zh: '小餐饮场所', en: 'small eateries' },
      { zh: '小旅馆', en: 'small hostels' },
      { zh: '小歌舞娱乐场所', en: 'small karaoke and dance venues' },
      { zh: '小网吧', en: 'small internet cafés' },
      { zh: '小美容洗浴场所', en: 'small beauty and bathing parlours' },
      { zh: '小生产加工企业', en: 'small workshops' },
    ],
    related: ['san-he-yi-chang-suo', 'shuang-chong-yu-fang-ji-zhi'],
    sources: [
      { url: 'https://wnwk.com/doc/1131280.html', publisher: '汇文网（文档）' },
      { url: 'http://www.tengzhou.gov.cn/bsdt/zfjg/mzj/202501/t20250115_2000160.html', publisher: '滕州市人民政府', date: '2025-01-15' },
      { url: 'http://zzswgk.cn/article/56692.html', publisher: '转载（科左中旗“九小场所”检查报道）', date: '2025' },
    ],
    status: 'verified',
  },
  {
    id: 'san-he-yi-chang-suo',
    term: '三合一场所',
    aliases: [],
    scope: 'national',
    category: 'security',
    gloss_zh: '住宿与生产、仓储或经营违规混在同一空间的场所',
    explanation_zh:
      '指住宿与生产、仓储、经营中的一种或几种功能违章设在同一空间、彼此没有有效防火分隔的建筑，如楼下吃饭楼上睡觉的小餐馆、外屋加工里屋住人的小作坊、住宅改成的快递点。这类场所可燃物多、疏散困难，常出现“小火亡人”，是消防整治的重点。',
    explanation_en:
      'A building where people sleep in the same space as production, storage or a shop, with no proper fire separation: a small restaurant with the family sleeping upstairs, a workshop with beds in the back room, a flat turned into a parcel depot. Such places hold much that burns and are hard to escape from, so even small fires kill, and fire services target them.',
    english: { text: 'three-in-one premises', official: false },
    gloss_en: 'premises where people live among goods, machines or a shop',
    related: ['jiu-xiao-chang-suo'],
    sources: [
      { url: 'https://www.thepaper.cn/newsDetail_forward_28526417', publisher: '澎湃新闻（政务号）' },
      { url: 'https://wxredian.com/art?id=77a45f810a859bc5b1aefe626d11d6ad', publisher: '公众号文章（转载）', note: 'reprint of a fire-service article' },
      { url: 'http://m.hubeilong.com/c/030335002V2024.html', publisher: 'hubeilong.com（问答）' },
    ],
    status: 'verified',
  },
  {
    id: 'yu-jing-jiao-ying',
    term: '预警叫应',
    aliases: ['预警叫应机制'],
    quotedOnly: ['叫应'],
    scope: 'national',
    category: 'security',
    gloss_zh: '发出汛情灾情预警后叫到责任人并要求其回应行动',
    explanation_zh:
      '防汛和山洪地质灾害防御中的工作要求：气象、水文等部门发出预警后，要“叫”到基层防汛责任人，责任人要“应”，即回应并组织巡查防守、提前转移危险区群众。湖南省委要求强化执行预警叫应机制，坚决防止“叫而不应”“应而不动”，省政府还提出完善“631”预警叫应机制。',
    explanation_en:
      'In flood and landslide defence, once the weather or hydrology service issues a warning, the local officials responsible are called and must answer and act: patrol the dykes and slopes and move people out of danger early. Hunan’s leaders have demanded that it be enforced so that no call goes unanswered and no answer goes without action, and have called for improving a “631” version of it.',
    english: { text: 'warning and call-and-response', official: false },
    gloss_en: 'flood warnings that must reach officials and be acted on',
    related: ['qun-ce-qun-fang', 'tong-chou-fa-zhan-he-an-quan'],
    sources: [
      { url: 'https://www.linwuxinwen.cn/content/11283715', publisher: '湖南日报（临武新闻网转载）', date: '2024-07-29' },
      { url: 'http://www.zfrm.com.cn/content/10808350', publisher: '湖南日报·新湖南（转载）', note: 'reprint of a Hunan flood-response report' },
      { url: 'https://dongmanai.cn/appset/detail/44396', publisher: '转载（湖南省长调度防汛工作报道）', note: 'mirror of a Hunan government report' },
    ],
    status: 'partial',
    missing:
      'no page read sets out the steps of the mechanism: the meaning given rests on the name and on the warning against “calling without answer, answering without action”; what the numbers of Hunan’s “631” mechanism stand for was not found',
    missing_zh: '所读页面未说明这一机制的具体步骤，释义依据字面和“叫而不应”“应而不动”的说法；湖南“631”预警叫应机制中数字的含义未查到',
  },
  {
    id: 'qun-ce-qun-fang',
    term: '群测群防',
    aliases: [],
    scope: 'national',
    category: 'security',
    gloss_zh: '发动受威胁群众巡查监测地质灾害隐患、及时预警避险',
    explanation_zh:
      '在各级政府领导和主管部门指导下，由县、乡、村组织受地质灾害威胁的群众对隐患点进行简易调查和观测，发现前兆及时报警、组织转移避险，是农村防灾减灾的一种主动措施。每个隐患点落实责任人和监测员，发放避险明白卡，常与汛前排查、汛中检查、汛后核查一起推进。',
    explanation_en:
      'Under local governments and the natural-resources departments, counties, townships and villages organise the people living under a landslide or debris-flow threat to watch each hazard site with simple means, raise the alarm at the first signs and move people out in time. Every site has a named person in charge and a monitor, and households get a card telling them where to flee.',
    english: { text: 'mass monitoring and mass prevention', official: false },
    gloss_en: 'villagers watching landslide sites and sounding the alarm',
    related: ['tong-chou-fa-zhan-he-an-quan'],
    sources: [
      { url: 'https://www.dizai.cn/index.php?m=home&c=View&a=index&aid=190', publisher: 'dizai.cn（地质灾害科普）', date: '2024-03-29' },
      { url: 'http://fsou.com/html/text/lar/173764/17376408_1.html', publisher: '法搜（地方政府文件）' },
      { url: 'http://bhygbaby.com/paper/239661696.html', publisher: '文档（地质灾害网格化管理十项制度）', note: 'mirror of a district document' },
    ],
    status: 'verified',
  },
];
