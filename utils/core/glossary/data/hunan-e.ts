import type { GlossaryEntry, Source } from '../types';

/*
 * Hunan E: Hunan programmes, campaigns and labels of recent years that provincial news names in
 * passing, and the slogans and brands of Hunan cities other than Zhuzhou: the provincial drives for
 * vocational schools, company listings and the Dongting Lake phosphorus clean-up, the online
 * oversight platform and the Hong Kong trade week; Changsha, Hengyang and Loudi industry formulas;
 * Chenzhou's water model; and the tourism and city brands of Changde, Huaihua, Yongzhou, Loudi,
 * Chenzhou, Yueyang and Zhangjiajie, and the Dongting rice brand.
 *
 * How these terms were chosen: about 25 searches in Chinese of stored public web pages (Red Net,
 * Voice of Hunan, Hunan Daily and its reprints, Xinhua and China News reports, city and county
 * government sites). A candidate was kept when a page used it in news or official text and a page
 * said, or showed plainly by use, what it means. Each was first checked against the forms the
 * glossary already holds; these already exist and were skipped: 湘易办, 湖南旅游发展大会 (旅发大会),
 * 办一次会、兴一座城, 省域副中心城市, 制造立市、文旅兴城, 三湘四水·相约湖南, 世界旅游目的地,
 * 湘企出海, 湘商回归, 金芙蓉基金, 锦绣潇湘, 走遍五大洲，最美有郴州. Pages of the real-news test corpus
 * were not used.
 *
 * Left out: 三强一化 (Hengyang) and 334现代化产业体系 (Yiyang), for no page read spells them out;
 * 五大中心 and 三大枢纽 (Hengyang), 六个一流 and 七个创建 (Zhangjiajie), too generic as numbered forms;
 * 特种玻璃谷 (Shaoyang), for the page that explains it came without an address; the five regional
 * tourism brands under 锦绣潇湘 (天下洞庭 and others), for only a think-tank paper was found.
 *
 * Precision: 水立方 (also the Beijing swimming venue), 材料谷 and 湘中明珠 stand only between quotes;
 * the longer names only the programmes use stand anywhere. 三智一芯 and 一核两电三色四新 are kept
 * though no page read lists their members; those entries are partial and say so.
 * Meanings come from the pages cited under each entry; wording is ours, and English renderings are
 * our suggestions unless marked official.
 *
 * Pages read for this file (search excerpts):
 *   https://hn.rednet.cn/content/646745/55/12219875.html                 Red Net on the Chuyi vocational drive, 2023
 *   http://bain-soleil.com/html/34/2022-12-07/content-8152.html           a college on the Chuyi notice, 2022 (reprint)
 *   http://m.youngpo.cn/Detail.aspx?id=2445                               a school group on Chuyi 双高双优 lists (reprint)
 *   https://news.cnstock.com/news,yw-202206-4906623.htm                   Hunan Daily on the Golden Hibiscus listing drive, 2022
 *   http://www.hengdong.gov.cn/yhyshj/yszc/sjzc/20230330/i2973685.html    a county work plan under the listing drive, 2023
 *   https://zz.rednet.cn/m/content/646746/67/12353405.html                Red Net on Zhuzhou's listing-drive meeting, 2023
 *   https://fx361.cc/page/2019/0321/19254532.shtml                        a provincial finance official on the oversight platform
 *   http://www.yzlzw.gov.cn/html/2017/1120/15990.html                     Yongzhou clean-government site on the platform launch, 2017
 *   http://news.lygmedia.com/xinwen/20230518/18185757.html                Xinhua on the 2023 Hong Kong trade week
 *   http://hunan.voc.com.cn/article/202007/202007262337229999.html        Hunan TV on Changsha's 三智一芯, 2020
 *   https://cs.rednet.cn/content/2022/02/28/10951992.html                 Red Net on Changsha's smart-car association, 2022
 *   https://hy.voc.com.cn/view.php?cid=166&tid=165046                     Voice of Hunan on Hengyang's industry, 2025
 *   https://news.517lj.net/article/518392.html                            a summary of Loudi's industry plan (weak)
 *   https://lunavoce.com/kyguanwangmanbetx/chxy/info/1123/3419.htm        Loudi meeting on the materials valley (reprint)
 *   https://e993.com/caijing_7323d28303d233230323_mziqzek6269157          Loudi mayor's interview, 2023 (reprint of 娄底发布)
 *   http://gb1.cn/address_info/4313                                       a place-name site on Loudi (weak)
 *   https://www.beihu.gov.cn/content/646743/57/13047362.html              Xinhua on Chenzhou's 水立方 model, 2023 (reprint)
 *   http://cnwlgc.com/n/a210745.html                                      report on the Chenzhou water forum, 2023 (reprint)
 *   https://cz.rednet.cn/m/content/646854/91/14342334.html                Red Net on the 郴州好水 posters
 *   http://www.nmgdd.com/article/12240.html                               China News on the fifth Shaoshang conference, 2020 (reprint)
 *   http://nbhuotong.com/rgpl/p/245217.html                               Hunan Daily commentary on returning merchants, 2023 (reprint)
 *   http://cnssxq.com/article-11708-1.html                                China News on Yongzhou's tourism IP, 2022 (reprint)
 *   http://www.shigr.com/cnyz/xwfbh/202510/cd8b69fde67a4ef89cd2e132505524a4.shtml   Today Yongzhou on its 2025 tourism conference (reprint)
 *   http://hunan.gov.cn/zhuanti/xxsbd/szdt/201212/t20121205_684380.html  Hunan government site, Changde party secretary interview, 2012
 *   https://zt.rednet.cn/c/2015/11/01/3827917.htm                         Red Net on Changde's city building, 2015
 *   https://tour.rednet.cn/m/content/646943/56/15276870.html              Red Net on the fifth tourism conference in Huaihua, 2025
 *   http://hnzsck.com/jqty/1584.html                                      feature on Hunan firms on the Belt and Road (undated)
 *   https://mhuanbao.bjx.com.cn/mnews/20220622/1235360.shtml              the Dongting phosphorus action plan, 2022 (reprint)
 *   https://m.sgf2.com/37584/38154/38157/38160/38177/38190/40023/content_2004548.html   the same plan's notice (mirror)
 *   https://hunan.ifeng.com/c/8iHPkFVB3TG                                 report on the phosphorus campaign, 2025
 *   https://www.15386.cn/post/147754.html                                 travel site on the Greater Zhangjiajie plan, 2026 (weak)
 *   http://xxero.cn/index.php?a=shows&catid=14&id=867                     Yueyang news on the lakeside tourism corridor, 2021 (reprint)
 *   http://news.liangyou.biz/20191027/2586788.html                        Changsha Evening News on Dongting rice at the 2019 farm fair (reprint)
 */

const REDNET_CHUYI_2023: Source = {
  url: 'https://hn.rednet.cn/content/646745/55/12219875.html',
  publisher: '红网',
  date: '2023-01-11',
};

const CHUYI_COLLEGE_2022: Source = {
  url: 'http://bain-soleil.com/html/34/2022-12-07/content-8152.html',
  publisher: 'bain-soleil.com（转载职业院校新闻）',
  date: '2022-12-07',
  note: 'reprint of a vocational college’s news item',
};

const HNRB_LISTING_2022: Source = {
  url: 'https://news.cnstock.com/news,yw-202206-4906623.htm',
  publisher: '中国证券网（转载湖南日报）',
  date: '2022-06-23',
};

const HENGDONG_LISTING_2023: Source = {
  url: 'http://www.hengdong.gov.cn/yhyshj/yszc/sjzc/20230330/i2973685.html',
  publisher: '衡东县人民政府',
  date: '2023-03-30',
};

const FX361_OVERSIGHT_2019: Source = {
  url: 'https://fx361.cc/page/2019/0321/19254532.shtml',
  publisher: 'fx361.cc（转载期刊文章，湖南省财政厅财政监督局）',
  date: '2019-03',
  note: 'reprint of a journal article by a provincial finance official',
};

const XINHUA_GANGQIA_2023: Source = {
  url: 'http://news.lygmedia.com/xinwen/20230518/18185757.html',
  publisher: 'lygmedia.com（转载新华网）',
  date: '2023-05-18',
  note: 'reprint of a Xinhua report',
};

const VOC_HENGYANG_2025: Source = {
  url: 'https://hy.voc.com.cn/view.php?cid=166&tid=165046',
  publisher: '华声在线衡阳频道',
  date: '2025',
};

const LOUDI_INDUSTRY_SUMMARY: Source = {
  url: 'https://news.517lj.net/article/518392.html',
  publisher: '517lj.net（娄底发展综述）',
  note: 'weak source: an unsigned summary of Loudi’s plans',
};

const LOUDI_MAYOR_2023: Source = {
  url: 'https://e993.com/caijing_7323d28303d233230323_mziqzek6269157',
  publisher: 'e993.com（转载娄底发布）',
  date: '2023-08-27',
  note: 'reprint of the Loudi government’s news account',
};

const XINHUA_CHENZHOU_WATER_2023: Source = {
  url: 'https://www.beihu.gov.cn/content/646743/57/13047362.html',
  publisher: '郴州市北湖区政府网（转载新华社客户端）',
  date: '2023-09-13',
};

const CHENZHOU_WATER_FORUM_2023: Source = {
  url: 'http://cnwlgc.com/n/a210745.html',
  publisher: 'cnwlgc.com（转载报道）',
  date: '2023-09',
  note: 'reprint of a report on the Chenzhou water forum',
};

const REDNET_CHENZHOU_WATER: Source = {
  url: 'https://cz.rednet.cn/m/content/646854/91/14342334.html',
  publisher: '红网郴州站',
};

const CHINANEWS_YONGZHOU_2022: Source = {
  url: 'http://cnssxq.com/article-11708-1.html',
  publisher: 'cnssxq.com（转载中国新闻网）',
  date: '2022-04-26',
  note: 'reprint of a China News Service report',
};

const YONGZHOU_CONFERENCE_2025: Source = {
  url: 'http://www.shigr.com/cnyz/xwfbh/202510/cd8b69fde67a4ef89cd2e132505524a4.shtml',
  publisher: 'shigr.com（转载今日永州）',
  date: '2025-10-14',
  note: 'reprint of a Yongzhou city news report',
};

const DONGTING_PHOSPHORUS_PLAN_2022: Source = {
  url: 'https://mhuanbao.bjx.com.cn/mnews/20220622/1235360.shtml',
  publisher: '北极星环保网（转载湖南省政府办公厅文件）',
  date: '2022-06-22',
  note: 'reprint of the provincial action plan',
};

export const HUNAN_E: readonly GlossaryEntry[] = [
  {
    id: 'zhi-ye-jiao-yu-chu-yi-xing-dong',
    term: '职业教育楚怡行动',
    aliases: ['楚怡行动'],
    scope: 'hunan',
    period: { from: 2022 },
    category: 'livelihood',
    gloss_zh: '湖南以百年楚怡学校为名、提升职业教育的全省行动',
    explanation_zh:
      '1909年陈润霖在长沙创办楚怡工业学校，“楚怡”由此成为湖南职业教育的名片。2022年湖南把职业教育楚怡行动列入省十大民生实事，当年4月由教育厅等五部门发文实施，每个市州改扩建一所楚怡中职学校，并建设楚怡文化传承基地、产教融合实训基地和示范性职教集团。',
    explanation_en:
      'Chuyi was the industrial school Chen Runlin founded in Changsha in 1909, and its name has become the badge of vocational education in Hunan. In 2022 the province made a Chuyi drive one of its ten livelihood pledges: every city rebuilds one Chuyi secondary vocational school, and named bases for Chuyi heritage, industry-linked training and model vocational groups are chosen.',
    english: { text: 'the Chuyi vocational education drive', official: false },
    gloss_en: 'Hunan’s drive, named after a 1909 Changsha trade school, to raise its vocational schools',
    related: ['hu-xiang-gong-jiang'],
    sources: [
      REDNET_CHUYI_2023,
      CHUYI_COLLEGE_2022,
      { url: 'http://m.youngpo.cn/Detail.aspx?id=2445', publisher: 'youngpo.cn（转载学校新闻）', note: 'reprint of a school group’s news item on the Chuyi school lists' },
    ],
    status: 'verified',
  },
  {
    id: 'jin-fu-rong-yue-sheng-xing-dong',
    term: '金芙蓉跃升行动',
    aliases: ['企业上市金芙蓉跃升行动', '湖南省企业上市金芙蓉跃升行动计划'],
    scope: 'hunan',
    period: { from: 2022, to: 2025 },
    category: 'economy',
    gloss_zh: '湖南2022—2025年推动更多企业上市的行动计划',
    explanation_zh:
      '湖南继企业上市“破零倍增”之后，于2022年印发《湖南省企业上市“金芙蓉”跃升行动计划（2022—2025年）》，要求各地培育、辅导、申报上市后备企业，增加上市公司数量。市县据此定出自己的上市目标，如株洲提出3年新增18家上市公司。',
    explanation_en:
      'After its earlier “from zero to double” listing drive, Hunan issued the Golden Hibiscus plan for 2022–2025 to get more companies onto stock exchanges. Cities and counties set their own targets under it and groom reserve firms through share reform, coaching and filing; Zhuzhou, for one, aimed at 18 new listings in three years.',
    english: { text: 'the Golden Hibiscus listing leap plan', official: false },
    gloss_en: 'Hunan’s 2022–2025 drive to get more of its companies listed',
    related: ['po-ling-bei-zeng', 'jin-fu-rong-ji-jin'],
    sources: [
      HNRB_LISTING_2022,
      HENGDONG_LISTING_2023,
      { url: 'https://zz.rednet.cn/m/content/646746/67/12353405.html', publisher: '红网株洲站', date: '2023-02' },
    ],
    status: 'verified',
  },
  {
    id: 'hu-lian-wang-jia-jian-du',
    term: '互联网+监督',
    aliases: ['互联网+监督平台'],
    scope: 'hunan',
    period: { from: 2017 },
    category: 'discipline',
    gloss_zh: '湖南公开民生资金、接受群众监督的全省网上平台',
    explanation_zh:
      '“互联网+监督”是湖南在麻阳等地试点基础上，由省纪委牵头、财政等部门配合建立的全省统一平台，2017年11月上线。平台把扶贫等民生资金的拨付发放、村级财务等数据向群众公开，围绕“钱从哪里来、花到哪里去”供群众查询举报，后台比对数据发现截留挪用等问题。',
    explanation_en:
      'Internet plus Oversight is a province-wide platform launched in November 2017 by Hunan’s discipline commission with the finance department, growing out of county pilots such as Mayang. It publishes who received welfare and poverty-relief money and village accounts so residents can check and report, while data matching in the background flags skimming and misuse.',
    english: { text: 'Internet plus Oversight (platform)', official: false },
    gloss_en: 'Hunan’s online platform that publishes welfare payments for public checking',
    related: ['wei-fu-bai', 'qing-lian-hu-nan'],
    sources: [
      FX361_OVERSIGHT_2019,
      { url: 'http://www.yzlzw.gov.cn/html/2017/1120/15990.html', publisher: '永州廉政网', date: '2017-11-20' },
    ],
    status: 'verified',
  },
  {
    id: 'gang-qia-zhou',
    term: '港洽周',
    aliases: ['湖南—粤港澳大湾区投资贸易洽谈周', '湖南（香港）投资贸易洽谈周'],
    scope: 'hunan',
    category: 'investment',
    gloss_zh: '湖南每年赴香港和大湾区招商的投资贸易洽谈周',
    explanation_zh:
      '“港洽周”是湖南在香港举办的投资贸易洽谈周，已办20多年，近年全称为湖南—粤港澳大湾区投资贸易洽谈周，在香港、深圳和珠三角举行恳谈会、产业链招商推介和项目签约。2023年时隔四年再度赴港，省级拟签约项目投资总额902.3亿元。',
    explanation_en:
      'The Hong Kong trade week is Hunan’s investment and trade fair in Hong Kong, held for over twenty years and now called the Hunan–Greater Bay Area investment and trade week, with meetings, industry promotions and contract signings in Hong Kong, Shenzhen and the Pearl River Delta. In 2023 it returned to Hong Kong after four years.',
    english: { text: 'the Hong Kong trade week (Hunan–Greater Bay Area investment and trade week)', official: false },
    gloss_en: 'Hunan’s yearly investment and trade week in Hong Kong and the Greater Bay Area',
    related: ['xiang-shang-hui-gui'],
    sources: [
      XINHUA_GANGQIA_2023,
      { url: 'http://s8uof1.33gbk.com/a/20210223/71658.html', publisher: '33gbk.com（转载报道）', note: 'reprint of a report on Yueyang at the 2017 trade week' },
    ],
    status: 'verified',
  },
  {
    id: 'san-zhi-yi-xin',
    term: '三智一芯',
    aliases: ['三智一芯产业'],
    scope: 'hunan',
    period: { from: 2020 },
    category: 'industry',
    gloss_zh: '长沙以智能制造类产业和芯片为主攻方向的产业布局',
    explanation_zh:
      '“三智一芯”是长沙产业链建设的主攻方向，报道举出的有智能机器人装备、智能网联汽车等“智”字号产业和芯片产业。2022年长沙把智能汽车产业称作“三智一芯”布局的重中之重。',
    explanation_en:
      'Three smarts and one chip is the focus Changsha set for its industrial chains; reports name intelligent robots and equipment, intelligent connected vehicles and chips among them. In 2022 the city called smart cars the most important part of the layout.',
    english: { text: 'three smarts and one chip (Changsha)', official: false },
    gloss_en: 'Changsha’s focus industries: three “smart” sectors and chips',
    related: ['qiang-sheng-hui'],
    sources: [
      { url: 'http://hunan.voc.com.cn/article/202007/202007262337229999.html', publisher: '华声在线（湖南卫视）', date: '2020-07-26' },
      { url: 'https://cs.rednet.cn/content/2022/02/28/10951992.html', publisher: '红网长沙站', date: '2022-02-28' },
    ],
    status: 'partial',
    missing: 'no page read names the three smart sectors one by one; the sectors given are those the reports mention',
    missing_zh: '所读页面没有逐一列出三个“智”产业，文中所举只是报道提到的产业',
  },
  {
    id: 'yi-he-liang-dian-san-se-si-xin',
    term: '一核两电三色四新',
    aliases: [],
    scope: 'hunan',
    category: 'industry',
    gloss_zh: '衡阳的十大主导产业体系',
    explanation_zh:
      '“一核两电三色四新”是衡阳的产业体系，一、二、三、四相加为十，即衡阳所说的十大主导产业，承接产业转移、筛选上市后备企业都以它为准。报道提到的特高压输变电装备、盐卤化工等是其中的优势产业链。',
    explanation_en:
      'One core, two electric, three colours and four new is Hengyang’s industry scheme: the numbers add up to the city’s ten leading industries, which guide its investment drives and its list of firms groomed for listing. Reports name ultra-high-voltage transmission equipment and salt-brine chemicals among its strong chains.',
    english: { text: 'one core, two electric, three colours, four new (Hengyang)', official: false },
    gloss_en: 'Hengyang’s scheme of ten leading industries',
    related: ['zhi-zao-li-shi-wen-lv-xing-cheng', 'sheng-yu-fu-zhong-xin-cheng-shi'],
    sources: [VOC_HENGYANG_2025, HENGDONG_LISTING_2023],
    status: 'partial',
    missing: 'which industries make up the core, the two, the three and the four',
    missing_zh: '“一核”“两电”“三色”“四新”各指哪些产业',
  },
  {
    id: 'san-gang-san-dian-yi-tai',
    term: '三钢三电一钛',
    aliases: [],
    scope: 'hunan',
    category: 'industry',
    gloss_zh: '娄底以钢材、电气装备和钛材料为主的产业格局',
    explanation_zh:
      '“三钢三电一钛”是娄底构建的现代化产业格局：“三钢”为硅钢、汽车用钢、高强钢，“三电”为电机、电力变压器、家电，“一钛”为作为新增长极的钛材料。它依托娄底的钢铁基础，服务于建设中部地区“材料谷”。',
    explanation_en:
      'Three steels, three electrics and one titanium is Loudi’s industry layout: silicon steel, automotive steel and high-strength steel; motors, power transformers and household appliances; and titanium as a new growth pole. It builds on the city’s steel base and serves its plan to become the materials valley of central China.',
    english: { text: 'three steels, three electrics, one titanium (Loudi)', official: false },
    gloss_en: 'Loudi’s industries: three kinds of steel, three electrical products and titanium',
    items: [
      { zh: '硅钢', en: 'silicon steel' },
      { zh: '汽车用钢', en: 'automotive steel' },
      { zh: '高强钢', en: 'high-strength steel' },
      { zh: '电机', en: 'electric motors' },
      { zh: '电力变压器', en: 'power transformers' },
      { zh: '家电', en: 'household appliances' },
      { zh: '钛材料', en: 'titanium materials' },
    ],
    related: ['zhong-bu-di-qu-cai-liao-gu'],
    sources: [LOUDI_INDUSTRY_SUMMARY],
    status: 'verified',
  },
  {
    id: 'zhong-bu-di-qu-cai-liao-gu',
    term: '中部地区材料谷',
    aliases: [],
    quotedOnly: ['材料谷'],
    scope: 'hunan',
    period: { from: 2021 },
    category: 'industry',
    gloss_zh: '娄底以硅钢为主攻方向建设的新材料产业基地',
    explanation_zh:
      '娄底是湖南的能源原材料基地，“十四五”起以建设中部地区“材料谷”为统揽，突出硅钢这一主攻方向，发展钢铁新材、先进陶瓷等新材料产业。娄底已建成全国重要的硅钢和高强钢生产基地。',
    explanation_en:
      'Loudi, long Hunan’s base for energy and raw materials, has since the 14th five-year plan made building the materials valley of central China its overarching goal, with silicon steel as the main thrust alongside new steel products and advanced ceramics. The city is now a major producer of silicon and high-strength steel.',
    english: { text: 'the materials valley of central China (Loudi)', official: false },
    gloss_en: 'Loudi’s plan to become central China’s new-materials base, led by silicon steel',
    related: ['san-gang-san-dian-yi-tai'],
    sources: [
      { url: 'https://lunavoce.com/kyguanwangmanbetx/chxy/info/1123/3419.htm', publisher: 'lunavoce.com（转载娄底市会议报道）', note: 'reprint of a Loudi government meeting report' },
      LOUDI_MAYOR_2023,
      LOUDI_INDUSTRY_SUMMARY,
    ],
    status: 'verified',
  },
  {
    id: 'ba-shui-gong-zhi',
    term: '八水共治',
    aliases: ['水立方模式'],
    quotedOnly: ['水立方'],
    scope: 'hunan',
    period: { from: 2019 },
    category: 'ecology',
    gloss_zh: '郴州把八个涉水方面一体治理的“水立方”模式',
    explanation_zh:
      '2019年郴州获批全国唯一以“水资源可持续利用与绿色发展”为主题的国家可持续发展议程创新示范区，随后提出“八水共治”，把水安全、水资源、水环境、水生态、水产业、水文化、水科技、水管理作为一个整体来治理。这一做法被称为郴州“水立方”模式，2023年在世界水资源大会上介绍。',
    explanation_en:
      'In 2019 Chenzhou became China’s only national sustainable-development innovation zone themed on water, and it answered with eight-water co-governance: water security, resources, environment, ecology, industry, culture, technology and management handled as one whole. The approach is called Chenzhou’s “water cube” model and was presented at the World Water Congress in 2023.',
    english: { text: 'eight-water co-governance (Chenzhou’s “water cube” model)', official: false },
    gloss_en: 'Chenzhou’s model of managing eight aspects of water together',
    items: [
      { zh: '水安全', en: 'water security' },
      { zh: '水资源', en: 'water resources' },
      { zh: '水环境', en: 'water environment' },
      { zh: '水生态', en: 'water ecology' },
      { zh: '水产业', en: 'water industry' },
      { zh: '水文化', en: 'water culture' },
      { zh: '水科技', en: 'water technology' },
      { zh: '水管理', en: 'water management' },
    ],
    related: ['chen-zhou-hao-shui-sheng-huo-geng-mei', 'zou-bian-wu-da-zhou-zui-mei-you-chen-zhou'],
    sources: [XINHUA_CHENZHOU_WATER_2023, CHENZHOU_WATER_FORUM_2023],
    status: 'verified',
  },
  {
    id: 'chen-zhou-hao-shui-sheng-huo-geng-mei',
    term: '郴州好水，生活更美',
    aliases: ['郴州好水 生活更美'],
    scope: 'hunan',
    period: { from: 2023 },
    category: 'ecology',
    gloss_zh: '郴州以水资源和东江湖为主题的城市宣传口号',
    explanation_zh:
      '“郴州好水，生活更美”是郴州宣传水资源可持续利用成果的口号，2023年第二届湖南旅发大会期间的水资源国际论坛以它为主题。此后长沙街头大屏投放的同名海报以资兴东江湖为背景。',
    explanation_en:
      'Good water in Chenzhou, a better life is the line Chenzhou uses to promote its water record; it was the theme of the international water forum during the 2023 provincial tourism conference. Later, posters with the slogan and a view of Dongjiang Lake ran on big screens in Changsha.',
    english: { text: 'Good water in Chenzhou, a better life', official: false },
    gloss_en: 'Chenzhou’s slogan promoting its clean water',
    related: ['ba-shui-gong-zhi', 'hu-nan-lv-you-fa-zhan-da-hui'],
    sources: [REDNET_CHENZHOU_WATER, CHENZHOU_WATER_FORUM_2023],
    status: 'verified',
  },
  {
    id: 'shao-shang-hui-gui',
    term: '邵商回归',
    aliases: ['邵商回归工程'],
    scope: 'hunan',
    category: 'investment',
    gloss_zh: '邵阳吸引在外经商的邵阳人回乡投资的工程',
    explanation_zh:
      '邵商即邵阳商人，是湘商的一支劲旅。邵阳实施邵商“回归工程”，自2012年起举办邵商大会，在各地商会设联络处，请在外邵商回乡投资；据2020年的报道，邵商回乡投资超过3000亿元，占邵阳招商引资总额的近八成。',
    explanation_en:
      'Shaoshang are merchants from Shaoyang, one of the strongest groups among Hunan’s business diaspora. Shaoyang runs a homecoming programme for them, with a Shaoshang conference since 2012 and liaison offices in their chambers of commerce; by 2020 they had invested over 300 billion yuan at home, close to four fifths of the city’s inward investment.',
    english: { text: 'Shaoyang merchants’ homecoming (investment drive)', official: false },
    gloss_en: 'Shaoyang’s drive to bring its merchants elsewhere back to invest at home',
    related: ['xiang-shang-hui-gui'],
    sources: [
      { url: 'http://www.nmgdd.com/article/12240.html', publisher: 'nmgdd.com（转载中国新闻网）', date: '2020-12-23', note: 'reprint of a China News Service report' },
      { url: 'http://nbhuotong.com/rgpl/p/245217.html', publisher: 'nbhuotong.com（转载湖南日报评论）', date: '2023', note: 'reprint of a Hunan Daily commentary' },
    ],
    status: 'verified',
  },
  {
    id: 'qian-nian-da-ka-di-ci-chu-shi-xiao-xiang',
    term: '千年打卡地·此处是潇湘',
    aliases: ['千年打卡地，此处是潇湘', '千年打卡地 此处是潇湘'],
    scope: 'hunan',
    period: { from: 2022 },
    category: 'culture',
    gloss_zh: '永州推出的文化旅游品牌口号',
    explanation_zh:
      '永州古称零陵、雅称潇湘，舜帝南巡、柳宗元等历代文人在此留下足迹，永州据此创新推出“千年打卡地·此处是潇湘”文旅新IP。2022年永州提出打造千亿文旅产业、建设文化生态旅游名城，以它为对外推介的品牌。',
    explanation_en:
      'Yongzhou, the ancient Lingling and poetically called Xiaoxiang, draws on the visits of Emperor Shun and writers such as Liu Zongyuan for its tourism brand: a check-in spot for a thousand years, here is Xiaoxiang. In 2022 the city used it to promote a plan for a 100-billion-yuan culture and tourism industry.',
    english: { text: 'A check-in spot for a thousand years: this is Xiaoxiang', official: false },
    gloss_en: 'Yongzhou’s culture and tourism brand',
    related: ['zou-qu-yong-zhou', 'jin-xiu-xiao-xiang'],
    sources: [CHINANEWS_YONGZHOU_2022],
    status: 'verified',
  },
  {
    id: 'zou-qu-yong-zhou',
    term: '走，去永州',
    aliases: ['走去永州'],
    scope: 'hunan',
    period: { from: 2023 },
    category: 'culture',
    gloss_zh: '永州以同名歌曲走红的旅游宣传口号',
    explanation_zh:
      '《走，去永州》是2023年在网上走红的永州原创歌曲，此后“走，去永州”成为永州旅游推介的口号。2025年第四届永州旅游发展大会即以“走，去永州”为主题。',
    explanation_en:
      'Let’s go to Yongzhou began as a local song that went viral online in 2023 and has since become the city’s tourism call. The fourth Yongzhou tourism conference in 2025 took it as its theme.',
    english: { text: 'Let’s go to Yongzhou', official: false },
    gloss_en: 'Yongzhou’s tourism call, from a popular local song',
    related: ['qian-nian-da-ka-di-ci-chu-shi-xiao-xiang', 'hu-nan-lv-you-fa-zhan-da-hui'],
    sources: [
      YONGZHOU_CONFERENCE_2025,
      { url: 'https://qyhao123.com/thread-115589-1-1.html', publisher: 'qyhao123.com（论坛转载）', date: '2023-07-05', note: 'weak source: a forum repost of a news report on the song' },
    ],
    status: 'verified',
  },
  {
    id: 'tao-hua-yuan-li-de-cheng-shi',
    term: '桃花源里的城市',
    aliases: [],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '常德的城市名片',
    explanation_zh:
      '常德境内有桃花源，市里把“桃花源里的城市”作为城市名片，在旅游推介和城市建设中使用。2012年常德市委书记谈到打造现代旅游城市、擦亮这张名片，此后的新型城镇化报道也用它称呼常德。',
    explanation_en:
      'Changde, home to the Peach Blossom Spring of Tao Yuanming’s fable, calls itself the city in the Peach Blossom Spring and uses the name in tourism and city-building publicity. Its party secretary spoke of polishing this name card in 2012, and later reports on its urban renewal use it for the city.',
    english: { text: 'the city in the Peach Blossom Spring (Changde)', official: false },
    gloss_en: 'Changde’s city brand, after the Peach Blossom Spring',
    related: ['jin-xiu-xiao-xiang'],
    sources: [
      { url: 'http://hunan.gov.cn/zhuanti/xxsbd/szdt/201212/t20121205_684380.html', publisher: '湖南省人民政府门户网站（湖南电台）', date: '2012-12-05' },
      { url: 'https://zt.rednet.cn/c/2015/11/01/3827917.htm', publisher: '红网', date: '2015-11-01' },
    ],
    status: 'verified',
  },
  {
    id: 'fu-di-huai-hua-dong-ni-ru-jia',
    term: '福地怀化·懂你如家',
    aliases: ['福地怀化，懂你如家', '福地怀化 懂你如家'],
    scope: 'hunan',
    period: { from: 2025 },
    category: 'culture',
    gloss_zh: '怀化承办湖南旅发大会时塑造的城市形象口号',
    explanation_zh:
      '2025年9月第五届湖南旅游发展大会在怀化举行，怀化借此擦亮“三湘四水·相约湖南”旅游品牌，塑造“福地怀化·懂你如家”新形象。怀化以全国性综合交通枢纽和五省边区中心城市自居，用这一口号推介本地文旅。',
    explanation_en:
      'Huaihua hosted the fifth Hunan tourism conference in September 2025 and used it to launch a new image: Huaihua, a blessed land that understands you like home. The city, a rail hub on the border of five provinces, pairs it with the provincial “Meet in Hunan” brand.',
    english: { text: 'Blessed Huaihua, as understanding as home', official: false },
    gloss_en: 'Huaihua’s city image slogan from 2025',
    related: ['hu-nan-lv-you-fa-zhan-da-hui', 'san-xiang-si-shui-xiang-yue-hu-nan'],
    sources: [{ url: 'https://tour.rednet.cn/m/content/646943/56/15276870.html', publisher: '红网（文旅频道）', date: '2025-09-12' }],
    status: 'verified',
  },
  {
    id: 'chi-you-gu-li-xiang-zhong-ming-zhu',
    term: '蚩尤故里·湘中明珠',
    aliases: ['蚩尤故里，湘中明珠'],
    quotedOnly: ['湘中明珠'],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '娄底推介自己的城市称号',
    explanation_zh:
      '娄底地处湖南地理几何中心，相传是中华民族三大始祖之一蚩尤的故里，因此以“蚩尤故里·湘中明珠”推介自己。2023年娄底市长接受新华网专访时用这一称号介绍娄底的文化、生态和产业。',
    explanation_en:
      'Loudi sits at the geographic centre of Hunan and is said to be the home of Chiyou, one of the three legendary ancestors of the Chinese, so it presents itself as Chiyou’s home and the pearl of central Hunan. Its mayor used the title when introducing the city to Xinhua in 2023.',
    english: { text: 'Chiyou’s home, pearl of central Hunan (Loudi)', official: false },
    gloss_en: 'Loudi’s title for itself: home of Chiyou, pearl of central Hunan',
    related: ['zhong-bu-di-qu-cai-liao-gu'],
    sources: [
      LOUDI_MAYOR_2023,
      { url: 'http://gb1.cn/address_info/4313', publisher: 'gb1.cn（地名资料）', note: 'weak source: a place-name reference site' },
    ],
    status: 'verified',
  },
  {
    id: 'xiang-ou-kuai-xian',
    term: '湘欧快线',
    aliases: [],
    scope: 'hunan',
    category: 'infrastructure',
    gloss_zh: '从长沙开往欧洲的中欧班列线路',
    explanation_zh:
      '“湘欧快线”是从长沙出发、经满洲里出境，途经俄罗斯、白俄罗斯、波兰，抵达德国杜伊斯堡的货运班列，全程过万公里。它运送湖南和周边省份的货物，是湖南对接“一带一路”的物流通道，属于中欧班列的一条线路。',
    explanation_en:
      'The Xiang-Europe express is a freight train from Changsha that leaves China at Manzhouli and crosses Russia, Belarus and Poland to Duisburg in Germany, over ten thousand kilometres. It carries goods from Hunan and neighbouring provinces and is one of the China–Europe rail lines.',
    english: { text: 'the Xiang-Europe express (Changsha–Europe freight train)', official: false },
    gloss_en: 'Hunan’s freight train line from Changsha to Europe',
    related: ['zhong-ou-ban-lie'],
    sources: [{ url: 'http://hnzsck.com/jqty/1584.html', publisher: 'hnzsck.com（转载报道）', note: 'undated reprint of a feature on Hunan firms and the Belt and Road' }],
    status: 'partial',
    missing: 'the year the line started and whether the name is still in use; the page read is undated',
    missing_zh: '开行年份以及这一名称现在是否仍在使用；所读页面没有日期',
  },
  {
    id: 'dong-ting-tian-xia-shui-yue-yang-tian-xia-lou',
    term: '洞庭天下水、岳阳天下楼',
    aliases: ['洞庭天下水 岳阳天下楼'],
    scope: 'hunan',
    category: 'culture',
    gloss_zh: '岳阳以洞庭湖和岳阳楼打造的文旅品牌',
    explanation_zh:
      '“洞庭天下水、岳阳天下楼”原是称颂洞庭湖和岳阳楼的名句，如今是岳阳的文化旅游品牌。2021年岳阳开工沿江环湖生态旅游廊道，市委书记要求把它建成这一文旅品牌的样板工程。',
    explanation_en:
      'Dongting, the water of the world; Yueyang, the tower of the world is an old line praising Dongting Lake and Yueyang Tower, and it now serves as Yueyang’s culture and tourism brand. When the city began its riverside and lakeside eco-tourism corridor in 2021, its party secretary called the project a showcase for the brand.',
    english: { text: 'Dongting, the water of the world; Yueyang, the tower of the world', official: false },
    gloss_en: 'Yueyang’s tourism brand built on Dongting Lake and Yueyang Tower',
    related: ['shou-hu-hao-yi-jiang-bi-shui', 'jin-xiu-xiao-xiang'],
    sources: [{ url: 'http://xxero.cn/index.php?a=shows&catid=14&id=867', publisher: 'xxero.cn（转载岳阳市新闻）', date: '2021-09-30', note: 'reprint of a Yueyang city news report' }],
    status: 'verified',
  },
  {
    id: 'dong-ting-xiang-mi',
    term: '洞庭香米',
    aliases: [],
    scope: 'hunan',
    period: { from: 2019 },
    category: 'rural',
    gloss_zh: '环洞庭湖地区优质稻米的公共品牌',
    explanation_zh:
      '环洞庭湖地区是湖南最主要的稻米产区，“洞庭香米”是这一带大米共同使用的公共品牌。2019年农博会上，32家环洞庭湖地区稻米龙头企业抱团参展推广这一品牌，准备统一产品标准和质量溯源体系。',
    explanation_en:
      'The lands around Dongting Lake are Hunan’s main rice basket, and Dongting fragrant rice is the shared brand for rice from the area. At the 2019 farm fair 32 leading rice firms from around the lake promoted it together, with plans for common standards and traceability.',
    english: { text: 'Dongting fragrant rice', official: false },
    gloss_en: 'the shared brand for rice from around Dongting Lake',
    related: ['dong-ting-hu-sheng-tai-jing-ji-qu'],
    sources: [{ url: 'http://news.liangyou.biz/20191027/2586788.html', publisher: 'liangyou.biz（转载长沙晚报）', date: '2019-10-27', note: 'reprint of a Changsha Evening News report' }],
    status: 'verified',
  },
  {
    id: 'dong-ting-hu-zong-lin-gong-jian',
    term: '洞庭湖总磷污染控制与削减攻坚行动',
    aliases: ['洞庭湖总磷污染控制与削减攻坚行动计划', '洞庭湖总磷攻坚'],
    scope: 'hunan',
    period: { from: 2022, to: 2025 },
    category: 'ecology',
    gloss_zh: '湖南2022—2025年削减洞庭湖总磷污染的攻坚行动',
    explanation_zh:
      '总磷是洞庭湖水质的主要超标污染物。2022年湖南省政府办公厅印发行动计划，部署农业农村污染防治、城镇污水收集处理、工业污染治理、排污口防控、黑臭水体整治、生态修复和监管能力等7项重点任务和“禁磷限磷”专项行动；新闻里常称洞庭湖“减磷”攻坚。',
    explanation_en:
      'Total phosphorus is the main pollutant keeping Dongting Lake below standard. Hunan’s 2022–2025 action plan sets seven tasks, from farm and rural pollution and urban sewage to industry, outfalls, black and smelly water, ecological repair and monitoring, plus a campaign to ban and limit phosphorus; news often calls it the phosphorus-cutting battle.',
    english: { text: 'the Dongting Lake total-phosphorus control and reduction campaign', official: false },
    gloss_en: 'Hunan’s 2022–2025 campaign to cut phosphorus pollution in Dongting Lake',
    related: ['dong-ting-hu-sheng-tai-jing-ji-qu', 'shou-hu-hao-yi-jiang-bi-shui'],
    sources: [
      DONGTING_PHOSPHORUS_PLAN_2022,
      { url: 'https://m.sgf2.com/37584/38154/38157/38160/38177/38190/40023/content_2004548.html', publisher: 'sgf2.com（转载湘政办发〔2022〕29号）', date: '2022-06-01', note: 'mirror of the provincial notice' },
      { url: 'https://hunan.ifeng.com/c/8iHPkFVB3TG', publisher: '凤凰网湖南（转载政协报道）', date: '2025' },
    ],
    status: 'verified',
  },
  {
    id: 'da-zhang-jia-jie-guo-ji-lv-you-qu',
    term: '大张家界国际旅游区',
    aliases: ['大张家界国际旅游区建设行动方案'],
    scope: 'hunan',
    period: { from: 2026 },
    category: 'planning',
    gloss_zh: '以张家界为核心、联动大湘西五市州的世界级旅游区规划',
    explanation_zh:
      '《大张家界国际旅游区建设行动方案》据报道于2026年1月经湖南省委常委会审议通过，以张家界山水和周边民族文化为支撑打造世界级旅游目的地。空间布局为“一核一地两轴三山四极五线”，以张家界为核心，涉及5个市州的38个县市区。',
    explanation_en:
      'The action plan for a Greater Zhangjiajie international tourism zone was reportedly approved by Hunan’s party standing committee in January 2026. With Zhangjiajie as the core, it links 38 counties in five prefectures of western Hunan, including Fenghuang, into one world-class destination.',
    english: { text: 'the Greater Zhangjiajie international tourism zone', official: false },
    gloss_en: 'Hunan’s 2026 plan to build a world-class tourism zone around Zhangjiajie',
    related: ['shi-jie-lv-you-mu-di-di', 'zhang-ji-huai'],
    sources: [{ url: 'https://www.15386.cn/post/147754.html', publisher: '旅荐网（15386.cn）', date: '2026-03-21', note: 'weak source: a travel site’s summary of the plan' }],
    status: 'partial',
    missing: 'only a travel site’s summary was found; the approval date and layout are not confirmed by an official page',
    missing_zh: '只找到旅游网站的综述，审议时间和空间布局未经官方页面核实',
  },
];
