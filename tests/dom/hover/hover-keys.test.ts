import { afterEach, describe, expect, it } from 'vitest';
import { decideKey } from '../../helpers/decide-key';
import { hoverKeyAction, isTyping } from '@/utils/content/hover/hover-keys';
import { createLookupLog } from '@/utils/content/lookup-log';

/** What the window-level listener decides of a key dispatched on `target`. */
const keyAt = (target: EventTarget, init: KeyboardEventInit) => decideKey(target, init, (event) => ({ action: hoverKeyAction(event), typing: isTyping(event) }));

describe('the hover card’s keys', () => {
  afterEach(() => document.body.replaceChildren());

  it('P pins, S says, R reads the sentence, Esc closes; Ctrl and ⌘ combinations are the browser’s', () => {
    expect(keyAt(document.body, { key: 'p' }).action).toBe('pin');
    expect(keyAt(document.body, { key: 'P' }).action).toBe('pin');
    expect(keyAt(document.body, { key: 's' }).action).toBe('say');
    expect(keyAt(document.body, { key: 'r' }).action).toBe('sentence');
    expect(keyAt(document.body, { key: 'Escape' }).action).toBe('close');
    expect(keyAt(document.body, { key: 'p', ctrlKey: true }).action).toBeNull();
    expect(keyAt(document.body, { key: 's', metaKey: true }).action).toBeNull();
    expect(keyAt(document.body, { key: 'x' }).action).toBeNull();
  });

  it('never acts on letters typed into an input, a textarea or contenteditable', () => {
    const input = document.createElement('input');
    const area = document.createElement('textarea');
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    document.body.append(input, area, editable);
    for (const field of [input, area, editable]) {
      expect(keyAt(field, { key: 'p' })).toMatchObject({ action: null, typing: true });
    }
    // Esc still closes the card (it types nothing and is not prevented).
    expect(keyAt(input, { key: 'Escape' }).action).toBe('close');
  });

  it('sees the field inside a shadow root, though the window sees the shadow host', () => {
    const host = document.createElement('x-editor');
    const input = document.createElement('input');
    host.attachShadow({ mode: 'open' }).append(input);
    document.body.append(host);
    // Browsers retarget event.target to the host at window level (happy-dom does not); the path still starts at the input.
    expect(keyAt(input, { key: 'p' })).toMatchObject({ action: null, typing: true });
  });
});

describe('looked-up words', () => {
  it('are kept per page, once each, latest last', () => {
    const log = createLookupLog();
    log.record({ word: '市长', pinyin: 'shì zhǎng' });
    log.record({ word: '株洲', pinyin: 'zhū zhōu', name: 'Zhūzhōu', gloss: 'Zhuzhou' });
    log.record({ word: '市长', pinyin: 'shì zhǎng' });
    expect(log.list()).toEqual([
      { word: '株洲', pinyin: 'zhū zhōu', name: 'Zhūzhōu', gloss: 'Zhuzhou' },
      { word: '市长', pinyin: 'shì zhǎng' },
    ]);
    expect(createLookupLog().list()).toEqual([]);
  });
});
