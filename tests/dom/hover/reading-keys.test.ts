import { afterEach, describe, expect, it } from 'vitest';
import { decideKey } from '../../helpers/decide-key';
import { readingKeyAction, startsReading } from '@/utils/content/reading/reading-keys';

/** What the window-level listener decides of a key dispatched on `target`. */
const keyAt = (target: EventTarget, init: KeyboardEventInit) => decideKey(target, init, (event) => ({ action: readingKeyAction(event), starts: startsReading(event) }));

describe('the reading cursor’s keys', () => {
  afterEach(() => document.body.replaceChildren());

  it('Alt+Shift+L starts reading (by its code, whatever letter Alt makes); nothing else does', () => {
    expect(keyAt(document.body, { key: 'L', code: 'KeyL', altKey: true, shiftKey: true }).starts).toBe(true);
    expect(keyAt(document.body, { key: '¬', code: 'KeyL', altKey: true, shiftKey: true }).starts).toBe(true);
    expect(keyAt(document.body, { key: 'l', code: 'KeyL', altKey: true }).starts).toBe(false);
    expect(keyAt(document.body, { key: 'L', code: 'KeyL', altKey: true, shiftKey: true, ctrlKey: true }).starts).toBe(false);
  });

  it('arrows move, Enter pins, Esc leaves; with a modifier the key stays the page’s', () => {
    expect(['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'Enter', 'Escape'].map((key) => keyAt(document.body, { key }).action)).toEqual(['next', 'previous', 'down', 'up', 'pin', 'leave']);
    expect(keyAt(document.body, { key: 'ArrowRight', shiftKey: true }).action).toBeNull();
    expect(keyAt(document.body, { key: 'ArrowDown', altKey: true }).action).toBeNull();
    expect(keyAt(document.body, { key: 'Tab' }).action).toBeNull();
  });

  it('leaves keys typed into a field alone, but Esc still leaves', () => {
    const input = document.createElement('input');
    document.body.append(input);
    expect(keyAt(input, { key: 'ArrowLeft' }).action).toBeNull();
    expect(keyAt(input, { key: 'Enter' }).action).toBeNull();
    expect(keyAt(input, { key: 'L', code: 'KeyL', altKey: true, shiftKey: true }).starts).toBe(false);
    expect(keyAt(input, { key: 'Escape' }).action).toBe('leave');
  });
});
