// The background's storage owner and message handlers, run in the test's process over the fake
// browser: runtime.sendMessage from a component reaches them as it would reach the service worker.
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundHandlers, runCommand } from '@/utils/background/handlers';
import { BUNDLED_DATA } from '@/utils/core/bundled-data';
import { createStorageOwner, type StorageArea, type StorageEvents, type StorageOwner } from '@/utils/storage/owner';
import { createWordService } from '@/utils/background/word-service';
import { loadNodeDictionary } from '../../scripts/dictionary/packed-file';
import { backgroundEngine } from './engine';

export const fakeLocal = () => fakeBrowser.storage.local as unknown as StorageArea;
export const fakeSync = () => fakeBrowser.storage.sync as unknown as StorageArea;
export const fakeEvents = () => fakeBrowser.storage.onChanged as unknown as StorageEvents;

/** Starts a storage owner over the fake storage and answers runtime.sendMessage with the background's handlers. */
export function startTestBackground(): StorageOwner {
  const owner = createStorageOwner(fakeLocal(), fakeSync(), fakeEvents());
  const fail = (error: unknown) => {
    throw error;
  };
  const { engine, entries } = backgroundEngine(fail);
  const words = createWordService(engine, async () => loadNodeDictionary(), fail, entries);
  const handlers = backgroundHandlers(BUNDLED_DATA.pinyin, owner, words, (name) => runCommand(owner, name)) as Record<string, (data: unknown) => unknown>;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { zhudu: string; data: unknown }) => {
    const handler = handlers[message.zhudu];
    if (!handler) throw new Error(`no background handler for ${message.zhudu}`);
    return handler(message.data);
  }) as never);
  return owner;
}
