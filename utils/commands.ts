import { browser, storage } from '#imports';
import { updateSettings, type HoverMode } from './settings';

/**
 * Keyboard commands. Their keys live in the manifest (`commands`) and the user changes them in the
 * browser's shortcut settings; opening the popup is the browser's own `_execute_action`.
 */
export const COMMAND_NAMES = ['toggle-ruby', 'toggle-hover'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** The hover mode to go back to when hover is switched on again by the shortcut. */
const lastHoverModeItem = storage.defineItem<HoverMode>('local:lastHoverMode', { fallback: 'always' });

export function isCommandName(name: unknown): name is CommandName {
  return COMMAND_NAMES.includes(name as CommandName);
}

/**
 * What a command does: it changes the stored settings, and every tab follows them. The background's
 * `commands.onCommand` listener calls this, and so does the message below (the e2e tests dispatch
 * commands that way: headless browsers cannot press real OS shortcuts).
 */
export async function runCommand(name: string): Promise<boolean> {
  if (name === 'toggle-ruby') {
    await updateSettings((s) => ({ ruby: !s.ruby }));
    return true;
  }
  if (name === 'toggle-hover') {
    const back = await lastHoverModeItem.getValue();
    await updateSettings((s) => {
      if (s.hoverMode !== 'off') void lastHoverModeItem.setValue(s.hoverMode);
      return { hoverMode: s.hoverMode === 'off' ? (back === 'off' ? 'always' : back) : 'off' };
    });
    return true;
  }
  return false;
}

/** A request from one of ZhuDu's own pages to run a command in the background. */
export interface CommandMessage {
  zhuduCommand: CommandName;
}

export function isCommandMessage(message: unknown): message is CommandMessage {
  return !!message && typeof message === 'object' && isCommandName((message as CommandMessage).zhuduCommand);
}

/** Only ZhuDu's own extension pages may run commands this way; content scripts and web pages may not. */
export function fromOwnPage(sender: { id?: string; url?: string }): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}
