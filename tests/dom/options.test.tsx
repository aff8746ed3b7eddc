import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LocaleRoot } from '@/components/LocaleRoot';
import { OptionsPage } from '@/components/options/OptionsPage';
import { Popup } from '@/components/popup/Popup';
import { setUiLocale } from '@/utils/i18n';
import { DEFAULT_SETTINGS } from '@/utils/core/storage/settings';
import { readCorrections, readSettings as loadSettings } from '@/utils/storage/local-items';
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

  it('lists saved corrections and edits them, checked as in the card, in the UI language', async () => {
    await owner.saveCorrection('炎陵', 'yàn líng');
    await owner.saveCorrection('好', 'hao3');
    renderOptions();
    const rows = await screen.findAllByTestId('correction-row');
    expect(rows.map((row) => row.getAttribute('data-word'))).toEqual(['好', '炎陵']);
    expect(rows[1]!.textContent).toContain('yàn líng');
    expect(rows[1]!.querySelector('time')!.getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);

    fireEvent.click(screen.getByRole('button', { name: 'Edit the reading of 炎陵' }));
    const input = (await screen.findByTestId('correction-input')) as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'yan ling' } });
    fireEvent.click(screen.getByTestId('correction-save'));
    expect((await screen.findByTestId('correction-error')).textContent).toBe('Add a tone to “yan”: yan4 or yàn (5 or 0 for the neutral tone).');
    setUiLocale('zh_CN');
    fireEvent.input(input, { target: { value: 'xyz ling2' } });
    fireEvent.click(screen.getByTestId('correction-save'));
    await waitFor(() => expect(screen.getByTestId('correction-error').textContent).toBe('“xyz”不是普通话音节。'));
    setUiLocale(null);
    fireEvent.input(input, { target: { value: 'yan2ling2' } });
    fireEvent.click(screen.getByTestId('correction-save'));
    await waitFor(async () => expect((await readCorrections()).get('炎陵')).toBe('yán líng'));
    expect(await screen.findByText('Saved: 炎陵 reads yán líng.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Delete the correction of 好' }));
    await waitFor(async () => expect((await readCorrections()).has('好')).toBe(false));
    await waitFor(() => expect(screen.getAllByTestId('correction-row')).toHaveLength(1));
  });

  it('imports a JSON file entry by entry: reports the refused ones and keeps what was saved', async () => {
    await owner.saveCorrection('炎陵', 'yàn líng');
    renderOptions();
    await screen.findAllByTestId('correction-row');
    const file = new File([JSON.stringify({ 炎陵: 'yán líng', 株洲: 'zhu1zhou1', 一: 'xyz' })], 'mine.json', { type: 'application/json' });
    const input = screen.getByTestId('corrections-import') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    const report = await screen.findByTestId('corrections-import-report');
    expect(report.textContent).toContain('Import: 1 added, 1 already saved (your readings kept), 1 refused.');
    expect(report.textContent).toContain('一: “xyz” is not a Mandarin syllable.');
    expect(Object.fromEntries(await readCorrections())).toEqual({ 炎陵: 'yàn líng', 株洲: 'zhū zhōu' });

    Object.defineProperty(input, 'files', { value: [new File(['not json'], 'x.json')], configurable: true });
    fireEvent.change(input);
    await waitFor(() => expect(screen.getByTestId('corrections-import-report').textContent).toMatch(/^This file is not JSON/));
  });
});
