import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PinyinTooltip } from '@/components/PinyinTooltip';

const PLACE = { left: 0, top: 0 };

describe('PinyinTooltip', () => {
  afterEach(cleanup);

  it('shows the other readings when a polyphone was a guess', () => {
    render(
      <PinyinTooltip
        word={{ text: '为', syllables: ['wèi'], polyphones: [{ char: '为', alternatives: ['wéi'] }] }}
        placement={PLACE}
        toneColors
        pinned={false}
        onClose={() => {}}
      />,
    );
    expect(screen.getByTestId('also-read').textContent).toContain('为 wéi');
  });

  it('shows no alternatives when the reading was settled', () => {
    render(<PinyinTooltip word={{ text: '市长', syllables: ['shì', 'zhǎng'] }} placement={PLACE} toneColors pinned={false} onClose={() => {}} />);
    expect(screen.queryByTestId('also-read')).toBeNull();
  });

  it('offers "fix this reading" when pinned, and reports a refused reading', async () => {
    const fix = { save: vi.fn(async (reading: string) => (reading === 'bad' ? 'Give one syllable per character' : null)), reset: vi.fn(async () => {}) };
    render(<PinyinTooltip word={{ text: '炎陵', syllables: ['yán', 'líng'] }} placement={PLACE} toneColors pinned onClose={() => {}} fix={fix} />);
    const input = screen.getByTestId('fix-reading-input') as HTMLInputElement;
    expect(input.value).toBe('yán líng');
    fireEvent.input(input, { target: { value: 'bad' } });
    fireEvent.submit(screen.getByTestId('fix-reading'));
    await waitFor(() => expect(screen.getByRole('status', { hidden: true }).textContent).toContain('one syllable'));
    expect(fix.save).toHaveBeenCalledWith('bad');
  });
});
