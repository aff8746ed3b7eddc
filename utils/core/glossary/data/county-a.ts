import type { GlossaryEntry, Source } from '../types';

/*
 * County A: positionings, industry and place brands, named projects and campaigns of Zhuzhou's
 * counties, districts and zones (Liling, You county, Chaling, Yanling, Lusong, Hetang, Tianyuan,
 * the Zhuzhou Economic Development Zone with Yunlong, and the high-tech zone's car plan), as
 * Zhuzhou Daily, Zhuzhou News, Red Net, Hunan Daily and county pages use them.
 *
 * How these terms were chosen: about fifty candidates from searches of stored news, government and
 * guide pages on each county and district were first checked against every form the glossary
 * holds. These exist and were skipped: 湘赣边界中心县, 三色辉映, 茶陵三宝, 茶陵牛, 千年国饮始于茶陵,
 * 千亿县, 三一格局, 片区攻坚年, 中国陶瓷之都, 中国陶瓷谷, 中国花炮之都, 花炮十条, 红官窑, 毛瓷,
 * 釉下五彩瓷, 湖南东大门, 中国金谷, 实力荷塘活力荷塘宜居荷塘, 时尚芦淞, 芦淞衣天下服, 中国服饰名城,
 * 三湘第一商圈, 中国（中部）服饰总部经济示范区, 中国（中南）服装市场第一街, 谷中之谷, 三基地一中心,
 * 天易科技城, 一谷三区, 一区三园, 2+2主特产业体系, 株洲轨道科技城, 清水塘, 南洲新区, 全面融城全面发展,
 * 云龙示范区, 九郎山职教科创城, 攸县的哥, 三大会战, 六大行动, 城乡同治, 中国油茶之乡, 炎陵黄桃,
 * 神农福地, 湘赣之巅, 亚洲第一氧吧, 湘赣边区域合作示范区, 一主一特, 五好园区, 四上企业. A term was kept
 * when a page used it and a page said, or showed plainly by use, what it means; none of the pages
 * cited is one that the real-news benches measure.
 *
 * Left out: Chaling's 四个中心 (no usable page listed all four centres), the Zhuzhou development
 * zone's 两主一特 and Lusong's 一体两翼两结合 (no page spelled out the members), Tianyuan's 石三门 and
 * the high-tech zone's 创新三段式服务体系 (no page said what they are), Lukou's 王十万黄辣椒 (only a
 * weak question-and-answer page), 将军之乡 (said of many counties), 国际陶瓷之都 (it reads plainly; it
 * is told under the Liling centre-city entry), and bare names of parks, scenic areas and firms
 * (新芦淞（白关）国际服饰产业园, 湖南（云龙）大数据产业园, 神农谷).
 *
 * Precision: most forms are long fixed names. Short or numbered ones count only between quotes:
 * 新三区, 两区一高地, 千亿时代 (bare it is any industry's "hundred-billion era"), and 国瓷, which bare is
 * also a fragment of 中国瓷器 and a name other porcelain towns claim, so it needs quotes always.
 * 湘东粮仓 and 湘东油仓 stand bare: ordinary text does not coin them by chance, though a writer could
 * give the name to another eastern-Hunan county. Meanings come from the pages cited under each entry;
 * wording is ours, and every English rendering is our suggestion.
 */

const LILING_VOC_2021: Source = {
  url: 'https://hunan.voc.com.cn/mobile/article/202101/202101180824491962.html',
  publisher: '华声在线（湖南日报）',
  date: '2021-01-18',
  note: 'interview with Liling’s party secretary on the 14th Five-Year plan',
};

const LILING_REPORT_2023: Source = {
  url: 'http://www.nbafghan.com/c1047/20230117/i1992975.html',
  publisher: '醴陵市人民政府工作报告（镜像）',
  date: '2023-01-17',
  note: 'mirror of the 2023 Liling government work report as posted on the city site',
};

const LITIAN_2023: Source = {
  url: 'http://lil.srcbcz.com/countynews/-BQmcLWsSKKmeyXBTbwqP.shtml',
  publisher: '醴陵沪农商村镇银行网站（转载）',
  note: 'reprint of a report on the 2023 ceremony for Li Tian in Litian town',
};

const YOU_FOOD_2023: Source = {
  url: 'http://suzhou.eeju.com/guancha/2023/1011/43903.html',
  publisher: 'eeju.com（转载）',
  date: '2023-10-11',
  note: 'reprint of a Zhuzhou media feature on You county’s ten dishes and farm brands',
};

const YOU_DISHES_2025: Source = {
  url: 'https://tour.changsha.cn/html/110485/20250904/12966.html',
  publisher: '星辰文旅',
  date: '2025-09-04',
  note: 'travel column describing the ten dishes one by one',
};

const CHALING_MXRB_2023: Source = {
  url: 'http://www.mxrb.cn/dzb/mxrb/2023-06/29/content_122783.html',
  publisher: '闽西日报',
  date: '2023-06-29',
};

const LUSONG_HQ_2017: Source = {
  url: 'http://www.xlsjt.com.cn/2017/0317/1930.html',
  publisher: '株洲日报（转载）',
  date: '2017-03-17',
  note: 'reprint of a Zhuzhou Daily report',
};

const LUSONG_EXPO_2017: Source = {
  url: 'https://m.shzx.org/a/28-1913-0.html',
  publisher: 'shzx.org（转载）',
  note: 'reprint of a report on the June 2017 press conference for the expo',
};

const SANY_STEEL_2021: Source = {
  url: 'https://tztong.gctong.com/a/73268.html',
  publisher: '见道网（转载）',
  date: '2021-08-02',
};

/** Positionings, brands, projects and campaigns of Zhuzhou's counties, districts and zones. */
export const COUNTY_A: readonly GlossaryEntry[] = [
  // ── Liling ──
  {
    id: 'xiang-gan-bian-qu-yu-xing-zhong-xin-cheng-shi',
    term: '湘赣边区域性中心城市',
    aliases: [],
    scope: 'zhuzhou',
    period: { from: 2021 },
    category: 'planning',
    gloss_zh: '醴陵“十四五”的城市定位：湘赣边界地区的区域性中心城市',
    explanation_zh:
      '2021年初醴陵市委书记介绍“十四五”规划时说，醴陵要全力建设湘赣边区域性中心城市和国际陶瓷之都，当好湘赣边区域合作示范区建设的排头兵。醴陵东邻江西萍乡，在示范区“四组团”中属于浏阳—醴陵—上栗—湘东—安源—芦溪组团。',
    explanation_en:
      'Introducing its 14th Five-Year plan in early 2021, Liling’s party secretary said the city would make itself the regional centre of the Hunan–Jiangxi border area and an international ceramics capital, leading the border cooperation demonstration zone. Liling borders Pingxiang in Jiangxi and belongs to the zone’s Liuyang–Liling–Shangli–Xiangdong–Anyuan–Luxi cluster.',
    english: { text: 'regional central city of the Hunan–Jiangxi border area (Liling)', official: false },
    gloss_en: 'Liling’s aim to be the hub city of the Hunan–Jiangxi border',
    related: ['xiang-gan-bian', 'xiang-gan-bian-jie-zhong-xin-xian', 'xian-yu-jing-ji-qian-yi-shi-dai', 'hunan-dong-da-men'],
    sources: [
      LILING_VOC_2021,
      {
        url: 'http://www1.cmctc.com/lkzp/1782.html',
        publisher: 'cmctc.com（转载株洲日报）',
        note: 'reprint of a Zhuzhou Daily report on the 2021 plan for the border demonstration zone and its four clusters',
      },
    ],
    status: 'verified',
  },
  {
    id: 'xian-yu-jing-ji-qian-yi-shi-dai',
    term: '县域经济千亿时代',
    aliases: [],
    quotedOnly: ['千亿时代'],
    scope: 'zhuzhou',
    period: { from: 2021 },
    category: 'economy',
    gloss_zh: '醴陵以千亿产值、千亿产业、千亿园区为内涵的县域发展目标',
    explanation_zh:
      '醴陵“十四五”提出迈进以千亿产值、千亿产业、千亿园区为主要内涵的县域经济千亿时代，其中陶瓷产业要做成千亿产业集群。2023年醴陵政府工作报告和镇村活动仍以迈进、决战决胜“千亿时代”为号召。',
    explanation_en:
      'For 2021–2025 Liling set out to enter a “hundred-billion era” of its county economy, defined as 100 billion yuan of output, a 100-billion-yuan industry (ceramics) and a 100-billion-yuan industrial park. Its 2023 government work report and local events still rally people to reach and win this era.',
    english: { text: 'hundred-billion era of the county economy (Liling)', official: false },
    gloss_en: 'Liling’s goal of 100-billion-yuan output, industry and park',
    items: [
      { zh: '千亿产值', en: '100 billion yuan of output' },
      { zh: '千亿产业', en: 'a 100-billion-yuan industry' },
      { zh: '千亿园区', en: 'a 100-billion-yuan industrial park' },
    ],
    related: ['qian-yi-xian', 'zhong-guo-tao-ci-gu', 'xiang-gan-bian-qu-yu-xing-zhong-xin-cheng-shi'],
    sources: [LILING_VOC_2021, LILING_REPORT_2023, LITIAN_2023],
    status: 'verified',
  },
  {
    id: 'li-ling-yi-he-liang-zhou-yi-lang-liu-qu',
    term: '一核两轴一廊六区',
    aliases: [],
    scope: 'zhuzhou',
    period: { from: 2021, to: 2025 },
    category: 'planning',
    gloss_zh: '醴陵“十四五”空间布局：一个发展核心、两条发展轴、一条走廊和六个片区',
    explanation_zh:
      '2021年醴陵市委书记介绍“十四五”规划时提出加快构建“一核两轴一廊六区”。其中“一核”指提质老城区、开发新城区、做大经开区形成的县域发展主核心，“两轴”指106国道产业提质升级轴和东城大道开放发展轴。',
    explanation_en:
      'In 2021 Liling’s party secretary described the city’s 14th Five-Year layout as one core, two axes, one corridor and six zones. The core joins an upgraded old town, a new town and an enlarged development zone, and the two axes are the industrial upgrade axis along national road 106 and the opening-up axis along Dongcheng Avenue.',
    english: { text: 'one core, two axes, one corridor, six zones (Liling)', official: false },
    gloss_en: 'Liling’s spatial layout for 2021–2025',
    related: ['li-ling-san-yi-ge-ju', 'xiang-gan-bian-qu-yu-xing-zhong-xin-cheng-shi'],
    sources: [LILING_VOC_2021],
    status: 'partial',
    missing: 'what the one corridor and the six zones are; the page names only the core and the two axes',
    missing_zh: '“一廊”和“六区”具体指什么未查到，页面只说明了“一核”和“两轴”',
  },
  {
    id: 'guo-ci',
    term: '国瓷',
    aliases: [],
    quotedOnly: ['国瓷', '新国瓷'],
    strictlyQuoted: ['国瓷'],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '醴陵瓷因作国家宴会瓷、礼品瓷而得的美称',
    explanation_zh:
      '醴陵釉下五彩瓷自1958年起被选为毛泽东生活用瓷，又用作人民大会堂、中南海的宴会瓷、陈设瓷和国家礼品瓷，醴陵瓷由此有“国瓷”之称，醴陵也以“国瓷”“红官窑”所在地自称。当地文章还提出“新国瓷”，指在国瓷名声上发展外向瓷、科技瓷、旅游瓷。',
    explanation_en:
      'From 1958 Liling’s underglaze porcelain was chosen for Mao’s own tableware and for banquet, display and state-gift ware at the Great Hall of the People and Zhongnanhai, which earned Liling porcelain the name “national porcelain”. Local writing also speaks of a “new national porcelain”: export, technical and tourist ceramics built on that fame.',
    english: { text: 'national porcelain (Liling)', official: false },
    gloss_en: 'Liling porcelain’s name as the state’s chosen ware',
    related: ['you-xia-wu-cai-ci', 'hong-guan-yao', 'mao-ci'],
    sources: [
      { url: 'https://www.ppdoc.com/periodical/4eeada3b5cfdd9a2a3afaf9062ea19e9.html', publisher: 'ppdoc.com（期刊摘录）' },
      {
        url: 'https://www.zgsxzs.com/index.php/index/gov/detail?id=2731',
        publisher: 'zgsxzs.com（醴陵市情介绍，转载）',
        note: 'reprint of the official introduction to Liling, which calls it the home of the national porcelain',
      },
      { url: 'http://tao-ci.cn/tcmc/1262.html', publisher: 'tao-ci.cn（陶瓷名城醴陵）', date: '2014-03-04', note: 'feature on the “new national porcelain”' },
    ],
    status: 'verified',
  },
  {
    id: 'hua-pao-zu-shi-li-tian',
    term: '花炮祖师李畋',
    aliases: ['花炮祖师', '爆竹祖师'],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '醴陵奉为爆竹发明者的唐人李畋，醴陵花炮产业的文化符号',
    explanation_zh:
      '相传唐初醴陵麻石村人李畋用竹筒装硝点燃驱散瘴气，开爆竹之先，被花炮行业奉为祖师。醴陵在他诞辰农历四月十八前后举行公祭，用来弘扬花炮文化、强调安全生产，麻石村所在的镇如今名为李畋镇。',
    explanation_en:
      'Legend holds that Li Tian of Mashi village in Liling, early in the Tang dynasty, burned saltpetre in bamboo tubes to drive off miasma and so made the first firecrackers, and the fireworks trade honours him as its founder. Liling holds a public ceremony around his birthday on the 18th day of the fourth lunar month to promote its fireworks culture and safe production, and the town around his home village is now called Litian.',
    english: { text: 'Li Tian, founder of firecrackers', official: false },
    gloss_en: 'Li Tian, the legendary inventor of firecrackers honoured in Liling',
    related: ['zhong-guo-hua-pao-zhi-du', 'hua-pao-shi-tiao', 'ping-liu-li'],
    sources: [
      {
        url: 'http://m.anturagea.com/html/wenhua/chuanchengyufazhan/20230608/11944.html',
        publisher: '株洲日报（转载）',
        date: '2023-06-08',
        note: 'mirror of a Zhuzhou Daily brief on the 2023 ceremony',
      },
      {
        url: 'http://m.kengcui.cn/Showinfo.asp?InfoId=6913&fs=12',
        publisher: '株洲日报（转载）',
        note: 'reprint of a Zhuzhou Daily report on the ceremony for the 1394th birthday (2015)',
      },
      LITIAN_2023,
    ],
    status: 'verified',
  },
  // ── You county ──
  {
    id: 'you-xian-shi-da-ming-cai',
    term: '攸县十大名菜',
    aliases: [],
    scope: 'zhuzhou',
    period: { from: 2023 },
    category: 'culture',
    gloss_zh: '2023年经群众投票评出的攸县十道代表菜',
    explanation_zh:
      '攸县2023年8月启动十大名菜评选，经约15万人次线上投票和现场品鉴，10月在县文化广场发布，攸县香干居首，还有攸县血鸭、豆腐三吃、攸县晒肉等。评选意在擦亮“湖南十大湘菜名县”的名片，并带动农产品全产业链。',
    explanation_en:
      'In 2023 You county held a public vote on its ten signature dishes, launched in August and announced at the county culture square in October after some 150,000 online votes and public tastings. Xiangan braised tofu heads the list, followed by dishes such as You county blood duck, tofu three ways and sun-dried pork, and the vote was meant to polish the county’s name for Hunan cuisine and lift its farm-to-table chain.',
    english: { text: 'You county’s ten famous dishes', official: false },
    gloss_en: 'the ten signature dishes of You county chosen in 2023',
    items: [
      { zh: '攸县香干', en: 'Youxian braised dried tofu' },
      { zh: '攸县血鸭', en: 'You county blood duck' },
      { zh: '豆腐三吃', en: 'tofu three ways' },
      { zh: '攸县晒肉', en: 'You county sun-dried pork' },
      { zh: '皇椒杀猪肉', en: 'fresh pork with Huangjiao chilli' },
      { zh: '酒仙湖火焙鱼', en: 'Jiuxian Lake fire-dried fish' },
      { zh: '攸县包丸', en: 'You county egg-wrapped rice balls' },
    ],
    related: ['you-xian-xiang-gan', 'xiang-dong-liang-cang'],
    sources: [YOU_FOOD_2023, YOU_DISHES_2025],
    status: 'partial',
    missing: 'only seven of the ten dishes were found in the pages read; the other three are not listed',
    missing_zh: '只查到其中七道菜，其余三道未列出',
  },
  {
    id: 'you-xian-xiang-gan',
    term: '攸县香干',
    aliases: [],
    scope: 'zhuzhou',
    category: 'rural',
    gloss_zh: '攸县传统卤制豆干，国家地理标志产品',
    explanation_zh:
      '攸县香干用本地大豆和山泉水，经铁锅烧浆、点浆、压制、卤制等多道工序做成，是国家地理标志产品，列攸县十大名菜之首。随着攸县人外出务工经商，它也在广州等地开店走红。',
    explanation_en:
      'Youxian xiangan is a pressed, brine-braised tofu made from local soybeans and spring water through steps such as boiling the soy milk in iron woks, curdling, pressing and braising. It is a national geographical-indication product, heads the county’s list of ten famous dishes, and has followed You county migrants into shops in cities such as Guangzhou.',
    english: { text: 'Youxian braised dried tofu (xiangan)', official: false },
    gloss_en: 'You county’s famous braised dried tofu',
    related: ['you-xian-shi-da-ming-cai', 'you-xian-de-ge'],
    sources: [
      { url: 'https://www.dengta.org.cn/m/n80859.html', publisher: 'dengta.org.cn（攸县香干介绍）', date: '2025-05-23' },
      { url: 'https://www.bkwk.cn/article/yxmsdtgzdhnwdzl.html', publisher: 'bkwk.cn（美食介绍）', note: 'guide to You county food in Guangzhou' },
      YOU_DISHES_2025,
    ],
    status: 'verified',
  },
  {
    id: 'xiang-dong-liang-cang',
    term: '湘东粮仓',
    aliases: [],
    scope: 'zhuzhou',
    category: 'rural',
    gloss_zh: '攸县作为产粮和水稻制种大县的美称',
    explanation_zh: '攸县是全国制种大县和国家粮食生产先进县，株洲媒体称其“湘东粮仓”名副其实。',
    explanation_en:
      'You county is a national seed-breeding county and an advanced grain-producing county, so Zhuzhou media call it the granary of eastern Hunan.',
    english: { text: 'granary of eastern Hunan', official: false },
    gloss_en: 'You county’s name as a grain and seed base',
    related: ['xiang-dong-you-cang', 'you-xian-shi-da-ming-cai'],
    sources: [YOU_FOOD_2023],
    status: 'verified',
  },
  {
    id: 'xiang-dong-you-cang',
    term: '湘东油仓',
    aliases: [],
    scope: 'zhuzhou',
    category: 'rural',
    gloss_zh: '攸县作为油茶主产区的美称',
    explanation_zh: '攸县是“中国油茶之乡”，本地品牌“湘天华”茶油通过了钓鱼台食品标准认证，株洲媒体因此称攸县为“湘东油仓”。',
    explanation_en:
      'You county is a “home of camellia oil” whose Xiangtianhua brand passed the Diaoyutai food-standard certification, so Zhuzhou media call it the oil store of eastern Hunan.',
    english: { text: 'oil store of eastern Hunan', official: false },
    gloss_en: 'You county’s name as a camellia-oil base',
    related: ['xiang-dong-liang-cang', 'zhong-guo-you-cha-zhi-xiang'],
    sources: [YOU_FOOD_2023],
    status: 'verified',
  },
  // ── Chaling ──
  {
    id: 'cha-ling-gong-nong-bing-zheng-fu',
    term: '茶陵县工农兵政府',
    aliases: ['茶陵工农兵政府'],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '1927年按毛泽东指示在茶陵建立的县级红色政权',
    explanation_zh:
      '1927年11月工农革命军第二次攻占茶陵县城后，按毛泽东的指示由工人、农民、士兵三方推举代表组成新政权，11月28日成立，谭震林任主席。茶陵称它是中国共产党建立的第一个县级红色政权，设在旧县衙的旧址2004年起修复，是茶陵红色旅游的核心。',
    explanation_en:
      'After the Workers’ and Peasants’ Revolutionary Army took Chaling’s county town for the second time in November 1927, Mao had a new government formed from delegates of workers, peasants and soldiers; it was founded on 28 November with Tan Zhenlin as chairman. Chaling presents it as the first county-level red government set up by the Communist Party, and its restored seat in the old county office is the heart of the county’s red tourism.',
    english: { text: 'Chaling County Workers’, Peasants’ and Soldiers’ Government', official: false },
    gloss_en: 'the revolutionary county government founded in Chaling in 1927',
    related: ['hong-se-jian-zheng-kai-pian-cha-ling', 'xiang-gan-bian-jie-zhong-xin-xian', 'cha-ling-san-se-hui-ying'],
    sources: [
      CHALING_MXRB_2023,
      { url: 'https://lyrb.com.cn/content/2021/04/01/9145147.html', publisher: '湖南日报·新湖南（转载）', date: '2021-04-01', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'hong-se-jian-zheng-kai-pian-cha-ling',
    term: '红色建政，开篇茶陵',
    aliases: ['红色建政开篇茶陵'],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '以“中国共产党建立红色政权始于茶陵”为主旨的茶陵宣传语',
    explanation_zh:
      '2017年茶陵县工农兵政府成立90周年时，华声在线刊发的茶陵专版（图片由茶陵县委宣传部提供）以“红色建政 开篇茶陵”为题，文中称党史界公认中国共产党建立红色政权的历史始于茶陵。这句话把茶陵放在从茶陵到瑞金、延安、北京的红色政权序列之首。',
    explanation_en:
      'For the 90th anniversary of the Chaling workers’, peasants’ and soldiers’ government in 2017, a Chaling feature page with photos from the county’s publicity department carried the title “red state-building begins in Chaling”, saying party historians agree that the Communist Party’s red governments start there. The phrase puts Chaling at the head of a line running on to Ruijin, Yan’an and Beijing.',
    english: { text: 'Red state-building begins in Chaling', official: false },
    gloss_en: 'Chaling’s claim to the first red government, as a slogan',
    related: ['cha-ling-gong-nong-bing-zheng-fu'],
    sources: [{ url: 'http://tp.hkcd.com/content_p/2017-11/27/content_51827.html', publisher: '香港商报网（华声在线稿）', date: '2017-11-27' }],
    status: 'partial',
    missing: 'seen only as the title of one feature page; whether the county uses it as a standing slogan is not sourced',
    missing_zh: '只见于一篇专版的标题，是否为县里长期使用的宣传口号未查到',
  },
  {
    id: 'cha-ling-shi-pai',
    term: '茶陵诗派',
    aliases: [],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '明代以茶陵籍大学士李东阳为首的诗歌流派',
    explanation_zh:
      '茶陵诗派是明成化至正德年间的诗歌流派，因领袖李东阳祖籍茶陵而得名，主张以唐诗为师、讲究声调和法度，被看作台阁体和前后七子复古运动之间的过渡。株洲本地媒体讲茶陵的千年文脉时，常以李东阳和茶陵诗派为线索。',
    explanation_en:
      'The Chaling school was a poetry movement of the Chenghua to Zhengde reigns of the Ming, named after the ancestral home of its leader Li Dongyang; it took Tang poetry as its model, stressed tone and form, and is seen as a bridge between the court style and the later archaist poets. Zhuzhou media telling Chaling’s literary past often follow Li Dongyang and his school.',
    english: { text: 'Chaling school of poetry', official: false },
    gloss_en: 'Ming poetry school named after Chaling, home of its leader Li Dongyang',
    related: ['zhong-hua-shi-ci-zhi-xiang', 'xi-cheng'],
    sources: [
      { url: 'http://husay.cn/a/202210/2210261.html', publisher: 'husay.cn（茶陵县与茶陵诗派）', date: '2022-10' },
      { url: 'https://baike.diancang.xyz/?p=7006', publisher: '百科（茶陵诗派条目）', note: 'weak source: an encyclopedia page' },
      { url: 'http://bk.zzlib.net:88/paper/daily/202209/359162.html', publisher: '株洲日报', date: '2022-09', note: 'feature on Chaling’s literary heritage, following Li Dongyang' },
    ],
    status: 'verified',
  },
  // ── Yanling ──
  {
    id: 'hu-nan-di-yi-feng',
    term: '湖南第一峰',
    aliases: ['湖南第一高峰'],
    scope: 'zhuzhou',
    category: 'culture',
    gloss_zh: '炎陵县神农峰（酃峰）的称号，海拔2115.2米，为湖南最高峰',
    explanation_zh:
      '炎陵县神农谷国家森林公园内的神农峰，又称酃峰，海拔2115.2米，是湖南省最高峰，当地宣传称“湖南第一峰”或“湖南第一高峰”。同一景区还以神农飞瀑为“湖南第一高瀑”。',
    explanation_en:
      'Shennong Peak, also called Lingfeng, in the Shennong Valley forest park of Yanling county rises to 2,115.2 metres and is the highest point in Hunan, so local publicity calls it the first peak of Hunan. The same park bills Shennong Falls as the province’s highest waterfall.',
    english: { text: 'Hunan’s highest peak', official: false },
    gloss_en: 'name for Shennong Peak in Yanling, the top of Hunan',
    related: ['xiang-gan-zhi-dian', 'ya-zhou-di-yi-yang-ba'],
    sources: [
      { url: 'https://hnrb.voc.com.cn/hnrb_epaper/html/2023-04/04/content_1623874.htm?div=-1', publisher: '湖南日报', date: '2023-04-04' },
      { url: 'http://cnenc.net/b1900033.html', publisher: '百科（炎陵县条目）', note: 'weak source: an encyclopedia mirror' },
      { url: 'https://m.zhanbuba.com/lyjd61207', publisher: 'zhanbuba.com（景点介绍）', note: 'guide page saying Lingfeng is also called Shennong Peak' },
    ],
    status: 'verified',
  },
  // ── Lusong ──
  {
    id: 'lu-song-shi-chang-qun',
    term: '芦淞市场群',
    aliases: ['芦淞服饰市场群'],
    scope: 'zhuzhou',
    category: 'economy',
    gloss_zh: '芦淞区数十个服装专业批发市场连片形成的商圈',
    explanation_zh:
      '芦淞市场群是株洲芦淞区服装鞋帽专业市场的集合，2017年前后有38个专业市场、4000多个品牌，号称中南地区最大的服装市场群和“三湘第一商圈”。它是芦淞服饰产业的销售端，湖南服博会也在这里设分会场。',
    explanation_en:
      'The Lusong market cluster is the group of clothing, shoe and hat wholesale markets in Zhuzhou’s Lusong district, numbering 38 with over 4,000 brands around 2017–2019 and billed as the largest clothing market cluster in south-central China. It is the selling end of the Lusong garment industry and has hosted a branch venue of the Hunan apparel expo.',
    english: { text: 'Lusong market cluster', official: false },
    gloss_en: 'Lusong’s cluster of wholesale clothing markets',
    related: ['san-xiang-di-yi-shang-quan', 'zhong-nan-fu-zhuang-shi-chang-di-yi-jie', 'hu-nan-fu-bo-hui', 'fu-shi-chan-ye-xin-cheng'],
    sources: [
      LUSONG_HQ_2017,
      {
        url: 'http://liyuefang.net/a/hunanxinxi/2021/0306/279218.html',
        publisher: '湖南日报（转载）',
        date: '2019-12-31',
        note: 'reprint of a Hunan Daily report on the Yifa fashion centre, which describes the market cluster',
      },
      LUSONG_EXPO_2017,
    ],
    status: 'verified',
  },
  {
    id: 'hu-nan-fu-bo-hui',
    term: '湖南服饰产业博览会',
    aliases: ['湖南服博会', '湖南服饰产业博览会暨芦淞服饰节', '芦淞服饰节'],
    scope: 'zhuzhou',
    period: { from: 2017 },
    category: 'economy',
    gloss_zh: '株洲在芦淞区举办的服饰产业展会，与芦淞服饰节同办',
    explanation_zh:
      '湖南服饰产业博览会简称湖南服博会，由中国纺织工业联合会流通分会、湖南省商务厅和株洲市政府主办；2017年9月的一届在株洲汇美国际展贸中心设主会场办展会、论坛和项目对接，在芦淞市场群设分会场办“芦淞服饰节”促销。此后服博会在芦淞续办，是株洲推介千亿服饰产业集群的平台。',
    explanation_en:
      'The Hunan apparel industry expo, known as the Hunan Fubohui, is co-hosted by the textile federation’s distribution branch, the Hunan commerce department and the Zhuzhou government; the September 2017 edition had a main hall for trade, forums and project matching and a branch in the Lusong market cluster with a shopping festival. Later editions in Lusong, such as the 2022 one, showcase Zhuzhou’s push for a 100-billion-yuan garment cluster.',
    english: { text: 'Hunan Apparel Industry Expo', official: false },
    gloss_en: 'Zhuzhou’s garment trade fair held in Lusong',
    related: ['lu-song-shi-chang-qun', 'zhong-guo-fu-shi-ming-cheng', 'lu-song-yi-tian-xia-fu'],
    sources: [
      LUSONG_EXPO_2017,
      { url: 'http://bk.zzlib.net:88/paper/daily/202210/360230.html', publisher: '株洲日报', date: '2022-10', note: 'opening of a series before the 2022 expo' },
    ],
    status: 'verified',
  },
  {
    id: 'fu-shi-chan-ye-xin-cheng',
    term: '服饰产业新城',
    aliases: [],
    scope: 'zhuzhou',
    category: 'industry',
    gloss_zh: '芦淞区把服装市场、总部基地和生产园区连成一体的产业新城',
    explanation_zh:
      '据芦淞区和新芦淞集团介绍，株洲在芦淞建设的服饰产业新城由芦淞市场群、龙泉总部基地和新芦淞（白关）国际服饰产业园三大板块组成，覆盖研发设计、生产加工、仓储物流、展示销售和电子商务，服务千亿服饰产业集群目标。',
    explanation_en:
      'Zhuzhou’s garment-industry new town in Lusong district joins three blocks: the Lusong wholesale market cluster, the Longquan headquarters base and the New Lusong (Baiguan) international apparel park. It is meant to hold the whole chain from design and making to storage, display and online sales, in pursuit of a 100-billion-yuan garment cluster.',
    english: { text: 'garment-industry new town (Lusong)', official: false },
    gloss_en: 'Lusong’s garment district of markets, headquarters and factories',
    items: [
      { zh: '芦淞市场群', en: 'Lusong market cluster' },
      { zh: '龙泉总部基地', en: 'Longquan headquarters base' },
      { zh: '新芦淞（白关）国际服饰产业园', en: 'New Lusong (Baiguan) international apparel park' },
    ],
    related: ['lu-song-shi-chang-qun', 'zhong-guo-fu-shi-ming-cheng', 'zhong-bu-fu-shi-zong-bu-jing-ji-shi-fan-qu'],
    sources: [
      {
        url: 'http://www.jiemengs.com/jiemeng/7104.html',
        publisher: 'jiemengs.com（转载）',
        note: 'reprint of a report on a city CPPCC visit to the Baiguan apparel park; the original date is not shown',
      },
    ],
    status: 'verified',
  },
  // ── Hetang ──
  {
    id: 'san-yi-zhi-hui-gang-tie-cheng',
    term: '三一智慧钢铁城',
    aliases: [],
    scope: 'zhuzhou',
    period: { from: 2021 },
    category: 'industry',
    gloss_zh: '三一集团在荷塘区建设的钢材加工、钢贸物流和产业金融园区',
    explanation_zh:
      '三一智慧钢铁城位于株洲荷塘区金山工业园，一期占地2400亩、总投资100亿元，产业园区一期2021年7月开工。它规划钢材加工、产业金融、钢贸物流三大业务群，目标是中部最大的钢铁供应综合枢纽和湖南工业互联网示范园区。',
    explanation_en:
      'Sany Smart Steel City is a park in the Jinshan industrial area of Zhuzhou’s Hetang district, whose first phase of 2,400 mu and 10 billion yuan began construction in July 2021. It combines steel processing, steel trading and logistics, and industrial finance, and aims to be central China’s largest steel supply hub and a model industrial-internet park for Hunan.',
    english: { text: 'Sany Smart Steel City', official: false },
    gloss_en: 'Sany’s steel processing and trading park in Hetang',
    related: ['zhi-hui-gang-lian', 'he-tang-zhong-guo-jin-gu'],
    sources: [SANY_STEEL_2021],
    status: 'verified',
  },
  {
    id: 'zhi-hui-gang-lian',
    term: '智慧钢链',
    aliases: [],
    scope: 'zhuzhou',
    category: 'industry',
    gloss_zh: '荷塘区以钢材加工、钢贸和物流为内容的特色产业链',
    explanation_zh:
      '荷塘高新技术产业开发区把先进硬质材料和“智慧钢链”列为两大特色产业，并举办过首届株洲智慧钢铁及物流产业生态大会。它的主要载体应是集钢材加工、钢贸物流和产业金融于一体的三一智慧钢铁城。',
    explanation_en:
      'The Hetang high-tech industrial development zone names advanced hard materials and the “smart steel chain” as its two featured industries, and it has hosted Zhuzhou’s first smart steel and logistics industry conference. The chain appears to centre on the Sany Smart Steel City with its steel processing, trading, logistics and finance.',
    english: { text: 'smart steel chain (Hetang)', official: false },
    gloss_en: 'Hetang’s featured steel trading and processing chain',
    related: ['san-yi-zhi-hui-gang-tie-cheng', 'he-tang-zhong-guo-jin-gu'],
    sources: [{ url: 'https://zz.rednet.cn/content/646947/57/14777686.html', publisher: '红网时刻', date: '2025-03-13' }],
    status: 'partial',
    missing: 'no page read defines the term; tying it to the Sany Smart Steel City is an inference',
    missing_zh: '未见页面给出定义，与三一智慧钢铁城的对应是推断',
  },
  // ── Tianyuan and the high-tech zone ──
  {
    id: 'ning-ju-zhong-guo-dong-li-jian-she-xing-fu-tian-yuan',
    term: '凝聚中国动力，建设幸福天元',
    aliases: ['凝聚中国动力建设幸福天元'],
    scope: 'zhuzhou',
    period: { from: 2016, to: 2020 },
    category: 'strategy',
    gloss_zh: '株洲高新区（天元区）“十三五”时期的发展主题',
    explanation_zh:
      '株洲高新区（天元区）“十四五”规划纲要回顾说，“十三五”时期全区以“凝聚中国动力，建设幸福天元”为主题，以中国动力谷建设为主线，“十三五”规划目标全面完成。',
    explanation_en:
      'The 14th Five-Year outline of the Zhuzhou high-tech zone and Tianyuan district recalls that 2016–2020 ran under the theme “gather China’s power, build a happy Tianyuan”, with building the China Power Valley at its centre.',
    english: { text: 'Gather China’s power, build a happy Tianyuan', official: false },
    gloss_en: 'Tianyuan’s development theme for 2016–2020',
    related: ['zhong-guo-dong-li-gu', 'tian-yuan-san-ji-di-yi-zhong-xin', 'xing-fu-zhuzhou'],
    sources: [
      {
        url: 'https://www.gcs66.com/document_detail/47052.html',
        publisher: '株洲高新区（天元区）十四五规划纲要（文库转载）',
        date: '2021-02-03',
        note: 'mirror of the outline approved on 3 February 2021',
      },
    ],
    status: 'verified',
  },
  {
    id: 'liang-qu-yi-gao-di',
    term: '两区一高地',
    aliases: [],
    quotedOnly: ['两区一高地'],
    scope: 'zhuzhou',
    period: { from: 2018, to: 2022 },
    category: 'industry',
    gloss_zh: '株洲汽车产业规划的目标：两个国家级示范区加一个中部创新高地',
    explanation_zh:
      '2018年底通过专家评审的《株洲市汽车产业发展规划（2018—2022年）》提出，把株洲打造成国内知名的汽车产业“两区一高地”，即国家新能源汽车制造示范区、国家智能网联汽车运营示范区和中部地区汽车产业开放共享创新高地，力争使汽车成为株洲第二个千亿产业集群。',
    explanation_en:
      'Zhuzhou’s car industry plan for 2018–2022, passed by experts in December 2018, aimed to make the city “two zones and one highland”: a national demonstration zone for making new-energy vehicles, a national demonstration zone for operating connected vehicles, and a central-China highland of open, shared car innovation. The goal was to make cars the city’s second 100-billion-yuan industry cluster.',
    english: { text: 'two zones and one highland (Zhuzhou car plan)', official: false },
    gloss_en: 'targets of Zhuzhou’s 2018–2022 car industry plan',
    items: [
      { zh: '国家新能源汽车制造示范区', en: 'national demonstration zone for new-energy vehicle manufacturing' },
      { zh: '国家智能网联汽车运营示范区', en: 'national demonstration zone for connected-vehicle operation' },
      { zh: '中部地区汽车产业开放共享创新高地', en: 'central-China highland of open, shared car innovation' },
    ],
    related: ['zhong-guo-dong-li-gu', 'san-da-qian-yi-chan-ye'],
    sources: [
      {
        url: 'http://zzty.smehn.cn/News/Detail?id=270351&categoryId=315',
        publisher: '湖南中小企业服务网（株洲高新区新闻转载）',
        date: '2018-12-17',
        note: 'report on the expert review of the plan held in the high-tech zone',
      },
    ],
    status: 'verified',
  },
  // ── Zhuzhou Economic Development Zone and Yunlong ──
  {
    id: 'xin-san-qu',
    term: '新三区',
    aliases: [],
    quotedOnly: ['新三区'],
    scope: 'zhuzhou',
    period: { from: 2021 },
    category: 'planning',
    gloss_zh: '株洲经开区（云龙示范区）提出要建设的三个新定位',
    explanation_zh:
      '2021年株洲市第十三次党代会后，株洲经开区、云龙示范区党工委提出加快建设“新三区”，即国家级经开区、长株潭一体化发展先行区和国家产教融合示范区，作为在培育制造名城中的担当。',
    explanation_en:
      'After Zhuzhou’s 13th party congress in 2021, the party committee of the Zhuzhou Economic Development Zone and Yunlong demonstration zone set three new aims: to become a national-level development zone, the pilot area of Changsha–Zhuzhou–Xiangtan integration, and a national model zone for joining industry and education.',
    english: { text: 'the three new zones (Zhuzhou Economic Development Zone)', official: false },
    gloss_en: 'three goals of the Zhuzhou Economic Development Zone and Yunlong',
    items: [
      { zh: '国家级经开区', en: 'national-level economic development zone' },
      { zh: '长株潭一体化发展先行区', en: 'pilot area of Changsha–Zhuzhou–Xiangtan integration' },
      { zh: '国家产教融合示范区', en: 'national model zone for industry–education integration' },
    ],
    related: ['yun-long-shi-fan-qu', 'jiu-lang-shan-zhi-jiao-ke-chuang-cheng', 'pei-yu-zhi-zao-ming-cheng'],
    sources: [
      {
        url: 'http://zz.smehn.cn/News/Detail?id=935162&categoryId=310',
        publisher: '株洲新闻网（湖南中小企业服务网转载）',
        date: '2021-10-19',
        note: 'interview with the zone’s party secretary after the city party congress',
      },
    ],
    status: 'verified',
  },
];
