import { el, text, type ElementModel, type NodeModel, type PageModel } from './model';
import type { Rng } from './prng';
import { cut, sentence, token } from './text';

/** A generator's state: the random stream and how many nodes it may still create. */
interface Gen {
  rng: Rng;
  budget: number;
}

const INLINE_TAGS = ['span', 'strong', 'b', 'em', 'i', 'a', 'font', 'u', 'sub', 'sup', 'small', 'mark', 'code', 'q', 'label', 'bdi', 'x-note', 'center'];
const URLS = [
  'http://www.zznews.gov.cn/news/2025/0210/400001.shtml',
  'https://zzrb.zznews.gov.cn/content/202502/10/c1700004.html',
  'http://zzrb.zznews.gov.cn/202502/10/node01.html',
  'http://www.zznews.gov.cn/news/xinwen/zzsz/',
  'http://www.zznews.gov.cn/',
  'http://m.zznews.gov.cn/news/2025/0210/400001.shtml',
  'http://news.example.test/news/2025/0210/400001.shtml',
  'not a url',
];

function node<T extends NodeModel>(g: Gen, made: T): T {
  g.budget--;
  return made;
}

function attrsFor(g: Gen, tag: string): [string, string][] {
  const attrs: [string, string][] = [];
  if (tag === 'a') attrs.push(['href', g.rng.pick(['#', 'http://www.zznews.gov.cn/', 'javascript:void(0)'])]);
  if (tag === 'font') attrs.push(['color', 'red']);
  if (g.rng.chance(0.15)) attrs.push(['class', g.rng.pick(['x', 'nav', 'header', 'article-content', 'zhudu-ruby', 'TRS_Editor'])]);
  if (g.rng.chance(0.05)) attrs.push(['style', 'font-family:宋体;']);
  if (g.rng.chance(0.03)) attrs.push(['hidden', '']);
  if (g.rng.chance(0.03)) attrs.push(['lang', 'en']);
  return attrs;
}

/** Ruby the page already has: simple, per character, with <rb>, with <rp>, or an <rt> with no base. */
function pageRuby(g: Gen): ElementModel {
  const { rng } = g;
  const rt = (syllable: string) => node(g, el('rt', [node(g, text(syllable))]));
  const rp = (mark: string) => node(g, el('rp', [node(g, text(mark))]));
  const kind = rng.int(0, 3);
  if (kind === 0) return node(g, el('ruby', [node(g, text('株洲')), rt('zhū zhōu')]));
  if (kind === 1) return node(g, el('ruby', [node(g, text('株')), rp('('), rt('zhū'), rp(')'), node(g, text('洲')), rt('zhōu')]));
  if (kind === 2) return node(g, el('ruby', [node(g, el('rb', [node(g, text('炎'))])), node(g, el('rb', [node(g, text('陵'))])), rt('yán'), rt('líng')]));
  return node(g, el('ruby', [rt('shì')]));
}

/** Things that sit among prose and must be left alone or read around: fields, editors, scripts, shadow roots, frames… */
function special(g: Gen, depth: number): NodeModel {
  const { rng } = g;
  const han = () => node(g, text(sentence(rng, 4)));
  const pick = rng.int(0, 21);
  switch (pick) {
    case 0: return node(g, el('br'));
    case 1: return node(g, el('wbr'));
    case 2: return node(g, el('img', [], [['alt', '株洲']]));
    case 3: return node(g, { kind: 'comment', data: sentence(rng, 3) });
    case 4: return node(g, el('input', [], [['value', sentence(rng, 3)], ['type', 'text']]));
    case 5: return node(g, el('textarea', [han()]));
    case 6: return node(g, el('select', [node(g, el('option', [han()])), node(g, el('option', [han()]))]));
    case 7: return node(g, el('button', [han()]));
    case 8: return node(g, el(rng.pick(['script', 'style', 'noscript']), [node(g, text(`/*${sentence(rng, 3)}*/`))]));
    case 9: return node(g, el('template', [han()]));
    case 10: {
      const value = rng.pick(['true', '', 'plaintext-only', 'false', 'TRUE']);
      return node(g, el(rng.pick(['span', 'div', 'p']), inline(g, depth + 1), [['contenteditable', value]]));
    }
    case 11:
    case 12: {
      const host = node(g, el(rng.pick(['span', 'div', 'p', 'section']), inline(g, depth + 1), attrsFor(g, 'div')));
      const children = rng.chance(0.5) ? flow(g, depth + 1) : inline(g, depth + 1);
      if (rng.chance(0.5)) children.splice(rng.int(0, children.length), 0, node(g, el('slot')));
      host.shadow = { mode: rng.chance(0.7) ? 'open' : 'closed', children };
      return host;
    }
    case 13: return { ...node(g, el('svg', [{ ...node(g, el('text', [han()])), ns: 'svg' }])), ns: 'svg' };
    case 14: return { ...node(g, el('math', [{ ...node(g, el('mi', [han()])), ns: 'math' }])), ns: 'math' };
    // srcdoc: happy-dom loads no other iframe (and logs an error for each); a frame is a window, so they are rarer.
    case 15: return rng.chance(0.3) ? node(g, el('iframe', [], [['srcdoc', '<p>株洲市长</p>'], ['title', '框架']])) : pageRuby(g);
    case 16: return node(g, el('rt', [han()]));
    case 17: return node(g, el('x-widget', inline(g, depth + 1)));
    default: return pageRuby(g);
  }
}

/** Prose: one run of text cut into pieces, some bare, some wrapped in inline elements, with specials between. */
export function inline(g: Gen, depth: number): NodeModel[] {
  const { rng } = g;
  const out: NodeModel[] = [];
  if (g.budget <= 0) return [node(g, text(token(rng)))];
  for (const piece of cut(rng, sentence(rng), depth > 3 ? 2 : 6)) {
    const roll = rng.next();
    if (roll < 0.5 || depth > 4 || g.budget <= 0) out.push(node(g, text(piece)));
    else if (roll < 0.85) {
      const tag = rng.pick(INLINE_TAGS);
      const inner: NodeModel[] = rng.chance(0.3) ? [node(g, text(piece)), ...inline(g, depth + 1)] : [node(g, text(piece))];
      out.push(node(g, el(tag, inner, attrsFor(g, tag))));
    } else {
      out.push(node(g, text(piece)), special(g, depth));
    }
    if (rng.chance(0.05)) out.push(node(g, text('')));
  }
  return out;
}

function block(g: Gen, depth: number): NodeModel {
  const { rng } = g;
  const deep = depth > 3 || g.budget <= 0;
  const mixed = () => (deep || rng.chance(0.6) ? inline(g, depth + 1) : flow(g, depth + 1));
  const kind = deep ? 0 : rng.int(0, 15);
  switch (kind) {
    case 0:
    case 1:
    case 2: return node(g, el('p', inline(g, depth + 1), attrsFor(g, 'p')));
    case 3: return node(g, el('div', mixed(), attrsFor(g, 'div')));
    case 4: return node(g, el(rng.pick(['h1', 'h2', 'h3', 'pre']), inline(g, depth + 1)));
    case 5: return node(g, el(rng.pick(['section', 'article', 'blockquote', 'form']), flow(g, depth + 1)));
    case 6: {
      const items = Array.from({ length: rng.int(1, 4) }, () => node(g, el('li', mixed(), rng.chance(0.3) ? [['class', 'item']] : [])));
      return node(g, el(rng.pick(['ul', 'ol']), items, rng.chance(0.2) ? [['class', rng.pick(['news-list', 'list'])]] : []));
    }
    case 7: {
      const cell = () => node(g, el(rng.pick(['td', 'th']), mixed()));
      const rows = Array.from({ length: rng.int(1, 3) }, () => node(g, el('tr', Array.from({ length: rng.int(1, 3) }, cell))));
      const caption = rng.chance(0.3) ? [node(g, el('caption', inline(g, depth + 1)))] : [];
      return node(g, el('table', [...caption, node(g, el('tbody', rows))]));
    }
    case 8: return node(g, el('dl', [node(g, el('dt', inline(g, depth + 1))), node(g, el('dd', mixed()))]));
    case 9: return node(g, el('details', [node(g, el('summary', inline(g, depth + 1))), node(g, el('p', inline(g, depth + 1)))]));
    case 10: return node(g, el('figure', [node(g, el('img')), node(g, el('figcaption', inline(g, depth + 1)))]));
    case 11: return node(g, el(rng.pick(['nav', 'header', 'footer', 'aside']), inline(g, depth + 1)));
    case 12: return node(g, el('hr'));
    default: return special(g, depth);
  }
}

export function flow(g: Gen, depth: number): NodeModel[] {
  const out: NodeModel[] = [];
  const count = g.rng.int(1, depth === 0 ? 6 : 3);
  for (let i = 0; i < count && (i === 0 || g.budget > 0); i++) {
    if (g.rng.chance(0.2)) out.push(node(g, text(g.rng.pick(['\n', '\n  ', sentence(g.rng, 3)]))));
    out.push(block(g, depth));
  }
  return out;
}

/** Paragraphs long enough for the densest-paragraphs rule to take them for an article. */
function prose(g: Gen): NodeModel[] {
  return Array.from({ length: g.rng.int(1, 4) }, () => node(g, el('p', [node(g, text('株洲市长主持召开会议研究工作。')), ...inline(g, 1)])));
}

/** A page as zznews (or something else) shapes it: the site's article markup, a list, bare prose, or chaos. */
export function generatePage(rng: Rng, maxNodes = 90): PageModel {
  const g: Gen = { rng, budget: rng.int(8, maxNodes) };
  const nav = () => node(g, el(rng.pick(['nav', 'div']), inline(g, 2), [['class', 'nav']]));
  const layout = rng.int(0, 5);
  let body: NodeModel[];
  if (layout === 0) {
    body = [
      nav(),
      node(g, el('h1', inline(g, 2), [['class', 'article-title']])),
      ...(rng.chance(0.5) ? [node(g, el('div', inline(g, 2), [['class', 'article-subtitle']]))] : []),
      node(g, el('div', flow(g, 1), [['class', 'article-content']])),
      node(g, el('footer', inline(g, 2))),
    ];
  } else if (layout === 1) {
    body = [
      node(g, el('div', inline(g, 2), [['id', 'PreTitle']])),
      node(g, el('div', inline(g, 2), [['id', 'Title']])),
      node(g, el('founder-content', flow(g, 1))),
    ];
  } else if (layout === 2) {
    body = [nav(), node(g, el('ul', Array.from({ length: rng.int(1, 4) }, () => node(g, el('li', [node(g, el('a', inline(g, 3), [['href', '#']]))]))), [['class', 'news-list']]))];
  } else if (layout === 3) {
    body = [nav(), node(g, el('h2', inline(g, 2))), node(g, el('div', [...prose(g), ...flow(g, 2)]))];
  } else {
    body = flow(g, 0);
  }
  if (rng.chance(0.3)) body.splice(rng.int(0, body.length), 0, special(g, 1));
  return { url: rng.pick(URLS), body };
}
