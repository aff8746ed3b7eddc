import type { GlossaryEntry, Source } from '../types';

/*
 * Jargon E: the metaphors and stock phrases of Chinese policy speech that local news uses
 * constantly and a reader with intermediate Chinese does not get from a dictionary: the bones to
 * gnaw, the deep water to wade, the last kilometre, the shop waiter government, the tigers, flies
 * and foxes, the iron gripped until it shows a mark.
 *
 * How these terms were chosen: a list of about 55 candidates was drawn up from the figures of
 * speech that Hunan and Zhuzhou reports repeat (reform, work style, business environment,
 * discipline, development). Each was checked against the forms the glossary already holds
 * (稳中求进, 先立后破, 以进促稳, 先手棋, 钉钉子精神, 腾笼换鸟, 帮办代办, 工业上楼… exist and
 * were skipped) and against CC-CEDICT: where the dictionary already gives the figurative sense and
 * local use adds nothing (主力军, 生力军, 持久战, 重头戏) the candidate was dropped. The rest were
 * searched in stored public web pages (about 55 queries in Chinese; none of them a page the
 * real-news bench measures). A term was kept when the pages showed it in news or official use
 * and at least one page said what it means; 蹄疾步稳, 压茬推进 and 并联审批 are kept as partial
 * because the pages read only use them. Left out for want of a page giving the meaning, or
 * because the bare word is too often literal: 降本增效, 提质增效, 交房即交证, 保姆式服务,
 * 一把手工程, 赛马, 比学赶超, 桥头堡, 风向标, 加速度, 主阵地, 闭环管理, 清单化.
 *
 * 排头兵 (front-rank soldier) was written up and then dropped: measured on local news its bare
 * matches counted as wrong, most likely because Zhuzhou reports use it for the city's own
 * 四个排头兵 slogan, which has its own entry. The variant 补齐短板 was dropped from 补短板 after
 * it too measured as a wrong match.
 *
 * A second short round added three stock phrases of Party discipline and work style:
 * 打铁必须自身硬 and 关键少数 (both defined, with their official English, on China Keywords
 * pages of china.org.cn) and 指尖上的形式主义.
 *
 * 信用修复 and 包容审慎 were written here and, at the same time, in economy-f.ts; the economy-f
 * entries are kept (more sources, one of them a government credit site, and the period).
 *
 * Precision: a form that is also an ordinary word stands only between quotes (硬骨头 a real bone,
 * 深水区 the deep end of a pool, 试验田 a real test plot, 回头看 “look back”, 赶考 an old exam
 * trip, 马上就办 “I'll do it at once”, 店小二 an inn waiter, 最后一公里 the end of a race, 一盘棋
 * a game of chess); the longer phrases that only the figure uses stand anywhere. Meanings come
 * from the pages cited under each entry; wording is ours.
 */

const XINHUA_HARD_BONES_2024: Source = {
  url: 'https://www.xjnnet.com/news/guonei/2024-07-10/271477.html',
  publisher: '新江南网（转载新华社短评《敢于啃硬骨头敢于涉险滩》）',
  date: '2024-07-10',
  note: 'reprint of a Xinhua commentary',
};

const CHINA_KEYWORDS_DEEP_WATER: Source = {
  url: 'http://big5.china.com.cn/gate/big5/guoqing.china.com.cn/keywords/2017-06/20/content_41063192.htm',
  publisher: '中国网·中国关键词',
  date: '2017-06-20',
};

const SHORT_LONG_BOARD_2020: Source = {
  url: 'https://dd0511.com/96/f7/c8898a497399/page.html',
  publisher: 'dd0511.com（转载经济日报）',
  date: '2020-10-15',
  note: 'reprint of an Economic Daily piece',
};

const SHORT_LONG_BOARD_2022: Source = {
  url: 'http://huikunshang.com/2022/0420/645181.shtml',
  publisher: 'huikunshang.com（评论转载）',
  date: '2022-04-20',
  note: 'reprint of a newspaper commentary',
};

const CHINA_KEYWORDS_TIGERS_2019: Source = {
  url: 'http://japanese.china.org.cn/jp/china_key_words/2019-04/15/content_74645995.htm',
  publisher: '中国网日文版·中国关键词',
  date: '2019-04-15',
  note: 'bilingual page; the Chinese text defines tigers, flies and foxes',
};

const NO_DISTURBANCE_2024: Source = {
  url: 'http://cn.huashangw.com/news/727550.html',
  publisher: 'huashangw.com（转载人民日报“金台锐评”）',
  date: '2024-10-31',
  note: 'reprint of a People’s Daily commentary',
};

const SHOP_WAITER_2025: Source = {
  url: 'http://epaper.csjrw.cn/csjrb/20250718/html/content_20250718008004.htm',
  publisher: 'csjrw.cn 电子报',
  date: '2025-07-18',
};

const MAP_BATTLE_SHENYANG_2018: Source = {
  url: 'http://shenyang.baogaosu.com/xinwen/%E6%8C%82%E5%9B%BE%E4%BD%9C%E6%88%98%E5%8E%8B%E5%AE%9E%E8%B4%A3%E4%BB%BB%E6%94%BB%E5%9D%9A%E5%85%8B%E9%9A%BE%E6%B2%88%E9%98%B3/65488735/',
  publisher: 'baogaosu.com（转载沈阳新闻）',
  date: '2018-03-13',
  note: 'reprint of a news report',
};

const XUCHANG_REFORM_2022: Source = {
  url: 'http://xuchang.henanrexian.cn/xuchang/2022/0802/103387.html',
  publisher: '河南热线（许昌报业传媒集团）',
  date: '2022-08-02',
};

/** Metaphors and stock phrases of policy speech. */
export const JARGON_E: readonly GlossaryEntry[] = [
  // ── Reform and its difficulties ──
  {
    id: 'ying-gu-tou',
    term: '硬骨头',
    aliases: ['啃硬骨头', '难啃的硬骨头', '啃下硬骨头'],
    quotedOnly: ['硬骨头'],
    scope: 'national',
    category: 'strategy',
    gloss_zh: '比喻改革和工作中最难办、最容易得罪人的任务',
    explanation_zh:
      '政治话语常说“好吃的肉都吃掉了，剩下的都是难啃的硬骨头”：容易、人人受益的改革已经做完，剩下的是矛盾多、触动既得利益、得罪人的难题。“敢于啃硬骨头”常与“敢于涉险滩”连用，要求干部迎难而上。',
    explanation_en:
      'Policy speech says the tasty meat has been eaten and only the hard bones are left: the easy reforms that pleased everyone are done, and what remains are the problems full of conflict that touch vested interests and make enemies. “Dare to gnaw the hard bones” is often paired with “dare to wade the dangerous shoals” as a call to take on the hardest tasks.',
    english: { text: 'hard bones (to gnaw)', official: false },
    gloss_en: 'the hardest, most thankless tasks left in a reform',
    related: ['shen-shui-qu', 'quan-mian-shen-hua-gai-ge'],
    sources: [
      XINHUA_HARD_BONES_2024,
      { url: 'http://china.chinadaily.com.cn/2017-07/20/content_30185611.htm', publisher: '中国日报网', date: '2017-07-20' },
    ],
    status: 'verified',
  },
  {
    id: 'shen-shui-qu',
    term: '深水区',
    aliases: ['改革深水区', '改革进入深水区', '攻坚期和深水区'],
    quotedOnly: ['深水区'],
    // 深水区: the deep end of a pool or river in drowning warnings.
    strictlyQuoted: ['深水区'],
    scope: 'national',
    category: 'strategy',
    gloss_zh: '比喻改革进入了难度大、风险高、牵动利益深的阶段',
    explanation_zh:
      '“改革进入深水区”把改革比作过河：浅水处可以摸着石头走，到了深水区就踩不到底，剩下的问题牵涉部门利益、难以统一认识，要触动一些人的“奶酪”。常与“攻坚期”“啃硬骨头”“涉险滩”一起出现。',
    explanation_en:
      'Reform is pictured as crossing a river: in the shallows one can feel for stones underfoot, but in the deep water there is no bottom to touch, and the remaining problems involve departmental interests, divided opinion and someone’s “cheese”. It appears together with “the crucial stage”, “hard bones” and “dangerous shoals”.',
    english: { text: 'deep-water zone (of reform)', official: true },
    gloss_en: 'the stage where reform gets hard, risky and touches vested interests',
    related: ['ying-gu-tou', 'quan-mian-shen-hua-gai-ge', 'ding-ceng-she-ji'],
    sources: [
      CHINA_KEYWORDS_DEEP_WATER,
      { url: 'http://finance1.ce.cn/rolling/201310/04/t20131004_1578258.shtml', publisher: '中国经济网', date: '2013-10-04' },
    ],
    status: 'verified',
  },
  {
    id: 'ding-ceng-she-ji',
    term: '顶层设计',
    aliases: ['加强顶层设计'],
    scope: 'national',
    category: 'strategy',
    gloss_zh: '从全局和最高层面统筹规划改革或工作',
    explanation_zh:
      '原是系统工程用语，指从最高层次统筹项目各层次、各要素。2010年党的十七届五中全会提出“更加重视改革顶层设计和总体规划”后成为政治热词，常与“摸着石头过河”相对而又相结合：自上而下的整体谋划配合地方的探索。',
    explanation_en:
      'A systems-engineering term for planning all levels and parts of a project from the top. It became a political buzzword after the 2010 Party plenum asked for more attention to the top-level design of reform, and is set against, and combined with, “crossing the river by feeling for stones”: overall planning from above alongside local experiments.',
    english: { text: 'top-level design', official: true },
    gloss_en: 'planning a reform as a whole from the top down',
    related: ['shen-shui-qu', 'xian-xing-xian-shi', 'quan-mian-shen-hua-gai-ge'],
    sources: [
      { url: 'https://www.qunzh.com/qzxlk/qz/2011/201106/202011/t20201104_78943.html', publisher: '群众杂志（2011年第6期）', date: '2011' },
      { url: 'https://www.cdswdx.cn/ywxx/llhc/content_130836', publisher: '中共常德市委党校网站（转载《改革》）', date: '2014-02-19', note: 'reprint of a journal article' },
      { url: 'http://ce.newdu.com/q7751.html', publisher: 'newdu.com（汉英术语库）', note: 'cites the English rendering in Xi Jinping: The Governance of China (Foreign Languages Press, 2014)' },
    ],
    status: 'verified',
  },
  {
    id: 'xian-xing-xian-shi',
    term: '先行先试',
    aliases: [],
    scope: 'national',
    category: 'strategy',
    gloss_zh: '允许某地或某领域在全面推开前率先试行新政策',
    explanation_zh:
      '改革常用的试点方法：没有现成经验时，先在有限范围大胆探索，行得通再由点到面推广，少走弯路、降低风险。评论也提醒，不能把试点当“帽子”“幌子”，申请热闹而探索很少。',
    explanation_en:
      'The pilot method of Chinese reform: where there is no ready experience, a place or sector tries a new policy first within limits, and what works is then spread from the point to the whole, saving detours and lowering risk. Commentators warn against treating a pilot as a mere label, eagerly sought but little used.',
    english: { text: 'try first, ahead of others', official: false },
    gloss_en: 'trying a policy out in one place before it goes nationwide',
    related: ['shi-yan-tian', 'zi-mao-shi-yan-qu', 'ding-ceng-she-ji'],
    sources: [
      { url: 'https://www.shuzaoed.com/xuexiziliao/yueduxunlian/shw/65636.html', publisher: 'shuzaoed.com（评论转载）', note: 'reprint of a newspaper commentary on pilots in western China' },
      { url: 'http://www.yyykp.com/news/fj/3063438.html', publisher: 'yyykp.com（评论转载）', note: 'reprint of a Fujian commentary on pilots' },
    ],
    status: 'verified',
  },
  {
    id: 'shi-yan-tian',
    term: '试验田',
    aliases: ['改革试验田', '政策试验田'],
    quotedOnly: ['试验田'],
    // 试验田: a farm's experimental field.
    strictlyQuoted: ['试验田'],
    scope: 'national',
    category: 'strategy',
    gloss_zh: '比喻先行试点改革或新做法的地方或单位',
    explanation_zh:
      '本义是做农业试验的田块，引申为改革试点：先在一块“试验田”里试，见效后再推广。评论常说，试点就是为改革选定“试验田”，验证有效后再决定是否推广、如何推广。',
    explanation_en:
      'Literally a plot for farming trials; figuratively the place or unit where a reform is tried first, to be spread if it works. Commentators say a pilot means choosing a test field for reform and deciding after the trial whether and how to extend it.',
    english: { text: 'experimental plot (for reform)', official: false },
    gloss_en: 'a place where a new policy is tried first',
    related: ['xian-xing-xian-shi', 'zi-mao-shi-yan-qu'],
    sources: [
      { url: 'https://m.hao86.com/ciyu_ask_9854c243ac9854c2_content', publisher: 'hao86.com（词语释义）' },
      { url: 'http://www.yyykp.com/news/fj/3063438.html', publisher: 'yyykp.com（评论转载）', note: 'reprint of a Fujian commentary on pilots' },
    ],
    status: 'verified',
  },
  {
    id: 'ti-ji-bu-wen',
    term: '蹄疾步稳',
    aliases: ['蹄疾而步稳'],
    scope: 'national',
    category: 'strategy',
    gloss_zh: '推进改革既要快，又要稳',
    explanation_zh:
      '字面是马蹄快而步子稳，用来要求改革节奏：不失时机、加快推进，同时方向要准、不犯颠覆性错误。常与“胆子要大、步子要稳”的说法相通。',
    explanation_en:
      'Literally hooves quick but steps steady: reform should move fast and seize its chances while keeping its direction and avoiding fatal mistakes. It echoes the saying that reform needs bold courage and steady steps.',
    english: { text: 'quick hooves, steady steps', official: false },
    gloss_en: 'reforming fast but steadily',
    related: ['quan-mian-shen-hua-gai-ge', 'shen-shui-qu'],
    sources: [
      { url: 'https://zgxah.com/c/2022/01/16/116-458986.html', publisher: 'zgxah.com（转载《每日一习话》）', date: '2022-01-16', note: 'quotes a 2020 speech using the phrase' },
      { url: 'http://m.handmsg.com/page/2015/1129/12002195.shtml', publisher: 'handmsg.com（转载2014年答俄罗斯电视台问）', date: '2015-11-29', note: 'reprint; on bold courage and steady steps in reform' },
    ],
    status: 'partial',
    missing: 'the pages read use the phrase without defining it; the reading follows its wording and the related saying on bold courage and steady steps',
    missing_zh: '所读页面只使用这一说法而未加解释，释义依据字面和“胆子要大、步子要稳”的相关说法。',
  },
  // ── Work style ──
  {
    id: 'zhua-tie-you-hen',
    term: '抓铁有痕',
    aliases: ['踏石留印', '踏石留印、抓铁有痕', '抓铁有痕、踏石留印'],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '抓工作要用力到留下印迹，落实见实效',
    explanation_zh:
      '踩石头要踩出脚印，抓铁块要抓出痕迹：比喻抓落实要下狠劲、见实效，不走过场。最常用于作风建设和落实中央八项规定精神的报道。',
    explanation_en:
      'Step on stone hard enough to leave a footprint, grip iron hard enough to leave a mark: work must be pushed with real force until it shows results, not done for show. It is most used in reports on work style and the Eight-point Rules.',
    english: { text: 'leave a mark on iron, a print on stone', official: false },
    gloss_en: 'pushing work so hard it leaves visible results',
    related: ['ding-ding-zi-jing-shen', 'zhong-yang-ba-xiang-gui-ding', 'jiu-jiu-wei-gong'],
    sources: [
      { url: 'https://epaper.gmw.cn/wzb/html/2022-12/14/nw.D110000wzb_20221214_2-01.htm?div=-1', publisher: '光明日报·文摘报（摘中国纪检监察报）', date: '2022-12-14' },
      { url: 'http://m.fjndwb.com/yxwd/202506/596201.html', publisher: 'fjndwb.com（释义）', date: '2025-06' },
      XUCHANG_REFORM_2022,
    ],
    status: 'verified',
  },
  {
    id: 'jiu-jiu-wei-gong',
    term: '久久为功',
    aliases: [],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '长期坚持不懈才能见成效',
    explanation_zh:
      '意思是做事要持之以恒、锲而不舍，功效靠长期积累。习近平早在宁德工作时就用它要求为群众办实事，后来多次用于改革、生态、作风建设，与“一张蓝图绘到底”“钉钉子精神”意思相近。',
    explanation_en:
      'Results come only from long, unremitting effort. Xi Jinping used it as early as his years in Ningde about doing practical things for people, and later for reform, ecology and work style; it is close to “one blueprint to the end” and the “nail-driving spirit”.',
    english: { text: 'success comes from persistent effort', official: false },
    gloss_en: 'keep at it for a long time and it will pay off',
    related: ['ding-ding-zi-jing-shen', 'yi-zhang-lan-tu', 'gong-cheng-bu-bi-zai-wo'],
    sources: [
      { url: 'http://www.hngjgs.cn/djcj/shownews.php?id=249', publisher: 'hngjgs.cn（转载中国纪检监察报）', date: '2020-05-18', note: 'reprint' },
      { url: 'https://baike.baidu.hk/item/%E4%B9%85%E4%B9%85%E7%82%BA%E5%8A%9F/4267919', publisher: '百度百科（香港）' },
    ],
    status: 'verified',
  },
  {
    id: 'yi-zhang-lan-tu',
    term: '一张蓝图绘到底',
    aliases: ['一张蓝图干到底', '一张好的蓝图一干到底', '一张蓝图绘到底、一任接着一任干'],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '好的规划定下后历任领导接力干下去，不推倒重来',
    explanation_zh:
      '源自习近平2013年在十八届二中全会上的讲话“政贵有恒”：科学、符合实际的蓝图，要一任接着一任干，保持工作的稳定性和连续性。批评的是新官上任另起炉灶、朝令夕改。',
    explanation_en:
      'From Xi Jinping’s 2013 speech that good government values constancy: a sound blueprint should be carried on by one leadership after another, keeping work stable and continuous. It is aimed at officials who scrap their predecessors’ plans and start over.',
    english: { text: 'carry one blueprint through to the end', official: false },
    gloss_en: 'sticking to one good plan across changes of leaders',
    related: ['jiu-jiu-wei-gong', 'xin-guan-bu-li-jiu-zhang', 'gong-cheng-bu-bi-zai-wo'],
    sources: [
      { url: 'http://hans2015.com/story/yizhanglantugandaodi.html', publisher: 'hans2015.com（转引《习近平谈治国理政》第一卷）', note: 'quotes the 2013-02-28 speech' },
      { url: 'https://tv.chinacourt.org/71185.html', publisher: '中国法院网（转载央视新闻联播）', date: '2023-08-21' },
    ],
    status: 'verified',
  },
  {
    id: 'gong-cheng-bu-bi-zai-wo',
    term: '功成不必在我',
    aliases: ['功成必定有我'],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '干事不求功劳归自己，但成功中一定有自己的付出',
    explanation_zh:
      '“功成不必在我，功成必定有我”：伟大事业要一任接一任、一代接一代去干，不必计较成果是否记在自己名下，但自己那份力不能缺。前一句与胡适1932年“成功不必在我，而功力必不唐捐”的说法相近。',
    explanation_en:
      'Success need not be credited to me, but my effort must be in it: great tasks take one term and one generation after another, so officials should not care whether the results bear their name, only that they did their part. The first half is close to a line Hu Shi wrote in 1932.',
    english: { text: 'success need not come in my time, but it will have my part in it', official: false },
    gloss_en: 'work for results others may reap',
    related: ['yi-zhang-lan-tu', 'jiu-jiu-wei-gong'],
    sources: [
      { url: 'http://wap.xinmin.cn/content/31406207.html', publisher: '新民晚报', date: '2018-07-12' },
      { url: 'http://dzzkw.org.cn/show-33-49514-1.html', publisher: 'dzzkw.org.cn（评论）' },
    ],
    status: 'verified',
  },
  {
    id: 'xin-guan-bu-li-jiu-zhang',
    term: '新官不理旧账',
    aliases: ['新官理旧账'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '新任官员不认前任的承诺、合同和遗留问题',
    explanation_zh:
      '指地方主要领导换人后，前任答应的优惠、签好的合同、定下的规划不再兑现，或对遗留问题推诿不管，损害政府信用和营商环境。2017年政府工作报告提出“决不能新官不理旧账”，2023年修订的党纪处分条例对此也有追责规定。',
    explanation_en:
      'When a new local leader takes over and refuses to honour the incentives, contracts and plans of the predecessor, or shrugs off problems left behind, hurting the government’s credibility and the business climate. The 2017 government work report said this must never happen, and the Party’s disciplinary rules as revised in 2023 punish it.',
    english: { text: 'new officials ignoring old debts', official: false },
    gloss_en: 'a new official refusing a predecessor’s commitments',
    related: ['ying-shang-huan-jing', 'yi-zhang-lan-tu'],
    sources: [
      { url: 'http://www.gov.cn/xinwen/2017-03/07/content_5174277.htm', publisher: '中国政府网（新华社）', date: '2017-03-07' },
      { url: 'https://www.rmlt.com.cn/2025/1231/745104.shtml', publisher: '人民论坛网', date: '2025-12-31' },
    ],
    status: 'verified',
  },
  {
    id: 'ma-shang-jiu-ban',
    term: '马上就办',
    aliases: ['马上就办精神'],
    quotedOnly: ['马上就办'],
    // 马上就办: "do it at once", said of any task.
    strictlyQuoted: ['马上就办'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '接到事情立即办理、讲求效率的工作作风',
    explanation_zh:
      '习近平1990年起任福州市委书记时倡导的作风，起于推动马尾开发区建设时“特事特办，马上就办”的要求，这四个字后来刻在福州市委大院里。现在各地用它要求机关提高效率、不拖不推。',
    explanation_en:
      'A work style Xi Jinping promoted as Party chief of Fuzhou from 1990, starting from his demand that matters of the Mawei development zone be handled specially and at once; the four characters were later set up in the city Party committee’s compound. Local governments now use it to demand speed and no buck-passing.',
    english: { text: 'do it right away', official: false },
    gloss_en: 'handling things at once, without delay',
    related: ['zui-duo-pao-yi-ci'],
    sources: [
      { url: 'http://huasons.nownews.com/20150313-48786/', publisher: 'NOWnews今日新闻（转载中共新闻网）', date: '2015-03-13', note: 'reprint' },
      { url: 'http://zgkjsz.com/page/2016/0530/22176044.shtml', publisher: 'zgkjsz.com（期刊文章转载）', date: '2016-05-30', note: 'reprint of a magazine article' },
    ],
    status: 'verified',
  },
  {
    id: 'gua-tu-zuo-zhan',
    term: '挂图作战',
    aliases: ['作战图'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '把任务、时间节点和责任人画成图挂出来，按图推进',
    explanation_zh:
      '借用军队指挥的说法：把重点工作或项目做成“作战图”，横向定时间进度，纵向定责任人，挂上墙逐项推进，完成的标红旗、超期的亮黑旗，以图倒逼进度和落实。',
    explanation_en:
      'Borrowed from military command: key tasks or projects are drawn up as a “battle map” with deadlines on one axis and the officials responsible on the other, hung on the wall and ticked off item by item, so that the chart itself presses for progress.',
    english: { text: 'fighting by the wall map', official: false },
    gloss_en: 'tracking tasks on a posted chart of deadlines and names',
    related: ['ding-ding-zi-jing-shen'],
    sources: [
      MAP_BATTLE_SHENYANG_2018,
      { url: 'http://laixinews.com/lxbd/mlzc/2021-11-16/47693.html', publisher: '莱西新闻网', date: '2021-11-16' },
      XUCHANG_REFORM_2022,
    ],
    status: 'verified',
  },
  {
    id: 'ya-cha-tui-jin',
    term: '压茬推进',
    aliases: [],
    scope: 'national',
    category: 'governance',
    gloss_zh: '一项接一项、前后衔接不留空档地推进工作',
    explanation_zh:
      '“茬”是庄稼收割后留下的根茬，前茬收了后茬接着种。“压茬推进”用来要求各项任务环环相扣、一轮接一轮，不停顿、不断档，常与“倒排工期”并用。',
    explanation_en:
      'The word for stubble is used in farming for one crop following another in the same field; here it asks that tasks follow one another without a gap, one round after the next. It often stands next to “scheduling backwards from the deadline”.',
    english: { text: 'pressing ahead crop after crop', official: false },
    gloss_en: 'pushing tasks forward one after another without gaps',
    related: ['gua-tu-zuo-zhan'],
    sources: [
      { url: 'http://www.cqyz.gov.cn/zwxx_229/yzyw/202405/t20240527_13236919.html', publisher: '重庆市渝中区人民政府', date: '2024-05-27' },
    ],
    status: 'partial',
    missing: 'the cited page only uses the phrase; the reading from the farming sense of stubble is ours',
    missing_zh: '所引页面只使用这一说法，从农业“茬口”引申的解释是我们的理解。',
  },
  {
    id: 'jie-pou-ma-que',
    term: '解剖麻雀',
    aliases: ['解剖一个麻雀'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '深入剖析一个典型，以小见大地调查研究',
    explanation_zh:
      '毛泽东提倡的调查方法：麻雀虽小、五脏俱全，把一个有代表性的村、厂或单位细细剖析透，就能由一点知全貌。今天多见于“大兴调查研究”的报道，与走马看花相对。',
    explanation_en:
      'An investigation method Mao Zedong promoted: a sparrow is small but has all the organs, so dissecting one typical village, factory or unit in depth reveals the whole picture. It now appears in reports on field research by officials, as the opposite of looking at flowers from horseback.',
    english: { text: 'dissecting a sparrow', official: false },
    gloss_en: 'studying one typical case in depth to understand the whole',
    related: ['da-xing-diao-cha-yan-jiu', 'si-xia-ji-ceng'],
    sources: [
      { url: 'http://www.handmsg.com/page/2022/0203/16484007.shtml', publisher: 'handmsg.com（期刊文章转载）', date: '2022-02-03', note: 'reprint of a journal article on Mao’s investigations' },
      { url: 'https://www.zi5.net/book/chapter/72118/133.html', publisher: 'zi5.net（毛泽东语录释读）', note: 'quotes a 1956 talk in the Selected Works of Mao Zedong, vol. 7' },
    ],
    status: 'verified',
  },
  // ── Discipline ──
  {
    id: 'da-hu-pai-ying-lie-hu',
    term: '打虎拍蝇猎狐',
    aliases: ['打虎、拍蝇、猎狐', '老虎苍蝇一起打', '打老虎拍苍蝇'],
    quotedOnly: ['打虎', '拍蝇', '猎狐'],
    // 打虎: "fight a tiger" (武松打虎).
    // 猎狐: "fox hunting".
    strictlyQuoted: ['打虎', '猎狐'],
    scope: 'national',
    category: 'discipline',
    gloss_zh: '查处高官、整治基层腐败、追捕外逃人员',
    explanation_zh:
      '反腐败的三个比喻：“老虎”指位高权重的腐败官员，“苍蝇”指群众身边的基层腐败干部，“狐狸”指外逃的涉案公职人员。党的十八大以来，三者一起抓，既查大案，也治基层“微腐败”，并在海外追逃追赃。',
    explanation_en:
      'Three anti-corruption metaphors: “tigers” are high-ranking corrupt officials, “flies” are corrupt grassroots cadres close to ordinary people, and “foxes” are suspects who fled abroad. Since 2012 all three have been pursued together: big cases, petty local graft, and fugitives and their money overseas.',
    english: { text: 'hunting tigers, swatting flies, catching foxes', official: false },
    gloss_en: 'going after top officials, petty local graft and fugitives abroad',
    related: ['zheng-feng-su-ji', 'zhong-yang-xun-shi'],
    sources: [
      CHINA_KEYWORDS_TIGERS_2019,
      { url: 'https://www.xout.cn/shbk/202509/440193.html', publisher: 'xout.cn（释义）', date: '2025-09' },
    ],
    status: 'verified',
  },
  {
    id: 'yao-er-che-xiu',
    term: '咬耳扯袖',
    aliases: ['红脸出汗', '咬耳扯袖、红脸出汗', '红红脸、出出汗'],
    scope: 'national',
    category: 'discipline',
    gloss_zh: '对党员干部的小毛病及时提醒、批评，防微杜渐',
    explanation_zh:
      '监督执纪“四种形态”中第一种的形象说法：对苗头性问题凑近耳边提醒、拉拉袖子，对轻微问题当面批评到对方脸红出汗，让批评和自我批评成为常态，不等小错酿成大错。',
    explanation_en:
      'The image for the first of the “four forms” of Party discipline: whisper a warning in the ear and tug at the sleeve when a problem first shows, and criticise small faults until the person blushes and sweats, so that criticism is routine and small mistakes do not grow into big ones.',
    english: { text: 'a word in the ear, a tug at the sleeve', official: false },
    gloss_en: 'early warnings and frank criticism for small faults',
    related: ['si-zhong-xing-tai', 'zheng-feng-su-ji'],
    sources: [
      { url: 'http://18959089220.com/eamybjrrec.html', publisher: '18959089220.com（释义）' },
      { url: 'https://e-com-net.com/article/1746425651058982912.htm', publisher: 'e-com-net.com（纪检干部评论转载）', note: 'reprint of a commentary' },
    ],
    status: 'verified',
  },
  {
    id: 'hui-tou-kan',
    term: '回头看',
    aliases: ['巡视回头看', '巡察回头看', '整改回头看'],
    quotedOnly: ['回头看'],
    // 回头看: bare 回头看 is "to look back".
    strictlyQuoted: ['回头看'],
    scope: 'national',
    category: 'discipline',
    gloss_zh: '对已检查、已整改过的地方再检查一次，看问题是否真改了',
    explanation_zh:
      '原用于巡视：对已巡视过的地方杀个“回马枪”，检查当初发现的问题有无遗漏、整改是否落实，防止虚假整改和反弹。2016年中央巡视对辽宁、安徽、山东、湖南四省开展“回头看”，是十八大以来的第一次，现在各类专项整治都常安排这一步。',
    explanation_en:
      'First used for Party inspections: going back to a place already inspected to check whether problems were missed and whether the promised fixes were made, so that sham rectification and relapses are caught. Central inspectors did this for the first time since 2012 in 2016, in Liaoning, Anhui, Shandong and Hunan; campaigns of all kinds now include the step.',
    english: { text: 'looking back (follow-up inspection)', official: false },
    gloss_en: 'a second inspection to check that fixes were really made',
    related: ['zhong-yang-xun-shi', 'xun-cha'],
    sources: [
      { url: 'http://news.sohu.com/20160223/n438277189.shtml', publisher: '搜狐新闻（转载澎湃新闻）', date: '2016-02-23', note: 'reprint' },
      { url: 'http://lcjjjc.gov.cn/info-138-10311.html', publisher: '临沧市纪委监委网站', date: '2021-04-19' },
    ],
    status: 'verified',
  },
  // ── Leading and model roles ──
  {
    id: 'da-tie-bi-xu-zi-shen-ying',
    term: '打铁必须自身硬',
    aliases: ['打铁还需自身硬'],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '要领导别人、管好别人，党自己先要过硬',
    explanation_zh:
      '俗语“打铁还需自身硬”，意思是要从自己做起、以身作则。习近平2012年11月15日在十八大后的中外记者见面会上引用它，强调加强党的自身建设；2017年党的十九大报告把“还需”改成“必须”，表示全面从严治党的决心更坚定。',
    explanation_en:
      'An old saying that it takes a hard blacksmith to forge iron: start with yourself and lead by example. Xi Jinping quoted it when meeting the press after the 18th Party Congress on 15 November 2012, to stress that the Party must put its own house in order, and the 2017 congress report turned “still needs” into “must”, a firmer pledge of strict Party discipline.',
    english: { text: 'It takes a good blacksmith to make good tools', official: true },
    gloss_en: 'the Party must be strong and clean itself before it can lead',
    related: ['quan-mian-cong-yan-zhi-dang', 'zi-wo-ge-ming', 'guan-jian-shao-shu'],
    sources: [
      { url: 'http://keywords.china.org.cn/2019-04/19/content_74696585.html', publisher: '中国网·中国关键词', date: '2019-04-19' },
      { url: 'https://thepaper.cn/newsDetail_forward_1857412', publisher: '澎湃新闻（转载中国纪检监察杂志）', date: '2017-11-09', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'guan-jian-shao-shu',
    term: '关键少数',
    aliases: ['抓住关键少数'],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '指对全局起关键作用的领导干部，尤其是各级主要负责人',
    explanation_zh:
      '习近平2015年2月在省部级干部研讨班上提出，全面依法治国必须抓住领导干部这个“关键少数”，此后推广到从严治党、作风建设等各方面。意思是领导干部既负领导责任也负示范责任，管住、带好这些人，才能带动“绝大多数”。',
    explanation_en:
      'Xi Jinping said in February 2015 that governing by law must focus on leading officials as the “key minority”, and the idea spread to Party discipline and work style. Leading officials carry both the duty to lead and the duty to set an example, so holding them to account is how the great majority are brought along.',
    english: { text: 'key minority (of officials in important positions)', official: true },
    gloss_en: 'the leading officials whose example decides everything else',
    related: ['quan-mian-yi-fa-zhi-guo', 'quan-mian-cong-yan-zhi-dang', 'niu-bi-zi', 'ling-tou-yan'],
    sources: [
      { url: 'http://keywords.china.org.cn/2018-11/30/content_74227007.html', publisher: '中国网·中国关键词', date: '2018-11-30' },
      { url: 'http://rmlt.com.cn/2016/0502/424657.shtml', publisher: '人民论坛网', date: '2016-05-02' },
    ],
    status: 'verified',
  },
  {
    id: 'zhi-jian-shang-de-xing-shi-zhu-yi',
    term: '指尖上的形式主义',
    aliases: [],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '政务App、公众号、工作群里的打卡、留痕、排名等形式主义',
    explanation_zh:
      '指形式主义在数字化条件下的新变种：强制基层干部下载政务App、关注公众号、在工作群里打卡接龙、拍照留痕、刷积分排名，占去大量时间却无实效。2023年12月中央网信委印发防治“指尖上的形式主义”的意见，共16条，禁止强制使用、过度留痕、滥用排名和多头填报。',
    explanation_en:
      'Formalism in digital dress: grassroots officials forced to install government apps, follow official accounts, check in on work chat groups, upload photos as proof and chase points rankings, which eats their time and achieves nothing. In December 2023 the central cyberspace commission issued 16 rules against it, banning forced use, excessive record-keeping, abuse of rankings and repeated form-filling.',
    english: { text: 'fingertip formalism', official: false },
    gloss_en: 'pointless app check-ins and online box-ticking imposed on local officials',
    related: ['wei-ji-ceng-jian-fu', 'si-feng'],
    sources: [
      { url: 'https://news.shi-fen.com/china/202401/50-1558093.html', publisher: 'shi-fen.com（转载中国新闻周刊）', date: '2024-01', note: 'reprint of a China Newsweek report' },
      { url: 'https://www.zyshgzb.gov.cn/n1/2025/0714/c460702-40521337.html', publisher: 'zyshgzb.gov.cn（评论）', date: '2025-07-14' },
    ],
    status: 'verified',
  },
  {
    id: 'ling-tou-yan',
    term: '领头雁',
    aliases: ['头雁效应'],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '比喻起带头作用的领导干部或带头人',
    explanation_zh:
      '雁群飞行时由头雁领飞，群雁跟飞。政治话语用“领头雁”称一把手、村党组织书记等带头人，“头雁效应”指领导以身作则、带动整个队伍。',
    explanation_en:
      'A flock of wild geese follows the goose at the head of the formation. Policy speech calls top leaders and village Party secretaries “lead geese”, and the “lead-goose effect” is a leader setting the example that pulls the whole team along.',
    english: { text: 'lead goose', official: false },
    gloss_en: 'a leader who sets the example for the group',
    related: [],
    sources: [
      { url: 'https://www.zaoci.top/tong/a65667a7b464c8da.html', publisher: 'zaoci.top（词语释义）' },
      { url: 'http://www.guciyun.cn/article/TqbslV_iNxiFNKQMtWN', publisher: 'guciyun.cn（评论转载）', note: 'reprint of a commentary on leaders and the lead-goose effect' },
    ],
    status: 'verified',
  },
  {
    id: 'gan-kao',
    term: '赶考',
    aliases: ['进京赶考', '赶考之路', '新的赶考之路'],
    quotedOnly: ['赶考'],
    scope: 'national',
    category: 'party-building',
    gloss_zh: '比喻共产党执政要经受人民的考验',
    explanation_zh:
      '1949年3月中共中央离开西柏坡去北平时，毛泽东说这是“进京赶考”，并说“决不当李自成”。习近平多次重提这个比喻，说党面临的“赶考”远未结束，2021年又提出党踏上了“新的赶考之路”。',
    explanation_en:
      'In March 1949, leaving Xibaipo for Beijing, Mao Zedong called the move “going to the capital to sit the exam” and said the Party would not end up like the rebel Li Zicheng. Xi Jinping has revived the image, saying the Party’s exam is far from over, and in 2021 spoke of a new road to the exam.',
    english: { text: 'going to sit the exam', official: false },
    gloss_en: 'the Party’s rule seen as an exam set by history and the people',
    related: [],
    sources: [
      { url: 'http://cedar-test.cn/2021/0813/622043.shtml', publisher: 'cedar-test.cn（报刊文章转载）', date: '2021-08-13', note: 'reprint of a newspaper feature' },
      { url: 'http://www.victorzhang.cn/page/2019/0819/10868135.shtml', publisher: 'victorzhang.cn（期刊文章转载）', date: '2019-08-19', note: 'reprint of a magazine article' },
    ],
    status: 'verified',
  },
  {
    id: 'pu-jiang-jing-yan',
    term: '浦江经验',
    aliases: [],
    scope: 'national',
    period: { from: 2003 },
    category: 'governance',
    gloss_zh: '领导干部主动下基层接访、就地解决群众诉求的做法',
    explanation_zh:
      '2003年时任浙江省委书记习近平把浦江县作为领导干部下访接待群众的第一站，开创省级领导下访的先例，形成“变群众上访为领导下访，深入基层，联系群众，真下真访民情，实心实意办事”的经验。常与自下而上的“枫桥经验”并提。',
    explanation_en:
      'In 2003 Xi Jinping, then Zhejiang Party chief, chose Pujiang county as the first stop of leaders going down to receive petitioners, the first time a provincial leader did so; the lesson drawn is that leaders should go to the people instead of people petitioning upward, and settle problems on the spot. It is paired with the bottom-up “Fengqiao experience”.',
    english: { text: 'Pujiang experience', official: false },
    gloss_en: 'leaders going down to meet petitioners and solve problems locally',
    related: ['feng-qiao-jing-yan', 'si-xia-ji-ceng'],
    sources: [
      { url: 'https://tv.chinacourt.org/71185.html', publisher: '中国法院网（转载央视新闻联播）', date: '2023-08-21' },
      { url: 'http://m.liuliang163.com/2023/0802/679432.shtml', publisher: 'liuliang163.com（评论转载）', date: '2023-08-02', note: 'reprint' },
    ],
    status: 'verified',
  },
  // ── Development and economy ──
  {
    id: 'bu-duan-ban',
    term: '补短板',
    aliases: [],
    scope: 'national',
    category: 'economy',
    gloss_zh: '弥补发展中的薄弱环节',
    explanation_zh:
      '出自“木桶效应”：木桶盛水多少取决于最短的那块板。政策中指集中力量补上产业链关键技术、部件、材料以及民生、区域发展的薄弱处，常与“锻长板”配对使用。',
    explanation_en:
      'From the barrel image: a barrel holds only as much water as its shortest stave allows. In policy it means concentrating on the weak links, such as missing key technologies, parts and materials in an industrial chain or lagging public services, and is paired with “forging the long boards”.',
    english: { text: 'shoring up weak links', official: false },
    gloss_en: 'fixing the weakest parts first',
    related: ['duan-chang-ban', 'ka-bo-zi'],
    sources: [SHORT_LONG_BOARD_2020, SHORT_LONG_BOARD_2022],
    status: 'verified',
  },
  {
    id: 'duan-chang-ban',
    term: '锻长板',
    aliases: ['锻造长板'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '把已有的优势做得更强',
    explanation_zh:
      '与“补短板”相对：把自身的比较优势发展成竞争优势，让长板更长，例如强化已有领先地位的产业和核心技术。评论认为锻长板往往是补短板能力的来源。',
    explanation_en:
      'The counterpart of fixing weak links: turning existing advantages into competitive strengths and making the long boards longer, such as industries and core technologies where one already leads. Commentators argue that the strength to fix weaknesses often comes from this.',
    english: { text: 'forging longer boards (building on strengths)', official: false },
    gloss_en: 'making existing strengths even stronger',
    related: ['bu-duan-ban'],
    sources: [SHORT_LONG_BOARD_2020, SHORT_LONG_BOARD_2022],
    status: 'verified',
  },
  {
    id: 'zu-he-quan',
    term: '组合拳',
    aliases: ['政策组合拳', '打好组合拳'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '多项政策措施配套协同、一起出手',
    explanation_zh:
      '借用拳击里连续出拳的说法，指财政、货币、就业、产业等多种政策同时出台、相互配合，形成合力，避免单项政策“单打独斗”或相互掣肘。2025年政府工作报告要求“打好政策‘组合拳’”。',
    explanation_en:
      'A boxing combination: fiscal, monetary, employment, industrial and other measures launched together and coordinated so that they add up rather than act alone or get in each other’s way. The 2025 government work report asked for a good “combination punch” of policies.',
    english: { text: 'combination punch (of policies)', official: false },
    gloss_en: 'a coordinated package of measures',
    related: ['yi-pan-qi'],
    sources: [
      { url: 'http://www.rmzxw.com.cn/c/2025-03-07/3690806.shtml', publisher: '人民政协网', date: '2025-03-07' },
      { url: 'http://cn.huashangw.com/news/742408.html', publisher: 'huashangw.com（转载经济日报）', date: '2025-04-25', note: 'reprint of an Economic Daily piece' },
    ],
    status: 'verified',
  },
  {
    id: 'yi-pan-qi',
    term: '一盘棋',
    aliases: ['全国一盘棋', '全省一盘棋', '全市一盘棋'],
    quotedOnly: ['一盘棋'],
    scope: 'national',
    category: 'strategy',
    gloss_zh: '从全局出发统一谋划，各地各部门服从整体',
    explanation_zh:
      '把国家或一省看作一盘棋，各地各部门都是棋子，要从全局统筹、协同行动，而不是各自为政。“坚持全国一盘棋，调动各方面积极性，集中力量办大事”被列为国家制度的显著优势之一。',
    explanation_en:
      'The country or a province is seen as one game of chess in which every region and department is a piece: plans are made for the whole and everyone moves in concert rather than alone. Treating the country as one chessboard to concentrate resources on big tasks is listed among the strengths of China’s system.',
    english: { text: 'the whole country as one chessboard', official: false },
    gloss_en: 'planning and acting as one whole, not piece by piece',
    related: ['zu-he-quan', 'quan-guo-tong-yi-da-shi-chang'],
    sources: [
      { url: 'https://www.msweekly.com/show.html?id=176937', publisher: '民生周刊（转载人民日报）', date: '2025-10-22', note: 'reprint' },
      { url: 'http://m.handmsg.com/page/2021/0211/18436419.shtml', publisher: 'handmsg.com（期刊文章转载）', date: '2021-02-11', note: 'reprint of a journal article' },
    ],
    status: 'verified',
  },
  {
    id: 'fang-shui-yang-yu',
    term: '放水养鱼',
    aliases: [],
    scope: 'national',
    category: 'economy',
    gloss_zh: '政府减税降费、让利企业，帮助企业成长',
    explanation_zh:
      '字面是往池里放水来养鱼，比喻政府减税降费、让利给企业（鱼），让企业恢复活力、发展壮大。多见于减税降费和扶持市场主体的报道。',
    explanation_en:
      'Literally filling the pond to raise fish: the government cuts taxes and fees so that firms (the fish) regain strength and grow. It appears in reports on tax and fee cuts and support for businesses.',
    english: { text: 'adding water to raise fish', official: false },
    gloss_en: 'cutting taxes and fees so businesses can grow',
    related: ['ying-shang-huan-jing'],
    sources: [
      { url: 'http://songyun.org/en/node?page=240', publisher: 'songyun.org（中文新词日文解说）', date: '2018-03-26', note: 'Japanese-language note on the 2018 government work report' },
    ],
    status: 'verified',
  },
  {
    id: 'feng-huang-nie-pan',
    term: '凤凰涅槃',
    aliases: ['凤凰涅槃、浴火重生'],
    scope: 'national',
    category: 'economy',
    gloss_zh: '比喻经过痛苦的转型改造获得新生',
    explanation_zh:
      '凤凰浴火重生的传说，在经济话语中与“腾笼换鸟”合称“两只鸟”：习近平2004年在浙江提出，要以“凤凰涅槃、浴火重生”的勇气摆脱粗放增长，对产业进行脱胎换骨的改造。',
    explanation_en:
      'The phoenix reborn from fire; in economic speech it is one of the “two birds” with “emptying the cage for new birds”, which Xi Jinping set out in Zhejiang in 2004: find the courage of the phoenix to leave extensive growth behind and remake industry from the bottom up.',
    english: { text: 'phoenix reborn from the flames', official: false },
    gloss_en: 'painful transformation that brings a new start',
    related: ['teng-long-huan-niao', 'xin-zhi-sheng-chan-li'],
    sources: [
      { url: 'https://zjnews.zjol.com.cn/zjxc/202304/t20230423_25664012.shtml', publisher: '浙江在线（浙江宣传）', date: '2023-04-23' },
      { url: 'http://zjrb.zjol.com.cn/html/2024-07/17/content_3755991.htm?div=-1', publisher: '浙江日报', date: '2024-07-17' },
    ],
    status: 'verified',
  },
  {
    id: 'xin-sai-dao',
    term: '新赛道',
    aliases: ['新领域新赛道'],
    scope: 'national',
    category: 'industry',
    gloss_zh: '新兴产业和未来产业中尚未定局、可抢先布局的领域',
    explanation_zh:
      '把产业竞争比作赛跑：新技术、新场景催生的新产业就是新的跑道，大家起点相近，谁先布局谁就可能领先。党的二十大报告提出“开辟发展新领域新赛道”，量子科技、生命科学等常被称作未来产业新赛道。',
    explanation_en:
      'Industrial competition pictured as a race: industries born of new technologies and uses are new tracks where everyone starts close together and whoever moves first may lead. The 20th Party Congress report called for opening new fields and new tracks, and quantum technology and life sciences are often named as such tracks for future industries.',
    english: { text: 'new racetrack (new industries)', official: false },
    gloss_en: 'a new industry where the race is still open',
    related: ['wei-lai-chan-ye', 'xin-zhi-sheng-chan-li'],
    sources: [
      { url: 'https://wxredian.com/art?id=a307439ec569bad7e852a821c171d373', publisher: 'wxredian.com（转载《中国高新区》杂志）', date: '2024-09-25', note: 'reprint of a magazine article' },
      { url: 'http://zj.news.cn/20260119/eebb1cb3b0574517a398caeaad9c1e78/c.html', publisher: '新华网（《瞭望》新闻周刊）', date: '2026-01-19' },
    ],
    status: 'verified',
  },
  {
    id: 'jin-ming-pian',
    term: '金名片',
    aliases: ['城市金名片'],
    scope: 'national',
    category: 'culture',
    gloss_zh: '最能代表一个地方、让外界认识它的品牌',
    explanation_zh:
      '名片让人一看就知道你是谁，“金名片”指一个城市或地区最亮眼、最有代表性、让外界记住它的品牌。上海打响服务、制造、购物、文化“四大品牌”，就被评论称为擦亮城市品牌金名片。',
    explanation_en:
      'A business card tells people at a glance who you are; a “golden card” is the brand that best represents a city or region and makes outsiders remember it. Shanghai’s drive for four city brands (services, manufacturing, shopping, culture) was described as polishing its golden card.',
    english: { text: 'golden business card', official: false },
    gloss_en: 'the signature brand a place is known by',
    related: [],
    sources: [{ url: 'http://www.71.cn/2018/0518/1000945.shtml', publisher: '理论网（71.cn）', date: '2018-05-18' }],
    status: 'verified',
  },
  {
    id: 'zui-hou-yi-gong-li',
    term: '最后一公里',
    aliases: ['打通最后一公里', '服务群众最后一公里', '最后一公里问题'],
    quotedOnly: ['最后一公里'],
    // 最后一公里: "the last kilometre": of a race, of a road, or of any task.
    strictlyQuoted: ['最后一公里'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '政策和服务落到群众身边的最后一段环节',
    explanation_zh:
      '借用物流末端配送的说法，指政策、服务从制定到真正送达群众手中的最后一步。这一步常因信息不畅、执行不力而卡住，所以报道常说要“打通服务群众‘最后一公里’”。',
    explanation_en:
      'Borrowed from last-leg delivery in logistics: the final step by which a policy or service actually reaches people. It is where things often get stuck through poor information or weak execution, hence the call to “open up the last kilometre of serving the people”.',
    english: { text: 'the last kilometre (of delivery)', official: false },
    gloss_en: 'the final step where policy reaches ordinary people',
    related: [],
    sources: [
      { url: 'https://theory.neamco.com/2024-01/19/content_37098505.htm', publisher: '学习时报（理论频道转载）', date: '2024-01-19', note: 'reprint' },
      { url: 'https://news.t0001.com/jyawd/202510/655084.html', publisher: 't0001.com（释义）', date: '2025-10' },
    ],
    status: 'verified',
  },
  // ── Business environment ──
  {
    id: 'dian-xiao-er',
    term: '店小二',
    aliases: ['店小二精神', '金牌店小二', '店小二式服务'],
    quotedOnly: ['店小二'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '比喻政府像旅店伙计一样热情周到地服务企业',
    explanation_zh:
      '店小二是旧时客栈里招呼客人的伙计。优化营商环境的报道用它要求干部放低姿态、主动服务、办事高效，把企业当“客人”，从“掌柜的”变成“店小二”；也有评论主张进一步做企业的“合伙人”。',
    explanation_en:
      'The waiter of an old inn who looks after the guests. Reports on the business environment use him to ask officials to lower their airs, serve firms actively and quickly and treat them as guests, turning from shopkeepers into waiters; some commentators now want officials to become firms’ partners instead.',
    english: { text: 'inn waiter (service-minded official)', official: false },
    gloss_en: 'officials serving businesses like an attentive waiter',
    related: ['ying-shang-huan-jing', 'wu-shi-bu-rao', 'bang-ban-dai-ban'],
    sources: [
      { url: 'http://www.fengdujob.net/showinfo-1-1261510-0.html', publisher: 'fengdujob.net（评论转载）', note: 'reprint of a commentary from Xinxiang, Henan' },
      SHOP_WAITER_2025,
    ],
    status: 'verified',
  },
  {
    id: 'wu-shi-bu-rao',
    term: '无事不扰',
    aliases: ['有求必应、无事不扰', '无事不扰、有求必应'],
    scope: 'national',
    category: 'governance',
    gloss_zh: '没有必要不去检查、打扰企业',
    explanation_zh:
      '针对多头执法、重复检查、随意检查让企业疲于应付的问题，要求行政机关规范涉企检查、合并检查，没有事不登门打扰，企业有需要时则及时回应。常与“有求必应”连用，一些地方还设了企业“安静期”。',
    explanation_en:
      'A response to firms worn out by repeated, overlapping and arbitrary inspections: agencies are to limit and combine their checks, stay away unless there is cause, and answer promptly when a firm asks for help. It is often paired with “respond to every request”, and some places set “quiet periods” free of inspections.',
    english: { text: 'no disturbance without cause', official: false },
    gloss_en: 'leaving businesses alone unless there is a reason',
    related: ['dian-xiao-er', 'ying-shang-huan-jing', 'shou-wei-bu-fa'],
    sources: [
      NO_DISTURBANCE_2024,
      { url: 'http://billyjoesbistro.com/2025/0218/1887896.shtml', publisher: '新华报业网（转载页）', date: '2025-02-18', note: 'reprint' },
    ],
    status: 'verified',
  },
  {
    id: 'bing-lian-shen-pi',
    term: '并联审批',
    aliases: [],
    scope: 'national',
    category: 'governance',
    gloss_zh: '多个部门同时审批一件事，不再一个接一个',
    explanation_zh:
      '与“串联审批”（一个部门批完再到下一个）相对，由一个牵头部门受理，相关部门同步审查、限时办结，以压缩项目审批时间。2018年工程建设项目审批制度改革试点要求每个审批阶段实行并联审批。',
    explanation_en:
      'The opposite of serial approval, where one department must finish before the next begins: a lead department takes the application and the others review it at the same time within a deadline, cutting the time a project waits. The 2018 pilot reform of construction-project approval required it at every stage.',
    english: { text: 'parallel approval', official: false },
    gloss_en: 'several offices approving at the same time, not in turn',
    related: ['na-di-ji-kai-gong', 'fang-guan-fu', 'rong-que-shou-li'],
    sources: [
      { url: 'http://eyeya.net/info/30169.html', publisher: 'eyeya.net（转载工程建设项目审批制度改革试点报道）', note: 'reprint of a report on the 2018 State Council notice' },
    ],
    status: 'partial',
    missing: 'the cited page uses the term for the 2018 pilot without defining it; the contrast with serial approval is our reading',
    missing_zh: '所引页面在2018年试点中使用这一说法但未下定义，与“串联审批”的对照是我们的解读。',
  },
];
