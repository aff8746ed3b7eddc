import type { GlossaryEntry, Source } from '../types';

/*
 * Hunan cities A: the strategies, positionings, numbered formulas, industrial and city brands and
 * flagship projects of Hunan's cities and prefectures other than Zhuzhou, as provincial news of
 * 2023–2026 repeats them: the province's regional layout (一核两副三带四区) and the Chang-Zhu-Tan
 * programmes shared by three cities (the green-heart central park, "one city", the national growth
 * pole); Changsha (its seven-part positioning, its city-management formula, the university science
 * city, the computing conference, the four-hour air circle, the 山水洲城 name); Xiangtan, Hengyang,
 * Changde, Yiyang, Yongzhou, Chenzhou, Shaoyang, Huaihua, Zhangjiajie and Xiangxi (strategies,
 * positionings and brands such as 东接东融, 国际张, 神秘湘西, 特种玻璃谷, 怀化国际陆港).
 *
 * How these terms were chosen: about 40 candidates were listed from the way Hunan Daily, Red Net,
 * Voice of Hunan and city government sites name the cities' programmes, then checked against the
 * forms the glossary holds. These exist and were skipped: 强省会 (强省会战略), 全球研发中心城市,
 * 长株潭都市圈 and 长株潭一体化, 3+5城市群, 长株潭半小时交通圈, 生态绿心, 长株潭自创区, 融城, 同城化,
 * 轨道上的长株潭, 十同, 一厅一道一园一廊四张网, 湘江新区, 湘江科学城, 三智一芯, 媒体艺术之都, 中国V谷,
 * 马栏山, 岳麓峰会, 星城, 雁城, 衡阳群众, 三乡行动, 一核两电三色四新, 制造立市、文旅兴城, 省域副中心城市,
 * 1376总体思路, 洞庭天下水、岳阳天下楼, 桃花源里的城市, 郴州好水，生活更美, 八水共治 (水立方模式),
 * 走遍五大洲，最美有郴州, 走，去永州, 千年打卡地·此处是潇湘, 邵商回归, 蚩尤故里·湘中明珠, 材料谷,
 * 三钢三电一钛, 福地怀化·懂你如家, 大张家界国际旅游区, 张吉怀, 精准扶贫首倡地,
 * 湘南湘西承接产业转移示范区, 湘西地区开发, 洞庭湖生态经济区, 世界旅游目的地. The rest were searched in
 * stored public web pages (about 50 queries in Chinese: Hunan Daily and Red Net reports and their
 * reprints, city and county government sites, Xinhua and People's Daily reprints, a ministry page);
 * pages of the real-news test corpus were not used. A term was kept when a page used it in news or
 * official text and a page said, or showed plainly by use, what it means.
 *
 * Left out: 三区一中心 (Yueyang) and 一圈两场三道 (Changsha), for no page read used them; 三干两轨
 * (Chang-Zhu-Tan roads and rails), 一核两轴三圈 (Yongzhou), 两地两区一龙头一家园 (Zhangjiajie), 一极六区
 * (Chenzhou) and 334现代化产业体系 (Yiyang), for no page read names their members; 四区一地一圈 (Xiangtan),
 * found only on question-and-answer pages; 五新四城 (Huaihua) and 中华书山, whose explaining page came
 * without an address; 二次创业 and 金湘潭, too ordinary as words; 西南明珠 (Huaihua), for no recent use
 * was found.
 *
 * Precision: most forms are long fixed phrases. 国际张 (three characters) and 大科城 stand only
 * between quotes or where they cut no word (国际张 is not matched inside 国际张家界); 林中之城 alone,
 * which any writer may say of a wooded town, is not a form. 三区两城, 四精五有 and 山水洲城 are city
 * formulas that another place could in principle coin too; the glosses name the city meant.
 * Meanings come from the pages cited under each entry; wording is ours, and every English rendering
 * is our suggestion.
 */

const THEPAPER_HUNAN_14TH_2020: Source = {
  url: 'https://www.thepaper.cn/newsDetail_forward_10374047?commTag=true',
  publisher: '澎湃新闻',
  date: '2020-12-12',
};

const HNZY_CHANGSHA_ZHUTAN_2025: Source = {
  url: 'http://www.hnzy.gov.cn/content/646956/55/15534051.html',
  publisher: 'hnzy.gov.cn（转载长沙融城五年综述）',
  note: 'reprint of a Changsha report on five years of Chang-Zhu-Tan integration (2020–2025)',
};

const XINHUA_CHENZHOU_WATER_2023: Source = {
  url: 'https://www.beihu.gov.cn/content/646743/57/13047362.html',
  publisher: '郴州市北湖区政府网（转载新华社客户端）',
  date: '2023-09-13',
};

const HNRB_YONGZHOU_CONGRESS_2021: Source = {
  url: 'https://hnrb.voc.com.cn/article/202109/202109270714035342001.html',
  publisher: '湖南日报·新湖南客户端',
  date: '2021-09-27',
};

const YONGZHOU_STRATEGY_2023: Source = {
  url: 'http://www.yzcity.gov.cn/cnyz/yzyw/202305/277e1035c26c48d886603806c2251290.shtml',
  publisher: '永州市人民政府网（永州日报）',
  date: '2023-05-29',
  note: 'article by the Yongzhou party secretary on the city’s strategic pivots',
};

const REDNET_CHANGSHA_14TH_2021: Source = {
  url: 'https://cs.rednet.cn/content/2021/01/22/8916801.html',
  publisher: '红网长沙站',
  date: '2021-01-22',
};

const REDNET_YUELU_2021: Source = {
  url: 'https://hunan.voc.com.cn/mobile/article/202110/202110190744372963.html',
  publisher: '湖南日报·华声在线',
  date: '2021-10-19',
};

const CHANGSHA_JINGMEI_2021: Source = {
  url: 'http://news.guhantai.com/rd/2021/0706/10003783.html',
  publisher: 'guhantai.com（转载“精美长沙”报道）',
  date: '2021-07-06',
  note: 'reprint of a Changsha report on the city’s lighting and “beautiful Changsha” campaign',
};

const CZT_PLAN_OUTLINE_2020: Source = {
  url: 'http://www.affordablevapes.com/xinwen/show.php?itemid=13887',
  publisher: 'affordablevapes.com（转载长株潭区域一体化发展规划纲要发布报道）',
  note: 'weak host: a reprint of the October 2020 report on the Chang-Zhu-Tan integration plan outline',
};

/** Programmes, positionings and brands of Hunan cities other than Zhuzhou, 2023–2026 news. */
export const HUNAN_CITIES_A: readonly GlossaryEntry[] = [
  // ── Province-wide layout and the Chang-Zhu-Tan core ──
  {
    id: 'yi-he-liang-fu-san-dai-si-qu',
    term: '一核两副三带四区',
    aliases: [],
    scope: 'hunan',
    period: { from: 2021 },
    category: 'planning',
    gloss_zh: '湖南“十四五”提出的全省区域经济布局',
    explanation_zh:
      '2020年12月湖南省委关于“十四五”规划的建议提出构建这一区域经济格局：以长株潭一体化为核心，建设岳阳、衡阳两个省域副中心城市，沿京广、沪昆、渝长厦三条通道建设经济带，推动长株潭、洞庭湖、湘南、湘西四大板块协调联动。各市州的规划和报告常以它为自身定位的坐标。',
    explanation_en:
      'The regional layout Hunan set in its proposal for the 14th Five-Year Plan in December 2020: one core (Chang-Zhu-Tan), two provincial sub-centres (Yueyang and Hengyang), three economic belts along the Beijing–Guangzhou, Shanghai–Kunming and Chongqing–Changsha–Xiamen corridors, and four regional blocs. City plans and reports place themselves within it.',
    english: { text: 'one core, two sub-centres, three belts, four zones', official: false },
    gloss_en: 'Hunan’s regional layout for the 14th Five-Year Plan period',
    items: [
      { zh: '一核：长株潭一体化，带动“3+5”城市群', en: 'one core: Chang-Zhu-Tan integration, leading the 3+5 city cluster' },
      { zh: '两副：岳阳、衡阳两个省域副中心城市', en: 'two sub-centres: Yueyang and Hengyang' },
      { zh: '三带：沿京广、沪昆、渝长厦通道的经济发展带', en: 'three belts along the Beijing–Guangzhou, Shanghai–Kunming and Chongqing–Changsha–Xiamen corridors' },
      { zh: '四区：长株潭、洞庭湖、湘南、湘西四大区域板块', en: 'four zones: Chang-Zhu-Tan, Dongting Lake, southern Hunan and western Hunan' },
    ],
    related: ['sheng-yu-fu-zhong-xin-cheng-shi', 'chang-zhu-tan', 'chang-zhu-tan-3-jia-5', 'shi-si-wu'],
    sources: [THEPAPER_HUNAN_14TH_2020],
    status: 'verified',
  },
  {
    id: 'chang-zhu-tan-yi-ge-cheng-shi-da-zao',
    term: '把长株潭作为一个城市来打造',
    aliases: ['长株潭作为一个城市来打造'],
    scope: 'hunan',
    period: { from: 2024 },
    category: 'strategy',
    gloss_zh: '省委要求把长沙、株洲、湘潭当作一座城市来建设',
    explanation_zh:
      '2024年5月湖南省委、省政府强调扛牢长株潭打造全国重要增长极的责任，“把长株潭作为一个城市来打造”，此后的一体化重点任务按“一座城”的要求安排交通、产业、公共服务和绿心建设项目。报道常以“一座特大城市”形容这一目标。',
    explanation_en:
      'A provincial instruction of May 2024: plan and build Changsha, Zhuzhou and Xiangtan as if they were one city. Later integration task lists arrange roads, industry, public services and the green-heart park on this "one city" basis.',
    english: { text: 'build Chang-Zhu-Tan as one city', official: false },
    gloss_en: 'the instruction to treat Changsha, Zhuzhou and Xiangtan as one city',
    related: ['chang-zhu-tan', 'quan-guo-zhong-yao-zeng-zhang-ji', 'yi-ting-yi-dao-yi-yuan-yi-lang-si-zhang-wang', 'rong-cheng'],
    sources: [
      HNZY_CHANGSHA_ZHUTAN_2025,
      {
        url: 'https://cnmaso.com/h/106421/20240828/886478.html',
        publisher: 'cnmaso.com（转载湖南省发改委消息）',
        date: '2024-08-28',
        note: 'reprint: the 2024 task list builds projects “as one city”',
      },
    ],
    status: 'verified',
  },
  {
    id: 'quan-guo-zhong-yao-zeng-zhang-ji',
    term: '全国重要增长极',
    aliases: ['打造全国重要增长极'],
    scope: 'hunan',
    period: { from: 2021 },
    category: 'strategy',
    gloss_zh: '国家“十四五”规划纲要给长株潭都市圈的定位',
    explanation_zh:
      '2021年3月国家“十四五”规划和2035年远景目标纲要写入“加快长株潭都市圈建设，打造全国重要增长极”，湖南新闻此后多用它指长株潭的国家定位。2022年2月《长株潭都市圈发展规划》获国家发改委批复，长株潭成为中部第一个、全国第四个获批的都市圈。',
    explanation_en:
      'The role the national 14th Five-Year Plan outline of March 2021 gave the Chang-Zhu-Tan metropolitan area: to become a major growth pole of the country. The area’s own plan was approved by the National Development and Reform Commission in February 2022, the fourth such metropolitan plan nationally and the first in central China.',
    english: { text: 'major national growth pole', official: false },
    gloss_en: 'the national role assigned to the Chang-Zhu-Tan metropolitan area',
    related: ['chang-zhu-tan', 'chang-zhu-tan-yi-ge-cheng-shi-da-zao', 'shi-si-wu'],
    sources: [
      HNZY_CHANGSHA_ZHUTAN_2025,
      {
        url: 'https://www.cnmaso.com/h/161/20210312/702850.html',
        publisher: 'cnmaso.com（转载长沙晚报评论）',
        date: '2021-03-12',
        note: 'reprint of a Changsha Evening News commentary quoting the national plan outline',
      },
      {
        url: 'http://xjxdn.com/roll/2021/0902/1224.html',
        publisher: 'xjxdn.com（转载人民日报）',
        date: '2021-09-02',
        note: 'weak host: a People’s Daily opinion piece on Chang-Zhu-Tan integration',
      },
    ],
    status: 'verified',
  },
  {
    id: 'lv-xin-zhong-yang-gong-yuan',
    term: '长株潭绿心中央公园',
    aliases: ['绿心中央公园', '长株潭生态绿心中央公园'],
    scope: 'hunan',
    period: { from: 2021 },
    category: 'ecology',
    gloss_zh: '在长株潭三市交会的生态绿心建设的城市群公园',
    explanation_zh:
      '长株潭三市交会处约523平方公里的生态绿心，被称为世界上最大的城市群绿心；2021年10月面向全球征集绿心中央公园总体城市设计方案。2023年公布的总体设计规划范围约603平方公里，形成“一核、两带、四片、七组团”结构，首期重点打造四大片区，长沙奥体中心等项目位于其中。',
    explanation_en:
      'A park planned on the protected green heart where Changsha, Zhuzhou and Xiangtan meet, said to be the largest such green core of any city cluster. A global design call opened in October 2021; the overall design published in 2023 covers about 603 square kilometres, and its first phase of four areas includes Changsha’s Olympic sports centre.',
    english: { text: 'Chang-Zhu-Tan Green Heart Central Park', official: false },
    gloss_en: 'the central park planned on the green core between the three cities',
    related: ['chang-zhu-tan-sheng-tai-lv-xin', 'yi-ting-yi-dao-yi-yuan-yi-lang-si-zhang-wang', 'rong-cheng'],
    sources: [
      {
        url: 'http://cixi.17car.com.cn/cixi/2023/0130/365134.html',
        publisher: 'cixi.17car.com.cn（转载长沙晚报）',
        date: '2023-01-30',
        note: 'reprint of the Changsha Evening News report on the overall design',
      },
      { url: 'https://cs.rednet.cn/content/2021/10/29/10345075.html', publisher: '红网长沙站（长沙晚报）', date: '2021-10-29' },
      {
        url: 'https://www.breakinglatest.news/sports/changsha-zhutan-lvxin-central-park-finalizes-the-list-of-the-first-batch-of-key-project-proposals-including-changsha-olympic-sports-center-park-and-other-projects-sanxiang-vientiane-hunan-online/',
        publisher: 'breakinglatest.news（长沙晚报报道英译）',
        date: '2023-02-23',
        note: 'machine-translated Changsha Evening News report on the first batch of park projects and the four areas',
      },
    ],
    status: 'verified',
  },
  // ── Changsha ──
  {
    id: 'chang-sha-si-zhong-xin-san-cheng-shi',
    term: '四中心三城市',
    aliases: [],
    scope: 'hunan',
    period: { from: 2021, to: 2025 },
    category: 'strategy',
    gloss_zh: '长沙“十四五”规划给自己的七项城市定位',
    explanation_zh:
      '长沙市“十四五”规划纲要首次提出的发展定位：建设四个“中心”和三个“城市”，服务于打造国家中心城市和长江经济带核心增长极的目标。',
    explanation_en:
      'The seven-part positioning first set out in Changsha’s 14th Five-Year Plan outline: four centres and three kinds of city, in service of its aim to become a national central city.',
    english: { text: 'four centres and three cities (Changsha)', official: false },
    gloss_en: 'Changsha’s seven-part positioning for 2021–2025',
    items: [
      { zh: '国家重要先进制造业中心', en: 'a national centre of advanced manufacturing' },
      { zh: '国家科技创新中心', en: 'a national centre of science and technology innovation' },
      { zh: '国际文化创意中心', en: 'an international centre of cultural creativity' },
      { zh: '区域性国际消费中心', en: 'a regional international consumption centre' },
      { zh: '内陆地区改革开放引领城市', en: 'a leading inland city of reform and opening' },
      { zh: '国家综合交通枢纽城市', en: 'a national comprehensive transport hub' },
      { zh: '宜居乐业幸福城市', en: 'a liveable, prosperous and happy city' },
    ],
    related: ['qiang-sheng-hui', 'quan-qiu-yan-fa-zhong-xin-cheng-shi', 'xing-cheng'],
    sources: [REDNET_CHANGSHA_14TH_2021],
    status: 'verified',
  },
  {
    id: 'chang-sha-si-jing-wu-you',
    term: '四精五有',
    aliases: [],
    scope: 'hunan',
    period: { from: 2021 },
    category: 'governance',
    gloss_zh: '长沙建设美丽宜居现代化大都市的城市建设管理要求',
    explanation_zh:
      '长沙市提出加快建设“四精五有”美丽舒适宜居现代化大都市，把它和“五区建设”一起作为城市规划、建设和精细化管理的指引，区县谈城市更新和市容整治时也以“贯彻‘四精五有’要求”为题。',
    explanation_en:
      'Changsha’s formula for building a beautiful, comfortable and liveable modern metropolis, used as a guide to planning, construction and fine-grained city management. District reports on urban renewal and city appearance cite it as their standard.',
    english: { text: 'four refinements and five qualities (Changsha)', official: false },
    gloss_en: 'Changsha’s standard for a refined, liveable city',
    related: ['shan-shui-zhou-cheng', 'xing-cheng'],
    sources: [CHANGSHA_JINGMEI_2021, { url: 'https://cs.rednet.cn/m/content/2021/06/30/9606878.html', publisher: '红网长沙站', date: '2021-06-30' }, REDNET_YUELU_2021],
    status: 'partial',
    missing: 'what the four 精 and the five 有 stand for was not found; the pages only cite the formula',
    missing_zh: '“四精”“五有”各指什么未查到，所读页面只引用了这一提法',
  },
  {
    id: 'shan-shui-zhou-cheng',
    term: '山水洲城',
    aliases: [],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '长沙以岳麓山、湘江、橘子洲和城区相映为特色的城市名片',
    explanation_zh:
      '指长沙西有岳麓山、中有湘江和江心的橘子洲、东为城区，山、水、洲、城相互映衬的格局，长沙把它当作城市特质和宣传名片，如庆祝建党百年灯光秀打出的“山水洲城，幸福长沙”。',
    explanation_en:
      'Changsha’s description of its own setting: Yuelu Mountain, the Xiang River, Orange Isle in mid-river and the city on the east bank, side by side. The city uses it as a brand, as in the light-show slogan pairing it with "happy Changsha".',
    english: { text: 'city of mountain, river, isle and town (Changsha)', official: false },
    gloss_en: 'Changsha’s name for its mountain, river and island setting',
    related: ['xing-cheng', 'mei-ti-yi-shu-zhi-du'],
    sources: [
      { url: 'http://paper.people.com.cn/rmrbhwb/html/2016-10/13/content_1718321.htm', publisher: '人民日报海外版', date: '2016-10-13' },
      CHANGSHA_JINGMEI_2021,
      REDNET_YUELU_2021,
      { url: 'http://www.handmsg.com/page/2025/0114/25488805.shtml', publisher: 'handmsg.com（文章转载）', date: '2025-01-14', note: 'reprint of an essay describing the mountains, rivers and isles behind the name' },
    ],
    status: 'verified',
  },
  {
    id: 'yue-lu-shan-da-xue-ke-ji-cheng',
    term: '岳麓山大学科技城',
    aliases: ['岳麓山国家大学科技城'],
    quotedOnly: ['大科城'],
    scope: 'hunan',
    period: { from: 2017 },
    category: 'technology',
    gloss_zh: '长沙岳麓山下高校集中区建设的科技创新城区',
    explanation_zh:
      '以岳麓山脚下中南大学、湖南大学等高校和科研院所为依托，在湖南湘江新区境内建设的科技城，简称“大科城”，推动高等教育、科技创新和新兴产业融合，2017年4月建设工作领导小组办公室开始运转。这里汇聚20多所高校院所和大批科研人员，被湖南日报称为全省的自主创新策源地和成果转化地。',
    explanation_en:
      'A science city built around the universities and institutes at the foot of Yuelu Mountain in Changsha, within the Xiangjiang New Area, to join higher education, research and new industries; its construction office began work in April 2017. Often shortened to Dakecheng, it is described as the province’s main source of home-grown innovation.',
    english: { text: 'Yuelushan University Science and Technology City', official: false },
    gloss_en: 'Changsha’s university science city at Yuelu Mountain',
    related: ['hunan-xiang-jiang-xin-qu', 'xiang-jiang-ke-xue-cheng', 'chang-zhu-tan-zi-chuang-qu'],
    sources: [
      { url: 'https://hn.rednet.cn/c/2017/04/11/955659.htm', publisher: '红网（湖南日报）', date: '2017-04-11' },
      { url: 'http://zjjnews.cn/news/hunan/news_150642.html', publisher: '张家界新闻网（转载湖南日报评论）', date: '2019-04-13' },
    ],
    status: 'verified',
  },
  {
    id: 'shi-jie-ji-suan-da-hui',
    term: '世界计算大会',
    aliases: ['世界计算机大会'],
    scope: 'hunan',
    period: { from: 2019 },
    category: 'technology',
    gloss_zh: '工信部和湖南省政府在长沙举办的计算产业年度大会',
    explanation_zh:
      '由工业和信息化部与湖南省人民政府主办，2019年经国务院批准永久落户长沙，2019、2020年称世界计算机大会，2021年改为现名，主题为“计算万物·湘约未来”。湖南借它推介计算产业和算力建设，2025年大会于11月在长沙举行。',
    explanation_en:
      'A yearly conference on computing held in Changsha by the industry ministry and the Hunan government, permanently based there since 2019 with State Council approval. It was called the World Computer Conference in 2019 and 2020 before taking its present name, and Hunan uses it to promote its computing industry.',
    english: { text: 'World Computing Conference', official: false },
    gloss_en: 'the yearly computing conference held in Changsha',
    related: ['yue-lu-feng-hui', 'san-zhi-yi-xin'],
    sources: [
      { url: 'https://www.miit.gov.cn/jgsj/dzs/gzdt/art/2025/art_4421cb26a03a4d64811358ee3e84dd86.html', publisher: '工业和信息化部', date: '2025-11' },
      { url: 'https://cs.rednet.cn/m/content/2021/07/29/9716779.html', publisher: '红网长沙站', date: '2021-07-29' },
      { url: 'https://hunan.ifeng.com/c/8T1GdZBKjbg', publisher: '凤凰网湖南（长沙晚报）', date: '2023' },
    ],
    status: 'verified',
  },
  {
    id: 'chang-sha-si-xiao-shi-hang-kong-jing-ji-quan',
    term: '长沙四小时航空经济圈',
    aliases: ['四小时航空经济圈'],
    scope: 'hunan',
    period: { from: 2019 },
    category: 'infrastructure',
    gloss_zh: '以长沙机场为中心四小时航程覆盖的航线和经贸圈',
    explanation_zh:
      '湖南以长沙黄花机场为中心、按四小时航程构建的航空经济圈：国内覆盖除乌鲁木齐外的所有省会城市，国外覆盖东亚、东南亚和南亚17个国家69个有国际机场的城市，目标是把长沙机场建成区域性国际航空枢纽。长株潭一体化规划纲要把它列为2025年要建成的目标之一。',
    explanation_en:
      'The air network Hunan builds around Changsha airport within four hours’ flight: every provincial capital except Urumqi, and 69 cities with international airports in 17 countries of East, Southeast and South Asia. The aim is a regional international air hub, and the Chang-Zhu-Tan integration plan set it as a 2025 goal.',
    english: { text: 'Changsha four-hour aviation economic circle', official: false },
    gloss_en: 'the flights and trade within four hours of Changsha airport',
    related: ['chang-zhu-tan', 'hunan-zi-mao-qu'],
    sources: [
      { url: 'http://hunan.voc.com.cn/article/201904/201904241105177618.html', publisher: '华声在线（红网时刻）', date: '2019-04-24' },
      CZT_PLAN_OUTLINE_2020,
    ],
    status: 'verified',
  },
  // ── Xiangtan, Hengyang, Yueyang region ──
  {
    id: 'xiang-tan-chan-ye-li-shi-gong-ye-qiang-shi',
    term: '产业立市、工业强市',
    aliases: ['产业立市工业强市'],
    scope: 'hunan',
    category: 'strategy',
    gloss_zh: '湘潭以产业尤其是工业为立市之本的发展战略',
    explanation_zh:
      '湘潭市坚持的发展战略，把产业特别是制造业当作城市发展的根基，依托老工业基地的基础抓重点产业项目和优势产业链。湘潭市政府工作报告和湖南日报对湘潭的系列述评都以它概括湘潭的发展路径。',
    explanation_en:
      'Xiangtan’s strategy of building the city on industry, above all manufacturing, drawing on its base as an old industrial city to push key projects and leading industrial chains. Its government reports and Hunan Daily’s series on the city sum up its path with it.',
    english: { text: 'found the city on industry, strengthen it through manufacturing (Xiangtan)', official: false },
    gloss_en: 'Xiangtan’s industry-first development strategy',
    related: ['chang-zhu-tan', 'zhi-zao-li-shi-wen-lv-xing-cheng'],
    sources: [
      {
        url: 'http://zngk.021cf.cn/index.php/post/7334.html',
        publisher: 'zngk.021cf.cn（转载湘潭市政府工作报告）',
        date: '2021-12-30',
        note: 'reprint of the Xiangtan government work report delivered on 2021-12-30',
      },
      {
        url: 'http://bbs.niuerfenga.com/archiver/showtopic-12052.aspx',
        publisher: 'niuerfenga.com（转载湖南日报·华声在线）',
        note: 'weak host: a forum repost of a Hunan Daily series on Xiangtan',
      },
    ],
    status: 'verified',
  },
  {
    id: 'guo-jia-qu-yu-zhong-dian-cheng-shi',
    term: '国家区域重点城市',
    aliases: [],
    scope: 'hunan',
    period: { from: 2021 },
    category: 'planning',
    gloss_zh: '衡阳在国家中部崛起文件中得到的城市定位',
    explanation_zh:
      '2021年4月中共中央、国务院关于新时代推动中部地区高质量发展的意见提出促进衡阳等区域重点城市经济发展和人口集聚，衡阳此后以建设“国家区域重点城市和湖南省域副中心城市”为目标。衡阳的定位由此从2017年的湘南地区中心城市、2020年的省域副中心城市再升一级，被称为“三连跳”。',
    explanation_en:
      'The role a 2021 central document on the rise of central China gave Hengyang, among other cities: a regional key city whose economy and population should grow. Hengyang now pairs it with its provincial sub-centre role, calling its rise from southern-Hunan centre (2017) to sub-centre (2020) to national key city a triple jump.',
    english: { text: 'national regional key city (Hengyang)', official: false },
    gloss_en: 'Hengyang’s national positioning since 2021',
    related: ['sheng-yu-fu-zhong-xin-cheng-shi', 'yan-cheng', 'yi-he-liang-dian-san-se-si-xin'],
    sources: [
      {
        url: 'http://mhstheatre.com/c/2023/03/04/1334-526478.html',
        publisher: 'mhstheatre.com（转载衡阳新闻网所载人民日报报道）',
        date: '2023-03-04',
        note: 'weak host: a copy of the Hengyang news site page reprinting a People’s Daily report',
      },
    ],
    status: 'verified',
  },
  {
    id: 'kang-zhan-ji-nian-cheng',
    term: '抗战纪念城',
    aliases: ['衡阳抗战纪念城'],
    scope: 'hunan',
    period: { from: 1946 },
    category: 'culture',
    gloss_zh: '衡阳因衡阳保卫战而获得的全国唯一抗战纪念城称号',
    explanation_zh:
      '1944年衡阳守军抗击日军坚守四十多天，战后衡阳市参议会请愿，1946年12月国民政府批准命名衡阳为“抗战纪念城”，这是全国唯一获此命名的城市，岳屏山上建有纪念碑等设施。2014年衡阳抗战纪念城入选首批国家级抗战纪念设施、遗址名录，衡阳至今以此为城市名片。',
    explanation_en:
      'The title Hengyang received after its defence against Japan in 1944: the national government named it the War of Resistance Memorial City in December 1946, the only city so named, and a memorial stands on Yueping Hill. The site joined the first national list of war memorial sites in 2014, and the city still uses the title as its name card.',
    english: { text: 'Memorial City of the War of Resistance (Hengyang)', official: false },
    gloss_en: 'Hengyang’s title as the memorial city of the anti-Japanese war',
    related: ['yan-cheng', 'heng-yang-qun-zhong'],
    sources: [
      {
        url: 'https://twwiki.net/wiki/47mr7gjwm82wm82.html',
        publisher: 'twwiki.net（百科）',
        note: 'encyclopedia page: the 1946 naming and the petition behind it',
      },
      {
        url: 'https://wikiwand.com/zh-mo/articles/%E8%A1%A1%E9%98%B3%E6%8A%97%E6%88%98%E7%BA%AA%E5%BF%B5%E5%9F%8E',
        publisher: 'Wikiwand（维基百科镜像）',
        note: 'mirror of the Wikipedia article on the memorial',
      },
      {
        url: 'http://www.hnbsld.com/InvestmentEnvironment/index.aspx',
        publisher: 'hnbsld.com（企业网站“投资环境”页）',
        note: 'a Hengyang firm’s page on the city that lists the title among its labels',
      },
    ],
    status: 'verified',
  },
  // ── Changde, Yiyang ──
  {
    id: 'kai-fang-qiang-shi-chan-ye-li-shi',
    term: '开放强市、产业立市',
    aliases: ['开放强市产业立市'],
    scope: 'hunan',
    period: { from: 2017 },
    category: 'strategy',
    gloss_zh: '常德以开放和产业为两翼的发展战略',
    explanation_zh:
      '常德市2017年提出的发展战略，靠扩大开放增强城市实力、靠壮大产业立住城市根基，目标是建成泛湘西北的现代化区域中心城市，同年出台推进产业立市三年行动计划。常德“十四五”规划建议继续要求深入推进这一战略。',
    explanation_en:
      'Changde’s strategy since 2017: grow strong through opening up and stand on a solid industrial base, so as to become the modern regional centre of north-western Hunan; a three-year action plan for the industry half followed that year. The city’s proposal for the 14th Five-Year Plan kept it.',
    english: { text: 'strengthen the city through opening, found it on industry (Changde)', official: false },
    gloss_en: 'Changde’s opening-up and industry strategy',
    related: ['tao-hua-yuan-li-de-cheng-shi', 'chuang-xin-yin-ling-kai-fang-jue-qi'],
    sources: [
      { url: 'http://www.hkcd.com/content_p/2018-03/12/content_55662.html', publisher: '香港商报网', date: '2018-03-12' },
      {
        url: 'http://www.hunan.gov.cn/hnszf/hdjl/zxft/twft/ytslyztyhdjtzhwsgwyczdgg_103887/ftjd_99613_9/201806/t20180626_5038687.html',
        publisher: '湖南省人民政府门户网站（访谈）',
        date: '2018-06-26',
      },
      {
        url: 'https://ppfocus.com/0/faa2765b3.html',
        publisher: 'ppfocus.com（转载尚一网）',
        note: 'reprint of the Changde news site on the December 2020 plenum for the 14th Five-Year Plan',
      },
    ],
    status: 'verified',
  },
  {
    id: 'dong-jie-dong-rong',
    term: '东接东融',
    aliases: [],
    scope: 'hunan',
    category: 'strategy',
    gloss_zh: '益阳向东对接融入长沙和长株潭的发展战略',
    explanation_zh:
      '益阳的发展战略，向东对接、融入省会长沙和长株潭，承接其产业配套，2022年11月市里印发落实强省会战略、加快东接东融的工作方案。一年后全市258家规模工业企业与长株潭702家企业建立合作，三成以上文旅客源来自长株潭。',
    explanation_en:
      'Yiyang’s strategy of linking up with and merging into Changsha and the Chang-Zhu-Tan area to its east, taking on their supplier industries; a work plan tying it to the strong-capital strategy came out in November 2022. A year later 258 Yiyang industrial firms worked with 702 Chang-Zhu-Tan firms.',
    english: { text: 'connect and merge eastward (Yiyang)', official: false },
    gloss_en: 'Yiyang’s strategy of merging into Changsha’s economy',
    related: ['qiang-sheng-hui', 'chang-zhu-tan'],
    sources: [
      { url: 'https://hn.rednet.cn/content/646755/62/13301543.html', publisher: '红网（湖南日报）', date: '2023-11-28' },
      {
        url: 'https://jiongage.com/news/chanye/20220427/1023231837709_2.shtml',
        publisher: 'jiongage.com（转载中商产业研究院）',
        date: '2022-04-27',
        note: 'reprint of an industry-research overview naming the strategy',
      },
    ],
    status: 'verified',
  },
  // ── Yongzhou, Chenzhou ──
  {
    id: 'zeng-jia-yong-zhou-fen-liang',
    term: '在全省版图中增加永州分量',
    aliases: ['增加永州分量'],
    scope: 'hunan',
    period: { from: 2021 },
    category: 'strategy',
    gloss_zh: '永州提出的提高本市在全省经济中占比的战略使命',
    explanation_zh:
      '永州市第六次党代会确定的目标，市委后来称之为战略使命：永州土地约占全省一成、人口近8%，经济总量却只占5%左右，要让贡献与资源相称。市委书记2023年撰文谈“六大战略支点”，开篇即强调扛牢这一使命。',
    explanation_en:
      'The goal Yongzhou’s sixth party congress set in 2021, later called the city’s strategic mission: with about a tenth of Hunan’s land and nearly 8% of its people but only about 5% of its output, Yongzhou should weigh more in the province. The party secretary opened a 2023 article on six strategic pivots with it.',
    english: { text: 'add Yongzhou’s weight on the provincial map', official: false },
    gloss_en: 'Yongzhou’s mission to raise its share of Hunan’s economy',
    related: ['yong-zhou-san-qu-liang-cheng', 'zou-qu-yong-zhou'],
    sources: [HNRB_YONGZHOU_CONGRESS_2021, YONGZHOU_STRATEGY_2023],
    status: 'verified',
  },
  {
    id: 'yong-zhou-san-qu-liang-cheng',
    term: '三区两城',
    aliases: [],
    scope: 'hunan',
    period: { from: 2021 },
    category: 'strategy',
    gloss_zh: '永州党代会提出的三个“区”和两个“城”的建设目标',
    explanation_zh:
      '永州市第六次党代会提出举全市之力推进的建设目标：三个“区”和两个“城”，面向粤港澳大湾区和东盟开放，承接产业转移，并发挥交通枢纽和潇湘文化生态的优势。',
    explanation_en:
      'The five goals Yongzhou’s sixth party congress set in 2021: three zones and two cities, turning the city toward the Greater Bay Area and ASEAN, taking in relocated industry and using its transport links and landscape.',
    english: { text: 'three zones and two cities (Yongzhou)', official: false },
    gloss_en: 'Yongzhou’s five construction goals from its 2021 party congress',
    items: [
      { zh: '融入粤港澳大湾区引领区', en: 'a leading zone for merging into the Greater Bay Area' },
      { zh: '湘南湘西承接产业转移示范区', en: 'a demonstration zone for taking in relocated industry' },
      { zh: '对接东盟开放合作先行区', en: 'a pilot zone for opening to and cooperating with ASEAN' },
      { zh: '国家区域性综合交通枢纽城市', en: 'a national regional transport hub city' },
      { zh: '文化生态旅游名城', en: 'a famous city of culture, ecology and tourism' },
    ],
    related: ['zeng-jia-yong-zhou-fen-liang', 'xiang-nan-xiang-xi-cheng-jie-chan-ye-zhuan-yi-shi-fan-qu'],
    sources: [
      HNRB_YONGZHOU_CONGRESS_2021,
      {
        url: 'http://bbs.yongzhouzx.com/archiver/showtopic-13173.aspx',
        publisher: 'yongzhouzx.com（论坛转载永州党代会报道）',
        note: 'weak host: a forum repost of a report on the congress that lists the five goals',
      },
    ],
    status: 'verified',
  },
  {
    id: 'guo-jia-ke-chi-xu-fa-zhan-yi-cheng-chuang-xin-shi-fan-qu',
    term: '国家可持续发展议程创新示范区',
    aliases: ['可持续发展议程创新示范区'],
    scope: 'national',
    period: { from: 2019 },
    category: 'ecology',
    gloss_zh: '国务院批准的落实联合国2030年议程的地方示范区，湖南为郴州',
    explanation_zh:
      '为落实联合国2030年可持续发展议程，国务院分批批复一些城市建设此类示范区，每个城市针对自身瓶颈探索解决方案。2019年5月郴州获批，是全国唯一以“水资源可持续利用与绿色发展”为主题的示范区，由此形成“八水共治”的“水立方”模式。',
    explanation_en:
      'Cities approved in batches by the State Council to test local solutions under the UN 2030 Agenda for Sustainable Development, each on its own bottleneck. Chenzhou, approved in May 2019, is the only one themed on sustainable water use and green development, which produced its "water cube" model.',
    english: { text: 'National Innovation Demonstration Zone for the Sustainable Development Agenda', official: false },
    gloss_en: 'a State Council pilot zone for the UN 2030 Agenda; Chenzhou’s is on water',
    related: ['ba-shui-gong-zhi', 'chen-zhou-hao-shui-sheng-huo-geng-mei'],
    sources: [
      XINHUA_CHENZHOU_WATER_2023,
      {
        url: 'https://www.zixundingzhi.com/jishu/34f3e7d00195df9f.html',
        publisher: 'zixundingzhi.com（转载中国政府网消息）',
        note: 'reprint of the 2019 approval of Chenzhou, Lincang and Chengde as the second batch',
      },
    ],
    status: 'verified',
  },
  {
    id: 'lin-zhong-zhi-cheng-xiu-xian-zhi-du',
    term: '林中之城，休闲之都',
    aliases: ['林中之城休闲之都'],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '郴州的城市旅游形象口号',
    explanation_zh:
      '郴州的城市形象口号，前半句取“郴”字“林中之邑”的字义，也呼应全市约七成的森林覆盖率，后半句突出温泉、山水等休闲旅游资源。郴州的旅游节会和城市推介用它介绍自己。',
    explanation_en:
      'Chenzhou’s city image line: a city in the forest, a capital of leisure. The first half plays on the character of the city’s name, read as a town among the woods, and on its forest cover of about seven tenths; the second points to its hot springs and scenery.',
    english: { text: 'a city in the forest, a capital of leisure (Chenzhou)', official: false },
    gloss_en: 'Chenzhou’s city image slogan',
    reading: 'lin zhong zhi cheng xiu xian zhi du',
    related: ['chen-zhou-hao-shui-sheng-huo-geng-mei', 'zou-bian-wu-da-zhou-zui-mei-you-chen-zhou'],
    sources: [
      {
        url: 'http://yaour.cn/a/dangjian/jiguan/2018/1015/13183.html',
        publisher: 'yaour.cn（转载红网）',
        date: '2018-10-12',
        note: 'reprint of a Red Net report on the 2018 Chenzhou leisure tourism festival',
      },
      { url: 'https://wap.beihu.gov.cn/content/2022/04/10/11105476.html', publisher: '郴州市北湖区政府网', date: '2022-04-11' },
    ],
    status: 'verified',
  },
  // ── Shaoyang, Huaihua, Zhangjiajie, Xiangxi ──
  {
    id: 'zhong-guo-te-zhong-bo-li-gu',
    term: '中国特种玻璃谷',
    aliases: ['中国（邵阳）特种玻璃谷', '特种玻璃谷'],
    scope: 'hunan',
    period: { from: 2018 },
    category: 'industry',
    gloss_zh: '邵阳经开区以盖板和基板玻璃为核心打造的产业集群',
    explanation_zh:
      '邵阳2018年决定在邵阳经开区建设的特种玻璃产业集群，以中电彩虹的国内首条G7.5盖板玻璃生产线和后来的基板玻璃项目为核心，吸引数十家下游显示材料企业入驻。新华社以“两块玻璃”让老工业城市焕发新希望报道邵阳的转型。',
    explanation_en:
      'A special-glass industry cluster Shaoyang decided in 2018 to build in its economic development zone, around China’s first G7.5 cover-glass line and later substrate-glass projects, drawing dozens of display-material suppliers. Xinhua told the city’s revival as an old industrial base through these "two pieces of glass".',
    english: { text: 'China Special Glass Valley (Shaoyang)', official: false },
    gloss_en: 'Shaoyang’s special-glass industry cluster',
    related: ['shao-shang-hui-gui', 'xiang-nan-xiang-xi-cheng-jie-chan-ye-zhuan-yi-shi-fan-qu'],
    sources: [
      { url: 'https://szb.shaoyangnews.net/szb/syrb/pc/content/202103/01/content_6347.html', publisher: '邵阳日报', date: '2021-03-01' },
      {
        url: 'https://daydaynews.cc/zh-hans/finance/3633297.html',
        publisher: 'daydaynews.cc（转载新华社）',
        date: '2023-04-24',
        note: 'reprint of the Xinhua report on Shaoyang’s “two pieces of glass”',
      },
    ],
    status: 'verified',
  },
  {
    id: 'huai-hua-guo-ji-lu-gang',
    term: '怀化国际陆港',
    aliases: ['湖南怀化国际陆港'],
    scope: 'hunan',
    period: { from: 2021 },
    category: 'infrastructure',
    gloss_zh: '怀化建设的面向东盟的内陆国际物流港',
    explanation_zh:
      '怀化是西部陆海新通道在湖南唯一的节点城市，2021年秋开工建设国际陆港，经铁海联运和中老、中越铁路开行东盟班列，联通北部湾、广州港和老挝、越南。报道称它让不沿边、不靠海的怀化成为湖南乃至中部地区通往东盟的门户，东盟班列开行数逐年增长。',
    explanation_en:
      'A dry port Huaihua began building in autumn 2021 as Hunan’s only node on the New Western Land-Sea Corridor, running ASEAN freight trains by rail-sea routes and the China–Laos and China–Vietnam railways. It has made the landlocked mountain city Hunan’s gateway to Southeast Asia.',
    english: { text: 'Huaihua International Land Port', official: false },
    gloss_en: 'Huaihua’s inland port for freight trains to ASEAN',
    related: ['fu-di-huai-hua-dong-ni-ru-jia', 'zhong-ou-ban-lie'],
    sources: [
      { url: 'http://www.takungpao.com/special/239159/2023/0504/846621.html', publisher: '大公网', date: '2023-05-04' },
      { url: 'https://hn.rednet.cn/content/646749/55/12640424.html', publisher: '红网（湖南日报）' },
    ],
    status: 'verified',
  },
  {
    id: 'guo-ji-zhang',
    term: '国际张',
    aliases: [],
    quotedOnly: ['国际张'],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '张家界作为国际旅游城市的昵称',
    explanation_zh:
      '对张家界的昵称，强调它凭世界自然遗产、世界地质公园和大量境外游客成为国际知名的旅游城市。湖南日报报道张家界从“小山城”跨越到“国际张”，市委书记也以擦亮“国际张”名片为目标。',
    explanation_en:
      'A nickname for Zhangjiajie as an international tourist city, built on its world natural heritage site, its geopark and its many foreign visitors. Hunan Daily describes its rise from a small mountain town to this name, and city leaders speak of polishing it.',
    english: { text: '“International Zhang” (Zhangjiajie)', official: false },
    gloss_en: 'a nickname for Zhangjiajie as a world tourist city',
    related: ['da-zhang-jia-jie-guo-ji-lv-you-qu', 'shi-jie-lv-you-mu-di-di', 'zhang-ji-huai'],
    sources: [
      { url: 'https://hnrb.voc.com.cn/hnrb_epaper/html/2021-11/27/content_1551013.htm?div=-1', publisher: '湖南日报', date: '2021-11-27', page: '第04版' },
      {
        url: 'http://hnly.ozjj.com/zjjlygnhh/youji/6776.html',
        publisher: 'hnly.ozjj.com（转载湖南日报）',
        note: 'reprint of a Hunan Daily report on Zhangjiajie’s eighth party congress, September 2021',
      },
    ],
    status: 'verified',
  },
  {
    id: 'shen-mi-xiang-xi',
    term: '神秘湘西',
    aliases: [],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '湘西州文旅推介使用的形象品牌',
    explanation_zh:
      '湘西土家族苗族自治州文旅推介惯用的形象名，借沈从文的小说、宋祖英的歌和黄永玉的画以及土家族、苗族风情，突出湘西的神秘色彩。州、县的文旅推介会和景区新线路发布使用它，吉首也把它写进城市口号。',
    explanation_en:
      'The image name Xiangxi prefecture uses in tourism promotion, drawing on the novels of Shen Congwen, the songs of Song Zuying, the paintings of Huang Yongyu and Tujia and Miao customs. Prefecture and county tourism promotions use it, and Jishou puts it in its city slogan.',
    english: { text: 'Mysterious Xiangxi', official: false },
    gloss_en: 'the tourism brand of western Hunan’s Tujia and Miao prefecture',
    related: ['jing-zhun-fu-pin-shou-chang-di', 'zhang-ji-huai', 'jin-xiu-xiao-xiang'],
    sources: [
      {
        url: 'http://f2djj.com/rd/2023/0328/50177.html',
        publisher: 'f2djj.com（转载华声在线）',
        date: '2023-03-28',
        note: 'reprint of a Voice of Hunan report on the Xiangxi promotion for Hong Kong and Macao travel trade',
      },
      {
        url: 'https://m.tftnews.com/news28254',
        publisher: 'tftnews.com（转载华声在线）',
        note: 'reprint of a Voice of Hunan report on Jishou’s tourism',
      },
    ],
    status: 'verified',
  },
];
