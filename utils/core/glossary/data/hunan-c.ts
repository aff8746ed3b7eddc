import type { GlossaryEntry, Source } from '../types';

/*
 * Articles mined for this file (2017–2026 news and government pages, read for the terms below):
 *   https://wap.hlunet.cn/nograb/646046/68/15715323.html            2026 Hunan government work report
 *   http://district.ce.cn/newarea/roll/202501/27/t20250127_39279538_1.shtml   2025 Hunan government work report
 *   https://www.stdaily.com/web/gdxw/2025-01/14/content_286079.html  Science and Technology Daily on the 2025 report
 *   https://zjwx.net/china/409443.html                               CCTV news on Hunan's “three highlands”
 *   http://006.rosefull.top/news.php/256687_59077                    China News Service report on the ten technology projects (mirror)
 *   https://xwzx.qqzyw.com/show-167731.html                          People's Daily Online on the 2018 industrial-project year
 *   http://hunan.voc.com.cn/article/201902/201902140649177201.html   Changsha's 2019 project and business-climate years
 *   http://liyuefang.net/a/hunanxinxi/2021/0306/279218.html          Hunan Daily under the industrial-project-year column
 *   http://m.shadafang.com/c/hn480919.html                           Hunan Daily series on specialty industry towns
 *   https://hunan.ifeng.com/c/80xMr81gNNI                            Hunan Daily on farm brands before the central China agri-expo
 *   https://epaper.voc.com.cn/hnrb/html/2023-09/28/content_1650949.htm?div=-1   Hunan Daily on Hunan-brand farm products
 *   https://fx361.cc/page/2017/0227/18005536.shtml                   Hunan Daily on the 2016 top ten farm brands
 *   http://cnssxq.com/article-12423-1.html                           Voice of Hunan on the South Hunan navel orange brand
 *   https://czhnst.com/a/hunanmeishitechan/95957.html                feature on Hunan counties (Quyuan, Liuyang)
 *   https://yaliqi.com/new/654050897380247552                        Five-colour Hunan tea brand promotion
 *   https://ayays.com/huangcha/9100.html                             Five-colour Hunan tea video text
 *   https://hunan.voc.com.cn/article/202307/202307290002368733.html  Voice of Hunan survey of the Xiang-Gan-Hong brand
 *   https://www.icswb.com/newspaper_article-detail-1825008.html      Changsha Evening News column on Xiang-Gan-Hong
 *   http://zz.voc.com.cn/view.php?cid=52&tid=22736                   Zhuzhou Daily on new Xiang-Gan-Hong licences
 *   http://refinebothell.com/news/guanzhu/20230830/264950.html       Red Net on Zhuzhou's Xiang-Gan-Hong products (mirror)
 *   http://bk.zzlib.net:88/paper/evening/202103/103245.html          Zhuzhou Evening News on two new Hunan time-honoured brands
 *   https://www.xiaoxiangtoutiao.com/a/dianjingzixun/caishui/2024/1017/23453.html   Hunan food week in Beijing
 *   https://m.voc.com.cn/xhn/news/202207/17208839.html               Xiangxi yellow-cattle brand promotion
 *   https://hn.rednet.cn/m/content/646942/61/15232305.html           Red Net on Hengyang's private firms and villages
 *   http://www.texas-hold-em-a.com/news/xhn/202507/29963692.html     Hunan Daily on Cili eucommia (mirror)
 *   http://bk.zzlib.net:88/paper/daily/202003/7956.html              Zhuzhou Daily on the Splendid Xiaoxiang tour routes
 */

const TECH_PROJECTS_CCTV: Source = {
  url: 'https://zjwx.net/china/409443.html',
  publisher: '央视网（新闻联播，转载）',
  date: '2024',
  note: 'mirror of a CCTV news report',
};

const TECH_PROJECTS_CNS: Source = {
  url: 'http://006.rosefull.top/news.php/256687_59077',
  publisher: '中国新闻网（转载）',
  date: '2024-12-24',
  note: 'mirror of a China News Service report, with unrelated text inserted',
};

const PROJECT_YEAR_2018: Source = {
  url: 'https://xwzx.qqzyw.com/show-167731.html',
  publisher: '人民网（转载）',
  date: '2018-02-23',
  note: 'reprint of a People’s Daily Online report',
};

const FARM_BRANDS_2023: Source = { url: 'https://epaper.voc.com.cn/hnrb/html/2023-09/28/content_1650949.htm?div=-1', publisher: '湖南日报', date: '2023-09-28' };

const FARM_BRANDS_IFENG: Source = { url: 'https://hunan.ifeng.com/c/80xMr81gNNI', publisher: '湖南日报·新湖南（凤凰网湖南转载）' };

const TOP_TEN_2016: Source = {
  url: 'https://fx361.cc/page/2017/0227/18005536.shtml',
  publisher: '湖南日报（期刊转载）',
  date: '2017',
  note: 'reprint of a Hunan Daily report',
};

const XIANG_GAN_HONG_2023: Source = { url: 'https://hunan.voc.com.cn/article/202307/202307290002368733.html', publisher: '华声在线（湘伴）', date: '2023-07-29' };

const XIANG_GAN_HONG_ZZ: Source = { url: 'http://zz.voc.com.cn/view.php?cid=52&tid=22736', publisher: '株洲日报（华声在线株洲频道）', date: '2022' };

/** Hunan provincial programmes, brands and campaigns found in news not mined before. */
export const HUNAN_C: readonly GlossaryEntry[] = [
  {
    id: 'shi-da-ji-shu-gong-guan-xiang-mu',
    term: '十大技术攻关项目',
    aliases: ['十大科技攻关项目'],
    scope: 'hunan',
    period: { from: 2021 },
    category: 'technology',
    gloss_zh: '湖南省政府每年选定、集中攻关的十项关键核心技术',
    explanation_zh:
      '湖南省政府从2021年起每年部署十个重大技术攻关项目，瞄准前沿和“卡脖子”技术，由省财政出资、企业配套研发。到2024年已连续实施四年，突破8英寸碳化硅外延设备、超大直径盾构机主轴承等关键核心技术170多项。',
    explanation_en:
      'Since 2021 the Hunan government has each year named ten major technology projects aimed at frontier and “choke-point” technologies, funded by the province with matching company research spending. After four years it reported more than 170 breakthroughs, such as 8-inch silicon-carbide epitaxy equipment and main bearings for very large tunnel-boring machines.',
    english: { text: 'ten major technology research projects', official: false },
    gloss_en: 'ten key technologies Hunan’s government funds research on each year',
    related: ['san-ge-gao-di', 'si-jia-si-ke-chuang'],
    sources: [TECH_PROJECTS_CNS, TECH_PROJECTS_CCTV],
    status: 'partial',
    missing: 'the ten projects of each year are not listed; they change every year',
    missing_zh: '各年具体是哪十个项目未列出，每年都不同',
  },
  {
    id: 'chan-ye-xiang-mu-jian-she-nian',
    term: '产业项目建设年',
    aliases: [],
    scope: 'hunan',
    period: { from: 2018 },
    category: 'investment',
    gloss_zh: '湖南省委2018年起开展的抓产业项目主题年活动',
    explanation_zh:
      '2017年底湖南省委经济工作会议决定2018年在全省开展“产业项目建设年”活动，以“五个100”为抓手，集中抓重大产业项目、科技创新和招商引资。此后几年各市州延续这一提法，如长沙2019年同时开展“产业项目建设年”和“营商环境优化年”。',
    explanation_en:
      'Hunan’s provincial party economic work conference decided that 2018 would be a province-wide “year of building industrial projects”, driven by the “five hundreds” lists of big projects, innovation and investment drives. Cities kept the label in later years; Changsha ran it in 2019 alongside a year of improving the business climate.',
    english: { text: 'Year of Industrial Project Construction', official: false },
    gloss_en: 'Hunan’s campaign year (from 2018) for pushing big industrial projects',
    related: ['wu-ge-100'],
    sources: [
      PROJECT_YEAR_2018,
      { url: 'http://hunan.voc.com.cn/article/201902/201902140649177201.html', publisher: '华声在线（湖南日报）', date: '2019-02-14' },
    ],
    status: 'verified',
  },
  {
    id: 'wu-ge-100',
    term: '五个100',
    aliases: [],
    scope: 'hunan',
    period: { from: 2018 },
    category: 'investment',
    gloss_zh: '湖南“产业项目建设年”的五张百项清单',
    explanation_zh:
      '湖南2018年“产业项目建设年”的主要抓手：抓好100个重大产业项目、100个科技创新项目、100个重大产品创新，引进100个500强企业和100个科技创新人才。重大产业项目原则上总投资不低于10亿元、当年具备开工条件。',
    explanation_en:
      'The core of Hunan’s 2018 industrial-project year: 100 major industrial projects, 100 technology-innovation projects and 100 major new products, plus bringing in 100 Fortune 500-type companies and 100 top innovators. Major industrial projects were in principle to be worth at least one billion yuan and ready to start that year.',
    english: { text: 'the “five hundreds”', official: false },
    gloss_en: 'Hunan’s five lists of 100 projects, products, firms and talents (from 2018)',
    items: [
      { zh: '100个重大产业建设项目', en: '100 major industrial projects' },
      { zh: '100个科技创新项目', en: '100 technology-innovation projects' },
      { zh: '100个重大产品创新', en: '100 major new products' },
      { zh: '引进100个500强企业', en: 'bringing in 100 companies from the top-500 lists' },
      { zh: '引进100个科技创新人才', en: 'bringing in 100 innovative scientists and engineers' },
    ],
    related: ['san-lei-500-qiang'],
    sources: [PROJECT_YEAR_2018],
    status: 'verified',
  },
  {
    id: 'xiang-zi-hao',
    term: '湘字号',
    aliases: [],
    scope: 'hunan',
    category: 'rural',
    gloss_zh: '湖南出产、带湖南品牌的产品，多指农产品',
    explanation_zh:
      '“湘”是湖南的简称，“湘字号”泛指湖南本地的品牌产品，报道中最常说“湘字号”农产品。省里通过品牌强农、评选省级公用品牌和“一县一特”品牌，推动这些产品打出湖南。',
    explanation_en:
      'Xiang is the short name of Hunan, so “Xiang-brand” means products made and branded in Hunan, most often farm products. The province promotes them through its brand-led farming policy, provincial public brands and one-county-one-specialty brands.',
    english: { text: 'Hunan-brand (products)', official: false },
    gloss_en: 'Hunan-made branded goods, especially farm produce',
    related: ['pin-pai-qiang-nong', 'yi-xian-yi-te'],
    sources: [FARM_BRANDS_IFENG, FARM_BRANDS_2023, TOP_TEN_2016],
    status: 'verified',
  },
  {
    id: 'pin-pai-qiang-nong',
    term: '品牌强农',
    aliases: ['品牌强农战略', '品牌强农行动'],
    scope: 'hunan',
    period: { from: 2016 },
    category: 'rural',
    gloss_zh: '湖南以打造农业品牌来提升农业的战略',
    explanation_zh:
      '湖南省第十一次党代会以来，省委、省政府把打造农产品品牌作为农业高质量发展的抓手，重点建设省级区域公用品牌、优势特色产业集群品牌和“一县一特”品牌，如“五彩湘茶”“湘赣红”。',
    explanation_en:
      'Since Hunan’s 11th provincial party congress (2016) the province has used brand building as its main lever for better farming, backing provincial public brands, brands for its specialty industry clusters and one-county-one-specialty brands such as Five-Colour Hunan Tea and Xiang-Gan-Hong.',
    english: { text: 'strengthening agriculture through brands', official: false },
    gloss_en: 'Hunan’s strategy of building farm brands to upgrade agriculture',
    related: ['xiang-zi-hao', 'wu-cai-xiang-cha', 'xiang-gan-hong', 'yi-xian-yi-te'],
    sources: [FARM_BRANDS_IFENG, FARM_BRANDS_2023, { url: 'http://cnssxq.com/article-12423-1.html', publisher: '华声在线（转载）', note: 'reprint' }],
    status: 'verified',
  },
  {
    id: 'zhong-guo-liang-hunan-fan',
    term: '中国粮·湖南饭',
    aliases: ['中国粮湖南饭'],
    scope: 'hunan',
    category: 'rural',
    gloss_zh: '湖南打造的粮食品牌口号：中国的粮食、湖南的饭碗',
    explanation_zh:
      '湖南是产粮大省，2023年初省里部署乡村振兴重点工作的文件提出持续打造“中国粮·湖南饭”金名片，把湖南大米等粮食产品作为全国性的品牌来推广。',
    explanation_en:
      'Hunan is a major grain province, and its early-2023 rural-policy document called for polishing the “China’s grain, Hunan’s rice” golden name card, promoting Hunan rice and grain as a national brand.',
    english: { text: 'China’s grain, Hunan’s rice', official: false },
    gloss_en: 'slogan for branding Hunan’s rice and grain across China',
    related: ['pin-pai-qiang-nong'],
    sources: [FARM_BRANDS_2023],
    status: 'partial',
    missing: 'when the slogan was first used and what measures sit behind it',
    missing_zh: '何时首次提出、有哪些具体措施未查到',
  },
  {
    id: 'wu-cai-xiang-cha',
    term: '五彩湘茶',
    aliases: [],
    scope: 'hunan',
    period: { from: 2021 },
    category: 'rural',
    gloss_zh: '湖南五大茶叶公共品牌的合称，绿、红、黑、黄、白五色',
    explanation_zh:
      '湖南把五类茶各打造一个公共品牌：潇湘茶（绿茶）、湖南红茶、安化黑茶、岳阳黄茶、桑植白茶，合称“五彩湘茶”。2021年起列入国家级优势特色产业集群项目，目标是千亿茶产业。',
    explanation_en:
      'Hunan backs one public brand for each of five teas: Xiaoxiang (green), Hunan black (red) tea, Anhua dark tea, Yueyang yellow tea and Sangzhi white tea, together the “five-colour Hunan teas”. Since 2021 it has been a national priority industry-cluster project aiming at a 100-billion-yuan tea industry.',
    english: { text: 'Five-Colour Hunan Tea', official: false },
    gloss_en: 'Hunan’s five public tea brands: green, red, dark, yellow and white',
    items: [
      { zh: '潇湘茶', en: 'Xiaoxiang tea (green)' },
      { zh: '湖南红茶', en: 'Hunan black tea (red tea)' },
      { zh: '安化黑茶', en: 'Anhua dark tea' },
      { zh: '岳阳黄茶', en: 'Yueyang yellow tea' },
      { zh: '桑植白茶', en: 'Sangzhi white tea' },
    ],
    related: ['pin-pai-qiang-nong', 'xiang-jiu-wei'],
    sources: [
      { url: 'https://yaliqi.com/new/654050897380247552', publisher: 'yaliqi.com（转载）', note: 'reprint of a report on the brand promotion' },
      { url: 'https://ayays.com/huangcha/9100.html', publisher: 'ayays.com（转载“家湘”视频文案）', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'xiang-jiu-wei',
    term: '湘九味',
    aliases: [],
    scope: 'hunan',
    period: { from: 2019 },
    category: 'rural',
    gloss_zh: '湖南中药材的省级公共品牌和国家优势特色产业集群',
    explanation_zh:
      '“湘九味”是湖南为道地中药材打造的品牌，也是国家级优势特色产业集群项目，与“五彩湘茶”“洞庭香米”等并列；慈利杜仲2019年入选，屈原管理区的栀子也列入该集群。',
    explanation_en:
      'Xiang Jiu Wei (“Hunan’s nine flavours”) is Hunan’s brand for its native medicinal herbs and a national priority industry-cluster project, alongside Five-Colour Hunan Tea and Dongting fragrant rice; Cili eucommia joined it in 2019 and Quyuan’s gardenia is in the cluster.',
    english: { text: 'Xiang Jiu Wei (Hunan’s nine medicinal herbs)', official: false },
    gloss_en: 'Hunan’s brand and industry cluster for its medicinal herbs',
    related: ['wu-cai-xiang-cha', 'pin-pai-qiang-nong'],
    sources: [
      FARM_BRANDS_2023,
      { url: 'https://czhnst.com/a/hunanmeishitechan/95957.html', publisher: 'czhnst.com（转载）', note: 'reprint of a feature on Hunan counties' },
      {
        url: 'http://www.texas-hold-em-a.com/news/xhn/202507/29963692.html',
        publisher: '湖南日报·新湖南（转载）',
        date: '2025-07-17',
        note: 'mirror of a Hunan Daily report, with unrelated text inserted',
      },
    ],
    status: 'partial',
    missing: 'which nine herbs the name stands for',
    missing_zh: '“九味”具体是哪九种药材未查到',
  },
  {
    id: 'xiang-gan-hong',
    term: '湘赣红',
    aliases: [],
    scope: 'hunan',
    period: { from: 2020 },
    category: 'rural',
    gloss_zh: '湖南、江西共建的湘赣边区域农产品公用品牌',
    explanation_zh:
      '2020年湘赣两省联合发布的全品类农产品区域公用品牌，湘赣边24个县市区的企业经授权可使用，如炎陵黄桃、攸县香干、浏阳大围山梨。品牌按“1+24+N”思路建设：一个母品牌，各县至少一个“一县一特”子品牌，再加N个企业品牌。',
    explanation_en:
      'A shared regional brand for all kinds of farm products, launched by Hunan and Jiangxi in 2020; licensed firms in the 24 border counties, with products like Yanling yellow peaches and Youxian dried tofu, may use it. It is built as “1+24+N”: one parent brand, at least one specialty sub-brand per county and many company brands.',
    english: { text: 'Xiang-Gan-Hong (Hunan–Jiangxi Red)', official: false },
    gloss_en: 'joint Hunan–Jiangxi brand for farm products of the border counties',
    related: ['xiang-gan-bian', 'pin-pai-qiang-nong', 'yan-ling-huang-tao'],
    sources: [XIANG_GAN_HONG_2023, { url: 'https://www.icswb.com/newspaper_article-detail-1825008.html', publisher: '长沙晚报' }, XIANG_GAN_HONG_ZZ],
    status: 'verified',
  },
  {
    id: 'hunan-lao-zi-hao',
    term: '湖南老字号',
    aliases: [],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '湖南省商务厅认定的有50年以上历史的本地老品牌',
    explanation_zh:
      '省商务厅分批认定的称号，参评品牌须创立50年以上、传承独特产品或技艺、有湖湘文化底蕴和良好信誉。2021年公布的第五批中，株洲的醴陵烟花“赖吉昌”和攸县米粉“炎米神”入选。',
    explanation_en:
      'A title granted in batches by Hunan’s commerce department to local brands at least 50 years old that carry a distinctive product or craft and a good name. The fifth batch (2021) included two Zhuzhou brands, a Liling fireworks maker and a Youxian rice-noodle maker.',
    english: { text: 'Hunan time-honoured brand', official: false },
    gloss_en: 'provincial title for Hunan brands over 50 years old',
    related: ['xiang-zi-hao'],
    sources: [{ url: 'http://bk.zzlib.net:88/paper/evening/202103/103245.html', publisher: '株洲晚报', date: '2021-03' }],
    status: 'verified',
  },
  {
    id: 'xiang-pin-chu-xiang',
    term: '湘品出湘',
    aliases: [],
    scope: 'hunan',
    category: 'economy',
    gloss_zh: '湖南省委、省政府推动湖南产品销往省外的战略',
    explanation_zh:
      '湖南推动本省农产品、湘菜等“湘品”走出湖南的提法，如省政府驻京办2024年在北京办湘菜湘品展销活动，把湖南各地的农特产品带进首都市场。',
    explanation_en:
      'Hunan’s drive to sell its products, above all farm produce and Hunan cuisine, outside the province; in 2024, for example, the provincial office in Beijing ran Hunan food and produce fairs there.',
    english: { text: 'Hunan products going out of Hunan', official: false },
    gloss_en: 'Hunan’s push to sell its products in other provinces',
    related: ['xiang-zi-hao'],
    sources: [{ url: 'https://www.xiaoxiangtoutiao.com/a/dianjingzixun/caishui/2024/1017/23453.html', publisher: '潇湘头条', date: '2024-10-17' }],
    status: 'partial',
    missing: 'when the strategy was adopted and its measures',
    missing_zh: '何时提出、有哪些具体措施未查到',
  },
  {
    id: 'hunan-shi-da-nong-ye-pin-pai',
    term: '湖南十大农业品牌',
    aliases: [],
    scope: 'hunan',
    period: { from: 2016 },
    category: 'rural',
    gloss_zh: '湖南省农业部门自2016年起评选的十个代表性农业区域品牌',
    explanation_zh:
      '原省农委从2016年起评选，首届只评农业区域公用品牌，安化黑茶、古丈毛尖、炎陵黄桃、宁乡花猪等入选（汉寿甲鱼并列第十）。',
    explanation_en:
      'A list chosen by Hunan’s agriculture department from 2016; the first round covered only regional public farm brands, among them Anhua dark tea, Guzhang Maojian tea, Yanling yellow peaches and Ningxiang pigs (with a tie for tenth place).',
    english: { text: 'Hunan’s top ten agricultural brands', official: false },
    gloss_en: 'Hunan’s yearly list of its ten leading farm brands (from 2016)',
    related: ['xiang-zi-hao', 'yan-ling-huang-tao'],
    sources: [TOP_TEN_2016],
    status: 'partial',
    missing: 'the lists after 2016; the first list had eleven names with a tie, so none is given as items',
    missing_zh: '2016年以后各届名单未查到；首届因并列有十一个，故不列条目',
  },
  {
    id: 'te-se-chan-ye-xiao-zhen',
    term: '特色产业小镇',
    aliases: ['省级特色产业小镇'],
    scope: 'hunan',
    period: { from: 2019 },
    category: 'industry',
    gloss_zh: '湖南评定扶持的以一种特色产业为主的乡镇',
    explanation_zh:
      '湖南出台政策扶持一二三产业融合的特色产业小镇，2019年评出30个省级特色产业小镇，分工业、农业和文旅三类，如浏阳大瑶（烟花）。',
    explanation_en:
      'Hunan supports towns built around one specialty industry that mixes farming, manufacturing and services; in 2019 it named 30 provincial specialty industry towns of three kinds (industrial, farming, culture-and-tourism), such as Dayao in Liuyang for fireworks.',
    english: { text: 'specialty industry town', official: false },
    gloss_en: 'a Hunan town given provincial support for its one signature industry',
    related: [],
    sources: [{ url: 'http://m.shadafang.com/c/hn480919.html', publisher: '湖南日报·华声在线（转载）', date: '2019-10', note: 'reprint' }],
    status: 'verified',
  },
  {
    id: 'heng-yang-san-xiang-xing-dong',
    term: '三乡行动',
    aliases: [],
    scope: 'hunan',
    period: { from: 2021 },
    category: 'rural',
    gloss_zh: '衡阳的能人返乡、民企下乡、资本兴乡行动',
    explanation_zh:
      '2021年秋衡阳市委向全球衡商发出“引老乡、回故乡、建家乡”的邀约，由此开展能人返乡、民企下乡、资本兴乡的“三乡”行动，是衡阳落实“万企兴万村”的做法。',
    explanation_en:
      'In autumn 2021 Hengyang’s party committee invited Hengyang business people worldwide to come home and invest, starting the “three rural” drive: able people returning, private firms going to the villages and capital reviving them; it is Hengyang’s way of carrying out the national “10,000 firms help 10,000 villages” campaign.',
    english: { text: 'three-village drive (Hengyang)', official: false },
    gloss_en: 'Hengyang’s drive to bring people, firms and money back to its villages',
    items: [
      { zh: '能人返乡', en: 'able people returning home' },
      { zh: '民企下乡', en: 'private firms going to the countryside' },
      { zh: '资本兴乡', en: 'capital reviving the villages' },
    ],
    related: ['xiang-shang-hui-gui'],
    sources: [{ url: 'https://hn.rednet.cn/m/content/646942/61/15232305.html', publisher: '红网' }],
    status: 'verified',
  },
  {
    id: 'xiang-nan-qi-cheng',
    term: '湘南脐橙',
    aliases: [],
    scope: 'hunan',
    period: { from: 2020 },
    category: 'rural',
    gloss_zh: '湖南省级脐橙区域公用品牌',
    explanation_zh:
      '省农业农村厅2020年启动建设、2021年12月发布的脐橙公用品牌，授权企业可用这一商标，目的是以一个省级品牌带动各县的特色脐橙品牌（“1+N”体系）。',
    explanation_en:
      'A public brand for navel oranges started by Hunan’s agriculture department in 2020 and launched in December 2021; licensed growers use the label, and the one provincial brand is meant to carry the counties’ own orange brands along (“1+N”).',
    english: { text: 'South Hunan navel oranges', official: false },
    gloss_en: 'Hunan’s provincial public brand for navel oranges',
    related: ['pin-pai-qiang-nong'],
    sources: [{ url: 'http://cnssxq.com/article-12423-1.html', publisher: '华声在线（转载）', note: 'reprint' }],
    status: 'verified',
  },
  {
    id: 'jin-xiu-xiao-xiang',
    term: '锦绣潇湘',
    aliases: [],
    scope: 'hunan',
    period: { from: 2020 },
    category: 'culture',
    gloss_zh: '湖南省文旅厅推出的全省精品旅游线路品牌',
    explanation_zh:
      '2020年湖南省文旅厅公布“锦绣潇湘”旅游精品线路，把全省精品景区串成5条精品线路和2条红色文化线路，作为重点建设和推广的文旅品牌；株洲的中国动力谷、醴陵瓷都、炎帝陵等在列。',
    explanation_en:
      'In 2020 Hunan’s culture and tourism department launched “Splendid Xiaoxiang”, linking the province’s best sights into five showcase routes and two red-heritage routes as a brand to build and promote; Zhuzhou’s Power Valley, Liling’s porcelain town and the Flame Emperor’s tomb are on them.',
    english: { text: 'Splendid Xiaoxiang (Hunan tour routes)', official: false },
    gloss_en: 'Hunan’s brand of showcase tourist routes (from 2020)',
    related: [],
    sources: [{ url: 'http://bk.zzlib.net:88/paper/daily/202003/7956.html', publisher: '株洲日报', date: '2020-03' }],
    status: 'verified',
  },
];
