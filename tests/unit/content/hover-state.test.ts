import { describe, expect, it } from 'vitest';
import type { HoverCard } from '@/utils/content/card-model';
import { hoverStep, INITIAL_HOVER, type HoverEvent, type HoverState } from '@/utils/content/hover/hover-state';
import type { HoverMode } from '@/utils/core/storage/settings';

const card = (text: string, pinned = false): HoverCard => ({ word: { text, syllables: ['x'], kind: 'word' }, anchor: [], wordBoxes: [], pinned });
const place = (node: object, start = 0) => ({ node, start, end: start + 2, term: -1 });
const node = {};

/** Runs events from the initial state and returns the last state and every effect in order. */
function run(events: HoverEvent[], mode: HoverMode = 'always'): { state: HoverState; effects: object[] } {
  let state = INITIAL_HOVER;
  const effects: object[] = [];
  for (const event of events) {
    const step = hoverStep(state, event, mode);
    state = step.state;
    effects.push(step.effects);
  }
  return { state, effects };
}

const move = (alt = false, pressed = false): HoverEvent => ({ type: 'pointer', x: 10, y: 10, alt, pressed });
const found = (text: string, start = 0): HoverEvent => ({ type: 'found', card: card(text), shown: place(node, start) });

describe('hover, step by step', () => {
  it('a pointer move asks for a lookup; what is found is shown; the same word again changes nothing', () => {
    const { state, effects } = run([move(), found('市长')]);
    expect(effects[0]).toEqual({ lookUp: true });
    expect(state.card?.word.text).toBe('市长');
    const again = hoverStep(state, found('市长'), 'always');
    expect(again.state).toBe(state);
  });

  it('in Alt mode looks up only while Alt is held, and hides when it is released', () => {
    expect(run([move()], 'alt').effects[0]).toEqual({});
    const held = run([move(true), found('市长')], 'alt');
    expect(held.state.card).not.toBeNull();
    expect(hoverStep(held.state, { type: 'alt', held: false }, 'alt').state.card).toBeNull();
    expect(run([move(false), { type: 'alt', held: true }], 'alt').effects[1]).toEqual({ lookUp: true });
  });

  it('a pressed button, a click, leaving the page and losing focus hide the card', () => {
    for (const event of [move(false, true), { type: 'press' }, { type: 'leave' }, { type: 'blur' }] as HoverEvent[]) {
      expect(run([move(), found('市长'), event]).state.card).toBeNull();
    }
  });

  it('P pins (focus goes to the card, the word counts as looked up); a pinned card ignores the pointer; Esc closes it and gives focus back', () => {
    const pinned = run([move(), found('市长'), { type: 'key', action: 'pin' }]);
    expect(pinned.state.card?.pinned).toBe(true);
    expect(pinned.effects[2]).toEqual({ focus: 'card', record: true });
    const after = run([move(), found('市长'), { type: 'key', action: 'pin' }, move(), { type: 'press' }, { type: 'leave' }, found('株洲', 5)]);
    expect(after.state.card?.word.text).toBe('市长');
    expect(after.effects.slice(3)).toEqual([{}, {}, {}, {}]);
    const closed = hoverStep(after.state, { type: 'key', action: 'close' }, 'always');
    expect(closed.state.card).toBeNull();
    expect(closed.effects).toEqual({ focus: 'back' });
  });

  it('S and R read aloud and count the word as looked up; keys do nothing without a card', () => {
    expect(run([move(), found('市长'), { type: 'key', action: 'say' }]).effects[2]).toEqual({ say: 'word', record: true });
    expect(run([move(), found('市长'), { type: 'key', action: 'sentence' }]).effects[2]).toEqual({ say: 'sentence', record: true });
    expect(run([{ type: 'key', action: 'pin' }]).effects[0]).toEqual({});
  });

  it('a saved reading replaces the word on the card; nothing found hides it; hover off shows nothing', () => {
    const shown = run([move(), found('炎陵')]);
    const fixed = hoverStep(shown.state, { type: 'reading', word: { text: '炎陵', syllables: ['yàn', 'líng'], kind: 'word' } }, 'always');
    expect(fixed.state.card?.word.syllables).toEqual(['yàn', 'líng']);
    expect(hoverStep(shown.state, { type: 'found', card: null, shown: null }, 'always').state.card).toBeNull();
    expect(run([move(), found('市长')], 'off').state.card).toBeNull();
  });
});
