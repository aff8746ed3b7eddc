import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '@/components/popup/Popup';
import type { PageStatus } from '@/utils/messaging';
import { loadSettings } from '@/utils/settings';

const ZZNEWS_STATUS: PageStatus = {
  host: 'www.zznews.gov.cn',
  kind: 'www-article',
  enabled: true,
  articleTitle: '陈恢清主持召开市政府常务会议',
  hanCount: 900,
  errors: { count: 0, last: null },
};

function answerTabsWith(reply: PageStatus | Error) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [{ id: 7 }]) as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async () => {
    if (reply instanceof Error) throw reply;
    return reply;
  }) as never);
}

describe('Popup', () => {
  afterEach(cleanup);
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('says plainly when the tab is not a page ZhuDu works on', async () => {
    answerTabsWith(new Error('Could not establish connection. Receiving end does not exist.'));
    render(<Popup />);
    expect(await screen.findByTestId('not-supported')).toHaveProperty(
      'textContent',
      expect.stringContaining('This tab is not one of them'),
    );
  });

  it('shows the article and switches ZhuDu off for this host only', async () => {
    answerTabsWith(ZZNEWS_STATUS);
    render(<Popup />);
    expect((await screen.findByTestId('article-line')).textContent).toContain('陈恢清主持召开市政府常务会议');
    const toggle = screen.getByRole('switch') as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(async () => expect((await loadSettings()).disabledHosts).toEqual(['www.zznews.gov.cn']));
  });

  it('stores the hover mode', async () => {
    answerTabsWith(ZZNEWS_STATUS);
    render(<Popup />);
    fireEvent.click(await screen.findByLabelText('While Alt is held'));
    await waitFor(async () => expect((await loadSettings()).hoverMode).toBe('alt'));
  });

  it('says when the page has no Chinese', async () => {
    answerTabsWith({ ...ZZNEWS_STATUS, articleTitle: null, hanCount: 0 });
    render(<Popup />);
    expect((await screen.findByTestId('article-line')).textContent).toBe('No Chinese text found on this page.');
  });
});
