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
 *   https://m.jiusongjiankang.com/health/know/5986343.html           Q&A on the name 三湘四水
 *   http://www.smxe.cn/wyw/202509/380573.html                        Q&A on the name 三湘四水
 *   https://ruilifan.com/zh-hk/wmsh/xinli/gkq2pw.html                Q&A on the name 三湘四水
 *   https://zicidian.com/cidian/49823                                dictionary entry 芙蓉国
 *   https://baike.baidu.hk/item/%E8%8A%99%E8%93%89%E5%9C%8B/9226942   encyclopedia entry 芙蓉国
 *   https://zt.rednet.cn/c/2016/11/16/4136561.htm                    Red Net on the 11th provincial party congress report
 *   http://laosuntou666.com/jisuanji/427840.html                     essay on Hunan culture
 *   https://ccyoy.cn/dushu-baike/4419.html                           essay on Hunan culture
 *   http://torch.2008.sina.com.cn/hd/other/2008-04-05/174064674.shtml   Sina on Yuelu Academy
 *   https://haomeiwen.com/subject/rnigaqtx.html                      Yuelu Academy couplets
 *   https://www.gov.cn/gzdt/2012-02/08/content_2061044.htm           gov.cn on the 2012 Hunan-spirit campaign
 *   http://10forwardtheexperience.com/news/09264741102.htm           open letter of the Hunan-spirit campaign (mirror)
 *   http://www.needindex.com/cjxw/Info.aspx?id=3152                  Red Net comment on the Hunan-spirit campaign
 *   https://finance.stockstar.com/SS2018112100000953.shtml           Xinhua on the south and west Hunan transfer zone
 *   http://fzghb.usc.edu.cn/info/2057/2775.htm                       the zone's development plan (mirror)
 *   http://m.b57w946.cn/p/112897.html                                Hunan Daily on the zone's results (mirror)
 *   https://hnrb.voc.com.cn/article/202107/202107050806497501001.html   Hunan Daily on the cross-strait cooperation zone
 *   https://cz.voc.com.cn/view.php?cid=41&tid=30468                  Hunan Daily on a Chenzhou investment fair
 *   http://laqyhz.xinhua08.com/a/20210819/1998051.shtml?f=arelated   Taiwan.cn on the Xiangtan park
 *   https://m.shzx.org/a/28-185520-0.html                            Changsha Evening News on intercity rail (reprint)
 *   https://www.163.com/dy/article/JSO10RQR055293Z2.html             self-media summary of the green-heart plan
 *   https://android.icswb.com/h/106421/20240828/886478.html          Changsha Evening News (bilingual) on integration projects
 *   http://guc884.cn/news/content/46429624287175001.html             list of 2024 integration landmark projects (mirror)
 *   http://news.shikeinfo.com/remenwenzhang/2023/0823/23997.html     Voice of Hunan on the 智赋万企 conference (reprint)
 *   http://m.lznta.com/zwgk97/xxgkml/384213/384535/384565/384567/202304/t20230414_11059541.html   interpretation of the 智赋万企 plan (mirror)
 *   https://www.chinathinktanks.org.cn/content/detail?id=ru2ls010    think-tank piece on Hunan's manufacturing digitisation
 *   http://kjt.hunan.gov.cn/kjt/xxgk/ghjh/202403/t20240305_32968870.html   Hunan science department call for 三尖 projects
 *   http://dibdj.com/37584/38152/67282/67284/content_2149141.html    the 三尖 plan (mirror)
 *   https://hnmlxcw.com/index.php/product.html?p=6&pagesize=20       2021 list of provincial beautiful and boutique villages
 *   http://simplycreativeconsulting.com/xinwen/2016-12/05/content_5143274.htm   Farmers' Daily on Hunan's beautiful villages (mirror)
 *   https://news.changsha.cn/zt2023/html/115493/20240107/3979.html   Changsha news series on Hunan villages
 *   http://caolvse.com/d/1264309.html                                Q&A on Changsha's nickname
 *   https://miaozhibang.com/xiaoxiao/chengshiwenhua/vpq6g.html        Q&A on Changsha's nickname
 *   http://cs.2233323.com/cszd/18369.html                            Q&A on Changsha's nickname
 *   http://www.e0734.com/html/hysc                                   Hengyang city portal
 *   https://o.borongbank.cn/show-334284.html                         essay on Hengyang and the geese
 *   http://m.whhjmc.cn/yiwen/1741129.html                            Q&A on the name 雁城
 *   https://book.rednet.cn/c/2017/11/01/4462292.htm                  Red Net on Changsha's UNESCO title
 *   http://m.dangshu.com/html/76/76203.html                          note on the City of Media Arts
 *   http://www.wenxue100.com/baokan/61300.thtml                      Xinhua Monthly on Hunan's cultural industries (reprint)
 *   http://hunan.voc.com.cn/article/201711/201711171119089562.html   Voice of Hunan on Hunan cultural brands
 *   http://hnhsjy1.txhn.net/wx/yjpl/qt/201611/t20161123_491202.htm  history of Hunan's publishing and broadcasting armies
 *   https://hyyf.smehn.cn/Policy/Detail?id=133070                    Hunan NDRC plan for western Hunan industry (reprint)
 *   http://www.echangedirect.com/a/chenggonganli/569.html            essay on Hunan culture and the 芙蓉国 name
 */

const TECH_PROJECTS_CCTV: Source = {
  url: 'https://zjwx.net/china/409443.html',
  publisher: 'zjwx.net（转载央视国新办发布会报道）',
  date: '2024-05',
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
    sources: [{ url: 'https://hn.rednet.cn/m/content/646942/61/15232305.html', publisher: '红网（衡阳）' }],
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
  {
    id: 'san-xiang-si-shui',
    term: '三湘四水',
    aliases: ['三湘大地'],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '湖南的代称：“三湘”之地、“四水”流域',
    explanation_zh:
      '“四水”指湘江、资江、沅江、澧水四条大河，都汇入洞庭湖；“三湘”说法不一，常见的是湘江与潇水、蒸水、沅水相汇的潇湘、蒸湘、沅湘。合起来泛指湖南全省，新闻里也常说“三湘大地”。',
    explanation_en:
      'A literary name for Hunan: the “four waters” are its four great rivers, the Xiang, Zi, Yuan and Li, all flowing into Dongting Lake; the “three Xiang” are explained in several ways, most often as the Xiang where it meets the Xiao, Zheng and Yuan. News uses it, and “the land of the three Xiang”, simply to mean the whole province.',
    english: { text: 'the three Xiang and four rivers (Hunan)', official: false },
    gloss_en: 'a poetic name for Hunan and its four great rivers',
    related: ['yi-hu-si-shui', 'fu-rong-guo'],
    sources: [
      { url: 'https://m.jiusongjiankang.com/health/know/5986343.html', publisher: '问答网站', note: 'weak source' },
      { url: 'http://www.smxe.cn/wyw/202509/380573.html', publisher: '问答网站', date: '2025-09', note: 'weak source' },
      { url: 'https://ruilifan.com/zh-hk/wmsh/xinli/gkq2pw.html', publisher: '问答网站', note: 'weak source' },
    ],
    status: 'verified',
  },
  {
    id: 'fu-rong-guo',
    term: '芙蓉国',
    aliases: [],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '湖南的雅称，源自唐诗和毛泽东诗句',
    explanation_zh:
      '唐宋时湘、资、沅、澧流域多生木芙蓉，诗人谭用之写下“秋风万里芙蓉国”；1961年毛泽东在《七律·答友人》中写“芙蓉国里尽朝晖”，这一雅称由此家喻户晓。',
    explanation_en:
      'Cotton-rose hibiscus once grew thickly along Hunan’s rivers, and the poet Tan Yongzhi wrote of “ten thousand li of autumn wind in the land of hibiscus”; Mao Zedong’s 1961 line “the land of hibiscus all aglow in morning sun” made the name famous.',
    english: { text: 'the Land of Hibiscus (Hunan)', official: false },
    gloss_en: 'a poetic name for Hunan, “land of hibiscus”',
    related: ['san-xiang-si-shui'],
    sources: [
      { url: 'https://zicidian.com/cidian/49823', publisher: '字词典（词语释义）' },
      { url: 'https://baike.baidu.hk/item/%E8%8A%99%E8%93%89%E5%9C%8B/9226942', publisher: '百度百科（香港镜像）', note: 'encyclopedia' },
    ],
    status: 'verified',
  },
  {
    id: 'xin-you-tian-xia-gan-wei-ren-xian',
    term: '心忧天下、敢为人先',
    aliases: ['心忧天下敢为人先'],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '常用来概括湖湘文化和湖南人精神的八个字',
    explanation_zh:
      '“心忧天下”指以天下兴亡为己任的家国情怀，“敢为人先”指敢闯敢试的胆识，常被说成湖湘文化的精髓。2016年湖南省第十一次党代会报告把“心忧天下”“敢为人先”与“经世致用”“坚韧不拔”并举，作为湖南人民的品格。',
    explanation_en:
      '“Caring about the whole country” and “daring to be first” are the eight characters most often used for the spirit of Hunan culture. The 2016 provincial party congress report named them, with “learning for practical use” and “perseverance”, as the character of the Hunan people.',
    english: { text: 'caring about the world and daring to be first', official: false },
    gloss_en: 'Hunan’s self-image: concern for the country, courage to go first',
    related: ['chi-de-ku-nai-de-fan-ba-de-man', 'hunan-jing-shen'],
    sources: [
      { url: 'https://zt.rednet.cn/c/2016/11/16/4136561.htm', publisher: '红网', date: '2016-11-16' },
      { url: 'http://laosuntou666.com/jisuanji/427840.html', publisher: '网友文章', note: 'weak source' },
    ],
    status: 'verified',
  },
  {
    id: 'chi-de-ku-nai-de-fan-ba-de-man',
    term: '吃得苦、耐得烦、霸得蛮',
    aliases: ['吃得苦、霸得蛮、耐得烦', '吃得苦耐得烦霸得蛮', '吃得苦霸得蛮耐得烦', '吃得苦、霸得蛮、扎硬寨、打硬仗', '霸得蛮'],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '湖南人常说的性格自况：能吃苦、有耐心、有股倔劲',
    explanation_zh:
      '湖南方言式的说法，形容湖南人能吃苦、沉得住气、认准了就硬干到底（“霸蛮”意为不服输、硬要做成）。2016年省第十一次党代会报告号召发扬湖南人民“吃得苦、霸得蛮、扎硬寨、打硬仗”的优良传统。',
    explanation_en:
      'A dialect-flavoured saying about Hunan people: they can bear hardship, have patience and, once set on something, push it through stubbornly (ba man). The 2016 provincial party congress report called for carrying on this tradition of “bearing hardship, being stubborn, building solid camps and fighting hard battles”.',
    english: { text: 'able to bear hardship, to be patient and to push through', official: false },
    gloss_en: 'Hunan saying about its people’s toughness and stubborn drive',
    related: ['xin-you-tian-xia-gan-wei-ren-xian'],
    sources: [
      { url: 'https://zt.rednet.cn/c/2016/11/16/4136561.htm', publisher: '红网', date: '2016-11-16' },
      { url: 'https://ccyoy.cn/dushu-baike/4419.html', publisher: '网友文章', note: 'weak source' },
    ],
    status: 'verified',
  },
  {
    id: 'wei-chu-you-cai-yu-si-wei-sheng',
    term: '惟楚有材，于斯为盛',
    aliases: ['惟楚有才，于斯为盛', '惟楚有材于斯为盛', '惟楚有才于斯为盛'],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '岳麓书院大门的名联，常用来自夸湖南人才辈出',
    explanation_zh:
      '清嘉庆年间岳麓书院山长袁名曜出上联“惟楚有材”（语出《左传》），学生张中阶对出“于斯为盛”（语出《论语》），意为楚地出人才，而以此处最盛。现悬挂的是抗战中被炸毁后于1984年复制的。',
    explanation_en:
      'The couplet on the gate of Yuelu Academy in Changsha, from the Jiaqing era of the Qing: the head of the academy gave the first line (from the Zuo Zhuan) and a student answered with the second (from the Analects), “Chu has talent, and here it flourishes most”. The board hanging today is a 1984 copy of one bombed in the war.',
    english: { text: 'Chu has talent, and here it flourishes most', official: false },
    gloss_en: 'Yuelu Academy couplet boasting of Hunan’s many talents',
    related: ['xin-you-tian-xia-gan-wei-ren-xian'],
    sources: [
      { url: 'http://torch.2008.sina.com.cn/hd/other/2008-04-05/174064674.shtml', publisher: '新浪体育', date: '2008-04-05' },
      { url: 'https://haomeiwen.com/subject/rnigaqtx.html', publisher: '网友文章（岳麓书院对联赏析）', note: 'weak source' },
    ],
    status: 'verified',
  },
  {
    id: 'hunan-jing-shen',
    term: '湖南精神',
    aliases: [],
    quotedOnly: ['湖南精神'],
    scope: 'hunan',
    period: { from: 2012 },
    category: 'culture',
    gloss_zh: '湖南省委2012年发动全省征集提炼的湖南人共同精神',
    explanation_zh:
      '2012年初湖南省委在全省开展“湖南精神”征集提炼活动，要求把湖湘文化传统和时代精神提炼成鲜明、简洁、通俗的表述语，作为社会主义核心价值体系在湖南的体现；经“10选1”“4选1”“2选1”投票后由省委核定。',
    explanation_en:
      'In early 2012 Hunan’s party committee ran a province-wide campaign to sum up “the Hunan spirit” in a short, plain formula drawing on Hunan’s cultural tradition, as the local form of the socialist core value system; the wording was narrowed down by public votes and then fixed by the party committee.',
    english: { text: 'the Hunan spirit', official: false },
    gloss_en: 'the official short formula of Hunan people’s shared spirit (2012)',
    related: ['xin-you-tian-xia-gan-wei-ren-xian'],
    sources: [
      { url: 'https://www.gov.cn/gzdt/2012-02/08/content_2061044.htm', publisher: '中国政府网', date: '2012-02-08' },
      { url: 'http://10forwardtheexperience.com/news/09264741102.htm', publisher: '“湖南精神”征集提炼活动领导小组公开信（转载）', note: 'mirror' },
    ],
    status: 'partial',
    missing: 'the wording finally adopted; a page without an address gives 忠诚、担当、求是、图强, not confirmed here',
    missing_zh: '最终表述语未经核实；有无出处的页面称是“忠诚、担当、求是、图强”',
  },
  {
    id: 'xiang-nan-xiang-xi-cheng-jie-chan-ye-zhuan-yi-shi-fan-qu',
    term: '湘南湘西承接产业转移示范区',
    aliases: [],
    scope: 'hunan',
    period: { from: 2018 },
    category: 'industry',
    gloss_zh: '湖南南部和西部六市州承接沿海产业转移的国家级示范区',
    explanation_zh:
      '2018年国家发改委批复设立，包括衡阳、郴州、永州、邵阳、怀化、湘西州6个市州，面积12.1万平方公里，在2011年湘南承接产业转移示范区基础上扩大而来；目标是当好中西部承接产业转移的“领头雁”，2025年基本建成、2035年全面建成。',
    explanation_en:
      'Approved by the NDRC in 2018 and covering six prefectures of southern and western Hunan (Hengyang, Chenzhou, Yongzhou, Shaoyang, Huaihua, Xiangxi), it enlarged the 2011 southern Hunan zone for taking over industries moving inland from the coast; it is to be basically built by 2025 and complete by 2035.',
    english: { text: 'South and West Hunan Demonstration Zone for Undertaking Industrial Transfer', official: false },
    gloss_en: 'national zone (2018) for six Hunan prefectures to take over coastal industries',
    related: ['yi-dai-yi-bu'],
    sources: [
      { url: 'https://finance.stockstar.com/SS2018112100000953.shtml', publisher: '新华社（证券之星转载）', date: '2018-11-21' },
      { url: 'http://fzghb.usc.edu.cn/info/2057/2775.htm', publisher: '湖南省人民政府（湘政发〔2020〕4号，南华大学转载）', date: '2020-02-24' },
    ],
    status: 'verified',
  },
  {
    id: 'hunan-hai-xia-liang-an-chan-ye-he-zuo-qu',
    term: '湖南海峡两岸产业合作区',
    aliases: ['海峡两岸产业合作区'],
    scope: 'hunan',
    period: { from: 2021 },
    category: 'united-front',
    gloss_zh: '湖南设立的对台产业合作区，“一区三园”在岳阳、湘潭、郴州',
    explanation_zh:
      '2021年5月国务院台办、国家发改委、工信部、商务部批复同意湖南设立，湖南是第五个获批省份；合作区为“一区三园”：岳阳产业园（城陵矶新港区）、湘潭产业园（湘潭经开区）、郴州产业园（郴州高新区），用来集中吸引台资企业。',
    explanation_en:
      'Approved in May 2021 by the Taiwan Affairs Office, NDRC, MIIT and commerce ministry, making Hunan the fifth province with such a zone; it is “one zone, three parks” in Yueyang, Xiangtan and Chenzhou, set up to gather Taiwanese-invested firms.',
    english: { text: 'Hunan Cross-Strait Industrial Cooperation Zone', official: false },
    gloss_en: 'Hunan’s zone for Taiwanese investment, with parks in three cities',
    items: [
      { zh: '岳阳产业园（城陵矶新港区）', en: 'Yueyang park (Chenglingji new port area)' },
      { zh: '湘潭产业园（湘潭经开区）', en: 'Xiangtan park (Xiangtan economic development zone)' },
      { zh: '郴州产业园（郴州高新区）', en: 'Chenzhou park (Chenzhou high-tech zone)' },
    ],
    related: [],
    sources: [
      { url: 'https://hnrb.voc.com.cn/article/202107/202107050806497501001.html', publisher: '湖南日报·新湖南', date: '2021-07-05' },
      { url: 'https://cz.voc.com.cn/view.php?cid=41&tid=30468', publisher: '湖南日报', date: '2023-09-24' },
    ],
    status: 'verified',
  },
  {
    id: 'gui-dao-shang-de-chang-zhu-tan',
    term: '轨道上的长株潭',
    aliases: [],
    scope: 'hunan',
    category: 'infrastructure',
    gloss_zh: '用城际铁路、地铁等轨道交通把长沙、株洲、湘潭连成一体的目标',
    explanation_zh:
      '长株潭一体化的交通口号：以长株潭城际铁路、西环线及与地铁的衔接为骨干，打造多层次的都市圈轨道网，实现三市“半小时交通圈”。《长沙市国土空间总体规划（2021—2035年）》和2022年《长株潭都市圈发展规划》都有相关要求。',
    explanation_en:
      'A slogan of Chang-Zhu-Tan integration: tie Changsha, Zhuzhou and Xiangtan together with intercity rail, the western loop line and links to the metros, so the three cities are within half an hour of one another; Changsha’s 2021–2035 spatial plan and the 2022 metropolitan-area plan both call for it.',
    english: { text: 'Chang-Zhu-Tan on rails', official: false },
    gloss_en: 'aim of linking Changsha, Zhuzhou and Xiangtan by rail transit',
    related: ['chang-zhu-tan', 'chang-zhu-tan-ban-xiao-shi-jiao-tong-quan'],
    sources: [
      { url: 'https://m.shzx.org/a/28-185520-0.html', publisher: '长沙晚报（转载）', date: '2022-04-17', note: 'reprint' },
      { url: 'https://www.163.com/dy/article/JSO10RQR055293Z2.html', publisher: '网易号', note: 'self-media summary of the 2024 green-heart plan' },
    ],
    status: 'verified',
  },
  {
    id: 'yi-ting-yi-dao-yi-yuan-yi-lang-si-zhang-wang',
    term: '一厅一道一园一廊四张网',
    aliases: [],
    scope: 'hunan',
    period: { from: 2024 },
    category: 'planning',
    gloss_zh: '长株潭一体化的一批标志性重大项目布局',
    explanation_zh:
      '2024年湖南省发改委按打造长株潭“一座城”的要求部署：“一厅”是三市交界处的标志性建筑湖湘绿厅，“一道”是以三界碑为原点约45公里的环形生态绿道，“一园”是绿心中央公园内的绿心国家植物园，“一廊”是沿湘江两岸的湘江科教走廊。',
    explanation_en:
      'A 2024 layout of landmark projects for making Changsha, Zhuzhou and Xiangtan “one city”: the Huxiang Green Pavilion where the three cities meet, a 45-km ring greenway, a national botanical garden in the Green Heart central park and a science-and-education corridor along the Xiang River, plus four networks.',
    english: { text: 'one pavilion, one greenway, one garden, one corridor and four networks', official: true },
    gloss_en: 'a 2024 set of landmark projects to knit Chang-Zhu-Tan into one city',
    items: [
      { zh: '湖湘绿厅', en: 'Huxiang Green Pavilion' },
      { zh: '生态绿道', en: 'ecological ring greenway' },
      { zh: '绿心国家植物园', en: 'Green Heart national botanical garden' },
      { zh: '湘江科教走廊', en: 'Xiang River science and education corridor' },
    ],
    related: ['chang-zhu-tan', 'chang-zhu-tan-sheng-tai-lv-xin'],
    sources: [{ url: 'https://android.icswb.com/h/106421/20240828/886478.html', publisher: '长沙晚报（中英双语）', date: '2024-08-28' }],
    status: 'partial',
    missing: 'what the four networks are',
    missing_zh: '“四张网”具体指什么未查到',
  },
  {
    id: 'zhi-fu-wan-qi',
    term: '智赋万企',
    aliases: ['智赋万企行动'],
    scope: 'hunan',
    period: { from: 2023, to: 2025 },
    category: 'industry',
    gloss_zh: '湖南2023—2025年推动上万家企业数字化、智能化改造的行动',
    explanation_zh:
      '2023年湖南省政府工作报告提出、省工信厅牵头制定行动方案，实施“十大工程”，目标到2025年推动全省70万家企业上云、4万家企业上平台，75%的规上制造业企业基本实现数字化网络化，打造1000家智能制造企业。',
    explanation_en:
      'A 2023–2025 Hunan programme, announced in the 2023 government work report and run by the industry department through “ten projects”, to bring 700,000 firms onto the cloud and 40,000 onto industrial-internet platforms by 2025, digitise 75% of larger manufacturers and create 1,000 smart-manufacturing companies.',
    english: { text: 'empowering ten thousand enterprises with intelligence', official: false },
    gloss_en: 'Hunan’s 2023–2025 drive to digitise and automate its companies',
    related: ['liang-shang-san-hua'],
    sources: [
      { url: 'http://news.shikeinfo.com/remenwenzhang/2023/0823/23997.html', publisher: '华声在线（转载）', date: '2023-08-23', note: 'reprint' },
      {
        url: 'http://m.lznta.com/zwgk97/xxgkml/384213/384535/384565/384567/202304/t20230414_11059541.html',
        publisher: '湖南省工业和信息化厅（行动方案解读，转载）',
        date: '2023-04-14',
        note: 'mirror of the official interpretation, with some words replaced by spam',
      },
    ],
    status: 'verified',
  },
  {
    id: 'san-jian-chuang-xin-ren-cai-gong-cheng',
    term: '三尖创新人才工程',
    aliases: [],
    quotedOnly: ['三尖'],
    scope: 'hunan',
    period: { from: 2022, to: 2025 },
    category: 'technology',
    gloss_zh: '湖南“芙蓉计划”下培养引进三类尖端科技人才的工程',
    explanation_zh:
      '湖南省科技厅、财政厅依据2022年实施方案组织的人才项目，属于“芙蓉人才行动计划”，按三个层次遴选支持高层次科技创新人才，最高一层是“顶尖”人才，即能统筹全省重大项目和平台的战略科学家，以引进为主、“一事一议”。',
    explanation_en:
      'A Hunan talent scheme run by the science and finance departments under a 2022–2025 plan, part of the “Hibiscus talent” programme: it selects high-level scientists at three tiers, the top tier being “peak” talents, strategic scientists able to lead major provincial projects, mostly recruited from outside and supported case by case.',
    english: { text: 'three-tip innovative talent project', official: false },
    gloss_en: 'Hunan’s 2022–2025 scheme for three tiers of top scientific talent',
    related: ['si-jia-si-ke-chuang'],
    sources: [
      { url: 'http://kjt.hunan.gov.cn/kjt/xxgk/ghjh/202403/t20240305_32968870.html', publisher: '湖南省科学技术厅（湘科计〔2024〕4号）', date: '2024-03-05' },
      { url: 'http://dibdj.com/37584/38152/67282/67284/content_2149141.html', publisher: '“三尖”创新人才工程实施方案（2022—2025）（转载）', note: 'mirror of the plan text' },
    ],
    status: 'partial',
    missing: 'the names of the two lower tiers (only the top “peak” tier was read)',
    missing_zh: '只读到“顶尖”一层，另两层的名称未核实',
  },
  {
    id: 'te-se-jing-pin-xiang-cun',
    term: '特色精品乡村',
    aliases: ['省级特色精品乡村'],
    scope: 'hunan',
    category: 'rural',
    gloss_zh: '湖南省委农村工作领导小组授予的乡村称号，高于美丽乡村示范村',
    explanation_zh:
      '湖南美丽乡村建设中的荣誉称号，由省委农村工作领导小组通报表彰；2021年授予100个村“省级特色精品乡村”、301个村“省级美丽乡村示范村”。',
    explanation_en:
      'An honorary title in Hunan’s beautiful-village programme, awarded by the provincial party committee’s rural work group; in 2021 it went to 100 villages, alongside 301 provincial model beautiful villages.',
    english: { text: 'provincial featured boutique village', official: false },
    gloss_en: 'a Hunan title for villages that stand out in rural renewal',
    related: ['mei-li-xiang-cun'],
    sources: [{ url: 'https://hnmlxcw.com/index.php/product.html?p=6&pagesize=20', publisher: '湖南美丽乡村网（转载省农业农村厅通报）', date: '2021', note: 'reprint' }],
    status: 'verified',
  },
  {
    id: 'xing-cheng',
    term: '星城',
    aliases: [],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '长沙的别称',
    explanation_zh:
      '古代二十八宿中的轸宿旁有一颗小星叫“长沙星”，相传长沙因此得名，古籍中常以“星沙”“星城”称长沙；后来长沙娱乐业发达、明星云集，这个别称又多了一层意思。',
    explanation_en:
      'Among the 28 lunar mansions of Chinese astronomy a small star beside the Zhen mansion was called the Changsha star, and Changsha is said to be named after it, so old texts call the city “Star Sands” or “Star City”; its later fame for television and entertainment stars gave the nickname a second meaning.',
    english: { text: 'Star City (Changsha)', official: false },
    gloss_en: 'nickname of Changsha, the provincial capital',
    related: ['qiang-sheng-hui', 'yan-cheng'],
    sources: [
      { url: 'http://caolvse.com/d/1264309.html', publisher: '问答网站', note: 'weak source' },
      { url: 'https://miaozhibang.com/xiaoxiao/chengshiwenhua/vpq6g.html', publisher: '问答网站', note: 'weak source' },
      { url: 'http://cs.2233323.com/cszd/18369.html', publisher: '长沙知道（问答）', date: '2025-08-20', note: 'weak source' },
    ],
    status: 'verified',
  },
  {
    id: 'yan-cheng',
    term: '雁城',
    aliases: [],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '衡阳的别称，源于“北雁南飞至此而止”的传说',
    explanation_zh:
      '衡阳在南岳衡山之南，相传北雁南飞到这里便歇翅停回，城南有南岳第一峰回雁峰，唐宋诗词多以“衡阳雁”入诗，衡阳因此雅称“雁城”。',
    explanation_en:
      'Hengyang lies south of Mount Heng, and legend says wild geese flying south stop here and turn back; its Huiyan (“geese return”) Peak and the many Tang and Song poems about “the geese of Hengyang” give the city its name “Goose City”.',
    english: { text: 'Goose City (Hengyang)', official: false },
    gloss_en: 'nickname of Hengyang, where legend says southbound geese turn back',
    related: ['xing-cheng'],
    sources: [
      { url: 'http://www.e0734.com/html/hysc', publisher: '衡阳信息港（城市介绍）' },
      { url: 'https://o.borongbank.cn/show-334284.html', publisher: '网友文章', note: 'weak source' },
      { url: 'http://m.whhjmc.cn/yiwen/1741129.html', publisher: '问答网站', note: 'weak source' },
    ],
    status: 'verified',
  },
  {
    id: 'mei-ti-yi-shu-zhi-du',
    term: '媒体艺术之都',
    aliases: ['世界媒体艺术之都'],
    scope: 'hunan',
    period: { from: 2017 },
    category: 'culture',
    gloss_zh: '长沙2017年获联合国教科文组织授予的创意城市称号',
    explanation_zh:
      '联合国教科文组织“创意城市网络”分文学、电影、音乐、手工艺与民间艺术、设计、美食、媒体艺术七类。2017年11月长沙入选“媒体艺术之都”，是中国第一个获此称号的城市，依托的是电视、出版、动漫等“文化湘军”。',
    explanation_en:
      'UNESCO’s Creative Cities Network has seven fields, from literature and film to gastronomy and media arts. In November 2017 Changsha joined it as a City of Media Arts, the first Chinese city with that title, on the strength of Hunan’s television, publishing and animation industries.',
    english: { text: 'City of Media Arts (UNESCO)', official: false },
    gloss_en: 'Changsha’s UNESCO Creative Cities title (2017)',
    related: ['wen-hua-xiang-jun', 'ma-lan-shan'],
    sources: [
      { url: 'https://book.rednet.cn/c/2017/11/01/4462292.htm', publisher: '红网', date: '2017-11-01' },
      { url: 'http://m.dangshu.com/html/76/76203.html', publisher: '网友文章', note: 'weak source' },
    ],
    status: 'verified',
  },
  {
    id: 'wen-hua-xiang-jun',
    term: '文化湘军',
    aliases: ['电视湘军', '出版湘军', '动漫湘军', '广电湘军', '报业湘军', '演艺湘军', '娱乐湘军'],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '湖南文化产业各门类的自称：电视湘军、出版湘军等',
    explanation_zh:
      '借晚清曾国藩“湘军”和“无湘不成军”的说法，湖南把本省在全国有影响的文化产业称为“某某湘军”，如以湖南卫视为代表的“电视湘军”，以及“出版湘军”“动漫湘军”“报业湘军”“演艺湘军”，合称“文化湘军”。',
    explanation_en:
      'Borrowing the name of the Hunan Army of the late Qing and the saying “no army without Hunanese”, Hunan calls its nationally known cultural industries “Hunan armies”: the television army led by Hunan TV, and the publishing, animation, newspaper and performing-arts armies, together the “cultural Hunan army”.',
    english: { text: 'the cultural Hunan army', official: false },
    gloss_en: 'Hunan’s name for its strong TV, publishing and other cultural industries',
    related: ['mei-ti-yi-shu-zhi-du', 'ma-lan-shan'],
    sources: [
      { url: 'http://www.wenxue100.com/baokan/61300.thtml', publisher: '《新华月报（天下）》2008年第2期（转载）', date: '2008', note: 'reprint' },
      { url: 'http://hunan.voc.com.cn/article/201711/201711171119089562.html', publisher: '华声在线', date: '2017-11-17' },
      { url: 'http://hnhsjy1.txhn.net/wx/yjpl/qt/201611/t20161123_491202.htm', publisher: '湖南红色基因网（转载）', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'xiang-xi-di-qu-kai-fa',
    term: '湘西地区开发',
    aliases: ['湘西地区开发战略'],
    scope: 'hunan',
    category: 'strategy',
    gloss_zh: '湖南扶持西部山区44个县市区加快发展的省级战略',
    explanation_zh:
      '湖南省委、省政府实施的区域战略，支持范围是湘西州、张家界、怀化、邵阳、娄底及永州的江华、江永两县，共44个县市区；“十三五”期间以产业发展为抓手服务脱贫攻坚，“十四五”转向巩固脱贫成果、衔接乡村振兴。',
    explanation_en:
      'A Hunan provincial strategy for its western hill country, covering Xiangxi, Zhangjiajie, Huaihua, Shaoyang, Loudi and two counties of Yongzhou, 44 counties and districts in all; in 2016–2020 it used industry to fight poverty, and since 2021 it aims to secure those gains and revive the villages.',
    english: { text: 'development of western Hunan', official: false },
    gloss_en: 'Hunan’s strategy for developing its 44 western hill counties',
    related: ['xiang-nan-xiang-xi-cheng-jie-chan-ye-zhuan-yi-shi-fan-qu'],
    sources: [{ url: 'https://hyyf.smehn.cn/Policy/Detail?id=133070', publisher: '湖南省发展和改革委员会（湘西地区“十四五”产业发展规划，转载）', date: '2021-08-06', note: 'reprint' }],
    status: 'verified',
  },
  {
    id: 'hu-xiang-wen-hua',
    term: '湖湘文化',
    aliases: [],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '湖南的地域文化传统，以心忧天下、经世致用著称',
    explanation_zh:
      '指湖南历代形成的地域文化：源头可追溯到屈原、贾谊，南宋胡宏、张栻在岳麓书院讲学倡导“经世致用”，近代由曾国藩、左宗棠、谭嗣同等人发扬，常被概括为心忧天下、敢为人先、经世致用、兼收并蓄。',
    explanation_en:
      'The regional culture of Hunan: it looks back to Qu Yuan and Jia Yi, took shape when Southern Song scholars such as Hu Hong and Zhang Shi taught practical learning at Yuelu Academy, and was carried on by modern figures such as Zeng Guofan, Zuo Zongtang and Tan Sitong; it is usually summed up as concern for the country, daring to be first and learning for practical use.',
    english: { text: 'Huxiang (Hunan) culture', official: false },
    gloss_en: 'Hunan’s regional cultural tradition',
    related: ['xin-you-tian-xia-gan-wei-ren-xian', 'wei-chu-you-cai-yu-si-wei-sheng', 'hunan-jing-shen'],
    sources: [
      { url: 'http://hunan.voc.com.cn/article/201711/201711171119089562.html', publisher: '华声在线', date: '2017-11-17' },
      { url: 'http://laosuntou666.com/jisuanji/427840.html', publisher: '网友文章', note: 'weak source' },
      { url: 'http://www.echangedirect.com/a/chenggonganli/569.html', publisher: '网友文章（芙蓉国文化）', date: '2025-10-23', note: 'weak source' },
    ],
    status: 'verified',
  },
];
