import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import type { PageArticle, PageStatus, PageTerm } from '@/utils/messaging';
import { readSettings as loadSettings } from '@/utils/storage/local-items';
import { startTestBackground } from '../helpers/background';
import type { StorageOwner } from '@/utils/storage/owner';
import { WithEngine } from '../helpers/with-engine';

const ZZNEWS_STATUS: PageStatus = {
  host: 'www.zznews.gov.cn',
  kind: 'www-article',
  enabled: true,
  articleTitle: '陈恢清主持召开市政府常务会议',
  hanCount: 900,
  errors: { count: 0, last: null },
};

const TERMS: PageTerm[] = [
  { term: '七大攻坚', count: 1, known: true, id: 'qi-da-gong-jian', gloss: 'seven tough tasks', scope: 'hunan' },
  { term: '四个十大', count: 2, known: false },
];

const yanling = (JSON.parse(readFileSync('tests/fixtures/articles.json', 'utf8')) as { slug: string; title: string; paragraphs: string[] }[]).find(
  (a) => a.slug === 'yanling',
)!;
const ARTICLE: PageArticle = { title: yanling.title, subtitle: null, paragraphs: yanling.paragraphs, source: 'zznews' };

/** The content script's answers, by message type; an Error means no content script in the tab. */
function answerTabsWith(replies: { status?: PageStatus; terms?: PageTerm[]; article?: PageArticle } | Error) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: 7 }]) as never);
  const sent: unknown[] = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: { zhudu: string; data: unknown }) => {
    sent.push(message);
    if (replies instanceof Error) throw replies;
    if (message.zhudu === 'getPageStatus') return replies.status;
    if (message.zhudu === 'getPageTerms') return replies.terms ?? [];
    if (message.zhudu === 'getArticle') return replies.article;
    if (message.zhudu === 'revealTerm') return true;
    throw new Error(`unexpected ${message.zhudu}`);
  }) as never);
  return sent;
}

describe('Popup', () => {
  afterEach(() => {
    cleanup();
    owner.stop();
  });
  let owner: StorageOwner;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    owner = startTestBackground();
  });

  it('says plainly when the tab is not a page ZhuDu works on', async () => {
    answerTabsWith(new Error('Could not establish connection. Receiving end does not exist.'));
    render(<Popup />, { wrapper: WithEngine });
    expect((await screen.findByTestId('not-supported')).textContent).toContain('This tab is not one of them');
  });

  it('opens the welcome page from its footer, in both languages, on any tab (unpacked installs never open it)', async () => {
    answerTabsWith(new Error('Could not establish connection. Receiving end does not exist.'));
    const created = vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation((async () => ({ id: 9 })) as never);
    render(<Popup />, { wrapper: WithEngine });
    const link = await screen.findByTestId('open-welcome');
    expect(link.textContent).toBe('Welcome & tour');
    expect(link.closest('footer')).not.toBeNull();
    fireEvent.click(link);
    await waitFor(() => expect(created).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/welcome.html') }));
    const zh = JSON.parse(readFileSync('public/_locales/zh_CN/messages.json', 'utf8')) as Record<string, { message: string }>;
    expect(zh.popupWelcome!.message).toBe('欢迎与导览');
  });

  it('shows the article and switches ZhuDu off for this host only', async () => {
    answerTabsWith({ status: ZZNEWS_STATUS });
    render(<Popup />, { wrapper: WithEngine });
    expect((await screen.findByTestId('article-line')).textContent).toContain('陈恢清主持召开市政府常务会议');
    const toggle = screen.getByRole('switch') as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(async () => expect((await loadSettings()).disabledHosts).toEqual(['www.zznews.gov.cn']));
  });

  it('stores the hover mode and the ruby switch', async () => {
    answerTabsWith({ status: ZZNEWS_STATUS });
    render(<Popup />, { wrapper: WithEngine });
    fireEvent.click(await screen.findByLabelText('While Alt is held'));
    await waitFor(async () => expect((await loadSettings()).hoverMode).toBe('alt'));
    fireEvent.click(screen.getByLabelText('Pinyin over the whole article (ruby)'));
    await waitFor(async () => expect((await loadSettings()).ruby).toBe(true));
  });

  it('shows a switch as the user set it while the background is still storing it, and puts it back if refused', async () => {
    answerTabsWith({ status: ZZNEWS_STATUS });
    // The background's answer to the ruby change is held, as while a sleeping Chrome worker starts.
    const spy = vi.mocked(fakeBrowser.runtime.sendMessage);
    const background = spy.getMockImplementation()!;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let refuse = false;
    spy.mockImplementation((async (message: { zhudu: string; data: unknown }) => {
      if (refuse) throw new Error('refused');
      if (message.zhudu === 'changeSettings' && 'ruby' in (message.data as object)) await held;
      return (background as (m: unknown) => Promise<unknown>)(message);
    }) as never);
    render(<Popup />, { wrapper: WithEngine });
    const ruby = (await screen.findByLabelText('Pinyin over the whole article (ruby)')) as HTMLInputElement;
    fireEvent.click(ruby);
    // Another switch, stored at once: the popup draws again from storage, where ruby is still off.
    fireEvent.click(screen.getByLabelText('Mark policy terms in the article'));
    await waitFor(async () => expect((await loadSettings()).glossaryMarks).toBe(false));
    expect((await loadSettings()).ruby).toBe(false);
    expect(ruby.checked).toBe(true);
    release();
    await waitFor(async () => expect((await loadSettings()).ruby).toBe(true));
    expect(ruby.checked).toBe(true);
    refuse = true;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    fireEvent.click(ruby);
    await waitFor(() => expect(logged).toHaveBeenCalled());
    await waitFor(() => expect(ruby.checked).toBe(true));
    expect((await loadSettings()).ruby).toBe(true);
    spy.mockRestore();
  });

  it('says when the page has no Chinese', async () => {
    answerTabsWith({ status: { ...ZZNEWS_STATUS, articleTitle: null, hanCount: 0 } });
    render(<Popup />, { wrapper: WithEngine });
    expect((await screen.findByTestId('article-line')).textContent).toBe('No Chinese text found on this page.');
  });

  it('lists the page terms with counts, flags unexplained ones, and asks the page to show one', async () => {
    const sent = answerTabsWith({ status: ZZNEWS_STATUS, terms: TERMS });
    render(<Popup />, { wrapper: WithEngine });
    const list = await screen.findByTestId('page-terms');
    expect([...list.querySelectorAll('[data-testid="term-count"]')].map((el) => el.textContent)).toEqual(['×1', '×2']);
    expect(list.querySelector('.unexplained')?.textContent).toContain('not in the glossary');
    fireEvent.click(list.querySelector('[data-term="qi-da-gong-jian"]')!);
    await waitFor(() => expect(sent).toContainEqual({ zhudu: 'revealTerm', data: { term: 'qi-da-gong-jian' } }));
  });

  it('finds 新质生产力 in the glossary from its initials', async () => {
    answerTabsWith({ status: ZZNEWS_STATUS });
    render(<Popup />, { wrapper: WithEngine });
    fireEvent.click(screen.getByRole('tab', { name: 'Glossary' }));
    fireEvent.input(await screen.findByLabelText(/Search terms and words/), { target: { value: 'xzsc' } });
    await waitFor(() => expect(screen.getByTestId('glossary-results').querySelector('.term-name')?.textContent).toBe('新质生产力'));
  });

  it('opens an entry page from the glossary search, follows a related link and comes back', async () => {
    answerTabsWith({ status: ZZNEWS_STATUS });
    render(<Popup />, { wrapper: WithEngine });
    fireEvent.click(screen.getByRole('tab', { name: 'Glossary' }));
    fireEvent.input(await screen.findByLabelText(/Search terms and words/), { target: { value: '三个高地' } });
    const row = await waitFor(() => screen.getByTestId('glossary-results').querySelector<HTMLElement>('[data-entry-row="san-ge-gao-di"]')!);
    fireEvent.click(row);

    const page = await screen.findByTestId('glossary-entry-page');
    expect(page.dataset.entryPage).toBe('san-ge-gao-di');
    expect(screen.getByTestId('entry-pinyin').textContent).toBe('sān gè gāo dì');
    expect(page.querySelectorAll('.items li')).toHaveLength(3);
    // The heading takes focus, so the keyboard starts on the new entry.
    expect(document.activeElement).toBe(page.querySelector('h2'));

    const toSanGaoSiXin = screen.getByTestId('glossary-related').querySelector<HTMLAnchorElement>('a[data-related="san-gao-si-xin"]')!;
    expect(toSanGaoSiXin.getAttribute('href')).toBe('#san-gao-si-xin');
    fireEvent.click(toSanGaoSiXin);
    await waitFor(() => expect(screen.getByTestId('glossary-entry-page').dataset.entryPage).toBe('san-gao-si-xin'));
    // The link goes both ways.
    expect(screen.getByTestId('glossary-related').querySelector('a[data-related="san-ge-gao-di"]')).not.toBeNull();

    fireEvent.click(screen.getByTestId('glossary-back'));
    await waitFor(() => expect(screen.getByTestId('glossary-entry-page').dataset.entryPage).toBe('san-ge-gao-di'));
    fireEvent.click(screen.getByTestId('glossary-back'));
    await waitFor(() => expect(screen.queryByTestId('glossary-entry-page')).toBeNull());
    // Back on the list, with the search kept and focus on the row that was opened.
    expect((screen.getByLabelText(/Search terms and words/) as HTMLInputElement).value).toBe('三个高地');
    await waitFor(() => expect(document.activeElement?.getAttribute('data-entry-row')).toBe('san-ge-gao-di'));
  });

  it('summarizes the article with its key facts, without the byline', async () => {
    answerTabsWith({ status: ZZNEWS_STATUS, article: ARTICLE });
    render(<Popup />, { wrapper: WithEngine });
    fireEvent.click(screen.getByRole('tab', { name: 'Summary' }));
    const text = (await screen.findByTestId('summary-text')).textContent!;
    expect(text.length).toBeGreaterThan(20);
    expect(text.length).toBeLessThanOrEqual(120);
    expect(text).not.toContain('全媒体记者');
    expect((await screen.findByTestId('facts')).textContent).toContain('12.6亿元');
  });

  it('asks the background’s dictionary about places before listing them: not 然保护区 from 自然保护区', async () => {
    const changwu = (JSON.parse(readFileSync('tests/fixtures/articles.json', 'utf8')) as { slug: string; title: string; paragraphs: string[] }[]).find((a) => a.slug === 'changwu')!;
    answerTabsWith({ status: ZZNEWS_STATUS, article: { title: changwu.title, subtitle: null, paragraphs: changwu.paragraphs, source: 'zznews' } });
    render(<Popup />, { wrapper: WithEngine });
    fireEvent.click(screen.getByRole('tab', { name: 'Summary' }));
    const places = [...(await screen.findByTestId('facts')).querySelectorAll('[data-category="place"] strong')].map((strong) => strong.textContent);
    expect(places).toContain('桃源洞');
    expect(places).not.toContain('然保护区');
    expect(vi.mocked(fakeBrowser.runtime.sendMessage)).toHaveBeenCalledWith(expect.objectContaining({ zhudu: 'checkPlaces' }));
  });

  it('says so when the page has no article to summarize', async () => {
    answerTabsWith({ status: ZZNEWS_STATUS, article: { title: null, subtitle: null, paragraphs: [], source: 'none' } });
    render(<Popup />, { wrapper: WithEngine });
    fireEvent.click(screen.getByRole('tab', { name: 'Summary' }));
    expect((await screen.findByTestId('no-article')).textContent).toContain('no article');
  });

  it('lists the articles of a headline page, each with its line and a link, instead of "no article"', async () => {
    const entries = [
      { title: '美国双子星项目落户炎陵', url: 'http://zzrb.zznews.gov.cn/content/202502/10/c1700001.html' },
      { title: '芦淞市场群38个市场昨开市', url: 'http://www.zznews.gov.cn/news/2025/0210/400008.shtml', date: '2025-02-10', intro: '2月9日，芦淞市场群38个市场迎来蛇年开市首日。客商踊跃。' },
    ];
    answerTabsWith({ status: ZZNEWS_STATUS, article: { title: null, subtitle: null, paragraphs: [], source: 'none', entries } });
    render(<Popup />, { wrapper: WithEngine });
    fireEvent.click(screen.getByRole('tab', { name: 'Summary' }));
    const rows = await screen.findAllByTestId('page-article');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.querySelector('a')?.getAttribute('href')).toBe(entries[0]!.url);
    expect(rows[1]!.querySelector('[data-testid="page-article-line"]')?.textContent).toBe('2月9日，芦淞市场群38个市场迎来蛇年开市首日。');
    expect(screen.queryByTestId('no-article')).toBeNull();
  });

  it('shows no "In this article" heading on a page without an article', async () => {
    answerTabsWith({ status: { ...ZZNEWS_STATUS, kind: 'epaper-page', articleTitle: null, entryCount: 8 }, terms: [] });
    render(<Popup />, { wrapper: WithEngine });
    expect((await screen.findByTestId('article-line')).textContent).toContain('8');
    expect(screen.queryByText('In this article')).toBeNull();
  });
});
