import type { GlossaryEntry, Source } from '../types';

/*
 * Metaphor A: the working images of Chinese political and economic writing that 2023–2026 news
 * uses as if they were plain words, and that a learner cannot decode from the characters: the
 * bridgehead and the weathervane, the conductor's baton and the written pledge on pain of
 * punishment, the grey rhino and the black swan, the volleyball setter, the nest built for the
 * phoenix, the four beams and eight pillars, the river crossed by feeling for stones, the siphon,
 * overtaking on the bend or in a new lane, the blockage in the middle, the bugle call, the shoals,
 * the thousand threads and the one needle, the plot of 1.3 mu, flood irrigation and the first
 * kilometre; plus the two programme names built on household images, the vegetable basket and
 * the rice bag.
 *
 * How these terms were chosen: about 70 candidates of this kind were listed and checked against
 * the forms the glossary already holds; these exist and were skipped: 牛鼻子, 压舱石, 硬骨头 and
 * 啃硬骨头, 先手棋, 组合拳, 领头雁 (头雁效应), 一张蓝图绘到底, 钉钉子精神, 功成不必在我, 新赛道 (the
 * glossary's form for 赛道), 增长极, 最后一公里, 深水区, 试验田, 揭榜挂帅, 放水养鱼, 一盘棋, 店小二,
 * 金名片, 赶考, 回头看, 打铁必须自身硬, 打虎拍蝇猎狐, 绣花功夫, 蹄疾步稳, 久久为功, 玻璃门 and
 * 弹簧门, 卡脖子, 补短板, 锻长板, 开门红, 作战图 (挂图作战), 过紧日子, 内卷式竞争, 四个排头兵.
 * 发动机, 推进器 and 杀手锏 are on the glossary's list of ordinary quoted figures, so the same
 * family (主引擎, 助推器, bare 引擎) was left out too. The rest were searched in stored public web
 * pages (about 40 queries in Chinese: state media and their reprints, Party and government sites,
 * journal articles, explainers), none of them a page that the real-news benches measure. A term
 * was kept when a page used it in news or official text and a page said what the image means.
 *
 * Left out: 试金石, 生力军, 突破口, 晴雨表, 定心丸, 定海神针, 定盘星 and 路线图, because CC-CEDICT
 * already gives the figurative sense and policy use adds little; 排头兵, dropped from an earlier
 * file after its bare matches measured wrong (Zhuzhou's own 四个排头兵 slogan) and left out here
 * again; 牵引, an ordinary word that in Zhuzhou news is mostly railway traction; 跑出加速度 and
 * 按下快进键, for want of a page that explains them and because news usually splits them with a
 * name (跑出四川加速度); 蓄水池, 施工图, 钱袋子, 毛细血管, 强心剂, 主阵地, 赛马机制, 真金白银,
 * 一竿子插到底 and 精准滴灌, for want of a page read that says what they mean in policy text;
 * 护城河, whose pages give only the investor's sense.
 *
 * Precision: these forms are short and most of them have a literal everyday sense, so a form that
 * also names a real thing stands only between quotes, and is strictly quoted where bare it usually
 * means that thing: 桥头堡 (a bridge tower), 风向标 (a weathervane), 指挥棒 (a baton), 军令状 (an
 * old army pledge in history tales), 菜篮子 and 米袋子 (a shopping basket, a rice bag), 黑天鹅 (the
 * bird in a park), 关键一招 (a move in chess), 弯道超车 and 换道超车
 * (driving), 集结号 (also the film title), 大水漫灌 (farm irrigation), 最先一公里 and 最初一公里
 * (a race). 灰犀牛, 虹吸效应, 中梗阻 and 涉险滩 are quote-only but not strictly quoted:
 * bare they nearly always carry the figure, and they count unquoted only where the dictionary
 * rules allow. 二传手 (a volleyball setter) and 一亩三分地 (a real plot of land) begin with a
 * numeral, so they count only between quotes in any case. Longer phrases that only the figure uses stand anywhere: 考核指挥棒,
 * 立下军令状, 菜篮子工程, 米袋子省长负责制, 灰犀牛事件, 黑天鹅事件, 筑巢引凤, 四梁八柱,
 * 摸着石头过河, 决定当代中国命运的关键一招, 相马不如赛马, 吹响集结号, 敢于涉险滩,
 * 上面千条线，下面一根针 and 大水漫灌式强刺激. Meanings come from the pages cited under each
 * entry; wording is ours, and every English rendering is our suggestion unless marked official.
 */

const PEOPLES_FORUM_CADRE_REVIEW_2021: Source = {
  url: 'http://huikunshang.com/2021/0415/611833.shtml',
  publisher: 'huikunshang.com（转载人民论坛网）',
  date: '2021-04-15',
  note: 'reprint of a People’s Forum piece on cadre evaluation that speaks of it as baton, weathervane and booster',
};

const PEOPLES_DAILY_RHINO_SWAN_2017: Source = {
  url: 'https://www.5wangxiao.com/thread-6105634-1-1.html',
  publisher: '5wangxiao.com（论坛转帖）',
  note: 'quotes the People’s Daily commentary of 17 July 2017 (“既防黑天鹅，也防灰犀牛”) and explains both terms',
};

const OVERTAKING_NEV_2018: Source = {
  url: 'http://hidcn.cn/technology/itsj/77705.html',
  publisher: 'hidcn.cn（转载大云网）',
  date: '2018-06-05',
  note: 'reprint of an industry commentary on 弯道超车 versus 换道超车 for new-energy vehicles',
};

const BLOCKAGE_IN_THE_MIDDLE_2015: Source = {
  url: 'http://www.handmsg.com/page/2015/0328/12703134.shtml',
  publisher: 'handmsg.com（陈泽伟，《领导文萃》2015年第15期转载）',
  date: '2015-03-28',
  note: 'cites Xi Jinping at the reform group meeting of 27 February 2015 on the first and last kilometre and the blockage in the middle',
};

/** Figurative expressions and working metaphors of political and economic news. */
export const METAPHOR_A: readonly GlossaryEntry[] = [
  // ── Roles and positions ──
  {
    id: 'qiao-tou-bao',
    term: '桥头堡',
    aliases: ['桥头堡战略'],
    quotedOnly: ['桥头堡'],
    // 桥头堡: a fort guarding a bridge, or the tower-like ornament at either end of a big bridge.
    strictlyQuoted: ['桥头堡'],
    scope: 'national',
    category: 'strategy',
    gloss_zh: '比喻对外开放、连接某一方向的前沿门户和据点',
    explanation_zh:
      '本指为控制桥梁、渡口而修的碉堡，泛指进攻的据点；政策语言借它说一个地方是面向某一方向开放合作的前沿通道和基地，既是“桥”也是“堡”。典型例子是要使云南成为面向西南开放的重要“桥头堡”，即以云南为通道深化与东南亚、南亚的合作。',
    explanation_en:
      'Literally a fort that guards a bridge or ford, and so any forward base; in policy text a place called a "bridgehead" is the front gateway and base for opening up and cooperating in one direction. The classic case is Yunnan, to be made China\'s bridgehead for opening to the south-west, a channel to Southeast and South Asia.',
    english: { text: 'bridgehead (gateway for opening up)', official: false },
    gloss_en: 'a frontier gateway and base for opening to a region',
    related: ['gao-shui-ping-dui-wai-kai-fang', 'yi-dai-yi-lu'],
    sources: [
      {
        url: 'http://bbs.ynhouse.com/bbs/blog-20004-20735.html',
        publisher: '云房论坛（网友博客“天际飞鸟”）',
        date: '2013-05-17',
        note: 'a blog post quoting the dictionary senses of 桥头堡 and discussing Yunnan’s bridgehead strategy',
      },
      { url: 'http://trklw.com/Idiomusage/vw1n2sqpyr.html', publisher: 'trklw.com（词语解释）', note: 'explains the Yunnan 桥头堡战略 and what the bridge and the fort stand for' },
    ],
    status: 'verified',
  },
  {
    id: 'feng-xiang-biao',
    term: '风向标',
    aliases: [],
    quotedOnly: ['风向标'],
    // 风向标: the weathervane on a roof or at a weather station.
    strictlyQuoted: ['风向标'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '比喻显示趋势、指明方向的事物',
    explanation_zh:
      '本是指示风向的仪器，引申为让人看出形势走向、行业趋势或政策导向的事物。政策文章常说干部考核是干部行为的“风向标”，或说某类数据、某项政策是市场的“风向标”，意思是大家会据此判断往哪里用力。',
    explanation_en:
      'A weathervane shows which way the wind blows; figuratively it is whatever reveals a trend or signals the direction people are expected to go. Policy writing calls cadre evaluation the "weathervane" of officials\' conduct, or a figure or a policy the weathervane of the market, meaning others read their course from it.',
    english: { text: 'weathervane (indicator of direction)', official: false },
    gloss_en: 'a signal that shows which way things are heading',
    related: ['zhi-hui-bang'],
    sources: [
      { url: 'http://news.dahuoso.com/zxwd/202505/264948.html', publisher: 'dahuoso.com（问答）', date: '2025-05', note: 'explains the literal and figurative senses' },
      PEOPLES_FORUM_CADRE_REVIEW_2021,
    ],
    status: 'verified',
  },
  {
    id: 'zhi-hui-bang',
    term: '指挥棒',
    aliases: ['考核指挥棒'],
    quotedOnly: ['指挥棒'],
    // 指挥棒: a conductor's baton.
    strictlyQuoted: ['指挥棒'],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '比喻引导干部行为的考核评价导向',
    explanation_zh:
      '指挥棒本是乐队指挥手里的棒子，政策语言多用来说干部考核：考什么、怎么考，干部就往哪里使劲。评论指出，过去只看GDP增速的考核让一些地方急功近利，所以要求改革考核办法、“用好考核指挥棒”，把民生、生态和长远实绩都纳入其中。',
    explanation_en:
      'A conductor\'s baton; in policy language, mostly the evaluation of officials, since what is measured decides where they put their effort. Commentators blame GDP-only evaluation for short-sighted local behaviour, hence calls to "use the evaluation baton well" by also counting livelihoods, ecology and long-term results.',
    english: { text: 'baton (steering effect of evaluation)', official: false },
    gloss_en: 'the evaluation criteria that steer officials’ behaviour',
    related: ['zheng-que-zheng-ji-guan', 'feng-xiang-biao'],
    sources: [
      {
        url: 'http://www.attlifegigified.com/2024/0625/705769.shtml',
        publisher: 'attlifegigified.com（转载人民论坛网）',
        date: '2024-06-25',
        note: 'reprint of the People’s Forum article 用好考核“指挥棒”考出干部精气神',
      },
      {
        url: 'http://ischool.net.cn/plzhx/dlgc/201311/t20131125_5258617.htm',
        publisher: 'ischool.net.cn（评论转载）',
        date: '2013-11-25',
        note: 'commentary on the 2013 reform of cadre evaluation, calling it a golden baton',
      },
      PEOPLES_FORUM_CADRE_REVIEW_2021,
    ],
    status: 'verified',
  },
  {
    id: 'jun-ling-zhuang',
    term: '军令状',
    aliases: ['立下军令状', '立军令状'],
    quotedOnly: ['军令状'],
    // 军令状: the written pledge of generals in history tales (诸葛亮, 马谡).
    strictlyQuoted: ['军令状'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '比喻完不成任务甘愿受罚的书面责任承诺',
    explanation_zh:
      '原指古时接受军令后立下的保证书，完不成就按军法处置，《三国演义》里诸葛亮、马谡的故事最为人熟知。如今借指干部或单位为完成重大任务立下的责任书，如脱贫攻坚要求层层立“军令状”，把时限、目标和责任人写清楚。',
    explanation_en:
      'Originally a written guarantee given on receiving a military order, with martial law as the penalty for failure, as in the Three Kingdoms stories of Zhuge Liang and Ma Su. Today it is a pledge by officials or units to meet a major target, as in the poverty campaign, where such pledges were signed level by level naming deadline, goal and person responsible.',
    english: { text: 'military pledge (written pledge to deliver)', official: false },
    gloss_en: 'a written pledge to meet a target or accept the penalty',
    related: [],
    sources: [
      {
        url: 'http://xpshebei.com/r/2015-12/02/content_16979238.htm',
        publisher: 'xpshebei.com（东南网转载人民日报）',
        date: '2015-12-02',
        note: 'reprint of the People’s Daily piece 扶贫军令状 专治不认账 (熊建)',
      },
      { url: 'http://416w.cn/2016/0525/891694.shtml', publisher: '416w.cn（评论转载）', date: '2016-05-25', note: 'explains the military origin and the present figurative sense' },
      { url: 'https://rmrb.online/read-htm-tid-618663-page-e.html', publisher: 'rmrb.online（人民日报1983年2月18日“今日谈”存档）', date: '1983-02-18', note: 'an early use: factory heads pledge to turn a plant round within a year' },
    ],
    status: 'verified',
  },
  {
    id: 'er-chuan-shou',
    term: '二传手',
    aliases: [],
    // 二传手: the setter in volleyball; as a form starting with a numeral it never counts bare.
    quotedOnly: ['二传手'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '比喻只会照转文件、层层转发而不亲自落实的干部',
    explanation_zh:
      '二传手本是排球场上把球传给攻手的队员，作风批评里借指只当“中转站”的干部：上级文件轮流圈阅、层层转发、再布置一遍就算完事，一问情况说不清。常见说法是“一把手别做二传手”，要求领导亲自过问、亲自解决问题。',
    explanation_en:
      'The setter in volleyball passes the ball on for others to hit; in criticism of work style the word means an official who only relays: circulating and forwarding documents, repeating the instructions, and unable to answer when asked how things stand. The stock phrase is that a unit\'s top leader must not be a mere setter but handle problems personally.',
    english: { text: 'setter (official who only passes things on)', official: false },
    gloss_en: 'an official who forwards instructions without acting on them',
    related: ['si-feng', 'wei-ji-ceng-jian-fu'],
    sources: [
      {
        url: 'https://hebei.news.163.com/22/0621/08/HACG8KT8041591O2.html',
        publisher: '网易河北（评论）',
        date: '2022-06-21',
        note: 'commentary 一把手别做二传手',
      },
    ],
    status: 'verified',
  },
  {
    id: 'xiang-ma-bu-ru-sai-ma',
    term: '相马不如赛马',
    aliases: ['赛马不相马'],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '选人才要看实际比拼的表现，而不是凭少数人眼光挑选',
    explanation_zh:
      '“相马”是伯乐式的看马识马，靠少数人的眼光判断；“赛马”是让马上场跑，用成绩说话。用在选人用人上，意思是在实际工作和公开竞争中比出能干的人，而不是只凭领导印象选拔。',
    explanation_en:
      'Judging a horse by looking at it, as the legendary Bo Le did, relies on a few people\'s eyes; racing it lets results speak. Applied to choosing officials and talent, it means picking people by how they perform in real work and open competition rather than by a leader\'s impression.',
    english: { text: 'racing horses beats appraising them', official: false },
    gloss_en: 'choose people by open competition, not by a leader’s eye',
    related: ['jie-bang-gua-shuai'],
    sources: [
      { url: 'https://3dmxku.com/daquan/zonghe/4293631.html', publisher: '3dmxku.com（问答）', note: 'explains 赛马不相马 as picking the best by contest rather than by appraisal' },
      { url: 'http://m.hys1000.com/news/1370.html', publisher: 'hys1000.com（评论转载）', note: 'essay on the limits of Bo Le-style selection and the call to race the horses instead' },
    ],
    status: 'verified',
  },
  // ── Risks and shocks ──
  {
    id: 'hui-xi-niu',
    term: '灰犀牛',
    aliases: ['灰犀牛事件'],
    quotedOnly: ['灰犀牛'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '比喻大概率发生、冲击大却常被忽视的风险',
    explanation_zh:
      '美国学者米歇尔·渥克2013年提出的说法：体型庞大的灰犀牛看似迟缓无害，一旦冲过来却难以阻挡。中国官方用它指看得见、迹象明显却被拖着不处理的风险，如房地产泡沫、地方债务、影子银行，常与“黑天鹅”并提，《人民日报》2017年评论员文章说要“既防‘黑天鹅’，也防‘灰犀牛’”。',
    explanation_en:
      'A term coined by the American analyst Michele Wucker in 2013: a huge rhino looks slow and harmless until it charges. Chinese officials use it for obvious, likely and damaging risks that are left unattended, such as property bubbles, local debt and shadow banking, often paired with "black swans", as in a 2017 People\'s Daily commentary.',
    english: { text: 'grey rhino', official: false },
    gloss_en: 'a likely, high-impact risk that is seen but ignored',
    related: ['hei-tian-e', 'fang-fan-hua-jie-zhong-da-feng-xian'],
    sources: [
      PEOPLES_DAILY_RHINO_SWAN_2017,
      {
        url: 'http://jizihe.com/page/2017/0808/2138947.shtml',
        publisher: 'jizihe.com（王逢鑫英语专栏转载）',
        date: '2017-08-08',
        note: 'bilingual note on “grey rhino” and its Chinese use for shadow banking, property bubbles and local debt',
      },
      { url: 'https://scholarmate.com/S/H3bOzV', publisher: 'scholarmate.com（期刊文章摘要）' },
    ],
    status: 'verified',
  },
  {
    id: 'hei-tian-e',
    term: '黑天鹅',
    aliases: ['黑天鹅事件'],
    quotedOnly: ['黑天鹅'],
    // 黑天鹅: the black swans kept in city parks and zoos.
    strictlyQuoted: ['黑天鹅'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '比喻极少发生、难以预料而影响巨大的突发事件',
    explanation_zh:
      '纳西姆·塔勒布提出的说法：人们以为天鹅都是白的，直到见到黑天鹅。它指罕见、事先几乎无法预测、一旦发生冲击巨大的事件，如2008年金融危机；政策文件讲防范风险时常说既防“黑天鹅”，也防“灰犀牛”。',
    explanation_en:
      'Nassim Taleb\'s image: everyone thought all swans were white until a black one turned up. It names a rare event that almost no one could foresee but that hits hard, such as the 2008 financial crisis; risk language in Chinese policy pairs it with the "grey rhino", the danger that is visible but ignored.',
    english: { text: 'black swan (event)', official: false },
    gloss_en: 'a rare, unforeseeable shock with huge impact',
    related: ['hui-xi-niu', 'fang-fan-hua-jie-zhong-da-feng-xian'],
    sources: [
      PEOPLES_DAILY_RHINO_SWAN_2017,
      { url: 'https://www.chinaoffshore.com.cn/zsiwd/202510/1578799.html', publisher: 'chinaoffshore.com.cn（问答）', date: '2025-10', note: 'explainer contrasting black swans with related risk terms' },
    ],
    status: 'verified',
  },
  {
    id: 'da-shui-man-guan',
    term: '大水漫灌',
    aliases: ['大水漫灌式强刺激'],
    quotedOnly: ['大水漫灌'],
    // 大水漫灌: flood irrigation of fields, which water-saving farm news warns against.
    strictlyQuoted: ['大水漫灌'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '比喻向经济普遍大量放钱的粗放式强刺激',
    explanation_zh:
      '本是让水在田面漫流的粗放灌溉方式，费水而效果差。宏观调控中指不分对象地大量投放货币和信贷来刺激经济，2016年政府工作报告已表示坚持不搞“大水漫灌”式强刺激。',
    explanation_en:
      'Flood irrigation lets water run over the whole field, wasting much of it; in macro policy it means pumping money and credit into the economy indiscriminately. The 2016 government work report already pledged no such flood-irrigation stimulus; its English version dropped the image and spoke of strong stimulus with an economy-wide impact.',
    english: { text: 'flood-irrigation (indiscriminate) stimulus', official: false },
    gloss_en: 'indiscriminate, economy-wide monetary stimulus',
    related: ['ni-zhou-qi-tiao-jie', 'fang-shui-yang-yu'],
    sources: [
      {
        url: 'https://wenada.com/know/JSpl.html',
        publisher: 'wenada.com（问答）',
        note: 'explains the farming sense and the policy sense, and quotes the 2016 government work report in Chinese and English',
      },
    ],
    status: 'verified',
  },
  // ── Reform and development ──
  {
    id: 'mo-zhe-shi-tou-guo-he',
    term: '摸着石头过河',
    aliases: [],
    scope: 'national',
    category: 'strategy',
    gloss_zh: '比喻没有现成经验时边试验边总结、逐步推进改革',
    explanation_zh:
      '过河没有桥也没有船，只能用脚试探河底的石头一步步走，比喻改革开放没有先例可循，在实践中摸规律、试点成功再推开。新时代的提法是把“顶层设计和摸着石头过河结合起来”：想清楚的改革搞顶层设计，心里没底的继续摸着石头过河，2024年习近平仍说到了湍急的河里不得不摸着石头过河。',
    explanation_en:
      'Crossing a river with no bridge or boat, feeling for stones with one\'s feet: reform without precedent, learning the rules through trials and spreading what works. The current formula pairs it with top-level design, planning the reforms that are well understood and still feeling the way on the rest; in 2024 Xi Jinping said a fast river still has to be crossed this way.',
    english: { text: 'crossing the river by feeling for stones', official: true },
    gloss_en: 'reforming step by step through trial and error',
    related: ['ding-ceng-she-ji', 'shen-shui-qu', 'xian-xing-xian-shi'],
    sources: [
      { url: 'http://keywords.china.org.cn/2019-04/19/content_74696609.html', publisher: '中国网·中国关键词', date: '2019-04-19', note: 'bilingual entry giving the English rendering' },
      { url: 'http://news.12371.cn/2013/11/05/ARTI1383614599855860.shtml', publisher: '共产党员网', date: '2013-11-05' },
      { url: 'http://m.nxhuan.com/xuexi/p/1670718.html', publisher: 'nxhuan.com（转载）', note: 'reports Xi Jinping’s remarks of 29 October 2024 on feeling for stones' },
    ],
    status: 'verified',
  },
  {
    id: 'guan-jian-yi-zhao',
    term: '关键一招',
    aliases: ['决定当代中国命运的关键一招'],
    quotedOnly: ['关键一招'],
    // 关键一招: the key move of a chess game or a fight.
    strictlyQuoted: ['关键一招'],
    scope: 'national',
    category: 'strategy',
    gloss_zh: '决定全局成败的那一步棋，特指改革开放',
    explanation_zh:
      '“一招”是下棋或过招时的一步，“关键一招”即决定胜负的那一步。习近平2012年12月在广东考察时说，改革开放是决定当代中国命运的关键一招，也是决定实现“两个一百年”奋斗目标、实现中华民族伟大复兴的关键一招；2018年庆祝改革开放40周年大会上他再次这样概括。',
    explanation_en:
      'A "move" in chess or a fight, and the key one decides the outcome. Visiting Guangdong in December 2012, Xi Jinping called reform and opening up the key move that decides contemporary China\'s fate and also the key move for the centenary goals and national rejuvenation; he repeated this at the 40th-anniversary meeting in 2018.',
    english: { text: 'the crucial move (reform and opening up)', official: false },
    gloss_en: 'the decisive move, said of reform and opening up',
    related: ['quan-mian-shen-hua-gai-ge', 'shi-yi-jie-san-zhong-quan-hui'],
    sources: [
      { url: 'http://www.cac.gov.cn/2020-01/23/c_1581318682691785.htm', publisher: '中国网信网', date: '2020-01-23', note: 'explainer on why reform and opening up is the key move' },
      {
        url: 'http://big5.taiwan.cn/gate/big5/econ.taiwan.cn/today/201708/t20170807_11827566.htm',
        publisher: '中国台湾网（转载）',
        date: '2017-08-07',
        note: 'dates the first statement to Xi Jinping’s Guangdong visit in December 2012',
      },
      { url: 'https://scholarmate.com/S/DLdyaL', publisher: 'scholarmate.com（期刊文章摘要）', note: 'quotes the 2018 anniversary speech' },
    ],
    status: 'verified',
  },
  {
    id: 'si-liang-ba-zhu',
    term: '四梁八柱',
    aliases: [],
    scope: 'national',
    category: 'strategy',
    gloss_zh: '比喻一项改革或一套制度的主体框架',
    explanation_zh:
      '源自中国传统建筑：四根梁、八根柱撑起整座房屋，代表主体结构。2016年底中央经济工作会议判断主要领域“四梁八柱”性改革基本出台，意思是全面深化改革的主体框架已经搭起，此后说某领域的“四梁八柱”即指其基础性、支柱性的制度。',
    explanation_en:
      'From traditional Chinese building, where four beams and eight pillars carry the whole house. The Central Economic Work Conference at the end of 2016 judged that the "four beams and eight pillars" reforms of the main fields were basically in place, meaning the main frame of comprehensive reform had been built; the phrase now names the load-bearing rules of any field.',
    english: { text: 'four beams and eight pillars (main framework)', official: false },
    gloss_en: 'the load-bearing framework of a reform or system',
    related: ['quan-mian-shen-hua-gai-ge', 'shi-ba-jie-san-zhong-quan-hui'],
    sources: [
      {
        url: 'http://opkks.com/lilunpindao/llpdyw/201703/t20170330_11735191.htm',
        publisher: 'opkks.com（中国台湾网理论频道转载人民日报海外版）',
        date: '2017-03-30',
        note: 'reprint of 齐了！中国改革的“四梁八柱” (People’s Daily Overseas Edition, 29 March 2017)',
      },
      { url: 'http://bbs.huanbaoxinwen.com/jxfw/202508/306444.html', publisher: 'huanbaoxinwen.com（词语解释）', date: '2025-08' },
    ],
    status: 'verified',
  },
  {
    id: 'she-xian-tan',
    term: '涉险滩',
    aliases: ['敢于涉险滩'],
    quotedOnly: ['涉险滩'],
    scope: 'national',
    category: 'strategy',
    gloss_zh: '比喻闯过改革中风险大、后果难料的关口',
    explanation_zh:
      '险滩是水浅流急、暗礁多的河段，涉险滩就是冒险蹚过去。它几乎总与“啃硬骨头”连用：习近平2014年说改革“要敢于啃硬骨头，敢于涉险滩”，前者说任务难、得罪人，后者说风险大、暗流多，要有勇气也要讲方法。',
    explanation_en:
      'Shoals are shallow, fast and rocky stretches of river, and wading through them is risky. The phrase almost always follows "gnawing hard bones": in 2014 Xi Jinping said reform must dare to do both, the bones being thankless hard tasks and the shoals the risky, uncertain passages that need courage and skill.',
    english: { text: 'wading through dangerous shoals', official: false },
    gloss_en: 'braving the risky passages of reform',
    related: ['ying-gu-tou', 'shen-shui-qu'],
    sources: [
      {
        url: 'https://epaper.qingdaonews.com/qdrb/html/2024-07/10/content_144593_1026957.htm',
        publisher: '青岛日报（转载新华社短评）',
        date: '2024-07-10',
        page: '第4版',
        note: 'prints the Xinhua short commentary 敢于啃硬骨头敢于涉险滩',
      },
      { url: 'http://ce.newdu.com/q5539.html', publisher: 'newdu.com（汉英术语库）', note: 'quotes Xi Jinping’s 2014 interview with Russian television' },
    ],
    status: 'verified',
  },
  {
    id: 'zhu-chao-yin-feng',
    term: '筑巢引凤',
    aliases: ['栽好梧桐树，引来金凤凰', '栽好梧桐树，自有凤凰来'],
    scope: 'national',
    category: 'investment',
    gloss_zh: '先建好园区、改善环境，再吸引企业和人才落户',
    explanation_zh:
      '先筑好巢，凤凰才会来栖息，与“栽好梧桐树，引来金凤凰”同义。招商引资和人才工作中指先建设标准厂房、配套设施，优化政策和营商环境，把平台搭好，再吸引企业、项目、资金和人才落地。',
    explanation_en:
      'Build the nest and the phoenix will come, the same idea as "plant the parasol tree and the golden phoenix will alight". In investment and talent work it means first preparing the ground (factory buildings, infrastructure, policies, a good business environment) and then attracting firms, projects, capital and skilled people.',
    english: { text: 'build the nest to attract the phoenix', official: false },
    gloss_en: 'prepare sites and conditions first, then attract investors',
    related: ['zhao-shang-yin-zi', 'ying-shang-huan-jing'],
    sources: [
      { url: 'https://www.shobidobi.com/shucs/202507/458726.html', publisher: 'shobidobi.com（问答）', date: '2025-07', note: 'gives the variant 栽好梧桐树，引来金凤凰' },
      { url: 'http://bbs.czt.cc/zxwd/202509/793121.html', publisher: 'czt.cc（问答）', date: '2025-09', note: 'gives the variant 栽好梧桐树，自有凤凰来' },
    ],
    status: 'verified',
  },
  {
    id: 'hong-xi-xiao-ying',
    term: '虹吸效应',
    aliases: [],
    quotedOnly: ['虹吸效应'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '比喻中心城市把周边地区的人才、资金等资源吸走',
    explanation_zh:
      '借物理学的虹吸现象：液体顺着管子从一处被持续吸到另一处。区域经济里指大城市、中心城市凭就业机会和公共服务优势，把周边中小城市和县域的人口、人才、资本吸引过去，使后者发展受限；与之相对的是中心城市带动周边的“辐射效应”“溢出效应”。',
    explanation_en:
      'Borrowed from the siphon, which keeps drawing liquid from one vessel to another. In regional economics it is a big or central city pulling people, talent and capital away from surrounding towns and counties with its jobs and services, holding them back; its opposite is the city\'s radiating or spill-over effect that lifts its neighbours.',
    english: { text: 'siphon effect', official: false },
    gloss_en: 'a big city draining resources from its neighbours',
    related: ['zeng-zhang-ji'],
    sources: [
      { url: 'https://www.lyxww.cn/jxuwd/202510/716924.html', publisher: 'lyxww.cn（问答）', date: '2025-10' },
      {
        url: 'http://ccdrscu.com/?show=473',
        publisher: '中国县域发展研究中心（洪炜杰、罗必良论文转载）',
        note: 'abstract of a 2023 Xueshu Yanjiu paper on siphon versus spill-over effects of central cities on counties',
      },
    ],
    status: 'verified',
  },
  {
    id: 'wan-dao-chao-che',
    term: '弯道超车',
    aliases: [],
    quotedOnly: ['弯道超车'],
    // 弯道超车: overtaking on a bend, in driving and motor racing.
    strictlyQuoted: ['弯道超车'],
    scope: 'national',
    category: 'industry',
    gloss_zh: '比喻后来者抓住变局时机实现赶超',
    explanation_zh:
      '本指赛车在弯道上超越对手，比喻落后者趁形势转折、技术变革的机会找到捷径，一举赶上或超过领先者，常用于产业和地区竞争。这个口号一直受到质疑，2017年起工信部领导主张在汽车产业上改说“换道超车”。',
    explanation_en:
      'Overtaking on a bend in a race; figuratively a latecomer using a turning point or a technology shift as a shortcut to catch up with or pass the leaders, said of industries and regions. The slogan was long questioned, and from 2017 industry-ministry officials preferred "overtaking by changing lanes" for the car industry.',
    english: { text: 'overtaking on the bend', official: false },
    gloss_en: 'a latecomer catching up at a turning point',
    related: ['huan-dao-chao-che', 'xin-sai-dao'],
    sources: [
      { url: 'http://m.studyofnet.com/480590207.html', publisher: 'studyofnet.com（评论）', note: 'explains the figurative sense of the driving image' },
      OVERTAKING_NEV_2018,
    ],
    status: 'verified',
  },
  {
    id: 'huan-dao-chao-che',
    term: '换道超车',
    aliases: [],
    quotedOnly: ['换道超车'],
    // 换道超车: changing lanes to overtake, in traffic reports.
    strictlyQuoted: ['换道超车'],
    scope: 'national',
    category: 'industry',
    gloss_zh: '比喻不在旧赛道上追赶，转到新技术路线上实现超越',
    explanation_zh:
      '不在别人领先多年的老路上硬追，而是换到一条新车道上超越，典型说法是不在燃油车上追赶欧美日，而在新能源汽车这条新路上竞争。行业评论称，2017年初起工信部领导认为“弯道超车”的说法宜改为“换道超车”。',
    explanation_en:
      'Instead of chasing leaders on the road they have owned for decades, switch to a new lane and pass them there; the usual example is competing in new-energy vehicles rather than on combustion engines, where Europe, the US and Japan lead. An industry commentary says that from early 2017 officials at the industry ministry preferred this phrase to "overtaking on the bend".',
    english: { text: 'overtaking by changing lanes', official: false },
    gloss_en: 'pulling ahead by switching to a new technology track',
    related: ['wan-dao-chao-che', 'xin-neng-yuan-qi-che', 'xin-sai-dao'],
    sources: [
      OVERTAKING_NEV_2018,
      { url: 'http://72265.cn/content_article_3687.html', publisher: '72265.cn（评论转载）', note: 'another copy of the same commentary' },
    ],
    status: 'verified',
  },
  // ── Implementation ──
  {
    id: 'zhong-geng-zu',
    term: '中梗阻',
    aliases: [],
    quotedOnly: ['中梗阻'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '比喻政策在中间层级被卡住、落不下去',
    explanation_zh:
      '梗阻本是医学上的堵塞，“中梗阻”指上面的决策和下面的落实之间，中间环节推诿、拖延或因部门利益、本位主义而使政策卡住。2015年2月习近平在中央深改组会议上要求处理好改革“最先一公里”和“最后一公里”的关系，突破“中梗阻”。',
    explanation_en:
      'A medical blockage, here in the middle: between decisions above and implementation below, intermediate levels stall a policy through buck-passing, delay, or departmental and vested interests. In February 2015 Xi Jinping told the central reform group to link the first and the last kilometre of reform and break through this blockage in the middle.',
    english: { text: 'obstruction in the middle', official: false },
    gloss_en: 'policy stuck at the intermediate levels',
    related: ['zui-xian-yi-gong-li', 'zui-hou-yi-gong-li'],
    sources: [BLOCKAGE_IN_THE_MIDDLE_2015],
    status: 'verified',
  },
  {
    id: 'zui-xian-yi-gong-li',
    term: '最先一公里',
    aliases: [],
    quotedOnly: ['最先一公里', '最初一公里'],
    // 最先一公里, 最初一公里: the opening kilometre of a race or a road.
    strictlyQuoted: ['最先一公里', '最初一公里'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '政策从调研设计到出台的起始环节',
    explanation_zh:
      '与“最后一公里”相对，指一项改革或政策的起点：调研、设计和出台。2015年习近平要求处理好改革“最先一公里”和“最后一公里”的关系，2025年政府工作报告又提出促进政策从“最初一公里”到“最后一公里”衔接畅通，即方案要设计得准，落地要落得实。',
    explanation_en:
      'The counterpart of the "last kilometre": the start of a reform or policy, when it is researched, designed and issued. Xi Jinping asked in 2015 for the first and last kilometres of reform to be handled together, and the 2025 government work report called for policies to run smoothly from the first kilometre to the last, well designed and actually delivered.',
    english: { text: 'the first kilometre (policy design)', official: false },
    gloss_en: 'the design stage where a policy starts',
    related: ['zui-hou-yi-gong-li', 'zhong-geng-zu'],
    sources: [
      BLOCKAGE_IN_THE_MIDDLE_2015,
      {
        url: 'https://zhenguoke.com/read/-dy-article-JUCQIQLG05346936.html',
        publisher: 'zhenguoke.com（唐任伍文章转载）',
        note: 'on the 2025 government work report’s call to link the first and the last kilometre of policy',
      },
    ],
    status: 'verified',
  },
  {
    id: 'ji-jie-hao',
    term: '集结号',
    aliases: ['吹响集结号'],
    quotedOnly: ['集结号'],
    // 集结号: a bugle call; also the title of a war film, written 《集结号》.
    strictlyQuoted: ['集结号'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '比喻发起一项行动、号召大家一起投入的动员令',
    explanation_zh:
      '字面是召集部队的军号，新闻和机关文件常说某会议、某文件“吹响了……的集结号”，意思是发出动员、行动正式开始。评论指出这个说法流行于电影《集结号》之后，而片中的集结号其实是撤退信号，所以也有人批评是误用。',
    explanation_en:
      'Literally a bugle call to assemble troops; news and official papers say a meeting or document "sounds the assembly call" for a campaign, meaning it mobilises people and starts the work. A commentator notes the phrase spread after the war film of that name, in which the call actually signalled retreat, and criticises the usage.',
    english: { text: 'bugle call to assemble (rallying call)', official: false },
    gloss_en: 'a call that launches a campaign and rallies people',
    related: [],
    sources: [
      {
        url: 'https://fx361.cc/page/2011/1223/13389835.shtml',
        publisher: 'fx361.cc（易其洋，宁波日报社，期刊文章转载）',
        date: '2011-12-23',
        note: 'lists news uses of 吹响集结号 and traces them to the film',
      },
      {
        url: 'http://opkks.com/lilunpindao/llpdyw/201703/t20170330_11735191.htm',
        publisher: 'opkks.com（中国台湾网理论频道转载人民日报海外版）',
        date: '2017-03-30',
        note: 'usage: the 2013 Third Plenum “sounded the assembly call” of comprehensive reform',
      },
    ],
    status: 'verified',
  },
  {
    id: 'shang-mian-qian-tiao-xian',
    term: '上面千条线，下面一根针',
    aliases: ['上边千条线，下面一根针'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '上级各部门的任务最后都要由基层一处来落实',
    explanation_zh:
      '上级有千条线，最后都要穿过基层这一根针的针眼，说明基层是所有政策落地的地方，地位重要。基层干部也用它诉说任务繁多、人手有限，并有“上面千把锤，下面一根钉”等变体，为基层减负的讨论常引用它。',
    explanation_en:
      'A thousand threads from above must all pass through the eye of one needle below: every department\'s policy ends up at the township or community, which is why the grassroots matter. Grassroots officials also use it, with variants such as "a thousand hammers above, one nail below", to complain of too many tasks for too few hands.',
    english: { text: 'a thousand threads above, one needle below', official: false },
    gloss_en: 'every department’s work lands on the one grassroots office',
    related: ['wei-ji-ceng-jian-fu'],
    sources: [
      { url: 'http://www.victorzhang.cn/page/2015/0704/22246492.shtml', publisher: 'victorzhang.cn（宋志坚，评论转载）', date: '2015-07-04', note: 'usage in an essay on the grassroots as the point where top-level decisions land' },
      {
        url: 'https://cidian.kuaisou.com/%E4%B8%8A%E9%9D%A2%E5%8D%83%E6%8A%8A%E5%88%80%E3%80%81%E4%B8%8B%E9%9D%A2%E4%B8%80%E9%A2%97%E5%A4%B4',
        publisher: '快搜词典（汇集基层治理评论）',
        note: 'collects the saying and its variants as grassroots officials’ complaint about workload',
      },
    ],
    status: 'verified',
  },
  {
    id: 'yi-mu-san-fen-di',
    term: '一亩三分地',
    aliases: [],
    quotedOnly: ['一亩三分地'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '比喻只顾自己地盘和局部利益的小圈子',
    explanation_zh:
      '一说源于清代皇帝每年“演耕”的一块一亩三分大小的田，后来泛指个人或单位的势力范围和局部利益。区域协调发展的报道常说要打破自家“一亩三分地”的思维，意思是各地不要只盯本地利益，而要分工协作。',
    explanation_en:
      'Said to come from the plot of 1.3 mu that Qing emperors ploughed each spring as a ritual, it came to mean one\'s own turf and narrow interest. Reports on regional coordination, such as Beijing–Tianjin–Hebei, urge places to break out of "their own 1.3 mu" and divide the work instead of guarding local gains.',
    english: { text: 'one’s own patch (parochial turf)', official: false },
    gloss_en: 'one’s own turf and narrow local interest',
    related: [],
    sources: [
      { url: 'http://zgkjsz.com/page/2016/0514/8635450.shtml', publisher: 'zgkjsz.com（《作文评点报》转载）', date: '2016-05-14', note: 'gives the Qing origin and the figurative sense' },
      { url: 'http://m.cqxianglaokan.com/book-read/42691230/6', publisher: 'cqxianglaokan.com（图书节选）', note: 'usage: Beijing must break out of its 一亩三分地 for Beijing–Tianjin–Hebei coordination' },
    ],
    status: 'verified',
  },
  // ── Programmes named by household images ──
  {
    id: 'cai-lan-zi-gong-cheng',
    term: '菜篮子工程',
    aliases: ['菜篮子市长负责制'],
    quotedOnly: ['菜篮子'],
    // 菜篮子: a real shopping basket.
    strictlyQuoted: ['菜篮子'],
    scope: 'national',
    period: { from: 1988 },
    category: 'livelihood',
    gloss_zh: '保障城市肉蛋奶、水产和蔬菜等副食品供应的工程',
    explanation_zh:
      '“菜篮子”指居民买菜的篮子，代指肉、蛋、奶、水产、蔬菜等副食品的供应。农业部1988年提出“菜篮子工程”，1989年起在全国实施，建设副食品生产基地和批发市场，并实行“菜篮子”市长负责制，由城市市长对本地副食品供应负责。',
    explanation_en:
      'The shopping basket stands for the supply of non-staple food: meat, eggs, milk, fish and vegetables. The agriculture ministry proposed the programme in 1988 and it ran nationwide from 1989, building production bases and wholesale markets, with mayors made responsible for their city\'s supply.',
    english: { text: 'vegetable basket programme', official: false },
    gloss_en: 'the programme securing cities’ supply of meat, eggs and vegetables',
    related: ['mi-dai-zi-sheng-zhang-fu-ze-zhi', 'liang-shi-an-quan'],
    sources: [
      { url: 'https://wikim.kfd.me/zh-hant/%E8%8F%9C%E7%AF%AE%E5%AD%90%E5%B7%A5%E7%A8%8B', publisher: 'wikim.kfd.me（维基百科镜像）', note: 'mirror of the Chinese Wikipedia article' },
      { url: 'https://juduo.cc/club/4939589.html', publisher: 'juduo.cc（问答）', note: 'phases of the programme, and the mayor’s responsibility in the first one' },
    ],
    status: 'verified',
  },
  {
    id: 'mi-dai-zi-sheng-zhang-fu-ze-zhi',
    term: '米袋子省长负责制',
    aliases: [],
    quotedOnly: ['米袋子'],
    // 米袋子: a real bag of rice.
    strictlyQuoted: ['米袋子'],
    scope: 'national',
    period: { from: 1994 },
    category: 'rural',
    gloss_zh: '由省长对本省粮食生产和供应负总责的制度',
    explanation_zh:
      '“米袋子”代指老百姓的口粮。1993、1994年部分沿海省份粮食减产、粮价上涨，中央于1994年推出“米袋子”省长负责制，让省级政府对本地粮食供求平衡负责。后来国务院又出台意见建立粮食安全省长责任制，把责任扩展到生产、储备、流通和消费各环节。',
    explanation_en:
      'The rice bag stands for people\'s staple grain. After grain output fell and prices rose in some coastal provinces in 1993 and 1994, Beijing made provincial governors answer for the grain balance of their province from 1994; a later State Council opinion widened this into a governor responsibility system for grain security covering production, reserves, circulation and consumption.',
    english: { text: 'governor responsibility for the rice bag', official: false },
    gloss_en: 'making each provincial governor answer for grain supply',
    related: ['cai-lan-zi-gong-cheng', 'liang-shi-an-quan'],
    sources: [
      { url: 'http://m.moviead.com.cn/news/show.php?itemid=22127', publisher: 'moviead.com.cn（期刊文章转载）', note: 'dates the system to 1994 and explains why it was introduced' },
      {
        url: 'https://yinchuan.baogaosu.com/xinwen/%E4%B8%AD%E5%9B%BD%E8%BF%9B%E4%B8%80%E6%AD%A5%E6%98%8E%E7%A1%AE%E7%B2%AE%E9%A3%9F%E5%AE%89%E5%85%A8%E7%9C%81%E9%95%BF/28743098',
        publisher: 'baogaosu.com（转载中新社）',
        note: 'China News Service report on the State Council opinion on the grain-security governor responsibility system',
      },
    ],
    status: 'verified',
  },
];
