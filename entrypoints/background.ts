import { backgroundHandlers, runCommand } from '@/utils/background/handlers';
import { startReadingIn } from '@/utils/background/reading-command';
import { loadPackagedDictionary } from '@/utils/background/dictionary-file';
import { packagedGlossary } from '@/utils/background/packaged-glossary';
import { createWordService } from '@/utils/background/word-service';
import { createReadingEngine } from '@/utils/core/engine';
import { BUNDLED_PINYIN } from '@/utils/core/pinyin/bundled-tables';
import { READ_BY_KEYBOARD } from '@/utils/core/storage/commands';
import { answerMessages } from '@/utils/messaging';
import { createStorageOwner } from '@/utils/storage/owner';
import { shouldWelcome } from '@/utils/welcome';

export default defineBackground(() => {
  // Listeners first and synchronously: a service worker woken by an event must have them before it returns.
  const owner = createStorageOwner(browser.storage.local, browser.storage.sync, browser.storage.onChanged);
  const report = (error: unknown) => console.error('ZhuDu:', error);
  // The glossary's texts stay out of this script (less to load after Chrome stops the worker): read when a card needs one.
  const glossary = packagedGlossary(report);
  const engine = createReadingEngine(BUNDLED_PINYIN, glossary.forms, glossary.entries.entry);
  const words = createWordService(engine, loadPackagedDictionary, report, glossary.entries);
  // The worker mostly wakes for a page's words, and after Chrome stopped it the first card waits for
  // CC-CEDICT's headword file: its read starts now, not when the request is dispatched.
  void words.lookups();
  // One way to run a command, for the shortcut and for an extension page asking: reading starts in the tab, the rest change settings.
  const command = (name: unknown, tab?: { id?: number }) => (name === READ_BY_KEYBOARD ? startReadingIn(tab) : runCommand(owner, name));
  answerMessages(backgroundHandlers(BUNDLED_PINYIN, owner, words, command));
  browser.commands.onCommand.addListener((name, tab) => void command(name, tab));

  browser.runtime.onInstalled.addListener(async (details) => {
    // Firefox says `temporary` for an add-on loaded from about:debugging; both say installType 'development' for unpacked.
    const { reason, temporary } = details as { reason: string; temporary?: boolean };
    const self = await browser.management?.getSelf().catch(() => undefined);
    if (shouldWelcome(reason, self?.installType, temporary)) {
      await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    }
  });
  // For bench/tooltip.bench.ts: when, after the worker started, its listeners were in place.
  performance.mark('zhudu:listening');
});
