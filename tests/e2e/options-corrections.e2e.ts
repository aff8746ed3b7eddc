// The options page's list of reading corrections, in real Chromium and Firefox: every saved
// correction is shown with its date, edited (checked as in the card, refused in the UI language),
// deleted, exported as JSON and imported from a JSON file without losing what the user saved.
import { afterEach, expect, it } from 'vitest';
import { seriousViolations } from './a11y-helpers.ts';
import type { HPage } from './harness/browsers.ts';
import { changeStoredSettings, clearStoredCorrections, storedCorrections } from './harness/stored.ts';
import { eachBrowser, serveFixtures } from './harness/suite.ts';

const fixtures = serveFixtures();

/** Clicks an element of an extension page with the real pointer. */
async function clickOn(page: HPage, selector: string): Promise<void> {
  const { x, y } = await page.waitFor(
    (sel) => {
      const el = document.querySelector(sel);
      el?.scrollIntoView({ block: 'center' });
      const rect = el?.getBoundingClientRect();
      return rect && rect.width > 0 ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    selector,
    { message: `no ${selector}` },
  );
  await page.click(x, y);
}

/** Types into the edit field of a row, as a user does: click it, select what is there, type. */
async function typeInRow(page: HPage, word: string, text: string): Promise<void> {
  const input = `[data-word="${word}"] [data-testid="correction-input"]`;
  await clickOn(page, input);
  await page.evaluate((sel) => document.querySelector<HTMLInputElement>(sel)!.select(), input);
  await page.type(text);
}

/** The rows of the list: word, reading, and the text of the date cell. */
function rows(page: HPage): Promise<{ word: string; reading: string; saved: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="correction-row"]')].map((row) => ({
      word: row.dataset.word ?? '',
      reading: row.querySelector('[data-testid="correction-reading"]')?.textContent ?? '',
      saved: row.querySelector('time')?.textContent ?? '',
    })),
  );
}

/** Sends requests to the background from an extension page, as the card would save them. */
function save(page: HPage, corrections: Record<string, string>): Promise<unknown> {
  return page.evaluate((entries) => {
    const g = globalThis as unknown as { browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } }; chrome?: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    const runtime = (g.browser ?? g.chrome)!.runtime;
    return Promise.all(Object.entries(entries).map(([word, reading]) => runtime.sendMessage({ zhudu: 'saveCorrection', data: { word, reading } })));
  }, corrections);
}

eachBrowser(fixtures, 'reading corrections in the options', (s) => {
  afterEach(async () => {
    await clearStoredCorrections(s.h);
    await changeStoredSettings(s.h, { uiLanguage: 'auto' });
  });

  it('lists, edits, deletes, exports and imports corrections', async () => {
    await changeStoredSettings(s.h, { uiLanguage: 'en' });
    const options = await s.h.newPage();
    await options.goto(`${s.h.extensionOrigin}options.html`);
    await save(options, { 炎陵: 'yàn líng', 株洲: 'zhu1 zhou1' });
    await options.waitFor(() => document.querySelectorAll('[data-testid="correction-row"]').length === 2, undefined, { message: 'the list never showed both corrections' });
    const listed = await rows(options);
    expect(listed.map(({ word, reading }) => ({ word, reading })).sort((a, b) => a.word.localeCompare(b.word))).toEqual([
      { word: '株洲', reading: 'zhū zhōu' },
      { word: '炎陵', reading: 'yàn líng' },
    ]);
    expect(listed.every(({ saved }) => /\d/.test(saved))).toBe(true);

    // Edit: a reading without tones is refused and says why; yan2 ling2 is saved as yán líng.
    await clickOn(options, '[data-word="炎陵"] [data-testid="correction-edit"]');
    await typeInRow(options, '炎陵', 'yan ling');
    await clickOn(options, '[data-word="炎陵"] [data-testid="correction-save"]');
    expect(await options.waitFor(() => document.querySelector('[data-testid="correction-error"]')?.textContent)).toBe(
      'Add a tone to “yan”: yan4 or yàn (5 or 0 for the neutral tone).',
    );
    await typeInRow(options, '炎陵', 'yan2 ling2');
    await clickOn(options, '[data-word="炎陵"] [data-testid="correction-save"]');
    await options.waitFor(() => document.querySelector('[data-word="炎陵"] [data-testid="correction-reading"]')?.textContent === 'yán líng', undefined, {
      message: 'the edited reading is not shown',
    });
    expect(await storedCorrections(s.h)).toEqual({ 炎陵: 'yán líng', 株洲: 'zhū zhōu' });

    // Delete one.
    await clickOn(options, '[data-word="株洲"] [data-testid="correction-delete"]');
    await options.waitFor(() => document.querySelectorAll('[data-testid="correction-row"]').length === 1, undefined, { message: 'the deleted row stayed' });
    expect(await storedCorrections(s.h)).toEqual({ 炎陵: 'yán líng' });

    // Export: the link's file is ZhuDu's JSON with what is saved.
    const exported = await options.evaluate(async () => {
      const link = document.querySelector<HTMLAnchorElement>('[data-testid="corrections-export"]')!;
      return { name: link.download, text: await (await fetch(link.href)).text() };
    });
    expect(exported.name).toBe('zhudu-corrections.json');
    expect(JSON.parse(exported.text)).toMatchObject({ kind: 'zhudu-corrections', corrections: [{ word: '炎陵', reading: 'yán líng' }] });

    // Import a file: one new word, one already saved with another reading (kept), one invalid (reported).
    await options.evaluate((text) => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="corrections-import"]')!;
      const files = new DataTransfer();
      files.items.add(new File([text], 'corrections.json', { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, JSON.stringify({ 炎陵: 'yan4 ling2', 曾寿仁: 'zeng1 shou4 ren2', 一: 'xyz' }));
    const report = await options.waitFor(() => document.querySelector('[data-testid="corrections-import-report"]')?.textContent);
    expect(report).toContain('Import: 1 added, 1 already saved (your readings kept), 1 refused.');
    expect(report).toContain('一: “xyz” is not a Mandarin syllable.');
    expect(await storedCorrections(s.h)).toEqual({ 炎陵: 'yán líng', 曾寿仁: 'zēng shòu rén' });
    await options.waitFor(() => document.querySelectorAll('[data-testid="correction-row"]').length === 2, undefined, { message: 'the imported row is not listed' });

    // The list, a row being edited with its error, and the import report pass axe-core.
    await clickOn(options, '[data-word="炎陵"] [data-testid="correction-edit"]');
    await typeInRow(options, '炎陵', 'yan');
    await clickOn(options, '[data-word="炎陵"] [data-testid="correction-save"]');
    await options.waitFor(() => document.querySelector('[data-testid="correction-error"]') !== null, undefined, { message: 'no error for yan' });
    expect(await seriousViolations(options)).toEqual([]);
    await options.close();
  });

  it('speaks Chinese in the 中文 UI, and Reset keeps corrections while "Delete my corrections" asks first', async () => {
    await changeStoredSettings(s.h, { uiLanguage: 'zh_CN' });
    const options = await s.h.newPage();
    await options.goto(`${s.h.extensionOrigin}options.html`);
    await save(options, { 炎陵: 'yán líng' });
    await options.waitFor(() => document.querySelectorAll('[data-testid="correction-row"]').length === 1, undefined, { message: 'the correction is not listed' });
    expect(await options.evaluate(() => document.querySelector('#group-corrections')?.textContent)).toBe('你的读音更正');
    await clickOn(options, '[data-word="炎陵"] [data-testid="correction-edit"]');
    await typeInRow(options, '炎陵', 'xyz ling2');
    await clickOn(options, '[data-word="炎陵"] [data-testid="correction-save"]');
    expect(await options.waitFor(() => document.querySelector('[data-testid="correction-error"]')?.textContent)).toBe('“xyz”不是普通话音节。');

    // Reset puts the UI language back to the browser's (English here) too, and says the corrections stay.
    await clickOn(options, '[data-testid="reset-defaults"]');
    expect(await options.waitFor(() => document.querySelector('[data-testid="data-status"]')?.textContent)).toBe(
      'All settings are back to their defaults. Your reading corrections are kept.',
    );
    expect(await storedCorrections(s.h)).toEqual({ 炎陵: 'yán líng' });
    await clickOn(options, '[data-testid="delete-corrections"]');
    expect(await options.waitFor(() => document.querySelector('[data-testid="delete-corrections-confirm"]') !== null)).toBe(true);
    expect(await storedCorrections(s.h)).toEqual({ 炎陵: 'yán líng' });
    await clickOn(options, '[data-testid="delete-corrections-confirm"]');
    await options.waitFor(() => document.querySelectorAll('[data-testid="correction-row"]').length === 0, undefined, { message: 'the list kept deleted corrections' });
    expect(await storedCorrections(s.h)).toEqual({});
    await options.close();
  });
});
