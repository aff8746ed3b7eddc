import { isHan } from '../text/han';

/**
 * Context rules for the polyphones news text uses most, for a character standing alone (in no
 * dictionary or lexicon word). The word data keeps every reasonably common word holding one of these
 * characters (RULE_CHARS), so "alone" really means the dictionary knows no word around it.
 *
 * Each rule was checked against the CPP dev split and our news sentences
 * (tests/unit/pinyin/news-readings.test.ts); none was fitted to CPP test.
 */
export interface RuleContext {
  /** The sentence, one code point per element. */
  chars: readonly string[];
  /** Position of the character being read. */
  at: number;
  /** The dictionary or lexicon word holding position `at`, if any (rules with `words` see these). */
  word: string | undefined;
}

export interface ContextRule {
  reading: string;
  /** Dictionary words this rule may re-read when the character starts one (当日 → dàng rì). */
  words?: readonly string[];
  test(context: RuleContext): boolean;
}

/** Marks that end a clause: rules never look past them (a list's 、 and quotes stay inside). */
const CLAUSE_END = /[，。；：！？,.;:!?（）()\s]/;

/** Stands for "no character" past either end, so that `'…'.includes(prev(c))` is false there. */
const NONE = '\u0000';
const prev = ({ chars, at }: RuleContext, k = 1) => chars[at - k] ?? NONE;
const next = ({ chars, at }: RuleContext, k = 1) => chars[at + k] ?? NONE;
const isDigit = (char: string) => /[0-9０-９]/.test(char);

/** Quotes and brackets that open what follows: 有意识地“串珍珠” still has a verb after 地. */
const OPENERS = '“‘「『《〈（(';

/** The next character past any opening quote or bracket. */
function nextPastOpeners(c: RuleContext): string {
  let k = 1;
  while (OPENERS.includes(next(c, k))) k++;
  return next(c, k);
}

/** Non-Han characters that end what comes before them: closing quotes and brackets, digits, letters. */
const ENDS_A_PHRASE = /[”’」』》〉）)\]%０-９0-9A-Za-z]/;

/** The rest of the clause after position `at`, up to `limit` characters. */
function clauseAfter({ chars, at }: { chars: readonly string[]; at: number }, limit = 20): string {
  let text = '';
  for (let i = at + 1; i < chars.length && i <= at + limit && !CLAUSE_END.test(chars[i]!); i++) text += chars[i];
  return text;
}

/** The clause before the character, nearest character last. */
function clauseBefore({ chars, at }: RuleContext, limit = 20): string {
  let text = '';
  for (let i = at - 1; i >= 0 && i >= at - limit && !CLAUSE_END.test(chars[i]!); i--) text = chars[i] + text;
  return text;
}

const NUMERAL = '一二两三四五六七八九十百千万几每这那哪数多半';

// 为 ---------------------------------------------------------------------------------------------

/** 以 that are parts of other words, not the 以 of 以…为… */
const NOT_YI_WEI = /(?:可以|所以|难以|予以|加以|用以|得以|足以|借以|以上|以下|以来|以及|以便|以免|以后|以前|以外|以内|以为|以致|以至|之所以|以往|以期|以防|以求|以示)$/;

/**
 * Nouns that fill Y in 以X为Y, "take X as Y" (以…为指导, 以…为中心, 以…为抓手): right after 为
 * they keep it wéi even when a verb of doing for someone follows (以党建为引领提供服务).
 */
const YI_WEI_ROLES =
  /^(?:指导|指引|指南|遵循|统领|引领|牵引|主线|主题|主体|主导|核心|中心|重点|重心|抓手|契机|载体|平台|依托|基础|根本|前提|宗旨|目标|导向|方向|纽带|支撑|支点|起点|基点|动力|切入点|突破口|着力点|落脚点|出发点|龙头|榜样|标准|依据|原则|己任|代价|借鉴)/;

/**
 * Verbs that need a beneficiary: after them 为 in a 以 clause is "for", the 以 phrase being the
 * manner (以实际行动为群众办实事, 以数字化为企业赋能). Narrower than FOR_VERBS: 开展, 打造 and
 * the like also follow a role (以…为载体开展活动).
 */
const BENEFACTIVE = /服务|贡献|办实事|办好事|赋能|保驾|护航|减负|造福|解忧|排忧|解难|纾困|撑腰|鼓劲|加油|点赞|助力|提供|作出|做出|创造|营造|注入|带来|增添|铺路|兜底|松绑|把脉|出力|添彩|争光/;

/** Verbs after which 为 means "be, become, as" (贬为, 改为, 分为 …). */
const WEI2_AFTER_VERB = '贬降升召封拜立改分列选评定视称作成转变化译讹名划设编写读原即乃任聘推举追命并合统归奉尊誉号叫认引更';
/** Degree and scope adverbs before "be" 为: 更为, 极为, 均为, 多为. */
const WEI2_AFTER_ADVERB = '更极最较尤甚颇均皆俱多大广';
/** Set phrases with "be" 为: 为止, 为例, 为主 … (most are dictionary words; these catch the rest). */
const WEI2_BEFORE = '止例准主辅首期伍伴敌邻荣';

/** Verbs of doing something for someone: 为项目提供服务, 为基层减负. */
const FOR_VERBS =
  /提供|作出|做出|服务|创造|营造|探索|凝聚|贡献|减负|办|助力|保驾|护航|打造|带来|注入|争取|赋能|点赞|加油|鼓劲|解决|开展|举办|颁发|奠定|增添|筑牢|搭建|铺路|解忧|排忧|解难|代言|买单|埋单|奋斗|努力|操心|着想|负责|准备|推出|捐|赠送|造福|把关|出力|献|付出|鼓掌|喝彩|祝福|祈福|感到|骄傲|自豪|高兴|担心|惋惜|效力|争光|添彩|发声|站台|让路|开道|颁奖|授牌|揭牌|授课|讲课|宣讲|解读|答疑|解答|办理|培训|送上|送去|送来|题词|把脉|撑腰|保障|兜底|铺平|开辟|守护|留下|加码|松绑/;

/** Characters before 为 that leave it "for": adverbs, modals, pronouns (持续为, 将为, 大家为). */
const WEI4_AFTER = '也还都就又再来去将要会能可应该需愿想肯敢专特亲共同而并且但却则便只仅不没未曾已正在续力断们他她它我你您谁此其';

/**
 * Whether 为 closes a 以X为 frame: a free 以 earlier in the clause. X can be long
 * (以习近平新时代中国特色社会主义思想为指导: 17 characters), the clause bounds the search.
 */
function inYiWeiFrame(c: RuleContext): boolean {
  const before = clauseBefore(c, 32);
  const yi = before.lastIndexOf('以');
  return yi >= 0 && !NOT_YI_WEI.test(before.slice(0, yi + 2)) && !NOT_YI_WEI.test(before.slice(0, yi + 1));
}

const wei: ContextRule[] = [
  { reading: 'wéi', test: (c) => isDigit(next(c)) || next(c) === '约' || next(c) === '第' },
  // 以X为Y "take X as Y", unless no role noun follows and a verb needing a beneficiary does.
  {
    reading: 'wéi',
    test: (c) => inYiWeiFrame(c) && (YI_WEI_ROLES.test(clauseAfter(c)) || !BENEFACTIVE.test(clauseAfter(c))),
  },
  { reading: 'wèi', test: inYiWeiFrame },
  { reading: 'wéi', test: (c) => WEI2_AFTER_VERB.includes(prev(c)) },
  // A verb of doing for someone later in the clause outweighs the weaker hints below
  // (许多为国家作出贡献, 为首都群众服务).
  { reading: 'wèi', test: (c) => FOR_VERBS.test(clauseAfter(c)) },
  { reading: 'wéi', test: (c) => WEI2_AFTER_ADVERB.includes(prev(c)) || WEI2_BEFORE.includes(next(c)) },
  // "X 为 Y": a noun right before 为 makes it the copula (项目为超材料产业项目, 主营业务为各类…).
  { reading: 'wéi', test: (c) => isHan(prev(c)) && !WEI4_AFTER.includes(prev(c)) },
];

// Other characters -------------------------------------------------------------------------------

const RULES: Record<string, readonly ContextRule[]> = {
  为: wei,
  // 长 after an office or place the lexicon cut off: 株洲市|长, 研究院|长 → zhǎng (head of).
  长: [{ reading: 'zhǎng', test: (c) => '市县区省镇乡村局院校部厅处科所站馆社会组队团行委厂州司署室'.includes(prev(c)) }],
  // 干 as a verb, "do": 真干, 怎么干, 干将.
  干: [
    {
      reading: 'gàn',
      test: (c) => '么真实苦肯能敢会要想就也都巧蛮硬傻埋大来去'.includes(prev(c)) || '将劲活事啥嘛了完成起出掉过'.includes(next(c)),
    },
  ],
  // 只 as a measure word after a numeral or demonstrative: 3只, 两只, 这只猫.
  只: [
    {
      reading: 'zhī',
      test: (c) => (isDigit(prev(c)) || NUMERAL.includes(prev(c))) && !'有是要能会在用好得不想说需剩限因可怕见做看管顾'.includes(next(c)),
    },
  ],
  // 率 leading troops or a delegation: 粟裕率新四军, 率队, 率团 → shuài; elsewhere a rate (lǜ).
  // The group may close a long object (率…专题调研组); the verb takes its object at once, and a
  // rate is followed by what it does (收视率带动团队士气, 生育率快速下降).
  率: [
    {
      reading: 'shuài',
      test: (c) => isHan(nextPastOpeners(c)) && !RATE_PREDICATE.includes(next(c)) && LED_GROUP.test(clauseAfter(c, 30)),
    },
    // The office of the guards' commander: 太子右卫率, 左卫率.
    { reading: 'shuài', test: (c) => prev(c) === '卫' },
  ],
  // 将 the general: 参将, 魏将, 干将 → jiàng (the adverb "will" is the default).
  将: [
    {
      reading: 'jiàng',
      test: (c) => '参魏敌守猛良名大主副武战部女小干裨骁勇宿老降虎'.includes(prev(c)) && (next(c) === NONE || CLAUSE_END.test(next(c)) || '军领士帅官后'.includes(next(c))),
    },
  ],
  // 调 moving someone or something: 上调, 调任, 调往 → diào.
  调: [
    {
      reading: 'diào',
      test: (c) => '任往入至离回到赴京兵派走职知动防度研查拨配集运'.includes(next(c)) || '上下外借抽对互选征'.includes(prev(c)),
    },
  ],
  // 种 the verb "plant" before its result or crop: 种出好品质, 种满, 种菜 → zhòng; after a numeral,
  // demonstrative or 各/某 it is the measure word "kind" (三种出行方式, 这种树).
  种: [
    {
      reading: 'zhòng',
      test: (c) => !KIND_COUNTERS.includes(prev(c)) && !isDigit(prev(c)) && (PLANT_RESULT.includes(next(c)) || CROPS.includes(next(c))),
    },
  ],
  // 相 counted is a noun, the minister or the phase: 四相 (four chancellors), 三相电 → xiàng.
  // 一 and 两 also come before the adverb "mutually" (两相比较), so they are left out.
  相: [{ reading: 'xiàng', test: (c) => '二三四五六七八九十'.includes(prev(c)) || isDigit(prev(c)) }],
  // 冠 the verb "top, be first" before what it tops: 冠两朝, 冠全省, 冠于全国 → guàn. Other counts
  // are left out: the noun guān "crest" starts plant and bird names (毛冠四叶葎).
  冠: [{ reading: 'guàn', test: (c) => '两三全群绝于以'.includes(next(c)) }],
  // 重 doing again: 重录, 重拍 → chóng.
  重: [{ reading: 'chóng', test: (c) => '录拍播印写选审议装做启组置修办演唱'.includes(next(c)) }],
  // 难 a disaster: 矿难, 海难, 遇难 → nàn.
  难: [{ reading: 'nàn', test: (c) => '矿海空国灾遇罹遭殉蒙受'.includes(prev(c)) }],
  // 盛 filling a bowl: 盛饭, 盛汤 → chéng.
  盛: [{ reading: 'chéng', test: (c) => '饭汤水菜米粥'.includes(next(c)) }],
  // 应 in answer to: 应群众要求, 应…之邀 → yìng ("should", yīng, is the default alone).
  应: [{ reading: 'yìng', test: (c) => /要求|之邀|邀请|之约|之请|号召/.test(clauseAfter(c, 10)) }],
  // 藏 the verb "hide, keep": 藏在, 藏于, 藏着 → cáng (alone 藏 defaults to zàng, Tibet).
  藏: [{ reading: 'cáng', test: (c) => '在于着了起身匿进入到好有'.includes(next(c)) || '躲隐收珍埋窝掩暗冷储'.includes(prev(c)) }],
  // 当日/当天 after an event: 开市当日, 签约当天 → dàng (that same day).
  当: [
    {
      reading: 'dàng',
      words: ['当日', '当天', '当晚'],
      test: (c) => isHan(prev(c)) && !'在从自于至到每这那其'.includes(prev(c)),
    },
  ],
  // 着 after a verb marks the aspect: 忙着, 摆着 → zhe (睡着了 zháo is a word; zhuó lives in words).
  着: [{ reading: 'zhe', test: (c) => isHan(prev(c)) && next(c) !== '了' }],
  // 了 at the start or after opening punctuation reads liǎo, as pinyin-pro has it; after a closing
  // quote, a number or a Latin word it is still the particle: 都是菜’了, 涨到100了 → le.
  了: [{ reading: 'liǎo', test: (c) => !isHan(prev(c)) && !ENDS_A_PHRASE.test(prev(c)) }],
  // 地 after an adverbial adjective, before what it modifies: 积极地, 预见性地, 慢慢地 → de.
  地: [
    {
      reading: 'de',
      test: (c) => {
        if (!isHan(nextPastOpeners(c))) return false;
        const [a, b] = [prev(c, 2), prev(c)];
        return isHan(b) && (b === a || '性然'.includes(b) || ADVERBIAL.has(a + b));
      },
    },
  ],
  得: [
    // "Must" after a subject or an adverb, before a verb: 你得去, 还得抓紧, 大家都得遵守, 你得很
    // 小心 → děi. Before a noun it is "obtain" and stays dé (他得病了, 她得奖了, 又得了第一): the
    // rarer of those words are not in the word data, so the verb must be one of MODAL_VERBS.
    { reading: 'děi', test: (c) => MODAL_SUBJECTS.includes(prev(c)) && MODAL_VERBS.test(clauseAfter(c, 4)) },
    // 得去/得来 after a time word: 明天得去医院 → děi (过得去, 回得来 after a verb are complements).
    { reading: 'děi', test: (c) => '天日晚午周年'.includes(prev(c)) && '去来赶'.includes(next(c)) },
    // Linking a verb to a degree complement: 死得较为突然, 做得很好 → de.
    { reading: 'de', test: (c) => isHan(prev(c)) && '很非更十太越较极挺蛮相最特'.includes(next(c)) },
  ],
};

/** Subjects and adverbs that a modal 得 děi follows: 你得, 我们得, 还得, 就得, 都得, 总得. */
const MODAL_SUBJECTS = '你我他她它们咱就还也都总又准';
/** What a modal 得 governs: verbs and the adverbs before them (得去, 得好好学, 得很小心, 得马上). */
const MODAL_VERBS =
  /^(?:去|来|先|赶|马上|立即|把|快|再|早|抓|加|很|好好|注意|小心|承认|说|看|靠|听|想|找|等|做|干|办|花|走|跑|交|付|重新|提前|尽快|继续|用|有|是|按|跟|让|给|遵守|排队|学|写|读|问|买|准备|认真|保证|确保|考虑|依靠|坚持|面对|接受|处理|解决|完成|研究|回|上班|上学|上课|下功夫)/;

/** Before 种 these count kinds: 三种, 这种, 各种, 某种 (NUMERAL holds the numerals and 这/那). */
const KIND_COUNTERS = NUMERAL + '各该此某本同另其别诸';
/** Results of planting after the verb 种: 种出, 种下, 种满, 种活, 种好. */
const PLANT_RESULT = '出下上满活好完在了着';
/** What is planted: 种树, 种菜, 种粮, 种桃. */
const CROPS = '树花菜粮田地果草稻麦豆瓜茶棉桃药苗竹薯';

/** What a leader leads: troops, a delegation, a working group (率部, 率代表团, 率调研组). */
const LED_GROUP = /[队团部军兵众师舰机员组]/;
/** First characters of what a rate does or is: 率达, 率为, 率较, 率提升, 率快速下降, 率的. */
const RATE_PREDICATE = '达为是较超高低增提升下上降在约仅只已由均不将也都和与及的开快带持稳逐明显仍再还继';

/** Two-character adjectives that take adverbial 地 in news prose. */
const ADVERBIAL = new Set([
  ...'积极 认真 深入 有效 充分 全面 不断 逐步 稳步 主动 切实 扎实 努力 坚决 彻底 热情 高效 快速 迅速 顺利 大力 持续 科学 精准 合理 有序 系统 明显 显著 严格 耐心 静静 轻轻 紧紧 牢牢 深深 远远 早早 慢慢 渐渐 默默 悄悄 好好 热烈 广泛 密切 创造 有力 自觉 真正 真切 集中'.split(' '),
  // Manner adverbials of reporting prose; 意识 stands for 有意识/无意识/下意识.
  ...'直观 生动 深刻 准确 及时 精心 用心 细致 仔细 具体 清楚 清晰 客观 理性 灵活 妥善 稳妥 平稳 大胆 自主 意识'.split(' '),
]);

export const CONTEXT_RULES: Readonly<Record<string, readonly ContextRule[]>> = RULES;
const RULES_BY_CHAR = new Map(Object.entries(RULES));

/**
 * Dictionary words that only hold in some contexts. 了不得 "terrific" follows a degree word or stands
 * alone (真了不得); after a verb it is 了 + 不得 (划出了不得违规…的底线). The DP then cuts around them.
 */
const WORD_CONDITIONS = new Map<string, (chars: readonly string[], start: number) => boolean>([
  ['了不得', (chars, start) => !isHan(chars[start - 1] ?? NONE) || '很真太可好多么是得也就都还'.includes(chars[start - 1]!)],
  // 人为 "man-made", unless 为 is "for" (安排专人为项目提供服务: 专人 + 为).
  ['人为', (chars, start) => !FOR_VERBS.test(clauseAfter({ chars, at: start + 1 }))],
  // 一行 yì háng "a line, a trade", unless it is 一行 yì xíng "the party" of those just named
  // (调研组一行参观了…); then 行 stands alone and reads xíng.
  ['一行', (chars, start) => !isVisitingParty(chars, start)],
]);

/** Before 一行 these make it a line or a trade: 这一行, 第一行, 干一行爱一行, 写下一行. */
const NOT_A_PARTY_BEFORE = '这那哪每第同隔干爱另换入改写读看打删加留空跳了下上';
/** After 一行 "the party": what a party does next (来到, 参观, 赴, 考察 …), or 人, or a count. */
const PARTY_NEXT = '人来到赴抵前参走考调视察深莅先在还共等近实专踏乘沿登观慰看冒';

/** Whether 一行 at `start` is "the party" of the people or group just before it. */
function isVisitingParty(chars: readonly string[], start: number): boolean {
  const before = chars[start - 1] ?? NONE;
  const after = chars[start + 2] ?? NONE;
  if (!isHan(before) || NOT_A_PARTY_BEFORE.includes(before)) return false;
  return !isHan(after) || PARTY_NEXT.includes(after);
}

/** Whether the dictionary word `word` may be read as a word at `start`. */
export function wordAllowed(chars: readonly string[], start: number, word: string): boolean {
  return WORD_CONDITIONS.get(word)?.(chars, start) ?? true;
}

/** Characters some rule may read differently; the word data keeps the words that contain them. */
export const RULE_CHARS = Object.keys(CONTEXT_RULES).sort().join('');

/**
 * The reading a context rule gives the character at `context.at`, if one applies: to a character
 * standing alone, or starting a dictionary word the rule names in `words`.
 */
export function ruleReading(context: RuleContext): string | undefined {
  const rules = RULES_BY_CHAR.get(context.chars[context.at]!);
  return rules?.find((rule) => (context.word === undefined || rule.words?.includes(context.word)) && rule.test(context))?.reading;
}
