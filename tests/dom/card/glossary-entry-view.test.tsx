import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { GlossaryEntryView } from '@/components/card/GlossaryEntryView';
import type { GlossaryEntry } from '@/utils/core/glossary/types';
import { setUiLocale } from '@/utils/i18n';
import '@/utils/i18n-tables';

const ENTRY: GlossaryEntry = {
  id: 'test-entry',
  term: '七大攻坚',
  aliases: [],
  scope: 'zhuzhou',
  category: 'strategy',
  gloss_zh: '株洲2025年的七项重点攻坚任务',
  explanation_zh: '株洲市2025年提出的七个攻坚方向。',
  explanation_en: 'Seven priority drives Zhuzhou set for 2025.',
  english: { text: 'seven major drives', official: false },
  gloss_en: 'seven priority drives',
  related: [],
  sources: [
    { url: 'https://www.zhuzhou.gov.cn/c14/20250301/i1.html', publisher: '株洲市人民政府', date: '2025-03-01' },
    { publisher: '株洲日报', date: '2025-02-10', page: '第1版', note: 'front page' },
  ],
  status: 'partial',
  missing: 'the full list of seven is not in the sources',
};

const view = () => render(<GlossaryEntryView entry={ENTRY} detail="full" />).container;

describe('GlossaryEntryView', () => {
  afterEach(() => {
    cleanup();
    setUiLocale(null);
  });

  it('shows the English explanation and notes in the English UI', () => {
    setUiLocale('en');
    const root = view();
    expect(root.querySelector('.explanation')!.textContent).toBe(ENTRY.explanation_en);
    expect(root.querySelector('.explanation')!.getAttribute('lang')).toBe('en');
    expect(root.querySelector('.english')!.textContent).toBe('Suggested English: seven major drives');
    expect(root.querySelector('.status')!.textContent).toBe('Partly verified: the full list of seven is not in the sources');
  });

  it('shows Chinese text with full-width labels only in the 中文 UI', () => {
    setUiLocale('zh_CN');
    const root = view();
    expect(root.querySelector('.explanation')!.textContent).toBe(ENTRY.explanation_zh);
    expect(root.querySelector('.english')!.textContent).toBe('建议英文： seven major drives');
    // The English note stays out; a generic Chinese one stands in.
    expect(root.querySelector('.status')!.textContent).toBe('部分核实：部分内容尚无来源可证');
    const sources = [...root.querySelectorAll('.sources li')].map((li) => li.textContent);
    expect(sources).toEqual(['株洲市人民政府，2025-03-01', '株洲日报，2025-02-10，第1版']);
    expect(root.textContent).not.toMatch(/\p{Script=Han}[:,]/u);
  });

  it('falls back to the Chinese explanation when an entry has no English one', () => {
    setUiLocale('en');
    const { explanation_en: _none, ...chineseOnly } = ENTRY;
    const root = render(<GlossaryEntryView entry={chineseOnly} detail="full" />).container;
    expect(root.querySelector('.explanation')!.textContent).toBe(ENTRY.explanation_zh);
    expect(root.querySelector('.explanation')!.getAttribute('lang')).toBe('zh-CN');
  });

  it('links a source with an address and prints a print source as text', () => {
    setUiLocale('en');
    const items = [...view().querySelectorAll('.sources li')];
    expect(items[0]!.querySelector('a')!.getAttribute('href')).toBe(ENTRY.sources[0]!.url);
    expect(items[1]!.querySelector('a')).toBeNull();
    expect(items[1]!.textContent).toBe('株洲日报, 2025-02-10, 第1版 (front page)');
  });
});
