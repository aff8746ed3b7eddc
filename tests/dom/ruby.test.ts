import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHan, sentenceAround } from '@/utils/core/text/han';
import { PINYIN_ATTRIBUTE, RUBY_CLASS } from '@/utils/dom-labels';
import { BLOCK_SELECTOR, blockTextOf, proseOf } from '@/utils/page/prose';
import { createDomJournal, type DomJournal } from '@/utils/page/dom-journal';
import { locateArticle } from '@/utils/page/locate-article';
import { annotateBlockNow, sentenceReader } from '@/utils/page/ruby';
import { wholeSpans } from '@/utils/core/text/word-pieces';
import { personNames } from '@/utils/core/words/person-names';
import { reader } from '../helpers/engine';

const FIXTURES = join(__dirname, '../fixtures');
const routes = JSON.parse(readFileSync(join(FIXTURES, 'routes.json'), 'utf8')) as { routes: Record<string, string> };
/** Every fixture page with the URL it is served at (the locator needs it). */
// Frame pages hold their articles in other documents, which happy-dom does not load (the browser tests cover them).
const PAGES = Object.entries(routes.routes)
  .filter(([, file]) => !file.startsWith('pages/frames-'))
  .map(([url, file]) => ({ url, file }));

const OPTIONS = { toneStyle: 'marks', toneSandhi: true } as const;
/** Text ruby never touches, whoever's it is (mirrors the brief, written independently of ruby.ts). */
const UNTOUCHED = 'rt, rp, script, style, noscript, template, textarea, input, select, option, button, iframe, svg, math, ruby, [contenteditable]:not([contenteditable="false"])';

/** happy-dom builds nodes ~100× slower than a browser: the huge page is cut here and run whole in bench/ruby.bench.ts. */
const HUGE_PARAGRAPHS = 150;

function load(file: string): Document {
  const doc = new DOMParser().parseFromString(readFileSync(join(FIXTURES, file), 'utf8'), 'text/html');
  if (file.includes('huge')) for (const p of [...doc.querySelectorAll('.article-content > p')].slice(HUGE_PARAGRAPHS)) p.remove();
  return doc;
}

function blocksOf(regions: Element[]): Element[] {
  return regions.flatMap((region) => [region, ...region.querySelectorAll(BLOCK_SELECTOR)]);
}

function annotate(blocks: Element[], journal: DomJournal, toneColors = true): number {
  const read = sentenceReader(reader, OPTIONS);
  return blocks.reduce((sum, block) => sum + annotateBlockNow(block, { read, journal, toneColors }), 0);
}

function textNodes(root: Node): Text[] {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

const isOurs = (element: Element | null) => element?.tagName.toUpperCase() === 'RUBY' && element.classList.contains(RUBY_CLASS);
const syllablesOf = (ruby: Element) => [...ruby.querySelectorAll(`rt [${PINYIN_ATTRIBUTE}]`)].map((s) => s.getAttribute(PINYIN_ATTRIBUTE)!);

/**
 * What the reader should see over each Han character of a region, read the way the hover card
 * reads it (blockTextOf, sentenceAround, readChars), by offset in the region's concatenated text.
 */
// Personal names are one ruby, as the card reads them (陈恢清, not 陈 | 恢 | 清).
const commonWord = (word: string) => (reader.words.cost(word) ?? Infinity) < 6;
const sentenceCache = new Map<string, { readings: Map<number, string>; words: { start: number; end: number }[] }>();
function readSentence(text: string) {
  let known = sentenceCache.get(text);
  if (!known) {
    known = { readings: new Map(reader.readChars(text, OPTIONS).map((r) => [r.index, r.pinyin])), words: wholeSpans(reader.segmentWords(text), personNames(text, commonWord)) };
    sentenceCache.set(text, known);
  }
  return known;
}

function expectedReadings(region: Element): { flat: string; pinyin: Map<number, string>; word: Map<number, number> } {
  const pinyin = new Map<number, string>();
  const word = new Map<number, number>();
  let flat = '';
  for (const node of textNodes(region)) {
    const start = flat.length;
    flat += node.data;
    if (node.parentElement?.closest(UNTOUCHED)) continue;
    const block = blockTextOf(node);
    const offset = block.offsetOf(node);
    for (let i = 0; i < node.data.length; i++) {
      if (!isHan(String.fromCodePoint(node.data.codePointAt(i)!))) continue;
      const sentence = sentenceAround(block.text, offset + i);
      const { readings, words } = readSentence(block.text.slice(sentence.start, sentence.end));
      const local = offset + i - sentence.start;
      const reading = readings.get(local);
      if (reading === undefined) continue; // unread characters (𠮷) stay plain text
      pinyin.set(start + i, reading);
      word.set(start + i, sentence.start + words.find((w) => w.start <= local && local < w.end)!.start);
    }
  }
  return { flat, pinyin, word };
}

// Whole fixture pages through happy-dom, the hostile huge page among them: that one took 73 s in a
// run with both cores busy with other jobs. A limit for a loaded machine, not a speed check.
const PAGE_TIMEOUT = 300_000;

describe('ruby over fixture articles', () => {
  it.each(PAGES)('$file: every Han character in one ruby with its reading; revert is byte-identical', ({ url, file }) => {
    const doc = load(file);
    const { regions } = locateArticle(doc, url);
    const before = doc.documentElement.outerHTML;
    const expected = regions.map(expectedReadings);
    const journal = createDomJournal();
    const added = annotate(blocksOf(regions), journal);
    if (expected.some((e) => e.pinyin.size > 0)) expect(added).toBeGreaterThan(0);

    regions.forEach((region, r) => {
      const { flat, pinyin, word } = expected[r]!;
      const covered = new Map<number, string>();
      let text = '';
      for (const node of textNodes(region)) {
        const start = text.length;
        text += node.data;
        const ruby = node.parentElement;
        if (!isOurs(ruby)) continue;
        expect(ruby!.parentElement!.closest('ruby')).toBeNull(); // never a ruby in a ruby
        expect(ruby!.firstChild).toBe(node);
        const syllables = syllablesOf(ruby!);
        const chars = [...node.data];
        expect(syllables).toHaveLength(chars.length);
        let at = start;
        chars.forEach((char, i) => {
          expect(isHan(char)).toBe(true);
          covered.set(at, syllables[i]!);
          expect(word.get(at)).toBe(word.get(start)); // one word per ruby
          at += char.length;
        });
      }
      // No pinyin entered the text, and the text is unchanged.
      expect(text).toBe(flat);
      expect(covered).toEqual(pinyin);
    });

    journal.revert();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(journal.size).toBe(0);
  }, PAGE_TIMEOUT);

  it.each(PAGES)('$file: annotating twice equals once', ({ url, file }) => {
    const doc = load(file);
    const blocks = blocksOf(locateArticle(doc, url).regions);
    const journal = createDomJournal();
    annotate(blocks, journal);
    const once = doc.documentElement.outerHTML;
    expect(annotate(blocks, journal)).toBe(0);
    expect(doc.documentElement.outerHTML).toBe(once);
  }, PAGE_TIMEOUT);

  it('reads each block as hover does (one prose walker, prose.ts)', () => {
    for (const { url, file } of PAGES) {
      const doc = load(file);
      for (const block of blocksOf(locateArticle(doc, url).regions)) {
        const prose = proseOf(block);
        for (const { node } of prose.nodes) {
          if (/\p{Script=Han}/u.test(node.data) && !node.parentElement?.closest(UNTOUCHED)) {
            expect(blockTextOf(node).text, file).toBe(prose.text);
          }
        }
      }
    }
  });
});

function paragraph(html: string): HTMLElement {
  // Test input is a constant written here, not page data.
  const template = document.createElement('template');
  template.innerHTML = html;
  document.body.replaceChildren(template.content);
  return document.body.firstElementChild as HTMLElement;
}

function annotateOne(element: Element, toneColors = true): DomJournal {
  const journal = createDomJournal();
  annotate([element, ...element.querySelectorAll(BLOCK_SELECTOR)], journal, toneColors);
  return journal;
}

const rubies = (root: Element) => [...root.querySelectorAll(`ruby.${RUBY_CLASS}`)].map((r) => `${r.firstChild!.textContent}:${syllablesOf(r).join(' ')}`);

describe('annotateBlock', () => {
  it('wraps one word per ruby, reading the sentence across inline elements', () => {
    const p = paragraph('<p>　　2月8日，市<b>长</b>主持召开会议。</p>');
    annotateOne(p);
    expect(rubies(p)).toEqual(['月:yuè', '日:rì', '市:shì', '长:zhǎng', '主持:zhǔ chí', '召开:zhào kāi', '会议:huì yì']);
    expect(p.textContent).toBe('　　2月8日，市长主持召开会议。');
  });

  it('gives a personal name one ruby, as the card reads it whole', () => {
    const p = paragraph('<p>市长陈恢清主持召开会议。</p>');
    annotateOne(p);
    expect(rubies(p)).toContain('陈恢清:chén huī qīng');
  });

  it('puts ruby inside inline wrappers and never splits them; a word across two elements gets one ruby in each', () => {
    const html =
      '<p>　　提升<strong class="x">基层防火能力和应急</strong>处突水平，<span style="font-family:宋体;">“引洮润株”引调</span>水工程，<font color="red">株洲</font>。</p>';
    const p = paragraph(html);
    const wrappers = () => [...p.children].filter((child) => !isOurs(child)).map((child) => child.outerHTML.replace(/<ruby[\s\S]*?<\/ruby>/g, (ruby) => ruby.replace(/<[^>]+>/g, '')));
    const before = wrappers();
    annotateOne(p);
    const strong = p.querySelector('strong')!;
    expect(p.querySelectorAll('strong, span[style], font')).toHaveLength(3);
    expect(strong.textContent).toBe('基层防火能力和应急');
    expect(strong.getAttribute('class')).toBe('x');
    expect(rubies(strong).at(-1)).toBe('应急:yìng jí');
    expect(rubies(p)).toContain('处突:chǔ tū');
    // Every wrapper keeps its attributes and its text; only rubies were added inside.
    expect(wrappers().map((w) => w.replace(/<\/?ruby[^>]*>|<rt>.*?<\/rt>/g, ''))).toEqual(before);
    expect(p.firstChild!.nodeType).toBe(Node.TEXT_NODE);
  });

  it('leaves U+3000, NBSP, digits and punctuation as plain text', () => {
    const p = paragraph('<p>　　■&nbsp;全媒体记者&nbsp;李艳玫 2025年</p>');
    annotateOne(p);
    const plain = textNodes(p).filter((n) => !isOurs(n.parentElement)).map((n) => n.data);
    expect(plain).toEqual(['　　■\u00a0', '\u00a0', ' 2025']);
    expect(p.textContent).toBe('　　■\u00a0全媒体记者\u00a0李艳玫 2025年');
  });

  it('leaves text inside ruby, form fields, contenteditable, script and style alone', () => {
    const html =
      '<div>株洲<ruby>长<rt>zhǎng</rt></ruby><textarea>株洲</textarea><input value="株洲"><select><option>株洲</option></select>' +
      '<button>株洲</button><div contenteditable="true"><p>株洲</p></div><span contenteditable="">株洲</span>' +
      '<script>var a = "株洲";</script><style>.株洲{}</style><svg><text>株洲</text></svg><zhudu-tooltip>株洲</zhudu-tooltip></div>';
    const div = paragraph(html);
    const before = div.outerHTML;
    annotateOne(div);
    expect(rubies(div)).toEqual(['株洲:zhū zhōu']);
    // Everything after the first word is untouched.
    expect(div.outerHTML.replace(/^<div><ruby class="zhudu-ruby">株洲<rt>.*?<\/rt><\/ruby>/, '<div>株洲')).toBe(before);
  });

  it('puts no pinyin text in the DOM and marks tones only when asked', () => {
    const p = paragraph('<p>株洲</p>');
    annotateOne(p, true);
    expect(p.textContent).toBe('株洲');
    expect([...p.querySelectorAll('rt span')].map((s) => s.className)).toEqual(['zhudu-syllable zhudu-tone1', 'zhudu-syllable zhudu-tone1']);
    const q = paragraph('<p>株洲</p>');
    annotateOne(q, false);
    expect([...q.querySelectorAll('rt span')].map((s) => s.className)).toEqual(['zhudu-syllable', 'zhudu-syllable']);
  });

  it('keeps astral Han characters whole and leaves unread ones plain', () => {
    const p = paragraph('<p>𠮷株洲</p>');
    annotateOne(p);
    expect(rubies(p)).toEqual(['株洲:zhū zhōu']);
    expect(p.firstChild!.textContent).toBe('𠮷');
  });

  it('gives back the very same text nodes on revert', () => {
    const p = paragraph('<p>　　市长<strong>陈恢清</strong>主持会议。</p>');
    const originals = textNodes(p);
    const before = p.outerHTML;
    const journal = annotateOne(p);
    expect(textNodes(p)).not.toContain(originals[0]);
    journal.revert();
    expect(p.outerHTML).toBe(before);
    expect(textNodes(p)).toEqual(originals);
    originals.forEach((node, i) => expect(textNodes(p)[i]).toBe(node));
  });

  it('annotates text added to an annotated block and reads it in context', () => {
    const p = paragraph('<p>市长</p>');
    const journal = createDomJournal();
    const read = sentenceReader(reader, OPTIONS);
    annotateBlockNow(p, { read, journal, toneColors: false });
    p.append('主持会议。');
    expect(annotateBlockNow(p, { read, journal, toneColors: false })).toBe(2);
    expect(rubies(p)).toEqual(['市长:shì zhǎng', '主持:zhǔ chí', '会议:huì yì']);
    journal.revert();
    expect(p.outerHTML).toBe('<p>市长主持会议。</p>');
  });

  it('cuts a sentence with no stops into readable pieces', () => {
    const long = '株洲市'.repeat(400);
    const p = paragraph(`<p>${long}</p>`);
    annotateOne(p);
    expect(p.textContent).toBe(long);
    expect(p.querySelectorAll(`ruby.${RUBY_CLASS}`).length).toBeGreaterThan(100);
  });
});
