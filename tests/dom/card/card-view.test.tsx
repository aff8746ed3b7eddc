import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCardView } from '@/components/card/card-view';

/** The card's shadow roots as made (closed outside the e2e build, so caught as attachShadow returns them). */
function catchShadowRoots(): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  });
  return roots;
}

const actions = { close: () => {} };
const card = { word: { text: '市长', syllables: ['shì', 'zhǎng'], kind: 'word' as const }, anchor: [], wordBoxes: [], pinned: false };

describe('the card view', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.documentElement.querySelectorAll('[data-zhudu-ui]').forEach((host) => host.remove());
  });

  it('gets ready for the first card without showing anything or leaving its sample behind', () => {
    const roots = catchShadowRoots();
    const bodyBefore = document.body.innerHTML;
    const view = createCardView(document);
    const laidOut = vi.spyOn(HTMLElement.prototype, 'offsetWidth', 'get');
    view.prepare();
    view.prepare(); // once per view
    expect(laidOut).toHaveBeenCalledTimes(1);
    expect(roots).toHaveLength(1);
    expect(roots[0]!.querySelector('.card-sample, .card')).toBeNull();
    expect(document.querySelectorAll('[data-zhudu-ui="card"]')).toHaveLength(1);
    expect(document.body.innerHTML).toBe(bodyBefore);

    view.render(card, true, actions);
    expect(roots[0]!.querySelector('.card')?.getAttribute('data-hanzi')).toBe('市长');
    view.destroy();
    expect(document.querySelector('[data-zhudu-ui="card"]')).toBeNull();
  });
});
