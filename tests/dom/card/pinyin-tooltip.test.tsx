import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PinyinTooltip } from '@/components/card/PinyinTooltip';

describe('PinyinTooltip', () => {
  afterEach(cleanup);

  it('shows the other readings when a polyphone was a guess', () => {
    render(
      <PinyinTooltip
        word={{ text: '为', syllables: ['wèi'], kind: 'word', polyphones: [{ char: '为', alternatives: ['wéi'] }] }}
        toneColors
        pinned={false}
        onClose={() => {}}
      />,
    );
    expect(screen.getByTestId('also-read').textContent).toContain('为 wéi');
  });

  it('shows no alternatives when the reading was settled', () => {
    render(<PinyinTooltip word={{ text: '市长', syllables: ['shì', 'zhǎng'], kind: 'word' }} toneColors pinned={false} onClose={() => {}} />);
    expect(screen.queryByTestId('also-read')).toBeNull();
  });

  it('tells a slogan the glossary lacks from a term whose entry could not be read', () => {
    const word = { text: '林长制', syllables: ['lín', 'zhǎng', 'zhì'], kind: 'term' as const };
    const { unmount } = render(<PinyinTooltip word={word} term={{ text: '林长制' }} toneColors pinned={false} onClose={() => {}} />);
    expect(document.querySelector('.unexplained')?.textContent).toContain('does not explain it yet');
    unmount();
    render(<PinyinTooltip word={{ ...word, text: '新质生产力' }} term={{ text: '新质生产力', unavailable: true }} toneColors pinned={false} onClose={() => {}} />);
    expect(document.querySelector('.unexplained')?.textContent).toContain('could not be read just now');
  });

  it('offers "fix this reading" when pinned, and acts on the user’s own input only', async () => {
    const fix = { save: vi.fn(async () => null), reset: vi.fn(async () => {}) };
    const onClose = vi.fn();
    render(<PinyinTooltip word={{ text: '炎陵', syllables: ['yán', 'líng'], kind: 'word' }} toneColors pinned onClose={onClose} fix={fix} />);
    const input = screen.getByTestId('fix-reading-input') as HTMLInputElement;
    expect(input.value).toBe('yán líng');
    // What a page script could do with synthetic events (isTrusted false): none of it counts.
    fireEvent.input(input, { target: { value: 'wǒ wǒ' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.click(screen.getByTestId('fix-reading-save'));
    fireEvent.click(screen.getByTestId('fix-reading-reset'));
    fireEvent.submit(screen.getByTestId('fix-reading'));
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fix.save).not.toHaveBeenCalled();
    expect(fix.reset).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });
});
