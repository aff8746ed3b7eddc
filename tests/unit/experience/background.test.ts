import { describe, expect, it } from 'vitest';
import { mayAsk } from '@/utils/messaging';
import { shouldWelcome } from '@/utils/welcome';

describe('who may ask the background', () => {
  const id = 'zhudu-id';
  const origin = 'chrome-extension://zhudu-id/';
  it('lets ZhuDu’s own pages change settings and run commands, and nothing else', () => {
    expect(mayAsk('changeSettings', { id, url: `${origin}options.html` }, id, origin)).toBe(true);
    expect(mayAsk('runCommand', { id, url: `${origin}popup.html?tabId=3` }, id, origin)).toBe(true);
    expect(mayAsk('changeSettings', { id, url: 'http://www.zznews.gov.cn/' }, id, origin)).toBe(false); // a content script
    expect(mayAsk('runCommand', { id, url: 'http://www.zznews.gov.cn/' }, id, origin)).toBe(false);
    expect(mayAsk('changeSettings', { id: 'someone-else', url: `${origin}options.html` }, id, origin)).toBe(false);
  });

  it('lets the content script ask for data and save a correction made in the card', () => {
    expect(mayAsk('scanTerms', { id, url: 'http://www.zznews.gov.cn/' }, id, origin)).toBe(true);
    expect(mayAsk('saveCorrection', { id, url: 'http://www.zznews.gov.cn/' }, id, origin)).toBe(true);
    expect(mayAsk('deleteAllCorrections', { id, url: 'http://www.zznews.gov.cn/' }, id, origin)).toBe(false);
  });
});

describe('welcome page', () => {
  it('opens after a real first install only', () => {
    expect(shouldWelcome('install', 'normal', undefined)).toBe(true);
    expect(shouldWelcome('update', 'normal', undefined)).toBe(false);
    expect(shouldWelcome('install', 'development', undefined)).toBe(false);
    expect(shouldWelcome('install', 'normal', true)).toBe(false);
  });
});
