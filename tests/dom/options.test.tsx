import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LocaleRoot } from '@/components/LocaleRoot';
import { OptionsPage } from '@/components/options/OptionsPage';
import { Popup } from '@/components/popup/Popup';
import { setUiLocale } from '@/utils/i18n';
import { DEFAULT_SETTINGS } from '@/utils/core/storage/settings';
import { readSettings as loadSettings } from '@/utils/storage/local-items';
import { startTestBackground } from '../helpers/background';
import type { StorageOwner } from '@/utils/storage/owner';
import { WithEngine } from '../helpers/with-engine';

/** The pinyin of the cards in the live preview (they live in a shadow root, like on the page). */
function previewPinyin(): string[] {
  const root = screen.getByTestId('tooltip-preview').shadowRoot!;
  return [...root.querySelectorAll('[data-pinyin]')].map((card) => card.getAttribute('data-pinyin')!);
}

function renderOptions() {
  vi.spyOn(fakeBrowser.commands, 'getAll').mockImplementation((async () => [
    { name: 'toggle-ruby', shortcut: 'Alt+Shift+Y', description: '' },
    { name: 'toggle-hover', shortcut: '', description: '' },
  ]) as never);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'ZhuDu', version: '0.2.0' });
  return render(<LocaleRoot title="optionsTitle">{() => <OptionsPage />}</LocaleRoot>, { wrapper: WithEngine });
}

describe('options page', () => {
  it('credits CC-CEDICT under CC BY-SA 4.0 in its About section, with the licence file of the package', async () => {
    renderOptions();
    const about = await screen.findByTestId('about');
    expect(about.textContent).toContain('CC-CEDICT');
    expect(about.textContent).toContain('2026-01-04');
    expect(about.textContent).toContain('0.2.0');
    const links = [...about.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('https://creativecommons.org/licenses/by-sa/4.0/');
    expect(links.some((href) => href?.endsWith('/dictionary/LICENSE-CC-CEDICT.txt'))).toBe(true);
  });

  afterEach(() => {
    cleanup();
    owner.stop();
  });
  let owner: StorageOwner;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    owner = startTestBackground();
    setUiLocale(null);
  });

  it('shows every group and stores each change at once', async () => {
    renderOptions();
    for (const group of ['Language', 'Pinyin', 'Glossary', 'Summary and reading aloud', 'Sites', 'Keyboard', 'Your data']) {
      expect(await screen.findByRole('heading', { name: group })).toBeTruthy();
    }
    fireEvent.click(screen.getByLabelText('Tone numbers (zhu1)'));
    await waitFor(async () => expect((await loadSettings()).toneStyle).toBe('numbers'));
    fireEvent.click(screen.getByLabelText('Colour syllables by tone'));
    await waitFor(async () => expect((await loadSettings()).toneColors).toBe(false));
    expect((await loadSettings()).rubySize).toBe('medium');
    fireEvent.click(screen.getByLabelText('Large'));
    await waitFor(async () => expect((await loadSettings()).rubySize).toBe('large'));
    expect(screen.getByTestId('shortcuts').textContent).toContain('Alt+Shift+Y');
    expect(screen.getByTestId('shortcuts').textContent).toContain('not set');
  });

  it('previews the card live: 不断 reads búduàn with tone changes and bùduàn without', async () => {
    renderOptions();
    await waitFor(() => expect(previewPinyin()).toContain('bú duàn'));
    fireEvent.click(screen.getByLabelText(/Tone changes of 一 and 不/));
    await waitFor(() => expect(previewPinyin()).toContain('bù duàn'));
    expect(previewPinyin()).toContain('zhū zhōu shì');
  });

  it('turns a switched-off site back on, and resets everything to the defaults', async () => {
    await owner.changeSettings({ hosts: { 'www.zznews.gov.cn': false }, hoverMode: 'off', ruby: true });
    renderOptions();
    fireEvent.click(await screen.findByRole('button', { name: 'Turn ZhuDu back on for www.zznews.gov.cn' }));
    await waitFor(async () => expect((await loadSettings()).disabledHosts).toEqual([]));
    fireEvent.click(screen.getByTestId('reset-defaults'));
    await waitFor(async () => expect(await loadSettings()).toEqual(DEFAULT_SETTINGS));
    expect(await screen.findByText('All settings are back to their defaults. Your reading corrections are kept.')).toBeTruthy();
  });

  it('switches the UI language of every open page when one is chosen', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => []) as never);
    renderOptions();
    render(<LocaleRoot title="extName">{() => <Popup />}</LocaleRoot>, { wrapper: WithEngine });
    expect(await screen.findByRole('tab', { name: 'This page' })).toBeTruthy();
    fireEvent.change(await screen.findByLabelText('Interface language'), { target: { value: 'zh_CN' } });
    expect(await screen.findByRole('tab', { name: '本页' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '株读设置' })).toBeTruthy();
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-CN'));
    expect((await loadSettings()).uiLanguage).toBe('zh_CN');
  });
});
