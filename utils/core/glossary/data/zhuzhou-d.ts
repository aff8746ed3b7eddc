import type { GlossaryEntry, Source } from '../types';

/*
 * How the terms were chosen: nicknames, place-brands, campaigns and local sayings of Zhuzhou's
 * districts and counties (Tianyuan, Lusong, Lukou, Liling, You, Chaling, Yanling, the Yunlong zone)
 * and a city-level campaign name, each seen in a news or government page below and checked
 * against the glossary and the dictionary first. Bare names of places, firms and events, forms
 * already covered by an entry, and phrases that read plainly were left out. Pages of the
 * real-news test corpus were not used. Two entries reach wider than Zhuzhou because its news leans
 * on them: 千亿县 (Hunan's hundred-billion counties) and 三大瓷都 (the porcelain capitals, Liling among them).
 *
 * Pages read for this file (search excerpts):
 *   https://gonglve8.com/techan/9565.html                          guide to Chaling produce (the three treasures)
 *   http://2007.hnzqw.com/dispbbs.asp?ID=30824&boardID=99&page=8    forum post on Chaling angelica root
 *   http://bk.zzlib.net:88/paper/evening/202205/343935.html         Zhuzhou Evening News on the “Chaling ox”
 *   https://www.zixundingzhi.com/chaling/5e0dc31673ab6a5d.html      essay from the iron rhino to the “Chaling ox”
 *   https://zz.rednet.cn/m/content/2021/11/27/10467570.html        Red Net interview with Chaling's party secretary, 2021
 *   http://zsartonline.com/lygl/37768.shtml                         guide to the Shennong Valley forest park
 *   https://8c3y.hznaoa.cn/wf73/2025-07-23/4948797                  China News report on the 2025 Yanling yellow-peach season (mirror)
 *   http://tuohuangzu.com/userBlog/Detail?did=1969467               note on the Flame Emperor's tombs
 *   https://pediainside.com/index.php?title=%E7%82%8E%E9%99%B5%E5%8E%BF&variant=zh   encyclopedia entry on Yanling
 *   http://www.tjbcwy.com/wap.aspx?cid=18&nid=14994&sp=14           notice of the 2017 Liling ceramics fair (reprint)
 *   http://www.iweeeb.com/w/%E9%86%B4%E9%99%B5%E5%B8%82             overview of Liling
 *   http://zhengjimtcn.com/thread-191401-1-351.html                 Liling's tourism-slogan contest results
 *   https://sanxin6.com/?p=2532                                     Liling official's 2020 speech to a fireworks fair
 *   http://studyofnet.com/394148232.html                            Red Net on Lusong's 2023 people's congress (reprint)
 *   https://4ll.net/society/98254.html                              Zhuzhou Daily on Jiulangshan, 2022 (English reprint)
 *   http://www.eeofd.com/thread-4205-1.html                         signing at the Jiulangshan vocational city (reprint)
 *   https://m.jixiao100.com/656.html                                commentary on the Zhuzhou vocational-education park
 *   https://daxue.952552.com/nanhuadaxue/uasxdl048m.html            plan of the Zhuzhou vocational college town
 *   http://hunan.voc.com.cn/article/201609/201609300857222149.html Voice of Hunan on Tianyuan and the Power Valley, 2016
 *   https://www.huazhihui.cn/baitai/1584.html                       overview of Lukou district
 *   http://m.ciyuzhan.com/lishi/diming/e694b8e58ebf                 gazetteer note on You county
 *   https://m.638300.com/p/31862.html                               essay on the origin of the name You
 *   https://factpedia.org/index.php?title=%E6%94%B8%E5%8E%BF&variant=zh-hant   encyclopedia entry on You county
 *   http://fengshuizhan.com/youxian                                 overview of You county
 *   http://bk.zzlib.net:88/paper/daily/202203/335042.html           Zhuzhou Daily column opener, 2022
 *   https://www.gcs66.com/document_detail/99825.html                Tianyuan district government work report, 2023
 *   https://nec-driver.com/bhuazhong/4933.html                      Yanling county government work report, 2023
 *   http://cnenc.net/b1900033.html                                  encyclopedia entry on Yanling
 *   http://xdwhzz.com/show.asp?id=308                               history of the land-sharing trial in Ling county, 1928
 *   http://zgkjsz.com/page/2024/0823/25730645.shtml                 Wencui Bao on the bamboo land tags of Zhongcun (reprint)
 *   http://big5.chinataiwan.cn/gate/big5/www.taiwan.cn/local/dfkx/201411/t20141125_8130463.htm   Taiwan.cn on Yanling's county-economy status, 2014
 *   https://hn.rednet.cn/m/content/646954/58/15350174.html          Red Net county-economy series on Liling, 2025
 *   http://www.fyjddog.com/news/xhn/202508/30275167.html            Hunan Daily commentary on Liling and the hundred-billion-yuan counties (reprint)
 *   http://hkcd.com/content_p/2018-01/29/content_54515.html         Hong Kong Commercial Daily on Tianyuan's “valley within the valley”
 *   https://hkcd.com/content_p/2020-04/28/content_95096.html        Hong Kong Commercial Daily on the Zhuzhou high-tech zone, 2020
 *   http://hbzqbyyxgs.com/goomai/172458.html                        note on Jingdezhen and the three modern porcelain capitals
 *   http://lofty888.cn/post/470544.html                             Q&A on China's three porcelain capitals
 *   http://ischool.net.cn/xwzx/la/201611/t20161121_11630491.htm     Taiwan.cn on a cross-Strait press visit to Liling, 2016 (mirror)
 *   https://www.zgsxzs.com/index.php/index/gov/detail?id=2731       official introduction to Liling (reprint)
 *   https://www.china-county.org/?list_9/2792.html                  report on the Hunan party secretary's visit to Liling (reprint)
 */

const CHALING_PARTY_SECRETARY_2021: Source = {
  url: 'https://zz.rednet.cn/m/content/2021/11/27/10467570.html',
  publisher: '红网时刻株洲',
  date: '2021-11-27',
};

const YANLING_PEACH_2025: Source = {
  url: 'https://8c3y.hznaoa.cn/wf73/2025-07-23/4948797',
  publisher: '中国新闻网（转载）',
  date: '2025-07-23',
  note: 'mirror of a China News Service report',
};

const TIANYUAN_REPORT_2023: Source = {
  url: 'https://www.gcs66.com/document_detail/99825.html',
  publisher: '株洲市天元区人民政府工作报告（文库转载）',
  date: '2023-01-09',
  note: 'mirror of the report text',
};

const YANLING_REPORT_2023: Source = {
  url: 'https://nec-driver.com/bhuazhong/4933.html',
  publisher: '炎陵县人民政府工作报告（转载）',
  date: '2023-02-08',
  note: 'mirror of the report text',
};

const YOU_COUNTY_WIKI: Source = {
  url: 'https://factpedia.org/index.php?title=%E6%94%B8%E5%8E%BF&variant=zh-hant',
  publisher: '百科（攸县条目）',
  note: 'weak source: an encyclopedia page',
};

/** Nicknames, sayings, place-brands and campaigns of Zhuzhou's districts and counties. */
export const ZHUZHOU_D: readonly GlossaryEntry[] = [
  {
    id: 'cha-ling-san-bao',
    term: '茶陵三宝',
    aliases: [],
    scope: 'zhuzhou',
    category: 'rural',
    gloss_zh: '茶陵的三样传统特产：生姜、白芷、大蒜',
    explanation_zh:
      '茶陵民间有“茶陵有三宝，生姜、白芷、大蒜脑”的说法。白芷是药材，茶陵白芷又称“茶芷”，栽培约两千年；紫皮大蒜明清时曾作贡品，三样都被附会上炎帝神农的传说。',
    explanation_en:
      'A Chaling folk rhyme names three treasures: ginger, angelica root and garlic. The local angelica (“Cha zhi”) has been grown for about two thousand years and the purple-skinned garlic was once tribute; all three are tied in legend to the Flame Emperor.',
    english: { text: 'three treasures of Chaling', official: false },
    gloss_en: 'Chaling’s three traditional crops: ginger, angelica root and garlic',
    items: [
      { zh: '生姜', en: 'ginger' },
      { zh: '白芷', en: 'angelica root (a medicinal herb)' },
      { zh: '大蒜', en: 'garlic (the purple-skinned local kind)' },
    ],
    related: ['cha-zu-wen-hua'],
    sources: [
      { url: 'https://gonglve8.com/techan/9565.html', publisher: '攻略吧（特产介绍）', date: '2023-11-18', note: 'weak source: a produce guide' },
      { url: 'http://2007.hnzqw.com/dispbbs.asp?ID=30824&boardID=99&page=8', publisher: '湖南知青网论坛', note: 'weak source: a forum post' },
    ],
    status: 'verified',
  },
  {
    id: 'cha-ling-niu',
    term: '茶陵牛',
    aliases: [],
    quotedOnly: ['茶陵牛'],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '茶陵人倔强、刚直、肯吃苦的性格，以城下铁犀（俗称铁牛）为象征',
    explanation_zh:
      '茶陵古城墙下卧着南宋铸造的铁犀，百姓俗称“铁牛”，外人便用“茶陵牛”形容茶陵人勤劳、耿直、倔强。“茶陵牛”成了茶陵人的精神图腾，县委号召全县上下把“吃得苦，霸得蛮，敢打硬仗”的狠劲韧劲用到抓发展上。',
    explanation_en:
      'Under Chaling’s old city wall lies a Southern Song iron rhinoceros that locals call the “iron ox”, and outsiders call Chaling people “Chaling oxen” for being hard-working, blunt and stubborn. The “Chaling ox” is now the county’s emblem, and its party committee asks everyone to bring that grit to the work of development.',
    english: { text: 'the Chaling ox (spirit)', official: false },
    gloss_en: 'Chaling people’s stubborn, upright, hard-working character, named after the iron “ox” by the river',
    related: ['xi-cheng'],
    sources: [
      { url: 'http://bk.zzlib.net:88/paper/evening/202205/343935.html', publisher: '株洲晚报', date: '2022-05' },
      { url: 'https://www.zixundingzhi.com/chaling/5e0dc31673ab6a5d.html', publisher: '茶陵地方文史文章（转载）', note: 'weak source: a reposted local-history essay' },
      CHALING_PARTY_SECRETARY_2021,
    ],
    status: 'verified',
  },
  {
    id: 'cha-ling-san-se-hui-ying',
    term: '三色辉映',
    aliases: [],
    quotedOnly: ['三色辉映'],
    scope: 'zhuzhou',
    period: { from: 2021 },
    category: 'culture',
    gloss_zh: '茶陵把红色、绿色、古色旅游资源连成一体的旅游定位',
    explanation_zh:
      '2021年茶陵县委提出打造“红色绿色古色”“三色辉映”、特色鲜明的旅游景群：红色指工农兵政府旧址等革命遗迹，绿色指山水生态，古色指古城墙等历史文化。',
    explanation_en:
      'In 2021 Chaling’s party secretary set the aim of a tourism cluster where “red, green and ancient” shine together: revolutionary sites such as the old workers’-peasants’-soldiers’ government, green mountain scenery and old-town heritage.',
    english: { text: 'three colours shining together (red, green, ancient)', official: false },
    gloss_en: 'Chaling’s tourism mix of revolutionary, natural and historic sights',
    items: [
      { zh: '红色', en: 'red: revolutionary sites' },
      { zh: '绿色', en: 'green: natural scenery' },
      { zh: '古色', en: 'ancient: historic heritage' },
    ],
    related: ['cha-ling-niu'],
    sources: [CHALING_PARTY_SECRETARY_2021],
    status: 'partial',
    missing: 'the page names the three colours but not which sites each covers; the examples are ours',
    missing_zh: '页面只列出三种颜色，各自对应的景点为本词条举例',
  },
  {
    id: 'ya-zhou-di-yi-yang-ba',
    term: '亚洲第一氧吧',
    aliases: [],
    scope: 'zhuzhou',
    category: 'ecology',
    gloss_zh: '炎陵县神农谷国家森林公园的招牌称号，指空气负氧离子含量极高',
    explanation_zh:
      '神农谷国家森林公园在炎陵县东北部，森林覆盖率近99%，珠帘瀑布一带测得的空气负氧离子含量很高，景区以“亚洲第一氧吧”为核心卖点。炎陵发展避暑经济时也常打出这块牌子。',
    explanation_en:
      'Shennong Valley National Forest Park in north-east Yanling is almost entirely forested, and very high negative-ion readings near its Zhulian waterfall are the park’s main selling point as “Asia’s No. 1 oxygen bar”. Yanling uses the label to sell summer retreats.',
    english: { text: 'Asia’s No. 1 oxygen bar', official: false },
    gloss_en: 'label of Yanling’s Shennong Valley forest park for its very clean air',
    related: ['shen-nong-fu-di'],
    sources: [
      { url: 'http://zsartonline.com/lygl/37768.shtml', publisher: '旅游攻略（神农谷）', note: 'weak source: a travel guide' },
      YANLING_PEACH_2025,
    ],
    status: 'verified',
  },
  {
    id: 'shen-zhou-di-yi-ling',
    term: '神州第一陵',
    aliases: [],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '炎陵县炎帝陵的美称',
    explanation_zh: '炎帝神农氏陵寝在炎陵县鹿原镇鹿原陂，是国家5A级景区，被誉为“神州第一陵”，宋代以来多次修缮，是官方祭祀之所。',
    explanation_en:
      'The Flame Emperor’s tomb at Luyuanpo in Yanling county, a national 5A scenic site repaired many times since the Song dynasty and used for state rites, is praised as “China’s first tomb”.',
    english: { text: 'China’s first mausoleum', official: false },
    gloss_en: 'praise name for the Flame Emperor’s tomb in Yanling',
    related: ['yan-di-ling', 'bei-you-huang-ling-nan-you-yan-ling'],
    sources: [
      { url: 'http://tuohuangzu.com/userBlog/Detail?did=1969467', publisher: '博客文章（炎帝陵）', note: 'weak source: a blog note' },
      {
        url: 'https://pediainside.com/index.php?title=%E7%82%8E%E9%99%B5%E5%8E%BF&variant=zh',
        publisher: '求真百科（炎陵县条目）',
        note: 'weak source: an encyclopedia page',
      },
    ],
    status: 'partial',
    missing: 'only a blog and an encyclopedia page were found; no official page using the name',
    missing_zh: '只找到博客和百科页面，未见官方用法',
  },
  {
    id: 'wu-cai-xin-li-ling',
    term: '五彩新醴陵',
    aliases: [],
    scope: 'zhuzhou',
    period: { from: 2017 },
    category: 'culture',
    gloss_zh: '醴陵的城市宣传口号，借“釉下五彩瓷”之名',
    explanation_zh:
      '2017年中国醴陵国际陶瓷产业博览会的主题定为“中国陶瓷谷·五彩新醴陵”，理由之一是醴陵千年制瓷史和独创的釉下五彩瓷。',
    explanation_en:
      'The 2017 China Liling International Ceramics Fair took the theme “China Ceramics Valley, colourful new Liling”, citing among its reasons the city’s long porcelain history and its own underglaze five-colour porcelain.',
    english: { text: 'colourful new Liling', official: false },
    gloss_en: 'Liling’s promotional name, after its five-colour underglaze porcelain',
    related: ['you-xia-wu-cai-ci', 'zhong-guo-tao-ci-gu', 'li-ling-ci-bo-hui'],
    sources: [
      {
        url: 'http://www.tjbcwy.com/wap.aspx?cid=18&nid=14994&sp=14',
        publisher: '醴陵市（2017瓷博会介绍，转载）',
        date: '2017-09-24',
        note: 'reprint of the fair’s notice',
      },
    ],
    status: 'partial',
    missing: 'the notice’s full reasons for the theme were not read; use after 2017 is not sourced',
    missing_zh: '未读到主题说明全文，2017年以后的用法无出处',
  },
  {
    id: 'tian-xia-ming-ci-chu-li-ling',
    term: '天下名瓷出醴陵',
    aliases: [],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '夸醴陵瓷器名满天下的老话',
    explanation_zh:
      '醴陵制瓷历史悠久，清末醴陵瓷以“白如玉、明如镜、薄如纸、声如磬”著称，民间有“天下名瓷出醴陵”之说。醴陵征集旅游口号时也有作品用了这句话。',
    explanation_en:
      'Liling has a long porcelain history, and by the late Qing its ware was praised as white as jade, bright as a mirror, thin as paper and ringing like a chime stone; hence the saying “the world’s famous porcelain comes from Liling”, also used in entries to the city’s tourism-slogan contest.',
    english: { text: 'famous porcelain comes from Liling', official: false },
    gloss_en: 'saying that the best porcelain in the land is made in Liling',
    related: ['you-xia-wu-cai-ci', 'zhong-guo-tao-ci-zhi-du'],
    sources: [
      { url: 'http://www.iweeeb.com/w/%E9%86%B4%E9%99%B5%E5%B8%82', publisher: '地区概况（醴陵市）', note: 'weak source: a place-information site' },
      { url: 'http://zhengjimtcn.com/thread-191401-1-351.html', publisher: '醴陵旅游（转载）', note: 'reprint of the slogan-contest results' },
    ],
    status: 'verified',
  },
  {
    id: 'hua-pao-shi-tiao',
    term: '花炮十条',
    aliases: [],
    scope: 'zhuzhou',
    period: '2020',
    category: 'industry',
    gloss_zh: '醴陵扶持烟花爆竹产业转型升级的十条政策',
    explanation_zh:
      '醴陵是“中国花炮之都”。为推动花炮产业突围升级，醴陵出台“花炮十条”政策，到2020年兑现奖励资金两千多万元，并推广机械化、自动化生产。',
    explanation_en:
      'Liling, China’s fireworks capital, issued ten policy measures for the fireworks industry to help it upgrade; by 2020 more than twenty million yuan in rewards had been paid out, alongside a push for machine and automated production.',
    english: { text: 'ten fireworks measures (Liling)', official: false },
    gloss_en: 'Liling’s ten policy measures to upgrade its fireworks industry',
    related: ['zhong-guo-hua-pao-zhi-du'],
    sources: [{ url: 'https://sanxin6.com/?p=2532', publisher: '醴陵市政协副主席讲话（转载）', date: '2020-11-19', note: 'reprint of a speech' }],
    status: 'partial',
    missing: 'the ten measures and the year they were issued were not found',
    missing_zh: '十条的具体内容和出台年份未查到',
  },
  {
    id: 'qing-song-jiu-ye',
    term: '轻淞就业',
    aliases: [],
    scope: 'zhuzhou',
    period: { from: 2022 },
    category: 'livelihood',
    gloss_zh: '芦淞区的就业服务品牌',
    explanation_zh: '芦淞区2022年打造“轻淞就业”品牌，当年新增城镇就业1.2万人，“零就业家庭”动态清零。',
    explanation_en:
      'Lusong district launched its “Qingsong employment” brand in 2022, the year it added 12,000 urban jobs and kept no household without a worker.',
    english: { text: 'Qingsong (easy) jobs in Lusong', official: false },
    gloss_en: 'Lusong district’s brand for its job services',
    related: ['shi-shang-lu-song'],
    sources: [
      { url: 'http://studyofnet.com/394148232.html', publisher: '红网时刻（转载）', date: '2023-02-21', note: 'reprint of a Red Net report on Lusong’s people’s congress' },
    ],
    status: 'partial',
    missing: 'what services the brand covers is not described in the source; reading the name as a pun on 轻松 (easy) with the 淞 of Lusong is ours',
    missing_zh: '品牌具体包括哪些服务，来源未说明；“轻淞”谐音“轻松”是本词条的理解',
  },
  {
    id: 'jiu-lang-shan-zhi-jiao-ke-chuang-cheng',
    term: '九郎山职教科创城',
    aliases: ['湖南（株洲）职教科技园', '株洲职教城', '株洲职教大学城'],
    scope: 'zhuzhou',
    category: 'planning',
    gloss_zh: '云龙片区集中办职业院校的园区，株洲打造的职教与科创新城',
    explanation_zh:
      '株洲职教城2009年底开建，十年间已有9所职业院校迁入，如今称“九郎山职教科创城”，要建成职教城、科创城、宜居城、旅游城。2022年全省首届职业技能大赛在此举行，株洲把它与岳麓山大学科技城、马栏山视频文创园并提。',
    explanation_en:
      'Zhuzhou began its vocational college town at the end of 2009; nine vocational colleges had moved in within a decade, and it is now called Jiulangshan Vocational Education and Innovation City, meant to be a place for schools, research, living and tourism. It hosted Hunan’s first provincial skills contest in 2022, and Zhuzhou pairs it with Changsha’s Yuelu Mountain science city and Malan Mountain media park.',
    english: { text: 'Jiulangshan Vocational Education and Innovation City', official: false },
    gloss_en: 'Zhuzhou’s vocational-college town in Yunlong, rebranded as a hub for skills and innovation',
    related: ['yun-long-shi-fan-qu'],
    sources: [
      { url: 'https://4ll.net/society/98254.html', publisher: '株洲日报（英译转载）', date: '2022-07-18', note: 'English reprint of a Zhuzhou Daily report' },
      { url: 'http://www.eeofd.com/thread-4205-1.html', publisher: '株洲国投集团签约报道（转载）', note: 'reprint' },
      { url: 'https://m.jixiao100.com/656.html', publisher: '评论（株洲职教科技园）', note: 'reprint of a commentary' },
      { url: 'https://daxue.952552.com/nanhuadaxue/uasxdl048m.html', publisher: '株洲职教大学城规划介绍（转载）', note: 'weak source: an education portal' },
    ],
    status: 'verified',
  },
  {
    id: 'tian-yuan-san-ji-di-yi-zhong-xin',
    term: '三基地一中心',
    aliases: [],
    scope: 'zhuzhou',
    period: { from: 2016 },
    category: 'industry',
    gloss_zh: '天元区建设中国动力谷的四项目标：三个产业基地和一个研发服务中心',
    explanation_zh:
      '2016年天元区第五次党代会提出构建中国动力谷“三基地一中心”，作为以智能制造为标志的工业现代化的核心内容。',
    explanation_en:
      'Tianyuan district’s fifth party congress in 2016 made “three bases and one centre” the core of its industrial modernisation around China Power Valley.',
    english: { text: 'three bases and one centre', official: false },
    gloss_en: 'Tianyuan’s four goals for China Power Valley: three industry bases and an R&D centre',
    items: [
      { zh: '世界一流的轨道交通装备制造基地', en: 'a world-class rail transit equipment base' },
      { zh: '国内一流的通用航空基地', en: 'a top national general-aviation base' },
      { zh: '全国领先的新能源汽车生产研发基地', en: 'a leading new-energy vehicle production and R&D base' },
      { zh: '动力产业技术研发创新服务中心', en: 'an R&D and innovation service centre for the power industries' },
    ],
    related: ['zhong-guo-dong-li-gu'],
    sources: [{ url: 'http://hunan.voc.com.cn/article/201609/201609300857222149.html', publisher: '华声在线', date: '2016-09-30' }],
    status: 'verified',
  },
  {
    id: 'lu-xiang',
    term: '渌湘',
    aliases: [],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '渌口区（原株洲县）的雅称',
    explanation_zh: '渌口区位于渌江汇入湘江处，“渌水东来，湘江北去”，所以雅称“渌湘”；区政府所在的渌口镇也因渌江在此入湘而得名。',
    explanation_en:
      'Lukou district (formerly Zhuzhou county) sits where the Lu River joins the Xiang, so it is poetically called Luxiang; Lukou town is named for the same river mouth.',
    english: { text: 'Luxiang (Lukou district)', official: false },
    gloss_en: 'literary name for Lukou district, where the Lu River meets the Xiang',
    related: [],
    sources: [{ url: 'https://www.huazhihui.cn/baitai/1584.html', publisher: '地名介绍（渌口区）', note: 'weak source: a place-information site' }],
    status: 'partial',
    missing: 'only a place-information page was found; no official page on the name',
    missing_zh: '只找到地名介绍页面，未见官方说法',
  },
  {
    id: 'you-zhou',
    term: '攸州',
    aliases: [],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '攸县的旧称，元代曾升县为州，今多作雅称',
    explanation_zh: '元元贞元年（1295年）攸县升为攸州，明初降回攸县。如今写攸县的文章常用“攸州”作雅称。',
    explanation_en: 'You county was raised to You prefecture (Youzhou) in 1295 under the Yuan and turned back into a county early in the Ming; writers now use Youzhou as a literary name for the county.',
    english: { text: 'Youzhou (You county)', official: false },
    gloss_en: 'old name of You county, now a literary name for it',
    related: ['you-xian-de-ge'],
    sources: [
      { url: 'http://m.ciyuzhan.com/lishi/diming/e694b8e58ebf', publisher: '词语站（地名来历）', note: 'weak source: a gazetteer-style reference' },
      { url: 'https://m.638300.com/p/31862.html', publisher: '攸县地名源流考（转载）', note: 'weak source: a reposted essay' },
    ],
    status: 'partial',
    missing: 'its use as a literary name in present-day news is not shown by a cited page',
    missing_zh: '现今新闻中作雅称的用法没有引用页面',
  },
  {
    id: 'heng-zhi-jing-ting-tan-zhi-men-hu',
    term: '衡之径庭、潭之门户',
    aliases: ['衡之径庭潭之门户'],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '攸县的老称号：通往衡州的要道、潭州的门户',
    explanation_zh: '攸县地处湘东、东邻江西，自古是衡州与潭州（长沙）之间的交通要道，素有“衡之径庭、潭之门户”之称；今天境内有吉衡铁路、醴茶铁路经过。',
    explanation_en:
      'You county in east Hunan, bordering Jiangxi, has long been a route between Hengzhou and Tanzhou (Changsha), hence its old title “Heng’s path and Tan’s gate”; today the Ji’an–Hengyang and Liling–Chaling railways pass through it.',
    english: { text: 'the path to Heng and the gate of Tan', official: false },
    gloss_en: 'old title of You county as a gateway between Hengyang and Changsha',
    related: ['you-zhou'],
    sources: [YOU_COUNTY_WIKI, { url: 'http://fengshuizhan.com/youxian', publisher: '地区介绍（攸县）', note: 'weak source: a place-information site' }],
    status: 'verified',
  },
  {
    id: 'zhuzhou-liang-ge-nian-2022',
    term: '两个年',
    aliases: ['两个年活动'],
    quotedOnly: ['两个年'],
    scope: 'zhuzhou',
    period: '2022',
    category: 'governance',
    gloss_zh: '株洲2022年开展的两个主题年活动：市场主体培育年和干部能力提升年',
    explanation_zh:
      '株洲用“××年”活动定每年的工作重点，2022年是“两个年”。天元区、炎陵县回顾2022年的政府工作报告都写着大力开展“市场主体培育年”和“干部能力提升年”活动，《株洲日报》也结合“两个年”开设栏目。',
    explanation_en:
      'Zhuzhou sets each year’s priorities with themed “years”; 2022 had two, the Year of Growing Market Entities and the Year of Raising Officials’ Ability. Tianyuan’s and Yanling’s reports on that year describe both campaigns, and Zhuzhou Daily ran a column tied to them.',
    english: { text: 'the two themed years (2022)', official: false },
    gloss_en: 'Zhuzhou’s two campaign “years” of 2022',
    items: [
      { zh: '市场主体培育年', en: 'Year of Growing Market Entities' },
      { zh: '干部能力提升年', en: 'Year of Raising Officials’ Ability' },
    ],
    related: ['san-ge-nian', 'fa-fen-tu-qiang'],
    sources: [
      { url: 'http://bk.zzlib.net:88/paper/daily/202203/335042.html', publisher: '株洲日报（株洲图书馆数字报）', date: '2022-03' },
      TIANYUAN_REPORT_2023,
      YANLING_REPORT_2023,
    ],
    status: 'verified',
  },
  {
    id: 'xiang-gan-zhi-dian',
    term: '湘赣之巅',
    aliases: [],
    quotedOnly: ['湘赣之巅'],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '炎陵县酃峰的旅游宣传名，称其为湘赣边界的最高处',
    explanation_zh:
      '炎陵县的酃峰被称作湖南第一峰。2025年炎陵黄桃文化季推出的高山避暑线路就叫“酃峰‘湘赣之巅·云端避暑’高山秘境线”。',
    explanation_en:
      'Lingfeng in Yanling county is called the highest peak in Hunan. Yanling’s 2025 yellow-peach season promoted a summer mountain route named “Lingfeng: the top of Hunan and Jiangxi, a retreat in the clouds”.',
    english: { text: 'the summit of Hunan and Jiangxi', official: false },
    gloss_en: 'tourism name for Lingfeng peak in Yanling, on the Hunan–Jiangxi border',
    related: ['ya-zhou-di-yi-yang-ba', 'yan-ling-huang-tao'],
    sources: [
      YANLING_PEACH_2025,
      { url: 'http://cnenc.net/b1900033.html', publisher: '百科（炎陵县条目）', note: 'weak source: an encyclopedia mirror' },
    ],
    status: 'partial',
    missing: 'the phrase was found only in one route name; whether Lingfeng is the highest point of both provinces is not sourced',
    missing_zh: '只在一条线路名中见到；酃峰是否为两省最高处无出处',
  },
  {
    id: 'you-xian-mei-cheng',
    term: '梅城',
    aliases: [],
    quotedOnly: ['梅城'],
    // 梅城: a town name elsewhere in Hunan (安化梅城镇).
    strictlyQuoted: ['梅城'],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '攸县县城的古称，因城中遍植梅花',
    explanation_zh:
      '攸县县城五代后梁时迁到今址，相传后来的知县倡导居民种梅，元明时县城遍植梅花，别称“梅城”，清代和民国还一度正式叫梅城镇。别处也有叫梅城的地方，只有谈攸县时才指攸县县城。',
    explanation_en:
      'You county’s seat moved to its present site in the Later Liang; legend says a magistrate had the townspeople plant plum trees, and by the Yuan and Ming the town was full of them, hence “Plum City”, at times the official name of the town under the Qing and the Republic. Other places share the name, so it means You county’s seat only in that context.',
    english: { text: 'Plum City (seat of You county)', official: false },
    gloss_en: 'old name of the county town of You, after its plum trees',
    related: ['you-zhou'],
    sources: [YOU_COUNTY_WIKI],
    status: 'partial',
    missing: 'only an encyclopedia page was found',
    missing_zh: '只找到百科页面',
  },
  {
    id: 'yan-ling-cha-pai-fen-tian',
    term: '插牌分田',
    aliases: [],
    scope: 'zhuzhou',
    period: '1928',
    category: 'rural',
    gloss_zh: '1928年毛泽东在酃县（今炎陵县）中村主持的分田试点：用写好户主和田界的竹牌插在田里为记',
    explanation_zh:
      '1928年3月，毛泽东率工农革命军在酃县中村开展土地革命试点，没收土豪劣绅的土地平均分给农民，由农会在竹牌上写明户主姓名、田块和界址，插在田里作凭证。毛泽东说过去穷人卖儿卖女插草为标，如今分田以插牌为记，这次试点就叫“插牌分田”；同年5、6月十都一带也搞了插牌分田。',
    explanation_en:
      'In March 1928 Mao Zedong’s revolutionary army ran a land-reform trial at Zhongcun in Ling county (now Yanling), taking landlords’ fields and sharing them out; the peasant association wrote each household’s name and field boundaries on bamboo tags planted in the fields. Mao named it “planting tags to share land”, and the practice spread to Shidu that summer.',
    english: { text: 'planting tags to share out land', official: false },
    gloss_en: 'Mao’s 1928 land-sharing trial in Yanling, marking each plot with a bamboo tag',
    related: ['ge-ming-lao-qu', 'xiang-gan-bian'],
    sources: [
      { url: 'http://xdwhzz.com/show.asp?id=308', publisher: '地方党史文章', note: 'weak source: a local-history site' },
      { url: 'http://zgkjsz.com/page/2024/0823/25730645.shtml', publisher: '文萃报（转载）', date: '2024-08-23', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'yan-di-ling-ren-wen-sheng-di',
    term: '中华民族的人文圣地，全球华人的精神家园',
    aliases: ['中华民族的人文圣地全球华人的精神家园'],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '对炎陵炎帝陵的赞誉：炎黄子孙寻根祭祖之地',
    explanation_zh: '炎陵县历年举办炎帝陵祭祖大典、海峡两岸神农文化祭，炎帝陵成为海内外炎黄子孙寻根认祖的地方，被誉为“中华民族的人文圣地，全球华人的精神家园”。',
    explanation_en:
      'With yearly ancestor rites and cross-Strait Shennong festivals held there, the Flame Emperor’s tomb in Yanling has become a place where Chinese at home and abroad come to honour their roots, praised as the sacred site of Chinese civilisation and spiritual home of Chinese everywhere.',
    english: { text: 'sacred cultural site of the Chinese nation, spiritual home of Chinese worldwide', official: false },
    gloss_en: 'praise for the Flame Emperor’s tomb as the ancestral home of all Chinese',
    related: ['yan-di-ling', 'shen-zhou-di-yi-ling'],
    sources: [
      {
        url: 'http://big5.chinataiwan.cn/gate/big5/www.taiwan.cn/local/dfkx/201411/t20141125_8130463.htm',
        publisher: '台湾网',
        date: '2014-11-25',
      },
    ],
    status: 'verified',
  },
  {
    id: 'li-ling-guai-dian-zhi-cheng',
    term: '拐点之城',
    aliases: [],
    scope: 'zhuzhou',
    period: { from: 2025 },
    category: 'culture',
    gloss_zh: '醴陵的昵称：命运转折的地方',
    explanation_zh:
      '“拐子”是醴陵百姓之间的亲昵称呼，这座小城也被百姓亲切地称为“拐点之城”。红网2025年县域经济报道借此讲醴陵的转折：五代时马殷兵败流徙到醴陵，从这里转运，挥师潭州，建立南楚。',
    explanation_en:
      '“Guaizi” is a friendly form of address among Liling people, who also fondly call their small city the “city of turning points” (guaidian). A 2025 Red Net county-economy feature built on the name, recalling how the defeated general Ma Yin turned his fortunes in Liling and went on to found the Southern Chu kingdom.',
    english: { text: 'city of turning points (Liling)', official: false },
    gloss_en: 'nickname of Liling as a place where fortunes turn',
    related: ['wu-cai-xin-li-ling'],
    sources: [{ url: 'https://hn.rednet.cn/m/content/646954/58/15350174.html', publisher: '红网时刻', date: '2025' }],
    status: 'partial',
    missing: 'seen in one feature only; how widely the nickname is used is not sourced',
    missing_zh: '只在一篇报道中见到，使用范围无出处',
  },
  {
    id: 'qian-yi-xian',
    term: '千亿县',
    aliases: [],
    quotedOnly: ['千亿县'],
    scope: 'hunan',
    category: 'economy',
    gloss_zh: '地区生产总值超过一千亿元的县（市）',
    explanation_zh:
      '媒体把GDP过千亿的县和县级市叫“千亿县”。湖南日报2025年评论说全国有63个，湖南只有长沙县、浏阳、宁乡3个，醴陵2024年经济总量超950亿元，是湖南“千亿县”的第一后备军。',
    explanation_en:
      'The press calls counties and county-level cities with GDP above 100 billion yuan “hundred-billion counties”. A 2025 Hunan Daily commentary counted 63 nationally and three in Hunan (Changsha county, Liuyang, Ningxiang), with Liling, past 95 billion in 2024, next in line.',
    english: { text: 'hundred-billion-yuan county', official: false },
    gloss_en: 'a county whose GDP tops 100 billion yuan',
    related: ['bai-qiang-xian'],
    sources: [
      { url: 'http://www.fyjddog.com/news/xhn/202508/30275167.html', publisher: '湖南日报·新湖南（转载）', date: '2025-08-22', note: 'reprint of a Hunan Daily commentary' },
    ],
    status: 'verified',
  },
  {
    id: 'tian-yuan-gu-zhong-zhi-gu',
    term: '谷中之谷',
    aliases: [],
    quotedOnly: ['谷中之谷'],
    scope: 'zhuzhou',
    period: { from: 2018 },
    category: 'planning',
    gloss_zh: '要求株洲高新区、天元区成为中国动力谷核心区的提法，含四个“之谷”',
    explanation_zh:
      '2018年1月株洲市人代会期间，市领导在天元区代表团提出“谷中之谷”：株洲高新区、天元区要打造四个“之谷”，争当株洲·中国动力谷的核心区。',
    explanation_en:
      'During Zhuzhou’s people’s congress in January 2018, city leaders told the Tianyuan delegation that the high-tech zone and Tianyuan should be the “valley within the valley”, four kinds of valley at the core of China Power Valley.',
    english: { text: 'valley within the valley', official: false },
    gloss_en: 'call for Tianyuan and the high-tech zone to be the core of China Power Valley',
    items: [
      { zh: '先行发展之谷', en: 'a valley that develops first' },
      { zh: '创新创业之谷', en: 'a valley of innovation and start-ups' },
      { zh: '引智聚才之谷', en: 'a valley that draws talent' },
      { zh: '环境优良之谷', en: 'a valley with a fine environment' },
    ],
    related: ['zhong-guo-dong-li-gu', 'tian-yuan-san-ji-di-yi-zhong-xin'],
    sources: [{ url: 'http://hkcd.com/content_p/2018-01/29/content_54515.html', publisher: '香港商报网（华声在线稿）', date: '2018-01-29' }],
    status: 'verified',
  },
  {
    id: 'zhuzhou-gao-xin-san-da-dong-li-chan-ye',
    term: '三大动力产业',
    aliases: [],
    scope: 'zhuzhou',
    category: 'industry',
    gloss_zh: '株洲高新区重点发展的轨道交通、通用航空、新能源汽车三个产业',
    explanation_zh: '株洲·中国动力谷以“动力”为名，株洲高新区重点发展轨道交通、通用航空、新能源汽车三大动力产业，其中轨道交通是动力谷的“金名片”。',
    explanation_en:
      'China Power Valley takes its name from “power”: the Zhuzhou high-tech zone concentrates on three power industries, rail transit, general aviation and new-energy vehicles, with rail transit its best-known card.',
    english: { text: 'three power industries', official: false },
    gloss_en: 'Zhuzhou high-tech zone’s rail, aviation and new-energy vehicle industries',
    items: [
      { zh: '轨道交通', en: 'rail transit' },
      { zh: '通用航空', en: 'general aviation' },
      { zh: '新能源汽车', en: 'new-energy vehicles' },
    ],
    related: ['zhong-guo-dong-li-gu', 'tian-yuan-san-ji-di-yi-zhong-xin'],
    sources: [{ url: 'https://hkcd.com/content_p/2020-04/28/content_95096.html', publisher: '香港商报网', date: '2020-04-28' }],
    status: 'verified',
  },
  {
    id: 'san-da-ci-du',
    term: '三大瓷都',
    aliases: ['中国三大瓷都'],
    scope: 'national',
    category: 'culture',
    gloss_zh: '景德镇、醴陵、德化三个以瓷器闻名的产地的合称',
    explanation_zh: '江西景德镇、湖南醴陵和福建德化常被并称为中国三大（近代）瓷都；醴陵报道常以“三大瓷都之一”自称。这是民间说法，也有把广东佛山算进来称“四大瓷都”的。',
    explanation_en:
      'Jingdezhen in Jiangxi, Liling in Hunan and Dehua in Fujian are often grouped as China’s three (modern) porcelain capitals, and Liling news likes to call the city one of them. The grouping is informal; some lists add Foshan to make four.',
    english: { text: 'China’s three porcelain capitals', official: false },
    gloss_en: 'Jingdezhen, Liling and Dehua, grouped as China’s porcelain towns',
    items: [
      { zh: '江西景德镇', en: 'Jingdezhen, Jiangxi' },
      { zh: '湖南醴陵', en: 'Liling, Hunan' },
      { zh: '福建德化', en: 'Dehua, Fujian' },
    ],
    related: ['zhong-guo-tao-ci-zhi-du', 'tian-xia-ming-ci-chu-li-ling'],
    sources: [
      { url: 'http://hbzqbyyxgs.com/goomai/172458.html', publisher: '景德镇介绍（转载）', note: 'weak source: a reposted note' },
      { url: 'http://lofty888.cn/post/470544.html', publisher: '问答（中国三大瓷都）', note: 'weak source: a Q&A post' },
      { url: 'http://ischool.net.cn/xwzx/la/201611/t20161121_11630491.htm', publisher: '中国台湾网（转载）', date: '2016-11-21', note: 'mirror of a Taiwan.cn report' },
    ],
    status: 'partial',
    missing: 'an informal grouping with no official list; some sources name four capitals',
    missing_zh: '属民间说法，没有官方名单，也有“四大瓷都”的说法',
  },
  {
    id: 'dong-fang-tao-ci-yi-shu-de-gao-feng',
    term: '东方陶瓷艺术的高峰',
    aliases: ['东方陶瓷艺术高峰'],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '对醴陵釉下五彩瓷的赞誉',
    explanation_zh: '醴陵独创的釉下五彩瓷1915年在巴拿马万国博览会上获一等金奖，被誉为“东方陶瓷艺术的高峰”，醴陵的官方介绍和领导调研报道都常用这句话。',
    explanation_en:
      'Liling’s own underglaze five-colour porcelain won a gold medal at the 1915 Panama–Pacific Exposition and is praised as “the peak of Eastern ceramic art”, a line found in Liling’s official introduction and in reports of leaders’ visits.',
    english: { text: 'the peak of Eastern ceramic art', official: false },
    gloss_en: 'praise for Liling’s underglaze five-colour porcelain',
    related: ['you-xia-wu-cai-ci', 'zhong-guo-tao-ci-zhi-du'],
    sources: [
      { url: 'https://www.zgsxzs.com/index.php/index/gov/detail?id=2731', publisher: 'zgsxzs.com（醴陵市情介绍，转载）', note: 'reprint of the city’s official introduction' },
      { url: 'https://www.china-county.org/?list_9/2792.html', publisher: '中郡研究所（转载湖南日报稿）', note: 'reprint' },
    ],
    status: 'verified',
  },
];
