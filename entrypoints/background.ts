import { BUNDLED_DATA } from '@/utils/core/bundled-data';
import { createGlossary } from '@/utils/core/glossary/glossary';
import { fromOwnPage, isCommandMessage, runCommand } from '@/utils/commands';
import { answerMessages } from '@/utils/messaging';
import { startSettingsSync } from '@/utils/settings-sync';
import { shouldWelcome } from '@/utils/welcome';

export default defineBackground(() => {
  const glossary = createGlossary(BUNDLED_DATA.glossary);
  browser.commands.onCommand.addListener((name) => void runCommand(name));

  // ZhuDu's own pages can run a command through the same function (see utils/commands.ts).
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isCommandMessage(message) || !fromOwnPage(sender)) return undefined;
    return runCommand(message.zhuduCommand);
  });

  // The data stays here, out of every news page's load: the content script asks for readings' tables
  // when it first needs them (content/pinyin-data.ts) and has its article's terms found here (content/glossary-marks.ts).
  answerMessages({
    getPinyinTables: () => BUNDLED_DATA.pinyin,
    scanTerms: ({ texts }) => glossary.scan(texts),
  });

  browser.runtime.onInstalled.addListener(async (details) => {
    // Firefox says `temporary` for an add-on loaded from about:debugging; both say installType 'development' for unpacked.
    const { reason, temporary } = details as { reason: string; temporary?: boolean };
    const self = await browser.management?.getSelf().catch(() => undefined);
    if (shouldWelcome(reason, self?.installType, temporary)) {
      await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    }
  });

  startSettingsSync();
});
